package derivation

import (
	"context"
	"errors"
	"fmt"
	"slices"
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

// Config configures a Deriver: the chain's Parley settings and their schedule. The
// settings in force for an L2 block are those of the last upgrade whose Time is at most
// the block's time, or the base settings before the first upgrade, whenever the block
// is derived (interop/SPEC.md §9, "Settings in force").
type Config struct {
	ActivationTime uint64 // L2 time from which the hook derives deposits
	// L1ChainID is the AVS's L1 chain; 0 means the chain op-node derives from (the
	// rollup configuration's), learnt on the first call. A set one must equal it.
	L1ChainID uint64
	// The base settings, in force from activation until the first upgrade.
	AVS       common.Address // the AVS (Parley's registrar) on L1
	Publisher common.Address // the ParleyTablePublisher on L1
	CertInbox common.Address // the ParleyCertificateInbox on L1
	// Window is how many L1 blocks a snapshot stays usable: a certificate in L1 block O
	// naming a snapshot sealed in block S is considered iff 1 <= O - S <= Window.
	Window uint64
	// Thresholds are the per-operator-set thresholds certificates must meet.
	Thresholds []verifier.Threshold
	// Upgrades are the scheduled changes, by strictly increasing L2 time after
	// activation; each gives the complete settings in force from its time on.
	Upgrades []Upgrade
	// SnapshotCacheSize bounds the resolved snapshots kept per (AVS, publisher) (0: the
	// default; negative: none). The cache only saves work.
	SnapshotCacheSize int
}

// Settings are the settings an upgrade may change.
type Settings struct {
	AVS        common.Address
	Publisher  common.Address
	CertInbox  common.Address
	Window     uint64
	Thresholds []verifier.Threshold
}

// Upgrade is the complete settings in force from an L2 block time on.
type Upgrade struct {
	Time uint64
	Settings
}

// Base returns the settings in force from activation until the first upgrade.
func (c *Config) Base() Settings {
	return Settings{AVS: c.AVS, Publisher: c.Publisher, CertInbox: c.CertInbox, Window: c.Window, Thresholds: c.Thresholds}
}

// At returns the settings in force for the L2 block at time t (at or after activation).
func (c *Config) At(t uint64) Settings {
	s := c.Base()
	for _, u := range c.Upgrades {
		if u.Time > t {
			break
		}
		s = u.Settings
	}
	return s
}

// Validate checks the configuration: the base settings, every upgrade's, and the
// upgrade times.
func (c *Config) Validate() error {
	var errs []error
	base := c.Base()
	if err := base.validate(); err != nil {
		errs = append(errs, err)
	}
	last := c.ActivationTime
	for i, u := range c.Upgrades {
		if u.Time <= last {
			errs = append(errs, fmt.Errorf("upgrade %d at L2 time %d is not after %d", i, u.Time, last))
		}
		last = u.Time
		if err := u.Settings.validate(); err != nil {
			errs = append(errs, fmt.Errorf("upgrade %d: %w", i, err))
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("parley: invalid derivation configuration: %w", errors.Join(errs...))
	}
	return nil
}

func (s *Settings) validate() error {
	var errs []error
	zero := common.Address{}
	if s.AVS == zero || s.Publisher == zero || s.CertInbox == zero {
		errs = append(errs, errors.New("the AVS, table publisher and certificate inbox addresses are all required"))
	}
	if s.AVS == s.Publisher || s.AVS == s.CertInbox || s.Publisher == s.CertInbox {
		errs = append(errs, errors.New("the AVS, table publisher and certificate inbox addresses must differ"))
	}
	if s.Window == 0 || s.Window > optable.MaxSnapshotAge {
		errs = append(errs, fmt.Errorf("window %d L1 blocks is not in 1..%d", s.Window, optable.MaxSnapshotAge))
	}
	if err := (&verifier.Policy{Thresholds: s.Thresholds}).Validate(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// Deriver is the derivation hook (see the package documentation for its stages). It is
// safe for concurrent use; its only state is, per settings in force, a verifier and a
// resolver whose caches are keyed by content, so they never change a result.
type Deriver struct {
	cfg     Config
	log     log.Logger
	metrics Metricer
	periods []*period // periods[0]: the base settings; periods[i]: Upgrades[i-1]'s
	chain   atomic.Pointer[chainState]
}

// period is one entry of the schedule: settings and the L2 time they are in force
// from (until the next period's).
type period struct {
	from uint64
	Settings
	scanner Scanner
}

// chainState is what a Deriver builds once it knows its L1 chain id: per period, the
// AVS identity, a resolver and a verifier. Periods with the same AVS and publisher share
// a resolver, and periods with the same AVS and thresholds a verifier, so their caches
// (keyed by content) carry over an upgrade that changes something else.
type chainState struct {
	l1ChainID uint64
	periods   []periodState // parallel to Deriver.periods
}

type periodState struct {
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
	d := &Deriver{cfg: cfg, log: logger, metrics: metrics}
	d.periods = append(d.periods, &period{from: cfg.ActivationTime, Settings: cfg.Base()})
	for _, u := range cfg.Upgrades {
		d.periods = append(d.periods, &period{from: u.Time, Settings: u.Settings})
	}
	for _, e := range d.periods {
		e.Thresholds = slices.Clone(e.Thresholds)
		e.scanner = Scanner{Inbox: e.CertInbox}
	}
	if cfg.L1ChainID != 0 {
		if _, err := d.forChain(cfg.L1ChainID); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// periodAt returns the index of the settings in force at L2 time t (>= activation).
func (d *Deriver) periodAt(t uint64) int {
	i := len(d.periods) - 1
	for i > 0 && d.periods[i].from > t {
		i--
	}
	return i
}

// forChain returns the state for L1 chain id, building it on first use.
func (d *Deriver) forChain(id uint64) (*chainState, error) {
	if c := d.chain.Load(); c != nil {
		if c.l1ChainID != id {
			return nil, fmt.Errorf("parley: op-node's L1 chain %d is not the AVS's %d", id, c.l1ChainID)
		}
		return c, nil
	}
	c := &chainState{l1ChainID: id, periods: make([]periodState, len(d.periods))}
	for i, e := range d.periods {
		s := &c.periods[i]
		s.avs = attestation.AVS{L1ChainID: id, Address: e.AVS}
		for j := 0; j < i; j++ {
			p := d.periods[j]
			if s.resolver == nil && p.AVS == e.AVS && p.Publisher == e.Publisher {
				s.resolver = c.periods[j].resolver
			}
			if s.verifier == nil && p.AVS == e.AVS && slices.Equal(p.Thresholds, e.Thresholds) {
				s.verifier = c.periods[j].verifier
			}
		}
		if s.resolver == nil {
			s.resolver = NewResolver(s.avs, e.Publisher, d.cfg.SnapshotCacheSize)
		}
		if s.verifier == nil {
			v, err := verifier.New(verifier.Config{
				Policy:        verifier.Policy{AVS: s.avs, Thresholds: e.Thresholds},
				HashCacheSize: -1, // a digest recurs only when a block is derived again
			})
			if err != nil {
				return nil, err
			}
			s.verifier = v
		}
	}
	if !d.chain.CompareAndSwap(nil, c) {
		return d.forChain(id)
	}
	return c, nil
}

// Resolver returns the snapshot resolver of the base settings (for its statistics),
// nil before the deriver knows its L1 chain.
func (d *Deriver) Resolver() *Resolver { return d.ResolverAt(d.cfg.ActivationTime) }

// ResolverAt returns the snapshot resolver of the settings in force at L2 time t, nil
// before the deriver knows its L1 chain.
func (d *Deriver) ResolverAt(t uint64) *Resolver {
	if c := d.chain.Load(); c != nil {
		return c.periods[d.periodAt(t)].resolver
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
	var r Result // on the stack: a block without Parley data allocates nothing
	if err := d.derive(ctx, in, &r); err != nil || len(r.Deposits) == 0 {
		return nil, 0, err
	}
	return Encode(r.Deposits)
}

// Derive runs the four stages for one epoch's L1 origin, with the settings in force at
// the new L2 block's time (in.NextL2Time). Every skipped input is also logged at WARN
// and counted.
func (d *Deriver) Derive(ctx context.Context, in *Input) (*Result, error) {
	r := &Result{}
	if err := d.derive(ctx, in, r); err != nil {
		return nil, err
	}
	return r, nil
}

func (d *Deriver) derive(ctx context.Context, in *Input, r *Result) error {
	if in.NextL2Time < d.cfg.ActivationTime {
		return nil
	}
	i := d.periodAt(in.NextL2Time)
	e := d.periods[i]
	o := d.collect(e, in, r)
	if o == nil {
		return nil
	}
	c, err := d.forChain(in.L1ChainID)
	if err != nil {
		return err
	}
	verified, err := c.periods[i].resolveAndVerify(ctx, d, e, in.L1, o, r)
	if err != nil {
		return err
	}
	r.Deposits, err = d.encode(o, verified)
	return err
}

// StripGas implements Hook.
func (d *Deriver) StripGas(payload *eth.ExecutionPayload) (uint64, error) { return StripGas(payload) }

func (d *Deriver) skip(r *Result, kind string, s Skip) {
	d.log.Warn("Parley: skipped "+kind, "reason", s.Reason, "tx", s.TxHash, "log", s.LogIndex)
	d.metrics.RecordSkipped(kind)
	r.Skipped = append(r.Skipped, Skipped{Kind: kind, Skip: s})
}

// collect is stage 1: the origin's seal and candidates, from its receipts alone, with
// the addresses of the settings in force (e). It returns nil for a block without Parley
// data, which costs one pass over the receipts' log addresses and no allocation.
func (d *Deriver) collect(e *period, in *Input, r *Result) *origin {
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
			case e.CertInbox:
				posted = posted || IsCertificateLog(lg)
			case e.Publisher:
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
		o.seal = d.sealIn(e.Publisher, in.Receipts, r)
	}
	if posted {
		var skips []Skip
		o.candidates, skips = e.scanner.Scan(in.Receipts)
		for _, s := range skips {
			d.skip(r, "certificate", s)
		}
	}
	return o
}

// sealIn returns the snapshot sealed in a block: the first publisher log with
// SnapshotSealed's id that decodes strictly (SPEC §9). The publisher seals at most once
// per block, so there is one; any other such log is skipped.
func (d *Deriver) sealIn(publisher common.Address, receipts types.Receipts, r *Result) *optable.Seal {
	var seal *optable.Seal
	for i, rc := range receipts {
		if rc == nil || rc.Status != types.ReceiptStatusSuccessful {
			continue
		}
		for _, lg := range rc.Logs {
			if lg == nil || lg.Address != publisher || len(lg.Topics) == 0 || lg.Topics[0] != optable.SnapshotSealedID {
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
func (c *periodState) resolveAndVerify(ctx context.Context, d *Deriver, e *period, l1 L1, o *origin, r *Result) ([]Candidate, error) {
	if len(o.candidates) == 0 {
		return nil, nil
	}
	tables := optable.Tables{}
	named := map[SnapshotRef]error{} // the snapshots named so far, and why each is unusable
	var certs []*certificate.Certificate
	var pending []Candidate
	for _, cand := range o.candidates {
		snap := cand.Cert.Attestation.Snapshot
		if snap.Block >= o.number || o.number-snap.Block > e.Window {
			d.skip(r, "certificate", Skip{cand.TxIndex, cand.TxHash, cand.LogIndex, fmt.Errorf("%w: sealed in L1 block %d, certificate in %d, window %d", ErrOutsideWindow, snap.Block, o.number, e.Window)})
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
