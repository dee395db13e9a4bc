package precompile

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestValidateMessageFlow(t *testing.T) {
	h := newHarness(t)
	set := newCertifiedSet(t, 100, 109, 3)
	r := h.system(set.recordInput(t))
	if len(r.logs) != 1 || r.logs[0].Topics[0] != ABI.Events["RangeCertified"].ID {
		t.Fatalf("RangeCertified not emitted: %v", r.logs)
	}
	h.newTx()
	if h.sdb.GetNonce(Address) != 1 {
		t.Fatal("inbox account nonce not set: EIP-158 would delete its storage")
	}
	if h.sdb.GetState(Address, slot(tagChain, srcChain)) == (common.Hash{}) {
		t.Fatal("storage did not survive the end of the transaction")
	}
	for _, k := range []int{0, 7, len(set.msgs) - 1} {
		h.caller = common.Address{0x77}
		r := h.call(set.validateInput(t, k), 1_000_000)
		if r.err != nil {
			t.Fatalf("message %d: %v", k, r.err)
		}
		if len(r.logs) != 1 || r.logs[0].Topics[1] != set.msgs[k].PayloadHash || r.logs[0].Topics[0] != ABI.Events["ExecutingMessage"].ID {
			t.Fatalf("message %d: ExecutingMessage not emitted", k)
		}
		// A tampered payload hash fails.
		m := set.msgs[k]
		bad := pack(t, "validateMessage", abiID(m), [32]byte(common.Hash{1}), set.proof(t, k))
		if r := h.call(bad, 1_000_000); revertName(r.err) != "InvalidProof" || len(r.logs) != 0 {
			t.Fatalf("tampered message %d: %v", k, r.err)
		}
	}
	// Views.
	out := unpackOut(t, "certifiedRange", h.call(pack(t, "certifiedRange", bigU(srcChain), uint64(105)), 1_000_000).ret)
	if out[0].(uint64) != 100 || out[1].(uint64) != 109 || out[3].([32]byte) != [32]byte(set.tree.Root()) || out[2].([32]byte) != [32]byte(set.lastHash) {
		t.Fatalf("certifiedRange: %v", out)
	}
	out = unpackOut(t, "latestCertifiedBlock", h.call(pack(t, "latestCertifiedBlock", bigU(srcChain)), 1_000_000).ret)
	if out[0].(uint64) != 109 || !out[1].(bool) {
		t.Fatalf("latestCertifiedBlock: %v", out)
	}
	ok := unpackOut(t, "isValidMessage", h.call(pack(t, "isValidMessage", abiID(set.msgs[3]), [32]byte(set.msgs[3].PayloadHash), set.proof(t, 3)), 1_000_000).ret)
	if !ok[0].(bool) {
		t.Fatal("isValidMessage false for a certified message")
	}
}

func TestRangesAreContiguous(t *testing.T) {
	h := newHarness(t)
	a := newCertifiedSet(t, 100, 109, 1)
	b := newCertifiedSet(t, 110, 130, 2)
	c := newCertifiedSet(t, 131, 131, 1)
	h.system(a.recordInput(t))
	h.caller = SystemSender
	if r := h.call(newCertifiedSet(t, 111, 120, 1).recordInput(t), 10_000_000); revertName(r.err) != "NonContiguousRange" {
		t.Fatalf("gap accepted: %v", r.err)
	}
	if r := h.call(newCertifiedSet(t, 105, 120, 1).recordInput(t), 10_000_000); revertName(r.err) != "NonContiguousRange" {
		t.Fatalf("overlap accepted: %v", r.err)
	}
	h.system(b.recordInput(t))
	h.system(c.recordInput(t))
	for block, want := range map[uint64]uint64{99: 0, 100: 100, 109: 100, 110: 110, 125: 110, 130: 110, 131: 131, 132: 0} {
		out := unpackOut(t, "certifiedRange", h.call(pack(t, "certifiedRange", bigU(srcChain), block), 1_000_000).ret)
		if out[0].(uint64) != want {
			t.Errorf("certifiedRange(%d) starts at %d, want %d", block, out[0], want)
		}
	}
	// Messages of every range validate with their own range's proof only.
	h.caller = common.Address{1}
	if r := h.call(b.validateInput(t, 5), 1_000_000); r.err != nil {
		t.Fatal(r.err)
	}
	m := b.msgs[5]
	wrongRange := append(append([]byte{}, a.proof(t, 0)[:8]...), b.proof(t, 5)[8:]...)
	if r := h.call(pack(t, "validateMessage", abiID(m), [32]byte(m.PayloadHash), wrongRange), 1_000_000); revertName(r.err) != "BlockOutsideRange" {
		t.Fatalf("proof against another range: %v", r.err)
	}
}

func TestRunIsDeterministic(t *testing.T) {
	// Two independent harnesses, same calls: same return data, gas, logs and state.
	run := func() ([]byte, uint64, common.Hash) {
		h := newHarness(t)
		set := newCertifiedSet(t, 1, 4, 2)
		h.system(set.recordInput(t))
		h.newTx()
		h.caller = common.Address{9}
		r := h.call(set.validateInput(t, 3), 1_000_000)
		return r.ret, r.gasUsed, h.sdb.IntermediateRoot(true)
	}
	r1, g1, s1 := run()
	r2, g2, s2 := run()
	if !bytes.Equal(r1, r2) || g1 != g2 || s1 != s2 {
		t.Fatal("non-deterministic execution")
	}
}

func TestEncodeIdentifierIsABI(t *testing.T) {
	set := newCertifiedSet(t, 5, 6, 2)
	for _, m := range set.msgs {
		want, err := ABI.Events["ExecutingMessage"].Inputs.NonIndexed().Pack(abiID(m))
		if err != nil {
			t.Fatal(err)
		}
		if got := encodeIdentifier(m.ID); !bytes.Equal(got, want) {
			t.Fatalf("encodeIdentifier differs from the ABI encoder:\n%x\n%x", got, want)
		}
	}
}
