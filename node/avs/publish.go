package avs

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/eigenlayer"
)

// DefaultPageSize is how many members one page transaction adds by default: with
// EigenLayer v1.8.1's reads (about 50k gas a member) a page stays well under EIP-7825's
// 16,777,216 gas per transaction.
const DefaultPageSize = 200

// Published is a sealed snapshot: its L1 block (number and hash) and root, which
// attestations name, and the transactions that built it.
type Published struct {
	attestation.Snapshot
	BlockHash common.Hash
	Txs       []eigenlayer.Tx
}

// Ref is the snapshot reference the derivation hook resolves.
func (p Published) Ref() derivation.SnapshotRef {
	return derivation.SnapshotRef{BlockHash: p.BlockHash, Snapshot: p.Snapshot}
}

// Members returns the current members of the AVS's operator sets as the publisher
// wants them: sets in ascending id order, each set's members by ascending address.
func (a *AVS) Members(ctx context.Context) ([]uint32, [][]common.Address, error) {
	opts := &bind.CallOpts{Context: ctx}
	ids, err := a.Registrar.OperatorSetIds(opts)
	if err != nil {
		return nil, nil, fmt.Errorf("avs: operator sets: %w", err)
	}
	members := make([][]common.Address, len(ids))
	for i, id := range ids {
		m, err := a.Core.AllocationManager.GetMembers(opts, eigenlayerSet(a.Addresses.Registrar, id))
		if err != nil {
			return nil, nil, fmt.Errorf("avs: members of set %d: %w", id, err)
		}
		slices.SortFunc(m, func(x, y common.Address) int { return x.Cmp(y) })
		members[i] = m
	}
	return ids, members, nil
}

// Publish builds and seals a snapshot of the AVS's operator sets as they are now: in
// one transaction (publish) when all members fit one page, otherwise begin, one page
// transaction per block of at most pageSize members (0: DefaultPageSize), and seal.
// Anyone may publish; the content is fixed by L1 state.
func (a *AVS) Publish(ctx context.Context, from *eigenlayer.Account, pageSize int) (Published, error) {
	if pageSize <= 0 {
		pageSize = DefaultPageSize
	}
	_, members, err := a.Members(ctx)
	if err != nil {
		return Published{}, err
	}
	all := slices.Concat(members...)
	var p Published
	send := func(label string, f func(*bind.TransactOpts) (*types.Transaction, error)) (eigenlayer.Tx, error) {
		tx, err := a.transact(ctx, from, label, f)
		if err == nil {
			p.Txs = append(p.Txs, tx)
		}
		return tx, err
	}
	var last eigenlayer.Tx
	if len(all) <= pageSize {
		if last, err = send("ParleyTablePublisher.publish", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return a.Publisher.Publish(o, all)
		}); err != nil {
			return p, err
		}
	} else {
		if _, err := send("ParleyTablePublisher.begin", a.Publisher.Begin); err != nil {
			return p, err
		}
		for i := 0; i < len(all); i += pageSize {
			page := all[i:min(i+pageSize, len(all))]
			if _, err := send(fmt.Sprintf("ParleyTablePublisher.page(%d..%d)", i, i+len(page)-1), func(o *bind.TransactOpts) (*types.Transaction, error) {
				return a.Publisher.Page(o, page)
			}); err != nil {
				return p, err
			}
		}
		if last, err = send("ParleyTablePublisher.seal", a.Publisher.Seal); err != nil {
			return p, err
		}
	}
	r := last.Receipt
	root, err := a.Publisher.SnapshotRoot(&bind.CallOpts{Context: ctx}, r.BlockNumber.Uint64())
	if err != nil {
		return p, fmt.Errorf("avs: snapshot root: %w", err)
	}
	if root == ([32]byte{}) {
		return p, errors.New("avs: the seal left no snapshot root")
	}
	p.Snapshot = attestation.Snapshot{Block: r.BlockNumber.Uint64(), Root: root}
	p.BlockHash = r.BlockHash
	return p, nil
}

// Table reads a published snapshot back from L1 with the derivation hook's own
// resolver: the seal's and pages' receipts by block hash, decoded and checked against
// the root. It is what every destination will verify certificates against.
func (a *AVS) Table(ctx context.Context, l1 ReceiptsClient, p derivation.SnapshotRef) (*optable.Table, error) {
	r := derivation.NewResolver(a.ID(), a.Addresses.Publisher, -1)
	t, invalid, _, err := r.Resolve(ctx, L1Receipts{Client: l1}, p)
	if err != nil {
		return nil, err
	}
	if invalid != nil {
		return nil, invalid
	}
	return t, nil
}
