package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/node/devnet"
	"github.com/parley-xyz/parley/node/prove"
	"github.com/parley-xyz/parley/precompile"
)

// Source chain ids of the certificates TestDevnetInvalidCertificates posts: no rollup
// of the devnet has them, so whatever a destination records for them came from these
// certificates alone. Each certificate carries a real range of rollup A (its blocks,
// last block hash and message root, read with node/source), under its own chain id
// (the digest binds the chain id, so the signatures are made for it).
const (
	chainValid    = 7000 // a valid certificate: the control
	chainWrongKey = 7001
	chainMinority = 7002
	chainOtherAVS = 7003
	chainRelabel  = 7004
	chainExpired  = 7005
)

// TestDevnetInvalidCertificates posts invalid certificates to the L1 inbox of a running
// devnet, from a submitter of the test's own (the AVS owner, allowed by the owner), and
// checks that no rollup includes them, that every node keeps deriving, that each one is
// logged as skipped by op-node with the rule it broke, and that messages still flow.
//
//   - wrong key: all four operators "sign", operator 0 with a key that is in no
//     snapshot: the aggregate signature does not verify (SPEC §7 rule 8);
//   - minority stake: operators 1, 2 and 3 sign, 6000 of 10000 (< 6667 bps, rule 6);
//   - another AVS: every operator signs an attestation naming another AVS address
//     (rule 2);
//   - a replay from another source chain: a certificate A's aggregator posted,
//     re-labelled with another source chain id, and one of B's aggregator re-labelled
//     as A's (B's range presented as A's): the digest binds the chain id, so neither
//     signature verifies (rule 8), and A's certified ranges stay A's;
//   - an expired snapshot: a valid certificate against the devnet's first snapshot,
//     posted when that snapshot is older than C's window (certWindow, devnet.JoinWindow)
//     but not A's and B's (devnet.Window): C skips it (SPEC §9 rule 7) while A and B,
//     whose window still covers it, accept it. The L1 inbox's own limit (8191 blocks,
//     2¼ hours of 1-s blocks) and devnet.Window (4096) are out of a test's reach;
//   - a repeated certificate: A's aggregator's certificate and the control posted a
//     second time are valid, and are not recorded twice (recordRange only continues a
//     chain's ranges, SPEC §10): the inboxes keep the ranges as they were.
//
// A valid certificate built the same way (chainValid) is included on A, B and C: the
// construction is sound, so the others are refused for what they break. All but the
// expired one name a snapshot published after C joined, well within every window. Each
// destination's op-node counts every skip in parley_skipped_inputs_total (node/opnode,
// on its --metrics.port) and logs it at WARN with the reason and the transaction
// ("Parley: skipped certificate"): both are checked, per invalid certificate.
func TestDevnetInvalidCertificates(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	began := time.Now()
	d := startCertDevnet(t, ctx)

	// C joins (small window) while the certificates are built.
	joined := make(chan error, 1)
	go func() { joined <- d.JoinWindow(ctx, certWindow) }()

	k := newCertKit(t, ctx, d)
	p0 := d.L1.Snapshot
	t0 := k.table(ctx, p0)
	r := k.rangeOfA(ctx, 1, 4)
	all := []int{0, 1, 2, 3}
	expired := k.sign(t0, k.attest(r, p0.Snapshot, chainExpired), all, nil)
	if err := <-joined; err != nil {
		t.Fatal(err)
	}
	dsts := []*devnet.Chain{d.A, d.B, d.C}

	// A fresh snapshot, well within C's window until the last certificate lands.
	p1, err := d.L1.AVS.Publish(ctx, d.L1.Owner, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("published snapshot %d (the devnet's first: %d)", p1.Snapshot.Block, p0.Snapshot.Block)
	t1 := k.table(ctx, p1)
	valid := k.sign(t1, k.attest(r, p1.Snapshot, chainValid), all, nil)
	wrongKey := k.sign(t1, k.attest(r, p1.Snapshot, chainWrongKey), all, map[int]*bls.SecretKey{0: d.Keys.BLSKey("stranger")})
	minority := k.sign(t1, k.attest(r, p1.Snapshot, chainMinority), []int{1, 2, 3}, nil)
	other := k.attest(r, p1.Snapshot, chainOtherAVS)
	other.AVS.Address = common.HexToAddress("0x000000000000000000000000000000000000a11c")
	otherAVS := k.sign(t1, other, all, nil)

	// Certificates of A's and B's aggregators against the new snapshot (they follow the
	// latest), as the destinations recorded them.
	realA, realBlock := k.aggregatorCertificate(ctx, devnet.ChainIDA, p1.Snapshot)
	relabel := *realA
	relabel.Attestation.SourceChainID = chainRelabel
	realB, _ := k.aggregatorCertificate(ctx, devnet.ChainIDB, p1.Snapshot)
	bAsA := *realB
	bAsA.Attestation.SourceChainID = devnet.ChainIDA
	waitSafeOrigin(t, ctx, realBlock, dsts...)
	origA := map[string]precompile.Range{}
	for _, c := range dsts {
		if origA[c.Name], err = prove.NewInbox(c.Client).CertifiedRange(ctx, devnet.ChainIDA, realA.Attestation.FromBlock); err != nil {
			t.Fatal(err)
		}
	}
	if a := realA.Attestation; origA["B"] != (precompile.Range{FromBlock: a.FromBlock, ToBlock: a.ToBlock, LastBlockHash: a.LastBlockHash, MessageRoot: a.MessageRoot}) {
		t.Fatalf("B holds %+v for A's certificate of blocks %d..%d", origA["B"], a.FromBlock, a.ToBlock)
	}
	// The first snapshot must be older than C's window when the expired one lands.
	k.waitL1Past(ctx, p0.Snapshot.Block+certWindow+1)

	skippedBefore := map[string]float64{}
	for _, c := range dsts {
		skippedBefore[c.Name] = skippedCertificates(t, ctx, c)
	}
	t.Logf("posting certificates (%.0fs into the test)", time.Since(began).Seconds())
	control := k.post(ctx, "valid control", valid)
	invalid := []postedCert{
		k.post(ctx, "wrong key", wrongKey),
		k.post(ctx, "minority stake", minority),
		k.post(ctx, "another AVS", otherAVS),
		k.post(ctx, "re-labelled certificate of A", &relabel),
		k.post(ctx, "B's certificate as A's", &bAsA),
	}
	exp := k.post(ctx, "expired snapshot (on C)", expired)
	repeats := []postedCert{k.post(ctx, "A's certificate again", realA), k.post(ctx, "the control again", valid)}
	last := repeats[len(repeats)-1].l1Block

	// A message sent now is still delivered, while the destinations derive the above.
	delivered := make(chan error, 1)
	go func() { delivered <- d.Deliver(ctx, d.A, d.B, "still flowing, from A") }()
	waitSafeOrigin(t, ctx, last, dsts...)

	reasons := map[string]string{"wrong key": "signature does not verify", "minority stake": "below the quorum threshold",
		"another AVS": "another AVS", "re-labelled certificate of A": "signature does not verify",
		"B's certificate as A's": "signature does not verify"}
	for _, c := range dsts {
		if n, ok := certifiedThrough(t, ctx, c, chainValid); !ok || n != r.To {
			t.Errorf("%s: the valid control certificate was not included (latest certified block %d, %v)", c.Name, n, ok)
		}
		for _, p := range invalid {
			id := p.cert.Attestation.SourceChainID
			if id == devnet.ChainIDA {
				// A is certified by its aggregator: B's range must not be A's.
				a := p.cert.Attestation
				got, err := prove.NewInbox(c.Client).CertifiedRange(ctx, id, a.ToBlock)
				if err != nil {
					t.Fatal(err)
				}
				if got.MessageRoot == a.MessageRoot && got.LastBlockHash == a.LastBlockHash {
					t.Errorf("%s holds B's range %d..%d as A's: %+v", c.Name, a.FromBlock, a.ToBlock, got)
				}
			} else if n, ok := certifiedThrough(t, ctx, c, id); ok {
				t.Errorf("%s included the %s certificate: chain %d certified through %d", c.Name, p.name, id, n)
			}
			line := skipLine(c, p.tx)
			if line == "" {
				t.Errorf("%s's op-node logged no skip of the %s certificate (tx %s)", c.Name, p.name, p.tx)
			} else if !strings.Contains(line, reasons[p.name]) {
				t.Errorf("%s skipped the %s certificate for another reason than %q: %s", c.Name, p.name, reasons[p.name], line)
			} else {
				t.Logf("%s skipped %s: %s", c.Name, p.name, line)
			}
		}
		// Expired on C only.
		n, ok := certifiedThrough(t, ctx, c, chainExpired)
		line := skipLine(c, exp.tx)
		if c == d.C {
			if ok {
				t.Errorf("C included a certificate against snapshot %d, older than its window of %d: certified through %d", p0.Snapshot.Block, certWindow, n)
			}
			if !strings.Contains(line, "outside the window") {
				t.Errorf("C's op-node logged no window skip of the expired certificate (tx %s): %q", exp.tx, line)
			} else {
				t.Logf("C skipped the expired certificate: %s", line)
			}
		} else if !ok || n != r.To {
			t.Errorf("%s (window %d) did not include the certificate against snapshot %d, %d blocks old: %d, %v", c.Name, devnet.Window,
				p0.Snapshot.Block, exp.l1Block-p0.Snapshot.Block, n, ok)
		}
		// Repeats: valid, so not skipped, and recorded once.
		for _, p := range repeats {
			if c == d.C && p.cert.Attestation.Snapshot.Block+certWindow < p.l1Block {
				continue // expired on C
			}
			if line := skipLine(c, p.tx); line != "" {
				t.Errorf("%s skipped the valid %s: %s", c.Name, p.name, line)
			}
		}
	}
	// The skip metric counts every one (op-node may derive an L1 block more than once:
	// as sequencer and for its safe head, so at least once each).
	for _, c := range dsts {
		want := float64(len(invalid))
		if c == d.C {
			want++ // the expired one
		}
		if got := skippedCertificates(t, ctx, c) - skippedBefore[c.Name]; got < want {
			t.Errorf("%s: parley_skipped_inputs_total{kind=certificate} rose by %v, want at least %v", c.Name, got, want)
		} else {
			t.Logf("%s: parley_skipped_inputs_total{kind=certificate} rose by %v for %v invalid certificates", c.Name, got, want)
		}
	}
	for _, c := range dsts {
		if got, err := prove.NewInbox(c.Client).CertifiedRange(ctx, devnet.ChainIDA, realA.Attestation.FromBlock); err != nil {
			t.Fatal(err)
		} else if got != origA[c.Name] {
			t.Errorf("%s's certified range of A at block %d changed after the repeat: %+v, was %+v", c.Name, realA.Attestation.FromBlock, got, origA[c.Name])
		}
		if n, _ := certifiedThrough(t, ctx, c, chainValid); n != r.To {
			t.Errorf("%s: the control's range changed after its repeat: certified through %d", c.Name, n)
		}
	}
	if !t.Failed() {
		t.Logf("the control (tx %s) and A's certificate, each posted twice, are recorded once on A, B and C", control.tx)
	}

	safeHeadsAdvance(t, ctx, dsts...)
	if err := <-delivered; err != nil {
		t.Fatal(err)
	}
	t.Logf("done in %.1fs", time.Since(began).Seconds())
}
