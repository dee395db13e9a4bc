package protection

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/optable"
)

// Interchange format identity.
const (
	InterchangeFormat  = "parley-operator-protection"
	InterchangeVersion = "1"
)

// maxInterchangeBytes bounds what ReadInterchange reads.
const maxInterchangeBytes = 256 << 20

// ErrInterchange is returned for a malformed interchange file.
var ErrInterchange = errors.New("protection: malformed interchange file")

// Uint64 is an integer written as a decimal string, as EIP-3076 writes slots.
type Uint64 uint64

// MarshalJSON writes the decimal string.
func (u Uint64) MarshalJSON() ([]byte, error) {
	return json.Marshal(strconv.FormatUint(uint64(u), 10))
}

// UnmarshalJSON reads a canonical decimal string (no sign, no leading zeros).
func (u *Uint64) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("want a decimal string: %w", err)
	}
	if s == "" || (len(s) > 1 && s[0] == '0') || s[0] == '+' || s[0] == '-' {
		return fmt.Errorf("%q is not a canonical decimal integer", s)
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return fmt.Errorf("%q: %w", s, err)
	}
	*u = Uint64(v)
	return nil
}

// Interchange is the JSON interchange file (see the package documentation).
type Interchange struct {
	Metadata Metadata     `json:"metadata"`
	Data     []KeyHistory `json:"data"`
}

// Metadata names the format and the (AVS, source chain) the history is of.
type Metadata struct {
	Format        string         `json:"interchange_format"`
	Version       string         `json:"interchange_format_version"`
	L1ChainID     Uint64         `json:"l1_chain_id"`
	AVS           common.Address `json:"avs"`
	SourceChainID Uint64         `json:"source_chain_id"`
}

// KeyHistory is one key's history.
type KeyHistory struct {
	Key          optable.OperatorID `json:"key_id"`
	Watermark    Uint64             `json:"watermark"`
	SignedRanges []SignedRange      `json:"signed_ranges"`
}

// SignedRange is one signed attestation.
type SignedRange struct {
	FromBlock     Uint64      `json:"from_block"`
	ToBlock       Uint64      `json:"to_block"`
	Digest        common.Hash `json:"digest"`
	LastBlockHash common.Hash `json:"last_block_hash"`
	MessageRoot   common.Hash `json:"message_root"`
	SnapshotBlock Uint64      `json:"snapshot_block"`
	SnapshotRoot  common.Hash `json:"snapshot_root"`
}

func (r SignedRange) record() Record {
	return Record{FromBlock: uint64(r.FromBlock), ToBlock: uint64(r.ToBlock), Digest: r.Digest, LastBlockHash: r.LastBlockHash,
		MessageRoot: r.MessageRoot, Snapshot: attestation.Snapshot{Block: uint64(r.SnapshotBlock), Root: r.SnapshotRoot}}
}

func signedRangeOf(r *Record) SignedRange {
	return SignedRange{FromBlock: Uint64(r.FromBlock), ToBlock: Uint64(r.ToBlock), Digest: r.Digest, LastBlockHash: r.LastBlockHash,
		MessageRoot: r.MessageRoot, SnapshotBlock: Uint64(r.Snapshot.Block), SnapshotRoot: r.Snapshot.Root}
}

// AVS returns the AVS the file is of.
func (x *Interchange) AVS() attestation.AVS {
	return attestation.AVS{L1ChainID: uint64(x.Metadata.L1ChainID), Address: x.Metadata.AVS}
}

// Check validates the file: format and version, every digest, each key once, and each
// key's ranges not overlapping and at or below its watermark. It sorts each key's ranges.
func (x *Interchange) Check() error {
	m := &x.Metadata
	if m.Format != InterchangeFormat || m.Version != InterchangeVersion {
		return fmt.Errorf("%w: format %q version %q, want %q version %q", ErrInterchange, m.Format, m.Version, InterchangeFormat, InterchangeVersion)
	}
	seen := map[optable.OperatorID]bool{}
	for i := range x.Data {
		h := &x.Data[i]
		if seen[h.Key] {
			return fmt.Errorf("%w: key %s listed twice", ErrInterchange, h.Key)
		}
		seen[h.Key] = true
		s := Scope{Key: h.Key, AVS: x.AVS(), SourceChainID: uint64(m.SourceChainID)}
		slices.SortFunc(h.SignedRanges, func(a, b SignedRange) int { return cmp.Compare(a.FromBlock, b.FromBlock) })
		for j, sr := range h.SignedRanges {
			r := sr.record()
			if err := r.check(s); err != nil {
				return fmt.Errorf("%w: key %s: %w", ErrInterchange, h.Key, err)
			}
			if j > 0 && sr.FromBlock <= h.SignedRanges[j-1].ToBlock {
				return fmt.Errorf("%w: key %s: ranges %d..%d and %d..%d overlap", ErrInterchange, h.Key,
					h.SignedRanges[j-1].FromBlock, h.SignedRanges[j-1].ToBlock, sr.FromBlock, sr.ToBlock)
			}
			if sr.ToBlock > h.Watermark {
				return fmt.Errorf("%w: key %s: range %d..%d above the watermark %d", ErrInterchange, h.Key, sr.FromBlock, sr.ToBlock, h.Watermark)
			}
		}
	}
	return nil
}

// ReadInterchange strictly decodes and checks an interchange file.
func ReadInterchange(r io.Reader) (*Interchange, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxInterchangeBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxInterchangeBytes {
		return nil, fmt.Errorf("%w: larger than %d bytes", ErrInterchange, maxInterchangeBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var x Interchange
	if err := dec.Decode(&x); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInterchange, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: data after the JSON object", ErrInterchange)
	}
	if err := x.Check(); err != nil {
		return nil, err
	}
	return &x, nil
}

// Write writes the file as indented JSON.
func (x *Interchange) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(x)
}

// Chains returns the distinct (AVS, source chain) pairs of the database's scopes.
func (d *DB) Chains() ([]Scope, error) {
	scopes, err := d.Scopes()
	if err != nil {
		return nil, err
	}
	var out []Scope
	for _, s := range scopes {
		s.Key = optable.OperatorID{}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out, nil
}

// Export returns the history of every key for one AVS and source chain.
func (d *DB) Export(avs attestation.AVS, sourceChainID uint64) (*Interchange, error) {
	x := &Interchange{Metadata: Metadata{Format: InterchangeFormat, Version: InterchangeVersion,
		L1ChainID: Uint64(avs.L1ChainID), AVS: avs.Address, SourceChainID: Uint64(sourceChainID)}, Data: []KeyHistory{}}
	scopes, err := d.Scopes()
	if err != nil {
		return nil, err
	}
	for _, s := range scopes {
		if s.AVS != avs || s.SourceChainID != sourceChainID {
			continue
		}
		wm, _, err := d.Watermark(s)
		if err != nil {
			return nil, err
		}
		recs, err := d.Records(s)
		if err != nil {
			return nil, err
		}
		h := KeyHistory{Key: s.Key, Watermark: Uint64(wm), SignedRanges: []SignedRange{}}
		for i := range recs {
			h.SignedRanges = append(h.SignedRanges, signedRangeOf(&recs[i]))
		}
		x.Data = append(x.Data, h)
	}
	return x, nil
}

// ImportResult says what Import changed.
type ImportResult struct {
	Keys       int // keys in the file
	Added      int // records added
	Duplicates int // records already stored
	Raised     int // watermarks raised
}

// Import merges a checked interchange file into the database, in one transaction: a
// record equal to a stored one is skipped, one that overlaps a stored one differently
// refuses the whole import (nothing changes), and each scope keeps the higher watermark.
func (d *DB) Import(x *Interchange) (ImportResult, error) {
	if err := x.Check(); err != nil {
		return ImportResult{}, err
	}
	var res ImportResult
	err := d.db.Update(func(tx *bolt.Tx) error {
		res = ImportResult{Keys: len(x.Data)}
		for _, h := range x.Data {
			s := Scope{Key: h.Key, AVS: x.AVS(), SourceChainID: uint64(x.Metadata.SourceChainID)}
			for _, sr := range h.SignedRanges {
				r := sr.record()
				stored, err := overlapping(tx, s, r.FromBlock, r.ToBlock)
				if err != nil {
					return err
				}
				if len(stored) == 1 && stored[0].FromBlock == r.FromBlock && stored[0].ToBlock == r.ToBlock && stored[0].Digest == r.Digest {
					res.Duplicates++
					continue
				}
				if len(stored) > 0 {
					o := stored[0]
					return fmt.Errorf("%w: key %s: imported range %d..%d (digest %s) conflicts with stored range %d..%d (digest %s)",
						ErrRefused, s.Key, r.FromBlock, r.ToBlock, r.Digest, o.FromBlock, o.ToBlock, o.Digest)
				}
				if err := putRecord(tx, s, &r); err != nil {
					return err
				}
				res.Added++
			}
			wm, ok := getWatermark(tx, s)
			if !ok || uint64(h.Watermark) > wm {
				if err := putWatermark(tx, s, max(wm, uint64(h.Watermark))); err != nil {
					return err
				}
				res.Raised++
			}
		}
		return nil
	})
	if err != nil {
		return ImportResult{}, err
	}
	return res, nil
}
