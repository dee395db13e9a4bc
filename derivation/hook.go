// Package derivation is Parley's op-node side: the hook that, for the first L2 block
// of every epoch, turns the L1 origin block's Parley data into deposit transactions, so
// that the sequencer and every verifier derive the same inbox state. That data is found
// in the block's receipts alone: the operator registry's events, and the
// CertificatePosted events of the ParleyCertificateInbox contract, whose submitter topic
// is checked against an allow-list (Scanner). The hook fetches no L1 transaction and
// recovers no signature; both L1 addresses are trusted to hold their contract's code.
//
// The patched op-node calls the hook from derive.PreparePayloadAttributes through the
// small interface below, which uses only types every op-node build shares (geth and
// op-service types), so this package never imports op-node's derive package.
package derivation

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ethereum-optimism/optimism/op-service/eth"
)

// L2Storage reads L2 state at a block hash (the inbox's operator table and ranges).
type L2Storage interface {
	ReadStorageAt(ctx context.Context, address common.Address, storageSlot common.Hash, blockHash common.Hash) (common.Hash, error)
}

// Input is what the hook sees when op-node builds the first block of an epoch.
type Input struct {
	L1ChainID  uint64         // the L1 chain (half of the AVS identity)
	L1Info     eth.BlockInfo  // the epoch's L1 origin
	Receipts   types.Receipts // its receipts, as op-node fetched them (all the hook reads of L1)
	L2         L2Storage      // nil if the L2 client cannot read storage
	L2Parent   eth.L2BlockRef // the L2 block the new one builds on
	NextL2Time uint64         // the new block's timestamp
}

// Hook produces Parley's deposits. Implementations must be pure functions of the
// input: the same L1 block and L2 parent always give the same deposits.
type Hook interface {
	// Deposits returns the deposit transactions to append after the user deposits,
	// and the gas to add to the block gas limit: exactly the sum of their gas limits.
	// Invalid L1 data is skipped, never an error; an error means L1 or L2 data could
	// not be fetched, and the patched op-node retries it as a temporary error.
	Deposits(ctx context.Context, in *Input) ([]hexutil.Bytes, uint64, error)
	// StripGas returns the Parley gas a payload's gas limit includes, computed from the
	// payload alone, so the next block's system config does not inherit it.
	StripGas(payload *eth.ExecutionPayload) (uint64, error)
}
