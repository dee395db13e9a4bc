package watch

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/avs"
	"github.com/parley-xyz/parley/node/avs/bindings"
	"github.com/parley-xyz/parley/node/eigenlayer"
)

// L1View is the watcher's L1: Parley's AVS as the certificate inbox names it (the
// inbox's publisher, the publisher's registrar, the registrar's slasher), read with
// node/avs and the derivation hook's snapshot resolver. It implements L1.
type L1View struct {
	client   *ethclient.Client
	avs      *avs.AVS
	resolver *derivation.Resolver
	slasher  *abi.ABI
}

var _ L1 = (*L1View)(nil)

// NewL1View binds the AVS the inbox at inbox belongs to.
func NewL1View(ctx context.Context, client *ethclient.Client, inbox common.Address) (*L1View, error) {
	a, err := avs.AttachByInbox(ctx, client, inbox)
	if err != nil {
		return nil, fmt.Errorf("--inbox: %w", err)
	}
	sa, err := bindings.ParleySlasherMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return &L1View{client: client, avs: a, resolver: derivation.NewResolver(a.ID(), a.Addresses.Publisher, 16), slasher: sa}, nil
}

// AVS returns the AVS identity attestations name.
func (l *L1View) AVS() attestation.AVS { return l.avs.ID() }

// Addresses returns the AVS's contracts.
func (l *L1View) Addresses() avs.Addresses { return l.avs.Addresses }

// Head implements L1.
func (l *L1View) Head(ctx context.Context) (uint64, error) { return l.client.BlockNumber(ctx) }

// CertificateLogs implements L1.
func (l *L1View) CertificateLogs(ctx context.Context, from, to uint64) ([]types.Log, error) {
	return l.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{l.avs.Addresses.Inbox},
		Topics:    [][]common.Hash{{derivation.CertificatePostedID}},
	})
}

// Table implements L1: the derivation hook's own resolver, caching the 16 most
// recently used tables.
func (l *L1View) Table(ctx context.Context, ref derivation.SnapshotRef) (*optable.Table, error) {
	t, invalid, _, err := l.resolver.Resolve(ctx, avs.L1Receipts{Client: l.client}, ref)
	if err != nil {
		return nil, err
	}
	if invalid != nil {
		return nil, invalid
	}
	return t, nil
}

// Slasher implements L1: ParleyRegistrar.slasher().
func (l *L1View) Slasher(ctx context.Context) (common.Address, error) {
	return l.avs.Registrar.Slasher(&bind.CallOpts{Context: ctx})
}

// CheckSlasher checks that the contract at addr is a ParleySlasher of this AVS: its
// registrar and publisher are the inbox's.
func (l *L1View) CheckSlasher(ctx context.Context, addr common.Address) error {
	s, err := bindings.NewParleySlasher(addr, l.client)
	if err != nil {
		return err
	}
	opts := &bind.CallOpts{Context: ctx}
	reg, err := s.Registrar(opts)
	if err != nil {
		return fmt.Errorf("the slasher %s's registrar: %w", addr, err)
	}
	pub, err := s.Publisher(opts)
	if err != nil {
		return fmt.Errorf("the slasher %s's publisher: %w", addr, err)
	}
	if reg != l.avs.Addresses.Registrar || pub != l.avs.Addresses.Publisher {
		return fmt.Errorf("the slasher %s serves registrar %s and publisher %s, not the inbox's %s and %s", addr, reg, pub,
			l.avs.Addresses.Registrar, l.avs.Addresses.Publisher)
	}
	return nil
}

// Slashed implements L1: ParleySlasher.slashed(offence).
func (l *L1View) Slashed(ctx context.Context, slasher common.Address, offence common.Hash) (bool, error) {
	s, err := bindings.NewParleySlasher(slasher, l.client)
	if err != nil {
		return false, err
	}
	return s.Slashed(&bind.CallOpts{Context: ctx}, offence)
}

// VerifyCertificates implements L1: ParleySlasher.verifyCertificates as a call.
func (l *L1View) VerifyCertificates(ctx context.Context, slasher common.Address, ev avs.CertificateEvidence) error {
	data, err := l.slasher.Pack("verifyCertificates", ev.SetID, ev.A, ev.RangeA, ev.B, ev.RangeB)
	if err != nil {
		return err
	}
	_, err = l.client.CallContract(ctx, ethereum.CallMsg{To: &slasher, Data: data}, nil)
	return callRevert("ParleySlasher.verifyCertificates", err)
}

// SimulateSlash implements L1: ParleySlasher.slashCertificates from from, as a call.
func (l *L1View) SimulateSlash(ctx context.Context, slasher, from common.Address, ev avs.CertificateEvidence) error {
	data, err := packSlash(l.slasher, ev)
	if err != nil {
		return err
	}
	_, err = l.client.CallContract(ctx, ethereum.CallMsg{From: from, To: &slasher, Data: data}, nil)
	return callRevert("ParleySlasher.slashCertificates", err)
}

func packSlash(a *abi.ABI, ev avs.CertificateEvidence) ([]byte, error) {
	return a.Pack("slashCertificates", ev.SetID, ev.A, ev.RangeA, ev.B, ev.RangeB, new(big.Int).SetUint64(uint64(ev.Limit)))
}

// callRevert turns a reverted call's JSON-RPC error into an *eigenlayer.RevertError
// (its data is the revert data); other errors (the call could not be made) are
// returned wrapped, nil stays nil.
func callRevert(label string, err error) error {
	if err == nil {
		return nil
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if h, ok := de.ErrorData().(string); ok {
			if data, derr := hexutil.Decode(h); derr == nil {
				name, reason := eigenlayer.DecodeRevert(data)
				return &eigenlayer.RevertError{Label: label, Name: name, Reason: reason, Data: data, Cause: err}
			}
		}
	}
	return fmt.Errorf("%s: %w", label, err)
}

// revertName returns the name of the contract error err is (ok false when err is not
// a revert: the call could not be made).
func revertName(err error) (string, bool) {
	var re *eigenlayer.RevertError
	if errors.As(err, &re) {
		return re.Name, true
	}
	return "", false
}

// TxSubmitter submits certificate evidence through op-service's transaction manager:
// it handles nonces, fees and their bumps, resubmission and the confirmation depth.
type TxSubmitter struct {
	mgr txmgr.TxManager
	abi *abi.ABI
}

var _ Submitter = (*TxSubmitter)(nil)

// NewTxSubmitter submits through mgr.
func NewTxSubmitter(mgr txmgr.TxManager) (*TxSubmitter, error) {
	a, err := bindings.ParleySlasherMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return &TxSubmitter{mgr: mgr, abi: a}, nil
}

// From implements Submitter.
func (s *TxSubmitter) From() common.Address { return s.mgr.From() }

// Submit implements Submitter: ParleySlasher.slashCertificates, the gas estimated by the
// transaction manager.
func (s *TxSubmitter) Submit(ctx context.Context, slasher common.Address, ev avs.CertificateEvidence) (*types.Receipt, error) {
	data, err := packSlash(s.abi, ev)
	if err != nil {
		return nil, err
	}
	return s.mgr.Send(ctx, txmgr.TxCandidate{TxData: data, To: &slasher})
}
