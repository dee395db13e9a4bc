package precompile

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/message"
	"github.com/parley-xyz/parley/interop/msgtree"
)

// The hand-written codecs of validateMessage and isValidMessage (decodeMessageCall,
// the result encodings, the hasher) must behave exactly as the reflective ABI codec
// and the interop packages they replace on the hot path: same accepted inputs, same
// values, and through Run the same outcome, revert data, gas, logs and state.

// TestHandCodecLayout pins the ABI layout the hand-written codecs assume.
func TestHandCodecLayout(t *testing.T) {
	want := map[string]struct {
		hand handCodec
		out  string
	}{
		"validateMessage": {handValidateMessage, "bytes32"},
		"isValidMessage":  {handIsValidMessage, "bool"},
	}
	for name, m := range methods {
		w, ok := want[name]
		if !ok {
			if m.hand != noHand {
				t.Errorf("%s: unexpected hand-written codecs", name)
			}
			continue
		}
		if m.hand != w.hand {
			t.Errorf("%s: hand codec %d, want %d", name, m.hand, w.hand)
		}
		am := ABI.Methods[name]
		var in []string
		for _, a := range am.Inputs {
			in = append(in, a.Type.String())
		}
		if got := []string{"(address,uint256,uint256,uint256,uint256)", "bytes32", "bytes"}; !reflect.DeepEqual(in, got) {
			t.Errorf("%s inputs %v, the hand decoder reads %v", name, in, got)
		}
		if len(am.Outputs) != 1 || am.Outputs[0].Type.String() != w.out {
			t.Errorf("%s outputs %v, want (%s)", name, am.Outputs, w.out)
		}
	}
}

// abiMessageCall decodes data the way the ABI path does: go-ethereum's decoder,
// messageArgs, toMessage.
func abiMessageCall(name string, data []byte) (messageCall, bool) {
	am := ABI.Methods[name]
	args, err := unpack(&am, data)
	if err != nil {
		return messageCall{}, false
	}
	id, h, p, err := messageArgs(args)
	if err != nil {
		return messageCall{}, false
	}
	msg, err := toMessage(id, h)
	c := messageCall{msg: msg, proof: p}
	if err != nil {
		c.wide = true
		c.msg = message.Message{ID: message.Identifier{Origin: id.Origin}, PayloadHash: h}
	}
	return c, true
}

// checkDecoders compares decodeMessageCall with the ABI path on data.
func checkDecoders(t *testing.T, data []byte) {
	t.Helper()
	got, gotOK := decodeMessageCall(data)
	for _, name := range []string{"validateMessage", "isValidMessage"} {
		want, wantOK := abiMessageCall(name, data)
		if gotOK != wantOK {
			t.Fatalf("%s: hand decoder ok=%v, ABI decoder ok=%v on %x", name, gotOK, wantOK, data)
		}
		if !gotOK {
			continue
		}
		if got.wide != want.wide {
			t.Fatalf("%s: wide %v, ABI path %v on %x", name, got.wide, want.wide, data)
		}
		g, w := got.msg, want.msg
		if got.wide {
			// Only what the ABI path keeps of an identifier out of range.
			g = message.Message{ID: message.Identifier{Origin: g.ID.Origin}, PayloadHash: g.PayloadHash}
		}
		if g != w {
			t.Fatalf("%s: decoded %+v, ABI path %+v on %x", name, g, w, data)
		}
		// The same bytes at the same place of the call data.
		if !bytes.Equal(got.proof, want.proof) || cap(got.proof) != cap(want.proof) {
			t.Fatalf("%s: proof %x (cap %d), ABI path %x (cap %d)", name, got.proof, cap(got.proof), want.proof, cap(want.proof))
		}
	}
	if gotOK && !got.wide {
		checkHasher(t, &got.msg, got.proof)
	}
}

// checkHasher compares the hasher with message and msgtree on a message and a proof
// (with and without the 8-byte range prefix).
func checkHasher(t *testing.T, m *message.Message, proof []byte) {
	t.Helper()
	h := getHasher()
	defer putHasher(h)
	sum := h.checksum(m)
	if want := m.Checksum(); sum != want {
		t.Fatalf("checksum %s, message.Checksum %s", sum, want)
	}
	leaf := h.leaf(sum)
	if want := msgtree.LeafOf(sum); leaf != want {
		t.Fatalf("leaf %s, msgtree %s", leaf, want)
	}
	checkProof(t, h, leaf, proof)
	if len(proof) >= 8 {
		checkProof(t, h, leaf, proof[8:])
	}
}

func checkProof(t *testing.T, h *hasher, leaf common.Hash, p []byte) {
	t.Helper()
	root, ok := h.rootFromProof(leaf, p)
	dp, err := msgtree.DecodeProof(p)
	if ok != (err == nil) {
		t.Fatalf("proof %x: hasher ok=%v, msgtree: %v", p, ok, err)
	}
	if !ok {
		return
	}
	if want := msgtree.RootFromProof(leaf, dp); root != want {
		t.Fatalf("proof %x: root %s, msgtree %s", p, root, want)
	}
	if msgtree.VerifyLeaf(root, leaf, p) != nil {
		t.Fatalf("proof %x: msgtree does not verify the root the hasher computed", p)
	}
}

// outcome is everything a call through execute can be told apart by.
type outcome struct {
	ret     []byte
	err     string // "", "OutOfGas", or the revert name
	data    []byte // revert data
	gasUsed uint64
	logs    []string
	root    common.Hash
}

// classify names a Run error as outcome records it: "" (success), "OutOfGas", or the
// revert name with its data; any other error fails the test.
func classify(t testing.TB, err error) (string, []byte) {
	t.Helper()
	var re *RevertError
	switch {
	case err == nil:
		return "", nil
	case errors.Is(err, ErrOutOfGas):
		return "OutOfGas", nil
	case errors.As(err, &re):
		return re.Name, re.Data
	}
	t.Fatalf("unexpected error %T: %v", err, err)
	return "", nil
}

// compareRun runs input with the hand-written codecs and with the ABI codec, each on
// a fresh copy of base, and fails unless the outcomes are identical.
func compareRun(t *testing.T, h *harness, base *state.StateDB, input []byte, gas uint64, readOnly bool) {
	t.Helper()
	var outs [2]outcome
	for i, hand := range []bool{true, false} {
		h.sdb = base.Copy()
		h.newTx()
		h.caller, h.callType, h.readOnly = common.Address{0x77}, Call, readOnly
		h.gas = gas
		ret, err := execute(&testCfg, h, input, hand)
		o := outcome{ret: ret, gasUsed: gas - h.gas, root: h.sdb.IntermediateRoot(true)}
		o.err, o.data = classify(t, err)
		for _, l := range h.sdb.Logs() {
			o.logs = append(o.logs, common.Bytes2Hex(l.Address[:])+"|"+common.Bytes2Hex(concatHashes(l.Topics))+"|"+common.Bytes2Hex(l.Data))
		}
		outs[i] = o
	}
	if !reflect.DeepEqual(outs[0], outs[1]) {
		t.Fatalf("input %x, gas %d, readOnly %v:\nhand codecs %+v\nABI codec   %+v", input, gas, readOnly, outs[0], outs[1])
	}
}

func concatHashes(hs []common.Hash) []byte {
	var out []byte
	for _, h := range hs {
		out = append(out, h[:]...)
	}
	return out
}

// messageCallVariants returns data, an encoding of validateMessage's arguments, and
// mutations of it: dirty high bytes in every word, values of 2^32 and 2^64 and more,
// offsets and lengths around and beyond the bounds, truncations and trailing bytes.
func messageCallVariants(data []byte) [][]byte {
	out := [][]byte{data}
	mut := func(f func(d []byte) []byte) {
		out = append(out, f(append([]byte{}, data...)))
	}
	setWord := func(d []byte, at int, hi []byte, lo uint64) {
		if at+32 > len(d) {
			return
		}
		clear(d[at : at+32])
		copy(d[at:], hi)
		binary.BigEndian.PutUint64(d[at+24:], lo)
	}
	for w := 0; w < 7; w++ {
		for _, b := range []int{0, 11, 12, 23, 24, 27, 31} {
			mut(func(d []byte) []byte { d[32*w+b] ^= 0x01; return d })
			mut(func(d []byte) []byte { d[32*w+b] = 0xff; return d })
		}
	}
	for w := 1; w <= 4; w++ {
		for _, v := range []uint64{0, 1<<32 - 1, 1 << 32, 1<<64 - 1} {
			mut(func(d []byte) []byte { setWord(d, 32*w, nil, v); return d })
		}
		mut(func(d []byte) []byte { setWord(d, 32*w, []byte{0x80}, 0); return d })
		mut(func(d []byte) []byte { d[32*w+23] = 1; return d })
	}
	n := uint64(len(data))
	off := binary.BigEndian.Uint64(data[6*32+24 : 7*32])
	for _, o := range []uint64{0, 1, 31, 32, 64, 160, 192, 200, 223, 224, 225, 256, n - 33, n - 32, n - 31, n, n + 1, 1 << 32, 1<<63 - 1, 1<<64 - 1} {
		mut(func(d []byte) []byte { setWord(d, 6*32, nil, o); return d })
	}
	mut(func(d []byte) []byte { setWord(d, 6*32, []byte{0, 0, 0, 0, 0, 0, 0, 1}, off); return d })
	mut(func(d []byte) []byte { setWord(d, 6*32, []byte{0xff}, off); return d })
	l := binary.BigEndian.Uint64(data[off+24 : off+32])
	for _, v := range []uint64{0, 1, 7, 8, 9, 40, l - 1, l + 1, n - off - 32, n - off - 31, 1<<63 - 1, 1 << 63, 1<<64 - 1} {
		mut(func(d []byte) []byte { setWord(d, int(off), nil, v); return d })
	}
	mut(func(d []byte) []byte { setWord(d, int(off), []byte{0, 0, 0, 0, 0, 0, 0, 1}, l); return d })
	mut(func(d []byte) []byte { setWord(d, int(off), bytes.Repeat([]byte{0xff}, 24), 1<<64-1); return d })
	// The proof at other places: overlapping the identifier, and after trailing bytes.
	mut(func(d []byte) []byte { setWord(d, 6*32, nil, 0); return d })
	mut(func(d []byte) []byte {
		d = append(d, make([]byte, 40)...)
		setWord(d, 6*32, nil, n+8)
		setWord(d, int(n+8), nil, 0)
		return d
	})
	for _, k := range []uint64{0, 1, 4, 31, 32, 159, 160, 191, 192, 193, 223, 224, 255, 256, n - 1} {
		if k <= n {
			out = append(out, append([]byte{}, data[:k]...))
		}
	}
	mut(func(d []byte) []byte { return append(d, 0) })
	mut(func(d []byte) []byte { return append(d, make([]byte, 31)...) })
	mut(func(d []byte) []byte { return append(d, bytes.Repeat([]byte{0xa5}, 64)...) })
	return out
}

// messageCallSeeds returns encodings of validateMessage's arguments for message k of
// set: the valid call, then a tampered payload, a range that is not certified,
// another message's proof, a block outside the range, and proofs that are short,
// unaligned and empty.
func messageCallSeeds(t testing.TB, set *certifiedSet, k int) [][]byte {
	msg := set.msgs[k]
	proof := set.proof(t, k)
	enc := func(id Identifier, h common.Hash, p []byte) []byte {
		return pack(t, "validateMessage", id, [32]byte(h), p)[4:]
	}
	uncertified := append(binary.BigEndian.AppendUint64(nil, 99), proof[8:]...)
	other := set.msgs[(k+1)%len(set.msgs)]
	outside := msg
	outside.ID.BlockNumber = set.to + 1
	return [][]byte{
		enc(abiID(msg), msg.PayloadHash, proof),
		enc(abiID(msg), common.Hash{1}, proof),
		enc(abiID(msg), msg.PayloadHash, uncertified),
		enc(abiID(other), other.PayloadHash, proof),
		enc(abiID(outside), outside.PayloadHash, proof),
		enc(abiID(msg), msg.PayloadHash, proof[:7]),
		enc(abiID(msg), msg.PayloadHash, proof[:len(proof)-1]),
		enc(abiID(msg), msg.PayloadHash, nil),
	}
}

func TestMessageCallDecoderMatchesABI(t *testing.T) {
	h := newHarness(t)
	setupState(t, h)
	base := h.sdb.Copy()
	sels := [][]byte{ABI.Methods["validateMessage"].ID, ABI.Methods["isValidMessage"].ID}
	n := 0
	for _, seed := range messageCallSeeds(t, caseRange, 700) {
		for _, d := range messageCallVariants(seed) {
			n++
			checkDecoders(t, d)
			for _, sel := range sels {
				input := append(append([]byte{}, sel...), d...)
				compareRun(t, h, base, input, 10_000_000, false)
			}
		}
	}
	// Out of gas at every step of the valid call, and a static context.
	valid := append(append([]byte{}, sels[0]...), messageCallSeeds(t, caseRange, 700)[0]...)
	for gas := uint64(0); gas <= goldenGas["validateMessage"]+1; gas += 1 + gas/64 {
		compareRun(t, h, base, valid, gas, false)
	}
	compareRun(t, h, base, valid, goldenGas["validateMessage"]-1, false)
	compareRun(t, h, base, valid, 10_000_000, true)
	t.Logf("%d encodings", n)
}

func TestMessageCallDecoderRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	seeds := messageCallSeeds(t, caseRange, 700)
	for i := 0; i < 20000; i++ {
		d := append([]byte{}, seeds[rng.IntN(len(seeds))]...)
		for k := rng.IntN(4); k >= 0; k-- {
			switch rng.IntN(4) {
			case 0:
				d[rng.IntN(len(d))] = byte(rng.Uint32())
			case 1:
				d = d[:rng.IntN(len(d)+1)]
				if len(d) == 0 {
					d = append(d, 0)
				}
			case 2:
				d = append(d, make([]byte, rng.IntN(70))...)
			default:
				w := rng.IntN(len(d)/32 + 1)
				if 32*w+32 <= len(d) {
					binary.BigEndian.PutUint64(d[32*w+24:], rng.Uint64N(uint64(len(d))+64))
				}
			}
		}
		checkDecoders(t, d)
	}
}

func TestHasherMatchesInterop(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	h := getHasher()
	defer putHasher(h)
	for keys := 0; keys <= 4; keys++ {
		ks := make([]uint64, keys)
		for i := range ks {
			ks[i] = rng.Uint64()
		}
		buf := make([]byte, 32*(1+keys))
		copy(buf, tagWeight[:])
		for i, k := range ks {
			binary.BigEndian.PutUint64(buf[32*(i+1)+24:], k)
		}
		if got, want := h.slot(tagWeight, ks...), crypto.Keccak256Hash(buf); got != want {
			t.Fatalf("slot with %d keys: %s, want %s", keys, got, want)
		}
		if got := slot(tagWeight, ks...); got != crypto.Keccak256Hash(buf) {
			t.Fatalf("pooled slot with %d keys differs", keys)
		}
	}
	for _, count := range []int{1, 2, 3, 4, 5, 7, 8, 9, 33, 100} {
		set := newCertifiedSet(t, 10, 10+uint64(count)-1, 1)
		for k := range set.msgs {
			m := set.msgs[k]
			for i := range m.ID.Origin {
				m.ID.Origin[i] = byte(rng.Uint32())
			}
			m.ID.BlockNumber, m.ID.Timestamp, m.ID.ChainID, m.ID.LogIndex = rng.Uint64(), rng.Uint64(), rng.Uint64(), rng.Uint32()
			checkHasher(t, &m, set.proof(t, k))
			p, _ := set.tree.Proof(uint64(k))
			if root, ok := h.rootFromProof(msgtree.LeafHash(set.msgs[k]), p); !ok || root != set.tree.Root() {
				t.Fatalf("count %d, message %d: valid proof rejected", count, k)
			}
		}
	}
}

// mapEnv is a small in-memory Environment, cheap to copy, for the fuzz target.
type mapEnv struct {
	cur, orig map[common.Hash]common.Hash
	warm      map[common.Hash]bool
	nonce     uint64
	logs      []string
	caller    common.Address
	readOnly  bool
	gas       uint64
}

func newMapEnv() *mapEnv {
	return &mapEnv{cur: map[common.Hash]common.Hash{}, orig: map[common.Hash]common.Hash{}, warm: map[common.Hash]bool{}}
}

// nextTx returns a copy of the environment as the next transaction sees it: the
// current state is the original one, and the access list is empty.
func (e *mapEnv) nextTx() *mapEnv {
	n := newMapEnv()
	for k, v := range e.cur {
		n.cur[k], n.orig[k] = v, v
	}
	n.nonce = e.nonce
	return n
}

func (e *mapEnv) GetState(k common.Hash) (common.Hash, common.Hash) { return e.cur[k], e.orig[k] }
func (e *mapEnv) SetState(k, v common.Hash)                         { e.cur[k] = v }
func (e *mapEnv) SlotWarm(k common.Hash) bool                       { return e.warm[k] }
func (e *mapEnv) WarmSlot(k common.Hash)                            { e.warm[k] = true }
func (e *mapEnv) Nonce() uint64                                     { return e.nonce }
func (e *mapEnv) SetNonce(n uint64)                                 { e.nonce = n }
func (e *mapEnv) AddLog(topics []common.Hash, data []byte) {
	e.logs = append(e.logs, common.Bytes2Hex(concatHashes(topics))+"|"+common.Bytes2Hex(data))
}
func (e *mapEnv) Caller() common.Address { return e.caller }
func (e *mapEnv) Value() *uint256.Int    { return new(uint256.Int) }
func (e *mapEnv) ReadOnly() bool         { return e.readOnly }
func (e *mapEnv) CallType() CallType     { return Call }
func (e *mapEnv) BlockNumber() uint64    { return 7 }
func (e *mapEnv) BlockTime() uint64      { return 2000 }
func (e *mapEnv) Gas() uint64            { return e.gas }
func (e *mapEnv) UseGas(n uint64) bool {
	if e.gas < n {
		return false
	}
	e.gas -= n
	return true
}

// compareMapRun is compareRun over mapEnv copies of base.
func compareMapRun(t *testing.T, base *mapEnv, input []byte, gas uint64, readOnly bool) {
	t.Helper()
	type mapOutcome struct {
		outcome
		state map[common.Hash]common.Hash
		warm  map[common.Hash]bool
		nonce uint64
	}
	var outs [2]mapOutcome
	for i, hand := range []bool{true, false} {
		e := base.nextTx()
		e.caller, e.readOnly, e.gas = common.Address{0x77}, readOnly, gas
		ret, err := execute(&testCfg, e, input, hand)
		o := mapOutcome{outcome: outcome{ret: ret, gasUsed: gas - e.gas, logs: e.logs}, state: e.cur, warm: e.warm, nonce: e.nonce}
		o.err, o.data = classify(t, err)
		outs[i] = o
	}
	if !reflect.DeepEqual(outs[0], outs[1]) {
		t.Fatalf("input %x, gas %d, readOnly %v:\nhand codecs %+v\nABI codec   %+v", input, gas, readOnly, outs[0], outs[1])
	}
}

// fuzzRange is the certified range of the fuzz target: small, so that its encodings
// (and the fuzzer's minimisation of them) stay short.
var fuzzRange = func() *certifiedSet { return newCertifiedSet(&testing.T{}, 20, 22, 1) }()

// FuzzValidateMessageDecoder compares the hand-written codecs of validateMessage and
// isValidMessage with go-ethereum's ABI decoder and the interop packages on arbitrary
// call data (seeded with valid encodings and mutations of them), and Run with them
// against Run with the ABI codec: same outcome, revert data, gas, logs, access list
// and state.
func FuzzValidateMessageDecoder(f *testing.F) {
	seeds := messageCallSeeds(f, fuzzRange, 1)
	for _, seed := range seeds {
		for i, d := range messageCallVariants(seed) {
			if i%5 == 0 || i < 3 {
				f.Add(d, uint8(0), uint32(10_000_000))
			}
		}
		f.Add(seed, uint8(1), uint32(10_000_000))
		f.Add(seed, uint8(2), uint32(10_000_000))
		f.Add(seed, uint8(0), uint32(7000))
	}
	base := newMapEnv()
	base.caller, base.gas = SystemSender, 10_000_000
	if _, err := Run(&testCfg, base, fuzzRange.recordInput(f)); err != nil {
		f.Fatal(err)
	}
	sels := [][]byte{ABI.Methods["validateMessage"].ID, ABI.Methods["isValidMessage"].ID}
	e := base.nextTx()
	e.caller, e.gas = common.Address{0x77}, 1_000_000
	if _, err := Run(&testCfg, e, append(append([]byte{}, sels[0]...), seeds[0]...)); err != nil || len(e.logs) != 1 {
		f.Fatalf("the valid seed does not validate: %v", err)
	}
	f.Fuzz(func(t *testing.T, data []byte, mode uint8, gas uint32) {
		if len(data) > MaxInput {
			return
		}
		checkDecoders(t, data)
		input := append(append([]byte{}, sels[mode&1]...), data...)
		compareMapRun(t, base, input, uint64(gas)%(1<<24), mode&2 != 0)
	})
}
