package derivation

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"

	"github.com/ethereum-optimism/optimism/op-service/eth"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
)

// Config configures a Deriver: the chain's Parley settings.
type Config struct {
	ActivationTime uint64 // L2 time from which the hook derives deposits
	// L1ChainID is the AVS's L1 chain; 0 means the chain op-node derives from (the
	// rollup configuration's), learnt on the first call. A set one must equal it.
	L1ChainID uint64
	AVS       common.Address // the AVS (Parley's registrar) on L1
	Publisher common.Address // the ParleyTablePublisher on L1
	CertInbox common.Address // the ParleyCertificateInbox on L1
	// Window is how many L1 blocks a snapshot stays usable: a certificate in L1 block O
	// naming a snapshot sealed in block S is considered iff 1 <= O - S <= Window.
	Window uint64
	// Thresholds are the per-operator-set thresholds certificates must meet.
	Thresholds []verifier.Threshold
	// SnapshotCacheSize bounds the resolved snapshots kept (0: the default; negative:
	// none). The cache only saves work.
	SnapshotCacheSize int
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	var errs []error
	zero := common.Address{}
	if c.AVS == zero || c.Publisher == zero || c.CertInbox == zero {
		errs = append(errs, errors.New("the AVS, table publisher and certificate inbox addresses are all required"))
	}
	if c.AVS == c.Publisher || c.AVS == c.CertInbox || c.Publisher == c.CertInbox {
		errs = append(errs, errors.New("the AVS, table publisher and certificate inbox addresses must differ"))
	}
	if c.Window == 0 || c.Window > optable.MaxSnapshotAge {
		errs = append(errs, fmt.Errorf("window %d L1 blocks is not in 1..%d", c.Window, optable.MaxSnapshotAge))
	}
	if err := (&verifier.Policy{Thresholds: c.Thresholds}).Validate(); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return fmt.Errorf("parley: invalid derivation configuration: %w", errors.Join(errs...))
	}
	return nil
}

// Deriver is the derivation hook (see the package documentation for its stages). It is
// safe for concurrent use; its only state is a verifier and a resolver whose caches are
// keyed by content, so they never change a result.
type Deriver struct {
	cfg     Config
	log     log.Logger
	metrics Metricer
	scanner Scanner
	chain   atomic.Pointer[chainState]
}

// chainState is what a Deriver builds once it knows its L1 chain id.
type chainState struct {
	avs      attestation.AVS
	resolver *Resolver
	verifier *verifier.Verifier
}

var _ Hook = (*Deriver)(nil)

// NewDeriver returns the hook for a valid configuration. metrics may be nil.
func NewDeriver(cfg Config, logger log.Logger, metrics Metricer) (*Deriver, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if logger == nil {
		logger = log.Root()
	}
	if metrics == nil {
		metrics = NoopMetrics
	}
	d := &Deriver{cfg: cfg, log: logger, metrics: metrics, scanner: Scanner{Inbox: cfg.CertInbox}}
	if cfg.L1ChainID != 0 {
		if _, err := d.forChain(cfg.L1ChainID); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// forChain returns the state for L1 chain id, building it on first use.
func (d *Deriver) forChain(id uint64) (*chainState, error) {
	if c := d.chain.Load(); c != nil {
		if c.avs.L1ChainID != id {
			return nil, fmt.Errorf("parley: op-node's L1 chain %d is not the AVS's %d", id, c.avs.L1ChainID)
		}
		return c, nil
	}
	avs := attestation.AVS{L1ChainID: id, Address: d.cfg.AVS}
	v, err := verifier.New(verifier.Config{
		Policy:        verifier.Policy{AVS: avs, Thresholds: d.cfg.Thresholds},
		HashCacheSize: -1, // a digest recurs only when a block is derived again
	})
	if err != nil {
		return nil, err
	}
	c := &chainState{avs: avs, resolver: NewResolver(avs, d.cfg.Publisher, d.cfg.SnapshotCacheSize), verifier: v}
	if !d.chain.CompareAndSwap(nil, c) {
		return d.forChain(id)
	}
	return c, nil
}

// Resolver returns the deriver's snapshot resolver (for its statistics), nil before
// the deriver knows its L1 chain.
func (d *Deriver) Resolver() *Resolver {
	if c := d.chain.Load(); c != nil {
		return c.resolver
	}
	return nil
}

// origin is what the collect stage finds in the L1 origin.
type origin struct {
	hash       common.Hash
	number     uint64
	seal       *optable.Seal // the snapshot sealed in this block, if any
	candidates []Candidate
}

// Result is what the hook derived from one L1 origin: its deposits, in order, and the
// inputs it skipped.
type Result struct {
	Deposits []*types.DepositTx
	Skipped  []Skipped
}

// Skipped is one skipped input: kind is "certificate" or "snapshot seal".
type Skipped struct {
	Kind string
	Skip
}

// Deposits implements Hook.
func (d *Deriver) Deposits(ctx context.Context, in *Input) ([]hexutil.Bytes, uint64, error) {
	r, err := d.Derive(ctx, in)
	if err != nil || len(r.Deposits) == 0 {
		return nil, 0, err
	}
	return Encode(r.Deposits)
}

// Derive runs the four stages for one epoch's L1 origin. Every skipped input is also
// logged at WARN and counted.
func (d *Deriver) Derive(ctx context.Context, in *Input) (*Result, error) {
	r := &Result{}
	if in.NextL2Time < d.cfg.ActivationTime {
		return r, nil
	}
	o := d.collect(in, r)
	if o == nil {
		return r, nil
	}
	c, err := d.forChain(in.L1ChainID)
	if err != nil {
		return nil, err
	}
	verified, err := c.resolveAndVerify(ctx, d, in.L1, o, r)
	if err != nil {
		return nil, err
	}
	if r.Deposits, err = d.encode(o, verified); err != nil {
		return nil, err
	}
	return r, nil
}

// StripGas implements Hook.
func (d *Deriver) StripGas(payload *eth.ExecutionPayload) (uint64, error) { return StripGas(payload) }

func (d *Deriver) skip(r *Result, kind string, s Skip) {
	d.log.Warn("Parley: skipped "+kind, "reason", s.Reason, "tx", s.TxHash, "log", s.LogIndex)
	d.metrics.RecordSkipped(kind)
	r.Skipped = append(r.Skipped, Skipped{Kind: kind, Skip: s})
}

// collect is stage 1: the origin's seal and candidates, from its receipts alone. It
// returns nil for a block without Parley data, which costs one pass over the receipts'
// log addresses and no allocation.
func (d *Deriver) collect(in *Input, r *Result) *origin {
	sealLogs, posted := 0, false
	for _, rc := range in.Receipts {
		if rc == nil || rc.Status != types.ReceiptStatusSuccessful {
			continue
		}
		for _, lg := range rc.Logs {
			if lg == nil {
				continue
			}
			switch lg.Address {
			case d.cfg.CertInbox:
				posted = true
			case d.cfg.Publisher:
				if len(lg.Topics) > 0 && lg.Topics[0] == optable.SnapshotSealedID {
					sealLogs++
				}
			}
		}
	}
	if sealLogs == 0 && !posted {
		return nil
	}
	o := &origin{hash: in.L1Info.Hash(), number: in.L1Info.NumberU64()}
	if sealLogs > 0 {
		o.seal = d.sealIn(in.Receipts, r)
	}
	if posted {
		var skips []Skip
		o.candidates, skips = d.scanner.Scan(in.Receipts)
		for _, s := range skips {
			d.skip(r, "certificate", s)
		}
	}
	return o
}

// sealIn returns the snapshot sealed in a block: the first publisher log with
// SnapshotSealed's id that decodes strictly (SPEC §9). The publisher seals at most once
// per block, so there is one; any other such log is skipped.
func (d *Deriver) sealIn(receipts types.Receipts, r *Result) *optable.Seal {
	var seal *optable.Seal
	for i, rc := range receipts {
		if rc == nil || rc.Status != types.ReceiptStatusSuccessful {
			continue
		}
		for _, lg := range rc.Logs {
			if lg == nil || lg.Address != d.cfg.Publisher || len(lg.Topics) == 0 || lg.Topics[0] != optable.SnapshotSealedID {
				continue
			}
			s, err := optable.ParseSealLog(lg.Topics, lg.Data)
			switch {
			case err != nil:
				d.skip(r, "snapshot seal", Skip{TxIndex: i, TxHash: rc.TxHash, LogIndex: lg.Index, Reason: err})
			case seal != nil:
				d.skip(r, "snapshot seal", Skip{TxIndex: i, TxHash: rc.TxHash, LogIndex: lg.Index, Reason: ErrSecondSeal})
			default:
				seal = &s
			}
		}
	}
	return seal
}

// ErrSecondSeal is why a second decodable seal log in one L1 block is skipped (the
// publisher seals at most once per block; SPEC §9).
var ErrSecondSeal = errors.New("derivation: a second snapshot seal in one L1 block")

// Reasons the resolve stage skips a candidate (SPEC §9 rules 7, 8); rule 9's reasons
// wrap ErrSnapshot.
var (
	ErrOutsideWindow    = errors.New("derivation: snapshot outside the window")
	ErrTooManySnapshots = errors.New("derivation: more snapshots named in one L1 block than allowed")
)

// resolveAndVerify is stages 2 and 3: each candidate's snapshot within the window and
// the per-block bound, then one batch verification. It returns the candidates that
// passed, in order; an error only when L1 data could not be fetched.
func (c *chainState) resolveAndVerify(ctx context.Context, d *Deriver, l1 L1, o *origin, r *Result) ([]Candidate, error) {
	if len(o.candidates) == 0 {
		return nil, nil
	}
	tables := optable.Tables{}
	named := map[SnapshotRef]error{} // the snapshots named so far, and why each is unusable
	var certs []*certificate.Certificate
	var pending []Candidate
	for _, cand := range o.candidates {
		snap := cand.Cert.Attestation.Snapshot
		if snap.Block >= o.number || o.number-snap.Block > d.cfg.Window {
			d.skip(r, "certificate", Skip{cand.TxIndex, cand.TxHash, cand.LogIndex, fmt.Errorf("%w: sealed in L1 block %d, certificate in %d, window %d", ErrOutsideWindow, snap.Block, o.number, d.cfg.Window)})
			continue
		}
		ref := SnapshotRef{BlockHash: cand.SnapshotBlockHash, Snapshot: snap}
		invalid, seen := named[ref]
		if !seen {
			if len(named) >= MaxSnapshotsPerBlock {
				d.skip(r, "certificate", Skip{cand.TxIndex, cand.TxHash, cand.LogIndex, fmt.Errorf("%w: %d", ErrTooManySnapshots, MaxSnapshotsPerBlock)})
				continue
			}
			t, bad, fetched, err := c.resolver.Resolve(ctx, l1, ref)
			if err != nil {
				return nil, err
			}
			d.metrics.RecordSnapshotResolved(fetched == 0, fetched)
			named[ref], invalid = bad, bad
			if t != nil {
				tables[snap] = t
			}
		}
		if invalid != nil {
			d.skip(r, "certificate", Skip{cand.TxIndex, cand.TxHash, cand.LogIndex, invalid})
			continue
		}
		certs = append(certs, cand.Cert)
		pending = append(pending, cand)
	}
	var out []Candidate
	for i, err := range c.verifier.VerifyBatch(certs, tables) {
		p := pending[i]
		if err != nil {
			d.skip(r, "certificate", Skip{p.TxIndex, p.TxHash, p.LogIndex, err})
			continue
		}
		out = append(out, p)
	}
	return out, nil
}

// encode is stage 4: the snapshot deposit, then one range deposit per verified
// certificate, in order.
func (d *Deriver) encode(o *origin, verified []Candidate) ([]*types.DepositTx, error) {
	var deps []*types.DepositTx
	if o.seal != nil {
		dep, err := RecordSnapshotDeposit(o.hash, uint64(len(deps)), o.number, o.seal)
		if err != nil {
			return nil, err
		}
		deps = append(deps, dep)
		d.log.Info("Parley: snapshot sealed", "l1", o.number, "root", o.seal.Root, "sets", len(o.seal.Sets), "entries", o.seal.EntryCount)
	}
	for _, c := range verified {
		a := c.Cert.Attestation
		deps = append(deps, RecordRangeDeposit(o.hash, uint64(len(deps)), a))
		d.metrics.RecordCertified()
		d.log.Info("Parley: certified range", "chain", a.SourceChainID, "from", a.FromBlock, "to", a.ToBlock, "root", a.MessageRoot, "snapshot", a.Snapshot.Block, "l1", o.number)
	}
	return deps, nil
}
