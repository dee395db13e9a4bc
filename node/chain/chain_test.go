package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-core/forks"
	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/parley-xyz/parley/node/chainconfig"
	"github.com/parley-xyz/parley/node/eigenlayer"
)

const (
	l1Time     = 1_800_000_000
	l2Genesis  = l1Time + 24
	activation = l2Genesis + 600
)

var funded = common.HexToAddress("0x00000000000000000000000000000000000f00d1")

// sample is a complete description with Parley activating 600 s after genesis and one
// scheduled upgrade.
var sample = fmt.Sprintf(`{
  "l2ChainId": 48901,
  "l1ChainId": 900,
  "l1Origin": {"number": 1234, "hash": "0x%064x", "timestamp": %d},
  "l2GenesisTime": %d,
  "blockTime": 2,
  "gasLimit": 40000000,
  "batcher": "0x000000000000000000000000000000000000ba7c",
  "batchInbox": "0xff00000000000000000000000000000000048901",
  "seqWindowSize": 120,
  "channelTimeout": 120,
  "maxSequencerDrift": 40,
  "genesisFork": "isthmus",
  "alloc": {"%s": {"balance": "1000000000000000000000", "nonce": 1}},
  "parley": {
    "activationTime": %d, "l1ChainId": 900,
    "avs": "0x00000000000000000000000000000000000000aa",
    "publisher": "0x00000000000000000000000000000000000000bb",
    "certInbox": "0x00000000000000000000000000000000000000cc",
    "thresholds": [{"quorum": 0, "bps": 6667}], "window": 64,
    "upgrades": [{"time": %d, "thresholds": [{"quorum": 0, "bps": 7500}]}]
  }
}`, 0xabcdef, l1Time, l2Genesis, funded.Hex(), activation, activation+1000)

// without returns the sample without one top-level member.
func without(t *testing.T, key string) string {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(sample), &m); err != nil {
		t.Fatal(err)
	}
	delete(m, key)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func mustInit(t *testing.T, desc string) *Chain {
	t.Helper()
	d, err := Parse([]byte(desc))
	if err != nil {
		t.Fatal(err)
	}
	c, err := Init(d)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// written is what a test reads back from the files Init wrote.
type written struct {
	genesisJSON, rollupJSON []byte
	genesis                 *core.Genesis
	rollup                  rollup.Config
}

func writeAndRead(t *testing.T, c *Chain) written {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "out")
	gp, rp, err := c.Write(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if gp != filepath.Join(dir, "genesis.json") || rp != filepath.Join(dir, "rollup.json") {
		t.Fatalf("wrote %s and %s", gp, rp)
	}
	var w written
	if w.genesisJSON, err = os.ReadFile(gp); err != nil {
		t.Fatal(err)
	}
	if w.rollupJSON, err = os.ReadFile(rp); err != nil {
		t.Fatal(err)
	}
	// (1) rollup.json as op-node reads it.
	f, err := os.Open(rp)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := w.rollup.ParseRollupConfig(f); err != nil {
		t.Fatal(err)
	}
	if err := w.rollup.Check(); err != nil {
		t.Fatalf("rollup.json fails Check: %v", err)
	}
	// genesis.json as geth init reads it.
	w.genesis = new(core.Genesis)
	if err := json.NewDecoder(bytes.NewReader(w.genesisJSON)).Decode(w.genesis); err != nil {
		t.Fatal(err)
	}
	// (4) the genesis block is the one the rollup config names.
	if h := w.genesis.ToBlock().Hash(); h != w.rollup.Genesis.L2.Hash || h != c.GenesisHash || w.rollup.Genesis.L2.Number != 0 {
		t.Fatalf("genesis hash %s, rollup.json names %s, Init said %s", h, w.rollup.Genesis.L2, c.GenesisHash)
	}
	return w
}

// parleyObjects returns the rollup.json top-level "parley" and the genesis.json
// config.parley, as written.
func parleyObjects(t *testing.T, w written) (fromRollup, fromGenesis json.RawMessage) {
	t.Helper()
	var r struct {
		Parley json.RawMessage `json:"parley"`
	}
	var g struct {
		Config struct {
			Parley json.RawMessage `json:"parley"`
		} `json:"config"`
	}
	if err := json.Unmarshal(w.rollupJSON, &r); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(w.genesisJSON, &g); err != nil {
		t.Fatal(err)
	}
	return r.Parley, g.Config.Parley
}

func compact(t *testing.T, b []byte) string {
	t.Helper()
	var buf bytes.Buffer
	if err := json.Compact(&buf, b); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestInitRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "chain.json")
	if err := os.WriteFile(path, []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Init(d)
	if err != nil {
		t.Fatal(err)
	}
	w := writeAndRead(t, c)

	// (2), (3): the same parley object in both files, decodable, the description's.
	fromRollup, fromGenesis := parleyObjects(t, w)
	if fromRollup == nil || fromGenesis == nil {
		t.Fatalf("parley missing: rollup.json %s, genesis.json %s", fromRollup, fromGenesis)
	}
	if compact(t, fromRollup) != compact(t, fromGenesis) {
		t.Fatalf("parley objects differ:\n%s\n%s", fromRollup, fromGenesis)
	}
	want, err := chainconfig.Decode(d.Parley)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range []json.RawMessage{fromRollup, fromGenesis} {
		got, err := chainconfig.Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		if diff := chainconfig.Diff(want, got); len(diff) != 0 {
			t.Fatalf("parley object changed: %v", diff)
		}
	}
	if compact(t, fromRollup) != string(c.ParleyJSON) {
		t.Fatalf("written %s, Chain.ParleyJSON %s", fromRollup, c.ParleyJSON)
	}

	// The rollup configuration says what the description says.
	rc := w.rollup
	if rc.L2ChainID.Uint64() != 48901 || rc.L1ChainID.Uint64() != 900 || rc.BlockTime != 2 ||
		rc.SeqWindowSize != 120 || rc.ChannelTimeoutBedrock != 120 || rc.MaxSequencerDrift != 40 {
		t.Fatalf("rollup config: %+v", rc)
	}
	if rc.Genesis.L1.Number != 1234 || rc.Genesis.L1.Hash != common.BigToHash(big.NewInt(0xabcdef)) || rc.Genesis.L2Time != l2Genesis {
		t.Fatalf("rollup genesis: %+v", rc.Genesis)
	}
	sc := rc.Genesis.SystemConfig
	if sc.BatcherAddr != common.HexToAddress("0xba7c") || sc.GasLimit != 40_000_000 {
		t.Fatalf("system config: %+v", sc)
	}
	if rc.BatchInboxAddress != common.HexToAddress("0xff00000000000000000000000000000000048901") ||
		rc.DepositContractAddress != common.BigToAddress(big.NewInt(0xde00_0000_0000+48901)) ||
		rc.L1SystemConfigAddress != common.BigToAddress(big.NewInt(0xc0_0000_0000+48901)) {
		t.Fatalf("L1 addresses: %s %s %s", rc.BatchInboxAddress, rc.DepositContractAddress, rc.L1SystemConfigAddress)
	}
	for _, f := range []forks.Name{forks.Regolith, forks.Canyon, forks.Delta, forks.Ecotone, forks.Fjord, forks.Granite, forks.Holocene, forks.Isthmus} {
		// op-chain-ops writes a fork active at genesis as active from time 0.
		if at := rc.ActivationTime(f); at == nil || *at != 0 {
			t.Fatalf("%s at %v, want 0 (genesis)", f, at)
		}
	}
	if rc.JovianTime != nil {
		t.Fatalf("jovian scheduled at %d", *rc.JovianTime)
	}
	if rc.ChainOpConfig == nil || rc.ChainOpConfig.EIP1559Denominator != 50 || *rc.ChainOpConfig.EIP1559DenominatorCanyon != 250 || rc.ChainOpConfig.EIP1559Elasticity != 6 {
		t.Fatalf("chain op config: %+v", rc.ChainOpConfig)
	}

	// The genesis.
	g := w.genesis
	if g.Config.ChainID.Uint64() != 48901 || g.Timestamp != l2Genesis || g.GasLimit != 40_000_000 ||
		!g.Config.IsIsthmus(l2Genesis) || !g.Config.IsPrague(new(big.Int), l2Genesis) || g.Config.JovianTime != nil {
		t.Fatalf("genesis: %+v, config %+v", g, g.Config)
	}
	if a := g.Alloc[funded]; a.Balance.Cmp(new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))) != 0 || a.Nonce != 1 {
		t.Fatalf("funded account: %+v", a)
	}
	if _, ok := g.Alloc[params.HistoryStorageAddress]; !ok {
		t.Fatal("no EIP-2935 contract at an Isthmus genesis")
	}
	if c.L1Origin.Number != 1234 || c.L1OriginTime != l1Time || c.Forks[len(c.Forks)-1] != forks.Isthmus || c.Forks[0] != forks.Bedrock {
		t.Fatalf("chain: %+v", c)
	}

	// Init is deterministic.
	c2 := mustInit(t, sample)
	if !bytes.Equal(c.GenesisJSON, c2.GenesisJSON) || !bytes.Equal(c.RollupJSON, c2.RollupJSON) {
		t.Fatal("two runs on the same description differ")
	}
}

// A description without "parley" makes a plain OP Stack chain.
func TestPlainOPChain(t *testing.T) {
	c := mustInit(t, without(t, "parley"))
	w := writeAndRead(t, c)
	if r, g := parleyObjects(t, w); r != nil || g != nil || c.Parley != nil || c.ParleyJSON != nil {
		t.Fatalf("parley in a plain chain: rollup.json %s, genesis.json %s", r, g)
	}
	if bytes.Contains(w.rollupJSON, []byte("parley")) || bytes.Contains(w.genesisJSON, []byte("parley")) {
		t.Fatal("a plain chain's files mention parley")
	}
	// The same chain with Parley differs only in the parley objects: same genesis block.
	if mustInit(t, sample).GenesisHash != c.GenesisHash {
		t.Fatal("config.parley changes the genesis hash")
	}
}

// The smallest description: defaults everywhere.
func TestDefaults(t *testing.T) {
	c := mustInit(t, fmt.Sprintf(`{"l2ChainId": 48902, "l1ChainId": 900,
	  "l1Origin": {"number": 7, "hash": "0x%064x", "timestamp": %d},
	  "batcher": "0x000000000000000000000000000000000000ba7c",
	  "batchInbox": "0xff00000000000000000000000000000000048902"}`, 7, l1Time))
	w := writeAndRead(t, c)
	rc := w.rollup
	if rc.BlockTime != DefaultBlockTime || rc.SeqWindowSize != DefaultSeqWindowSize ||
		rc.ChannelTimeoutBedrock != DefaultChannelTimeout || rc.MaxSequencerDrift != DefaultMaxSequencerDrift ||
		rc.Genesis.SystemConfig.GasLimit != DefaultGasLimit || rc.Genesis.L2Time != l1Time || *rc.IsthmusTime != 0 {
		t.Fatalf("defaults: %+v", rc)
	}
	if w.genesis.Timestamp != l1Time || w.genesis.GasLimit != DefaultGasLimit || len(w.genesis.Alloc) != 1 {
		t.Fatalf("genesis: %+v", w.genesis)
	}
}

func TestGenesisFork(t *testing.T) {
	for _, f := range SupportedForks {
		t.Run(string(f), func(t *testing.T) {
			c := mustInit(t, strings.Replace(sample, `"genesisFork": "isthmus"`, fmt.Sprintf(`"genesisFork": %q`, f), 1))
			w := writeAndRead(t, c)
			for _, g := range forks.All[1:] {
				at := w.rollup.ActivationTime(g)
				active := slicesIndex(forks.All, g) <= slicesIndex(forks.All, f)
				if active != (at != nil) || (at != nil && *at != 0) {
					t.Fatalf("genesis fork %s: %s at %v", f, g, at)
				}
			}
			if got := c.Forks[len(c.Forks)-1]; got != f {
				t.Fatalf("last active fork %s", got)
			}
			cfg := w.genesis.Config
			if f == forks.Ecotone && (!cfg.IsEcotone(l2Genesis) || cfg.IsFjord(l2Genesis) || !cfg.IsCancun(new(big.Int), l2Genesis)) {
				t.Fatalf("ecotone genesis config: %+v", cfg)
			}
		})
	}
}

func slicesIndex(s []forks.Name, f forks.Name) int {
	for i, x := range s {
		if x == f {
			return i
		}
	}
	return -1
}

// Parley may activate exactly at genesis.
func TestActivationAtGenesis(t *testing.T) {
	desc := strings.Replace(sample, fmt.Sprintf(`"activationTime": %d`, activation), fmt.Sprintf(`"activationTime": %d`, l2Genesis), 1)
	c := mustInit(t, desc)
	if c.Parley.ActivationTime != l2Genesis {
		t.Fatal(c.Parley.ActivationTime)
	}
	writeAndRead(t, c)
}

func TestRejects(t *testing.T) {
	for name, c := range map[string]struct {
		desc string
		want []string // every one in the error
	}{
		"unknown field":          {strings.Replace(sample, `"blockTime": 2,`, `"blockTime": 2, "blocktime": 3,`, 1), []string{`unknown field "blocktime"`}},
		"unknown l1Origin field": {strings.Replace(sample, `"number": 1234,`, `"number": 1234, "parentHash": "0x00",`, 1), []string{`unknown field "parentHash"`}},
		"unknown alloc field":    {strings.Replace(sample, `"nonce": 1`, `"nonce": 1, "secretKey": "0x01"`, 1), []string{`unknown field "secretKey"`}},
		"unknown parley field":   {strings.Replace(sample, `"window": 64,`, `"window": 64, "registry": "0x01",`, 1), []string{"parley:", `unknown field "registry"`}},
		"missing parley field":   {strings.Replace(sample, `"window": 64,`, ``, 1), []string{"parley:", "window: 0 is not in 1..8191"}},
		"missing parley avs":     {strings.Replace(sample, `"avs": "0x00000000000000000000000000000000000000aa",`, ``, 1), []string{"parley:", "avs, publisher, certInbox: all required"}},
		"parley null":            {strings.Replace(without(t, "parley"), `{`, `{"parley": null,`, 1), []string{"parley: null"}},
		"activation before genesis": {strings.Replace(sample, fmt.Sprintf(`"activationTime": %d`, activation), fmt.Sprintf(`"activationTime": %d`, l2Genesis-2), 1),
			[]string{"parley.activationTime", fmt.Sprintf("%d is before the L2 genesis time %d", l2Genesis-2, l2Genesis)}},
		"parley on another L1": {strings.Replace(sample, `"activationTime": `+fmt.Sprint(activation)+`, "l1ChainId": 900`, `"activationTime": `+fmt.Sprint(activation)+`, "l1ChainId": 1`, 1), []string{"parley: l1ChainId: 1 is not the chain's L1"}},
		"no l2 chain id":       {strings.Replace(sample, `"l2ChainId": 48901`, `"l2ChainId": 0`, 1), []string{"l2ChainId: not set"}},
		"no l1 chain id":       {strings.Replace(sample, `"l1ChainId": 900,`+"\n", `"l1ChainId": 0,`+"\n", 1), []string{"l1ChainId: not set"}},
		"same chain ids":       {strings.Replace(sample, `"l2ChainId": 48901`, `"l2ChainId": 900`, 1), []string{"l2ChainId: 900 is the L1 chain id too"}},
		"registered chain id":  {strings.Replace(sample, `"l2ChainId": 48901`, `"l2ChainId": 10`, 1), []string{"l2ChainId: 10 is op-mainnet's in the superchain registry"}},
		"negative chain id":    {strings.Replace(sample, `"l2ChainId": 48901`, `"l2ChainId": -5`, 1), []string{"l2ChainId"}},
		"genesis before origin": {strings.Replace(sample, fmt.Sprintf(`"l2GenesisTime": %d`, l2Genesis), fmt.Sprintf(`"l2GenesisTime": %d`, l1Time-1), 1),
			[]string{"l2GenesisTime: 1799999999 is before the L1 origin's timestamp 1800000000"}},
		"no batcher":         {strings.Replace(sample, `"batcher": "0x000000000000000000000000000000000000ba7c",`, ``, 1), []string{"batcher: not set"}},
		"no inbox":           {strings.Replace(sample, `"batchInbox": "0xff00000000000000000000000000000000048901",`, ``, 1), []string{"batchInbox: not set"}},
		"inbox is batcher":   {strings.Replace(sample, `"0xff00000000000000000000000000000000048901"`, `"0x000000000000000000000000000000000000ba7c"`, 1), []string{"batchInbox: is the batcher's address"}},
		"bad address":        {strings.Replace(sample, `"0x000000000000000000000000000000000000ba7c"`, `"0xba7c"`, 1), []string{"batcher"}},
		"small gas limit":    {strings.Replace(sample, `"gasLimit": 40000000`, `"gasLimit": 20000000`, 1), []string{"gasLimit: 20000000 is below the OP Stack's minimum 21000000"}},
		"seq window 1":       {strings.Replace(sample, `"seqWindowSize": 120`, `"seqWindowSize": 1`, 1), []string{"seqWindowSize"}},
		"unknown fork":       {strings.Replace(sample, `"genesisFork": "isthmus"`, `"genesisFork": "Isthmus"`, 1), []string{`genesisFork: "Isthmus" is not one of bedrock, regolith`}},
		"unsupported fork":   {strings.Replace(sample, `"genesisFork": "isthmus"`, `"genesisFork": "jovian"`, 1), []string{`genesisFork: "jovian" is not one of`}},
		"no origin number":   {strings.Replace(sample, `"number": 1234,`, ``, 1), []string{"l1Origin.number: not set"}},
		"bad origin tag":     {strings.Replace(sample, `"number": 1234,`, `"number": "earliest",`, 1), []string{`l1Origin.number`, `block "earliest": want a number or one of latest, safe, finalized`}},
		"origin tag offline": {strings.Replace(sample, `"number": 1234,`, `"number": "latest",`, 1), []string{`l1Origin.number: "latest" needs --l1-rpc`}},
		"no origin hash":     {strings.Replace(sample, fmt.Sprintf(`"hash": "0x%064x",`, 0xabcdef), ``, 1), []string{"l1Origin.hash: not set (give it, or --l1-rpc"}},
		"no origin time":     {strings.Replace(sample, fmt.Sprintf(`, "timestamp": %d`, l1Time), ``, 1), []string{"l1Origin.timestamp: not set"}},
		"alloc over genesis": {strings.Replace(sample, funded.Hex(), params.HistoryStorageAddress.Hex(), 1), []string{"alloc[" + params.HistoryStorageAddress.Hex() + "]: the genesis itself sets this account"}},
		"trailing data":      {sample + ` {}`, []string{"data after the description"}},
		"not an object":      {`[]`, []string{"decoding the chain description"}},
		"several problems":   {`{"l1ChainId": 900}`, []string{"l2ChainId: not set", "l1Origin.number: not set", "batcher: not set", "batchInbox: not set"}},
	} {
		t.Run(name, func(t *testing.T) {
			d, err := Parse([]byte(c.desc))
			if err == nil {
				_, err = Init(d)
			}
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Fatalf("error %q\nwant %q in it", err, w)
				}
			}
		})
	}
}

func TestWriteRefusesToOverwrite(t *testing.T) {
	c := mustInit(t, sample)
	dir := t.TempDir()
	if _, _, err := c.Write(dir, false); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Write(dir, false); err == nil || !strings.Contains(err.Error(), "genesis.json already exists (overwrite it with --force)") {
		t.Fatalf("second write: %v", err)
	}
	if err := os.Remove(filepath.Join(dir, GenesisFile)); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Write(dir, false); err == nil || !strings.Contains(err.Error(), "rollup.json already exists") {
		t.Fatalf("write over rollup.json: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, GenesisFile)); err == nil {
		t.Fatal("a refused write wrote genesis.json")
	}
	if _, _, err := c.Write(dir, true); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Fatalf("left behind: %v", entries)
	}
}

// The package documentation's example is a valid description.
func TestDocExample(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)// For example:\n//\n(.*?)\n//\n`).FindSubmatch(src)
	if m == nil {
		t.Fatal("no example in doc.go")
	}
	var ex strings.Builder
	for _, l := range strings.Split(string(m[1]), "\n") {
		ex.WriteString(strings.TrimPrefix(l, "//\t") + "\n")
	}
	d, err := Parse([]byte(ex.String()))
	if err != nil {
		t.Fatalf("%v\n%s", err, ex.String())
	}
	c, err := Init(d)
	if err != nil {
		t.Fatal(err)
	}
	writeAndRead(t, c)
	if c.Parley == nil || c.Parley.ActivationTime != c.Rollup.Genesis.L2Time {
		t.Fatal("the example activates Parley at genesis")
	}
}

// l1 is an in-process L1 (go-ethereum's simulated backend, chain id 1337) served over
// IPC, as an L1 node's RPC endpoint.
func newL1(t *testing.T, blocks int) (*simulated.Backend, string) {
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
	return b, ipc
}

// fetchSample is the sample on the simulated L1 with the origin given by number only,
// Parley activating a day from now (the simulated L1's blocks are at the current time).
func fetchSample(number string) string {
	s := strings.ReplaceAll(sample, `"l1ChainId": 900`, `"l1ChainId": 1337`)
	later := uint64(time.Now().Unix()) + 86400
	s = strings.Replace(s, fmt.Sprintf(`"activationTime": %d`, activation), fmt.Sprintf(`"activationTime": %d`, later), 1)
	s = strings.Replace(s, fmt.Sprintf(`"time": %d`, activation+1000), fmt.Sprintf(`"time": %d`, later+1000), 1)
	s = strings.Replace(s, fmt.Sprintf(`"l1Origin": {"number": 1234, "hash": "0x%064x", "timestamp": %d}`, 0xabcdef, l1Time), `"l1Origin": {"number": `+number+`}`, 1)
	return strings.Replace(s, fmt.Sprintf(`"l2GenesisTime": %d,`, l2Genesis), ``, 1)
}

func TestFetchL1Origin(t *testing.T) {
	b, ipc := newL1(t, 3)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	client, err := rpc.DialContext(ctx, ipc)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	head, err := b.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	one, err := b.Client().HeaderByNumber(ctx, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if head.Number.Uint64() != 3 {
		t.Fatalf("head %d", head.Number)
	}
	for _, c := range []struct {
		number string
		want   *types.Header
	}{{`"latest"`, head}, {`1`, one}} {
		d, err := Parse([]byte(fetchSample(c.number)))
		if err != nil {
			t.Fatal(err)
		}
		if err := d.FetchL1Origin(ctx, client); err != nil {
			t.Fatalf("%s: %v", c.number, err)
		}
		o := d.L1Origin
		if o.Number.Number() != c.want.Number.Uint64() || *o.Hash != c.want.Hash() || *o.Timestamp != c.want.Time {
			t.Fatalf("%s: fetched %v %s %d, want block %d %s %d", c.number, o.Number, o.Hash, *o.Timestamp, c.want.Number, c.want.Hash(), c.want.Time)
		}
		ch, err := Init(d)
		if err != nil {
			t.Fatalf("%s: %v", c.number, err)
		}
		w := writeAndRead(t, ch)
		if w.rollup.Genesis.L1.Hash != *o.Hash || w.rollup.Genesis.L2Time != *o.Timestamp || w.genesis.Timestamp != *o.Timestamp {
			t.Fatalf("%s: rollup genesis %+v", c.number, w.rollup.Genesis)
		}
	}

	// A given hash or timestamp must be the block's.
	for name, c := range map[string]struct{ origin, want string }{
		"wrong hash":      {fmt.Sprintf(`1, "hash": "0x%064x"`, 1), "l1Origin.hash: "},
		"wrong timestamp": {fmt.Sprintf(`1, "timestamp": %d`, one.Time+1), fmt.Sprintf("l1Origin.timestamp: %d, but L1 block 1 has timestamp %d", one.Time+1, one.Time)},
		"tag and hash":    {fmt.Sprintf(`"latest", "hash": "0x%064x"`, 1), `l1Origin.number: "latest" with a hash or timestamp`},
		"no such block":   {`99`, "l1Origin.number: L1 block 99 not found"},
		"genesis at 0":    {`0`, "L1 block 0 has timestamp 0"},
	} {
		d, err := Parse([]byte(fetchSample(c.origin)))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := d.FetchL1Origin(ctx, client); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Fatalf("%s: %v, want %q", name, err, c.want)
		}
	}
	// The right hash and timestamp pass.
	d, err := Parse([]byte(fetchSample(fmt.Sprintf(`1, "hash": %q, "timestamp": %d`, one.Hash().Hex(), one.Time))))
	if err != nil {
		t.Fatal(err)
	}
	if err := d.FetchL1Origin(ctx, client); err != nil {
		t.Fatal(err)
	}
	// The node must be on l1ChainId.
	d, err = Parse([]byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	if err := d.FetchL1Origin(ctx, client); err == nil || !strings.Contains(err.Error(), "l1ChainId: 900, but the --l1-rpc node is on chain 1337") {
		t.Fatalf("wrong L1: %v", err)
	}
}

// gethBinary returns the patched op-geth, as e2e/geth_test.go finds it: $PARLEY_GETH or
// .forks/bin/op-geth. Without it the test is skipped, or fails with
// PARLEY_E2E_REQUIRED=1 (CI).
func gethBinary(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("PARLEY_GETH")
	if bin == "" {
		bin = filepath.Join("..", "..", ".forks", "bin", "op-geth")
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

// The patched op-geth initialises a datadir from the generated genesis and writes the
// genesis block rollup.json names, with Parley and without.
func TestOpGethInit(t *testing.T) {
	bin := gethBinary(t)
	for name, desc := range map[string]string{"parley": sample, "plain": without(t, "parley")} {
		t.Run(name, func(t *testing.T) {
			c := mustInit(t, desc)
			dir := t.TempDir()
			gp, _, err := c.Write(dir, false)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, "--datadir", filepath.Join(dir, "data"), "--log.format", "json", "init", gp)
			cmd.WaitDelay = 5 * time.Second
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("op-geth init: %v\n%s", err, out)
			}
			var hash string
			for _, line := range strings.Split(string(out), "\n") {
				var rec struct {
					Msg  string `json:"msg"`
					Hash string `json:"hash"`
				}
				if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == "Successfully wrote genesis state" {
					hash = rec.Hash
				}
			}
			if hash == "" {
				t.Fatalf("op-geth init reported no genesis hash:\n%s", out)
			}
			if common.HexToHash(hash) != c.GenesisHash || c.GenesisHash != c.Rollup.Genesis.L2.Hash {
				t.Fatalf("op-geth wrote genesis %s, rollup.json names %s", hash, c.Rollup.Genesis.L2.Hash)
			}
		})
	}
}
