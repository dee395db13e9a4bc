package precompile

import (
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/optable"
)

func TestRecordRangeGasBound(t *testing.T) {
	h := newHarness(t)
	for i, set := range []*certifiedSet{newCertifiedSet(t, 1, 9, 1), newCertifiedSet(t, 10, 10, 1), newCertifiedSet(t, 11, 500, 1)} {
		in := set.recordInput(t)
		r := h.system(in)
		if bound := RecordRangeGas(len(in)); r.gasUsed > bound {
			t.Fatalf("range %d: used %d > bound %d", i, r.gasUsed, bound)
		} else {
			t.Logf("range %d: used %d, bound %d", i, r.gasUsed, bound)
		}
		h.newTx()
	}
}

// TestApplyOperatorUpdatesGasBound drives random batches and checks the bound, given
// the shape the derivation hook can know (operators, and pairs that ever had an entry).
func TestApplyOperatorUpdatesGasBound(t *testing.T) {
	h := newHarness(t)
	ops := testOperators(t, 8)
	rng := rand.New(rand.NewPCG(3, 4))
	table := optable.New(testCfg.AVS)
	ever := map[[2]uint64]bool{}
	registered := 0
	for round := 0; round < 12; round++ {
		var batch []optable.Update
		for k := rng.IntN(6); k >= 0; k-- {
			switch r := rng.IntN(5); {
			case r == 0 && registered < len(ops):
				batch = append(batch, registerUpdate(t, ops[registered]))
				registered++
			case registered > 0:
				o := ops[rng.IntN(registered)]
				q := uint8(rng.IntN(4))
				switch r {
				case 1, 2:
					batch = append(batch, optable.Update{Kind: optable.Join, ID: o.id, Quorums: []uint8{q}})
				case 3:
					batch = append(batch, optable.Update{Kind: optable.Leave, ID: o.id, Quorums: []uint8{q}})
				default:
					batch = append(batch, optable.Update{Kind: optable.SetStake, ID: o.id, Quorum: q, Stake: *uint256.NewInt(rng.Uint64() >> 10)})
				}
			}
		}
		shape := TableShape{Operators: table.Len(), Memberships: len(ever)}
		in := applyInput(t, batch)
		r := h.system(in)
		h.newTx()
		bound := ApplyOperatorUpdatesGas(shape, testCfg.Window, batch, len(in))
		if r.gasUsed > bound {
			t.Fatalf("round %d: used %d > bound %d", round, r.gasUsed, bound)
		}
		table, _ = table.Apply(batch)
		for i, o := range table.Operators() {
			for q := range o.Stakes {
				ever[[2]uint64{uint64(i), uint64(q)}] = true
			}
		}
	}
}
