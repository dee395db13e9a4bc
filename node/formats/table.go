package formats

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/optable"
)

// MaxTableVersion is the largest version a table document may state. The operator
// table library only moves a table forward one version per Apply, so reaching version
// N costs N applications (microseconds each); the bound keeps loading fast whatever
// the file says.
const MaxTableVersion = 1 << 18

// Errors of table documents.
var (
	ErrTableVersion  = errors.New("formats: bad table version")
	ErrTableOperator = errors.New("formats: bad operator")
)

// Table is the JSON form of one version of an operator table.
type Table struct {
	AVS     AVS    `json:"avs"`
	Version uint64 `json:"version"`
	// Operators in registration order.
	Operators []Operator `json:"operators"`
}

// Operator is the JSON form of a registered operator.
type Operator struct {
	// ID is the EigenLayer operator id keccak256(pubkeyG1.X || pubkeyG1.Y). It is
	// optional on reading; when given it must match pubkeyG1.
	ID       common.Hash    `json:"id,omitempty"`
	Address  common.Address `json:"address"`
	PubkeyG1 G1             `json:"pubkeyG1"`
	PubkeyG2 G2             `json:"pubkeyG2"`
	// PoP is the proof of possession the operator registered with
	// (bls.SecretKey.ProvePossession for this address and AVS).
	PoP G1 `json:"pop"`
	// Stakes maps each quorum the operator is a member of (decimal, "0".."191") to
	// its stake (a decimal integer of at most 96 bits, as a string).
	Stakes Stakes `json:"stakes"`
}

// Stakes maps quorum numbers to stakes, both in canonical decimal. It is written with
// quorums in numeric order.
type Stakes map[string]string

// MarshalJSON writes the map with keys in numeric order.
func (s Stakes) MarshalJSON() ([]byte, error) {
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		if a < b {
			return -1
		}
		if a > b {
			return 1
		}
		return 0
	})
	out := []byte{'{'}
	for i, k := range keys {
		if i > 0 {
			out = append(out, ',')
		}
		kb, _ := json.Marshal(k)
		vb, _ := json.Marshal(s[k])
		out = append(out, kb...)
		out = append(out, ':')
		out = append(out, vb...)
	}
	return append(out, '}'), nil
}

// TableOf returns the JSON form of t.
func TableOf(t *optable.Table) Table {
	out := Table{AVS: t.AVS(), Version: t.Version(), Operators: make([]Operator, 0, t.Len())}
	for _, o := range t.Operators() {
		st := Stakes{}
		for _, q := range o.QuorumNumbers() {
			s := o.Stakes[q]
			st[strconv.Itoa(int(q))] = s.Dec()
		}
		out.Operators = append(out.Operators, Operator{
			ID:       o.ID,
			Address:  o.Address,
			PubkeyG1: G1Of(o.PubkeyG1),
			PubkeyG2: G2Of(o.PubkeyG2),
			PoP:      G1Of(o.PoP),
			Stakes:   st,
		})
	}
	return out
}

// MarshalTable returns the indented JSON form of t.
func MarshalTable(t *optable.Table) ([]byte, error) { return marshal(TableOf(t)) }

// UnmarshalTable strictly decodes a table document and rebuilds the table through the
// operator table's own update path: for each operator in order, Register (which
// verifies the proof of possession), Join its quorums, and SetStake in each. The
// result is at exactly the stated version. Any update the table rejects is an error.
func UnmarshalTable(data []byte) (*optable.Table, error) {
	var tj Table
	if err := decodeStrict(data, &tj); err != nil {
		return nil, err
	}
	return tj.Table()
}

// Table rebuilds the library form; see UnmarshalTable.
func (tj *Table) Table() (*optable.Table, error) {
	switch {
	case tj.Version > MaxTableVersion:
		return nil, fmt.Errorf("%w: %d exceeds the supported maximum %d", ErrTableVersion, tj.Version, MaxTableVersion)
	case tj.Version == 0 && len(tj.Operators) > 0:
		return nil, fmt.Errorf("%w: version 0 is the empty table, but %d operators are listed", ErrTableVersion, len(tj.Operators))
	case len(tj.Operators) > optable.MaxOperators:
		return nil, fmt.Errorf("%w: %d operators, at most %d", ErrTableOperator, len(tj.Operators), optable.MaxOperators)
	}
	avs := tj.AVS
	var updates []optable.Update
	var owner []int // owner[i]: the operator update i belongs to
	for i, oj := range tj.Operators {
		us, err := oj.updates()
		if err != nil {
			return nil, fmt.Errorf("%w %d (%s): %w", ErrTableOperator, i, oj.Address, err)
		}
		updates = append(updates, us...)
		for range us {
			owner = append(owner, i)
		}
	}
	t := optable.New(avs)
	if tj.Version == 0 {
		return t, nil
	}
	// Empty versions first, then every update in one Apply: the same table as applying
	// the updates first (a table is its AVS, version and operators), at a fraction of
	// the cost, since copying an empty table is cheap.
	for t.Version() < tj.Version-1 {
		t, _ = t.Apply(nil)
	}
	t, rejected := t.Apply(updates)
	if len(rejected) > 0 {
		r := rejected[0]
		i := owner[r.Index]
		return nil, fmt.Errorf("%w %d (%s): %s rejected: %w", ErrTableOperator, i, tj.Operators[i].Address, updates[r.Index].Kind, r.Err)
	}
	if t.Version() != tj.Version || t.Len() != len(tj.Operators) {
		// Cannot happen: every update was accepted.
		return nil, fmt.Errorf("%w: rebuilt version %d with %d operators", ErrTableVersion, t.Version(), t.Len())
	}
	return t, nil
}

// updates returns the operator's Register, Join and SetStake updates.
func (oj *Operator) updates() ([]optable.Update, error) {
	pk1, err := oj.PubkeyG1.Point()
	if err != nil {
		return nil, fmt.Errorf("pubkeyG1: %w", err)
	}
	pk2, err := oj.PubkeyG2.Point()
	if err != nil {
		return nil, fmt.Errorf("pubkeyG2: %w", err)
	}
	pop, err := oj.PoP.Point()
	if err != nil {
		return nil, fmt.Errorf("pop: %w", err)
	}
	id := optable.IDOf(pk1)
	if oj.ID != (common.Hash{}) && oj.ID != id {
		return nil, fmt.Errorf("id %s is not the id of pubkeyG1 (%s)", oj.ID, id)
	}
	us := []optable.Update{{Kind: optable.Register, Address: oj.Address, PubkeyG1: pk1, PubkeyG2: pk2, PoP: pop}}
	quorums := make([]uint8, 0, len(oj.Stakes))
	stakes := map[uint8]uint256.Int{}
	for k, v := range oj.Stakes {
		q, err := parseQuorum(k)
		if err != nil {
			return nil, err
		}
		s, err := parseStake(v)
		if err != nil {
			return nil, fmt.Errorf("stake in quorum %d: %w", q, err)
		}
		quorums = append(quorums, q)
		stakes[q] = s
	}
	if len(quorums) == 0 {
		return us, nil
	}
	slices.Sort(quorums)
	us = append(us, optable.Update{Kind: optable.Join, ID: id, Quorums: quorums})
	for _, q := range quorums {
		us = append(us, optable.Update{Kind: optable.SetStake, ID: id, Quorum: q, Stake: stakes[q]})
	}
	return us, nil
}

// parseQuorum reads a canonical decimal quorum number below optable.MaxQuorums.
func parseQuorum(s string) (uint8, error) {
	v, err := strconv.ParseUint(s, 10, 8)
	if err != nil || strconv.FormatUint(v, 10) != s || v >= optable.MaxQuorums {
		return 0, fmt.Errorf("quorum %q is not a decimal number below %d", s, optable.MaxQuorums)
	}
	return uint8(v), nil
}

// parseStake reads a canonical decimal integer (no sign, no leading zeros) of at most
// 256 bits; the table itself enforces the 96-bit stake limit.
func parseStake(s string) (uint256.Int, error) {
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
