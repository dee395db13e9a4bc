package aggregator_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/urfave/cli/v2"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/ctxinterrupt"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/node/aggregator"
	"github.com/parley-xyz/parley/node/aggregator/flags"
	"github.com/parley-xyz/parley/node/aggregator/metrics"
	"github.com/parley-xyz/parley/node/avsapi"
	opmetrics "github.com/parley-xyz/parley/node/operator/metrics"
	"github.com/parley-xyz/parley/node/testworld"
)

// childEnv makes the test binary run `parley aggregator` (configured by its
// PARLEY_AGGREGATOR_* environment) instead of the tests: the subprocess that the
// kill-and-restart test SIGKILLs.
const childEnv = "PARLEY_TEST_AGGREGATOR_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		app := cli.NewApp()
		app.Name = "aggregator"
		app.Flags = cliapp.ProtectFlags(flags.Flags)
		app.Action = cliapp.LifecycleCmd(aggregator.Main("child"))
		if err := app.RunContext(ctxinterrupt.WithSignalWaiterMain(context.Background()), []string{"aggregator"}); err != nil {
			fmt.Fprintln(os.Stderr, "aggregator:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// timeline records, by wall clock, when each source block was first seen safe and when
// the certificate of each range (by its last block) was first seen in the inbox.
type timeline struct {
	mu   sync.Mutex
	safe map[uint64]time.Time
	onL1 map[uint64]time.Time
}

func watch(ctx context.Context, t *testing.T, w *testworld.World) *timeline {
	tl := &timeline{safe: map[uint64]time.Time{}, onL1: map[uint64]time.Time{}}
	go func() {
		var last uint64
		for ctx.Err() == nil {
			h, err := w.Source.Client.HeaderByNumber(ctx, big.NewInt(int64(rpc.SafeBlockNumber)))
			if err == nil {
				now := time.Now()
				tl.mu.Lock()
				for b := last + 1; b <= h.Number.Uint64(); b++ {
					tl.safe[b] = now
				}
				tl.mu.Unlock()
				last = max(last, h.Number.Uint64())
			}
			sleep(ctx, 20*time.Millisecond)
		}
	}()
	go func() {
		var from uint64
		for ctx.Err() == nil {
			head, err := w.L1.Client.BlockNumber(ctx)
			if err == nil && head >= from {
				logs, err := w.L1.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(head),
					Addresses: []common.Address{w.AVS.Addresses.Inbox}, Topics: [][]common.Hash{{derivation.CertificatePostedID}}})
				if err == nil {
					now := time.Now()
					tl.mu.Lock()
					for i := range logs {
						if _, _, raw, err := derivation.ParseCertificatePosted(&logs[i]); err == nil {
							if c, err := certificate.Decode(raw); err == nil {
								if _, seen := tl.onL1[c.Attestation.ToBlock]; !seen {
									tl.onL1[c.Attestation.ToBlock] = now
								}
							}
						}
					}
					tl.mu.Unlock()
					from = head + 1
				}
			}
			sleep(ctx, 20*time.Millisecond)
		}
	}()
	return tl
}

// latencies returns, for the ranges given, the time from each range's last block
// becoming safe to its certificate on L1, and the same from each of its blocks.
func (tl *timeline) latencies(ranges [][2]uint64) (last, every []time.Duration) {
	tl.mu.Lock()
	defer tl.mu.Unlock()
	for _, r := range ranges {
		at, ok := tl.onL1[r[1]]
		if !ok {
			continue
		}
		if s, ok := tl.safe[r[1]]; ok {
			last = append(last, at.Sub(s))
		}
		for b := r[0]; b <= r[1]; b++ {
			if s, ok := tl.safe[b]; ok {
				every = append(every, at.Sub(s))
			}
		}
	}
	return last, every
}

func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[int(p*float64(len(s)-1)+0.5)]
}

// counter sums a counter family's samples whose labels include want.
func counter(t *testing.T, s *aggregator.Service, name string, want map[string]string) float64 {
	t.Helper()
	m, ok := s.Metrics.(*metrics.Metrics)
	if !ok {
		t.Fatal("metrics not enabled")
	}
	return sumMetric(t, m.Registry(), metrics.Namespace+"_default_"+name, want)
}

func sumMetric(t *testing.T, reg *prometheus.Registry, name string, want map[string]string) float64 {
	fams, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	total := 0.0
	for _, f := range fams {
		if f.GetName() != name {
			continue
		}
	metric:
		for _, m := range f.GetMetric() {
			labels := map[string]string{}
			for _, l := range m.GetLabel() {
				labels[l.GetName()] = l.GetValue()
			}
			for k, v := range want {
				if labels[k] != v {
					continue metric
				}
			}
			switch {
			case m.Counter != nil:
				total += m.Counter.GetValue()
			case m.Gauge != nil:
				total += m.Gauge.GetValue()
			}
		}
	}
	return total
}

// TestAggregator runs the aggregator against real nodes (testworld: an L1 dev node
// with EigenLayer core v1.8.1 and Parley's AVS, four registered operators with BN254
// keys and weights 1000, 2000, 3000, 4000, a published snapshot, a source dev node),
// the real operator daemons for the happy path and in-test operators that misbehave
// on demand for the rest, through one story whose every step starts a new aggregator
// that reconciles with L1: the happy path with the latency figure, an operator
// signing garbage, an operator offline with and without enough remaining stake, early
// pushed signatures, and a SIGKILLed subprocess restarted mid-range. At the end, every
// certificate on L1 verifies and they are the grid's ranges in order, each once.
func TestAggregator(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	// op-geth's dev mode waits for a "full" payload with a condition variable whose
	// first signal can come before the wait (then the node stops producing blocks for
	// good); rebuilding payloads every 100 ms signals it again. The dev nodes inherit
	// this environment (geth reads GETH_<FLAG> variables).
	t.Setenv("GETH_MINER_RECOMMIT", "100ms")
	nodeLog, err := os.CreateTemp("", "parley-aggregator-test-nodes-*.log")
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		nodeLog.Close()
		if t.Failed() {
			t.Logf("the dev nodes' output is in %s", nodeLog.Name())
		} else {
			os.Remove(nodeLog.Name())
		}
	}()
	w := testworld.Start(ctx, t, testworld.Config{Weights: []int64{1000, 2000, 3000, 4000}, Log: nodeLog})
	head, err := w.Source.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Start the grid just ahead of the source's head: no backlog from the set-up.
	rangeStartAt(head + 2)
	logEmitter(ctx, t, w.Source.Client, w.Funded[0])
	var ops []*testOperator
	for i := range w.Operators {
		ops = append(ops, newTestOperator(t, ctx, w, i))
	}
	tl := watch(ctx, t, w)
	posted := 0 // certificates on L1 so far

	t.Run("HappyPath", func(t *testing.T) {
		// The real operator daemons, answering requests and pushing, and the aggregator.
		ports := make([]int, len(w.Operators))
		urls := make([]string, len(w.Operators))
		for i := range ports {
			ports[i] = freePort(t)
			urls[i] = fmt.Sprintf("http://127.0.0.1:%d", ports[i])
		}
		cfg := aggregatorConfigFor(w, urls)
		cfg.RPCConfig.ListenPort = freePort(t)
		s, stop := startAggregator(ctx, t, cfg)
		daemons := startOperatorDaemons(ctx, t, w, ports, s.HTTPEndpoint())
		const ranges = 22
		certs := waitPosted(ctx, t, w, ranges, 3*time.Minute)
		checkNodeAPI(ctx, t, s, http.StatusOK)
		// The inbox's logs can be read before the aggregator has taken in its receipts:
		// its status and metrics catch up within a poll or two.
		var st avsapi.AggregatorStatus
		for deadline := time.Now().Add(30 * time.Second); ; sleep(ctx, 100*time.Millisecond) {
			if err := rpcCall(ctx, s.HTTPEndpoint(), &st, avsapi.AggregatorNamespace+"_status"); err != nil {
				t.Fatal(err)
			}
			caughtUp := len(st.Chains) == 1 && st.Chains[0].LastPosted >= certs[ranges-1].cert.Attestation.ToBlock &&
				counter(t, s, "certificates_posted_total", nil) >= ranges
			if caughtUp || time.Now().After(deadline) {
				break
			}
		}
		if len(st.Chains) != 1 || st.Chains[0].SourceChainID != testworld.SourceChainID || st.Chains[0].LastPosted < certs[ranges-1].cert.Attestation.ToBlock {
			t.Fatalf("parleyAggregator_status %+v", st)
		}
		stop()
		stopOperatorDaemons(t, daemons)
		settle(ctx)
		for i, c := range certs {
			if len(c.cert.NonSigners) != 0 {
				t.Fatalf("certificate %d has %d non-signers with every operator up", i, len(c.cert.NonSigners))
			}
		}
		for i, d := range daemons {
			if n := sumMetric(t, d.metrics.Registry(), opmetrics.Namespace+"_signed_ranges_total", nil); n < ranges {
				t.Fatalf("operator %d signed %v ranges, want at least %d", i, n, ranges)
			}
		}
		var rs [][2]uint64
		for _, c := range certs {
			rs = append(rs, [2]uint64{c.cert.Attestation.FromBlock, c.cert.Attestation.ToBlock})
		}
		last, every := tl.latencies(rs)
		t.Logf("safe source block -> certificate on L1 (four operator daemons, L1 block time 1 s, source block time 1 s, ranges of %d blocks, %d ranges): "+
			"last block of the range p50 %s p90 %s max %s; every block p50 %s p90 %s",
			rangeLength, len(last), percentile(last, .5), percentile(last, .9), percentile(last, 1), percentile(every, .5), percentile(every, .9))
		if len(last) < 20 {
			t.Fatalf("only %d ranges timed", len(last))
		}
		if got := counter(t, s, "certificates_posted_total", nil); got < ranges {
			t.Fatalf("certificates_posted_total %v", got)
		}
		if got := counter(t, s, "l1_gas_used_total", nil); got == 0 {
			t.Fatal("no L1 gas recorded")
		}
		if got := counter(t, s, "signatures_rejected_total", nil); got != 0 {
			t.Fatalf("%v signatures rejected on the happy path", got)
		}
		posted = len(checkInbox(ctx, t, w))
	})

	t.Run("GarbageSigner", func(t *testing.T) {
		ops[1].mode.Store(garbage)
		defer ops[1].mode.Store(honest)
		s, stop := startAggregator(ctx, t, aggregatorConfig(w, ops))
		certs := waitPosted(ctx, t, w, posted+3, time.Minute)
		stop()
		settle(ctx)
		for _, c := range certs[posted:] {
			if !nonSigner(w, c.cert, 1) {
				t.Fatalf("range %d..%d: the garbage signer is not a non-signer", c.cert.Attestation.FromBlock, c.cert.Attestation.ToBlock)
			}
		}
		got := counter(t, s, "signatures_rejected_total", map[string]string{"operator": w.Operators[1].Account.Address.Hex(), "reason": aggregator.ReasonSignature})
		if got == 0 {
			t.Fatal("the garbage signatures were not reported")
		}
		posted = len(checkInbox(ctx, t, w))
	})

	t.Run("OfflineWithQuorum", func(t *testing.T) {
		ops[0].mode.Store(offline) // 1000 of 10000: 9000 remain, above 66.67%
		defer ops[0].mode.Store(honest)
		_, stop := startAggregator(ctx, t, aggregatorConfig(w, ops))
		certs := waitPosted(ctx, t, w, posted+3, time.Minute)
		stop()
		settle(ctx)
		for _, c := range certs[posted:] {
			if !nonSigner(w, c.cert, 0) || len(c.cert.NonSigners) != 1 {
				t.Fatalf("range %d..%d: non-signers %v", c.cert.Attestation.FromBlock, c.cert.Attestation.ToBlock, c.cert.NonSigners)
			}
		}
		posted = len(checkInbox(ctx, t, w))
	})

	t.Run("OfflineWithoutQuorumThenBack", func(t *testing.T) {
		ops[3].mode.Store(offline) // 4000 of 10000: 6000 remain, below 66.67%
		cfg := aggregatorConfig(w, ops)
		cfg.MaxBacklog = 4
		s, stop := startAggregator(ctx, t, cfg)
		defer stop()
		sleep(ctx, 8*time.Second)
		checkNodeAPI(ctx, t, s, http.StatusPartialContent) // behind, not halted
		if n := len(inboxCertificates(ctx, t, w)); n != posted {
			t.Fatalf("%d certificates posted without a quorum", n-posted)
		}
		st := s.Driver.Status()
		if len(st.Chains) != 1 || st.Chains[0].Pending == nil || st.Chains[0].Backlog == 0 {
			t.Fatalf("status %+v", st)
		}
		from, _ := grid().Range(uint64(posted))
		if p := st.Chains[0].Pending; p.FromBlock != from {
			t.Fatalf("pending range %d..%d, want the next one from %d", p.FromBlock, p.ToBlock, from)
		}
		ops[3].mode.Store(honest)
		certs := waitPosted(ctx, t, w, posted+6, time.Minute)
		stop()
		settle(ctx)
		for _, c := range certs[posted:] {
			if nonSigner(w, c.cert, 3) {
				t.Fatalf("range %d..%d certified without operator 3", c.cert.Attestation.FromBlock, c.cert.Attestation.ToBlock)
			}
		}
		posted = len(checkInbox(ctx, t, w))
	})

	t.Run("EarlyPushedSignatures", func(t *testing.T) {
		// Operator 3 answers no request, only pushes, and the quorum needs it: the
		// aggregator reads the source every 1.5 s, so its pushes arrive before the
		// ranges are built.
		ops[3].mode.Store(pushOnly)
		defer ops[3].mode.Store(honest)
		cfg := aggregatorConfig(w, ops)
		cfg.PollInterval = 1500 * time.Millisecond
		s, stop := startAggregator(ctx, t, cfg)
		pctx, pcancel := context.WithCancel(ctx)
		defer pcancel()
		buffered, _ := ops[3].push(pctx, t, s.HTTPEndpoint(), uint64(posted))
		certs := waitPosted(ctx, t, w, posted+4, time.Minute)
		pcancel()
		stop()
		settle(ctx)
		for _, c := range certs[posted:] {
			if nonSigner(w, c.cert, 3) {
				t.Fatalf("range %d..%d certified without the pushing operator", c.cert.Attestation.FromBlock, c.cert.Attestation.ToBlock)
			}
		}
		used := counter(t, s, "early_used_total", nil)
		t.Logf("pushes buffered early: %d, early signatures used: %v", buffered.Load(), used)
		if buffered.Load() == 0 || used == 0 {
			t.Fatal("no early signature was buffered and used")
		}
		posted = len(checkInbox(ctx, t, w))
	})

	t.Run("KilledMidRangeAndRestarted", func(t *testing.T) {
		for _, at := range []string{"Publishing transaction", "Range opened", "Range certified", "Publishing transaction"} {
			child := startChild(ctx, t, w, ops)
			child.waitFor(t, at, time.Minute)
			child.kill()
			t.Logf("SIGKILLed at %q; reconciled: %s", at, child.find("Reconciled with L1"))
		}
		child := startChild(ctx, t, w, ops)
		child.waitFor(t, "Reconciled with L1", time.Minute)
		t.Logf("restarted; reconciled: %s", child.find("Reconciled with L1"))
		n := len(inboxCertificates(ctx, t, w))
		waitPosted(ctx, t, w, n+3, time.Minute)
		child.stop(t)
		posted = len(checkInbox(ctx, t, w))
	})
	t.Logf("%d certificates on L1, in order, each once, every one verified", posted)
}

// checkNodeAPI checks EigenLayer's node API: the health code, the node and its services.
func checkNodeAPI(ctx context.Context, t *testing.T, s *aggregator.Service, health int) {
	t.Helper()
	get := func(path string, v any) int {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.HTTPEndpoint()+path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if v != nil {
			if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
		}
		return resp.StatusCode
	}
	if code := get("/eigen/node/health", nil); code != health {
		_, why := s.Driver.Health()
		t.Fatalf("/eigen/node/health %d, want %d (%v)", code, health, why)
	}
	var node map[string]string
	if get("/eigen/node", &node) != http.StatusOK || node["spec_version"] != aggregator.NodeAPISpecVersion || node["node_name"] == "" {
		t.Fatalf("/eigen/node %v", node)
	}
	var services struct{ Services []aggregator.NodeService }
	if get("/eigen/node/services", &services) != http.StatusOK || len(services.Services) != 3+4 {
		t.Fatalf("/eigen/node/services %+v", services)
	}
	if code := get("/eigen/node/services/l1/health", nil); code != http.StatusOK {
		t.Fatalf("/eigen/node/services/l1/health %d", code)
	}
}

func rpcCall(ctx context.Context, url string, out any, method string, args ...any) error {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return err
	}
	defer c.Close()
	return c.CallContext(ctx, out, method, args...)
}

// settle waits for a stopped aggregator's last transaction, which may have been in
// the pool when it stopped, to land (L1 makes a block every second).
func settle(ctx context.Context) { sleep(ctx, 3*time.Second) }

// testGrid is the tests' range grid; TestAggregator starts it just ahead of the
// source's head.
var testGrid = aggregator.Grid{Start: 1, Length: rangeLength}

func rangeStartAt(n uint64) { testGrid.Start = n }
func grid() aggregator.Grid { return testGrid }

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// child is an aggregator subprocess (this test binary, re-executed).
type child struct {
	cmd   *exec.Cmd
	mu    sync.Mutex
	lines []string
	done  chan struct{}
}

func startChild(ctx context.Context, t *testing.T, w *testworld.World, ops []*testOperator) *child {
	t.Helper()
	var urls []string
	for _, o := range ops {
		urls = append(urls, o.srv.URL)
	}
	env := map[string]string{
		"L1_ETH_RPC": w.L1.URL, "SOURCE_RPC": w.Source.URL, "INBOX": w.AVS.Addresses.Inbox.Hex(),
		"RANGE_START": fmt.Sprint(grid().Start), "RANGE_LENGTH": fmt.Sprint(rangeLength), "THRESHOLDS": threshold,
		"OPERATOR_RPC": strings.Join(urls, ","), "POLL_INTERVAL": "100ms", "LINGER": "500ms",
		"OPERATOR_TIMEOUT": "2s", "ASK_BACKOFF_MAX": "2s",
		"PRIVATE_KEY":       common.Bytes2Hex(crypto.FromECDSA(testworld.Key("submitter"))),
		"NUM_CONFIRMATIONS": "1", "TXMGR_RECEIPT_QUERY_INTERVAL": "50ms", "RESUBMISSION_TIMEOUT": "5s",
		"RPC_ADDR": "127.0.0.1", "RPC_PORT": fmt.Sprint(freePort(t)), "LOG_LEVEL": "info",
	}
	c := &child{done: make(chan struct{})}
	c.cmd = exec.CommandContext(ctx, os.Args[0], "-test.run=^$")
	c.cmd.Env = append(os.Environ(), childEnv+"=1")
	for k, v := range env {
		c.cmd.Env = append(c.cmd.Env, flags.EnvVarPrefix+"_"+k+"="+v)
	}
	out, err := c.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	c.cmd.Stderr = c.cmd.Stdout
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go c.read(out)
	t.Cleanup(c.kill)
	return c
}

func (c *child) read(r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		c.mu.Lock()
		c.lines = append(c.lines, sc.Text())
		c.mu.Unlock()
	}
	_ = c.cmd.Wait()
	close(c.done)
}

// waitFor waits for a log line containing msg, after the process started.
func (c *child) waitFor(t *testing.T, msg string, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for seen := 0; ; {
		c.mu.Lock()
		lines := c.lines[seen:]
		seen = len(c.lines)
		c.mu.Unlock()
		for _, l := range lines {
			if strings.Contains(l, msg) {
				return
			}
		}
		select {
		case <-c.done:
			t.Fatalf("aggregator exited before %q:\n%s", msg, c.output())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %q within %s:\n%s", msg, within, c.output())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// find returns the first log line containing msg, from "msg=" on.
func (c *child) find(msg string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, l := range c.lines {
		if i := strings.Index(l, msg); i >= 0 {
			return l[i:]
		}
	}
	return ""
}

func (c *child) output() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return strings.Join(c.lines[max(0, len(c.lines)-40):], "\n")
}

// kill SIGKILLs the process, as a crash would.
func (c *child) kill() {
	if c.cmd.Process != nil {
		_ = c.cmd.Process.Signal(syscall.SIGKILL)
		<-c.done
	}
}

// stop interrupts the process and expects a clean exit.
func (c *child) stop(t *testing.T) {
	_ = c.cmd.Process.Signal(os.Interrupt)
	select {
	case <-c.done:
	case <-time.After(30 * time.Second):
		t.Fatalf("aggregator did not stop:\n%s", c.output())
	}
	if !c.cmd.ProcessState.Success() {
		t.Fatalf("aggregator exited with %v:\n%s", c.cmd.ProcessState, c.output())
	}
}
