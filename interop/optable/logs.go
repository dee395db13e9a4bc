package optable

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/abiword"
	"github.com/parley-xyz/parley/interop/attestation"
)

// The table publisher's events (node/avs/contracts/src/ParleyTablePublisher.sol), by
// their ids (topic 0). Their second topic is the snapshot's start block.
var (
	// SnapshotPageID is keccak256("SnapshotPage(uint64,uint32,bytes)").
	SnapshotPageID = crypto.Keccak256Hash([]byte("SnapshotPage(uint64,uint32,bytes)"))
	// SnapshotSealedID is keccak256("SnapshotSealed(uint64,bytes32,uint32,bytes,bytes)").
	SnapshotSealedID = crypto.Keccak256Hash([]byte("SnapshotSealed(uint64,bytes32,uint32,bytes,bytes)"))
)

// Sizes of the seal's packed records.
const (
	sealSetSize  = 4 + 4 + 32 // be32(id) || be32(count) || be256(totalWeight)
	sealPageSize = 8 + 32     // be64(number) || hash
)

// Log errors: each names one rule of SPEC §9.3.
var (
	ErrPageLog      = errors.New("optable: not a strictly encoded SnapshotPage log")
	ErrSealLog      = errors.New("optable: not a strictly encoded SnapshotSealed log")
	ErrSealSets     = errors.New("optable: seal's operator sets malformed")
	ErrSealPages    = errors.New("optable: seal's page blocks malformed")
	ErrSealMismatch = errors.New("optable: pages do not match their seal")
)

// Page is the content of one SnapshotPage log: consecutive entries of one operator set.
type Page struct {
	StartBlock uint64 // the snapshot's start block (topic 1)
	SetID      uint32
	Entries    []byte // whole 224-byte entries, at least one
}

// SealSet is one operator set as a seal summarises it.
type SealSet struct {
	ID          uint8
	Members     uint32
	TotalWeight uint256.Int
}

// PageBlock is an L1 block, before the seal's, holding pages of the snapshot.
type PageBlock struct {
	Number uint64
	Hash   common.Hash
}

// Seal is the content of a SnapshotSealed log.
type Seal struct {
	StartBlock uint64 // topic 1
	Root       common.Hash
	EntryCount uint32
	Sets       []SealSet   // strictly ascending ids, 1..MaxSets of them
	Pages      []PageBlock // strictly ascending numbers, at most MaxPageBlocks
}

// startBlock reads topic 1, a uint64 word.
func startBlock(topics []common.Hash, id common.Hash) (uint64, bool) {
	if len(topics) != 2 || topics[0] != id {
		return 0, false
	}
	return abiword.Uint(topics[1][:], 64)
}

// ParsePageLog strictly decodes a SnapshotPage log (its topics and data): topics
// [SnapshotPageID, startBlock], data abi.encode(uint32 operatorSetId, bytes entries)
// with 1..MaxEntries whole entries. It never panics.
func ParsePageLog(topics []common.Hash, data []byte) (Page, error) {
	start, ok := startBlock(topics, SnapshotPageID)
	if !ok {
		return Page{}, fmt.Errorf("%w: topics", ErrPageLog)
	}
	set, ok := abiword.Uint(abiword.Word(data, 0), 32)
	if !ok {
		return Page{}, fmt.Errorf("%w: operator-set id word", ErrPageLog)
	}
	entries, end, err := abiword.Bytes(data, 1, 2*abiword.Size, MaxEntries*EntrySize)
	if err == nil {
		err = abiword.End(data, end)
	}
	if err != nil {
		return Page{}, fmt.Errorf("%w: %w", ErrPageLog, err)
	}
	if len(entries) == 0 || len(entries)%EntrySize != 0 {
		return Page{}, fmt.Errorf("%w: %d entry bytes", ErrPageLog, len(entries))
	}
	return Page{StartBlock: start, SetID: uint32(set), Entries: entries}, nil
}

// ParseSealLog strictly decodes a SnapshotSealed log: topics [SnapshotSealedID,
// startBlock], data abi.encode(bytes32 root, uint32 entryCount, bytes sets, bytes
// pages) with §9.3's rules for the packed sets and pages. It never panics.
func ParseSealLog(topics []common.Hash, data []byte) (Seal, error) {
	var s Seal
	var ok bool
	if s.StartBlock, ok = startBlock(topics, SnapshotSealedID); !ok {
		return Seal{}, fmt.Errorf("%w: topics", ErrSealLog)
	}
	root := abiword.Word(data, 0)
	count, ok := abiword.Uint(abiword.Word(data, 1), 32)
	if root == nil || !ok || count > MaxEntries {
		return Seal{}, fmt.Errorf("%w: root or entry count", ErrSealLog)
	}
	s.Root, s.EntryCount = common.BytesToHash(root), uint32(count)
	sets, end, err := abiword.Bytes(data, 2, 4*abiword.Size, MaxSets*sealSetSize)
	if err != nil {
		return Seal{}, fmt.Errorf("%w: sets: %w", ErrSealLog, err)
	}
	pages, end, err := abiword.Bytes(data, 3, end, MaxPageBlocks*sealPageSize)
	if err == nil {
		err = abiword.End(data, end)
	}
	if err != nil {
		return Seal{}, fmt.Errorf("%w: pages: %w", ErrSealLog, err)
	}
	if len(sets) == 0 || len(sets)%sealSetSize != 0 {
		return Seal{}, fmt.Errorf("%w: %d bytes", ErrSealSets, len(sets))
	}
	for i := 0; i < len(sets); i += sealSetSize {
		id := binary.BigEndian.Uint32(sets[i:])
		if id >= MaxQuorums || (len(s.Sets) > 0 && uint8(id) <= s.Sets[len(s.Sets)-1].ID) {
			return Seal{}, fmt.Errorf("%w: set %d out of range or order", ErrSealSets, id)
		}
		ss := SealSet{ID: uint8(id), Members: binary.BigEndian.Uint32(sets[i+4:])}
		ss.TotalWeight.SetBytes(sets[i+8 : i+sealSetSize])
		s.Sets = append(s.Sets, ss)
	}
	if len(pages)%sealPageSize != 0 {
		return Seal{}, fmt.Errorf("%w: %d bytes", ErrSealPages, len(pages))
	}
	for i := 0; i < len(pages); i += sealPageSize {
		p := PageBlock{Number: binary.BigEndian.Uint64(pages[i:]), Hash: common.BytesToHash(pages[i+8 : i+sealPageSize])}
		if p.Number < s.StartBlock || (len(s.Pages) > 0 && p.Number <= s.Pages[len(s.Pages)-1].Number) {
			return Seal{}, fmt.Errorf("%w: block %d before the start or out of order", ErrSealPages, p.Number)
		}
		s.Pages = append(s.Pages, p)
	}
	return s, nil
}

// Assemble builds the table a seal commits to from its pages, in the order L1 emitted
// them (the page blocks in ascending order, then the seal block's pages before the
// seal), and checks it against the seal: every page belongs to this snapshot and one
// of its sets, entries decode and follow §5's order and limits with unique keys, each
// set's member count and total weight and the entry count are the seal's, and the root
// of the entries is the seal's root. block is the seal block's number.
func Assemble(avs attestation.AVS, block uint64, seal *Seal, pages []Page) (*Table, error) {
	if block < seal.StartBlock || block-seal.StartBlock > MaxBuildBlocks {
		return nil, fmt.Errorf("%w: sealed at %d, started at %d", ErrSealMismatch, block, seal.StartBlock)
	}
	n := 0
	for _, p := range pages {
		n += len(p.Entries) / EntrySize
	}
	if n != int(seal.EntryCount) || n > MaxEntries {
		return nil, fmt.Errorf("%w: %d entries in pages, seal says %d", ErrSealMismatch, n, seal.EntryCount)
	}
	setIDs := make([]uint8, len(seal.Sets))
	for i, s := range seal.Sets {
		setIDs[i] = s.ID
	}
	entries := make([]Entry, 0, n)
	for _, p := range pages {
		if p.StartBlock != seal.StartBlock {
			return nil, fmt.Errorf("%w: page of the snapshot started at %d", ErrSealMismatch, p.StartBlock)
		}
		for i := 0; i+EntrySize <= len(p.Entries); i += EntrySize {
			e, err := DecodeEntry(p.SetID, p.Entries[i:i+EntrySize])
			if err != nil {
				return nil, err
			}
			entries = append(entries, e)
		}
	}
	t, err := Build(avs, block, setIDs, entries)
	if err != nil {
		return nil, err
	}
	for i, s := range t.sets {
		if want := &seal.Sets[i]; uint32(s.Members) != want.Members || !s.TotalWeight.Eq(&want.TotalWeight) {
			return nil, fmt.Errorf("%w: set %d has %d members of weight %s, seal says %d of %s",
				ErrSealMismatch, s.ID, s.Members, s.TotalWeight.Dec(), want.Members, want.TotalWeight.Dec())
		}
	}
	if t.Root() != seal.Root {
		return nil, fmt.Errorf("%w: root %s, seal says %s", ErrSealMismatch, t.Root(), seal.Root)
	}
	return t, nil
}

// Pages splits the table's entries the way a publisher emits them: in snapshot order,
// pages of at most per entries (per >= 1), each of one operator set. StartBlock is left
// zero for the caller to set.
func (t *Table) Pages(per int) []Page {
	per = max(per, 1)
	var out []Page
	es := t.entries
	for i := 0; i < len(es); {
		j := i
		var b []byte
		for j < len(es) && j-i < per && es[j].SetID == es[i].SetID {
			enc := es[j].Encode()
			b = append(b, enc[:]...)
			j++
		}
		out = append(out, Page{SetID: uint32(es[i].SetID), Entries: b})
		i = j
	}
	return out
}
