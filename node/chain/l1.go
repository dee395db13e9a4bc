package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// L1 is the JSON-RPC access to an L1 node FetchL1Origin needs (*rpc.Client has it).
type L1 interface {
	CallContext(ctx context.Context, result any, method string, args ...any) error
}

// rpcBlock is the part of an eth_getBlockByNumber answer FetchL1Origin reads. The hash
// is the node's own, not recomputed from the header here.
type rpcBlock struct {
	Hash      common.Hash    `json:"hash"`
	Number    hexutil.Uint64 `json:"number"`
	Timestamp hexutil.Uint64 `json:"timestamp"`
}

// FetchL1Origin completes the description's L1 origin from an L1 node: it checks that
// the node's chain id is l1ChainId, fetches the block l1Origin.number names (a number or
// a tag) and sets the origin's number, hash and timestamp. A hash or timestamp the
// description already gives must be the block's.
func (d *Description) FetchL1Origin(ctx context.Context, l1 L1) error {
	o := &d.L1Origin
	if !o.Number.IsSet() {
		return errors.New("l1Origin.number: not set")
	}
	if !o.Number.IsNumber() && (o.Hash != nil || o.Timestamp != nil) {
		return fmt.Errorf("l1Origin.number: %q with a hash or timestamp: give the block's number to check them against", o.Number)
	}
	var id hexutil.Big
	if err := l1.CallContext(ctx, &id, "eth_chainId"); err != nil {
		return fmt.Errorf("--l1-rpc: eth_chainId: %w", err)
	}
	if id.ToInt().Cmp(new(big.Int).SetUint64(d.L1ChainID)) != 0 {
		return fmt.Errorf("l1ChainId: %d, but the --l1-rpc node is on chain %s", d.L1ChainID, id.ToInt())
	}
	arg := o.Number.String()
	if o.Number.IsNumber() {
		arg = hexutil.EncodeUint64(o.Number.Number())
	}
	var b *rpcBlock
	if err := l1.CallContext(ctx, &b, "eth_getBlockByNumber", arg, false); err != nil {
		return fmt.Errorf("--l1-rpc: fetching L1 block %s: %w", o.Number, err)
	}
	if b == nil || b.Hash == (common.Hash{}) {
		return fmt.Errorf("l1Origin.number: L1 block %s not found on the --l1-rpc node", o.Number)
	}
	if o.Number.IsNumber() && uint64(b.Number) != o.Number.Number() {
		return fmt.Errorf("--l1-rpc: asked for L1 block %d, got block %d", o.Number.Number(), b.Number)
	}
	if o.Hash != nil && *o.Hash != b.Hash {
		return fmt.Errorf("l1Origin.hash: %s, but L1 block %d is %s", o.Hash, b.Number, b.Hash)
	}
	if o.Timestamp != nil && *o.Timestamp != uint64(b.Timestamp) {
		return fmt.Errorf("l1Origin.timestamp: %d, but L1 block %d has timestamp %d", *o.Timestamp, b.Number, b.Timestamp)
	}
	if b.Timestamp == 0 && d.L2GenesisTime == nil {
		return fmt.Errorf("l1Origin: L1 block %d has timestamp 0, which cannot be the L2 genesis time: choose a later block or set l2GenesisTime", b.Number)
	}
	h, t := b.Hash, uint64(b.Timestamp)
	o.Number, o.Hash, o.Timestamp = BlockNumber(uint64(b.Number)), &h, &t
	return nil
}
