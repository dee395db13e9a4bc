package action

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"
)

// TestL1ReorgRemovesAndRestoresRoot shows that certification follows L1: a certificate
// in an L1 block that is reorged out loses its range on the sequencer and the verifier
// (whose safe head had included it), and re-including the same transaction in a new L1
// block restores it; both nodes end on the same chain.
func TestL1ReorgRemovesAndRestoresRoot(gt *testing.T) {
	w := newWorld(gt)
	t := w.t
	a := w.newRollup("A")
	w.joinAll()
	s1 := w.publish(0)
	tab := w.table(s1)
	r := ranges(t, 1, 2, "reorg")
	w.mineOK(w.post(0, w.certify(tab, r[0], all...)))
	w.mine()

	// L1 block R carries r[1]'s certificate; the sequencer builds on it and the batch
	// lands in R+1, so the verifier's safe chain includes r[1].
	certTx := w.post(0, w.certify(tab, r[1], all...))
	blockR := w.mineOK(certTx)
	w.mine()
	for name, v := range a.safeInboxes() {
		v.onlyCertified(name, r...)
	}

	// Reorg out R and R+1 with a longer L1 chain without the certificate.
	w.miner.ActL1RewindDepth(2)(t)
	w.miner.ActL1SetFeeRecipient(common.Address{'B'})
	for i := 0; i < 3; i++ {
		w.miner.ActEmptyBlock(t)
	}
	a.derive()
	require.Less(t, a.ver.L2Safe().L1Origin.Number, blockR.NumberU64(), "the verifier's safe head falls back before R")
	require.NotEqual(t, blockR.Hash(), w.miner.L1Chain().GetBlockByNumber(blockR.NumberU64()).Hash(), "R is reorged out")
	a.seq.ActBuildToL1HeadUnsafe(t)
	for name, at := range map[string]struct {
		cl   *ethclient.Client
		hash common.Hash
	}{
		"sequencer unsafe": {a.seqEngine.EthClient(), a.seq.L2Unsafe().Hash},
		"verifier safe":    {a.verEngine.EthClient(), a.ver.L2Safe().Hash},
	} {
		v := inboxAt(t, at.cl, at.hash)
		v.onlyCertified(name, r[0])
		v.invalid(name, "reorged out", r[1])
	}

	// Re-include the same certificate transaction in a new L1 block.
	a.batcher.Reset()
	w.mineOK(certTx)
	w.mine()
	w.mine()
	safe := a.ver.L2Safe()
	require.Equal(t, safe, a.seq.L2Safe())
	sameChain(t, a.seqEngine.EthClient(), a.verEngine.EthClient(), safe.Number)
	for name, v := range a.safeInboxes() {
		v.onlyCertified(name, r...)
	}
}
