package avs

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/node/avs/bindings"
	"github.com/parley-xyz/parley/node/eigenlayer"
)

// Operator is an EigenLayer operator of Parley's AVS: its L1 account and, as the
// KeyRegistrar requires, one BN254 key per operator set.
type Operator struct {
	Account *eigenlayer.Account
	Keys    map[uint32]*bls.SecretKey
}

// Join takes op through EigenLayer's steps into the AVS's operator sets, skipping each
// step already done: register as an EigenLayer operator (allocation delay 0), deposit
// stake (if deposit is positive), allocate magnitude (of WAD) to the sets, register the
// set's BN254 key in the KeyRegistrar with EigenLayer's registration signature, and
// register for the sets through AllocationManager, which calls the registrar.
func (a *AVS) Join(ctx context.Context, op *Operator, deposit *big.Int, magnitude uint64, sets ...uint32) (eigenlayer.Result, error) {
	var res eigenlayer.Result
	add := func(r eigenlayer.Result, err error) error {
		res.Txs = append(res.Txs, r.Txs...)
		return err
	}
	c, avs := a.Core, a.Addresses.Registrar
	if err := add(c.RegisterAsOperator(ctx, op.Account, 0, "https://parley.invalid/operator.json")); err != nil {
		return res, err
	}
	if deposit != nil && deposit.Sign() > 0 {
		if err := add(c.Deposit(ctx, op.Account, deposit)); err != nil {
			return res, err
		}
	}
	if err := add(c.Allocate(ctx, op.Account, avs, sets, magnitude)); err != nil {
		return res, err
	}
	for _, id := range sets {
		k, ok := op.Keys[id]
		if !ok {
			return res, fmt.Errorf("avs: operator %s has no key for set %d", op.Account.Address, id)
		}
		if err := add(c.RegisterBN254Key(ctx, op.Account, avs, id, k)); err != nil {
			return res, err
		}
	}
	err := add(c.RegisterForOperatorSets(ctx, op.Account, avs, sets, nil))
	return res, err
}

// Leave deregisters op from the sets (AllocationManager calls the registrar).
func (a *AVS) Leave(ctx context.Context, op *eigenlayer.Account, sets ...uint32) (eigenlayer.Result, error) {
	return a.Core.DeregisterFromOperatorSets(ctx, op, a.Addresses.Registrar, sets)
}

// transact sends one transaction from the account and mines it.
func (a *AVS) transact(ctx context.Context, from *eigenlayer.Account, label string, send func(*bind.TransactOpts) (*types.Transaction, error)) (eigenlayer.Tx, error) {
	return eigenlayer.Transact(ctx, a.Core.Chain, from, label, send)
}

// Eject removes an operator from sets: the registrar's owner's ejection.
func (a *AVS) Eject(ctx context.Context, owner *eigenlayer.Account, operator common.Address, sets ...uint32) (eigenlayer.Tx, error) {
	return a.transact(ctx, owner, "ParleyRegistrar.eject", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.Registrar.Eject(o, operator, sets)
	})
}

// Slash slashes wad (of WAD) of an operator's allocation to a set, in every strategy
// of the set, through the registrar (as the AVS, by its owner or slasher).
func (a *AVS) Slash(ctx context.Context, by *eigenlayer.Account, operator common.Address, set uint32, wad *big.Int, description string) (eigenlayer.Tx, error) {
	sm, err := a.Registrar.StrategiesOf(&bind.CallOpts{Context: ctx}, set)
	strategies := sm.Strategies
	if err != nil {
		return eigenlayer.Tx{}, fmt.Errorf("avs: strategies of set %d: %w", set, err)
	}
	slices.SortFunc(strategies, func(x, y common.Address) int { return x.Cmp(y) }) // AllocationManager wants them ascending
	wads := make([]*big.Int, len(strategies))
	for i := range wads {
		wads[i] = wad
	}
	return a.transact(ctx, by, "ParleyRegistrar.slashOperator", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.Registrar.SlashOperator(o, bindings.IAllocationManagerSlashingParams{
			Operator: operator, OperatorSetId: set, Strategies: strategies, WadsToSlash: wads, Description: description,
		})
	})
}

// SetSubmitter allows or disallows an account to post certificates (the inbox's owner).
func (a *AVS) SetSubmitter(ctx context.Context, owner *eigenlayer.Account, submitter common.Address, allowed bool) (eigenlayer.Tx, error) {
	return a.transact(ctx, owner, "ParleyCertificateInbox.setSubmitter", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.Inbox.SetSubmitter(o, submitter, allowed)
	})
}
