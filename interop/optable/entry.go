package optable

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/bls"
)

// Limits of a snapshot (SPEC §5, §8.2).
const (
	// MaxQuorums bounds operator-set ids: Parley's sets are numbered 0..191, so a
	// certificate lists them as bytes, as EigenLayer lists quorum numbers.
	MaxQuorums = 192
	// MaxSets is the most operator sets one snapshot covers.
	MaxSets = 32
	// MaxEntries is the most entries (members of sets) one snapshot holds: 2^TreeDepth.
	MaxEntries = 1 << TreeDepth
	// MaxOperators is MaxEntries under its older name: the most keys a certificate's
	// non-signer list can name.
	MaxOperators = MaxEntries
	// WeightBits is the width of a weight (EigenLayer's uint96 stakes).
	WeightBits = 96
	// EntrySize is the size of an encoded entry.
	EntrySize = 20 + WeightBits/8 + KeyDataSize
	// KeyDataSize is the size of EigenLayer's BN254 keyData: G1 || G2 (EIP-197 order).
	KeyDataSize = bls.G1Size + bls.G2Size
	// MaxPageBlocks is the most L1 blocks (before the seal block) a snapshot's pages
	// may span.
	MaxPageBlocks = 32
	// MaxBuildBlocks is how many blocks after its start a snapshot may be sealed: the
	// page blocks' hashes must still be known to the EVM (BLOCKHASH).
	MaxBuildBlocks = 256
	// MaxSnapshotAge is the most L1 blocks a snapshot can stay in use: the reach of the
	// EVM's block-hash history (EIP-2935). Weights count only stake that stays
	// slashable that long.
	MaxSnapshotAge = 8191
)

// OperatorID is EigenLayer's operator id of a BN254 key, keccak256(G1.X || G1.Y): the
// KeyRegistrar's key hash. Keys are unique across all sets, so it names one entry.
type OperatorID = common.Hash

// IDOf returns the operator id of a G1 public key.
func IDOf(pk bls.G1Point) OperatorID {
	b := pk.Bytes()
	return crypto.Keccak256Hash(b[:])
}

// Entry is one member of one operator set in a snapshot.
type Entry struct {
	SetID    uint8 // the operator set (< MaxQuorums)
	Operator common.Address
	Weight   uint256.Int // < 2^96
	PubkeyG1 bls.G1Point
	PubkeyG2 bls.G2Point
	ID       OperatorID // IDOf(PubkeyG1)
}

// Entry errors.
var (
	ErrEntrySize   = errors.New("optable: entry is not 224 bytes")
	ErrEntryKeyG1  = errors.New("optable: invalid G1 key")
	ErrEntryKeyG2  = errors.New("optable: invalid G2 key")
	ErrSetID       = errors.New("optable: operator-set id out of range")
	ErrWeightRange = errors.New("optable: weight exceeds 96 bits")
)

// Encode returns the entry's 224-byte encoding (SPEC §5):
// operator[20] || be96(weight)[12] || pk1[64] || pk2[128].
func (e *Entry) Encode() [EntrySize]byte {
	var out [EntrySize]byte
	copy(out[0:20], e.Operator[:])
	w := e.Weight.Bytes32()
	copy(out[20:32], w[20:32])
	g1, g2 := e.PubkeyG1.Bytes(), e.PubkeyG2.Bytes()
	copy(out[32:32+bls.G1Size], g1[:])
	copy(out[32+bls.G1Size:], g2[:])
	return out
}

// DecodeEntry strictly decodes one entry of operator set setID: both keys must pass
// the point rules (SPEC §4). It never panics.
func DecodeEntry(setID uint32, b []byte) (Entry, error) {
	if len(b) != EntrySize {
		return Entry{}, fmt.Errorf("%w: %d", ErrEntrySize, len(b))
	}
	if setID >= MaxQuorums {
		return Entry{}, fmt.Errorf("%w: %d", ErrSetID, setID)
	}
	e := Entry{SetID: uint8(setID)}
	copy(e.Operator[:], b[0:20])
	e.Weight.SetBytes(b[20:32])
	var err error
	if e.PubkeyG1, err = bls.DecodeG1(b[32 : 32+bls.G1Size]); err != nil {
		return Entry{}, fmt.Errorf("%w: operator %s: %w", ErrEntryKeyG1, e.Operator, err)
	}
	if e.PubkeyG2, err = bls.DecodeG2(b[32+bls.G1Size:]); err != nil {
		return Entry{}, fmt.Errorf("%w: operator %s: %w", ErrEntryKeyG2, e.Operator, err)
	}
	e.ID = IDOf(e.PubkeyG1)
	return e, nil
}

// NewEntry returns the entry of a member with the given keys, for aggregators and tests
// that build tables in memory. The weight must fit in 96 bits.
func NewEntry(setID uint8, operator common.Address, weight uint64, pk1 bls.G1Point, pk2 bls.G2Point) Entry {
	e := Entry{SetID: setID, Operator: operator, PubkeyG1: pk1, PubkeyG2: pk2, ID: IDOf(pk1)}
	e.Weight.SetUint64(weight)
	return e
}
