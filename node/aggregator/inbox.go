package aggregator

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
)

// certified decides whether an inbox log certifies a range of this source chain for
// the destinations, by their rules (interop/SPEC.md §9): the log parses strictly, the
// certificate decodes, names this AVS and source chain, its snapshot is at most Window
// blocks older than the log's block and resolves to a valid table, and the verifier
// accepts it under the policy. A nil certificate means no (for whatever reason); an
// error means L1 data could not be fetched.
func (d *Driver) certified(ctx context.Context, lg *types.Log) (*certificate.Certificate, error) {
	if lg.Removed {
		return nil, nil
	}
	_, snapHash, raw, err := derivation.ParseCertificatePosted(lg)
	if err != nil {
		return nil, nil
	}
	cert, err := certificate.Decode(raw)
	if err != nil {
		return nil, nil
	}
	a := &cert.Attestation
	if a.AVS != d.Cfg.AVS || a.SourceChainID != d.Source.ChainID() {
		return nil, nil
	}
	if a.Snapshot.Block >= lg.BlockNumber || lg.BlockNumber-a.Snapshot.Block > d.Cfg.Window {
		return nil, nil
	}
	t, err := d.table(ctx, derivation.SnapshotRef{BlockHash: snapHash, Snapshot: a.Snapshot})
	if err != nil {
		if errors.Is(err, derivation.ErrSnapshot) {
			return nil, nil
		}
		return nil, err
	}
	if err := d.verifier.Verify(cert, optable.Of(t)); err != nil {
		d.Log.Debug("Certificate on L1 does not verify", "block", lg.BlockNumber, "tx", lg.TxHash, "err", err)
		return nil, nil
	}
	return cert, nil
}

// reconcile finds, once at start-up, the last range of this source chain certified
// on L1: the newest certificate log that the destinations accept, searched backwards
// from L1's head in chunks down to L1StartBlock (the window first, which is where it
// is unless the chain was idle or the aggregator down for longer). Before it reads, it
// waits for this submitter's own pending transactions (an earlier process may have
// left one in flight). The range after it is the next to post.
func (d *Driver) reconcile(ctx context.Context) error {
	d.drain(ctx)
	head, err := d.L1.Head(ctx)
	if err != nil {
		return err
	}
	var last *certificate.Certificate
	var lastLog types.Log
	for to := head; last == nil; {
		from := d.Cfg.L1StartBlock
		if to+1 > from+d.Cfg.LogChunk {
			from = to + 1 - d.Cfg.LogChunk
		}
		logs, err := d.L1.CertificateLogs(ctx, from, to)
		if err != nil {
			return fmt.Errorf("inbox logs %d..%d: %w", from, to, err)
		}
		for i := len(logs) - 1; i >= 0 && last == nil; i-- {
			c, err := d.certified(ctx, &logs[i])
			if err != nil {
				return err
			}
			if c != nil {
				last, lastLog = c, logs[i]
			}
		}
		if from <= d.Cfg.L1StartBlock {
			break
		}
		to = from - 1
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	g := d.Cfg.Grid
	switch {
	case last == nil:
		d.postedK = 0
		d.Log.Info("No certificate of the source chain on L1; starting at the grid's first range", "range", rangeName(g.Range(0)),
			"searchedFrom", d.Cfg.L1StartBlock, "l1Head", head)
	case last.Attestation.ToBlock+1 == g.Start:
		d.postedK = 0
		d.Log.Info("The last certificate on L1 ends right before the grid", "lastPosted", last.Attestation.ToBlock, "l1Block", lastLog.BlockNumber)
	default:
		k, ok := g.Index(last.Attestation.FromBlock, last.Attestation.ToBlock)
		if !ok {
			return errCritical{fmt.Errorf("the last certificate of source chain %d on L1 (L1 block %d, tx %s) covers blocks %d..%d, which is not a range of the grid (--range-start %d, --range-length %d): destinations would reject every range posted on this grid",
				d.Source.ChainID(), lastLog.BlockNumber, lastLog.TxHash, last.Attestation.FromBlock, last.Attestation.ToBlock, g.Start, g.Length)}
		}
		d.postedK = k + 1
		d.Log.Info("Reconciled with L1", "lastPosted", rangeName(last.Attestation.FromBlock, last.Attestation.ToBlock),
			"l1Block", lastLog.BlockNumber, "tx", lastLog.TxHash, "next", rangeName(g.Range(d.postedK)))
	}
	d.followMu.Lock()
	d.scannedTo = head
	d.followMu.Unlock()
	d.early.dropBelow(d.postedK)
	d.reconciled = true
	d.recordState()
	return nil
}

// follow reads the inbox's certificate logs after the last block read, up to head,
// and records every range of this source chain the destinations now hold: a range
// certified by this aggregator (its receipt may have been seen first), by an earlier
// process, or by another submitter.
func (d *Driver) follow(ctx context.Context, head uint64) error {
	d.followMu.Lock()
	defer d.followMu.Unlock()
	for d.scannedTo < head {
		from := d.scannedTo + 1
		to := min(head, from+d.Cfg.LogChunk-1)
		logs, err := d.L1.CertificateLogs(ctx, from, to)
		if err != nil {
			return fmt.Errorf("inbox logs %d..%d: %w", from, to, err)
		}
		for i := range logs {
			c, err := d.certified(ctx, &logs[i])
			if err != nil {
				return err
			}
			if c == nil {
				continue
			}
			submitter, _, _, _ := derivation.ParseCertificatePosted(&logs[i])
			d.onL1(c, &logs[i], submitter == d.Cfg.Submitter)
		}
		d.scannedTo = to
	}
	return nil
}

// onL1 records a valid certificate of this source chain found on L1.
func (d *Driver) onL1(c *certificate.Certificate, lg *types.Log, ours bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	a := &c.Attestation
	k, ok := d.Cfg.Grid.Index(a.FromBlock, a.ToBlock)
	switch {
	case ok && k == d.postedK:
		d.markPosted(k, lg.BlockNumber, lg.TxHash, ours)
	case ok && k < d.postedK:
		// Already counted (this aggregator's receipt came first), or a second copy
		// that destinations ignore.
	default:
		next, _ := d.Cfg.Grid.Range(d.postedK)
		d.Log.Warn("A certificate of this source chain on L1 does not continue the certified ranges; destinations reject it",
			"range", rangeName(a.FromBlock, a.ToBlock), "next", next, "l1Block", lg.BlockNumber, "tx", lg.TxHash)
	}
}
