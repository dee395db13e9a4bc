package operator

import (
	"errors"
	"fmt"
)

// Grid is the fixed division of a source chain into ranges that operators attest and
// the aggregator certifies: range k is blocks Start + k*Length .. Start + (k+1)*Length - 1.
// Operators and the aggregator of one source chain must use the same grid, or their
// attestations never meet.
type Grid struct {
	Start, Length uint64
}

// ErrOffGrid is returned for a range that is not one of the grid's.
var ErrOffGrid = errors.New("operator: range is not on the grid")

// Check validates the grid.
func (g Grid) Check() error {
	if g.Length == 0 {
		return errors.New("range length must be at least 1")
	}
	if g.Start+g.Length < g.Start {
		return errors.New("range start + length overflows")
	}
	return nil
}

// Range returns range k.
func (g Grid) Range(k uint64) (from, to uint64) {
	from = g.Start + k*g.Length
	return from, from + g.Length - 1
}

// On reports whether from..to is one of the grid's ranges.
func (g Grid) On(from, to uint64) error {
	if from < g.Start || (from-g.Start)%g.Length != 0 || to != from+g.Length-1 {
		return fmt.Errorf("%w: %d..%d (ranges are %d + k*%d, %d blocks long)", ErrOffGrid, from, to, g.Start, g.Length, g.Length)
	}
	return nil
}

// Next returns the first range that starts after block signed (signed false: the first
// range of the grid).
func (g Grid) Next(signed uint64, ok bool) (from, to uint64) {
	if !ok || signed < g.Start {
		return g.Range(0)
	}
	return g.Range((signed-g.Start)/g.Length + 1)
}

// Behind counts the complete ranges at or below head that start after block signed
// (signed false: from the grid's first range): how far an operator lags.
func (g Grid) Behind(head, signed uint64, ok bool) uint64 {
	from, _ := g.Next(signed, ok)
	if head < from || head-from+1 < g.Length {
		return 0
	}
	return (head - from + 1) / g.Length
}
