package optable

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
)

var testAVS = attestation.AVS{L1ChainID: 17000, Registry: common.HexToAddress("0x5e6157e7")}

type testOp struct {
	key  *bls.SecretKey
	addr common.Address
	id   OperatorID
}

type seeded struct{ r *rand.ChaCha8 }

func (s seeded) Read(p []byte) (int, error) { return s.r.Read(p) }

func newOps(t testing.TB, n int) []testOp {
	t.Helper()
	out := make([]testOp, n)
	for i := range out {
		k, err := bls.GenerateKey(seeded{rand.NewChaCha8([32]byte{byte(i), 0x77})})
		if err != nil {
			t.Fatal(err)
		}
		out[i] = testOp{key: k, addr: common.Address{0xa0, byte(i)}, id: IDOf(k.PublicKeyG1())}
	}
	return out
}

func registration(t testing.TB, o testOp) Update {
	t.Helper()
	pop, err := o.key.ProvePossession(testAVS.L1ChainID, testAVS.Registry, o.addr)
	if err != nil {
		t.Fatal(err)
	}
	return Update{Kind: Register, Address: o.addr, PubkeyG1: o.key.PublicKeyG1(), PubkeyG2: o.key.PublicKeyG2(), PoP: pop}
}

func mustApply(t testing.TB, tab *Table, us ...Update) *Table {
	t.Helper()
	next, rej := tab.Apply(us)
	if len(rej) > 0 {
		t.Fatalf("update %d rejected: %v", rej[0].Index, rej[0].Err)
	}
	return next
}

func stake(v uint64) uint256.Int { return *uint256.NewInt(v) }

// checkAggregates recomputes every quorum from its members.
func checkAggregates(t testing.TB, tab *Table) {
	t.Helper()
	type agg struct {
		members int
		total   uint256.Int
		g1      bls.G1Sum
		g2      bls.G2Sum
	}
	want := map[uint8]*agg{}
	for _, o := range tab.Operators() {
		for q, s := range o.Stakes {
			a := want[q]
			if a == nil {
				a = &agg{}
				want[q] = a
			}
			a.members++
			a.total.Add(&a.total, &s)
			a.g1.Add(o.PubkeyG1)
			a.g2.Add(o.PubkeyG2)
		}
	}
	for _, q := range tab.QuorumNumbers() {
		qu, _ := tab.Quorum(q)
		a := want[q]
		if a == nil {
			a = &agg{}
		}
		if qu.Members != a.members || !qu.TotalStake.Eq(&a.total) || !qu.ApkG1.Equal(a.g1.Point()) || !qu.ApkG2.Equal(a.g2.Point()) {
			t.Fatalf("quorum %d aggregates drifted from its members", q)
		}
	}
}

func TestRegisterAndMembership(t *testing.T) {
	ops := newOps(t, 3)
	t0 := New(testAVS)
	t1 := mustApply(t, t0,
		registration(t, ops[0]), registration(t, ops[1]), registration(t, ops[2]),
		Update{Kind: Join, ID: ops[0].id, Quorums: []uint8{0, 1}},
		Update{Kind: Join, ID: ops[1].id, Quorums: []uint8{1}},
		Update{Kind: SetStake, ID: ops[0].id, Quorum: 0, Stake: stake(100)},
		Update{Kind: SetStake, ID: ops[0].id, Quorum: 1, Stake: stake(50)},
		Update{Kind: SetStake, ID: ops[1].id, Quorum: 1, Stake: stake(70)},
	)
	if t1.Version() != 1 || t0.Version() != 0 || t0.Len() != 0 || t1.Len() != 3 {
		t.Fatal("versions or copy-on-write broken")
	}
	q1, _ := t1.Quorum(1)
	if q1.Members != 2 || q1.TotalStake.Uint64() != 120 {
		t.Fatalf("quorum 1: %d members, %s stake", q1.Members, q1.TotalStake.Dec())
	}
	checkAggregates(t, t1)
	before := t1.Commitment()
	t2 := mustApply(t, t1,
		Update{Kind: Leave, ID: ops[0].id, Quorums: []uint8{1}},
		Update{Kind: SetStake, ID: ops[1].id, Quorum: 1, Stake: stake(5)},
	)
	checkAggregates(t, t2)
	q1, _ = t2.Quorum(1)
	if q1.Members != 1 || q1.TotalStake.Uint64() != 5 {
		t.Fatal("leave / stake update")
	}
	if t1.Commitment() != before || t2.Commitment() == before {
		t.Fatal("applying updates changed the previous version")
	}
	if o, _ := t1.Operator(ops[0].id); !o.InQuorum(1) {
		t.Fatal("previous version's operator was modified")
	}
	if o, ok := t2.OperatorByAddress(ops[2].addr); !ok || o.Index != 2 {
		t.Fatal("lookup by address")
	}
}

func TestUpdateRejections(t *testing.T) {
	ops := newOps(t, 3)
	base := mustApply(t, New(testAVS), registration(t, ops[0]), registration(t, ops[1]),
		Update{Kind: Join, ID: ops[0].id, Quorums: []uint8{0}})
	reg2 := registration(t, ops[2])
	over96 := new(uint256.Int).Lsh(uint256.NewInt(1), 96)
	cases := []struct {
		name string
		u    Update
		want error
	}{
		{"unknown kind", Update{Kind: 9}, ErrUnknownKind},
		{"address registered twice", func() Update { u := reg2; u.Address = ops[0].addr; return u }(), ErrAddressRegistered},
		{"key registered twice", func() Update { u := registration(t, ops[0]); u.Address = common.Address{0xee}; return u }(), ErrKeyRegistered},
		{"identity G1 key", func() Update { u := reg2; u.PubkeyG1 = bls.G1Point{}; return u }(), ErrIdentityKey},
		{"identity G2 key", func() Update { u := reg2; u.PubkeyG2 = bls.G2Point{}; return u }(), ErrIdentityKey},
		{"PoP for another address", func() Update { u := reg2; u.Address = common.Address{0xee}; return u }(), ErrBadPoP},
		{"G2 key of another secret", func() Update { u := reg2; u.PubkeyG2 = ops[0].key.PublicKeyG2(); return u }(), ErrBadPoP},
		{"PoP of another AVS", func() Update {
			u := reg2
			u.PoP, _ = ops[2].key.ProvePossession(testAVS.L1ChainID+1, testAVS.Registry, ops[2].addr)
			return u
		}(), ErrBadPoP},
		{"rogue key", func() Update {
			// pk = x*G1 - pk_victim with consistent G2; the attacker signs with x.
			x := ops[2].key
			var g1 bls.G1Sum
			g1.Add(x.PublicKeyG1())
			g1.Sub(ops[0].key.PublicKeyG1())
			var g2 bls.G2Sum
			g2.Add(x.PublicKeyG2())
			g2.Sub(ops[0].key.PublicKeyG2())
			pop, _ := x.ProvePossession(testAVS.L1ChainID, testAVS.Registry, common.Address{0xba, 0xd})
			return Update{Kind: Register, Address: common.Address{0xba, 0xd}, PubkeyG1: g1.Point(), PubkeyG2: g2.Point(), PoP: pop}
		}(), ErrBadPoP},
		{"join unknown operator", Update{Kind: Join, ID: ops[2].id, Quorums: []uint8{0}}, ErrUnknownOperator},
		{"join no quorums", Update{Kind: Join, ID: ops[1].id}, ErrNoQuorums},
		{"join quorum 192", Update{Kind: Join, ID: ops[1].id, Quorums: []uint8{192}}, ErrQuorumNumber},
		{"join same quorum twice", Update{Kind: Join, ID: ops[1].id, Quorums: []uint8{3, 3}}, ErrDuplicateQuorum},
		{"join again", Update{Kind: Join, ID: ops[0].id, Quorums: []uint8{0}}, ErrAlreadyMember},
		{"leave non-member", Update{Kind: Leave, ID: ops[1].id, Quorums: []uint8{0}}, ErrNotMember},
		{"leave unknown", Update{Kind: Leave, ID: common.Hash{1}, Quorums: []uint8{0}}, ErrUnknownOperator},
		{"stake of non-member", Update{Kind: SetStake, ID: ops[1].id, Quorum: 0, Stake: stake(1)}, ErrNotMember},
		{"stake quorum 200", Update{Kind: SetStake, ID: ops[0].id, Quorum: 200, Stake: stake(1)}, ErrQuorumNumber},
		{"stake over 96 bits", Update{Kind: SetStake, ID: ops[0].id, Quorum: 0, Stake: *over96}, ErrStakeTooLarge},
		{"stake unknown operator", Update{Kind: SetStake, ID: common.Hash{2}, Quorum: 0, Stake: stake(1)}, ErrUnknownOperator},
	}
	for _, c := range cases {
		next, rej := base.Apply([]Update{c.u})
		if len(rej) != 1 || !errors.Is(rej[0].Err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, rej, c.want)
			continue
		}
		// A rejected update changes nothing but the version.
		if next.Len() != base.Len() || next.Version() != base.Version()+1 {
			t.Errorf("%s: rejected update changed the table", c.name)
		}
		checkAggregates(t, next)
	}
	// Valid updates around an invalid one still apply, in order.
	next, rej := base.Apply([]Update{{Kind: 9}, reg2, {Kind: Join, ID: ops[2].id, Quorums: []uint8{0}}})
	if len(rej) != 1 || rej[0].Index != 0 || next.Len() != 3 {
		t.Fatalf("skipping: %v", rej)
	}
}

func TestTableFull(t *testing.T) {
	tab := New(testAVS)
	tab.operators = make([]*Operator, MaxOperators)
	ops := newOps(t, 1)
	if err := tab.apply(&[]Update{registration(t, ops[0])}[0]); !errors.Is(err, ErrTableFull) {
		t.Fatalf("got %v", err)
	}
}

func TestCommitmentDeterministic(t *testing.T) {
	ops := newOps(t, 4)
	build := func() *Table {
		var us []Update
		for _, o := range ops {
			us = append(us, registration(t, o), Update{Kind: Join, ID: o.id, Quorums: []uint8{2, 0}})
		}
		return mustApply(t, New(testAVS), us...)
	}
	a, b := build(), build()
	if a.Commitment() != b.Commitment() {
		t.Fatal("same table, different commitments")
	}
	c := mustApply(t, a, Update{Kind: SetStake, ID: ops[1].id, Quorum: 2, Stake: stake(1)})
	d := mustApply(t, a)
	if c.Commitment() == d.Commitment() {
		t.Fatal("commitment ignores stakes")
	}
	if d.Commitment() == a.Commitment() {
		t.Fatal("commitment ignores the version")
	}
}

func TestHistory(t *testing.T) {
	h := NewHistory(New(testAVS), 2)
	for i := 0; i < 5; i++ {
		h.Apply(nil)
	}
	if h.Latest().Version() != 5 {
		t.Fatal("latest")
	}
	for v, want := range map[uint64]error{5: nil, 4: nil, 3: nil, 2: ErrStaleVersion, 0: ErrStaleVersion, 6: ErrFutureVersion} {
		tab, err := h.At(v)
		if !errors.Is(err, want) || (want == nil && (err != nil || tab.Version() != v)) {
			t.Errorf("At(%d): %v, want %v", v, err, want)
		}
	}
	if err := h.Push(New(testAVS)); err == nil {
		t.Fatal("pushed a non-consecutive version")
	}
	if err := CheckWindow(10, 12, 2); err != nil {
		t.Fatal(err)
	}
	if err := CheckWindow(9, 12, 2); !errors.Is(err, ErrStaleVersion) {
		t.Fatal(err)
	}
}

// FuzzApplyUpdates drives arbitrary membership and stake updates over registered
// operators: Apply never panics, aggregates always equal the sums over members, and
// the previous version never changes.
func FuzzApplyUpdates(f *testing.F) {
	ops := newOps(f, 5)
	var regs []Update
	for _, o := range ops {
		regs = append(regs, registration(f, o))
	}
	base := mustApply(f, New(testAVS), regs...)
	f.Add([]byte{1, 0, 0, 1, 2, 0, 0, 9, 3, 0, 0})
	f.Add([]byte{1, 1, 5, 1, 1, 6, 2, 1, 5, 3, 1, 6, 255})
	f.Fuzz(func(t *testing.T, script []byte) {
		tab := base
		commit := tab.Commitment()
		for len(script) >= 3 {
			kind, who, arg := script[0]%5, script[1], script[2]
			script = script[3:]
			id := OperatorID{0xff}
			if int(who)%6 < len(ops) {
				id = ops[int(who)%6].id
			}
			var u Update
			switch kind {
			case 0:
				u = Update{Kind: Join, ID: id, Quorums: []uint8{arg % 4, arg / 64}}
			case 1:
				u = Update{Kind: Leave, ID: id, Quorums: []uint8{arg % 4}}
			case 2:
				u = Update{Kind: SetStake, ID: id, Quorum: arg % 4, Stake: stake(uint64(arg) << (arg % 90))}
			case 3:
				u = Update{Kind: Register, Address: common.Address{arg}}
			default:
				u = Update{Kind: Kind(arg)}
			}
			next, _ := tab.Apply([]Update{u})
			if tab.Commitment() != commit {
				t.Fatal("Apply modified its receiver")
			}
			tab, commit = next, next.Commitment()
			checkAggregates(t, tab)
		}
	})
}
