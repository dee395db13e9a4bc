package prove

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/parley-xyz/parley/precompile"
	"github.com/parley-xyz/parley/precompile/bindings"
)

// Inbox is a read-only view of a destination rollup's inbox precompile over JSON-RPC,
// at the destination's latest block (where a relay transaction executes). It
// implements Certifier.
type Inbox struct {
	c *bindings.IParleyInboxCaller
}

// NewInbox returns the view of the inbox precompile read through backend (an
// *ethclient.Client of the destination).
func NewInbox(backend bind.ContractCaller) *Inbox {
	c, err := bindings.NewIParleyInboxCaller(precompile.Address, backend)
	if err != nil {
		panic(err) // only for a malformed embedded ABI
	}
	return &Inbox{c: c}
}

// CertifiedRange returns the certified range of a chain covering a block (the zero
// Range if none).
func (in *Inbox) CertifiedRange(ctx context.Context, chainID, block uint64) (precompile.Range, error) {
	r, err := in.c.CertifiedRange(&bind.CallOpts{Context: ctx}, new(big.Int).SetUint64(chainID), block)
	if err != nil {
		return precompile.Range{}, noInbox(err)
	}
	return precompile.Range{FromBlock: r.FromBlock, ToBlock: r.ToBlock, LastBlockHash: r.LastBlockHash, MessageRoot: r.MessageRoot}, nil
}

// LatestCertifiedBlock returns the last block of the chain's latest certified range,
// and whether any range of the chain is certified.
func (in *Inbox) LatestCertifiedBlock(ctx context.Context, chainID uint64) (uint64, bool, error) {
	r, err := in.c.LatestCertifiedBlock(&bind.CallOpts{Context: ctx}, new(big.Int).SetUint64(chainID))
	if err != nil {
		return 0, false, noInbox(err)
	}
	return r.BlockNumber, r.Certified, nil
}

// IsValidMessage asks the inbox whether a proof validates (validateMessage's check,
// without its event).
func (in *Inbox) IsValidMessage(ctx context.Context, p *Proof) (bool, error) {
	ok, err := in.c.IsValidMessage(&bind.CallOpts{Context: ctx}, p.BindingID(), p.PayloadHash, p.Proof)
	return ok, noInbox(err)
}

// noInbox explains an empty answer: before its activation (or on a chain without
// Parley) the inbox's address is an empty account.
func noInbox(err error) error {
	if errors.Is(err, bind.ErrNoCode) {
		return fmt.Errorf("%w (the inbox precompile answered nothing: is Parley active on the destination?)", err)
	}
	return err
}
