package eigenlayer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
)

// Chain is an L1 the harness deploys to and transacts on.
//
// An implementation guarantees:
//   - ChainID is the chain's EIP-155 id (it signs transactions and enters EIP-712 domains);
//   - Mine returns only once every transaction sent through SendTransaction before the
//     call is in a block and TransactionReceipt returns its receipt, or with an error;
//   - Mine with nothing sent still lets the chain advance by at least one block, which is
//     how the harness waits out EigenLayer's block delays.
type Chain interface {
	bind.ContractBackend
	bind.DeployBackend
	// ChainID returns the chain's EIP-155 id.
	ChainID() *big.Int
	// Mine makes every transaction sent so far final and returns when their receipts
	// are available: the simulated backend commits a block, an action-test L1 mines one
	// with them, a node that mines by itself is waited for.
	Mine(ctx context.Context) error
}

// Client is what NewChain wraps: go-ethereum's *ethclient.Client and the simulated
// backend's Client both are one.
type Client interface {
	bind.ContractBackend
	bind.DeployBackend
	// ChainID returns the chain's EIP-155 id.
	ChainID(ctx context.Context) (*big.Int, error)
	// TransactionByHash reports whether a transaction is still in the pool.
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

// MineFunc builds the next block(s) of a chain whose blocks the caller makes. It is given
// the transactions sent since the last Mine that have no receipt yet (none when the
// harness only needs the chain to advance) and must include them, or leave them pending
// to be offered again. For optimism's action-test L1 miner, for example:
//
//	func(ctx context.Context, pending []*types.Transaction) error {
//		miner.ActL1StartBlock(12)(t)
//		for _, tx := range pending {
//			miner.ActL1IncludeTxByHash(tx.Hash())(t)
//		}
//		miner.ActL1EndBlock(t)
//		return nil
//	}
type MineFunc func(ctx context.Context, pending []*types.Transaction) error

// Polling bounds of NewChain's receipt wait, and how long a chain with a MineFunc may
// take to show receipts for transactions that have left the pool.
const (
	minPoll      = 2 * time.Millisecond
	maxPoll      = 250 * time.Millisecond
	settleWait   = 30 * time.Second
	reMineAfter  = 200 * time.Millisecond
	maxMineCalls = 64
)

// NewChain returns a Chain over client, whose chain id it reads once. mine builds
// blocks when the caller makes them (the simulated backend, an action-test L1 miner);
// nil means the node mines by itself (a geth dev node, which must then run with
// --dev.period > 0 for the harness to wait out block delays).
//
// The Chain records every transaction sent through it, and Mine waits for their receipts:
// with a MineFunc it calls it again while some stay in the pool (a full block) and gives
// up after 30 s without progress; without one it waits as long as ctx allows.
func NewChain(ctx context.Context, client Client, mine MineFunc) (Chain, error) {
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("eigenlayer: chain id: %w", err)
	}
	return &clientChain{Client: client, chainID: id, mine: mine}, nil
}

// WithPromptRebuilds is a simulated-backend option that makes Commit reliable under load.
// In op-geth v1.101702.3-rc.7, the simulated beacon builds a block by asking the miner for
// a payload and then waiting (Payload.WaitFull) for its next full build; WaitFull waits on
// a condition without checking whether the build already finished, and the miner rebuilds
// only every Recommit (2 s) within a 2-s window. When the first build completes before
// WaitFull starts waiting — likely on a loaded 2-core machine — no later build signals it
// and Commit blocks forever. Rebuilding every few milliseconds until the payload is
// taken wakes WaitFull at once; the rebuilds stop when the block is sealed.
func WithPromptRebuilds() func(*node.Config, *ethconfig.Config) {
	return func(_ *node.Config, c *ethconfig.Config) { c.Miner.Recommit = 10 * time.Millisecond }
}

// NewSimulatedBackend is simulated.NewBackend with WithPromptRebuilds and the given
// options: use it for every backend a NewSimulatedChain wraps.
func NewSimulatedBackend(alloc types.GenesisAlloc, options ...func(*node.Config, *ethconfig.Config)) *simulated.Backend {
	return simulated.NewBackend(alloc, append([]func(*node.Config, *ethconfig.Config){WithPromptRebuilds()}, options...)...)
}

// NewSimulatedChain returns the Chain of go-ethereum's simulated backend: Mine commits a
// block and polls until its receipts are indexed (the simulated node indexes them
// asynchronously).
//
// The simulated backend runs params.AllDevChainProtocolChanges, where Osaka is active:
// a transaction, and eth_estimateGas, are capped at 16,777,216 gas (EIP-7825), and
// eth_call at the node's RPCGasCap (50M by default; simulated.WithCallGasLimit raises it).
func NewSimulatedChain(ctx context.Context, b *simulated.Backend) (Chain, error) {
	client := b.Client()
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	signer := types.LatestSignerForChainID(id)
	return NewChain(ctx, client, func(ctx context.Context, pending []*types.Transaction) error {
		// The pool promotes sent transactions asynchronously, and Commit seals what is
		// pending when it starts: wait until every sent transaction is pending, so that
		// one Mine is one block with all of them.
		deadline := time.Now().Add(2 * time.Second)
		for _, tx := range pending {
			from, err := types.Sender(signer, tx)
			if err != nil {
				return err
			}
			for {
				n, err := client.PendingNonceAt(ctx, from)
				if err != nil {
					return err
				}
				if n > tx.Nonce() || time.Now().After(deadline) {
					break
				}
				if err := sleep(ctx, minPoll); err != nil {
					return err
				}
			}
		}
		b.Commit()
		return nil
	})
}

// clientChain is NewChain's Chain.
type clientChain struct {
	Client
	chainID *big.Int
	mine    MineFunc

	mu   sync.Mutex
	sent []*types.Transaction
}

func (c *clientChain) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// SendTransaction sends tx and records it for the next Mine.
func (c *clientChain) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	c.mu.Lock()
	c.sent = append(c.sent, tx)
	c.mu.Unlock()
	return nil
}

func (c *clientChain) Mine(ctx context.Context) error {
	c.mu.Lock()
	pending := c.sent
	c.sent = nil
	c.mu.Unlock()
	if len(pending) == 0 {
		return c.advance(ctx)
	}
	if c.mine != nil {
		if err := c.mine(ctx, pending); err != nil {
			return fmt.Errorf("eigenlayer: mining: %w", err)
		}
	}
	missing := pending
	calls, poll, progress, mined := 1, minPoll, time.Now(), time.Now()
	for {
		var err error
		before := len(missing)
		if missing, err = c.withoutReceipt(ctx, missing); err != nil {
			return err
		}
		if len(missing) == 0 {
			return nil
		}
		if len(missing) < before {
			progress = time.Now()
		}
		// A transaction still in the pool some time after a block was built did not fit
		// in it (the pool forgets included transactions asynchronously): build another.
		if c.mine != nil && time.Since(mined) > reMineAfter {
			inPool, err := c.inPool(ctx, missing)
			if err != nil {
				return err
			}
			if len(inPool) > 0 && calls < maxMineCalls {
				if err := c.mine(ctx, inPool); err != nil {
					return fmt.Errorf("eigenlayer: mining: %w", err)
				}
				calls++
				progress, mined = time.Now(), time.Now()
				continue
			}
			if time.Since(progress) > settleWait {
				return fmt.Errorf("eigenlayer: %d transaction(s) without a receipt after mining %d time(s), e.g. %s",
					len(missing), calls, missing[0].Hash())
			}
		}
		if err := sleep(ctx, poll); err != nil {
			return fmt.Errorf("eigenlayer: waiting for %d receipt(s), e.g. %s: %w", len(missing), missing[0].Hash(), err)
		}
		poll = min(2*poll, maxPoll)
	}
}

// advance lets the chain grow by one block: it mines an empty one, or waits for the node.
func (c *clientChain) advance(ctx context.Context) error {
	if c.mine != nil {
		if err := c.mine(ctx, nil); err != nil {
			return fmt.Errorf("eigenlayer: mining: %w", err)
		}
		return nil
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("eigenlayer: head: %w", err)
	}
	for poll := minPoll; ; poll = min(2*poll, maxPoll) {
		if err := sleep(ctx, poll); err != nil {
			return fmt.Errorf("eigenlayer: waiting for block %d: %w", head.Number.Uint64()+1, err)
		}
		h, err := c.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("eigenlayer: head: %w", err)
		}
		if h.Number.Cmp(head.Number) > 0 {
			return nil
		}
	}
}

// withoutReceipt returns the transactions of txs whose receipt is not available yet.
func (c *clientChain) withoutReceipt(ctx context.Context, txs []*types.Transaction) ([]*types.Transaction, error) {
	var out []*types.Transaction
	for _, tx := range txs {
		_, err := c.TransactionReceipt(ctx, tx.Hash())
		switch {
		case err == nil:
		case notYet(err):
			out = append(out, tx)
		default:
			return nil, fmt.Errorf("eigenlayer: receipt of %s: %w", tx.Hash(), err)
		}
	}
	return out, nil
}

// inPool returns the transactions of txs that are still in the node's pool.
func (c *clientChain) inPool(ctx context.Context, txs []*types.Transaction) ([]*types.Transaction, error) {
	var out []*types.Transaction
	for _, tx := range txs {
		_, pending, err := c.TransactionByHash(ctx, tx.Hash())
		switch {
		case err == nil:
			if pending {
				out = append(out, tx)
			}
		case notYet(err): // being indexed, or dropped: keep polling
		default:
			return nil, fmt.Errorf("eigenlayer: transaction %s: %w", tx.Hash(), err)
		}
	}
	return out, nil
}

// notYet reports whether a node's answer for a transaction means it does not know it
// yet: not found, or (geth) "transaction indexing is in progress".
func notYet(err error) bool {
	return errors.Is(err, ethereum.NotFound) || strings.Contains(err.Error(), "transaction indexing is in progress")
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// WaitForBlock mines, or waits for, blocks until the chain's head is at least n.
func WaitForBlock(ctx context.Context, chain Chain, n uint64) error {
	for {
		h, err := chain.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("eigenlayer: head: %w", err)
		}
		if h.Number.Uint64() >= n {
			return nil
		}
		if err := chain.Mine(ctx); err != nil {
			return err
		}
	}
}
