package protection

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	bolt "go.etcd.io/bbolt"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/optable"
)

// testKey is a BN254 key as a Signer.
type testKey struct{ sk *bls.SecretKey }

func (k testKey) ID() optable.OperatorID { return optable.IDOf(k.sk.PublicKeyG1()) }
func (k testKey) Sign(d [32]byte) (bls.G1Point, error) {
	return k.sk.Sign(d)
}

func newKey(name string) testKey {
	sk, err := bls.SecretKeyFromBytes(crypto.Keccak256([]byte("protection test " + name)))
	if err != nil {
		panic(err)
	}
	return testKey{sk}
}

var testAVS = attestation.AVS{L1ChainID: 900, Address: common.HexToAddress("0x00000000000000000000000000000000000a0a0a")}

// att is an attestation of from..to with content named by a byte and a snapshot block.
func att(from, to uint64, content byte, snapshot uint64) *attestation.Attestation {
	return &attestation.Attestation{AVS: testAVS, SourceChainID: 902, FromBlock: from, ToBlock: to,
		LastBlockHash: common.Hash{0xb1, byte(to), content}, MessageRoot: common.Hash{0x40, byte(from), byte(to), content},
		Snapshot: attestation.Snapshot{Block: snapshot, Root: common.Hash{0x55, byte(snapshot)}}}
}

func openNew(t *testing.T) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "protection.db")
	db, info, err := Open(path, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	if !info.Created {
		t.Fatal("not created")
	}
	t.Cleanup(func() { _ = db.Close() })
	return db, path
}

func TestSignRules(t *testing.T) {
	db, _ := openNew(t)
	k := newKey("a")
	first, err := db.Sign(att(1, 10, 0, 5), []Signer{k})
	if err != nil {
		t.Fatal(err)
	}
	if first[0].Repeat || first[0].Key != k.ID() {
		t.Fatal("first signing reported as a repeat")
	}
	if !bls.Verify(k.sk.PublicKeyG2(), att(1, 10, 0, 5).Digest(), first[0].Sigma) {
		t.Fatal("signature does not verify")
	}
	// An exact repeat returns the same signature.
	again, err := db.Sign(att(1, 10, 0, 5), []Signer{k})
	if err != nil || !again[0].Repeat || !again[0].Sigma.Equal(first[0].Sigma) {
		t.Fatalf("repeat: %v %+v", err, again)
	}
	// The same range against another snapshot: a conflict, refused.
	if _, err := db.Sign(att(1, 10, 0, 6), []Signer{k}); !errors.Is(err, ErrRefused) || errors.Is(err, ErrContentChanged) {
		t.Fatalf("other snapshot: %v", err)
	}
	// An overlapping range, and a range that does not start above the watermark.
	if _, err := db.Sign(att(5, 15, 0, 5), []Signer{k}); !errors.Is(err, ErrRefused) {
		t.Fatalf("overlap: %v", err)
	}
	if _, err := db.Sign(att(10, 20, 0, 5), []Signer{k}); !errors.Is(err, ErrRefused) {
		t.Fatalf("overlap at the end: %v", err)
	}
	// Another hash for block 10, or another root for the range: the content changed.
	var ref *Refusal
	_, err = db.Sign(att(1, 10, 1, 5), []Signer{k})
	if !errors.Is(err, ErrContentChanged) || !errors.As(err, &ref) || !ref.Changed {
		t.Fatalf("other content: %v", err)
	}
	if !strings.Contains(err.Error(), "source block 10 of chain 902 is now") {
		t.Fatalf("message: %v", err)
	}
	changedRoot := att(1, 10, 0, 5)
	changedRoot.MessageRoot = common.Hash{9}
	if _, err := db.Sign(changedRoot, []Signer{k}); !errors.Is(err, ErrContentChanged) {
		t.Fatalf("other root: %v", err)
	}
	// The next range signs, and a gap is allowed.
	if _, err := db.Sign(att(11, 20, 0, 5), []Signer{k}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Sign(att(31, 40, 0, 5), []Signer{k}); err != nil {
		t.Fatal(err)
	}
	// Below the watermark without overlapping a record (the gap): refused.
	if _, err := db.Sign(att(21, 30, 0, 5), []Signer{k}); !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), "up to block 40") {
		t.Fatalf("gap below watermark: %v", err)
	}
	s := ScopeOf(k.ID(), att(1, 1, 0, 0))
	if wm, ok, err := db.Watermark(s); err != nil || !ok || wm != 40 {
		t.Fatalf("watermark %d %v %v", wm, ok, err)
	}
	if last, ok, err := db.Last(s); err != nil || !ok || last.FromBlock != 31 || last.ToBlock != 40 {
		t.Fatalf("last %+v %v %v", last, ok, err)
	}
	// Other scopes are independent: another source chain, another AVS.
	other := att(1, 10, 7, 5)
	other.SourceChainID = 903
	if _, err := db.Sign(other, []Signer{k}); err != nil {
		t.Fatal(err)
	}
	other = att(1, 10, 7, 5)
	other.AVS.Address = common.Address{1}
	if _, err := db.Sign(other, []Signer{k}); err != nil {
		t.Fatal(err)
	}
}

// TestSignAllOrNothing: one key's refusal records nothing for the others.
func TestSignAllOrNothing(t *testing.T) {
	db, _ := openNew(t)
	a, b := newKey("a"), newKey("b")
	if _, err := db.Sign(att(1, 10, 0, 5), []Signer{a}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Sign(att(5, 14, 0, 5), []Signer{b, a}); !errors.Is(err, ErrRefused) {
		t.Fatalf("%v", err)
	}
	if _, ok, _ := db.Watermark(ScopeOf(b.ID(), att(1, 1, 0, 0))); ok {
		t.Fatal("key b recorded a signing that was refused for key a")
	}
	// A repeat for one key and a first signing for another are both fine.
	sigs, err := db.Sign(att(1, 10, 0, 5), []Signer{a, b})
	if err != nil || !sigs[0].Repeat || sigs[1].Repeat {
		t.Fatalf("%v %+v", err, sigs)
	}
	// A content change is reported before a conflict.
	if _, err := db.Sign(att(1, 10, 3, 5), []Signer{newKey("c"), a}); !errors.Is(err, ErrContentChanged) {
		t.Fatalf("%v", err)
	}
}

// TestConcurrentSigning: concurrent requests for overlapping ranges with different
// content never yield two signatures of one key on overlapping ranges with different
// digests. Run with -race.
func TestConcurrentSigning(t *testing.T) {
	db, _ := openNew(t)
	keys := []Signer{newKey("a"), newKey("b")}
	type signed struct {
		a     *attestation.Attestation
		sigma bls.G1Point
		key   optable.OperatorID
	}
	var (
		mu   sync.Mutex
		good []signed
		wg   sync.WaitGroup
	)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(seed int64) {
			defer wg.Done()
			r := rand.New(rand.NewSource(seed))
			for i := 0; i < 40; i++ {
				// Mostly the grid's ranges in order, as daemons and aggregator requests
				// race for them, with one of two snapshots; sometimes a shifted range;
				// sometimes other content (reported as a content change).
				from, to := uint64(10*i+1), uint64(10*i+10)
				if r.Intn(8) == 0 {
					from, to = from+5, to+5
				}
				content := byte(0)
				if r.Intn(16) == 0 {
					content = 1
				}
				a := att(from, to, content, uint64(r.Intn(2)))
				ks := keys
				if r.Intn(3) == 0 {
					ks = keys[r.Intn(2):][:1]
				}
				sigs, err := db.Sign(a, ks)
				if err != nil {
					if !errors.Is(err, ErrRefused) && !errors.Is(err, ErrContentChanged) {
						t.Error(err)
					}
					continue
				}
				mu.Lock()
				for _, s := range sigs {
					good = append(good, signed{a, s.Sigma, s.Key})
				}
				mu.Unlock()
			}
		}(int64(g))
	}
	wg.Wait()
	if len(good) == 0 {
		t.Fatal("nothing signed")
	}
	for i := range good {
		for j := range good[:i] {
			x, y := good[i], good[j]
			if x.key != y.key || x.a.ToBlock < y.a.FromBlock || y.a.ToBlock < x.a.FromBlock {
				continue
			}
			if x.a.Digest() != y.a.Digest() || !x.sigma.Equal(y.sigma) {
				t.Fatalf("key %s signed %d..%d and %d..%d with different digests", x.key, x.a.FromBlock, x.a.ToBlock, y.a.FromBlock, y.a.ToBlock)
			}
		}
	}
	t.Logf("%d signatures out of %d requests", len(good), 16*40)
}

// crashHelperEnv makes the test binary a helper that signs and then dies (SIGKILL)
// before it could send the signature anywhere.
const crashHelperEnv = "PARLEY_PROTECTION_CRASH_HELPER"

func TestMain(m *testing.M) {
	if path := os.Getenv(crashHelperEnv); path != "" {
		db, _, err := Open(path, Options{})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		if _, err := db.Sign(att(1, 10, 0, 5), []Signer{newKey("a")}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(4)
		}
		// The record is committed; the signature has not left the process.
		_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
		select {}
	}
	os.Exit(m.Run())
}

// TestCrashAfterRecord: a process killed (kill -9) between the record and the reply
// leaves the record: after reopening, a conflicting request is refused and the same
// request gets the same signature.
func TestCrashAfterRecord(t *testing.T) {
	db, path := openNew(t)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashHelperEnv+"="+path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("helper did not die by SIGKILL: %v\n%s", err, stderr.String())
	}
	db, info, err := Open(path, Options{})
	if err != nil || info.Created {
		t.Fatal(err)
	}
	defer db.Close()
	k := newKey("a")
	if _, err := db.Sign(att(1, 10, 0, 6), []Signer{k}); !errors.Is(err, ErrRefused) {
		t.Fatalf("conflict after crash: %v", err)
	}
	sigs, err := db.Sign(att(1, 10, 0, 5), []Signer{k})
	if err != nil || !sigs[0].Repeat {
		t.Fatalf("repeat after crash: %v", err)
	}
	want, _ := k.Sign(att(1, 10, 0, 5).Digest())
	if !sigs[0].Sigma.Equal(want) {
		t.Fatal("another signature after the crash")
	}
}

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.db")
	if _, _, err := Open(path, Options{}); !errors.Is(err, ErrMissing) {
		t.Fatalf("missing: %v", err)
	}
	db, _, err := Open(path, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	// A second opener (another process, or an export while the daemon runs) is refused.
	if _, _, err := Open(path, Options{}); !errors.Is(err, ErrLocked) {
		t.Fatalf("locked: %v", err)
	}
	if _, err := db.Sign(att(1, 10, 0, 5), []Signer{newKey("a")}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// Create opens an existing database as it is.
	db, info, err := Open(path, Options{Create: true})
	if err != nil || info.Created || info.MovedAside != "" {
		t.Fatal(err, info)
	}
	db.Close()

	corrupt := func(name string, content []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, content, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for name, p := range map[string]string{
		"empty":   corrupt("empty.db", nil),
		"garbage": corrupt("garbage.db", bytes.Repeat([]byte("not a database "), 1000)),
	} {
		if _, _, err := Open(p, Options{}); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("%s: %v", name, err)
		}
	}
	// A bbolt file that is not a protection database.
	other := filepath.Join(dir, "other.db")
	b, err := bolt.Open(other, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = b.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("x")); return err })
	b.Close()
	if _, _, err := Open(other, Options{}); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("other bbolt file: %v", err)
	}
	// A tampered record (its digest no longer matches its fields).
	b, err = bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = b.Update(func(tx *bolt.Tx) error {
		s := ScopeOf(newKey("a").ID(), att(1, 1, 0, 0))
		bk := tx.Bucket(rangesBucket).Bucket(s.bytes())
		var r Record
		if err := json.Unmarshal(bk.Get(be64(1)), &r); err != nil {
			return err
		}
		r.MessageRoot = common.Hash{1}
		v, _ := json.Marshal(r)
		return bk.Put(be64(1), v)
	})
	b.Close()
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := Open(path, Options{}); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "digest") {
		t.Fatalf("tampered: %v", err)
	}
	// With Create, a corrupt file is moved aside and a new database made.
	p := corrupt("garbage2.db", []byte("junk"))
	db, info, err = Open(p, Options{Create: true})
	if err != nil || !info.Created || info.MovedAside == "" || !errors.Is(info.Cause, ErrCorrupt) {
		t.Fatal(err, info)
	}
	db.Close()
	if got, _ := os.ReadFile(info.MovedAside); string(got) != "junk" {
		t.Fatal("the corrupt file was not kept")
	}
}

// TestExportImport: an exported history imported into a fresh database keeps every
// refusal; importing is idempotent and refuses conflicts atomically.
func TestExportImport(t *testing.T) {
	src, _ := openNew(t)
	a, b := newKey("a"), newKey("b")
	for _, r := range [][2]uint64{{1, 10}, {11, 20}, {31, 40}} {
		if _, err := src.Sign(att(r[0], r[1], 0, 5), []Signer{a, b}); err != nil {
			t.Fatal(err)
		}
	}
	other := att(1, 10, 0, 5)
	other.SourceChainID = 999
	if _, err := src.Sign(other, []Signer{a}); err != nil {
		t.Fatal(err)
	}
	chains, err := src.Chains()
	if err != nil || len(chains) != 2 {
		t.Fatalf("%v %v", chains, err)
	}
	x, err := src.Export(testAVS, 902)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := x.Write(&buf); err != nil {
		t.Fatal(err)
	}
	text := buf.String()
	for _, want := range []string{`"interchange_format_version": "1"`, `"source_chain_id": "902"`, `"watermark": "40"`, `"from_block": "31"`} {
		if !strings.Contains(text, want) {
			t.Fatalf("export lacks %s:\n%s", want, text)
		}
	}
	y, err := ReadInterchange(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	dst, _ := openNew(t)
	res, err := dst.Import(y)
	if err != nil || res.Keys != 2 || res.Added != 6 || res.Raised != 2 {
		t.Fatalf("%+v %v", res, err)
	}
	// The refusals survive the move.
	for _, c := range []*attestation.Attestation{att(1, 10, 0, 6), att(21, 30, 0, 5), att(35, 45, 0, 5)} {
		if _, err := dst.Sign(c, []Signer{a}); !errors.Is(err, ErrRefused) {
			t.Fatalf("%d..%d after import: %v", c.FromBlock, c.ToBlock, err)
		}
	}
	if _, err := dst.Sign(att(11, 20, 9, 5), []Signer{b}); !errors.Is(err, ErrContentChanged) {
		t.Fatalf("content change after import: %v", err)
	}
	// A repeat is signed again, identically (no signatures travel).
	sigs, err := dst.Sign(att(11, 20, 0, 5), []Signer{a})
	want, _ := a.Sign(att(11, 20, 0, 5).Digest())
	if err != nil || !sigs[0].Repeat || !sigs[0].Sigma.Equal(want) {
		t.Fatalf("repeat after import: %v", err)
	}
	if _, err := dst.Sign(att(41, 50, 0, 5), []Signer{a}); err != nil {
		t.Fatal(err)
	}
	// Importing again changes nothing.
	res, err = dst.Import(y)
	if err != nil || res.Added != 0 || res.Duplicates != 6 || res.Raised != 0 {
		t.Fatalf("%+v %v", res, err)
	}
	// A conflicting history is refused as a whole.
	conflicting, _ := openNew(t)
	if _, err := conflicting.Sign(att(51, 60, 0, 5), []Signer{b}); err != nil {
		t.Fatal(err)
	}
	if _, err := conflicting.Sign(att(61, 70, 0, 5), []Signer{a}); err != nil {
		t.Fatal(err)
	}
	if _, err := conflicting.Sign(att(1, 10, 0, 7), []Signer{newKey("c")}); err != nil {
		t.Fatal(err)
	}
	z, _ := conflicting.Export(testAVS, 902)
	// key a's 41..50 in dst vs nothing in z; make a conflict: dst has a at 41..50, z has b 51..60 (fine)
	// and a 61..70 (fine); add a conflicting range for a.
	for i := range z.Data {
		if z.Data[i].Key == a.ID() {
			r := att(45, 48, 0, 5)
			z.Data[i].SignedRanges = append(z.Data[i].SignedRanges, SignedRange{FromBlock: 45, ToBlock: 48, Digest: r.Digest(),
				LastBlockHash: r.LastBlockHash, MessageRoot: r.MessageRoot, SnapshotBlock: 5, SnapshotRoot: r.Snapshot.Root})
		}
	}
	if _, err := dst.Import(z); !errors.Is(err, ErrRefused) {
		t.Fatalf("conflicting import: %v", err)
	}
	if _, ok, _ := dst.Watermark(ScopeOf(newKey("c").ID(), att(1, 1, 0, 0))); ok {
		t.Fatal("a refused import changed the database")
	}
}

func TestInterchangeStrict(t *testing.T) {
	db, _ := openNew(t)
	if _, err := db.Sign(att(1, 10, 0, 5), []Signer{newKey("a")}); err != nil {
		t.Fatal(err)
	}
	x, _ := db.Export(testAVS, 902)
	var buf bytes.Buffer
	_ = x.Write(&buf)
	good := buf.String()
	for name, edit := range map[string]func(string) string{
		"unknown field": func(s string) string { return strings.Replace(s, `"watermark"`, `"extra": 1, "watermark"`, 1) },
		"version": func(s string) string {
			return strings.Replace(s, `"interchange_format_version": "1"`, `"interchange_format_version": "2"`, 1)
		},
		"number":       func(s string) string { return strings.Replace(s, `"watermark": "10"`, `"watermark": 10`, 1) },
		"leading zero": func(s string) string { return strings.Replace(s, `"watermark": "10"`, `"watermark": "010"`, 1) },
		"digest":       func(s string) string { return strings.Replace(s, `"to_block": "10"`, `"to_block": "9"`, 1) },
		"watermark":    func(s string) string { return strings.Replace(s, `"watermark": "10"`, `"watermark": "9"`, 1) },
		"trailing":     func(s string) string { return s + "{}" },
	} {
		bad := edit(good)
		if bad == good {
			t.Fatalf("%s: edit did nothing", name)
		}
		if _, err := ReadInterchange(strings.NewReader(bad)); !errors.Is(err, ErrInterchange) {
			t.Fatalf("%s: %v", name, err)
		}
	}
}
