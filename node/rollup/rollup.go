package rollup

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/parley-xyz/parley/node/chain"
	"github.com/parley-xyz/parley/node/chainconfig"
)

// DefaultTimeout bounds each wait of Start (op-geth's endpoints, op-node's RPC, the
// first unsafe block, the first safe block) when Config.Timeout is zero.
const DefaultTimeout = 2 * time.Minute

// L1 is the L1 a rollup derives from and posts its batches to.
type L1 struct {
	// URL is the L1 node's HTTP JSON-RPC endpoint.
	URL string
	// ChainID is the L1's chain id; Start checks it against the node.
	ChainID uint64
	// BatcherKey is an L1 account funded for the batcher's transactions. Its address is
	// the rollup's batcher (rollup.json's batcher address): one key per rollup, or the
	// batchers' nonces collide.
	BatcherKey *ecdsa.PrivateKey
	// ChainConfig is the L1's chain configuration as JSON (the direct format or a
	// genesis.json), given to op-node as --rollup.l1-chain-config; empty: fetched from
	// the node with debug_chainConfig.
	ChainConfig json.RawMessage
}

// Config describes a rollup.
type Config struct {
	// Name names the rollup in logs, log files and errors (e.g. "A").
	Name string
	// L1 is the rollup's L1.
	L1 L1
	// ChainID is the L2 chain id.
	ChainID uint64
	// BlockTime is the L2 block time in seconds (0: chain.DefaultBlockTime).
	BlockTime uint64
	// Parley is the chain's Parley configuration; nil: a plain OP Stack rollup. An
	// ActivationTime of 0 means at genesis: Start sets it to the L2 genesis time (the
	// L1 origin's time, which is only known then).
	Parley *chainconfig.Parley
	// Alloc are L2 genesis accounts (balances, code, storage).
	Alloc types.GenesisAlloc
	// Describe, when set, may adjust the chain description before the genesis and
	// rollup configuration are generated from it (fields Start does not set).
	Describe func(*chain.Description)
	// Binaries are the patched op-geth, op-node and op-batcher.
	Binaries Binaries
	// Dir holds the rollup's state (configuration, JWT secret, op-geth's data
	// directory); empty: a new temporary directory, removed by Stop.
	Dir string
	// LogDir, when set, receives one log file per process: <Name>-op-geth.log,
	// <Name>-op-node.log, <Name>-op-batcher.log (appended to across restarts).
	LogDir string
	// Log, when set, receives every process's output, each line prefixed with
	// "[<Name> <process>] ".
	Log io.Writer
	// Logf, when set, receives Start's progress lines (e.g. testing.T.Logf).
	Logf func(format string, args ...any)
	// Timeout bounds each of Start's waits (0: DefaultTimeout).
	Timeout time.Duration
	// NoBatcher starts the rollup without its batcher (StartBatcher starts it); Start
	// then waits for the first unsafe block only.
	NoBatcher bool
}

// Rollup is a running rollup: op-geth, op-node as sequencer and op-batcher.
type Rollup struct {
	// Name and ChainID are the configuration's.
	Name    string
	ChainID uint64
	// Chain is the generated genesis and rollup configuration.
	Chain *chain.Chain
	// GenesisPath, RollupPath and L1ConfigPath are the files op-geth and op-node read.
	GenesisPath, RollupPath, L1ConfigPath string
	// JWTPath holds the engine API's JWT secret.
	JWTPath string
	// Dir is the state directory.
	Dir string

	// L2URL is op-geth's HTTP JSON-RPC endpoint; EngineURL its authenticated engine
	// endpoint; OpNodeURL op-node's RPC; BatcherURL op-batcher's RPC.
	L2URL, EngineURL, OpNodeURL, BatcherURL string
	// OpNodeMetricsURL is op-node's Prometheus endpoint (…/metrics), Parley's hook
	// metrics (parley_*) among op-node's own.
	OpNodeMetricsURL string
	// RPC and Client talk to op-geth's L2URL; OpNode to op-node.
	RPC    *rpc.Client
	Client *ethclient.Client
	OpNode *rpc.Client

	// Started is when Start began; FirstUnsafe and FirstSafe how long after it the
	// first unsafe and the first safe L2 block (derived from a batch on L1) appeared.
	Started                time.Time
	FirstUnsafe, FirstSafe time.Duration

	cfg       Config
	tempDir   bool
	opNodeRPC int
	batchRPC  int
	geth      *process
	node      *process
	batcher   *process
	verifiers []*Verifier
	mu        sync.Mutex
	stopped   sync.Once
}

// Start starts a rollup on its L1: it generates the genesis and rollup configuration
// with node/chain (the L1 origin is the L1's head now; the genesis time is that
// block's), initialises op-geth's data directory, starts op-geth, op-node as sequencer
// and op-batcher (posting calldata batches to the batch inbox), and returns once the
// first L2 block is unsafe and the first batch was derived into a safe block (only the
// first, with NoBatcher). On failure everything started is stopped and the error names
// the process to look at, with the tail of its log.
func Start(ctx context.Context, cfg Config) (_ *Rollup, err error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	r := &Rollup{Name: cfg.Name, ChainID: cfg.ChainID, cfg: cfg, Dir: cfg.Dir, Started: time.Now()}
	defer func() {
		if err != nil {
			r.Stop()
			err = fmt.Errorf("rollup %s: %w", cfg.Name, err)
		}
	}()
	if r.Dir == "" {
		if r.Dir, err = os.MkdirTemp("", "parley-rollup-"+cfg.Name+"-"); err != nil {
			return nil, err
		}
		r.tempDir = true
	} else if err := os.MkdirAll(r.Dir, 0o755); err != nil {
		return nil, err
	}
	if cfg.LogDir != "" {
		if err := os.MkdirAll(cfg.LogDir, 0o755); err != nil {
			return nil, err
		}
	}
	if err := r.writeConfig(ctx); err != nil {
		return nil, err
	}
	r.logf("L2 genesis %s at time %d, L1 origin %s, batcher %s, batch inbox %s%s", r.Chain.GenesisHash, r.Chain.L1OriginTime,
		r.Chain.L1Origin, r.Chain.Rollup.Genesis.SystemConfig.BatcherAddr, r.Chain.Rollup.BatchInboxAddress, r.parleyNote())

	// op-geth.
	gethDir := filepath.Join(r.Dir, "op-geth")
	if err := gethInit(ctx, cfg.Binaries.Geth, gethDir, r.GenesisPath); err != nil {
		return nil, err
	}
	r.geth = newProcess(cfg.Name+" op-geth", cfg.Binaries.Geth, gethArgs(gethDir, r.JWTPath), r.logFile("op-geth"), cfg.Log)
	if r.L2URL, r.EngineURL, err = startGeth(ctx, r.geth, cfg.timeout()); err != nil {
		return nil, err
	}
	if r.RPC, err = rpc.DialContext(ctx, r.L2URL); err != nil {
		return nil, err
	}
	r.Client = ethclient.NewClient(r.RPC)
	r.logf("op-geth up: %s (engine %s)", r.L2URL, r.EngineURL)

	// op-node, as sequencer.
	if r.opNodeRPC, err = freePort(); err != nil {
		return nil, err
	}
	r.OpNodeURL = fmt.Sprintf("http://127.0.0.1:%d", r.opNodeRPC)
	metricsPort, err := freePort()
	if err != nil {
		return nil, err
	}
	r.OpNodeMetricsURL = fmt.Sprintf("http://127.0.0.1:%d/metrics", metricsPort)
	args := opNodeArgs(cfg.L1.URL, r.EngineURL, r.JWTPath, r.RollupPath, r.L1ConfigPath, r.opNodeRPC, metricsPort, true)
	r.node = newProcess(cfg.Name+" op-node", cfg.Binaries.Node, args, r.logFile("op-node"), cfg.Log)
	if r.OpNode, err = rpc.DialContext(ctx, r.OpNodeURL); err != nil {
		return nil, err
	}
	if err := r.startOpNode(ctx); err != nil {
		return nil, err
	}
	r.logf("op-node up: %s", r.OpNodeURL)

	// op-batcher.
	if r.batchRPC, err = freePort(); err != nil {
		return nil, err
	}
	r.BatcherURL = fmt.Sprintf("http://127.0.0.1:%d", r.batchRPC)
	key := hexutil.Encode(crypto.FromECDSA(cfg.L1.BatcherKey))[2:]
	r.batcher = newProcess(cfg.Name+" op-batcher", cfg.Binaries.Batcher,
		batcherArgs(cfg.L1.URL, r.L2URL, r.OpNodeURL, key, r.batchRPC), r.logFile("op-batcher"), cfg.Log)
	if !cfg.NoBatcher {
		if err := r.batcher.start(); err != nil {
			return nil, err
		}
	}

	if _, err := r.WaitUnsafe(ctx, 1); err != nil {
		return nil, err
	}
	r.FirstUnsafe = time.Since(r.Started)
	r.logf("first unsafe block %.1fs after start", r.FirstUnsafe.Seconds())
	if cfg.NoBatcher {
		return r, nil
	}
	st, err := r.WaitSafe(ctx, 1)
	if err != nil {
		return nil, err
	}
	r.FirstSafe = time.Since(r.Started)
	r.logf("first safe block %.1fs after start (safe %d, unsafe %d, L1 %d)", r.FirstSafe.Seconds(),
		st.SafeL2.Number, st.UnsafeL2.Number, st.HeadL1.Number)
	return r, nil
}

func (c *Config) check() error {
	var errs []error
	if c.Name == "" || strings.ContainsAny(c.Name, "/ \t\n") {
		errs = append(errs, fmt.Errorf("name %q: want a short name without spaces or slashes", c.Name))
	}
	if c.L1.URL == "" {
		errs = append(errs, errors.New("L1.URL not set"))
	}
	if c.L1.ChainID == 0 {
		errs = append(errs, errors.New("L1.ChainID not set"))
	}
	if c.L1.BatcherKey == nil {
		errs = append(errs, errors.New("L1.BatcherKey not set"))
	}
	if c.ChainID == 0 {
		errs = append(errs, errors.New("ChainID not set"))
	}
	if err := c.Binaries.check(); err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("rollup %s: invalid configuration: %w", c.Name, err)
	}
	return nil
}

func (c *Config) timeout() time.Duration {
	if c.Timeout > 0 {
		return c.Timeout
	}
	return DefaultTimeout
}

// BatchInbox is the batch inbox address Start gives an L2 chain: 0xff00…00 followed by
// the chain id, the OP Stack's convention.
func BatchInbox(chainID uint64) common.Address {
	var a common.Address
	a[0] = 0xff
	new(big.Int).SetUint64(chainID).FillBytes(a[12:])
	return a
}

// writeConfig writes genesis.json, rollup.json, the L1 chain configuration and the JWT
// secret into the state directory.
func (r *Rollup) writeConfig(ctx context.Context) error {
	cfg := r.cfg
	l1, err := rpc.DialContext(ctx, cfg.L1.URL)
	if err != nil {
		return fmt.Errorf("L1 %s: %w", cfg.L1.URL, err)
	}
	defer l1.Close()
	d := &chain.Description{
		L2ChainID:  cfg.ChainID,
		L1ChainID:  cfg.L1.ChainID,
		L1Origin:   chain.L1Origin{Number: chain.BlockTag("latest")},
		BlockTime:  cfg.BlockTime,
		Batcher:    crypto.PubkeyToAddress(cfg.L1.BatcherKey.PublicKey),
		BatchInbox: BatchInbox(cfg.ChainID),
	}
	if len(cfg.Alloc) > 0 {
		d.Alloc = make(map[common.Address]chain.Account, len(cfg.Alloc))
		for a, acc := range cfg.Alloc {
			ca := chain.Account{Nonce: math.HexOrDecimal64(acc.Nonce), Code: acc.Code, Storage: acc.Storage}
			if acc.Balance != nil {
				ca.Balance = (*math.HexOrDecimal256)(new(big.Int).Set(acc.Balance))
			}
			d.Alloc[a] = ca
		}
	}
	if cfg.Describe != nil {
		cfg.Describe(d)
	}
	if err := d.FetchL1Origin(ctx, l1); err != nil {
		return err
	}
	if cfg.Parley != nil {
		p := *cfg.Parley
		if p.ActivationTime == 0 {
			p.ActivationTime = *d.L1Origin.Timestamp
			if d.L2GenesisTime != nil {
				p.ActivationTime = *d.L2GenesisTime
			}
		}
		if d.Parley, err = json.Marshal(&p); err != nil {
			return err
		}
	}
	if r.Chain, err = chain.Init(d); err != nil {
		return err
	}
	if r.GenesisPath, r.RollupPath, err = r.Chain.Write(r.Dir, true); err != nil {
		return err
	}

	l1Config := cfg.L1.ChainConfig
	if len(l1Config) == 0 {
		if err := l1.CallContext(ctx, &l1Config, "debug_chainConfig"); err != nil {
			return fmt.Errorf("L1 %s: debug_chainConfig (for op-node's --rollup.l1-chain-config; or set L1.ChainConfig): %w", cfg.L1.URL, err)
		}
	}
	r.L1ConfigPath = filepath.Join(r.Dir, "l1-chain-config.json")
	if err := os.WriteFile(r.L1ConfigPath, l1Config, 0o644); err != nil {
		return err
	}

	var secret [32]byte
	if _, err := rand.Read(secret[:]); err != nil {
		return err
	}
	r.JWTPath = filepath.Join(r.Dir, "jwt.hex")
	return os.WriteFile(r.JWTPath, []byte(hexutil.Encode(secret[:])), 0o600)
}

func (r *Rollup) parleyNote() string {
	if r.Chain.Parley == nil {
		return ", without Parley"
	}
	return fmt.Sprintf(", Parley from time %d", r.Chain.Parley.ActivationTime)
}

func (r *Rollup) logFile(proc string) string {
	if r.cfg.LogDir == "" {
		return ""
	}
	return filepath.Join(r.cfg.LogDir, r.cfg.Name+"-"+proc+".log")
}

func (r *Rollup) logf(format string, args ...any) {
	if r.cfg.Logf != nil {
		r.cfg.Logf("rollup %s: "+format, append([]any{r.Name}, args...)...)
	}
}

// processes returns the rollup's processes (and its verifiers'), in start order.
func (r *Rollup) processes() []*process {
	r.mu.Lock()
	defer r.mu.Unlock()
	var ps []*process
	for _, p := range []*process{r.geth, r.node, r.batcher} {
		if p != nil {
			ps = append(ps, p)
		}
	}
	return ps
}

// SyncStatus returns op-node's sync status (optimism_syncStatus).
func (r *Rollup) SyncStatus(ctx context.Context) (*eth.SyncStatus, error) {
	return syncStatus(ctx, r.OpNode)
}

func syncStatus(ctx context.Context, c *rpc.Client) (*eth.SyncStatus, error) {
	var st eth.SyncStatus
	if err := c.CallContext(ctx, &st, "optimism_syncStatus"); err != nil {
		return nil, err
	}
	return &st, nil
}

// WaitUnsafe waits until the unsafe head is at least block n and returns the sync
// status then.
func (r *Rollup) WaitUnsafe(ctx context.Context, n uint64) (*eth.SyncStatus, error) {
	return r.waitStatus(ctx, fmt.Sprintf("unsafe head at block %d", n),
		func(st *eth.SyncStatus) bool { return st.UnsafeL2.Number >= n }, r.node, r.geth)
}

// WaitSafe waits until the safe head (derived from L1) is at least block n and returns
// the sync status then.
func (r *Rollup) WaitSafe(ctx context.Context, n uint64) (*eth.SyncStatus, error) {
	return r.waitStatus(ctx, fmt.Sprintf("safe head at block %d", n),
		func(st *eth.SyncStatus) bool { return st.SafeL2.Number >= n }, r.batcher, r.node)
}

// WaitFinalized waits until the finalized head (derived from finalized L1 blocks) is
// at least block n and returns the sync status then. A dev-mode L1 finalizes in steps
// of 32 blocks, so this takes up to 32 L1 block periods more than WaitSafe.
func (r *Rollup) WaitFinalized(ctx context.Context, n uint64) (*eth.SyncStatus, error) {
	return r.waitStatus(ctx, fmt.Sprintf("finalized head at block %d", n),
		func(st *eth.SyncStatus) bool { return st.FinalizedL2.Number >= n }, r.node)
}

// waitStatus polls op-node's sync status until cond holds, logging progress; it fails
// when a process exits or after the configured timeout, naming suspects (the processes
// most likely at fault) with the tails of their logs.
func (r *Rollup) waitStatus(ctx context.Context, what string, cond func(*eth.SyncStatus) bool, suspects ...*process) (*eth.SyncStatus, error) {
	return waitStatus(ctx, r.OpNode, r.cfg.timeout(), r.logf, what, cond, r.processes(), suspects)
}

func waitStatus(ctx context.Context, c *rpc.Client, timeout time.Duration, logf func(string, ...any), what string,
	cond func(*eth.SyncStatus) bool, all, suspects []*process) (*eth.SyncStatus, error) {
	start := time.Now()
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	var (
		st      *eth.SyncStatus
		err     error
		lastLog time.Time
	)
	for {
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		st, err = syncStatus(cctx, c)
		cancel()
		if err == nil && cond(st) {
			return st, nil
		}
		if time.Since(lastLog) >= 5*time.Second && time.Since(start) >= time.Second {
			lastLog = time.Now()
			logf("waiting for %s (%.0fs): %s", what, time.Since(start).Seconds(), describeStatus(st, err))
		}
		for _, p := range all {
			if p.failed() {
				return nil, fmt.Errorf("waiting for %s: %s exited\n%s", what, p.name, p.describe(40))
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s: %w (%s)", what, ctx.Err(), describeStatus(st, err))
		case <-deadline.C:
			var b strings.Builder
			fmt.Fprintf(&b, "no %s within %s (%s); look at %s", what, timeout, describeStatus(st, err), suspects[0].name)
			for _, p := range suspects {
				b.WriteString("\n" + p.describe(25))
			}
			return nil, errors.New(b.String())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func describeStatus(st *eth.SyncStatus, err error) string {
	if err != nil {
		return "op-node's sync status: " + err.Error()
	}
	if st == nil {
		return "no sync status yet"
	}
	return fmt.Sprintf("unsafe %d, safe %d, finalized %d; L1 head %d, current %d, finalized %d",
		st.UnsafeL2.Number, st.SafeL2.Number, st.FinalizedL2.Number, st.HeadL1.Number, st.CurrentL1.Number, st.FinalizedL1.Number)
}

// StopBatcher stops op-batcher (SIGINT: it may post what it has on the way out). The
// safe head stops advancing until StartBatcher.
func (r *Rollup) StopBatcher() {
	r.batcher.stop()
}

// StartBatcher starts op-batcher again (or for the first time, with NoBatcher), with
// the same command line.
func (r *Rollup) StartBatcher() error {
	return r.batcher.start()
}

// BatcherRunning reports whether op-batcher runs.
func (r *Rollup) BatcherRunning() bool { return r.batcher.running() }

// RestartOpNode stops op-node and starts it again with the same command line and RPC
// port, and returns once its RPC answers. op-node keeps no state of its own here: it
// resumes from op-geth's heads.
func (r *Rollup) RestartOpNode(ctx context.Context) error {
	r.node.stop()
	return r.startOpNode(ctx)
}

// KillOpNode ends op-node at once (SIGKILL), as a crash would; RestartOpNode starts it
// again.
func (r *Rollup) KillOpNode() { r.node.kill() }

func (r *Rollup) startOpNode(ctx context.Context) error {
	if err := r.node.start(); err != nil {
		return err
	}
	return waitRPC(ctx, r.OpNode, r.node, r.cfg.timeout())
}

// waitRPC waits until op-node answers optimism_syncStatus.
func waitRPC(ctx context.Context, c *rpc.Client, p *process, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		_, err := syncStatus(cctx, c)
		cancel()
		if err == nil {
			return nil
		}
		if !p.running() {
			return fmt.Errorf("%s exited during start-up\n%s", p.name, p.describe(40))
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s's RPC did not answer within %s (%v)\n%s", p.name, timeout, err, p.describe(40))
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// PIDs returns the process ids of the rollup's running processes (its verifiers'
// included), by process name.
func (r *Rollup) PIDs() map[string]int {
	out := map[string]int{}
	for _, p := range r.allProcesses() {
		if p.running() {
			out[p.name] = p.pid()
		}
	}
	return out
}

// Ports returns the TCP ports the rollup listens on that Start chose or learnt (op-geth
// HTTP and engine, op-node RPC, op-batcher RPC; its verifiers' too).
func (r *Rollup) Ports() []int {
	var ports []int
	for _, u := range r.urls() {
		if i := strings.LastIndexByte(u, ':'); i >= 0 {
			var p int
			if _, err := fmt.Sscanf(u[i+1:], "%d", &p); err == nil {
				ports = append(ports, p)
			}
		}
	}
	return ports
}

func (r *Rollup) urls() []string {
	us := []string{r.L2URL, r.EngineURL, r.OpNodeURL, r.BatcherURL}
	r.mu.Lock()
	for _, v := range r.verifiers {
		us = append(us, v.L2URL, v.EngineURL, v.OpNodeURL)
	}
	r.mu.Unlock()
	var out []string
	for _, u := range us {
		if u != "" {
			out = append(out, u)
		}
	}
	return out
}

func (r *Rollup) allProcesses() []*process {
	ps := r.processes()
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, v := range r.verifiers {
		ps = append(ps, v.geth, v.node)
	}
	return ps
}

// Log returns the output kept in memory (the last 1 MiB) of one of the rollup's
// processes: "op-geth", "op-node" or "op-batcher".
func (r *Rollup) Log(proc string) string {
	for _, p := range r.processes() {
		if p.name == r.Name+" "+proc {
			return p.log()
		}
	}
	return ""
}

// Stop stops every process of the rollup (verifiers first, then op-batcher, op-node,
// op-geth), closes its clients and removes a temporary state directory. It is safe to
// call more than once, and on a partly started rollup.
func (r *Rollup) Stop() {
	r.stopped.Do(func() {
		r.mu.Lock()
		vs := r.verifiers
		r.mu.Unlock()
		for i := len(vs) - 1; i >= 0; i-- {
			vs[i].Stop()
		}
		for _, p := range []*process{r.batcher, r.node, r.geth} {
			if p != nil {
				p.stop()
			}
		}
		for _, c := range []*rpc.Client{r.OpNode, r.RPC} {
			if c != nil {
				c.Close()
			}
		}
		if r.tempDir {
			_ = os.RemoveAll(r.Dir)
		}
	})
}

// gethArgs is op-geth's command line for an L2 node on datadir.
func gethArgs(datadir, jwt string) []string {
	return []string{
		"--datadir", datadir,
		"--http", "--http.addr", "127.0.0.1", "--http.port", "0", "--http.api", "eth,net,web3,debug,txpool,miner,parley",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", "0", "--authrpc.jwtsecret", jwt,
		"--ipcdisable", "--nodiscover", "--maxpeers", "0", "--nat", "none", "--port", "0",
		"--syncmode", "full", "--rollup.disabletxpoolgossip",
		"--rpc.gascap", "200000000", "--verbosity", "3",
	}
}

// opNodeArgs is op-node's command line, as sequencer or verifier, with its metrics
// served on metricsPort.
func opNodeArgs(l1, engine, jwt, rollupPath, l1ConfigPath string, rpcPort, metricsPort int, sequencer bool) []string {
	args := []string{
		"--l1", l1, "--l1.rpckind", "standard", "--l1.trustrpc", "--l1.beacon.ignore",
		"--l1.http-poll-interval", "500ms", "--l1.epoch-poll-interval", "2s",
		"--l2", engine, "--l2.jwt-secret", jwt, "--l2.enginekind", "geth",
		"--rollup.config", rollupPath, "--rollup.l1-chain-config", l1ConfigPath,
		"--p2p.disable", "--verifier.l1-confs", "0",
		"--rpc.addr", "127.0.0.1", "--rpc.port", fmt.Sprint(rpcPort), "--rpc.enable-admin",
		"--metrics.enabled", "--metrics.addr", "127.0.0.1", "--metrics.port", fmt.Sprint(metricsPort),
		"--log.level", "info",
	}
	if sequencer {
		args = append(args, "--sequencer.enabled", "--sequencer.l1-confs", "0")
	}
	return args
}

// batcherArgs is op-batcher's command line: calldata batches, a channel closed after
// every L1 block, fast polling.
func batcherArgs(l1, l2, rollupRPC, key string, rpcPort int) []string {
	return []string{
		"--l1-eth-rpc", l1, "--l2-eth-rpc", l2, "--rollup-rpc", rollupRPC,
		"--private-key", key,
		"--data-availability-type", "calldata",
		"--max-channel-duration", "1", "--sub-safety-margin", "4",
		"--poll-interval", "500ms", "--num-confirmations", "1",
		"--txmgr.receipt-query-interval", "500ms", "--resubmission-timeout", "10s",
		"--network-timeout", "10s",
		"--rpc.addr", "127.0.0.1", "--rpc.port", fmt.Sprint(rpcPort),
		"--log.level", "info",
	}
}

// gethInit runs `op-geth init` of the genesis into datadir.
func gethInit(ctx context.Context, bin, datadir, genesisPath string) error {
	var out ring
	out.max = 1 << 20
	p := &process{name: "op-geth init", bin: bin, args: []string{"--datadir", datadir, "init", genesisPath}, tail: &out}
	if err := p.start(); err != nil {
		return err
	}
	select {
	case <-p.exited():
	case <-ctx.Done():
		p.kill()
		return ctx.Err()
	case <-time.After(90 * time.Second):
		p.kill()
		return fmt.Errorf("op-geth init did not finish within 90s\n%s", tail(out.String(), 20))
	}
	if !p.cmd.ProcessState.Success() {
		return fmt.Errorf("op-geth init: %v\n%s", p.cmd.ProcessState, tail(out.String(), 20))
	}
	return nil
}

// Geth's log lines for its HTTP servers: with port 0 they are the only place the chosen
// ports are reported.
var (
	httpStarted = regexp.MustCompile(`HTTP server started\s+endpoint=(127\.0\.0\.1:\d+)\s+auth=false`)
	authStarted = regexp.MustCompile(`HTTP server started\s+endpoint=(127\.0\.0\.1:\d+)\s+auth=true`)
)

// startGeth starts op-geth and returns its HTTP and engine URLs once both serve.
func startGeth(ctx context.Context, p *process, timeout time.Duration) (httpURL, engineURL string, err error) {
	if err := p.start(); err != nil {
		return "", "", err
	}
	deadline := time.Now().Add(timeout)
	for {
		log := p.log()
		h, a := httpStarted.FindStringSubmatch(log), authStarted.FindStringSubmatch(log)
		if h != nil && a != nil {
			return "http://" + h[1], "http://" + a[1], nil
		}
		if !p.running() {
			return "", "", fmt.Errorf("%s exited during start-up\n%s", p.name, p.describe(40))
		}
		if time.Now().After(deadline) {
			return "", "", fmt.Errorf("%s did not start its HTTP and engine endpoints within %s\n%s", p.name, timeout, p.describe(40))
		}
		select {
		case <-ctx.Done():
			return "", "", ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}
