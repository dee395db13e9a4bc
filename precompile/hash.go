package precompile

import (
	"encoding/binary"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/parley-xyz/parley/interop/message"
	"github.com/parley-xyz/parley/interop/msgtree"
)

// hasher evaluates the keccak256 hashes of the inbox's hot paths with one reused
// state and buffers it owns, so hashing allocates nothing: storage slots, the message
// checksum (message.Checksum) and the message-tree leaf and proof hashes (msgtree).
// The formulas are restated here byte for byte; tests pin every one of them to the
// package it restates, on arbitrary input.
type hasher struct {
	st  crypto.KeccakState
	buf [128]byte // input of the next hash
	out common.Hash
}

var hasherPool = sync.Pool{New: func() any { return &hasher{st: crypto.NewKeccakState()} }}

func getHasher() *hasher  { return hasherPool.Get().(*hasher) }
func putHasher(h *hasher) { hasherPool.Put(h) }

// sum returns keccak256(h.buf[:n]).
func (h *hasher) sum(n int) common.Hash {
	h.st.Reset()
	h.st.Write(h.buf[:n])
	h.st.Read(h.out[:])
	return h.out
}

// slot is the storage slot keccak256(tag || word(k1) || ... || word(kn)) (see the
// storage layout in state.go).
func (h *hasher) slot(tag common.Hash, keys ...uint64) common.Hash {
	n := 32 * (1 + len(keys))
	if n > len(h.buf) {
		buf := make([]byte, n)
		copy(buf, tag[:])
		for i, k := range keys {
			binary.BigEndian.PutUint64(buf[32*(i+1)+24:], k)
		}
		return crypto.Keccak256Hash(buf)
	}
	copy(h.buf[:32], tag[:])
	for i, k := range keys {
		w := h.buf[32*(i+1) : 32*(i+2)]
		clear(w[:24])
		binary.BigEndian.PutUint64(w[24:], k)
	}
	return h.sum(n)
}

// checksum is message.Checksum:
//
//	logHash   = keccak256(origin || payloadHash)
//	idLogHash = keccak256(logHash || 12 zero bytes || be64(blockNumber) || be64(timestamp) || be32(logIndex))
//	checksum  = keccak256(idLogHash || be256(chainId)), then byte 0 := message.ChecksumVersion
func (h *hasher) checksum(m *message.Message) common.Hash {
	b := &h.buf
	copy(b[0:20], m.ID.Origin[:])
	copy(b[20:52], m.PayloadHash[:])
	logHash := h.sum(52)
	copy(b[0:32], logHash[:])
	clear(b[32:44])
	binary.BigEndian.PutUint64(b[44:52], m.ID.BlockNumber)
	binary.BigEndian.PutUint64(b[52:60], m.ID.Timestamp)
	binary.BigEndian.PutUint32(b[60:64], m.ID.LogIndex)
	idLogHash := h.sum(64)
	copy(b[0:32], idLogHash[:])
	clear(b[32:56])
	binary.BigEndian.PutUint64(b[56:64], m.ID.ChainID)
	out := h.sum(64)
	out[0] = message.ChecksumVersion
	return out
}

// Domain bytes of msgtree's hashes.
const (
	leafDomain = 0x00
	nodeDomain = 0x01
	rootDomain = 0x02
)

// leaf is msgtree.LeafOf: keccak256(0x00 || checksum).
func (h *hasher) leaf(checksum common.Hash) common.Hash {
	h.buf[0] = leafDomain
	copy(h.buf[1:33], checksum[:])
	return h.sum(33)
}

// rootFromProof is msgtree.DecodeProof followed by msgtree.RootFromProof on an
// encoded proof p = be32(index) || be32(count) || siblings: the commitment root the
// proof leads to from leaf, or false if msgtree's strict decoder rejects p.
func (h *hasher) rootFromProof(leaf common.Hash, p []byte) (common.Hash, bool) {
	if len(p) < 8 || len(p) > msgtree.MaxProofSize {
		return common.Hash{}, false
	}
	index, count := binary.BigEndian.Uint32(p[0:4]), binary.BigEndian.Uint32(p[4:8])
	if count == 0 || index >= count {
		return common.Hash{}, false
	}
	d := msgtree.Depth(uint64(count))
	if len(p) != 8+32*d {
		return common.Hash{}, false
	}
	b := &h.buf
	b[0] = nodeDomain
	acc := leaf
	for sibs := p[8:]; len(sibs) >= 32; sibs = sibs[32:] {
		if index&1 == 0 {
			copy(b[1:33], acc[:])
			copy(b[33:65], sibs[:32])
		} else {
			copy(b[1:33], sibs[:32])
			copy(b[33:65], acc[:])
		}
		acc = h.sum(65)
		index >>= 1
	}
	b[0] = rootDomain
	binary.BigEndian.PutUint64(b[1:9], uint64(count))
	copy(b[9:41], acc[:])
	return h.sum(41), true
}
