package action

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/ethereum-optimism/optimism/op-e2e/actions/helpers"
	"github.com/ethereum-optimism/optimism/op-node/rollup/sync"

	"github.com/parley-xyz/parley/node/opnode"
)

// setupAVS deploys the registry and the certificate inbox, then registers the
// operators and stakes them, one L1 block each (two table versions).
func (w *world) setupAVS() {
	t := w.t
	w.seq.ActL2PipelineFull(t)
	w.ver.ActL2PipelineFull(t)
	w.mineL1(false, w.deployRegistry(), w.deployCertInbox())
	var regs []*types.Transaction
	for _, o := range w.operators {
		regs = append(regs, w.register(o)...)
	}
	w.epoch(regs...)
	var stakes []*types.Transaction
	for _, o := range w.operators {
		stakes = append(stakes, w.setStake(o, operatorStake))
	}
	w.epoch(stakes...)
	w.epoch() // the stakes' origin gets its L2 block
}

// TestDerivationOverManyEpochs runs Parley's derivation for many epochs on a real L1
// with the registry: operator-table updates, valid certificates (alone, two in one L1
// block, one after a table update in the same block, one against an older table
// version within the window) and invalid ones (not an allowed submitter, a bad
// signature, too little stake, a gap in the range, a table version that does not exist,
// garbage calldata). The verifier's safe chain equals the sequencer's block for block,
// the inbox holds exactly the valid ranges, its deposits are exactly one per table
// update and valid certificate, and a node deriving from scratch gets identical blocks.
func TestDerivationOverManyEpochs(gt *testing.T) {
	w := newWorld(gt)
	t := w.t
	w.setupAVS()

	tab := w.table(w.verEngine.EthClient(), w.ver.L2Safe().Hash)
	require.Equal(t, uint64(2), tab.Version(), "registration+joins, then stakes: two table versions")
	require.Equal(t, operatorCount, tab.Len())
	all := []int{0, 1, 2, 3, 4}
	fourOfFive := []int{0, 1, 2, 4}

	r1, r2, r3 := newRange(t, 1, 10, "r1"), newRange(t, 11, 20, "r2"), newRange(t, 21, 30, "r3")
	r4, r5 := newRange(t, 31, 40, "r4"), newRange(t, 41, 50, "r5")
	evil := map[string]*srcRange{
		"intruder":      newRange(t, 11, 20, "evil intruder"),
		"bad signature": newRange(t, 31, 40, "evil signature"),
		"little stake":  newRange(t, 31, 40, "evil stake"),
		"gap":           newRange(t, 51, 60, "evil gap"),
		"no version":    newRange(t, 31, 40, "evil version"),
	}
	valid := []*srcRange{}

	// Epoch: one valid certificate, and a valid one for the next range posted by an
	// account that may not submit.
	w.epoch(
		w.postCert(w.submitter, w.certify(tab, w.attestation(r1, 2), all...).Encode()),
		w.postCert(w.intruder, w.certify(tab, w.attestation(evil["intruder"], 2), all...).Encode()),
	)
	valid = append(valid, r1)

	// Epoch: two valid certificates in one block, in order; a certificate whose root
	// was changed after signing.
	bad := w.certify(tab, w.attestation(evil["bad signature"], 2), all...)
	bad.Attestation.MessageRoot[0] ^= 1
	w.epoch(
		w.postCert(w.submitter, w.certify(tab, w.attestation(r2, 2), fourOfFive...).Encode()),
		w.postCert(w.submitter, w.certify(tab, w.attestation(r3, 2), all...).Encode()),
		w.postCert(w.submitter, bad.Encode()),
	)
	valid = append(valid, r2, r3)

	// Epoch: three signers of five (60% < 66.67%), a range that skips blocks, a table
	// version the inbox never had, and garbage.
	w.epoch(
		w.postCert(w.submitter, w.certify(tab, w.attestation(evil["little stake"], 2), 0, 1, 2).Encode()),
		w.postCert(w.submitter, w.certify(tab, w.attestation(evil["gap"], 2), all...).Encode()),
		w.postCert(w.submitter, w.certify(tab, w.attestation(evil["no version"], 9), all...).Encode()),
		w.postCert(w.submitter, []byte("not a certificate")),
	)

	// Epoch: a stake change (table version 3) and, in the same L1 block after it, a
	// certificate against version 2, still inside the window.
	w.epoch(
		w.setStake(w.operators[4], 3*operatorStake),
		w.postCert(w.submitter, w.certify(tab, w.attestation(r4, 2), fourOfFive...).Encode()),
	)
	valid = append(valid, r4)

	// A few empty epochs, then a certificate against the new table: operator 4 now
	// holds 3/7 of the stake, so it and two others (5/7) meet the threshold, where
	// before three signers did not.
	w.epoch()
	w.epoch()
	tab3 := w.table(w.seqEngine.EthClient(), w.seq.L2Safe().Hash)
	require.Equal(t, uint64(3), tab3.Version())
	w.epoch(w.postCert(w.submitter, w.certify(tab3, w.attestation(r5, 3), 2, 3, 4).Encode()))
	valid = append(valid, r5)
	for i := 0; i < 3; i++ {
		w.epoch()
	}

	// The verifier's safe chain is the sequencer's, block for block.
	safe := w.ver.L2Safe()
	require.Equal(t, safe, w.seq.L2Safe())
	require.Greater(t, safe.Number, uint64(50), "many L2 blocks")
	sameChain(t, w.seqEngine.EthClient(), w.verEngine.EthClient(), safe.Number)

	// The inbox holds exactly the valid ranges, on both nodes.
	for name, cl := range map[string]*helpers.L2Engine{"sequencer": w.seqEngine, "verifier": w.verEngine} {
		v := w.inboxAt(cl.EthClient(), safe.Hash)
		last, any := v.latest()
		require.True(t, any, name)
		require.Equal(t, r5.to, last, name)
		for _, r := range valid {
			v.certified(r)
			for i := range r.msgs {
				require.True(t, v.valid(r, i), "%s: message %d of %d..%d", name, i, r.from, r.to)
			}
		}
		for why, r := range evil {
			require.False(t, v.valid(r, 0), "%s: a message certified only by an invalid certificate (%s) validates", name, why)
		}
		_, to, _, _ := v.rangeAt(55)
		require.Zero(t, to, "%s: nothing certified past the last valid range", name)
	}
	// Every node counted the invalid certificates in op-node's metric (the counter is
	// process-wide, shared with the other tests: at least ours are there).
	reg := prometheus.NewRegistry()
	reg.MustRegister(opnode.Collectors()...)
	skipped := 0.0
	mfs, err := reg.Gather()
	require.NoError(t, err)
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			if mf.GetName() == "parley_skipped_inputs_total" && m.GetLabel()[0].GetValue() == "certificate" {
				skipped = m.GetCounter().GetValue()
			}
		}
	}
	require.GreaterOrEqual(t, skipped, float64(2*(len(evil)+1)), "skipped certificates counted (sequencer and verifier, %d invalid + garbage each)", len(evil))

	deps := parleyDeposits(t, w.verEngine.EthClient(), safe.Number)
	require.Equal(t, map[string]int{"applyOperatorUpdates": 3, "recordRange": len(valid)}, deps)

	// A node deriving from scratch from the same L1 gets identical blocks.
	freshEngine, fresh := helpers.SetupVerifier(t, w.sd, w.log.New("role", "fresh"), w.miner.L1Client(t, w.sd.RollupCfg), w.miner.BlobStore(), &sync.Config{})
	for i := 0; i < 20 && fresh.L2Safe() != safe; i++ { // the pipeline idles between stages
		fresh.ActL1HeadSignal(t)
		fresh.ActL2PipelineFull(t)
	}
	require.Equal(t, safe, fresh.L2Safe())
	sameChain(t, w.verEngine.EthClient(), freshEngine.EthClient(), safe.Number)
}

// ethclientAt is a node's client and one of its blocks.
type ethclientAt struct {
	cl   *ethclient.Client
	hash common.Hash
}

// TestL1ReorgRemovesAndRestoresRoot shows that certification follows L1: a certificate
// in an L1 block that is reorged out loses its root on the sequencer and the verifier
// (whose safe head had included it), and re-including the same transaction in a new
// L1 block restores it; both nodes end on the same chain.
func TestL1ReorgRemovesAndRestoresRoot(gt *testing.T) {
	w := newWorld(gt)
	t := w.t
	w.setupAVS()
	tab := w.table(w.verEngine.EthClient(), w.ver.L2Safe().Hash)
	r1, r2 := newRange(t, 1, 10, "r1"), newRange(t, 11, 20, "r2")
	w.epoch(w.postCert(w.submitter, w.certify(tab, w.attestation(r1, 2), 0, 1, 2, 3, 4).Encode()))
	w.epoch()

	// L1 block R carries r2's certificate; the sequencer builds on it and the batch
	// lands in R+1, so the verifier's safe chain includes r2's root.
	certTx := w.postCert(w.submitter, w.certify(tab, w.attestation(r2, 2), 0, 1, 2, 3, 4).Encode())
	blockR := w.epoch(certTx)
	w.epoch()
	v := w.inboxAt(w.verEngine.EthClient(), w.ver.L2Safe().Hash)
	v.certified(r2)
	require.True(t, v.valid(r2, 1))

	// Reorg out R and R+1 with a longer L1 chain without the certificate.
	w.miner.ActL1RewindDepth(2)(t)
	w.miner.ActL1SetFeeRecipient(common.Address{'B'})
	for i := 0; i < 3; i++ {
		w.mineL1(false)
	}
	w.ver.ActL1HeadSignal(t)
	w.ver.ActL2PipelineFull(t)
	w.seq.ActL1HeadSignal(t)
	w.seq.ActL2PipelineFull(t)
	require.Less(t, w.ver.L2Safe().L1Origin.Number, blockR.NumberU64(), "the verifier's safe head falls back before R")
	require.NotEqual(t, blockR.Hash(), w.miner.L1Chain().GetBlockByNumber(blockR.NumberU64()).Hash(), "R is reorged out")
	w.seq.ActBuildToL1HeadUnsafe(t)
	for name, at := range map[string]*ethclientAt{
		"sequencer unsafe": {w.seqEngine.EthClient(), w.seq.L2Unsafe().Hash},
		"verifier safe":    {w.verEngine.EthClient(), w.ver.L2Safe().Hash},
	} {
		v := w.inboxAt(at.cl, at.hash)
		last, _ := v.latest()
		require.Equal(t, r1.to, last, "%s: r2's root is gone with its L1 block", name)
		_, to, _, _ := v.rangeAt(r2.from)
		require.Zero(t, to, name)
		require.False(t, v.valid(r2, 1), name)
	}

	// Re-include the same certificate transaction in a new L1 block.
	w.batcher.Reset()
	w.epoch(certTx)
	w.epoch()
	w.epoch()
	safe := w.ver.L2Safe()
	require.Equal(t, safe, w.seq.L2Safe())
	sameChain(t, w.seqEngine.EthClient(), w.verEngine.EthClient(), safe.Number)
	for _, cl := range []*helpers.L2Engine{w.seqEngine, w.verEngine} {
		v := w.inboxAt(cl.EthClient(), safe.Hash)
		v.certified(r1)
		v.certified(r2)
		require.True(t, v.valid(r2, 1))
	}
}
