package sim

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/msgtree"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
)

func small() Config {
	c := DefaultConfig()
	c.Operators = 12
	c.Blocks = 4
	c.BatchSize = 3
	c.Seed = 42
	c.ThresholdBPS = 5000
	return c
}

func TestRun(t *testing.T) {
	var out bytes.Buffer
	cfg := small()
	res, err := Run(context.Background(), cfg, &out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if res.VerifyErr != nil {
		t.Fatalf("valid certificate rejected: %v", res.VerifyErr)
	}

	// The snapshot: one entry per operator and set it is in, every set non-empty,
	// sealed in the configured block, named by the certificate.
	tab := res.Table
	if tab.Len() != res.Keys || tab.Len() < cfg.Operators || tab.Len() > cfg.Operators*len(cfg.Quorums) {
		t.Fatalf("%d entries for %d operators (%d keys)", tab.Len(), cfg.Operators, res.Keys)
	}
	if ids := tab.SetIDs(); len(ids) != 2 || ids[0] != 0 || ids[1] != 1 {
		t.Fatalf("sets %v", ids)
	}
	for _, s := range tab.Sets() {
		if s.Members == 0 || s.TotalWeight.IsZero() {
			t.Fatalf("set %d empty", s.ID)
		}
	}
	if ref := tab.Snapshot(); ref.Block != cfg.SnapshotBlock || ref != res.Certificate.Attestation.Snapshot {
		t.Fatalf("snapshot %s, certificate names %s", ref, res.Certificate.Attestation.Snapshot)
	}

	// One operator absent, one signing the wrong digest with each of its keys: the
	// aggregator drops exactly those signatures, and both operators' keys in the
	// listed sets are the non-signers.
	if res.Absent != 1 || res.BadOperator < 0 {
		t.Fatalf("absent %d, bad operator %d", res.Absent, res.BadOperator)
	}
	if len(res.Dropped) == 0 {
		t.Fatal("no signature dropped")
	}
	bad, _ := tab.Entry(res.Dropped[0])
	if bad == nil {
		t.Fatalf("dropped key %s not in the snapshot", res.Dropped[0])
	}
	badKeys := 0
	for _, e := range tab.Entries() {
		if e.Operator == bad.Operator {
			badKeys++
		}
	}
	if len(res.Dropped) != badKeys {
		t.Fatalf("%d signatures dropped, the bad operator has %d keys", len(res.Dropped), badKeys)
	}
	for _, id := range res.Dropped {
		e, ok := tab.Entry(id)
		if !ok || e.Operator != bad.Operator || !slices.Contains(res.Certificate.NonSigners, id) {
			t.Fatalf("dropped key %s: not the bad operator's, or not a non-signer", id)
		}
	}
	ns := len(res.Certificate.NonSigners)
	if res.Signers+ns != tab.Len() || ns-badKeys < res.Absent || ns-badKeys > res.Absent*len(cfg.Quorums) {
		t.Fatalf("%d signatures, %d non-signers, %d keys", res.Signers, ns, tab.Len())
	}
	if res.Messages == 0 || res.Root != res.Certificate.Attestation.MessageRoot {
		t.Fatalf("%d messages, root %s", res.Messages, res.Root)
	}

	want := map[string]error{
		TamperRoot:      verifier.ErrBadSignature,
		TamperChain:     verifier.ErrBadSignature,
		TamperAVS:       verifier.ErrWrongAVS,
		TamperSnapshot:  verifier.ErrSnapshot,
		TamperNonSigner: verifier.ErrApkG2Mismatch,
		TamperSigma:     certificate.ErrBadSigma,
	}
	for _, r := range res.Tampered {
		if r.Err == nil {
			t.Errorf("tampered certificate %q accepted", r.Name)
		}
		if w, ok := want[r.Name]; !ok || !errors.Is(r.Err, w) {
			t.Errorf("%s: got %v, want %v", r.Name, r.Err, w)
		}
		delete(want, r.Name)
	}
	if len(want) > 0 {
		t.Errorf("tampered cases not run: %v", want)
	}
	if res.ProofErr != nil || !errors.Is(res.ForgedProofErr, msgtree.ErrProofMismatch) {
		t.Errorf("proof %v, forged proof %v", res.ProofErr, res.ForgedProofErr)
	}
	if len(res.BatchErrs) != 3 {
		t.Fatalf("%d batch results", len(res.BatchErrs))
	}
	for i, err := range res.BatchErrs {
		if i == res.BatchTampered {
			if !errors.Is(err, verifier.ErrBadSignature) {
				t.Errorf("tampered batch certificate: %v", err)
			}
		} else if err != nil {
			t.Errorf("batch certificate %d: %v", i, err)
		}
	}
	if len(res.Steps) != 14 {
		t.Errorf("%d steps", len(res.Steps))
	}
	s := out.String()
	for _, w := range []string{
		"snapshot block 100, root " + tab.Root().Hex(),
		"set 0: ", " members, weight ",
		"OK: set 0 signed",
		"flipped message root: rejected: verifier: signature does not verify",
		"another snapshot block: rejected: verifier: snapshot not usable",
		"dropped bad signature of operator",
		"total",
	} {
		if !strings.Contains(s, w) {
			t.Errorf("output lacks %q:\n%s", w, s)
		}
	}
	for _, gone := range []string{"version", "window", "PoP", "possession", "registry"} {
		if strings.Contains(s, gone) {
			t.Errorf("output mentions %q:\n%s", gone, s)
		}
	}
}

func TestDeterministic(t *testing.T) {
	c := small()
	c.BatchSize = 2
	a, err := Run(context.Background(), c, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Run(context.Background(), c, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Encoded, b.Encoded) || a.Table.Snapshot() != b.Table.Snapshot() {
		t.Fatal("same seed, different runs")
	}
	c.Seed++
	d, err := Run(context.Background(), c, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a.Encoded, d.Encoded) || a.Table.Root() == d.Table.Root() {
		t.Fatal("different seeds, same certificate or snapshot")
	}
	// The snapshot block is the configured one, and only it changes with it.
	c.Seed--
	c.SnapshotBlock = 7
	e, err := Run(context.Background(), c, nil)
	if err != nil {
		t.Fatal(err)
	}
	if e.Table.Snapshot().Block != 7 || e.Table.Root() != a.Table.Root() || bytes.Equal(e.Encoded, a.Encoded) {
		t.Fatalf("snapshot %s", e.Table.Snapshot())
	}
}

func TestSingleSetNoBadSigner(t *testing.T) {
	c := small()
	c.Quorums = []uint8{7}
	c.BadSigner = false
	c.AbsentFraction = 0
	c.BatchSize = 2
	res, err := Run(context.Background(), c, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.BadOperator != -1 || len(res.Dropped) != 0 || len(res.Certificate.NonSigners) != 0 || res.Signers != 12 || res.Table.Len() != 12 {
		t.Fatalf("bad %d, dropped %d, non-signers %d, signers %d", res.BadOperator, len(res.Dropped), len(res.Certificate.NonSigners), res.Signers)
	}
}

func TestThresholdNotMet(t *testing.T) {
	c := small()
	c.ThresholdBPS = 10000
	c.BatchSize = 2
	res, err := Run(context.Background(), c, nil)
	if !errors.Is(err, ErrUnexpected) || !errors.Is(err, verifier.ErrThreshold) {
		t.Fatalf("got %v", err)
	}
	if res == nil || !errors.Is(res.VerifyErr, verifier.ErrThreshold) {
		t.Fatal("result lacks the verdict")
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, small(), nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v", err)
	}
}

func TestValidate(t *testing.T) {
	if c := DefaultConfig(); c.Validate() != nil {
		t.Fatalf("defaults: %v", c.Validate())
	}
	for name, f := range map[string]func(*Config){
		"no operators":        func(c *Config) { c.Operators = 0 },
		"too many entries":    func(c *Config) { c.Operators = optable.MaxEntries/2 + 1 },
		"too many operators":  func(c *Config) { c.Quorums = []uint8{0}; c.Operators = optable.MaxEntries + 1 },
		"no sets":             func(c *Config) { c.Quorums = nil },
		"too many sets":       func(c *Config) { c.Operators = 100; c.Quorums = make([]uint8, optable.MaxSets+1) },
		"unordered sets":      func(c *Config) { c.Quorums = []uint8{1, 0} },
		"set 192":             func(c *Config) { c.Quorums = []uint8{192} },
		"more sets":           func(c *Config) { c.Operators = 1 },
		"threshold":           func(c *Config) { c.ThresholdBPS = 10001 },
		"all absent":          func(c *Config) { c.AbsentFraction = 1 },
		"negative absent":     func(c *Config) { c.AbsentFraction = -0.1 },
		"only the bad signer": func(c *Config) { c.Operators = 2; c.AbsentFraction = 0.5 },
		"no blocks":           func(c *Config) { c.Blocks = 0 },
		"no logs":             func(c *Config) { c.MaxLogsPerBlock = 0 },
		"batch of one":        func(c *Config) { c.BatchSize = 1 },
		"range overflow":      func(c *Config) { c.FromBlock = ^uint64(0) - 10 },
		"snapshot overflow":   func(c *Config) { c.SnapshotBlock = ^uint64(0) },
	} {
		c := small()
		f(&c)
		if _, err := Run(context.Background(), c, nil); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	// The largest snapshot: every operator in both sets, 4096 entries.
	c := small()
	c.Operators = optable.MaxEntries / 2
	if err := c.Validate(); err != nil {
		t.Fatalf("%d operators in 2 sets: %v", c.Operators, err)
	}
}
