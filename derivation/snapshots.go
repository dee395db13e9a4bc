package derivation

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/parley-xyz/parley/interop/abiword"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/optable"
)

// ErrSnapshot is wrapped by every reason a named snapshot cannot be used: it is not
// where the inbox said, or the publisher's logs do not make a valid table (SPEC §9.1).
var ErrSnapshot = errors.New("derivation: snapshot unusable")

// SnapshotRef is how a certificate names its snapshot on a destination: the hash of the
// L1 block it was sealed in (from the inbox's log), that block's number and the
// snapshot's root (from the attestation).
type SnapshotRef struct {
	BlockHash common.Hash
	attestation.Snapshot
}

// Resolver finds the operator-table snapshots certificates name, from L1 data fetched by
// block hash (SPEC §9.1), and keeps the most recently used ones. A resolved table — or
// the reason a snapshot is invalid — is a pure function of (block hash, root): block
// hashes fix the receipts, and through the seal's page-block hashes every page. So the
// cache is keyed by content and can only save work; fetch failures are never cached.
// A Resolver is safe for concurrent use.
type Resolver struct {
	avs       attestation.AVS
	publisher common.Address
	cache     *lru.Cache[SnapshotRef, resolved] // nil: no cache
	hits      atomic.Uint64
	misses    atomic.Uint64
}

// resolved is a cached outcome: a table, or why the snapshot is invalid.
type resolved struct {
	table *optable.Table
	err   error
}

// DefaultSnapshotCacheSize is how many snapshots a Resolver keeps by default: more than
// the MaxSnapshotsPerBlock one block can name, so that the snapshots in use across a
// window stay resolved while new ones are published.
const DefaultSnapshotCacheSize = 8

// NewResolver returns a resolver for the AVS's snapshots published by the table
// publisher at publisher, keeping size of them (0: DefaultSnapshotCacheSize; negative:
// none).
func NewResolver(avs attestation.AVS, publisher common.Address, size int) *Resolver {
	r := &Resolver{avs: avs, publisher: publisher}
	if size == 0 {
		size = DefaultSnapshotCacheSize
	}
	if size > 0 {
		r.cache, _ = lru.New[SnapshotRef, resolved](size)
	}
	return r
}

// Stats returns how many resolutions were served from the cache and how many fetched.
func (r *Resolver) Stats() (hits, misses uint64) { return r.hits.Load(), r.misses.Load() }

// Resolve returns the table ref names. A non-nil table means valid; otherwise invalid
// (an error wrapping ErrSnapshot, the same every time) or, with fetchErr, L1 data could
// not be fetched (retry). fetched is the number of L1 blocks whose receipts it fetched.
func (r *Resolver) Resolve(ctx context.Context, l1 L1, ref SnapshotRef) (t *optable.Table, invalid error, fetched int, fetchErr error) {
	if r.cache != nil {
		if v, ok := r.cache.Get(ref); ok {
			r.hits.Add(1)
			return v.table, v.err, 0, nil
		}
	}
	r.misses.Add(1)
	t, invalid, fetched, fetchErr = r.resolve(ctx, l1, ref)
	if fetchErr != nil {
		return nil, nil, fetched, fetchErr
	}
	if r.cache != nil {
		r.cache.Add(ref, resolved{table: t, err: invalid})
	}
	return t, invalid, fetched, nil
}

// fetch returns the successful receipts of L1 block hash, which must be block number.
func fetch(ctx context.Context, l1 L1, hash common.Hash, number uint64) (types.Receipts, error, error) {
	info, receipts, err := l1.FetchReceipts(ctx, hash)
	if err != nil {
		return nil, nil, fmt.Errorf("derivation: fetching receipts of L1 block %s: %w", hash, err)
	}
	if info == nil || info.Hash() != hash {
		return nil, nil, fmt.Errorf("derivation: L1 returned another block for %s", hash)
	}
	if info.NumberU64() != number {
		return nil, fmt.Errorf("%w: L1 block %s is number %d, not %d", ErrSnapshot, hash, info.NumberU64(), number), nil
	}
	return receipts, nil, nil
}

func (r *Resolver) resolve(ctx context.Context, l1 L1, ref SnapshotRef) (*optable.Table, error, int, error) {
	if l1 == nil {
		return nil, nil, 0, errors.New("derivation: op-node provided no L1 fetcher")
	}
	receipts, invalid, err := fetch(ctx, l1, ref.BlockHash, ref.Block)
	fetched := 1
	if err != nil || invalid != nil {
		return nil, invalid, fetched, err
	}
	// The seal: the first publisher log with SnapshotSealed's id that decodes with this
	// root. The pages in the seal block itself are those before it.
	var seal *optable.Seal
	var ownPages []*types.Log
	forEachLog(receipts, r.publisher, func(lg *types.Log) bool {
		if len(lg.Topics) == 0 {
			return true
		}
		switch lg.Topics[0] {
		case optable.SnapshotPageID:
			ownPages = append(ownPages, lg)
		case optable.SnapshotSealedID:
			if s, err := optable.ParseSealLog(lg.Topics, lg.Data); err == nil && s.Root == ref.Root {
				seal = &s
				return false
			}
		}
		return true
	})
	if seal == nil {
		return nil, fmt.Errorf("%w: no seal with root %s in L1 block %d", ErrSnapshot, ref.Root, ref.Block), fetched, nil
	}
	var pages []optable.Page
	collect := func(lg *types.Log) error {
		if len(lg.Topics) != 2 || lg.Topics[0] != optable.SnapshotPageID {
			return nil
		}
		if start, ok := pageStart(lg); !ok || start != seal.StartBlock {
			return nil // another snapshot's page
		}
		p, err := optable.ParsePageLog(lg.Topics, lg.Data)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrSnapshot, err)
		}
		pages = append(pages, p)
		return nil
	}
	for _, pb := range seal.Pages {
		if pb.Number >= ref.Block {
			return nil, fmt.Errorf("%w: page block %d not before the seal block %d", ErrSnapshot, pb.Number, ref.Block), fetched, nil
		}
		rs, invalid, err := fetch(ctx, l1, pb.Hash, pb.Number)
		fetched++
		if err != nil || invalid != nil {
			return nil, invalid, fetched, err
		}
		var bad error
		forEachLog(rs, r.publisher, func(lg *types.Log) bool { bad = collect(lg); return bad == nil })
		if bad != nil {
			return nil, bad, fetched, nil
		}
	}
	for _, lg := range ownPages {
		if err := collect(lg); err != nil {
			return nil, err, fetched, nil
		}
	}
	t, err := optable.Assemble(r.avs, ref.Block, seal, pages)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSnapshot, err), fetched, nil
	}
	return t, nil, fetched, nil
}

// pageStart reads a page log's start-block topic.
func pageStart(lg *types.Log) (uint64, bool) { return abiword.Uint(lg.Topics[1][:], 64) }

// forEachLog calls f on every log of addr in successful receipts, in block order, until
// f returns false.
func forEachLog(receipts types.Receipts, addr common.Address, f func(*types.Log) bool) {
	for _, r := range receipts {
		if r == nil || r.Status != types.ReceiptStatusSuccessful {
			continue
		}
		for _, lg := range r.Logs {
			if lg != nil && lg.Address == addr && !f(lg) {
				return
			}
		}
	}
}
