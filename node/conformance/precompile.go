package conformance

import (
	"errors"
	"fmt"
	"maps"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/precompile"
)

type precompileConfigJSON struct {
	ActivationTime dec64   `json:"activationTime"`
	AVS            avsJSON `json:"avs"`
}

type blockJSON struct {
	Number dec64 `json:"number"`
	Time   dec64 `json:"time"`
}

// callJSON is one call to the inbox. calldataZeros zero bytes follow calldata (a
// compact form for the input-size vectors).
type callJSON struct {
	Caller        common.Address `json:"caller"`
	CallType      string         `json:"callType"` // CALL, STATICCALL, DELEGATECALL, CALLCODE
	ReadOnly      bool           `json:"readOnly"`
	Value         decBig         `json:"value"`
	Gas           dec64          `json:"gas"`
	Calldata      hexutil.Bytes  `json:"calldata"`
	CalldataZeros uint32         `json:"calldataZeros,omitempty"`
}

// precompileInput is a transaction's calls to the inbox against a starting state: the
// inbox account's storage (slot → value; absent slots are zero) and nonce. Every slot
// starts cold (EIP-2929) and its original value (EIP-2200) is the starting one.
type precompileInput struct {
	Config  precompileConfigJSON        `json:"config"`
	Block   blockJSON                   `json:"block"`
	Storage map[common.Hash]common.Hash `json:"storage"`
	Nonce   dec64                       `json:"nonce"`
	Calls   []callJSON                  `json:"calls"`
}

// callResultJSON is the outcome of one call. returnData is the return data of a
// success, the revert data (selector and arguments of the custom error) of a revert,
// and empty when the call runs out of gas (all its gas consumed). storageWrites lists
// the slots whose value the call changed, with their new values; nonce is the inbox
// account's nonce after the call.
type callResultJSON struct {
	Success       bool                        `json:"success"`
	Error         string                      `json:"error,omitempty"` // the custom error's name, or OutOfGas
	ReturnData    hexutil.Bytes               `json:"returnData"`
	GasUsed       dec64                       `json:"gasUsed"`
	Logs          []logJSON                   `json:"logs"`
	StorageWrites map[common.Hash]common.Hash `json:"storageWrites"`
	Nonce         dec64                       `json:"nonce"`
}

type precompileExpected struct {
	Results []callResultJSON `json:"results"`
}

func precompileArea() *area {
	return &area{
		file:  "precompile.json",
		spec:  "SPEC §10 and the precompile package documentation (precompile)",
		kinds: map[string]evaluator{"calls": eval(evalCalls)},
		constants: func() (any, error) {
			return struct {
				Address      common.Address `json:"address"`
				SystemSender common.Address `json:"systemSender"`
				MaxInput     int            `json:"maxInput"`
			}{precompile.Address, precompile.SystemSender, precompile.MaxInput}, nil
		},
		generate: genPrecompile,
	}
}

var callTypes = map[string]precompile.CallType{
	"CALL": precompile.Call, "STATICCALL": precompile.StaticCall, "DELEGATECALL": precompile.DelegateCall, "CALLCODE": precompile.CallCode,
}

// memEnv is a precompile.Environment over maps: one transaction's view of the inbox
// account, as the EVM gives it.
type memEnv struct {
	storage  map[common.Hash]common.Hash
	original map[common.Hash]common.Hash // at the start of the transaction
	warm     map[common.Hash]bool        // the transaction's accessed slots
	nonce    uint64
	logs     []logJSON

	caller   common.Address
	value    uint256.Int
	readOnly bool
	callType precompile.CallType
	number   uint64
	time     uint64
	gas      uint64
}

var _ precompile.Environment = (*memEnv)(nil)

func (e *memEnv) GetState(k common.Hash) (common.Hash, common.Hash) {
	return e.storage[k], e.original[k]
}

func (e *memEnv) SetState(k, v common.Hash) {
	if v == (common.Hash{}) {
		delete(e.storage, k)
		return
	}
	e.storage[k] = v
}

func (e *memEnv) SlotWarm(k common.Hash) bool { return e.warm[k] }
func (e *memEnv) WarmSlot(k common.Hash)      { e.warm[k] = true }
func (e *memEnv) Nonce() uint64               { return e.nonce }
func (e *memEnv) SetNonce(n uint64)           { e.nonce = n }

func (e *memEnv) AddLog(topics []common.Hash, data []byte) {
	e.logs = append(e.logs, logJSON{Topics: append([]common.Hash{}, topics...), Data: append([]byte{}, data...)})
}

func (e *memEnv) Caller() common.Address        { return e.caller }
func (e *memEnv) Value() *uint256.Int           { return &e.value }
func (e *memEnv) ReadOnly() bool                { return e.readOnly }
func (e *memEnv) CallType() precompile.CallType { return e.callType }
func (e *memEnv) BlockNumber() uint64           { return e.number }
func (e *memEnv) BlockTime() uint64             { return e.time }
func (e *memEnv) Gas() uint64                   { return e.gas }

func (e *memEnv) UseGas(n uint64) bool {
	if e.gas < n {
		return false
	}
	e.gas -= n
	return true
}

// call runs one call the way the EVM runs a call to a precompile: on any error the
// storage, nonce, logs and access-list additions of the call are reverted (the EVM's
// journal), and running out of gas consumes all of it.
func (e *memEnv) call(cfg *precompile.Config, c *callJSON) (callResultJSON, error) {
	ct, ok := callTypes[c.CallType]
	if !ok {
		return callResultJSON{}, fmt.Errorf("unknown call type %q", c.CallType)
	}
	if ct == precompile.StaticCall && !c.ReadOnly {
		return callResultJSON{}, errors.New("a STATICCALL is always read-only")
	}
	input := append(append([]byte{}, c.Calldata...), make([]byte, c.CalldataZeros)...)
	before, warm, nonce, nlogs := maps.Clone(e.storage), maps.Clone(e.warm), e.nonce, len(e.logs)
	e.caller, e.value, e.readOnly, e.callType, e.gas = c.Caller, c.Value.Int, c.ReadOnly, ct, uint64(c.Gas)
	ret, err := precompile.Run(cfg, e, input)
	out := callResultJSON{Success: err == nil, ReturnData: nonNil(ret), GasUsed: dec64(uint64(c.Gas) - e.gas), Logs: []logJSON{}, StorageWrites: map[common.Hash]common.Hash{}}
	if err != nil {
		e.storage, e.warm, e.nonce, e.logs = before, warm, nonce, e.logs[:nlogs]
		var re *precompile.RevertError
		switch {
		case errors.Is(err, precompile.ErrOutOfGas):
			out.Error, out.GasUsed, out.ReturnData = "OutOfGas", c.Gas, []byte{}
		case errors.As(err, &re):
			out.Error, out.ReturnData = re.Name, re.Data
		default:
			return callResultJSON{}, fmt.Errorf("unexpected error %T: %v", err, err)
		}
	}
	out.Logs = append(out.Logs, e.logs[nlogs:]...)
	for k, v := range e.storage {
		if before[k] != v {
			out.StorageWrites[k] = v
		}
	}
	for k := range before {
		if _, ok := e.storage[k]; !ok {
			out.StorageWrites[k] = common.Hash{}
		}
	}
	out.Nonce = dec64(e.nonce)
	return out, nil
}

func evalCalls(in *precompileInput) (precompileExpected, error) {
	cfg := &precompile.Config{ActivationTime: uint64(in.Config.ActivationTime), AVS: in.Config.AVS.avs()}
	e := &memEnv{storage: map[common.Hash]common.Hash{}, original: map[common.Hash]common.Hash{}, warm: map[common.Hash]bool{},
		nonce: uint64(in.Nonce), number: uint64(in.Block.Number), time: uint64(in.Block.Time)}
	for k, v := range in.Storage {
		if v == (common.Hash{}) {
			return precompileExpected{}, fmt.Errorf("slot %s listed with a zero value", k)
		}
		e.storage[k], e.original[k] = v, v
	}
	out := precompileExpected{Results: []callResultJSON{}}
	for i := range in.Calls {
		r, err := e.call(cfg, &in.Calls[i])
		if err != nil {
			return precompileExpected{}, fmt.Errorf("call %d: %w", i, err)
		}
		out.Results = append(out.Results, r)
	}
	return out, nil
}
