package conformance

import (
	"bytes"
	"encoding/binary"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/parley-xyz/parley/interop/message"
	"github.com/parley-xyz/parley/interop/msgtree"
)

type rangeJSON struct {
	ChainID   dec64 `json:"chainId"`
	FromBlock dec64 `json:"fromBlock"`
	ToBlock   dec64 `json:"toBlock"`
}

type commitInput struct {
	Range    rangeJSON     `json:"range"`
	Messages []messageJSON `json:"messages"`
}

type commitExpected struct {
	outcome
	Count  *uint32         `json:"count,omitempty"`
	Leaves []common.Hash   `json:"leaves,omitempty"`
	Root   *common.Hash    `json:"root,omitempty"`
	Proofs []hexutil.Bytes `json:"proofs,omitempty"` // proofs[i] proves messages[i]
}

type verifyProofInput struct {
	Root    common.Hash   `json:"root"`
	Message messageJSON   `json:"message"`
	Proof   hexutil.Bytes `json:"proof"`
}

type verifyProofExpected struct {
	Leaf common.Hash `json:"leaf"`
	outcome
}

func msgtreeArea() *area {
	return &area{
		file: "msgtree.json",
		spec: "SPEC §2 (interop/msgtree)",
		kinds: map[string]evaluator{
			"commit":      eval(evalCommit),
			"verifyProof": eval(evalVerifyProof),
		},
		constants: func() (any, error) {
			return struct {
				EmptyRoot common.Hash `json:"emptyRoot"`
			}{msgtree.EmptyRoot}, nil
		},
		generate: genMsgtree,
	}
}

func evalCommit(in *commitInput) (commitExpected, error) {
	msgs := make([]message.Message, len(in.Messages))
	for i, m := range in.Messages {
		msgs[i] = m.message()
	}
	r := msgtree.Range{ChainID: uint64(in.Range.ChainID), From: uint64(in.Range.FromBlock), To: uint64(in.Range.ToBlock)}
	t, err := msgtree.Commit(r, msgs)
	if err != nil {
		o, err := rejected(err)
		return commitExpected{outcome: o}, err
	}
	root := t.Root()
	count := uint32(t.Count()) // at most msgtree.MaxLeaves = 2^32-1
	out := commitExpected{outcome: accepted, Count: &count, Root: &root, Leaves: []common.Hash{}, Proofs: []hexutil.Bytes{}}
	for i, m := range msgs {
		out.Leaves = append(out.Leaves, msgtree.LeafHash(m))
		p, err := t.Proof(uint64(i))
		if err != nil {
			return commitExpected{}, err
		}
		out.Proofs = append(out.Proofs, p)
	}
	return out, nil
}

func evalVerifyProof(in *verifyProofInput) (verifyProofExpected, error) {
	m := in.Message.message()
	o, err := outcomeOf(msgtree.Verify(in.Root, m, in.Proof))
	return verifyProofExpected{Leaf: msgtree.LeafHash(m), outcome: o}, err
}

// treeMessages returns n messages of chain 901 from block 100 on, three per block.
func treeMessages(n int) []message.Message {
	out := make([]message.Message, n)
	for i := range out {
		out[i] = message.Message{
			ID: message.Identifier{
				Origin:      common.BytesToAddress([]byte{0x42, byte(i)}),
				BlockNumber: 100 + uint64(i/3),
				LogIndex:    uint32(i % 3),
				Timestamp:   1_700_000_000 + 2*uint64(i/3),
				ChainID:     901,
			},
			PayloadHash: common.BytesToHash([]byte("payload " + strconv.Itoa(i))),
		}
	}
	return out
}

func messagesJSON(ms []message.Message) []messageJSON {
	out := make([]messageJSON, len(ms))
	for i, m := range ms {
		out[i] = messageOf(m)
	}
	return out
}

var treeRange = rangeJSON{ChainID: 901, FromBlock: 100, ToBlock: 120}

func genMsgtree(b *builder) {
	for _, n := range []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 33} {
		b.add("commit: "+strconv.Itoa(n)+" messages", "commit", commitInput{Range: treeRange, Messages: messagesJSON(treeMessages(n))})
	}
	// One message per block at the edges of a range, and an identifier at its limits.
	edge := treeMessages(2)
	edge[0].ID.BlockNumber, edge[1].ID.BlockNumber = 100, 120
	b.add("commit: messages in the range's first and last blocks", "commit", commitInput{Range: treeRange, Messages: messagesJSON(edge)})
	wide := []message.Message{{ID: message.Identifier{Origin: common.Address{1}, BlockNumber: 1<<64 - 1, LogIndex: 1<<32 - 1, Timestamp: 1<<64 - 1, ChainID: 1<<64 - 1}, PayloadHash: common.Hash{1}}}
	b.add("commit: one message with every identifier field at its maximum", "commit", commitInput{
		Range: rangeJSON{ChainID: 1<<64 - 1, FromBlock: 1<<64 - 1, ToBlock: 1<<64 - 1}, Messages: messagesJSON(wide)})

	// Commitments that break §2's ordering and range rules.
	five := treeMessages(5)
	swapped := append([]message.Message(nil), five...)
	swapped[1], swapped[2] = swapped[2], swapped[1]
	dup := append(append([]message.Message(nil), five[:3]...), five[2])
	otherChain := append([]message.Message(nil), five...)
	otherChain[4].ID.ChainID = 902
	before := append([]message.Message(nil), five...)
	before[0].ID.BlockNumber = 99
	after := append([]message.Message(nil), five...)
	after[4].ID.BlockNumber = 121
	for _, c := range []struct {
		name string
		r    rangeJSON
		ms   []message.Message
	}{
		{"two messages out of order", treeRange, swapped},
		{"the same message twice", treeRange, dup},
		{"a message of another chain", treeRange, otherChain},
		{"a message before the range", treeRange, before},
		{"a message after the range", treeRange, after},
		{"fromBlock after toBlock, no messages", rangeJSON{ChainID: 901, FromBlock: 121, ToBlock: 120}, nil},
	} {
		b.add("commit rejected: "+c.name, "commit", commitInput{Range: c.r, Messages: messagesJSON(c.ms)})
	}

	// Proof verification.
	tree := func(ms []message.Message) *msgtree.Tree {
		t, err := msgtree.Commit(msgtree.Range{ChainID: 901, From: 100, To: 120}, ms)
		b.fail(err)
		return t
	}
	proof := func(t *msgtree.Tree, i uint64) []byte {
		p, err := t.Proof(i)
		b.fail(err)
		return p
	}
	if b.err != nil {
		return
	}
	one := treeMessages(1)
	t1 := tree(one)
	t5 := tree(five)
	t6 := tree(treeMessages(6))
	p2 := proof(t5, 2) // depth 3
	verify := func(name string, root common.Hash, m message.Message, p []byte) {
		b.add(name, "verifyProof", verifyProofInput{Root: root, Message: messageOf(m), Proof: nonNil(p)})
	}
	edit := func(p []byte, f func(p []byte) []byte) []byte { return f(bytes.Clone(p)) }
	header := func(index, count uint32, siblings int) []byte {
		out := binary.BigEndian.AppendUint32(nil, index)
		out = binary.BigEndian.AppendUint32(out, count)
		for i := 0; i < siblings; i++ {
			out = append(out, bytes.Repeat([]byte{byte(i + 1)}, 32)...)
		}
		return out
	}
	if b.err != nil {
		return
	}
	verify("valid: n = 1 (no siblings)", t1.Root(), one[0], proof(t1, 0))
	verify("valid: n = 5, index 2", t5.Root(), five[2], p2)
	verify("valid: n = 5, index 4 (padding sibling)", t5.Root(), five[4], proof(t5, 4))
	verify("valid: n = 6, index 5", t6.Root(), treeMessages(6)[5], proof(t6, 5))
	verify("wrong length: empty proof", t5.Root(), five[2], nil)
	verify("wrong length: 7 bytes", t5.Root(), five[2], p2[:7])
	verify("wrong length: a sibling missing", t5.Root(), five[2], p2[:len(p2)-32])
	verify("wrong length: an extra sibling", t5.Root(), five[2], append(bytes.Clone(p2), make([]byte, 32)...))
	verify("wrong length: a byte short", t5.Root(), five[2], p2[:len(p2)-1])
	verify("wrong length: n = 1 with a sibling", t1.Root(), one[0], append(proof(t1, 0), make([]byte, 32)...))
	verify("wrong length: longer than any proof (33 siblings)", t5.Root(), five[2], header(0, 1<<32-1, 33))
	verify("wrong length: n = 2^31 takes 31 siblings, not 32", t5.Root(), five[2], header(0, 1<<31, 32))
	verify("wrong length: n = 2^31+1 takes 32 siblings, not 31", t5.Root(), five[2], header(0, 1<<31+1, 31))
	verify("index = n", t5.Root(), five[2], edit(p2, func(p []byte) []byte { binary.BigEndian.PutUint32(p, 5); return p }))
	verify("index > n", t5.Root(), five[2], edit(p2, func(p []byte) []byte { binary.BigEndian.PutUint32(p, 1<<32-1); return p }))
	verify("n = 0", t5.Root(), five[2], header(0, 0, 0))
	verify("n = 0 against the empty root", msgtree.EmptyRoot, five[2], header(0, 0, 0))
	verify("n = 0 with siblings", t5.Root(), five[2], header(0, 0, 3))
	verify("wrong sibling", t5.Root(), five[2], edit(p2, func(p []byte) []byte { p[8+32] ^= 1; return p }))
	verify("wrong message", t5.Root(), five[3], p2)
	verify("right siblings, another index", t5.Root(), five[2], edit(p2, func(p []byte) []byte { binary.BigEndian.PutUint32(p, 3); return p }))
	verify("right siblings, another count of the same depth", t5.Root(), five[2], edit(p2, func(p []byte) []byte { binary.BigEndian.PutUint32(p[4:], 6); return p }))
	verify("proof of another tree's root", t6.Root(), five[2], p2)
	verify("n = 2^32-1 with 32 siblings: well formed, wrong root", t5.Root(), five[2], header(0, 1<<32-1, 32))
}
