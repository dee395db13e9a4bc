package optable

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TreeDepth is the depth of a snapshot's Merkle tree: room for MaxEntries leaves.
const TreeDepth = 12

// Domain bytes of the snapshot tree (SPEC §5), as in msgtree: leaves, inner nodes and
// the root each hash under their own prefix, so no value of one kind can pose as
// another.
const (
	leafDomain = 0x00
	nodeDomain = 0x01
	rootDomain = 0x02
)

// Leaf returns an entry's leaf: keccak256(0x00 || be32(setId) || entry).
func Leaf(setID uint8, entry []byte) common.Hash {
	var pre [5]byte
	pre[0] = leafDomain
	binary.BigEndian.PutUint32(pre[1:], uint32(setID))
	return crypto.Keccak256Hash(pre[:], entry)
}

func node(l, r common.Hash) common.Hash { return crypto.Keccak256Hash([]byte{nodeDomain}, l[:], r[:]) }

// zeroHashes[h] is the root of an empty subtree of height h.
var zeroHashes = func() (z [TreeDepth + 1]common.Hash) {
	for h := 1; h <= TreeDepth; h++ {
		z[h] = node(z[h-1], z[h-1])
	}
	return z
}()

// Root returns the snapshot root of leaves (at most MaxEntries, in entry order):
// keccak256(0x02 || be64(n) || r), r the root of the depth-12 tree holding the leaves
// at positions 0..n-1 and empty subtrees elsewhere. This is what the table publisher
// computes incrementally on L1 (Ethereum's deposit-contract tree, with domain bytes).
func Root(leaves []common.Hash) common.Hash {
	level := leaves
	for h := 0; h < TreeDepth; h++ {
		if len(level) == 0 {
			break
		}
		next := make([]common.Hash, (len(level)+1)/2)
		for i := range next {
			r := zeroHashes[h]
			if 2*i+1 < len(level) {
				r = level[2*i+1]
			}
			next[i] = node(level[2*i], r)
		}
		level = next
	}
	top := zeroHashes[TreeDepth]
	if len(level) > 0 {
		top = level[0]
	}
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(leaves)))
	return crypto.Keccak256Hash([]byte{rootDomain}, n[:], top[:])
}
