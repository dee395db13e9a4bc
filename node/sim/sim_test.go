package sim

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

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
	res, err := Run(context.Background(), small(), &out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if res.VerifyErr != nil {
		t.Fatalf("valid certificate rejected: %v", res.VerifyErr)
	}
	if res.Absent != 1 || len(res.Dropped) != 1 || res.Signers != 10 {
		t.Fatalf("absent %d, dropped %d, signers %d", res.Absent, len(res.Dropped), res.Signers)
	}
	if len(res.Certificate.NonSigners) != 2 {
		t.Fatalf("%d non-signers, want the absent and the bad signer", len(res.Certificate.NonSigners))
	}
	if res.Table.Len() != 12 || res.Messages == 0 || res.Root != res.Certificate.Attestation.MessageRoot {
		t.Fatalf("table %d operators, %d messages", res.Table.Len(), res.Messages)
	}
	want := map[string]error{
		"flipped message root":              verifier.ErrBadSignature,
		"replayed for another source chain": verifier.ErrBadSignature,
		"future table version":              optable.ErrFutureVersion,
		"non-signer hidden":                 verifier.ErrApkG2Mismatch,
	}
	for _, r := range res.Tampered {
		if r.Err == nil {
			t.Errorf("tampered certificate %q accepted", r.Name)
		}
		if w, ok := want[r.Name]; ok && !errors.Is(r.Err, w) {
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
	if len(res.Steps) != 13 {
		t.Errorf("%d steps", len(res.Steps))
	}
	s := out.String()
	for _, w := range []string{"verification", "OK: quorum 0 signed", "flipped message root: rejected: verifier: signature does not verify", "total"} {
		if !strings.Contains(s, w) {
			t.Errorf("output lacks %q:\n%s", w, s)
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
	if !bytes.Equal(a.Encoded, b.Encoded) || a.Table.Commitment() != b.Table.Commitment() {
		t.Fatal("same seed, different runs")
	}
	c.Seed++
	d, err := Run(context.Background(), c, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a.Encoded, d.Encoded) {
		t.Fatal("different seeds, same certificate")
	}
}

func TestSingleQuorumNoBadSigner(t *testing.T) {
	c := small()
	c.Quorums = []uint8{7}
	c.BadSigner = false
	c.AbsentFraction = 0
	c.BatchSize = 2
	res, err := Run(context.Background(), c, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Dropped) != 0 || len(res.Certificate.NonSigners) != 0 || res.Signers != 12 {
		t.Fatalf("dropped %d, non-signers %d", len(res.Dropped), len(res.Certificate.NonSigners))
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
	for name, f := range map[string]func(*Config){
		"no operators":        func(c *Config) { c.Operators = 0 },
		"too many operators":  func(c *Config) { c.Operators = optable.MaxOperators + 1 },
		"no quorums":          func(c *Config) { c.Quorums = nil },
		"unordered quorums":   func(c *Config) { c.Quorums = []uint8{1, 0} },
		"quorum 192":          func(c *Config) { c.Quorums = []uint8{192} },
		"more quorums":        func(c *Config) { c.Operators = 1 },
		"threshold":           func(c *Config) { c.ThresholdBPS = 10001 },
		"all absent":          func(c *Config) { c.AbsentFraction = 1 },
		"negative absent":     func(c *Config) { c.AbsentFraction = -0.1 },
		"only the bad signer": func(c *Config) { c.Operators = 2; c.AbsentFraction = 0.5 },
		"no blocks":           func(c *Config) { c.Blocks = 0 },
		"no logs":             func(c *Config) { c.MaxLogsPerBlock = 0 },
		"batch of one":        func(c *Config) { c.BatchSize = 1 },
		"range overflow":      func(c *Config) { c.FromBlock = ^uint64(0) - 10 },
	} {
		c := small()
		f(&c)
		if _, err := Run(context.Background(), c, nil); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
