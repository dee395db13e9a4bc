package action

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/parley-xyz/parley/precompile"
)

// stateWindow is how many recent blocks' state a default (non-archive) geth keeps.
const stateWindow = 128

// TestSafeHeadLag shows that derivation needs no L2 state. The engines are default
// full nodes (no archive: state older than 128 blocks behind the head is gone, which
// the test shows). The batcher is held back until the safe head lags the unsafe head
// by more than 128 L2 blocks, with certificates and a snapshot sealed in pages in
// between; then it submits everything: the safe head catches up and the verifier agrees
// block for block. A restarted op-node (new sequencer and verifier drivers over the
// same engines) derives the same safe head and carries on, and a fresh engine deriving
// from genesis gets the same chain.
func TestSafeHeadLag(gt *testing.T) {
	w := newWorld(gt)
	t := w.t
	a := w.newRollup("A")
	w.joinAll()
	s1 := w.publish(0)
	tab1 := w.table(s1)
	r := ranges(t, 1, 4, "lag")

	safe0 := a.ver.L2Safe()
	a.holdBatches = true
	w.mineOK(w.post(0, w.certify(tab1, r[0], all...)))
	s2 := w.publish(2) // sealed while the safe head stands still
	tab2 := w.table(s2)
	w.mineOK(
		w.post(0, w.certify(tab2, r[1], 0, 1, 2)),
		w.post(1, w.certify(tab1, r[2], all...)),
	)
	for a.seq.L2Unsafe().Number-a.ver.L2Safe().Number <= stateWindow+12 {
		w.mine()
	}
	require.Equal(t, safe0, a.ver.L2Safe(), "nothing was batched")
	require.Equal(t, safe0, a.seq.L2Safe())

	// The engines keep no old state: the inbox reads at the unsafe head, but not at a
	// block more than 128 behind it.
	unsafe := a.seq.L2Unsafe()
	seqCl := a.seqEngine.EthClient()
	head := inboxAt(t, seqCl, unsafe.Hash)
	require.Equal(t, s2.Snapshot, head.snapshot(), "the sequencer's unsafe chain has snapshot 2")
	old := unsafe.Number - stateWindow - 2
	_, err := seqCl.BalanceAt(t.Ctx(), precompile.Address, new(big.Int).SetUint64(old))
	require.ErrorContains(t, err, "is not available", "state of block %d, %d behind the head", old, unsafe.Number-old)
	oldBlock, err := seqCl.HeaderByNumber(t.Ctx(), new(big.Int).SetUint64(old))
	require.NoError(t, err)
	v := inboxAt(t, seqCl, oldBlock.Hash())
	_, err = v.inbox.LatestSnapshot(v.opts)
	require.ErrorContains(t, err, "is not available", "the inbox at block %d", old)

	// Submit everything: the safe head catches up (mine checks the verifier derives the
	// sequencer's chain), with every certificate and the snapshot.
	a.holdBatches = false
	w.mine()
	safe := a.ver.L2Safe()
	require.Greater(t, safe.Number-safe0.Number, uint64(stateWindow))
	sameChain(t, a.seqEngine.EthClient(), a.verEngine.EthClient(), safe.Number)
	for name, v := range a.safeInboxes() {
		v.onlyCertified(name, r[:3]...)
		v.snapshotIs(name, s2, tab2)
	}

	// Restart op-node: new drivers over the same engines derive the same safe head again
	// (op-node re-derives a sequencing window back from it, here from genesis: the hook
	// runs again on every certificate's origin), then go on building and deriving.
	certified := certifiedRanges(t)
	a.ver = a.newVerifier(a.verEngine, "restarted verifier")
	a.seqEngine, a.seq = a.newSequencer(a.seqEngine)
	a.batcher = a.newBatcher()
	for i := 0; i < 20 && (a.ver.L2Safe() != safe || a.seq.L2Safe() != safe); i++ {
		a.derive()
	}
	require.Equal(t, safe, a.ver.L2Safe(), "the restarted verifier")
	require.Equal(t, safe, a.seq.L2Safe(), "the restarted sequencer")
	require.GreaterOrEqual(t, certifiedRanges(t)-certified, float64(2*3), "both nodes re-derived the three certificates")
	s3 := w.publish(0) // snapshots 1 and 2 are out of the window by now
	tab3 := w.table(s3)
	w.mineOK(w.post(0, w.certify(tab3, r[3], all...)))
	w.mine()
	for name, v := range a.safeInboxes() {
		v.onlyCertified(name, r...)
		v.snapshotIs(name, s3, tab3)
	}

	// A fresh engine deriving from genesis gets the same chain.
	a.rederive()
}
