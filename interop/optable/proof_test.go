package optable

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestProofsAgainstRoot: every position's proof gives Root(leaves) (so the publisher's
// root), including full and one-short-of-full trees, and breaks if anything changes.
func TestProofsAgainstRoot(t *testing.T) {
	for _, n := range []int{1, 2, 3, 5, 8, 33, MaxEntries - 1, MaxEntries} {
		leaves := make([]common.Hash, n)
		for i := range leaves {
			leaves[i] = crypto.Keccak256Hash([]byte{byte(i), byte(i >> 8)})
		}
		root := Root(leaves)
		for _, i := range []int{0, n / 2, n - 1} {
			p, err := ProveLeaves(leaves, i)
			if err != nil {
				t.Fatal(err)
			}
			if !p.Verify(root, leaves[i]) {
				t.Fatalf("n=%d i=%d: proof does not verify", n, i)
			}
			if n > 1 && p.Verify(root, leaves[(i+1)%n]) {
				t.Fatalf("n=%d i=%d: proof verifies another leaf", n, i)
			}
			q := p
			q.Count++
			if q.Verify(root, leaves[i]) {
				t.Fatalf("n=%d i=%d: proof verifies with another count", n, i)
			}
			q = p
			q.Siblings[TreeDepth-1][0] ^= 1
			if q.Verify(root, leaves[i]) {
				t.Fatalf("n=%d i=%d: proof verifies with a changed sibling", n, i)
			}
			q = p
			q.Index ^= 1
			if n > 1 && q.Verify(root, leaves[i]) {
				t.Fatalf("n=%d i=%d: proof verifies at another position", n, i)
			}
		}
	}
	// Positions outside the snapshot.
	leaves := []common.Hash{{1}, {2}}
	for _, i := range []int{-1, 2} {
		if _, err := ProveLeaves(leaves, i); !errors.Is(err, ErrProofIndex) {
			t.Fatalf("index %d: %v", i, err)
		}
	}
	if _, err := ProveLeaves(nil, 0); !errors.Is(err, ErrProofIndex) {
		t.Fatalf("empty snapshot: %v", err)
	}
	// A zero leaf past the end proves nothing: Index must be below Count.
	p, _ := ProveLeaves(leaves, 1)
	p.Index = 3
	p.Siblings = [TreeDepth]common.Hash{}
	p.Siblings[0] = common.Hash{}
	if p.Verify(Root(leaves), common.Hash{}) {
		t.Fatal("a position past the count verifies")
	}
}

// TestTableProve: a table's proofs hash to its root (the one the publisher stores).
func TestTableProve(t *testing.T) {
	es := entries(t, 3, 0, 2)
	tab, err := Build(testAVS, 7, []uint8{0, 2}, es)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range es {
		j, ok := tab.Find(e.Operator, e.SetID)
		if !ok || j != i {
			t.Fatalf("Find(%s, %d) = %d, %v", e.Operator, e.SetID, j, ok)
		}
		got, p, err := tab.Prove(i)
		if err != nil {
			t.Fatal(err)
		}
		enc := got.Encode()
		if !p.Verify(tab.Root(), Leaf(got.SetID, enc[:])) {
			t.Fatalf("entry %d: proof does not verify against the table root", i)
		}
		if p.Verify(tab.Root(), Leaf(got.SetID+1, enc[:])) {
			t.Fatalf("entry %d: proof verifies under another set id", i)
		}
	}
	if _, ok := tab.Find(es[0].Operator, 1); ok {
		t.Fatal("found an entry of a set the operator is not in")
	}
}

// TestRangeProofs: every run's proof gives Root(leaves); a changed leaf, a moved run or
// a proof of the wrong length does not.
func TestRangeProofs(t *testing.T) {
	for _, n := range []int{1, 2, 3, 7, 8, 33, MaxEntries} {
		leaves := make([]common.Hash, n)
		for i := range leaves {
			leaves[i] = crypto.Keccak256Hash([]byte{byte(i), byte(i >> 8), 7})
		}
		root := Root(leaves)
		runs := [][2]int{{0, n}, {0, 1}, {n - 1, n}, {n / 3, n/3 + 1}, {n / 3, n - n/3}}
		for _, r := range runs {
			if r[1] <= r[0] {
				continue
			}
			p, err := ProveRange(leaves, r[0], r[1])
			if err != nil {
				t.Fatal(err)
			}
			run := leaves[r[0]:r[1]]
			if got, err := p.Root(run); err != nil || got != root {
				t.Fatalf("n=%d run %v: %s, %v; want %s", n, r, got, err, root)
			}
			bad := append([]common.Hash{}, run...)
			bad[len(bad)-1][0] ^= 1
			if got, _ := p.Root(bad); got == root {
				t.Fatalf("n=%d run %v: a changed leaf proves", n, r)
			}
			if len(p.Siblings) > 0 {
				q := p
				q.Siblings = p.Siblings[:len(p.Siblings)-1]
				if _, err := q.Root(run); !errors.Is(err, ErrRange) {
					t.Fatalf("n=%d run %v: short proof: %v", n, r, err)
				}
			}
			q := p
			q.Siblings = append(append([]common.Hash{}, p.Siblings...), common.Hash{})
			if _, err := q.Root(run); !errors.Is(err, ErrRange) {
				t.Fatalf("n=%d run %v: long proof: %v", n, r, err)
			}
			if r[0]+1 < r[1] {
				q = p
				q.Start++
				if got, _ := q.Root(run[:len(run)-1]); got == root {
					t.Fatalf("n=%d run %v: a shifted run proves", n, r)
				}
			}
		}
	}
	leaves := []common.Hash{{1}, {2}}
	for _, r := range [][2]int{{-1, 1}, {1, 1}, {0, 3}} {
		if _, err := ProveRange(leaves, r[0], r[1]); !errors.Is(err, ErrRange) {
			t.Fatalf("run %v: %v", r, err)
		}
	}
}
