package action

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/ethereum-optimism/optimism/op-e2e/actions/helpers"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/message"
	"github.com/parley-xyz/parley/interop/msgtree"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/avs"
	avsbindings "github.com/parley-xyz/parley/node/avs/bindings"
	"github.com/parley-xyz/parley/node/opnode"
	"github.com/parley-xyz/parley/precompile"
	"github.com/parley-xyz/parley/precompile/bindings"
)

// srcRange is a range of the source chain with its messages and commitment.
type srcRange struct {
	from, to uint64
	lastHash common.Hash
	msgs     []message.Message
	tree     *msgtree.Tree
}

// newRange commits to three synthetic messages of the source chain in [from, to]; salt
// makes different contents for the same range.
func newRange(t helpers.Testing, from, to uint64, salt string) *srcRange {
	r := &srcRange{from: from, to: to, lastHash: crypto.Keccak256Hash([]byte(fmt.Sprintf("%s block %d", salt, to)))}
	origin := common.HexToAddress("0x00000000000000000000000000000000000abcde")
	for i, b := range []uint64{from, from, to} {
		r.msgs = append(r.msgs, message.Message{
			ID:          message.Identifier{Origin: origin, BlockNumber: b, LogIndex: uint32(i), Timestamp: 1_000 + 2*b, ChainID: sourceChainID},
			PayloadHash: crypto.Keccak256Hash([]byte(fmt.Sprintf("%s payload %d.%d", salt, b, i))),
		})
	}
	tree, err := msgtree.Commit(msgtree.Range{ChainID: sourceChainID, From: from, To: to}, r.msgs)
	require.NoError(t, err)
	r.tree = tree
	return r
}

// ranges returns n consecutive ranges of ten source blocks from block first.
func ranges(t helpers.Testing, first uint64, n int, salt string) []*srcRange {
	out := make([]*srcRange, n)
	for i := range out {
		from := first + 10*uint64(i)
		out[i] = newRange(t, from, from+9, salt)
	}
	return out
}

// attestation is the range's attestation of this AVS against a snapshot.
func (w *world) attestation(r *srcRange, snap attestation.Snapshot) attestation.Attestation {
	return attestation.Attestation{AVS: w.avs.ID(), SourceChainID: sourceChainID, FromBlock: r.from, ToBlock: r.to,
		LastBlockHash: r.lastHash, MessageRoot: r.tree.Root(), Snapshot: snap}
}

// sign has the operators in signers sign a with their set-0 keys and aggregates the
// signatures against tab (certificate.Aggregate computes the non-signers).
func (w *world) sign(tab *optable.Table, a attestation.Attestation, signers ...int) *certificate.Certificate {
	sigs := map[optable.OperatorID]bls.G1Point{}
	digest := a.Digest()
	for _, i := range signers {
		k := w.ops[i].Keys[set]
		sig, err := k.Sign(digest)
		require.NoError(w.t, err)
		require.True(w.t, bls.Verify(k.PublicKeyG2(), digest, sig))
		sigs[optable.IDOf(k.PublicKeyG1())] = sig
	}
	c, err := certificate.Aggregate(tab, a, quorums, sigs)
	require.NoError(w.t, err)
	return c
}

// certify is a certificate of r against tab's snapshot signed by signers.
func (w *world) certify(tab *optable.Table, r *srcRange, signers ...int) *certificate.Certificate {
	return w.sign(tab, w.attestation(r, tab.Snapshot()), signers...)
}

// post is a submitter's ParleyCertificateInbox.post(certificate) transaction.
func (w *world) post(from int, c *certificate.Certificate) *types.Transaction {
	return w.postFrom(w.submitters[from], c.Encode())
}

var inboxABI = func() *abi.ABI {
	a, err := avsbindings.ParleyCertificateInboxMetaData.GetAbi()
	if err != nil {
		panic(err)
	}
	return a
}()

// postFrom is ParleyCertificateInbox.post(data) from any account.
func (w *world) postFrom(k *ecdsa.PrivateKey, data []byte) *types.Transaction {
	call, err := inboxABI.Pack("post", data)
	require.NoError(w.t, err)
	return w.l1Tx(k, w.avs.Addresses.Inbox, call, 500_000)
}

var publisherABI = func() *abi.ABI {
	a, err := avsbindings.ParleyTablePublisherMetaData.GetAbi()
	if err != nil {
		panic(err)
	}
	return a
}()

// publisherTx is a call of the table publisher from any account: anyone may publish.
func (w *world) publisherTx(k *ecdsa.PrivateKey, method string, args ...any) *types.Transaction {
	call, err := publisherABI.Pack(method, args...)
	require.NoError(w.t, err)
	return w.l1Tx(k, w.avs.Addresses.Publisher, call, 5_000_000)
}

// sealedIn is the snapshot the publisher sealed in an L1 block.
func (w *world) sealedIn(b *types.Block) avs.Published {
	root, err := w.avs.Publisher.SnapshotRoot(&bind.CallOpts{Context: w.ctx}, b.NumberU64())
	require.NoError(w.t, err)
	require.NotZero(w.t, root, "a snapshot sealed in L1 block %d", b.NumberU64())
	return avs.Published{Snapshot: attestation.Snapshot{Block: b.NumberU64(), Root: root}, BlockHash: b.Hash()}
}

// inboxView reads a rollup's inbox precompile at one L2 block.
type inboxView struct {
	t     helpers.Testing
	inbox *bindings.IParleyInboxCaller
	opts  *bind.CallOpts
}

func inboxAt(t helpers.Testing, cl *ethclient.Client, at common.Hash) *inboxView {
	inbox, err := bindings.NewIParleyInboxCaller(precompile.Address, cl)
	require.NoError(t, err)
	return &inboxView{t: t, inbox: inbox, opts: &bind.CallOpts{Context: t.Ctx(), BlockHash: at}}
}

// safeInboxes are the inboxes of a rollup's sequencer and verifier at the verifier's
// safe head.
func (r *rollup) safeInboxes() map[string]*inboxView {
	safe := r.ver.L2Safe().Hash
	return map[string]*inboxView{
		r.name + " sequencer": inboxAt(r.w.t, r.seqEngine.EthClient(), safe),
		r.name + " verifier":  inboxAt(r.w.t, r.verEngine.EthClient(), safe),
	}
}

// latest returns the source chain's latest certified block (and whether any is).
func (v *inboxView) latest() (uint64, bool) {
	res, err := v.inbox.LatestCertifiedBlock(v.opts, big.NewInt(sourceChainID))
	require.NoError(v.t, err)
	return res.BlockNumber, res.Certified
}

// rangeAt returns the certified range covering a source block (zero if none).
func (v *inboxView) rangeAt(block uint64) (from, to uint64, lastHash, root common.Hash) {
	res, err := v.inbox.CertifiedRange(v.opts, big.NewInt(sourceChainID), block)
	require.NoError(v.t, err)
	return res.FromBlock, res.ToBlock, res.LastBlockHash, res.MessageRoot
}

// certified asserts that exactly r is certified: its first and last blocks map to it.
func (v *inboxView) certified(name string, r *srcRange) {
	for _, b := range []uint64{r.from, r.to} {
		from, to, last, root := v.rangeAt(b)
		require.Equal(v.t, [4]any{r.from, r.to, r.lastHash, r.tree.Root()}, [4]any{from, to, last, common.Hash(root)},
			"%s: certified range at source block %d", name, b)
	}
}

// onlyCertified asserts that the inbox holds exactly the ranges rs (consecutive, in
// order): each is certified, its messages validate, and nothing after the last is.
func (v *inboxView) onlyCertified(name string, rs ...*srcRange) {
	last, any := v.latest()
	if len(rs) == 0 {
		require.False(v.t, any, "%s: nothing certified", name)
		return
	}
	require.True(v.t, any, name)
	require.Equal(v.t, rs[len(rs)-1].to, last, "%s: latest certified block", name)
	for _, r := range rs {
		v.certified(name, r)
		for i := range r.msgs {
			require.True(v.t, v.valid(r, i), "%s: message %d of %d..%d", name, i, r.from, r.to)
		}
	}
	_, to, _, _ := v.rangeAt(last + 1)
	require.Zero(v.t, to, "%s: nothing certified after block %d", name, last)
}

// valid reports whether the inbox's isValidMessage accepts message i of r with its
// proof (be64(range start) || msgtree proof).
func (v *inboxView) valid(r *srcRange, i int) bool {
	m := r.msgs[i].ID
	p, err := r.tree.Proof(uint64(i))
	require.NoError(v.t, err)
	proof := append(binary.BigEndian.AppendUint64(nil, r.from), p...)
	ok, err := v.inbox.IsValidMessage(v.opts, bindings.Identifier{
		Origin: m.Origin, BlockNumber: new(big.Int).SetUint64(m.BlockNumber), LogIndex: big.NewInt(int64(m.LogIndex)),
		Timestamp: new(big.Int).SetUint64(m.Timestamp), ChainId: new(big.Int).SetUint64(m.ChainID),
	}, r.msgs[i].PayloadHash, proof)
	require.NoError(v.t, err)
	return ok
}

// invalid asserts that no message of r validates.
func (v *inboxView) invalid(name, why string, r *srcRange) {
	for i := range r.msgs {
		require.False(v.t, v.valid(r, i), "%s: message %d of a range only an invalid certificate (%s) names validates", name, i, why)
	}
}

// snapshot returns the inbox's latest snapshot.
func (v *inboxView) snapshot() attestation.Snapshot {
	res, err := v.inbox.LatestSnapshot(v.opts)
	require.NoError(v.t, err)
	return attestation.Snapshot{Block: res.L1Block, Root: res.Root}
}

// weight returns the set's total weight in the inbox's latest snapshot.
func (v *inboxView) weight() *big.Int {
	w, err := v.inbox.OperatorSetWeight(v.opts, set)
	require.NoError(v.t, err)
	return w
}

// snapshotIs asserts that the inbox's latest snapshot is p, with p's total weight.
func (v *inboxView) snapshotIs(name string, p avs.Published, tab *optable.Table) {
	require.Equal(v.t, p.Snapshot, v.snapshot(), "%s: latestSnapshot", name)
	s, ok := tab.Set(set)
	require.True(v.t, ok)
	require.Equal(v.t, s.TotalWeight.ToBig(), v.weight(), "%s: operatorSetWeight", name)
}

// deposit is one Parley deposit in an L2 block, with its outcome.
type deposit struct {
	l2Block uint64
	method  string
	args    []any
	ok      bool
}

// parleyDeposits lists the deposits to the inbox precompile in an engine's blocks
// from..to, with their receipts' status.
func parleyDeposits(t helpers.Testing, cl *ethclient.Client, from, to uint64) []deposit {
	var out []deposit
	for i := from; i <= to; i++ {
		b, err := cl.BlockByNumber(t.Ctx(), new(big.Int).SetUint64(i))
		require.NoError(t, err)
		for _, tx := range b.Transactions() {
			if tx.Type() != types.DepositTxType || tx.To() == nil || *tx.To() != precompile.Address {
				continue
			}
			m, err := precompile.ABI.MethodById(tx.Data())
			require.NoError(t, err)
			args, err := m.Inputs.Unpack(tx.Data()[4:])
			require.NoError(t, err)
			rc, err := cl.TransactionReceipt(t.Ctx(), tx.Hash())
			require.NoError(t, err)
			out = append(out, deposit{l2Block: i, method: m.Name, args: args, ok: rc.Status == types.ReceiptStatusSuccessful})
		}
	}
	return out
}

// parleyGasLimits asserts SPEC §11 on an engine's blocks 1..n: each block's gas limit is
// the system config's plus the gas of its Parley deposits, and nothing more carries over
// to the next block.
func (r *rollup) parleyGasLimits(cl *ethclient.Client, n uint64) {
	t := r.w.t
	base := r.sd.RollupCfg.Genesis.SystemConfig.GasLimit
	for i := uint64(1); i <= n; i++ {
		b, err := cl.BlockByNumber(t.Ctx(), new(big.Int).SetUint64(i))
		require.NoError(t, err)
		var gas uint64
		for _, tx := range b.Transactions() {
			if tx.Type() == types.DepositTxType && tx.To() != nil && *tx.To() == precompile.Address {
				from, err := types.Sender(types.LatestSignerForChainID(r.sd.RollupCfg.L2ChainID), tx)
				require.NoError(t, err)
				require.Equal(t, precompile.SystemSender, from)
				gas += tx.Gas()
			}
		}
		require.Equal(t, base+gas, b.GasLimit(), "%s: gas limit of L2 block %d (%d of Parley deposits)", r.name, i, gas)
	}
}

// countDeposits counts deposits by method and outcome ("recordRange", "recordRange
// reverted", ...).
func countDeposits(ds []deposit) map[string]int {
	out := map[string]int{}
	for _, d := range ds {
		k := d.method
		if !d.ok {
			k += " reverted"
		}
		out[k]++
	}
	return out
}

// sameChain asserts that two engines hold the same blocks up to number n.
func sameChain(t helpers.Testing, a, b *ethclient.Client, n uint64) {
	for i := uint64(0); i <= n; i++ {
		ha, err := a.HeaderByNumber(t.Ctx(), new(big.Int).SetUint64(i))
		require.NoError(t, err)
		hb, err := b.HeaderByNumber(t.Ctx(), new(big.Int).SetUint64(i))
		require.NoError(t, err)
		require.Equal(t, ha.Hash(), hb.Hash(), "block %d differs", i)
	}
}

// skippedCertificates reads op-node's parley_skipped_inputs_total{kind="certificate"}.
// The counters are process-wide; tests read them before and after.
func skippedCertificates(t helpers.Testing) float64 {
	return metric(t, "parley_skipped_inputs_total", "certificate")
}

// certifiedRanges reads op-node's parley_certified_ranges_total.
func certifiedRanges(t helpers.Testing) float64 {
	return metric(t, "parley_certified_ranges_total", "")
}

// metric reads one of Parley's op-node counters (with kind, if not empty).
func metric(t helpers.Testing, name, kind string) float64 {
	reg := prometheus.NewRegistry()
	reg.MustRegister(opnode.Collectors()...)
	mfs, err := reg.Gather()
	require.NoError(t, err)
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			if kind == "" {
				return m.GetCounter().GetValue()
			}
			for _, l := range m.GetLabel() {
				if l.GetName() == "kind" && l.GetValue() == kind {
					return m.GetCounter().GetValue()
				}
			}
		}
	}
	return 0
}
