// Package optable is the AVS operator table: who may sign, with which BN254 keys, in
// which quorums, with how much stake. It mirrors an EigenLayer-style registry on L1.
//
// A Table is an immutable, versioned snapshot. Apply takes an ordered list of updates
// (the registry events of one L1 block) and returns the next version; the previous
// version is untouched, so verifiers can keep a bounded window of old versions (History)
// for certificates signed shortly before a change.
//
// Invariants every Table keeps, whatever updates it is given:
//   - every operator key was registered with a valid proof of possession bound to the
//     operator's address and this AVS (no rogue keys), so each operator's G1 and G2
//     keys share one secret;
//   - keys are never the identity, operator ids (EigenLayer's keccak256(G1.X || G1.Y))
//     and addresses are unique, and keys are never replaced;
//   - each quorum's aggregate keys and total stake equal the sums over its members.
//
// Invalid updates are skipped and reported, never fatal: Apply is reachable from L1
// data and must not halt derivation.
package optable

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"golang.org/x/crypto/sha3"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
)

// Limits of a table.
const (
	// MaxQuorums is EigenLayer's quorum count limit: quorum numbers are 0..191.
	MaxQuorums = 192
	// MaxOperators bounds the table so that every operation on it is bounded.
	MaxOperators = 4096
	// StakeBits is the width of a stake (EigenLayer's uint96).
	StakeBits = 96
)

// OperatorID is EigenLayer's operator id: keccak256(pubkeyG1.X || pubkeyG1.Y).
type OperatorID = common.Hash

// IDOf returns the operator id of a G1 public key.
func IDOf(pk bls.G1Point) OperatorID {
	b := pk.Bytes()
	return crypto.Keccak256Hash(b[:])
}

// Operator is one registered operator.
type Operator struct {
	ID       OperatorID
	Index    uint32 // registration order, starting at 0
	Address  common.Address
	PubkeyG1 bls.G1Point
	PubkeyG2 bls.G2Point
	PoP      bls.G1Point // the proof of possession it registered with
	// Stakes holds the operator's stake in each quorum it is a member of; membership
	// is presence in the map.
	Stakes map[uint8]uint256.Int
}

// InQuorum reports whether the operator is a member of quorum q.
func (o *Operator) InQuorum(q uint8) bool { _, ok := o.Stakes[q]; return ok }

// Quorum is the aggregate state of one quorum.
type Quorum struct {
	Number     uint8
	Members    int
	TotalStake uint256.Int
	ApkG1      bls.G1Point // sum of members' G1 keys (identity when empty)
	ApkG2      bls.G2Point // sum of members' G2 keys (identity when empty)
}

// Table is one immutable version of the operator table. Its methods are safe for
// concurrent use.
type Table struct {
	avs       attestation.AVS
	version   uint64
	operators []*Operator
	byID      map[OperatorID]*Operator
	byAddr    map[common.Address]*Operator
	quorums   map[uint8]*Quorum

	commitOnce sync.Once
	commitment common.Hash
}

// New returns the empty table (version 0) of an AVS.
func New(avs attestation.AVS) *Table {
	return &Table{
		avs:     avs,
		byID:    map[OperatorID]*Operator{},
		byAddr:  map[common.Address]*Operator{},
		quorums: map[uint8]*Quorum{},
	}
}

// AVS returns the AVS identity the table belongs to.
func (t *Table) AVS() attestation.AVS { return t.avs }

// Version returns the table's version.
func (t *Table) Version() uint64 { return t.version }

// Len returns the number of registered operators.
func (t *Table) Len() int { return len(t.operators) }

// Operators returns the operators in registration order. The result must not be
// modified.
func (t *Table) Operators() []*Operator { return t.operators }

// Operator returns the operator with the given id.
func (t *Table) Operator(id OperatorID) (*Operator, bool) { o, ok := t.byID[id]; return o, ok }

// OperatorByAddress returns the operator registered by addr.
func (t *Table) OperatorByAddress(addr common.Address) (*Operator, bool) {
	o, ok := t.byAddr[addr]
	return o, ok
}

// Quorum returns quorum q's aggregate state; ok is false if no operator ever joined it.
func (t *Table) Quorum(q uint8) (*Quorum, bool) { qu, ok := t.quorums[q]; return qu, ok }

// QuorumNumbers returns the numbers of all quorums with state, ascending.
func (t *Table) QuorumNumbers() []uint8 {
	out := make([]uint8, 0, len(t.quorums))
	for q := range t.quorums {
		out = append(out, q)
	}
	slices.Sort(out)
	return out
}

// Commitment returns a deterministic hash of the whole table: AVS identity, version,
// and every operator in index order with its keys and (quorum, stake) memberships in
// ascending quorum order. Equal commitments mean equal tables.
func (t *Table) Commitment() common.Hash {
	t.commitOnce.Do(func() {
		w := sha3.NewLegacyKeccak256()
		w.Write([]byte("parley.optable.v1"))
		var u [8]byte
		binary.BigEndian.PutUint64(u[:], t.avs.L1ChainID)
		w.Write(u[:])
		w.Write(t.avs.Registry[:])
		binary.BigEndian.PutUint64(u[:], t.version)
		w.Write(u[:])
		binary.BigEndian.PutUint64(u[:], uint64(len(t.operators)))
		w.Write(u[:])
		for _, o := range t.operators {
			w.Write(o.Address[:])
			g1, g2 := o.PubkeyG1.Bytes(), o.PubkeyG2.Bytes()
			w.Write(g1[:])
			w.Write(g2[:])
			qs := o.QuorumNumbers()
			w.Write([]byte{byte(len(qs))})
			for _, q := range qs {
				s := o.Stakes[q]
				b := s.Bytes32()
				w.Write([]byte{q})
				w.Write(b[:])
			}
		}
		w.Sum(t.commitment[:0])
	})
	return t.commitment
}

// QuorumNumbers returns the quorums the operator is a member of, ascending.
func (o *Operator) QuorumNumbers() []uint8 {
	out := make([]uint8, 0, len(o.Stakes))
	for q := range o.Stakes {
		out = append(out, q)
	}
	slices.Sort(out)
	return out
}

// Errors for rejected updates. Each names one rule.
var (
	ErrUnknownKind       = errors.New("optable: unknown update kind")
	ErrAddressRegistered = errors.New("optable: operator address already registered")
	ErrKeyRegistered     = errors.New("optable: public key already registered")
	ErrIdentityKey       = errors.New("optable: identity public key")
	ErrBadPoP            = errors.New("optable: invalid proof of possession")
	ErrUnknownOperator   = errors.New("optable: unknown operator")
	ErrQuorumNumber      = errors.New("optable: quorum number out of range")
	ErrAlreadyMember     = errors.New("optable: operator already in quorum")
	ErrNotMember         = errors.New("optable: operator not in quorum")
	ErrStakeTooLarge     = errors.New("optable: stake exceeds 96 bits")
	ErrTableFull         = errors.New("optable: operator limit reached")
	ErrDuplicateQuorum   = errors.New("optable: quorum listed twice")
	ErrNoQuorums         = errors.New("optable: no quorums listed")
)

// Kind says what an Update does.
type Kind uint8

// Update kinds, mirroring EigenLayer's registry events.
const (
	// Register registers an operator's keys (BLSApkRegistry.NewPubkeyRegistration).
	Register Kind = iota + 1
	// Join adds an operator to quorums (OperatorAddedToQuorums), with zero stake.
	Join
	// Leave removes an operator from quorums (OperatorRemovedFromQuorums).
	Leave
	// SetStake sets an operator's stake in one quorum (StakeRegistry.OperatorStakeUpdate).
	SetStake
)

// String names the kind.
func (k Kind) String() string {
	switch k {
	case Register:
		return "register"
	case Join:
		return "join"
	case Leave:
		return "leave"
	case SetStake:
		return "setStake"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Update is one change to the table.
type Update struct {
	Kind Kind
	// Register: the operator's address, keys and proof of possession.
	Address  common.Address
	PubkeyG1 bls.G1Point
	PubkeyG2 bls.G2Point
	PoP      bls.G1Point
	// Join, Leave, SetStake: the operator.
	ID OperatorID
	// Join, Leave: the quorums.
	Quorums []uint8
	// SetStake: the quorum and the new stake.
	Quorum uint8
	Stake  uint256.Int
}

// Rejected is an update Apply skipped, with the reason.
type Rejected struct {
	Index int // position in the update list
	Err   error
}

// Apply returns the next version of the table (Version()+1) with the valid updates
// applied in order; each invalid update is skipped and reported. The receiver is not
// modified.
func (t *Table) Apply(updates []Update) (*Table, []Rejected) {
	next := t.clone()
	next.version = t.version + 1
	var rejected []Rejected
	for i := range updates {
		if err := next.apply(&updates[i]); err != nil {
			rejected = append(rejected, Rejected{Index: i, Err: err})
		}
	}
	return next, rejected
}

// clone copies the table deeply enough that applying updates to the copy leaves the
// original untouched. Keys are immutable values and are shared.
func (t *Table) clone() *Table {
	n := New(t.avs)
	n.version = t.version
	n.operators = make([]*Operator, len(t.operators))
	for i, o := range t.operators {
		c := *o
		c.Stakes = make(map[uint8]uint256.Int, len(o.Stakes))
		for q, s := range o.Stakes {
			c.Stakes[q] = s
		}
		n.operators[i] = &c
		n.byID[c.ID] = &c
		n.byAddr[c.Address] = &c
	}
	for q, qu := range t.quorums {
		c := *qu
		n.quorums[q] = &c
	}
	return n
}

func (t *Table) apply(u *Update) error {
	switch u.Kind {
	case Register:
		return t.register(u)
	case Join:
		return t.join(u)
	case Leave:
		return t.leave(u)
	case SetStake:
		return t.setStake(u)
	}
	return fmt.Errorf("%w: %d", ErrUnknownKind, u.Kind)
}

func (t *Table) register(u *Update) error {
	if len(t.operators) >= MaxOperators {
		return ErrTableFull
	}
	if u.PubkeyG1.IsIdentity() || u.PubkeyG2.IsIdentity() {
		return ErrIdentityKey
	}
	if _, ok := t.byAddr[u.Address]; ok {
		return fmt.Errorf("%w: %s", ErrAddressRegistered, u.Address)
	}
	id := IDOf(u.PubkeyG1)
	if _, ok := t.byID[id]; ok {
		return fmt.Errorf("%w: operator id %s", ErrKeyRegistered, id)
	}
	if !bls.VerifyPossession(u.PubkeyG1, u.PubkeyG2, u.PoP, t.avs.L1ChainID, t.avs.Registry, u.Address) {
		return fmt.Errorf("%w: operator %s", ErrBadPoP, u.Address)
	}
	o := &Operator{
		ID: id, Index: uint32(len(t.operators)), Address: u.Address,
		PubkeyG1: u.PubkeyG1, PubkeyG2: u.PubkeyG2, PoP: u.PoP,
		Stakes: map[uint8]uint256.Int{},
	}
	t.operators = append(t.operators, o)
	t.byID[id] = o
	t.byAddr[u.Address] = o
	return nil
}

// checkQuorums validates a join/leave quorum list: non-empty, in range, no repeats,
// and each member (leave) or not a member (join).
func checkQuorums(o *Operator, qs []uint8, wantMember bool) error {
	if len(qs) == 0 {
		return ErrNoQuorums
	}
	var seen [MaxQuorums]bool
	for _, q := range qs {
		if q >= MaxQuorums {
			return fmt.Errorf("%w: %d", ErrQuorumNumber, q)
		}
		if seen[q] {
			return fmt.Errorf("%w: %d", ErrDuplicateQuorum, q)
		}
		seen[q] = true
		if member := o.InQuorum(q); member != wantMember {
			if member {
				return fmt.Errorf("%w: %d", ErrAlreadyMember, q)
			}
			return fmt.Errorf("%w: %d", ErrNotMember, q)
		}
	}
	return nil
}

func (t *Table) join(u *Update) error {
	o, ok := t.byID[u.ID]
	if !ok {
		return fmt.Errorf("%w: %s", ErrUnknownOperator, u.ID)
	}
	if err := checkQuorums(o, u.Quorums, false); err != nil {
		return err
	}
	for _, q := range u.Quorums {
		o.Stakes[q] = uint256.Int{}
		qu, ok := t.quorums[q]
		if !ok {
			qu = &Quorum{Number: q}
			t.quorums[q] = qu
		}
		qu.Members++
		var s1 bls.G1Sum
		s1.Add(qu.ApkG1)
		s1.Add(o.PubkeyG1)
		qu.ApkG1 = s1.Point()
		var s2 bls.G2Sum
		s2.Add(qu.ApkG2)
		s2.Add(o.PubkeyG2)
		qu.ApkG2 = s2.Point()
	}
	return nil
}

func (t *Table) leave(u *Update) error {
	o, ok := t.byID[u.ID]
	if !ok {
		return fmt.Errorf("%w: %s", ErrUnknownOperator, u.ID)
	}
	if err := checkQuorums(o, u.Quorums, true); err != nil {
		return err
	}
	for _, q := range u.Quorums {
		qu := t.quorums[q]
		stake := o.Stakes[q]
		qu.TotalStake.Sub(&qu.TotalStake, &stake)
		delete(o.Stakes, q)
		qu.Members--
		var s1 bls.G1Sum
		s1.Add(qu.ApkG1)
		s1.Sub(o.PubkeyG1)
		qu.ApkG1 = s1.Point()
		var s2 bls.G2Sum
		s2.Add(qu.ApkG2)
		s2.Sub(o.PubkeyG2)
		qu.ApkG2 = s2.Point()
	}
	return nil
}

var maxStake = new(uint256.Int).Sub(new(uint256.Int).Lsh(uint256.NewInt(1), StakeBits), uint256.NewInt(1))

func (t *Table) setStake(u *Update) error {
	o, ok := t.byID[u.ID]
	if !ok {
		return fmt.Errorf("%w: %s", ErrUnknownOperator, u.ID)
	}
	if u.Quorum >= MaxQuorums {
		return fmt.Errorf("%w: %d", ErrQuorumNumber, u.Quorum)
	}
	old, member := o.Stakes[u.Quorum]
	if !member {
		return fmt.Errorf("%w: %d", ErrNotMember, u.Quorum)
	}
	if u.Stake.Gt(maxStake) {
		return ErrStakeTooLarge
	}
	qu := t.quorums[u.Quorum]
	qu.TotalStake.Sub(&qu.TotalStake, &old)
	qu.TotalStake.Add(&qu.TotalStake, &u.Stake)
	o.Stakes[u.Quorum] = u.Stake
	return nil
}
