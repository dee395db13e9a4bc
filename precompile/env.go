package precompile

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// CallType is how the precompile was reached.
type CallType uint8

// Call types.
const (
	Call CallType = iota
	StaticCall
	DelegateCall
	CallCode
)

// String names the call type.
func (c CallType) String() string {
	switch c {
	case Call:
		return "CALL"
	case StaticCall:
		return "STATICCALL"
	case DelegateCall:
		return "DELEGATECALL"
	case CallCode:
		return "CALLCODE"
	}
	return "UNKNOWN"
}

// Environment is everything the inbox needs from the EVM that runs it. The op-geth glue
// implements it over the EVM's StateDB and call frame; tests implement it over an
// in-memory StateDB.
//
// Contract with the implementation: if Run returns an error, the caller reverts every
// state change and log made during the call (the EVM does this for every failing
// call); on ErrOutOfGas it also consumes all gas given to the call.
type Environment interface {
	// GetState returns the current and the original (start of transaction) value of a
	// storage slot under the precompile's address.
	GetState(key common.Hash) (current, original common.Hash)
	// SetState writes a storage slot under the precompile's address.
	SetState(key, value common.Hash)
	// SlotWarm reports whether the slot is in the transaction's access list (EIP-2929);
	// WarmSlot adds it.
	SlotWarm(key common.Hash) bool
	WarmSlot(key common.Hash)
	// Nonce and SetNonce read and write the precompile account's nonce.
	Nonce() uint64
	SetNonce(n uint64)
	// AddLog emits a log from the precompile's address.
	AddLog(topics []common.Hash, data []byte)

	// Caller is the immediate caller; Value the value sent with the call.
	Caller() common.Address
	Value() *uint256.Int
	// ReadOnly is true in a static context, including a STATICCALL made straight to
	// the precompile.
	ReadOnly() bool
	// CallType is how the precompile was reached.
	CallType() CallType

	// BlockNumber and BlockTime describe the block being executed.
	BlockNumber() uint64
	BlockTime() uint64

	// Gas is the gas left for the call; UseGas deducts from it, returning false (and
	// deducting nothing) if not enough is left.
	Gas() uint64
	UseGas(amount uint64) bool
}
