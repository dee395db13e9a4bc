package e2e

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// opNodeBinary returns the patched op-node to test: $PARLEY_OPNODE, or the one `parley
// forks build` leaves in .forks/bin/ (skipped when missing, unless PARLEY_E2E_REQUIRED=1).
func opNodeBinary(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("PARLEY_OPNODE")
	if bin == "" {
		bin = filepath.Join("..", ".forks", "bin", "op-node")
	}
	abs, err := filepath.Abs(bin)
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(abs); err != nil || fi.IsDir() || fi.Mode()&0o111 == 0 {
		msg := fmt.Sprintf("patched op-node not found at %s: build it with `go run ./node/cmd/parley forks build` or set PARLEY_OPNODE", abs)
		if os.Getenv("PARLEY_E2E_REQUIRED") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return abs
}

// chainParley is the "parley" object of the test chain: every field, one upgrade.
const chainParley = `{
  "activationTime": 0, "l1ChainId": 900,
  "avs": "0x000000000000000000000000000000000000a11c",
  "publisher": "0x000000000000000000000000000000000000b0b0",
  "certInbox": "0x000000000000000000000000000000000000c0c0",
  "thresholds": [{"quorum": 0, "bps": 6667}], "window": 16,
  "upgrades": [{"time": 1900000000, "thresholds": [{"quorum": 0, "bps": 8000}]}]
}`

// authStarted matches geth's log line for its authenticated (engine) HTTP server.
var authStarted = regexp.MustCompile(`HTTP server started\s+endpoint=(127\.0\.0\.1:\d+)\s+auth=true`)

// TestOpNodeRefusesMismatchedParley runs the patched op-geth on a genesis with
// config.parley, and the patched op-node with a rollup.json whose "parley" object is
// the same, or differs in one field. op-node asks op-geth's engine endpoint for
// parley_config with its engine JWT (the default) at start-up, before it needs L1:
// with a difference it exits non-zero naming the field and both values; with the same
// object it reports agreement and goes on (to fail later, for want of an L1). op-geth
// serves the whole genesis object in parley_config, on its HTTP endpoint as on the
// authenticated one. The consensus flags of earlier versions are refused. Finally an
// upgrade is scheduled the documented way: op-node refuses to start while only its
// rollup.json has it, and agrees once op-geth was re-initialised with the new genesis.
func TestOpNodeRefusesMismatchedParley(t *testing.T) {
	geth, opnode := gethBinary(t), opNodeBinary(t)
	dir := t.TempDir()

	// op-geth: a post-merge chain with config.parley, waiting for a consensus client on
	// its engine endpoint.
	var parley map[string]any
	if err := json.Unmarshal([]byte(chainParley), &parley); err != nil {
		t.Fatal(err)
	}
	genesis := &core.Genesis{
		Config: cancunConfig(901), GasLimit: 30_000_000, BaseFee: big.NewInt(params.InitialBaseFee), Difficulty: common.Big0,
		Alloc: types.GenesisAlloc{params.BeaconRootsAddress: {Code: params.BeaconRootsCode, Nonce: 1, Balance: new(big.Int)}},
	}
	writeGenesis(t, filepath.Join(dir, "genesis.json"), genesis, parley)
	datadir := filepath.Join(dir, "geth")
	mustRunGeth(t, geth, "--datadir", datadir, "init", filepath.Join(dir, "genesis.json"))
	secret := [32]byte{0x5e, 0xc2, 0xe7}
	jwtFile := filepath.Join(dir, "jwt.hex")
	if err := os.WriteFile(jwtFile, []byte(hexutil.Encode(secret[:])), 0o600); err != nil {
		t.Fatal(err)
	}
	g, engine := startEngine(t, geth, datadir, jwtFile)

	// parley_config answers the genesis object, on both endpoints.
	want := normalJSON(t, []byte(chainParley))
	authed, err := rpc.DialOptions(t.Context(), engine, rpc.WithHTTPAuth(jwtAuth(secret)))
	if err != nil {
		t.Fatal(err)
	}
	defer authed.Close()
	for name, c := range map[string]*rpc.Client{"http": g.RPC, "engine": authed} {
		var res struct {
			Parley json.RawMessage `json:"parley"`
		}
		if err := c.CallContext(t.Context(), &res, "parley_config"); err != nil {
			t.Fatalf("%s: parley_config: %v", name, err)
		}
		if got := normalJSON(t, res.Parley); got != want {
			t.Fatalf("%s: parley_config's parley object is\n%s\nwant the genesis object\n%s", name, got, want)
		}
	}

	// op-node with rollup.json's "parley" as given, and these extra flags.
	run := func(name, parley string, extra ...string) (string, error) {
		rollup := fmt.Sprintf(`{"block_time": 2, "l1_chain_id": 900, "l2_chain_id": 901, "parley": %s}`, parley)
		path := filepath.Join(dir, name+".rollup.json")
		if err := os.WriteFile(path, []byte(rollup), 0o644); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(t.Context(), 90*time.Second)
		defer cancel()
		args := append([]string{"--l1", "http://127.0.0.1:9", "--l2", engine, "--l2.jwt-secret", jwtFile, "--rollup.config", path,
			"--l1.beacon.ignore", "--p2p.disable", "--rpc.port", "0", "--parley.startup-timeout", "20s"}, extra...)
		cmd := exec.CommandContext(ctx, opnode, args...)
		cmd.WaitDelay = 5 * time.Second
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		if ctx.Err() != nil {
			t.Fatalf("%s: op-node did not exit: %v\n%s", name, ctx.Err(), tail(out.String(), 30))
		}
		return out.String(), err
	}

	// One field differs: op-node exits non-zero naming it, with both values.
	differ := strings.Replace(chainParley, `"window": 16`, `"window": 32`, 1)
	out, err := run("window", differ)
	if err == nil || !strings.Contains(out, "window: op-node (rollup.json) 32, op-geth (genesis config.parley) 16") ||
		!strings.Contains(out, "differ in 1 field") {
		t.Fatalf("op-node with a different window: err=%v, want an exit naming the window and both values\n%s", err, tail(out, 30))
	}
	// A scheduled upgrade op-geth does not know of: named too.
	differ = strings.Replace(chainParley, `"bps": 8000`, `"bps": 7500`, 1)
	out, err = run("upgrade", differ)
	if err == nil || !strings.Contains(out, "upgrades[0].thresholds: op-node (rollup.json)") {
		t.Fatalf("op-node with a different upgrade: err=%v\n%s", err, tail(out, 30))
	}

	// The same object (formatted differently): op-node agrees with op-geth over the
	// engine endpoint with its JWT, and stops only later, for want of an L1.
	compact, _ := json.Marshal(json.RawMessage(chainParley))
	out, _ = run("same", string(compact))
	if !strings.Contains(out, "Parley enabled: op-geth's configuration agrees") || strings.Contains(out, "differ in") {
		t.Fatalf("op-node with op-geth's configuration did not get past Parley's check\n%s", tail(out, 30))
	}

	// Consensus settings are not flags any more.
	out, err = run("flag", chainParley, "--parley.window", "16")
	if err == nil || !strings.Contains(out, "flag provided but not defined") {
		t.Fatalf("op-node accepted --parley.window: err=%v\n%s", err, tail(out, 30))
	}

	// Scheduling an upgrade, as the README says: the same upgrade in both files. With
	// only rollup.json updated, op-node refuses to start, naming it; op-geth takes the
	// new genesis with `geth init` on its existing datadir, and then they agree.
	parley["upgrades"] = append(parley["upgrades"].([]any), map[string]any{"time": 2_000_000_000, "window": 32})
	scheduled, err := json.Marshal(parley)
	if err != nil {
		t.Fatal(err)
	}
	out, err = run("scheduled-stale-geth", string(scheduled))
	if err == nil || !strings.Contains(out, "upgrades[1]: op-node (rollup.json) {") || !strings.Contains(out, "op-geth (genesis config.parley) absent") {
		t.Fatalf("op-node with an upgrade op-geth lacks: err=%v\n%s", err, tail(out, 30))
	}
	g.stop()
	writeGenesis(t, filepath.Join(dir, "genesis.json"), genesis, parley)
	mustRunGeth(t, geth, "--datadir", datadir, "init", filepath.Join(dir, "genesis.json"))
	_, engine = startEngine(t, geth, datadir, jwtFile)
	out, _ = run("scheduled", string(scheduled))
	if !strings.Contains(out, "Parley enabled: op-geth's configuration agrees") || !strings.Contains(out, "upgrades=2") {
		t.Fatalf("op-node and the re-initialised op-geth with the scheduled upgrade\n%s", tail(out, 30))
	}
}

// startEngine starts geth on datadir with its engine endpoint authenticated by the
// JWT secret in jwtFile and the parley namespace on HTTP, and returns it and its
// engine endpoint's URL.
func startEngine(t *testing.T, bin, datadir, jwtFile string) (*gethNode, string) {
	t.Helper()
	g := startGeth(t, bin, datadir, "--authrpc.jwtsecret", jwtFile, "--http.api", "eth,parley")
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if m := authStarted.FindStringSubmatch(g.log.String()); m != nil {
			return g, "http://" + m[1]
		}
		if time.Now().After(deadline) {
			t.Fatalf("no authenticated endpoint in geth's log:\n%s", tail(g.log.String(), 40))
		}
	}
}

// jwtAuth authenticates to an engine endpoint as a consensus client does: an HS256 JWT
// with the current time as "iat" (go-ethereum's node.NewJWTAuth, whose package this
// module does not otherwise need).
func jwtAuth(secret [32]byte) rpc.HTTPAuth {
	return func(h http.Header) error {
		enc := base64.RawURLEncoding
		msg := enc.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." +
			enc.EncodeToString([]byte(fmt.Sprintf(`{"iat":%d}`, time.Now().Unix())))
		mac := hmac.New(sha256.New, secret[:])
		mac.Write([]byte(msg))
		h.Set("Authorization", "Bearer "+msg+"."+enc.EncodeToString(mac.Sum(nil)))
		return nil
	}
}

// normalJSON re-encodes a JSON document with sorted keys and no insignificant space.
func normalJSON(t *testing.T, b []byte) string {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}
