package aggregator

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/node/avsapi"
)

// Bounds of the early buffer.
const (
	// MaxEarlyAhead is how many ranges past the last one open a pushed signature may be
	// for and still be buffered.
	MaxEarlyAhead = 64
	// MaxEarlyPerOperator bounds the buffered messages claiming one operator.
	MaxEarlyPerOperator = MaxEarlyAhead
	// MaxEarlyPerRange bounds the buffered messages of one range (one per operator of
	// the latest snapshot, which is at most 4096, is the natural bound).
	MaxEarlyPerRange = 4096
)

// earlyEntry is a pushed message waiting for its range to be built.
type earlyEntry struct {
	signed *avsapi.Signed
	// authentic: its signatures verified against its own attestation under the keys of
	// the snapshot it names (so the claimed operator sent it). It is verified again,
	// against the aggregator's own attestation, when the range is built.
	authentic bool
}

// earlyBuffer keeps signed messages for ranges the aggregator has not built yet, at
// most one per (range, claimed operator), MaxEarlyPerOperator per operator and
// MaxEarlyPerRange per range. Only members of the latest snapshot are admitted (the
// driver checks), so arbitrary claimed addresses cannot fill it; an authentic message
// replaces an unauthenticated one in its slot, never the reverse.
type earlyBuffer struct {
	byRange map[uint64]map[common.Address]earlyEntry
	perOp   map[common.Address]int
	n       int
}

func newEarlyBuffer() *earlyBuffer {
	return &earlyBuffer{byRange: map[uint64]map[common.Address]earlyEntry{}, perOp: map[common.Address]int{}}
}

// put buffers s for range k; false means a bound was hit (or an authentic message
// already holds the slot and s is not authentic).
func (b *earlyBuffer) put(k uint64, s *avsapi.Signed, authentic bool) bool {
	slots := b.byRange[k]
	if old, ok := slots[s.Operator]; ok {
		if old.authentic && !authentic {
			return false
		}
		slots[s.Operator] = earlyEntry{s, authentic}
		return true
	}
	if b.perOp[s.Operator] >= MaxEarlyPerOperator || len(slots) >= MaxEarlyPerRange {
		return false
	}
	if slots == nil {
		slots = map[common.Address]earlyEntry{}
		b.byRange[k] = slots
	}
	slots[s.Operator] = earlyEntry{s, authentic}
	b.perOp[s.Operator]++
	b.n++
	return true
}

// take removes and returns the messages of range k.
func (b *earlyBuffer) take(k uint64) []*avsapi.Signed {
	slots := b.byRange[k]
	out := make([]*avsapi.Signed, 0, len(slots))
	for op, e := range slots {
		out = append(out, e.signed)
		b.forget(op)
	}
	delete(b.byRange, k)
	return out
}

// dropBelow forgets every range below k.
func (b *earlyBuffer) dropBelow(k uint64) {
	for r, slots := range b.byRange {
		if r < k {
			for op := range slots {
				b.forget(op)
			}
			delete(b.byRange, r)
		}
	}
}

func (b *earlyBuffer) forget(op common.Address) {
	b.n--
	if b.perOp[op]--; b.perOp[op] <= 0 {
		delete(b.perOp, op)
	}
}

// len returns how many messages are buffered.
func (b *earlyBuffer) len() int { return b.n }
