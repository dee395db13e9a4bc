// Package messenger is ParleyMessenger for tools and demos: deploying it, sending a
// message, and a minimal relay target that records what the messenger delivers (the
// devnet and the tests check deliveries with it). Relaying itself is node/relayer's.
package messenger

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/parley-xyz/parley/node/eigenlayer"
	"github.com/parley-xyz/parley/precompile/bindings"
)

// Target storage slots (see TargetCode).
const (
	SlotCalls = iota
	SlotDataHash
	SlotCaller
	SlotSender
	SlotSource
)

// TargetCode is the runtime code of a relay target. On every call it counts the call
// (slot 0), stores keccak256 of its call data (slot 1), its caller (slot 2), and what
// the caller — the messenger — answers to crossDomainMessageSender() and
// crossDomainMessageSource() (slots 3 and 4), then stops.
func TargetCode() []byte {
	code := []byte{
		0x60, SlotCalls, 0x54, 0x60, 0x01, 0x01, 0x60, SlotCalls, 0x55, // calls++
		0x36, 0x60, 0x00, 0x60, 0x00, 0x37, // calldatacopy(0, 0, calldatasize)
		0x36, 0x60, 0x00, 0x20, 0x60, SlotDataHash, 0x55, // sstore(1, keccak256(0, calldatasize))
		0x33, 0x60, SlotCaller, 0x55, // sstore(2, caller)
	}
	for i, sig := range []string{"crossDomainMessageSender()", "crossDomainMessageSource()"} {
		sel := crypto.Keccak256([]byte(sig))[:4]
		code = append(code, 0x63, sel[0], sel[1], sel[2], sel[3], 0x60, 0xe0, 0x1b, 0x60, 0x00, 0x52) // mstore(0, sel << 224)
		code = append(code, 0x60, 0x20, 0x60, 0x00, 0x60, 0x04, 0x60, 0x00, 0x33, 0x5a, 0xfa, 0x50)   // staticcall(gas, caller, 0, 4, 0, 32); pop
		code = append(code, 0x60, 0x00, 0x51, 0x60, byte(SlotSender+i), 0x55)                         // sstore(3+i, mload(0))
	}
	return append(code, 0x00)
}

// Target reads a relay target's slots.
type Target struct {
	Calls          uint64
	DataHash       common.Hash
	Caller, Sender common.Address
	Source         uint64
}

// StorageReader reads storage (*ethclient.Client is one).
type StorageReader interface {
	StorageAt(ctx context.Context, account common.Address, key common.Hash, block *big.Int) ([]byte, error)
}

// ReadTarget reads a target's slots at the latest block.
func ReadTarget(ctx context.Context, c StorageReader, at common.Address) (Target, error) {
	var w [5]common.Hash
	for i := range w {
		v, err := c.StorageAt(ctx, at, common.BigToHash(big.NewInt(int64(i))), nil)
		if err != nil {
			return Target{}, err
		}
		w[i] = common.BytesToHash(v)
	}
	return Target{Calls: w[SlotCalls].Big().Uint64(), DataHash: w[SlotDataHash], Caller: common.BytesToAddress(w[SlotCaller][:]),
		Sender: common.BytesToAddress(w[SlotSender][:]), Source: w[SlotSource].Big().Uint64()}, nil
}

// Deploy deploys ParleyMessenger from deployer on chain and returns its address.
// The same key's first transaction on two chains deploys it at the same address (an
// eigenlayer.Account counts nonces on one chain: use one Account per chain).
func Deploy(ctx context.Context, chain eigenlayer.Chain, deployer *eigenlayer.Account) (common.Address, error) {
	tx, err := eigenlayer.Transact(ctx, chain, deployer, "ParleyMessenger", func(o *bind.TransactOpts) (*types.Transaction, error) {
		_, tx, _, err := bindings.DeployParleyMessenger(o, chain)
		return tx, err
	})
	if err != nil {
		return common.Address{}, err
	}
	return tx.Receipt.ContractAddress, nil
}

// Send sends a message with ParleyMessenger.sendMessage from an account and returns its
// receipt.
func Send(ctx context.Context, chain eigenlayer.Chain, from *eigenlayer.Account, messenger common.Address, destination uint64, target common.Address, msg []byte) (*types.Receipt, error) {
	m, err := bindings.NewParleyMessengerTransactor(messenger, chain)
	if err != nil {
		return nil, err
	}
	tx, err := eigenlayer.Transact(ctx, chain, from, "ParleyMessenger.sendMessage", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return m.SendMessage(o, new(big.Int).SetUint64(destination), target, msg)
	})
	return tx.Receipt, err
}
