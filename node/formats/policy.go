package formats

import (
	"fmt"

	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
)

// Policy is the JSON form of a verification policy: which AVS, which quorums with
// which thresholds, and how many table versions before the latest stay valid.
type Policy struct {
	AVS        AVS         `json:"avs"`
	Thresholds []Threshold `json:"thresholds"`
	// Window is the number of table versions before the latest that certificates may
	// name (optable.DefaultWindow is 16).
	Window uint64 `json:"window"`
}

// Threshold requires that at least BPS/10000 of a quorum's stake signed.
type Threshold struct {
	Quorum int `json:"quorum"`
	BPS    int `json:"bps"`
}

// PolicyOf returns the JSON form of p with the given window.
func PolicyOf(p verifier.Policy, window uint64) Policy {
	out := Policy{AVS: p.AVS, Thresholds: make([]Threshold, len(p.Thresholds)), Window: window}
	for i, t := range p.Thresholds {
		out.Thresholds[i] = Threshold{Quorum: int(t.Quorum), BPS: int(t.BPS)}
	}
	return out
}

// MarshalPolicy returns the indented JSON form of p and window.
func MarshalPolicy(p verifier.Policy, window uint64) ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return marshal(PolicyOf(p, window))
}

// UnmarshalPolicy strictly decodes a policy document and validates it
// (verifier.Policy.Validate: at least one quorum, strictly ascending quorum numbers
// below 192, thresholds of at most 10000 basis points).
func UnmarshalPolicy(data []byte) (verifier.Policy, uint64, error) {
	var pj Policy
	if err := decodeStrict(data, &pj); err != nil {
		return verifier.Policy{}, 0, err
	}
	p, err := pj.Policy()
	return p, pj.Window, err
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
