package attestation

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestConflicts(t *testing.T) {
	base := sample() // blocks 100..199
	with := func(f func(*Attestation)) Attestation { a := base; f(&a); return a }
	for _, tc := range []struct {
		name string
		b    Attestation
		want bool
	}{
		{"identical", base, false},
		{"same range, other message root", with(func(a *Attestation) { a.MessageRoot = common.Hash{9} }), true},
		{"same range, other last block hash", with(func(a *Attestation) { a.LastBlockHash = common.Hash{9} }), true},
		{"same range, other snapshot", with(func(a *Attestation) { a.Snapshot.Block++ }), true},
		{"overlap by one block at the end", with(func(a *Attestation) { a.FromBlock, a.ToBlock = 199, 250 }), true},
		{"overlap by one block at the start", with(func(a *Attestation) { a.FromBlock, a.ToBlock = 50, 100 }), true},
		{"contained", with(func(a *Attestation) { a.FromBlock, a.ToBlock = 150, 150 }), true},
		{"adjacent after", with(func(a *Attestation) { a.FromBlock, a.ToBlock = 200, 299 }), false},
		{"adjacent before", with(func(a *Attestation) { a.FromBlock, a.ToBlock = 0, 99 }), false},
		{"disjoint", with(func(a *Attestation) { a.FromBlock, a.ToBlock = 500, 599 }), false},
		{"different source chain", with(func(a *Attestation) { a.SourceChainID++; a.MessageRoot = common.Hash{9} }), false},
		{"different avs", with(func(a *Attestation) { a.AVS.Address[0] ^= 1; a.MessageRoot = common.Hash{9} }), false},
		{"different l1 chain", with(func(a *Attestation) { a.AVS.L1ChainID++; a.MessageRoot = common.Hash{9} }), false},
		{"empty range", with(func(a *Attestation) { a.FromBlock, a.ToBlock = 150, 120 }), false},
	} {
		if got := Conflicts(base, tc.b); got != tc.want {
			t.Errorf("%s: Conflicts(a, b) = %v, want %v", tc.name, got, tc.want)
		}
		if got := Conflicts(tc.b, base); got != tc.want {
			t.Errorf("%s: Conflicts(b, a) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
