package precompile

import (
	"bytes"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func latestSnapshotOf(t testing.TB, h *harness) (uint64, common.Hash) {
	t.Helper()
	out := unpackOut(t, "latestSnapshot", h.call(pack(t, "latestSnapshot"), 1_000_000).ret)
	return out[0].(uint64), common.Hash(out[1].([32]byte))
}

func weightOf(t testing.TB, h *harness, id uint32) *big.Int {
	t.Helper()
	r := h.call(pack(t, "operatorSetWeight", id), 1_000_000)
	if r.err != nil {
		t.Fatalf("operatorSetWeight(%d): %v", id, r.err)
	}
	return unpackOut(t, "operatorSetWeight", r.ret)[0].(*big.Int)
}

func TestSnapshotFlow(t *testing.T) {
	h := newHarness(t)
	h.caller = common.Address{0x77}
	if b, root := latestSnapshotOf(t, h); b != 0 || root != (common.Hash{}) {
		t.Fatalf("latestSnapshot before any: %d %s", b, root)
	}
	if w := weightOf(t, h, 0); w.Sign() != 0 {
		t.Fatalf("operatorSetWeight(0) before any snapshot: %v", w)
	}

	maxWeight := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	s1 := snapshotArgs{l1Block: 10, root: common.Hash{0x11}, ids: []uint32{1, 2, 191}, weights: []*big.Int{big.NewInt(5), maxWeight, big.NewInt(0)}}
	r := h.system(s1.input(t))
	ev := ABI.Events["SnapshotRecorded"]
	if len(r.logs) != 1 || r.logs[0].Address != Address || len(r.logs[0].Topics) != 2 || r.logs[0].Topics[0] != ev.ID ||
		r.logs[0].Topics[1] != common.BigToHash(big.NewInt(10)) || !bytes.Equal(r.logs[0].Data, s1.root[:]) {
		t.Fatalf("SnapshotRecorded not emitted as the ABI says: %+v", r.logs)
	}
	out, err := ABI.Unpack("SnapshotRecorded", r.logs[0].Data)
	if err != nil || out[0].([32]byte) != [32]byte(s1.root) {
		t.Fatalf("SnapshotRecorded data %x: %v, %v", r.logs[0].Data, out, err)
	}
	h.newTx()
	if h.sdb.GetNonce(Address) != 1 {
		t.Fatal("inbox account nonce not set: EIP-158 would delete its storage")
	}
	h.caller = common.Address{0x77}
	if b, root := latestSnapshotOf(t, h); b != 10 || root != s1.root {
		t.Fatalf("latestSnapshot: %d %s", b, root)
	}
	for id, want := range map[uint32]*big.Int{1: big.NewInt(5), 2: maxWeight, 191: new(big.Int), 0: new(big.Int), 3: new(big.Int), 192: new(big.Int), math.MaxUint32: new(big.Int)} {
		if w := weightOf(t, h, id); w.Cmp(want) != 0 {
			t.Errorf("operatorSetWeight(%d) = %v, want %v", id, w, want)
		}
	}

	// A later snapshot replaces the summary: sets it does not list weigh 0 in it.
	s2 := snapshotArgs{l1Block: 11, root: common.Hash{0x12}, ids: []uint32{2, 7}, weights: []*big.Int{big.NewInt(9), big.NewInt(70)}}
	h.system(s2.input(t))
	h.newTx()
	if b, root := latestSnapshotOf(t, h); b != 11 || root != s2.root {
		t.Fatalf("latestSnapshot: %d %s", b, root)
	}
	for id, want := range map[uint32]int64{1: 0, 2: 9, 7: 70, 191: 0} {
		if w := weightOf(t, h, id); w.Cmp(big.NewInt(want)) != 0 {
			t.Errorf("after the second snapshot: operatorSetWeight(%d) = %v, want %d", id, w, want)
		}
	}
	// A set that comes back reads its new weight.
	h.system(snapshotArgs{l1Block: 1 << 40, root: common.Hash{0x13}, ids: []uint32{1}, weights: []*big.Int{big.NewInt(6)}}.input(t))
	for id, want := range map[uint32]int64{1: 6, 2: 0, 7: 0} {
		if w := weightOf(t, h, id); w.Cmp(big.NewInt(want)) != 0 {
			t.Errorf("after the third snapshot: operatorSetWeight(%d) = %v, want %d", id, w, want)
		}
	}
}

func TestRecordSnapshotReverts(t *testing.T) {
	h := newHarness(t)
	h.system(snapshotOf(100, 2, 0, 1).input(t))
	h.newTx()
	base := h.sdb.Copy()
	w := func(n int) []*big.Int { return snapshotOf(0, n, 0, 1).weights }
	for _, c := range []struct {
		name string
		args snapshotArgs
		want string
		data []any
	}{
		{"same block", snapshotArgs{l1Block: 100, ids: []uint32{0}, weights: w(1)}, "StaleSnapshot", []any{uint64(100), uint64(100)}},
		{"earlier block", snapshotArgs{l1Block: 99, ids: []uint32{0}, weights: w(1)}, "StaleSnapshot", []any{uint64(99), uint64(100)}},
		{"no sets", snapshotArgs{l1Block: 101, ids: []uint32{}, weights: w(0)}, "InvalidOperatorSetCount", []any{big.NewInt(0), big.NewInt(0)}},
		{"33 sets", snapshotOf(101, 33, 0, 1), "InvalidOperatorSetCount", []any{big.NewInt(33), big.NewInt(33)}},
		{"more weights", snapshotArgs{l1Block: 101, ids: []uint32{0}, weights: w(2)}, "InvalidOperatorSetCount", []any{big.NewInt(1), big.NewInt(2)}},
		{"fewer weights", snapshotArgs{l1Block: 101, ids: []uint32{0, 1}, weights: w(1)}, "InvalidOperatorSetCount", []any{big.NewInt(2), big.NewInt(1)}},
		{"duplicate id", snapshotArgs{l1Block: 101, ids: []uint32{0, 4, 4}, weights: w(3)}, "OperatorSetsNotAscending", []any{uint32(4), uint32(4)}},
		{"descending ids", snapshotArgs{l1Block: 101, ids: []uint32{5, 4}, weights: w(2)}, "OperatorSetsNotAscending", []any{uint32(5), uint32(4)}},
		{"id 192", snapshotArgs{l1Block: 101, ids: []uint32{3, 192}, weights: w(2)}, "OperatorSetIdOutOfRange", []any{uint32(192)}},
		{"id 2^32-1", snapshotArgs{l1Block: 101, ids: []uint32{math.MaxUint32}, weights: w(1)}, "OperatorSetIdOutOfRange", []any{uint32(math.MaxUint32)}},
		// The shape is checked before the state: a stale snapshot of bad shape reports its shape.
		{"stale and bad", snapshotArgs{l1Block: 1, ids: []uint32{2, 1}, weights: w(2)}, "OperatorSetsNotAscending", []any{uint32(2), uint32(1)}},
	} {
		t.Run(c.name, func(t *testing.T) {
			h.sdb = base.Copy()
			h.newTx()
			root := h.sdb.IntermediateRoot(true)
			h.caller = SystemSender
			r := h.call(c.args.input(t), 10_000_000)
			if got := revertName(r.err); got != c.want {
				t.Fatalf("error %q, want %q", got, c.want)
			}
			var re *RevertError
			if !asRevert(r.err, &re) || !bytes.Equal(re.Data, revertData(c.want, c.data...)) || !bytes.Equal(r.ret, re.Data) {
				t.Fatalf("revert data %x, want %s%v", r.ret, c.want, c.data)
			}
			if len(r.logs) != 0 || h.sdb.IntermediateRoot(true) != root {
				t.Fatal("a reverted recordSnapshot changed state or logged")
			}
		})
	}
}

// TestWriteFollowsABI: a method writes (is refused in a static context) iff the ABI
// does not declare it view, and the dispatch table refuses an ABI and a method table
// that differ either way.
func TestWriteFollowsABI(t *testing.T) {
	wantWrite := map[string]bool{"validateMessage": true, "recordRange": true, "recordSnapshot": true}
	for _, e := range dispatch {
		if e.write != wantWrite[e.abi.Name] {
			t.Errorf("%s: write %v", e.abi.Name, e.write)
		}
		if e.system != (e.abi.Name == "recordRange" || e.abi.Name == "recordSnapshot") {
			t.Errorf("%s: system %v", e.abi.Name, e.system)
		}
	}
	if len(dispatch) != len(ABI.Methods) || len(dispatch) != len(methods) {
		t.Fatalf("%d dispatch entries, %d ABI methods, %d implementations", len(dispatch), len(ABI.Methods), len(methods))
	}
	extra := map[string]method{"operatorTableVersion": {}}
	for name, m := range methods {
		extra[name] = m
	}
	if _, err := newDispatch(ABI, extra); err == nil {
		t.Error("an implementation without an ABI method was accepted")
	}
	missing := map[string]method{}
	for name, m := range methods {
		if name != "latestSnapshot" {
			missing[name] = m
		}
	}
	if _, err := newDispatch(ABI, missing); err == nil {
		t.Error("an ABI method without an implementation was accepted")
	}
}

// TestSnapshotStorageLayout pins the snapshot slots state.go documents: the latest
// block in one slot, each snapshot's root and weights in slots keyed by its block, the
// records of earlier snapshots left in place.
func TestSnapshotStorageLayout(t *testing.T) {
	h := newHarness(t)
	s1 := snapshotArgs{l1Block: 10, root: common.Hash{0x11}, ids: []uint32{1, 2}, weights: []*big.Int{big.NewInt(5), big.NewInt(6)}}
	s2 := snapshotArgs{l1Block: 12, root: common.Hash{0x12}, ids: []uint32{2, 7}, weights: []*big.Int{big.NewInt(9), big.NewInt(0)}}
	h.system(s1.input(t))
	h.system(s2.input(t))
	h.newTx()
	word := func(v uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(v)) }
	for k, want := range map[common.Hash]common.Hash{
		slot(tagSnapshot):          word(12),
		slot(tagSnapshotRoot, 10):  s1.root,
		slot(tagSnapshotRoot, 12):  s2.root,
		slot(tagWeight, 10, 1):     word(5),
		slot(tagWeight, 10, 2):     word(6),
		slot(tagWeight, 12, 2):     word(9),
		slot(tagWeight, 12, 7):     {},
		plus(slot(tagSnapshot), 1): {},
		slot(tagSnapshotRoot, 11):  {},
		slot(tagWeight, 12, 1):     {},
	} {
		if got := h.sdb.GetState(Address, k); got != want {
			t.Errorf("slot %s = %s, want %s", k, got, want)
		}
	}
}
