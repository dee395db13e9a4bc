package precompile

// Gas schedule. Storage and logs are priced exactly as the EVM prices the equivalent
// opcodes (EIP-2929 access costs, EIP-2200 SSTORE rules, no refunds), except that a
// slot of a record that is new by construction costs GasNewSlot whatever its value;
// hashing of content like KECCAK256 (deriving a slot's key is part of the storage
// price, as the trie's key hashing is part of SLOAD's). Every path charges before it
// does the work; a call that runs out of gas consumes all of it and, like any failed
// call, changes nothing.
const (
	// GasDispatch is charged on every call that reaches a method, plus GasInputWord
	// per 32-byte word of input (copying and decoding it).
	GasDispatch  = 100
	GasInputWord = 3
	// GasOutputWord is charged per 32-byte word of ABI-encoded return data.
	GasOutputWord = 3

	// Storage (EIP-2929, EIP-2200).
	GasColdSload       = 2100
	GasWarmRead        = 100
	GasSstoreSet       = 20000
	GasSstoreReset     = 2900
	GasSstoreNoop      = GasWarmRead
	GasAccountNonceSet = 5000 // first write: the account's nonce becomes 1
	// GasNewSlot is the price of writing a slot of a record that is new by
	// construction (see meter.storeNew): a cold slot's first write, whatever the value.
	GasNewSlot = GasColdSload + GasSstoreSet

	// Hashing (KECCAK256): GasKeccak + GasKeccakWord per 32-byte word hashed.
	GasKeccak     = 30
	GasKeccakWord = 6

	// Logs (LOGn): GasLog + GasLogTopic per topic + GasLogByte per data byte.
	GasLog      = 375
	GasLogTopic = 375
	GasLogByte  = 8
)

// Input bounds.
const (
	// MaxInput bounds call data.
	MaxInput = 256 * 1024
	// MaxSnapshotSets bounds the operator sets of one recordSnapshot, and
	// MaxOperatorSetID bounds their ids (exclusive): a snapshot covers at most 32 of
	// Parley's sets, numbered 0..191 (SPEC §5).
	MaxSnapshotSets  = 32
	MaxOperatorSetID = 192
)

func words(n int) uint64 { return uint64(n+31) / 32 }

func keccakGas(n int) uint64 { return GasKeccak + GasKeccakWord*words(n) }

func logGas(topics, dataLen int) uint64 {
	return GasLog + GasLogTopic*uint64(topics) + GasLogByte*uint64(dataLen)
}
