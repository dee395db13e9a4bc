// Package abiword reads and writes Solidity ABI words strictly, for the hand-written
// decoders of data that reaches consensus code from L1 logs and EVM calldata
// (attestations, certificates, the AVS contracts' logs). Strict means canonical: a word
// holding a narrow type has its high bits zero, offsets are exactly where a canonical
// encoder puts them, `bytes` tails are zero-padded to a word and nothing follows the
// encoding. A strict decoder therefore accepts exactly one encoding of each value, the
// one the Solidity compiler emits.
//
// Every function takes any input without panicking.
package abiword

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Size is the size of a word.
const Size = 32

// Errors of strict reading.
var (
	ErrShort    = errors.New("abiword: encoding too short")
	ErrTrailing = errors.New("abiword: bytes after the encoding")
	ErrWidth    = errors.New("abiword: word has bits above its type")
	ErrOffset   = errors.New("abiword: non-canonical offset")
	ErrPadding  = errors.New("abiword: non-zero padding")
)

// Word returns word i of b, or nil if b is too short.
func Word(b []byte, i int) []byte {
	if i < 0 || len(b) < (i+1)*Size {
		return nil
	}
	return b[i*Size : (i+1)*Size]
}

// Uint returns the value of a word holding a uint of `bits` bits (8..64, a multiple of
// 8), and false if the word is not 32 bytes or has bits above that width.
func Uint(w []byte, bits int) (uint64, bool) {
	if len(w) != Size || bits < 8 || bits > 64 || bits%8 != 0 || !Zero(w[:Size-bits/8]) {
		return 0, false
	}
	return binary.BigEndian.Uint64(w[24:32]), true
}

// Address returns the address held in a word, and false if its high 12 bytes are not
// zero.
func Address(w []byte) ([20]byte, bool) {
	var a [20]byte
	if len(w) != Size || !Zero(w[:12]) {
		return a, false
	}
	copy(a[:], w[12:])
	return a, true
}

// PutUint writes v into word w (32 bytes, big-endian, high bytes zero).
func PutUint(w []byte, v uint64) {
	clear(w[:24])
	binary.BigEndian.PutUint64(w[24:32], v)
}

// Zero reports whether every byte of b is zero.
func Zero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

// Padded returns n rounded up to a whole number of words.
func Padded(n int) int { return (n + Size - 1) / Size * Size }

// Bytes reads a `bytes` value whose offset word is head word `slot` of b and must equal
// off (the canonical position of its tail), with a length below 2^32 and at most max
// bytes. It returns the value (aliasing b) and the end of its zero-padded tail.
func Bytes(b []byte, slot, off, max int) ([]byte, int, error) {
	o, ok := Uint(Word(b, slot), 32)
	if !ok || int(o) != off {
		return nil, 0, fmt.Errorf("%w: word %d", ErrOffset, slot)
	}
	if off < 0 || len(b) < off+Size {
		return nil, 0, ErrShort
	}
	n, ok := Uint(b[off:off+Size], 32)
	if !ok || int(n) > max {
		return nil, 0, fmt.Errorf("%w: length %x", ErrWidth, b[off:off+Size])
	}
	start := off + Size
	end := start + Padded(int(n))
	if len(b) < end {
		return nil, 0, ErrShort
	}
	if !Zero(b[start+int(n) : end]) {
		return nil, 0, ErrPadding
	}
	return b[start : start+int(n)], end, nil
}

// End checks that an encoding ends exactly at end.
func End(b []byte, end int) error {
	switch {
	case len(b) < end:
		return ErrShort
	case len(b) > end:
		return fmt.Errorf("%w: %d", ErrTrailing, len(b)-end)
	}
	return nil
}
