package source

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/msgtree"
)

// fakeChain is an in-memory source chain (a fake of the JSON-RPC client).
type fakeChain struct {
	headers []*types.Header
	logs    []types.Log
	safe    uint64
	// flip, when set, replaces the header of a block after the first read of it.
	flip  map[uint64]*types.Header
	reads map[uint64]int
}

func newFakeChain(n int) *fakeChain {
	c := &fakeChain{reads: map[uint64]int{}, flip: map[uint64]*types.Header{}}
	parent := common.Hash{}
	for i := 0; i < n; i++ {
		h := &types.Header{Number: big.NewInt(int64(i)), ParentHash: parent, Time: 1000 + 2*uint64(i), Difficulty: common.Big0}
		c.headers = append(c.headers, h)
		parent = h.Hash()
	}
	c.safe = uint64(n - 1)
	return c
}

func (c *fakeChain) emit(block uint64, n int) {
	for i := 0; i < n; i++ {
		c.logs = append(c.logs, types.Log{Address: common.Address{0xab}, Topics: []common.Hash{{byte(block), byte(i)}}, Data: []byte{byte(i)},
			BlockNumber: block, BlockHash: c.headers[block].Hash(), Index: uint(i)})
	}
}

func (c *fakeChain) ChainID(context.Context) (*big.Int, error) { return big.NewInt(902), nil }

func (c *fakeChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if n.Int64() == int64(rpc.SafeBlockNumber) || n.Int64() == int64(rpc.FinalizedBlockNumber) {
		return c.headers[c.safe], nil
	}
	i := n.Uint64()
	c.reads[i]++
	if f, ok := c.flip[i]; ok && c.reads[i] > 1 {
		return f, nil
	}
	return c.headers[i], nil
}

func (c *fakeChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	var out []types.Log
	for i := len(c.logs) - 1; i >= 0; i-- { // reversed: Range must sort
		l := c.logs[i]
		if l.BlockNumber >= q.FromBlock.Uint64() && l.BlockNumber <= q.ToBlock.Uint64() {
			out = append(out, l)
		}
	}
	return out, nil
}

func TestRange(t *testing.T) {
	ctx := context.Background()
	c := newFakeChain(20)
	c.emit(3, 2)
	c.emit(5, 3)
	c.emit(12, 1) // outside
	s, err := New(ctx, c, Safe)
	if err != nil {
		t.Fatal(err)
	}
	if head, _ := s.Head(ctx); head != 19 || s.ChainID() != 902 {
		t.Fatal("head or chain id")
	}
	r, err := s.Range(ctx, 2, 9)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Messages) != 5 || r.LastBlockHash != c.headers[9].Hash() || r.Tree.Count() != 5 {
		t.Fatalf("%d messages", len(r.Messages))
	}
	if m := r.Messages[2]; m.ID.BlockNumber != 5 || m.ID.LogIndex != 0 || m.ID.Timestamp != 1010 || m.ID.ChainID != 902 {
		t.Fatalf("message %+v", m.ID)
	}
	i, ok := r.Index(5, 2)
	if !ok || i != 4 {
		t.Fatalf("index %d %v", i, ok)
	}
	proof, err := r.Proof(i)
	if err != nil || proof[7] != 2 {
		t.Fatal(err)
	}
	if err := msgtree.Verify(r.Root(), r.Messages[i], proof[8:]); err != nil {
		t.Fatal(err)
	}
	a := r.Attestation(attestation.AVS{L1ChainID: 1, Address: common.Address{1}}, attestation.Snapshot{Block: 7})
	if a.FromBlock != 2 || a.ToBlock != 9 || a.MessageRoot != r.Root() || a.SourceChainID != 902 {
		t.Fatal("attestation")
	}
	// An empty range has the empty root.
	if e, err := s.Range(ctx, 14, 16); err != nil || len(e.Messages) != 0 {
		t.Fatal(err)
	}
}

func TestRangeInconsistent(t *testing.T) {
	ctx := context.Background()
	c := newFakeChain(10)
	c.emit(4, 1)
	c.logs[0].BlockHash = common.Hash{1} // a log of a block reorged out
	s, _ := New(ctx, c, Finalized)
	if _, err := s.Range(ctx, 1, 6); !errors.Is(err, ErrInconsistent) {
		t.Fatalf("stale log: %v", err)
	}
	c = newFakeChain(10)
	c.flip[6] = &types.Header{Number: big.NewInt(6), Extra: []byte{1}, Difficulty: common.Big0}
	s, _ = New(ctx, c, Safe)
	if _, err := s.Range(ctx, 1, 6); !errors.Is(err, ErrInconsistent) {
		t.Fatalf("last block changed: %v", err)
	}
	if _, err := s.Range(ctx, 5, 4); err == nil {
		t.Fatal("empty range accepted")
	}
	if _, err := New(ctx, c, "latest"); err == nil {
		t.Fatal("unsafe head accepted")
	}
}
