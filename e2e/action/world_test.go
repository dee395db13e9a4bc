package action

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	batcherFlags "github.com/ethereum-optimism/optimism/op-batcher/flags"
	"github.com/ethereum-optimism/optimism/op-chain-ops/genesis"
	opparams "github.com/ethereum-optimism/optimism/op-core/params"
	"github.com/ethereum-optimism/optimism/op-e2e/actions/helpers"
	"github.com/ethereum-optimism/optimism/op-e2e/e2eutils"
	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-node/rollup/sync"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/testlog"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/message"
	"github.com/parley-xyz/parley/interop/msgtree"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/node/opnode"
	"github.com/parley-xyz/parley/precompile"
	"github.com/parley-xyz/parley/precompile/bindings"
)

const (
	l1ChainID     = 900
	l2ChainID     = 901
	sourceChainID = 902 // the remote rollup whose message ranges the AVS certifies
	l1BlockTime   = 12
	tableWindow   = 4
	operatorCount = 5
	operatorStake = 100 // per operator in quorum 0: 4 of 5 signers meet 66.67%, 3 do not
)

var (
	batchInbox     = common.HexToAddress("0xff00000000000000000000000000000000000901")
	depositAddr    = common.HexToAddress("0x00000000000000000000000000000000dep05170")
	sysConfigAddr  = common.HexToAddress("0x00000000000000000000000000000000c0f16000")
	registryABI    = mustABI(bindings.ParleyRegistryMetaData.GetAbi())
	certInboxABI   = mustABI(bindings.ParleyCertificateInboxMetaData.GetAbi())
	quorumZeroOnly = []uint8{0}
)

func mustABI(a *abi.ABI, err error) *abi.ABI {
	if err != nil {
		panic(err)
	}
	return a
}

func keyOf(seed string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("parley action " + seed)))
	if err != nil {
		panic(err)
	}
	return k
}

// operator is an AVS operator: an L1 account and a BN254 key.
type operator struct {
	key *ecdsa.PrivateKey
	bls *bls.SecretKey
}

func (o *operator) addr() common.Address   { return crypto.PubkeyToAddress(o.key.PublicKey) }
func (o *operator) id() optable.OperatorID { return optable.IDOf(o.bls.PublicKeyG1()) }

// hookActivation is the L2 genesis time of every world (its L1 genesis time).
const hookActivation = 1_800_000_000

// The registry owner's first two transactions deploy the registry and the certificate
// inbox.
var (
	registryAddress = crypto.CreateAddress(addrOf(keyOf("registry owner")), 0)
	certInbox       = crypto.CreateAddress(addrOf(keyOf("registry owner")), 1)
)

// TestMain installs Parley's hook in the patched op-node, as the Parley flags would:
// derive.Parley is a process-wide hook shared by every node of every (parallel) test
// here, so all worlds use the same configuration (the same keys, registry address and
// genesis time) and the hook is never uninstalled while a test runs.
func TestMain(m *testing.M) {
	cfg := &opnode.Config{
		ActivationTime:   hookActivation,
		Registry:         registryAddress,
		CertInbox:        certInbox,
		Submitters:       []common.Address{addrOf(keyOf("certificate submitter"))},
		MaxCertsPerBlock: opnode.DefaultMaxCertsPerBlock,
		Thresholds:       []verifier.Threshold{{Quorum: 0, BPS: 6667}},
		Window:           tableWindow,
	}
	if err := cfg.Validate(); err != nil {
		panic(err)
	}
	derive.Parley = cfg.Hook(log.Root().New("role", "parley"))
	os.Exit(m.Run())
}

// world is an L1 with the Parley registry and a destination rollup running Parley:
// a sequencer and a verifier, each on its own engine, and a batcher.
type world struct {
	t   helpers.StatefulTesting
	log log.Logger
	sd  *e2eutils.SetupData

	miner     *helpers.L1Miner
	seqEngine *helpers.L2Engine
	seq       *helpers.L2Sequencer
	verEngine *helpers.L2Engine
	ver       *helpers.L2Verifier
	batcher   *helpers.L2Batcher

	owner, submitter, intruder, batcherKey *ecdsa.PrivateKey
	operators                              []*operator
	registry                               common.Address
	avs                                    attestation.AVS
	l1Signer                               types.Signer
	nonces                                 map[common.Address]uint64
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// newWorld builds the genesis states and the actors, and installs Parley's hook in the
// patched op-node (derive.Parley) for the duration of the test.
func newWorld(gt *testing.T) *world {
	t := helpers.NewDefaultTesting(gt)
	w := &world{
		t:          t,
		log:        testlog.Logger(gt, log.LevelInfo),
		owner:      keyOf("registry owner"),
		submitter:  keyOf("certificate submitter"),
		intruder:   keyOf("not an allowed submitter"),
		batcherKey: keyOf("batcher"),
		nonces:     map[common.Address]uint64{},
	}
	for i := 0; i < operatorCount; i++ {
		k, err := bls.SecretKeyFromBytes(crypto.Keccak256([]byte(fmt.Sprintf("parley action bls %d", i))))
		require.NoError(t, err)
		w.operators = append(w.operators, &operator{key: keyOf(fmt.Sprintf("operator %d", i)), bls: k})
	}
	w.registry = registryAddress
	w.avs = attestation.AVS{L1ChainID: l1ChainID, Registry: w.registry}

	// L1: Cancun from genesis, funded accounts.
	l1Genesis, err := genesis.NewL1GenesisMinimal(&genesis.DevL1DeployConfigMinimal{
		DevL1DeployConfig: genesis.DevL1DeployConfig{L1BlockTime: l1BlockTime, L1GenesisBlockTimestamp: hookActivation, L1GenesisBlockGasLimit: 60_000_000},
		L1ChainID:         eth.ChainIDFromUInt64(l1ChainID),
	})
	require.NoError(t, err)
	fund := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	l1Genesis.Alloc = types.GenesisAlloc{params.BeaconRootsAddress: {Code: params.BeaconRootsCode, Nonce: 1, Balance: new(big.Int)}}
	for _, k := range []*ecdsa.PrivateKey{w.owner, w.submitter, w.intruder, w.batcherKey} {
		l1Genesis.Alloc[addrOf(k)] = types.Account{Balance: fund}
	}
	for _, o := range w.operators {
		l1Genesis.Alloc[o.addr()] = types.Account{Balance: fund}
	}
	l1Block := l1Genesis.ToBlock()
	w.l1Signer = types.LatestSigner(l1Genesis.Config)

	// L2: every OP Stack fork up to Isthmus from genesis, Parley's inbox from genesis.
	dc := &genesis.DeployConfig{}
	dc.L2ChainID = l2ChainID
	dc.L2GenesisBlockGasLimit = 30_000_000
	dc.EIP1559Denominator, dc.EIP1559DenominatorCanyon, dc.EIP1559Elasticity = 50, 250, 6
	z := hexutil.Uint64(0)
	dc.L2GenesisRegolithTimeOffset, dc.L2GenesisCanyonTimeOffset, dc.L2GenesisDeltaTimeOffset = &z, &z, &z
	dc.L2GenesisEcotoneTimeOffset, dc.L2GenesisFjordTimeOffset, dc.L2GenesisGraniteTimeOffset = &z, &z, &z
	dc.L2GenesisHoloceneTimeOffset, dc.L2GenesisIsthmusTimeOffset = &z, &z
	l2Genesis, err := genesis.NewL2Genesis(dc, eth.BlockRefFromHeader(l1Block.Header()))
	require.NoError(t, err)
	l2Genesis.Config.Parley = &params.ParleyConfig{ActivationTime: l2Genesis.Timestamp, L1ChainID: l1ChainID, Registry: w.registry, Window: tableWindow}

	gt0 := l2Genesis.Timestamp
	rollupCfg := &rollup.Config{
		Genesis: rollup.Genesis{
			L1:     eth.BlockID{Hash: l1Block.Hash(), Number: 0},
			L2:     eth.BlockID{Hash: l2Genesis.ToBlock().Hash(), Number: 0},
			L2Time: gt0,
			SystemConfig: eth.SystemConfig{
				BatcherAddr: addrOf(w.batcherKey),
				Scalar:      eth.EncodeScalar(eth.EcotoneScalars{BlobBaseFeeScalar: 1, BaseFeeScalar: 1}),
				GasLimit:    30_000_000,
			},
		},
		BlockTime:              2,
		MaxSequencerDrift:      40,
		SeqWindowSize:          120,
		ChannelTimeoutBedrock:  120,
		L1ChainID:              big.NewInt(l1ChainID),
		L2ChainID:              big.NewInt(l2ChainID),
		BatchInboxAddress:      batchInbox,
		DepositContractAddress: depositAddr,
		L1SystemConfigAddress:  sysConfigAddr,
		RegolithTime:           &gt0,
		CanyonTime:             &gt0,
		DeltaTime:              &gt0,
		EcotoneTime:            &gt0,
		FjordTime:              &gt0,
		GraniteTime:            &gt0,
		HoloceneTime:           &gt0,
		IsthmusTime:            &gt0,
		ChainOpConfig:          &opparams.OptimismConfig{EIP1559Elasticity: 6, EIP1559Denominator: 50, EIP1559DenominatorCanyon: &[]uint64{250}[0]},
	}
	require.NoError(t, rollupCfg.Check())
	w.sd = &e2eutils.SetupData{L1Cfg: l1Genesis, L2Cfg: l2Genesis, RollupCfg: rollupCfg, ChainSpec: rollup.NewChainSpec(rollupCfg)}

	require.Equal(t, uint64(hookActivation), gt0, "the installed hook's activation is the L2 genesis")
	require.NotNil(t, derive.Parley, "TestMain installs Parley's hook")

	w.miner, w.seqEngine, w.seq = helpers.SetupSequencerTest(t, w.sd, w.log)
	w.miner.ActL1SetFeeRecipient(common.Address{'A'})
	w.seq.ActL2PipelineFull(t)
	w.verEngine, w.ver = helpers.SetupVerifier(t, w.sd, w.log, w.miner.L1Client(t, w.sd.RollupCfg), w.miner.BlobStore(), &sync.Config{})
	w.batcher = helpers.NewL2Batcher(w.log, w.sd.RollupCfg, &helpers.BatcherCfg{
		MaxL1TxSize:          128_000,
		BatcherKey:           w.batcherKey,
		DataAvailabilityType: batcherFlags.CalldataType,
	}, w.seq.RollupClient(), w.miner.EthClient(), w.seqEngine.EthClient(), w.seqEngine.EngineClient(t, w.sd.RollupCfg))
	return w
}

// l1Tx signs an L1 transaction with the sender's next nonce.
func (w *world) l1Tx(k *ecdsa.PrivateKey, to *common.Address, data []byte, gas uint64) *types.Transaction {
	from := addrOf(k)
	tx := types.MustSignNewTx(k, w.l1Signer, &types.DynamicFeeTx{
		ChainID: big.NewInt(l1ChainID), Nonce: w.nonces[from], To: to, Data: data, Gas: gas,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
	})
	w.nonces[from]++
	return tx
}

// registryTx calls the registry.
func (w *world) registryTx(k *ecdsa.PrivateKey, gas uint64, method string, args ...any) *types.Transaction {
	data, err := registryABI.Pack(method, args...)
	require.NoError(w.t, err)
	return w.l1Tx(k, &w.registry, data, gas)
}

func words(b []byte) []*big.Int {
	out := make([]*big.Int, len(b)/32)
	for i := range out {
		out[i] = new(big.Int).SetBytes(b[32*i : 32*i+32])
	}
	return out
}

// deployRegistry returns the owner's registry deployment.
func (w *world) deployRegistry() *types.Transaction {
	ctor, err := registryABI.Pack("", addrOf(w.owner))
	require.NoError(w.t, err)
	code := append(common.FromHex(bindings.ParleyRegistryMetaData.Bin), ctor...)
	tx := w.l1Tx(w.owner, nil, code, 5_000_000)
	return tx
}

// deployCertInbox returns the owner's certificate-inbox deployment (after the
// registry's).
func (w *world) deployCertInbox() *types.Transaction {
	return w.l1Tx(w.owner, nil, common.FromHex(bindings.ParleyCertificateInboxMetaData.Bin), 1_000_000)
}

// register returns o's registration (with its proof of possession) and quorum-0 join.
func (w *world) register(o *operator) []*types.Transaction {
	pop, err := o.bls.ProvePossession(l1ChainID, w.registry, o.addr())
	require.NoError(w.t, err)
	g1, g2, p := o.bls.PublicKeyG1().Bytes(), o.bls.PublicKeyG2().Bytes(), pop.Bytes()
	w1, w2, wp := words(g1[:]), words(g2[:]), words(p[:])
	return []*types.Transaction{
		w.registryTx(o.key, 1_000_000, "registerOperator",
			[2]*big.Int{w1[0], w1[1]}, [4]*big.Int{w2[0], w2[1], w2[2], w2[3]}, [2]*big.Int{wp[0], wp[1]}),
		w.registryTx(o.key, 400_000, "joinQuorums", []byte{0}),
	}
}

// setStake returns the owner's stake update for o in quorum 0.
func (w *world) setStake(o *operator, stake int64) *types.Transaction {
	return w.registryTx(w.owner, 300_000, "setStake", o.id(), uint8(0), big.NewInt(stake))
}

// postCert returns a certificate submission: ParleyCertificateInbox.post(data).
func (w *world) postCert(from *ecdsa.PrivateKey, data []byte) *types.Transaction {
	call, err := certInboxABI.Pack("post", data)
	require.NoError(w.t, err)
	to := certInbox
	return w.l1Tx(from, &to, call, 1_000_000)
}

// mineL1 mines one L1 block with the batcher's pending transactions (if batch) and
// txs, all of which must succeed.
func (w *world) mineL1(batch bool, txs ...*types.Transaction) *types.Block {
	t := w.t
	w.miner.ActL1StartBlock(l1BlockTime)(t)
	if batch {
		w.miner.ActL1IncludeTx(addrOf(w.batcherKey))(t)
	}
	for _, tx := range txs {
		r := w.miner.IncludeTx(t, tx)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "L1 tx %s to %v failed", tx.Hash(), tx.To())
	}
	return w.miner.ActL1EndBlock(t)
}

// epoch advances the rollup by one L1 block: the sequencer builds L2 blocks up to the
// L1 head (deriving Parley's deposits for new origins), the batcher posts them in a new
// L1 block that also carries txs, and the verifier derives them from L1. The verifier's
// safe head must then be the sequencer's block it was given.
func (w *world) epoch(txs ...*types.Transaction) *types.Block {
	t := w.t
	w.seq.ActL1HeadSignal(t)
	head := w.seq.ActBuildToL1Head(t)
	w.batcher.ActSubmitAll(t)
	b := w.mineL1(true, txs...)
	w.ver.ActL1HeadSignal(t)
	w.ver.ActL2PipelineFull(t)
	w.seq.ActL1HeadSignal(t)
	w.seq.ActL2PipelineFull(t)
	require.Equal(t, head, w.ver.L2Safe(), "the verifier derives the sequencer's chain from L1")
	require.Equal(t, head, w.seq.L2Safe(), "the sequencer's own chain becomes safe")
	return b
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

// table reads the operator table the inbox holds at an L2 block, as an aggregator
// would before collecting signatures.
func (w *world) table(cl *ethclient.Client, at common.Hash) *optable.Table {
	view := w.inboxAt(cl, at)
	v, err := view.inbox.OperatorTableVersion(view.opts)
	require.NoError(w.t, err)
	snap, err := view.inbox.OperatorTable(view.opts, v)
	require.NoError(w.t, err)
	tab, err := optable.DecodeSnapshot(w.avs, snap)
	require.NoError(w.t, err)
	require.Equal(w.t, v, tab.Version())
	return tab
}

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

// attestation is the range's attestation against a table version.
func (w *world) attestation(r *srcRange, version uint64) attestation.Attestation {
	return attestation.Attestation{AVS: w.avs, SourceChainID: sourceChainID, FromBlock: r.from, ToBlock: r.to,
		LastBlockHash: r.lastHash, MessageRoot: r.tree.Root(), TableVersion: version}
}

// certify has the operators in signers sign a and aggregates their signatures.
func (w *world) certify(tab *optable.Table, a attestation.Attestation, signers ...int) *certificate.Certificate {
	sigs := map[optable.OperatorID]bls.G1Point{}
	for _, i := range signers {
		sig, err := w.operators[i].bls.Sign(a.Digest())
		require.NoError(w.t, err)
		sigs[w.operators[i].id()] = sig
	}
	c, err := certificate.Aggregate(tab, a, quorumZeroOnly, sigs)
	require.NoError(w.t, err)
	return c
}

// inboxView reads the inbox at an L2 block.
type inboxView struct {
	t     helpers.Testing
	inbox *bindings.IParleyInboxCaller
	opts  *bind.CallOpts
}

func (w *world) inboxAt(cl *ethclient.Client, at common.Hash) *inboxView {
	inbox, err := bindings.NewIParleyInboxCaller(precompile.Address, cl)
	require.NoError(w.t, err)
	return &inboxView{t: w.t, inbox: inbox, opts: &bind.CallOpts{Context: w.t.Ctx(), BlockHash: at}}
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

// certified asserts that exactly r is certified (its blocks all map to it).
func (v *inboxView) certified(r *srcRange) {
	for _, b := range []uint64{r.from, r.to} {
		from, to, last, root := v.rangeAt(b)
		require.Equal(v.t, [4]any{r.from, r.to, r.lastHash, r.tree.Root()}, [4]any{from, to, last, root}, "certified range at source block %d", b)
	}
}

// valid reports whether the inbox accepts message i of r with its proof.
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

// parleyDeposits counts, in an engine's blocks 1..n, the deposits to the inbox by
// method (recordRange, applyOperatorUpdates).
func parleyDeposits(t helpers.Testing, cl *ethclient.Client, n uint64) map[string]int {
	out := map[string]int{}
	for i := uint64(1); i <= n; i++ {
		b, err := cl.BlockByNumber(t.Ctx(), new(big.Int).SetUint64(i))
		require.NoError(t, err)
		for _, tx := range b.Transactions() {
			if tx.Type() != types.DepositTxType || tx.To() == nil || *tx.To() != precompile.Address {
				continue
			}
			m, err := precompile.ABI.MethodById(tx.Data())
			require.NoError(t, err)
			out[m.Name]++
		}
	}
	return out
}
