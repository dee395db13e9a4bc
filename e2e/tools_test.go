package e2e

import (
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/parley-xyz/parley/precompile"
	"github.com/parley-xyz/parley/precompile/bindings"
)

// toolsActivationDelay is how many seconds after genesis the inbox activates in
// TestToolsSeeTheInboxAsAPrecompile: room for the blocks before it.
const toolsActivationDelay = 10

// TestToolsSeeTheInboxAsAPrecompile runs the patched op-geth in dev mode on a chain
// whose inbox activates a few blocks after genesis, and checks that the tools which
// take the precompiles from vm.ActivePrecompiles see the inbox as one exactly from its
// activation on (issue "Tools see the inbox as a precompile"):
//
//   - eth_createAccessList on a call that reaches validateMessage through two contracts
//     (an InboxProbe calling another's validate) lists the second contract, and lists
//     the inbox before activation (an ordinary empty account then) but not after: a
//     user sending the generated list would pay 2,400 gas for a precompile that is
//     warm anyway;
//   - the 4byte tracer counts validateMessage's selector before activation and not
//     after, as it skips every precompile;
//   - the flatCall tracer reports the call to the inbox before activation and drops it
//     after, as it drops every precompile call unless asked to include them;
//   - isPrecompiled in a JavaScript tracer is false for the inbox before activation and
//     true after.
//
// Dev-mode blocks follow one another a second apart when the genesis time is in the
// future (the simulated beacon never goes back in time), so the activation falls at a
// known block whatever the wall clock does.
func TestToolsSeeTheInboxAsAPrecompile(t *testing.T) {
	bin := gethBinary(t)
	fix := newInboxFixture(t)
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("parley e2e tools")))
	user := crypto.PubkeyToAddress(key.PublicKey)
	genesisTime := uint64(time.Now().Unix()) + 1_000_000
	activation := genesisTime + toolsActivationDelay

	genesis := &core.Genesis{
		Config:     cancunConfig(903),
		Timestamp:  genesisTime,
		GasLimit:   30_000_000,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: common.Big0,
		Alloc: types.GenesisAlloc{
			user:                      {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))},
			params.BeaconRootsAddress: {Code: params.BeaconRootsCode, Nonce: 1, Balance: new(big.Int)},
			precompile.Address:        {Nonce: fix.nonce, Storage: fix.storage, Balance: new(big.Int)},
		},
	}
	dir := t.TempDir()
	datadir := filepath.Join(dir, "data")
	writeGenesis(t, filepath.Join(dir, "genesis.json"), genesis, map[string]any{
		"activationTime": activation, "l1ChainId": smokeL1ChainID, "avs": smokeAVS,
		"publisher":  common.HexToAddress("0x000000000000000000000000000000000000a11d"),
		"certInbox":  common.HexToAddress("0x000000000000000000000000000000000000a11e"),
		"thresholds": []map[string]any{{"quorum": 0, "bps": 6667}}, "window": 100,
	})
	mustRunGeth(t, bin, "--datadir", datadir, "init", filepath.Join(dir, "genesis.json"))
	node := startGeth(t, bin, datadir, "--dev", "--dev.period", "0", "--http.api", "eth,net,web3,debug")
	s := &smoke{t: t, ctx: t.Context(), node: node, key: key, user: user, fix: fix}
	s.setup() // the caller probe
	outer := s.paddr
	addr, tx, _, err := bindings.DeployInboxProbe(s.opts(0), node.Client)
	if err != nil {
		t.Fatal(err)
	}
	if r := s.wait(tx); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("second probe deployment failed")
	}
	inner := addr

	// user -> outer.callTarget(inner, inner.validate(message 0)) -> inbox.validateMessage
	data := s.probeCall("callTarget", inner, s.probeCall("validate", s.fix.id(0), s.fix.msgs[0].PayloadHash, s.fix.proofs[0]))
	head := func() *types.Header {
		h, err := node.Client.HeaderByNumber(s.ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	type phase struct {
		name   string
		active bool
	}
	check := func(p phase) {
		t.Run(p.name, func(t *testing.T) {
			h := head()
			if h.Time >= activation != p.active {
				t.Fatalf("head %d at %d, activation %d: wrong side of the activation", h.Number, h.Time, activation)
			}
			// eth_createAccessList at the head.
			list := createAccessList(t, s, outer, data, h.Number)
			if !list[inner] {
				t.Fatalf("access list %v lacks the contract the call reaches (%s)", list, inner)
			}
			if list[outer] {
				t.Fatalf("access list %v holds the transaction's destination", list)
			}
			if listed := list[precompile.Address]; listed == p.active {
				t.Errorf("access list %v: inbox listed = %v, want %v", list, listed, !p.active)
			}

			// A transaction in the next block (at the head's time + 1), traced.
			r := s.send(outer, data, 400_000)
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatal("validate through the probes failed")
			}
			blk, err := node.Client.HeaderByHash(s.ctx, r.BlockHash)
			if err != nil {
				t.Fatal(err)
			}
			if blk.Time >= activation != p.active {
				t.Fatalf("transaction in block %d at %d, activation %d: wrong side of the activation", blk.Number, blk.Time, activation)
			}
			validateMessage := hexutil.Encode(precompile.ABI.Methods["validateMessage"].ID)
			var fourByte map[string]int
			trace(t, s, r.TxHash, map[string]any{"tracer": "4byteTracer"}, &fourByte)
			counted := false
			for k := range fourByte {
				counted = counted || strings.HasPrefix(k, validateMessage+"-")
			}
			if counted == p.active {
				t.Errorf("4byte tracer %v: validateMessage (%s) counted = %v", fourByte, validateMessage, counted)
			}
			var flat []struct {
				Action struct {
					To common.Address `json:"to"`
				} `json:"action"`
			}
			trace(t, s, r.TxHash, map[string]any{"tracer": "flatCallTracer"}, &flat)
			reported := false
			for _, f := range flat {
				reported = reported || f.Action.To == precompile.Address
			}
			if reported == p.active || len(flat) < 2 {
				t.Errorf("flatCall tracer (%d frames): call to the inbox reported = %v", len(flat), reported)
			}
			var isPrecompiled bool
			trace(t, s, r.TxHash, map[string]any{"tracer": `{step: function() {}, fault: function() {}, ` +
				`result: function() { return isPrecompiled('` + precompile.Address.Hex() + `'); }}`}, &isPrecompiled)
			if isPrecompiled != p.active {
				t.Errorf("JavaScript tracer: isPrecompiled(inbox) = %v", isPrecompiled)
			}
		})
	}

	check(phase{"before activation", false})
	// Blocks up to the activation's.
	for head().Time < activation {
		s.send(user, nil, 21_000)
	}
	check(phase{"from activation", true})
}

// createAccessList returns the addresses of the access list eth_createAccessList
// generates for a call from the user at a block.
func createAccessList(t *testing.T, s *smoke, to common.Address, data []byte, at *big.Int) map[common.Address]bool {
	t.Helper()
	var res struct {
		AccessList types.AccessList `json:"accessList"`
		GasUsed    hexutil.Uint64   `json:"gasUsed"`
		Error      string           `json:"error"`
	}
	args := map[string]any{"from": s.user, "to": to, "data": hexutil.Bytes(data)}
	if err := s.node.RPC.CallContext(s.ctx, &res, "eth_createAccessList", args, hexutil.EncodeBig(at)); err != nil {
		t.Fatal(err)
	}
	if res.Error != "" {
		t.Fatalf("eth_createAccessList: the call fails: %s", res.Error)
	}
	out := map[common.Address]bool{}
	for _, e := range res.AccessList {
		out[e.Address] = true
	}
	return out
}

// trace runs debug_traceTransaction with a tracer configuration.
func trace(t *testing.T, s *smoke, tx common.Hash, cfg map[string]any, out any) {
	t.Helper()
	if err := s.node.RPC.CallContext(s.ctx, out, "debug_traceTransaction", tx, cfg); err != nil {
		t.Fatalf("debug_traceTransaction %v: %v", cfg["tracer"], err)
	}
}
