package prove

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/parley-xyz/parley/interop/message"
	"github.com/parley-xyz/parley/interop/msgtree"
	"github.com/parley-xyz/parley/node/source"
	"github.com/parley-xyz/parley/precompile"
)

const chainID = 902

// chain is an in-memory source chain: a fake of its JSON-RPC client.
type chain struct {
	headers  []*types.Header
	logs     []types.Log
	receipts map[common.Hash]*types.Receipt
	filters  int // FilterLogs calls
}

func newChain(n int) *chain {
	c := &chain{receipts: map[common.Hash]*types.Receipt{}}
	parent := common.Hash{}
	for i := 0; i < n; i++ {
		h := &types.Header{Number: big.NewInt(int64(i)), ParentHash: parent, Time: 1000 + 2*uint64(i), Difficulty: common.Big0}
		c.headers = append(c.headers, h)
		parent = h.Hash()
	}
	return c
}

// tx logs a transaction with n logs in block b and returns its hash.
func (c *chain) tx(b uint64, n int) common.Hash {
	tx := crypto.Keccak256Hash([]byte{byte(b), byte(len(c.logs))})
	rc := &types.Receipt{Status: types.ReceiptStatusSuccessful, TxHash: tx, BlockHash: c.headers[b].Hash(), BlockNumber: new(big.Int).SetUint64(b)}
	first := uint(0)
	for _, l := range c.logs {
		if l.BlockNumber == b {
			first++
		}
	}
	for i := 0; i < n; i++ {
		l := types.Log{Address: common.Address{0xab}, Topics: []common.Hash{{byte(b), byte(i)}}, Data: []byte{byte(i), 7},
			BlockNumber: b, BlockHash: c.headers[b].Hash(), TxHash: tx, Index: first + uint(i)}
		c.logs = append(c.logs, l)
		rc.Logs = append(rc.Logs, &l)
	}
	c.receipts[tx] = rc
	return tx
}

func (c *chain) ChainID(context.Context) (*big.Int, error) { return big.NewInt(chainID), nil }

func (c *chain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if n.Sign() < 0 {
		return c.headers[len(c.headers)-1], nil
	}
	if n.Uint64() >= uint64(len(c.headers)) {
		return nil, ethereum.NotFound
	}
	return c.headers[n.Uint64()], nil
}

func (c *chain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.filters++
	var out []types.Log
	for _, l := range c.logs {
		if l.BlockNumber >= q.FromBlock.Uint64() && l.BlockNumber <= q.ToBlock.Uint64() {
			out = append(out, l)
		}
	}
	return out, nil
}

func (c *chain) TransactionReceipt(_ context.Context, tx common.Hash) (*types.Receipt, error) {
	rc, ok := c.receipts[tx]
	if !ok {
		return nil, ethereum.NotFound
	}
	return rc, nil
}

// inbox is a fake destination inbox holding contiguous certified ranges.
type inbox struct{ ranges []precompile.Range }

func (in *inbox) CertifiedRange(_ context.Context, chain, block uint64) (precompile.Range, error) {
	if chain != chainID {
		return precompile.Range{}, nil
	}
	for _, r := range in.ranges {
		if r.FromBlock <= block && block <= r.ToBlock {
			return r, nil
		}
	}
	return precompile.Range{}, nil
}

func (in *inbox) LatestCertifiedBlock(_ context.Context, chain uint64) (uint64, bool, error) {
	if chain != chainID || len(in.ranges) == 0 {
		return 0, false, nil
	}
	return in.ranges[len(in.ranges)-1].ToBlock, true, nil
}

// certify records the range from..to as the source computes it.
func (in *inbox) certify(t *testing.T, src *source.Source, from, to uint64) {
	t.Helper()
	r, err := src.Range(context.Background(), from, to)
	if err != nil {
		t.Fatal(err)
	}
	in.ranges = append(in.ranges, precompile.Range{FromBlock: from, ToBlock: to, LastBlockHash: r.LastBlockHash, MessageRoot: r.Root()})
}

func setup(t *testing.T) (*chain, *source.Source, *inbox) {
	c := newChain(40)
	src, err := source.New(context.Background(), c, source.Safe)
	if err != nil {
		t.Fatal(err)
	}
	return c, src, &inbox{}
}

func TestProve(t *testing.T) {
	ctx := context.Background()
	c, src, in := setup(t)
	c.tx(3, 2)
	tx := c.tx(15, 3)
	c.tx(15, 1)
	in.certify(t, src, 1, 10)
	in.certify(t, src, 11, 20)
	p := New(src, in)

	pr, err := p.Prove(ctx, 15, 2)
	if err != nil {
		t.Fatal(err)
	}
	id := pr.Identifier
	if id.ChainID != chainID || id.BlockNumber != 15 || id.LogIndex != 2 || id.Timestamp != 1030 || id.Origin != (common.Address{0xab}) {
		t.Fatalf("identifier %+v", id)
	}
	if pr.Range.FromBlock != 11 || pr.Range.ToBlock != 20 || pr.Range.MessageRoot != in.ranges[1].MessageRoot {
		t.Fatalf("range %+v", pr.Range)
	}
	if pr.Log.TxHash != tx || pr.PayloadHash != crypto.Keccak256Hash(pr.Payload) || pr.Checksum != message.Checksum(id, pr.PayloadHash) {
		t.Fatal("log, payload or checksum")
	}
	// The proof is be64(11) || a msgtree proof of the message in the certified root.
	if got := new(big.Int).SetBytes(pr.Proof[:8]).Uint64(); got != 11 {
		t.Fatalf("proof names range start %d", got)
	}
	if err := msgtree.Verify(in.ranges[1].MessageRoot, message.Message{ID: id, PayloadHash: pr.PayloadHash}, pr.Proof[8:]); err != nil {
		t.Fatal(err)
	}
	if b := pr.BindingID(); b.BlockNumber.Uint64() != 15 || b.LogIndex.Uint64() != 2 || b.ChainId.Uint64() != chainID || b.Timestamp.Uint64() != 1030 {
		t.Fatalf("binding id %+v", b)
	}
	// Messages of the first range, and the range is read once while it stays certified.
	reads := c.filters
	if _, err := p.Prove(ctx, 3, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Prove(ctx, 15, 0); err != nil {
		t.Fatal(err)
	}
	if c.filters != reads+1 {
		t.Fatalf("%d range reads for two proofs in two ranges, one cached", c.filters-reads)
	}
	// No such log.
	if _, err := p.Prove(ctx, 15, 4); !errors.Is(err, ErrNoLog) {
		t.Fatalf("missing log: %v", err)
	}
	if _, err := p.Prove(ctx, 16, 0); !errors.Is(err, ErrNoLog) {
		t.Fatalf("block without logs: %v", err)
	}
}

func TestNotCertified(t *testing.T) {
	ctx := context.Background()
	c, src, in := setup(t)
	c.tx(25, 1)
	p := New(src, in)
	_, err := p.Prove(ctx, 25, 0)
	if !errors.Is(err, ErrNotCertified) || err.Error() != "block 25 of chain 902 is not certified on the destination yet; no block of chain 902 is certified there yet" {
		t.Fatalf("nothing certified: %v", err)
	}
	in.certify(t, src, 5, 20)
	_, err = p.Prove(ctx, 25, 0)
	var nc *NotCertifiedError
	if !errors.As(err, &nc) || nc.Latest != 20 || err.Error() != "block 25 of chain 902 is not certified on the destination yet; latest certified block 20" {
		t.Fatalf("after block 20: %v", err)
	}
	// Before the first range: never.
	if _, err := p.Prove(ctx, 3, 0); !errors.Is(err, ErrNeverCertified) || errors.Is(err, ErrNotCertified) {
		t.Fatalf("before the first range: %v", err)
	}
	in.certify(t, src, 21, 30)
	if _, err := p.Prove(ctx, 25, 0); err != nil {
		t.Fatal(err)
	}
}

func TestMismatch(t *testing.T) {
	ctx := context.Background()
	c, src, in := setup(t)
	c.tx(12, 2)
	in.certify(t, src, 11, 20)
	// The certified root is of other messages than the node's.
	in.ranges[0].MessageRoot[5] ^= 1
	p := New(src, in)
	_, err := p.Prove(ctx, 12, 0)
	var me *MismatchError
	if !errors.Is(err, ErrMismatch) || !errors.As(err, &me) || me.Certified.FromBlock != 11 {
		t.Fatalf("root mismatch: %v", err)
	}
	// Another last block.
	in.ranges[0].MessageRoot[5] ^= 1
	in.ranges[0].LastBlockHash = common.Hash{1}
	if _, err := p.Prove(ctx, 12, 0); !errors.Is(err, ErrMismatch) {
		t.Fatalf("last block mismatch: %v", err)
	}
	// A certified range beyond the node's head: an error, not a proof.
	in.ranges = []precompile.Range{{FromBlock: 11, ToBlock: 50, MessageRoot: common.Hash{1}}}
	if _, err := p.Prove(ctx, 12, 0); err == nil || errors.Is(err, ErrMismatch) {
		t.Fatalf("range past the head: %v", err)
	}
}

func TestProveTx(t *testing.T) {
	ctx := context.Background()
	c, src, in := setup(t)
	one := c.tx(7, 1)
	three := c.tx(7, 3) // log indices 1, 2, 3
	in.certify(t, src, 1, 10)
	p := New(src, in)

	pr, err := p.ProveTx(ctx, c, one, -1, nil)
	if err != nil || pr.Identifier.LogIndex != 0 {
		t.Fatalf("only log: %v", err)
	}
	if _, err := p.ProveTx(ctx, c, three, -1, nil); !errors.Is(err, ErrNoLog) {
		t.Fatalf("three logs, none chosen: %v", err)
	}
	pr, err = p.ProveTx(ctx, c, three, 2, nil)
	if err != nil || pr.Identifier.LogIndex != 2 || pr.Log.TxHash != three {
		t.Fatalf("log 2: %v", err)
	}
	if _, err := p.ProveTx(ctx, c, three, 0, nil); !errors.Is(err, ErrNoLog) {
		t.Fatalf("log 0 is another transaction's: %v", err)
	}
	match := func(l *types.Log) bool { return l.Topics[0][1] == 1 }
	if pr, err = p.ProveTx(ctx, c, three, -1, match); err != nil || pr.Identifier.LogIndex != 2 {
		t.Fatalf("matching log: %v", err)
	}
	if _, err := p.ProveTx(ctx, c, common.Hash{9}, -1, nil); err == nil {
		t.Fatal("unknown transaction")
	}
	// A receipt of a block the chain no longer has.
	c.receipts[one].Logs[0].BlockHash = common.Hash{7}
	if _, err := p.ProveTx(ctx, c, one, -1, nil); !errors.Is(err, ErrMismatch) {
		t.Fatalf("reorged receipt: %v", err)
	}
	c.receipts[one].Status = types.ReceiptStatusFailed
	if _, err := p.ProveTx(ctx, c, one, -1, nil); !errors.Is(err, ErrNoLog) {
		t.Fatalf("failed transaction: %v", err)
	}
}
