package derivation_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// simNonces tracks each sender's next nonce on go-ethereum's simulated L1 (chain
// simChainID). Tests set nonces themselves rather than ask the backend, whose pending
// nonce lags behind transactions its pool has not yet promoted.
type simNonces map[common.Address]uint64

// opts returns a copy of auth with the sender's next nonce and a fixed gas limit
// (0: estimate).
func (n simNonces) opts(auth *bind.TransactOpts, gasLimit uint64) *bind.TransactOpts {
	a := *auth
	a.Nonce = new(big.Int).SetUint64(n[auth.From])
	a.GasLimit = gasLimit
	return &a
}

// sent advances the sender's nonce for a transaction the pool accepted, failing t on a
// send error or a transaction that did not use the tracked nonce.
func (n simNonces) sent(t testing.TB, tx *types.Transaction, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(big.NewInt(simChainID)), tx)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != n[from] {
		t.Fatalf("transaction from %s has nonce %d, want %d", from, tx.Nonce(), n[from])
	}
	n[from]++
}
