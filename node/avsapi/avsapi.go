// Package avsapi is the versioned JSON-RPC interface between Parley's operators and its
// aggregator: the one place both sides' messages are defined, so that a change to them
// is a change of Version.
//
// Signatures flow both ways. An operator attests ranges of its source chain on its own
// cadence and pushes each signed attestation to the aggregator
// (parleyAggregator_submit); the aggregator, for a range it is certifying, asks every
// operator it is missing for one (parleyOperator_signRange). Either way the operator
// signs only an attestation it computed itself from its own source endpoint, against a
// snapshot it read from L1 itself, and only if its slashing protection allows it; and the
// aggregator verifies every signature against the exact attestation it computed itself
// before it counts it.
//
// Methods (go-ethereum rpc, namespaces "parleyOperator" and "parleyAggregator"):
//
//	parleyOperator_signRange(RangeRequest) -> Signed      sign this range against this snapshot
//	parleyOperator_status() -> OperatorStatus
//	parleyAggregator_submit(Signed) -> SubmitResult        a pushed, signed attestation
//	parleyAggregator_status() -> AggregatorStatus
package avsapi

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/formats"
)

// Version is the version of this interface. Requests and results carry it; a peer
// answering another version is refused.
const Version = 1

// RPC namespaces.
const (
	OperatorNamespace   = "parleyOperator"
	AggregatorNamespace = "parleyAggregator"
)

// ErrVersion is returned for a message of another interface version.
var ErrVersion = errors.New("avsapi: unsupported interface version")

// RangeRequest asks an operator to sign a range of a source chain against a snapshot.
// The operator recomputes the attestation from its own source endpoint; the request
// carries no root.
type RangeRequest struct {
	Version       int                  `json:"version"`
	SourceChainID uint64               `json:"sourceChainId"`
	FromBlock     uint64               `json:"fromBlock"`
	ToBlock       uint64               `json:"toBlock"`
	Snapshot      attestation.Snapshot `json:"snapshot"`
}

// Check checks the request's version and shape.
func (r *RangeRequest) Check() error {
	if r.Version != Version {
		return fmt.Errorf("%w: %d, this side speaks %d", ErrVersion, r.Version, Version)
	}
	if r.FromBlock > r.ToBlock {
		return fmt.Errorf("avsapi: empty range %d..%d", r.FromBlock, r.ToBlock)
	}
	return nil
}

// KeySignature is one key's signature on an attestation's digest: the operator's key for
// one operator set (EigenLayer's KeyRegistrar holds one key per operator and set).
type KeySignature struct {
	Set   uint8              `json:"set"`
	Key   optable.OperatorID `json:"key"` // keccak256(G1.X || G1.Y)
	Sigma formats.G1         `json:"sigma"`
}

// Signed is an attestation an operator computed and signed, with one signature per key.
type Signed struct {
	Version     int                     `json:"version"`
	Operator    common.Address          `json:"operator"`
	Attestation attestation.Attestation `json:"attestation"`
	Signatures  []KeySignature          `json:"signatures"`
}

// MaxSignatures bounds the signatures of one Signed: one per operator set at most.
const MaxSignatures = optable.MaxSets

// Check checks the message's version and shape (not the signatures).
func (s *Signed) Check() error {
	if s.Version != Version {
		return fmt.Errorf("%w: %d, this side speaks %d", ErrVersion, s.Version, Version)
	}
	if err := s.Attestation.Validate(); err != nil {
		return err
	}
	if len(s.Signatures) == 0 || len(s.Signatures) > MaxSignatures {
		return fmt.Errorf("avsapi: %d signatures (1..%d)", len(s.Signatures), MaxSignatures)
	}
	return nil
}

// Sigmas decodes the signatures strictly (canonical, on the curve, not the identity).
func (s *Signed) Sigmas() ([]bls.G1Point, error) {
	out := make([]bls.G1Point, len(s.Signatures))
	for i, k := range s.Signatures {
		p, err := k.Sigma.Point()
		if err != nil {
			return nil, fmt.Errorf("avsapi: signature %d: %w", i, err)
		}
		out[i] = p
	}
	return out, nil
}

// SubmitResult is the aggregator's answer to a pushed signature.
type SubmitResult struct {
	// Accepted: every signature verified against the aggregator's own attestation of
	// the range, or is buffered until it has one (Buffered).
	Accepted bool `json:"accepted"`
	Buffered bool `json:"buffered,omitempty"`
	// Late: not needed, the range is certified already (posting or on L1). Not a
	// fault of the operator's: pushes race the aggregator's own requests.
	Late bool `json:"late,omitempty"`
	// Reason says why not, when not accepted.
	Reason string `json:"reason,omitempty"`
}

// OperatorStatus is an operator daemon's state.
type OperatorStatus struct {
	Version       int             `json:"version"`
	Operator      common.Address  `json:"operator"`
	AVS           attestation.AVS `json:"avs"`
	SourceChainID uint64          `json:"sourceChainId"`
	Sets          []uint8         `json:"sets"`
	// LastSigned is the last block of the highest range signed (0: none).
	LastSigned uint64 `json:"lastSigned"`
	// SourceHead is the source's safe (or finalized) head as last read.
	SourceHead uint64 `json:"sourceHead"`
	// Halted says the operator stopped signing, and why (e.g. the source's content for
	// a signed range changed).
	Halted string `json:"halted,omitempty"`
}

// AggregatorStatus is the aggregator's state per source chain.
type AggregatorStatus struct {
	Version int             `json:"version"`
	AVS     attestation.AVS `json:"avs"`
	Chains  []ChainStatus   `json:"chains"`
}

// ChainStatus is the aggregator's progress on one source chain.
type ChainStatus struct {
	SourceChainID uint64 `json:"sourceChainId"`
	// LastPosted is the last block of the last range posted to L1 (0: none).
	LastPosted uint64 `json:"lastPosted"`
	// Pending is the range being collected, if any.
	Pending *RangeRequest `json:"pending,omitempty"`
	// Backlog is how many blocks of the source's head are not yet posted.
	Backlog uint64 `json:"backlog"`
}
