package eigenlayer

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// maxTxGas is EIP-7825's per-transaction gas cap (Osaka), which also caps eth_estimateGas.
const maxTxGas = 1 << 24

// Account is an L1 account that sends the harness's transactions. It signs with its
// private key and counts its own nonces, starting from the chain's pending nonce at its
// first transaction: the simulated backend's pool reports pending nonces late, and several
// transactions from one account often share a block. An Account is safe for concurrent
// use; its transactions are built one at a time.
type Account struct {
	// Address is the account's address.
	Address common.Address

	key *ecdsa.PrivateKey

	mu     sync.Mutex
	nonce  uint64
	synced bool
}

// NewAccount returns the account of key.
func NewAccount(key *ecdsa.PrivateKey) *Account {
	return &Account{Address: crypto.PubkeyToAddress(key.PublicKey), key: key}
}

// Key returns the account's private key.
func (a *Account) Key() *ecdsa.PrivateKey { return a.key }

// Resync forgets the counted nonce: the next transaction starts again from the chain's
// pending nonce. Use it after transactions of this account were sent elsewhere, or after
// a send failed in a way that leaves it unknown whether the node took the transaction.
func (a *Account) Resync() {
	a.mu.Lock()
	a.synced = false
	a.mu.Unlock()
}

// transact builds a transaction with send (a binding method or Deploy function given the
// options), sizes its gas and sends it with the account's next nonce. Gas is EigenLayer's
// estimate plus a fifth (state may change between estimate and inclusion, e.g. earlier
// transactions of the same block), within EIP-7825's cap. The nonce advances only when
// the chain accepted the transaction.
func (a *Account) transact(ctx context.Context, chain Chain, send func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Transaction, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.synced {
		n, err := chain.PendingNonceAt(ctx, a.Address)
		if err != nil {
			return nil, fmt.Errorf("nonce of %s: %w", a.Address, err)
		}
		a.nonce, a.synced = n, true
	}
	signer := types.LatestSignerForChainID(chain.ChainID())
	opts := &bind.TransactOpts{
		From:  a.Address,
		Nonce: new(big.Int).SetUint64(a.nonce),
		Signer: func(from common.Address, tx *types.Transaction) (*types.Transaction, error) {
			if from != a.Address {
				return nil, fmt.Errorf("account %s cannot sign for %s", a.Address, from)
			}
			return types.SignTx(tx, signer, a.key)
		},
		Context: ctx,
		NoSend:  true,
	}
	est, err := send(opts) // estimates gas and fees, sends nothing
	if err != nil {
		return nil, err
	}
	opts.GasLimit = gasWithMargin(est.Gas())
	if est.Type() == types.LegacyTxType { // a chain before London
		opts.GasPrice = est.GasPrice()
	} else {
		opts.GasFeeCap, opts.GasTipCap = est.GasFeeCap(), est.GasTipCap()
	}
	opts.NoSend = false
	tx, err := send(opts)
	if err != nil {
		return nil, err
	}
	a.nonce++
	return tx, nil
}

// gasWithMargin returns estimate plus a fifth, within EIP-7825's cap (an estimate above
// the cap is left for the node to refuse).
func gasWithMargin(estimate uint64) uint64 {
	if estimate >= maxTxGas {
		return estimate
	}
	return min(estimate+estimate/5, maxTxGas)
}
