package precompile

import (
	"math/big"

	"github.com/parley-xyz/parley/interop/optable"
)

// Gas bounds for the system writes, from the price table above. A Parley deposit that
// runs out of gas loses its data, so the derivation hook gives each deposit at least
// this much (on top of the transaction's intrinsic gas). Every storage access is
// counted cold and every write as a new slot, so the bounds hold whatever the state.

const (
	sloadMax  = GasColdSload
	sstoreMax = GasColdSload + GasSstoreSet
)

// RecordRangeGas bounds recordRange's execution gas for an input of inputLen bytes.
func RecordRangeGas(inputLen int) uint64 {
	return GasDispatch + GasInputWord*words(inputLen) +
		sloadMax + // chain state
		GasAccountNonceSet +
		5*sstoreMax + // range record (3), index entry, chain state
		logGas(2, 4*32)
}

// TableShape describes the stored operator table the bound is computed for: its
// operator count and the number of (operator, quorum) pairs that ever had a membership
// entry (every pair that was a member at some stored version; current memberships
// alone may undercount).
type TableShape struct {
	Operators   int
	Memberships int
}

// ApplyOperatorUpdatesGas bounds applyOperatorUpdates' execution gas for a batch of
// updates applied to a table of the given shape, with a ring of window+1 entries per
// membership, and an input of inputLen bytes.
func ApplyOperatorUpdatesGas(shape TableShape, window uint64, updates []optable.Update, inputLen int) uint64 {
	ring := window + 1
	// Loading the current table (twice: loadTable reads the meta slot again).
	load := uint64(2*sloadMax) +
		uint64(shape.Operators)*(8*sloadMax+GasTableOperator) + // record, keys, bitmap
		uint64(shape.Memberships)*(1+ring)*sloadMax
	var work, store uint64
	for _, u := range updates {
		switch u.Kind {
		case optable.Register:
			work += GasRegister
			store += 7 * sstoreMax // record and keys
		case optable.Join, optable.Leave:
			n := uint64(len(u.Quorums))
			work += GasQuorumChange * n
			store += n*(sloadMax+2*sstoreMax) + sloadMax + sstoreMax // count, entry, count; bitmap
		default:
			work += GasSetStake
			store += sloadMax + 2*sstoreMax + sloadMax + sstoreMax
		}
	}
	return GasDispatch + GasInputWord*words(inputLen) + load + work + GasAccountNonceSet + store + sstoreMax + logGas(2, 2*32)
}

// EncodeUpdate returns the ABI form of an operator-table update.
func EncodeUpdate(u optable.Update) OperatorUpdate {
	o := OperatorUpdate{Kind: uint8(u.Kind), Operator: u.Address, OperatorId: u.ID, Quorums: u.Quorums, Quorum: u.Quorum, Stake: u.Stake.ToBig()}
	if o.Quorums == nil {
		o.Quorums = []byte{}
	}
	g1, g2, pop := u.PubkeyG1.Bytes(), u.PubkeyG2.Bytes(), u.PoP.Bytes()
	copy(o.PubkeyG1[:], bigWords(g1[:]))
	copy(o.PubkeyG2[:], bigWords(g2[:]))
	copy(o.Pop[:], bigWords(pop[:]))
	return o
}

func bigWords(b []byte) []*big.Int {
	out := make([]*big.Int, len(b)/32)
	for i := range out {
		out[i] = new(big.Int).SetBytes(b[32*i : 32*i+32])
	}
	return out
}
