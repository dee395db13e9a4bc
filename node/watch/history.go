package watch

import (
	"encoding/binary"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/certificate"
)

// Posted is one certificate read from the inbox and kept: decoded (its encoding is
// Encode's, byte for byte: the decoder is strict), with the snapshot it names as the
// inbox logged it and where it was posted.
type Posted struct {
	Cert   *certificate.Certificate
	Ref    derivation.SnapshotRef
	Digest common.Hash
	// Block, Index and Tx locate the log.
	Block uint64
	Index uint
	Tx    common.Hash
	// ID is the keccak of the encoding: one certificate posted twice is kept once.
	ID common.Hash
}

// NewPosted wraps a decoded certificate read from a log.
func NewPosted(c *certificate.Certificate, raw []byte, ref derivation.SnapshotRef, block uint64, index uint, tx common.Hash) *Posted {
	return &Posted{Cert: c, Ref: ref, Digest: c.Attestation.Digest(), Block: block, Index: index, Tx: tx, ID: crypto.Keccak256Hash(raw)}
}

// History keeps the certificates a watcher compares new ones with, per source chain
// (the AVS is the inbox's: certificates of another are never kept), in posting order.
// It is bounded twice: a certificate is forgotten MaxBlocks L1 blocks after the block
// it was posted in (Prune), and when more than Max are kept the oldest is forgotten
// first (Add). A History is not safe for concurrent use.
type History struct {
	maxBlocks uint64
	max       int
	order     []*Posted
	byChain   map[uint64][]*Posted
	ids       map[common.Hash]bool
}

// NewHistory returns an empty history keeping at most max certificates, each for at
// most maxBlocks L1 blocks.
func NewHistory(maxBlocks uint64, max int) *History {
	return &History{maxBlocks: maxBlocks, max: max, byChain: map[uint64][]*Posted{}, ids: map[common.Hash]bool{}}
}

// Len returns how many certificates are kept.
func (h *History) Len() int { return len(h.order) }

// Has reports whether a certificate with this encoding is kept.
func (h *History) Has(id common.Hash) bool { return h.ids[id] }

// Conflicting returns the kept certificates whose attestations conflict with p's
// (interop/attestation.Conflicts), oldest first. It changes nothing.
func (h *History) Conflicting(p *Posted) []*Posted {
	var out []*Posted
	for _, q := range h.byChain[p.Cert.Attestation.SourceChainID] {
		if q.Digest != p.Digest && attestation.Conflicts(q.Cert.Attestation, p.Cert.Attestation) {
			out = append(out, q)
		}
	}
	return out
}

// Add keeps p (unless a certificate with its encoding is kept), forgetting the oldest
// when more than Max would be kept.
func (h *History) Add(p *Posted) {
	if h.ids[p.ID] {
		return
	}
	h.ids[p.ID] = true
	h.order = append(h.order, p)
	chain := p.Cert.Attestation.SourceChainID
	h.byChain[chain] = append(h.byChain[chain], p)
	for len(h.order) > h.max {
		h.dropOldest()
	}
}

// Prune forgets the certificates posted more than MaxBlocks before head.
func (h *History) Prune(head uint64) {
	for len(h.order) > 0 && h.order[0].Block+h.maxBlocks < head {
		h.dropOldest()
	}
}

// dropOldest forgets the oldest certificate: the first of the global order, hence the
// first of its chain's too.
func (h *History) dropOldest() {
	p := h.order[0]
	h.order[0] = nil
	h.order = h.order[1:]
	delete(h.ids, p.ID)
	chain := p.Cert.Attestation.SourceChainID
	cs := h.byChain[chain]
	if i := slices.Index(cs, p); i == 0 {
		cs[0] = nil
		cs = cs[1:]
	} else if i > 0 {
		cs = slices.Delete(cs, i, i+1)
	}
	if len(cs) == 0 {
		delete(h.byChain, chain)
	} else {
		h.byChain[chain] = cs
	}
}

// OffenceKey is the key under which ParleySlasher records an offence (SPEC §8.4):
// keccak256(abi.encode(operator, operatorSetId, lo, hi)) with lo < hi the two digests.
func OffenceKey(operator common.Address, setID uint8, a, b common.Hash) common.Hash {
	lo, hi := a, b
	if hi.Cmp(lo) < 0 {
		lo, hi = hi, lo
	}
	var buf [128]byte
	copy(buf[12:32], operator[:])
	binary.BigEndian.PutUint32(buf[60:64], uint32(setID))
	copy(buf[64:96], lo[:])
	copy(buf[96:128], hi[:])
	return crypto.Keccak256Hash(buf[:])
}

// commonSets returns the operator sets both certificates list, ascending.
func commonSets(a, b *certificate.Certificate) []uint8 {
	var out []uint8
	for _, q := range a.Quorums {
		if slices.Contains(b.Quorums, q) {
			out = append(out, q)
		}
	}
	return out
}
