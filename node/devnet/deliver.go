package devnet

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/node/eigenlayer"
	"github.com/parley-xyz/parley/node/messenger"
	"github.com/parley-xyz/parley/node/prove"
)

// Result is a delivered message and when each of its stages was reached, measured
// from its inclusion on the source.
type Result struct {
	// Route is e.g. "A→B".
	Route string
	// Tx is the sending transaction; Block its block on the source.
	Tx    common.Hash
	Block uint64
	// Range is the certified range holding Block; L1Block the certificate's L1 block.
	From, To, L1Block uint64
	// Safe, Attested, Certified, Included and Relayed are the stages' times after the
	// message's inclusion on the source.
	Safe, Attested, Certified, Included, Relayed time.Duration
}

// progressEvery is how long the timeline may stay quiet while a message waits before
// a progress line is printed.
const progressEvery = 10 * time.Second

// Deliver sends a message with ParleyMessenger from src to dst's target, then follows
// it: safe on src, attested by the operators, certified on L1, included in dst's
// inbox, relayed to the target, which it checks got the call exactly as sent.
func (d *Devnet) Deliver(ctx context.Context, src, dst *Chain, payload string) error {
	tl := d.Timeline
	route := src.Name + "→" + dst.Name
	step := "delivering " + route
	// The user's account counts its nonces per chain: one Account per message chain.
	user := eigenlayer.NewAccount(d.User)
	before, err := messenger.ReadTarget(ctx, dst.Client, d.Target)
	if err != nil {
		return fail(step, fmt.Errorf("reading the target on %s: %w", dst.Name, err))
	}
	rc, err := messenger.Send(ctx, src.chain, user, d.Messenger, dst.ChainID, d.Target, []byte(payload))
	if err != nil {
		return fail("sending "+route, err)
	}
	sentAt := time.Now()
	n := rc.BlockNumber.Uint64()
	res := Result{Route: route, Tx: rc.TxHash, Block: n}
	tl.Event(StepSent, "%s  %q: tx %s in %s block %d", route, payload, rc.TxHash, src.Name, n)

	inbox := prove.NewInbox(dst.Client)
	certFrom := uint64(1)
	stage := StepSafe
	for {
		if err := ctx.Err(); err != nil {
			return fail(step, fmt.Errorf("%w while waiting for %s (%s)", err, stage, d.describe(ctx, src, dst, n)))
		}
		since := time.Since(sentAt)
		switch stage {
		case StepSafe:
			st, err := src.SyncStatus(ctx)
			if err == nil && st.SafeL2.Number >= n {
				res.Safe = since
				tl.Event(StepSafe, "%s  %s block %d safe (its batch derived from L1) after %.1fs", route, src.Name, n, since.Seconds())
				stage = StepAttested
				continue
			}
		case StepAttested:
			if from, to, count := src.signers(n); count*3 > len(d.L1.Operators)*2 || count == len(d.L1.Operators) {
				res.Attested = since
				tl.Event(StepAttested, "%s  %d of %d operators signed %s blocks %d..%d (BN254, against snapshot %d) after %.1fs", route, count,
					len(d.L1.Operators), src.Name, from, to, d.latestSnapshot(), since.Seconds())
				stage = StepCertified
				continue
			}
			// A certificate may land before the signatures are noted.
			fallthrough
		case StepCertified:
			from, to, l1Block, next, err := d.findCertificate(ctx, src.ChainID, n, certFrom)
			if err == nil {
				certFrom = next
			}
			if err == nil && l1Block != 0 {
				if res.Attested == 0 {
					res.Attested = since
				}
				res.Certified, res.From, res.To, res.L1Block = since, from, to, l1Block
				tl.Event(StepCertified, "%s  certificate of %s blocks %d..%d in L1 block %d after %.1fs", route, src.Name, from, to, l1Block, since.Seconds())
				stage = StepIncluded
				continue
			}
		case StepIncluded:
			if r, err := inbox.CertifiedRange(ctx, src.ChainID, n); err == nil && r.ToBlock >= n && r.FromBlock <= n {
				res.Included = since
				tl.Event(StepIncluded, "%s  %s's inbox holds %s blocks %d..%d (derived from L1) after %.1fs", route, dst.Name, src.Name, r.FromBlock, r.ToBlock, since.Seconds())
				stage = StepRelayed
				continue
			}
		case StepRelayed:
			tg, err := messenger.ReadTarget(ctx, dst.Client, d.Target)
			if err == nil && tg.Calls > before.Calls {
				res.Relayed = since
				want := messenger.Target{Calls: before.Calls + 1, DataHash: crypto.Keccak256Hash([]byte(payload)), Caller: d.Messenger,
					Sender: user.Address, Source: src.ChainID}
				if tg != want {
					return fail(step, fmt.Errorf("the target on %s holds %+v, want %+v", dst.Name, tg, want))
				}
				tl.Event(StepRelayed, "%s  target on %s called by the messenger with the payload, sender %s, source %d — latency %.1fs",
					route, dst.Name, user.Address, src.ChainID, since.Seconds())
				d.mu.Lock()
				d.Results = append(d.Results, res)
				d.mu.Unlock()
				return nil
			}
		}
		if tl.Quiet(progressEvery) {
			tl.Event(StepWaiting, "%s  for %s: %s", route, stage, d.describe(ctx, src, dst, n))
		}
		if err := sleep(ctx, 250*time.Millisecond); err != nil {
			continue
		}
	}
}

// latestSnapshot is the L1 block of the AVS's latest snapshot (0 if unknown).
func (d *Devnet) latestSnapshot() uint64 {
	s, err := d.L1.AVS.Publisher.LatestSnapshot(nil)
	if err != nil {
		return 0
	}
	return s.BlockNumber
}

// describe summarises where a message from src block n to dst stands.
func (d *Devnet) describe(ctx context.Context, src, dst *Chain, n uint64) string {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
	defer cancel()
	s := fmt.Sprintf("message in %s block %d", src.Name, n)
	if st, err := src.SyncStatus(ctx); err == nil {
		s += fmt.Sprintf("; %s unsafe %d, safe %d", src.Name, st.UnsafeL2.Number, st.SafeL2.Number)
	}
	if from, to, count := src.signers(n); count > 0 {
		s += fmt.Sprintf("; %d operators signed %d..%d", count, from, to)
	}
	if src.Aggregator != nil {
		st := src.Aggregator.Driver.Status()
		if len(st.Chains) > 0 {
			s += fmt.Sprintf("; aggregator posted through %d", st.Chains[0].LastPosted)
		}
	}
	if last, ok, err := prove.NewInbox(dst.Client).LatestCertifiedBlock(ctx, src.ChainID); err == nil && ok {
		s += fmt.Sprintf("; %s certified on %s through %d", src.Name, dst.Name, last)
	}
	if st, err := dst.SyncStatus(ctx); err == nil {
		s += fmt.Sprintf("; %s L1 origin %d, unsafe %d, safe %d", dst.Name, st.UnsafeL2.L1Origin.Number, st.UnsafeL2.Number, st.SafeL2.Number)
	}
	return s
}

// findCertificate looks for a certificate of chain's block n in the inbox's logs from
// L1 block from on. It returns the range, its L1 block (0: none yet) and where the
// next search may start.
func (d *Devnet) findCertificate(ctx context.Context, chain, n, from uint64) (lo, hi, l1Block, next uint64, err error) {
	head, err := d.L1.L1.Client.BlockNumber(ctx)
	if err != nil {
		return 0, 0, 0, from, err
	}
	logs, err := d.L1.L1.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(head),
		Addresses: []common.Address{d.L1.AVS.Addresses.Inbox}, Topics: [][]common.Hash{{derivation.CertificatePostedID}}})
	if err != nil {
		return 0, 0, 0, from, err
	}
	for i := range logs {
		_, _, raw, err := derivation.ParseCertificatePosted(&logs[i])
		if err != nil {
			continue
		}
		c, err := certificate.Decode(raw)
		if err != nil {
			continue
		}
		a := c.Attestation
		if a.SourceChainID == chain && a.FromBlock <= n && n <= a.ToBlock {
			return a.FromBlock, a.ToBlock, logs[i].BlockNumber, head + 1, nil
		}
	}
	return 0, 0, 0, head + 1, nil
}
