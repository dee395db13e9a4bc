package watch

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
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/avs"
	"github.com/parley-xyz/parley/node/avs/bindings"
	"github.com/parley-xyz/parley/node/watch/metrics"
)

// L1 is what the watcher reads from L1. An implementation reads the contracts the
// certificate inbox names and nothing else.
type L1 interface {
	// Head returns the number of L1's latest block.
	Head(ctx context.Context) (uint64, error)
	// CertificateLogs returns the inbox's CertificatePosted logs in L1 blocks from..to,
	// in chain order.
	CertificateLogs(ctx context.Context, from, to uint64) ([]types.Log, error)
	// Table reads a snapshot back as destinations do (the derivation hook's resolver);
	// an error wrapping derivation.ErrSnapshot means the snapshot is invalid, any other
	// that L1 data could not be fetched.
	Table(ctx context.Context, ref derivation.SnapshotRef) (*optable.Table, error)
	// Slasher returns the registrar's slasher (zero: none).
	Slasher(ctx context.Context) (common.Address, error)
	// Slashed reports whether the slasher recorded the offence.
	Slashed(ctx context.Context, slasher common.Address, offence common.Hash) (bool, error)
	// VerifyCertificates runs the slasher's checks of evidence as a call: an
	// *eigenlayer.RevertError is the slasher's rejection, any other error a failure to
	// ask.
	VerifyCertificates(ctx context.Context, slasher common.Address, ev avs.CertificateEvidence) error
	// SimulateSlash calls slashCertificates from from without a transaction; errors as
	// VerifyCertificates's.
	SimulateSlash(ctx context.Context, slasher, from common.Address, ev avs.CertificateEvidence) error
}

// Submitter sends certificate evidence to the slasher and returns the receipt of the
// transaction that was mined (op-service's txmgr). A receipt with a failed status is
// returned without an error.
type Submitter interface {
	From() common.Address
	Submit(ctx context.Context, slasher common.Address, ev avs.CertificateEvidence) (*types.Receipt, error)
}

// Reasons a CertificatePosted log is not kept (metrics labels).
const (
	SkipRemoved          = "removed"               // the log was reorged out
	SkipMalformedLog     = "malformed_log"         // the log is not CertificatePosted's strict encoding
	SkipMalformed        = "malformed_certificate" // the certificate does not decode (SPEC §6)
	SkipOtherAVS         = "other_avs"             // the attestation names another AVS or L1
	SkipSnapshot         = "snapshot_unresolved"   // the snapshot named is not a valid table
	SkipInvalidSignature = "invalid_signature"     // the aggregate signature does not verify
	SkipDuplicate        = "duplicate"             // the same certificate is kept already
)

// Reasons an offence is not submitted, and an attempt fails (metrics labels).
const (
	OffenceAlreadySlashed = "already_slashed"
	OffenceNotSlashable   = "not_slashable"

	FailRejected = "rejected" // the slasher's checks reject the evidence: given up
	FailSend     = "send"     // the transaction manager failed: retried
	FailReverted = "reverted" // the transaction was mined and reverted: retried
	FailGaveUp   = "gave_up"  // MaxAttempts attempts failed
	// FailQueueFull: the job was dropped on arrival, MaxPending jobs waiting.
	FailQueueFull = "queue_full"
)

// Config is the driver's configuration.
type Config struct {
	// AVS is the inbox's AVS: certificates naming another are skipped.
	AVS attestation.AVS
	// StartBlock is the first L1 block read.
	StartBlock uint64
	// HistoryBlocks and MaxCertificates bound the history (History).
	HistoryBlocks   uint64
	MaxCertificates int
	PollInterval    time.Duration
	// LogChunk bounds the L1 blocks of one eth_getLogs request.
	LogChunk uint64
	// Backoff spaces retries of L1 reads and submissions.
	Backoff     retry.Strategy
	MaxAttempts int
	// MaxSlashesPerTx is the limit of one slashCertificates transaction.
	MaxSlashesPerTx uint32
	// MaxPending bounds the evidence waiting to be submitted (0: 1024); more is dropped
	// (counted) and found again by no one: size it above any plausible burst.
	MaxPending int
}

// DriverSetup is what a driver runs on.
type DriverSetup struct {
	Log       log.Logger
	Metrics   metrics.Metricer
	Clock     clock.Clock
	Cfg       Config
	L1        L1
	Submitter Submitter
}

// Job is one piece of certificate evidence: two kept certificates over conflicting
// attestations, an operator set both list and the offences of the operators of the
// set that signed both.
type Job struct {
	A, B *Posted
	Set  uint8
	// Offences maps each offender to its offence's key (OffenceKey).
	Offences map[common.Address]common.Hash
	Evidence avs.CertificateEvidence
}

// Driver follows the inbox, keeps the history, finds conflicts and submits evidence:
// one goroutine reads L1 (scan → ingest → detect), another submits (settle), so that a
// slow transaction never delays reading.
type Driver struct {
	DriverSetup

	history *History
	// done holds the offences settled (slashed, by anyone, or no longer slashable):
	// never looked at again. Bounded: an offence forgotten is re-checked on L1.
	done *lru.Cache[common.Hash, struct{}]
	// next is the next L1 block to read; last the last log ingested in it.
	next    uint64
	last    logPos
	scanErr int

	mu      sync.Mutex
	pending []*Job
	wake    chan struct{}

	cancel  context.CancelFunc
	wg      sync.WaitGroup
	started bool
	// slashedEvent is the id of ParleySlasher's EquivocationSlashed event.
	slashedEvent common.Hash
}

type logPos struct {
	block uint64
	index uint
	set   bool
}

// NewDriver returns a driver; Start runs it.
func NewDriver(s DriverSetup) (*Driver, error) {
	if s.Cfg.Backoff == nil {
		s.Cfg.Backoff = &retry.ExponentialStrategy{Max: time.Minute, MaxJitter: 250 * time.Millisecond}
	}
	if s.Cfg.LogChunk == 0 {
		s.Cfg.LogChunk = 2000
	}
	if s.Cfg.MaxAttempts == 0 {
		s.Cfg.MaxAttempts = 10
	}
	if s.Cfg.MaxPending == 0 {
		s.Cfg.MaxPending = 1024
	}
	if s.Cfg.MaxCertificates < 2 || s.Cfg.HistoryBlocks == 0 || s.Cfg.PollInterval <= 0 {
		return nil, errors.New("watch: the history needs MaxCertificates >= 2, HistoryBlocks > 0 and a positive PollInterval")
	}
	if s.Clock == nil {
		s.Clock = clock.SystemClock
	}
	if s.Metrics == nil {
		s.Metrics = metrics.NoopMetrics
	}
	done, err := lru.New[common.Hash, struct{}](1 << 16)
	if err != nil {
		return nil, err
	}
	a, err := bindings.ParleySlasherMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return &Driver{DriverSetup: s, history: NewHistory(s.Cfg.HistoryBlocks, s.Cfg.MaxCertificates), done: done,
		next: s.Cfg.StartBlock, wake: make(chan struct{}, 1), slashedEvent: a.Events["EquivocationSlashed"].ID}, nil
}

// Start starts the reading and submitting loops (once).
func (d *Driver) Start() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.started {
		return errors.New("watch: driver already started")
	}
	d.started = true
	ctx, cancel := context.WithCancel(context.Background())
	d.cancel = cancel
	d.wg.Add(2)
	go d.readLoop(ctx)
	go d.submitLoop(ctx)
	return nil
}

// Stop stops both loops and waits for them; it is safe to call more than once, and
// before Start.
func (d *Driver) Stop() {
	d.mu.Lock()
	started, cancel := d.started, d.cancel
	d.mu.Unlock()
	if !started {
		return
	}
	cancel()
	d.wg.Wait()
}

func (d *Driver) readLoop(ctx context.Context) {
	defer d.wg.Done()
	for ctx.Err() == nil {
		wait := d.Cfg.PollInterval
		if err := d.Poll(ctx); err != nil {
			if ctx.Err() != nil {
				return
			}
			wait = d.Cfg.Backoff.Duration(d.scanErr)
			d.scanErr++
			d.Log.Warn("Reading L1 failed; retrying", "next", d.next, "in", wait, "err", err)
		} else {
			d.scanErr = 0
		}
		if d.Clock.SleepCtx(ctx, wait) != nil {
			return
		}
	}
}

// Poll reads the inbox's logs from the next block up to L1's head, in chunks, keeping
// every certificate worth keeping and queueing the evidence it makes with those kept
// before. An error means L1 could not be read; what was read before it is kept, and the
// next Poll resumes after the last log ingested.
func (d *Driver) Poll(ctx context.Context) error {
	head, err := d.L1.Head(ctx)
	if err != nil {
		return fmt.Errorf("L1 head: %w", err)
	}
	for d.next <= head {
		to := min(head, d.next+d.Cfg.LogChunk-1)
		logs, err := d.L1.CertificateLogs(ctx, d.next, to)
		if err != nil {
			return fmt.Errorf("inbox logs %d..%d: %w", d.next, to, err)
		}
		for i := range logs {
			lg := &logs[i]
			if d.last.set && (lg.BlockNumber < d.last.block || lg.BlockNumber == d.last.block && lg.Index <= d.last.index) {
				continue
			}
			if err := d.ingest(ctx, lg); err != nil {
				return err
			}
			d.last = logPos{block: lg.BlockNumber, index: lg.Index, set: true}
		}
		d.next = to + 1
		d.Metrics.RecordScanned(to)
	}
	d.history.Prune(head)
	d.Metrics.RecordHistory(d.history.Len())
	return nil
}

// skip logs and counts a log not kept.
func (d *Driver) skip(lg *types.Log, reason string, err error) {
	d.Log.Warn("Certificate skipped", "reason", reason, "l1Block", lg.BlockNumber, "tx", lg.TxHash, "logIndex", lg.Index, "err", err)
	d.Metrics.RecordCertificateSkipped(reason)
}

// ingest reads one log: collect, then detect against the history, then keep it. An
// error means L1 data could not be fetched (nothing was kept).
func (d *Driver) ingest(ctx context.Context, lg *types.Log) error {
	d.Metrics.RecordCertificateSeen()
	p, t, reason, err := d.collect(ctx, lg)
	if reason == "" && err != nil {
		return err
	}
	if reason != "" {
		d.skip(lg, reason, err)
		return nil
	}
	jobs, err := d.detect(ctx, p, t)
	if err != nil {
		return err
	}
	d.history.Add(p)
	d.enqueue(jobs)
	return nil
}

// collect turns a log into a certificate worth keeping with its table, or a skip
// reason (with the error that made it), or a fetch error (no reason). A certificate is
// kept when: the log is the inbox's strict CertificatePosted encoding and not removed,
// the certificate decodes strictly, names the inbox's AVS, its snapshot resolves, and
// its aggregate signature verifies under the snapshot's keys of its listed sets (what
// the slasher will check; thresholds do not matter to it); and it is not kept already.
func (d *Driver) collect(ctx context.Context, lg *types.Log) (*Posted, *optable.Table, string, error) {
	if lg.Removed {
		return nil, nil, SkipRemoved, nil
	}
	_, snapHash, raw, err := derivation.ParseCertificatePosted(lg)
	if err != nil {
		return nil, nil, SkipMalformedLog, err
	}
	c, err := certificate.Decode(raw)
	if err != nil {
		return nil, nil, SkipMalformed, err
	}
	if c.Attestation.AVS != d.Cfg.AVS {
		return nil, nil, SkipOtherAVS, fmt.Errorf("attestation names %+v", c.Attestation.AVS)
	}
	ref := derivation.SnapshotRef{BlockHash: snapHash, Snapshot: c.Attestation.Snapshot}
	p := NewPosted(c, raw, ref, lg.BlockNumber, lg.Index, lg.TxHash)
	if d.history.Has(p.ID) {
		return nil, nil, SkipDuplicate, errors.New("the same certificate is kept already")
	}
	t, err := d.L1.Table(ctx, ref)
	if err != nil {
		if errors.Is(err, derivation.ErrSnapshot) {
			return nil, nil, SkipSnapshot, err
		}
		return nil, nil, "", fmt.Errorf("snapshot %s: %w", ref.Snapshot, err)
	}
	ss, err := certificate.Signers(t, c.Quorums, c.NonSigners)
	if err != nil {
		return nil, nil, SkipInvalidSignature, err
	}
	if !ss.ApkG2.Equal(c.ApkG2) || !bls.Verify(ss.ApkG2, p.Digest, c.Sigma) {
		return nil, nil, SkipInvalidSignature, errors.New("the aggregate signature does not verify under the snapshot's keys")
	}
	return p, t, "", nil
}

// detect finds the evidence p makes with the kept certificates: for each kept one
// whose attestation conflicts with p's, for each operator set both list, the operators
// of the set that signed both (avs.Offenders) whose offence is not settled, as one
// Job with its certificate evidence (avs.BuildCertificateEvidence). An error means a
// kept certificate's table could not be fetched.
func (d *Driver) detect(ctx context.Context, p *Posted, tp *optable.Table) ([]*Job, error) {
	var jobs []*Job
	for _, q := range d.history.Conflicting(p) {
		tq, err := d.L1.Table(ctx, q.Ref)
		if err != nil {
			return nil, fmt.Errorf("snapshot %s: %w", q.Ref.Snapshot, err)
		}
		d.Metrics.RecordConflict()
		d.Log.Warn("Conflicting certificates", "source", p.Cert.Attestation.SourceChainID,
			"a", rangeName(q.Cert.Attestation), "aDigest", q.Digest, "aTx", q.Tx,
			"b", rangeName(p.Cert.Attestation), "bDigest", p.Digest, "bTx", p.Tx)
		for _, set := range commonSets(q.Cert, p.Cert) {
			offs := map[common.Address]common.Hash{}
			for _, op := range avs.Offenders(set, q.Cert, p.Cert, tq, tp) {
				k := OffenceKey(op, set, q.Digest, p.Digest)
				if !d.done.Contains(k) {
					offs[op] = k
				}
			}
			if len(offs) == 0 {
				continue
			}
			ev, err := avs.BuildCertificateEvidence(set, q.Cert, p.Cert, tq, tp)
			if err != nil {
				// Both verified on arrival, so this is a bug, not bad L1 data.
				d.Log.Error("Cannot build certificate evidence", "set", set, "aTx", q.Tx, "bTx", p.Tx, "err", err)
				continue
			}
			ev.Limit = d.Cfg.MaxSlashesPerTx
			d.Log.Warn("Equivocation found", "set", set, "offenders", len(offs), "aTx", q.Tx, "bTx", p.Tx)
			jobs = append(jobs, &Job{A: q, B: p, Set: set, Offences: offs, Evidence: ev})
		}
	}
	return jobs, nil
}

func rangeName(a attestation.Attestation) string {
	return fmt.Sprintf("%d..%d", a.FromBlock, a.ToBlock)
}

func (d *Driver) enqueue(jobs []*Job) {
	if len(jobs) == 0 {
		return
	}
	d.mu.Lock()
	for _, j := range jobs {
		if len(d.pending) >= d.Cfg.MaxPending {
			d.Log.Error("Too much evidence pending; dropping", "set", j.Set, "aTx", j.A.Tx, "bTx", j.B.Tx)
			d.Metrics.RecordEvidenceFailed(FailQueueFull, 0, nil)
			continue
		}
		d.pending = append(d.pending, j)
	}
	d.Metrics.RecordPending(len(d.pending))
	d.mu.Unlock()
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

// Pending returns how many jobs wait to be submitted.
func (d *Driver) Pending() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.pending)
}

func (d *Driver) submitLoop(ctx context.Context) {
	defer d.wg.Done()
	for ctx.Err() == nil {
		d.mu.Lock()
		var j *Job
		if len(d.pending) > 0 {
			j = d.pending[0]
		}
		d.mu.Unlock()
		if j == nil {
			select {
			case <-ctx.Done():
				return
			case <-d.wake:
			}
			continue
		}
		d.work(ctx, j)
		if ctx.Err() != nil {
			return
		}
		d.mu.Lock()
		d.pending[0] = nil
		d.pending = d.pending[1:]
		d.Metrics.RecordPending(len(d.pending))
		d.mu.Unlock()
	}
}

// work settles a job, retrying temporary failures with backoff up to MaxAttempts.
func (d *Driver) work(ctx context.Context, j *Job) {
	for attempt := 0; ; attempt++ {
		if attempt > 0 && d.Clock.SleepCtx(ctx, d.Cfg.Backoff.Duration(attempt-1)) != nil {
			return
		}
		settled, err := d.settle(ctx, j)
		if settled {
			for _, k := range j.Offences {
				d.done.Add(k, struct{}{})
			}
			return
		}
		if ctx.Err() != nil {
			return
		}
		if attempt+1 >= d.Cfg.MaxAttempts {
			d.Log.Error("Giving up on evidence", "set", j.Set, "aTx", j.A.Tx, "bTx", j.B.Tx, "attempts", attempt+1, "err", err)
			d.Metrics.RecordEvidenceFailed(FailGaveUp, 0, nil)
			return
		}
		d.Log.Warn("Submitting evidence failed; retrying", "set", j.Set, "aTx", j.A.Tx, "bTx", j.B.Tx, "attempt", attempt+1, "err", err)
	}
}

// settle brings a job to an end when it can: every offence recorded by the slasher
// (by this watcher's transactions or anyone's), the rest no longer slashable, or the
// evidence rejected by the slasher's own checks (a bug or a forged snapshot: given up).
// Before each transaction it checks the evidence with the slasher's views, so that gas
// is never spent on evidence the slasher would reject. A false result with an error is
// a temporary failure.
func (d *Driver) settle(ctx context.Context, j *Job) (bool, error) {
	ours := 0 // offences slashed by this call's transactions
	for {
		slasher, err := d.L1.Slasher(ctx)
		if err != nil {
			return false, fmt.Errorf("the registrar's slasher: %w", err)
		}
		if slasher == (common.Address{}) {
			return false, errors.New("the registrar has no slasher")
		}
		open := 0
		for _, k := range j.Offences {
			s, err := d.L1.Slashed(ctx, slasher, k)
			if err != nil {
				return false, fmt.Errorf("slashed(%s): %w", k, err)
			}
			if !s {
				open++
			}
		}
		if open == 0 {
			if others := len(j.Offences) - ours; others > 0 {
				d.Log.Info("Offences already slashed", "set", j.Set, "offenders", others, "aTx", j.A.Tx, "bTx", j.B.Tx)
				d.Metrics.RecordOffenceSkipped(OffenceAlreadySlashed, others)
			}
			return true, nil
		}
		if err := d.L1.VerifyCertificates(ctx, slasher, j.Evidence); err != nil {
			if name, ok := revertName(err); ok {
				d.Log.Error("The slasher rejects the evidence; giving it up", "set", j.Set, "aTx", j.A.Tx, "bTx", j.B.Tx, "error", name, "err", err)
				d.Metrics.RecordEvidenceFailed(FailRejected, 0, nil)
				return true, nil
			}
			return false, err
		}
		if err := d.L1.SimulateSlash(ctx, slasher, d.Submitter.From(), j.Evidence); err != nil {
			if name, ok := revertName(err); ok {
				if name == "NothingToSlash" {
					d.Log.Warn("Offenders no longer slashable", "set", j.Set, "open", open, "aTx", j.A.Tx, "bTx", j.B.Tx)
					d.Metrics.RecordOffenceSkipped(OffenceNotSlashable, open)
					return true, nil
				}
				d.Log.Error("The slasher would revert the evidence; giving it up", "set", j.Set, "error", name, "err", err)
				d.Metrics.RecordEvidenceFailed(FailRejected, 0, nil)
				return true, nil
			}
			return false, err
		}
		d.Metrics.RecordEvidenceSubmitted()
		d.Log.Info("Submitting certificate evidence", "slasher", slasher, "set", j.Set, "open", open, "aTx", j.A.Tx, "bTx", j.B.Tx)
		r, err := d.Submitter.Submit(ctx, slasher, j.Evidence)
		if err != nil {
			d.Metrics.RecordEvidenceFailed(FailSend, 0, nil)
			return false, fmt.Errorf("sending: %w", err)
		}
		fee := new(big.Int)
		if r.EffectiveGasPrice != nil {
			fee.Mul(r.EffectiveGasPrice, new(big.Int).SetUint64(r.GasUsed))
		}
		if r.Status != types.ReceiptStatusSuccessful {
			d.Metrics.RecordEvidenceFailed(FailReverted, r.GasUsed, fee)
			return false, fmt.Errorf("transaction %s reverted", r.TxHash)
		}
		n := 0
		for _, lg := range r.Logs {
			if lg.Address == slasher && len(lg.Topics) > 0 && lg.Topics[0] == d.slashedEvent {
				n++
			}
		}
		ours += n
		d.Metrics.RecordEvidenceConfirmed(n, r.GasUsed, fee)
		d.Log.Info("Offenders slashed", "set", j.Set, "slashed", n, "tx", r.TxHash, "block", r.BlockNumber, "gas", r.GasUsed)
		// Loop: a limited transaction may leave offences open; the next round sees.
	}
}
