package conformance

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/precompile"
)

// stateEnv is a precompile.Environment over op-geth's real StateDB (as the op-geth
// glue implements it), to check that memEnv, the map-backed environment the vectors
// are generated with, is faithful: EIP-2929 access lists, EIP-2200 original values,
// the journal reverting a failed call's writes, logs and access-list additions.
type stateEnv struct {
	sdb      *state.StateDB
	caller   common.Address
	value    uint256.Int
	readOnly bool
	callType precompile.CallType
	number   uint64
	time     uint64
	gas      uint64
}

func (e *stateEnv) GetState(k common.Hash) (common.Hash, common.Hash) {
	return e.sdb.GetStateAndCommittedState(precompile.Address, k)
}
func (e *stateEnv) SetState(k, v common.Hash) { e.sdb.SetState(precompile.Address, k, v) }
func (e *stateEnv) SlotWarm(k common.Hash) bool {
	_, ok := e.sdb.SlotInAccessList(precompile.Address, k)
	return ok
}
func (e *stateEnv) WarmSlot(k common.Hash) { e.sdb.AddSlotToAccessList(precompile.Address, k) }
func (e *stateEnv) Nonce() uint64          { return e.sdb.GetNonce(precompile.Address) }
func (e *stateEnv) SetNonce(n uint64) {
	e.sdb.SetNonce(precompile.Address, n, tracing.NonceChangeUnspecified)
}
func (e *stateEnv) AddLog(topics []common.Hash, data []byte) {
	e.sdb.AddLog(&types.Log{Address: precompile.Address, Topics: topics, Data: data})
}
func (e *stateEnv) Caller() common.Address        { return e.caller }
func (e *stateEnv) Value() *uint256.Int           { return &e.value }
func (e *stateEnv) ReadOnly() bool                { return e.readOnly }
func (e *stateEnv) CallType() precompile.CallType { return e.callType }
func (e *stateEnv) BlockNumber() uint64           { return e.number }
func (e *stateEnv) BlockTime() uint64             { return e.time }
func (e *stateEnv) Gas() uint64                   { return e.gas }
func (e *stateEnv) UseGas(n uint64) bool {
	if e.gas < n {
		return false
	}
	e.gas -= n
	return true
}

// runOnStateDB runs a precompile vector's calls on a StateDB, the way the EVM runs
// them, and returns what the vector's expected object records.
func runOnStateDB(t *testing.T, in *precompileInput) precompileExpected {
	t.Helper()
	sdb, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range in.Storage {
		sdb.SetState(precompile.Address, k, v)
	}
	sdb.SetNonce(precompile.Address, uint64(in.Nonce), tracing.NonceChangeUnspecified)
	sdb.Finalise(true)
	rules := params.Rules{IsBerlin: true, IsEIP2929: true, IsLondon: true, IsShanghai: true, IsCancun: true}
	sdb.Prepare(rules, common.Address{0xee}, common.Address{}, &precompile.Address, nil, nil)
	txHash := common.Hash{0xaa}
	sdb.SetTxContext(txHash, 0)
	cfg := &precompile.Config{ActivationTime: uint64(in.Config.ActivationTime), AVS: in.Config.AVS.avs()}
	out := precompileExpected{Results: []callResultJSON{}}
	for _, c := range in.Calls {
		e := &stateEnv{sdb: sdb, caller: c.Caller, value: c.Value.Int, readOnly: c.ReadOnly,
			callType: callTypes[c.CallType], number: uint64(in.Block.Number), time: uint64(in.Block.Time), gas: uint64(c.Gas)}
		current := func(k common.Hash) common.Hash { return sdb.GetState(precompile.Address, k) }
		nlogs := len(sdb.GetLogs(txHash, 0, common.Hash{}, 0))
		record := map[common.Hash]common.Hash{} // each written slot's value before the call
		snap := sdb.Snapshot()
		input := append(append([]byte{}, c.Calldata...), make([]byte, c.CalldataZeros)...)
		ret, err := precompile.Run(cfg, &recordingEnv{e, record, current}, input)
		r := callResultJSON{Success: err == nil, ReturnData: nonNil(ret), GasUsed: dec64(uint64(c.Gas) - e.gas), Logs: []logJSON{}, StorageWrites: map[common.Hash]common.Hash{}}
		if err != nil {
			sdb.RevertToSnapshot(snap)
			var re *precompile.RevertError
			switch {
			case errors.Is(err, precompile.ErrOutOfGas):
				r.Error, r.GasUsed, r.ReturnData = "OutOfGas", c.Gas, []byte{}
			case errors.As(err, &re):
				r.Error, r.ReturnData = re.Name, re.Data
			default:
				t.Fatalf("unexpected error %v", err)
			}
		}
		for _, l := range sdb.GetLogs(txHash, 0, common.Hash{}, 0)[nlogs:] {
			r.Logs = append(r.Logs, logJSON{Topics: l.Topics, Data: l.Data})
		}
		for k, old := range record {
			if v := sdb.GetState(precompile.Address, k); v != old {
				r.StorageWrites[k] = v
			}
		}
		r.Nonce = dec64(sdb.GetNonce(precompile.Address))
		out.Results = append(out.Results, r)
	}
	return out
}

// recordingEnv records each written slot's value before its first write.
type recordingEnv struct {
	*stateEnv
	old     map[common.Hash]common.Hash
	current func(common.Hash) common.Hash
}

func (r *recordingEnv) SetState(k, v common.Hash) {
	if _, ok := r.old[k]; !ok {
		r.old[k] = r.current(k)
	}
	r.stateEnv.SetState(k, v)
}

// TestPrecompileVectorsOnStateDB replays precompile.json on op-geth's StateDB and
// compares every result with the vectors: the map-backed environment and the EVM's
// state agree on gas, return data, logs, writes and nonces.
func TestPrecompileVectorsOnStateDB(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(vectorDir, "precompile.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f file
	if err := strictUnmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	for _, v := range f.Vectors {
		var in precompileInput
		if err := strictUnmarshal(v.Input, &in); err != nil {
			t.Fatalf("%s: %v", v.Name, err)
		}
		var want precompileExpected
		if err := json.Unmarshal(v.Expected, &want); err != nil {
			t.Fatalf("%s: %v", v.Name, err)
		}
		got := runOnStateDB(t, &in)
		gj, _ := marshal(got)
		wj, _ := marshal(want)
		if !reflect.DeepEqual(gj, wj) {
			t.Errorf("%s:\nStateDB %s\nvectors %s", v.Name, abbreviate(gj), abbreviate(wj))
		}
	}
}
