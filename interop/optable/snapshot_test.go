package optable

import (
	"bytes"
	"errors"
	"testing"
)

func snapshotTable(t testing.TB) *Table {
	ops := newOps(t, 4)
	var us []Update
	for i, o := range ops {
		us = append(us, registration(t, o))
		if i < 3 {
			us = append(us, Update{Kind: Join, ID: o.id, Quorums: []uint8{0, uint8(i + 1)}},
				Update{Kind: SetStake, ID: o.id, Quorum: 0, Stake: stake(uint64(100 * (i + 1)))})
		}
	}
	return mustApply(t, New(testAVS), us...)
}

func TestSnapshotRoundTrip(t *testing.T) {
	tab := snapshotTable(t)
	enc := tab.EncodeSnapshot()
	got, err := DecodeSnapshot(testAVS, enc)
	if err != nil {
		t.Fatal(err)
	}
	if got.Commitment() != tab.Commitment() || !bytes.Equal(got.EncodeSnapshot(), enc) {
		t.Fatal("restored table differs")
	}
	checkAggregates(t, got)
	for _, q := range tab.QuorumNumbers() {
		a, _ := tab.Quorum(q)
		b, ok := got.Quorum(q)
		if !ok || !a.ApkG1.Equal(b.ApkG1) || !a.ApkG2.Equal(b.ApkG2) || !a.TotalStake.Eq(&b.TotalStake) {
			t.Fatalf("quorum %d differs", q)
		}
	}
}

func TestDecodeSnapshotRejects(t *testing.T) {
	tab := snapshotTable(t)
	enc := tab.EncodeSnapshot()
	first := 12 // first operator record
	mems := first + snapshotOperatorFixed
	edit := func(f func(b []byte)) []byte { b := bytes.Clone(enc); f(b); return b }
	cases := map[string][]byte{
		"short":                 enc[:11],
		"truncated":             enc[:len(enc)-1],
		"trailing":              append(bytes.Clone(enc), 0),
		"too many operators":    edit(func(b []byte) { b[8] = 0xff }),
		"identity G1":           edit(func(b []byte) { clear(b[first+20 : first+84]) }),
		"off-curve G1":          edit(func(b []byte) { b[first+83] ^= 1 }),
		"off-curve G2":          edit(func(b []byte) { b[first+84+127] ^= 1 }),
		"unordered quorums":     edit(func(b []byte) { b[mems], b[mems+13] = b[mems+13], b[mems] }),
		"quorum 192":            edit(func(b []byte) { b[mems+13] = 192 }),
		"membership count lies": edit(func(b []byte) { b[mems-1] = 3 }),
		"duplicate operator": func() []byte {
			rec := enc[first : mems+2*13]
			b := bytes.Clone(enc[:first])
			b[11]++
			b = append(b, rec...)
			return append(b, enc[first:]...)
		}(),
	}
	for name, b := range cases {
		if _, err := DecodeSnapshot(testAVS, b); !errors.Is(err, ErrSnapshot) && !errors.Is(err, ErrTableFull) {
			t.Errorf("%s: got %v", name, err)
		}
	}
}

func FuzzDecodeSnapshot(f *testing.F) {
	f.Add(snapshotTable(f).EncodeSnapshot())
	f.Add(New(testAVS).EncodeSnapshot())
	f.Fuzz(func(t *testing.T, b []byte) {
		tab, err := DecodeSnapshot(testAVS, b)
		if err != nil {
			return
		}
		if !bytes.Equal(tab.EncodeSnapshot(), b) {
			t.Fatalf("non-canonical snapshot accepted: %x", b)
		}
		checkAggregates(t, tab)
	})
}
