//go:build parleyoverlay

package derive

// Parley glue (parley-hooks/3), added by `parley forks build`. The marked lines in
// attributes.go and payload_util.go call these two functions.

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	optypes "github.com/ethereum-optimism/optimism/op-core/types"
	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-service/eth"

	"github.com/parley-xyz/parley/derivation"
)

// Parley is the installed Parley derivation hook; nil (the default) derives exactly
// what upstream derives. It is set once at start-up, before derivation begins.
var Parley derivation.Hook

// parleyDeposits appends Parley's deposits for the first block of an epoch and returns
// the gas they add to the block gas limit.
func (ba *FetchingAttributesBuilder) parleyDeposits(ctx context.Context, info eth.BlockInfo, receipts optypes.Receipts, l2Parent eth.L2BlockRef, deposits []hexutil.Bytes) ([]hexutil.Bytes, uint64, error) {
	if Parley == nil {
		return deposits, 0, nil
	}
	// The hook reads L1 only: the receipts the builder already fetched, and receipts of
	// earlier blocks by hash through the builder's own (validating, caching) L1 client.
	in := &derivation.Input{
		L1ChainID:  ba.rollupCfg.L1ChainID.Uint64(),
		L1Info:     info,
		Receipts:   receipts.Geth(),
		L1:         parleyL1{ba.l1},
		NextL2Time: l2Parent.Time + ba.rollupCfg.BlockTime,
	}
	txs, gas, err := Parley.Deposits(ctx, in)
	if err != nil {
		// The hook skips invalid L1 data; an error is a failure to fetch: retry.
		return nil, 0, NewTemporaryError(fmt.Errorf("parley deposits: %w", err))
	}
	return append(deposits, txs...), gas, nil
}

// parleyL1 serves the hook's fetches of earlier L1 blocks' receipts with the attributes
// builder's L1 client, which checks them against the block header.
type parleyL1 struct{ l1 L1ReceiptsFetcher }

func (p parleyL1) FetchReceipts(ctx context.Context, h common.Hash) (eth.BlockInfo, types.Receipts, error) {
	info, receipts, err := p.l1.FetchReceipts(ctx, h)
	if err != nil {
		return nil, nil, err
	}
	return info, receipts.Geth(), nil
}

// parleyStripGas removes Parley's gas from a payload's gas limit when the next block's
// system config is rebuilt from it.
func parleyStripGas(_ *rollup.Config, payload *eth.ExecutionPayload, gasLimit uint64) (uint64, error) {
	if Parley == nil {
		return gasLimit, nil
	}
	gas, err := Parley.StripGas(payload)
	if err != nil {
		return 0, err
	}
	if gas > gasLimit {
		return 0, fmt.Errorf("parley: block gas limit %d below Parley gas %d", gasLimit, gas)
	}
	return gasLimit - gas, nil
}
