//go:build parleyoverlay

// Parley overlay file (parley-hooks/3): added to op-geth's core/vm by `parley forks
// build`. It implements the hooks that Parley's marked edits in core/vm/evm.go and
// core/state_transition.go call; see github.com/parley-xyz/parley/precompile for the
// inbox itself.

package vm

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/node/chainconfig"
	"github.com/parley-xyz/parley/precompile"
)

// ParleyHookVersion names the hook interface between Parley's upstream edits and this
// file. `parley forks check` looks for it.
const ParleyHookVersion = "parley-hooks/3"

// Call types passed by the four dispatch sites in evm.go (short names keep the edited
// upstream lines short).
const (
	parleyCall         = precompile.Call
	parleyCallCode     = precompile.CallCode
	parleyDelegateCall = precompile.DelegateCall
	parleyStaticCall   = precompile.StaticCall
)

// Compile-time pins of the upstream API the hooks rely on. If op-geth changes one of
// these signatures, the patched tree fails to build here, with a pointer to the
// assumption that broke, instead of misbehaving at run time.
var (
	// runPrecompile delegates every other precompile to RunPrecompiledContract with
	// the same arguments the dispatch sites passed before the edit.
	_ func(StateDB, PrecompiledContract, common.Address, []byte, uint64, *tracing.Hooks) ([]byte, uint64, error) = RunPrecompiledContract
	// The lookup hook runs first inside evm.precompile.
	_ func(*EVM, common.Address) (PrecompiledContract, bool) = (*EVM).precompile
	// ActivePrecompilesWithParley extends ActivePrecompiles.
	_ func(params.Rules) []common.Address = ActivePrecompiles
	// The four dispatch sites whose frames the hook sees.
	_ func(*EVM, common.Address, common.Address, []byte, uint64, *uint256.Int) ([]byte, uint64, error)                 = (*EVM).Call
	_ func(*EVM, common.Address, common.Address, []byte, uint64, *uint256.Int) ([]byte, uint64, error)                 = (*EVM).CallCode
	_ func(*EVM, common.Address, common.Address, common.Address, []byte, uint64, *uint256.Int) ([]byte, uint64, error) = (*EVM).DelegateCall
	_ func(*EVM, common.Address, common.Address, []byte, uint64) ([]byte, uint64, error)                               = (*EVM).StaticCall
	// The StateDB methods the environment uses.
	_ func(StateDB, common.Address, common.Hash) (common.Hash, common.Hash) = StateDB.GetStateAndCommittedState
	_ func(StateDB, common.Address, common.Hash, common.Hash) common.Hash   = StateDB.SetState
	_ func(StateDB, common.Address, common.Hash) (bool, bool)               = StateDB.SlotInAccessList
	_ func(StateDB, common.Address, common.Hash)                            = StateDB.AddSlotToAccessList
	_ func(StateDB, common.Address) uint64                                  = StateDB.GetNonce
	_ func(StateDB, common.Address, uint64, tracing.NonceChangeReason)      = StateDB.SetNonce
	_ func(StateDB, *types.Log)                                             = StateDB.AddLog
	// The errors the EVM treats specially: a revert keeps the remaining gas, anything
	// else consumes it.
	_ error = ErrExecutionReverted
	_ error = ErrOutOfGas

	_ PrecompiledContract    = (*parleyInbox)(nil)
	_ precompile.Environment = (*parleyEnv)(nil)
)

// parleyInbox is the inbox as the EVM's precompile lookup sees it. It only marks the
// address: runPrecompile intercepts it and runs precompile.Run with the call frame,
// so RequiredGas and Run are never used by the dispatch sites.
type parleyInbox struct{ cfg *precompile.Config }

// RequiredGas is zero: the inbox meters its own gas as it runs.
func (*parleyInbox) RequiredGas([]byte) uint64 { return 0 }

// Run is reached only if code outside the four patched dispatch sites runs the inbox
// as a stateless precompile; it refuses, since the inbox needs its call frame.
func (*parleyInbox) Run([]byte) ([]byte, error) { return nil, ErrExecutionReverted }

// Name identifies the inbox in traces.
func (*parleyInbox) Name() string { return "PARLEY_INBOX" }

// parleyEntry caches one chain configuration's resolved inbox (or why it is invalid).
type parleyEntry struct {
	inbox *parleyInbox
	err   error
}

// parleyKey is all of a chain's Parley configuration that the inbox's behaviour depends
// on: its activation time and the AVS of the base settings. The rest of the object
// (addresses and thresholds the derivation hook reads, upgrades) never changes what
// the inbox does; cmd/geth validates the whole object at start-up (ParleyChainConfig).
type parleyKey struct {
	activation, l1ChainID uint64
	avs                   common.Address
}

// parleyEntries caches resolved configurations by parleyKey value, so each is
// converted and validated once per process, and a changed configuration value can
// never be served a stale entry.
var parleyEntries sync.Map // parleyKey -> *parleyEntry

// parleyResolve converts and validates what the inbox needs of a chain's Parley
// configuration, once.
func parleyResolve(pc *params.ParleyConfig) *parleyEntry {
	key := parleyKey{activation: pc.ActivationTime, l1ChainID: pc.L1ChainID, avs: pc.AVS}
	if e, ok := parleyEntries.Load(key); ok {
		return e.(*parleyEntry)
	}
	cfg := &precompile.Config{
		ActivationTime: pc.ActivationTime,
		AVS:            attestation.AVS{L1ChainID: pc.L1ChainID, Address: pc.AVS},
	}
	e := &parleyEntry{inbox: &parleyInbox{cfg: cfg}}
	if err := cfg.Validate(); err != nil {
		e = &parleyEntry{err: fmt.Errorf("invalid Parley configuration (chain config \"parley\"): %w", err)}
	}
	actual, _ := parleyEntries.LoadOrStore(key, e)
	return actual.(*parleyEntry)
}

// ParleyChainConfig returns a chain's whole Parley configuration as Parley's own
// package reads it (chainconfig.Decode of the same JSON: the rules op-node applies to
// the rollup configuration's copy): nil (and no error) if the chain does not configure
// Parley, an error naming the problem if it is invalid.
func ParleyChainConfig(c *params.ChainConfig) (*chainconfig.Parley, error) {
	if c == nil || c.Parley == nil {
		return nil, nil
	}
	b, err := json.Marshal(c.Parley)
	if err != nil {
		return nil, fmt.Errorf("invalid Parley configuration (chain config \"parley\"): %w", err)
	}
	p, err := chainconfig.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("invalid Parley configuration (chain config \"parley\"): %w", err)
	}
	return p, nil
}

// ParleyInboxConfig validates a chain's whole Parley configuration (ParleyChainConfig)
// and returns its inbox configuration: nil (and no error) if the chain does not
// configure Parley, an error if its configuration is invalid. The result is cached and
// must not be modified. cmd/geth calls it at start-up and refuses to run a chain whose
// configuration is invalid.
func ParleyInboxConfig(c *params.ChainConfig) (*precompile.Config, error) {
	if _, err := ParleyChainConfig(c); err != nil || c == nil || c.Parley == nil {
		return nil, err
	}
	e := parleyResolve(c.Parley)
	if e.err != nil {
		return nil, e.err
	}
	return e.inbox.cfg, nil
}

// parleyPrecompile is the lookup hook at the top of evm.precompile: the inbox at
// precompile.Address for blocks at or after its activation time, nothing otherwise.
// It takes precedence over the fork's precompile map and Config.PrecompileOverrides.
//
// A chain whose Parley configuration is invalid has no defined behaviour, so running
// one panics rather than risk a consensus split; cmd/geth refuses to start with such
// a configuration, so only embedders that skip ParleyInboxConfig can get here.
func (evm *EVM) parleyPrecompile(addr common.Address) (PrecompiledContract, bool) {
	if addr != precompile.Address {
		return nil, false
	}
	return parleyActive(evm.chainConfig, evm.Context.Time)
}

// parleyActive returns the inbox of chain c if it is active at block time time. It
// panics on an invalid Parley configuration (see parleyPrecompile).
func parleyActive(c *params.ChainConfig, time uint64) (*parleyInbox, bool) {
	if c == nil || c.Parley == nil {
		return nil, false
	}
	e := parleyResolve(c.Parley)
	if e.err != nil {
		panic(e.err)
	}
	if !e.inbox.cfg.Active(time) {
		return nil, false
	}
	return e.inbox, true
}

// ActivePrecompilesWithParley is ActivePrecompiles(rules) plus the inbox from its
// activation time on: the addresses a transaction starts with warm (EIP-2929).
// params.Rules knows fork booleans only, so the activation is checked against the
// EVM's block time. The shared upstream slice is never modified.
func (evm *EVM) ActivePrecompilesWithParley(rules params.Rules) []common.Address {
	return ParleyActivePrecompiles(evm.chainConfig, rules, evm.Context.Time)
}

// ParleyActivePrecompiles is ActivePrecompiles(rules) plus the inbox of chain c from
// its activation on, at block time time: the precompiles as the tools that take them
// from vm.ActivePrecompiles see them (eth_createAccessList leaves them out of the
// access lists it generates, since they are warm anyway; the flatCall, 4byte and
// JavaScript tracers skip or report calls to them). Each tool has the chain
// configuration and the block time at hand, and calls this instead of
// ActivePrecompiles through one marked line. The shared upstream slice is never
// modified.
func ParleyActivePrecompiles(c *params.ChainConfig, rules params.Rules, time uint64) []common.Address {
	addrs := ActivePrecompiles(rules)
	if _, ok := parleyActive(c, time); ok {
		out := make([]common.Address, len(addrs), len(addrs)+1)
		copy(out, addrs)
		addrs = append(out, precompile.Address)
	}
	return addrs
}

// runPrecompile replaces RunPrecompiledContract at the four dispatch sites of evm.go.
// Every precompile but the inbox runs exactly as before. The inbox runs with its call
// frame: caller, value (nil for STATICCALL), call type and read-only flag, where the
// StaticCall site passes true itself, since evm.readOnly is set only once the
// interpreter runs code and so is still false for a STATICCALL made straight to a
// precompile.
//
// Results map to the EVM's conventions: a revert returns the ABI-encoded custom error
// as return data with ErrExecutionReverted and keeps the remaining gas; running out of
// gas returns ErrOutOfGas and no gas (the caller then consumes it all).
func (evm *EVM) runPrecompile(stateDB StateDB, p PrecompiledContract, caller, addr common.Address, input []byte, gas uint64, value *uint256.Int, typ precompile.CallType, readOnly bool) ([]byte, uint64, error) {
	inbox, ok := p.(*parleyInbox)
	if !ok {
		return RunPrecompiledContract(stateDB, p, addr, input, gas, evm.Config.Tracer)
	}
	// As RunPrecompiledContract: touch the address for block-level access lists
	// (stateDB is non-nil from Amsterdam on).
	if stateDB != nil {
		stateDB.Exist(addr)
	}
	if value == nil {
		value = new(uint256.Int)
	}
	env := &parleyEnv{evm: evm, caller: caller, value: value, typ: typ, readOnly: readOnly, gas: gas}
	ret, err := precompile.Run(inbox.cfg, env, input)
	if err != nil {
		if errors.Is(err, precompile.ErrOutOfGas) {
			return nil, 0, ErrOutOfGas
		}
		var rev *precompile.RevertError
		if errors.As(err, &rev) {
			ret = rev.Data
		}
		err = ErrExecutionReverted
	}
	if t := evm.Config.Tracer; t != nil && t.OnGasChange != nil && env.gas != gas {
		t.OnGasChange(gas, env.gas, tracing.GasChangeCallPrecompiledContract)
	}
	return ret, env.gas, err
}

// parleyEnv is the inbox's precompile.Environment for one call: storage, nonce and logs
// of precompile.Address in the EVM's StateDB (so journaling, snapshots, access lists
// and tracing hooks all apply), plus the call frame.
type parleyEnv struct {
	evm      *EVM
	caller   common.Address
	value    *uint256.Int
	typ      precompile.CallType
	readOnly bool
	gas      uint64
}

// GetState returns the slot's current and start-of-transaction values.
func (e *parleyEnv) GetState(k common.Hash) (common.Hash, common.Hash) {
	return e.evm.StateDB.GetStateAndCommittedState(precompile.Address, k)
}

// SetState writes a slot.
func (e *parleyEnv) SetState(k, v common.Hash) { e.evm.StateDB.SetState(precompile.Address, k, v) }

// SlotWarm reports whether the slot is in the transaction's access list.
func (e *parleyEnv) SlotWarm(k common.Hash) bool {
	_, ok := e.evm.StateDB.SlotInAccessList(precompile.Address, k)
	return ok
}

// WarmSlot adds the slot to the transaction's access list.
func (e *parleyEnv) WarmSlot(k common.Hash) { e.evm.StateDB.AddSlotToAccessList(precompile.Address, k) }

// Nonce returns the inbox account's nonce.
func (e *parleyEnv) Nonce() uint64 { return e.evm.StateDB.GetNonce(precompile.Address) }

// SetNonce sets the inbox account's nonce (to 1 on its first write, so EIP-161 never
// deletes it).
func (e *parleyEnv) SetNonce(n uint64) {
	e.evm.StateDB.SetNonce(precompile.Address, n, tracing.NonceChangeUnspecified)
}

// AddLog emits a log from the inbox, as the LOG opcodes do.
func (e *parleyEnv) AddLog(topics []common.Hash, data []byte) {
	e.evm.StateDB.AddLog(&types.Log{
		Address:     precompile.Address,
		Topics:      topics,
		Data:        data,
		BlockNumber: e.evm.Context.BlockNumber.Uint64(),
	})
}

// Caller is the frame's caller.
func (e *parleyEnv) Caller() common.Address { return e.caller }

// Value is the value sent with the call (zero for STATICCALL).
func (e *parleyEnv) Value() *uint256.Int { return e.value }

// ReadOnly reports a static context.
func (e *parleyEnv) ReadOnly() bool { return e.readOnly }

// CallType is how the inbox was reached.
func (e *parleyEnv) CallType() precompile.CallType { return e.typ }

// BlockNumber is the executing block's number.
func (e *parleyEnv) BlockNumber() uint64 { return e.evm.Context.BlockNumber.Uint64() }

// BlockTime is the executing block's timestamp.
func (e *parleyEnv) BlockTime() uint64 { return e.evm.Context.Time }

// Gas is the gas left for the call.
func (e *parleyEnv) Gas() uint64 { return e.gas }

// UseGas deducts gas, or reports false and deducts nothing if not enough is left.
func (e *parleyEnv) UseGas(n uint64) bool {
	if e.gas < n {
		return false
	}
	e.gas -= n
	return true
}
