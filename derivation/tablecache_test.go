package derivation_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	. "github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/verifier"
)

// certBlock is an L1 block with n contiguous certificates of chain 901 (from block
// 100), signed by f's simulated operators against table version 1 and posted to the
// inbox by an allowed submitter, over f's L2 state.
func certBlock(t *testing.T, f *deriverFixture, n int) *Input {
	t.Helper()
	sub := key(t, 1)
	var rs types.Receipts
	for i := 0; i < n; i++ {
		from := 100 + 10*uint64(i)
		a := attestation.Attestation{AVS: f.avs, SourceChainID: 901, FromBlock: from, ToBlock: from + 9, MessageRoot: common.Hash{byte(i), 0x77}, TableVersion: 1}
		c, err := f.sim.Certify(a, []uint8{0}, map[int]bool{2: true})
		if err != nil {
			t.Fatal(err)
		}
		rs = append(rs, postReceipt(t, sub, uint64(i), c.Encode()))
	}
	return f.input(rs)
}

// cacheTestConfig is the configuration of the fixtures' deriver, with a table cache
// of the given size.
func cacheTestConfig(f *deriverFixture, size int) Config {
	return Config{Registry: decRegistry, CertInbox: certBox, MaxCerts: 8, Window: 4, Submitters: f.submitters,
		Thresholds: []verifier.Threshold{{Quorum: 0, BPS: 6667}}, TableCacheSize: size}
}

func deriveOK(t *testing.T, d *Deriver, in *Input) ([]hexutil.Bytes, uint64) {
	t.Helper()
	deps, gas, err := d.Deposits(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	return deps, gas
}

func sameDeposits(t *testing.T, what string, a, b []hexutil.Bytes, gasA, gasB uint64) {
	t.Helper()
	if len(a) != len(b) || gasA != gasB {
		t.Fatalf("%s: %d deposits (gas %d) vs %d (gas %d)", what, len(a), gasA, len(b), gasB)
	}
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			t.Fatalf("%s: deposit %d differs", what, i)
		}
	}
}

func wantStats(t *testing.T, d *Deriver, hits, misses uint64) {
	t.Helper()
	if h, m := d.TableCacheStats(); h != hits || m != misses {
		t.Fatalf("table cache: %d hits, %d misses; want %d, %d", h, m, hits, misses)
	}
}

// TestTableCacheHitAndMissDeriveTheSame derives the same block (and L2 parent) with a
// table-cache miss, a hit, a hit at another L2 parent block hash, and without a cache:
// the deposits are identical every time.
func TestTableCacheHitAndMissDeriveTheSame(t *testing.T) {
	f := newDeriverFixture(t)
	f.mirror(t)
	in := certBlock(t, f, 3)

	d := NewDeriver(cacheTestConfig(f, 0), nil)
	miss, missGas := deriveOK(t, d, in)
	if len(miss) != 3 {
		t.Fatalf("%d deposits, want 3", len(miss))
	}
	wantStats(t, d, 0, 1)
	hit, hitGas := deriveOK(t, d, in)
	wantStats(t, d, 1, 1)
	sameDeposits(t, "hit vs miss", miss, hit, missGas, hitGas)

	// The next L2 block, with the same inbox state: still a hit, same deposits.
	next := *in
	next.L2Parent.Hash = common.Hash{0x2c}
	again, againGas := deriveOK(t, d, &next)
	wantStats(t, d, 2, 1)
	sameDeposits(t, "hit at another L2 parent", miss, again, missGas, againGas)

	uncached := NewDeriver(cacheTestConfig(f, -1), nil)
	none, noneGas := deriveOK(t, uncached, in)
	wantStats(t, uncached, 0, 0)
	sameDeposits(t, "cache vs no cache", miss, none, missGas, noneGas)
}

// TestTableCacheReorgedVersion has one deriver see two L2 histories in which table
// version 1 has different operators (an L2 reorg over different registry events), at
// the same L2 parent block hash: the version restored from one history is never served
// for the other, and each history derives what an uncached deriver derives.
func TestTableCacheReorgedVersion(t *testing.T) {
	a, b := newDeriverFixtureSeed(t, 6), newDeriverFixtureSeed(t, 7)
	a.mirror(t)
	b.mirror(t)
	if a.sim.Table().Commitment() == b.sim.Table().Commitment() {
		t.Fatal("the two histories have the same table")
	}
	d := NewDeriver(cacheTestConfig(a, 0), nil)
	inA, inB := certBlock(t, a, 2), certBlock(t, b, 2)

	depsA, gasA := deriveOK(t, d, inA)
	if len(depsA) != 2 {
		t.Fatalf("history A: %d deposits, want 2", len(depsA))
	}
	wantStats(t, d, 0, 1)

	// History B's version 1, after A's is cached: restored (a miss), and B's
	// certificates verify against it.
	depsB, gasB := deriveOK(t, d, inB)
	if len(depsB) != 2 {
		t.Fatalf("history B after A: %d deposits, want 2 (A's table served?)", len(depsB))
	}
	wantStats(t, d, 0, 2)

	// A's certificates over B's state are rejected, as without a cache.
	cross := *inA
	cross.L2 = b.l2
	depsX, gasX := deriveOK(t, d, &cross)
	if len(depsX) != 0 {
		t.Fatalf("A's certificates over history B: %d deposits, want 0", len(depsX))
	}
	wantStats(t, d, 1, 2)

	uncached := NewDeriver(cacheTestConfig(a, -1), nil)
	for _, c := range []struct {
		name string
		in   *Input
		deps []hexutil.Bytes
		gas  uint64
	}{{"history A", inA, depsA, gasA}, {"history B", inB, depsB, gasB}, {"A over B", &cross, depsX, gasX}} {
		deps, gas := deriveOK(t, uncached, c.in)
		sameDeposits(t, c.name, c.deps, deps, c.gas, gas)
	}
	// Both versions stay cached side by side.
	again, againGas := deriveOK(t, d, inA)
	wantStats(t, d, 2, 2)
	sameDeposits(t, "history A again", depsA, again, gasA, againGas)
}
