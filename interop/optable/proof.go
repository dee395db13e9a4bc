package optable

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Proof shows that one entry is in a snapshot (SPEC §8.4): the entry's position, the
// snapshot's entry count and the TreeDepth siblings on the path from its leaf to the
// tree root, lowest first (an empty subtree's sibling is its zero hash). ParleySlasher
// checks it against the root the publisher stored on L1.
type Proof struct {
	Index    uint32
	Count    uint32
	Siblings [TreeDepth]common.Hash
}

// ErrProofIndex is returned for a proof of a position outside the snapshot.
var ErrProofIndex = errors.New("optable: proof of a position outside the snapshot")

// ProveLeaves returns the proof of leaves[i] in the snapshot of leaves (at most
// MaxEntries, in entry order).
func ProveLeaves(leaves []common.Hash, i int) (Proof, error) {
	if len(leaves) == 0 || len(leaves) > MaxEntries || i < 0 || i >= len(leaves) {
		return Proof{}, fmt.Errorf("%w: %d of %d", ErrProofIndex, i, len(leaves))
	}
	p := Proof{Index: uint32(i), Count: uint32(len(leaves))}
	level := leaves
	at := i
	for h := 0; h < TreeDepth; h++ {
		sib := at ^ 1
		if sib < len(level) {
			p.Siblings[h] = level[sib]
		} else {
			p.Siblings[h] = zeroHashes[h]
		}
		next := make([]common.Hash, (len(level)+1)/2)
		for j := range next {
			r := zeroHashes[h]
			if 2*j+1 < len(level) {
				r = level[2*j+1]
			}
			next[j] = node(level[2*j], r)
		}
		level, at = next, at/2
	}
	return p, nil
}

// Root returns the snapshot root the proof gives for leaf: keccak256(0x02 ||
// be64(Count) || r), r the tree root from leaf and the siblings along Index's path.
func (p *Proof) Root(leaf common.Hash) common.Hash {
	acc := leaf
	for h := 0; h < TreeDepth; h++ {
		if (p.Index>>h)&1 == 0 {
			acc = node(acc, p.Siblings[h])
		} else {
			acc = node(p.Siblings[h], acc)
		}
	}
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(p.Count))
	return crypto.Keccak256Hash([]byte{rootDomain}, n[:], acc[:])
}

// Verify reports whether the proof shows leaf in the snapshot with this root: Count in
// [1, MaxEntries], Index below it, and Root(leaf) == root. ParleySlasher's rule.
func (p *Proof) Verify(root, leaf common.Hash) bool {
	return p.Count >= 1 && p.Count <= MaxEntries && p.Index < p.Count && p.Root(leaf) == root
}

// Leaves returns the table's leaves in entry order (SPEC §5).
func (t *Table) Leaves() []common.Hash {
	out := make([]common.Hash, len(t.entries))
	for i := range t.entries {
		e := t.entries[i].Encode()
		out[i] = Leaf(t.entries[i].SetID, e[:])
	}
	return out
}

// Find returns the position of operator's entry in operator set setID.
func (t *Table) Find(operator common.Address, setID uint8) (int, bool) {
	for i := range t.entries {
		if t.entries[i].SetID == setID && t.entries[i].Operator == operator {
			return i, true
		}
	}
	return 0, false
}

// Prove returns the entry at position i and its proof against the table's root.
func (t *Table) Prove(i int) (Entry, Proof, error) {
	p, err := ProveLeaves(t.Leaves(), i)
	if err != nil {
		return Entry{}, Proof{}, err
	}
	return t.entries[i], p, nil
}

// RangeProof shows that a contiguous run of entries, positions [Start, Start+len) of a
// snapshot of Count entries, is in the snapshot (SPEC §8.4): Siblings are the run's
// boundary neighbours, level by level from the leaves up, at each level first the left
// neighbour if the run starts at an odd position, then the right neighbour if it ends
// at an even one (so that it covers whole pairs); empty positions are zero hashes.
type RangeProof struct {
	Start    uint32
	Count    uint32
	Siblings []common.Hash
}

// ErrRange is returned for a run that is empty or not inside the snapshot, or a range
// proof of the wrong length.
var ErrRange = errors.New("optable: invalid entry range")

// ProveRange returns the range proof of leaves[start:end] in the snapshot of leaves.
func ProveRange(leaves []common.Hash, start, end int) (RangeProof, error) {
	if len(leaves) > MaxEntries || start < 0 || end <= start || end > len(leaves) {
		return RangeProof{}, fmt.Errorf("%w: [%d, %d) of %d", ErrRange, start, end, len(leaves))
	}
	p := RangeProof{Start: uint32(start), Count: uint32(len(leaves))}
	level := leaves
	lo, hi := start, end
	at := func(h, i int) common.Hash {
		if i < len(level) {
			return level[i]
		}
		return zeroHashes[h]
	}
	for h := 0; h < TreeDepth; h++ {
		if lo%2 == 1 {
			p.Siblings = append(p.Siblings, at(h, lo-1))
			lo--
		}
		if hi%2 == 1 {
			p.Siblings = append(p.Siblings, at(h, hi))
			hi++
		}
		next := make([]common.Hash, (len(level)+1)/2)
		for j := range next {
			next[j] = node(level[2*j], at(h, 2*j+1))
		}
		level, lo, hi = next, lo/2, hi/2
	}
	return p, nil
}

// Root returns the snapshot root the proof gives for the run's leaves, or ErrRange if
// the run or the proof's length does not fit (ParleySlasher's rule).
func (p *RangeProof) Root(run []common.Hash) (common.Hash, error) {
	k := len(run)
	if k == 0 || p.Count > MaxEntries || uint64(p.Start)+uint64(k) > uint64(p.Count) {
		return common.Hash{}, fmt.Errorf("%w: %d entries at %d of %d", ErrRange, k, p.Start, p.Count)
	}
	level := append([]common.Hash{}, run...)
	lo, used := int(p.Start), 0
	next := func() (common.Hash, bool) {
		if used >= len(p.Siblings) {
			return common.Hash{}, false
		}
		used++
		return p.Siblings[used-1], true
	}
	for h := 0; h < TreeDepth; h++ {
		if lo%2 == 1 {
			s, ok := next()
			if !ok {
				return common.Hash{}, fmt.Errorf("%w: proof too short", ErrRange)
			}
			level = append([]common.Hash{s}, level...)
			lo--
		}
		if len(level)%2 == 1 {
			s, ok := next()
			if !ok {
				return common.Hash{}, fmt.Errorf("%w: proof too short", ErrRange)
			}
			level = append(level, s)
		}
		up := make([]common.Hash, len(level)/2)
		for j := range up {
			up[j] = node(level[2*j], level[2*j+1])
		}
		level, lo = up, lo/2
	}
	if used != len(p.Siblings) {
		return common.Hash{}, fmt.Errorf("%w: proof too long", ErrRange)
	}
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(p.Count))
	return crypto.Keccak256Hash([]byte{rootDomain}, n[:], level[0][:]), nil
}
