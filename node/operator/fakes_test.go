package operator

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ethereum-optimism/optimism/op-service/clock"
	"github.com/ethereum-optimism/optimism/op-service/testlog"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/avsapi"
	"github.com/parley-xyz/parley/node/operator/metrics"
	"github.com/parley-xyz/parley/node/operator/protection"
	"github.com/parley-xyz/parley/node/source"
)

// fakeChain is an in-memory source chain behind source.Client (a fake of the JSON-RPC
// endpoint, for unit tests only).
type fakeChain struct {
	mu      sync.Mutex
	headers []*types.Header
	logs    []types.Log
	safe    uint64
	down    bool
}

func newFakeChain(n int) *fakeChain {
	c := &fakeChain{}
	c.grow(n)
	return c
}

// grow appends blocks up to n blocks and moves the safe head to the last.
func (c *fakeChain) grow(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := len(c.headers); i < n; i++ {
		parent := common.Hash{}
		if i > 0 {
			parent = c.headers[i-1].Hash()
		}
		h := &types.Header{Number: big.NewInt(int64(i)), ParentHash: parent, Time: 1000 + 2*uint64(i), Difficulty: common.Big0}
		c.headers = append(c.headers, h)
		// A log in every third block.
		if i%3 == 0 {
			c.logs = append(c.logs, types.Log{Address: common.Address{0xab}, Topics: []common.Hash{{byte(i)}}, Data: []byte{byte(i)},
				BlockNumber: uint64(i), BlockHash: h.Hash(), Index: 0})
		}
	}
	c.safe = uint64(n - 1)
}

// reorg replaces block n (and its logs' block hash) with another block.
func (c *fakeChain) reorg(n uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	h := types.CopyHeader(c.headers[n])
	h.Extra = []byte("reorged")
	c.headers[n] = h
	for i := range c.logs {
		if c.logs[i].BlockNumber == n {
			c.logs[i].BlockHash = h.Hash()
		}
	}
}

func (c *fakeChain) setDown(down bool) {
	c.mu.Lock()
	c.down = down
	c.mu.Unlock()
}

var errDown = errors.New("connection refused")

func (c *fakeChain) ChainID(context.Context) (*big.Int, error) { return big.NewInt(902), nil }

func (c *fakeChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.down {
		return nil, errDown
	}
	if n.Int64() == int64(rpc.SafeBlockNumber) || n.Int64() == int64(rpc.FinalizedBlockNumber) {
		return c.headers[c.safe], nil
	}
	if n.Uint64() >= uint64(len(c.headers)) {
		return nil, ethereum.NotFound
	}
	return c.headers[n.Uint64()], nil
}

func (c *fakeChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.down {
		return nil, errDown
	}
	var out []types.Log
	for _, l := range c.logs {
		if l.BlockNumber >= q.FromBlock.Uint64() && l.BlockNumber <= q.ToBlock.Uint64() {
			out = append(out, l)
		}
	}
	return out, nil
}

// fakeSnapshots serves snapshots from memory (a fake of the L1 reads).
type fakeSnapshots struct {
	mu     sync.Mutex
	latest *Snapshot
	known  []*Snapshot
	err    error
}

func (f *fakeSnapshots) add(s *Snapshot) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.latest = s
	f.known = append(f.known, s)
}

func (f *fakeSnapshots) Latest(context.Context) (*Snapshot, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	if f.latest == nil {
		return nil, ErrUnknownSnapshot
	}
	return f.latest, nil
}

func (f *fakeSnapshots) Get(_ context.Context, s attestation.Snapshot) (*Snapshot, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	for _, k := range f.known {
		if k.Ref.Snapshot == s {
			return k, nil
		}
	}
	return nil, fmt.Errorf("%w: %s", ErrUnknownSnapshot, s)
}

// fakeAggregator records what is pushed.
type fakeAggregator struct {
	mu     sync.Mutex
	got    []*avsapi.Signed
	err    error
	refuse string
}

func (f *fakeAggregator) Submit(_ context.Context, s *avsapi.Signed) (*avsapi.SubmitResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	f.got = append(f.got, s)
	if f.refuse != "" {
		return &avsapi.SubmitResult{Reason: f.refuse}, nil
	}
	return &avsapi.SubmitResult{Accepted: true}, nil
}

func (f *fakeAggregator) pushed() []*avsapi.Signed {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.got)
}

// recordingMetrics records refusals and the halted gauge.
type recordingMetrics struct {
	metrics.Metricer
	mu       sync.Mutex
	refusals map[string]int
	halted   bool
	health   int
	pushFail int
}

func newRecordingMetrics() *recordingMetrics {
	return &recordingMetrics{Metricer: metrics.NoopMetrics, refusals: map[string]int{}}
}

func (m *recordingMetrics) RecordRefusal(r string) {
	m.mu.Lock()
	m.refusals[r]++
	m.mu.Unlock()
}

func (m *recordingMetrics) RecordHalted(h bool) {
	m.mu.Lock()
	m.halted = h
	m.mu.Unlock()
}

func (m *recordingMetrics) RecordHealth(h int) {
	m.mu.Lock()
	m.health = h
	m.mu.Unlock()
}

func (m *recordingMetrics) RecordPushFailure() {
	m.mu.Lock()
	m.pushFail++
	m.mu.Unlock()
}

func (m *recordingMetrics) refused(r string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.refusals[r]
}

var (
	testAVS      = attestation.AVS{L1ChainID: 900, Address: common.HexToAddress("0x00000000000000000000000000000000000a0a0a")}
	testOperator = common.HexToAddress("0x0000000000000000000000000000000000000b0b")
)

func blsKey(name string) *bls.SecretKey {
	sk, err := bls.SecretKeyFromBytes(crypto.Keccak256([]byte("operator test " + name)))
	if err != nil {
		panic(err)
	}
	return sk
}

// snapshotOf builds a snapshot sealed in L1 block `block` with the given members of
// set 0 (and of set 1 for keys of set 1).
func snapshotOf(t *testing.T, block uint64, members map[common.Address][]*Key) *Snapshot {
	t.Helper()
	var entries []optable.Entry
	for op, keys := range members {
		for _, k := range keys {
			entries = append(entries, optable.NewEntry(k.Set, op, 1000, k.G1, k.G2))
		}
	}
	slices.SortFunc(entries, func(a, b optable.Entry) int {
		if a.SetID != b.SetID {
			return int(a.SetID) - int(b.SetID)
		}
		return a.Operator.Cmp(b.Operator)
	})
	tab, err := optable.Build(testAVS, block, []uint8{0, 1}, entries)
	if err != nil {
		t.Fatal(err)
	}
	return &Snapshot{Ref: derivation.SnapshotRef{BlockHash: common.Hash{0xbb, byte(block)}, Snapshot: tab.Snapshot()}, Table: tab}
}

// rig is an attester and driver over fakes, with a real protection database.
type rig struct {
	chain  *fakeChain
	snaps  *fakeSnapshots
	agg    *fakeAggregator
	keys   []*Key
	db     *protection.DB
	dbPath string
	m      *recordingMetrics
	att    *Attester
	drv    *Driver
	src    *source.Source
	lg     log.Logger
}

var testGrid = Grid{Start: 1, Length: 10}

func newRig(t *testing.T, blocks int) *rig {
	t.Helper()
	r := &rig{chain: newFakeChain(blocks), snaps: &fakeSnapshots{}, agg: &fakeAggregator{}, m: newRecordingMetrics(),
		keys: []*Key{NewKey(0, blsKey("set 0")), NewKey(1, blsKey("set 1"))}, lg: testlog.Logger(t, log.LevelInfo)}
	r.snaps.add(snapshotOf(t, 100, map[common.Address][]*Key{testOperator: r.keys}))
	r.dbPath = filepath.Join(t.TempDir(), "protection.db")
	var err error
	if r.db, _, err = protection.Open(r.dbPath, protection.Options{Create: true}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.db.Close() })
	r.build(t)
	return r
}

// build (re)makes the attester and driver over the rig's database.
func (r *rig) build(t *testing.T) {
	var err error
	if r.src, err = source.New(context.Background(), r.chain, source.Safe); err != nil {
		t.Fatal(err)
	}
	r.att = NewAttester(r.lg, r.m, Identity{AVS: testAVS, Operator: testOperator, Keys: r.keys}, testGrid, r.src, r.snaps, r.db)
	r.drv = NewDriver(r.lg, r.m, clock.NewDeterministicClock(time.Unix(0, 0)), DriverConfig{PollInterval: time.Second,
		NetworkTimeout: 5 * time.Second, MaxRangesPerPoll: 16, PushAttempts: 1, MaxLagRanges: 1}, testGrid, r.att, r.agg)
}
