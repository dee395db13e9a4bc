package derivation_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	. "github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/verifier"
)

// Upgrade times of scheduleConfig: the threshold rises at 2000, the certificate inbox
// moves and the window shrinks at 3000.
const (
	thresholdUpgrade = 2000
	inboxUpgrade     = 3000
)

var movedInbox = common.HexToAddress("0x000000000000000000000000000000000000c0c1")

// scheduleConfig is the fixture's configuration (2/3, window 20, certBox) activated at
// 1000, with two upgrades: 80% from thresholdUpgrade, and from inboxUpgrade the
// certificate inbox at movedInbox and a window of 5 blocks.
func scheduleConfig(f *fixture) Config {
	cfg := f.cfg
	cfg.ActivationTime = 1000
	high := []verifier.Threshold{{Quorum: 0, BPS: 8000}}
	s := cfg.Base()
	s.Thresholds = high
	moved := s
	moved.CertInbox, moved.Window = movedInbox, 5
	cfg.Upgrades = []Upgrade{{Time: thresholdUpgrade, Settings: s}, {Time: inboxUpgrade, Settings: moved}}
	return cfg
}

// at is the input for an origin, as the first L2 block at time l2Time sees it.
func at(in *Input, l2Time uint64) *Input {
	c := *in
	c.NextL2Time = l2Time
	return &c
}

// TestSettingsInForce: each block is derived with the settings in force at its L2 time,
// whenever it is derived. A certificate that three of four operators signed (about 75%)
// meets the base 2/3 and not the upgrade's 80%: it is certified for a block before the
// upgrade and skipped for one after, and deriving the earlier block again afterwards
// (as a node re-deriving from genesis does) gives the same deposit as the first time.
// After the inbox moves, logs of the old inbox address are not Parley data at all, and
// the new one's certificates are read with the new window.
func TestSettingsInForce(t *testing.T) {
	f := newFixture(t)
	m := &countingMetrics{}
	d, err := NewDeriver(scheduleConfig(f), nil, m)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	threeOfFour := f.origin(sealBlock+1, f.post(t, 1, f.cert(t, f.attestation(1), map[int]bool{3: true})))

	before, _, err := d.Deposits(ctx, at(threeOfFour, thresholdUpgrade-1))
	if err != nil || len(before) != 1 {
		t.Fatalf("before the upgrade: %d deposits, %v", len(before), err)
	}
	r, err := d.Derive(ctx, at(threeOfFour, thresholdUpgrade))
	if err != nil || len(r.Deposits) != 0 || len(r.Skipped) != 1 || !errors.Is(r.Skipped[0].Reason, verifier.ErrThreshold) {
		t.Fatalf("from the upgrade on: %+v, %v", r, err)
	}
	all := f.origin(sealBlock+2, f.post(t, 2, f.cert(t, f.attestation(11), nil)))
	if r, err := d.Derive(ctx, at(all, thresholdUpgrade)); err != nil || len(r.Deposits) != 1 {
		t.Fatalf("a certificate every operator signed, after the upgrade: %+v, %v", r, err)
	}
	again, _, err := d.Deposits(ctx, at(threeOfFour, thresholdUpgrade-1))
	if err != nil || len(again) != 1 || !bytes.Equal(again[0], before[0]) {
		t.Fatal("re-deriving a block from before the upgrade changed its deposits")
	}
	// A fresh deriver (a node that joins, or restarts, after the upgrade) agrees.
	fresh, _ := NewDeriver(scheduleConfig(f), nil, nil)
	if late, _, _ := fresh.Deposits(ctx, at(threeOfFour, thresholdUpgrade-1)); len(late) != 1 || !bytes.Equal(late[0], before[0]) {
		t.Fatal("a deriver built after the upgrade derives the earlier block differently")
	}

	// The inbox moves: the old address's certificates are no longer looked at (no
	// candidate, no skip, no fetch), the new address's are.
	old := f.origin(sealBlock+3, f.post(t, 3, f.cert(t, f.attestation(21), nil)))
	if deps, _, _ := d.Deposits(ctx, at(old, inboxUpgrade-1)); len(deps) != 1 {
		t.Fatal("the old inbox before the move")
	}
	skipped, fetches := m.skipped["certificate"], f.l1.fetchCount()
	if r, err := d.Derive(ctx, at(old, inboxUpgrade)); err != nil || len(r.Deposits) != 0 || len(r.Skipped) != 0 ||
		m.skipped["certificate"] != skipped || f.l1.fetchCount() != fetches {
		t.Fatalf("the old inbox after the move: %+v, %v", r, err)
	}
	moved := func(number, nonce uint64, from uint64) *Input {
		rc := f.post(t, nonce, f.cert(t, f.attestation(from), nil))
		for _, lg := range rc.Logs {
			lg.Address = movedInbox
		}
		return f.origin(number, rc)
	}
	if r, err := d.Derive(ctx, at(moved(sealBlock+4, 4, 31), inboxUpgrade)); err != nil || len(r.Deposits) != 1 {
		t.Fatalf("the new inbox: %+v, %v", r, err)
	}
	// The new window: 6 blocks after the seal is outside it (it was inside the old one).
	r, err = d.Derive(ctx, at(moved(sealBlock+6, 5, 41), inboxUpgrade))
	if err != nil || len(r.Deposits) != 0 || len(r.Skipped) != 1 || !errors.Is(r.Skipped[0].Reason, ErrOutsideWindow) {
		t.Fatalf("the new window: %+v, %v", r, err)
	}

	// Every epoch has the same AVS and publisher: one resolver and its cache serve all.
	if a, b, c := d.ResolverAt(1000), d.ResolverAt(thresholdUpgrade), d.ResolverAt(inboxUpgrade+1); a == nil || a != b || b != c {
		t.Fatal("settings with the same AVS and publisher do not share a resolver")
	}
}

// TestScheduleValidate: upgrades must come after activation and each other, and each
// must be valid settings.
func TestScheduleValidate(t *testing.T) {
	f := newFixture(t)
	for name, c := range map[string]struct {
		mut  func(c *Config)
		want string
	}{
		"at activation":   {func(c *Config) { c.Upgrades[0].Time = c.ActivationTime }, "upgrade 0 at L2 time 1000 is not after 1000"},
		"out of order":    {func(c *Config) { c.Upgrades[1].Time = thresholdUpgrade }, "upgrade 1"},
		"invalid window":  {func(c *Config) { c.Upgrades[1].Window = 0 }, "upgrade 1: window 0"},
		"no thresholds":   {func(c *Config) { c.Upgrades[0].Thresholds = nil }, "upgrade 0: verifier: policy has no quorums"},
		"addresses clash": {func(c *Config) { c.Upgrades[1].CertInbox = c.Publisher }, "upgrade 1: the AVS, table publisher"},
	} {
		cfg := scheduleConfig(f)
		cfg.Upgrades = append([]Upgrade(nil), cfg.Upgrades...)
		c.mut(&cfg)
		if _, err := NewDeriver(cfg, nil, nil); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", name, err, c.want)
		}
	}
}

// TestNoParleyDataAllocatesNothing: with a schedule, the hook's fast path for an L1
// block without Parley data (the addresses in force looked up in its logs) allocates
// nothing.
func TestNoParleyDataAllocatesNothing(t *testing.T) {
	f := newFixture(t)
	d, err := NewDeriver(scheduleConfig(f), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, rs := busyBlock(t, 50)
	in := &Input{L1ChainID: 900, L1Info: f.l1.add(500, 1, rs), Receipts: rs, L1: noFetch{t}, NextL2Time: inboxUpgrade + 10}
	ctx := context.Background()
	if n := testing.AllocsPerRun(20, func() {
		if deps, _, err := d.Deposits(ctx, in); err != nil || len(deps) != 0 {
			t.Fatal(deps, err)
		}
	}); n != 0 {
		t.Fatalf("%v allocations per block without Parley data", n)
	}
}
