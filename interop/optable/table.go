package optable

import (
	"bytes"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
)

// Set is one operator set of a table: its members' count, total weight and aggregate
// keys.
type Set struct {
	ID          uint8
	Members     int
	TotalWeight uint256.Int
	ApkG1       bls.G1Point // Σ members' G1 keys (identity when empty)
	ApkG2       bls.G2Point // Σ members' G2 keys (identity when empty)
}

// Table is one snapshot of the AVS's operator sets, validated and with each set's
// totals and aggregate keys. It is immutable and safe for concurrent use.
type Table struct {
	avs     attestation.AVS
	ref     attestation.Snapshot
	entries []Entry
	byID    map[OperatorID]*Entry
	sets    []*Set // ascending ids
}

// Table errors: each names one rule of SPEC §5.
var (
	ErrTooManyEntries = errors.New("optable: more than 4096 entries")
	ErrTooManySets    = errors.New("optable: more than 32 operator sets")
	ErrSetOrder       = errors.New("optable: operator sets not strictly ascending")
	ErrEntryOrder     = errors.New("optable: entries not in set order, then strictly ascending operator address")
	ErrEntrySet       = errors.New("optable: entry of an operator set the snapshot does not list")
	ErrDuplicateKey   = errors.New("optable: key registered twice")
)

// Build validates entries against §5's order and limits and returns their table, with
// its root computed. setIDs lists the snapshot's operator sets (strictly ascending; a set
// may have no members); every entry must belong to one of them.
func Build(avs attestation.AVS, block uint64, setIDs []uint8, entries []Entry) (*Table, error) {
	if len(setIDs) > MaxSets {
		return nil, fmt.Errorf("%w: %d", ErrTooManySets, len(setIDs))
	}
	if len(entries) > MaxEntries {
		return nil, fmt.Errorf("%w: %d", ErrTooManyEntries, len(entries))
	}
	t := &Table{
		avs:     avs,
		entries: slices.Clone(entries),
		byID:    make(map[OperatorID]*Entry, len(entries)),
		sets:    make([]*Set, len(setIDs)),
	}
	pos := make(map[uint8]int, len(setIDs))
	for i, id := range setIDs {
		if id >= MaxQuorums {
			return nil, fmt.Errorf("%w: %d", ErrSetID, id)
		}
		if i > 0 && id <= setIDs[i-1] {
			return nil, fmt.Errorf("%w: %d after %d", ErrSetOrder, id, setIDs[i-1])
		}
		t.sets[i] = &Set{ID: id}
		pos[id] = i
	}
	g1 := make([]bls.G1Sum, len(setIDs))
	g2 := make([]bls.G2Sum, len(setIDs))
	leaves := make([]common.Hash, len(entries))
	for i := range t.entries {
		e := &t.entries[i]
		si, ok := pos[e.SetID]
		if !ok {
			return nil, fmt.Errorf("%w: %d", ErrEntrySet, e.SetID)
		}
		if e.Weight.BitLen() > WeightBits {
			return nil, fmt.Errorf("%w: operator %s", ErrWeightRange, e.Operator)
		}
		if e.PubkeyG1.IsIdentity() || e.PubkeyG2.IsIdentity() {
			return nil, fmt.Errorf("%w: operator %s: %w", ErrEntryKeyG1, e.Operator, bls.ErrIdentity)
		}
		if e.ID != IDOf(e.PubkeyG1) {
			return nil, fmt.Errorf("%w: operator %s: id is not the key's", ErrEntryKeyG1, e.Operator)
		}
		if i > 0 {
			p := &t.entries[i-1]
			if e.SetID < p.SetID || (e.SetID == p.SetID && bytes.Compare(e.Operator[:], p.Operator[:]) <= 0) {
				return nil, fmt.Errorf("%w: set %d operator %s after set %d operator %s", ErrEntryOrder, e.SetID, e.Operator, p.SetID, p.Operator)
			}
		}
		if _, dup := t.byID[e.ID]; dup {
			return nil, fmt.Errorf("%w: %s", ErrDuplicateKey, e.ID)
		}
		t.byID[e.ID] = e
		s := t.sets[si]
		s.Members++
		s.TotalWeight.Add(&s.TotalWeight, &e.Weight)
		g1[si].Add(e.PubkeyG1)
		g2[si].Add(e.PubkeyG2)
		enc := e.Encode()
		leaves[i] = Leaf(e.SetID, enc[:])
	}
	for i, s := range t.sets {
		s.ApkG1, s.ApkG2 = g1[i].Point(), g2[i].Point()
	}
	t.ref = attestation.Snapshot{Block: block, Root: Root(leaves)}
	return t, nil
}

// AVS returns the AVS the table belongs to.
func (t *Table) AVS() attestation.AVS { return t.avs }

// Snapshot returns the table's L1 identity: the block it was sealed in and its root.
func (t *Table) Snapshot() attestation.Snapshot { return t.ref }

// Root returns the table's root (SPEC §5).
func (t *Table) Root() common.Hash { return t.ref.Root }

// Len returns the number of entries.
func (t *Table) Len() int { return len(t.entries) }

// Entries returns the entries in snapshot order. The result must not be modified.
func (t *Table) Entries() []Entry { return t.entries }

// Entry returns the entry with the given operator (key) id.
func (t *Table) Entry(id OperatorID) (*Entry, bool) { e, ok := t.byID[id]; return e, ok }

// Set returns operator set q's totals; ok is false if the snapshot does not list it.
func (t *Table) Set(q uint8) (*Set, bool) {
	i, ok := slices.BinarySearchFunc(t.sets, q, func(s *Set, q uint8) int { return int(s.ID) - int(q) })
	if !ok {
		return nil, false
	}
	return t.sets[i], true
}

// SetIDs returns the ids of the snapshot's operator sets, ascending.
func (t *Table) SetIDs() []uint8 {
	out := make([]uint8, len(t.sets))
	for i, s := range t.sets {
		out[i] = s.ID
	}
	return out
}

// Sets returns the snapshot's operator sets, ascending. The result must not be
// modified.
func (t *Table) Sets() []*Set { return t.sets }

// Source finds the table a certificate names.
type Source interface {
	// Table returns the table of an AVS snapshot, or an error saying why it cannot be
	// used (unknown, outside the window, invalid).
	Table(ref attestation.Snapshot) (*Table, error)
}

// ErrUnknownSnapshot is returned by Tables for a snapshot it does not hold.
var ErrUnknownSnapshot = errors.New("optable: unknown snapshot")

// Tables is a Source over tables held in memory, by their snapshot reference.
type Tables map[attestation.Snapshot]*Table

// Of returns the Tables holding ts.
func Of(ts ...*Table) Tables {
	m := make(Tables, len(ts))
	for _, t := range ts {
		m[t.Snapshot()] = t
	}
	return m
}

// Table implements Source.
func (m Tables) Table(ref attestation.Snapshot) (*Table, error) {
	if t, ok := m[ref]; ok {
		return t, nil
	}
	return nil, fmt.Errorf("%w: %s", ErrUnknownSnapshot, ref)
}
