package action

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/node/eigenlayer"
)

// TestFlood shows that nothing an L1 user does without the AVS's consent reaches L2
// beyond what the inbox admits.
//
// (a) Outsiders become EigenLayer operators, deposit, allocate to Parley's set and
// register BN254 keys for it in EigenLayer's KeyRegistrar, and one tries to join the set,
// which the registrar refuses. None of it changes anything on L2: the hook derives
// nothing from those L1 blocks (their L2 blocks hold only the L1-info deposit), and the
// next snapshot is the previous one's content (same root, same entries).
//
// (b) In one L1 block the submitters try to post more certificates than the inbox
// allows per submitter and per block: the excess reverts on L1, and the rollup derives
// exactly the certificates L1 accepted.
func TestFlood(gt *testing.T) {
	w := newWorld(gt)
	t := w.t
	a := w.newRollup("A")
	w.joinAll()
	s1 := w.publish(0)
	tab1 := w.table(s1)

	// (a) Keys and operators without the registrar's consent.
	c, reg, ctx := w.core, w.avs.Addresses.Registrar, w.ctx
	first := w.head().NumberU64() + 1
	must := func(_ eigenlayer.Result, err error) { require.NoError(t, err) }
	for _, o := range w.outsiders {
		must(c.RegisterAsOperator(ctx, o.Account, 0, ""))
		must(c.Deposit(ctx, o.Account, tokens(100)))
		must(c.Allocate(ctx, o.Account, reg, []uint32{set}, eigenlayer.WAD))
		must(c.RegisterBN254Key(ctx, o.Account, reg, set, o.Keys[set]))
		_, _, ok, err := c.BN254Key(ctx, o.Account.Address, reg, set)
		require.NoError(t, err)
		require.True(t, ok, "the outsider's key is in the KeyRegistrar for Parley's set")
	}
	_, err := c.RegisterForOperatorSets(ctx, w.outsiders[0].Account, reg, []uint32{set}, nil)
	require.Equal(t, "InsufficientWeight", eigenlayer.ErrorName(err), "the registrar refuses: %v", err)
	last := w.head().NumberU64()
	require.Greater(t, last-first, uint64(3*outsiderCount))
	for _, o := range w.outsiders {
		member, err := c.IsMember(ctx, o.Account.Address, reg, set)
		require.NoError(t, err)
		require.False(t, member)
	}
	for n := first; n <= last; n++ {
		w.expectDerived(w.miner.L1Chain().GetBlockByNumber(n), 0)
	}
	w.mine()
	safe := a.ver.L2Safe()
	origins := 0
	for n := uint64(1); n <= safe.Number; n++ {
		blk, err := a.verEngine.EthClient().BlockByNumber(t.Ctx(), new(big.Int).SetUint64(n))
		require.NoError(t, err)
		ref, err := a.verEngine.EngineClient(t, a.sd.RollupCfg).L2BlockRefByHash(t.Ctx(), blk.Hash())
		require.NoError(t, err)
		if ref.L1Origin.Number >= first && ref.L1Origin.Number <= last {
			origins++
			require.Len(t, blk.Transactions(), 1, "L2 block %d (origin %d) holds only the L1-info deposit", n, ref.L1Origin.Number)
		}
	}
	require.Greater(t, origins, int(last-first), "the flood's L1 blocks are origins of L2 blocks")

	s2 := w.publish(0)
	tab2 := w.table(s2)
	require.Equal(t, s1.Root, s2.Root, "the next snapshot is as without the outsiders")
	require.Equal(t, tab1.Entries(), tab2.Entries())
	for name, v := range a.safeInboxes() {
		v.snapshotIs(name, s2, tab2)
	}

	// (b) Submitter 0 posts one certificate over its per-block cap; submitters 1..4 post
	// four each, of which the last four exceed the block's cap.
	rs := ranges(t, 1, 20, "flood")
	excess := newRange(t, rs[4].from, rs[4].to, "over the submitter cap")
	var txs []*types.Transaction
	var want []uint64
	ok, failed := types.ReceiptStatusSuccessful, types.ReceiptStatusFailed
	for i := 0; i < derivation.MaxCertsPerSubmitterPerBlock; i++ {
		txs, want = append(txs, w.post(0, w.certify(tab2, rs[i], all...))), append(want, ok)
	}
	txs, want = append(txs, w.post(0, w.certify(tab2, excess, all...))), append(want, failed)
	for s := 1; s < submitterCount; s++ {
		for j := 0; j < derivation.MaxCertsPerSubmitterPerBlock; j++ {
			k := s*derivation.MaxCertsPerSubmitterPerBlock + j
			status := ok
			if k >= derivation.MaxCertsPerBlock {
				status = failed
			}
			txs, want = append(txs, w.post(s, w.certify(tab2, rs[k], all...))), append(want, status)
		}
	}
	blk, receipts := w.mine(txs...)
	var got []uint64
	for _, r := range receipts {
		got = append(got, r.Status)
	}
	require.Equal(t, want, got, "the inbox admits %d per submitter and %d per block", derivation.MaxCertsPerSubmitterPerBlock, derivation.MaxCertsPerBlock)
	w.expectDerived(blk, derivation.MaxCertsPerBlock)
	w.mine()
	for name, v := range a.safeInboxes() {
		v.onlyCertified(name, rs[:derivation.MaxCertsPerBlock]...)
		v.invalid(name, "over the submitter cap", excess)
	}
	deps := parleyDeposits(t, a.verEngine.EthClient(), 1, a.ver.L2Safe().Number)
	require.Equal(t, map[string]int{"recordSnapshot": 2, "recordRange": derivation.MaxCertsPerBlock}, countDeposits(deps))
	a.parleyGasLimits(a.verEngine.EthClient(), a.ver.L2Safe().Number)
}
