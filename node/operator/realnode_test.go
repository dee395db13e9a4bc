package operator_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	oprpc "github.com/ethereum-optimism/optimism/op-service/rpc"
	"github.com/ethereum-optimism/optimism/op-service/testlog"

	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/node/avsapi"
	"github.com/parley-xyz/parley/node/devnode"
	"github.com/parley-xyz/parley/node/eigenlayer"
	"github.com/parley-xyz/parley/node/keystore"
	"github.com/parley-xyz/parley/node/operator"
	"github.com/parley-xyz/parley/node/operator/metrics"
	"github.com/parley-xyz/parley/node/operator/protection"
	"github.com/parley-xyz/parley/node/source"
	"github.com/parley-xyz/parley/node/testworld"
)

// emitterInit deploys a contract whose code logs its calldata with the caller as topic:
// CALLDATASIZE PUSH0 PUSH0 CALLDATACOPY CALLER CALLDATASIZE PUSH0 LOG1 STOP.
var emitterInit = hexutil.MustDecode("0x68365f5f3733365fa1005f5260096017f3")

// aggregatorStub is a minimal parleyAggregator_submit server that records what it gets
// (the real aggregator is another package's; these tests do not depend on it).
type aggregatorStub struct {
	mu  sync.Mutex
	got []avsapi.Signed
}

func (a *aggregatorStub) Submit(s avsapi.Signed) (*avsapi.SubmitResult, error) {
	if err := s.Check(); err != nil {
		return &avsapi.SubmitResult{Reason: err.Error()}, nil
	}
	a.mu.Lock()
	a.got = append(a.got, s)
	a.mu.Unlock()
	return &avsapi.SubmitResult{Accepted: true}, nil
}

func (a *aggregatorStub) signed() []avsapi.Signed {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]avsapi.Signed(nil), a.got...)
}

func startAggregatorStub(t *testing.T) (*aggregatorStub, string) {
	stub := &aggregatorStub{}
	srv := rpc.NewServer()
	if err := srv.RegisterName(avsapi.AggregatorNamespace, stub); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(func() { hs.Close(); srv.Stop() })
	return stub, hs.URL
}

// sourceProxy forwards JSON-RPC to the source node and, once told to, answers another
// block (another extraData, so another hash) for every block from a number on: what a
// reorg below the safe head looks like to the operator (a dev node cannot reorg).
type sourceProxy struct {
	upstream string
	mu       sync.Mutex
	from     uint64
	on       bool
}

func (p *sourceProxy) rewriteFrom(n uint64) {
	p.mu.Lock()
	p.from, p.on = n, true
	p.mu.Unlock()
}

func (p *sourceProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	resp, err := http.Post(p.upstream, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	out, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var req struct{ Method string }
	p.mu.Lock()
	on, from := p.on, p.from
	p.mu.Unlock()
	if on && json.Unmarshal(body, &req) == nil && req.Method == "eth_getBlockByNumber" {
		var msg map[string]json.RawMessage
		var block map[string]json.RawMessage
		if json.Unmarshal(out, &msg) == nil && json.Unmarshal(msg["result"], &block) == nil && block != nil {
			var num hexutil.Uint64
			if json.Unmarshal(block["number"], &num) == nil && uint64(num) >= from {
				block["extraData"] = json.RawMessage(`"0x72656f72676564"`)
				msg["result"], _ = json.Marshal(block)
				out, _ = json.Marshal(msg)
			}
		}
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(out)
}

// startSource starts a source dev node of its own, funded for user. It passes op-geth
// --miner.recommit 10ms: without it, a dev node's simulated beacon can wait forever for
// a payload whose only build finished before it started waiting (the lost wakeup
// node/eigenlayer.WithPromptRebuilds describes), and an idle dev node then stops making
// blocks (seen on testworld's source node while L1 is being set up).
func startSource(ctx context.Context, t *testing.T, user common.Address) *devnode.Node {
	t.Helper()
	g := &core.Genesis{Config: devnode.DevChainConfig(testworld.SourceChainID), GasLimit: 60_000_000, Difficulty: common.Big0,
		BaseFee: big.NewInt(params.InitialBaseFee), Alloc: devnode.DevAlloc(testworld.Tokens(1000), user)}
	n, err := devnode.Start(ctx, devnode.Config{Binary: testworld.Binary(t), Genesis: g, Args: []string{"--miner.recommit", "10ms"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Stop)
	return n
}

// TestOperatorOnRealNodes runs the daemon against a real L1 (EigenLayer + Parley) and a
// real source dev node on which a contract emits logs: its pushed signatures verify and
// attest what node/source computes; restarted, it refuses a conflicting attestation of a
// signed range, and so does a fresh database after export and import of its history;
// and a "reorg" below the safe head (through a proxy) halts it, saying why.
func TestOperatorOnRealNodes(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	w := testworld.Start(ctx, t, testworld.Config{Weights: []int64{1000}})
	op := w.Operators[0]
	dir := t.TempDir()

	// The operator's key file and password.
	keyPath, pwPath := filepath.Join(dir, "set0.bls.key.json"), filepath.Join(dir, "pw")
	if err := keystore.Save(keyPath, op.Keys[0], "pw", keystore.LightScrypt()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pwPath, []byte("pw\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	// A contract on the source that emits logs, called a few times.
	user := eigenlayer.NewAccount(w.Funded[0])
	srcNode := startSource(ctx, t, user.Address)
	srcChain, err := eigenlayer.NewChain(ctx, srcNode.Client, nil)
	if err != nil {
		t.Fatal(err)
	}
	var emitter common.Address
	if _, err := eigenlayer.Transact(ctx, srcChain, user, "deploy emitter", func(o *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, _, err := bind.DeployContract(o, abi.ABI{}, emitterInit, srcChain)
		emitter = a
		return tx, err
	}); err != nil {
		t.Fatal(err)
	}
	bound := bind.NewBoundContract(emitter, abi.ABI{}, srcChain, srcChain, srcChain)
	var lastEmit uint64
	for i := 0; i < 3; i++ {
		tx, err := eigenlayer.Transact(ctx, srcChain, user, "emit", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return bound.RawTransact(o, []byte{byte(i), 0xee})
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(tx.Receipt.Logs) != 1 {
			t.Fatalf("%d logs", len(tx.Receipt.Logs))
		}
		lastEmit = tx.Receipt.BlockNumber.Uint64()
	}

	stub, aggURL := startAggregatorStub(t)
	proxy := &sourceProxy{upstream: srcNode.URL}
	proxySrv := httptest.NewServer(proxy)
	defer proxySrv.Close()

	cfg := operator.DefaultCLIConfig()
	cfg.L1EthRPC, cfg.SourceRPC, cfg.AggregatorRPC = w.L1.URL, proxySrv.URL, aggURL
	cfg.Publisher, cfg.AVS = w.AVS.Addresses.Publisher.Hex(), w.AVS.Addresses.Registrar.Hex()
	cfg.Operator = op.Account.Address.Hex()
	cfg.BLSKeys, cfg.BLSPasswordFile = []string{"0:" + keyPath}, pwPath
	cfg.RangeStart, cfg.RangeLength = 1, 4
	cfg.PollInterval = 300 * time.Millisecond
	cfg.ProtectionDB, cfg.Fresh = filepath.Join(dir, "protection.db"), true
	cfg.NodeAPIAddr = "127.0.0.1:0"
	cfg.RPCConfig = oprpc.CLIConfig{ListenAddr: "127.0.0.1", ListenPort: 0}
	lg := testlog.Logger(t, log.LevelInfo)
	start := func(c operator.CLIConfig, m metrics.Metricer) *operator.Service {
		t.Helper()
		svc, err := operator.NewService(ctx, "test", &c, lg, operator.WithMetrics(m))
		if err != nil {
			t.Fatal(err)
		}
		if err := svc.Start(ctx); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = svc.Stop(context.Background()) })
		return svc
	}

	// 1. It signs and pushes every range up to the one with the last log.
	svc := start(cfg, metrics.NoopMetrics)
	waitFor(ctx, t, "ranges up to the last emitted log pushed", func() bool {
		s := stub.signed()
		return len(s) > 0 && s[len(s)-1].Attestation.ToBlock >= lastEmit
	})
	src, err := source.New(ctx, srcNode.Client, source.Safe)
	if err != nil {
		t.Fatal(err)
	}
	key := op.Keys[0]
	messages := 0
	pushed := stub.signed()
	for i, s := range pushed {
		a := s.Attestation
		if a.FromBlock != uint64(1+4*i) || a.ToBlock != a.FromBlock+3 || s.Operator != op.Account.Address {
			t.Fatalf("push %d: %d..%d by %s", i, a.FromBlock, a.ToBlock, s.Operator)
		}
		r, err := src.Range(ctx, a.FromBlock, a.ToBlock)
		if err != nil {
			t.Fatal(err)
		}
		if want := r.Attestation(w.AVS.ID(), w.Snapshot.Snapshot); a != want {
			t.Fatalf("push %d attests %+v, node/source computes %+v", i, a, want)
		}
		sigmas, err := s.Sigmas()
		if err != nil || len(sigmas) != 1 || s.Signatures[0].Set != 0 || !bls.Verify(key.PublicKeyG2(), a.Digest(), sigmas[0]) {
			t.Fatalf("push %d: signature does not verify (%v)", i, err)
		}
		messages += len(r.Messages)
	}
	if messages < 3 {
		t.Fatalf("%d messages in the signed ranges, want the emitter's 3", messages)
	}
	if code := httpGet(t, svc.NodeAPIEndpoint()+"/eigen/node/health"); code != http.StatusOK {
		t.Fatalf("health %d", code)
	}
	first := pushed[0]

	// 2. Restarted (same database), against a new snapshot: the signed range is refused,
	// its exact repeat gets the same signature.
	if err := svc.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	second, err := w.AVS.Publish(ctx, w.Owner, 0)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Fresh = false
	svc = start(cfg, metrics.NoopMetrics)
	expectRefusal := func(svc *operator.Service) {
		t.Helper()
		client, err := rpc.DialContext(ctx, svc.RPCEndpoint())
		if err != nil {
			t.Fatal(err)
		}
		defer client.Close()
		req := avsapi.RangeRequest{Version: avsapi.Version, SourceChainID: testworld.SourceChainID, FromBlock: first.Attestation.FromBlock,
			ToBlock: first.Attestation.ToBlock, Snapshot: second.Snapshot}
		var out avsapi.Signed
		err = client.CallContext(ctx, &out, "parleyOperator_signRange", req)
		var re rpc.Error
		if !errors.As(err, &re) || re.ErrorCode() != operator.CodeRefused {
			t.Fatalf("conflicting attestation: %v", err)
		}
		req.Snapshot = w.Snapshot.Snapshot
		if err := client.CallContext(ctx, &out, "parleyOperator_signRange", req); err != nil {
			t.Fatal(err)
		}
		if out.Attestation != first.Attestation || out.Signatures[0].Sigma != first.Signatures[0].Sigma {
			t.Fatal("the repeat got another signature")
		}
	}
	expectRefusal(svc)
	// It carries on with the new snapshot.
	n := len(stub.signed())
	waitFor(ctx, t, "a range against the new snapshot", func() bool {
		s := stub.signed()
		return len(s) > n && s[len(s)-1].Attestation.Snapshot == second.Snapshot
	})

	// 3. The history exported and imported into a fresh database keeps the refusal.
	if err := svc.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	db, _, err := protection.Open(cfg.ProtectionDB, protection.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x, err := db.Export(w.AVS.ID(), testworld.SourceChainID)
	db.Close()
	if err != nil || len(x.Data) != 1 {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := x.Write(&buf); err != nil {
		t.Fatal(err)
	}
	y, err := protection.ReadInterchange(&buf)
	if err != nil {
		t.Fatal(err)
	}
	cfg.ProtectionDB = filepath.Join(dir, "imported.db")
	db, _, err = protection.Open(cfg.ProtectionDB, protection.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Import(y); err != nil {
		t.Fatal(err)
	}
	db.Close()
	m := metrics.NewMetrics()
	svc = start(cfg, m)
	expectRefusal(svc)

	// 4. The source's content of the last signed range changes: the operator halts.
	st := status(ctx, t, svc)
	proxy.rewriteFrom(st.LastSigned)
	waitFor(ctx, t, "the operator halts", func() bool { return status(ctx, t, svc).Halted != "" })
	st = status(ctx, t, svc)
	if !strings.Contains(st.Halted, "reorg") {
		t.Fatalf("halted: %q", st.Halted)
	}
	if code := httpGet(t, svc.NodeAPIEndpoint()+"/eigen/node/health"); code != http.StatusServiceUnavailable {
		t.Fatalf("health %d", code)
	}
	if v := gauge(t, m, "parley_operator_halted"); v != 1 {
		t.Fatalf("halted metric %v", v)
	}
	n = len(stub.signed())
	time.Sleep(3 * cfg.PollInterval)
	if len(stub.signed()) != n {
		t.Fatal("signed after halting")
	}
	t.Logf("signed %d ranges with %d messages; halted: %s", n, messages, st.Halted)
}

func status(ctx context.Context, t *testing.T, svc *operator.Service) avsapi.OperatorStatus {
	t.Helper()
	client, err := rpc.DialContext(ctx, svc.RPCEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	var st avsapi.OperatorStatus
	if err := client.CallContext(ctx, &st, "parleyOperator_status"); err != nil {
		t.Fatal(err)
	}
	return st
}

func httpGet(t *testing.T, url string) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func gauge(t *testing.T, m *metrics.Metrics, name string) float64 {
	t.Helper()
	families, err := m.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() == name && len(f.GetMetric()) == 1 {
			return f.GetMetric()[0].GetGauge().GetValue()
		}
	}
	t.Fatalf("no metric %s", name)
	return 0
}

func waitFor(ctx context.Context, t *testing.T, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %s: %v", what, ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}
