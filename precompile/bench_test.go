package precompile

import (
	"encoding/binary"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/parley-xyz/parley/interop/msgtree"
)

// BenchmarkValidateMessage validates a message with a depth-20 proof (a range of
// 2^19+1 messages) as the first call of a transaction: storage cold, event included.
// It reports the gas charged as the `gas` metric.
func BenchmarkValidateMessage(b *testing.B) {
	const n = 1<<19 + 1
	set := &certifiedSet{from: 1, to: n}
	leaves := make([]common.Hash, n)
	for i := range leaves {
		binary.BigEndian.PutUint64(leaves[i][:], uint64(i))
	}
	// Only the benchmarked message needs to be a real message: the others are
	// arbitrary leaves of the same tree.
	m := newCertifiedSet(b, n, n, 1).msgs[0]
	leaves[n-1] = msgtree.LeafHash(m)
	tree, err := msgtree.FromLeaves(leaves)
	if err != nil {
		b.Fatal(err)
	}
	set.tree = tree
	p, _ := tree.Proof(n - 1)
	if msgtree.Depth(n) != 20 {
		b.Fatal("depth")
	}
	proof := append(binary.BigEndian.AppendUint64(nil, set.from), p...)
	input := pack(b, "validateMessage", abiID(m), [32]byte(m.PayloadHash), proof)

	h := newHarness(b)
	h.system(pack(b, "recordRange", bigU(srcChain), set.from, set.to, [32]byte{1}, [32]byte(tree.Root())))
	h.newTx()
	rules := params.Rules{IsBerlin: true, IsEIP2929: true, IsLondon: true, IsShanghai: true, IsCancun: true}
	h.caller = common.Address{0x77}
	var gas uint64
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// A new transaction: a fresh access list makes storage cold again.
		h.sdb.Prepare(rules, common.Address{0xee}, common.Address{}, &Address, nil, nil)
		h.gas = 1_000_000
		if _, err := Run(&testCfg, h, input); err != nil {
			b.Fatal(err)
		}
		gas = 1_000_000 - h.gas
	}
	b.ReportMetric(float64(gas), "gas")
}

// BenchmarkKeccakFloor is the hashing a depth-20 validateMessage cannot avoid — three
// keccak256 evaluations for the message checksum, one for the leaf, twenty for the
// path and one for the root — measured in the same run as a floor for comparison.
func BenchmarkKeccakFloor(b *testing.B) {
	var buf [65]byte
	for i := 0; i < b.N; i++ {
		for k := 0; k < 25; k++ {
			buf[0] = byte(k)
			h := crypto.Keccak256Hash(buf[:])
			buf[1] = h[0]
		}
	}
}
