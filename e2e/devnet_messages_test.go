package e2e

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/node/devnet"
	"github.com/parley-xyz/parley/node/eigenlayer"
	"github.com/parley-xyz/parley/node/messenger"
	"github.com/parley-xyz/parley/node/prove"
	"github.com/parley-xyz/parley/node/rollup"
	"github.com/parley-xyz/parley/node/source"
	"github.com/parley-xyz/parley/precompile/bindings"
)

// inboxAddress is the Parley inbox precompile's address.
var inboxAddress = common.HexToAddress("0x00000000000000000000000000000000000a7e57")

// startMsgDevnet starts a devnet (L1 with the AVS, rollups A and B, the daemons; no
// rollup C) for at most limit, its timeline in the test log, and stops it at the end of
// the test. It skips the test without the binaries in .forks/bin/ (fails it under
// PARLEY_E2E_REQUIRED=1). $PARLEY_DEVNET_LOGS keeps every process's log there.
func startMsgDevnet(t *testing.T, limit time.Duration) (*devnet.Devnet, context.Context) {
	t.Helper()
	bins, err := rollup.FindBinaries(filepath.Join("..", ".forks", "bin"))
	if err != nil {
		if os.Getenv("PARLEY_E2E_REQUIRED") == "1" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	t.Cleanup(cancel)
	logs := os.Getenv("PARLEY_DEVNET_LOGS")
	if logs != "" {
		logs = filepath.Join(logs, t.Name())
	}
	d, err := devnet.New(devnet.Config{Binaries: bins, Out: msgLogWriter{t}, LogDir: logs})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(d.Stop)
	start := time.Now()
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("devnet up (L1, A, B, contracts, daemons) after %.1fs", time.Since(start).Seconds())
	return d, ctx
}

// msgLogWriter sends the devnet's timeline to the test log.
type msgLogWriter struct{ t *testing.T }

func (w msgLogWriter) Write(p []byte) (int, error) {
	if len(p) > 0 && p[len(p)-1] == '\n' {
		w.t.Log(string(p[:len(p)-1]))
	} else {
		w.t.Log(string(p))
	}
	return len(p), nil
}

// tracked is a message sent through ParleyMessenger and what was seen of it.
type tracked struct {
	route    string
	src, dst *devnet.Chain
	payload  []byte
	tx       common.Hash
	block    uint64
	hash     common.Hash // the messenger's message hash (successfulMessages' key)
	// included is the source block's timestamp; safe, certified and relayed are when
	// the test first saw the block safe on the source, in a certified range of the
	// destination's inbox, and the message in the destination messenger's
	// successfulMessages.
	included, safe, certified, relayed time.Time
}

// sendTracked sends payload from src to dst's relay target from account (an Account of
// src) and returns the message with its hash.
func sendTracked(ctx context.Context, d *devnet.Devnet, src, dst *devnet.Chain, from *eigenlayer.Account, payload string) (*tracked, error) {
	rc, err := messenger.Send(ctx, src.EigenChain(), from, d.Messenger, dst.ChainID, d.Target, []byte(payload))
	if err != nil {
		return nil, fmt.Errorf("sending %s→%s: %w", src.Name, dst.Name, err)
	}
	m := &tracked{route: src.Name + "→" + dst.Name, src: src, dst: dst, payload: []byte(payload), tx: rc.TxHash, block: rc.BlockNumber.Uint64()}
	h, err := src.Client.HeaderByHash(ctx, rc.BlockHash)
	if err != nil {
		return nil, err
	}
	m.included = time.Unix(int64(h.Time), 0)
	f, err := bindings.NewParleyMessengerFilterer(d.Messenger, src.Client)
	if err != nil {
		return nil, err
	}
	var ev *bindings.ParleyMessengerSentMessage
	for _, l := range rc.Logs {
		if e, err := f.ParseSentMessage(*l); err == nil && l.Address == d.Messenger {
			ev = e
		}
	}
	if ev == nil {
		return nil, fmt.Errorf("%s: no SentMessage log in %s", m.route, rc.TxHash)
	}
	c, err := bindings.NewParleyMessengerCaller(d.Messenger, src.Client)
	if err != nil {
		return nil, err
	}
	m.hash, err = c.HashMessage(&bind.CallOpts{Context: ctx}, new(big.Int).SetUint64(dst.ChainID), new(big.Int).SetUint64(src.ChainID),
		ev.MessageNonce, ev.Sender, ev.Target, ev.Message)
	return m, err
}

// relayed reports whether dst's messenger recorded the message as relayed.
func relayedOn(ctx context.Context, d *devnet.Devnet, m *tracked) (bool, error) {
	c, err := bindings.NewParleyMessengerCaller(d.Messenger, m.dst.Client)
	if err != nil {
		return false, err
	}
	return c.SuccessfulMessages(&bind.CallOpts{Context: ctx}, m.hash)
}

// waitRelayed waits until every message is relayed, noting when each one's source
// block was first seen safe and when it was first seen relayed (polling every 200 ms),
// with a progress line every 15 s.
func waitRelayed(ctx context.Context, t *testing.T, d *devnet.Devnet, msgs func() []*tracked, done func() bool, hist safeHistory) error {
	last := time.Now()
	for {
		all := msgs()
		// One sync status per source and one inbox read per route and round: the polling
		// must not load the devnet it measures.
		safe := map[*devnet.Chain]uint64{}
		certified := map[[2]*devnet.Chain]uint64{}
		pending := 0
		for _, m := range all {
			if m.safe.IsZero() {
				s, ok := safe[m.src]
				if !ok {
					if st, err := m.src.SyncStatus(ctx); err == nil {
						s = st.SafeL2.Number
						hist.note(m.src, s)
					}
					safe[m.src] = s
				}
				if s >= m.block {
					m.safe = time.Now()
				}
			}
			if m.certified.IsZero() {
				route := [2]*devnet.Chain{m.src, m.dst}
				c, ok := certified[route]
				if !ok {
					if n, ok, err := prove.NewInbox(m.dst.Client).LatestCertifiedBlock(ctx, m.src.ChainID); err == nil && ok {
						c = n
					}
					certified[route] = c
				}
				if c >= m.block {
					m.certified = time.Now()
				}
			}
			if m.relayed.IsZero() {
				// Relayed only once certified on the destination.
				if !m.certified.IsZero() {
					if ok, err := relayedOn(ctx, d, m); err == nil && ok {
						m.relayed = time.Now()
						if m.safe.IsZero() {
							m.safe = m.relayed
						}
					}
				}
				if m.relayed.IsZero() {
					pending++
				}
			}
		}
		if pending == 0 && done() {
			return nil
		}
		if time.Since(last) > 15*time.Second {
			last = time.Now()
			t.Logf("waiting: %d of %d messages sent so far not relayed yet", pending, len(all))
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w: %d of %d messages not relayed", ctx.Err(), pending, len(all))
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// safeHistory records when each source's safe head was seen at each height (nil: not
// recorded).
type safeHistory map[*devnet.Chain][]safeSeen

type safeSeen struct {
	n  uint64
	at time.Time
}

// note records that c's safe head was seen at n now.
func (h safeHistory) note(c *devnet.Chain, n uint64) {
	if h == nil {
		return
	}
	if l := h[c]; len(l) == 0 || l[len(l)-1].n < n {
		h[c] = append(l, safeSeen{n, time.Now()})
	}
}

// first returns when c's safe head was first seen at n or above (zero if never).
func (h safeHistory) first(c *devnet.Chain, n uint64) time.Time {
	for _, s := range h[c] {
		if s.n >= n {
			return s.at
		}
	}
	return time.Time{}
}

// certOnL1 is a certificate posted to L1's inbox: the source range it certifies and
// its L1 block's timestamp.
type certOnL1 struct {
	chain, from, to uint64
	at              time.Time
}

// l1Certificates returns the certificates posted to L1's inbox so far.
func l1Certificates(ctx context.Context, d *devnet.Devnet) ([]certOnL1, error) {
	c := d.L1.L1.Client
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0),
		Addresses: []common.Address{d.L1.AVS.Addresses.Inbox}, Topics: [][]common.Hash{{derivation.CertificatePostedID}}})
	if err != nil {
		return nil, err
	}
	var out []certOnL1
	times := map[uint64]time.Time{}
	for i := range logs {
		_, _, raw, err := derivation.ParseCertificatePosted(&logs[i])
		if err != nil {
			return nil, err
		}
		cert, err := certificate.Decode(raw)
		if err != nil {
			return nil, err
		}
		at, ok := times[logs[i].BlockNumber]
		if !ok {
			h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(logs[i].BlockNumber))
			if err != nil {
				return nil, err
			}
			at = time.Unix(int64(h.Time), 0)
			times[logs[i].BlockNumber] = at
		}
		a := cert.Attestation
		out = append(out, certOnL1{chain: a.SourceChainID, from: a.FromBlock, to: a.ToBlock, at: at})
	}
	return out, nil
}

// percentile returns the nearest-rank p-th percentile of ds (sorted in place).
func percentile(ds []time.Duration, p int) time.Duration {
	slices.Sort(ds)
	i := (p*len(ds)+99)/100 - 1
	return ds[max(i, 0)]
}

// l1BlockTime measures L1's block time over the last n blocks.
func l1BlockTime(ctx context.Context, d *devnet.Devnet, n uint64) (time.Duration, error) {
	head, err := d.L1.L1.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	// Not back to genesis, whose timestamp is the chain's configuration's.
	h := head.Number.Uint64()
	if h < 2 {
		return 0, fmt.Errorf("L1 at block %d", h)
	}
	n = min(n, h-1)
	old, err := d.L1.L1.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(h-n))
	if err != nil {
		return 0, err
	}
	return time.Duration(head.Time-old.Time) * time.Second / time.Duration(n), nil
}

// TestDevnetMessages sends 20 messages A→B and 5 B→A through ParleyMessenger on a
// devnet of real binaries, waits until each is relayed and checks each delivery at the
// destination (the messenger's successfulMessages, the relay target's call count and
// its last call). It reports the latency from a message's inclusion on its source (its
// block's timestamp) to relayed, and from its block becoming safe to relayed, as p50
// and p95 with the L1 block time, and the median of each stage in between (range safe,
// certificate on L1, range in the destination's inbox, relayed); only the number of
// timed messages is asserted.
// Then InboxProbe, a Solidity consumer, validates one of A's messages on B by calling
// the inbox precompile directly with node/prove's arguments, as does an eth_call of
// validateMessage from Go; a wrong payload hash is refused.
func TestDevnetMessages(t *testing.T) {
	d, ctx := startMsgDevnet(t, 4*time.Minute)
	const nAB, nBA = 20, 5
	beforeB, err := messenger.ReadTarget(ctx, d.B.Client, d.Target)
	if err != nil {
		t.Fatal(err)
	}
	beforeA, err := messenger.ReadTarget(ctx, d.A.Client, d.Target)
	if err != nil {
		t.Fatal(err)
	}

	var mu sync.Mutex
	var msgs []*tracked
	var sendErr error
	sending := 2
	send := func(src, dst *devnet.Chain, n int, every time.Duration) {
		// The user's nonces are counted per chain: one Account per source chain.
		user := eigenlayer.NewAccount(d.User)
		var err error
		for i := range n {
			var m *tracked
			if m, err = sendTracked(ctx, d, src, dst, user, fmt.Sprintf("message %d %s→%s", i, src.Name, dst.Name)); err != nil {
				break
			}
			mu.Lock()
			msgs = append(msgs, m)
			mu.Unlock()
			time.Sleep(every)
		}
		mu.Lock()
		sending--
		if err != nil && sendErr == nil {
			sendErr = err
		}
		mu.Unlock()
	}
	hist := safeHistory{}
	start := time.Now()
	go send(d.A, d.B, nAB, 500*time.Millisecond)
	go send(d.B, d.A, nBA, 4*time.Second)
	err = waitRelayed(ctx, t, d, func() []*tracked {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(msgs)
	}, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return sending == 0
	}, hist)
	mu.Lock()
	if sendErr != nil {
		t.Fatal(sendErr)
	}
	mu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d messages sent and relayed in %.1fs", len(msgs), time.Since(start).Seconds())

	// Every delivery: the target was called once per message, last with the last
	// message sent to it, by the messenger, with the sender and source.
	for _, c := range []struct {
		dst    *devnet.Chain
		before messenger.Target
		n      int
	}{{d.B, beforeB, nAB}, {d.A, beforeA, nBA}} {
		tg, err := messenger.ReadTarget(ctx, c.dst.Client, d.Target)
		if err != nil {
			t.Fatal(err)
		}
		if tg.Calls != c.before.Calls+uint64(c.n) {
			t.Errorf("the target on %s was called %d times, want %d", c.dst.Name, tg.Calls-c.before.Calls, c.n)
		}
		// Relays of one certified range may land in any order: the last call is one of
		// the messages to the target, from its sender and source.
		var last *tracked
		for _, m := range msgs {
			if m.dst == c.dst && crypto.Keccak256Hash(m.payload) == tg.DataHash {
				last = m
			}
		}
		if last == nil {
			t.Errorf("the target on %s holds %+v: its last call is none of the messages sent to it", c.dst.Name, tg)
			continue
		}
		want := messenger.Target{Calls: tg.Calls, DataHash: tg.DataHash, Caller: d.Messenger,
			Sender: crypto.PubkeyToAddress(d.User.PublicKey), Source: last.src.ChainID}
		if tg != want {
			t.Errorf("the target on %s holds %+v, want %+v (its last call was %q)", c.dst.Name, tg, want, last.payload)
		}
	}

	// Latency of A→B.
	certs, err := l1Certificates(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	var incl, safe, toRange, toL1, toInbox, toRelay []time.Duration
	for _, m := range msgs {
		if m.route != "A→B" || m.relayed.IsZero() {
			continue
		}
		incl = append(incl, m.relayed.Sub(m.included))
		safe = append(safe, m.relayed.Sub(m.safe))
		// The stages in between: the message's certified range safe on A, its first
		// certificate on L1 (its L1 block's timestamp), the range in B's inbox.
		var cert *certOnL1
		for i := range certs {
			if c := &certs[i]; c.chain == m.src.ChainID && c.from <= m.block && m.block <= c.to && (cert == nil || c.at.Before(cert.at)) {
				cert = c
			}
		}
		if cert == nil {
			t.Errorf("no certificate on L1 of A's block %d", m.block)
			continue
		}
		rangeSafe := hist.first(m.src, cert.to)
		if rangeSafe.IsZero() || rangeSafe.Before(m.safe) {
			rangeSafe = m.safe
		}
		toRange = append(toRange, rangeSafe.Sub(m.safe))
		toL1 = append(toL1, cert.at.Sub(rangeSafe))
		toInbox = append(toInbox, m.certified.Sub(cert.at))
		toRelay = append(toRelay, m.relayed.Sub(m.certified))
	}
	if len(incl) < 20 {
		t.Fatalf("%d A→B messages timed, want at least 20", len(incl))
	}
	bt, err := l1BlockTime(ctx, d, 100)
	if err != nil || bt == 0 {
		t.Fatalf("L1 block time: %v", err)
	}
	blocks := func(x time.Duration) float64 { return x.Seconds() / bt.Seconds() }
	i50, i95, s50, s95 := percentile(incl, 50), percentile(incl, 95), percentile(safe, 50), percentile(safe, 95)
	t.Logf("LATENCY A→B over %d messages, L1 block time %s: inclusion→relayed p50 %.1fs (%.1f L1 blocks), p95 %.1fs (%.1f); safe→relayed p50 %.1fs (%.1f L1 blocks), p95 %.1fs (%.1f)",
		len(incl), bt, i50.Seconds(), blocks(i50), i95.Seconds(), blocks(i95), s50.Seconds(), blocks(s50), s95.Seconds(), blocks(s95))
	t.Logf("safe→relayed by stage, p50: message's block safe→its %d-block range safe on A %.1fs, →certificate in an L1 block %.1fs, →range in B's inbox %.1fs, →relayed %.1fs (polled every 200 ms; L1 times are block timestamps, to the second)",
		devnet.RangeLength, percentile(toRange, 50).Seconds(), percentile(toL1, 50).Seconds(), percentile(toInbox, 50).Seconds(), percentile(toRelay, 50).Seconds())

	// A Solidity consumer calling the precompile directly.
	var first *tracked
	for _, m := range msgs {
		if m.route == "A→B" {
			first = m
			break
		}
	}
	consumeDirectly(ctx, t, d, first)
}

// consumeDirectly deploys InboxProbe on the destination of m and validates m with it,
// calling the inbox precompile directly with node/prove's arguments: isValid is true,
// validate's transaction succeeds and the precompile emits ExecutingMessage; an
// eth_call of validateMessage returns the proof's checksum; a wrong payload hash is
// refused.
func consumeDirectly(ctx context.Context, t *testing.T, d *devnet.Devnet, m *tracked) {
	t.Helper()
	src, dst := m.src, m.dst
	deployer := eigenlayer.NewAccount(d.Deployer)
	tx, err := eigenlayer.Transact(ctx, dst.EigenChain(), deployer, "InboxProbe", func(o *bind.TransactOpts) (*types.Transaction, error) {
		_, tx, _, err := bindings.DeployInboxProbe(o, dst.EigenChain())
		return tx, err
	})
	if err != nil {
		t.Fatal(err)
	}
	probeAddr := tx.Receipt.ContractAddress
	// Bound to the eigenlayer.Chain: Transact waits for the transactions sent through it.
	probe, err := bindings.NewInboxProbe(probeAddr, dst.EigenChain())
	if err != nil {
		t.Fatal(err)
	}
	s, err := source.New(ctx, src.Client, source.Safe)
	if err != nil {
		t.Fatal(err)
	}
	pr, err := prove.New(s, prove.NewInbox(dst.Client)).ProveTx(ctx, src.Client, m.tx, -1, func(l *types.Log) bool { return l.Address == d.Messenger })
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}
	ok, err := probe.IsValid(call, pr.BindingID(), pr.PayloadHash, pr.Proof)
	if err != nil || !ok {
		t.Fatalf("InboxProbe.isValid of %s's message in %s block %d on %s: %v, %v; want true", src.Name, src.Name, m.block, dst.Name, ok, err)
	}
	bad := pr.PayloadHash
	bad[0] ^= 1
	if ok, err := probe.IsValid(call, pr.BindingID(), bad, pr.Proof); err != nil || ok {
		t.Errorf("InboxProbe.isValid with a wrong payload hash: %v, %v; want false", ok, err)
	}
	v, err := eigenlayer.Transact(ctx, dst.EigenChain(), deployer, "InboxProbe.validate", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return probe.Validate(o, pr.BindingID(), pr.PayloadHash, pr.Proof)
	})
	if err != nil {
		t.Fatalf("InboxProbe.validate: %v", err)
	}
	executing := crypto.Keccak256Hash([]byte("ExecutingMessage(bytes32,(address,uint256,uint256,uint256,uint256))"))
	var seen bool
	for _, l := range v.Receipt.Logs {
		if l.Address == inboxAddress && len(l.Topics) == 2 && l.Topics[0] == executing && l.Topics[1] == pr.PayloadHash {
			seen = true
		}
	}
	if !seen {
		t.Errorf("InboxProbe.validate's receipt has no ExecutingMessage of the inbox for payload hash %s: %+v", pr.PayloadHash, v.Receipt.Logs)
	}
	if _, err := eigenlayer.Transact(ctx, dst.EigenChain(), deployer, "InboxProbe.validate", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return probe.Validate(o, pr.BindingID(), bad, pr.Proof)
	}); err == nil {
		t.Errorf("InboxProbe.validate with a wrong payload hash succeeded")
	}
	deployer.Resync()

	// validateMessage from Go, straight to the precompile.
	inbox, err := bindings.NewIParleyInbox(inboxAddress, dst.Client)
	if err != nil {
		t.Fatal(err)
	}
	var out []any
	if err := (&bindings.IParleyInboxRaw{Contract: inbox}).Call(call, &out, "validateMessage", pr.BindingID(), pr.PayloadHash, []byte(pr.Proof)); err != nil {
		t.Fatalf("validateMessage by eth_call: %v", err)
	}
	if len(out) != 1 || common.Hash(out[0].([32]byte)) != pr.Checksum {
		t.Errorf("validateMessage by eth_call returned %v, want the checksum %s", out, pr.Checksum)
	}
	t.Logf("InboxProbe at %s on %s validated %s's message (block %d, certified range %d..%d) by calling the precompile; validateMessage by eth_call returned its checksum %s",
		probeAddr, dst.Name, src.Name, m.block, pr.Range.FromBlock, pr.Range.ToBlock, pr.Checksum)
}
