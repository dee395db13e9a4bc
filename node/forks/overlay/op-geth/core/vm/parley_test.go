//go:build parleyoverlay

// Parley overlay file (parley-hooks/3): tests of core/vm/parley.go inside the patched
// tree. Run them there with `go test ./core/vm/ -run Parley`.

package vm

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/node/chainconfig"
	"github.com/parley-xyz/parley/precompile"
)

const parleyTestActivation = 1000

var parleyTestUser = common.HexToAddress("0x00000000000000000000000000000000000005e1")

func parleyTestConfig() *params.ParleyConfig {
	return &params.ParleyConfig{
		ActivationTime: parleyTestActivation,
		L1ChainID:      11155111,
		ParleySettings: params.ParleySettings{
			AVS:        common.HexToAddress("0x000000000000000000000000000000000000a11c"),
			Publisher:  common.HexToAddress("0x000000000000000000000000000000000000b0b0"),
			CertInbox:  common.HexToAddress("0x000000000000000000000000000000000000c0c0"),
			Thresholds: []params.ParleyThreshold{{Quorum: 0, BPS: 6667}},
			Window:     7200,
		},
	}
}

// newParleyEVM returns an EVM at a block time over a fresh state, with one transaction
// prepared as core.StateTransition prepares it (the inbox warm once active).
func newParleyEVM(t *testing.T, pc *params.ParleyConfig, time uint64) (*EVM, *state.StateDB) {
	t.Helper()
	sdb, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	cc := *params.MergedTestChainConfig
	cc.Parley = pc
	ctx := BlockContext{
		CanTransfer: func(db StateDB, a common.Address, v *uint256.Int) bool { return db.GetBalance(a).Cmp(v) >= 0 },
		Transfer: func(db StateDB, from, to common.Address, v *uint256.Int, _ *params.Rules) {
			db.SubBalance(from, v, tracing.BalanceChangeTransfer)
			db.AddBalance(to, v, tracing.BalanceChangeTransfer)
		},
		BlockNumber: big.NewInt(7),
		Time:        time,
		Random:      &common.Hash{},
		BaseFee:     new(big.Int),
	}
	evm := NewEVM(ctx, sdb, &cc, Config{})
	rules := cc.Rules(ctx.BlockNumber, true, time)
	sdb.Prepare(rules, parleyTestUser, common.Address{}, &precompile.Address, evm.ActivePrecompilesWithParley(rules), nil)
	return evm, sdb
}

func parleyPack(t *testing.T, name string, args ...any) []byte {
	t.Helper()
	b, err := precompile.ABI.Pack(name, args...)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func parleyRecordRange(t *testing.T) []byte {
	return parleyPack(t, "recordRange", big.NewInt(10), uint64(1), uint64(5), common.Hash{1}, common.Hash{2})
}

func parleyRecordSnapshot(t *testing.T) []byte {
	return parleyPack(t, "recordSnapshot", uint64(40), common.Hash{4}, []uint32{0, 2}, []*big.Int{big.NewInt(100), big.NewInt(200)})
}

// parleyView is a view call whose answer is two words (latestSnapshot).
func parleyView(t *testing.T) []byte { return parleyPack(t, "latestSnapshot") }

// wantParleyRevert checks a revert with an IParleyInbox custom error.
func wantParleyRevert(t *testing.T, what string, ret []byte, left uint64, err error, name string) {
	t.Helper()
	if !errors.Is(err, ErrExecutionReverted) {
		t.Fatalf("%s: err = %v, want %v", what, err, ErrExecutionReverted)
	}
	id := precompile.ABI.Errors[name].ID
	if len(ret) < 4 || !bytes.Equal(ret[:4], id[:4]) {
		t.Fatalf("%s: revert data %x, want %s (%x)", what, ret, name, id[:4])
	}
	if left == 0 {
		t.Fatalf("%s: a revert must keep the remaining gas", what)
	}
}

func TestParleyNotConfigured(t *testing.T) {
	evm, sdb := newParleyEVM(t, nil, 5000)
	if _, ok := evm.precompile(precompile.Address); ok {
		t.Fatal("inbox is a precompile without Parley configured")
	}
	rules := evm.chainRules
	if got, want := evm.ActivePrecompilesWithParley(rules), ActivePrecompiles(rules); len(got) != len(want) || &got[0] != &want[0] {
		t.Fatal("active precompiles differ from upstream without Parley")
	}
	ret, left, err := evm.Call(parleyTestUser, precompile.Address, parleyView(t), 100000, new(uint256.Int))
	if err != nil || len(ret) != 0 || left != 100000 {
		t.Fatalf("call to the unconfigured inbox address: ret=%x left=%d err=%v, want an empty account", ret, left, err)
	}
	if sdb.AddressInAccessList(precompile.Address) != true { // it is the tx's destination here
		t.Fatal("destination not warm")
	}
}

func TestParleyActivation(t *testing.T) {
	evm, _ := newParleyEVM(t, parleyTestConfig(), parleyTestActivation-1)
	if _, ok := evm.precompile(precompile.Address); ok {
		t.Fatal("inbox active before its activation time")
	}
	upstream := ActivePrecompiles(evm.chainRules)
	if got := evm.ActivePrecompilesWithParley(evm.chainRules); len(got) != len(upstream) {
		t.Fatal("inbox warm before its activation time")
	}
	ret, left, err := evm.Call(parleyTestUser, precompile.Address, parleyView(t), 100000, new(uint256.Int))
	if err != nil || len(ret) != 0 || left != 100000 {
		t.Fatalf("pre-activation call: ret=%x left=%d err=%v, want an empty account", ret, left, err)
	}

	evm, sdb := newParleyEVM(t, parleyTestConfig(), parleyTestActivation)
	if _, ok := evm.precompile(precompile.Address); !ok {
		t.Fatal("inbox not active at its activation time")
	}
	got := evm.ActivePrecompilesWithParley(evm.chainRules)
	if len(got) != len(upstream)+1 || got[len(got)-1] != precompile.Address {
		t.Fatalf("active precompiles %v do not end with the inbox", got)
	}
	if len(ActivePrecompiles(evm.chainRules)) != len(upstream) {
		t.Fatal("the upstream precompile list was modified")
	}
	if !sdb.AddressInAccessList(precompile.Address) {
		t.Fatal("inbox not warm")
	}
	ret, left, err = evm.Call(parleyTestUser, precompile.Address, parleyView(t), 100000, new(uint256.Int))
	if err != nil || len(ret) != 64 || left >= 100000 {
		t.Fatalf("view call: ret=%x left=%d err=%v", ret, left, err)
	}
}

func TestParleyCallRules(t *testing.T) {
	rr := parleyRecordRange(t)
	const gas = 200000
	for _, tc := range []struct {
		name string
		call func(evm *EVM) ([]byte, uint64, error)
		want string // custom error, "" for success
	}{
		{"view CALL", func(evm *EVM) ([]byte, uint64, error) {
			return evm.Call(parleyTestUser, precompile.Address, parleyPack(t, "latestCertifiedBlock", big.NewInt(10)), gas, new(uint256.Int))
		}, ""},
		{"view STATICCALL", func(evm *EVM) ([]byte, uint64, error) {
			return evm.StaticCall(parleyTestUser, precompile.Address, parleyView(t), gas)
		}, ""},
		{"write from a user", func(evm *EVM) ([]byte, uint64, error) {
			return evm.Call(parleyTestUser, precompile.Address, rr, gas, new(uint256.Int))
		}, "NotSystemSender"},
		{"snapshot from a user", func(evm *EVM) ([]byte, uint64, error) {
			return evm.Call(parleyTestUser, precompile.Address, parleyRecordSnapshot(t), gas, new(uint256.Int))
		}, "NotSystemSender"},
		{"snapshot by STATICCALL straight to the inbox", func(evm *EVM) ([]byte, uint64, error) {
			return evm.StaticCall(precompile.SystemSender, precompile.Address, parleyRecordSnapshot(t), gas)
		}, "WriteInStaticContext"},
		{"write by STATICCALL straight to the inbox", func(evm *EVM) ([]byte, uint64, error) {
			return evm.StaticCall(precompile.SystemSender, precompile.Address, rr, gas)
		}, "WriteInStaticContext"},
		{"validateMessage by STATICCALL", func(evm *EVM) ([]byte, uint64, error) {
			id := precompile.Identifier{BlockNumber: big.NewInt(1), LogIndex: new(big.Int), Timestamp: new(big.Int), ChainId: big.NewInt(10)}
			return evm.StaticCall(parleyTestUser, precompile.Address, parleyPack(t, "validateMessage", id, [32]byte{}, []byte{}), gas)
		}, "WriteInStaticContext"},
		{"DELEGATECALL", func(evm *EVM) ([]byte, uint64, error) {
			return evm.DelegateCall(parleyTestUser, parleyTestUser, precompile.Address, parleyView(t), gas, new(uint256.Int))
		}, "DelegateCallForbidden"},
		{"CALLCODE", func(evm *EVM) ([]byte, uint64, error) {
			return evm.CallCode(parleyTestUser, precompile.Address, parleyView(t), gas, new(uint256.Int))
		}, "DelegateCallForbidden"},
		{"value", func(evm *EVM) ([]byte, uint64, error) {
			return evm.Call(parleyTestUser, precompile.Address, parleyView(t), gas, uint256.NewInt(1))
		}, "ValueNotAccepted"},
		{"unknown selector", func(evm *EVM) ([]byte, uint64, error) {
			return evm.Call(parleyTestUser, precompile.Address, []byte{1, 2, 3, 4}, gas, new(uint256.Int))
		}, "InvalidInput"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evm, sdb := newParleyEVM(t, parleyTestConfig(), 5000)
			sdb.AddBalance(parleyTestUser, uint256.NewInt(1e18), tracing.BalanceChangeUnspecified)
			ret, left, err := tc.call(evm)
			if tc.want != "" {
				wantParleyRevert(t, tc.name, ret, left, err, tc.want)
			} else if err != nil || left == 0 || left == gas || len(ret) == 0 {
				t.Fatalf("ret=%x left=%d err=%v, want success with gas charged", ret, left, err)
			}
			if sdb.GetNonce(precompile.Address) != 0 || sdb.GetBalance(precompile.Address).Sign() != 0 {
				t.Fatal("a failing or read-only call changed the inbox account")
			}
		})
	}
}

func TestParleySystemWriteAndOutOfGas(t *testing.T) {
	evm, sdb := newParleyEVM(t, parleyTestConfig(), 5000)
	rr := parleyRecordRange(t)

	// Too little gas: all of it is consumed and nothing changes.
	ret, left, err := evm.Call(precompile.SystemSender, precompile.Address, rr, 30000, new(uint256.Int))
	if !errors.Is(err, ErrOutOfGas) || left != 0 || len(ret) != 0 {
		t.Fatalf("out of gas: ret=%x left=%d err=%v", ret, left, err)
	}
	if sdb.GetNonce(precompile.Address) != 0 || len(sdb.Logs()) != 0 {
		t.Fatal("an out-of-gas call changed state")
	}

	ret, left, err = evm.Call(precompile.SystemSender, precompile.Address, rr, 1_000_000, new(uint256.Int))
	if err != nil || left == 0 {
		t.Fatalf("system write: ret=%x left=%d err=%v", ret, left, err)
	}
	if n := sdb.GetNonce(precompile.Address); n != 1 {
		t.Fatalf("inbox nonce %d after its first write, want 1", n)
	}
	logs := sdb.Logs()
	if len(logs) != 1 || logs[0].Address != precompile.Address || logs[0].Topics[0] != precompile.ABI.Events["RangeCertified"].ID || logs[0].BlockNumber != 7 {
		t.Fatalf("logs %v, want one RangeCertified from the inbox", logs)
	}
	ret, _, err = evm.StaticCall(parleyTestUser, precompile.Address, parleyPack(t, "latestCertifiedBlock", big.NewInt(10)), 100000)
	if err != nil {
		t.Fatal(err)
	}
	out, err := precompile.ABI.Methods["latestCertifiedBlock"].Outputs.Unpack(ret)
	if err != nil || out[0].(uint64) != 5 || !out[1].(bool) {
		t.Fatalf("latestCertifiedBlock = %v (%v), want 5, true", out, err)
	}

	// A snapshot, given exactly its bound: it succeeds, and the views read it back.
	rs := parleyRecordSnapshot(t)
	bound := precompile.RecordSnapshotGas(2, len(rs))
	if _, left, err = evm.Call(precompile.SystemSender, precompile.Address, rs, bound, new(uint256.Int)); err != nil {
		t.Fatalf("recordSnapshot with its gas bound %d: left=%d err=%v", bound, left, err)
	}
	if logs := sdb.Logs(); len(logs) != 2 || logs[1].Topics[0] != precompile.ABI.Events["SnapshotRecorded"].ID {
		t.Fatalf("logs %v, want SnapshotRecorded after RangeCertified", logs)
	}
	ret, _, err = evm.StaticCall(parleyTestUser, precompile.Address, parleyView(t), 100000)
	if err != nil {
		t.Fatal(err)
	}
	if out, err = precompile.ABI.Methods["latestSnapshot"].Outputs.Unpack(ret); err != nil || out[0].(uint64) != 40 || out[1].([32]byte) != [32]byte{4} {
		t.Fatalf("latestSnapshot = %v (%v), want 40, 0x04…", out, err)
	}
	ret, _, err = evm.StaticCall(parleyTestUser, precompile.Address, parleyPack(t, "operatorSetWeight", uint32(2)), 100000)
	if err != nil || new(big.Int).SetBytes(ret).Int64() != 200 {
		t.Fatalf("operatorSetWeight(2) = %x, %v; want 200", ret, err)
	}
}

// parleyForwarder is code that CALLs the inbox with its own call data and returns (or
// reverts with) the inbox's return data.
func parleyForwarder() []byte {
	code := []byte{0x36, 0x5f, 0x5f, 0x37, 0x5f, 0x5f, 0x36, 0x5f, 0x5f, 0x73} // calldatacopy; call args
	code = append(code, precompile.Address.Bytes()...)
	return append(code,
		0x5a, 0xf1, // GAS CALL
		0x3d, 0x5f, 0x5f, 0x3e, // RETURNDATACOPY(0, 0, RETURNDATASIZE)
		0x60, 0x2a, 0x57, // PUSH1 42 JUMPI
		0x3d, 0x5f, 0xfd, // REVERT(0, RETURNDATASIZE)
		0x5b, 0x3d, 0x5f, 0xf3, // JUMPDEST RETURN(0, RETURNDATASIZE)
	)
}

func TestParleyStaticContextReachesNestedCall(t *testing.T) {
	evm, sdb := newParleyEVM(t, parleyTestConfig(), 5000)
	fwd := common.HexToAddress("0xf0")
	sdb.SetCode(fwd, parleyForwarder(), tracing.CodeChangeUnspecified)
	rr := parleyRecordRange(t)

	// A plain CALL through the forwarder: the inbox sees the forwarder as caller.
	ret, left, err := evm.Call(precompile.SystemSender, fwd, rr, 1_000_000, new(uint256.Int))
	wantParleyRevert(t, "CALL through a contract", ret, left, err, "NotSystemSender")

	// STATICCALL to the forwarder, which CALLs the inbox: still a static context.
	ret, left, err = evm.StaticCall(precompile.SystemSender, fwd, rr, 1_000_000)
	wantParleyRevert(t, "STATICCALL then CALL", ret, left, err, "WriteInStaticContext")

	// Views work through the forwarder in a static context.
	ret, _, err = evm.StaticCall(parleyTestUser, fwd, parleyView(t), 1_000_000)
	if err != nil || len(ret) != 64 {
		t.Fatalf("static view through a contract: ret=%x err=%v", ret, err)
	}
}

func TestParleyOtherPrecompilesUnchanged(t *testing.T) {
	evm, _ := newParleyEVM(t, parleyTestConfig(), 5000)
	identity := common.BytesToAddress([]byte{4})
	in := []byte("parley")
	p, _ := evm.precompile(identity)
	wantRet, wantLeft, wantErr := RunPrecompiledContract(nil, p, identity, in, 10000, nil)
	ret, left, err := evm.StaticCall(parleyTestUser, identity, in, 10000)
	if !bytes.Equal(ret, wantRet) || left != wantLeft || err != wantErr {
		t.Fatalf("identity: got (%x, %d, %v), want (%x, %d, %v)", ret, left, err, wantRet, wantLeft, wantErr)
	}
}

func TestParleyTracerSeesGas(t *testing.T) {
	evm, _ := newParleyEVM(t, parleyTestConfig(), 5000)
	type change struct {
		old, new uint64
		reason   tracing.GasChangeReason
	}
	var changes []change
	evm.Config.Tracer = &tracing.Hooks{OnGasChange: func(o, n uint64, r tracing.GasChangeReason) {
		changes = append(changes, change{o, n, r})
	}}
	_, left, err := evm.Call(parleyTestUser, precompile.Address, parleyView(t), 100000, new(uint256.Int))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range changes {
		if c.reason == tracing.GasChangeCallPrecompiledContract && c.old == 100000 && c.new == left {
			return
		}
	}
	t.Fatalf("gas changes %v lack the inbox's charge 100000 -> %d", changes, left)
}

// TestParleyActivePrecompilesForTools: the precompiles as the tools see them
// (eth_createAccessList, the flatCall, 4byte and JavaScript tracers) include the inbox
// from its activation time on, and are exactly upstream's otherwise; the shared
// upstream slice is never modified. (Reconstructed by the chain-configuration change
// after an editing collision removed the original; see ParleyActivePrecompiles.)
func TestParleyActivePrecompilesForTools(t *testing.T) {
	cc := *params.MergedTestChainConfig
	rules := cc.Rules(big.NewInt(7), true, 5000)
	upstream := ActivePrecompiles(rules)
	if got := ParleyActivePrecompiles(&cc, rules, 5000); slices.Contains(got, precompile.Address) || len(got) != len(upstream) {
		t.Fatal("the inbox is a precompile on a chain without Parley")
	}
	cc.Parley = parleyTestConfig()
	if got := ParleyActivePrecompiles(&cc, rules, parleyTestActivation-1); slices.Contains(got, precompile.Address) {
		t.Fatal("the inbox is a precompile before its activation")
	}
	got := ParleyActivePrecompiles(&cc, rules, parleyTestActivation)
	if !slices.Contains(got, precompile.Address) || len(got) != len(upstream)+1 || !slices.Equal(got[:len(upstream)], upstream) {
		t.Fatalf("from activation on: %v", got)
	}
	if again := ActivePrecompiles(rules); len(again) != len(upstream) || slices.Contains(again, precompile.Address) {
		t.Fatal("the shared upstream slice was modified")
	}
}

func TestParleyConfigValidationAndCache(t *testing.T) {
	cc := *params.MergedTestChainConfig
	if cfg, err := ParleyInboxConfig(&cc); cfg != nil || err != nil {
		t.Fatalf("unconfigured chain: %v, %v", cfg, err)
	}
	cc.Parley = parleyTestConfig()
	a, err := ParleyInboxConfig(&cc)
	if err != nil || a.ActivationTime != parleyTestActivation || a.AVS.L1ChainID != 11155111 || a.AVS.Address != cc.Parley.AVS {
		t.Fatalf("valid config: %+v, %v", a, err)
	}
	cc.Parley = parleyTestConfig() // an equal value at another address: the same entry
	if b, _ := ParleyInboxConfig(&cc); b != a {
		t.Fatal("equal configurations resolved twice")
	}
	cc.Parley.Window = 16 // what the inbox does not depend on: the same entry
	if b, _ := ParleyInboxConfig(&cc); b != a {
		t.Fatal("a configuration differing only in the hook's settings resolved twice")
	}
	cc.Parley.ActivationTime = 8 // a changed value is never served the old entry
	if b, _ := ParleyInboxConfig(&cc); b == a || b.ActivationTime != 8 || b.AVS.Address != a.AVS.Address {
		t.Fatal("changed configuration served a stale entry")
	}

	// Invalid for the inbox itself: refused at start-up, and the EVM never runs it.
	for _, bad := range []*params.ParleyConfig{
		{L1ChainID: 1}, // no AVS
		{ParleySettings: params.ParleySettings{AVS: common.Address{1}}}, // no L1 chain
	} {
		cc.Parley = bad
		if _, err := ParleyInboxConfig(&cc); err == nil || !strings.Contains(err.Error(), "invalid Parley configuration") {
			t.Fatalf("config %+v: err = %v", bad, err)
		}
		func() {
			defer func() {
				if recover() == nil {
					t.Fatalf("config %+v: the EVM ran an invalid configuration", bad)
				}
			}()
			evm, _ := newParleyEVM(t, bad, 5000)
			evm.precompile(precompile.Address)
		}()
	}
	// Invalid elsewhere in the object: refused at start-up with Parley's own rules
	// (chainconfig), naming the field.
	for field, mutate := range map[string]func(p *params.ParleyConfig){
		"window":           func(p *params.ParleyConfig) { p.Window = 0 },
		"thresholds":       func(p *params.ParleyConfig) { p.Thresholds = nil },
		"must differ":      func(p *params.ParleyConfig) { p.CertInbox = p.Publisher },
		"upgrades[0].time": func(p *params.ParleyConfig) { p.Upgrades = []params.ParleyUpgrade{{Time: 5, Window: 8}} },
		"upgrades[0]: thre": func(p *params.ParleyConfig) {
			p.Upgrades = []params.ParleyUpgrade{{Time: 5000, Thresholds: []params.ParleyThreshold{{BPS: 10001}}}}
		},
	} {
		cc.Parley = parleyTestConfig()
		mutate(cc.Parley)
		if _, err := ParleyInboxConfig(&cc); err == nil || !strings.Contains(err.Error(), "invalid Parley configuration") || !strings.Contains(err.Error(), field) {
			t.Errorf("%s: err = %v", field, err)
		}
	}
}

// parleyTestDoc is a genesis config.parley with every field, and upgrades.
const parleyTestDoc = `{"activationTime":1000,"l1ChainId":11155111,"avs":"0x000000000000000000000000000000000000a11c",` +
	`"publisher":"0x000000000000000000000000000000000000b0b0","certInbox":"0x000000000000000000000000000000000000c0c0",` +
	`"thresholds":[{"quorum":0,"bps":6667},{"quorum":3,"bps":5000}],"window":7200,` +
	`"upgrades":[{"time":2000,"avs":"0x000000000000000000000000000000000000a11d","publisher":"0x000000000000000000000000000000000000b0b1",` +
	`"certInbox":"0x000000000000000000000000000000000000c0c1","thresholds":[{"quorum":0,"bps":7500}],"window":100},{"time":3000,"window":50}]}`

func TestParleyConfigJSON(t *testing.T) {
	var cc params.ChainConfig
	doc := `{"chainId": 901, "parley": ` + parleyTestDoc + `}`
	if err := json.Unmarshal([]byte(doc), &cc); err != nil {
		t.Fatal(err)
	}
	if cc.Parley == nil || cc.Parley.AVS != parleyTestConfig().AVS || len(cc.Parley.Upgrades) != 2 || *cc.Parley.Upgrades[0].CertInbox != common.HexToAddress("0xc0c1") {
		t.Fatalf("config.parley decoded as %+v", cc.Parley)
	}
	if out, err := json.Marshal(cc.Parley); err != nil || string(out) != parleyTestDoc {
		t.Fatalf("config.parley encodes as %s (%v), want the genesis object", out, err)
	}
	// Strict: an earlier version's configuration (an operator registry), a misspelt
	// field, a field of the wrong type are errors, never silently dropped.
	for _, bad := range []string{
		`{"activationTime": 1000, "l1ChainId": 11155111, "registry": "0x000000000000000000000000000000000000a11c", "window": 16}`,
		strings.Replace(parleyTestDoc, `"window":7200`, `"windows":7200`, 1),
		strings.Replace(parleyTestDoc, `"window":50`, `"window":50,"avss":"0x01"`, 1),
		strings.Replace(parleyTestDoc, `"bps":6667`, `"bps":6667,"weight":1`, 1),
		strings.Replace(parleyTestDoc, `"window":7200`, `"window":"7200"`, 1),
	} {
		cc = params.ChainConfig{}
		if err := json.Unmarshal([]byte(`{"chainId": 901, "parley": `+bad+`}`), &cc); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}

// TestParleyConfigMirrorsChainconfig: params.ParleyConfig (which cannot import Parley)
// and chainconfig.Parley (op-node's) have the same JSON schema, and decode the same
// documents to the same values: both accept or both refuse each document, and what
// they accept encodes to the same JSON and compares equal field by field.
func TestParleyConfigMirrorsChainconfig(t *testing.T) {
	if a, b := parleySchema(reflect.TypeFor[params.ParleyConfig]()), parleySchema(reflect.TypeFor[chainconfig.Parley]()); a != b {
		t.Fatalf("JSON schemas differ:\nparams:      %s\nchainconfig: %s", a, b)
	}
	docs := []string{
		parleyTestDoc,
		`{"activationTime":0,"l1ChainId":1,"avs":"0x00000000000000000000000000000000000000aa","publisher":"0x00000000000000000000000000000000000000bb","certInbox":"0x00000000000000000000000000000000000000cc","thresholds":[{"quorum":0,"bps":10000}],"window":8191}`,
		`{"activationTime":18446744073709551615,"l1ChainId":1,"avs":"0x00000000000000000000000000000000000000aa","publisher":"0x00000000000000000000000000000000000000bb","certInbox":"0x00000000000000000000000000000000000000cc","thresholds":[{"quorum":255,"bps":65535}],"window":1,"upgrades":[]}`,
		`{"l1ChainId":1}`,
		`{}`,
		strings.Replace(parleyTestDoc, `"window":7200`, `"window":-1`, 1),
		strings.Replace(parleyTestDoc, `"bps":6667`, `"bps":65536`, 1),
		strings.Replace(parleyTestDoc, `"quorum":3`, `"quorum":256`, 1),
		strings.Replace(parleyTestDoc, `"avs":"0x000000000000000000000000000000000000a11c"`, `"avs":"0x12"`, 1),
		strings.Replace(parleyTestDoc, `"time":3000`, `"time":3000,"l1ChainId":2`, 1),
		strings.Replace(parleyTestDoc, `"upgrades":[`, `"upgrade":[`, 1),
		strings.Replace(parleyTestDoc, `"upgrades":[{`, `"upgrades":[null,{`, 1),
		strings.Replace(parleyTestDoc, `"thresholds":[{"quorum":0,"bps":7500}]`, `"thresholds":null`, 1),
		`{"activationTime":1000} {}`,
		`[]`,
	}
	for _, doc := range docs {
		var p params.ParleyConfig
		perr := json.Unmarshal([]byte(doc), &p)
		dec := json.NewDecoder(strings.NewReader(doc))
		dec.DisallowUnknownFields()
		var c chainconfig.Parley
		cerr := dec.Decode(&c)
		if cerr == nil && dec.More() {
			cerr = errors.New("data after the object")
		}
		if (perr == nil) != (cerr == nil) {
			t.Errorf("%s: params %v, chainconfig %v", doc, perr, cerr)
			continue
		}
		if perr != nil {
			continue
		}
		pj, _ := json.Marshal(&p)
		cj, _ := json.Marshal(&c)
		if string(pj) != string(cj) {
			t.Errorf("%s: encodes as\n%s (params)\n%s (chainconfig)", doc, pj, cj)
		}
		back, err := ParleyChainConfig(&params.ChainConfig{Parley: &p})
		if _, verr := chainconfig.Decode([]byte(doc)); (err == nil) != (verr == nil) {
			t.Errorf("%s: validation differs: op-geth %v, op-node %v", doc, err, verr)
		} else if err == nil {
			if d := chainconfig.Diff(&c, back); len(d) != 0 {
				t.Errorf("%s: values differ: %v", doc, d)
			}
		}
	}
}

// parleySchema describes a type's JSON schema: field names, kinds and JSON types, with
// embedded structs flattened as encoding/json flattens them.
func parleySchema(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Pointer:
		return "*" + parleySchema(t.Elem())
	case reflect.Slice:
		return "[]" + parleySchema(t.Elem())
	case reflect.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), t.Elem().Kind())
	case reflect.Struct:
		var fields []string
		var walk func(t reflect.Type)
		walk = func(t reflect.Type) {
			for i := 0; i < t.NumField(); i++ {
				f := t.Field(i)
				if f.Anonymous {
					walk(f.Type)
					continue
				}
				fields = append(fields, f.Tag.Get("json")+":"+parleySchema(f.Type))
			}
		}
		walk(t)
		return "{" + strings.Join(fields, ",") + "}"
	default:
		return t.Kind().String()
	}
}
