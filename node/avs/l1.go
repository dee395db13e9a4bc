package avs

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/ethereum-optimism/optimism/op-service/eth"

	"github.com/parley-xyz/parley/derivation"
)

// ReceiptsClient is what L1Receipts needs of an L1 client: go-ethereum's
// *ethclient.Client and the simulated backend's client both are one.
type ReceiptsClient interface {
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
	BlockByHash(ctx context.Context, hash common.Hash) (*types.Block, error)
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// blockReceiptser is the one-request receipts call of go-ethereum's ethclient.
type blockReceiptser interface {
	BlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]*types.Receipt, error)
}

// L1Receipts serves derivation.L1 from an L1 JSON-RPC client, as op-node's L1 client
// does for the hook: a block's receipts by hash, checked against the header's receipts
// root, so that a daemon (the aggregator, a watcher, a test) resolves snapshots with the
// hook's own code from exactly the data the hook would see.
type L1Receipts struct{ Client ReceiptsClient }

var _ derivation.L1 = L1Receipts{}

// FetchReceipts implements derivation.L1.
func (l L1Receipts) FetchReceipts(ctx context.Context, hash common.Hash) (eth.BlockInfo, types.Receipts, error) {
	var (
		header   *types.Header
		receipts types.Receipts
		err      error
	)
	if br, ok := l.Client.(blockReceiptser); ok {
		if header, err = l.Client.HeaderByHash(ctx, hash); err == nil {
			receipts, err = br.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(hash, true))
		}
	} else {
		var block *types.Block
		if block, err = l.Client.BlockByHash(ctx, hash); err == nil {
			header = block.Header()
			for _, tx := range block.Transactions() {
				var r *types.Receipt
				if r, err = l.Client.TransactionReceipt(ctx, tx.Hash()); err != nil {
					break
				}
				receipts = append(receipts, r)
			}
		}
	}
	if err != nil {
		return nil, nil, fmt.Errorf("avs: receipts of L1 block %s: %w", hash, err)
	}
	if header.Hash() != hash {
		return nil, nil, fmt.Errorf("avs: L1 returned header %s for %s", header.Hash(), hash)
	}
	if got := types.DeriveSha(receipts, trie.NewStackTrie(nil)); got != header.ReceiptHash {
		return nil, nil, fmt.Errorf("avs: receipts of L1 block %s hash to %s, header says %s", hash, got, header.ReceiptHash)
	}
	return eth.HeaderBlockInfoTrusted(hash, header), receipts, nil
}
