package precompile

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// The one-time costs a system write's bound covers and a later call does not pay:
// the account's nonce on the inbox's first write, and the first write of the slot
// the method rewrites (a chain's state, the latest snapshot's block).
const (
	onceNonce   = GasAccountNonceSet
	onceRewrite = GasSstoreSet - GasSstoreReset
)

// checkBound runs a system write with exactly bound gas as the only call of a
// transaction (as a deposit is) and checks that it succeeds, that it uses bound - slack
// gas, and that the bound is at most 1.5x the gas used.
func checkBound(t *testing.T, h *harness, what string, input []byte, bound, slack uint64) uint64 {
	t.Helper()
	h.newTx()
	h.caller = SystemSender
	r := h.call(input, bound)
	if r.err != nil {
		t.Fatalf("%s: %v with its bound %d as gas", what, r.err, bound)
	}
	if r.gasUsed+slack != bound {
		t.Errorf("%s: used %d, bound %d: want the bound %d above the use", what, r.gasUsed, bound, slack)
	}
	if 2*bound > 3*r.gasUsed {
		t.Errorf("%s: bound %d above 1.5x the %d used", what, bound, r.gasUsed)
	}
	t.Logf("%-58s used %7d  bound %7d  (%.3fx)", what, r.gasUsed, bound, float64(bound)/float64(r.gasUsed))
	h.newTx()
	return r.gasUsed
}

// TestRecordRangeGasBound: recordRange's bound is exact for the first range on a fresh
// inbox, and above the use by the one-time costs only in every other state, whatever
// the range's values.
func TestRecordRangeGasBound(t *testing.T) {
	rr := func(chain, from, to uint64, last, root common.Hash) []byte {
		return pack(t, "recordRange", bigU(chain), from, to, [32]byte(last), [32]byte(root))
	}
	h := newHarness(t)
	a, b := newCertifiedSet(t, 1, 9, 1), newCertifiedSet(t, 10, 10, 1)
	for _, c := range []struct {
		what  string
		in    []byte
		slack uint64
	}{
		{"range: first of a chain, fresh inbox", a.recordInput(t), 0},
		{"range: second of the chain", b.recordInput(t), onceNonce + onceRewrite},
		{"range: third, zero hashes", rr(srcChain, 11, 500, common.Hash{}, common.Hash{}), onceNonce + onceRewrite},
		{"range: first of another chain, from 0, zero hashes", rr(7, 0, 0, common.Hash{}, common.Hash{}), onceNonce},
		{"range: second of that chain, extreme values", rr(7, 1, ^uint64(0), common.Hash{1}, common.Hash{2}), onceNonce + onceRewrite},
		{"range: first of chain 2^64-1", rr(^uint64(0), 5, 6, common.Hash{3}, common.Hash{4}), onceNonce},
	} {
		checkBound(t, h, c.what, c.in, RecordRangeGas(len(c.in)), c.slack)
	}
	// From 0, zero hashes, on a fresh inbox: the bound is still exact.
	in := rr(7, 0, 0, common.Hash{}, common.Hash{})
	checkBound(t, newHarness(t), "range: from 0, zero hashes, fresh inbox", in, RecordRangeGas(len(in)), 0)
}

// TestRecordSnapshotGasBound: for 1, 4 and 32 sets, recordSnapshot's bound is exact on
// a fresh inbox and above the use by the one-time costs only on an inbox already
// written (by ranges only, or by snapshots listing the same and other sets), whatever
// the weights and the root.
func TestRecordSnapshotGasBound(t *testing.T) {
	for _, n := range []int{1, 4, MaxSnapshotSets} {
		bound := func(s snapshotArgs) (uint64, []byte) {
			in := s.input(t)
			return RecordSnapshotGas(len(s.ids), len(in)), in
		}
		// A fresh inbox: the first write of everything.
		h := newHarness(t)
		first := snapshotOf(100, n, 0, 1)
		b, in := bound(first)
		checkBound(t, h, fmt.Sprintf("snapshot: %d sets, fresh inbox", n), in, b, 0)
		// The same sets with new weights, then the same weights, then other sets and
		// sets in common (ids step 3 from 1 meet ids 0..n-1 at 1, 4, ...), then zero
		// weights and a zero root.
		same := snapshotOf(101, n, 0, 1)
		for _, w := range same.weights {
			w.Add(w, big.NewInt(1))
		}
		b, in = bound(same)
		checkBound(t, h, fmt.Sprintf("snapshot: %d sets, same sets, new weights", n), in, b, onceNonce+onceRewrite)
		b, in = bound(snapshotOf(102, n, 0, 1))
		checkBound(t, h, fmt.Sprintf("snapshot: %d sets, same sets and weights", n), in, b, onceNonce+onceRewrite)
		b, in = bound(snapshotOf(103, n, 1, 3))
		checkBound(t, h, fmt.Sprintf("snapshot: %d sets, other sets and some in common", n), in, b, onceNonce+onceRewrite)
		zero := snapshotOf(104, n, MaxOperatorSetID-uint32(n), 1)
		zero.root = common.Hash{}
		for _, w := range zero.weights {
			w.SetUint64(0)
		}
		b, in = bound(zero)
		checkBound(t, h, fmt.Sprintf("snapshot: %d sets, zero weights and root", n), in, b, onceNonce+onceRewrite)

		// An inbox written by ranges only: the nonce is set, no snapshot yet.
		h = newHarness(t)
		h.system(newCertifiedSet(t, 1, 9, 1).recordInput(t))
		b, in = bound(snapshotOf(100, n, 0, 1))
		checkBound(t, h, fmt.Sprintf("snapshot: %d sets, inbox with a range", n), in, b, onceNonce)
	}
	// Later snapshots, of random sets, weights and sizes, over whatever the earlier
	// ones left.
	h := newHarness(t)
	h.system(snapshotOf(99, 1, 0, 1).input(t))
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 40 {
		n := 1 + rng.IntN(MaxSnapshotSets)
		s := snapshotOf(uint64(100+i), n, uint32(rng.IntN(MaxOperatorSetID-MaxSnapshotSets*4)), 1+uint32(rng.IntN(4)))
		for _, w := range s.weights {
			switch rng.IntN(3) {
			case 0:
				w.SetUint64(7) // the same weight as before for some sets
			case 1:
				w.SetUint64(0)
			}
		}
		in := s.input(t)
		checkBound(t, h, "snapshot: random", in, RecordSnapshotGas(n, len(in)), onceNonce+onceRewrite)
	}
}
