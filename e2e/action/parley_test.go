package action

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/verifier"
)

// expectDerived asserts what the hook derives from an L1 block: the number of deposits
// and, in order, the reasons it skips inputs.
func (w *world) expectDerived(b *types.Block, deposits int, reasons ...error) {
	t := w.t
	res := w.derive(b)
	require.Len(t, res.Deposits, deposits, "deposits derived from L1 block %d", b.NumberU64())
	require.Len(t, res.Skipped, len(reasons), "inputs skipped in L1 block %d: %v", b.NumberU64(), res.Skipped)
	for i, want := range reasons {
		require.ErrorIs(t, res.Skipped[i].Reason, want, "skip %d in L1 block %d", i, b.NumberU64())
	}
}

// TestDerivationOverManyEpochs runs Parley's derivation over many epochs of an L1 with
// EigenLayer and the AVS: operators joining; snapshots (the first built in pages over
// five L1 blocks, the second by an outsider with its last pages in the seal block, next
// to a certificate); valid certificates (alone; two in one L1 block; one against an
// older snapshot, inside the window, after a newer one was sealed) and invalid ones (a
// bad signature, a minority of the weight, another AVS's identity, a snapshot outside the
// window: each skipped for its own reason; a non-contiguous range, which the hook passes
// and whose recordRange deposit reverts harmlessly in the precompile; a post by an
// account the inbox does not allow, which reverts on L1). After every epoch the
// verifier's safe chain is the sequencer's; at the end the inbox holds exactly the valid
// ranges, latestSnapshot is the latest sealed snapshot, only valid ranges' messages
// validate, every block's gas limit carries exactly its Parley deposits' gas, the skip
// metric counted the skipped certificates, and a verifier deriving from scratch gets
// identical blocks.
func TestDerivationOverManyEpochs(gt *testing.T) {
	w := newWorld(gt)
	t := w.t
	a := w.newRollup("A")
	w.joinAll()

	s1 := w.publish(2) // begin, three pages, seal
	blocks := map[uint64]bool{}
	for _, tx := range s1.Txs {
		blocks[tx.Receipt.BlockNumber.Uint64()] = true
	}
	require.Len(t, blocks, 5, "snapshot 1 is built over five L1 blocks")
	tab1 := w.table(s1)
	require.Equal(t, len(stakes), tab1.Len())
	for name, v := range a.safeInboxes() {
		v.snapshotIs(name, s1, tab1)
	}
	skipped := skippedCertificates(t)

	r := ranges(t, 1, 7, "valid") // 1..10, 11..20, ..., 61..70
	evil := map[string]*srcRange{
		"intruder":         newRange(t, 11, 20, "evil intruder"),
		"bad signature":    newRange(t, 31, 40, "evil signature"),
		"minority":         newRange(t, 31, 40, "evil minority"),
		"other AVS":        newRange(t, 31, 40, "evil avs"),
		"expired snapshot": newRange(t, 61, 70, "evil expired"),
		"gap":              newRange(t, 81, 90, "evil gap"),
	}

	// One valid certificate, and a valid one for the next range from an account the
	// inbox does not allow: it reverts on L1.
	b, receipts := w.mine(
		w.post(0, w.certify(tab1, r[0], all...)),
		w.postFrom(w.intruder, w.certify(tab1, evil["intruder"], all...).Encode()),
	)
	require.Equal(t, []uint64{types.ReceiptStatusSuccessful, types.ReceiptStatusFailed}, []uint64{receipts[0].Status, receipts[1].Status})
	w.expectDerived(b, 1)

	// Two valid certificates in one block (four of five signers: 70%; all), and one
	// whose message root was changed after signing.
	bad := w.certify(tab1, evil["bad signature"], all...)
	bad.Attestation.MessageRoot[0] ^= 1
	b = w.mineOK(
		w.post(0, w.certify(tab1, r[1], 1, 2, 3, 4)),
		w.post(0, w.certify(tab1, r[2], all...)),
		w.post(1, bad),
	)
	w.expectDerived(b, 2, verifier.ErrBadSignature)

	// Operators 3 and 4 alone (25%); a valid signature of all operators over another
	// AVS's identity; a valid certificate of a range that skips blocks 31..80.
	other := w.attestation(evil["other AVS"], s1.Snapshot)
	other.AVS.Address = common.HexToAddress("0x000000000000000000000000000000000000a1e5")
	b = w.mineOK(
		w.post(0, w.certify(tab1, evil["minority"], 3, 4)),
		w.post(0, w.sign(tab1, other, all...)),
		w.post(1, w.certify(tab1, evil["gap"], all...)),
	)
	w.expectDerived(b, 1, verifier.ErrThreshold, verifier.ErrWrongAVS)

	// A second snapshot, published by an account that is neither operator nor owner:
	// begun with a page in one block, and its last pages and seal in the next, together
	// with a certificate against snapshot 1 (the block's deposits: recordSnapshot, then
	// recordRange).
	_, members, err := w.avs.Members(w.ctx)
	require.NoError(t, err)
	ms := members[0]
	w.mineOK(w.publisherTx(w.intruder, "begin"), w.publisherTx(w.intruder, "page", ms[:2]))
	b = w.mineOK(
		w.publisherTx(w.intruder, "page", ms[2:4]),
		w.publisherTx(w.intruder, "page", ms[4:]),
		w.publisherTx(w.intruder, "seal"),
		w.post(0, w.certify(tab1, r[3], all...)),
	)
	s2 := w.sealedIn(b)
	tab2 := w.table(s2)
	require.Equal(t, tab1.Root(), tab2.Root(), "nothing changed: same entries, same root")
	require.NotEqual(t, s1.Snapshot, s2.Snapshot, "a new snapshot all the same")
	w.expectDerived(b, 2)

	// Certificates against snapshot 1 (older, inside the window) and snapshot 2.
	b = w.mineOK(
		w.post(0, w.certify(tab1, r[4], all...)),
		w.post(0, w.certify(tab2, r[5], 0, 1, 2)),
	)
	require.LessOrEqual(t, b.NumberU64()-s1.Block, uint64(window))
	w.expectDerived(b, 2)

	// Once snapshot 1 is outside the window, a certificate against it is skipped, and a
	// valid one for the same range against snapshot 2 is recorded after it.
	w.mineUntil(s1.Block + window + 1)
	b = w.mineOK(
		w.post(0, w.certify(tab1, evil["expired snapshot"], all...)),
		w.post(0, w.certify(tab2, r[6], all...)),
	)
	w.expectDerived(b, 1, derivation.ErrOutsideWindow)
	for i := 0; i < 3; i++ {
		w.mine()
	}

	// The verifier's safe chain is the sequencer's, block for block.
	safe := a.ver.L2Safe()
	require.Equal(t, safe, a.seq.L2Safe())
	require.Greater(t, safe.Number, uint64(300), "many L2 blocks")
	sameChain(t, a.seqEngine.EthClient(), a.verEngine.EthClient(), safe.Number)
	a.parleyGasLimits(a.verEngine.EthClient(), safe.Number)

	// The inbox holds exactly the valid ranges, on both nodes; latestSnapshot is snapshot 2.
	for name, v := range a.safeInboxes() {
		v.onlyCertified(name, r...)
		for why, e := range evil {
			v.invalid(name, why, e)
		}
		v.snapshotIs(name, s2, tab2)
	}

	// Deposits: two snapshots, the valid ranges, and the gap's range, which reverted.
	deps := parleyDeposits(t, a.verEngine.EthClient(), 1, safe.Number)
	require.Equal(t, map[string]int{"recordSnapshot": 2, "recordRange": len(r), "recordRange reverted": 1}, countDeposits(deps))
	for _, d := range deps {
		if !d.ok {
			require.Equal(t, evil["gap"].from, d.args[1], "the reverted deposit is the gap's")
		}
	}

	// The sequencer and the verifier each counted the four skipped certificates (the
	// sequencer derives each epoch twice: to build it and to check its batch).
	require.GreaterOrEqual(t, skippedCertificates(t)-skipped, float64(2*4), "skipped certificates counted")

	// A verifier deriving from scratch gets identical blocks.
	a.rederive()
}

// rederive has a new verifier on a new engine derive the rollup from genesis; it must
// reach the verifier's safe head with identical blocks.
func (r *rollup) rederive() {
	t := r.w.t
	safe := r.ver.L2Safe()
	eng := r.newEngine("fresh")
	fresh := r.newVerifier(eng, "fresh verifier")
	for i := 0; i < 20 && fresh.L2Safe() != safe; i++ { // the pipeline idles between stages
		fresh.ActL1HeadSignal(t)
		fresh.ActL2PipelineFull(t)
	}
	require.Equal(t, safe, fresh.L2Safe(), "%s: a fresh verifier derives the same safe head", r.name)
	sameChain(t, r.verEngine.EthClient(), eng.EthClient(), safe.Number)
}

// TestLateJoiner shows that every destination agrees on every snapshot whenever it
// activated. Rollup A activates Parley at its genesis before any operator registers (and
// records a snapshot of the empty set); operators join, three snapshots are sealed and
// one operator is slashed; only then is
// rollup B created, its genesis and activation at the L1 head. A certificate against
// the latest snapshot, and one against an earlier snapshot sealed before B existed, are
// accepted by both (the same ranges in both inboxes); a certificate signed only by the
// last and smallest registrant (a minority of the weight on L1) is rejected by both; and
// once a new snapshot is sealed, both inboxes record it as their latest.
func TestLateJoiner(gt *testing.T) {
	w := newWorld(gt)
	t := w.t
	a := w.newRollup("A")
	s0 := w.publish(0) // no members yet
	tab0 := w.table(s0)
	require.Zero(t, tab0.Len())
	for name, v := range a.safeInboxes() {
		v.snapshotIs(name, s0, tab0)
	}
	for i := 0; i < 3; i++ {
		w.join(i)
	}
	s1 := w.publish(2)
	require.Equal(t, 3, w.table(s1).Len())
	w.join(3)
	w.join(4)
	s2 := w.publish(0)
	tab2 := w.table(s2)
	_, err := w.avs.Slash(w.ctx, w.owner, w.ops[0].Account.Address, set, big.NewInt(5e17), "test: half of operator 0")
	require.NoError(t, err)
	s3 := w.publish(2)
	tab3 := w.table(s3)
	require.Equal(t, 5, tab3.Len())
	require.NotEqual(t, tab2.Root(), tab3.Root(), "the slash is in snapshot 3")

	b := w.newRollup("B")
	require.Greater(t, b.sd.RollupCfg.Genesis.L1.Number, s3.Block, "B's genesis is after every snapshot so far")
	for name, v := range b.safeInboxes() {
		require.Zero(t, v.snapshot(), "%s: no snapshot sealed since its genesis", name)
	}

	// Operator 4 alone holds 1000 of 8500 tokens' weight; operators 0..3 hold 7500.
	r := ranges(t, 1, 2, "late")
	attack := newRange(t, 1, 10, "attack")
	blk := w.mineOK(
		w.post(0, w.certify(tab3, attack, 4)),
		w.post(0, w.certify(tab3, r[0], 0, 1, 2, 3)),
	)
	w.expectDerived(blk, 1, verifier.ErrThreshold)
	blk = w.mineOK(w.post(0, w.certify(tab2, r[1], all...)))
	require.LessOrEqual(t, blk.NumberU64()-s2.Block, uint64(window))
	w.expectDerived(blk, 1)
	w.mine()
	for _, rr := range []*rollup{a, b} {
		for name, v := range rr.safeInboxes() {
			v.onlyCertified(name, r...)
			v.invalid(name, "minority", attack)
		}
	}
	for name, v := range a.safeInboxes() {
		v.snapshotIs(name, s3, tab3)
	}

	// A snapshot sealed after B's genesis is both rollups' latest.
	s4 := w.publish(0)
	tab4 := w.table(s4)
	for _, rr := range []*rollup{a, b} {
		for name, v := range rr.safeInboxes() {
			v.snapshotIs(name, s4, tab4)
		}
	}
}

// TestSlashingReachesEveryDestination: slashing an operator lowers its weight in the
// next snapshot, and every destination (A and B) records the lower total weight; a
// certificate against the pre-slash snapshot is still accepted in the last block of the
// window (with signers whose weight meets the threshold only before the slash, while the
// same signers fall short against the new snapshot), and rejected by both one block
// later, once the window has passed.
func TestSlashingReachesEveryDestination(gt *testing.T) {
	w := newWorld(gt)
	t := w.t
	a := w.newRollup("A")
	w.joinAll()
	b := w.newRollup("B")
	both := []*rollup{a, b}

	s1 := w.publish(0)
	tab1 := w.table(s1)
	for _, rr := range both {
		for name, v := range rr.safeInboxes() {
			v.snapshotIs(name, s1, tab1)
		}
	}
	r := ranges(t, 1, 3, "slash")
	w.mineOK(w.post(0, w.certify(tab1, r[0], all...)))

	// Slash half of operator 0's allocation: 3000 → 1500 tokens, total 10000 → 8500.
	_, err := w.avs.Slash(w.ctx, w.owner, w.ops[0].Account.Address, set, big.NewInt(5e17), "test: half of operator 0")
	require.NoError(t, err)
	s2 := w.publish(0)
	tab2 := w.table(s2)
	for _, e := range tab1.Entries() {
		e2, ok := tab2.Entry(e.ID)
		require.True(t, ok)
		want := e.Weight.ToBig()
		if e.Operator == w.ops[0].Account.Address {
			want = new(big.Int).Div(want, big.NewInt(2))
		}
		require.Equal(t, want, e2.Weight.ToBig(), "operator %s", e.Operator)
	}
	total1, _ := tab1.Set(set)
	total2, _ := tab2.Set(set)
	require.Equal(t, tokens(10_000), total1.TotalWeight.ToBig())
	require.Equal(t, tokens(8_500), total2.TotalWeight.ToBig())
	for _, rr := range both {
		for name, v := range rr.safeInboxes() {
			v.snapshotIs(name, s2, tab2)
			require.Equal(t, tokens(8_500), v.weight(), "%s: the set's weight dropped", name)
		}
	}

	// Operators 0, 1, 3 held 7000 of 10000 before the slash (enough), 5500 of 8500 after
	// (not enough). In the last block of its window the pre-slash snapshot still counts.
	short := newRange(t, 11, 20, "short after the slash")
	w.mineUntil(s1.Block + window)
	blk := w.mineOK(
		w.post(0, w.certify(tab2, short, 0, 1, 3)),
		w.post(0, w.certify(tab1, r[1], 0, 1, 3)),
	)
	require.Equal(t, uint64(window), blk.NumberU64()-s1.Block)
	w.expectDerived(blk, 1, verifier.ErrThreshold)

	// One block later, the pre-slash snapshot is rejected; the same range against the
	// new snapshot is recorded.
	expired := newRange(t, 21, 30, "pre-slash after the window")
	blk = w.mineOK(
		w.post(0, w.certify(tab1, expired, all...)),
		w.post(0, w.certify(tab2, r[2], all...)),
	)
	require.Equal(t, uint64(window+1), blk.NumberU64()-s1.Block)
	w.expectDerived(blk, 1, derivation.ErrOutsideWindow)
	w.mine()
	for _, rr := range both {
		for name, v := range rr.safeInboxes() {
			v.onlyCertified(name, r...)
			v.invalid(name, "threshold after the slash", short)
			v.invalid(name, "pre-slash snapshot after the window", expired)
		}
	}
}
