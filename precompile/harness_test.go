package precompile

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/attestation"
)

var testCfg = Config{
	ActivationTime: 1000,
	AVS:            attestation.AVS{L1ChainID: 11155111, Address: common.HexToAddress("0x000000000000000000000000000000000000a11c")},
}

// harness is an Environment over a real in-memory StateDB from the pinned op-geth.
type harness struct {
	t        testing.TB
	sdb      *state.StateDB
	caller   common.Address
	value    *uint256.Int
	readOnly bool
	callType CallType
	number   uint64
	time     uint64
	gas      uint64
}

func newHarness(t testing.TB) *harness {
	sdb, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, sdb: sdb, value: new(uint256.Int), number: 7, time: 2000}
	h.newTx()
	return h
}

// newTx ends the transaction (EIP-158 clean-up included) and starts another with a
// fresh access list, as a block does between transactions.
func (h *harness) newTx() {
	h.sdb.Finalise(true)
	rules := params.Rules{IsBerlin: true, IsEIP2929: true, IsLondon: true, IsShanghai: true, IsCancun: true}
	h.sdb.Prepare(rules, common.Address{0xee}, common.Address{}, &Address, nil, nil)
	h.sdb.SetTxContext(common.Hash{0xaa}, 0)
}

func (h *harness) GetState(k common.Hash) (common.Hash, common.Hash) {
	return h.sdb.GetStateAndCommittedState(Address, k)
}
func (h *harness) SetState(k, v common.Hash) { h.sdb.SetState(Address, k, v) }
func (h *harness) SlotWarm(k common.Hash) bool {
	_, ok := h.sdb.SlotInAccessList(Address, k)
	return ok
}
func (h *harness) WarmSlot(k common.Hash) { h.sdb.AddSlotToAccessList(Address, k) }
func (h *harness) Nonce() uint64          { return h.sdb.GetNonce(Address) }
func (h *harness) SetNonce(n uint64) {
	h.sdb.SetNonce(Address, n, tracing.NonceChangeUnspecified)
}
func (h *harness) AddLog(topics []common.Hash, data []byte) {
	h.sdb.AddLog(&types.Log{Address: Address, Topics: topics, Data: data, BlockNumber: h.number})
}
func (h *harness) Caller() common.Address { return h.caller }
func (h *harness) Value() *uint256.Int    { return h.value }
func (h *harness) ReadOnly() bool         { return h.readOnly }
func (h *harness) CallType() CallType     { return h.callType }
func (h *harness) BlockNumber() uint64    { return h.number }
func (h *harness) BlockTime() uint64      { return h.time }
func (h *harness) Gas() uint64            { return h.gas }
func (h *harness) UseGas(n uint64) bool {
	if h.gas < n {
		return false
	}
	h.gas -= n
	return true
}

// result of one call through the harness.
type result struct {
	ret     []byte
	err     error
	gasUsed uint64
	logs    []*types.Log
}

// call runs input with the given gas the way the EVM runs a call: on error the state
// is reverted to before the call, and running out of gas consumes everything.
func (h *harness) call(input []byte, gas uint64) result {
	h.gas = gas
	before := len(h.sdb.GetLogs(common.Hash{0xaa}, h.number, common.Hash{}, 0))
	snap := h.sdb.Snapshot()
	ret, err := Run(&testCfg, h, input)
	if err != nil {
		h.sdb.RevertToSnapshot(snap)
		if errors.Is(err, ErrOutOfGas) {
			h.gas = 0
		}
	}
	logs := h.sdb.GetLogs(common.Hash{0xaa}, h.number, common.Hash{}, 0)
	return result{ret: ret, err: err, gasUsed: gas - h.gas, logs: logs[before:]}
}

// system calls as the system sender with plenty of gas and fails the test on error.
func (h *harness) system(input []byte) result {
	h.t.Helper()
	saved := h.caller
	h.caller = SystemSender
	defer func() { h.caller = saved }()
	r := h.call(input, 50_000_000)
	if r.err != nil {
		h.t.Fatalf("system call failed: %v", r.err)
	}
	return r
}

func pack(t testing.TB, name string, args ...any) []byte {
	t.Helper()
	b, err := ABI.Pack(name, args...)
	if err != nil {
		t.Fatalf("pack %s: %v", name, err)
	}
	return b
}

func unpackOut(t testing.TB, name string, ret []byte) []any {
	t.Helper()
	out, err := ABI.Unpack(name, ret)
	if err != nil {
		t.Fatalf("unpack %s: %v", name, err)
	}
	return out
}

func revertName(err error) string {
	var r *RevertError
	if errors.As(err, &r) {
		return r.Name
	}
	if errors.Is(err, ErrOutOfGas) {
		return "OutOfGas"
	}
	if err != nil {
		return "unexpected: " + err.Error()
	}
	return ""
}

func bigU(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

func asRevert(err error, r **RevertError) bool { return errors.As(err, r) }
