package action

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/node/avs"
)

// TestEquivocatorsSlashedEverywhere: operators 0 and 1 sign two conflicting histories of
// the source's blocks 1..10; operators 2..4 sign one each. Both certificates meet the
// threshold and are posted in one L1 block. Every destination (A, and B which activated
// later) records the same one (the first: the second no longer continues the source's
// ranges) — the split the slasher exists to deter. Anyone then submits the two
// certificates as evidence to ParleySlasher: exactly the operators in both signer sets
// lose the configured 25% of their allocation, the honest ones nothing; the same
// evidence again is refused; and the next snapshot carries the lower weights to every
// destination.
func TestEquivocatorsSlashedEverywhere(gt *testing.T) {
	w := newWorld(gt)
	t := w.t
	a := w.newRollup("A")
	w.joinAll()
	b := w.newRollup("B") // activates after the operators joined
	s1 := w.publish(0)
	tab1 := w.table(s1)

	wads := new(big.Int).Div(avs.WAD, big.NewInt(4))
	slasher, err := w.avs.DeploySlasher(w.ctx, w.owner, wads)
	require.NoError(t, err)

	// Two histories of blocks 1..10. Weights 30/25/20/15/10%: {0,1,2} sign 75%,
	// {0,1,3,4} 80%; both certificates are valid on their own.
	x, y := newRange(t, 1, 10, "history x"), newRange(t, 1, 10, "history y")
	cx, cy := w.certify(tab1, x, 0, 1, 2), w.certify(tab1, y, 0, 1, 3, 4)
	require.True(t, attestation.Conflicts(cx.Attestation, cy.Attestation))
	w.mineOK(w.post(0, cx), w.post(1, cy))
	w.mine()
	for _, rr := range []*rollup{a, b} {
		for name, v := range rr.safeInboxes() {
			v.onlyCertified(name, x)
			v.invalid(name, "the conflicting second certificate", y)
		}
	}

	require.ElementsMatch(t, []common.Address{w.ops[0].Account.Address, w.ops[1].Account.Address},
		avs.Offenders(set, cx, cy, tab1, tab1), "the operators in both signer sets")
	_, err = slasher.SubmitCertificates(w.ctx, w.keeper, set, cx, cy, tab1, tab1)
	require.NoError(t, err, "anyone may submit evidence")
	_, err = slasher.SubmitCertificates(w.ctx, w.keeper, set, cy, cx, tab1, tab1)
	require.Error(t, err, "the same offence twice")

	s2 := w.publish(0)
	tab2 := w.table(s2)
	for i, e := range tab1.Entries() {
		e2, ok := tab2.Entry(e.ID)
		require.True(t, ok)
		want := e.Weight.ToBig()
		if e.Operator == w.ops[0].Account.Address || e.Operator == w.ops[1].Account.Address {
			want = new(big.Int).Sub(want, new(big.Int).Div(new(big.Int).Mul(want, wads), avs.WAD))
		}
		require.Equal(t, want, e2.Weight.ToBig(), "entry %d (operator %s)", i, e.Operator)
	}
	// 10,000 tokens less a quarter of 3,000 and of 2,500.
	total2, _ := tab2.Set(set)
	require.Equal(t, tokens(8_625), total2.TotalWeight.ToBig())
	for _, rr := range []*rollup{a, b} {
		for name, v := range rr.safeInboxes() {
			v.snapshotIs(name, s2, tab2)
		}
	}
}
