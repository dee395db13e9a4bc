package precompile

import (
	"math/rand/v2"
	"testing"
)

// checkBound runs a system write with exactly bound gas and checks that it succeeds,
// and, when tight is set (the worst case: cold slots, first writes), that the bound is
// within 1.5x of the gas used.
func checkBound(t *testing.T, h *harness, what string, input []byte, bound uint64, tight bool) uint64 {
	t.Helper()
	h.caller = SystemSender
	r := h.call(input, bound)
	if r.err != nil {
		t.Fatalf("%s: %v with its bound %d as gas", what, r.err, bound)
	}
	if tight && 2*bound > 3*r.gasUsed {
		t.Fatalf("%s: bound %d above 1.5x the %d used", what, bound, r.gasUsed)
	}
	t.Logf("%s: used %d, bound %d (%.3fx)", what, r.gasUsed, bound, float64(bound)/float64(r.gasUsed))
	h.newTx()
	return r.gasUsed
}

func TestRecordRangeGasBound(t *testing.T) {
	h := newHarness(t)
	for i, set := range []*certifiedSet{newCertifiedSet(t, 1, 9, 1), newCertifiedSet(t, 10, 10, 1), newCertifiedSet(t, 11, 500, 1)} {
		in := set.recordInput(t)
		used := checkBound(t, h, "range "+set.String(), in, RecordRangeGas(len(in)), true)
		if i == 0 && used != RecordRangeGas(len(in)) {
			t.Fatalf("first range of a fresh inbox: used %d, bound %d: the bound is exact there", used, RecordRangeGas(len(in)))
		}
	}
}

func TestRecordSnapshotGasBound(t *testing.T) {
	// The worst case: a fresh inbox (first write, every slot cold and new).
	for _, n := range []int{1, 32} {
		h := newHarness(t)
		in := snapshotOf(100, n, 5, 5).input(t)
		bound := RecordSnapshotGas(n, len(in))
		if used := checkBound(t, h, "first snapshot", in, bound, true); used != bound {
			t.Fatalf("%d sets, first snapshot: used %d, bound %d: the bound is exact there", n, used, bound)
		}
	}
	// Later snapshots, of random sets and sizes, over whatever the earlier ones left.
	h := newHarness(t)
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 40 {
		n := 1 + rng.IntN(MaxSnapshotSets)
		s := snapshotOf(uint64(100+i), n, uint32(rng.IntN(MaxOperatorSetID-MaxSnapshotSets*4)), 1+uint32(rng.IntN(4)))
		if rng.IntN(2) == 0 {
			s.weights[0].SetUint64(7) // the same weight as before for some sets
		}
		in := s.input(t)
		checkBound(t, h, "snapshot", in, RecordSnapshotGas(n, len(in)), false)
	}
}
