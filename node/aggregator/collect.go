package aggregator

import (
	"errors"
	"fmt"
	"slices"

	"github.com/holiman/uint256"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/node/avsapi"
)

// Reasons a signature is dropped: the "reason" label of the rejection metric.
const (
	ReasonShape         = "shape"          // the message's version or shape (avsapi.Signed.Check)
	ReasonChain         = "chain"          // another AVS or source chain
	ReasonGrid          = "grid"           // a range not on the aggregator's grid
	ReasonPosted        = "posted"         // a range already certified on L1
	ReasonAhead         = "ahead"          // a range too far ahead to buffer
	ReasonBufferFull    = "buffer_full"    // the early buffer's bound for the operator or range
	ReasonSnapshot      = "snapshot"       // signed against another snapshot than the range's
	ReasonAttestation   = "attestation"    // another attestation (different source content)
	ReasonUnknownKey    = "unknown_key"    // the key is not in the snapshot
	ReasonWrongOperator = "wrong_operator" // the key is another operator's
	ReasonWrongSet      = "wrong_set"      // the key is in another set than the one claimed
	ReasonPolicySet     = "set_not_in_policy"
	ReasonEncoding      = "encoding" // sigma is not a canonical, on-curve, non-identity point
	ReasonSignature     = "signature"
	ReasonUnknownOp     = "unknown_operator" // an early message from an address in no known snapshot
)

// rejection is one dropped signature (key is zero when the whole message was dropped).
type rejection struct {
	key    optable.OperatorID
	reason string
	err    error
}

// collection gathers verified signatures on one attestation against one snapshot
// table. Nothing enters it unverified: add checks every key signature against the
// table's key for the claimed operator and set, on the digest computed here.
type collection struct {
	table  *optable.Table
	policy verifier.Policy
	att    attestation.Attestation
	digest common.Hash

	sigs map[optable.OperatorID]bls.G1Point
	// signed is each policy set's signed weight; total its total.
	signed, total map[uint8]*uint256.Int
	// keys lists each operator's keys in the policy's sets; have counts its signed ones.
	keys map[common.Address][]optable.OperatorID
	have map[common.Address]int
}

// ErrPolicySets is returned when a policy set is not in the snapshot or has no members.
var ErrPolicySets = errors.New("aggregator: a policy operator set is not in the snapshot, or is empty")

// newCollection starts a collection of signatures on att, which names table's
// snapshot.
func newCollection(table *optable.Table, policy verifier.Policy, att attestation.Attestation) (*collection, error) {
	if att.Snapshot != table.Snapshot() || att.AVS != table.AVS() {
		return nil, fmt.Errorf("aggregator: attestation names %s of %s, the table is %s of %s", att.Snapshot, att.AVS, table.Snapshot(), table.AVS())
	}
	c := &collection{
		table: table, policy: policy, att: att, digest: att.Digest(),
		sigs:   map[optable.OperatorID]bls.G1Point{},
		signed: map[uint8]*uint256.Int{}, total: map[uint8]*uint256.Int{},
		keys: map[common.Address][]optable.OperatorID{}, have: map[common.Address]int{},
	}
	for _, t := range policy.Thresholds {
		s, ok := table.Set(t.Quorum)
		if !ok || s.Members == 0 {
			return nil, fmt.Errorf("%w: set %d in %s", ErrPolicySets, t.Quorum, table.Snapshot())
		}
		c.total[t.Quorum] = new(uint256.Int).Set(&s.TotalWeight)
		c.signed[t.Quorum] = new(uint256.Int)
	}
	for _, e := range table.Entries() {
		if _, ok := c.total[e.SetID]; ok {
			c.keys[e.Operator] = append(c.keys[e.Operator], e.ID)
		}
	}
	return c, nil
}

// add checks a signed message against the collection and keeps every key signature
// that verifies. It returns how many it added and every one it dropped; a message for
// another attestation is dropped whole. Signatures already held are neither added nor
// dropped.
func (c *collection) add(s *avsapi.Signed) (added int, dropped []rejection) {
	if err := s.Check(); err != nil {
		return 0, []rejection{{reason: ReasonShape, err: err}}
	}
	if s.Attestation != c.att {
		a := s.Attestation
		a.Snapshot = c.att.Snapshot
		if a == c.att {
			return 0, []rejection{{reason: ReasonSnapshot, err: fmt.Errorf("signed against snapshot %s, the range's is %s", s.Attestation.Snapshot, c.att.Snapshot)}}
		}
		return 0, []rejection{{reason: ReasonAttestation, err: fmt.Errorf("signed attestation %s differs from the aggregator's %s", s.Attestation.Digest(), c.digest)}}
	}
	for _, k := range s.Signatures {
		if err := c.check(s.Operator, k); err != nil {
			dropped = append(dropped, *err)
			continue
		}
		if _, dup := c.sigs[k.Key]; dup {
			continue
		}
		sigma, _ := k.Sigma.Point() // checked
		e, _ := c.table.Entry(k.Key)
		c.sigs[k.Key] = sigma
		c.signed[e.SetID].Add(c.signed[e.SetID], &e.Weight)
		c.have[e.Operator]++
		added++
	}
	return added, dropped
}

// check verifies one key signature of operator on the collection's digest.
func (c *collection) check(operator common.Address, k avsapi.KeySignature) *rejection {
	e, ok := c.table.Entry(k.Key)
	switch {
	case !ok:
		return &rejection{k.Key, ReasonUnknownKey, fmt.Errorf("key %s is not in snapshot %s", k.Key, c.att.Snapshot)}
	case e.Operator != operator:
		return &rejection{k.Key, ReasonWrongOperator, fmt.Errorf("key %s is operator %s's", k.Key, e.Operator)}
	case e.SetID != k.Set:
		return &rejection{k.Key, ReasonWrongSet, fmt.Errorf("key %s is in set %d, not %d", k.Key, e.SetID, k.Set)}
	}
	if _, ok := c.total[e.SetID]; !ok {
		return &rejection{k.Key, ReasonPolicySet, fmt.Errorf("set %d is not certified", e.SetID)}
	}
	sigma, err := k.Sigma.Point()
	if err != nil {
		return &rejection{k.Key, ReasonEncoding, err}
	}
	if !bls.Verify(e.PubkeyG2, c.digest, sigma) {
		return &rejection{k.Key, ReasonSignature, fmt.Errorf("signature of key %s does not verify on %s", k.Key, c.digest)}
	}
	return nil
}

// met reports whether every policy set reached its threshold: signed > 0 and
// signed * 10000 >= total * bps, as the verifier checks it.
func (c *collection) met() bool {
	for _, t := range c.policy.Thresholds {
		signed, total := c.signed[t.Quorum], c.total[t.Quorum]
		if signed.IsZero() {
			return false
		}
		lhs := new(uint256.Int).Mul(signed, uint256.NewInt(verifier.BasisPoints))
		rhs := new(uint256.Int).Mul(total, uint256.NewInt(uint64(t.BPS)))
		if lhs.Lt(rhs) {
			return false
		}
	}
	return true
}

// complete reports whether every key of the policy's sets signed.
func (c *collection) complete() bool {
	n := 0
	for _, ks := range c.keys {
		n += len(ks)
	}
	return len(c.sigs) == n
}

// operatorDone reports whether every key of operator in the policy's sets signed.
func (c *collection) operatorDone(operator common.Address) bool {
	ks, ok := c.keys[operator]
	return ok && c.have[operator] == len(ks)
}

// member reports whether operator has a key in the policy's sets of the snapshot.
func (c *collection) member(operator common.Address) bool {
	_, ok := c.keys[operator]
	return ok
}

// signers lists the operators with at least one signature held.
func (c *collection) signers() []common.Address {
	var out []common.Address
	for op, n := range c.have {
		if n > 0 {
			out = append(out, op)
		}
	}
	slices.SortFunc(out, func(a, b common.Address) int { return a.Cmp(b) })
	return out
}

// certificate aggregates the signatures held and verifies the result with the
// destinations' verifier before it is returned.
func (c *collection) certificate(v *verifier.Verifier) (*certificate.Certificate, error) {
	quorums := make([]uint8, len(c.policy.Thresholds))
	for i, t := range c.policy.Thresholds {
		quorums[i] = t.Quorum
	}
	cert, err := certificate.Aggregate(c.table, c.att, quorums, c.sigs)
	if err != nil {
		return nil, err
	}
	if err := v.Verify(cert, optable.Of(c.table)); err != nil {
		return nil, fmt.Errorf("aggregator: own certificate rejected by the verifier: %w", err)
	}
	return cert, nil
}
