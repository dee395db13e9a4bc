package aggregator

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"

	"github.com/ethereum-optimism/optimism/op-service/clock"
	"github.com/ethereum-optimism/optimism/op-service/retry"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/node/aggregator/metrics"
	"github.com/parley-xyz/parley/node/avsapi"
	"github.com/parley-xyz/parley/node/source"
)

// Source is the source rollup as the aggregator reads it (node/source's Source).
type Source interface {
	ChainID() uint64
	// Head returns the number of the head that may be certified (safe or finalized).
	Head(ctx context.Context) (uint64, error)
	// Range reads blocks from..to and commits to their messages.
	Range(ctx context.Context, from, to uint64) (*source.Range, error)
}

// ErrNoSnapshot is returned by L1.LatestSnapshot before the first snapshot is sealed.
var ErrNoSnapshot = errors.New("aggregator: no snapshot sealed yet")

// L1 is what the aggregator reads from L1. An implementation reads the contracts the
// certificate inbox names and nothing else.
type L1 interface {
	// Head returns the number of L1's latest block.
	Head(ctx context.Context) (uint64, error)
	// LatestSnapshot returns the table publisher's latest sealed snapshot with its
	// block's hash (ErrNoSnapshot before the first).
	LatestSnapshot(ctx context.Context) (derivation.SnapshotRef, error)
	// Table reads a snapshot back as destinations do (the derivation hook's resolver);
	// an error wrapping derivation.ErrSnapshot means the snapshot is invalid.
	Table(ctx context.Context, ref derivation.SnapshotRef) (*optable.Table, error)
	// CertificateLogs returns the inbox's CertificatePosted logs in L1 blocks from..to,
	// in chain order.
	CertificateLogs(ctx context.Context, from, to uint64) ([]types.Log, error)
	// Nonces returns the submitter's nonce at the latest block and in the pending pool.
	Nonces(ctx context.Context) (latest, pending uint64, err error)
	// IsSubmitter reports whether the submitter is on the inbox's allow-list.
	IsSubmitter(ctx context.Context) (bool, error)
}

// Poster posts one encoded certificate to the inbox and returns the receipt of the
// transaction that was mined (op-service's txmgr: nonces, fees, resubmission,
// confirmation depth). A receipt with a failed status is returned without an error.
type Poster interface {
	Post(ctx context.Context, cert []byte) (*types.Receipt, error)
}

// Operator is an operator daemon the aggregator asks for signatures (avsapi).
type Operator interface {
	// Name identifies the operator in logs and the node API (its URL without
	// credentials, path or query).
	Name() string
	SignRange(ctx context.Context, req avsapi.RangeRequest) (*avsapi.Signed, error)
	Status(ctx context.Context) (*avsapi.OperatorStatus, error)
}

// Config is the driver's configuration.
type Config struct {
	AVS attestation.AVS
	// Submitter is the address certificates are posted from.
	Submitter common.Address
	Policy    verifier.Policy
	Grid      Grid
	// Window is the destinations' window in L1 blocks; SnapshotMinLife and PostMargin
	// are in L1 blocks of a snapshot's remaining life (see the package documentation).
	Window, SnapshotMinLife, PostMargin uint64
	Linger, OperatorTimeout             time.Duration
	// AskBackoff spaces the requests to an operator that has not signed a range.
	AskBackoff    retry.Strategy
	PostBackoff   retry.Strategy
	PollInterval  time.Duration
	MaxOpenRanges int
	L1StartBlock  uint64
	// LogChunk bounds the L1 blocks of one eth_getLogs request.
	LogChunk uint64
	// DrainTimeout bounds the wait for the submitter's own pending transactions before
	// the inbox is read to decide whether a range is already posted.
	DrainTimeout time.Duration
	MaxBacklog   uint64
}

// DriverSetup is what a driver runs on.
type DriverSetup struct {
	Log       log.Logger
	Metrics   metrics.Metricer
	Clock     clock.Clock
	Cfg       Config
	Source    Source
	L1        L1
	Poster    Poster
	Operators []Operator
	// OnCritical is called once when the driver stops on a configuration or invariant
	// failure (the service closes the application with it).
	OnCritical func(error)
}

// phase is where a range is in its life.
type phase int

const (
	phaseCollecting phase = iota // attestation built, signatures being gathered
	phaseCertified               // certificate aggregated and verified, waiting its turn
	phasePosting                 // with the poster
	phaseRebuild                 // its snapshot expired: to be re-collected against a newer one
)

func (p phase) String() string {
	return [...]string{"collecting", "certified", "posting", "rebuild"}[p]
}

// askState is one configured operator's requests for one range.
type askState struct {
	inFlight bool
	attempts int
	nextAt   time.Time
}

// rangeState is one open range: from its attestation being built until it is
// certified on L1.
type rangeState struct {
	k        uint64
	from, to uint64
	rng      *source.Range
	phase    phase
	gen      int // collections after an expiry
	ref      derivation.SnapshotRef
	col      *collection
	opened   time.Time
	quorumAt time.Time
	asks     []askState
	cert     *certificate.Certificate
	// prior are operators that signed the range against an earlier, expired
	// snapshot: their slashing protection forbids signing it again, so they are not
	// asked (they may still push).
	prior map[common.Address]bool
}

// operatorState is what the driver knows of a configured operator.
type operatorState struct {
	op      Operator
	address common.Address // zero until learned (status or a verified answer)
	lastErr error
	lastOK  time.Time
}

// Driver runs the collection state machine of one source chain (see the package
// documentation). It is safe for concurrent use: the RPC server calls Submit and
// Status while the loop runs.
type Driver struct {
	DriverSetup
	verifier *verifier.Verifier
	tables   *lru.Cache[derivation.SnapshotRef, *optable.Table]

	mu         sync.Mutex
	reconciled bool
	postedK    uint64 // the lowest range not certified on L1
	open       []*rangeState
	early      *earlyBuffer
	ops        []*operatorState
	latest     *derivation.SnapshotRef
	latestTab  *optable.Table
	members    map[common.Address]bool // of every table read, for metric labels
	srcHead    uint64
	l1Head     uint64
	srcErr     error
	l1Err      error
	lastPoll   time.Time
	posting    bool
	postErr    error
	noFresh    string // why no range can be built now (no fresh snapshot)
	notAllowed bool   // the submitter is off the allow-list
	invariant  error
	policyErr  error

	followMu  sync.Mutex
	scannedTo uint64 // L1 blocks up to here were read for certificates

	wake chan struct{}
	// haveSnapshot is closed once the first snapshot is read (pushes wait for it).
	haveSnapshot     chan struct{}
	haveSnapshotOnce sync.Once
	cancel           context.CancelFunc
	done             chan struct{}
	started          bool
	critOne          sync.Once
}

// NewDriver returns a driver; Start runs it.
func NewDriver(s DriverSetup) (*Driver, error) {
	if err := s.Cfg.Policy.Validate(); err != nil {
		return nil, err
	}
	if s.Cfg.AskBackoff == nil {
		s.Cfg.AskBackoff = &retry.ExponentialStrategy{Max: 30 * time.Second, MaxJitter: 250 * time.Millisecond}
	}
	if s.Cfg.PostBackoff == nil {
		s.Cfg.PostBackoff = &retry.ExponentialStrategy{Max: 30 * time.Second, MaxJitter: 250 * time.Millisecond}
	}
	if s.Cfg.LogChunk == 0 {
		s.Cfg.LogChunk = 2000
	}
	if s.Cfg.MaxBacklog == 0 {
		s.Cfg.MaxBacklog = 4 * s.Cfg.Grid.Length
	}
	if s.Clock == nil {
		s.Clock = clock.SystemClock
	}
	if s.Metrics == nil {
		s.Metrics = metrics.NoopMetrics
	}
	if s.OnCritical == nil {
		s.OnCritical = func(error) {}
	}
	v, err := verifier.New(verifier.Config{Policy: s.Cfg.Policy})
	if err != nil {
		return nil, err
	}
	tables, err := lru.New[derivation.SnapshotRef, *optable.Table](8)
	if err != nil {
		return nil, err
	}
	d := &Driver{DriverSetup: s, verifier: v, tables: tables, early: newEarlyBuffer(),
		members: map[common.Address]bool{}, wake: make(chan struct{}, 1), done: make(chan struct{}), haveSnapshot: make(chan struct{})}
	for _, op := range s.Operators {
		d.ops = append(d.ops, &operatorState{op: op})
	}
	return d, nil
}

// Start starts the driver's loop (once).
func (d *Driver) Start() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.started {
		return errors.New("aggregator: driver already started")
	}
	d.started = true
	ctx, cancel := context.WithCancel(context.Background())
	d.cancel = cancel
	for _, o := range d.ops {
		go d.learnOperator(ctx, o)
	}
	go d.loop(ctx)
	return nil
}

// Stop stops the loop and waits for it; it is safe to call more than once, and before
// Start.
func (d *Driver) Stop() {
	d.mu.Lock()
	started, cancel := d.started, d.cancel
	d.mu.Unlock()
	if !started {
		return
	}
	cancel()
	<-d.done
}

// poke makes the loop run a step soon.
func (d *Driver) poke() {
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

// critical stops the aggregator on a configuration or invariant failure.
func (d *Driver) critical(err error) {
	d.critOne.Do(func() {
		d.Log.Crit("Aggregator stopping on a critical failure", "err", err)
		d.OnCritical(err)
	})
}

// errCritical marks an error that must stop the aggregator.
type errCritical struct{ error }

func (e errCritical) Unwrap() error { return e.error }

func (d *Driver) loop(ctx context.Context) {
	defer close(d.done)
	var wg sync.WaitGroup
	defer wg.Wait()
	for ctx.Err() == nil {
		if err := d.step(ctx, &wg); err != nil {
			var c errCritical
			if errors.As(err, &c) {
				d.critical(err)
				return
			}
			if ctx.Err() == nil {
				d.Log.Warn("Aggregator step failed; retrying", "err", err)
			}
		}
		t := d.Clock.NewTimer(d.nextWake())
		select {
		case <-ctx.Done():
		case <-d.wake:
		case <-t.Ch():
		}
		t.Stop()
	}
}

// nextWake is how long the loop may sleep: until the next poll, request due or linger
// deadline.
func (d *Driver) nextWake() time.Duration {
	d.mu.Lock()
	defer d.mu.Unlock()
	now := d.Clock.Now()
	next := d.lastPoll.Add(d.Cfg.PollInterval)
	for _, r := range d.open {
		if r.phase != phaseCollecting {
			continue
		}
		if !r.quorumAt.IsZero() {
			if t := r.quorumAt.Add(d.Cfg.Linger); t.Before(next) {
				next = t
			}
		}
		for i := range r.asks {
			if a := &r.asks[i]; !a.inFlight && a.nextAt.Before(next) {
				next = a.nextAt
			}
		}
	}
	w := next.Sub(now)
	if w < 5*time.Millisecond {
		w = 5 * time.Millisecond
	}
	return w
}

// step does one round: every poll interval it reads the heads, the latest snapshot
// and the inbox (reconciling first, once); every time it opens the ranges it can,
// moves the open ones on and hands the next certificate to the poster.
func (d *Driver) step(ctx context.Context, wg *sync.WaitGroup) error {
	d.mu.Lock()
	poll := !d.Clock.Now().Before(d.lastPoll.Add(d.Cfg.PollInterval))
	reconciled := d.reconciled
	d.mu.Unlock()
	if poll || !reconciled {
		d.mu.Lock()
		d.lastPoll = d.Clock.Now()
		d.mu.Unlock()
		if err := d.poll(ctx, reconciled); err != nil {
			return err
		}
	}
	d.mu.Lock()
	reconciled = d.reconciled
	d.mu.Unlock()
	if !reconciled {
		return nil
	}
	if err := d.openRanges(ctx); err != nil {
		return err
	}
	d.mu.Lock()
	d.progress(ctx, wg)
	d.mu.Unlock()
	return nil
}

// poll reads L1's and the source's heads, the latest snapshot and the inbox's new
// certificates, and checks the open ranges' snapshots.
func (d *Driver) poll(ctx context.Context, reconciled bool) error {
	l1Head, l1Err := d.L1.Head(ctx)
	srcHead, srcErr := d.Source.Head(ctx)
	d.mu.Lock()
	d.l1Err, d.srcErr = l1Err, srcErr
	if l1Err == nil {
		d.l1Head = l1Head
	}
	if srcErr == nil {
		d.srcHead = srcHead
	}
	d.mu.Unlock()
	if l1Err != nil {
		return fmt.Errorf("L1 head: %w", l1Err)
	}
	if err := d.refreshSnapshot(ctx); err != nil {
		d.Log.Warn("Cannot read the latest snapshot", "err", err)
	}
	if !reconciled {
		if err := d.reconcile(ctx); err != nil {
			return err
		}
	} else if err := d.follow(ctx, l1Head); err != nil {
		return err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.checkExpiry(l1Head)
	d.recordState()
	if srcErr != nil {
		return fmt.Errorf("source head: %w", srcErr)
	}
	return nil
}

// refreshSnapshot reads the latest sealed snapshot and its table when it changed.
func (d *Driver) refreshSnapshot(ctx context.Context) error {
	ref, err := d.L1.LatestSnapshot(ctx)
	if err != nil {
		return err
	}
	d.mu.Lock()
	same := d.latest != nil && *d.latest == ref
	d.mu.Unlock()
	if same {
		return nil
	}
	t, err := d.table(ctx, ref)
	if err != nil {
		if errors.Is(err, derivation.ErrSnapshot) {
			d.Log.Error("The latest snapshot on L1 is invalid; waiting for another", "snapshot", ref.Snapshot, "err", err)
		}
		return err
	}
	var policyErr error
	for _, th := range d.Cfg.Policy.Thresholds {
		if s, ok := t.Set(th.Quorum); !ok || s.Members == 0 {
			policyErr = fmt.Errorf("operator set %d of --thresholds is not in snapshot %s or has no members", th.Quorum, ref.Snapshot)
		}
	}
	d.mu.Lock()
	d.latest, d.latestTab, d.policyErr = &ref, t, policyErr
	d.mu.Unlock()
	d.haveSnapshotOnce.Do(func() { close(d.haveSnapshot) })
	d.Log.Info("Latest snapshot", "snapshot", ref.Snapshot, "blockHash", ref.BlockHash, "entries", t.Len())
	if policyErr != nil {
		d.Log.Error("The snapshot cannot meet the policy", "err", policyErr)
	}
	return nil
}

// table resolves a snapshot (cached by reference: a table is a pure function of it).
func (d *Driver) table(ctx context.Context, ref derivation.SnapshotRef) (*optable.Table, error) {
	if t, ok := d.tables.Get(ref); ok {
		return t, nil
	}
	t, err := d.L1.Table(ctx, ref)
	if err != nil {
		return nil, err
	}
	d.tables.Add(ref, t)
	d.mu.Lock()
	for _, e := range t.Entries() {
		d.members[e.Operator] = true
	}
	d.mu.Unlock()
	return t, nil
}

// life is how many L1 blocks after head a certificate against snapshot block s can
// still land in and be accepted by the destinations: s + window - head.
func (d *Driver) life(s, head uint64) uint64 {
	if s+d.Cfg.Window <= head {
		return 0
	}
	return s + d.Cfg.Window - head
}

// freshSnapshot returns the latest snapshot if it has at least SnapshotMinLife blocks
// of life left, with its table.
func (d *Driver) freshSnapshot(ctx context.Context) (derivation.SnapshotRef, *optable.Table, error) {
	d.mu.Lock()
	latest, tab, head, policyErr := d.latest, d.latestTab, d.l1Head, d.policyErr
	d.mu.Unlock()
	if latest == nil {
		return derivation.SnapshotRef{}, nil, ErrNoSnapshot
	}
	if policyErr != nil {
		return derivation.SnapshotRef{}, nil, policyErr
	}
	if l := d.life(latest.Block, head); l < d.Cfg.SnapshotMinLife {
		return derivation.SnapshotRef{}, nil, fmt.Errorf("the latest snapshot %s has %d L1 blocks of life left (L1 head %d, window %d), below --snapshot-min-life %d: publish a snapshot",
			latest.Snapshot, l, head, d.Cfg.Window, d.Cfg.SnapshotMinLife)
	}
	return *latest, tab, nil
}

// openRanges builds the attestations of the next ranges at or below the source's head,
// in order, up to MaxOpenRanges open at once, and rebuilds expired ones.
func (d *Driver) openRanges(ctx context.Context) error {
	for {
		d.mu.Lock()
		var rebuild *rangeState
		for _, r := range d.open {
			if r.phase == phaseRebuild {
				rebuild = r
				break
			}
		}
		k := d.postedK + uint64(len(d.open))
		from, to := d.Cfg.Grid.Range(k)
		want := rebuild != nil || (len(d.open) < d.Cfg.MaxOpenRanges && to <= d.srcHead && d.srcErr == nil)
		d.mu.Unlock()
		if !want {
			d.setNoFresh("")
			return nil
		}
		ref, tab, err := d.freshSnapshot(ctx)
		if err != nil {
			d.setNoFresh(err.Error())
			return nil
		}
		d.setNoFresh("")
		if rebuild != nil {
			d.rebuild(rebuild, ref, tab)
			continue
		}
		rng, err := d.Source.Range(ctx, from, to)
		if err != nil {
			return fmt.Errorf("source range %d..%d: %w", from, to, err)
		}
		att := rng.Attestation(d.Cfg.AVS, ref.Snapshot)
		col, err := newCollection(tab, d.Cfg.Policy, att)
		if err != nil {
			return err
		}
		d.mu.Lock()
		if d.postedK+uint64(len(d.open)) != k {
			d.mu.Unlock() // the inbox moved on meanwhile
			continue
		}
		r := &rangeState{k: k, from: from, to: to, rng: rng, ref: ref, col: col, opened: d.Clock.Now(),
			asks: make([]askState, len(d.ops)), prior: map[common.Address]bool{}}
		d.open = append(d.open, r)
		d.Log.Info("Range opened", "range", rangeName(from, to), "snapshot", ref.Snapshot, "messages", len(rng.Messages),
			"root", rng.Root(), "digest", col.digest)
		if early := d.early.take(k); len(early) > 0 {
			used := 0
			for _, s := range early {
				if n, _ := d.addSigned(r, s, "early", false); n > 0 {
					used++
				}
			}
			d.Metrics.RecordEarlyUsed(used)
			d.Metrics.RecordEarlyBuffered(d.early.len())
			d.Log.Debug("Early signatures verified", "range", rangeName(from, to), "messages", len(early), "used", used)
		}
		d.mu.Unlock()
	}
}

func (d *Driver) setNoFresh(why string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if why != "" && d.noFresh != why {
		d.Log.Error("Cannot build the next range", "reason", why)
	}
	d.noFresh = why
}

// rebuild re-collects an expired range against a newer snapshot.
func (d *Driver) rebuild(r *rangeState, ref derivation.SnapshotRef, tab *optable.Table) {
	att := r.rng.Attestation(d.Cfg.AVS, ref.Snapshot)
	col, err := newCollection(tab, d.Cfg.Policy, att)
	d.mu.Lock()
	defer d.mu.Unlock()
	if err != nil {
		d.Log.Error("Cannot re-collect range", "range", rangeName(r.from, r.to), "err", err)
		return
	}
	if r.phase != phaseRebuild {
		return
	}
	r.ref, r.col, r.opened, r.quorumAt, r.cert = ref, col, d.Clock.Now(), time.Time{}, nil
	r.asks = make([]askState, len(d.ops))
	r.phase = phaseCollecting
	d.Log.Error("Re-collecting an expired range against a newer snapshot: only operators that did not sign it before are asked",
		"range", rangeName(r.from, r.to), "snapshot", ref.Snapshot, "notAsked", len(r.prior))
}

// checkExpiry moves every open range whose snapshot has less than PostMargin blocks of
// life left, and is not with the poster, to the rebuild phase. Called with d.mu held.
func (d *Driver) checkExpiry(head uint64) {
	for _, r := range d.open {
		if (r.phase == phaseCollecting || r.phase == phaseCertified) && d.life(r.ref.Block, head) < d.Cfg.PostMargin {
			d.expire(r, head)
		}
	}
}

// expire records that r's snapshot left (or is about to leave) the window before its
// certificate was posted. Called with d.mu held.
func (d *Driver) expire(r *rangeState, head uint64) {
	for _, op := range r.col.signers() {
		r.prior[op] = true
	}
	d.Log.Error("Range's snapshot is leaving the window before its certificate was posted; operators sign a range once, "+
		"against one snapshot, so honest operators that signed it will not sign it again: alerting and waiting (the range is not skipped)",
		"range", rangeName(r.from, r.to), "snapshot", r.ref.Snapshot, "l1Head", head, "window", d.Cfg.Window,
		"postMargin", d.Cfg.PostMargin, "signedBefore", len(r.prior))
	r.phase, r.gen, r.col, r.cert = phaseRebuild, r.gen+1, nil, nil
}

// progress certifies ranges that reached their thresholds, asks operators for missing
// signatures and hands the next certificate to the poster. Called with d.mu held.
func (d *Driver) progress(ctx context.Context, wg *sync.WaitGroup) {
	now := d.Clock.Now()
	for _, r := range d.open {
		if r.phase != phaseCollecting {
			continue
		}
		if r.col.met() {
			if r.quorumAt.IsZero() {
				r.quorumAt = now
				d.Metrics.RecordQuorum(now.Sub(r.opened))
				d.Log.Debug("Range reached its thresholds", "range", rangeName(r.from, r.to), "after", now.Sub(r.opened))
			}
			if r.col.complete() || !now.Before(r.quorumAt.Add(d.Cfg.Linger)) || d.nothingExpected(r) {
				d.certify(r)
				continue
			}
		}
		d.askMissing(ctx, wg, r, now)
	}
	if !d.posting && len(d.open) > 0 && d.open[0].phase == phaseCertified {
		r := d.open[0]
		r.phase = phasePosting
		d.posting = true
		wg.Add(1)
		go func() {
			defer wg.Done()
			d.post(ctx, r, r.gen, r.cert, r.col.table)
		}()
	}
}

// nothingExpected reports whether no more signatures are expected for r soon: no
// request is in flight and every configured operator signed, is not a member, is not
// to be asked, or failed at least once. Called with d.mu held.
func (d *Driver) nothingExpected(r *rangeState) bool {
	for i, o := range d.ops {
		a := &r.asks[i]
		if a.inFlight {
			return false
		}
		if o.address != (common.Address{}) && (r.col.operatorDone(o.address) || !r.col.member(o.address) || r.prior[o.address]) {
			continue
		}
		if a.attempts == 0 {
			return false
		}
	}
	return true
}

// certify aggregates r's signatures and verifies the certificate. Called with d.mu held.
func (d *Driver) certify(r *rangeState) {
	cert, err := r.col.certificate(d.verifier)
	if err != nil {
		if d.invariant == nil {
			d.Log.Error("Own certificate does not verify; not posting it", "range", rangeName(r.from, r.to), "err", err)
		}
		d.invariant = err
		return
	}
	d.invariant = nil
	r.cert, r.phase = cert, phaseCertified
	d.Log.Info("Range certified", "range", rangeName(r.from, r.to), "snapshot", r.ref.Snapshot,
		"signingKeys", len(r.col.sigs), "nonSigners", len(cert.NonSigners), "size", cert.Size(),
		"sinceOpened", d.Clock.Since(r.opened))
}

// askMissing asks every configured operator that is due and still missing from r.
// Called with d.mu held.
func (d *Driver) askMissing(ctx context.Context, wg *sync.WaitGroup, r *rangeState, now time.Time) {
	for i, o := range d.ops {
		a := &r.asks[i]
		if a.inFlight || now.Before(a.nextAt) {
			continue
		}
		if addr := o.address; addr != (common.Address{}) && (r.col.operatorDone(addr) || !r.col.member(addr) || r.prior[addr]) {
			continue
		}
		a.inFlight = true
		req := avsapi.RangeRequest{Version: avsapi.Version, SourceChainID: r.rng.ChainID, FromBlock: r.from, ToBlock: r.to, Snapshot: r.ref.Snapshot}
		wg.Add(1)
		go func(i int, o *operatorState, gen int) {
			defer wg.Done()
			d.ask(ctx, r, i, o, gen, req)
		}(i, o, r.gen)
	}
}

// ask requests one operator's signature on r and records the answer.
func (d *Driver) ask(ctx context.Context, r *rangeState, i int, o *operatorState, gen int, req avsapi.RangeRequest) {
	actx, cancel := context.WithTimeout(ctx, d.Cfg.OperatorTimeout)
	s, err := o.op.SignRange(actx, req)
	cancel()
	d.mu.Lock()
	defer d.mu.Unlock()
	defer d.poke()
	if r.gen != gen || len(r.asks) <= i {
		return // re-collected meanwhile: the answer was for the earlier snapshot
	}
	a := &r.asks[i]
	a.inFlight = false
	a.attempts++
	retryAt := d.Clock.Now().Add(d.Cfg.AskBackoff.Duration(a.attempts - 1))
	if err != nil {
		if ctx.Err() != nil {
			return
		}
		if o.lastErr == nil || a.attempts == 1 {
			d.Log.Warn("Operator did not sign", "operator", o.op.Name(), "range", rangeName(r.from, r.to), "attempt", a.attempts, "err", err)
		}
		o.lastErr = err
		a.nextAt = retryAt
		return
	}
	o.lastErr, o.lastOK = nil, d.Clock.Now()
	if s == nil {
		a.nextAt = retryAt
		return
	}
	if o.address == (common.Address{}) && r.phase == phaseCollecting && r.col.member(s.Operator) {
		// Learn the address from an answer only once one of its signatures verifies.
		if n, _ := d.addSigned(r, s, o.op.Name(), true); n > 0 {
			o.address = s.Operator
			d.Log.Info("Operator identified by its signature", "operator", o.op.Name(), "address", s.Operator)
		}
	} else if r.phase == phaseCollecting {
		if o.address != (common.Address{}) && s.Operator != o.address {
			d.Log.Warn("Operator answered for another address", "operator", o.op.Name(), "expected", o.address, "got", s.Operator)
		}
		d.addSigned(r, s, o.op.Name(), true)
	}
	if r.phase != phaseCollecting || o.address == (common.Address{}) || !r.col.operatorDone(o.address) {
		a.nextAt = retryAt
	}
}

// addSigned checks a message against r's collection, counting and logging every
// signature dropped. via says where it came from. Called with d.mu held.
func (d *Driver) addSigned(r *rangeState, s *avsapi.Signed, via string, countReceived bool) (int, []rejection) {
	label := d.operatorLabel(s.Operator)
	if countReceived {
		for range max(1, len(s.Signatures)) {
			d.Metrics.RecordSignatureReceived(label)
		}
	}
	n, dropped := r.col.add(s)
	d.reportDropped(label, s, via, rangeName(r.from, r.to), dropped)
	return n, dropped
}

func (d *Driver) reportDropped(label string, s *avsapi.Signed, via, rng string, dropped []rejection) {
	for _, rj := range dropped {
		d.Metrics.RecordSignatureRejected(label, rj.reason)
		lg := d.Log.Warn
		if rj.reason == ReasonPosted {
			lg = d.Log.Debug
		}
		lg("Signature dropped", "operator", s.Operator, "via", via, "range", rng, "key", rj.key, "reason", rj.reason, "err", rj.err)
	}
}

// operatorLabel is the metrics label of a claimed operator address. Called with d.mu
// held.
func (d *Driver) operatorLabel(a common.Address) string {
	if d.members[a] {
		return a.Hex()
	}
	return metrics.UnknownOperator
}

// learnOperator asks a configured operator for its status until it answers, to learn
// its address.
func (d *Driver) learnOperator(ctx context.Context, o *operatorState) {
	for attempt := 0; ctx.Err() == nil; attempt++ {
		d.mu.Lock()
		known := o.address != (common.Address{})
		d.mu.Unlock()
		if known {
			return
		}
		sctx, cancel := context.WithTimeout(ctx, d.Cfg.OperatorTimeout)
		st, err := o.op.Status(sctx)
		cancel()
		switch {
		case err != nil:
			d.mu.Lock()
			o.lastErr = err
			d.mu.Unlock()
			if attempt == 0 {
				d.Log.Warn("Operator status unavailable; it is asked anyway", "operator", o.op.Name(), "err", err)
			}
		case st.AVS != d.Cfg.AVS || st.SourceChainID != d.Source.ChainID():
			d.Log.Error("Operator serves another AVS or source chain; its answers will be dropped", "operator", o.op.Name(),
				"avs", st.AVS, "sourceChainId", st.SourceChainID)
			return
		default:
			d.mu.Lock()
			o.address, o.lastErr, o.lastOK = st.Operator, nil, d.Clock.Now()
			d.mu.Unlock()
			d.Log.Info("Operator", "operator", o.op.Name(), "address", st.Operator, "lastSigned", st.LastSigned, "halted", st.Halted)
			d.poke()
			return
		}
		if d.Clock.SleepCtx(ctx, d.Cfg.AskBackoff.Duration(attempt)) != nil {
			return
		}
	}
}

// post posts r's certificate, retrying until it is on L1 (by this or an earlier
// process, or another submitter), or its snapshot expires.
func (d *Driver) post(ctx context.Context, r *rangeState, gen int, cert *certificate.Certificate, table *optable.Table) {
	defer func() {
		d.mu.Lock()
		d.posting = false
		if r.phase == phasePosting && r.gen == gen && d.isOpen(r) {
			r.phase = phaseCertified // not posted and not expired: try again
		}
		d.mu.Unlock()
		d.poke()
	}()
	enc := cert.Encode()
	for attempt := 0; ; attempt++ {
		if attempt > 0 {
			if d.Clock.SleepCtx(ctx, d.Cfg.PostBackoff.Duration(attempt-1)) != nil {
				return
			}
		}
		head, err := d.L1.Head(ctx)
		if err != nil {
			d.setPostErr(fmt.Errorf("L1 head: %w", err))
			continue
		}
		// No transaction of ours may be pending while we read the inbox: one that landed
		// after the read would make this post a second one.
		d.drain(ctx)
		if err := d.follow(ctx, head); err != nil {
			d.setPostErr(err)
			continue
		}
		d.mu.Lock()
		posted := r.k < d.postedK
		expired := d.life(r.ref.Block, head) < d.Cfg.PostMargin
		if expired && !posted && r.gen == gen {
			d.expire(r, head)
		}
		d.mu.Unlock()
		if posted || expired {
			return
		}
		receipt, err := d.Poster.Post(ctx, enc)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			d.Metrics.RecordPostFailed(0, nil)
			d.setPostErr(err)
			d.Log.Warn("Posting the certificate failed; retrying", "range", rangeName(r.from, r.to), "attempt", attempt+1, "err", err)
			d.checkSubmitter(ctx)
			continue
		}
		fee := new(big.Int)
		if receipt.EffectiveGasPrice != nil {
			fee.Mul(receipt.EffectiveGasPrice, new(big.Int).SetUint64(receipt.GasUsed))
		}
		if receipt.Status != types.ReceiptStatusSuccessful {
			d.Metrics.RecordPostFailed(receipt.GasUsed, fee)
			d.setPostErr(fmt.Errorf("post transaction %s reverted", receipt.TxHash))
			d.Log.Warn("The certificate's transaction reverted; retrying", "range", rangeName(r.from, r.to), "tx", receipt.TxHash,
				"block", receipt.BlockNumber)
			d.checkSubmitter(ctx)
			continue
		}
		d.setPostErr(nil)
		landed := receipt.BlockNumber.Uint64()
		if landed-r.ref.Block > d.Cfg.Window {
			// L1 took it, but destinations will not: treat as expired.
			d.Metrics.RecordPostFailed(receipt.GasUsed, fee)
			d.mu.Lock()
			if r.gen == gen && r.k >= d.postedK {
				d.expire(r, landed)
			}
			d.mu.Unlock()
			return
		}
		d.Metrics.RecordPosted(r.to, signingKeys(cert, table), len(cert.NonSigners), receipt.GasUsed, fee)
		d.mu.Lock()
		d.markPosted(r.k, landed, receipt.TxHash, true)
		d.mu.Unlock()
		return
	}
}

// signingKeys counts the keys that signed a certificate.
func signingKeys(cert *certificate.Certificate, t *optable.Table) int {
	n := 0
	for _, q := range cert.Quorums {
		if s, ok := t.Set(q); ok {
			n += s.Members
		}
	}
	return n - len(cert.NonSigners)
}

func (d *Driver) setPostErr(err error) {
	d.mu.Lock()
	d.postErr = err
	d.mu.Unlock()
}

// checkSubmitter reads the allow-list after a failed post.
func (d *Driver) checkSubmitter(ctx context.Context) {
	ok, err := d.L1.IsSubmitter(ctx)
	if err != nil {
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if !ok && !d.notAllowed {
		d.Log.Error("The submitter is not on the certificate inbox's allow-list: certificates cannot be posted until the inbox's owner allows it")
	}
	d.notAllowed = !ok
}

// drain waits (at most DrainTimeout) until none of the submitter's transactions is
// pending, so that the inbox read that follows sees every certificate this
// submitter can still land. After the timeout, the next post reuses the stuck
// transaction's nonce (the transaction manager takes the latest nonce), so at most
// one of the two lands.
func (d *Driver) drain(ctx context.Context) {
	deadline := d.Clock.Now().Add(d.Cfg.DrainTimeout)
	for {
		latest, pending, err := d.L1.Nonces(ctx)
		if err == nil && pending <= latest {
			return
		}
		if !d.Clock.Now().Before(deadline) {
			d.Log.Warn("Own transactions still pending; going on (the next post replaces them by nonce)", "latest", latest, "pending", pending, "err", err)
			return
		}
		if d.Clock.SleepCtx(ctx, 250*time.Millisecond) != nil {
			return
		}
	}
}

// isOpen reports whether r is still open. Called with d.mu held.
func (d *Driver) isOpen(r *rangeState) bool {
	for _, o := range d.open {
		if o == r {
			return true
		}
	}
	return false
}

// markPosted records that range k is certified on L1 (in L1 block at). Called with
// d.mu held.
func (d *Driver) markPosted(k, at uint64, tx common.Hash, ours bool) {
	if k != d.postedK {
		return
	}
	from, to := d.Cfg.Grid.Range(k)
	d.postedK++
	if len(d.open) > 0 && d.open[0].k == k {
		d.open = d.open[1:]
	}
	d.early.dropBelow(d.postedK)
	d.Metrics.RecordEarlyBuffered(d.early.len())
	d.Log.Info("Range certified on L1", "range", rangeName(from, to), "l1Block", at, "tx", tx, "ours", ours)
	d.recordState()
	d.poke()
}

// recordState updates the progress metrics. Called with d.mu held.
func (d *Driver) recordState() {
	d.Metrics.RecordBacklog(d.backlog())
	if from, to, ok := d.pending(); ok {
		d.Metrics.RecordPending(from, to)
	} else {
		d.Metrics.RecordPending(0, 0)
	}
	d.Metrics.RecordHalted(len(d.haltReasons()) > 0)
}

// backlog is how many source blocks at or below the head are not certified on L1.
// Called with d.mu held.
func (d *Driver) backlog() uint64 {
	next, _ := d.Cfg.Grid.Range(d.postedK)
	if !d.reconciled || d.srcHead+1 <= next {
		return 0
	}
	return d.srcHead + 1 - next
}

// pending returns the lowest range not yet certified, if it is at or below the head.
// Called with d.mu held.
func (d *Driver) pending() (from, to uint64, ok bool) {
	if !d.reconciled {
		return 0, 0, false
	}
	from, to = d.Cfg.Grid.Range(d.postedK)
	return from, to, to <= d.srcHead || len(d.open) > 0
}

// haltReasons lists why the aggregator cannot make progress without intervention.
// Called with d.mu held.
func (d *Driver) haltReasons() []string {
	var out []string
	for _, r := range d.open {
		if r.gen > 0 && r.phase != phasePosting {
			out = append(out, fmt.Sprintf("range %s: its snapshot left the window before it was posted; honest operators that signed it will not sign it again (%s)",
				rangeName(r.from, r.to), r.phase))
		}
	}
	if d.noFresh != "" {
		out = append(out, d.noFresh)
	}
	if d.notAllowed {
		out = append(out, "the submitter is not on the certificate inbox's allow-list")
	}
	if d.invariant != nil {
		out = append(out, "own certificate rejected by the verifier: "+d.invariant.Error())
	}
	return out
}

func rangeName(from, to uint64) string { return fmt.Sprintf("%d..%d", from, to) }
