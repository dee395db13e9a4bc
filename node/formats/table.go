package formats

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/optable"
)

// Errors of table documents. Errors of the snapshot rules themselves (entry order,
// operator sets, weights, duplicate keys) are optable's, returned wrapped.
var (
	// ErrTableRoot is returned when the stated root is not the root of the entries.
	ErrTableRoot = errors.New("formats: table root does not match its entries")
	// ErrTableSet is returned for an operator set that is out of range or whose stated
	// member count or total weight is not that of its entries.
	ErrTableSet = errors.New("formats: bad operator set")
	// ErrTableEntry is returned for an entry with a value out of range: its set, its
	// weight, its keys or its id.
	ErrTableEntry = errors.New("formats: bad entry")
)

// Table is the JSON form of an operator-table snapshot (SPEC §5): the AVS, the L1
// block the snapshot was sealed in, its root, its operator sets and its entries.
type Table struct {
	AVS   AVS         `json:"avs"`
	Block uint64      `json:"block"`
	Root  common.Hash `json:"root"`
	// Sets are the snapshot's operator sets, strictly ascending by id; a set may have
	// no members.
	Sets []Set `json:"sets"`
	// Entries are the members of the sets in snapshot order: by set id, then by
	// operator address strictly ascending.
	Entries []Entry `json:"entries"`
}

// Set is the JSON form of one operator set of a snapshot, as the table publisher's
// seal summarises it.
type Set struct {
	ID      int `json:"id"`
	Members int `json:"members"`
	// TotalWeight is the sum of the members' weights, a canonical decimal string.
	TotalWeight string `json:"totalWeight"`
}

// Entry is the JSON form of one member of one operator set.
type Entry struct {
	Set      int            `json:"set"`
	Operator common.Address `json:"operator"`
	// Weight is the member's weight in the set, a canonical decimal string of at most
	// 96 bits.
	Weight string `json:"weight"`
	// ID is the operator id of the key, keccak256(pubkeyG1.x || pubkeyG1.y). It is
	// optional on reading; when given it must match pubkeyG1.
	ID       *common.Hash `json:"id,omitempty"`
	PubkeyG1 G1           `json:"pubkeyG1"`
	PubkeyG2 G2           `json:"pubkeyG2"`
}

// TableOf returns the JSON form of t.
func TableOf(t *optable.Table) Table {
	ref := t.Snapshot()
	out := Table{
		AVS:     t.AVS(),
		Block:   ref.Block,
		Root:    ref.Root,
		Sets:    make([]Set, 0, len(t.Sets())),
		Entries: make([]Entry, 0, t.Len()),
	}
	for _, s := range t.Sets() {
		out.Sets = append(out.Sets, Set{ID: int(s.ID), Members: s.Members, TotalWeight: s.TotalWeight.Dec()})
	}
	for _, e := range t.Entries() {
		id := e.ID
		out.Entries = append(out.Entries, Entry{
			Set:      int(e.SetID),
			Operator: e.Operator,
			Weight:   e.Weight.Dec(),
			ID:       &id,
			PubkeyG1: G1Of(e.PubkeyG1),
			PubkeyG2: G2Of(e.PubkeyG2),
		})
	}
	return out
}

// MarshalTable returns the indented JSON form of t.
func MarshalTable(t *optable.Table) ([]byte, error) { return marshal(TableOf(t)) }

// UnmarshalTable strictly decodes a table document and rebuilds the table with
// optable.Build, as a destination builds it from the table publisher's logs: entries
// in snapshot order, keys decoded strictly, weights of at most 96 bits, key ids
// unique. The stated root must be the root of the entries (ErrTableRoot) and each
// set's stated member count and total weight those of its entries (ErrTableSet).
func UnmarshalTable(data []byte) (*optable.Table, error) {
	var tj Table
	if err := decodeStrict(data, &tj); err != nil {
		return nil, err
	}
	return tj.Table()
}

// Table rebuilds the library form; see UnmarshalTable.
func (tj *Table) Table() (*optable.Table, error) {
	// Bound the work before decoding any point; Build checks the same limits.
	if len(tj.Sets) > optable.MaxSets {
		return nil, fmt.Errorf("%w: %d operator sets, at most %d", optable.ErrTooManySets, len(tj.Sets), optable.MaxSets)
	}
	if len(tj.Entries) > optable.MaxEntries {
		return nil, fmt.Errorf("%w: %d entries, at most %d", optable.ErrTooManyEntries, len(tj.Entries), optable.MaxEntries)
	}
	ids := make([]uint8, len(tj.Sets))
	for i, s := range tj.Sets {
		if s.ID < 0 || s.ID >= optable.MaxQuorums {
			return nil, fmt.Errorf("%w %d: id out of range 0..%d", ErrTableSet, s.ID, optable.MaxQuorums-1)
		}
		ids[i] = uint8(s.ID)
	}
	entries := make([]optable.Entry, len(tj.Entries))
	for i := range tj.Entries {
		e, err := tj.Entries[i].entry()
		if err != nil {
			return nil, fmt.Errorf("%w %d (set %d, operator %s): %w", ErrTableEntry, i, tj.Entries[i].Set, tj.Entries[i].Operator, err)
		}
		entries[i] = e
	}
	t, err := optable.Build(tj.AVS, tj.Block, ids, entries)
	if err != nil {
		return nil, fmt.Errorf("formats: table: %w", err)
	}
	if t.Root() != tj.Root {
		return nil, fmt.Errorf("%w: stated %s, entries give %s", ErrTableRoot, tj.Root, t.Root())
	}
	for i, s := range t.Sets() {
		sj := &tj.Sets[i]
		if sj.Members != s.Members || sj.TotalWeight != s.TotalWeight.Dec() {
			return nil, fmt.Errorf("%w %d: stated %d members of weight %q, entries give %d of %s",
				ErrTableSet, s.ID, sj.Members, sj.TotalWeight, s.Members, s.TotalWeight.Dec())
		}
	}
	return t, nil
}

// entry converts one entry to the library form, checking each value's range. Build
// checks the rest (order, 96-bit weights, unique keys).
func (ej *Entry) entry() (optable.Entry, error) {
	if ej.Set < 0 || ej.Set >= optable.MaxQuorums {
		return optable.Entry{}, fmt.Errorf("set %d out of range 0..%d", ej.Set, optable.MaxQuorums-1)
	}
	w, err := parseDecimal(ej.Weight)
	if err != nil {
		return optable.Entry{}, fmt.Errorf("weight: %w", err)
	}
	pk1, err := ej.PubkeyG1.Point()
	if err != nil {
		return optable.Entry{}, fmt.Errorf("pubkeyG1: %w", err)
	}
	pk2, err := ej.PubkeyG2.Point()
	if err != nil {
		return optable.Entry{}, fmt.Errorf("pubkeyG2: %w", err)
	}
	e := optable.Entry{SetID: uint8(ej.Set), Operator: ej.Operator, Weight: w, PubkeyG1: pk1, PubkeyG2: pk2, ID: optable.IDOf(pk1)}
	if ej.ID != nil && *ej.ID != e.ID {
		return optable.Entry{}, fmt.Errorf("id %s is not the id of pubkeyG1 (%s)", *ej.ID, e.ID)
	}
	return e, nil
}

// parseDecimal reads a canonical decimal integer (no sign, no leading zeros) of at
// most 256 bits; the table itself enforces the 96-bit weight limit.
func parseDecimal(s string) (uint256.Int, error) {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok || b.Sign() < 0 || b.String() != s {
		return uint256.Int{}, fmt.Errorf("%q is not a canonical non-negative decimal integer", s)
	}
	v, overflow := uint256.FromBig(b)
	if overflow {
		return uint256.Int{}, fmt.Errorf("%s exceeds 256 bits", s)
	}
	return *v, nil
}
