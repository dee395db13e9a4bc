package relayer

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/parley-xyz/parley/node/prove"
	"github.com/parley-xyz/parley/node/source"
)

// proveAt returns the proof of the log at (block, logIndex) of w's source.
func (w *world) proveAt(block uint64, logIndex uint) *prove.Proof {
	w.t.Helper()
	src, err := source.New(context.Background(), w.src, source.Safe)
	if err != nil {
		w.t.Fatal(err)
	}
	p, err := prove.New(src, w.inbox).Prove(context.Background(), block, logIndex)
	if err != nil {
		w.t.Fatal(err)
	}
	return p
}

func (w *world) relayer(name string) *Relayer {
	return &Relayer{Destination: w.dest, ChainID: destChain, Messenger: messenger,
		Sender: &fakeSender{d: w.dest, from: common.BytesToAddress([]byte(name))}}
}

func TestRelay(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 20)
	w.src.emit(3, sentLog(messenger, destChain, 0, "hello"), sentLog(messenger, 903, 1, "elsewhere"),
		sentLog(common.Address{1}, destChain, 2, "impostor"))
	w.inbox.certify(t, w.src, 1, 10)
	r := w.relayer("a")

	p := w.proveAt(3, 0)
	res, err := r.Relay(ctx, p)
	if err != nil || res.Outcome != Relayed || res.Receipt == nil {
		t.Fatalf("relay: %+v, %v", res, err)
	}
	want := (&SentMessage{Source: srcChain, Destination: big.NewInt(destChain), Target: target, Nonce: big.NewInt(0), Sender: alice, Message: []byte("hello")}).Hash()
	if res.Hash != want || w.dest.deliveries(want) != 1 {
		t.Fatalf("hash %s, want %s; %d deliveries", res.Hash, want, w.dest.deliveries(want))
	}
	// Again: successfulMessages says relayed; nothing is sent.
	sent := w.dest.sent
	if res, err = r.Relay(ctx, p); err != nil || res.Outcome != AlreadyRelayed || w.dest.sent != sent {
		t.Fatalf("second relay: %+v, %v", res, err)
	}
	// Not for this destination, not the messenger's: never relayable.
	for i := uint(1); i <= 2; i++ {
		if _, err := r.Relay(ctx, w.proveAt(3, i)); !errors.Is(err, ErrNotAMessage) || !Permanent(err) || Reason(err) != "not_a_message" {
			t.Fatalf("log %d: %v", i, err)
		}
	}
}

func TestRelayRevertsAndRaces(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 20)
	w.src.emit(4, sentLog(messenger, destChain, 0, "one"), sentLog(messenger, destChain, 1, "two"))
	w.inbox.certify(t, w.src, 1, 10)

	// The target reverts: a revert error, temporary, named.
	w.dest.refuse = true
	_, err := w.relayer("a").Relay(ctx, w.proveAt(4, 0))
	var rev *RevertError
	if !errors.As(err, &rev) || rev.Name != "TargetCallFailed" || Permanent(err) || Reason(err) != "revert_TargetCallFailed" {
		t.Fatalf("target refuses: %v", err)
	}
	w.dest.refuse = false

	// The simulation says MessageAlreadyRelayed (relayed between the check and the
	// simulation): done.
	p := w.proveAt(4, 0)
	w.dest.estimateErr = &RevertError{Name: "MessageAlreadyRelayed"}
	if res, err := w.relayer("a").Relay(ctx, p); err != nil || res.Outcome != AlreadyRelayed {
		t.Fatalf("simulated MessageAlreadyRelayed: %+v, %v", res, err)
	}
	w.dest.estimateErr = nil

	// Two relayers race: both check and simulate before either transaction is
	// included; the first included delivers, the second reverts and is done.
	w.dest.barrier, w.dest.sent = make(chan struct{}), 0
	var wg sync.WaitGroup
	results := make([]*Result, 2)
	errs := make([]error, 2)
	for i, name := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = w.relayer(name).Relay(ctx, p)
		}()
	}
	eventually(t, "both relayers sent", func() bool { w.dest.mu.Lock(); defer w.dest.mu.Unlock(); return w.dest.sent == 2 })
	close(w.dest.barrier)
	wg.Wait()
	outcomes := map[Outcome]int{}
	for i := range results {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		outcomes[results[i].Outcome]++
	}
	if outcomes[Relayed] != 1 || outcomes[AlreadyRelayed] != 1 || w.dest.deliveries(results[0].Hash) != 1 {
		t.Fatalf("race outcomes %v, %d deliveries", outcomes, w.dest.deliveries(results[0].Hash))
	}
	w.dest.barrier = nil

	// A transaction that reverts for another reason is an error.
	p2 := w.proveAt(4, 1)
	s := &revertingSender{fakeSender{d: w.dest, from: common.Address{9}}}
	r := &Relayer{Destination: w.dest, ChainID: destChain, Messenger: messenger, Sender: s}
	if _, err := r.Relay(ctx, p2); !errors.Is(err, ErrReverted) || Reason(err) != "reverted" {
		t.Fatalf("reverted transaction: %v", err)
	}
}

// revertingSender's transactions revert without effect (out of gas, say).
type revertingSender struct{ fakeSender }

func (s *revertingSender) Send(ctx context.Context, c txmgr.TxCandidate) (*types.Receipt, error) {
	rc, err := s.fakeSender.Send(ctx, c)
	if err != nil {
		return nil, err
	}
	h, _ := s.d.check(c.TxData)
	s.d.mu.Lock()
	delete(s.d.delivered, h)
	s.d.mu.Unlock()
	rc.Status = 0
	return rc, nil
}

func TestDecodeRevert(t *testing.T) {
	pack := func(a *abi.ABI, name string, args ...any) []byte {
		e := a.Errors[name]
		data, err := e.Inputs.Pack(args...)
		if err != nil {
			t.Fatal(err)
		}
		return append(append([]byte{}, e.ID[:4]...), data...)
	}
	if r := DecodeRevert(pack(messengerABI, "MessageAlreadyRelayed")); r.Name != "MessageAlreadyRelayed" {
		t.Fatalf("%+v", r)
	}
	r := DecodeRevert(pack(inboxABI, "RangeNotCertified", big.NewInt(902), uint64(5)))
	if r.Name != "RangeNotCertified" || len(r.Args) != 2 || r.Args[1].(uint64) != 5 || r.Error() != "relayMessage reverts with RangeNotCertified[902 5]" {
		t.Fatalf("%+v %s", r, r)
	}
	reason, _ := abi.Arguments{{Type: mustType("string")}}.Pack("no")
	if r := DecodeRevert(append(crypto.Keccak256([]byte("Error(string)"))[:4], reason...)); r.Name != "Error" || r.Args[0] != "no" {
		t.Fatalf("%+v", r)
	}
	if r := DecodeRevert([]byte{1, 2, 3, 4, 5}); r.Name != "" || Reason(r) != "revert" {
		t.Fatalf("%+v", r)
	}
}

func TestSentMessageHashBindsEveryField(t *testing.T) {
	base := SentMessage{Source: 902, Destination: big.NewInt(901), Target: target, Nonce: big.NewInt(7), Sender: alice, Message: []byte("m")}
	seen := map[common.Hash]bool{base.Hash(): true}
	for i, f := range []func(*SentMessage){
		func(m *SentMessage) { m.Source++ },
		func(m *SentMessage) { m.Destination = big.NewInt(903) },
		func(m *SentMessage) { m.Target[0] ^= 1 },
		func(m *SentMessage) { m.Nonce = big.NewInt(8) },
		func(m *SentMessage) { m.Sender[0] ^= 1 },
		func(m *SentMessage) { m.Message = []byte("n") },
	} {
		m := base
		m.Target, m.Sender = base.Target, base.Sender
		f(&m)
		if seen[m.Hash()] {
			t.Fatalf("change %d leaves the hash", i)
		}
		seen[m.Hash()] = true
	}
	// A SentMessage log parses back to its fields.
	l := sentLog(messenger, destChain, 3, "hi")
	m, err := ParseSentMessage(srcChain, messenger, &l)
	if err != nil || m.Nonce.Int64() != 3 || m.Target != target || m.Sender != alice || string(m.Message) != "hi" || m.Destination.Int64() != destChain {
		t.Fatalf("%+v %v", m, err)
	}
	if _, err := ParseSentMessage(srcChain, common.Address{1}, &l); !errors.Is(err, ErrNotAMessage) {
		t.Fatal("another address's log parsed")
	}
}
