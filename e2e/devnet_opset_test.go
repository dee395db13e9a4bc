package e2e

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/node/devnet"
	"github.com/parley-xyz/parley/precompile"
	"github.com/parley-xyz/parley/precompile/bindings"
)

// Source chain ids of the certificates TestDevnetOperatorSetChange posts (no rollup of
// the devnet has them; see TestDevnetInvalidCertificates).
const (
	chainNewSnapshot = 7100 // against the snapshot after the change
	chainOldSnapshot = 7101 // against the devnet's first snapshot, once expired on C
)

// TestDevnetOperatorSetChange changes the operator set on L1 while the devnet runs:
// operator 1 (3000 tokens) is slashed by half and operator 3 (1000) ejected, by the
// AVS owner; then a new snapshot is published. Every rollup, C included (it joined after
// the first snapshot, with a window of certWindow L1 blocks), records it: the inbox
// precompile's latestSnapshot names it and operatorSetWeight(0) is its total weight,
// lower than the first snapshot's. A message A→B sent after the change is delivered
// through a certificate of A's aggregator against the new snapshot (it follows the
// latest one); a certificate of the remaining members against the new snapshot is
// included on A, B and C. A certificate of all four operators against the first
// snapshot, posted once that snapshot is older than C's window, is skipped by C (logged
// "outside the window"), while A and B, whose window (devnet.Window, 4096 blocks) still
// covers it, accept it: the old snapshot stays usable exactly for each chain's window.
// (devnet.Window itself and the L1 inbox's 8191-block limit are out of a test's reach
// with 1-s L1 blocks.)
func TestDevnetOperatorSetChange(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	began := time.Now()
	d := startCertDevnet(t, ctx)

	joined := make(chan error, 1)
	go func() { joined <- d.JoinWindow(ctx, certWindow) }()

	k := newCertKit(t, ctx, d)
	p0 := d.L1.Snapshot
	t0 := k.table(ctx, p0)
	r := k.rangeOfA(ctx, 1, 4)

	// C must be active before a snapshot's seal, or it never records it. A snapshot
	// before the change, recorded by every rollup.
	if err := <-joined; err != nil {
		t.Fatal(err)
	}
	dsts := []*devnet.Chain{d.A, d.B, d.C}
	before, err := d.L1.AVS.Publish(ctx, d.L1.Owner, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("published snapshot %d before the change", before.Snapshot.Block)
	k.waitL1Past(ctx, before.Snapshot.Block)
	waitSafeOrigin(t, ctx, before.Snapshot.Block, dsts...)
	w0 := setWeight(t, t0)
	for _, c := range dsts {
		checkLatestSnapshot(t, c, before.Snapshot, w0)
	}

	slashed, ejected := d.L1.Operators[1].Account.Address, d.L1.Operators[3].Account.Address
	if _, err := d.L1.AVS.Slash(ctx, d.L1.Owner, slashed, 0, big.NewInt(5e17), "e2e: half of operator 1"); err != nil {
		t.Fatal(err)
	}
	t.Logf("slashed operator 1 (%s) by half", slashed)
	if _, err := d.L1.AVS.Eject(ctx, d.L1.Owner, ejected, 0); err != nil {
		t.Fatal(err)
	}
	t.Logf("ejected operator 3 (%s)", ejected)
	p1, err := d.L1.AVS.Publish(ctx, d.L1.Owner, 0)
	if err != nil {
		t.Fatal(err)
	}
	t1 := k.table(ctx, p1)
	w1 := setWeight(t, t1)
	t.Logf("published snapshot %d: %d members, weight %s (snapshot %d: %d members, weight %s)", p1.Snapshot.Block,
		t1.Len(), w1, p0.Snapshot.Block, t0.Len(), w0)
	if t1.Len() != 3 || w1.Cmp(w0) >= 0 {
		t.Fatalf("the new snapshot has %d members and weight %s, want 3 and less than %s", t1.Len(), w1, w0)
	}
	if _, ok := t1.Find(ejected, 0); ok {
		t.Fatal("the ejected operator is in the new snapshot")
	}

	// A message after the change, while the certificates below are posted.
	delivered := make(chan error, 1)
	go func() { delivered <- d.Deliver(ctx, d.A, d.B, "after the change, from A") }()

	fresh := k.post(ctx, "remaining members, new snapshot", k.sign(t1, k.attest(r, p1.Snapshot, chainNewSnapshot), []int{0, 1, 2}, nil))
	k.waitL1Past(ctx, p0.Snapshot.Block+certWindow+1)
	stale := k.post(ctx, "all four, first snapshot", k.sign(t0, k.attest(r, p0.Snapshot, chainOldSnapshot), []int{0, 1, 2, 3}, nil))
	t.Logf("first snapshot %d is %d L1 blocks old at the certificate (C's window %d, A's and B's %d)", p0.Snapshot.Block,
		stale.l1Block-p0.Snapshot.Block, certWindow, devnet.Window)

	waitSafeOrigin(t, ctx, max(fresh.l1Block, stale.l1Block), dsts...)
	for _, c := range dsts {
		checkLatestSnapshot(t, c, p1.Snapshot, w1)
		if n, ok := certifiedThrough(t, ctx, c, chainNewSnapshot); !ok || n != r.To {
			t.Errorf("%s did not include the certificate against the new snapshot: %d, %v", c.Name, n, ok)
		}
		n, ok := certifiedThrough(t, ctx, c, chainOldSnapshot)
		line := skipLine(c, stale.tx)
		if c == d.C {
			if ok {
				t.Errorf("C included a certificate against snapshot %d, expired for its window of %d", p0.Snapshot.Block, certWindow)
			}
			if !strings.Contains(line, "outside the window") {
				t.Errorf("C's op-node logged no window skip of the expired certificate (tx %s): %q", stale.tx, line)
			} else {
				t.Logf("C skipped the expired certificate: %s", line)
			}
		} else if !ok || n != r.To {
			t.Errorf("%s (window %d) did not include the certificate against the first snapshot: %d, %v", c.Name, devnet.Window, n, ok)
		}
	}

	if err := <-delivered; err != nil {
		t.Fatal(err)
	}
	res := d.Results[len(d.Results)-1]
	cert := k.certificateOf(ctx, devnet.ChainIDA, res.Block, res.L1Block)
	if cert.Attestation.Snapshot != p1.Snapshot {
		t.Errorf("the message after the change was certified against snapshot %d, not the new %d", cert.Attestation.Snapshot.Block, p1.Snapshot.Block)
	} else {
		t.Logf("A→B after the change: certified in L1 block %d against the new snapshot %d (%d non-signers)", res.L1Block,
			p1.Snapshot.Block, len(cert.NonSigners))
	}
	safeHeadsAdvance(t, ctx, dsts...)
	t.Logf("done in %.1fs", time.Since(began).Seconds())
}

// checkLatestSnapshot checks that c's inbox precompile names snap as the latest
// snapshot, with operator set 0's total weight w.
func checkLatestSnapshot(t *testing.T, c *devnet.Chain, snap attestation.Snapshot, w *big.Int) {
	t.Helper()
	in, err := bindings.NewIParleyInboxCaller(precompile.Address, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	s, err := in.LatestSnapshot(nil)
	if err != nil {
		t.Fatalf("%s: latestSnapshot: %v", c.Name, err)
	}
	got, err := in.OperatorSetWeight(nil, 0)
	if err != nil {
		t.Fatalf("%s: operatorSetWeight: %v", c.Name, err)
	}
	if s.L1Block != snap.Block || common.Hash(s.Root) != snap.Root || got.Cmp(w) != 0 {
		t.Errorf("%s: latestSnapshot %d %s, operatorSetWeight(0) %s; want %d %s, %s", c.Name, s.L1Block, hexutil.Encode(s.Root[:]), got,
			snap.Block, snap.Root, w)
		return
	}
	t.Logf("%s: latestSnapshot %d, operatorSetWeight(0) %s", c.Name, s.L1Block, got)
}
