package formats

import (
	"fmt"

	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
)

// Policy is the JSON form of a verification policy: which AVS, and which operator sets
// (the certificate's quorums) with which thresholds.
type Policy struct {
	AVS        AVS         `json:"avs"`
	Thresholds []Threshold `json:"thresholds"`
}

// Threshold requires that at least BPS/10000 of an operator set's weight signed.
type Threshold struct {
	Quorum int `json:"quorum"`
	BPS    int `json:"bps"`
}

// PolicyOf returns the JSON form of p.
func PolicyOf(p verifier.Policy) Policy {
	out := Policy{AVS: p.AVS, Thresholds: make([]Threshold, len(p.Thresholds))}
	for i, t := range p.Thresholds {
		out.Thresholds[i] = Threshold{Quorum: int(t.Quorum), BPS: int(t.BPS)}
	}
	return out
}

// MarshalPolicy returns the indented JSON form of p, which must be valid.
func MarshalPolicy(p verifier.Policy) ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return marshal(PolicyOf(p))
}

// UnmarshalPolicy strictly decodes a policy document and validates it
// (verifier.Policy.Validate: at least one quorum, strictly ascending quorum numbers
// below 192, thresholds of at most 10000 basis points).
func UnmarshalPolicy(data []byte) (verifier.Policy, error) {
	var pj Policy
	if err := decodeStrict(data, &pj); err != nil {
		return verifier.Policy{}, err
	}
	return pj.Policy()
}

// Policy returns the library form, validated.
func (pj *Policy) Policy() (verifier.Policy, error) {
	p := verifier.Policy{AVS: pj.AVS, Thresholds: make([]verifier.Threshold, len(pj.Thresholds))}
	for i, t := range pj.Thresholds {
		if t.Quorum < 0 || t.Quorum >= optable.MaxQuorums {
			return verifier.Policy{}, fmt.Errorf("formats: policy quorum %d out of range 0..%d", t.Quorum, optable.MaxQuorums-1)
		}
		if t.BPS < 0 || t.BPS > verifier.BasisPoints {
			return verifier.Policy{}, fmt.Errorf("formats: policy threshold %d bps for quorum %d out of range 0..%d", t.BPS, t.Quorum, verifier.BasisPoints)
		}
		p.Thresholds[i] = verifier.Threshold{Quorum: uint8(t.Quorum), BPS: uint16(t.BPS)}
	}
	if err := p.Validate(); err != nil {
		return verifier.Policy{}, err
	}
	return p, nil
}
