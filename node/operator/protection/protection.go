package protection

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/formats"
)

// Schema is the database's schema tag, stored under meta/"schema".
const Schema = "parley-operator-protection/1"

// Errors.
var (
	// ErrMissing: the database file does not exist and was not to be created.
	ErrMissing = errors.New("protection: database does not exist")
	// ErrCorrupt: the file is not a protection database of this schema, or fails a check.
	ErrCorrupt = errors.New("protection: database is corrupt or not a protection database")
	// ErrLocked: another process holds the database.
	ErrLocked = errors.New("protection: database is locked by another process")
	// ErrRefused: a key's history forbids signing the attestation.
	ErrRefused = errors.New("protection: refused")
	// ErrContentChanged: the attestation names other content for a range the key signed.
	ErrContentChanged = errors.New("protection: source content of a signed range changed")
)

var (
	metaBucket       = []byte("meta")
	watermarksBucket = []byte("watermarks")
	rangesBucket     = []byte("ranges")
	schemaKey        = []byte("schema")
)

// lockTimeout bounds the wait for the file lock.
const lockTimeout = time.Second

// Scope is what a history is kept per: one key, one AVS, one source chain.
type Scope struct {
	Key           optable.OperatorID `json:"key"`
	AVS           attestation.AVS    `json:"avs"`
	SourceChainID uint64             `json:"sourceChainId"`
}

// ScopeOf returns the scope of an attestation signed with a key.
func ScopeOf(key optable.OperatorID, a *attestation.Attestation) Scope {
	return Scope{Key: key, AVS: a.AVS, SourceChainID: a.SourceChainID}
}

// scopeKeySize is the size of an encoded scope.
const scopeKeySize = 32 + 8 + 20 + 8

func (s Scope) bytes() []byte {
	b := make([]byte, 0, scopeKeySize)
	b = append(b, s.Key[:]...)
	b = binary.BigEndian.AppendUint64(b, s.AVS.L1ChainID)
	b = append(b, s.AVS.Address[:]...)
	return binary.BigEndian.AppendUint64(b, s.SourceChainID)
}

func scopeFromBytes(b []byte) (Scope, error) {
	if len(b) != scopeKeySize {
		return Scope{}, fmt.Errorf("%w: scope key of %d bytes", ErrCorrupt, len(b))
	}
	var s Scope
	copy(s.Key[:], b[:32])
	s.AVS.L1ChainID = binary.BigEndian.Uint64(b[32:40])
	copy(s.AVS.Address[:], b[40:60])
	s.SourceChainID = binary.BigEndian.Uint64(b[60:68])
	return s, nil
}

// String formats the scope.
func (s Scope) String() string {
	return fmt.Sprintf("key %s, AVS %s, source chain %d", s.Key, s.AVS, s.SourceChainID)
}

// Record is one signed attestation of a scope.
type Record struct {
	FromBlock     uint64               `json:"fromBlock"`
	ToBlock       uint64               `json:"toBlock"`
	Digest        common.Hash          `json:"digest"`
	LastBlockHash common.Hash          `json:"lastBlockHash"`
	MessageRoot   common.Hash          `json:"messageRoot"`
	Snapshot      attestation.Snapshot `json:"snapshot"`
	// Signature is the signature given out (absent for imported records).
	Signature *formats.G1 `json:"signature,omitempty"`
}

// Attestation rebuilds the attestation a record of a scope signed.
func (r *Record) Attestation(s Scope) attestation.Attestation {
	return attestation.Attestation{AVS: s.AVS, SourceChainID: s.SourceChainID, FromBlock: r.FromBlock, ToBlock: r.ToBlock,
		LastBlockHash: r.LastBlockHash, MessageRoot: r.MessageRoot, Snapshot: r.Snapshot}
}

// check verifies the record's shape and that its digest is its fields' digest.
func (r *Record) check(s Scope) error {
	if r.FromBlock > r.ToBlock {
		return fmt.Errorf("range %d..%d is empty", r.FromBlock, r.ToBlock)
	}
	a := r.Attestation(s)
	if d := a.Digest(); d != r.Digest {
		return fmt.Errorf("range %d..%d: digest %s is not its fields' digest %s", r.FromBlock, r.ToBlock, r.Digest, d)
	}
	return nil
}

func recordOf(a *attestation.Attestation, digest common.Hash) Record {
	return Record{FromBlock: a.FromBlock, ToBlock: a.ToBlock, Digest: digest, LastBlockHash: a.LastBlockHash,
		MessageRoot: a.MessageRoot, Snapshot: a.Snapshot}
}

// DB is an open protection database. It is safe for concurrent use.
type DB struct {
	db   *bolt.DB
	path string
}

// Options are Open's options.
type Options struct {
	// Create makes a new database when the file does not exist, and replaces a corrupt
	// one (moved aside to <path>.corrupt-<unix time>). Without it both are errors.
	Create bool
	// Now is the clock for the name of a moved-aside file (nil: time.Now).
	Now func() time.Time
}

// Opened says what Open did besides opening.
type Opened struct {
	// Created: the file did not exist and a new database was made.
	Created bool
	// MovedAside names where a corrupt file was moved (Create only), and Cause why.
	MovedAside string
	Cause      error
}

// Open opens the database at path (see Options), checking it (ErrCorrupt).
func Open(path string, opts Options) (*DB, Opened, error) {
	var info Opened
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if !opts.Create {
			return nil, info, fmt.Errorf("%w: %s", ErrMissing, path)
		}
		db, err := create(path)
		info.Created = err == nil
		return db, info, err
	case err != nil:
		return nil, info, fmt.Errorf("protection: %w", err)
	case fi.IsDir():
		return nil, info, fmt.Errorf("protection: %s is a directory", path)
	}
	db, err := openExisting(path, fi.Size())
	if err == nil || !errors.Is(err, ErrCorrupt) || !opts.Create {
		return db, info, err
	}
	now := time.Now
	if opts.Now != nil {
		now = opts.Now
	}
	aside := fmt.Sprintf("%s.corrupt-%d", path, now().Unix())
	if rerr := os.Rename(path, aside); rerr != nil {
		return nil, info, errors.Join(err, fmt.Errorf("protection: moving it aside: %w", rerr))
	}
	info.MovedAside, info.Cause = aside, err
	db, err = create(path)
	info.Created = err == nil
	return db, info, err
}

func create(path string) (*DB, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, fmt.Errorf("protection: creating %s: %w", path, err)
	}
	_ = f.Close()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: lockTimeout})
	if err != nil {
		_ = os.Remove(path)
		return nil, openError(path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucket(metaBucket)
		if err != nil {
			return err
		}
		if err := meta.Put(schemaKey, []byte(Schema)); err != nil {
			return err
		}
		if _, err := tx.CreateBucket(watermarksBucket); err != nil {
			return err
		}
		_, err = tx.CreateBucket(rangesBucket)
		return err
	})
	if err != nil {
		_ = db.Close()
		_ = os.Remove(path)
		return nil, fmt.Errorf("protection: initialising %s: %w", path, err)
	}
	return &DB{db: db, path: path}, nil
}

func openError(path string, err error) error {
	if errors.Is(err, bolt.ErrTimeout) {
		return fmt.Errorf("%w: %s", ErrLocked, path)
	}
	if errors.Is(err, bolt.ErrInvalid) || errors.Is(err, bolt.ErrChecksum) || errors.Is(err, bolt.ErrVersionMismatch) {
		return fmt.Errorf("%w: %s: %w", ErrCorrupt, path, err)
	}
	return fmt.Errorf("protection: opening %s: %w", path, err)
}

// openExisting opens and checks an existing file. bbolt may panic on a damaged file:
// that is corruption too.
func openExisting(path string, size int64) (d *DB, err error) {
	if size == 0 { // bbolt would silently initialise an empty file as a new database
		return nil, fmt.Errorf("%w: %s is empty", ErrCorrupt, path)
	}
	var db *bolt.DB
	defer func() {
		if r := recover(); r != nil {
			if db != nil {
				_ = db.Close()
			}
			d, err = nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, path, r)
		}
	}()
	db, err = bolt.Open(path, 0o600, &bolt.Options{Timeout: lockTimeout})
	if err != nil {
		return nil, openError(path, err)
	}
	if err := db.View(verify); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("%w: %s: %w", ErrCorrupt, path, err)
	}
	return &DB{db: db, path: path}, nil
}

// verify checks the schema, bbolt's page consistency and every record.
func verify(tx *bolt.Tx) error {
	meta := tx.Bucket(metaBucket)
	if meta == nil {
		return errors.New("no meta bucket")
	}
	if s := meta.Get(schemaKey); string(s) != Schema {
		return fmt.Errorf("schema %q, want %q", s, Schema)
	}
	wm, ranges := tx.Bucket(watermarksBucket), tx.Bucket(rangesBucket)
	if wm == nil || ranges == nil {
		return errors.New("missing buckets")
	}
	var errs []error
	for e := range tx.Check() {
		errs = append(errs, e)
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	if err := wm.ForEach(func(k, v []byte) error {
		if _, err := scopeFromBytes(k); err != nil {
			return err
		}
		if len(v) != 8 {
			return fmt.Errorf("watermark of %d bytes", len(v))
		}
		return nil
	}); err != nil {
		return err
	}
	return ranges.ForEach(func(k, v []byte) error {
		s, err := scopeFromBytes(k)
		if err != nil {
			return err
		}
		b := ranges.Bucket(k)
		if v != nil || b == nil {
			return fmt.Errorf("scope %s: not a bucket", s)
		}
		watermark, _ := getWatermark(tx, s)
		var prevTo uint64
		first := true
		return b.ForEach(func(k, v []byte) error {
			r, err := decodeRecord(k, v, s)
			if err != nil {
				return err
			}
			if !first && r.FromBlock <= prevTo {
				return fmt.Errorf("scope %s: range %d..%d overlaps the previous one", s, r.FromBlock, r.ToBlock)
			}
			if r.ToBlock > watermark {
				return fmt.Errorf("scope %s: range %d..%d above the watermark %d", s, r.FromBlock, r.ToBlock, watermark)
			}
			first, prevTo = false, r.ToBlock
			return nil
		})
	})
}

func decodeRecord(k, v []byte, s Scope) (Record, error) {
	var r Record
	dec := json.NewDecoder(bytes.NewReader(v))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return r, fmt.Errorf("scope %s: record: %w", s, err)
	}
	if len(k) != 8 || binary.BigEndian.Uint64(k) != r.FromBlock {
		return r, fmt.Errorf("scope %s: record %d..%d under another key", s, r.FromBlock, r.ToBlock)
	}
	if err := r.check(s); err != nil {
		return r, fmt.Errorf("scope %s: %w", s, err)
	}
	return r, nil
}

// Path returns the database's file.
func (d *DB) Path() string { return d.path }

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

func be64(n uint64) []byte { return binary.BigEndian.AppendUint64(nil, n) }

func getWatermark(tx *bolt.Tx, s Scope) (uint64, bool) {
	v := tx.Bucket(watermarksBucket).Get(s.bytes())
	if len(v) != 8 {
		return 0, false
	}
	return binary.BigEndian.Uint64(v), true
}

func putWatermark(tx *bolt.Tx, s Scope, n uint64) error {
	return tx.Bucket(watermarksBucket).Put(s.bytes(), be64(n))
}

// overlapping returns the scope's records that overlap from..to, in order.
func overlapping(tx *bolt.Tx, s Scope, from, to uint64) ([]Record, error) {
	b := tx.Bucket(rangesBucket).Bucket(s.bytes())
	if b == nil {
		return nil, nil
	}
	c := b.Cursor()
	// Records do not overlap each other, so both ends increase with fromBlock: walk back
	// from the last record starting at or before to while they end at or after from.
	k, v := c.Seek(be64(to))
	switch {
	case k == nil:
		k, v = c.Last()
	case binary.BigEndian.Uint64(k) > to:
		k, v = c.Prev()
	}
	var out []Record
	for ; k != nil; k, v = c.Prev() {
		r, err := decodeRecord(k, v, s)
		if err != nil {
			return nil, err
		}
		if r.ToBlock < from {
			break
		}
		out = append([]Record{r}, out...)
	}
	return out, nil
}

func putRecord(tx *bolt.Tx, s Scope, r *Record) error {
	b, err := tx.Bucket(rangesBucket).CreateBucketIfNotExists(s.bytes())
	if err != nil {
		return err
	}
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return b.Put(be64(r.FromBlock), v)
}

// Signer is one key as protection signs with it.
type Signer interface {
	// ID returns the key's id, keccak256(G1.X || G1.Y).
	ID() optable.OperatorID
	// Sign signs a digest.
	Sign(digest [32]byte) (bls.G1Point, error)
}

// Refusal is a key's history forbidding an attestation (it matches ErrRefused), or
// showing that the source's content of a signed range changed (ErrContentChanged).
type Refusal struct {
	Scope Scope
	// Attestation is what was to be signed; Stored the conflicting record, if any.
	Attestation attestation.Attestation
	Stored      *Record
	Watermark   uint64
	// Changed marks a content change rather than a conflict.
	Changed bool
}

// Error explains the refusal.
func (r *Refusal) Error() string {
	a := &r.Attestation
	switch {
	case r.Changed && r.Stored.ToBlock == a.ToBlock && r.Stored.LastBlockHash != a.LastBlockHash:
		return fmt.Sprintf("protection: source block %d of chain %d is now %s, but key %s signed range %d..%d with it as %s",
			a.ToBlock, a.SourceChainID, a.LastBlockHash, r.Scope.Key, r.Stored.FromBlock, r.Stored.ToBlock, r.Stored.LastBlockHash)
	case r.Changed:
		return fmt.Sprintf("protection: range %d..%d of chain %d now has message root %s, but key %s signed it with root %s",
			a.FromBlock, a.ToBlock, a.SourceChainID, a.MessageRoot, r.Scope.Key, r.Stored.MessageRoot)
	case r.Stored != nil:
		return fmt.Sprintf("protection: key %s signed range %d..%d of chain %d (digest %s, snapshot %s); refusing %d..%d with digest %s (snapshot %s)",
			r.Scope.Key, r.Stored.FromBlock, r.Stored.ToBlock, a.SourceChainID, r.Stored.Digest, r.Stored.Snapshot,
			a.FromBlock, a.ToBlock, a.Digest(), a.Snapshot)
	default:
		return fmt.Sprintf("protection: key %s signed chain %d up to block %d; refusing range %d..%d, which does not start above it",
			r.Scope.Key, a.SourceChainID, r.Watermark, a.FromBlock, a.ToBlock)
	}
}

// Is matches ErrRefused or ErrContentChanged.
func (r *Refusal) Is(target error) bool {
	if r.Changed {
		return target == ErrContentChanged
	}
	return target == ErrRefused
}

// Signature is one key's signature from Sign.
type Signature struct {
	Key   optable.OperatorID
	Sigma bls.G1Point
	// Repeat: the attestation was signed before with this key; Sigma is that signature.
	Repeat bool
}

// Sign decides, records and signs an attestation with every key, in one read-write
// transaction committed (and fsynced) before it returns: each key's signature, or an
// error and nothing recorded. A refusal of any key refuses the whole call (a *Refusal;
// a content change is reported before a conflict).
func (d *DB) Sign(a *attestation.Attestation, keys []Signer) ([]Signature, error) {
	if err := a.Validate(); err != nil {
		return nil, err
	}
	if len(keys) == 0 {
		return nil, errors.New("protection: no keys")
	}
	digest := a.Digest()
	out := make([]Signature, len(keys))
	err := d.db.Update(func(tx *bolt.Tx) error {
		var refusals []*Refusal
		for i, k := range keys {
			s := ScopeOf(k.ID(), a)
			repeat, ref, err := decide(tx, s, a, digest)
			if err != nil {
				return err
			}
			if ref != nil {
				refusals = append(refusals, ref)
				continue
			}
			out[i] = Signature{Key: s.Key, Repeat: repeat != nil}
			if repeat != nil && repeat.Signature != nil {
				if out[i].Sigma, err = repeat.Signature.Point(); err != nil {
					return fmt.Errorf("%w: stored signature: %w", ErrCorrupt, err)
				}
				continue
			}
			sigma, err := k.Sign(digest)
			if err != nil {
				return fmt.Errorf("protection: signing with key %s: %w", s.Key, err)
			}
			out[i].Sigma = sigma
			if repeat != nil { // an imported record without its signature: keep this one
				g := formats.G1Of(sigma)
				repeat.Signature = &g
				if err := putRecord(tx, s, repeat); err != nil {
					return err
				}
				continue
			}
			r := recordOf(a, digest)
			g := formats.G1Of(sigma)
			r.Signature = &g
			if err := putRecord(tx, s, &r); err != nil {
				return err
			}
			if err := putWatermark(tx, s, a.ToBlock); err != nil {
				return err
			}
		}
		for _, r := range refusals {
			if r.Changed {
				return r
			}
		}
		if len(refusals) > 0 {
			return refusals[0]
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// decide applies the rule to one scope: a repeat (the stored record), a refusal, or
// neither (sign and record).
func decide(tx *bolt.Tx, s Scope, a *attestation.Attestation, digest common.Hash) (*Record, *Refusal, error) {
	stored, err := overlapping(tx, s, a.FromBlock, a.ToBlock)
	if err != nil {
		return nil, nil, err
	}
	wm, _ := getWatermark(tx, s)
	var conflict *Refusal
	for i := range stored {
		r := &stored[i]
		same := r.FromBlock == a.FromBlock && r.ToBlock == a.ToBlock
		switch {
		case same && r.Digest == digest:
			return r, nil, nil
		case r.ToBlock == a.ToBlock && r.LastBlockHash != a.LastBlockHash,
			same && r.MessageRoot != a.MessageRoot:
			return nil, &Refusal{Scope: s, Attestation: *a, Stored: r, Watermark: wm, Changed: true}, nil
		case conflict == nil:
			conflict = &Refusal{Scope: s, Attestation: *a, Stored: r, Watermark: wm}
		}
	}
	if conflict != nil {
		return nil, conflict, nil
	}
	if _, ok := getWatermark(tx, s); ok && a.FromBlock <= wm {
		return nil, &Refusal{Scope: s, Attestation: *a, Watermark: wm}, nil
	}
	return nil, nil, nil
}

// Watermark returns the highest block signed in a scope (ok false: nothing signed).
func (d *DB) Watermark(s Scope) (wm uint64, ok bool, err error) {
	err = d.db.View(func(tx *bolt.Tx) error {
		wm, ok = getWatermark(tx, s)
		return nil
	})
	return wm, ok, err
}

// Last returns a scope's highest signed range (ok false: none stored).
func (d *DB) Last(s Scope) (r Record, ok bool, err error) {
	err = d.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(rangesBucket).Bucket(s.bytes())
		if b == nil {
			return nil
		}
		k, v := b.Cursor().Last()
		if k == nil {
			return nil
		}
		r, err = decodeRecord(k, v, s)
		ok = err == nil
		return err
	})
	return r, ok, err
}

// Records returns a scope's records in order.
func (d *DB) Records(s Scope) ([]Record, error) {
	var out []Record
	err := d.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(rangesBucket).Bucket(s.bytes())
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			r, err := decodeRecord(k, v, s)
			out = append(out, r)
			return err
		})
	})
	return out, err
}

// Scopes returns every scope with a watermark, in key order.
func (d *DB) Scopes() ([]Scope, error) {
	var out []Scope
	err := d.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(watermarksBucket).ForEach(func(k, _ []byte) error {
			s, err := scopeFromBytes(k)
			out = append(out, s)
			return err
		})
	})
	return out, err
}
