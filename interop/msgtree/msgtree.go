// Package msgtree is the message commitment operators sign: a binary Merkle tree over
// the messages of a contiguous block range of one source chain, ordered by block
// number, then log index.
//
// Hashing is domain-separated so that no leaf can pose as an inner node, no inner node
// as a leaf, and no tree as a tree of another size:
//
//	leaf       = keccak256(0x00 || checksum)            checksum: message.Checksum
//	node       = keccak256(0x01 || left || right)
//	padding    = 32 zero bytes (no keccak output is known to equal it)
//	level k+1  = node(level k [2i], level k [2i+1]) for each pair; an odd last node of a
//	             level is paired with `padding`
//	treeRoot   = the single node of the top level (a single leaf is its own tree root;
//	             no leaves: 32 zero bytes)
//	root       = keccak256(0x02 || be64(count) || treeRoot)
//
// The root of an empty range is therefore EmptyRoot = keccak256(0x02 || be64(0) || 0^32),
// against which no proof verifies.
//
// An inclusion proof is encoded for calldata as
//
//	be32(index) || be32(count) || sibling_0 || ... || sibling_{d-1}
//
// where d = ceil(log2(count)) and sibling_0 is the leaf's neighbour. The decoder is
// strict: count >= 1, index < count, count <= MaxLeaves, and exactly d siblings.
package msgtree

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/crypto/sha3"

	"github.com/parley-xyz/parley/interop/message"
)

// Domain bytes of the three hash kinds.
const (
	leafDomain = 0x00
	nodeDomain = 0x01
	rootDomain = 0x02
)

// MaxDepth is the deepest tree a proof may describe; MaxLeaves the most messages one
// commitment may hold (2^32 - 1, the largest be32 count).
const (
	MaxDepth  = 32
	MaxLeaves = 1<<32 - 1
)

// MaxProofSize is the largest valid encoded proof.
const MaxProofSize = 8 + 32*MaxDepth

// Errors of proof decoding and verification.
var (
	ErrProofLength   = errors.New("msgtree: proof length does not match its leaf count")
	ErrProofIndex    = errors.New("msgtree: leaf index outside the tree")
	ErrProofEmpty    = errors.New("msgtree: proof for an empty tree")
	ErrProofMismatch = errors.New("msgtree: proof does not lead to the root")
	ErrUnordered     = errors.New("msgtree: messages not strictly ordered by block, then log index")
	ErrOutOfRange    = errors.New("msgtree: message outside the committed chain or block range")
	ErrTooMany       = errors.New("msgtree: too many messages")
)

// EmptyRoot is the root of a range without messages.
var EmptyRoot = finalRoot(0, common.Hash{})

// LeafHash returns the leaf of a message: keccak256(0x00 || checksum).
func LeafHash(m message.Message) common.Hash { return LeafOf(m.Checksum()) }

// LeafOf returns the leaf of a message given its checksum.
func LeafOf(checksum common.Hash) common.Hash { return hash1(leafDomain, checksum[:]) }

// NodeHash returns keccak256(0x01 || left || right).
func NodeHash(left, right common.Hash) common.Hash { return hash1(nodeDomain, left[:], right[:]) }

func finalRoot(count uint64, treeRoot common.Hash) common.Hash {
	var c [8]byte
	binary.BigEndian.PutUint64(c[:], count)
	return hash1(rootDomain, c[:], treeRoot[:])
}

func hash1(domain byte, parts ...[]byte) common.Hash {
	w := sha3.NewLegacyKeccak256().(keccakState)
	w.Write([]byte{domain})
	for _, p := range parts {
		w.Write(p)
	}
	var out common.Hash
	w.Read(out[:])
	return out
}

// keccakState is the sha3 state with Read, which avoids Sum's copy.
type keccakState interface {
	Reset()
	Write([]byte) (int, error)
	Read([]byte) (int, error)
}

// Depth returns ceil(log2(count)), the number of siblings in a proof.
func Depth(count uint64) int {
	if count <= 1 {
		return 0
	}
	return bits.Len64(count - 1)
}

// Tree is a built commitment. Levels[0] are the leaves; each level above holds the
// nodes of the level below, with an odd last node paired with padding.
type Tree struct {
	levels [][]common.Hash
	count  uint64
}

// Range is what a commitment covers: one source chain, blocks From..To inclusive.
type Range struct {
	ChainID uint64
	From    uint64
	To      uint64
}

// Commit builds the commitment of msgs, which must belong to r and be strictly ordered
// by block number, then log index.
func Commit(r Range, msgs []message.Message) (*Tree, error) {
	if r.From > r.To {
		return nil, fmt.Errorf("%w: empty block range %d..%d", ErrOutOfRange, r.From, r.To)
	}
	leaves := make([]common.Hash, len(msgs))
	for i, m := range msgs {
		if m.ID.ChainID != r.ChainID || m.ID.BlockNumber < r.From || m.ID.BlockNumber > r.To {
			return nil, fmt.Errorf("%w: message %d is %s", ErrOutOfRange, i, m.ID)
		}
		if i > 0 && !msgs[i-1].ID.Less(m.ID) {
			return nil, fmt.Errorf("%w: message %d (%s) after %s", ErrUnordered, i, m.ID, msgs[i-1].ID)
		}
		leaves[i] = LeafHash(m)
	}
	return FromLeaves(leaves)
}

// FromLeaves builds a tree over already hashed leaves, in order.
func FromLeaves(leaves []common.Hash) (*Tree, error) {
	if uint64(len(leaves)) > MaxLeaves {
		return nil, ErrTooMany
	}
	t := &Tree{count: uint64(len(leaves)), levels: [][]common.Hash{leaves}}
	for level := leaves; len(level) > 1; {
		next := make([]common.Hash, (len(level)+1)/2)
		for i := range next {
			right := common.Hash{}
			if 2*i+1 < len(level) {
				right = level[2*i+1]
			}
			next[i] = NodeHash(level[2*i], right)
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t, nil
}

// Count is the number of messages committed to.
func (t *Tree) Count() uint64 { return t.count }

// Root returns the commitment root.
func (t *Tree) Root() common.Hash {
	var treeRoot common.Hash
	if t.count > 0 {
		treeRoot = t.levels[len(t.levels)-1][0]
	}
	return finalRoot(t.count, treeRoot)
}

// Proof returns the encoded inclusion proof of the leaf at index.
func (t *Tree) Proof(index uint64) ([]byte, error) {
	if index >= t.count {
		return nil, fmt.Errorf("%w: index %d, count %d", ErrProofIndex, index, t.count)
	}
	d := Depth(t.count)
	out := make([]byte, 8, 8+32*d)
	binary.BigEndian.PutUint32(out[0:4], uint32(index))
	binary.BigEndian.PutUint32(out[4:8], uint32(t.count))
	i := index
	for level := 0; level < d; level++ {
		sib := i ^ 1
		var h common.Hash
		if sib < uint64(len(t.levels[level])) {
			h = t.levels[level][sib]
		}
		out = append(out, h[:]...)
		i >>= 1
	}
	return out, nil
}

// Proof is a decoded inclusion proof.
type Proof struct {
	Index    uint32
	Count    uint32
	Siblings []common.Hash
}

// DecodeProof strictly decodes an encoded proof.
func DecodeProof(b []byte) (Proof, error) {
	if len(b) < 8 || len(b) > MaxProofSize {
		return Proof{}, fmt.Errorf("%w: %d bytes", ErrProofLength, len(b))
	}
	p := Proof{Index: binary.BigEndian.Uint32(b[0:4]), Count: binary.BigEndian.Uint32(b[4:8])}
	if p.Count == 0 {
		return Proof{}, ErrProofEmpty
	}
	if p.Index >= p.Count {
		return Proof{}, fmt.Errorf("%w: index %d, count %d", ErrProofIndex, p.Index, p.Count)
	}
	d := Depth(uint64(p.Count))
	if len(b) != 8+32*d {
		return Proof{}, fmt.Errorf("%w: %d bytes for count %d (want %d)", ErrProofLength, len(b), p.Count, 8+32*d)
	}
	p.Siblings = make([]common.Hash, d)
	for i := range p.Siblings {
		copy(p.Siblings[i][:], b[8+32*i:])
	}
	return p, nil
}

// Encode returns the canonical encoding of p.
func (p Proof) Encode() []byte {
	out := make([]byte, 8, 8+32*len(p.Siblings))
	binary.BigEndian.PutUint32(out[0:4], p.Index)
	binary.BigEndian.PutUint32(out[4:8], p.Count)
	for _, s := range p.Siblings {
		out = append(out, s[:]...)
	}
	return out
}

// Hashes returns how many keccak256 evaluations verifying an encoded proof of this
// length costs beyond the leaf (one per sibling, plus the final root), or -1 if the
// length is not that of any valid proof. The precompile prices proofs with it.
func Hashes(proofLen int) int {
	if proofLen < 8 || proofLen > MaxProofSize || (proofLen-8)%32 != 0 {
		return -1
	}
	return (proofLen-8)/32 + 1
}

// RootFromProof recomputes the commitment root from a leaf hash and a decoded proof.
func RootFromProof(leaf common.Hash, p Proof) common.Hash {
	w := sha3.NewLegacyKeccak256().(keccakState)
	var buf [65]byte
	buf[0] = nodeDomain
	acc := leaf
	i := p.Index
	for _, s := range p.Siblings {
		if i&1 == 0 {
			copy(buf[1:33], acc[:])
			copy(buf[33:65], s[:])
		} else {
			copy(buf[1:33], s[:])
			copy(buf[33:65], acc[:])
		}
		w.Reset()
		w.Write(buf[:])
		w.Read(acc[:])
		i >>= 1
	}
	return finalRoot(uint64(p.Count), acc)
}

// Verify checks that the message m is included in the commitment root by the encoded
// proof. It never panics, whatever the bytes.
func Verify(root common.Hash, m message.Message, proof []byte) error {
	return VerifyLeaf(root, LeafHash(m), proof)
}

// VerifyLeaf is Verify for an already hashed leaf.
func VerifyLeaf(root, leaf common.Hash, proof []byte) error {
	p, err := DecodeProof(proof)
	if err != nil {
		return err
	}
	if RootFromProof(leaf, p) != root {
		return ErrProofMismatch
	}
	return nil
}
