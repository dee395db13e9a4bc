package avs

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	am "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/node/avs/bindings"
	"github.com/parley-xyz/parley/node/eigenlayer"
)

// WAD is EigenLayer's fixed-point one (1e18): a strategy multiplier of WAD counts stake
// one for one, and a magnitude of WAD allocates all of an operator's stake.
var WAD = big.NewInt(1e18)

// SetConfig describes one of Parley's operator sets.
type SetConfig struct {
	ID uint32
	// Strategies and their multipliers (WAD = 1x); nil means the core deployment's
	// test strategy at 1x.
	Strategies  []common.Address
	Multipliers []*big.Int
	// MinWeight is the weight an operator needs to register (a uint96).
	MinWeight *big.Int
	// MaxMembers bounds the set's members.
	MaxMembers uint32
}

// Config describes a deployment of Parley's AVS.
type Config struct {
	MetadataURI string
	Sets        []SetConfig
	// Submitters may post certificates to the inbox.
	Submitters []common.Address
}

// Addresses are the AVS's three contracts.
type Addresses struct {
	Registrar common.Address `json:"registrar"` // the EigenLayer AVS address
	Publisher common.Address `json:"publisher"`
	Inbox     common.Address `json:"inbox"`
}

// AVS is a deployment of Parley's AVS contracts next to an EigenLayer core deployment.
type AVS struct {
	Core      *eigenlayer.Core
	Addresses Addresses
	// Deployment lists Deploy's transactions (empty for Attach).
	Deployment []eigenlayer.Tx

	Registrar *bindings.ParleyRegistrar
	Publisher *bindings.ParleyTablePublisher
	Inbox     *bindings.ParleyCertificateInbox
}

// ID returns the AVS identity attestations name: the L1 chain and the registrar.
func (a *AVS) ID() attestation.AVS {
	return attestation.AVS{L1ChainID: a.Core.Chain.ChainID().Uint64(), Address: a.Addresses.Registrar}
}

// Attach binds a deployment at known addresses.
func Attach(core *eigenlayer.Core, addrs Addresses) (*AVS, error) {
	a := &AVS{Core: core, Addresses: addrs}
	var err, e error
	if a.Registrar, e = bindings.NewParleyRegistrar(addrs.Registrar, core.Chain); e != nil {
		err = e
	}
	if a.Publisher, e = bindings.NewParleyTablePublisher(addrs.Publisher, core.Chain); e != nil {
		err = errors.Join(err, e)
	}
	if a.Inbox, e = bindings.NewParleyCertificateInbox(addrs.Inbox, core.Chain); e != nil {
		err = errors.Join(err, e)
	}
	if err != nil {
		return nil, fmt.Errorf("avs: binding contracts: %w", err)
	}
	return a, nil
}

// AttachByInbox binds the AVS a certificate inbox belongs to, read from L1: the inbox's
// publisher, and the publisher's registrar (what the daemons are configured with: the
// inbox alone).
func AttachByInbox(ctx context.Context, client *ethclient.Client, inbox common.Address) (*AVS, error) {
	opts := &bind.CallOpts{Context: ctx}
	if code, err := client.CodeAt(ctx, inbox, nil); err != nil {
		return nil, fmt.Errorf("code at the inbox %s: %w", inbox, err)
	} else if len(code) == 0 {
		return nil, fmt.Errorf("no contract at the inbox %s", inbox)
	}
	ib, err := bindings.NewParleyCertificateInbox(inbox, client)
	if err != nil {
		return nil, err
	}
	publisher, err := ib.Publisher(opts)
	if err != nil {
		return nil, fmt.Errorf("the inbox's publisher: %w", err)
	}
	pub, err := bindings.NewParleyTablePublisher(publisher, client)
	if err != nil {
		return nil, err
	}
	registrar, err := pub.Registrar(opts)
	if err != nil {
		return nil, fmt.Errorf("the publisher's registrar: %w", err)
	}
	chain, err := eigenlayer.NewChain(ctx, client, nil)
	if err != nil {
		return nil, err
	}
	return Attach(&eigenlayer.Core{Chain: chain}, Addresses{Registrar: registrar, Publisher: publisher, Inbox: inbox})
}

// Deploy deploys the registrar (owned by owner), the publisher and the inbox (owned by
// owner), sets the AVS's metadata, creates its operator sets (in EigenLayer's
// AllocationManager, configured for BN254 keys in the KeyRegistrar) and allows the
// submitters, in four blocks.
func Deploy(ctx context.Context, core *eigenlayer.Core, owner *eigenlayer.Account, cfg Config) (*AVS, error) {
	if len(cfg.Sets) == 0 {
		return nil, errors.New("avs: no operator sets")
	}
	chain := core.Chain
	var addrs Addresses
	var deployment []eigenlayer.Tx
	step := func(b *eigenlayer.Batch) error {
		txs, err := b.Mine(ctx)
		deployment = append(deployment, txs...)
		return err
	}
	b := eigenlayer.NewBatch(chain)
	if _, err := b.Send(ctx, owner, "ParleyRegistrar.deploy", func(o *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, _, err := bindings.DeployParleyRegistrar(o, chain, owner.Address, core.Addresses.AllocationManager, core.Addresses.KeyRegistrar)
		addrs.Registrar = a
		return tx, err
	}); err != nil {
		return nil, err
	}
	if err := step(b); err != nil {
		return nil, err
	}
	if _, err := b.Send(ctx, owner, "ParleyTablePublisher.deploy", func(o *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, _, err := bindings.DeployParleyTablePublisher(o, chain, addrs.Registrar)
		addrs.Publisher = a
		return tx, err
	}); err != nil {
		return nil, err
	}
	reg, err := bindings.NewParleyRegistrar(addrs.Registrar, chain)
	if err != nil {
		return nil, err
	}
	uri := cfg.MetadataURI
	if uri == "" {
		uri = "https://parley.invalid/avs.json"
	}
	if _, err := b.Send(ctx, owner, "ParleyRegistrar.setMetadataURI", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return reg.SetMetadataURI(o, uri)
	}); err != nil {
		return nil, err
	}
	if err := step(b); err != nil {
		return nil, err
	}
	if _, err := b.Send(ctx, owner, "ParleyCertificateInbox.deploy", func(o *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, _, err := bindings.DeployParleyCertificateInbox(o, chain, owner.Address, addrs.Publisher)
		addrs.Inbox = a
		return tx, err
	}); err != nil {
		return nil, err
	}
	for _, s := range cfg.Sets {
		strategies, mults := s.Strategies, s.Multipliers
		if strategies == nil {
			strategies, mults = []common.Address{core.Addresses.Strategy}, []*big.Int{WAD}
		}
		minWeight := s.MinWeight
		if minWeight == nil {
			minWeight = new(big.Int)
		}
		if _, err := b.Send(ctx, owner, fmt.Sprintf("ParleyRegistrar.createOperatorSet(%d)", s.ID), func(o *bind.TransactOpts) (*types.Transaction, error) {
			return reg.CreateOperatorSet(o, s.ID, strategies, mults, minWeight, s.MaxMembers)
		}); err != nil {
			return nil, err
		}
	}
	if err := step(b); err != nil {
		return nil, err
	}
	a, err := Attach(core, addrs)
	if err != nil {
		return nil, err
	}
	a.Deployment = deployment
	for _, sub := range cfg.Submitters {
		if _, err := b.Send(ctx, owner, "ParleyCertificateInbox.setSubmitter", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return a.Inbox.SetSubmitter(o, sub, true)
		}); err != nil {
			return nil, err
		}
	}
	if err := step(b); err != nil {
		return nil, err
	}
	a.Deployment = deployment
	return a, nil
}

// eigenlayerSet is an operator set of the AVS as AllocationManager's binding takes it.
func eigenlayerSet(avs common.Address, id uint32) am.OperatorSet {
	return am.OperatorSet{Avs: avs, Id: id}
}
