// Package derivation is Parley's op-node side: the hook that, for the first L2 block of
// every epoch, turns the L1 origin block's Parley data into deposit transactions, so
// that the sequencer and every verifier derive the same inbox state.
//
// The hook reads L1 only, and only what a fault-proof program can read too: the origin
// block's receipts (which op-node fetches anyway), and receipts of earlier L1 blocks
// fetched by block hash — the blocks holding the operator-table snapshots that the
// origin's certificates name (interop/SPEC.md §9). It never reads L2 state: the one rule
// that needs it (ranges of a source chain are contiguous) is enforced by the inbox
// precompile, where a deposit that breaks it fails harmlessly. So a safe head lagging
// far behind, a restart, or a re-derivation from genesis on a default (non-archive)
// op-geth all derive the same blocks, and every destination agrees on every snapshot
// whenever it activated.
//
// The work is in four stages, each a function of the previous one's output:
//
//	collect   the origin's receipts → the snapshot seal and the certificate candidates
//	          (Scanner: one pass over log addresses; most blocks stop here)
//	resolve   each candidate's snapshot → a table (Resolver: fetch by hash, cache by
//	          content), within the window and the per-block bounds
//	verify    the candidates against their tables, as one batch (interop/verifier)
//	encode    recordSnapshot and recordRange deposits
//
// Invalid L1 data is skipped, logged at WARN with its reason and counted (Metricer);
// only a failure to fetch L1 data is an error, which op-node retries.
//
// The settings (addresses, thresholds, window) are scheduled: Config holds the base
// settings and upgrades by L2 time, and every stage of a block uses the settings in
// force at the new L2 block's time (Input.NextL2Time), whenever the block is derived
// (interop/SPEC.md §9, "Settings in force"). Each settings has its own verifier and
// resolver, shared between settings that agree on what they depend on, so their
// content-keyed caches carry over an upgrade.
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

// L1 fetches L1 receipts by block hash, validated against the block's header (op-node's
// L1 client does: the receipts must hash to the header's receipts root). It is all the
// L1 access the hook has beyond its Input, and what a fault-proof program's
// preimage oracle offers too.
type L1 interface {
	FetchReceipts(ctx context.Context, blockHash common.Hash) (eth.BlockInfo, types.Receipts, error)
}

// Input is what the hook sees when op-node builds the first block of an epoch.
type Input struct {
	L1ChainID  uint64         // the L1 chain (half of the AVS identity)
	L1Info     eth.BlockInfo  // the epoch's L1 origin
	Receipts   types.Receipts // its receipts, as op-node fetched them
	L1         L1             // earlier L1 blocks' receipts, by hash (snapshots)
	NextL2Time uint64         // the new block's timestamp
}

// Hook produces Parley's deposits. Implementations must be pure functions of L1 data:
// the same L1 origin (and the L1 blocks it references by hash) always gives the same
// deposits.
type Hook interface {
	// Deposits returns the deposit transactions to append after the user deposits,
	// and the gas to add to the block gas limit: exactly the sum of their gas limits.
	// Invalid L1 data is skipped, never an error; an error means L1 data could not be
	// fetched, and the patched op-node retries it as a temporary error.
	Deposits(ctx context.Context, in *Input) ([]hexutil.Bytes, uint64, error)
	// StripGas returns the Parley gas a payload's gas limit includes, computed from the
	// payload alone, so the next block's system config does not inherit it.
	StripGas(payload *eth.ExecutionPayload) (uint64, error)
}
