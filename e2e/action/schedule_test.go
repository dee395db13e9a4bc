package action

import (
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/node/chainconfig"
)

// TestScheduledSettings shows that a chain's settings change at scheduled times and
// that a node deriving a block uses the settings in force at that block's time,
// whenever it derives it. The chain's "parley" object (in rollup.json and genesis)
// schedules a threshold upgrade from 2/3 to 80% at an L2 time; independently, the
// certificate inbox's owner rotates the submitter on L1 (setSubmitter: the successor
// allowed, the old submitter removed), which needs no node change at all.
//
// Before the rotation the old submitter's certificates are certified and the
// successor's posts revert on L1; after it, the reverse. A certificate that 70% of the
// weight signed (above 2/3, below 80%) is certified before the upgrade time and skipped
// for ErrThreshold after it, while one that every operator signed is certified. After
// every epoch the verifier derives the sequencer's chain; at the end the inbox holds
// exactly the certified ranges, and a node that re-derives the whole chain from genesis
// afterwards (crossing the rotation and the upgrade) gets identical blocks.
func TestScheduledSettings(gt *testing.T) {
	w := newWorld(gt)
	t := w.t
	w.joinAll()
	s1 := w.publish(0)
	tab1 := w.table(s1)
	old, successor := w.submitters[0], w.successor

	// The rollup's genesis is the L1 head; the upgrade is scheduled 12 L1 blocks (and a
	// half) later, between two epochs' first L2 blocks.
	genesis := w.head().Time()
	upgradeAt := genesis + 12*l1BlockTime + l1BlockTime/2
	w.upgrades = []chainconfig.Upgrade{{Time: upgradeAt, Thresholds: []verifier.Threshold{{Quorum: set, BPS: 8000}}}}
	a := w.newRollup("A")
	require.Equal(t, upgradeAt, w.parley.Upgrades[0].Time, "the upgrade is in the chain's configuration")

	r := ranges(t, 1, 4, "scheduled") // 1..10, 11..20, 21..30, 31..40
	below := newRange(t, 21, 30, "70% after the upgrade")
	late := newRange(t, 21, 30, "the old submitter after the rotation")

	// Before the rotation and the upgrade: the old submitter's 70% certificate is
	// certified; the successor is not allowed yet, its post reverts on L1.
	b, receipts := w.mine(
		w.post(0, w.certify(tab1, r[0], 1, 2, 3, 4)),
		w.postFrom(successor, w.certify(tab1, r[1], all...).Encode()),
	)
	require.Equal(t, []uint64{types.ReceiptStatusSuccessful, types.ReceiptStatusFailed}, []uint64{receipts[0].Status, receipts[1].Status})
	require.Less(t, b.Time(), upgradeAt)
	w.expectDerived(b, 1)
	seventyPercent := b

	// The rotation, on L1 only: allow the successor, remove the old submitter.
	_, err := w.avs.SetSubmitter(w.ctx, w.owner, addrOf(successor), true)
	require.NoError(t, err)
	_, err = w.avs.SetSubmitter(w.ctx, w.owner, addrOf(old), false)
	require.NoError(t, err)

	// Still before the upgrade: the old submitter's post reverts on L1, the successor's
	// 70% certificate is certified.
	b, receipts = w.mine(
		w.postFrom(old, w.certify(tab1, late, all...).Encode()),
		w.postFrom(successor, w.certify(tab1, r[1], 1, 2, 3, 4).Encode()),
	)
	require.Equal(t, []uint64{types.ReceiptStatusFailed, types.ReceiptStatusSuccessful}, []uint64{receipts[0].Status, receipts[1].Status})
	require.Less(t, b.Time(), upgradeAt, "the rotation fits before the upgrade: schedule it later")
	w.expectDerived(b, 1)

	// After the upgrade (with a fresh snapshot: the first one is leaving the window):
	// a 70% certificate is skipped for its threshold, one every operator signed is
	// certified, and the old submitter still cannot post.
	for w.head().Time()+l1BlockTime < upgradeAt {
		w.mine()
	}
	s2 := w.publish(0)
	tab2 := w.table(s2)
	b, receipts = w.mine(
		w.postFrom(successor, w.certify(tab2, below, 1, 2, 3, 4).Encode()),
		w.postFrom(successor, w.certify(tab2, r[2], all...).Encode()),
		w.postFrom(old, w.certify(tab2, late, all...).Encode()),
	)
	require.Equal(t, []uint64{types.ReceiptStatusSuccessful, types.ReceiptStatusSuccessful, types.ReceiptStatusFailed},
		[]uint64{receipts[0].Status, receipts[1].Status, receipts[2].Status})
	require.GreaterOrEqual(t, b.Time(), upgradeAt)
	w.expectDerived(b, 1, verifier.ErrThreshold)
	b = w.mineOK(w.postFrom(successor, w.certify(tab2, r[3], 0, 1, 2, 3).Encode())) // 90%
	w.expectDerived(b, 1)

	// Deriving the first 70% certificate's block again now, with the settings in force
	// at its time, certifies it again; with the upgrade's it would not.
	w.expectDerived(seventyPercent, 1)

	for i := 0; i < 3; i++ {
		w.mine()
	}
	safe := a.ver.L2Safe()
	require.Equal(t, safe, a.seq.L2Safe())
	for name, v := range a.safeInboxes() {
		v.onlyCertified(name, r...)
		v.invalid(name, "70% after the upgrade", below)
		v.invalid(name, "the old submitter after the rotation", late)
	}
	a.parleyGasLimits(a.verEngine.EthClient(), safe.Number)

	// A node re-deriving the whole chain from genesis gets identical blocks.
	a.rederive()
}
