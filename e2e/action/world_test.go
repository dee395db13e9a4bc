package action

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	altda "github.com/ethereum-optimism/optimism/op-alt-da"
	batcherFlags "github.com/ethereum-optimism/optimism/op-batcher/flags"
	"github.com/ethereum-optimism/optimism/op-chain-ops/genesis"
	opparams "github.com/ethereum-optimism/optimism/op-core/params"
	"github.com/ethereum-optimism/optimism/op-e2e/actions/helpers"
	"github.com/ethereum-optimism/optimism/op-e2e/e2eutils"
	"github.com/ethereum-optimism/optimism/op-node/node/safedb"
	oprollup "github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-node/rollup/sync"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/sources"
	"github.com/ethereum-optimism/optimism/op-service/testlog"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/node/avs"
	"github.com/parley-xyz/parley/node/chainconfig"
	"github.com/parley-xyz/parley/node/eigenlayer"
	"github.com/parley-xyz/parley/node/opnode"
)

const (
	l1ChainID     = 900
	sourceChainID = 902 // the remote rollup whose message ranges the AVS certifies
	l1BlockTime   = 12
	l1GenesisTime = 1_800_000_000
	l2BlockTime   = 2
	// window is every destination's snapshot window: a certificate in L1 block O naming
	// a snapshot sealed in block S counts iff 1 <= O - S <= window.
	window = 16
	// set is Parley's one operator set in these tests.
	set = 0
	// submitterCount is how many accounts the inbox lets post (the flood needs more
	// than MaxCertsPerBlock / MaxCertsPerSubmitterPerBlock of them).
	submitterCount = derivation.MaxCertsPerBlock/derivation.MaxCertsPerSubmitterPerBlock + 1
	outsiderCount  = 3
)

// stakes are the operators' deposits in tokens, all allocated to the set, in the order
// they register: the last registrant is the smallest. Weights are 30/25/20/15/10% of
// 10,000 tokens: any four sign more than 2/3, operators 3 and 4 together do not.
var stakes = []int64{3000, 2500, 2000, 1500, 1000}

var (
	thresholds = []verifier.Threshold{{Quorum: set, BPS: 6667}}
	quorums    = []uint8{set}
	all        = []int{0, 1, 2, 3, 4}
)

// minWeight is the registrar's minimum weight for the set.
func minWeight() *big.Int { return tokens(500) }

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), avs.WAD) }

func keyOf(seed string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("parley action " + seed)))
	if err != nil {
		panic(err)
	}
	return k
}

func blsKeyOf(seed string) *bls.SecretKey {
	k, err := bls.SecretKeyFromBytes(crypto.Keccak256([]byte("parley action bls " + seed)))
	if err != nil {
		panic(err)
	}
	return k
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// world is one L1 (the action-test miner) with EigenLayer core v1.8.1 and Parley's AVS
// deployed through node/eigenlayer and node/avs, and the destination rollups that
// derive from it. Every L1 block is mined by world.mine, which lets each rollup follow:
// its sequencer builds to the L1 head, its batcher submits, and after the block its
// verifier (and the sequencer) derive and must agree. The EigenLayer harness mines
// through the same function (eigenlayer.NewChain's MineFunc), so operator
// registrations, snapshots and slashes are L1 blocks the rollups derive like any other.
type world struct {
	t       helpers.StatefulTesting
	ctx     context.Context
	log     log.Logger // the nodes' (errors only)
	hookLog log.Logger // Parley's hook (warnings: every skipped input)

	l1Genesis *core.Genesis
	miner     *helpers.L1Miner
	l1Signer  types.Signer
	core      *eigenlayer.Core
	avs       *avs.AVS

	owner      *eigenlayer.Account // EigenLayer's and the AVS's owner
	keeper     *eigenlayer.Account // publishes snapshots (anyone may)
	ops        []*avs.Operator     // stakes[i] each, in set 0
	outsiders  []*avs.Operator     // EigenLayer operators the registrar never admits
	submitters []*ecdsa.PrivateKey // on the inbox's allow-list
	intruder   *ecdsa.PrivateKey   // not on it (it publishes a snapshot: anyone may)
	nonces     map[common.Address]uint64

	// parley is the chain configuration's "parley" object every rollup of the world
	// shares (in its rollup.json and its genesis), made when the first rollup is
	// created with its genesis as the activation time, and with upgrades scheduled;
	// its hook is installed as derive.Parley.
	parley   *chainconfig.Parley
	upgrades []chainconfig.Upgrade
	// successor is a funded L1 account that is not an allowed submitter (until a test
	// rotates to it with the inbox's setSubmitter).
	successor *ecdsa.PrivateKey
	rollups   []*rollup

	// l2Alloc are accounts every rollup created from now on holds at genesis (L2
	// users; the L1 of these tests has no OptimismPortal to deposit through).
	l2Alloc types.GenesisAlloc
}

// newWorld deploys EigenLayer and Parley's AVS (set 0: minimum weight 500 tokens, at
// most 8 members; the submitters allowed) on a fresh L1. No operator has joined and no
// rollup exists yet.
func newWorld(gt *testing.T) *world {
	// helpers.NewDefaultTesting would mark the test parallel: derive.Parley is process-wide.
	t := helpers.SubTest(gt)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	gt.Cleanup(cancel)
	w := &world{
		t:        t,
		ctx:      ctx,
		log:      testlog.Logger(gt, log.LevelError),
		hookLog:  testlog.Logger(gt, log.LevelWarn).New("role", "parley"),
		owner:    eigenlayer.NewAccount(keyOf("owner")),
		keeper:   eigenlayer.NewAccount(keyOf("keeper")),
		intruder: keyOf("not an allowed submitter"),
		nonces:   map[common.Address]uint64{},
	}
	w.successor = keyOf("successor submitter")
	for i := range stakes {
		w.ops = append(w.ops, &avs.Operator{Account: eigenlayer.NewAccount(keyOf(fmt.Sprint("operator ", i))),
			Keys: map[uint32]*bls.SecretKey{set: blsKeyOf(fmt.Sprint("operator ", i))}})
	}
	for i := 0; i < outsiderCount; i++ {
		w.outsiders = append(w.outsiders, &avs.Operator{Account: eigenlayer.NewAccount(keyOf(fmt.Sprint("outsider ", i))),
			Keys: map[uint32]*bls.SecretKey{set: blsKeyOf(fmt.Sprint("outsider ", i))}})
	}
	for i := 0; i < submitterCount; i++ {
		w.submitters = append(w.submitters, keyOf(fmt.Sprint("certificate submitter ", i)))
	}

	// L1: Cancun from genesis, every account funded.
	l1Genesis, err := genesis.NewL1GenesisMinimal(&genesis.DevL1DeployConfigMinimal{
		DevL1DeployConfig: genesis.DevL1DeployConfig{L1BlockTime: l1BlockTime, L1GenesisBlockTimestamp: l1GenesisTime, L1GenesisBlockGasLimit: 60_000_000},
		L1ChainID:         eth.ChainIDFromUInt64(l1ChainID),
	})
	require.NoError(t, err)
	fund := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	l1Genesis.Alloc = types.GenesisAlloc{params.BeaconRootsAddress: {Code: params.BeaconRootsCode, Nonce: 1, Balance: new(big.Int)}}
	accounts := []common.Address{w.owner.Address, w.keeper.Address, addrOf(w.intruder), addrOf(w.successor)}
	for _, o := range append(append([]*avs.Operator{}, w.ops...), w.outsiders...) {
		accounts = append(accounts, o.Account.Address)
	}
	for _, k := range w.submitters {
		accounts = append(accounts, addrOf(k))
	}
	for i := 0; i < 4; i++ {
		accounts = append(accounts, addrOf(batcherKey(i)))
	}
	for _, a := range accounts {
		l1Genesis.Alloc[a] = types.Account{Balance: fund}
	}
	w.l1Genesis = l1Genesis
	w.l1Signer = types.LatestSigner(l1Genesis.Config)
	w.miner = helpers.NewL1Miner(t, w.log.New("role", "l1-miner"), l1Genesis)
	w.miner.ActL1SetFeeRecipient(common.Address{'A'})
	gt.Cleanup(func() { _ = w.miner.Close() })

	chain, err := eigenlayer.NewChain(ctx, w.miner.EthClient(), w.mineFunc)
	require.NoError(t, err)
	w.core, err = eigenlayer.Deploy(ctx, chain, w.owner, eigenlayer.DefaultParams())
	require.NoError(t, err)
	var subs []common.Address
	for _, k := range w.submitters {
		subs = append(subs, addrOf(k))
	}
	w.avs, err = avs.Deploy(ctx, w.core, w.owner, avs.Config{
		Sets:       []avs.SetConfig{{ID: set, MinWeight: minWeight(), MaxMembers: 8}},
		Submitters: subs,
	})
	require.NoError(t, err)
	gt.Cleanup(func() { derive.Parley = nil })
	return w
}

func batcherKey(i int) *ecdsa.PrivateKey { return keyOf(fmt.Sprint("batcher ", i)) }

// chainParley makes the world's "parley" object for a first rollup whose genesis (and
// Parley's activation) is at activation: the AVS's addresses, set 0 at 2/3, the window,
// and the upgrades scheduled in w.upgrades. Later rollups share it: their genesis is
// after its activation time, so Parley is active from their genesis on.
func (w *world) chainParley(activation uint64) {
	p := &chainconfig.Parley{
		ActivationTime: activation,
		L1ChainID:      l1ChainID,
		Settings: chainconfig.Settings{
			AVS:        w.avs.Addresses.Registrar,
			Publisher:  w.avs.Addresses.Publisher,
			CertInbox:  w.avs.Addresses.Inbox,
			Thresholds: thresholds,
			Window:     window,
		},
		Upgrades: w.upgrades,
	}
	require.NoError(w.t, p.Validate())
	w.parley = p
}

// installHook starts Parley as the patched op-node does (node/opnode's Start, minus
// the RPC round trip: the action tests' engines serve no parley_ namespace): the rollup
// configuration goes through rollup.json (written, then parsed by op-node's
// ParseRollupConfig), its "parley" object is loaded and checked field by field against
// op-geth's genesis config.parley, and for the world's first rollup the hook built from
// it is installed in the patched op-node (derive.Parley). derive.Parley is
// process-wide, so it is installed per test (tests here never run in parallel) and
// shared by every node of the test's rollups.
func (w *world) installHook(rollupCfg *oprollup.Config, gethCfg *params.ChainConfig) {
	t := w.t
	rollupJSON, err := json.Marshal(rollupCfg)
	require.NoError(t, err)
	var parsed oprollup.Config
	require.NoError(t, parsed.ParseRollupConfig(bytes.NewReader(rollupJSON)))
	p, err := opnode.Load(parsed.Parley)
	require.NoError(t, err)
	require.NotNil(t, p, "rollup.json has a \"parley\" object")
	gethParley, err := json.Marshal(gethCfg.Parley) // what parley_config answers
	require.NoError(t, err)
	require.NoError(t, opnode.Compare(p, gethParley), "op-node's and op-geth's Parley configurations agree")
	if len(w.rollups) > 0 {
		return // the first rollup's hook serves them all
	}
	require.Nil(t, derive.Parley, "another test's hook is installed: these tests must not run in parallel")
	hook, err := opnode.NewHook(p, opnode.Local{}, w.hookLog)
	require.NoError(t, err)
	derive.Parley = hook
}

// derive runs a separate instance of the hook (same configuration, no metrics) on an L1
// block, for the reasons it skips inputs. The first L2 block of the block's epoch is at
// the block's time (L2 blocks every 2 s from a genesis at an L1 block's time), so the
// settings in force are the same.
func (w *world) derive(b *types.Block) *derivation.Result {
	d, err := derivation.NewDeriver(opnode.DerivationConfig(w.parley, 0), w.hookLog.New("deriver", "standalone"), nil)
	require.NoError(w.t, err)
	l1 := avs.L1Receipts{Client: w.miner.EthClient()}
	info, receipts, err := l1.FetchReceipts(w.ctx, b.Hash())
	require.NoError(w.t, err)
	r, err := d.Derive(w.ctx, &derivation.Input{L1ChainID: l1ChainID, L1Info: info, Receipts: receipts, L1: l1, NextL2Time: b.Time()})
	require.NoError(w.t, err)
	return r
}

// rollup is a destination rollup running Parley: a sequencer and a verifier, each on
// its own engine (a default, non-archive op-geth), and a batcher.
type rollup struct {
	w    *world
	name string
	sd   *e2eutils.SetupData

	seqEngine *helpers.L2Engine
	seq       *helpers.L2Sequencer
	verEngine *helpers.L2Engine
	ver       *helpers.L2Verifier
	batcher   *helpers.L2Batcher
	batchKey  *ecdsa.PrivateKey

	// holdBatches keeps the batcher from submitting: the safe head stops while the
	// sequencer keeps building.
	holdBatches bool
}

// fullNode makes an engine a default full node, as geth runs without --gcmode=archive:
// the path state scheme keeping the state of the last 128 blocks only, and geth's
// default trie flush interval (smaller caches than geth's, which do not change what is
// kept). The action helpers' engines are archive nodes that flush every block.
func fullNode() helpers.EngineOption {
	return func(ethCfg *ethconfig.Config, _ *node.Config) error {
		ethCfg.NoPruning = false
		ethCfg.StateScheme = rawdb.PathScheme
		ethCfg.StateHistory = ethconfig.Defaults.StateHistory
		ethCfg.TrienodeHistory = ethconfig.Defaults.TrienodeHistory
		ethCfg.NodeFullValueCheckpoint = ethconfig.Defaults.NodeFullValueCheckpoint
		ethCfg.TrieTimeout = ethconfig.Defaults.TrieTimeout
		ethCfg.TrieCleanCache, ethCfg.TrieDirtyCache, ethCfg.SnapshotCache = 16, 64, 16
		return nil
	}
}

// newRollup creates a destination rollup whose genesis is the current L1 head, with the
// world's "parley" object (activation at the first rollup's genesis, so Parley is
// active from every rollup's genesis) in both its rollup configuration and its L2
// genesis' config.parley. Every OP Stack fork up to Isthmus is active from genesis.
func (w *world) newRollup(name string) *rollup {
	t := w.t
	idx := len(w.rollups)
	l2ChainID := uint64(901 + 2*idx) // 901, 903, ...: never the source chain 902
	l1Head := w.miner.L1Chain().CurrentBlock()
	bk := batcherKey(idx)

	dc := &genesis.DeployConfig{}
	dc.L2ChainID = l2ChainID
	dc.L2GenesisBlockGasLimit = 30_000_000
	dc.EIP1559Denominator, dc.EIP1559DenominatorCanyon, dc.EIP1559Elasticity = 50, 250, 6
	z := hexutil.Uint64(0)
	dc.L2GenesisRegolithTimeOffset, dc.L2GenesisCanyonTimeOffset, dc.L2GenesisDeltaTimeOffset = &z, &z, &z
	dc.L2GenesisEcotoneTimeOffset, dc.L2GenesisFjordTimeOffset, dc.L2GenesisGraniteTimeOffset = &z, &z, &z
	dc.L2GenesisHoloceneTimeOffset, dc.L2GenesisIsthmusTimeOffset = &z, &z
	l2Genesis, err := genesis.NewL2Genesis(dc, eth.BlockRefFromHeader(l1Head))
	require.NoError(t, err)
	gt0 := l2Genesis.Timestamp
	require.Equal(t, l1Head.Time, gt0)
	for addr, acc := range w.l2Alloc {
		l2Genesis.Alloc[addr] = acc
	}
	if w.parley == nil {
		w.chainParley(gt0)
	}
	require.LessOrEqual(t, w.parley.ActivationTime, gt0)
	chainParley, err := json.Marshal(w.parley) // the object in both rollup.json and genesis
	require.NoError(t, err)
	var gethParley params.ParleyConfig // as op-geth decodes its genesis' copy
	require.NoError(t, json.Unmarshal(chainParley, &gethParley))
	l2Genesis.Config.Parley = &gethParley

	inbox := common.BigToAddress(new(big.Int).SetUint64(0xff00_0000_0000 + l2ChainID))
	rollupCfg := &oprollup.Config{
		Genesis: oprollup.Genesis{
			L1:     eth.BlockID{Hash: l1Head.Hash(), Number: l1Head.Number.Uint64()},
			L2:     eth.BlockID{Hash: l2Genesis.ToBlock().Hash(), Number: 0},
			L2Time: gt0,
			SystemConfig: eth.SystemConfig{
				BatcherAddr: addrOf(bk),
				Scalar:      eth.EncodeScalar(eth.EcotoneScalars{BlobBaseFeeScalar: 1, BaseFeeScalar: 1}),
				GasLimit:    30_000_000,
			},
		},
		BlockTime:              l2BlockTime,
		MaxSequencerDrift:      40,
		SeqWindowSize:          120,
		ChannelTimeoutBedrock:  120,
		L1ChainID:              big.NewInt(l1ChainID),
		L2ChainID:              new(big.Int).SetUint64(l2ChainID),
		BatchInboxAddress:      inbox,
		DepositContractAddress: common.BigToAddress(new(big.Int).SetUint64(0xde00_0000_0000 + l2ChainID)),
		L1SystemConfigAddress:  common.BigToAddress(new(big.Int).SetUint64(0xc0_0000_0000 + l2ChainID)),
		RegolithTime:           &gt0,
		CanyonTime:             &gt0,
		DeltaTime:              &gt0,
		EcotoneTime:            &gt0,
		FjordTime:              &gt0,
		GraniteTime:            &gt0,
		HoloceneTime:           &gt0,
		IsthmusTime:            &gt0,
		ChainOpConfig:          &opparams.OptimismConfig{EIP1559Elasticity: 6, EIP1559Denominator: 50, EIP1559DenominatorCanyon: &[]uint64{250}[0]},
		Parley:                 chainParley,
	}
	require.NoError(t, rollupCfg.Check())
	w.installHook(rollupCfg, l2Genesis.Config)
	r := &rollup{w: w, name: name, batchKey: bk,
		sd: &e2eutils.SetupData{L1Cfg: w.l1Genesis, L2Cfg: l2Genesis, RollupCfg: rollupCfg, ChainSpec: oprollup.NewChainSpec(rollupCfg)}}
	r.seqEngine, r.seq = r.newSequencer(r.newEngine("sequencer"))
	r.seq.ActL2PipelineFull(t)
	r.verEngine = r.newEngine("verifier")
	r.ver = r.newVerifier(r.verEngine, "verifier")
	r.ver.ActL2PipelineFull(t)
	r.batcher = r.newBatcher()
	w.rollups = append(w.rollups, r)
	return r
}

func (r *rollup) logger(role string) log.Logger { return r.w.log.New("rollup", r.name, "role", role) }

// newEngine starts an engine on the rollup's genesis: a default full node.
func (r *rollup) newEngine(role string) *helpers.L2Engine {
	return helpers.NewL2Engine(r.w.t, r.logger(role+"-engine"), r.sd.L2Cfg, e2eutils.WriteDefaultJWT(r.w.t), fullNode())
}

// newSequencer starts a sequencer (an op-node driver) over an engine.
func (r *rollup) newSequencer(eng *helpers.L2Engine) (*helpers.L2Engine, *helpers.L2Sequencer) {
	t, cfg, lg := r.w.t, r.sd.RollupCfg, r.logger("sequencer")
	l1, err := sources.NewL1Client(r.w.miner.RPCClient(), lg, nil, sources.L1ClientDefaultConfig(cfg, false, sources.RPCKindStandard))
	require.NoError(t, err)
	engCl, err := sources.NewEngineClient(eng.RPCClient(), lg, nil, sources.EngineClientDefaultConfig(cfg))
	require.NoError(t, err)
	return eng, helpers.NewL2Sequencer(t, lg, l1, r.w.miner.BlobStore(), altda.Disabled, engCl, cfg, r.sd.L1Cfg.Config, nil, 0)
}

// newVerifier starts a verifier (an op-node driver) over an engine.
func (r *rollup) newVerifier(eng *helpers.L2Engine, role string) *helpers.L2Verifier {
	t, cfg := r.w.t, r.sd.RollupCfg
	return helpers.NewL2Verifier(t, r.logger(role), r.w.miner.L1Client(t, cfg), r.w.miner.BlobStore(), altda.Disabled,
		eng.EngineClient(t, cfg), cfg, r.sd.L1Cfg.Config, nil, &sync.Config{}, safedb.Disabled)
}

// newBatcher returns a batcher reading the sequencer's chain.
func (r *rollup) newBatcher() *helpers.L2Batcher {
	return helpers.NewL2Batcher(r.logger("batcher"), r.sd.RollupCfg, &helpers.BatcherCfg{
		MaxL1TxSize:          128_000,
		BatcherKey:           r.batchKey,
		DataAvailabilityType: batcherFlags.CalldataType,
	}, r.seq.RollupClient(), r.w.miner.EthClient(), r.seqEngine.EthClient(), r.seqEngine.EngineClient(r.w.t, r.sd.RollupCfg))
}

// submit has the batcher send every unsafe block not yet submitted to the L1 pool and
// returns how many transactions it sent.
func (r *rollup) submit() int {
	t, b := r.w.t, r.batcher
	b.ActBufferAll(t)
	if b.L2ChannelOut == nil {
		return 0
	}
	b.ActL2ChannelClose(t)
	n := 0
	for b.L2ChannelOut != nil {
		b.ActL2BatchSubmit(t)
		n++
	}
	return n
}

// derive lets the verifier and the sequencer derive from the L1 head.
func (r *rollup) derive() {
	t := r.w.t
	r.ver.ActL1HeadSignal(t)
	r.ver.ActL2PipelineFull(t)
	r.seq.ActL1HeadSignal(t)
	r.seq.ActL2PipelineFull(t)
}

// mine mines one L1 block holding txs (in order, after the batchers' transactions) and
// lets every rollup follow it: before the block, each sequencer builds to the L1 head and
// each batcher submits; after it, each verifier derives, and must derive exactly the
// sequencer's chain (unless its batches are held back). It returns the block and the
// receipts of txs.
func (w *world) mine(txs ...*types.Transaction) (*types.Block, []*types.Receipt) {
	t := w.t
	heads := make([]eth.L2BlockRef, len(w.rollups))
	batches := make([]int, len(w.rollups))
	for i, r := range w.rollups {
		r.seq.ActL1HeadSignal(t)
		heads[i] = r.seq.ActBuildToL1Head(t)
		if !r.holdBatches {
			batches[i] = r.submit()
		}
	}
	w.miner.ActL1StartBlock(l1BlockTime)(t)
	for i, r := range w.rollups {
		for j := 0; j < batches[i]; j++ {
			w.miner.ActL1IncludeTx(addrOf(r.batchKey))(t)
		}
	}
	receipts := make([]*types.Receipt, len(txs))
	for i, tx := range txs {
		receipts[i] = w.miner.IncludeTx(t, tx)
	}
	b := w.miner.ActL1EndBlock(t)
	for i, r := range w.rollups {
		r.derive()
		if r.holdBatches {
			continue
		}
		require.Equal(t, heads[i], r.ver.L2Safe(), "%s: the verifier derives the sequencer's chain from L1 block %d", r.name, b.NumberU64())
		require.Equal(t, heads[i], r.seq.L2Safe(), "%s: the sequencer's chain becomes safe", r.name)
	}
	return b, receipts
}

// mineOK mines txs, all of which must succeed.
func (w *world) mineOK(txs ...*types.Transaction) *types.Block {
	b, receipts := w.mine(txs...)
	for i, r := range receipts {
		require.Equal(w.t, types.ReceiptStatusSuccessful, r.Status, "L1 tx %d (%s to %v) failed", i, txs[i].Hash(), txs[i].To())
	}
	return b
}

// mineFunc is the EigenLayer harness's MineFunc: it mines the harness's pending
// transactions in one block through mine. The harness may offer a transaction again
// while the pool still lists it after inclusion; those are left out.
func (w *world) mineFunc(_ context.Context, pending []*types.Transaction) error {
	state, err := w.miner.L1Chain().State()
	if err != nil {
		return err
	}
	var txs []*types.Transaction
	for _, tx := range pending {
		from, err := types.Sender(w.l1Signer, tx)
		if err != nil {
			return err
		}
		if tx.Nonce() >= state.GetNonce(from) {
			txs = append(txs, tx)
		}
	}
	if len(pending) > 0 && len(txs) == 0 {
		return nil
	}
	w.mine(txs...)
	return nil
}

// l1Tx signs an L1 transaction with the sender's next nonce (for accounts the
// EigenLayer harness does not use).
func (w *world) l1Tx(k *ecdsa.PrivateKey, to common.Address, data []byte, gas uint64) *types.Transaction {
	from := addrOf(k)
	tx := types.MustSignNewTx(k, w.l1Signer, &types.DynamicFeeTx{
		ChainID: big.NewInt(l1ChainID), Nonce: w.nonces[from], To: &to, Data: data, Gas: gas,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
	})
	w.nonces[from]++
	return tx
}

// join takes operator i through EigenLayer's steps into the set (avs.Join): register as
// an operator, deposit stakes[i] tokens, allocate all of it to the set, register its
// BN254 key in the KeyRegistrar and register for the set through AllocationManager,
// which asks Parley's registrar. Each step is an L1 block the rollups follow.
func (w *world) join(i int) {
	_, err := w.avs.Join(w.ctx, w.ops[i], tokens(stakes[i]), eigenlayer.WAD, set)
	require.NoError(w.t, err, "operator %d joins", i)
}

// joinAll has every operator join, in order.
func (w *world) joinAll() {
	for i := range w.ops {
		w.join(i)
	}
}

// publish has the keeper publish a snapshot of the set as it is now (in pages of
// pageSize members, one L1 block each, then the seal; 0: one transaction), then mines
// one more block: certificates against it can be posted from there on.
func (w *world) publish(pageSize int) avs.Published {
	p, err := w.avs.Publish(w.ctx, w.keeper, pageSize)
	require.NoError(w.t, err)
	w.mine()
	return p
}

// table reads a published snapshot back from L1 with the hook's own resolver.
func (w *world) table(p avs.Published) *optable.Table {
	tab, err := w.avs.Table(w.ctx, w.miner.EthClient(), p.Ref())
	require.NoError(w.t, err)
	require.Equal(w.t, p.Snapshot, tab.Snapshot())
	return tab
}

// head returns the L1 head block.
func (w *world) head() *types.Block {
	return w.miner.L1Chain().GetBlockByHash(w.miner.L1Chain().CurrentBlock().Hash())
}

// mineUntil mines empty blocks until the next block is number n.
func (w *world) mineUntil(n uint64) {
	for w.head().NumberU64()+1 < n {
		w.mine()
	}
}
