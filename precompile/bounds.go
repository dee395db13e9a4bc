package precompile

// Gas bounds for the system writes, from the price table above. A Parley deposit that
// runs out of gas loses its data, so the derivation hook gives each deposit at least
// this much (on top of the transaction's intrinsic gas). Every storage access is
// counted cold and every write as a new slot, except that a slot the method reads
// before it writes it is warm by then; so the bounds hold whatever the state, and are
// exact for the first write of each slot.

const (
	sloadMax  = GasColdSload
	sstoreMax = GasColdSload + GasSstoreSet
)

// RecordRangeGas bounds recordRange's execution gas for an input of inputLen bytes.
func RecordRangeGas(inputLen int) uint64 {
	return GasDispatch + GasInputWord*words(inputLen) +
		sloadMax + // chain state
		GasAccountNonceSet +
		4*sstoreMax + // range record (3), index entry
		GasSstoreSet + // chain state, warm from its read
		logGas(2, 4*32)
}

// RecordSnapshotGas bounds recordSnapshot's execution gas for a snapshot of sets
// operator sets and an input of inputLen bytes.
func RecordSnapshotGas(sets int, inputLen int) uint64 {
	return GasDispatch + GasInputWord*words(inputLen) +
		sloadMax + // latest snapshot block
		GasAccountNonceSet +
		GasSstoreSet + // latest snapshot block, warm from its read
		sstoreMax + // root
		uint64(max(sets, 0))*2*sstoreMax + // per set: total weight, block
		logGas(2, 32)
}
