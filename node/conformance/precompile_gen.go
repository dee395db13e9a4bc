package conformance

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"maps"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/message"
	"github.com/parley-xyz/parley/interop/msgtree"
	"github.com/parley-xyz/parley/precompile"
)

// The inbox of the precompile vectors: active from time 1000, blocks at time 2000.
var (
	inboxCfg   = precompileConfigJSON{ActivationTime: 1000, AVS: avsOf(sampleAVS)}
	inboxBlock = blockJSON{Number: 7, Time: 2000}
	userAddr   = common.HexToAddress("0x0000000000000000000000000000000000007777")
)

const srcChain = 901

// inboxState is the inbox account's state between transactions.
type inboxState struct {
	storage map[common.Hash]common.Hash
	nonce   uint64
}

// certifiedRange is a committed block range of the source chain with its messages
// (perBlock messages in each block).
type certifiedRange struct {
	from, to uint64
	msgs     []message.Message
	tree     *msgtree.Tree
	lastHash common.Hash
}

func newCertifiedRange(chain, from, to uint64, perBlock int) (*certifiedRange, error) {
	var msgs []message.Message
	for b := from; b <= to; b++ {
		for l := 0; l < perBlock; l++ {
			msgs = append(msgs, message.Message{
				ID:          message.Identifier{Origin: common.Address{0x42, byte(l)}, BlockNumber: b, LogIndex: uint32(l), Timestamp: 10_000 + b*2, ChainID: chain},
				PayloadHash: common.BytesToHash([]byte{byte(b), byte(l), 0x99}),
			})
		}
	}
	tree, err := msgtree.Commit(msgtree.Range{ChainID: chain, From: from, To: to}, msgs)
	if err != nil {
		return nil, err
	}
	return &certifiedRange{from: from, to: to, msgs: msgs, tree: tree, lastHash: common.Hash{0x1a, byte(to)}}, nil
}

// precompileGen generates the precompile vectors.
type precompileGen struct {
	b *builder
}

func (g *precompileGen) pack(name string, args ...any) []byte {
	data, err := precompile.ABI.Pack(name, args...)
	if err != nil {
		g.b.fail(fmt.Errorf("packing %s: %w", name, err))
	}
	return data
}

func (g *precompileGen) recordRange(chain uint64, r *certifiedRange) []byte {
	return g.pack("recordRange", new(big.Int).SetUint64(chain), r.from, r.to, [32]byte(r.lastHash), [32]byte(r.tree.Root()))
}

func (g *precompileGen) recordSnapshot(block uint64, root common.Hash, ids []uint32, weights []*big.Int) []byte {
	return g.pack("recordSnapshot", block, [32]byte(root), ids, weights)
}

// proof is the inbox proof of message k of r: be64(rangeFrom) || msgtree proof.
func (g *precompileGen) proof(r *certifiedRange, k int) []byte {
	p, err := r.tree.Proof(uint64(k))
	g.b.fail(err)
	return append(binary.BigEndian.AppendUint64(nil, r.from), p...)
}

func abiID(m message.Message) precompile.Identifier {
	u := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	return precompile.Identifier{Origin: m.ID.Origin, BlockNumber: u(m.ID.BlockNumber), LogIndex: u(uint64(m.ID.LogIndex)), Timestamp: u(m.ID.Timestamp), ChainId: u(m.ID.ChainID)}
}

func (g *precompileGen) message(method string, id precompile.Identifier, h common.Hash, proof []byte) []byte {
	return g.pack(method, id, [32]byte(h), proof)
}

// setup runs system calls, each in a transaction of its own, from st and returns the
// state after them.
func (g *precompileGen) setup(st inboxState, inputs ...[]byte) inboxState {
	if g.b.err != nil {
		return st
	}
	cfg := &precompile.Config{ActivationTime: uint64(inboxCfg.ActivationTime), AVS: sampleAVS}
	e := &memEnv{storage: maps.Clone(st.storage), nonce: st.nonce, number: uint64(inboxBlock.Number), time: uint64(inboxBlock.Time)}
	for i, in := range inputs {
		e.original, e.warm = maps.Clone(e.storage), map[common.Hash]bool{}
		c := callJSON{Caller: precompile.SystemSender, CallType: "CALL", Gas: 50_000_000, Calldata: in}
		r, err := e.call(cfg, &c)
		if err == nil && !r.Success {
			err = fmt.Errorf("reverted: %s", r.Error)
		}
		if err != nil {
			g.b.fail(fmt.Errorf("setup call %d: %w", i, err))
			return st
		}
	}
	return inboxState{storage: e.storage, nonce: e.nonce}
}

// expect fails the generation unless c, alone on st, succeeds (ok) or fails (!ok).
func (g *precompileGen) expect(st inboxState, c callJSON, what string, ok bool) {
	if g.b.err != nil {
		return
	}
	cfg := &precompile.Config{ActivationTime: uint64(inboxCfg.ActivationTime), AVS: sampleAVS}
	e := &memEnv{storage: maps.Clone(st.storage), nonce: st.nonce, number: uint64(inboxBlock.Number), time: uint64(inboxBlock.Time)}
	e.original, e.warm = maps.Clone(e.storage), map[common.Hash]bool{}
	r, err := e.call(cfg, &c)
	if err != nil || r.Success != ok {
		g.b.fail(fmt.Errorf("%s: success %v (%s), %v", what, r.Success, r.Error, err))
	}
}

// call is a CALL from caller with gas.
func call(caller common.Address, gas uint64, data []byte) callJSON {
	return callJSON{Caller: caller, CallType: "CALL", Gas: dec64(gas), Calldata: nonNil(data)}
}

func user(data []byte) callJSON   { return call(userAddr, 10_000_000, data) }
func system(data []byte) callJSON { return call(precompile.SystemSender, 10_000_000, data) }

func (g *precompileGen) add(name string, st inboxState, calls ...callJSON) {
	if g.b.err != nil {
		return
	}
	storage := st.storage
	if storage == nil {
		storage = map[common.Hash]common.Hash{}
	}
	g.b.add(name, "calls", precompileInput{Config: inboxCfg, Block: inboxBlock, Storage: storage, Nonce: dec64(st.nonce), Calls: calls})
}

func genPrecompile(b *builder) {
	g := &precompileGen{b: b}
	g.generate()
}

func (g *precompileGen) generate() {
	fresh := inboxState{storage: map[common.Hash]common.Hash{}}
	// State A (the precompile tests' golden state): one range of chain 901, blocks
	// 100..163 with 16 messages each (a depth-10 tree), and a snapshot at L1 block 50
	// of sets 0 and 3.
	rangeA, err := newCertifiedRange(srcChain, 100, 163, 16)
	g.b.fail(err)
	if g.b.err != nil {
		return
	}
	snapA := g.recordSnapshot(50, common.Hash{0x5a}, []uint32{0, 3}, []*big.Int{big.NewInt(1000), new(big.Int).Lsh(big.NewInt(3), 100)})
	stA := g.setup(fresh, g.recordRange(srcChain, rangeA), snapA)
	msg := rangeA.msgs[700] // block 143
	validate := g.message("validateMessage", abiID(msg), msg.PayloadHash, g.proof(rangeA, 700))
	isValid := g.message("isValidMessage", abiID(msg), msg.PayloadHash, g.proof(rangeA, 700))

	// Every method's successful path on state A, with exactly the gas it uses and one
	// less (SPEC: the precompile package's golden gas table).
	golden := []struct {
		name   string
		caller common.Address
		data   []byte
		gas    uint64
	}{
		{"validateMessage", userAddr, validate, 7458},
		{"isValidMessage", userAddr, isValid, 5053},
		{"certifiedRange", userAddr, g.pack("certifiedRange", big.NewInt(srcChain), uint64(150)), 10621},
		{"latestCertifiedBlock", userAddr, g.pack("latestCertifiedBlock", big.NewInt(srcChain)), 2212},
		{"latestSnapshot", userAddr, g.pack("latestSnapshot"), 4309},
		{"operatorSetWeight", userAddr, g.pack("operatorSetWeight", uint32(3)), 4309},
		{"recordRange", precompile.SystemSender, g.pack("recordRange", big.NewInt(srcChain), uint64(164), uint64(170), [32]byte{1}, [32]byte{2}), 95667},
		{"recordSnapshot", precompile.SystemSender, g.recordSnapshot(60, common.Hash{0x6a}, []uint32{0, 3, 7}, []*big.Int{big.NewInt(1000), big.NewInt(5), big.NewInt(7)}), 94920},
	}
	for _, c := range golden {
		// The goldens are the precompile package's; a stale copy here must fail the
		// generation, not mislabel a vector.
		g.expect(stA, call(c.caller, c.gas, c.data), c.name+": golden gas succeeds", true)
		g.expect(stA, call(c.caller, c.gas-1, c.data), c.name+": golden gas - 1 runs out", false)
		g.add(c.name+": success with exactly its gas (cold)", stA, call(c.caller, c.gas, c.data))
		g.add(c.name+": one gas short", stA, call(c.caller, c.gas-1, c.data))
	}

	g.callRules(stA, validate)
	g.messages(stA, rangeA)
	g.views(fresh)
	g.writes(fresh, stA)
	g.decoding(stA, rangeA)
}

// callRules: the call rules, in order (precompile package documentation).
func (g *precompileGen) callRules(stA inboxState, validate []byte) {
	rr := g.pack("recordRange", big.NewInt(srcChain), uint64(164), uint64(170), [32]byte{1}, [32]byte{2})
	view := g.pack("latestSnapshot")
	with := func(c callJSON, f func(c *callJSON)) callJSON { f(&c); return c }
	inactive := inboxCfg
	inactive.ActivationTime = inboxBlock.Time + 1
	if g.b.err == nil {
		g.b.add("rule 1: before activation, a system write does nothing and costs nothing", "calls",
			precompileInput{Config: inactive, Block: inboxBlock, Storage: stA.storage, Nonce: dec64(stA.nonce), Calls: []callJSON{system(rr)}})
		g.b.add("rule 1: before activation, even a DELEGATECALL with value succeeds", "calls",
			precompileInput{Config: inactive, Block: inboxBlock, Storage: stA.storage, Nonce: dec64(stA.nonce), Calls: []callJSON{
				with(user(validate), func(c *callJSON) { c.CallType, c.Value = "DELEGATECALL", bigU(1) })}})
	}
	g.add("activation at exactly the block time", stA, user(view))
	g.add("rule 2: DELEGATECALL", stA, with(user(view), func(c *callJSON) { c.CallType = "DELEGATECALL" }))
	g.add("rule 2: CALLCODE", stA, with(system(rr), func(c *callJSON) { c.CallType = "CALLCODE" }))
	g.add("rule 2 before 3: DELEGATECALL with value", stA, with(user(view), func(c *callJSON) { c.CallType, c.Value = "DELEGATECALL", bigU(1) }))
	g.add("rule 3: value 1", stA, with(user(view), func(c *callJSON) { c.Value = bigU(1) }))
	g.add("rule 3: value 2^256-1 to a system write", stA, with(system(rr), func(c *callJSON) { c.Value = decBig{*new(uint256.Int).SetAllOne()} }))
	g.add("rule 3 before 4: value with empty calldata", stA, with(user(nil), func(c *callJSON) { c.Value = bigU(1) }))
	g.add("rule 4: empty calldata", stA, user(nil))
	g.add("rule 4: three bytes of calldata", stA, user(view[:3]))
	g.add("rule 4: an unknown selector", stA, user([]byte{0xde, 0xad, 0xbe, 0xef}))
	g.add("rule 4: an unknown selector with arguments", stA, user(append([]byte{0, 0, 0, 0}, make([]byte, 64)...)))
	g.add("rule 4: calldata of MaxInput bytes is accepted", stA, with(user(view), func(c *callJSON) { c.CalldataZeros = precompile.MaxInput - 4 }))
	g.add("rule 4: calldata of MaxInput+1 bytes", stA, with(user(view), func(c *callJSON) { c.CalldataZeros = precompile.MaxInput - 3 }))
	g.add("rule 4: out of gas for dispatch (0 gas)", stA, call(userAddr, 0, view))
	g.add("rule 4: out of gas for dispatch (102 gas for 4 bytes)", stA, call(userAddr, 102, view))
	g.add("rule 4: exactly the dispatch gas, then an unknown selector", stA, call(userAddr, 103, []byte{1, 2, 3, 4}))
	g.add("rule 5: validateMessage read-only", stA, with(user(validate), func(c *callJSON) { c.ReadOnly = true }))
	g.add("rule 5: validateMessage by STATICCALL", stA, with(user(validate), func(c *callJSON) { c.CallType, c.ReadOnly = "STATICCALL", true }))
	g.add("rule 5: recordRange by STATICCALL from the system sender", stA, with(system(rr), func(c *callJSON) { c.CallType, c.ReadOnly = "STATICCALL", true }))
	g.add("rule 5: recordSnapshot read-only from the system sender", stA, with(system(g.recordSnapshot(60, common.Hash{1}, []uint32{0}, []*big.Int{big.NewInt(1)})), func(c *callJSON) { c.ReadOnly = true }))
	g.add("rule 5: a view by STATICCALL", stA, with(user(view), func(c *callJSON) { c.CallType, c.ReadOnly = "STATICCALL", true }))
	g.add("rule 5 before 6: recordRange read-only from another caller", stA, with(user(rr), func(c *callJSON) { c.ReadOnly = true }))
	g.add("rule 6: recordRange from another caller", stA, user(rr))
	g.add("rule 6: recordSnapshot from another caller", stA, user(g.recordSnapshot(60, common.Hash{1}, []uint32{0}, []*big.Int{big.NewInt(1)})))
	g.add("rule 6 before 7: recordRange with bad arguments from another caller", stA, user(rr[:40]))
	g.add("rule 7: recordRange with truncated arguments", stA, system(rr[:40]))
	g.add("rule 7: validateMessage with no arguments", stA, user(validate[:4]))
}

// messages: validateMessage and isValidMessage, every outcome.
func (g *precompileGen) messages(stA inboxState, r *certifiedRange) {
	msg := r.msgs[700]
	proof := g.proof(r, 700)
	// validateMessage reverts where isValidMessage returns false; isValidMessage is
	// listed too where its gas or result shows something of its own.
	both := func(name string, id precompile.Identifier, h common.Hash, p []byte) {
		g.add("validateMessage: "+name, stA, user(g.message("validateMessage", id, h, p)))
		g.add("isValidMessage: "+name, stA, user(g.message("isValidMessage", id, h, p)))
	}
	one := func(name string, id precompile.Identifier, h common.Hash, p []byte) {
		g.add("validateMessage: "+name, stA, user(g.message("validateMessage", id, h, p)))
	}
	idWith := func(f func(id *precompile.Identifier)) precompile.Identifier {
		id := abiID(msg)
		f(&id)
		return id
	}
	two64 := new(big.Int).Lsh(big.NewInt(1), 64)
	both("the first message of the range", abiID(r.msgs[0]), r.msgs[0].PayloadHash, g.proof(r, 0))
	both("the last message of the range", abiID(r.msgs[len(r.msgs)-1]), r.msgs[len(r.msgs)-1].PayloadHash, g.proof(r, len(r.msgs)-1))
	both("another payload hash", abiID(msg), common.Hash{1}, proof)
	one("another origin", idWith(func(id *precompile.Identifier) { id.Origin[0] ^= 1 }), msg.PayloadHash, proof)
	one("another timestamp", idWith(func(id *precompile.Identifier) { id.Timestamp = big.NewInt(1) }), msg.PayloadHash, proof)
	one("another log index", idWith(func(id *precompile.Identifier) { id.LogIndex = big.NewInt(3) }), msg.PayloadHash, proof)
	one("another message's proof", abiID(r.msgs[701]), r.msgs[701].PayloadHash, proof)
	both("a range that is not certified", abiID(msg), msg.PayloadHash, append(binary.BigEndian.AppendUint64(nil, 99), proof[8:]...))
	one("another chain", idWith(func(id *precompile.Identifier) { id.ChainId = big.NewInt(902) }), msg.PayloadHash, proof)
	both("a block outside the range", idWith(func(id *precompile.Identifier) { id.BlockNumber = big.NewInt(164) }), msg.PayloadHash, proof)
	one("a block before the range", idWith(func(id *precompile.Identifier) { id.BlockNumber = big.NewInt(99) }), msg.PayloadHash, proof)
	both("a proof of 7 bytes", abiID(msg), msg.PayloadHash, proof[:7])
	one("a proof of 8 bytes (the range only)", abiID(msg), msg.PayloadHash, proof[:8])
	one("an empty proof", abiID(msg), msg.PayloadHash, []byte{})
	one("a proof a byte short", abiID(msg), msg.PayloadHash, proof[:len(proof)-1])
	one("a proof with an extra sibling", abiID(msg), msg.PayloadHash, append(bytes.Clone(proof), make([]byte, 32)...))
	one("a proof with count 0", abiID(msg), msg.PayloadHash, func() []byte { p := bytes.Clone(proof); clear(p[12:16]); return p }())
	one("a proof with index = count", abiID(msg), msg.PayloadHash, func() []byte { p := bytes.Clone(proof); copy(p[8:12], p[12:16]); return p }())
	one("a wrong sibling", abiID(msg), msg.PayloadHash, func() []byte { p := bytes.Clone(proof); p[100] ^= 1; return p }())
	one("blockNumber 2^64", idWith(func(id *precompile.Identifier) { id.BlockNumber = two64 }), msg.PayloadHash, proof)
	both("logIndex 2^32", idWith(func(id *precompile.Identifier) { id.LogIndex = big.NewInt(1 << 32) }), msg.PayloadHash, proof)
	one("timestamp 2^64", idWith(func(id *precompile.Identifier) { id.Timestamp = two64 }), msg.PayloadHash, proof)
	both("chainId 2^64", idWith(func(id *precompile.Identifier) { id.ChainId = two64 }), msg.PayloadHash, proof)
	one("chainId 2^64 and a bad proof (the identifier is checked first)", idWith(func(id *precompile.Identifier) { id.ChainId = two64 }), msg.PayloadHash, proof[:3])
	// The order of the checks: the range record is read before the proof is decoded.
	malformed := func() []byte { p := bytes.Clone(proof); clear(p[12:16]); return p }()
	one("a range that is not certified and a malformed proof (the range is checked first)", abiID(msg), msg.PayloadHash, append(binary.BigEndian.AppendUint64(nil, 99), malformed[8:]...))
	one("a block outside the range and a malformed proof (the range is checked first)", idWith(func(id *precompile.Identifier) { id.BlockNumber = big.NewInt(164) }), msg.PayloadHash, malformed)
	one("a proof whose length is no proof's: the hashing gas is not charged", abiID(msg), msg.PayloadHash, append(bytes.Clone(proof), 0))
	v := g.message("validateMessage", abiID(msg), msg.PayloadHash, proof)
	g.add("validateMessage: twice in one transaction (the second warm)", stA, user(v), user(v))
	g.add("validateMessage: a revert, then a success in one transaction (the revert's slots stay cold)", stA,
		user(g.message("validateMessage", abiID(msg), common.Hash{1}, proof)), user(v))
}

// views: certifiedRange, latestCertifiedBlock, latestSnapshot, operatorSetWeight.
func (g *precompileGen) views(fresh inboxState) {
	r1, err1 := newCertifiedRange(srcChain, 100, 109, 1)
	r2, err2 := newCertifiedRange(srcChain, 110, 130, 2)
	r3, err3 := newCertifiedRange(srcChain, 131, 131, 1)
	r4, err4 := newCertifiedRange(902, 5, 5, 1)
	for _, err := range []error{err1, err2, err3, err4} {
		g.b.fail(err)
	}
	if g.b.err != nil {
		return
	}
	maxW := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	stB := g.setup(fresh, g.recordRange(srcChain, r1), g.recordRange(srcChain, r2), g.recordRange(srcChain, r3), g.recordRange(902, r4),
		g.recordSnapshot(10, common.Hash{0x11}, []uint32{1, 2, 191}, []*big.Int{big.NewInt(5), maxW, big.NewInt(0)}),
		g.recordSnapshot(11, common.Hash{0x12}, []uint32{2, 7}, []*big.Int{big.NewInt(9), big.NewInt(70)}))
	for _, blk := range []uint64{0, 99, 100, 109, 110, 125, 130, 131, 132, math.MaxUint64} {
		g.add(fmt.Sprintf("certifiedRange: chain 901, block %d (three ranges)", blk), stB, user(g.pack("certifiedRange", big.NewInt(srcChain), blk)))
	}
	g.add("certifiedRange: chain 902, block 5", stB, user(g.pack("certifiedRange", big.NewInt(902), uint64(5))))
	g.add("certifiedRange: an unknown chain", stB, user(g.pack("certifiedRange", big.NewInt(903), uint64(5))))
	g.add("certifiedRange: chain 2^64", stB, user(g.pack("certifiedRange", new(big.Int).Lsh(big.NewInt(1), 64), uint64(5))))
	g.add("certifiedRange: a fresh inbox", fresh, user(g.pack("certifiedRange", big.NewInt(srcChain), uint64(5))))
	g.add("latestCertifiedBlock: chain 901", stB, user(g.pack("latestCertifiedBlock", big.NewInt(srcChain))))
	g.add("latestCertifiedBlock: an unknown chain", stB, user(g.pack("latestCertifiedBlock", big.NewInt(903))))
	g.add("latestCertifiedBlock: chain 2^256-1", stB, user(g.pack("latestCertifiedBlock", maxW)))
	g.add("latestSnapshot: after two snapshots", stB, user(g.pack("latestSnapshot")))
	g.add("latestSnapshot: a fresh inbox", fresh, user(g.pack("latestSnapshot")))
	for _, id := range []uint32{0, 1, 2, 7, 191, 192, math.MaxUint32} {
		g.add(fmt.Sprintf("operatorSetWeight: set %d after two snapshots", id), stB, user(g.pack("operatorSetWeight", id)))
	}
	g.add("operatorSetWeight: a fresh inbox", fresh, user(g.pack("operatorSetWeight", uint32(0))))
	g.add("views: certifiedRange twice in one transaction", stB, user(g.pack("certifiedRange", big.NewInt(srcChain), uint64(120))), user(g.pack("certifiedRange", big.NewInt(srcChain), uint64(121))))
}

// writes: recordRange and recordSnapshot, every outcome.
func (g *precompileGen) writes(fresh, stA inboxState) {
	rr := func(chain *big.Int, from, to uint64) []byte {
		return g.pack("recordRange", chain, from, to, [32]byte{0x1a}, [32]byte{0x2b})
	}
	c901 := big.NewInt(srcChain)
	maxU := uint64(math.MaxUint64)
	g.add("recordRange: the first range of a fresh inbox (sets the nonce)", fresh, system(rr(c901, 1, 9)))
	g.add("recordRange: the next range", stA, system(rr(c901, 164, 164)))
	g.add("recordRange: a range of another chain", stA, system(rr(big.NewInt(902), 0, 0)))
	g.add("recordRange: a gap", stA, system(rr(c901, 165, 170)))
	g.add("recordRange: an overlap", stA, system(rr(c901, 163, 170)))
	g.add("recordRange: the same range again", stA, system(rr(c901, 100, 163)))
	g.add("recordRange: fromBlock after toBlock", stA, system(rr(c901, 165, 164)))
	g.add("recordRange: chain id 2^64", stA, system(rr(new(big.Int).Lsh(big.NewInt(1), 64), 1, 2)))
	g.add("recordRange: chain id 2^64-1, blocks up to 2^64-1", fresh, system(rr(new(big.Int).SetUint64(maxU), maxU-1, maxU)))
	stMax := g.setup(fresh, rr(c901, 5, maxU))
	g.add("recordRange: after a range ending at 2^64-1", stMax, system(rr(c901, 0, 0)))
	g.add("recordRange: two contiguous ranges in one transaction", stA, system(rr(c901, 164, 170)), system(rr(c901, 171, 180)))
	g.add("recordRange: a revert, then a success in one transaction", stA, system(rr(c901, 165, 170)), system(rr(c901, 164, 170)))

	snap := func(block uint64, ids []uint32, weights ...int64) []byte {
		ws := make([]*big.Int, len(weights))
		for i, w := range weights {
			ws[i] = big.NewInt(w)
		}
		return g.recordSnapshot(block, common.BigToHash(new(big.Int).SetUint64(block)), ids, ws)
	}
	var ids33 []uint32
	var ws33 []int64
	for i := uint32(0); i < 33; i++ {
		ids33, ws33 = append(ids33, i), append(ws33, int64(i))
	}
	maxW := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	g.add("recordSnapshot: the first snapshot of a fresh inbox, one set", fresh, system(snap(100, []uint32{5}, 1000)))
	g.add("recordSnapshot: 32 sets on a fresh inbox", fresh, system(snap(100, ids33[:32], ws33[:32]...)))
	g.add("recordSnapshot: weight 2^256-1", fresh, system(g.recordSnapshot(100, common.Hash{1}, []uint32{191}, []*big.Int{maxW})))
	g.add("recordSnapshot: block 2^64-1", stA, system(snap(maxU, []uint32{0}, 1)))
	g.add("recordSnapshot: the same block as the latest", stA, system(snap(50, []uint32{0}, 1)))
	g.add("recordSnapshot: an earlier block", stA, system(snap(49, []uint32{0}, 1)))
	g.add("recordSnapshot: no sets", stA, system(snap(60, []uint32{})))
	g.add("recordSnapshot: 33 sets", stA, system(snap(60, ids33, ws33...)))
	g.add("recordSnapshot: more weights than sets", stA, system(snap(60, []uint32{0}, 1, 2)))
	g.add("recordSnapshot: fewer weights than sets", stA, system(snap(60, []uint32{0, 1}, 1)))
	g.add("recordSnapshot: set 192", stA, system(snap(60, []uint32{3, 192}, 1, 2)))
	g.add("recordSnapshot: set 2^32-1", stA, system(snap(60, []uint32{math.MaxUint32}, 1)))
	g.add("recordSnapshot: a set twice", stA, system(snap(60, []uint32{0, 4, 4}, 1, 2, 3)))
	g.add("recordSnapshot: sets descending", stA, system(snap(60, []uint32{5, 4}, 1, 2)))
	g.add("recordSnapshot: sets descending, then set 192 (per set: range, then order)", stA, system(snap(60, []uint32{5, 4, 192}, 1, 2, 3)))
	g.add("recordSnapshot: set 200, then sets descending", stA, system(snap(60, []uint32{200, 4}, 1, 2)))
	g.add("recordSnapshot: stale and badly shaped (the shape is checked first)", stA, system(snap(1, []uint32{2, 1}, 1, 2)))
	g.add("recordSnapshot: two in one transaction", stA, system(snap(60, []uint32{0, 3}, 7, 8)), system(snap(61, []uint32{3}, 9)))
	g.add("recordSnapshot: the same weight as stored (no-op writes)", stA, system(g.recordSnapshot(60, common.Hash{0x5a}, []uint32{0}, []*big.Int{big.NewInt(1000)})))
}

// decoding: calldata that go-ethereum's ABI decoder reads in its own way. A second
// implementation must decode exactly the same inputs to the same values.
func (g *precompileGen) decoding(stA inboxState, r *certifiedRange) {
	msg := r.msgs[700]
	valid := g.message("validateMessage", abiID(msg), msg.PayloadHash, g.proof(r, 700))
	edit := func(data []byte, f func(d []byte) []byte) []byte { return f(bytes.Clone(data)) }
	word := func(d []byte, w int) []byte { return d[4+32*w : 4+32*w+32] }
	for _, m := range []string{"validateMessage", "isValidMessage"} {
		v := bytes.Clone(valid)
		copy(v, precompile.ABI.Methods[m].ID)
		g.add(m+" decoding: dirty high bytes in the origin word (ignored)", stA, user(edit(v, func(d []byte) []byte { word(d, 0)[0] = 0xff; return d })))
		g.add(m+" decoding: trailing bytes (ignored)", stA, user(edit(v, func(d []byte) []byte { return append(d, 1, 2, 3) })))
		g.add(m+" decoding: a proof offset past the proof", stA, user(edit(v, func(d []byte) []byte { word(d, 6)[31] += 0x20; return d })))
		g.add(m+" decoding: a proof length past the calldata", stA, user(edit(v, func(d []byte) []byte { binary.BigEndian.PutUint64(word(d, 7)[24:], 1<<20); return d })))
		g.add(m+" decoding: a proof offset of 2^64", stA, user(edit(v, func(d []byte) []byte { word(d, 6)[23] = 1; return d })))
		g.add(m+" decoding: truncated before the proof", stA, user(v[:4+7*32]))
		g.add(m+" decoding: the proof moved behind extra bytes", stA, user(edit(v, func(d []byte) []byte {
			tail := bytes.Clone(d[4+7*32:])
			d = append(d[:4+7*32], make([]byte, 8)...)
			binary.BigEndian.PutUint64(word(d, 6)[24:], 7*32+8)
			return append(d, tail...)
		})))
	}
	cr := g.pack("certifiedRange", big.NewInt(srcChain), uint64(150))
	g.add("certifiedRange decoding: a block word above 64 bits", stA, user(edit(cr, func(d []byte) []byte { word(d, 1)[23] = 1; return d })))
	g.add("certifiedRange decoding: trailing bytes", stA, user(append(bytes.Clone(cr), 0)))
	g.add("certifiedRange decoding: one byte short", stA, user(cr[:len(cr)-1]))
	ow := g.pack("operatorSetWeight", uint32(3))
	g.add("operatorSetWeight decoding: an id word above 32 bits", stA, user(edit(ow, func(d []byte) []byte { word(d, 0)[27] = 1; return d })))
	rr := g.pack("recordRange", big.NewInt(srcChain), uint64(164), uint64(170), [32]byte{1}, [32]byte{2})
	g.add("recordRange decoding: a fromBlock word above 64 bits", stA, system(edit(rr, func(d []byte) []byte { word(d, 1)[0] = 1; return d })))
	rs := g.recordSnapshot(60, common.Hash{0x6a}, []uint32{0, 3}, []*big.Int{big.NewInt(1), big.NewInt(2)})
	g.add("recordSnapshot decoding: an id word above 32 bits", stA, system(edit(rs, func(d []byte) []byte { word(d, 5)[27] = 1; return d })))
	g.add("recordSnapshot decoding: an array length past the calldata", stA, system(edit(rs, func(d []byte) []byte { word(d, 4)[31] = 0xff; return d })))
	g.add("latestSnapshot decoding: trailing bytes (ignored)", stA, user(append(g.pack("latestSnapshot"), 1)))
}
