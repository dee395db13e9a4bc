package aggregator

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/avs"
	"github.com/parley-xyz/parley/node/avs/bindings"
)

// L1View is the aggregator's L1: Parley's AVS as the certificate inbox names it (the
// inbox's publisher, and the publisher's registrar, which is the AVS), read with
// node/avs. It implements L1.
type L1View struct {
	client    *ethclient.Client
	avs       *avs.AVS
	submitter common.Address
}

var _ L1 = (*L1View)(nil)

// NewL1View binds the AVS the inbox at inbox belongs to; submitter is the address
// certificates are posted from.
func NewL1View(ctx context.Context, client *ethclient.Client, inbox, submitter common.Address) (*L1View, error) {
	a, err := avs.AttachByInbox(ctx, client, inbox)
	if err != nil {
		return nil, fmt.Errorf("--inbox: %w", err)
	}
	return &L1View{client: client, avs: a, submitter: submitter}, nil
}

// AVS returns the AVS identity attestations name.
func (l *L1View) AVS() attestation.AVS { return l.avs.ID() }

// Addresses returns the AVS's contracts.
func (l *L1View) Addresses() avs.Addresses { return l.avs.Addresses }

// Head implements L1.
func (l *L1View) Head(ctx context.Context) (uint64, error) { return l.client.BlockNumber(ctx) }

// LatestSnapshot implements L1.
func (l *L1View) LatestSnapshot(ctx context.Context) (derivation.SnapshotRef, error) {
	s, err := l.avs.Publisher.LatestSnapshot(&bind.CallOpts{Context: ctx})
	if err != nil {
		return derivation.SnapshotRef{}, fmt.Errorf("latest snapshot: %w", err)
	}
	if s.BlockNumber == 0 {
		return derivation.SnapshotRef{}, ErrNoSnapshot
	}
	h, err := l.client.HeaderByNumber(ctx, new(big.Int).SetUint64(s.BlockNumber))
	if err != nil {
		return derivation.SnapshotRef{}, fmt.Errorf("header of snapshot block %d: %w", s.BlockNumber, err)
	}
	return derivation.SnapshotRef{BlockHash: h.Hash(), Snapshot: attestation.Snapshot{Block: s.BlockNumber, Root: s.Root}}, nil
}

// Table implements L1: the derivation hook's own resolver (node/avs).
func (l *L1View) Table(ctx context.Context, ref derivation.SnapshotRef) (*optable.Table, error) {
	return l.avs.Table(ctx, l.client, ref)
}

// CertificateLogs implements L1.
func (l *L1View) CertificateLogs(ctx context.Context, from, to uint64) ([]types.Log, error) {
	return l.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{l.avs.Addresses.Inbox},
		Topics:    [][]common.Hash{{derivation.CertificatePostedID}},
	})
}

// Nonces implements L1.
func (l *L1View) Nonces(ctx context.Context) (latest, pending uint64, err error) {
	if latest, err = l.client.NonceAt(ctx, l.submitter, nil); err != nil {
		return 0, 0, err
	}
	pending, err = l.client.PendingNonceAt(ctx, l.submitter)
	return latest, pending, err
}

// IsSubmitter implements L1.
func (l *L1View) IsSubmitter(ctx context.Context) (bool, error) {
	return l.avs.Inbox.IsSubmitter(&bind.CallOpts{Context: ctx}, l.submitter)
}

// TxPoster posts certificates through op-service's transaction manager: it handles
// nonces, fees and their bumps, resubmission and the confirmation depth.
type TxPoster struct {
	mgr   txmgr.TxManager
	inbox common.Address
	abi   *abi.ABI
}

var _ Poster = (*TxPoster)(nil)

// NewTxPoster posts to the inbox at inbox through mgr.
func NewTxPoster(mgr txmgr.TxManager, inbox common.Address) (*TxPoster, error) {
	a, err := bindings.ParleyCertificateInboxMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return &TxPoster{mgr: mgr, inbox: inbox, abi: a}, nil
}

// Post implements Poster: ParleyCertificateInbox.post(cert), the gas estimated by the
// transaction manager.
func (p *TxPoster) Post(ctx context.Context, cert []byte) (*types.Receipt, error) {
	data, err := p.abi.Pack("post", cert)
	if err != nil {
		return nil, err
	}
	return p.mgr.Send(ctx, txmgr.TxCandidate{TxData: data, To: &p.inbox})
}
