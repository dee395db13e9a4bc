package opnode

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/urfave/cli/v2"

	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/node/chainconfig"
)

// chain is a chain's "parley" object with every field set and two upgrades.
const chain = `{
  "activationTime": 100, "l1ChainId": 900,
  "avs": "0x00000000000000000000000000000000000000aa",
  "publisher": "0x00000000000000000000000000000000000000bb",
  "certInbox": "0x00000000000000000000000000000000000000cc",
  "thresholds": [{"quorum": 0, "bps": 6667}], "window": 64,
  "upgrades": [
    {"time": 200, "thresholds": [{"quorum": 0, "bps": 7500}], "avs": "0x00000000000000000000000000000000000000a1",
     "publisher": "0x00000000000000000000000000000000000000b1"},
    {"time": 300, "window": 32, "certInbox": "0x00000000000000000000000000000000000000dd"}
  ]
}`

var secret = [32]byte{1, 2, 3}

// fakeParley answers parley_config as op-geth does: the genesis object under
// "parley", next to the fields op-geth reports besides.
type fakeParley struct{ parley json.RawMessage }

func (f *fakeParley) Config() map[string]any {
	out := map[string]any{"address": "0x00000000000000000000000000000000000a7e57", "hookVersion": "parley-hooks/3", "active": true}
	if f.parley != nil {
		out["parley"] = f.parley
	}
	return out
}

// fakeGeth serves parley_config for parley (nil: no parley namespace, as a plain
// op-geth) over HTTP, behind JWT authentication with jwt if it is not nil.
func fakeGeth(t *testing.T, parley json.RawMessage, jwt *[32]byte, withConfig bool) string {
	t.Helper()
	srv := rpc.NewServer()
	if parley != nil || withConfig {
		if err := srv.RegisterName("parley", &fakeParley{parley: parley}); err != nil {
			t.Fatal(err)
		}
	}
	var h http.Handler = srv
	if jwt != nil {
		h = node.NewHTTPHandlerStack(srv, nil, []string{"*"}, jwt[:])
	}
	hs := httptest.NewServer(h)
	t.Cleanup(func() { hs.Close(); srv.Stop() })
	return hs.URL
}

func quiet() log.Logger { return log.NewLogger(log.DiscardHandler()) }

func TestStartAgrees(t *testing.T) {
	// The default: op-geth's engine endpoint with op-node's JWT secret.
	url := fakeGeth(t, json.RawMessage(chain), &secret, false)
	hook, err := Start(t.Context(), json.RawMessage(chain), Engine{Addr: url, JWTSecret: secret}, Local{}, quiet())
	if err != nil || hook == nil {
		t.Fatalf("engine endpoint: %v, %v", hook, err)
	}
	// --parley.geth-rpc: another endpoint, without authentication; the engine is not asked.
	plain := fakeGeth(t, json.RawMessage(chain), nil, false)
	hook, err = Start(t.Context(), json.RawMessage(chain), Engine{Addr: "http://127.0.0.1:1"}, Local{GethRPC: plain}, quiet())
	if err != nil || hook == nil {
		t.Fatalf("--parley.geth-rpc: %v, %v", hook, err)
	}
	// Formatting differs, content does not.
	compact, _ := json.Marshal(json.RawMessage(chain))
	if _, err := Start(t.Context(), json.RawMessage(chain), Engine{Addr: fakeGeth(t, compact, nil, false)}, Local{}, quiet()); err != nil {
		t.Fatalf("the same object, formatted differently: %v", err)
	}
}

// TestEveryFieldChecked: op-geth's configuration made to disagree in any one field stops
// start-up with an error naming that field, op-node's value and op-geth's.
func TestEveryFieldChecked(t *testing.T) {
	a := common.HexToAddress("0x00000000000000000000000000000000000000ee")
	for field, c := range map[string]struct {
		mutate       func(p *chainconfig.Parley)
		ours, theirs string
	}{
		"activationTime":         {func(p *chainconfig.Parley) { p.ActivationTime = 99 }, "100", "99"},
		"l1ChainId":              {func(p *chainconfig.Parley) { p.L1ChainID = 901 }, "900", "901"},
		"avs":                    {func(p *chainconfig.Parley) { p.AVS = a }, `"0x00000000000000000000000000000000000000aa"`, `"0x00000000000000000000000000000000000000ee"`},
		"publisher":              {func(p *chainconfig.Parley) { p.Publisher = a }, `"0x00000000000000000000000000000000000000bb"`, `"0x00000000000000000000000000000000000000ee"`},
		"certInbox":              {func(p *chainconfig.Parley) { p.CertInbox = a }, `"0x00000000000000000000000000000000000000cc"`, `"0x00000000000000000000000000000000000000ee"`},
		"thresholds":             {func(p *chainconfig.Parley) { p.Thresholds = []verifier.Threshold{{Quorum: 0, BPS: 5000}} }, `[{"quorum":0,"bps":6667}]`, `[{"quorum":0,"bps":5000}]`},
		"window":                 {func(p *chainconfig.Parley) { p.Window = 65 }, "64", "65"},
		"upgrades[0].time":       {func(p *chainconfig.Parley) { p.Upgrades[0].Time = 201 }, "200", "201"},
		"upgrades[0].avs":        {func(p *chainconfig.Parley) { p.Upgrades[0].AVS = &a }, `"0x00000000000000000000000000000000000000a1"`, `"0x00000000000000000000000000000000000000ee"`},
		"upgrades[0].publisher":  {func(p *chainconfig.Parley) { p.Upgrades[0].Publisher = nil }, `"0x00000000000000000000000000000000000000b1"`, "null"},
		"upgrades[0].thresholds": {func(p *chainconfig.Parley) { p.Upgrades[0].Thresholds[0].BPS = 7400 }, `[{"quorum":0,"bps":7500}]`, `[{"quorum":0,"bps":7400}]`},
		"upgrades[1].window":     {func(p *chainconfig.Parley) { p.Upgrades[1].Window = 0 }, "32", "0"},
		"upgrades[1].certInbox":  {func(p *chainconfig.Parley) { p.Upgrades[1].CertInbox = &a }, `"0x00000000000000000000000000000000000000dd"`, `"0x00000000000000000000000000000000000000ee"`},
		"upgrades[1]":            {func(p *chainconfig.Parley) { p.Upgrades = p.Upgrades[:1] }, `{"time":300,`, "absent"},
		"upgrades[2]": {func(p *chainconfig.Parley) {
			p.Upgrades = append(p.Upgrades, chainconfig.Upgrade{Time: 400, Window: 8})
		}, "absent", `{"time":400,`},
	} {
		theirs, err := chainconfig.Decode([]byte(chain))
		if err != nil {
			t.Fatal(err)
		}
		c.mutate(theirs)
		doc, err := json.Marshal(theirs)
		if err != nil {
			t.Fatal(err)
		}
		url := fakeGeth(t, doc, &secret, false)
		_, err = Start(t.Context(), json.RawMessage(chain), Engine{Addr: url, JWTSecret: secret}, Local{}, quiet())
		want := field + ": op-node (rollup.json) " + c.ours
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "op-geth (genesis config.parley) "+c.theirs) ||
			!strings.Contains(err.Error(), "differ in 1 field") {
			t.Errorf("%s: got %v, want %q and op-geth's %s", field, err, want, c.theirs)
		}
	}
}

func TestGethWithoutParley(t *testing.T) {
	start := time.Now()
	// A plain op-geth: no parley namespace at all.
	_, err := Start(t.Context(), json.RawMessage(chain), Engine{Addr: fakeGeth(t, nil, &secret, false), JWTSecret: secret}, Local{}, quiet())
	if err == nil || !strings.Contains(err.Error(), "has no Parley configuration") {
		t.Fatalf("plain op-geth: %v", err)
	}
	// An op-geth whose parley_config has no chain configuration (an older Parley).
	_, err = Start(t.Context(), json.RawMessage(chain), Engine{Addr: fakeGeth(t, nil, nil, true)}, Local{}, quiet())
	if err == nil || !strings.Contains(err.Error(), "reports no Parley chain configuration") {
		t.Fatalf("op-geth without a chain configuration: %v", err)
	}
	// An invalid one.
	bad := strings.Replace(chain, `"window": 64`, `"window": 0`, 1)
	_, err = Start(t.Context(), json.RawMessage(chain), Engine{Addr: fakeGeth(t, json.RawMessage(bad), nil, false)}, Local{}, quiet())
	if err == nil || !strings.Contains(err.Error(), "op-geth's Parley configuration") || !strings.Contains(err.Error(), "window") {
		t.Fatalf("invalid op-geth configuration: %v", err)
	}
	// A wrong JWT secret.
	_, err = Start(t.Context(), json.RawMessage(chain), Engine{Addr: fakeGeth(t, json.RawMessage(chain), &secret, false), JWTSecret: [32]byte{9}}, Local{}, quiet())
	if err == nil || !strings.Contains(err.Error(), "refused op-node's credentials") {
		t.Fatalf("wrong JWT: %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("answers that retrying cannot change took %s: they must not be retried", d)
	}
}

// freeAddr returns a loopback address nothing listens on.
func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

func TestUnreachableGeth(t *testing.T) {
	addr := freeAddr(t)
	start := time.Now()
	_, err := Start(t.Context(), json.RawMessage(chain), Engine{Addr: "http://" + addr, JWTSecret: secret}, Local{StartupTimeout: 700 * time.Millisecond}, quiet())
	if err == nil || !strings.Contains(err.Error(), "did not report its Parley configuration") || !strings.Contains(err.Error(), "700ms") {
		t.Fatalf("got %v", err)
	}
	if d := time.Since(start); d < 700*time.Millisecond || d > 5*time.Second {
		t.Fatalf("gave up after %s, want the 700ms timeout", d)
	}
}

// TestGethStartsLater: op-node waits for an op-geth that starts after it.
func TestGethStartsLater(t *testing.T) {
	addr := freeAddr(t)
	srv := rpc.NewServer()
	if err := srv.RegisterName("parley", &fakeParley{parley: json.RawMessage(chain)}); err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(time.Second)
		l, err := net.Listen("tcp", addr)
		if err != nil {
			return // the test fails on its timeout
		}
		hs := &http.Server{Handler: node.NewHTTPHandlerStack(srv, nil, []string{"*"}, secret[:])}
		t.Cleanup(func() { hs.Close() })
		_ = hs.Serve(l)
	}()
	hook, err := Start(t.Context(), json.RawMessage(chain), Engine{Addr: "http://" + addr, JWTSecret: secret}, Local{StartupTimeout: 20 * time.Second}, quiet())
	if err != nil || hook == nil {
		t.Fatalf("%v, %v", hook, err)
	}
}

func TestParleyOff(t *testing.T) {
	for _, raw := range []json.RawMessage{nil, json.RawMessage("null"), json.RawMessage(" ")} {
		hook, err := Start(t.Context(), raw, Engine{Addr: "http://127.0.0.1:1"}, Local{}, quiet())
		if hook != nil || err != nil {
			t.Fatalf("%q: %v, %v; want Parley off", raw, hook, err)
		}
	}
	_, err := Start(t.Context(), nil, Engine{}, Local{GethRPC: "http://x", Set: []string{"--" + GethRPCFlag}}, quiet())
	if err == nil || !strings.Contains(err.Error(), "--parley.geth-rpc set, but the rollup configuration has no \"parley\" object") {
		t.Fatalf("a Parley flag without Parley: %v", err)
	}
	bad := strings.Replace(chain, `"window": 64`, `"window": 64, "registry": "0x01"`, 1)
	if _, err := Start(t.Context(), json.RawMessage(bad), Engine{Addr: "http://127.0.0.1:1"}, Local{}, quiet()); err == nil ||
		!strings.Contains(err.Error(), "rollup configuration's \"parley\" object") || !strings.Contains(err.Error(), "registry") {
		t.Fatalf("invalid rollup.json parley: %v", err)
	}
}

// TestDerivationSchedule: the hook gets each upgrade's complete settings.
func TestDerivationSchedule(t *testing.T) {
	p, err := chainconfig.Decode([]byte(chain))
	if err != nil {
		t.Fatal(err)
	}
	cfg := DerivationConfig(p, 3)
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, tm := range []uint64{100, 199, 200, 250, 300, 1 << 40} {
		want, got := p.At(tm), cfg.At(tm)
		if got.AVS != want.AVS || got.Publisher != want.Publisher || got.CertInbox != want.CertInbox || got.Window != want.Window ||
			len(got.Thresholds) != len(want.Thresholds) || got.Thresholds[0] != want.Thresholds[0] {
			t.Errorf("at %d: %+v, want %+v", tm, got, want)
		}
	}
	if cfg.SnapshotCacheSize != 3 || cfg.ActivationTime != 100 || cfg.L1ChainID != 900 {
		t.Fatalf("%+v", cfg)
	}
	if _, err := NewHook(p, Local{}, quiet()); err != nil {
		t.Fatal(err)
	}
}

// TestFlagsAndEnvironment: the local flags and their environment variables; the
// consensus flags of earlier versions are gone (op-node refuses them).
func TestFlagsAndEnvironment(t *testing.T) {
	run := func(args []string) (Local, error) {
		var l Local
		app := &cli.App{Flags: Flags("OP_NODE", "parley"), Action: func(ctx *cli.Context) error { l = LocalFromCLI(ctx); return nil }}
		app.Writer, app.ErrWriter = &strings.Builder{}, &strings.Builder{}
		err := app.RunContext(context.Background(), append([]string{"op-node"}, args...))
		return l, err
	}
	l, err := run(nil)
	if err != nil || l.GethRPC != "" || l.StartupTimeout != DefaultStartupTimeout || l.SnapshotCacheSize != 0 || len(l.Set) != 0 {
		t.Fatalf("defaults: %+v, %v", l, err)
	}
	t.Setenv("OP_NODE_PARLEY_GETH_RPC", "http://127.0.0.1:8545")
	l, err = run([]string{"--parley.startup-timeout", "5s", "--parley.snapshot-cache", "16"})
	if err != nil || l.GethRPC != "http://127.0.0.1:8545" || l.StartupTimeout != 5*time.Second || l.SnapshotCacheSize != 16 || len(l.Set) != 3 {
		t.Fatalf("set: %+v, %v", l, err)
	}
	for _, old := range []string{"--parley.activation-time", "--parley.avs", "--parley.publisher", "--parley.cert-inbox", "--parley.thresholds", "--parley.window"} {
		if _, err := run([]string{old, "1"}); err == nil {
			t.Errorf("%s accepted: consensus settings are the chain's, not flags", old)
		}
	}
}

// TestMetricsCount shows that the hook's metrics count what it records and register in
// any number of registries (op-node makes one per metrics instance).
func TestMetricsCount(t *testing.T) {
	before := testutil.ToFloat64(skippedInputs.WithLabelValues("certificate"))
	Metrics.RecordSkipped("certificate")
	Metrics.RecordSkipped("certificate")
	if got := testutil.ToFloat64(skippedInputs.WithLabelValues("certificate")) - before; got != 2 {
		t.Fatalf("counted %v skipped certificates, want 2", got)
	}
	fetched := testutil.ToFloat64(snapshotBlocksFetched)
	Metrics.RecordSnapshotResolved(false, 3)
	if got := testutil.ToFloat64(snapshotBlocksFetched) - fetched; got != 3 {
		t.Fatalf("counted %v fetched blocks, want 3", got)
	}
	for i := 0; i < 2; i++ {
		reg := prometheus.NewRegistry()
		reg.MustRegister(Collectors()...)
		n, err := testutil.GatherAndCount(reg, MetricsNamespace+"_skipped_inputs_total")
		if err != nil || n == 0 {
			t.Fatalf("registry %d: %d series, %v", i, n, err)
		}
	}
}
