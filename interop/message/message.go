// Package message defines what a cross-rollup message is: OP Superchain interop's
// identity of a log on a source chain. Any log emitted on a source rollup is a message;
// it is named by an Identifier (emitting contract, block number, log index, block
// timestamp, chain id) and its content by payloadHash = keccak256(topics || data).
//
// The Checksum formula is the OP interop spec's (and optimism's op-core/interop/messages),
// so a message certified by Parley has the same 32-byte name as it would under native
// Superchain interop. Parley's message commitments use the checksum as their leaf
// content, so a proof binds every field of the identifier and the payload.
package message

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// ChecksumVersion is the first byte of every checksum (OP's PrefixChecksum).
const ChecksumVersion = 0x03

// Identifier names one log on a source chain, as in OP interop's
// `struct Identifier { address origin; uint256 blockNumber; uint256 logIndex;
// uint256 timestamp; uint256 chainId; }`. Parley restricts the wider Solidity fields to
// the ranges real chains use (block numbers, timestamps and chain ids to 64 bits, log
// indices to 32 bits); ABI decoders reject anything wider.
type Identifier struct {
	Origin      common.Address `json:"origin"`
	BlockNumber uint64         `json:"blockNumber"`
	LogIndex    uint32         `json:"logIndex"`
	Timestamp   uint64         `json:"timestamp"`
	ChainID     uint64         `json:"chainId"`
}

// Message is an identified log together with the hash of its content.
type Message struct {
	ID          Identifier  `json:"id"`
	PayloadHash common.Hash `json:"payloadHash"`
}

// String gives a compact human-readable form.
func (id Identifier) String() string {
	return fmt.Sprintf("chain %d block %d log %d (origin %s, time %d)", id.ChainID, id.BlockNumber, id.LogIndex, id.Origin, id.Timestamp)
}

// Less orders identifiers by block number, then log index: the order of messages
// inside a commitment.
func (id Identifier) Less(o Identifier) bool {
	if id.BlockNumber != o.BlockNumber {
		return id.BlockNumber < o.BlockNumber
	}
	return id.LogIndex < o.LogIndex
}

// Payload returns topics || data, the bytes a payload hash is taken over.
func Payload(topics []common.Hash, data []byte) []byte {
	out := make([]byte, 0, 32*len(topics)+len(data))
	for _, t := range topics {
		out = append(out, t[:]...)
	}
	return append(out, data...)
}

// PayloadHash returns keccak256(topics || data).
func PayloadHash(topics []common.Hash, data []byte) common.Hash {
	return crypto.Keccak256Hash(Payload(topics, data))
}

// FromLog returns the message a log on chainID is, given its block's timestamp.
// The log's BlockNumber and Index fields must be set, as in a receipt.
func FromLog(chainID uint64, timestamp uint64, l *types.Log) (Message, error) {
	if uint64(l.Index) > uint64(^uint32(0)) {
		return Message{}, fmt.Errorf("message: log index %d exceeds 32 bits", l.Index)
	}
	return Message{
		ID: Identifier{
			Origin:      l.Address,
			BlockNumber: l.BlockNumber,
			LogIndex:    uint32(l.Index),
			Timestamp:   timestamp,
			ChainID:     chainID,
		},
		PayloadHash: PayloadHash(l.Topics, l.Data),
	}, nil
}

// LogHash is keccak256(origin || payloadHash).
func LogHash(origin common.Address, payloadHash common.Hash) common.Hash {
	return crypto.Keccak256Hash(origin[:], payloadHash[:])
}

// Checksum is OP interop's message checksum:
//
//	logHash   = keccak256(origin || payloadHash)
//	idPacked  = 12 zero bytes || be64(blockNumber) || be64(timestamp) || be32(logIndex)
//	idLogHash = keccak256(logHash || idPacked)
//	checksum  = keccak256(idLogHash || be256(chainId)), then byte 0 := 0x03
func Checksum(id Identifier, payloadHash common.Hash) common.Hash {
	logHash := LogHash(id.Origin, payloadHash)
	var idPacked [32]byte
	binary.BigEndian.PutUint64(idPacked[12:20], id.BlockNumber)
	binary.BigEndian.PutUint64(idPacked[20:28], id.Timestamp)
	binary.BigEndian.PutUint32(idPacked[28:32], id.LogIndex)
	idLogHash := crypto.Keccak256Hash(logHash[:], idPacked[:])
	var chain [32]byte
	binary.BigEndian.PutUint64(chain[24:32], id.ChainID)
	out := crypto.Keccak256Hash(idLogHash[:], chain[:])
	out[0] = ChecksumVersion
	return out
}

// Checksum returns the message's checksum.
func (m Message) Checksum() common.Hash { return Checksum(m.ID, m.PayloadHash) }
