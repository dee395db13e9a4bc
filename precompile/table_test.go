package precompile

import (
	"bytes"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/optable"
)

type rngReader struct{ r *rand.ChaCha8 }

func (r rngReader) Read(p []byte) (int, error) { return r.r.Read(p) }

type testOperator struct {
	key  *bls.SecretKey
	addr common.Address
	id   optable.OperatorID
}

func testOperators(t testing.TB, n int) []testOperator {
	out := make([]testOperator, n)
	for i := range out {
		k, err := bls.GenerateKey(rngReader{rand.NewChaCha8([32]byte{byte(i), 0x33})})
		if err != nil {
			t.Fatal(err)
		}
		out[i] = testOperator{key: k, addr: common.Address{0xab, byte(i)}, id: optable.IDOf(k.PublicKeyG1())}
	}
	return out
}

// abiUpdate converts an optable update to the inbox's ABI form.
func abiUpdate(u optable.Update) OperatorUpdate { return EncodeUpdate(u) }

func registerUpdate(t testing.TB, o testOperator) optable.Update {
	pop, err := o.key.ProvePossession(testCfg.AVS.L1ChainID, testCfg.AVS.Registry, o.addr)
	if err != nil {
		t.Fatal(err)
	}
	return optable.Update{Kind: optable.Register, Address: o.addr, PubkeyG1: o.key.PublicKeyG1(), PubkeyG2: o.key.PublicKeyG2(), PoP: pop}
}

func applyInput(t testing.TB, us []optable.Update) []byte {
	abiUs := make([]OperatorUpdate, len(us))
	for i, u := range us {
		abiUs[i] = abiUpdate(u)
	}
	return pack(t, "applyOperatorUpdates", abiUs)
}

// TestOperatorTableVersions applies the same batches to an in-memory table and through
// the precompile, and checks that every version in the window reads back identically.
func TestOperatorTableVersions(t *testing.T) {
	h := newHarness(t)
	ops := testOperators(t, 5)
	stake := func(v uint64) uint256.Int { return *uint256.NewInt(v) }
	batches := [][]optable.Update{
		{registerUpdate(t, ops[0]), registerUpdate(t, ops[1]),
			{Kind: optable.Join, ID: ops[0].id, Quorums: []uint8{0, 1}},
			{Kind: optable.Join, ID: ops[1].id, Quorums: []uint8{0}},
			{Kind: optable.SetStake, ID: ops[0].id, Quorum: 0, Stake: stake(100)},
			{Kind: optable.SetStake, ID: ops[1].id, Quorum: 0, Stake: stake(50)}},
		{registerUpdate(t, ops[2]), {Kind: optable.Join, ID: ops[2].id, Quorums: []uint8{1}},
			{Kind: optable.SetStake, ID: ops[0].id, Quorum: 0, Stake: stake(70)},
			{Kind: 9}}, // invalid: skipped
		{{Kind: optable.Leave, ID: ops[0].id, Quorums: []uint8{1}}, registerUpdate(t, ops[3])},
		{},
		{{Kind: optable.Join, ID: ops[0].id, Quorums: []uint8{1}}, {Kind: optable.SetStake, ID: ops[0].id, Quorum: 1, Stake: stake(5)}},
		{{Kind: optable.SetStake, ID: ops[1].id, Quorum: 0, Stake: stake(51)}},
		{{Kind: optable.SetStake, ID: ops[1].id, Quorum: 0, Stake: stake(52)}, registerUpdate(t, ops[4])},
	}
	history := []*optable.Table{optable.New(testCfg.AVS)}
	for bi, batch := range batches {
		next, _ := history[len(history)-1].Apply(batch)
		history = append(history, next)
		r := h.system(applyInput(t, batch))
		if len(r.logs) != 1 {
			t.Fatalf("batch %d: %d logs", bi, len(r.logs))
		}
		h.newTx()
		latest := next.Version()
		for v := uint64(0); v <= latest; v++ {
			ret := h.call(pack(t, "operatorTable", v), 50_000_000)
			if latest-v > testCfg.Window {
				if revertName(ret.err) != "UnknownTableVersion" {
					t.Fatalf("batch %d: version %d outside the window: %v", bi, v, ret.err)
				}
				continue
			}
			if ret.err != nil {
				t.Fatalf("batch %d: version %d: %v", bi, v, ret.err)
			}
			got := unpackOut(t, "operatorTable", ret.ret)[0].([]byte)
			if want := history[v].EncodeSnapshot(); !bytes.Equal(got, want) {
				t.Fatalf("batch %d: version %d differs from the in-memory table", bi, v)
			}
			// The undecoded storage image is the same snapshot, byte for byte.
			h.gas = 50_000_000
			if stored, err := NewInbox(&testCfg, h).StoredOperatorTable(v); err != nil || !bytes.Equal(stored, got) {
				t.Fatalf("batch %d: stored version %d differs from operatorTable's: %v", bi, v, err)
			}
			c := h.call(pack(t, "operatorTableCommitment", v), 50_000_000)
			if c.err != nil || unpackOut(t, "operatorTableCommitment", c.ret)[0].([32]byte) != history[v].Commitment() {
				t.Fatalf("batch %d: commitment of version %d: %v", bi, v, c.err)
			}
		}
		if v := unpackOut(t, "operatorTableVersion", h.call(pack(t, "operatorTableVersion"), 1_000_000).ret)[0].(uint64); v != latest {
			t.Fatalf("version %d, want %d", v, latest)
		}
	}
	if revertName(h.call(pack(t, "operatorTable", uint64(len(batches)+1)), 50_000_000).err) != "UnknownTableVersion" {
		t.Fatal("future version readable")
	}
	h.gas = 50_000_000
	var rev *Revert
	if _, err := NewInbox(&testCfg, h).StoredOperatorTable(uint64(len(batches) + 1)); !errors.As(err, &rev) || rev.Name != "UnknownTableVersion" {
		t.Fatalf("future version readable from storage: %v", err)
	}
}

func TestOperatorUpdatesRejectMalformed(t *testing.T) {
	h := newHarness(t)
	ops := testOperators(t, 1)
	good := abiUpdate(registerUpdate(t, ops[0]))
	offCurve := good
	offCurve.PubkeyG1 = [2]*big.Int{big.NewInt(1), big.NewInt(3)}
	bigStake := OperatorUpdate{Kind: uint8(optable.SetStake), OperatorId: ops[0].id, Quorums: []byte{}, Stake: new(big.Int).Lsh(big.NewInt(1), 96),
		PubkeyG1: good.PubkeyG1, PubkeyG2: good.PubkeyG2, Pop: good.Pop}
	r := h.system(pack(t, "applyOperatorUpdates", []OperatorUpdate{offCurve, good, bigStake}))
	out, err := ABI.Events["OperatorTableUpdated"].Inputs.NonIndexed().Unpack(r.logs[0].Data)
	if err != nil || out[0].(uint32) != 1 || out[1].(uint32) != 2 {
		t.Fatalf("want 1 operator and 2 rejected updates, got %v %v", out, err)
	}
	h.caller = SystemSender
	tooMany := make([]OperatorUpdate, MaxUpdates+1)
	for i := range tooMany {
		tooMany[i] = OperatorUpdate{Quorums: []byte{}, Stake: big.NewInt(0), PubkeyG1: good.PubkeyG1, PubkeyG2: good.PubkeyG2, Pop: good.Pop}
	}
	if r := h.call(pack(t, "applyOperatorUpdates", tooMany), 100_000_000); revertName(r.err) != "TooManyUpdates" {
		t.Fatalf("oversize batch: %v", r.err)
	}
}
