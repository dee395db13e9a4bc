package operator

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ethereum-optimism/optimism/op-service/clock"
	"github.com/ethereum-optimism/optimism/op-service/retry"

	"github.com/parley-xyz/parley/node/avsapi"
	"github.com/parley-xyz/parley/node/operator/metrics"
)

// Aggregator is where the operator pushes what it signed.
type Aggregator interface {
	Submit(ctx context.Context, s *avsapi.Signed) (*avsapi.SubmitResult, error)
}

// RPCAggregator is the aggregator's JSON-RPC endpoint (parleyAggregator_submit).
type RPCAggregator struct{ Client *rpc.Client }

// Submit implements Aggregator.
func (r RPCAggregator) Submit(ctx context.Context, s *avsapi.Signed) (*avsapi.SubmitResult, error) {
	var res avsapi.SubmitResult
	if err := r.Client.CallContext(ctx, &res, avsapi.AggregatorNamespace+"_submit", s); err != nil {
		return nil, err
	}
	return &res, nil
}

// DriverConfig are the driver's settings.
type DriverConfig struct {
	// PollInterval is how often the source's head is read and new ranges attested.
	PollInterval time.Duration
	// NetworkTimeout bounds each attestation (its source and L1 reads) and each push.
	NetworkTimeout time.Duration
	// MaxRangesPerPoll bounds the ranges signed in one poll (catching up).
	MaxRangesPerPoll int
	// PushAttempts is how often a push is tried (with exponential backoff).
	PushAttempts int
	// MaxLagRanges is how many complete ranges the operator may be behind the head
	// and still be healthy.
	MaxLagRanges uint64
}

// Driver is the daemon's loop: at every poll it reads the source's head, re-checks the
// last signed ranges' last block hashes (halting if they changed), attests every grid
// range after the highest one signed whose last block is at or below the head (in
// order, against the latest snapshot on L1), and pushes each to the aggregator. It also
// keeps what the node API reports.
type Driver struct {
	log        log.Logger
	metrics    metrics.Metricer
	clock      clock.Clock
	cfg        DriverConfig
	grid       Grid
	attester   *Attester
	aggregator Aggregator // nil: nothing is pushed

	cancel context.CancelFunc
	done   chan struct{}

	mu         sync.Mutex
	polled     bool
	behind     uint64
	attestErr  error
	pushed     bool
	pushErr    error
	stopOnce   sync.Once
	startOnce  sync.Once
	startedRun bool
}

// NewDriver returns the driver; aggregator may be nil (the operator only answers
// requests).
func NewDriver(lg log.Logger, m metrics.Metricer, clk clock.Clock, cfg DriverConfig, grid Grid, a *Attester, agg Aggregator) *Driver {
	if cfg.MaxRangesPerPoll <= 0 {
		cfg.MaxRangesPerPoll = 1
	}
	if cfg.PushAttempts <= 0 {
		cfg.PushAttempts = 1
	}
	return &Driver{log: lg, metrics: m, clock: clk, cfg: cfg, grid: grid, attester: a, aggregator: agg, done: make(chan struct{})}
}

// Start starts the loop (the first poll at once).
func (d *Driver) Start() {
	d.startOnce.Do(func() {
		ctx, cancel := context.WithCancel(context.Background())
		d.mu.Lock()
		d.cancel, d.startedRun = cancel, true
		d.mu.Unlock()
		go func() {
			defer close(d.done)
			t := d.clock.NewTicker(d.cfg.PollInterval)
			defer t.Stop()
			for {
				d.Step(ctx)
				select {
				case <-ctx.Done():
					return
				case <-t.Ch():
				}
			}
		}()
	})
}

// Stop stops the loop and waits for it; it is safe to call more than once, and before
// Start.
func (d *Driver) Stop() {
	d.stopOnce.Do(func() {
		d.mu.Lock()
		cancel, started := d.cancel, d.startedRun
		d.mu.Unlock()
		if started {
			cancel()
			<-d.done
		}
	})
}

// Step is one poll.
func (d *Driver) Step(ctx context.Context) {
	defer func() {
		d.mu.Lock()
		d.polled = true
		d.mu.Unlock()
	}()
	hctx, cancel := context.WithTimeout(ctx, d.cfg.NetworkTimeout)
	head, err := d.attester.Head(hctx)
	cancel()
	if err != nil {
		d.log.Warn("Cannot read the source's head", "err", err)
		return
	}
	cctx, cancel := context.WithTimeout(ctx, d.cfg.NetworkTimeout)
	err = d.attester.CheckSigned(cctx)
	cancel()
	if err != nil {
		d.log.Warn("Cannot re-check the last signed ranges", "err", err)
	}
	wm, ok, err := d.attester.Watermark()
	if err != nil {
		d.log.Error("Cannot read slashing protection", "err", err)
		return
	}
	defer func() { d.record(head) }()
	if d.attester.Halted() != "" {
		return
	}
	for i := 0; i < d.cfg.MaxRangesPerPoll && ctx.Err() == nil; i++ {
		from, to := d.grid.Next(wm, ok)
		if to > head {
			break
		}
		actx, cancel := context.WithTimeout(ctx, d.cfg.NetworkTimeout)
		signed, err := d.attester.Attest(actx, from, to, nil)
		cancel()
		d.mu.Lock()
		d.attestErr = err
		d.mu.Unlock()
		if err != nil {
			d.log.Warn("Range not signed", "from", from, "to", to, "err", err)
			break
		}
		d.push(ctx, signed)
		if wm, ok, err = d.attester.Watermark(); err != nil {
			d.log.Error("Cannot read slashing protection", "err", err)
			return
		}
	}
}

// record updates the lag metric and the lag the node API reports.
func (d *Driver) record(head uint64) {
	wm, ok, err := d.attester.Watermark()
	if err != nil {
		return
	}
	lag := head
	if ok {
		lag = 0
		if head > wm {
			lag = head - wm
		}
	} else if head >= d.grid.Start {
		lag = head - d.grid.Start + 1
	}
	d.metrics.RecordHead(head, lag)
	d.mu.Lock()
	d.behind = d.grid.Behind(head, wm, ok)
	d.mu.Unlock()
	h, _ := d.Health()
	d.metrics.RecordHealth(int(h))
}

// push sends a signed attestation to the aggregator, retrying with backoff; a failure
// is logged and counted, never fatal (the aggregator can ask again: the repeat gets the
// same signature).
func (d *Driver) push(ctx context.Context, s *avsapi.Signed) {
	if d.aggregator == nil {
		return
	}
	strategy := &retry.ExponentialStrategy{Min: 0, Max: d.cfg.NetworkTimeout, MaxJitter: 250 * time.Millisecond}
	res, err := retry.Do(ctx, d.cfg.PushAttempts, strategy, func() (*avsapi.SubmitResult, error) {
		cctx, cancel := context.WithTimeout(ctx, d.cfg.NetworkTimeout)
		defer cancel()
		return d.aggregator.Submit(cctx, s)
	})
	a := &s.Attestation
	switch {
	case err != nil:
		d.metrics.RecordRPCError(metrics.EndpointAggregator)
	case res.Late:
		// The aggregator certified the range without this signature: nothing lost.
		d.log.Debug("Pushed too late to matter", "from", a.FromBlock, "to", a.ToBlock, "reason", res.Reason)
	case !res.Accepted:
		err = fmt.Errorf("aggregator did not accept it: %s", res.Reason)
	}
	d.mu.Lock()
	d.pushed, d.pushErr = true, err
	d.mu.Unlock()
	if err != nil {
		d.metrics.RecordPushFailure()
		d.log.Warn("Push to the aggregator failed", "from", a.FromBlock, "to", a.ToBlock, "err", err)
		return
	}
	d.log.Debug("Pushed to the aggregator", "from", a.FromBlock, "to", a.ToBlock, "buffered", res.Buffered)
}

// Health is the node's health as EigenLayer's node API reports it.
type Health int

// Healths.
const (
	Healthy          Health = iota // 200
	PartiallyHealthy               // 206: initializing, lagging, or a backing service down
	Unhealthy                      // 503: halted, or the source unreachable
)

// Health returns the node's health and why it is not healthy.
func (d *Driver) Health() (Health, string) {
	if reason := d.attester.Halted(); reason != "" {
		return Unhealthy, "halted: " + reason
	}
	d.mu.Lock()
	polled, behind, attestErr, pushErr := d.polled, d.behind, d.attestErr, d.pushErr
	d.mu.Unlock()
	if !polled {
		return PartiallyHealthy, "initializing"
	}
	if _, err := d.attester.LastHead(); err != nil {
		return Unhealthy, "source unreachable: " + err.Error()
	}
	if behind > d.cfg.MaxLagRanges {
		return PartiallyHealthy, fmt.Sprintf("%d complete ranges behind the source head (more than %d)", behind, d.cfg.MaxLagRanges)
	}
	if err := d.attester.L1Err(); err != nil {
		return PartiallyHealthy, "L1: " + err.Error()
	}
	var e *Error
	if attestErr != nil && errors.As(attestErr, &e) && e.Code != CodeRefused {
		return PartiallyHealthy, "cannot sign: " + attestErr.Error()
	}
	if pushErr != nil {
		return PartiallyHealthy, "aggregator: " + pushErr.Error()
	}
	return Healthy, ""
}

// Services returns the backing services' status for the node API.
func (d *Driver) Services() []NodeService {
	d.mu.Lock()
	polled, pushed, pushErr := d.polled, d.pushed, d.pushErr
	d.mu.Unlock()
	status := func(ok bool, known bool) ServiceStatus {
		switch {
		case !known:
			return ServiceInitializing
		case ok:
			return ServiceUp
		}
		return ServiceDown
	}
	_, headErr := d.attester.LastHead()
	out := []NodeService{
		{ID: "source", Name: "Source chain", Description: fmt.Sprintf("JSON-RPC endpoint of source chain %d (its attested head)", d.attester.source.ChainID()),
			Status: status(headErr == nil, polled)},
		{ID: "l1", Name: "L1", Description: "L1 JSON-RPC endpoint (the AVS's snapshots)",
			Status: status(d.attester.L1Err() == nil, polled)},
		{ID: "signer", Name: "Signer", Description: "BN254 signing under slashing protection (down when halted)",
			Status: status(d.attester.Halted() == "", true)},
	}
	if d.aggregator != nil {
		out = append(out, NodeService{ID: "aggregator", Name: "Aggregator", Description: "parleyAggregator_submit endpoint signatures are pushed to",
			Status: status(pushErr == nil, pushed)})
	}
	return out
}
