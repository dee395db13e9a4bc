package relayer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"

	"github.com/ethereum-optimism/optimism/op-service/clock"
	"github.com/ethereum-optimism/optimism/op-service/retry"
	"github.com/ethereum-optimism/optimism/op-service/testlog"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/parley-xyz/parley/interop/message"
	"github.com/parley-xyz/parley/interop/msgtree"
	"github.com/parley-xyz/parley/node/relayer/metrics"
	"github.com/parley-xyz/parley/node/source"
	"github.com/parley-xyz/parley/precompile"
)

const (
	srcChain  = 902
	destChain = 901
)

var (
	messenger = common.HexToAddress("0x4200000000000000000000000000000000000bee")
	target    = common.HexToAddress("0x000000000000000000000000000000000000a4e7")
	alice     = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
)

// sentLog is a SentMessage log of the messenger (or of another address).
func sentLog(from common.Address, destination uint64, nonce int64, msg string) types.Log {
	ev := messengerABI.Events["SentMessage"]
	data, err := ev.Inputs.NonIndexed().Pack(alice, []byte(msg))
	if err != nil {
		panic(err)
	}
	return types.Log{Address: from, Topics: []common.Hash{ev.ID, common.BigToHash(new(big.Int).SetUint64(destination)),
		common.BytesToHash(target[:]), common.BigToHash(big.NewInt(nonce))}, Data: data}
}

// chain is an in-memory source chain: a fake of its node's JSON-RPC client. Safe is
// its safe head; failOver makes log queries spanning more blocks fail; fail makes the
// next calls fail; queries are the scans' log queries.
type chain struct {
	mu       sync.Mutex
	id       uint64
	headers  []*types.Header
	logs     []types.Log
	safe     uint64
	failOver uint64
	fail     int
	queries  [][2]uint64
}

func newChain(id uint64, n int) *chain {
	c := &chain{id: id}
	c.grow(n)
	c.safe = uint64(n - 1)
	return c
}

func (c *chain) grow(n int) {
	for i := 0; i < n; i++ {
		parent := common.Hash{}
		if k := len(c.headers); k > 0 {
			parent = c.headers[k-1].Hash()
		}
		k := len(c.headers)
		c.headers = append(c.headers, &types.Header{Number: big.NewInt(int64(k)), ParentHash: parent, Time: 1_700_000_000 + 2*uint64(k), Difficulty: common.Big0})
	}
}

// emit adds logs to block b (in order, after its other logs).
func (c *chain) emit(b uint64, logs ...types.Log) {
	c.mu.Lock()
	defer c.mu.Unlock()
	idx := uint(0)
	for _, l := range c.logs {
		if l.BlockNumber == b {
			idx++
		}
	}
	for _, l := range logs {
		l.BlockNumber, l.BlockHash, l.Index = b, c.headers[b].Hash(), idx
		l.TxHash = crypto.Keccak256Hash([]byte(fmt.Sprint(b, idx)))
		idx++
		c.logs = append(c.logs, l)
	}
}

// reorg replaces block b onwards (dropping their logs) with new blocks.
func (c *chain) reorg(b uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := len(c.headers) - int(b)
	c.headers = c.headers[:b]
	var kept []types.Log
	for _, l := range c.logs {
		if l.BlockNumber < b {
			kept = append(kept, l)
		}
	}
	c.logs = kept
	for i := 0; i < n; i++ {
		k := len(c.headers)
		c.headers = append(c.headers, &types.Header{Number: big.NewInt(int64(k)), ParentHash: c.headers[k-1].Hash(), Time: 1_700_000_000 + 2*uint64(k), Extra: []byte("reorg"), Difficulty: common.Big0})
	}
}

func (c *chain) setSafe(n uint64) { c.mu.Lock(); c.safe = n; c.mu.Unlock() }

func (c *chain) failing() error {
	if c.fail > 0 {
		c.fail--
		return errors.New("node unavailable")
	}
	return nil
}

func (c *chain) ChainID(context.Context) (*big.Int, error) { return new(big.Int).SetUint64(c.id), nil }

func (c *chain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.failing(); err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return c.headers[c.safe], nil
	}
	if n.Uint64() >= uint64(len(c.headers)) {
		return nil, ethereum.NotFound
	}
	return c.headers[n.Uint64()], nil
}

func (c *chain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.failing(); err != nil {
		return nil, err
	}
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	if c.failOver > 0 && to-from+1 > c.failOver {
		return nil, errors.New("query spans too many blocks")
	}
	if len(q.Addresses) > 0 { // a scan, not a range read
		c.queries = append(c.queries, [2]uint64{from, to})
	}
	var out []types.Log
	for _, l := range c.logs {
		if l.BlockNumber < from || l.BlockNumber > to {
			continue
		}
		if len(q.Addresses) > 0 && l.Address != q.Addresses[0] {
			continue
		}
		match := true
		for i, ts := range q.Topics {
			if len(ts) > 0 && (i >= len(l.Topics) || l.Topics[i] != ts[0]) {
				match = false
			}
		}
		if match {
			out = append(out, l)
		}
	}
	return out, nil
}

func (c *chain) scanned() [][2]uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([][2]uint64(nil), c.queries...)
}

// inbox is a fake destination inbox: contiguous certified ranges per chain.
type inbox struct {
	mu     sync.Mutex
	ranges map[uint64][]precompile.Range
}

func newInbox() *inbox { return &inbox{ranges: map[uint64][]precompile.Range{}} }

func (in *inbox) CertifiedRange(_ context.Context, chain, block uint64) (precompile.Range, error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	for _, r := range in.ranges[chain] {
		if r.FromBlock <= block && block <= r.ToBlock {
			return r, nil
		}
	}
	return precompile.Range{}, nil
}

func (in *inbox) LatestCertifiedBlock(_ context.Context, chain uint64) (uint64, bool, error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	rs := in.ranges[chain]
	if len(rs) == 0 {
		return 0, false, nil
	}
	return rs[len(rs)-1].ToBlock, true, nil
}

// certify certifies blocks from..to of a chain as its node has them.
func (in *inbox) certify(t *testing.T, c source.Client, from, to uint64) {
	t.Helper()
	src, err := source.New(context.Background(), c, source.Safe)
	if err != nil {
		t.Fatal(err)
	}
	r, err := src.Range(context.Background(), from, to)
	if err != nil {
		t.Fatal(err)
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	in.ranges[src.ChainID()] = append(in.ranges[src.ChainID()], precompile.Range{FromBlock: from, ToBlock: to, LastBlockHash: r.LastBlockHash, MessageRoot: r.Root()})
}

// dest is a fake destination messenger, with the messenger's rules: relayMessage
// checks the proof against the inbox, reverts MessageAlreadyRelayed for a relayed
// message and TargetCallFailed while the target refuses, and delivers once.
type dest struct {
	mu          sync.Mutex
	inbox       *inbox
	delivered   map[common.Hash]int
	refuse      bool          // the target reverts
	barrier     chan struct{} // when set, Send waits until it is closed
	sent        int
	estimateErr error
}

func newDest(in *inbox) *dest { return &dest{inbox: in, delivered: map[common.Hash]int{}} }

// check runs relayMessage's checks on call data and returns the message's hash.
func (d *dest) check(data []byte) (common.Hash, error) {
	args, err := messengerABI.Methods["relayMessage"].Inputs.Unpack(data[4:])
	if err != nil {
		return common.Hash{}, err
	}
	id := args[0].(struct {
		Origin      common.Address `json:"origin"`
		BlockNumber *big.Int       `json:"blockNumber"`
		LogIndex    *big.Int       `json:"logIndex"`
		Timestamp   *big.Int       `json:"timestamp"`
		ChainId     *big.Int       `json:"chainId"`
	})
	payload, proof := args[1].([]byte), args[2].([]byte)
	mid := message.Identifier{Origin: id.Origin, BlockNumber: id.BlockNumber.Uint64(), LogIndex: uint32(id.LogIndex.Uint64()),
		Timestamp: id.Timestamp.Uint64(), ChainID: id.ChainId.Uint64()}
	r, _ := d.inbox.CertifiedRange(context.Background(), mid.ChainID, mid.BlockNumber)
	if r.MessageRoot == (common.Hash{}) || new(big.Int).SetBytes(proof[:8]).Uint64() != r.FromBlock {
		return common.Hash{}, &RevertError{Name: "RangeNotCertified"}
	}
	if err := msgtree.Verify(r.MessageRoot, message.Message{ID: mid, PayloadHash: crypto.Keccak256Hash(payload)}, proof[8:]); err != nil {
		return common.Hash{}, &RevertError{Name: "InvalidProof"}
	}
	var topics []common.Hash
	for i := 0; i < 4; i++ {
		topics = append(topics, common.BytesToHash(payload[32*i:32*i+32]))
	}
	m, err := ParseSentMessage(mid.ChainID, id.Origin, &types.Log{Address: id.Origin, Topics: topics, Data: payload[128:]})
	if err != nil {
		return common.Hash{}, err
	}
	h := m.Hash()
	if d.delivered[h] > 0 {
		return h, &RevertError{Name: "MessageAlreadyRelayed"}
	}
	if d.refuse {
		return h, &RevertError{Name: "TargetCallFailed"}
	}
	return h, nil
}

func (d *dest) Relayed(_ context.Context, h common.Hash) (bool, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.delivered[h] > 0, nil
}

func (d *dest) Estimate(_ context.Context, _ common.Address, data []byte) (uint64, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.estimateErr != nil {
		return 0, d.estimateErr
	}
	if _, err := d.check(data); err != nil {
		return 0, err
	}
	return 100_000, nil
}

func (d *dest) deliveries(h common.Hash) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.delivered[h]
}

// fakeSender is a fake transaction manager sending to a dest: the transaction succeeds or
// reverts as the messenger would when it is included.
type fakeSender struct {
	d    *dest
	from common.Address
}

func (s *fakeSender) From() common.Address { return s.from }

func (s *fakeSender) Send(ctx context.Context, c txmgr.TxCandidate) (*types.Receipt, error) {
	s.d.mu.Lock()
	barrier := s.d.barrier
	s.d.sent++
	s.d.mu.Unlock()
	if barrier != nil {
		select {
		case <-barrier:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	s.d.mu.Lock()
	defer s.d.mu.Unlock()
	rc := &types.Receipt{Status: types.ReceiptStatusSuccessful, TxHash: crypto.Keccak256Hash(c.TxData, s.from[:]), BlockNumber: big.NewInt(1)}
	h, err := s.d.check(c.TxData)
	if err != nil {
		rc.Status = types.ReceiptStatusFailed
		return rc, nil
	}
	if c.GasLimit < 100_000 {
		return nil, errors.New("gas limit below the estimate")
	}
	s.d.delivered[h]++
	return rc, nil
}

// world is a source chain, an inbox and a destination with a driver's set-up.
type world struct {
	t     *testing.T
	src   *chain
	inbox *inbox
	dest  *dest
	clock *clock.DeterministicClock
	dir   string
}

func newWorld(t *testing.T, blocks int) *world {
	in := newInbox()
	return &world{t: t, src: newChain(srcChain, blocks), inbox: in, dest: newDest(in),
		clock: clock.NewDeterministicClock(time.Unix(1_700_001_000, 0)), dir: t.TempDir()}
}

func testConfig() DriverConfig {
	return DriverConfig{PollInterval: time.Second, NetworkTimeout: 5 * time.Second, MaxBlockRange: 100, MaxInFlight: 4,
		ReorgDepth: 8, Backoff: &retry.ExponentialStrategy{Max: time.Minute}, MaxScanLag: 50, MaxRelayLag: time.Minute}
}

func (w *world) driver(name string, cfg DriverConfig) *Driver {
	w.t.Helper()
	d, err := NewDriver(context.Background(), DriverSetup{
		Log: testlog.Logger(w.t, log.LevelDebug).New("relayer", name), Metrics: metrics.NoopMetrics, Clock: w.clock, Config: cfg,
		Sources: []SourceChain{w.src}, Head: source.Safe, Inbox: w.inbox,
		Relayer: &Relayer{Destination: w.dest, ChainID: destChain, Messenger: messenger,
			Sender: &fakeSender{d: w.dest, from: common.BytesToAddress([]byte(name))}},
		Store: NewStore(w.dir + "/" + name + ".json"),
	})
	if err != nil {
		w.t.Fatal(err)
	}
	return d
}

// eventually waits (in real time) until cond holds.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// manual prepares a driver to be stepped by the test instead of its loop.
func manual(d *Driver) *Driver {
	d.ctx, d.cancel = context.WithCancel(context.Background())
	return d
}

// settle runs one step of a manual driver and waits for the relays it started.
func settle(d *Driver) {
	d.step()
	for d.inFlight > 0 {
		d.finish(<-d.results)
		d.dispatch()
	}
	d.report()
	d.save()
}
