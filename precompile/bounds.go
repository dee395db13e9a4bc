package precompile

// Gas bounds for the system writes, from the price table above. A Parley deposit that
// runs out of gas loses its data, so the derivation hook gives each deposit at least
// this much (on top of the transaction's intrinsic gas). The hook cannot read L2 state,
// so a bound depends on the input alone; the methods are laid out and priced so that
// their gas does too, except for first writes that happen once:
//
//   - every record a method writes is new by construction and priced as such
//     (GasNewSlot, whatever the value; see meter.storeNew);
//   - the one slot each rewrites (a chain's state, the latest snapshot's block) costs
//     GasSstoreSet on its first write and GasSstoreReset afterwards (warm from its read);
//   - the account's nonce costs GasAccountNonceSet on the inbox's first write.
//
// So a bound is exact for the first call on a fresh inbox, GasAccountNonceSet above the
// use for the first range of a chain or the first snapshot on an inbox already written,
// and GasAccountNonceSet + GasSstoreSet - GasSstoreReset (22100) above it afterwards.
// A call in a transaction that already touched the slots uses less still (warm reads,
// no-op rewrites); deposits make one call per transaction.
//
// A Parley deposit uses its whole gas limit (interop/SPEC.md §11): the margin of a bound
// over the use is consumed, never block space for others, and counts as gas used for
// the next block's base fee, so tight bounds keep that effect small.

// firstRewrite is the price of the first write of the slot a method rewrites, read
// (cold) just before.
const firstRewrite = GasColdSload + GasSstoreSet

// RecordRangeGas bounds recordRange's execution gas for an input of inputLen bytes.
func RecordRangeGas(inputLen int) uint64 {
	return GasDispatch + GasInputWord*words(inputLen) +
		firstRewrite + // chain state: read, then written
		GasAccountNonceSet +
		4*GasNewSlot + // range record (3), index entry
		logGas(2, 4*32)
}

// RecordSnapshotGas bounds recordSnapshot's execution gas for a snapshot of sets
// operator sets and an input of inputLen bytes.
func RecordSnapshotGas(sets int, inputLen int) uint64 {
	return GasDispatch + GasInputWord*words(inputLen) +
		firstRewrite + // latest snapshot block: read, then written
		GasAccountNonceSet +
		GasNewSlot + // root
		uint64(max(sets, 0))*GasNewSlot + // per set: total weight
		logGas(2, 32)
}
