package avs

import (
	"context"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/node/eigenlayer"
)

// Post posts a certificate to the inbox from an allowed submitter and mines it.
func (a *AVS) Post(ctx context.Context, from *eigenlayer.Account, c *certificate.Certificate) (eigenlayer.Tx, error) {
	return a.transact(ctx, from, "ParleyCertificateInbox.post", a.PostTx(c))
}

// PostTx is the inbox's post(certificate) as a transaction builder, for batches.
func (a *AVS) PostTx(c *certificate.Certificate) func(*bind.TransactOpts) (*types.Transaction, error) {
	enc := c.Encode()
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return a.Inbox.Post(o, enc) }
}
