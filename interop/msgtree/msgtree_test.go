package msgtree

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/message"
)

func msgs(chain, from uint64, n int) []message.Message {
	out := make([]message.Message, n)
	for i := range out {
		out[i] = message.Message{
			ID:          message.Identifier{Origin: common.Address{byte(i)}, BlockNumber: from + uint64(i/3), LogIndex: uint32(i % 3), Timestamp: 1000 + uint64(i/3), ChainID: chain},
			PayloadHash: common.BytesToHash([]byte{byte(i), byte(i >> 8), 7}),
		}
	}
	return out
}

func TestProofRoundTrip(t *testing.T) {
	for n := 1; n <= 40; n++ {
		ms := msgs(901, 100, n)
		tr, err := Commit(Range{ChainID: 901, From: 100, To: 200}, ms)
		if err != nil {
			t.Fatal(err)
		}
		root := tr.Root()
		for i, m := range ms {
			p, err := tr.Proof(uint64(i))
			if err != nil {
				t.Fatal(err)
			}
			if len(p) != 8+32*Depth(uint64(n)) {
				t.Fatalf("n=%d: proof length %d", n, len(p))
			}
			if err := Verify(root, m, p); err != nil {
				t.Fatalf("n=%d i=%d: %v", n, i, err)
			}
			dp, err := DecodeProof(p)
			if err != nil || !bytes.Equal(dp.Encode(), p) {
				t.Fatalf("n=%d i=%d: decode/encode not canonical: %v", n, i, err)
			}
			// The proof proves only its own message.
			other := ms[(i+1)%n]
			if n > 1 && Verify(root, other, p) == nil {
				t.Fatalf("n=%d: proof of %d verifies message %d", n, i, (i+1)%n)
			}
		}
	}
}

func TestRootBindsCountAndContent(t *testing.T) {
	ms := msgs(1, 0, 5)
	a, _ := Commit(Range{ChainID: 1, From: 0, To: 9}, ms)
	b, _ := Commit(Range{ChainID: 1, From: 0, To: 9}, ms[:4])
	if a.Root() == b.Root() {
		t.Fatal("roots of different counts collide")
	}
	// Padding must not be confusable with an explicit zero leaf.
	c, _ := FromLeaves([]common.Hash{LeafHash(ms[0]), {}})
	d, _ := FromLeaves([]common.Hash{LeafHash(ms[0])})
	if c.Root() == d.Root() {
		t.Fatal("explicit zero leaf collides with padding")
	}
	empty, _ := Commit(Range{ChainID: 1, From: 0, To: 0}, nil)
	if empty.Root() != EmptyRoot {
		t.Fatal("empty range root is not EmptyRoot")
	}
	if _, err := empty.Proof(0); !errors.Is(err, ErrProofIndex) {
		t.Fatalf("proof from empty tree: %v", err)
	}
}

func TestLeafIsNotANode(t *testing.T) {
	// A two-leaf tree's inner node must not verify as a leaf of a one-leaf tree.
	ms := msgs(1, 0, 2)
	tr, _ := Commit(Range{ChainID: 1, From: 0, To: 0}, ms)
	inner := NodeHash(LeafHash(ms[0]), LeafHash(ms[1]))
	single := Proof{Index: 0, Count: 1}.Encode()
	if VerifyLeaf(tr.Root(), inner, single) == nil {
		t.Fatal("inner node accepted as a leaf with a shorter proof")
	}
}

func TestCommitRejects(t *testing.T) {
	r := Range{ChainID: 7, From: 10, To: 12}
	good := msgs(7, 10, 6)
	cases := map[string]struct {
		r    Range
		msgs func() []message.Message
		want error
	}{
		"other chain":  {r, func() []message.Message { m := msgs(7, 10, 6); m[2].ID.ChainID = 8; return m }, ErrOutOfRange},
		"before range": {r, func() []message.Message { return msgs(7, 9, 2) }, ErrOutOfRange},
		"after range":  {r, func() []message.Message { return msgs(7, 12, 6) }, ErrOutOfRange},
		"reversed":     {Range{ChainID: 7, From: 12, To: 10}, func() []message.Message { return nil }, ErrOutOfRange},
		"duplicate":    {r, func() []message.Message { m := msgs(7, 10, 6); m[1] = m[0]; return m }, ErrUnordered},
		"out of order": {r, func() []message.Message { m := msgs(7, 10, 6); m[1], m[2] = m[2], m[1]; return m }, ErrUnordered},
		"block descent": {r, func() []message.Message {
			m := msgs(7, 10, 6)
			m[3].ID.BlockNumber = 10
			m[3].ID.LogIndex = 9
			m[4].ID.BlockNumber = 10
			return m
		}, ErrUnordered},
	}
	if _, err := Commit(r, good); err != nil {
		t.Fatalf("good input rejected: %v", err)
	}
	for name, c := range cases {
		if _, err := Commit(c.r, c.msgs()); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", name, err, c.want)
		}
	}
}

func TestDecodeProofRejects(t *testing.T) {
	ms := msgs(1, 0, 5)
	tr, _ := Commit(Range{ChainID: 1, From: 0, To: 9}, ms)
	p, _ := tr.Proof(3)
	withHeader := func(index, count uint32) []byte {
		q := bytes.Clone(p)
		binary.BigEndian.PutUint32(q[0:4], index)
		binary.BigEndian.PutUint32(q[4:8], count)
		return q
	}
	cases := map[string]struct {
		b    []byte
		want error
	}{
		"nil":               {nil, ErrProofLength},
		"header only short": {p[:7], ErrProofLength},
		"truncated":         {p[:len(p)-1], ErrProofLength},
		"trailing byte":     {append(bytes.Clone(p), 0), ErrProofLength},
		"extra sibling":     {append(bytes.Clone(p), make([]byte, 32)...), ErrProofLength},
		"missing sibling":   {p[:len(p)-32], ErrProofLength},
		"zero count":        {withHeader(0, 0), ErrProofEmpty},
		"index == count":    {withHeader(5, 5), ErrProofIndex},
		"index > count":     {withHeader(9, 5), ErrProofIndex},
		"count too deep":    {withHeader(3, 9), ErrProofLength},
		"oversize":          {make([]byte, MaxProofSize+32), ErrProofLength},
	}
	for name, c := range cases {
		if _, err := DecodeProof(c.b); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", name, err, c.want)
		}
		if err := Verify(tr.Root(), ms[3], c.b); err == nil {
			t.Errorf("%s: verified", name)
		}
	}
	// A wrong count that keeps the depth changes the root.
	if err := Verify(tr.Root(), ms[3], withHeader(3, 6)); !errors.Is(err, ErrProofMismatch) {
		t.Errorf("count 6 for a 5-leaf tree: %v", err)
	}
	bad := bytes.Clone(p)
	bad[20] ^= 1
	if err := Verify(tr.Root(), ms[3], bad); !errors.Is(err, ErrProofMismatch) {
		t.Errorf("tampered sibling: %v", err)
	}
}

func TestHashes(t *testing.T) {
	for _, c := range []struct{ n, want int }{{8, 1}, {40, 2}, {8 + 32*20, 21}, {7, -1}, {41, -1}, {MaxProofSize + 32, -1}} {
		if got := Hashes(c.n); got != c.want {
			t.Errorf("Hashes(%d) = %d, want %d", c.n, got, c.want)
		}
	}
}

func FuzzVerifyProof(f *testing.F) {
	ms := msgs(1, 0, 11)
	tr, _ := Commit(Range{ChainID: 1, From: 0, To: 9}, ms)
	root := tr.Root()
	for i := range ms {
		p, _ := tr.Proof(uint64(i))
		f.Add(p, uint8(i))
	}
	f.Add([]byte{}, uint8(0))
	f.Add(make([]byte, 8), uint8(1))
	f.Fuzz(func(t *testing.T, proof []byte, which uint8) {
		m := ms[int(which)%len(ms)]
		err := Verify(root, m, proof)
		if err != nil {
			return
		}
		// Anything that verifies must be the canonical proof of that very message.
		p, derr := DecodeProof(proof)
		if derr != nil {
			t.Fatalf("verified but does not decode: %v", derr)
		}
		want, _ := tr.Proof(uint64(p.Index))
		if !bytes.Equal(want, proof) || ms[p.Index] != m {
			t.Fatalf("accepted a non-canonical or foreign proof %x for message %d", proof, which)
		}
	})
}

func FuzzDecodeProof(f *testing.F) {
	tr, _ := Commit(Range{ChainID: 1, From: 0, To: 9}, msgs(1, 0, 7))
	for i := 0; i < 7; i++ {
		p, _ := tr.Proof(uint64(i))
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := DecodeProof(b)
		if err != nil {
			return
		}
		if !bytes.Equal(p.Encode(), b) {
			t.Fatalf("decode/encode not canonical for %x", b)
		}
		if Hashes(len(b)) != len(p.Siblings)+1 {
			t.Fatalf("Hashes disagrees with decoder for length %d", len(b))
		}
	})
}

// BenchmarkVerifyProof verifies a depth-20 proof (a tree of 2^19+1 messages).
func BenchmarkVerifyProof(b *testing.B) {
	const n = 1<<19 + 1
	leaves := make([]common.Hash, n)
	for i := range leaves {
		binary.BigEndian.PutUint64(leaves[i][:], uint64(i))
		leaves[i] = hash1(leafDomain, leaves[i][:])
	}
	tr, err := FromLeaves(leaves)
	if err != nil {
		b.Fatal(err)
	}
	idx := uint64(n - 1)
	p, _ := tr.Proof(idx)
	if Depth(n) != 20 {
		b.Fatalf("depth %d", Depth(n))
	}
	root, leaf := tr.Root(), leaves[idx]
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := VerifyLeaf(root, leaf, p); err != nil {
			b.Fatal(err)
		}
	}
}
