package action

import (
	"bytes"
	"math/big"
	"testing"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/ethereum-optimism/optimism/op-e2e/actions/helpers"
	"github.com/ethereum-optimism/optimism/op-e2e/actions/helpers/engineapi"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/precompile"
)

// TestParleyGasIsNotBlockSpace shows that the gas op-node adds to an epoch's first
// block for Parley's deposits is theirs alone (issue "Deposit gas"), and measures what
// it does to the next block's base fee.
//
// Sixteen certificates (the most an L1 block carries) are posted in one L1 block. The
// sequencer builds the epoch's first L2 block by hand: after the L1-info deposit and
// Parley's sixteen recordRange deposits, it fills the block with user transactions
// (each using exactly its gas limit) until less than a transfer's 21,000 gas is left.
// Then come transfers that would fit if Parley's deposits returned what they do not use
// of their gas limits (measured with eth_simulateV1 on the parent state, as op-geth
// upstream would account it): op-geth refuses them, and they go into the next block.
// The block's gas used counts every deposit's whole gas limit (their receipts say so),
// so the users' transactions use exactly the system config's gas limit less the
// L1-info deposit's gas; the verifier derives the same chain.
//
// The next block's base fee is observed (and recomputed from the header, which checks
// the computation) and compared with a block without Parley's deposits, for this
// epoch and, computed the same way, for a block with only the system deposits, one at
// the gas target, and a 32-set snapshot's recordSnapshot deposit.
func TestParleyGasIsNotBlockSpace(gt *testing.T) {
	w := newWorld(gt)
	t := w.t
	userKey := keyOf("L2 user")
	user := addrOf(userKey)
	w.l2Alloc = types.GenesisAlloc{user: {Balance: new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))}}
	a := w.newRollup("A")
	w.joinAll()
	tab := w.table(w.publish(0))

	rs := ranges(t, 1, derivation.MaxCertsPerBlock, "deposit gas")
	var posts []*types.Transaction
	for i, r := range rs {
		posts = append(posts, w.post(i/derivation.MaxCertsPerSubmitterPerBlock, w.certify(tab, r, all...)))
	}
	origin := w.mineOK(posts...)
	deps := w.derive(origin).Deposits
	require.Len(t, deps, derivation.MaxCertsPerBlock)

	seq, api, cl := a.seq, a.seqEngine.EngineApi, a.seqEngine.EthClient()
	cfg := a.sd.L2Cfg.Config
	sysGas := a.sd.RollupCfg.Genesis.SystemConfig.GasLimit

	// Build up to the epoch's first block: the next block adopts origin.
	seq.ActL1HeadSignal(t)
	seq.ActL2PipelineFull(t)
	for seq.L2Unsafe().Time+l2BlockTime < origin.Time() {
		seq.ActL2EmptyBlock(t)
		seq.ActL2PipelineFull(t)
	}
	parent, err := cl.HeaderByHash(t.Ctx(), seq.L2Unsafe().Hash)
	require.NoError(t, err)

	// What the deposits would use if op-geth returned their unused gas: the same calls
	// from the system sender, not as deposits, on the parent state.
	var parleyGas uint64
	for _, d := range deps {
		parleyGas += d.Gas
	}
	used := simulateUse(t, cl, parent.Hash(), deps)
	slack := parleyGas - sum(used)
	t.Logf("16 recordRange deposits: gas limits %d, use %d, slack %d", parleyGas, sum(used), slack)
	require.Positive(t, slack)

	// The epoch's first block: L1 info, Parley's deposits, then users until less than
	// a transfer's gas is left.
	signer := types.LatestSignerForChainID(a.sd.RollupCfg.L2ChainID)
	feeCap := new(big.Int).Add(new(big.Int).Mul(parent.BaseFee, big.NewInt(4)), big.NewInt(params.GWei))
	var nonce uint64
	transfer := func(data []byte) *types.Transaction {
		to := common.Address{0xbe, 0xef}
		tx := types.MustSignNewTx(userKey, signer, &types.DynamicFeeTx{
			ChainID: a.sd.RollupCfg.L2ChainID, Nonce: nonce, To: &to, Value: big.NewInt(1), Data: data,
			Gas: derivation.IntrinsicGas(data), GasTipCap: big.NewInt(params.GWei), GasFeeCap: feeCap,
		})
		nonce++
		return tx
	}
	seq.ActL2StartBlock(t)
	var fillers []*types.Transaction
	for left := api.RemainingBlockGas(); left > 31_040; left = api.RemainingBlockGas() {
		// Non-zero calldata: the EIP-7623 floor, 21000 + 40 per byte, is the gas used.
		n := min((left-31_000)/40, (8_000_000-21_000)/40)
		tx := transfer(bytes.Repeat([]byte{1}, int(n)))
		rc, err := api.IncludeTx(tx, user)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, rc.Status)
		require.Equal(t, tx.Gas(), rc.GasUsed, "a filler uses exactly its gas limit")
		fillers = append(fillers, tx)
	}
	left := api.RemainingBlockGas()
	require.Less(t, left, uint64(21_000))
	k := (left + slack) / 21_000
	require.GreaterOrEqual(t, k, uint64(8), "the slack holds several transfers")
	waiting := make([]*types.Transaction, k)
	for i := range waiting {
		waiting[i] = transfer(nil)
		require.LessOrEqual(t, uint64(i+1)*waiting[i].Gas(), left+slack, "fits if Parley's deposits returned their unused gas")
		_, err := api.IncludeTx(waiting[i], user)
		require.ErrorIs(t, err, engineapi.ErrUsesTooMuchGas, "transfer %d in Parley's reservation", i)
	}
	first := seq.ActL2EndBlock(t)
	require.Equal(t, origin.Hash(), first.L1Origin.Hash)
	require.Zero(t, first.SequenceNumber, "the epoch's first block")

	// The next block takes them.
	seq.ActL2StartBlock(t)
	for _, tx := range waiting {
		rc, err := api.IncludeTx(tx, user)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, rc.Status)
	}
	next := seq.ActL2EndBlock(t)
	require.Equal(t, origin.Hash(), next.L1Origin.Hash)

	// Batches go to L1; the verifier derives the same two blocks.
	w.mine()
	require.Equal(t, next, a.ver.L2Safe())

	for name, c := range map[string]*ethclient.Client{"sequencer": cl, "verifier": a.verEngine.EthClient()} {
		blk, err := c.BlockByHash(t.Ctx(), first.Hash)
		require.NoError(t, err, name)
		txs := blk.Transactions()
		require.Len(t, txs, 1+len(deps)+len(fillers), "%s: L1 info, Parley's deposits, the fillers; no waiting transfer", name)
		var depositGas, fillerGas uint64
		var cumulative uint64
		for i, tx := range txs {
			rc, err := c.TransactionReceipt(t.Ctx(), tx.Hash())
			require.NoError(t, err)
			cumulative += rc.GasUsed
			require.Equal(t, cumulative, rc.CumulativeGasUsed)
			switch {
			case i == 0: // L1 info
				require.Less(t, rc.GasUsed, tx.Gas())
			case i <= len(deps):
				require.Equal(t, precompile.Address, *tx.To(), "%s: tx %d", name, i)
				require.Equal(t, types.ReceiptStatusSuccessful, rc.Status, "%s: deposit %d", name, i)
				require.Equal(t, tx.Gas(), rc.GasUsed, "%s: Parley deposit %d uses its whole gas limit", name, i)
				require.Greater(t, tx.Gas(), used[i-1], "%s: deposit %d executes in less", name, i)
				depositGas += rc.GasUsed
			default:
				require.Equal(t, fillers[i-1-len(deps)].Hash(), tx.Hash())
				fillerGas += rc.GasUsed
			}
		}
		l1Info, err := c.TransactionReceipt(t.Ctx(), txs[0].Hash())
		require.NoError(t, err)
		require.Equal(t, parleyGas, depositGas)
		require.Equal(t, sysGas+parleyGas, blk.GasLimit(), "%s: Parley's gas is added to the block gas limit", name)
		require.Equal(t, cumulative, blk.GasUsed(), "%s: the block's gas used is its receipts'", name)
		require.Equal(t, sysGas-l1Info.GasUsed-left, fillerGas, "%s: users get the system config's gas limit, no more", name)
		require.Equal(t, left, blk.GasLimit()-blk.GasUsed(), "%s: the only unused space is below a transfer's gas", name)

		nb, err := c.BlockByHash(t.Ctx(), next.Hash)
		require.NoError(t, err, name)
		require.Len(t, nb.Transactions(), 1+len(waiting), "%s: the waiting transfers are in the next block", name)
		for i, tx := range waiting {
			require.Equal(t, tx.Hash(), nb.Transactions()[1+i].Hash())
		}
	}
	a.parleyGasLimits(a.verEngine.EthClient(), next.Number)

	// The next block's base fee.
	head, err := cl.HeaderByHash(t.Ctx(), first.Hash)
	require.NoError(t, err)
	after, err := cl.HeaderByHash(t.Ctx(), next.Hash)
	require.NoError(t, err)
	require.Equal(t, after.BaseFee, nextBaseFee(cfg, head, head.GasLimit, head.GasUsed), "the computation reproduces the header")
	l1Info, err := cl.TransactionReceipt(t.Ctx(), firstTx(t, cl, first.Hash).Hash())
	require.NoError(t, err)
	l1InfoUse := l1Info.GasUsed

	// A 32-set snapshot's deposit, sized and measured on the same parent state.
	seal := &optable.Seal{Root: common.Hash{0x32}}
	for id := range precompile.MaxSnapshotSets {
		seal.Sets = append(seal.Sets, optable.SealSet{ID: uint8(id), Members: 8, TotalWeight: *uint256.NewInt(uint64(1e18) * uint64(id+1))})
	}
	snap, err := derivation.RecordSnapshotDeposit(origin.Hash(), 0, origin.NumberU64(), seal)
	require.NoError(t, err)
	snapUse := simulateUse(t, cl, parent.Hash(), []*types.DepositTx{snap})[0]
	t.Logf("32-set recordSnapshot deposit: gas limit %d, use %d, slack %d", snap.Gas, snapUse, snap.Gas-snapUse)

	// Next base fees from head's base fee, with the block's gas limit and gas used as
	// Parley makes them (burnt), as they would be without Parley's deposits, and as
	// upstream op-geth would make them (the deposits' unused gas returned to the pool:
	// in a full block, users take it).
	target := sysGas / cfg.ElasticityMultiplier()
	full := sysGas - l1InfoUse - left
	for _, c := range []struct {
		name        string
		parley, use uint64 // the deposits' gas limits and what they execute in
		users       uint64 // gas the block's user transactions use
	}{
		{"16 certificates, block full (observed)", parleyGas, sum(used), full},
		{"16 certificates, system deposits only", parleyGas, sum(used), 0},
		{"16 certificates, users at the gas target", parleyGas, sum(used), target - l1InfoUse},
		{"32-set snapshot, block full", snap.Gas, snapUse, full},
		{"32-set snapshot, system deposits only", snap.Gas, snapUse, 0},
		{"32-set snapshot, users at the gas target", snap.Gas, snapUse, target - l1InfoUse},
	} {
		without := nextBaseFee(cfg, head, sysGas, l1InfoUse+c.users)
		burnt := nextBaseFee(cfg, head, sysGas+c.parley, l1InfoUse+c.users+c.parley)
		returned := l1InfoUse + c.users + c.use
		if c.users == full {
			returned += c.parley - c.use
		}
		upstream := nextBaseFee(cfg, head, sysGas+c.parley, returned)
		if c.parley == parleyGas && c.users == full {
			require.Equal(t, after.BaseFee, burnt, "the observed block")
		}
		vsWithout, vsUpstream := rel(burnt, without), rel(burnt, upstream)
		t.Logf("%-42s next base fee %+.4f%% vs without Parley's deposits, %+.4f%% vs their unused gas returned",
			c.name, 100*vsWithout, 100*vsUpstream)
		// Parley's deposits add their gas to both the block's gas used and its gas
		// limit, whose sixth is the target: the next base fee moves by at most
		// parley/target/250 (0.17% for 16 certificates), the most when users use
		// nothing, nothing when they fill the block. What burning adds is the slack
		// alone: at most slack/target/250.
		require.Less(t, vsWithout, 0.002, c.name)
		require.GreaterOrEqual(t, vsWithout, -1e-9, c.name)
		require.Less(t, vsUpstream, 0.0003, c.name)
		require.GreaterOrEqual(t, vsUpstream, -1e-9, c.name)
	}
}

// firstTx returns a block's first transaction (its L1-info deposit).
func firstTx(t helpers.Testing, cl *ethclient.Client, block common.Hash) *types.Transaction {
	b, err := cl.BlockByHash(t.Ctx(), block)
	require.NoError(t, err)
	require.NotEmpty(t, b.Transactions())
	return b.Transactions()[0]
}

// simulateUse returns the gas each deposit's call executes in on a block's state, as
// op-geth accounts an ordinary call: the same calls from the system sender, one after
// the other (eth_simulateV1), each of which must succeed.
func simulateUse(t helpers.Testing, cl *ethclient.Client, at common.Hash, deps []*types.DepositTx) []uint64 {
	t.Helper()
	var calls []ethereum.CallMsg
	for _, d := range deps {
		calls = append(calls, ethereum.CallMsg{From: precompile.SystemSender, To: d.To, Gas: d.Gas, Data: d.Data})
	}
	h := rpc.BlockNumberOrHashWithHash(at, false)
	res, err := cl.SimulateV1(t.Ctx(), ethclient.SimulateOptions{BlockStateCalls: []ethclient.SimulateBlock{{Calls: calls}}}, &h)
	require.NoError(t, err)
	require.Len(t, res, 1)
	require.Len(t, res[0].Calls, len(deps))
	out := make([]uint64, len(deps))
	for i, c := range res[0].Calls {
		require.Equal(t, uint64(1), c.Status, "call %d: %v", i, c.Error)
		out[i] = c.GasUsed
	}
	return out
}

// nextBaseFee is the base fee of the block after parent had it had this gas limit and
// gas used (op-geth's own computation: the Holocene parameters in parent's extra data).
func nextBaseFee(cfg *params.ChainConfig, parent *types.Header, gasLimit, gasUsed uint64) *big.Int {
	h := types.CopyHeader(parent)
	h.GasLimit, h.GasUsed = gasLimit, gasUsed
	return eip1559.CalcBaseFee(cfg, h, parent.Time+l2BlockTime)
}

// rel is a/b - 1.
func rel(a, b *big.Int) float64 {
	r, _ := new(big.Rat).SetFrac(a, b).Float64()
	return r - 1
}

func sum(xs []uint64) (s uint64) {
	for _, x := range xs {
		s += x
	}
	return s
}
