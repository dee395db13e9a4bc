package precompile

import (
	"encoding/binary"

	"github.com/parley-xyz/parley/interop/message"
)

// messageCall holds the arguments of validateMessage and isValidMessage,
// (Identifier id, bytes32 msgHash, bytes proof), decoded by decodeMessageCall.
type messageCall struct {
	// msg is the identifier and msgHash; the identifier is only meaningful if !wide.
	msg message.Message
	// wide: a numeric identifier field is wider than Parley supports (toMessage's
	// IdentifierOutOfRange): blockNumber, timestamp or chainId of 2^64 or more, or
	// logIndex of 2^32 or more.
	wide bool
	// proof aliases the call data, as the ABI decoder's result does.
	proof []byte
}

// decodeMessageCall decodes the arguments of validateMessage and isValidMessage (data
// is the call data after the selector) with the rules of go-ethereum's ABI decoder
// (accounts/abi, the reference it is tested against) for its layout
//
//	word 0       address origin        the low 20 bytes; the high 12 are ignored
//	words 1..4   uint256 blockNumber, logIndex, timestamp, chainId
//	word 5       bytes32 msgHash
//	word 6       offset o of proof     o + 32 <= len(data), no alignment required
//	at o         length l of proof     o + 32 + l <= len(data)
//	o+32..+l     proof
//
// Anything after the words and the proof is ignored. It reports false exactly when
// the ABI decoder fails; otherwise it returns the values the ABI decoder and
// toMessage produce, with wide set where toMessage rejects the identifier.
func decodeMessageCall(data []byte) (c messageCall, ok bool) {
	n := uint64(len(data))
	if n < 7*32 {
		return messageCall{}, false
	}
	off, ok := word64(data[6*32 : 7*32])
	if !ok || off > n-32 {
		return messageCall{}, false
	}
	l, ok := word64(data[off : off+32])
	if !ok || l > n-32-off {
		return messageCall{}, false
	}
	c.proof = data[off+32 : off+32+l]

	id := &c.msg.ID
	copy(id.Origin[:], data[12:32])
	bn, ok1 := word64(data[1*32 : 2*32])
	li, ok2 := word64(data[2*32 : 3*32])
	ts, ok3 := word64(data[3*32 : 4*32])
	ch, ok4 := word64(data[4*32 : 5*32])
	if !ok1 || !ok2 || !ok3 || !ok4 || li > uint64(^uint32(0)) {
		c.wide = true
	} else {
		id.BlockNumber, id.LogIndex, id.Timestamp, id.ChainID = bn, uint32(li), ts, ch
	}
	copy(c.msg.PayloadHash[:], data[5*32:6*32])
	return c, true
}

// word64 returns the value of a 32-byte big-endian word and whether it is below 2^64.
func word64(w []byte) (uint64, bool) {
	_ = w[31]
	hi := binary.BigEndian.Uint64(w[0:8]) | binary.BigEndian.Uint64(w[8:16]) | binary.BigEndian.Uint64(w[16:24])
	return binary.BigEndian.Uint64(w[24:32]), hi == 0
}

// encodeBool is abi.encode(bool).
func encodeBool(v bool) []byte {
	out := make([]byte, 32)
	if v {
		out[31] = 1
	}
	return out
}
