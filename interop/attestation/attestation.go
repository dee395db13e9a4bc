// Package attestation defines what AVS operators sign: a statement that a contiguous
// block range of one source chain, ending in a given block hash, contains exactly the
// messages committed to by a message root — made by one AVS against one snapshot of
// its operator table, published on L1.
//
// The signed digest is always computed here from the fields, never read from the wire:
//
//	digest = keccak256(abi.encode(
//	    TypeHash, l1ChainId, avs, sourceChainId, fromBlock, toBlock,
//	    lastBlockHash, messageRoot, snapshotBlock, snapshotRoot))
//	TypeHash = keccak256("Parley.Attestation.v2(uint256 l1ChainId,address avs,
//	    uint256 sourceChainId,uint64 fromBlock,uint64 toBlock,bytes32 lastBlockHash,
//	    bytes32 messageRoot,uint64 snapshotBlock,bytes32 snapshotRoot)")
//	    (one line, no spaces after commas)
//
// Every field is a 32-byte ABI word. The type hash versions the format and separates
// it from every other message an operator key signs (EigenLayer's key registrations
// use their own EIP-712 digest). The AVS identity (L1 chain id + the AVS's EigenLayer
// address) prevents replay into another AVS; the source chain id prevents replay
// across source chains; the snapshot (the L1 block it was sealed in and its root)
// prevents replay against another operator set. Snapshots are defined by L1 alone, so
// every destination agrees on what one names, whenever it activated. No destination
// chain is named: one certificate serves every destination rollup.
package attestation

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/parley-xyz/parley/interop/abiword"
	"github.com/parley-xyz/parley/interop/msgtree"
)

// TypeString is the versioned domain tag hashed into TypeHash.
const TypeString = "Parley.Attestation.v2(uint256 l1ChainId,address avs,uint256 sourceChainId,uint64 fromBlock,uint64 toBlock,bytes32 lastBlockHash,bytes32 messageRoot,uint64 snapshotBlock,bytes32 snapshotRoot)"

// TypeHash is keccak256(TypeString).
var TypeHash = crypto.Keccak256Hash([]byte(TypeString))

// Words is the number of 32-byte ABI words of an encoded attestation.
const Words = 9

// Size is the ABI-encoded size of an attestation (a static tuple of 9 words).
const Size = 32 * Words

// ErrEmptyRange is returned for an attestation whose fromBlock is after its toBlock.
var ErrEmptyRange = errors.New("attestation: fromBlock after toBlock")

// AVS identifies one AVS: its L1 chain and its EigenLayer AVS address (Parley's
// registrar contract, which AllocationManager knows as the AVS).
type AVS struct {
	L1ChainID uint64         `json:"l1ChainId"`
	Address   common.Address `json:"avs"`
}

// String formats the AVS identity.
func (a AVS) String() string { return fmt.Sprintf("avs(l1=%d, %s)", a.L1ChainID, a.Address) }

// Snapshot names an operator-table snapshot published on L1: the block in which the
// table publisher sealed it and its root (see interop/optable).
type Snapshot struct {
	Block uint64      `json:"block"`
	Root  common.Hash `json:"root"`
}

// String formats the snapshot reference.
func (s Snapshot) String() string {
	return fmt.Sprintf("snapshot(l1 block %d, root %s)", s.Block, s.Root)
}

// Attestation is the statement operators sign.
type Attestation struct {
	AVS           AVS         `json:"avs"`
	SourceChainID uint64      `json:"sourceChainId"`
	FromBlock     uint64      `json:"fromBlock"`
	ToBlock       uint64      `json:"toBlock"`
	LastBlockHash common.Hash `json:"lastBlockHash"`
	MessageRoot   common.Hash `json:"messageRoot"`
	Snapshot      Snapshot    `json:"snapshot"`
}

// Validate checks the rules that hold for any well-formed attestation.
func (a *Attestation) Validate() error {
	if a.FromBlock > a.ToBlock {
		return fmt.Errorf("%w: %d > %d", ErrEmptyRange, a.FromBlock, a.ToBlock)
	}
	return nil
}

// Range returns the block range the message root commits to.
func (a *Attestation) Range() msgtree.Range {
	return msgtree.Range{ChainID: a.SourceChainID, From: a.FromBlock, To: a.ToBlock}
}

// Encode returns the 9-word ABI encoding of the attestation fields, in the order of
// TypeString (l1ChainId, avs, sourceChainId, fromBlock, toBlock, lastBlockHash,
// messageRoot, snapshotBlock, snapshotRoot).
func (a *Attestation) Encode() [Size]byte {
	var out [Size]byte
	putUint64(out[0:32], a.AVS.L1ChainID)
	copy(out[32+12:64], a.AVS.Address[:])
	putUint64(out[64:96], a.SourceChainID)
	putUint64(out[96:128], a.FromBlock)
	putUint64(out[128:160], a.ToBlock)
	copy(out[160:192], a.LastBlockHash[:])
	copy(out[192:224], a.MessageRoot[:])
	putUint64(out[224:256], a.Snapshot.Block)
	copy(out[256:288], a.Snapshot.Root[:])
	return out
}

// ErrNonCanonical is returned by Decode for a word with bits set outside its type.
var ErrNonCanonical = errors.New("attestation: non-canonical ABI word")

// Decode strictly decodes the 9-word ABI encoding: uint64 and address words must have
// their high bytes zero.
func Decode(b []byte) (Attestation, error) {
	if len(b) != Size {
		return Attestation{}, fmt.Errorf("attestation: %d bytes, want %d", len(b), Size)
	}
	var a Attestation
	var err error
	word := func(i int) []byte { return abiword.Word(b, i) }
	u64 := func(i int, name string) uint64 {
		v, ok := abiword.Uint(word(i), 64)
		if !ok && err == nil {
			err = fmt.Errorf("%w: %s exceeds 64 bits", ErrNonCanonical, name)
		}
		return v
	}
	a.AVS.L1ChainID = u64(0, "l1ChainId")
	addr, ok := abiword.Address(word(1))
	if !ok && err == nil {
		err = fmt.Errorf("%w: avs address has high bits", ErrNonCanonical)
	}
	a.AVS.Address = addr
	a.SourceChainID = u64(2, "sourceChainId")
	a.FromBlock = u64(3, "fromBlock")
	a.ToBlock = u64(4, "toBlock")
	copy(a.LastBlockHash[:], word(5))
	copy(a.MessageRoot[:], word(6))
	a.Snapshot.Block = u64(7, "snapshotBlock")
	copy(a.Snapshot.Root[:], word(8))
	if err != nil {
		return Attestation{}, err
	}
	return a, nil
}

// Digest returns the 32-byte message the operators sign. It is a pure function of the
// fields; see the package documentation for the exact formula.
func (a *Attestation) Digest() common.Hash {
	enc := a.Encode()
	return crypto.Keccak256Hash(TypeHash[:], enc[:])
}

func putUint64(word []byte, v uint64) { abiword.PutUint(word, v) }
