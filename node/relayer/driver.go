package relayer

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"

	"github.com/ethereum-optimism/optimism/op-service/clock"
	"github.com/ethereum-optimism/optimism/op-service/retry"

	"github.com/parley-xyz/parley/node/prove"
	"github.com/parley-xyz/parley/node/relayer/metrics"
	"github.com/parley-xyz/parley/node/source"
)

// DriverConfig holds the driver's local settings.
type DriverConfig struct {
	// PollInterval is how often sources are scanned and certified blocks read.
	PollInterval time.Duration
	// NetworkTimeout bounds each scan and each read of the destination's inbox.
	NetworkTimeout time.Duration
	// MaxBlockRange is the most blocks one log query spans. After a failed query the
	// span is halved (down to one block), after 16 successful ones doubled back.
	MaxBlockRange uint64
	// MaxInFlight is how many messages are relayed at once.
	MaxInFlight int
	// StartBlock is where a source without progress is scanned from.
	StartBlock uint64
	// ReorgDepth is how far back scanning restarts when the block before the next one
	// to scan changed (a reorg of the source's safe chain).
	ReorgDepth uint64
	// Backoff spaces the retries of a failed scan or relay.
	Backoff retry.Strategy
	// MaxScanLag and MaxRelayLag are the health limits: source blocks not scanned yet,
	// and the age of the oldest certified message not relayed yet (also the longest
	// time without a successful scan).
	MaxScanLag  uint64
	MaxRelayLag time.Duration
}

// Check reports every invalid setting.
func (c *DriverConfig) Check() error {
	var errs []error
	if c.PollInterval <= 0 {
		errs = append(errs, errors.New("the poll interval must be positive"))
	}
	if c.NetworkTimeout <= 0 {
		errs = append(errs, errors.New("the network timeout must be positive"))
	}
	if c.MaxBlockRange == 0 {
		errs = append(errs, errors.New("the log query block range must be at least 1"))
	}
	if c.MaxInFlight < 1 {
		errs = append(errs, errors.New("at least one message must be relayed at a time"))
	}
	if c.Backoff == nil {
		errs = append(errs, errors.New("no retry backoff"))
	}
	if c.MaxRelayLag <= 0 {
		errs = append(errs, errors.New("the maximum relay lag must be positive"))
	}
	return errors.Join(errs...)
}

// LogClient is what the driver reads of a source node besides its ranges
// (*ethclient.Client is one).
type LogClient interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// SourceChain is a source node: its ranges (through node/source) and its logs.
type SourceChain interface {
	source.Client
	LogClient
}

// DriverSetup is what a driver is made of.
type DriverSetup struct {
	Log     log.Logger
	Metrics metrics.Metricer
	Clock   clock.Clock
	Config  DriverConfig
	// Sources are the source chains' nodes, Head the head scanned and proven to.
	Sources []SourceChain
	Head    source.Head
	// Inbox is the destination's inbox (what is certified there).
	Inbox prove.Certifier
	// Relayer relays one message.
	Relayer *Relayer
	// Store keeps the progress.
	Store *Store
}

// growAfter is how many log queries must succeed before their span doubles again.
const growAfter = 16

// maxBatchesPerStep bounds the log queries of one source in one step, so that a
// relayer far behind still relays between its scans.
const maxBatchesPerStep = 16

// Driver watches the sources for SentMessage logs to the destination and relays each
// message once the destination certifies its block (see the package doc).
type Driver struct {
	log     log.Logger
	m       metrics.Metricer
	clock   clock.Clock
	cfg     DriverConfig
	inbox   prove.Certifier
	relayer *Relayer
	store   *Store

	// State, owned by the loop goroutine.
	progress *Progress
	watches  []*watch
	inFlight int
	dirty    bool

	results chan attemptResult
	status  atomic.Pointer[Status]

	ctx     context.Context
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	started atomic.Bool
	stopped atomic.Bool
}

// watch is the driver's state of one source.
type watch struct {
	chain  uint64
	src    *source.Source
	logs   LogClient
	prover *prove.Prover

	next     uint64      // first block not scanned
	lastHash common.Hash // hash of block next-1 when scanned (zero: unknown)
	batch    uint64      // blocks per log query
	good     int         // successful queries since the batch last changed
	failures int         // consecutive failed scans
	retryAt  time.Time   // no scan before
	head     uint64
	lastScan time.Time
	lastErr  string

	anyCertified    bool
	latestCertified uint64

	pending map[msgKey]*pending
}

type msgKey struct {
	block    uint64
	logIndex uint
}

// pending is a message seen and not relayed yet.
type pending struct {
	PendingMessage
	certifiedAt time.Time // first seen certified (zero: not yet)
	attempts    int
	due         time.Time
	inFlight    bool
}

type attemptResult struct {
	w     *watch
	key   msgKey
	proof *prove.Proof
	res   *Result
	err   error
}

// NewDriver reads each source's chain id, loads the progress and returns the driver.
func NewDriver(ctx context.Context, s DriverSetup) (*Driver, error) {
	if err := s.Config.Check(); err != nil {
		return nil, err
	}
	if len(s.Sources) == 0 {
		return nil, errors.New("relayer: no source chain")
	}
	d := &Driver{log: s.Log, m: s.Metrics, clock: s.Clock, cfg: s.Config, inbox: s.Inbox, relayer: s.Relayer, store: s.Store,
		results: make(chan attemptResult, s.Config.MaxInFlight)}
	var err error
	if d.progress, err = s.Store.Load(s.Relayer.ChainID, s.Relayer.Messenger); err != nil {
		return nil, err
	}
	seen := map[uint64]bool{}
	for _, c := range s.Sources {
		src, err := source.New(ctx, c, s.Head)
		if err != nil {
			return nil, err
		}
		chain := src.ChainID()
		switch {
		case chain == s.Relayer.ChainID:
			return nil, fmt.Errorf("relayer: source chain %d is the destination", chain)
		case seen[chain]:
			return nil, fmt.Errorf("relayer: source chain %d configured twice", chain)
		}
		seen[chain] = true
		w := &watch{chain: chain, src: src, logs: c, prover: prove.New(src, s.Inbox), next: s.Config.StartBlock,
			batch: s.Config.MaxBlockRange, pending: map[msgKey]*pending{}}
		if p := d.progress.Source(chain); p != nil {
			w.next, w.lastHash = p.Next, p.LastHash
			for _, m := range p.Pending {
				w.pending[msgKey{m.Block, m.LogIndex}] = &pending{PendingMessage: m}
			}
			d.log.Info("Resuming from the progress file", "source", chain, "next", w.next, "pending", len(p.Pending))
		} else {
			d.log.Info("No progress on the source: scanning from the start block", "source", chain, "next", w.next)
		}
		d.watches = append(d.watches, w)
	}
	d.report()
	return d, nil
}

// Start starts relaying.
func (d *Driver) Start() error {
	if !d.started.CompareAndSwap(false, true) {
		return errors.New("relayer: driver already started")
	}
	d.ctx, d.cancel = context.WithCancel(context.Background())
	d.wg.Add(1)
	go d.loop()
	return nil
}

// Stop stops relaying, waits for relays in flight to end and saves the progress. It
// is safe to call more than once.
func (d *Driver) Stop() {
	if !d.started.Load() || !d.stopped.CompareAndSwap(false, true) {
		return
	}
	d.cancel()
	d.wg.Wait()
}

// Status returns the relayer's status as of its last step.
func (d *Driver) Status() Status { return *d.status.Load() }

func (d *Driver) loop() {
	defer d.wg.Done()
	ticker := d.clock.NewTicker(d.cfg.PollInterval)
	defer ticker.Stop()
	d.step()
	for {
		select {
		case <-d.ctx.Done():
			for d.inFlight > 0 {
				d.finish(<-d.results)
			}
			d.save()
			return
		case r := <-d.results:
			d.finish(r)
			d.dispatch()
			d.report()
			d.save()
		case <-ticker.Ch():
			d.step()
		}
	}
}

// step scans every source, reads what the destination certified, starts the relays
// that are due, and reports.
func (d *Driver) step() {
	for _, w := range d.watches {
		d.scan(w)
		d.readCertified(w)
	}
	d.dispatch()
	d.report()
	d.save()
}

// scan fetches the SentMessage logs to the destination in the source's blocks from
// w.next up to its head, in batches, and adds them as pending.
func (d *Driver) scan(w *watch) {
	now := d.clock.Now()
	if now.Before(w.retryAt) {
		return
	}
	ctx, cancel := context.WithTimeout(d.ctx, d.cfg.NetworkTimeout)
	defer cancel()
	head, err := w.src.Head(ctx)
	if err != nil {
		d.scanFailed(w, err)
		return
	}
	w.head = head
	if w.next > 0 && w.lastHash != (common.Hash{}) && w.next-1 <= head {
		h, err := w.logs.HeaderByNumber(ctx, new(big.Int).SetUint64(w.next-1))
		if err != nil {
			d.scanFailed(w, err)
			return
		}
		if h.Hash() != w.lastHash {
			back := min(w.next, d.cfg.ReorgDepth)
			d.log.Warn("Source block before the next one to scan changed (reorg): rescanning", "source", w.chain,
				"block", w.next-1, "was", w.lastHash, "now", h.Hash(), "from", w.next-back)
			w.next -= back
			w.lastHash = common.Hash{}
			d.dirty = true
		}
	}
	dest := common.BigToHash(new(big.Int).SetUint64(d.relayer.ChainID))
	for i := 0; i < maxBatchesPerStep && w.next <= head; i++ {
		from, to := w.next, min(w.next+w.batch-1, head)
		logs, last, err := d.fetch(ctx, w, from, to, dest)
		if err != nil {
			w.batch, w.good = max(w.batch/2, 1), 0
			d.scanFailed(w, err)
			return
		}
		for i := range logs {
			d.add(w, &logs[i], now)
		}
		w.next, w.lastHash = to+1, last
		if w.good++; w.good >= growAfter && w.batch < d.cfg.MaxBlockRange {
			w.batch, w.good = min(2*w.batch, d.cfg.MaxBlockRange), 0
		}
		w.failures, w.lastErr, w.lastScan = 0, "", now
		d.dirty = true
	}
	if w.next > head {
		w.failures, w.lastErr, w.lastScan = 0, "", now
	}
	d.m.RecordScan(w.chain, w.next, head)
}

// fetch returns the messenger's SentMessage logs to dest in blocks from..to, and the
// hash of block to, which must not change while the logs are read.
func (d *Driver) fetch(ctx context.Context, w *watch, from, to uint64, dest common.Hash) ([]types.Log, common.Hash, error) {
	n := new(big.Int).SetUint64(to)
	before, err := w.logs.HeaderByNumber(ctx, n)
	if err != nil {
		return nil, common.Hash{}, err
	}
	logs, err := w.logs.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: n,
		Addresses: []common.Address{d.relayer.Messenger},
		Topics:    [][]common.Hash{{SentMessageTopic}, {dest}},
	})
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("logs of blocks %d..%d: %w", from, to, err)
	}
	after, err := w.logs.HeaderByNumber(ctx, n)
	if err != nil {
		return nil, common.Hash{}, err
	}
	if after.Hash() != before.Hash() {
		return nil, common.Hash{}, fmt.Errorf("%w: block %d changed while its logs were read", source.ErrInconsistent, to)
	}
	return logs, after.Hash(), nil
}

// add records a SentMessage log as pending (once per block and log index).
func (d *Driver) add(w *watch, l *types.Log, now time.Time) {
	key := msgKey{l.BlockNumber, l.Index}
	if _, ok := w.pending[key]; ok || l.Removed {
		return
	}
	m, err := ParseSentMessage(w.chain, d.relayer.Messenger, l)
	if err != nil {
		d.log.Warn("Dropping a log that is not a SentMessage", "source", w.chain, "block", l.BlockNumber, "logIndex", l.Index, "err", err)
		d.m.RecordDropped(w.chain, Reason(err))
		return
	}
	w.pending[key] = &pending{PendingMessage: PendingMessage{Block: l.BlockNumber, LogIndex: l.Index, Tx: l.TxHash, Hash: m.Hash(), Seen: now.Unix()}}
	d.log.Info("Message seen", "source", w.chain, "block", l.BlockNumber, "logIndex", l.Index, "nonce", m.Nonce,
		"target", m.Target, "hash", m.Hash(), "tx", l.TxHash)
}

func (d *Driver) scanFailed(w *watch, err error) {
	if d.ctx.Err() != nil {
		return
	}
	w.failures++
	wait := d.cfg.Backoff.Duration(w.failures - 1)
	w.retryAt, w.lastErr = d.clock.Now().Add(wait), err.Error()
	d.m.RecordScanError(w.chain)
	d.log.Warn("Scanning the source failed; retrying", "source", w.chain, "next", w.next, "batch", w.batch,
		"failures", w.failures, "retryIn", wait, "err", err)
}

// readCertified reads the source's latest certified block on the destination.
func (d *Driver) readCertified(w *watch) {
	ctx, cancel := context.WithTimeout(d.ctx, d.cfg.NetworkTimeout)
	defer cancel()
	latest, ok, err := d.inbox.LatestCertifiedBlock(ctx, w.chain)
	if err != nil {
		if d.ctx.Err() == nil {
			d.log.Warn("Reading the destination's latest certified block failed", "source", w.chain, "err", err)
		}
		return
	}
	w.latestCertified, w.anyCertified = latest, ok
}

// dispatch starts the relays of the certified messages that are due, oldest first,
// up to MaxInFlight at a time.
func (d *Driver) dispatch() {
	if d.ctx.Err() != nil {
		return
	}
	now := d.clock.Now()
	for _, w := range d.watches {
		for _, key := range w.sorted() {
			if d.inFlight >= d.cfg.MaxInFlight {
				return
			}
			p := w.pending[key]
			if p.inFlight || now.Before(p.due) || !w.anyCertified || p.Block > w.latestCertified {
				continue
			}
			if p.certifiedAt.IsZero() {
				p.certifiedAt = now
			}
			p.inFlight = true
			d.inFlight++
			go func() { d.results <- d.attempt(w, key) }()
		}
	}
}

// attempt proves and relays one message. It runs on its own goroutine and touches no
// driver state.
func (d *Driver) attempt(w *watch, key msgKey) attemptResult {
	r := attemptResult{w: w, key: key}
	r.proof, r.err = w.prover.Prove(d.ctx, key.block, key.logIndex)
	if r.err == nil {
		r.res, r.err = d.relayer.Relay(d.ctx, r.proof)
	}
	return r
}

// finish applies the outcome of an attempt.
func (d *Driver) finish(r attemptResult) {
	d.inFlight--
	w, p := r.w, r.w.pending[r.key]
	p.inFlight = false
	now := d.clock.Now()
	lg := d.log.New("source", w.chain, "block", r.key.block, "logIndex", r.key.logIndex, "tx", p.Tx)
	switch {
	case r.err == nil:
		delete(w.pending, r.key)
		d.dirty = true
		lg = lg.New("hash", r.res.Hash, "nonce", r.res.Message.Nonce, "target", r.res.Message.Target)
		if r.res.Outcome == AlreadyRelayed {
			d.m.RecordAlreadyRelayed(w.chain)
			lg.Info("Message already relayed")
			return
		}
		// From the source block's timestamp; a source clock ahead of ours counts as 0.
		latency := max(now.Sub(time.Unix(int64(r.proof.Identifier.Timestamp), 0)), 0)
		d.m.RecordRelayed(w.chain, latency)
		lg.Info("Message relayed", "relayTx", r.res.Receipt.TxHash, "destinationBlock", r.res.Receipt.BlockNumber,
			"gasUsed", r.res.Receipt.GasUsed, "latency", latency)
	case d.ctx.Err() != nil:
		// Stopping: the message stays pending, as it is.
	case errors.Is(r.err, prove.ErrNotCertified):
		p.due = now.Add(d.cfg.PollInterval)
		lg.Debug("Message not certified yet", "err", r.err)
	case Permanent(r.err):
		delete(w.pending, r.key)
		d.dirty = true
		d.m.RecordDropped(w.chain, Reason(r.err))
		lg.Warn("Dropping a message that can never be relayed", "reason", Reason(r.err), "err", r.err)
	default:
		p.attempts++
		wait := d.cfg.Backoff.Duration(p.attempts - 1)
		p.due = now.Add(wait)
		reason := Reason(r.err)
		d.m.RecordFailure(w.chain, reason)
		l := lg.Warn
		if errors.Is(r.err, prove.ErrMismatch) {
			l = lg.Error
		}
		l("Relaying a message failed; retrying", "reason", reason, "attempts", p.attempts, "retryIn", wait, "err", r.err)
	}
}

// sorted returns the keys of the pending messages, oldest first.
func (w *watch) sorted() []msgKey {
	keys := make([]msgKey, 0, len(w.pending))
	for k := range w.pending {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b msgKey) int {
		if a.block != b.block {
			return cmp.Compare(a.block, b.block)
		}
		return cmp.Compare(a.logIndex, b.logIndex)
	})
	return keys
}

// save writes the progress if it changed.
func (d *Driver) save() {
	if !d.dirty {
		return
	}
	for _, w := range d.watches {
		sp := &SourceProgress{Next: w.next, LastHash: w.lastHash, Pending: []PendingMessage{}}
		for _, k := range w.sorted() {
			sp.Pending = append(sp.Pending, w.pending[k].PendingMessage)
		}
		d.progress.SetSource(w.chain, sp)
	}
	if err := d.store.Save(d.progress); err != nil {
		d.log.Error("Saving the progress failed; retrying at the next change", "err", err)
		return
	}
	d.dirty = false
}
