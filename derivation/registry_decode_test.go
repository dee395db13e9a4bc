package derivation_test

import (
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/precompile/bindings"
)

var decRegistry = common.HexToAddress("0x5615dEB798BB3E4dFa0139dFa1b3D433Cc23b72f")

func avsOf(l1ChainID uint64, registry common.Address) attestation.AVS {
	return attestation.AVS{L1ChainID: l1ChainID, Registry: registry}
}

func decABI(t testing.TB) *abi.ABI {
	t.Helper()
	a, err := bindings.ParleyRegistryMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func decKey(t testing.TB, i byte) *bls.SecretKey {
	t.Helper()
	k, err := bls.SecretKeyFromBytes(crypto.Keccak256([]byte("registry decode test key"), []byte{i}))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func abiG1(p bls.G1Point) bindings.G1Point {
	b := p.Bytes()
	return bindings.G1Point{X: new(big.Int).SetBytes(b[:32]), Y: new(big.Int).SetBytes(b[32:])}
}

func abiG2(p bls.G2Point) bindings.G2Point {
	b := p.Bytes()
	w := func(i int) *big.Int { return new(big.Int).SetBytes(b[32*i : 32*i+32]) }
	return bindings.G2Point{X: [2]*big.Int{w(0), w(1)}, Y: [2]*big.Int{w(2), w(3)}}
}

// decLog ABI-encodes one registry event canonically: indexed arguments become topics,
// the others the data.
func decLog(t testing.TB, event string, args ...any) *types.Log {
	t.Helper()
	ev := decABI(t).Events[event]
	lg := &types.Log{Address: decRegistry, Topics: []common.Hash{ev.ID}}
	var data []any
	for i, in := range ev.Inputs {
		if in.Indexed {
			topics, err := abi.MakeTopics([]any{args[i]})
			if err != nil {
				t.Fatal(err)
			}
			lg.Topics = append(lg.Topics, topics[0][0])
		} else {
			data = append(data, args[i])
		}
	}
	var err error
	if lg.Data, err = ev.Inputs.NonIndexed().Pack(data...); err != nil {
		t.Fatal(err)
	}
	return lg
}

type decFixture struct {
	op       common.Address
	key      *bls.SecretKey
	pop      bls.G1Point
	register *types.Log
	join     *types.Log
	leave    *types.Log
	stake    *types.Log
}

func newDecFixture(t testing.TB) decFixture {
	k := decKey(t, 1)
	op := common.HexToAddress("0xA11CE")
	pop, err := k.ProvePossession(1337, decRegistry, op)
	if err != nil {
		t.Fatal(err)
	}
	id := optable.IDOf(k.PublicKeyG1())
	return decFixture{
		op: op, key: k, pop: pop,
		register: decLog(t, "NewPubkeyRegistration", op, abiG1(k.PublicKeyG1()), abiG2(k.PublicKeyG2()), abiG1(pop)),
		join:     decLog(t, "OperatorAddedToQuorums", op, id, []byte{0, 3}),
		leave:    decLog(t, "OperatorRemovedFromQuorums", op, id, []byte{3}),
		stake:    decLog(t, "OperatorStakeUpdate", id, uint8(3), big.NewInt(12345)),
	}
}

func TestRegistryUpdatesDecodesEachEvent(t *testing.T) {
	f := newDecFixture(t)
	logs := []*types.Log{f.register, f.join, f.stake, f.leave}
	for i, lg := range logs {
		lg.Index = uint(10 + i)
	}
	updates, skipped := derivation.RegistryUpdates(decRegistry, logs)
	if len(skipped) != 0 {
		t.Fatalf("skipped: %v", skipped)
	}
	if len(updates) != 4 {
		t.Fatalf("got %d updates", len(updates))
	}
	id := optable.IDOf(f.key.PublicKeyG1())
	r := updates[0]
	if r.Kind != optable.Register || r.Address != f.op || !r.PubkeyG1.Equal(f.key.PublicKeyG1()) ||
		!r.PubkeyG2.Equal(f.key.PublicKeyG2()) || !r.PoP.Equal(f.pop) {
		t.Errorf("register: %+v", r)
	}
	if j := updates[1]; j.Kind != optable.Join || j.ID != id || !slices.Equal(j.Quorums, []uint8{0, 3}) {
		t.Errorf("join: %+v", j)
	}
	if s := updates[2]; s.Kind != optable.SetStake || s.ID != id || s.Quorum != 3 || s.Stake.Uint64() != 12345 {
		t.Errorf("stake: %+v", s)
	}
	if l := updates[3]; l.Kind != optable.Leave || l.ID != id || !slices.Equal(l.Quorums, []uint8{3}) {
		t.Errorf("leave: %+v", l)
	}
	// The decoded updates are ones the table accepts.
	tbl, rejected := optable.New(avsOf(1337, decRegistry)).Apply(updates)
	if len(rejected) != 0 {
		t.Fatalf("rejected: %v", rejected)
	}
	if o, ok := tbl.Operator(id); !ok || !slices.Equal(o.QuorumNumbers(), []uint8{0}) {
		t.Fatalf("table: %+v", o)
	}
}

func TestRegistryUpdatesIgnores(t *testing.T) {
	f := newDecFixture(t)
	a := decABI(t)
	other := *f.join
	other.Address = common.HexToAddress("0xdead")
	removed := *f.join
	removed.Removed = true
	noTopics := *f.join
	noTopics.Topics = nil
	unknown := *f.join
	unknown.Topics = []common.Hash{{0x42}}
	ownership := &types.Log{Address: decRegistry, Topics: []common.Hash{
		a.Events["OwnershipTransferred"].ID, {}, common.BytesToHash(f.op[:]),
	}}
	updates, skipped := derivation.RegistryUpdates(decRegistry,
		[]*types.Log{nil, &other, &removed, &noTopics, &unknown, ownership})
	if len(updates) != 0 || len(skipped) != 0 {
		t.Fatalf("updates %v, skipped %v", updates, skipped)
	}
}

// TestRegistryUpdatesSkipReasons covers every reason a table event is skipped. Each
// case breaks one log of an otherwise valid block; the other logs still decode.
func TestRegistryUpdatesSkipReasons(t *testing.T) {
	f := newDecFixture(t)
	id := optable.IDOf(f.key.PublicKeyG1())
	pk1, pk2 := abiG1(f.key.PublicKeyG1()), abiG2(f.key.PublicKeyG2())
	pop := abiG1(f.pop)
	p := new(big.Int).SetBytes(common.FromHex("0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47"))
	plus := func(a *big.Int, d int64) *big.Int { return new(big.Int).Add(a, big.NewInt(d)) }
	reg := func(g1 bindings.G1Point, g2 bindings.G2Point, pp bindings.G1Point) *types.Log {
		return decLog(t, "NewPubkeyRegistration", f.op, g1, g2, pp)
	}
	edit := func(lg *types.Log, fn func(*types.Log)) *types.Log {
		c := *lg
		c.Topics = slices.Clone(lg.Topics)
		c.Data = slices.Clone(lg.Data)
		fn(&c)
		return &c
	}
	// A point on the twist outside the order-r subgroup (EIP-197 order).
	notInGroup := bindings.G2Point{
		X: [2]*big.Int{big.NewInt(0), big.NewInt(1)},
		Y: [2]*big.Int{
			new(big.Int).SetBytes(common.FromHex("0x0d1271953ed9ea0836846e70a1934187998c7f790cb4d7511b7f8da82de048a4")),
			new(big.Int).SetBytes(common.FromHex("0x2869111d5381f072f8e2728fdb825a51aadd70e52c9830e9ab4b871c0531f1bb")),
		},
	}
	zero := big.NewInt(0)

	cases := []struct {
		name   string
		log    *types.Log
		reason error
		detail error // a wrapped bls error, when the reason is a point
	}{
		{"registration without operator topic", edit(f.register, func(l *types.Log) { l.Topics = l.Topics[:1] }), derivation.ErrRegistryTopics, nil},
		{"registration with extra topic", edit(f.register, func(l *types.Log) { l.Topics = append(l.Topics, common.Hash{}) }), derivation.ErrRegistryTopics, nil},
		{"join with a topic too many", edit(f.join, func(l *types.Log) { l.Topics = append(l.Topics, common.Hash{1}) }), derivation.ErrRegistryTopics, nil},
		{"stake without operator id topic", edit(f.stake, func(l *types.Log) { l.Topics = l.Topics[:1] }), derivation.ErrRegistryTopics, nil},

		{"registration data short", edit(f.register, func(l *types.Log) { l.Data = l.Data[:255] }), derivation.ErrRegistryData, nil},
		{"registration data empty", edit(f.register, func(l *types.Log) { l.Data = nil }), derivation.ErrRegistryData, nil},
		{"join offset past the end", edit(f.join, func(l *types.Log) { l.Data[95] = 0xff }), derivation.ErrRegistryData, nil},
		{"join length past the end", edit(f.join, func(l *types.Log) { l.Data[127] = 0x40 }), derivation.ErrRegistryData, nil},
		{"stake quorum above uint8", edit(f.stake, func(l *types.Log) { l.Data[30] = 1 }), derivation.ErrRegistryData, nil},

		{"registration trailing byte", edit(f.register, func(l *types.Log) { l.Data = append(l.Data, 0) }), derivation.ErrRegistryEncoding, nil},
		{"registration operator topic with high bits", edit(f.register, func(l *types.Log) { l.Topics[1][0] = 1 }), derivation.ErrRegistryEncoding, nil},
		{"join operator word with high bits", edit(f.join, func(l *types.Log) { l.Data[0] = 1 }), derivation.ErrRegistryEncoding, nil},
		{"join non-zero padding", edit(f.join, func(l *types.Log) { l.Data[len(l.Data)-1] = 1 }), derivation.ErrRegistryEncoding, nil},
		{"join trailing word", edit(f.join, func(l *types.Log) { l.Data = append(l.Data, make([]byte, 32)...) }), derivation.ErrRegistryEncoding, nil},
		{"join non-canonical offset", edit(f.join, func(l *types.Log) {
			// offset 0x80 with one junk-free word inserted before the tail
			tail := slices.Clone(l.Data[96:])
			l.Data = append(append(l.Data[:96:96], make([]byte, 32)...), tail...)
			l.Data[95] = 0x80
		}), derivation.ErrRegistryEncoding, nil},
		{"leave trailing byte", edit(f.leave, func(l *types.Log) { l.Data = append(l.Data, 0) }), derivation.ErrRegistryEncoding, nil},
		{"stake above uint96", decLog(t, "OperatorStakeUpdate", id, uint8(3), new(big.Int).Lsh(big.NewInt(1), 96)), derivation.ErrRegistryEncoding, nil},

		{"pubkeyG1 off the curve", reg(bindings.G1Point{X: big.NewInt(1), Y: big.NewInt(3)}, pk2, pop), derivation.ErrRegistryPoint, bls.ErrNotOnCurve},
		{"pubkeyG1 identity", reg(bindings.G1Point{X: zero, Y: zero}, pk2, pop), derivation.ErrRegistryPoint, bls.ErrIdentity},
		{"pubkeyG1 coordinate not below p", reg(bindings.G1Point{X: new(big.Int).Add(pk1.X, p), Y: pk1.Y}, pk2, pop), derivation.ErrRegistryPoint, bls.ErrNonCanonical},
		{"pubkeyG2 off the twist", reg(pk1, bindings.G2Point{X: pk2.X, Y: [2]*big.Int{pk2.Y[0], plus(pk2.Y[1], 1)}}, pop), derivation.ErrRegistryPoint, bls.ErrNotOnCurve},
		{"pubkeyG2 outside the subgroup", reg(pk1, notInGroup, pop), derivation.ErrRegistryPoint, bls.ErrNotInGroup},
		{"pubkeyG2 identity", reg(pk1, bindings.G2Point{X: [2]*big.Int{zero, zero}, Y: [2]*big.Int{zero, zero}}, pop), derivation.ErrRegistryPoint, bls.ErrIdentity},
		{"pubkeyG2 coordinate not below p", reg(pk1, bindings.G2Point{X: [2]*big.Int{new(big.Int).Add(pk2.X[0], p), pk2.X[1]}, Y: pk2.Y}, pop), derivation.ErrRegistryPoint, bls.ErrNonCanonical},
		{"proof off the curve", reg(pk1, pk2, bindings.G1Point{X: pop.X, Y: plus(pop.Y, 1)}), derivation.ErrRegistryPoint, bls.ErrNotOnCurve},
		{"proof identity", reg(pk1, pk2, bindings.G1Point{X: zero, Y: zero}), derivation.ErrRegistryPoint, bls.ErrIdentity},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.log.TxHash, c.log.Index = common.Hash{7}, 42
			// The broken log sits between two good ones: it alone is skipped.
			updates, skipped := derivation.RegistryUpdates(decRegistry, []*types.Log{f.register, c.log, f.join})
			if len(updates) != 2 || updates[0].Kind != optable.Register || updates[1].Kind != optable.Join {
				t.Fatalf("updates: %+v", updates)
			}
			if len(skipped) != 1 {
				t.Fatalf("skipped: %v", skipped)
			}
			s := skipped[0]
			if s.Index != 1 || s.LogIndex != 42 || s.TxHash != (common.Hash{7}) {
				t.Errorf("position: %+v", s)
			}
			if !errors.Is(s.Reason, c.reason) {
				t.Fatalf("reason %v, want %v", s.Reason, c.reason)
			}
			if c.detail != nil && !errors.Is(s.Reason, c.detail) {
				t.Fatalf("reason %v, want it to wrap %v", s.Reason, c.detail)
			}
			if !strings.Contains(s.String(), s.Event) {
				t.Errorf("String: %s", s)
			}
		})
	}
}

func FuzzRegistryUpdates(f *testing.F) {
	fx := newDecFixture(f)
	for i, lg := range []*types.Log{fx.register, fx.join, fx.leave, fx.stake} {
		topics := make([]byte, 0, 32*len(lg.Topics))
		for _, t := range lg.Topics[1:] {
			topics = append(topics, t[:]...)
		}
		f.Add(uint8(i), topics, lg.Data)
		f.Add(uint8(i), topics, lg.Data[:len(lg.Data)/2])
	}
	f.Add(uint8(200), []byte{1, 2, 3}, []byte{})
	ids := []common.Hash{fx.register.Topics[0], fx.join.Topics[0], fx.leave.Topics[0], fx.stake.Topics[0]}
	f.Fuzz(func(t *testing.T, sel uint8, topicBytes, data []byte) {
		lg := &types.Log{Address: decRegistry, Data: data}
		if int(sel) < len(ids) {
			lg.Topics = append(lg.Topics, ids[sel])
		} else {
			lg.Topics = append(lg.Topics, common.BytesToHash([]byte{sel}))
		}
		for len(topicBytes) > 0 {
			n := min(32, len(topicBytes))
			lg.Topics = append(lg.Topics, common.BytesToHash(topicBytes[:n]))
			topicBytes = topicBytes[n:]
		}
		updates, skipped := derivation.RegistryUpdates(decRegistry, []*types.Log{lg})
		if len(updates)+len(skipped) > 1 {
			t.Fatalf("one log gave %d updates and %d skips", len(updates), len(skipped))
		}
		if int(sel) >= len(ids) && len(updates)+len(skipped) != 0 {
			t.Fatal("a log of another event was read")
		}
		for _, s := range skipped {
			if strings.Contains(s.Reason.Error(), "decoder panic") {
				t.Fatalf("the ABI decoder panicked: %v", s.Reason)
			}
		}
		// Whatever decodes is safe to apply.
		optable.New(avsOf(1337, decRegistry)).Apply(updates)
	})
}
