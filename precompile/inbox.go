package precompile

import (
	"encoding/binary"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/message"
	"github.com/parley-xyz/parley/interop/msgtree"
	"github.com/parley-xyz/parley/precompile/bindings"
)

// Identifier is the ABI form of IParleyInbox's Identifier struct, as generated from
// the Solidity interface.
type Identifier = bindings.Identifier

// Range is a certified block range of a source chain.
type Range struct {
	FromBlock     uint64
	ToBlock       uint64
	LastBlockHash common.Hash
	MessageRoot   common.Hash
}

// Inbox is the precompile's logic: one plain Go method per Solidity function, running
// against an Environment. Dispatch, call rules, argument decoding and result encoding
// live in Run; gas and storage pricing in the meter.
type Inbox struct {
	cfg *Config
	env Environment
	m   meter
}

// NewInbox returns the inbox of cfg running in env. Its writes and logs are staged
// until Commit.
func NewInbox(cfg *Config, env Environment) *Inbox {
	return &Inbox{cfg: cfg, env: env, m: newMeter(env)}
}

// Commit applies the staged writes and logs of the methods called so far.
func (in *Inbox) Commit() { in.m.commit() }

// Revert is a Solidity custom error of IParleyInbox returned by a method.
type Revert struct {
	Name string
	Args []any
}

func (r *Revert) Error() string { return "precompile: reverted: " + r.Name }

func revert(name string, args ...any) *Revert { return &Revert{Name: name, Args: args} }

func u64(v *big.Int) (uint64, bool) {
	if v == nil || v.Sign() < 0 || !v.IsUint64() {
		return 0, false
	}
	return v.Uint64(), true
}

// toMessage converts an ABI identifier to Parley's, rejecting fields wider than Parley
// supports.
func toMessage(id Identifier, msgHash common.Hash) (message.Message, error) {
	bn, ok1 := u64(id.BlockNumber)
	li, ok2 := u64(id.LogIndex)
	ts, ok3 := u64(id.Timestamp)
	ch, ok4 := u64(id.ChainId)
	if !ok1 || !ok2 || !ok3 || !ok4 || li > uint64(^uint32(0)) {
		return message.Message{}, revert("IdentifierOutOfRange")
	}
	return message.Message{
		ID:          message.Identifier{Origin: id.Origin, BlockNumber: bn, LogIndex: uint32(li), Timestamp: ts, ChainID: ch},
		PayloadHash: msgHash,
	}, nil
}

// checkMessage is validateMessage's check: the proof names a certified range of the
// message's chain that covers its block, and proves the message in that range's root.
// It returns the message's checksum.
func (in *Inbox) checkMessage(msg *message.Message, proof []byte) (common.Hash, error) {
	if len(proof) < 8 {
		return common.Hash{}, revert("InvalidProof")
	}
	from := binary.BigEndian.Uint64(proof[:8])
	merkle := proof[8:]
	hashes := msgtree.Hashes(len(merkle))
	if hashes < 0 {
		return common.Hash{}, revert("InvalidProof")
	}
	// logHash (52 bytes), idLogHash and checksum (64 each), leaf (33), then one node
	// (65) per sibling and the root (41).
	gas := keccakGas(52) + 2*keccakGas(64) + keccakGas(33) + uint64(hashes-1)*keccakGas(65) + keccakGas(41)
	if err := in.m.use(gas); err != nil {
		return common.Hash{}, err
	}
	h := getHasher()
	defer putHasher(h)
	r, ok, err := in.rangeAt(h.slot(tagRange, msg.ID.ChainID, from), from, false)
	if err != nil {
		return common.Hash{}, err
	}
	if !ok {
		return common.Hash{}, revert("RangeNotCertified", new(big.Int).SetUint64(msg.ID.ChainID), from)
	}
	if msg.ID.BlockNumber < r.FromBlock || msg.ID.BlockNumber > r.ToBlock {
		return common.Hash{}, revert("BlockOutsideRange", msg.ID.BlockNumber, r.FromBlock, r.ToBlock)
	}
	sum := h.checksum(msg)
	if root, ok := h.rootFromProof(h.leaf(sum), merkle); !ok || root != r.MessageRoot {
		return common.Hash{}, revert("InvalidProof")
	}
	return sum, nil
}

// ValidateMessage reverts unless the message is certified, emits ExecutingMessage, and
// returns the message's checksum.
func (in *Inbox) ValidateMessage(id Identifier, msgHash common.Hash, proof []byte) (common.Hash, error) {
	msg, err := toMessage(id, msgHash)
	if err != nil {
		return common.Hash{}, err
	}
	return in.validateMessage(&msg, proof)
}

// validateMessage is ValidateMessage for an identifier already in range.
func (in *Inbox) validateMessage(msg *message.Message, proof []byte) (common.Hash, error) {
	sum, err := in.checkMessage(msg, proof)
	if err != nil {
		return common.Hash{}, err
	}
	if err := in.m.use(logGas(2, identifierSize)); err != nil {
		return common.Hash{}, err
	}
	// The topics and the data go to the environment, which keeps them: one
	// allocation holds both.
	l := new(executingMessageLog)
	l.topics = [2]common.Hash{executingMessageTopic, msg.PayloadHash}
	encodeIdentifierTo(&l.data, &msg.ID)
	in.m.addLog(l.topics[:], l.data[:])
	return sum, nil
}

// executingMessageTopic is the ExecutingMessage event's id.
var executingMessageTopic = ABI.Events["ExecutingMessage"].ID

// identifierSize is the size of abi.encode(Identifier): five static words.
const identifierSize = 5 * 32

// executingMessageLog is an ExecutingMessage log's topics and data.
type executingMessageLog struct {
	topics [2]common.Hash
	data   [identifierSize]byte
}

// encodeIdentifier is abi.encode(Identifier) for a validated identifier: five static
// words. It is on the hot path, so it is written out rather than reflected (a test
// pins it to the ABI encoder).
func encodeIdentifier(id message.Identifier) []byte {
	out := new([identifierSize]byte)
	encodeIdentifierTo(out, &id)
	return out[:]
}

// encodeIdentifierTo writes abi.encode(id) to out, which must be zero.
func encodeIdentifierTo(out *[identifierSize]byte, id *message.Identifier) {
	copy(out[12:32], id.Origin[:])
	binary.BigEndian.PutUint64(out[56:64], id.BlockNumber)
	binary.BigEndian.PutUint64(out[88:96], uint64(id.LogIndex))
	binary.BigEndian.PutUint64(out[120:128], id.Timestamp)
	binary.BigEndian.PutUint64(out[152:160], id.ChainID)
}

// IsValidMessage is ValidateMessage's check without the event.
func (in *Inbox) IsValidMessage(id Identifier, msgHash common.Hash, proof []byte) (bool, error) {
	msg, err := toMessage(id, msgHash)
	if err != nil {
		return false, nil // an identifier out of range is not a valid message
	}
	return in.isValidMessage(&msg, proof)
}

// isValidMessage is IsValidMessage for an identifier already in range.
func (in *Inbox) isValidMessage(msg *message.Message, proof []byte) (bool, error) {
	_, err := in.checkMessage(msg, proof)
	if _, isRevert := err.(*Revert); isRevert {
		return false, nil
	}
	return err == nil, err
}

// rangeRecord reads the range of chain starting at from; with full it also reads the
// last block hash.
func (in *Inbox) rangeRecord(chain, from uint64, full bool) (Range, bool, error) {
	return in.rangeAt(slot(tagRange, chain, from), from, full)
}

// rangeAt is rangeRecord given the record's slot, base = slot(tagRange, chain, from).
func (in *Inbox) rangeAt(base common.Hash, from uint64, full bool) (Range, bool, error) {
	w, err := in.m.load(base)
	if err != nil || w[23] != 1 { // bit 64: exists
		return Range{}, false, err
	}
	r := Range{FromBlock: from, ToBlock: getU64(w, 0)}
	if r.MessageRoot, err = in.m.load(plus(base, 1)); err != nil {
		return Range{}, false, err
	}
	if full {
		if r.LastBlockHash, err = in.m.load(plus(base, 2)); err != nil {
			return Range{}, false, err
		}
	}
	return r, true, nil
}

// chainState reads (rangeCount, lastToBlock) of a chain.
func (in *Inbox) chainState(chain uint64) (count, lastTo uint64, err error) {
	w, err := in.m.load(slot(tagChain, chain))
	return getU64(w, 0), getU64(w, 64), err
}

// CertifiedRange returns the certified range of a chain covering a block (the zero
// Range if none), by binary search over the chain's contiguous ranges.
func (in *Inbox) CertifiedRange(chainID *big.Int, block uint64) (Range, error) {
	chain, ok := u64(chainID)
	if !ok {
		return Range{}, nil
	}
	count, lastTo, err := in.chainState(chain)
	if err != nil || count == 0 || block > lastTo {
		return Range{}, err
	}
	// Find the last range whose fromBlock <= block.
	lo, hi := uint64(0), count // invariant: answer in [lo, hi)
	var from uint64
	found := false
	for lo < hi {
		mid := lo + (hi-lo)/2
		w, err := in.m.load(slot(tagRangeAt, chain, mid))
		if err != nil {
			return Range{}, err
		}
		if f := getU64(w, 0); f <= block {
			from, found, lo = f, true, mid+1
		} else {
			hi = mid
		}
	}
	if !found {
		return Range{}, nil
	}
	r, ok, err := in.rangeRecord(chain, from, true)
	if err != nil || !ok || block > r.ToBlock {
		return Range{}, err
	}
	return r, nil
}

// LatestCertifiedBlock returns the last block of the chain's latest certified range.
func (in *Inbox) LatestCertifiedBlock(chainID *big.Int) (uint64, bool, error) {
	chain, ok := u64(chainID)
	if !ok {
		return 0, false, nil
	}
	count, lastTo, err := in.chainState(chain)
	return lastTo, count > 0, err
}

// RecordRange records a certified range. Ranges of a chain must be contiguous: after
// the first, each starts right after the previous one ends.
func (in *Inbox) RecordRange(chainID *big.Int, from, to uint64, lastBlockHash, messageRoot common.Hash) error {
	chain, ok := u64(chainID)
	if !ok {
		return revert("IdentifierOutOfRange")
	}
	if from > to {
		return revert("EmptyRange")
	}
	count, lastTo, err := in.chainState(chain)
	if err != nil {
		return err
	}
	if count > 0 && (lastTo == ^uint64(0) || from != lastTo+1) {
		return revert("NonContiguousRange", chainID, lastTo+1, from)
	}
	if err := in.m.touch(); err != nil {
		return err
	}
	base := slot(tagRange, chain, from)
	var head common.Hash
	head[23] = 1
	putU64(&head, 0, to)
	var at, cs common.Hash
	putU64(&at, 0, from)
	putU64(&cs, 0, count+1)
	putU64(&cs, 64, to)
	// The range's record and index entry are new: from is after every recorded
	// range of the chain, and count is the next index.
	for _, w := range []struct{ k, v common.Hash }{
		{base, head}, {plus(base, 1), messageRoot}, {plus(base, 2), lastBlockHash},
		{slot(tagRangeAt, chain, count), at},
	} {
		if err := in.m.storeNew(w.k, w.v); err != nil {
			return err
		}
	}
	if err := in.m.store(slot(tagChain, chain), cs); err != nil {
		return err
	}
	ev := ABI.Events["RangeCertified"]
	data, err := ev.Inputs.NonIndexed().Pack(from, to, lastBlockHash, messageRoot)
	if err != nil {
		return revert("InvalidInput")
	}
	if err := in.m.use(logGas(2, len(data))); err != nil {
		return err
	}
	in.m.addLog([]common.Hash{ev.ID, common.BigToHash(new(big.Int).SetUint64(chain))}, data)
	return nil
}
