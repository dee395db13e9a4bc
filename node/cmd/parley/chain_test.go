package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"

	"github.com/parley-xyz/parley/node/chain"
	"github.com/parley-xyz/parley/node/chainconfig"
	"github.com/parley-xyz/parley/node/eigenlayer"
)

// chainDescription is a description on the simulated L1 (chain id 1337) whose origin
// is fetched ("number": origin), Parley activating at the given time.
func chainDescription(origin string, genesisTime, activation uint64) string {
	genesis := ""
	if genesisTime != 0 {
		genesis = fmt.Sprintf(`"l2GenesisTime": %d,`, genesisTime)
	}
	return fmt.Sprintf(`{
  "l2ChainId": 48903, "l1ChainId": 1337,
  "l1Origin": {"number": %s}, %s
  "batcher": "0x000000000000000000000000000000000000ba7c",
  "batchInbox": "0xff00000000000000000000000000000000048903",
  "alloc": {"0x00000000000000000000000000000000000f00d1": {"balance": "0x3635c9adc5dea00000"}},
  "parley": {
    "activationTime": %d, "l1ChainId": 1337,
    "avs": "0x00000000000000000000000000000000000000aa",
    "publisher": "0x00000000000000000000000000000000000000bb",
    "certInbox": "0x00000000000000000000000000000000000000cc",
    "thresholds": [{"quorum": 0, "bps": 6667}], "window": 64
  }
}`, origin, genesis, activation)
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// newL1 starts an in-process L1 (go-ethereum's simulated backend) with some blocks and
// returns its IPC endpoint and head.
func newL1(t *testing.T, blocks int) (string, *types.Header) {
	t.Helper()
	dir, err := os.MkdirTemp("", "l1") // short: a socket path is at most 107 bytes
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	ipc := filepath.Join(dir, "l1.ipc")
	b := eigenlayer.NewSimulatedBackend(types.GenesisAlloc{}, func(n *node.Config, _ *ethconfig.Config) { n.IPCPath = ipc })
	t.Cleanup(func() { b.Close() })
	for i := 0; i < blocks; i++ {
		b.Commit()
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	head, err := b.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return ipc, head
}

// readChain reads the files back as op-node and op-geth do and checks that they agree;
// it returns the rollup configuration, the genesis and the parley object.
func readChain(t *testing.T, dir string) (*rollup.Config, *core.Genesis, []byte) {
	t.Helper()
	rollupJSON, err := os.ReadFile(filepath.Join(dir, "rollup.json"))
	if err != nil {
		t.Fatal(err)
	}
	genesisJSON, err := os.ReadFile(filepath.Join(dir, "genesis.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rc rollup.Config
	if err := rc.ParseRollupConfig(bytes.NewReader(rollupJSON)); err != nil {
		t.Fatal(err)
	}
	if err := rc.Check(); err != nil {
		t.Fatal(err)
	}
	g := new(core.Genesis)
	if err := json.NewDecoder(bytes.NewReader(genesisJSON)).Decode(g); err != nil {
		t.Fatal(err)
	}
	if h := g.ToBlock().Hash(); h != rc.Genesis.L2.Hash {
		t.Fatalf("genesis.json hashes to %s, rollup.json names %s", h, rc.Genesis.L2.Hash)
	}
	fromRollup, err := chain.ParleyOfRollup(rollupJSON)
	if err != nil {
		t.Fatal(err)
	}
	fromGenesis, err := chain.ParleyOfGenesis(genesisJSON)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fromRollup, fromGenesis) {
		t.Fatalf("parley objects differ:\n%s\n%s", fromRollup, fromGenesis)
	}
	if fromRollup != nil {
		if _, err := chainconfig.Decode(fromRollup); err != nil {
			t.Fatal(err)
		}
	}
	return &rc, g, fromRollup
}

func TestChainInit(t *testing.T) {
	ipc, head := newL1(t, 3)
	dir := t.TempDir()
	desc := filepath.Join(dir, "chain.json")
	out := filepath.Join(dir, "out")

	// The origin is the L1 head, fetched; Parley activates an hour after genesis.
	writeFile(t, desc, chainDescription(`"latest"`, 0, head.Time+3600))
	r := parley(t, nil, "chain", "init", "--config", desc, "--out", out, "--l1-rpc", ipc)
	r.expect(t, 0, "Chain 48903 on L1 chain 1337")
	rc, g, p := readChain(t, out)
	if rc.Genesis.L1.Hash != head.Hash() || rc.Genesis.L1.Number != head.Number.Uint64() || rc.Genesis.L2Time != head.Time || g.Timestamp != head.Time {
		t.Fatalf("rollup genesis %+v, want L1 head %d %s at %d", rc.Genesis, head.Number, head.Hash(), head.Time)
	}
	if p == nil {
		t.Fatal("no parley object")
	}
	for _, want := range []string{
		"L2 genesis   " + rc.Genesis.L2.Hash.Hex(),
		fmt.Sprintf("L1 origin    %s  block %d, time %d", head.Hash().Hex(), head.Number, head.Time),
		`fetched from --l1-rpc as "latest"`,
		"isthmus active from genesis",
		fmt.Sprintf("Parley       active from %d", head.Time+3600),
		"3600 s after genesis",
		"genesis.json " + filepath.Join(out, "genesis.json"),
		"rollup.json  " + filepath.Join(out, "rollup.json"),
		"--rollup.config " + filepath.Join(out, "rollup.json"),
	} {
		r.expect(t, 0, want)
	}

	// A second run refuses to replace the files; --force replaces them. At block 1 with
	// an explicit genesis time equal to the activation time, Parley activates at genesis.
	parley(t, nil, "chain", "init", "--config", desc, "--out", out, "--l1-rpc", ipc).expect(t, 2, "genesis.json already exists (overwrite it with --force)")
	writeFile(t, desc, chainDescription(`1`, head.Time+60, head.Time+60))
	r = parley(t, nil, "chain", "init", "--config", desc, "--out", out, "--l1-rpc", ipc, "--force")
	r.expect(t, 0, ", at genesis;")
	rc, _, _ = readChain(t, out)
	if rc.Genesis.L1.Number != 1 || rc.Genesis.L2Time != head.Time+60 {
		t.Fatalf("rollup genesis %+v", rc.Genesis)
	}

	// Without Parley: plain OP Stack files.
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(chainDescription(`1`, 0, 0)), &m); err != nil {
		t.Fatal(err)
	}
	delete(m, "parley")
	plain, _ := json.Marshal(m)
	writeFile(t, desc, string(plain))
	plainOut := filepath.Join(dir, "plain")
	parley(t, nil, "chain", "init", "--config", desc, "--out", plainOut, "--l1-rpc", ipc).expect(t, 0, "Parley       not configured: a plain OP Stack chain")
	if _, _, p := readChain(t, plainOut); p != nil {
		t.Fatalf("plain chain has parley %s", p)
	}
}

func TestChainInitErrors(t *testing.T) {
	ipc, head := newL1(t, 2)
	dir := t.TempDir()
	desc := filepath.Join(dir, "chain.json")
	out := filepath.Join(dir, "out")
	initArgs := []string{"chain", "init", "--config", desc, "--out", out}

	parley(t, nil, "chain", "init", "--out", out).expect(t, 2, "--config is required")
	parley(t, nil, "chain", "init", "--config", desc).expect(t, 2, "--out is required")
	parley(t, nil, "chain", "init", "--config", desc, "--out", out, "extra").expect(t, 2, "unexpected argument")
	parley(t, nil, initArgs...).expect(t, 2, "no such file")

	for _, c := range []struct {
		desc string
		rpc  bool
		want string
	}{
		{strings.Replace(chainDescription(`1`, 0, head.Time+10), `"batcher"`, `"Batcher"`, 1), true, `unknown field "Batcher"`},
		{strings.Replace(chainDescription(`1`, 0, head.Time+10), `"window": 64`, `"window": 0`, 1), true, "window: 0 is not in 1..8191"},
		{strings.Replace(chainDescription(`1`, 0, head.Time+10), `"l2ChainId": 48903`, `"l2ChainId": 1337`, 1), true, "l2ChainId: 1337 is the L1 chain id too"},
		{chainDescription(`1`, 0, 1), true, "parley.activationTime: 1 is before the L2 genesis time"},
		{chainDescription(`"latest"`, 0, head.Time+10), false, `l1Origin.number: "latest" needs --l1-rpc`},
		{strings.ReplaceAll(chainDescription(`1`, 0, head.Time+10), `1337`, `900`), true, "l1ChainId: 900, but the --l1-rpc node is on chain 1337"},
	} {
		writeFile(t, desc, c.desc)
		args := initArgs
		if c.rpc {
			args = append(args[:len(args):len(args)], "--l1-rpc", ipc)
		}
		r := parley(t, nil, args...)
		r.expect(t, 2, c.want)
		r.expect(t, 2, desc+": ")
	}
	writeFile(t, desc, chainDescription(`1`, 0, head.Time+10))
	parley(t, nil, append(initArgs, "--l1-rpc", filepath.Join(dir, "nothing.ipc"))...).expect(t, 2, "--l1-rpc")
	if _, err := os.Stat(out); err == nil {
		t.Fatal("a failed init created --out")
	}
}

func TestChainInitHelp(t *testing.T) {
	parley(t, nil, "--help").expect(t, 0, "chain")
	parley(t, nil, "chain").expect(t, 0, "init")
	r := parley(t, nil, "chain", "init", "--help")
	for _, f := range []string{"--config", "--out", "--l1-rpc", "--force", "l1Origin", "genesisFork", "parley"} {
		r.expect(t, 0, f)
	}
	// The help's example is a valid description.
	_, example, ok := strings.Cut(chainDescriptionHelp, "Example:\n\n")
	if !ok {
		t.Fatal("no example in the help")
	}
	example, _, _ = strings.Cut(example, "\n  }\n")
	d, err := chain.Parse([]byte(example + "\n}"))
	if err != nil {
		t.Fatalf("%v\n%s", err, example)
	}
	if _, err := chain.Init(d); err != nil {
		t.Fatal(err)
	}
}
