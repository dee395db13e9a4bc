package derivation_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"

	optypes "github.com/ethereum-optimism/optimism/op-core/types"
	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/sources"

	. "github.com/parley-xyz/parley/derivation"
)

// This file reproduces, with op-node v1.19.6's own published code, what op-node does
// once per epoch for the L1 origin of the epoch's first L2 block, so that the hook's
// cost can be compared with it (BenchmarkHookBaseline, BenchmarkHookNoParleyData).
//
// The L1 node is an in-memory JSON-RPC backend (memRPC) that hands out prebuilt,
// already-decoded RPC objects: no JSON is encoded or decoded, and no network is
// involved, so everything measured is op-node's own CPU work. op-node's real L1 client
// (sources.L1Client, not trusting the RPC) sits on top of it and does what it does in
// production: it verifies each fetched block (header hash, transactions root,
// withdrawals root), validates the receipts (per-receipt and per-log metadata, then
// types.DeriveSha against the header's receipts root), caches per block hash, and
// decodes the block's transactions on every InfoAndTxsByHash call.

// epochBlocks is how many distinct L1 blocks the benchmarks cycle through; the L1
// client caches fewer (epochCache), so each epoch's first fetch misses every cache, as
// a new L1 origin does in production, and later fetches of the epoch hit.
const (
	epochBlocks = 4
	epochCache  = 2
)

var (
	epochDepositContract = common.HexToAddress("0xde90")
	epochSystemConfig    = common.HexToAddress("0x5c0f")
	epochBatchInbox      = common.HexToAddress("0xff00000000000000000000000000000000000901")
	epochBatcher         = common.HexToAddress("0xba7c")
)

// l1Block is one L1 block as the in-memory node serves it.
type l1Block struct {
	block    *sources.RPCBlock
	header   *types.Header
	receipts optypes.Receipts
	parent   eth.L1BlockRef // the block before it
}

// memRPC is an in-memory L1 JSON-RPC backend (client.RPC) answering the calls op-node's
// L1 client makes for these benchmarks with prebuilt objects.
type memRPC struct {
	byHash   map[common.Hash]*l1Block
	byNumber map[string]*l1Block // by hexutil-encoded number
	calls    int
}

func (m *memRPC) Close() {}

func (m *memRPC) CallContext(_ context.Context, result any, method string, args ...any) error {
	m.calls++
	var b *l1Block
	switch method {
	case "eth_getBlockByHash", "eth_getBlockReceipts":
		h, ok := args[0].(common.Hash)
		if !ok {
			return fmt.Errorf("memRPC: %s: bad argument %v", method, args[0])
		}
		b = m.byHash[h]
	case "eth_getBlockByNumber":
		n, ok := args[0].(string)
		if !ok {
			return fmt.Errorf("memRPC: %s: bad argument %v", method, args[0])
		}
		b = m.byNumber[n]
	default:
		return fmt.Errorf("memRPC: method %s not served", method)
	}
	if b == nil {
		return ethereum.NotFound
	}
	switch out := result.(type) {
	case **sources.RPCBlock:
		*out = b.block
	case **sources.RPCHeader:
		h := b.block.RPCHeader
		*out = &h
	case *optypes.Receipts:
		*out = b.receipts
	default:
		return fmt.Errorf("memRPC: %s: unexpected result type %T", method, result)
	}
	return nil
}

func (m *memRPC) BatchCallContext(context.Context, []rpc.BatchElem) error {
	return errors.New("memRPC: batch calls not served")
}

func (m *memRPC) Subscribe(context.Context, string, any, ...any) (ethereum.Subscription, error) {
	return nil, errors.New("memRPC: subscriptions not served")
}

// memL2 serves the L2 parent's system config.
type memL2 struct{ cfg eth.SystemConfig }

func (m *memL2) SystemConfigByL2Hash(context.Context, common.Hash) (eth.SystemConfig, error) {
	return m.cfg, nil
}

// noBlobs is the beacon client: these blocks carry no blobs for the batch inbox.
type noBlobs struct{}

func (noBlobs) GetBlobsByHash(context.Context, uint64, []common.Hash) ([]*eth.Blob, error) {
	return nil, errors.New("noBlobs: no blobs expected")
}

// epochFixture is an op-node (rollup config, L1 client, pipeline stages) over blocks.
type epochFixture struct {
	cfg       *rollup.Config
	l1Chain   *params.ChainConfig
	sysCfg    eth.SystemConfig
	blocks    []*l1Block
	rpc       *memRPC
	l1        *sources.L1Client
	traversal *derive.L1Traversal
	data      *derive.DataSourceFactory
	attrs     *derive.FetchingAttributesBuilder
}

// newEpochFixture builds epochBlocks L1 blocks, each with the given transactions and,
// per transaction, a successful receipt with the given logs.
func newEpochFixture(t testing.TB, txs types.Transactions, logs func(i int) []*types.Log) *epochFixture {
	zero := uint64(0)
	cfg := &rollup.Config{
		BlockTime: 2, SeqWindowSize: 3600, MaxSequencerDrift: 600, ChannelTimeoutBedrock: 300,
		L1ChainID: big.NewInt(900), L2ChainID: big.NewInt(901),
		RegolithTime: &zero, CanyonTime: &zero, DeltaTime: &zero, EcotoneTime: &zero, FjordTime: &zero,
		GraniteTime: &zero, HoloceneTime: &zero, IsthmusTime: &zero, JovianTime: &zero,
		BatchInboxAddress: epochBatchInbox, DepositContractAddress: epochDepositContract, L1SystemConfigAddress: epochSystemConfig,
	}
	f := &epochFixture{
		cfg:     cfg,
		l1Chain: params.MainnetChainConfig,
		sysCfg: eth.SystemConfig{BatcherAddr: epochBatcher, GasLimit: 30_000_000,
			Scalar: eth.EncodeScalar(eth.EcotoneScalars{BlobBaseFeeScalar: 810949, BaseFeeScalar: 1368})},
	}
	rawTxs := make(sources.RawTransactions, len(txs))
	for i, tx := range txs {
		b, err := tx.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		rawTxs[i] = b
	}
	rpcBackend := &memRPC{byHash: map[common.Hash]*l1Block{}, byNumber: map[string]*l1Block{}}
	// The blocks form a chain: block k's parent is block k-1; block 0's is made up.
	parent := eth.L1BlockRef{Hash: common.Hash{0x9a}, Number: 19_999_999, Time: 1_760_000_000}
	for k := 0; k < epochBlocks; k++ {
		number := parent.Number + 1
		// Receipts: consensus fields first (the root does not depend on the block hash).
		receipts := make(optypes.Receipts, len(txs))
		var cumulative uint64
		for i, tx := range txs {
			cumulative += 30_000
			r := &optypes.Receipt{Receipt: types.Receipt{Type: tx.Type(), Status: types.ReceiptStatusSuccessful,
				CumulativeGasUsed: cumulative, GasUsed: 30_000, TxHash: tx.Hash(), TransactionIndex: uint(i),
				BlockNumber: new(big.Int).SetUint64(number)}}
			for _, lg := range logs(i) {
				c := *lg
				r.Logs = append(r.Logs, &c)
			}
			r.Bloom = types.CreateBloom(&r.Receipt)
			receipts[i] = r
		}
		excess, blobGas := uint64(0), uint64(0)
		header := &types.Header{
			ParentHash: parent.Hash, UncleHash: types.EmptyUncleHash, Coinbase: common.Address{0xc0},
			Root: common.Hash{0x57, byte(k)}, TxHash: types.DeriveSha(rawTxs, trie.NewStackTrie(nil)),
			ReceiptHash: types.DeriveSha(receipts, trie.NewStackTrie(nil)), Difficulty: new(big.Int),
			Number: new(big.Int).SetUint64(number), GasLimit: 36_000_000, GasUsed: cumulative, Time: parent.Time + 12,
			BaseFee: big.NewInt(1_000_000_000), WithdrawalsHash: &types.EmptyWithdrawalsHash,
			BlobGasUsed: &blobGas, ExcessBlobGas: &excess, ParentBeaconRoot: &common.Hash{0xbe}, RequestsHash: &types.EmptyRequestsHash,
		}
		var rh sources.RPCHeader
		js, err := json.Marshal(header)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(js, &rh); err != nil {
			t.Fatal(err)
		}
		rh.Hash = header.Hash()
		for i, r := range receipts {
			r.BlockHash = rh.Hash
			for _, lg := range r.Logs {
				lg.BlockHash, lg.BlockNumber, lg.TxHash, lg.TxIndex = rh.Hash, number, r.TxHash, uint(i)
			}
		}
		var index uint
		for _, r := range receipts {
			for _, lg := range r.Logs {
				lg.Index = index
				index++
			}
		}
		b := &l1Block{block: &sources.RPCBlock{RPCHeader: rh, Transactions: rawTxs, Withdrawals: &types.Withdrawals{}}, header: header,
			receipts: receipts, parent: parent}
		if err := b.block.Verify(); err != nil {
			t.Fatal(err)
		}
		f.blocks = append(f.blocks, b)
		rpcBackend.byHash[rh.Hash] = b
		rpcBackend.byNumber[hexutil.EncodeUint64(number)] = b
		parent = eth.L1BlockRef{Hash: rh.Hash, Number: number, ParentHash: parent.Hash, Time: header.Time}
	}
	f.rpc = rpcBackend
	var err error
	if f.l1, err = sources.NewL1Client(rpcBackend, log.NewLogger(log.DiscardHandler()), nil,
		sources.L1ClientSimpleConfig(false, sources.RPCKindStandard, epochCache)); err != nil {
		t.Fatal(err)
	}
	logger := log.NewLogger(log.DiscardHandler())
	f.traversal = derive.NewL1Traversal(logger, cfg, f.l1)
	f.data = derive.NewDataSourceFactory(logger, cfg, f.l1, noBlobs{}, nil)
	f.attrs = derive.NewFetchingAttributesBuilder(cfg, f.l1Chain, nil, f.l1, &memL2{cfg: f.sysCfg})
	return f
}

// l2Parent is the last L2 block of the epoch before block k's.
func (f *epochFixture) l2Parent(k int) eth.L2BlockRef {
	b := f.blocks[k]
	return eth.L2BlockRef{Hash: common.Hash{0x2b, byte(k)}, Number: 5000 + uint64(k), Time: b.parent.Time + 10,
		L1Origin: b.parent.ID(), SequenceNumber: 5}
}

// epoch runs op-node's per-epoch work for the L1 origin of the epoch's first L2 block,
// block k (the L1 traversal must be at block k-1, or k must be 0), as a verifier's
// derivation pipeline does it:
//
//  1. L1Traversal.AdvanceL1Block: the block's ref by number, its receipts
//     (sources.L1Client.FetchReceipts: block fetch and verification, receipts
//     validation against the receipts root) and derive.UpdateSystemConfigWithL1Receipts;
//  2. L1Retrieval: the data source of the block (derive.DataSourceFactory.OpenData,
//     a blob data source post-Ecotone) read to its end: InfoAndTxsByHash (the block's
//     transactions decoded) and the batch-inbox filter;
//  3. derive.FetchingAttributesBuilder.PreparePayloadAttributes for the epoch's first
//     L2 block: the L2 parent's system config, FetchReceipts (cached by step 1),
//     derive.DeriveDeposits (derive.UserDeposits, then encoding),
//     derive.UpdateSystemConfigWithL1Receipts and derive.L1InfoDepositBytes.
func (f *epochFixture) epoch(ctx context.Context, k int) (*eth.PayloadAttributes, error) {
	b := f.blocks[k]
	if f.traversal.Origin().Hash != b.parent.Hash {
		// Back to the first block: the only reset, once per cycle through the blocks.
		if err := f.traversal.Reset(ctx, b.parent, f.sysCfg); err != io.EOF {
			return nil, fmt.Errorf("traversal reset: %w", err)
		}
	}
	if err := f.traversal.AdvanceL1Block(ctx); err != nil {
		return nil, err
	}
	ref := f.traversal.Origin()
	src, err := f.data.OpenData(ctx, ref, epochBatcher)
	if err != nil {
		return nil, err
	}
	if _, err := src.Next(ctx); err != io.EOF {
		return nil, fmt.Errorf("batcher data in a block without any: %w", err)
	}
	return f.attrs.PreparePayloadAttributes(ctx, f.l2Parent(k), ref.ID())
}

// hookInput is the Input the patched PreparePayloadAttributes builds for the hook for
// block k (node/forks/overlay/.../parley_hook.go): the info and receipts the builder
// fetched (the L1 client's cached receipts are the very objects the in-memory node
// served, and its info wraps the same header), the receipts converted with Geth(), and
// the given L1 fetcher.
func (f *epochFixture) hookInput(k int, l1 L1) *Input {
	b, p := f.blocks[k], f.l2Parent(k)
	return &Input{L1ChainID: f.cfg.L1ChainID.Uint64(), L1Info: eth.HeaderBlockInfoTrusted(b.block.Hash, b.header),
		Receipts: b.receipts.Geth(), L1: l1, NextL2Time: p.Time + f.cfg.BlockTime}
}

// TestEpochFixtureIsOpNode checks that the benchmark fixture runs op-node's per-epoch
// work for real: attributes with the L1-info deposit and the hook input's receipts,
// and, cycling through its blocks, every epoch fetching its block and receipts afresh
// (three L1 requests: the block ref, the block with its transactions, the receipts).
func TestEpochFixtureIsOpNode(t *testing.T) {
	txs, _ := busyBlock(t, 20)
	f := newEpochFixture(t, txs, busyLogs)
	for i := 0; i < 2*epochBlocks; i++ {
		k := i % epochBlocks
		before := f.rpc.calls
		attrs, err := f.epoch(context.Background(), k)
		if calls := f.rpc.calls - before; calls != 3 {
			t.Fatalf("epoch %d: %d L1 requests, want 3", i, calls)
		}
		_, receipts, rerr := f.l1.FetchReceipts(context.Background(), f.blocks[k].block.Hash)
		in := f.hookInput(k, nil)
		if rerr != nil || len(receipts) != len(in.Receipts) || &receipts[0].Receipt != in.Receipts[0] || in.L1Info.Hash() != f.blocks[k].block.Hash {
			t.Fatalf("epoch %d: the hook input is not what the builder fetched: %v", i, rerr)
		}
		if err != nil {
			t.Fatalf("block %d: %v", k, err)
		}
		if len(attrs.Transactions) != 1 {
			t.Fatalf("block %d: %d transactions", k, len(attrs.Transactions))
		}
	}
}
