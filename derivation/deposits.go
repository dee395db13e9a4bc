package derivation

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ethereum-optimism/optimism/op-service/eth"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/precompile"
)

// SourceDomain is the source-hash domain of Parley's deposits, apart from OP's own
// (0 user deposits, 1 L1 info, 2 upgrades, 3 forced inclusion): the ASCII bytes
// "parley" as a big-endian integer.
var SourceDomain = new(big.Int).SetBytes([]byte("parley"))

// SourceHash identifies Parley's index-th deposit derived from an L1 block:
//
//	keccak256(bytes32(SourceDomain) || keccak256(l1BlockHash || be64(index)))
//
// It is unique across L1 blocks (the hash) and across Parley's deposits of one block
// (the index), and cannot equal the source hash of any OP deposit (the domain).
func SourceHash(l1BlockHash common.Hash, index uint64) common.Hash {
	var idx [8]byte
	binary.BigEndian.PutUint64(idx[:], index)
	inner := crypto.Keccak256Hash(l1BlockHash[:], idx[:])
	return crypto.Keccak256Hash(common.BigToHash(SourceDomain).Bytes(), inner[:])
}

// IntrinsicGas is the intrinsic gas of a call transaction with this calldata, under
// both EIP-2028 pricing and the EIP-7623 calldata floor (the larger counts).
func IntrinsicGas(data []byte) uint64 {
	var zero, nonZero uint64
	for _, b := range data {
		if b == 0 {
			zero++
		} else {
			nonZero++
		}
	}
	standard := 21000 + 4*zero + 16*nonZero
	floor := 21000 + 10*(zero+4*nonZero)
	return max(standard, floor)
}

// systemDeposit is a deposit from the Parley system sender to the inbox. Its gas is the
// intrinsic gas plus the precompile's own bound for the call, plus the 100 gas of the
// (warm) call itself.
func systemDeposit(l1BlockHash common.Hash, index uint64, data []byte, execGas uint64) *types.DepositTx {
	to := precompile.Address
	return &types.DepositTx{
		SourceHash: SourceHash(l1BlockHash, index),
		From:       precompile.SystemSender,
		To:         &to,
		Value:      new(big.Int),
		Gas:        IntrinsicGas(data) + 100 + execGas,
		Data:       data,
	}
}

// recordRangeID is the selector of the inbox's recordRange(uint256 chainId,
// uint64 fromBlock, uint64 toBlock, bytes32 lastBlockHash, bytes32 messageRoot).
var recordRangeID = precompile.ABI.Methods["recordRange"].ID

// RecordRangeDeposit is the deposit that records a certified attestation's range. Its
// calldata is the ABI encoding of recordRange's five static arguments, written
// directly (the tests check it against the ABI encoder).
func RecordRangeDeposit(l1BlockHash common.Hash, index uint64, a attestation.Attestation) *types.DepositTx {
	data := make([]byte, 4+5*32)
	copy(data, recordRangeID)
	w := data[4:]
	binary.BigEndian.PutUint64(w[24:32], a.SourceChainID)
	binary.BigEndian.PutUint64(w[56:64], a.FromBlock)
	binary.BigEndian.PutUint64(w[88:96], a.ToBlock)
	copy(w[96:128], a.LastBlockHash[:])
	copy(w[128:160], a.MessageRoot[:])
	return systemDeposit(l1BlockHash, index, data, precompile.RecordRangeGas(len(data)))
}

// RecordSnapshotDeposit is the deposit that records a snapshot sealed in the L1 origin
// (block number l1Block): recordSnapshot(l1Block, root, operatorSetIds, totalWeights),
// for applications that read the AVS's latest snapshot on L2.
func RecordSnapshotDeposit(l1BlockHash common.Hash, index, l1Block uint64, seal *optable.Seal) (*types.DepositTx, error) {
	ids := make([]uint32, len(seal.Sets))
	weights := make([]*big.Int, len(seal.Sets))
	for i, s := range seal.Sets {
		ids[i], weights[i] = uint32(s.ID), s.TotalWeight.ToBig()
	}
	data, err := precompile.ABI.Pack("recordSnapshot", l1Block, seal.Root, ids, weights)
	if err != nil {
		return nil, fmt.Errorf("parley: encoding recordSnapshot: %w", err)
	}
	return systemDeposit(l1BlockHash, index, data, precompile.RecordSnapshotGas(len(ids), len(data))), nil
}

// Encode returns the deposits' binary encodings and the sum of their gas limits: what
// the hook hands to op-node and the gas it adds to the block gas limit.
func Encode(deps []*types.DepositTx) ([]hexutil.Bytes, uint64, error) {
	out := make([]hexutil.Bytes, len(deps))
	var gas uint64
	for i, d := range deps {
		b, err := types.NewTx(d).MarshalBinary()
		if err != nil {
			return nil, 0, fmt.Errorf("parley: encoding deposit %d: %w", i, err)
		}
		out[i] = b
		gas += d.Gas
	}
	return out, gas, nil
}

// StripGas returns the Parley gas included in a payload's gas limit: the sum of the
// gas limits of its deposits from the Parley system sender. It is computed from the
// payload alone, so it reproduces what the hook added when the block was built.
func StripGas(payload *eth.ExecutionPayload) (uint64, error) {
	var gas uint64
	for i, raw := range payload.Transactions {
		if len(raw) == 0 || raw[0] != types.DepositTxType {
			break // deposits lead the block
		}
		var tx types.Transaction
		if err := tx.UnmarshalBinary(raw); err != nil {
			return 0, fmt.Errorf("parley: payload transaction %d: %w", i, err)
		}
		// Deposits carry their sender: any modern signer returns it without a signature.
		if from, err := types.LatestSignerForChainID(big.NewInt(1)).Sender(&tx); err == nil && from == precompile.SystemSender {
			gas += tx.Gas()
		}
	}
	return gas, nil
}
