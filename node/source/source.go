// Package source reads a source rollup the way Parley's daemons must agree on it: the
// head they may attest to (safe, or finalized), and for a block range its messages (every
// log, as OP interop identifies them), the hash of its last block and the message
// commitment an attestation names. The operator, the aggregator and the relayer all read
// ranges through this package, from their own endpoints, so an operator signs only what
// it computed itself and a relayer proves exactly what was certified.
//
// Reads are checked for consistency: every log must belong to the block the range's
// header walk returned at its number (no log from a block reorged out between two
// calls), and the logs of a block must be the block's, in index order.
package source

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/message"
	"github.com/parley-xyz/parley/interop/msgtree"
)

// Client is what a Source needs of a JSON-RPC client: go-ethereum's *ethclient.Client
// is one.
type Client interface {
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Head says which head of the source chain may be attested to.
type Head string

// Heads.
const (
	Safe      Head = "safe"
	Finalized Head = "finalized"
)

// MaxRangeBlocks bounds the blocks of one range this package reads.
const MaxRangeBlocks = 10_000

// ErrInconsistent is returned when the node's answers do not describe one chain (a reorg
// between two calls, or a faulty node); retry later.
var ErrInconsistent = errors.New("source: inconsistent chain data")

// Source is one source rollup, read over JSON-RPC.
type Source struct {
	client  Client
	chainID uint64
	head    Head
}

// New returns the source read through client, attesting to its head (Safe or
// Finalized); it asks the node for its chain id.
func New(ctx context.Context, client Client, head Head) (*Source, error) {
	if head != Safe && head != Finalized {
		return nil, fmt.Errorf("source: head %q is neither %q nor %q", head, Safe, Finalized)
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("source: chain id: %w", err)
	}
	if !id.IsUint64() {
		return nil, fmt.Errorf("source: chain id %s exceeds 64 bits", id)
	}
	return &Source{client: client, chainID: id.Uint64(), head: head}, nil
}

// ChainID returns the source chain's id.
func (s *Source) ChainID() uint64 { return s.chainID }

// Head returns the number of the source's safe (or finalized) head.
func (s *Source) Head(ctx context.Context) (uint64, error) {
	n := big.NewInt(int64(rpc.SafeBlockNumber))
	if s.head == Finalized {
		n = big.NewInt(int64(rpc.FinalizedBlockNumber))
	}
	h, err := s.client.HeaderByNumber(ctx, n)
	if err != nil {
		return 0, fmt.Errorf("source: %s head: %w", s.head, err)
	}
	return h.Number.Uint64(), nil
}

// Range is a block range of the source with its messages and commitment.
type Range struct {
	ChainID       uint64
	From, To      uint64
	LastBlockHash common.Hash
	Messages      []message.Message
	Tree          *msgtree.Tree
	// Logs are the messages' logs, in the same order.
	Logs []types.Log
}

// Root returns the range's message root.
func (r *Range) Root() common.Hash { return r.Tree.Root() }

// Attestation returns the attestation of the range by an AVS against a snapshot.
func (r *Range) Attestation(avs attestation.AVS, snapshot attestation.Snapshot) attestation.Attestation {
	return attestation.Attestation{AVS: avs, SourceChainID: r.ChainID, FromBlock: r.From, ToBlock: r.To,
		LastBlockHash: r.LastBlockHash, MessageRoot: r.Root(), Snapshot: snapshot}
}

// Index returns the position in the range of the message logged at (block, logIndex).
func (r *Range) Index(block uint64, logIndex uint) (int, bool) {
	return slices.BinarySearchFunc(r.Messages, message.Identifier{BlockNumber: block, LogIndex: uint32(logIndex)}, func(m message.Message, id message.Identifier) int {
		switch {
		case m.ID.BlockNumber != id.BlockNumber:
			return cmp.Compare(m.ID.BlockNumber, id.BlockNumber)
		default:
			return cmp.Compare(m.ID.LogIndex, id.LogIndex)
		}
	})
}

// Proof returns the inclusion proof of message i, as IParleyInbox.validateMessage takes
// it: be64(from) || msgtree proof.
func (r *Range) Proof(i int) ([]byte, error) {
	p, err := r.Tree.Proof(uint64(i))
	if err != nil {
		return nil, err
	}
	out := make([]byte, 8, 8+len(p))
	for k := 0; k < 8; k++ {
		out[k] = byte(r.From >> (56 - 8*k))
	}
	return append(out, p...), nil
}

// Range reads blocks from..to: every log as a message (with its block's timestamp), the
// hash of block to, and the commitment. It checks that every log belongs to the block at
// its number as the header reads returned it, and that block to's hash did not change
// while it read (ErrInconsistent otherwise: retry).
func (s *Source) Range(ctx context.Context, from, to uint64) (*Range, error) {
	if from > to || to-from >= MaxRangeBlocks {
		return nil, fmt.Errorf("source: range %d..%d is empty or longer than %d blocks", from, to, MaxRangeBlocks)
	}
	last, err := s.header(ctx, to)
	if err != nil {
		return nil, err
	}
	logs, err := s.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to)})
	if err != nil {
		return nil, fmt.Errorf("source: logs of %d..%d: %w", from, to, err)
	}
	slices.SortFunc(logs, func(a, b types.Log) int {
		if c := cmp.Compare(a.BlockNumber, b.BlockNumber); c != 0 {
			return c
		}
		return cmp.Compare(a.Index, b.Index)
	})
	headers := map[uint64]*types.Header{to: last}
	r := &Range{ChainID: s.chainID, From: from, To: to, LastBlockHash: last.Hash()}
	for i := range logs {
		lg := &logs[i]
		if lg.Removed || lg.BlockNumber < from || lg.BlockNumber > to {
			return nil, fmt.Errorf("%w: log %d of block %d outside %d..%d or removed", ErrInconsistent, lg.Index, lg.BlockNumber, from, to)
		}
		if i > 0 && logs[i-1].BlockNumber == lg.BlockNumber && logs[i-1].Index == lg.Index {
			return nil, fmt.Errorf("%w: log %d of block %d twice", ErrInconsistent, lg.Index, lg.BlockNumber)
		}
		h, ok := headers[lg.BlockNumber]
		if !ok {
			if h, err = s.header(ctx, lg.BlockNumber); err != nil {
				return nil, err
			}
			headers[lg.BlockNumber] = h
		}
		if lg.BlockHash != h.Hash() {
			return nil, fmt.Errorf("%w: log of block %d names block %s, the chain has %s", ErrInconsistent, lg.BlockNumber, lg.BlockHash, h.Hash())
		}
		m, err := message.FromLog(s.chainID, h.Time, lg)
		if err != nil {
			return nil, err
		}
		r.Messages = append(r.Messages, m)
	}
	r.Logs = logs
	// Block to must still be the one read first: the range is one chain.
	if again, err := s.header(ctx, to); err != nil {
		return nil, err
	} else if again.Hash() != r.LastBlockHash {
		return nil, fmt.Errorf("%w: block %d changed from %s to %s while reading", ErrInconsistent, to, r.LastBlockHash, again.Hash())
	}
	if r.Tree, err = msgtree.Commit(msgtree.Range{ChainID: s.chainID, From: from, To: to}, r.Messages); err != nil {
		return nil, err
	}
	return r, nil
}

// BlockHash returns the hash of the source's block n as the node has it now.
func (s *Source) BlockHash(ctx context.Context, n uint64) (common.Hash, error) {
	h, err := s.header(ctx, n)
	if err != nil {
		return common.Hash{}, err
	}
	return h.Hash(), nil
}

func (s *Source) header(ctx context.Context, n uint64) (*types.Header, error) {
	h, err := s.client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return nil, fmt.Errorf("source: header %d: %w", n, err)
	}
	if h.Number.Uint64() != n {
		return nil, fmt.Errorf("%w: asked for block %d, got %d", ErrInconsistent, n, h.Number.Uint64())
	}
	return h, nil
}
