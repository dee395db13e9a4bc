package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/node/aggregator"
	"github.com/parley-xyz/parley/node/chainconfig"
	"github.com/parley-xyz/parley/node/eigenlayer"
	"github.com/parley-xyz/parley/node/messenger"
	"github.com/parley-xyz/parley/node/operator"
	"github.com/parley-xyz/parley/node/prove"
	"github.com/parley-xyz/parley/node/relayer"
	"github.com/parley-xyz/parley/node/rollup"
	"github.com/parley-xyz/parley/precompile"
)

// Chain ids of the devnet's chains.
const (
	L1ChainID = 900
	ChainIDA  = 901
	ChainIDB  = 902
	ChainIDC  = 903
)

// Seed derives the devnet's keys (see Keys): they are the same on every run, and
// public. Never use them on a real network.
const Seed = "parley devnet"

// Weights are the four operators' stakes, in whole tokens.
var Weights = []int64{4000, 3000, 2000, 1000}

// Config describes a devnet run.
type Config struct {
	// Binaries are the patched op-geth, op-node and op-batcher.
	Binaries rollup.Binaries
	// Out receives the timeline (nil: nowhere).
	Out io.Writer
	// LogDir, when set, receives one log file per process and daemon; otherwise their
	// output is kept in memory (the rollups') or discarded (the daemons').
	LogDir string
	// JoinDelay is how long after its genesis rollup C activates Parley (0: 20 s).
	JoinDelay time.Duration
	// Timeline, when set, is the run's timeline (Out is then unused).
	Timeline *Timeline
}

// Chain is one of the devnet's rollups and the daemons serving it.
type Chain struct {
	*rollup.Rollup
	// Parley is the chain's Parley configuration.
	Parley *chainconfig.Parley
	// Aggregator certifies the chain's blocks (a source chain only), asking Operators.
	Aggregator    *aggregator.Service
	AggregatorURL string
	Operators     []*operator.Service
	OperatorURLs  []string
	// Relayer relays messages to this chain.
	Relayer    *relayer.Service
	RelayerURL string

	chain  eigenlayer.Chain
	signed signatures
}

// Devnet is a running devnet.
type Devnet struct {
	// L1 is the L1 with EigenLayer, Parley's AVS, operators and a snapshot.
	L1 *L1World
	// A, B and C are the rollups (C once it joined).
	A, B, C *Chain
	// Messenger is ParleyMessenger's address on every rollup, Target the relay
	// target's.
	Messenger, Target common.Address
	// Keys derives every key; Deployer deploys the contracts on every rollup, User
	// sends the messages, RelayerKeys are the relayers' keys (by destination name).
	Keys        Keys
	Deployer    *ecdsa.PrivateKey
	User        *ecdsa.PrivateKey
	RelayerKeys map[string]*ecdsa.PrivateKey
	// Dir holds the daemons' state (key files, protection databases, progress files).
	Dir string
	// Timeline is the run's timeline.
	Timeline *Timeline
	// Results are the messages delivered so far.
	Results []Result

	cfg      Config
	mu       sync.Mutex
	services []service
	files    []*os.File
	stopOnce sync.Once
}

// New prepares a devnet: nothing runs before Start.
func New(cfg Config) (*Devnet, error) {
	if cfg.JoinDelay == 0 {
		cfg.JoinDelay = 20 * time.Second
	}
	if cfg.LogDir != "" {
		if err := os.MkdirAll(cfg.LogDir, 0o755); err != nil {
			return nil, err
		}
	}
	dir, err := os.MkdirTemp("", "parley-devnet-")
	if err != nil {
		return nil, err
	}
	keys := Keys(Seed)
	tl := cfg.Timeline
	if tl == nil {
		tl = NewTimeline(cfg.Out)
	}
	return &Devnet{Keys: keys, Deployer: keys.Key("deployer"), User: keys.Key("user"), Dir: dir, Timeline: tl,
		RelayerKeys: map[string]*ecdsa.PrivateKey{"A": keys.Key("relayer A"), "B": keys.Key("relayer B"), "C": keys.Key("relayer C")},
		cfg:         cfg}, nil
}

// Run starts the devnet and delivers its messages: L1 with EigenLayer and the AVS, the
// operators, rollups A and B with Parley at genesis, the contracts, the daemons; then
// the messages A→B and B→A while rollup C joins, and a message A→C. It returns the
// first failure, as a *StepError naming the step; the devnet keeps running either way
// until Stop.
func (d *Devnet) Run(ctx context.Context) error {
	if err := d.Start(ctx); err != nil {
		return err
	}
	// C joins while A and B exchange their messages: the network grows while it runs.
	errs := make(chan error, 3)
	go func() { errs <- d.Deliver(ctx, d.A, d.B, "hello B, from A") }()
	go func() { errs <- d.Deliver(ctx, d.B, d.A, "hello A, from B") }()
	go func() {
		if err := d.Join(ctx); err != nil {
			errs <- err
			return
		}
		if err := d.Deliver(ctx, d.A, d.C, "hello C, from A"); err != nil {
			errs <- err
			return
		}
		errs <- d.sameCertificate(ctx, d.A, d.B, d.C)
	}()
	var err error
	for range 3 {
		err = errors.Join(err, <-errs)
	}
	return err
}

// includeWait bounds how long sameCertificate waits for a destination to derive a
// certificate another destination already holds.
const includeWait = time.Minute

// sameCertificate checks that the destinations hold the same certified range of src
// for the block of src's last delivered message: one certificate on L1, derived alike
// by a rollup active from genesis and one that joined late.
func (d *Devnet) sameCertificate(ctx context.Context, src *Chain, dsts ...*Chain) error {
	step := "comparing certified ranges"
	d.mu.Lock()
	var n uint64
	for _, r := range d.Results {
		if strings.HasPrefix(r.Route, src.Name+"→") && r.Block > n {
			n = r.Block
		}
	}
	d.mu.Unlock()
	var first precompile.Range
	var names []string
	for i, c := range dsts {
		// Each destination derives the certificate's L1 block on its own schedule: one
		// may hold the range a few seconds before another.
		var r precompile.Range
		deadline := time.Now().Add(includeWait)
		for {
			var err error
			if r, err = prove.NewInbox(c.Client).CertifiedRange(ctx, src.ChainID, n); err != nil {
				return fail(step, err)
			}
			if r.FromBlock <= n && n <= r.ToBlock {
				break
			}
			if time.Now().After(deadline) {
				return fail(step, fmt.Errorf("%s holds no certified range of %s block %d after %s", c.Name, src.Name, n, includeWait))
			}
			if err := sleep(ctx, 250*time.Millisecond); err != nil {
				return fail(step, err)
			}
		}
		if i == 0 {
			first = r
		} else if r != first {
			return fail(step, fmt.Errorf("%s holds %+v for %s block %d, %s %+v", c.Name, r, src.Name, n, dsts[0].Name, first))
		}
		names = append(names, c.Name)
	}
	d.Timeline.Event(StepIncluded, "%s hold the same certified range of %s: blocks %d..%d, message root %s",
		strings.Join(names, " and "), src.Name, first.FromBlock, first.ToBlock, first.MessageRoot)
	return nil
}

// Start starts L1, the AVS, rollups A and B, the contracts on them and the daemons.
func (d *Devnet) Start(ctx context.Context) error {
	tl := d.Timeline
	batchers := []common.Address{}
	for _, n := range []string{"A", "B", "C"} {
		batchers = append(batchers, crypto.PubkeyToAddress(d.Keys.Key("batcher "+n).PublicKey))
	}
	tl.Event(StepStarting, "L1 dev node (chain %d, 1-s blocks), then EigenLayer core v1.8.1 and Parley's AVS", L1ChainID)
	var l1Log io.Writer
	if d.cfg.LogDir != "" {
		w, err := d.logWriter("L1-op-geth")
		if err != nil {
			return fail("starting L1", err)
		}
		l1Log = w
	}
	l1, err := StartL1(ctx, L1Config{Binary: d.cfg.Binaries.Geth, Seed: Seed, L1ChainID: L1ChainID, Weights: Weights,
		Submitters: 2, Fund: batchers, L1Period: 1, Log: l1Log, ParallelJoin: true,
		Progress: func(format string, args ...any) {
			step := StepStarting
			if strings.HasPrefix(format, "registered") {
				step = StepRegistering
			}
			tl.Event(step, format, args...)
		}})
	if err != nil {
		return fail("starting L1 and the AVS", err)
	}
	d.L1 = l1

	// A and B, at once.
	var wg sync.WaitGroup
	var errA, errB error
	wg.Add(2)
	go func() { defer wg.Done(); d.A, errA = d.startRollup(ctx, "A", ChainIDA, d.parley(0)) }()
	go func() { defer wg.Done(); d.B, errB = d.startRollup(ctx, "B", ChainIDB, d.parley(0)) }()
	wg.Wait()
	if err := errors.Join(errA, errB); err != nil {
		return err
	}
	wg.Add(2)
	go func() { defer wg.Done(); errA = d.deployContracts(ctx, d.A) }()
	go func() { defer wg.Done(); errB = d.deployContracts(ctx, d.B) }()
	wg.Wait()
	if err := errors.Join(errA, errB); err != nil {
		return err
	}

	tl.Event(StepStarting, "daemons: an aggregator and 4 operators per source (A, B); relayers on B (from A) and A (from B)")
	if err := d.startAttesters(ctx, d.A, d.L1.Submitters[0].Key()); err != nil {
		return fail("starting A's aggregator and operators", err)
	}
	if err := d.startAttesters(ctx, d.B, d.L1.Submitters[1].Key()); err != nil {
		return fail("starting B's aggregator and operators", err)
	}
	if err := d.startRelayer(ctx, d.B, d.RelayerKeys["B"], d.A); err != nil {
		return fail("starting B's relayer", err)
	}
	if err := d.startRelayer(ctx, d.A, d.RelayerKeys["A"], d.B); err != nil {
		return fail("starting A's relayer", err)
	}
	tl.Event(StepReady, "aggregators %s (A) and %s (B), operators, relayers up", d.A.AggregatorURL, d.B.AggregatorURL)
	return nil
}

// Join starts rollup C with Parley activating JoinDelay after its genesis, with the
// snapshots and addresses A and B use, deploys the contracts on it, waits for the
// activation and starts C's relayer (of A's messages).
func (d *Devnet) Join(ctx context.Context) error { return d.join(ctx, Window) }

// join is Join with C's window (L1 blocks) given.
func (d *Devnet) join(ctx context.Context, window uint64) error {
	tl := d.Timeline
	tl.Event(StepJoining, "rollup C: Parley activates %s after its genesis, window %d L1 blocks (snapshot of L1 block %d already published)",
		d.cfg.JoinDelay, window, d.L1.Snapshot.Snapshot.Block)
	// The genesis time is the L1 head's, about now.
	p := d.parley(uint64(time.Now().Add(d.cfg.JoinDelay).Unix()))
	p.Window = window
	c, err := d.startRollup(ctx, "C", ChainIDC, p)
	if err != nil {
		return err
	}
	d.C = c
	if err := d.deployContracts(ctx, c); err != nil {
		return err
	}
	act := c.Parley.ActivationTime
	for {
		h, err := c.Client.HeaderByNumber(ctx, nil)
		if err != nil {
			return fail("waiting for C's activation", err)
		}
		if h.Time >= act {
			tl.Event(StepJoining, "rollup C: Parley active from L2 block %d (time %d)", h.Number, act)
			break
		}
		if err := sleep(ctx, 500*time.Millisecond); err != nil {
			return fail("waiting for C's activation", err)
		}
	}
	if err := d.startRelayer(ctx, c, d.RelayerKeys["C"], d.A); err != nil {
		return fail("starting C's relayer", err)
	}
	return nil
}

// parley returns a chain's Parley configuration: the AVS's, activating at activation
// (0: at genesis).
func (d *Devnet) parley(activation uint64) *chainconfig.Parley {
	a := d.L1.AVS.Addresses
	return &chainconfig.Parley{ActivationTime: activation, L1ChainID: L1ChainID, Settings: chainconfig.Settings{
		AVS: a.Registrar, Publisher: a.Publisher, CertInbox: a.Inbox,
		Thresholds: []verifier.Threshold{{Quorum: 0, BPS: 6667}}, Window: Window,
	}}
}

// startRollup starts a rollup with the given Parley configuration (an activation
// time of 0: at genesis).
func (d *Devnet) startRollup(ctx context.Context, name string, id uint64, p *chainconfig.Parley) (*Chain, error) {
	tl := d.Timeline
	when := "Parley at genesis"
	if p.ActivationTime > 0 {
		when = fmt.Sprintf("Parley from time %d", p.ActivationTime)
	}
	tl.Event(StepStarting, "rollup %s (chain %d, %s, window %d): op-geth, op-node sequencer, op-batcher", name, id, when, p.Window)
	fund := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	alloc := types.GenesisAlloc{}
	for _, k := range []*ecdsa.PrivateKey{d.Deployer, d.User, d.RelayerKeys["A"], d.RelayerKeys["B"], d.RelayerKeys["C"]} {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: fund}
	}
	r, err := rollup.Start(ctx, rollup.Config{Name: name, ChainID: id, BlockTime: 1, Parley: p, Alloc: alloc,
		L1:       rollup.L1{URL: d.L1.L1.URL, ChainID: L1ChainID, BatcherKey: d.Keys.Key("batcher " + name)},
		Binaries: d.cfg.Binaries, LogDir: d.cfg.LogDir})
	if err != nil {
		return nil, fail("starting rollup "+name, err)
	}
	c := &Chain{Rollup: r, Parley: r.Chain.Parley}
	d.mu.Lock()
	d.services = append(d.services, rollupService{r})
	d.mu.Unlock()
	if c.chain, err = eigenlayer.NewChain(ctx, r.Client, nil); err != nil {
		return nil, fail("starting rollup "+name, err)
	}
	tl.Event(StepReady, "rollup %s: %s; first unsafe block after %.1fs, first safe after %.1fs", name, r.L2URL, r.FirstUnsafe.Seconds(), r.FirstSafe.Seconds())
	return c, nil
}

// rollupService stops a rollup with the daemons.
type rollupService struct{ r *rollup.Rollup }

// Stop stops the rollup.
func (s rollupService) Stop(context.Context) error { s.r.Stop(); return nil }

// deployContracts deploys ParleyMessenger (the deployer's first transaction: one
// address on every rollup) and the relay target (its second) on c.
func (d *Devnet) deployContracts(ctx context.Context, c *Chain) error {
	step := "deploying contracts on " + c.Name
	deployer := eigenlayer.NewAccount(d.Deployer)
	m, err := messenger.Deploy(ctx, c.chain, deployer)
	if err != nil {
		return fail(step, fmt.Errorf("ParleyMessenger: %w", err))
	}
	code := messenger.TargetCode()
	initCode := append([]byte{0x61, byte(len(code) >> 8), byte(len(code)), 0x80, 0x60, 12, 0x60, 0, 0x39, 0x60, 0, 0xf3}, code...)
	tx, err := eigenlayer.Transact(ctx, c.chain, deployer, "target", func(o *bind.TransactOpts) (*types.Transaction, error) {
		_, tx, _, err := bind.DeployContract(o, abi.ABI{}, initCode, c.chain)
		return tx, err
	})
	if err != nil {
		return fail(step, fmt.Errorf("relay target: %w", err))
	}
	target := tx.Receipt.ContractAddress
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.Messenger == (common.Address{}) {
		d.Messenger, d.Target = m, target
	} else if m != d.Messenger || target != d.Target {
		return fail(step, fmt.Errorf("messenger %s and target %s, not at %s and %s as on the other rollups (the deployer's nonce moved)", m, target, d.Messenger, d.Target))
	}
	d.Timeline.Event(StepDeploying, "rollup %s: ParleyMessenger at %s, relay target at %s", c.Name, m, target)
	return nil
}

// Stop stops every daemon and process, in reverse order of start, and removes the
// temporary state. It may be called more than once.
func (d *Devnet) Stop() {
	d.stopOnce.Do(func() {
		d.mu.Lock()
		services := d.services
		d.mu.Unlock()
		for i := len(services) - 1; i >= 0; i-- {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			_ = services[i].Stop(ctx)
			cancel()
		}
		if d.L1 != nil {
			d.L1.Stop()
		}
		for _, f := range d.files {
			_ = f.Close()
		}
		_ = os.RemoveAll(d.Dir)
	})
}

// Chains returns the rollups started so far.
func (d *Devnet) Chains() []*Chain {
	var out []*Chain
	for _, c := range []*Chain{d.A, d.B, d.C} {
		if c != nil {
			out = append(out, c)
		}
	}
	return out
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}

// logPath is the log file of a process or daemon, or "-" without a log directory.
func (d *Devnet) logPath(name string) string {
	if d.cfg.LogDir == "" {
		return "-"
	}
	return filepath.Join(d.cfg.LogDir, name+".log")
}
