// Package devnode starts and stops the patched op-geth as a local development node — an
// L1, or a source chain — for the daemons' tests and the devnet: on loopback, on a port
// the kernel picks, with its own data directory, from a genesis whose accounts the caller
// holds keys for, producing blocks by itself (geth's dev mode, post-merge, with a fixed
// block period). Nothing here is used on a real network.
package devnode

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// Binary returns the patched op-geth: $PARLEY_GETH, or root/.forks/bin/op-geth (what
// `parley forks build` produces), checked to be an executable file.
func Binary(root string) (string, error) {
	bin := os.Getenv("PARLEY_GETH")
	if bin == "" {
		bin = filepath.Join(root, ".forks", "bin", "op-geth")
	}
	abs, err := filepath.Abs(bin)
	if err != nil {
		return "", err
	}
	fi, err := os.Stat(abs)
	if err == nil && (fi.IsDir() || fi.Mode()&0o111 == 0) {
		err = fmt.Errorf("%s is not an executable file", abs)
	}
	if err != nil {
		return "", fmt.Errorf("devnode: patched op-geth not found (%w): build it with `go run ./node/cmd/parley forks build` or set PARLEY_GETH", err)
	}
	return abs, nil
}

// Config describes a node.
type Config struct {
	// Binary is the op-geth executable.
	Binary string
	// DataDir is the node's data directory; empty: a new temporary one, removed by Stop.
	DataDir string
	// Genesis is written and `geth init`ed into an empty DataDir; nil: geth's own dev
	// genesis. Its Config.ChainID is the chain's id.
	Genesis *core.Genesis
	// Period is the block period in seconds (geth --dev.period); 0: 1.
	Period int
	// Args are appended to the command line.
	Args []string
	// Log receives the node's output (nil: kept in memory only, see Node.Log).
	Log io.Writer
}

// Node is a running node.
type Node struct {
	URL     string // HTTP JSON-RPC on loopback
	RPC     *rpc.Client
	Client  *ethclient.Client
	DataDir string

	cfg     Config
	tempDir bool
	cmd     *exec.Cmd
	log     *buffer
	done    chan struct{}
	stopped sync.Once
}

// Log returns the node's output so far (its last 1 MiB).
func (n *Node) Log() string { return n.log.String() }

// DevChainConfig is a post-merge chain configuration for a dev node of chain id with
// every fork through Prague at genesis (EIP-2935's block-hash history included: the
// genesis needs its system contracts, which DevAlloc adds).
func DevChainConfig(chainID uint64) *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.ChainID = new(big.Int).SetUint64(chainID)
	c.OsakaTime, c.VerkleTime = nil, nil
	c.BPO1Time, c.BPO2Time, c.BPO3Time, c.BPO4Time, c.BPO5Time = nil, nil, nil, nil, nil
	c.AmsterdamTime = nil
	return &c
}

// DevAlloc returns geth's dev-mode system contracts (beacon roots, EIP-2935 history,
// withdrawal and consolidation queues) plus balance for each funded account.
func DevAlloc(balance *big.Int, funded ...common.Address) types.GenesisAlloc {
	a := types.GenesisAlloc{
		params.BeaconRootsAddress:        {Nonce: 1, Code: params.BeaconRootsCode, Balance: common.Big0},
		params.HistoryStorageAddress:     {Nonce: 1, Code: params.HistoryStorageCode, Balance: common.Big0},
		params.WithdrawalQueueAddress:    {Nonce: 1, Code: params.WithdrawalQueueCode, Balance: common.Big0},
		params.ConsolidationQueueAddress: {Nonce: 1, Code: params.ConsolidationQueueCode, Balance: common.Big0},
	}
	for _, f := range funded {
		a[f] = types.Account{Balance: balance}
	}
	return a
}

// httpStarted matches geth's log line for its HTTP server; with --http.port 0 it is the
// only place the chosen port is reported.
var httpStarted = regexp.MustCompile(`HTTP server started\s+endpoint=(127\.0\.0\.1:\d+)\s+auth=false`)

// Start initialises (if a genesis is given) and starts a dev node, and returns once its
// HTTP endpoint answers.
func Start(ctx context.Context, cfg Config) (*Node, error) {
	n := &Node{cfg: cfg, log: &buffer{max: 1 << 20}, done: make(chan struct{}), DataDir: cfg.DataDir}
	if n.DataDir == "" {
		dir, err := os.MkdirTemp("", "parley-devnode-")
		if err != nil {
			return nil, err
		}
		n.DataDir, n.tempDir = dir, true
	}
	out := io.Writer(n.log)
	if cfg.Log != nil {
		out = io.MultiWriter(n.log, cfg.Log)
	}
	if cfg.Genesis != nil {
		if err := n.init(ctx, out); err != nil {
			n.cleanup()
			return nil, err
		}
	}
	period := cfg.Period
	if period <= 0 {
		period = 1
	}
	args := append([]string{
		"--datadir", n.DataDir, "--dev", "--dev.period", fmt.Sprint(period),
		"--http", "--http.addr", "127.0.0.1", "--http.port", "0", "--http.api", "eth,net,web3,debug,txpool,parley",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", "0",
		"--ipcdisable", "--nodiscover", "--maxpeers", "0", "--nat", "none", "--port", "0",
		"--rpc.gascap", "200000000", "--verbosity", "3",
		// The dev node's payload builder signals a finished build only to a waiter
		// already waiting (op-geth's Payload.WaitFull): with the default 2-s recommit an
		// idle dev node can miss the one signal and stop producing blocks. Rebuilding
		// every 10 ms until the payload is taken wakes it (see eigenlayer.WithPromptRebuilds).
		"--miner.recommit", "10ms",
	}, cfg.Args...)
	n.cmd = exec.Command(cfg.Binary, args...)
	n.cmd.Stdout, n.cmd.Stderr = out, out
	n.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := n.cmd.Start(); err != nil {
		n.cleanup()
		return nil, fmt.Errorf("devnode: starting %s: %w", cfg.Binary, err)
	}
	go func() { _ = n.cmd.Wait(); close(n.done) }()

	deadline := time.NewTimer(60 * time.Second)
	defer deadline.Stop()
	for n.URL == "" {
		if m := httpStarted.FindStringSubmatch(n.log.String()); m != nil {
			n.URL = "http://" + m[1]
			break
		}
		select {
		case <-n.done:
			err := fmt.Errorf("devnode: op-geth exited during start-up (%v):\n%s", n.cmd.ProcessState, Tail(n.Log(), 30))
			n.cleanup()
			return nil, err
		case <-deadline.C:
			n.Stop()
			return nil, fmt.Errorf("devnode: op-geth did not start its HTTP server within 60s:\n%s", Tail(n.Log(), 30))
		case <-ctx.Done():
			n.Stop()
			return nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
	var err error
	if n.RPC, err = rpc.DialContext(ctx, n.URL); err != nil {
		n.Stop()
		return nil, err
	}
	n.Client = ethclient.NewClient(n.RPC)
	return n, nil
}

func (n *Node) init(ctx context.Context, out io.Writer) error {
	raw, err := json.Marshal(n.cfg.Genesis)
	if err != nil {
		return err
	}
	path := filepath.Join(n.DataDir, "genesis.json")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, n.cfg.Binary, "init", "--datadir", n.DataDir, path)
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.MultiWriter(&buf, out), io.MultiWriter(&buf, out)
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("devnode: geth init: %w\n%s", err, Tail(buf.String(), 20))
	}
	return nil
}

// Stop interrupts the node, waits for it to exit (killing it after 15 s) and removes a
// temporary data directory. It is safe to call more than once.
func (n *Node) Stop() {
	n.stopped.Do(func() {
		if n.RPC != nil {
			n.RPC.Close()
		}
		if n.cmd != nil && n.cmd.Process != nil {
			select {
			case <-n.done:
			default:
				_ = n.cmd.Process.Signal(os.Interrupt)
				select {
				case <-n.done:
				case <-time.After(15 * time.Second):
					_ = syscall.Kill(-n.cmd.Process.Pid, syscall.SIGKILL)
					<-n.done
				}
			}
		}
		n.cleanup()
	})
}

// Kill ends the node at once (SIGKILL), as a crash would; its data directory stays
// until Stop.
func (n *Node) Kill() {
	if n.cmd != nil && n.cmd.Process != nil {
		_ = syscall.Kill(-n.cmd.Process.Pid, syscall.SIGKILL)
		<-n.done
	}
}

// Exited is closed when the process has exited.
func (n *Node) Exited() <-chan struct{} { return n.done }

func (n *Node) cleanup() {
	if n.tempDir {
		_ = os.RemoveAll(n.DataDir)
	}
}

// WaitForBlock waits until the node's head is at least number.
func (n *Node) WaitForBlock(ctx context.Context, number uint64) error {
	for {
		h, err := n.Client.BlockNumber(ctx)
		if err == nil && h >= number {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("devnode: waiting for block %d: %w", number, errors.Join(ctx.Err(), err))
		case <-n.done:
			return errors.New("devnode: op-geth exited")
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// Tail returns the last lines of s.
func Tail(s string, lines int) string {
	parts := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(parts) > lines {
		parts = parts[len(parts)-lines:]
	}
	return strings.Join(parts, "\n")
}

// buffer keeps the last max bytes written to it.
type buffer struct {
	mu  sync.Mutex
	buf []byte
	max int
}

func (b *buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf = append(b.buf, p...)
	if len(b.buf) > b.max {
		b.buf = append([]byte(nil), b.buf[len(b.buf)-b.max:]...)
	}
	return len(p), nil
}

func (b *buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return string(b.buf)
}
