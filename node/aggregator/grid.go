package aggregator

// Grid is the fixed grid of ranges of a source chain that the aggregator and the
// operators share: range k is blocks Start + k*Length .. Start + (k+1)*Length - 1.
type Grid struct {
	Start, Length uint64
}

// Range returns range k's first and last block.
func (g Grid) Range(k uint64) (from, to uint64) {
	from = g.Start + k*g.Length
	return from, from + g.Length - 1
}

// Index returns the k of the range from..to, if it is one of the grid's.
func (g Grid) Index(from, to uint64) (uint64, bool) {
	if g.Length == 0 || from < g.Start || (from-g.Start)%g.Length != 0 || to != from+g.Length-1 {
		return 0, false
	}
	return (from - g.Start) / g.Length, true
}
