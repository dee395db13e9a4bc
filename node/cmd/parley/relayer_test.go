package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/parley-xyz/parley/node/prove"
	"github.com/parley-xyz/parley/node/relayer"
	"github.com/parley-xyz/parley/node/relayer/flags"
	"github.com/parley-xyz/parley/node/relayer/relayertest"
)

// TestRelayerHelp: every flag of the relayer is documented with its environment
// variable.
func TestRelayerHelp(t *testing.T) {
	r := parley(t, nil, "relayer", "--help")
	r.expect(t, 0, "parley relayer")
	for _, f := range flags.Flags() {
		name := f.Names()[0]
		if !strings.Contains(r.stdout, "--"+name+" ") {
			t.Errorf("--%s not in the help", name)
		}
		envs := f.(interface{ GetEnvVars() []string }).GetEnvVars()
		if len(envs) == 0 || !strings.HasPrefix(envs[0], "PARLEY_RELAYER_") || !strings.Contains(r.stdout, "$"+envs[0]) {
			t.Errorf("--%s: environment variable %v not in the help", name, envs)
		}
	}
	for _, raw := range []string{"--private-key", "--mnemonic"} {
		if strings.Contains(r.stdout, raw) {
			t.Errorf("the relayer takes %s", raw)
		}
	}
}

// TestRelayerConfigErrors: a relayer without its settings reports all that is missing.
func TestRelayerConfigErrors(t *testing.T) {
	r := parley(t, nil, "relayer")
	for _, want := range []string{"--source-rpc is required", "--destination-rpc is required", "--messenger is required",
		"--progress-file is required", "no signer"} {
		r.expect(t, 2, want)
	}
	parley(t, nil, "relayer", "--source-head", "latest").expect(t, 2, "--source-head must be safe or finalized")
	parley(t, nil, "relayer", "--private-key", "0x01").expect(t, 2, "flag provided but not defined")
}

// TestProveRelayAndRelayer runs `parley prove`, `parley relay` and `parley relayer`
// against a source and a destination dev node (the patched op-geth) with
// ParleyMessenger on both; the destination's inbox is relayertest's stand-in, given
// the range the source node has (a dev node derives nothing: e2e/action runs the real
// precompile).
func TestProveRelayAndRelayer(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c := relayertest.StartChains(ctx, t)
	dir := t.TempDir()
	keyFile, pwFile := relayertest.KeyFile(t, dir, c.Relayers[0])
	daemonKey, daemonPw := relayertest.KeyFile(t, dir, c.Relayers[1])

	byHand, err := relayertest.Send(ctx, c.SourceChain, c.User, c.Messenger, relayertest.DestinationChainID, c.Target, []byte("by hand"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := relayertest.Send(ctx, c.SourceChain, c.User, c.Messenger, relayertest.DestinationChainID, c.Target, []byte("by the daemon")); err != nil {
		t.Fatal(err)
	}
	tx := byHand.TxHash.Hex()
	block := byHand.BlockNumber.Uint64()
	ends := []string{"--source-rpc", c.Source.URL, "--destination-rpc", c.Destination.URL}
	proveArgs := append([]string{"prove"}, ends...)
	relayArgs := append(append([]string{"relay"}, ends...), "--messenger", c.Messenger.Hex(), "--keystore", keyFile)

	// Not certified yet: a negative answer saying so.
	parley(t, nil, append(proveArgs, "--tx", tx)...).expect(t, 1,
		fmt.Sprintf("block %d of chain 902 is not certified on the destination yet; no block of chain 902 is certified there yet", block))
	parley(t, nil, append(relayArgs, "--tx", tx, "--password-file", pwFile)...).expect(t, 1, "is not certified on the destination yet")
	// Usage.
	parley(t, nil, append(proveArgs, "--tx", tx, "--block", "3")...).expect(t, 2, "not both")
	parley(t, nil, append(proveArgs, "--block", "3")...).expect(t, 2, "--block N --log N")
	parley(t, nil, append(proveArgs, "--tx", "0x1234")...).expect(t, 2, "32-byte")
	parley(t, nil, "prove", "--source-rpc", c.Destination.URL, "--destination-rpc", c.Source.URL, "--tx", tx).expect(t, 2, "not found on the source")
	parley(t, nil, "prove", "--source-rpc", c.Source.URL, "--destination-rpc", c.Source.URL, "--tx", tx).expect(t, 2, "is Parley active")

	safe, err := c.Source.Client.HeaderByNumber(ctx, big.NewInt(int64(rpc.SafeBlockNumber)))
	if err != nil {
		t.Fatal(err)
	}
	certified, err := c.Certify(ctx, 1, safe.Number.Uint64())
	if err != nil {
		t.Fatal(err)
	}

	// prove: validateMessage's arguments, by transaction or by block and index.
	r := parley(t, nil, append(proveArgs, "--tx", tx)...)
	r.expect(t, 0, `"isValidMessage": true`)
	var out struct {
		prove.Proof
		IsValidMessage bool `json:"isValidMessage"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	id := out.Identifier
	if id.BlockNumber != block || id.ChainID != relayertest.SourceChainID || id.Origin != c.Messenger || out.Range.MessageRoot != certified.MessageRoot ||
		out.PayloadHash != crypto.Keccak256Hash(out.Payload) || len(out.Proof.Proof) < 8 || out.Log.TxHash != byHand.TxHash {
		t.Fatalf("proof %s", r.stdout)
	}
	parley(t, nil, append(proveArgs, "--block", fmt.Sprint(block), "--log", fmt.Sprint(id.LogIndex))...).expect(t, 0, out.PayloadHash.Hex())
	parley(t, nil, append(proveArgs, "--tx", tx, "--log", "7")...).expect(t, 2, "has no log 7")

	// relay: relayed, then already relayed; the password from the environment.
	r = parley(t, nil, append(relayArgs, "--tx", tx, "--password-file", pwFile)...)
	r.expect(t, 0, `"outcome": "relayed"`)
	var res relayOutput
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil || res.Transaction == nil || res.Sender != c.User.Address || res.Target != c.Target {
		t.Fatalf("%v %s", err, r.stdout)
	}
	r = parley(t, map[string]string{relayer.PasswordEnv: "relayer password"}, append(relayArgs, "--tx", tx)...)
	r.expect(t, 0, `"outcome": "already relayed"`)
	if strings.Contains(r.stdout, "transaction") {
		t.Fatalf("a transaction for a relayed message: %s", r.stdout)
	}
	parley(t, nil, append(relayArgs, "--tx", tx)...).expect(t, 2, "no key password")

	// relayer: the daemon relays the other message, finds the first relayed, keeps its
	// progress, and stops on interruption.
	progress := filepath.Join(dir, "progress.json")
	dctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	var code int
	var stdout, stderr relayerOutput
	wg.Add(1)
	go func() {
		defer wg.Done()
		code = run(dctx, []string{"parley", "relayer", "--source-rpc", c.Source.URL, "--destination-rpc", c.Destination.URL,
			"--messenger", c.Messenger.Hex(), "--progress-file", progress, "--keystore", daemonKey, "--password-file", daemonPw,
			"--poll-interval", "200ms", "--txmgr.receipt-query-interval", "200ms", "--rpc.port", "0"},
			env{stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }})
	}()
	for {
		tg, err := relayertest.ReadTarget(ctx, c.Destination.Client, c.Target)
		logs := stdout.String()
		if err == nil && tg.Calls == 2 && strings.Contains(logs, "Message relayed") && strings.Contains(logs, "Message already relayed") {
			break
		}
		select {
		case <-ctx.Done():
			stop()
			wg.Wait()
			t.Fatalf("the relayer did not relay (exit %d):\n%s\n%s", code, stdout.String(), stderr.String())
		case <-time.After(100 * time.Millisecond):
		}
	}
	stop()
	wg.Wait()
	if code != 0 {
		t.Fatalf("relayer exit %d\n%s", code, stderr.String())
	}
	var p relayer.Progress
	raw, err := os.ReadFile(progress)
	if err != nil || json.Unmarshal(raw, &p) != nil {
		t.Fatalf("progress %v %s", err, raw)
	}
	if sp := p.Source(relayertest.SourceChainID); sp == nil || len(sp.Pending) != 0 || sp.Next <= block || p.Messenger != c.Messenger {
		t.Fatalf("progress %s", raw)
	}
}

// relayerOutput is a bytes.Buffer safe for a writer and a reader on two goroutines.
type relayerOutput struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *relayerOutput) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *relayerOutput) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
