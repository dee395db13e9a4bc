// Package prove builds, for applications and the relayer, the arguments of the inbox
// precompile's validateMessage(Identifier id, bytes32 payloadHash, bytes proof) for any
// log of a source chain, from what a destination rollup's inbox certified.
//
// A proof is built in this order, each step with its own answer:
//
//  1. Find the certified range covering the log's block: certifiedRange(chainId, block)
//     on the destination's inbox. None: the block is not certified yet
//     (NotCertifiedError, naming the latest certified block), or it never will be
//     because it precedes the chain's first certified range (ErrNeverCertified).
//  2. Read exactly that range from the source chain (node/source: every log of the
//     range as a message, the hash of its last block, the commitment).
//  3. Check the range read against the certified one: same last block hash and same
//     message root. Otherwise the source node disagrees with what the AVS certified
//     (MismatchError): a faulty or reorged node, or a faulty certificate; no proof from
//     this node can validate.
//  4. Find the log in the range (ErrNoLog: no log at that block and index) and return
//     its identifier, payload hash and proof, be64(range's first block) || msgtree
//     proof, checked against the certified root before it is returned.
//
// Caches never change a result: a source range is cached only after it matched the
// certified range, under that range's every field, so a cached range is returned only
// for the same certified range.
package prove

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/parley-xyz/parley/interop/message"
	"github.com/parley-xyz/parley/interop/msgtree"
	"github.com/parley-xyz/parley/node/source"
	"github.com/parley-xyz/parley/precompile"
	"github.com/parley-xyz/parley/precompile/bindings"
)

// Errors. NotCertifiedError matches ErrNotCertified and MismatchError ErrMismatch.
var (
	ErrNotCertified   = errors.New("prove: not certified on the destination yet")
	ErrNeverCertified = errors.New("prove: before the destination's first certified range of the chain")
	ErrMismatch       = errors.New("prove: the source node disagrees with the certified range")
	ErrNoLog          = errors.New("prove: no such log")
)

// NotCertifiedError says that a block is not certified on the destination yet, and
// what is.
type NotCertifiedError struct {
	ChainID, Block uint64
	// Latest is the chain's latest certified block, if Any range is certified.
	Latest uint64
	Any    bool
}

func (e *NotCertifiedError) Error() string {
	if !e.Any {
		return fmt.Sprintf("block %d of chain %d is not certified on the destination yet; no block of chain %d is certified there yet",
			e.Block, e.ChainID, e.ChainID)
	}
	return fmt.Sprintf("block %d of chain %d is not certified on the destination yet; latest certified block %d", e.Block, e.ChainID, e.Latest)
}

// Is makes the error match ErrNotCertified.
func (e *NotCertifiedError) Is(target error) bool { return target == ErrNotCertified }

// MismatchError says that the source node's blocks of a certified range are not the
// ones certified.
type MismatchError struct {
	ChainID   uint64
	Certified precompile.Range
	// LastBlockHash and MessageRoot are what the source node has.
	LastBlockHash, MessageRoot common.Hash
}

func (e *MismatchError) Error() string {
	c := e.Certified
	return fmt.Sprintf("the source node disagrees with what was certified: blocks %d..%d of chain %d have last block %s and message root %s on the node, "+
		"the destination certified last block %s and message root %s", c.FromBlock, c.ToBlock, e.ChainID, e.LastBlockHash, e.MessageRoot, c.LastBlockHash, c.MessageRoot)
}

// Is makes the error match ErrMismatch.
func (e *MismatchError) Is(target error) bool { return target == ErrMismatch }

// Certifier is what a Prover reads of the destination's inbox (Inbox implements it).
type Certifier interface {
	// CertifiedRange returns the certified range of a chain covering a block (the zero
	// Range if none).
	CertifiedRange(ctx context.Context, chainID, block uint64) (precompile.Range, error)
	// LatestCertifiedBlock returns the last block of the chain's latest certified
	// range, and whether any is certified.
	LatestCertifiedBlock(ctx context.Context, chainID uint64) (uint64, bool, error)
}

// Source is what a Prover reads of the source chain (*source.Source implements it).
type Source interface {
	ChainID() uint64
	Range(ctx context.Context, from, to uint64) (*source.Range, error)
}

// Proof is what validateMessage takes for one message, and where it comes from.
type Proof struct {
	// Identifier, PayloadHash and Proof are validateMessage's arguments.
	Identifier  message.Identifier `json:"identifier"`
	PayloadHash common.Hash        `json:"payloadHash"`
	Proof       hexutil.Bytes      `json:"proof"`
	// Payload is the log's topics || data (ParleyMessenger.relayMessage's sentMessage):
	// keccak256(Payload) = PayloadHash.
	Payload hexutil.Bytes `json:"payload"`
	// Checksum is the message's OP interop checksum (what validateMessage returns).
	Checksum common.Hash `json:"checksum"`
	// Range is the certified range holding the message.
	Range Range `json:"range"`
	// Log is the source log.
	Log types.Log `json:"log"`
}

// Range is a certified range of a source chain.
type Range struct {
	FromBlock     uint64      `json:"fromBlock"`
	ToBlock       uint64      `json:"toBlock"`
	LastBlockHash common.Hash `json:"lastBlockHash"`
	MessageRoot   common.Hash `json:"messageRoot"`
}

// BindingID returns the identifier as the Solidity bindings take it.
func (p *Proof) BindingID() bindings.Identifier { return BindingID(p.Identifier) }

// BindingID converts an identifier to the Solidity bindings' struct.
func BindingID(id message.Identifier) bindings.Identifier {
	return bindings.Identifier{
		Origin:      id.Origin,
		BlockNumber: new(big.Int).SetUint64(id.BlockNumber),
		LogIndex:    new(big.Int).SetUint64(uint64(id.LogIndex)),
		Timestamp:   new(big.Int).SetUint64(id.Timestamp),
		ChainId:     new(big.Int).SetUint64(id.ChainID),
	}
}

// cacheSize is how many verified source ranges a Prover keeps.
const cacheSize = 16

// Prover builds proofs of one source chain's messages against one destination.
type Prover struct {
	src   Source
	inbox Certifier
	cache *lru.Cache[precompile.Range, *source.Range]
}

// New returns a prover of src's messages against the destination inbox.
func New(src Source, inbox Certifier) *Prover {
	c, err := lru.New[precompile.Range, *source.Range](cacheSize)
	if err != nil {
		panic(err) // only for a size <= 0
	}
	return &Prover{src: src, inbox: inbox, cache: c}
}

// ChainID returns the source chain's id.
func (p *Prover) ChainID() uint64 { return p.src.ChainID() }

// Prove returns the proof of the log at (block, logIndex) of the source chain, logIndex
// being its index in the block (as receipts and identifiers count).
func (p *Prover) Prove(ctx context.Context, block uint64, logIndex uint) (*Proof, error) {
	chain := p.src.ChainID()
	c, err := p.Certified(ctx, block)
	if err != nil {
		return nil, err
	}
	r, err := p.read(ctx, c)
	if err != nil {
		return nil, err
	}
	i, ok := r.Index(block, logIndex)
	if !ok {
		return nil, fmt.Errorf("%w: block %d of chain %d has no log %d", ErrNoLog, block, chain, logIndex)
	}
	proof, err := r.Proof(i)
	if err != nil {
		return nil, err
	}
	m := r.Messages[i]
	// The proof must lead to the certified root: it is what validateMessage checks.
	if err := msgtree.Verify(c.MessageRoot, m, proof[8:]); err != nil {
		return nil, fmt.Errorf("prove: proof of %s does not verify against the certified root: %w", m.ID, err)
	}
	lg := r.Logs[i]
	return &Proof{
		Identifier: m.ID, PayloadHash: m.PayloadHash, Proof: proof,
		Payload: message.Payload(lg.Topics, lg.Data), Checksum: m.Checksum(),
		Range: Range{FromBlock: c.FromBlock, ToBlock: c.ToBlock, LastBlockHash: c.LastBlockHash, MessageRoot: c.MessageRoot},
		Log:   lg,
	}, nil
}

// Certified returns the certified range covering a block of the source chain on the
// destination, or why there is none (NotCertifiedError, ErrNeverCertified).
func (p *Prover) Certified(ctx context.Context, block uint64) (precompile.Range, error) {
	chain := p.src.ChainID()
	c, err := p.inbox.CertifiedRange(ctx, chain, block)
	if err != nil {
		return precompile.Range{}, fmt.Errorf("prove: destination inbox: certifiedRange(%d, %d): %w", chain, block, err)
	}
	if c != (precompile.Range{}) {
		if block < c.FromBlock || block > c.ToBlock {
			return precompile.Range{}, fmt.Errorf("prove: destination inbox answered range %d..%d for block %d", c.FromBlock, c.ToBlock, block)
		}
		return c, nil
	}
	latest, some, err := p.inbox.LatestCertifiedBlock(ctx, chain)
	if err != nil {
		return precompile.Range{}, fmt.Errorf("prove: destination inbox: latestCertifiedBlock(%d): %w", chain, err)
	}
	if some && latest >= block {
		// Certified ranges are contiguous: a block at or before the latest one that no
		// range covers precedes the first.
		return precompile.Range{}, fmt.Errorf("%w: block %d of chain %d will never be certified on this destination (latest certified block %d)",
			ErrNeverCertified, block, chain, latest)
	}
	return precompile.Range{}, &NotCertifiedError{ChainID: chain, Block: block, Latest: latest, Any: some}
}

// read reads the certified range c from the source and checks it is the one certified.
func (p *Prover) read(ctx context.Context, c precompile.Range) (*source.Range, error) {
	if r, ok := p.cache.Get(c); ok {
		return r, nil
	}
	chain := p.src.ChainID()
	r, err := p.src.Range(ctx, c.FromBlock, c.ToBlock)
	if err != nil {
		return nil, fmt.Errorf("prove: reading certified range %d..%d of chain %d from the source: %w", c.FromBlock, c.ToBlock, chain, err)
	}
	if r.LastBlockHash != c.LastBlockHash || r.Root() != c.MessageRoot {
		return nil, &MismatchError{ChainID: chain, Certified: c, LastBlockHash: r.LastBlockHash, MessageRoot: r.Root()}
	}
	p.cache.Add(c, r)
	return r, nil
}

// Receipts is what TxLog needs of a source node (*ethclient.Client is one).
type Receipts interface {
	TransactionReceipt(ctx context.Context, tx common.Hash) (*types.Receipt, error)
}

// TxLog returns a log of a transaction: the one at index logIndex of its block, or,
// for a negative logIndex, its only log for which match is true (any log if match is
// nil).
func TxLog(ctx context.Context, client Receipts, tx common.Hash, logIndex int, match func(*types.Log) bool) (*types.Log, error) {
	rc, err := client.TransactionReceipt(ctx, tx)
	if errors.Is(err, ethereum.NotFound) {
		return nil, fmt.Errorf("prove: transaction %s not found on the source (not mined yet, or another chain?)", tx)
	}
	if err != nil {
		return nil, fmt.Errorf("prove: receipt of %s: %w", tx, err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("%w: transaction %s failed and has no logs", ErrNoLog, tx)
	}
	var found []*types.Log
	var indices []uint
	for _, l := range rc.Logs {
		indices = append(indices, l.Index)
		if logIndex >= 0 && l.Index == uint(logIndex) || logIndex < 0 && (match == nil || match(l)) {
			found = append(found, l)
		}
	}
	switch {
	case len(found) == 1:
		return found[0], nil
	case logIndex >= 0:
		return nil, fmt.Errorf("%w: transaction %s has no log %d (its logs: %v)", ErrNoLog, tx, logIndex, indices)
	case len(found) == 0:
		return nil, fmt.Errorf("%w: transaction %s has no matching log (its logs: %v)", ErrNoLog, tx, indices)
	default:
		return nil, fmt.Errorf("%w: transaction %s has %d matching logs: choose one by its index (its logs: %v)", ErrNoLog, tx, len(found), indices)
	}
}

// ProveTx returns the proof of a transaction's log, chosen as TxLog does. The
// transaction's block must still be the one in the range read (ErrMismatch otherwise:
// the transaction was reorged).
func (p *Prover) ProveTx(ctx context.Context, client Receipts, tx common.Hash, logIndex int, match func(*types.Log) bool) (*Proof, error) {
	l, err := TxLog(ctx, client, tx, logIndex, match)
	if err != nil {
		return nil, err
	}
	pr, err := p.Prove(ctx, l.BlockNumber, l.Index)
	if err != nil {
		return nil, err
	}
	if pr.Log.BlockHash != l.BlockHash || pr.Log.TxHash != l.TxHash {
		return nil, fmt.Errorf("%w: the receipt of %s names block %s, the certified chain has %s at block %d log %d (tx %s)",
			ErrMismatch, tx, l.BlockHash, pr.Log.BlockHash, l.BlockNumber, l.Index, pr.Log.TxHash)
	}
	return pr, nil
}
