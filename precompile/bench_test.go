package precompile

import (
	"encoding/binary"
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/vm"
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

// mgasCall is one method's call in BenchmarkPrecompileMgasPerSecond.
type mgasCall struct {
	name   string // the metric: mgas_s_<name>
	h      *harness
	caller common.Address
	// inputs holds the calls of one transaction in order: the first warms the slots and
	// is not measured. A view repeats one input; a write needs a new one each time.
	inputs [][]byte
}

// mgasCalls builds the worst-case calls of every method, n per transaction (the first
// warming the slots), over two states: an inbox holding the worst case of each method,
// and a fresh one.
//
//   - validateMessage, isValidMessage: a message proved at the deepest depth a proof
//     may have (msgtree.MaxDepth, a tree of 2^32-1 leaves), event included;
//   - certifiedRange: a chain holding the most ranges a chain can count (2^64-1
//     one-block ranges), so that the binary search reads 64 index entries (the entries
//     it reads and the range it finds are written directly); and, as _miss, a block
//     after the chain's last, which reads one slot;
//   - latestCertifiedBlock: that chain;
//   - latestSnapshot, operatorSetWeight: after a snapshot of MaxSnapshotSets sets, and
//     as _none on the fresh inbox (one slot read);
//   - recordRange: the next range of a chain; recordSnapshot: the next snapshot, of
//     MaxSnapshotSets sets with the largest weights.
//
// A call that fails costs the gas of the checks before it, and does less work than the
// success these measure: the views that read fewer slots (the _miss and _none cases)
// are the closest, dominated by the ABI codec.
func mgasCalls(b *testing.B, n int) []mgasCall {
	h, fresh := newHarness(b), newHarness(b)
	user := common.Address{0x77}

	// A depth-32 proof of a message in a range of chain srcChain.
	m := newCertifiedSet(b, 40, 40, 1).msgs[0]
	p := make([]byte, msgtree.MaxProofSize)
	binary.BigEndian.PutUint32(p[0:4], 0x9e3779b9)
	binary.BigEndian.PutUint32(p[4:8], msgtree.MaxLeaves)
	for i := 8; i < len(p); i++ {
		p[i] = byte(i*7 + 1)
	}
	dp, err := msgtree.DecodeProof(p)
	if err != nil {
		b.Fatal(err)
	}
	root := msgtree.RootFromProof(msgtree.LeafHash(m), dp)
	h.system(pack(b, "recordRange", bigU(srcChain), uint64(1), uint64(1<<40), [32]byte{1}, [32]byte(root)))
	proof := append(binary.BigEndian.AppendUint64(nil, 1), p...)
	if msgtree.Hashes(len(proof)-8) != msgtree.MaxDepth+1 {
		b.Fatal("not the deepest proof")
	}

	// A chain with 2^64-1 ranges, [i, i] for every i below 2^64-1: the index entries on
	// the search's path to the last range, the last range's record, the chain state.
	const bigChain = 902
	count, last := ^uint64(0), ^uint64(0)-1
	for lo, hi := uint64(0), count; lo < hi; {
		mid := lo + (hi-lo)/2
		var at common.Hash
		putU64(&at, 0, mid)
		h.sdb.SetState(Address, slot(tagRangeAt, bigChain, mid), at)
		lo = mid + 1
	}
	var head, cs common.Hash
	head[23] = 1
	putU64(&head, 0, last)
	putU64(&cs, 0, count)
	putU64(&cs, 64, last)
	base := slot(tagRange, bigChain, last)
	h.sdb.SetState(Address, base, head)
	h.sdb.SetState(Address, plus(base, 1), common.Hash{0xaa})
	h.sdb.SetState(Address, plus(base, 2), common.Hash{0xbb})
	h.sdb.SetState(Address, slot(tagChain, bigChain), cs)

	// A snapshot of the most sets, and the next ones, with the largest weights.
	maxWeight := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	snap := func(block uint64) []byte {
		s := snapshotOf(block, MaxSnapshotSets, MaxOperatorSetID-MaxSnapshotSets, 1)
		for _, w := range s.weights {
			w.Set(maxWeight)
		}
		return s.input(b)
	}
	h.system(snap(1000))
	h.newTx()
	if r := h.call(pack(b, "certifiedRange", bigU(bigChain), last), 1_000_000); r.err != nil ||
		unpackOut(b, "certifiedRange", r.ret)[0].(uint64) != last || r.gasUsed < 64*GasColdSload {
		b.Fatalf("certifiedRange over 2^64-1 ranges: %v, %d gas", r.err, r.gasUsed)
	}
	h.newTx()

	repeat := func(in []byte) [][]byte {
		out := make([][]byte, n)
		for i := range out {
			out[i] = in
		}
		return out
	}
	ranges, snaps := make([][]byte, n), make([][]byte, n)
	for i := range n {
		ranges[i] = pack(b, "recordRange", bigU(903), uint64(i), uint64(i), [32]byte{1, byte(i)}, [32]byte{2, byte(i)})
		snaps[i] = snap(1001 + uint64(i))
	}
	return []mgasCall{
		{"validateMessage", h, user, repeat(pack(b, "validateMessage", abiID(m), [32]byte(m.PayloadHash), proof))},
		{"isValidMessage", h, user, repeat(pack(b, "isValidMessage", abiID(m), [32]byte(m.PayloadHash), proof))},
		{"certifiedRange", h, user, repeat(pack(b, "certifiedRange", bigU(bigChain), last))},
		{"certifiedRange_miss", h, user, repeat(pack(b, "certifiedRange", bigU(srcChain), uint64(1<<41)))},
		{"latestCertifiedBlock", h, user, repeat(pack(b, "latestCertifiedBlock", bigU(bigChain)))},
		{"latestSnapshot", h, user, repeat(pack(b, "latestSnapshot"))},
		{"latestSnapshot_none", fresh, user, repeat(pack(b, "latestSnapshot"))},
		{"operatorSetWeight", h, user, repeat(pack(b, "operatorSetWeight", uint32(MaxOperatorSetID-1)))},
		{"operatorSetWeight_none", fresh, user, repeat(pack(b, "operatorSetWeight", uint32(MaxOperatorSetID-1)))},
		{"recordRange", h, SystemSender, ranges},
		{"recordSnapshot", h, SystemSender, snaps},
	}
}

// BenchmarkPrecompileMgasPerSecond measures every method's worst-case calls — slots
// warm (each call after the first of its transaction), the largest inputs — against
// go-ethereum's ecrecover precompile, in one loop that interleaves them so that the
// machine's drift affects all alike. It reports the gas each is charged per second of
// CPU (mgas_s_<call>, mgas_s_ecrecover) and x_ecrecover, the slowest call's Mgas/s over
// ecrecover's: at 1 or more no method buys more CPU per gas than ecrecover does. The
// environment is the tests' harness over a StateDB, making the calls op-geth's glue
// makes.
func BenchmarkPrecompileMgasPerSecond(b *testing.B) {
	const batch, rounds = 4, 32 // calls per method and round; rounds per transaction
	cs := mgasCalls(b, 1+batch*rounds)
	start := map[*harness]*state.StateDB{}
	for _, c := range cs {
		start[c.h] = c.h.sdb.Copy()
	}

	ecrecover := vm.PrecompiledContractsCancun[common.BytesToAddress([]byte{1})]
	key, _ := crypto.HexToECDSA("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
	digest := crypto.Keccak256([]byte("parley"))
	sig, err := crypto.Sign(digest, key)
	if err != nil {
		b.Fatal(err)
	}
	ecInput := make([]byte, 128)
	copy(ecInput, digest)
	ecInput[63] = sig[64] + 27
	copy(ecInput[64:], sig[:64])
	if out, err := ecrecover.Run(ecInput); err != nil || common.BytesToAddress(out) != crypto.PubkeyToAddress(key.PublicKey) {
		b.Fatalf("ecrecover: %x, %v", out, err)
	}
	ecGas := ecrecover.RequiredGas(ecInput)

	call := func(c *mgasCall, k int) uint64 {
		c.h.caller, c.h.gas = c.caller, 1<<40
		if _, err := Run(&testCfg, c.h, c.inputs[k]); err != nil {
			b.Fatalf("%s: %v", c.name, err)
		}
		return 1<<40 - c.h.gas
	}
	elapsed := make([]time.Duration, len(cs)+1) // the calls', then ecrecover's
	gas := make([]uint64, len(cs)+1)
	used := make([]uint64, batch)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		round := i % rounds
		if round == 0 {
			// A new transaction from the starting state; the first call of each
			// method warms its slots.
			for h, sdb := range start {
				h.sdb = sdb.Copy()
				h.newTx()
			}
			for j := range cs {
				call(&cs[j], 0)
			}
		}
		for j := range cs {
			c := &cs[j]
			k := 1 + round*batch
			t0 := time.Now()
			for u := range used {
				used[u] = call(c, k+u)
			}
			elapsed[j] += time.Since(t0)
			for _, g := range used {
				gas[j] += g
			}
		}
		t0 := time.Now()
		for range batch {
			if _, err := ecrecover.Run(ecInput); err != nil {
				b.Fatal(err)
			}
		}
		elapsed[len(cs)] += time.Since(t0)
		gas[len(cs)] += batch * ecGas
	}
	b.StopTimer()
	mgas := func(j int) float64 { return float64(gas[j]) / elapsed[j].Seconds() / 1e6 }
	ec := mgas(len(cs))
	slowest := math.Inf(1)
	for j, c := range cs {
		b.ReportMetric(mgas(j), "mgas_s_"+c.name)
		slowest = min(slowest, mgas(j))
	}
	b.ReportMetric(ec, "mgas_s_ecrecover")
	b.ReportMetric(slowest/ec, "x_ecrecover")
}
