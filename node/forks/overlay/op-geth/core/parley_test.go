//go:build parleyoverlay

// Parley overlay file (parley-hooks/3): tests of core/parley.go inside the patched
// tree. Run them there with `go test ./core/ -run Parley`.

package core

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"

	"github.com/parley-xyz/parley/precompile"
)

const parleyTestBlockGas = 40_000_000

// parleyTestChain is an OP chain with every production fork and Parley active from
// genesis.
func parleyTestChain() *params.ChainConfig {
	c := *params.OptimismTestConfig
	c.Parley = &params.ParleyConfig{ActivationTime: 0, L1ChainID: 11155111}
	c.Parley.AVS = common.HexToAddress("0x000000000000000000000000000000000000a11c")
	return &c
}

// parleyApply applies one message to a fresh block's gas pool on state, as the block
// processor and the miner do (one EVM per block, gas pool shared).
func parleyApply(t *testing.T, sdb *state.StateDB, msg *Message, gp *GasPool, tracer *tracing.Hooks) *ExecutionResult {
	t.Helper()
	cc := parleyTestChain()
	ctx := vm.BlockContext{
		CanTransfer: CanTransfer,
		Transfer:    Transfer,
		GetHash:     func(uint64) common.Hash { return common.Hash{} },
		BlockNumber: big.NewInt(7),
		Time:        100,
		Random:      &common.Hash{},
		BaseFee:     new(big.Int),
		Difficulty:  new(big.Int),
		GasLimit:    parleyTestBlockGas,
	}
	evm := vm.NewEVM(ctx, sdb, cc, vm.Config{NoBaseFee: true, Tracer: tracer})
	res, err := ApplyMessage(evm, msg, gp)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func parleyDeposit(from common.Address, to *common.Address, data []byte, gas uint64) *Message {
	tx := types.NewTx(&types.DepositTx{SourceHash: common.Hash{1}, From: from, To: to, Value: new(big.Int), Gas: gas, Data: data})
	msg, err := TransactionToMessage(tx, types.LatestSignerForChainID(big.NewInt(1)), nil)
	if err != nil {
		panic(err)
	}
	return msg
}

func parleyRange(t *testing.T, from, to uint64) []byte {
	t.Helper()
	b, err := precompile.ABI.Pack("recordRange", big.NewInt(10), from, to, common.Hash{1}, common.Hash{2})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestParleyDepositsUseTheirGasLimit: a deposit from the system sender to the inbox
// uses its whole gas limit (the receipt's gasUsed, the block's gas pool), whether it
// succeeds or reverts, and gas trackers see the leftover go; any other deposit, and
// a call from the system sender that is not a deposit, gets its unused gas back as
// upstream.
func TestParleyDepositsUseTheirGasLimit(t *testing.T) {
	sdb, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	inbox, other := precompile.Address, common.HexToAddress("0x00000000000000000000000000000000000b0b00")
	user := common.HexToAddress("0x00000000000000000000000000000000000005e1")
	const gas = 400_000

	// A generous gas limit, so most of it is left over.
	gp := NewGasPool(parleyTestBlockGas)
	var burnt uint64
	hooks := &tracing.Hooks{OnGasChange: func(old, new uint64, reason tracing.GasChangeReason) {
		if reason == tracing.GasChangeUnspecified {
			burnt += old - new
		}
	}}
	res := parleyApply(t, sdb, parleyDeposit(precompile.SystemSender, &inbox, parleyRange(t, 1, 5), gas), gp, hooks)
	if res.Failed() || res.UsedGas != gas || res.MaxUsedGas != gas {
		t.Fatalf("Parley deposit: err %v, used %d, max used %d; want success using the gas limit %d", res.Err, res.UsedGas, res.MaxUsedGas, gas)
	}
	if gp.Gas() != parleyTestBlockGas-gas || gp.CumulativeUsed() != gas {
		t.Fatalf("gas pool after a Parley deposit: %v; want %d charged", gp, gas)
	}
	// On a fresh inbox the call uses exactly the precompile's bound.
	data := parleyRange(t, 1, 5)
	intrinsic, err := IntrinsicGas(data, nil, nil, false, true, true, true)
	if err != nil {
		t.Fatal(err)
	}
	if want := gas - intrinsic - precompile.RecordRangeGas(len(data)); burnt != want {
		t.Fatalf("tracer saw %d gas burnt, want %d", burnt, want)
	}
	if n := sdb.GetNonce(precompile.SystemSender); n != 1 {
		t.Fatalf("system sender nonce %d", n)
	}

	// A reverting Parley deposit (range not contiguous) uses its gas limit too.
	res = parleyApply(t, sdb, parleyDeposit(precompile.SystemSender, &inbox, parleyRange(t, 9, 12), gas), gp, nil)
	if !res.Failed() || res.UsedGas != gas {
		t.Fatalf("reverting Parley deposit: err %v, used %d; want a revert using %d", res.Err, res.UsedGas, gas)
	}

	// Not Parley's: as upstream, the unused gas goes back to the pool.
	for name, msg := range map[string]*Message{
		"deposit from another sender to the inbox":    parleyDeposit(user, &inbox, parleyRange(t, 6, 9), gas),
		"deposit from the system sender elsewhere":    parleyDeposit(precompile.SystemSender, &other, parleyRange(t, 6, 9), gas),
		"deposit from the system sender, no receiver": parleyDeposit(precompile.SystemSender, nil, []byte{0x00}, gas),
		"call from the system sender, not a deposit": {
			From: precompile.SystemSender, To: &inbox, Value: new(big.Int), GasLimit: gas, Data: parleyRange(t, 6, 9),
			GasPrice: new(big.Int), GasFeeCap: new(big.Int), GasTipCap: new(big.Int), SkipNonceChecks: true, SkipTransactionChecks: true,
		},
	} {
		before := gp.Gas()
		res := parleyApply(t, sdb, msg, gp, nil)
		if res.UsedGas == 0 || res.UsedGas >= gas || before-gp.Gas() != res.UsedGas {
			t.Fatalf("%s: used %d (err %v), pool charged %d; want the gas used alone, below the limit %d", name, res.UsedGas, res.Err, before-gp.Gas(), gas)
		}
	}
}
