package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// gethBinary returns the patched op-geth to test: $PARLEY_GETH, or the one `parley
// forks build` leaves in .forks/bin/. A missing binary skips the test, unless
// PARLEY_E2E_REQUIRED=1 (CI), where it fails it.
func gethBinary(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("PARLEY_GETH")
	if bin == "" {
		bin = filepath.Join("..", ".forks", "bin", "op-geth")
	}
	abs, err := filepath.Abs(bin)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(abs)
	if err == nil && (fi.IsDir() || fi.Mode()&0o111 == 0) {
		err = fmt.Errorf("%s is not an executable file", abs)
	}
	if err != nil {
		msg := fmt.Sprintf("patched op-geth not found (%v): build it with `go run ./node/cmd/parley forks build` or set PARLEY_GETH", err)
		if os.Getenv("PARLEY_E2E_REQUIRED") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return abs
}

// cancunConfig is a post-merge chain configuration with every fork through Cancun at
// genesis (the latest the tests need; later forks need system contracts in genesis).
func cancunConfig(chainID int64) *params.ChainConfig {
	zero := uint64(0)
	return &params.ChainConfig{
		ChainID:                 big.NewInt(chainID),
		HomesteadBlock:          common.Big0,
		EIP150Block:             common.Big0,
		EIP155Block:             common.Big0,
		EIP158Block:             common.Big0,
		ByzantiumBlock:          common.Big0,
		ConstantinopleBlock:     common.Big0,
		PetersburgBlock:         common.Big0,
		IstanbulBlock:           common.Big0,
		MuirGlacierBlock:        common.Big0,
		BerlinBlock:             common.Big0,
		LondonBlock:             common.Big0,
		ArrowGlacierBlock:       common.Big0,
		GrayGlacierBlock:        common.Big0,
		MergeNetsplitBlock:      common.Big0,
		TerminalTotalDifficulty: common.Big0,
		ShanghaiTime:            &zero,
		CancunTime:              &zero,
		BlobScheduleConfig:      &params.BlobScheduleConfig{Cancun: params.DefaultCancunBlobConfig},
	}
}

// hookDefaults are the settings of a chain's "parley" object that only op-node's
// derivation hook reads (node/chainconfig): writeGenesis fills in those a test's object
// leaves out, since the inbox's behaviour does not depend on them.
var hookDefaults = map[string]any{
	"publisher":  "0x000000000000000000000000000000000000b0b0",
	"certInbox":  "0x000000000000000000000000000000000000c0c0",
	"thresholds": []map[string]any{{"quorum": 0, "bps": 6667}},
	"window":     7200,
}

// writeGenesis writes a genesis file for geth init, with config.parley set to parley
// when it is non-nil, completed with hookDefaults for the fields it leaves out. This
// module compiles against pristine op-geth, whose ChainConfig has no Parley field, so
// the object is spliced into the JSON.
func writeGenesis(t *testing.T, path string, g *core.Genesis, parley map[string]any) {
	t.Helper()
	raw, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	if parley != nil {
		full := maps.Clone(parley)
		for k, v := range hookDefaults {
			if _, ok := full[k]; !ok {
				full[k] = v
			}
		}
		parley = full
		var doc map[string]json.RawMessage
		if err := json.Unmarshal(raw, &doc); err != nil {
			t.Fatal(err)
		}
		var cfg map[string]any
		if err := json.Unmarshal(doc["config"], &cfg); err != nil {
			t.Fatal(err)
		}
		cfg["parley"] = parley
		if doc["config"], err = json.Marshal(cfg); err != nil {
			t.Fatal(err)
		}
		if raw, err = json.Marshal(doc); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
}

// runGeth runs a one-shot geth command (init, import, export) and returns its output,
// or the output and an error if it failed.
func runGeth(t *testing.T, bin string, args ...string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.WaitDelay = 5 * time.Second
	out, err := cmd.CombinedOutput()
	if err != nil {
		err = fmt.Errorf("geth %s: %w", strings.Join(args, " "), err)
	}
	return string(out), err
}

// mustRunGeth is runGeth that fails the test on error.
func mustRunGeth(t *testing.T, bin string, args ...string) string {
	t.Helper()
	out, err := runGeth(t, bin, args...)
	if err != nil {
		t.Fatalf("%v\n%s", err, tail(out, 40))
	}
	return out
}

// gethNode is a running geth process with its HTTP JSON-RPC endpoint on loopback.
type gethNode struct {
	URL    string
	RPC    *rpc.Client
	Client *ethclient.Client

	cmd  *exec.Cmd
	log  *syncBuffer
	done chan struct{}
}

// syncBuffer collects a process's output for the test to read while it runs.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// httpStarted matches geth's log line for its (unauthenticated) HTTP server; with
// --http.port 0 it is the only place the chosen port is reported.
var httpStarted = regexp.MustCompile(`HTTP server started\s+endpoint=(127\.0\.0\.1:\d+)\s+auth=false`)

// startGeth starts geth on datadir with its HTTP server on a free loopback port
// (chosen by the kernel, read back from the log), no IPC and no P2P listener, and
// stops it when the test ends. extra is appended to the command line.
func startGeth(t *testing.T, bin, datadir string, extra ...string) *gethNode {
	t.Helper()
	args := append([]string{
		"--datadir", datadir,
		"--http", "--http.addr", "127.0.0.1", "--http.port", "0",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", "0",
		"--ipcdisable", "--nodiscover", "--maxpeers", "0", "--nat", "none",
		"--verbosity", "3",
	}, extra...)
	n := &gethNode{log: new(syncBuffer), done: make(chan struct{})}
	n.cmd = exec.Command(bin, args...)
	n.cmd.Stdout, n.cmd.Stderr = n.log, n.log
	if err := n.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		_ = n.cmd.Wait()
		close(n.done)
	}()
	t.Cleanup(func() {
		n.stop()
		if t.Failed() {
			t.Logf("geth log (tail):\n%s", tail(n.log.String(), 60))
		}
	})

	deadline := time.After(60 * time.Second)
	for n.URL == "" {
		if m := httpStarted.FindStringSubmatch(n.log.String()); m != nil {
			n.URL = "http://" + m[1]
			break
		}
		select {
		case <-n.done:
			t.Fatalf("geth exited during start-up: %v\n%s", n.cmd.ProcessState, tail(n.log.String(), 40))
		case <-deadline:
			t.Fatalf("geth did not start its HTTP server within 60s\n%s", tail(n.log.String(), 40))
		case <-time.After(50 * time.Millisecond):
		}
	}
	var err error
	if n.RPC, err = rpc.DialContext(t.Context(), n.URL); err != nil {
		t.Fatal(err)
	}
	n.Client = ethclient.NewClient(n.RPC)
	return n
}

// stop interrupts geth and waits for it to exit, killing it if it takes too long.
func (n *gethNode) stop() {
	if n.RPC != nil {
		n.RPC.Close()
	}
	select {
	case <-n.done:
		return
	default:
	}
	_ = n.cmd.Process.Signal(os.Interrupt)
	select {
	case <-n.done:
	case <-time.After(15 * time.Second):
		_ = n.cmd.Process.Kill()
		<-n.done
	}
}

// tail returns the last lines of s.
func tail(s string, lines int) string {
	parts := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(parts) > lines {
		parts = parts[len(parts)-lines:]
	}
	return strings.Join(parts, "\n")
}

// revertData extracts the revert data from a JSON-RPC error of eth_call or
// eth_estimateGas.
func revertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	b, decErr := hexutil.Decode(s)
	return b, decErr == nil
}
