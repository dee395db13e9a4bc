package operator

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/avs"
)

// Snapshot errors.
var (
	// ErrUnknownSnapshot: L1 (as this operator sees it) has no such sealed snapshot, or
	// none at all.
	ErrUnknownSnapshot = errors.New("operator: snapshot not sealed on L1")
	// ErrSnapshotTooOld: the snapshot is older than the configured maximum age, so a
	// certificate naming it might no longer be accepted by the destinations' window.
	ErrSnapshotTooOld = errors.New("operator: snapshot too old")
)

// Snapshot is an operator-table snapshot as read from L1: the block it was sealed in
// (number and hash) with its root, its table resolved from the publisher's logs with
// the derivation hook's own code, and its age in L1 blocks when read.
type Snapshot struct {
	Ref   derivation.SnapshotRef
	Table *optable.Table
	Age   uint64
}

// Snapshots finds the snapshots the operator signs against, from L1 alone.
type Snapshots interface {
	// Latest returns the latest snapshot sealed on L1 (ErrUnknownSnapshot if none,
	// ErrSnapshotTooOld if it is older than the maximum age).
	Latest(ctx context.Context) (*Snapshot, error)
	// Get returns the snapshot s if L1 sealed it (ErrUnknownSnapshot otherwise) and it
	// is not too old (ErrSnapshotTooOld).
	Get(ctx context.Context, s attestation.Snapshot) (*Snapshot, error)
}

// L1Client is what the operator reads from L1: headers, and receipts by block hash for
// the snapshot's table (go-ethereum's *ethclient.Client is one).
type L1Client interface {
	avs.ReceiptsClient
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// L1Snapshots reads snapshots from the AVS's table publisher on L1: latestSnapshot()
// and snapshotRoot(block) for the version, the L1 header of the seal block for its hash,
// and the publisher's logs (through avs.Table, the derivation hook's resolver) for the
// table, which is cached by (block hash, root).
type L1Snapshots struct {
	avs    *avs.AVS
	client L1Client
	maxAge uint64
	tables *lru.Cache[derivation.SnapshotRef, *optable.Table]
}

var _ Snapshots = (*L1Snapshots)(nil)

// NewL1Snapshots returns the reader; maxAge is the oldest snapshot (in L1 blocks behind
// the L1 head) it returns.
func NewL1Snapshots(a *avs.AVS, client L1Client, maxAge uint64) *L1Snapshots {
	tables, _ := lru.New[derivation.SnapshotRef, *optable.Table](16)
	return &L1Snapshots{avs: a, client: client, maxAge: maxAge, tables: tables}
}

// Latest implements Snapshots.
func (l *L1Snapshots) Latest(ctx context.Context) (*Snapshot, error) {
	head, err := l.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("operator: L1 head: %w", err)
	}
	// Read the publisher at the head just read, so that the version and the head agree.
	latest, err := l.avs.Publisher.LatestSnapshot(&bind.CallOpts{Context: ctx, BlockNumber: head.Number})
	if err != nil {
		return nil, fmt.Errorf("operator: publisher.latestSnapshot: %w", err)
	}
	if latest.BlockNumber == 0 {
		return nil, fmt.Errorf("%w: the publisher %s has sealed no snapshot", ErrUnknownSnapshot, l.avs.Addresses.Publisher)
	}
	return l.resolve(ctx, head, attestation.Snapshot{Block: latest.BlockNumber, Root: latest.Root})
}

// Get implements Snapshots.
func (l *L1Snapshots) Get(ctx context.Context, s attestation.Snapshot) (*Snapshot, error) {
	head, err := l.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("operator: L1 head: %w", err)
	}
	if s.Block == 0 || s.Block > head.Number.Uint64() || s.Root == (common.Hash{}) {
		return nil, fmt.Errorf("%w: %s (L1 head %d)", ErrUnknownSnapshot, s, head.Number)
	}
	root, err := l.avs.Publisher.SnapshotRoot(&bind.CallOpts{Context: ctx, BlockNumber: head.Number}, s.Block)
	if err != nil {
		return nil, fmt.Errorf("operator: publisher.snapshotRoot(%d): %w", s.Block, err)
	}
	if root != s.Root {
		return nil, fmt.Errorf("%w: %s: the publisher's root for block %d is %s", ErrUnknownSnapshot, s, s.Block, common.Hash(root))
	}
	return l.resolve(ctx, head, s)
}

func (l *L1Snapshots) resolve(ctx context.Context, head *types.Header, s attestation.Snapshot) (*Snapshot, error) {
	age := head.Number.Uint64() - s.Block
	if age > l.maxAge {
		return nil, fmt.Errorf("%w: %s is %d L1 blocks old, the maximum is %d (publish a new snapshot)", ErrSnapshotTooOld, s, age, l.maxAge)
	}
	h, err := l.client.HeaderByNumber(ctx, new(big.Int).SetUint64(s.Block))
	if err != nil {
		return nil, fmt.Errorf("operator: L1 header %d: %w", s.Block, err)
	}
	ref := derivation.SnapshotRef{BlockHash: h.Hash(), Snapshot: s}
	t, ok := l.tables.Get(ref)
	if !ok {
		if t, err = l.avs.Table(ctx, l.client, ref); err != nil {
			return nil, fmt.Errorf("operator: table of snapshot %s in L1 block %s: %w", s, ref.BlockHash, err)
		}
		l.tables.Add(ref, t)
	}
	return &Snapshot{Ref: ref, Table: t, Age: age}, nil
}
