package precompile

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/message"
	"github.com/parley-xyz/parley/interop/msgtree"
)

const srcChain = 901

// certifiedSet is a committed block range of the source chain with its messages.
type certifiedSet struct {
	from, to uint64
	msgs     []message.Message
	tree     *msgtree.Tree
	lastHash common.Hash
}

func newCertifiedSet(t testing.TB, from, to uint64, perBlock int) *certifiedSet {
	t.Helper()
	var msgs []message.Message
	for b := from; b <= to; b++ {
		for l := 0; l < perBlock; l++ {
			msgs = append(msgs, message.Message{
				ID:          message.Identifier{Origin: common.Address{0x42, byte(l)}, BlockNumber: b, LogIndex: uint32(l), Timestamp: 10_000 + b*2, ChainID: srcChain},
				PayloadHash: common.BytesToHash([]byte{byte(b), byte(l), 0x99}),
			})
		}
	}
	tree, err := msgtree.Commit(msgtree.Range{ChainID: srcChain, From: from, To: to}, msgs)
	if err != nil {
		t.Fatal(err)
	}
	return &certifiedSet{from: from, to: to, msgs: msgs, tree: tree, lastHash: common.Hash{0x1a, byte(to)}}
}

func (c *certifiedSet) recordInput(t testing.TB) []byte {
	return pack(t, "recordRange", bigU(srcChain), c.from, c.to, [32]byte(c.lastHash), [32]byte(c.tree.Root()))
}

// proof returns the inbox proof of message k: be64(rangeFrom) || merkle proof.
func (c *certifiedSet) proof(t testing.TB, k int) []byte {
	p, err := c.tree.Proof(uint64(k))
	if err != nil {
		t.Fatal(err)
	}
	return append(binary.BigEndian.AppendUint64(nil, c.from), p...)
}

func abiID(m message.Message) Identifier {
	return Identifier{
		Origin: m.ID.Origin, BlockNumber: bigU(m.ID.BlockNumber), LogIndex: bigU(uint64(m.ID.LogIndex)),
		Timestamp: bigU(m.ID.Timestamp), ChainId: bigU(m.ID.ChainID),
	}
}

func (c *certifiedSet) validateInput(t testing.TB, k int) []byte {
	m := c.msgs[k]
	return pack(t, "validateMessage", abiID(m), [32]byte(m.PayloadHash), c.proof(t, k))
}

// snapshotArgs are recordSnapshot's arguments.
type snapshotArgs struct {
	l1Block uint64
	root    common.Hash
	ids     []uint32
	weights []*big.Int
}

func (s snapshotArgs) input(t testing.TB) []byte {
	return pack(t, "recordSnapshot", s.l1Block, [32]byte(s.root), s.ids, s.weights)
}

// snapshotOf returns a snapshot at l1Block of n sets with ids step apart, from first.
func snapshotOf(l1Block uint64, n int, first, step uint32) snapshotArgs {
	s := snapshotArgs{l1Block: l1Block, root: common.BigToHash(new(big.Int).SetUint64(l1Block))}
	for i := 0; i < n; i++ {
		s.ids = append(s.ids, first+uint32(i)*step)
		s.weights = append(s.weights, new(big.Int).Lsh(big.NewInt(int64(i+1)), 100))
	}
	return s
}

func (c *certifiedSet) String() string { return fmt.Sprintf("%d..%d", c.from, c.to) }
