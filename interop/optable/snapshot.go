package optable

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
)

// Snapshot encoding: a table version as bytes, for chain state and for the inbox
// precompile's operatorTable(version) view.
//
//	be64(version) || be32(n) || operator_0 || ... || operator_{n-1}
//	operator = address[20] || pubkeyG1[64] || pubkeyG2[128] || be8(m) ||
//	           (quorum[1] || be96(stake)[12]) * m        quorums strictly ascending
//
// Operators appear in index (registration) order. Proofs of possession are not part of
// a snapshot: a snapshot is only ever restored from chain state that Apply wrote after
// checking them (see Restore).

// ErrSnapshot is returned for a malformed snapshot.
var ErrSnapshot = errors.New("optable: malformed snapshot")

const snapshotOperatorFixed = 20 + bls.G1Size + bls.G2Size + 1

// Member is one operator's membership as a snapshot stores it.
type Member struct {
	Quorum uint8
	Stake  uint256.Int
}

// Record is one operator as a snapshot stores it.
type Record struct {
	Address  common.Address
	PubkeyG1 bls.G1Point
	PubkeyG2 bls.G2Point
	Members  []Member // strictly ascending quorums
}

// Records returns the table's operators as snapshot records, in index order.
func (t *Table) Records() []Record {
	out := make([]Record, len(t.operators))
	for i, o := range t.operators {
		r := Record{Address: o.Address, PubkeyG1: o.PubkeyG1, PubkeyG2: o.PubkeyG2}
		for _, q := range o.QuorumNumbers() {
			r.Members = append(r.Members, Member{Quorum: q, Stake: o.Stakes[q]})
		}
		out[i] = r
	}
	return out
}

// EncodeSnapshot returns the snapshot encoding of t.
func (t *Table) EncodeSnapshot() []byte {
	var b bytes.Buffer
	var u [8]byte
	binary.BigEndian.PutUint64(u[:], t.version)
	b.Write(u[:])
	binary.BigEndian.PutUint32(u[:4], uint32(len(t.operators)))
	b.Write(u[:4])
	for _, r := range t.Records() {
		b.Write(r.Address[:])
		g1, g2 := r.PubkeyG1.Bytes(), r.PubkeyG2.Bytes()
		b.Write(g1[:])
		b.Write(g2[:])
		b.WriteByte(byte(len(r.Members)))
		for _, m := range r.Members {
			b.WriteByte(m.Quorum)
			s := m.Stake.Bytes32()
			b.Write(s[32-12:])
		}
	}
	return b.Bytes()
}

// DecodeSnapshot strictly decodes a snapshot and restores the table it describes.
func DecodeSnapshot(avs attestation.AVS, b []byte) (*Table, error) {
	if len(b) < 12 {
		return nil, fmt.Errorf("%w: %d bytes", ErrSnapshot, len(b))
	}
	version := binary.BigEndian.Uint64(b[0:8])
	n := binary.BigEndian.Uint32(b[8:12])
	if n > MaxOperators {
		return nil, fmt.Errorf("%w: %d operators", ErrSnapshot, n)
	}
	b = b[12:]
	records := make([]Record, 0, n)
	for i := uint32(0); i < n; i++ {
		if len(b) < snapshotOperatorFixed {
			return nil, fmt.Errorf("%w: operator %d truncated", ErrSnapshot, i)
		}
		var r Record
		copy(r.Address[:], b[0:20])
		var err error
		if r.PubkeyG1, err = bls.DecodeG1(b[20 : 20+bls.G1Size]); err != nil {
			return nil, fmt.Errorf("%w: operator %d G1 key: %w", ErrSnapshot, i, err)
		}
		if r.PubkeyG2, err = bls.DecodeG2(b[20+bls.G1Size : 20+bls.G1Size+bls.G2Size]); err != nil {
			return nil, fmt.Errorf("%w: operator %d G2 key: %w", ErrSnapshot, i, err)
		}
		m := int(b[snapshotOperatorFixed-1])
		b = b[snapshotOperatorFixed:]
		if len(b) < 13*m {
			return nil, fmt.Errorf("%w: operator %d memberships truncated", ErrSnapshot, i)
		}
		for k := 0; k < m; k++ {
			var mem Member
			mem.Quorum = b[13*k]
			mem.Stake.SetBytes(b[13*k+1 : 13*k+13])
			r.Members = append(r.Members, mem)
		}
		b = b[13*m:]
		records = append(records, r)
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrSnapshot, len(b))
	}
	return Restore(avs, version, records)
}

// Restore rebuilds a table version from its operator records, recomputing every
// quorum aggregate. It checks everything a record can get wrong on its own — keys not
// the identity, unique addresses and ids, quorums strictly ascending and below
// MaxQuorums, stakes within 96 bits, at most MaxOperators — but not proofs of
// possession, which records do not carry: restore only what Apply produced (chain
// state written by the inbox precompile, or a trusted file), never records received
// from a peer.
func Restore(avs attestation.AVS, version uint64, records []Record) (*Table, error) {
	if len(records) > MaxOperators {
		return nil, ErrTableFull
	}
	t := New(avs)
	t.version = version
	for i, r := range records {
		if r.PubkeyG1.IsIdentity() || r.PubkeyG2.IsIdentity() {
			return nil, fmt.Errorf("%w: operator %d: %w", ErrSnapshot, i, ErrIdentityKey)
		}
		id := IDOf(r.PubkeyG1)
		if _, dup := t.byID[id]; dup {
			return nil, fmt.Errorf("%w: operator %d: %w", ErrSnapshot, i, ErrKeyRegistered)
		}
		if _, dup := t.byAddr[r.Address]; dup {
			return nil, fmt.Errorf("%w: operator %d: %w", ErrSnapshot, i, ErrAddressRegistered)
		}
		o := &Operator{ID: id, Index: uint32(i), Address: r.Address, PubkeyG1: r.PubkeyG1, PubkeyG2: r.PubkeyG2, Stakes: map[uint8]uint256.Int{}}
		t.operators = append(t.operators, o)
		t.byID[id] = o
		t.byAddr[r.Address] = o
		var quorums []uint8
		for k, m := range r.Members {
			if m.Quorum >= MaxQuorums || (k > 0 && m.Quorum <= r.Members[k-1].Quorum) {
				return nil, fmt.Errorf("%w: operator %d: quorums not strictly ascending below %d", ErrSnapshot, i, MaxQuorums)
			}
			if m.Stake.Gt(maxStake) {
				return nil, fmt.Errorf("%w: operator %d: %w", ErrSnapshot, i, ErrStakeTooLarge)
			}
			quorums = append(quorums, m.Quorum)
		}
		if len(quorums) == 0 {
			continue
		}
		if err := t.join(&Update{ID: id, Quorums: quorums}); err != nil {
			return nil, fmt.Errorf("%w: operator %d: %w", ErrSnapshot, i, err)
		}
		for _, m := range r.Members {
			if err := t.setStake(&Update{ID: id, Quorum: m.Quorum, Stake: m.Stake}); err != nil {
				return nil, fmt.Errorf("%w: operator %d: %w", ErrSnapshot, i, err)
			}
		}
	}
	return t, nil
}
