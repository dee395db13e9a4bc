package operator

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	ethkeystore "github.com/ethereum/go-ethereum/accounts/keystore"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/ethereum-optimism/optimism/op-service/clock"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/node/avsapi"
	"github.com/parley-xyz/parley/node/operator/flags"
	"github.com/parley-xyz/parley/node/operator/metrics"
	"github.com/parley-xyz/parley/node/operator/protection"
)

// checkSigned verifies a pushed signature set: the attestation is node/source's for the
// range, and each signature verifies against its key.
func checkSigned(t *testing.T, r *rig, s *avsapi.Signed, snap attestation.Snapshot) {
	t.Helper()
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
	a := &s.Attestation
	rng, err := r.src.Range(context.Background(), a.FromBlock, a.ToBlock)
	if err != nil {
		t.Fatal(err)
	}
	if want := rng.Attestation(testAVS, snap); *a != want {
		t.Fatalf("attestation %+v, node/source computes %+v", *a, want)
	}
	if s.Operator != testOperator || len(s.Signatures) != len(r.keys) {
		t.Fatalf("operator %s, %d signatures", s.Operator, len(s.Signatures))
	}
	sigmas, err := s.Sigmas()
	if err != nil {
		t.Fatal(err)
	}
	for i, ks := range s.Signatures {
		k := r.keys[i]
		if ks.Set != k.Set || ks.Key != k.ID() || !bls.Verify(k.G2, a.Digest(), sigmas[i]) {
			t.Fatalf("signature %d (set %d) does not verify", i, ks.Set)
		}
	}
}

func TestDriverSignsAndPushes(t *testing.T) {
	r := newRig(t, 36) // head 35: ranges 1..10, 11..20, 21..30 are complete
	ctx := context.Background()
	if h, why := r.drv.Health(); h != PartiallyHealthy || why != "initializing" {
		t.Fatalf("health before the first poll: %d %s", h, why)
	}
	r.drv.Step(ctx)
	got := r.agg.pushed()
	if len(got) != 3 {
		t.Fatalf("%d pushed", len(got))
	}
	snap := r.snaps.latest.Ref.Snapshot
	for i, s := range got {
		if s.Attestation.FromBlock != uint64(10*i+1) || s.Attestation.ToBlock != uint64(10*i+10) {
			t.Fatalf("push %d: %d..%d", i, s.Attestation.FromBlock, s.Attestation.ToBlock)
		}
		checkSigned(t, r, s, snap)
	}
	if h, why := r.drv.Health(); h != Healthy {
		t.Fatalf("health %d: %s", h, why)
	}
	st, err := r.att.Status()
	if err != nil || st.LastSigned != 30 || st.SourceHead != 35 || st.Halted != "" || len(st.Sets) != 2 {
		t.Fatalf("%+v %v", st, err)
	}
	// Nothing new until the head passes 40.
	r.drv.Step(ctx)
	if len(r.agg.pushed()) != 3 {
		t.Fatal("pushed an incomplete range")
	}
	r.chain.grow(41)
	r.drv.Step(ctx)
	if got := r.agg.pushed(); len(got) != 4 || got[3].Attestation.FromBlock != 31 {
		t.Fatal("range 31..40 not pushed")
	}
	// A key that is not in the snapshot does not sign; the other still does.
	r.snaps.add(snapshotOf(t, 101, map[common.Address][]*Key{testOperator: r.keys[:1]}))
	r.chain.grow(51)
	r.drv.Step(ctx)
	if got := r.agg.pushed(); len(got) != 5 || len(got[4].Signatures) != 1 || got[4].Signatures[0].Set != 0 {
		t.Fatal("range 41..50 not signed by the member key alone")
	}
}

// TestDriverLoop runs the loop on a deterministic clock.
func TestDriverLoop(t *testing.T) {
	r := newRig(t, 12)
	clk := clock.NewDeterministicClock(time.Unix(0, 0))
	r.drv.clock = clk
	r.drv.Start()
	defer r.drv.Stop()
	waitFor(t, func() bool { return len(r.agg.pushed()) == 1 })
	r.chain.grow(22)
	// The ticker was created by the loop; advance until it fires.
	waitFor(t, func() bool { clk.AdvanceTime(time.Second); return len(r.agg.pushed()) == 2 })
	r.drv.Stop()
	r.drv.Stop() // idempotent
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatal("timed out")
}

func TestDriverHaltsOnReorg(t *testing.T) {
	r := newRig(t, 36)
	ctx := context.Background()
	r.drv.Step(ctx)
	if len(r.agg.pushed()) != 3 {
		t.Fatal("setup")
	}
	// The source's block 30 changes after 21..30 was signed.
	r.chain.reorg(30)
	r.chain.grow(50)
	r.drv.Step(ctx)
	reason := r.att.Halted()
	if !strings.Contains(reason, "block 30 is now") {
		t.Fatalf("halted: %q", reason)
	}
	if len(r.agg.pushed()) != 3 {
		t.Fatal("signed after halting")
	}
	if h, why := r.drv.Health(); h != Unhealthy || !strings.Contains(why, "halted") {
		t.Fatalf("health %d %s", h, why)
	}
	if st, _ := r.att.Status(); st.Halted != reason {
		t.Fatal("status does not say why")
	}
	if !r.m.halted || r.m.health != int(Unhealthy) {
		t.Fatal("metrics")
	}
	var e *Error
	if _, err := r.att.Attest(ctx, 31, 40, nil); !errors.As(err, &e) || e.Code != CodeHalted {
		t.Fatalf("%v", err)
	}
	// A restart re-checks at once and halts again before signing anything.
	r.build(t)
	if r.att.Halted() != "" {
		t.Fatal("fresh attester halted")
	}
	r.drv.Step(ctx)
	if r.att.Halted() == "" || len(r.agg.pushed()) != 3 {
		t.Fatal("restart did not halt")
	}
}

// TestRecomputedContentHalts: a request whose recomputation gives other content for a
// signed range halts the operator (the source's logs of the range changed).
func TestRecomputedContentHalts(t *testing.T) {
	r := newRig(t, 12)
	ctx := context.Background()
	r.drv.Step(ctx)
	snap := r.snaps.latest.Ref.Snapshot
	r.chain.mu.Lock()
	r.chain.logs = slices.DeleteFunc(r.chain.logs, func(l types.Log) bool { return l.BlockNumber == 3 }) // block hashes unchanged
	r.chain.mu.Unlock()
	var e *Error
	_, err := NewAPI(r.att).SignRange(ctx, avsapi.RangeRequest{Version: avsapi.Version, SourceChainID: 902, FromBlock: 1, ToBlock: 10, Snapshot: snap})
	if !errors.As(err, &e) || e.Code != CodeHalted || e.Reason != metrics.ReasonContentChanged || !errors.Is(err, protection.ErrContentChanged) {
		t.Fatalf("%v", err)
	}
	if r.att.Halted() == "" || r.m.refused(metrics.ReasonContentChanged) != 1 {
		t.Fatal("not halted")
	}
}

// TestSignRangeErrors calls parleyOperator_signRange over JSON-RPC.
func TestSignRangeErrors(t *testing.T) {
	r := newRig(t, 26)
	ctx := context.Background()
	r.drv.Step(ctx) // signs 1..10 and 11..20 against the first snapshot
	first := r.snaps.latest.Ref.Snapshot
	second := snapshotOf(t, 120, map[common.Address][]*Key{testOperator: r.keys})
	r.snaps.add(second)
	outsider := snapshotOf(t, 121, map[common.Address][]*Key{{0x77}: {NewKey(0, blsKey("other"))}})
	r.snaps.add(outsider)
	r.chain.grow(31)

	srv := rpc.NewServer()
	if err := srv.RegisterName(avsapi.OperatorNamespace, NewAPI(r.att)); err != nil {
		t.Fatal(err)
	}
	client := rpc.DialInProc(srv)
	defer client.Close()
	call := func(req avsapi.RangeRequest) (*avsapi.Signed, error) {
		var out avsapi.Signed
		err := client.CallContext(ctx, &out, "parleyOperator_signRange", req)
		return &out, err
	}
	req := func(from, to uint64, s attestation.Snapshot) avsapi.RangeRequest {
		return avsapi.RangeRequest{Version: avsapi.Version, SourceChainID: 902, FromBlock: from, ToBlock: to, Snapshot: s}
	}
	// A repeat returns the same signatures.
	pushed := r.agg.pushed()[0]
	got, err := call(req(1, 10, first))
	if err != nil || got.Attestation != pushed.Attestation || got.Signatures[0].Sigma != pushed.Signatures[0].Sigma {
		t.Fatalf("repeat: %v", err)
	}
	// The next range against the second snapshot is fine.
	if got, err = call(req(21, 30, second.Ref.Snapshot)); err != nil {
		t.Fatal(err)
	}
	checkSigned(t, r, got, second.Ref.Snapshot)
	for name, c := range map[string]struct {
		req    avsapi.RangeRequest
		code   int
		reason string
	}{
		"other snapshot":   {req(1, 10, second.Ref.Snapshot), CodeRefused, metrics.ReasonProtection},
		"above head":       {req(31, 40, first), CodeAboveHead, metrics.ReasonAboveHead},
		"off grid":         {req(2, 11, first), CodeInvalidRequest, metrics.ReasonOffGrid},
		"unknown snapshot": {req(1, 10, attestation.Snapshot{Block: 5, Root: common.Hash{1}}), CodeUnknownSnapshot, metrics.ReasonUnknownSnapshot},
		"not a member":     {req(1, 10, outsider.Ref.Snapshot), CodeNotMember, metrics.ReasonNotMember},
		"wrong chain":      {avsapi.RangeRequest{Version: avsapi.Version, SourceChainID: 1, FromBlock: 1, ToBlock: 10, Snapshot: first}, CodeInvalidRequest, metrics.ReasonWrongChain},
		"version":          {avsapi.RangeRequest{Version: 9, SourceChainID: 902, FromBlock: 1, ToBlock: 10, Snapshot: first}, CodeInvalidRequest, metrics.ReasonBadRequest},
	} {
		_, err := call(c.req)
		var re rpc.Error
		var de rpc.DataError
		if !errors.As(err, &re) || re.ErrorCode() != c.code || !errors.As(err, &de) || de.ErrorData() != c.reason {
			t.Fatalf("%s: %v", name, err)
		}
		if r.m.refused(c.reason) == 0 {
			t.Fatalf("%s: refusal not counted", name)
		}
	}
	// A snapshot too old, and L1 down.
	r.snaps.err = ErrSnapshotTooOld
	if _, err := call(req(21, 30, first)); err == nil || !strings.Contains(err.Error(), "too old") {
		t.Fatalf("%v", err)
	}
	r.snaps.err = errors.New("dial tcp: connection refused")
	var re rpc.Error
	if _, err := call(req(21, 30, first)); !errors.As(err, &re) || re.ErrorCode() != CodeUnavailable {
		t.Fatalf("%v", err)
	}
	var st avsapi.OperatorStatus
	if err := client.CallContext(ctx, &st, "parleyOperator_status"); err != nil || st.LastSigned != 30 || st.Version != avsapi.Version {
		t.Fatalf("%+v %v", st, err)
	}
}

// TestHealth: source down, lagging, aggregator failures.
func TestHealth(t *testing.T) {
	r := newRig(t, 12)
	ctx := context.Background()
	r.drv.Step(ctx)
	if h, why := r.drv.Health(); h != Healthy {
		t.Fatal(why)
	}
	// The aggregator fails: partially healthy, counted.
	r.agg.err = errors.New("connection refused")
	r.chain.grow(22)
	r.drv.Step(ctx)
	if h, why := r.drv.Health(); h != PartiallyHealthy || !strings.Contains(why, "aggregator") || r.m.pushFail != 1 {
		t.Fatalf("%d %s", h, why)
	}
	svc := r.drv.Services()
	if svc[len(svc)-1].ID != "aggregator" || svc[len(svc)-1].Status != ServiceDown {
		t.Fatalf("%+v", svc)
	}
	r.agg.err = nil
	// Lagging: one range per poll, far behind.
	r.drv.cfg.MaxRangesPerPoll = 1
	r.chain.grow(100)
	r.drv.Step(ctx)
	if h, why := r.drv.Health(); h != PartiallyHealthy || !strings.Contains(why, "ranges behind") {
		t.Fatalf("%d %s", h, why)
	}
	// The source goes away: unhealthy.
	r.chain.setDown(true)
	r.drv.Step(ctx)
	if h, why := r.drv.Health(); h != Unhealthy || !strings.Contains(why, "source unreachable") {
		t.Fatalf("%d %s", h, why)
	}
	if svc := r.drv.Services(); svc[0].ID != "source" || svc[0].Status != ServiceDown {
		t.Fatalf("%+v", svc)
	}
}

type fixedState struct {
	h   Health
	why string
	svc []NodeService
}

func (f fixedState) Health() (Health, string) { return f.h, f.why }
func (f fixedState) Services() []NodeService  { return f.svc }

func TestNodeAPI(t *testing.T) {
	state := &fixedState{svc: []NodeService{{ID: "source", Name: "Source", Description: "d", Status: ServiceUp},
		{ID: "l1", Name: "L1", Status: ServiceInitializing}, {ID: "signer", Status: ServiceDown}}}
	srv := httptest.NewServer(NodeAPI("parley-operator", "v9", state))
	defer srv.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, body := get("/eigen/node")
	var info map[string]string
	if err := json.Unmarshal([]byte(body), &info); code != 200 || err != nil || info["node_name"] != "parley-operator" ||
		info["spec_version"] != "v0.0.1" || info["node_version"] != "v9" {
		t.Fatalf("%d %s", code, body)
	}
	for h, want := range map[Health]int{Healthy: 200, PartiallyHealthy: 206, Unhealthy: 503} {
		state.h, state.why = h, "why not"
		if code, body := get("/eigen/node/health"); code != want || (h != Healthy && !strings.Contains(body, "why not")) {
			t.Fatalf("health %d: %d %s", h, code, body)
		}
	}
	code, body = get("/eigen/node/services")
	var svc struct{ Services []NodeService }
	if err := json.Unmarshal([]byte(body), &svc); code != 200 || err != nil || len(svc.Services) != 3 || svc.Services[0].Status != "Up" {
		t.Fatalf("%d %s", code, body)
	}
	for path, want := range map[string]int{
		"/eigen/node/services/source/health": 200, "/eigen/node/services/l1/health": 206,
		"/eigen/node/services/signer/health": 503, "/eigen/node/services/nope/health": 404,
		"/eigen/node?version=v0.0.1": 200, "/eigen/node?version=0.0.2": 404,
	} {
		if code, _ := get(path); code != want {
			t.Fatalf("%s: %d, want %d", path, code, want)
		}
	}
}

func TestGrid(t *testing.T) {
	g := Grid{Start: 5, Length: 10}
	if f, to := g.Next(0, false); f != 5 || to != 14 {
		t.Fatal(f, to)
	}
	if f, to := g.Next(14, true); f != 15 || to != 24 {
		t.Fatal(f, to)
	}
	if f, _ := g.Next(20, true); f != 25 { // after an off-grid watermark: the next range
		t.Fatal(f)
	}
	if g.On(15, 24) != nil || g.On(16, 25) == nil || g.On(15, 23) == nil || g.On(0, 4) == nil {
		t.Fatal("On")
	}
	if g.Behind(34, 14, true) != 2 || g.Behind(33, 14, true) != 1 || g.Behind(10, 0, false) != 0 || g.Behind(14, 0, false) != 1 {
		t.Fatal("Behind")
	}
	if (Grid{Length: 0}).Check() == nil {
		t.Fatal("empty grid")
	}
}

func validConfig() CLIConfig {
	c := DefaultCLIConfig()
	c.L1EthRPC, c.SourceRPC = "http://l1", "http://source"
	c.Publisher, c.Operator = "0x00000000000000000000000000000000000000aa", "0x00000000000000000000000000000000000000bb"
	c.BLSKeys, c.BLSPassword = []string{"0:/k0.json", "3:/k3.json"}, "pw"
	c.RangeStart, c.RangeLength = 1, 100
	c.ProtectionDB = "/tmp/p.db"
	return c
}

func TestConfigCheck(t *testing.T) {
	c := validConfig()
	if err := c.Check(); err != nil {
		t.Fatal(err)
	}
	bad := CLIConfig{SourceHead: "latest", BLSKeys: []string{"0:/a", "0:/b", "x"}, AVS: "nope", NodeAPIAddr: "nohostport"}
	err := bad.Check()
	if err == nil {
		t.Fatal("accepted")
	}
	for _, want := range []string{"--l1-eth-rpc is required", "--source-rpc is required", "--publisher is required", "--operator is required",
		"--avs: \"nope\"", "given twice", "SET:PATH", "no BLS key password", "--source-head", "range length", "--poll-interval",
		"--network-timeout", "--max-snapshot-age", "--max-ranges-per-poll", "--push-attempts", "--protection-db is required", "--node-api.addr"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in:\n%v", want, err)
		}
	}
}

// TestFlagsHaveEnvVars: every flag of every command has a PARLEY_OPERATOR_ variable.
func TestFlagsHaveEnvVars(t *testing.T) {
	sets := [][]cli.Flag{flags.RunFlags(), flags.RegisterRequired(), flags.RegisterOptional(), flags.DeregisterRequired(),
		flags.DeregisterOptional(), flags.ExportFlags(), flags.ImportFlags()}
	for _, set := range sets {
		for _, f := range set {
			e, ok := f.(interface{ GetEnvVars() []string })
			if !ok || len(e.GetEnvVars()) != 1 || !strings.HasPrefix(e.GetEnvVars()[0], flags.EnvVarPrefix+"_") {
				t.Errorf("flag %s has no %s_ variable", f.Names()[0], flags.EnvVarPrefix)
			}
		}
	}
}

func TestKeySpecs(t *testing.T) {
	specs, err := ParseKeySpecs([]string{"3:/b", "0:/a"})
	if err != nil || len(specs) != 2 || specs[0].Set != 0 || specs[1].Path != "/b" {
		t.Fatalf("%+v %v", specs, err)
	}
	for _, bad := range [][]string{nil, {"192:/a"}, {"/a"}, {"0:"}, {"-1:/a"}} {
		if _, err := ParseKeySpecs(bad); err == nil {
			t.Fatalf("%v accepted", bad)
		}
	}
}

// TestAttestUnavailable: a source read failure is temporary, not a refusal.
func TestAttestUnavailable(t *testing.T) {
	r := newRig(t, 12)
	r.chain.setDown(true)
	var e *Error
	if _, err := r.att.Attest(context.Background(), 1, 10, nil); !errors.As(err, &e) || e.Code != CodeUnavailable {
		t.Fatalf("%v", err)
	}
}

func TestLoadL1Key(t *testing.T) {
	dir := t.TempDir()
	key, _ := crypto.GenerateKey()
	ks := ethkeystore.NewKeyStore(dir, ethkeystore.LightScryptN, ethkeystore.LightScryptP)
	acct, err := ks.ImportECDSA(key, "pw")
	if err != nil {
		t.Fatal(err)
	}
	if isKS, err := IsKeystoreFile(acct.URL.Path); err != nil || !isKS {
		t.Fatal("keystore not recognised", err)
	}
	got, err := LoadL1Key(acct.URL.Path, "pw")
	if err != nil || crypto.PubkeyToAddress(got.PublicKey) != acct.Address {
		t.Fatal(err)
	}
	if _, err := LoadL1Key(acct.URL.Path, "wrong"); err == nil {
		t.Fatal("wrong password accepted")
	}
	hexFile := filepath.Join(dir, "key.hex")
	_ = os.WriteFile(hexFile, []byte("0x"+common.Bytes2Hex(crypto.FromECDSA(key))+"\n"), 0o600)
	if isKS, _ := IsKeystoreFile(hexFile); isKS {
		t.Fatal("hex file taken for a keystore")
	}
	if got, err := LoadL1Key(hexFile, ""); err != nil || crypto.PubkeyToAddress(got.PublicKey) != acct.Address {
		t.Fatal(err)
	}
	for name, content := range map[string]string{"short": "0x1234", "json": `{"foo": 1}`, "text": "not a key"} {
		p := filepath.Join(dir, name)
		_ = os.WriteFile(p, []byte(content), 0o600)
		if _, err := LoadL1Key(p, "pw"); err == nil {
			t.Fatalf("%s accepted", name)
		}
	}
}

// TestConcurrentRequests: the driver and many aggregator requests race for the same
// ranges against two snapshots; every range ends up signed against one snapshot only.
func TestConcurrentRequests(t *testing.T) {
	r := newRig(t, 61)
	ctx := context.Background()
	a, b := r.snaps.latest, snapshotOf(t, 130, map[common.Address][]*Key{testOperator: r.keys})
	r.snaps.add(b)
	api := NewAPI(r.att)
	type result struct {
		s   *avsapi.Signed
		err error
	}
	results := make(chan result, 200)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := uint64(0); k < 6; k++ {
				snap := a.Ref.Snapshot
				if (uint64(g)+k)%2 == 0 {
					snap = b.Ref.Snapshot
				}
				s, err := api.SignRange(ctx, avsapi.RangeRequest{Version: avsapi.Version, SourceChainID: 902, FromBlock: 1 + 10*k, ToBlock: 10 + 10*k, Snapshot: snap})
				results <- result{s, err}
			}
		}(g)
	}
	wg.Add(1)
	go func() { defer wg.Done(); r.drv.Step(ctx) }()
	wg.Wait()
	close(results)
	signed := map[uint64]*avsapi.Signed{}
	for _, res := range append([]*avsapi.Signed(nil), r.agg.pushed()...) {
		if prev, ok := signed[res.Attestation.FromBlock]; ok && (prev.Attestation != res.Attestation || prev.Signatures[0].Sigma != res.Signatures[0].Sigma) {
			t.Fatalf("range %d signed twice differently", res.Attestation.FromBlock)
		}
		signed[res.Attestation.FromBlock] = res
	}
	for res := range results {
		if res.err != nil {
			var e *Error
			if !errors.As(res.err, &e) || e.Code != CodeRefused {
				t.Fatal(res.err)
			}
			continue
		}
		from := res.s.Attestation.FromBlock
		if prev, ok := signed[from]; ok && (prev.Attestation != res.s.Attestation || prev.Signatures[0].Sigma != res.s.Signatures[0].Sigma) {
			t.Fatalf("range %d signed against snapshots %s and %s", from, prev.Attestation.Snapshot, res.s.Attestation.Snapshot)
		}
		signed[from] = res.s
	}
	if len(signed) != 6 {
		t.Fatalf("%d ranges signed", len(signed))
	}
}
