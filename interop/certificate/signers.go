package certificate

import (
	"errors"
	"fmt"
	"slices"

	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/optable"
)

// Signer-set errors.
var (
	ErrUnknownQuorum        = errors.New("certificate: operator set not in the snapshot, or empty")
	ErrUnknownNonSigner     = errors.New("certificate: non-signer not in the snapshot")
	ErrNonSignerNotInQuorum = errors.New("certificate: non-signer's operator set is not listed")
	ErrNoSigners            = errors.New("certificate: no signers")
)

// SignerSet is what a (table, sets, non-signers) triple determines: the signers'
// aggregate keys and the weight that signed in each set. It depends on nothing signed,
// so verifiers cache it per signer set.
type SignerSet struct {
	// ApkG1 = Σ_q (set q's aggregate G1 key − Σ non-signers in q), the "apk" of
	// EigenLayer's BLSSignatureChecker. Each key belongs to one set, so it counts once.
	ApkG1 bls.G1Point
	// ApkG2 is the same sum over G2 keys: the key the signature must verify under.
	ApkG2 bls.G2Point
	// Quorums lists, per listed set, the total and the signed weight.
	Quorums []QuorumStake
}

// QuorumStake is the weight of one operator set, total and signed.
type QuorumStake struct {
	Number uint8
	Total  uint256.Int
	Signed uint256.Int
}

// Signers computes the signer set of the listed operator sets minus the non-signers.
// quorums and nonSigners must already satisfy the encoding's ordering rules.
func Signers(t *optable.Table, quorums []uint8, nonSigners []optable.OperatorID) (*SignerSet, error) {
	if err := checkQuorums(quorums); err != nil {
		return nil, err
	}
	if err := checkNonSigners(nonSigners); err != nil {
		return nil, err
	}
	ss := &SignerSet{Quorums: make([]QuorumStake, len(quorums))}
	var apk1 bls.G1Sum
	var apk2 bls.G2Sum
	for i, q := range quorums {
		set, ok := t.Set(q)
		if !ok || set.Members == 0 {
			return nil, fmt.Errorf("%w: %d", ErrUnknownQuorum, q)
		}
		ss.Quorums[i] = QuorumStake{Number: q, Total: set.TotalWeight, Signed: set.TotalWeight}
		apk1.Add(set.ApkG1)
		apk2.Add(set.ApkG2)
	}
	for _, id := range nonSigners {
		e, ok := t.Entry(id)
		if !ok {
			return nil, fmt.Errorf("%w: %s", ErrUnknownNonSigner, id)
		}
		i, listed := slices.BinarySearch(quorums, e.SetID)
		if !listed {
			return nil, fmt.Errorf("%w: %s (set %d)", ErrNonSignerNotInQuorum, id, e.SetID)
		}
		ss.Quorums[i].Signed.Sub(&ss.Quorums[i].Signed, &e.Weight)
		apk1.Sub(e.PubkeyG1)
		apk2.Sub(e.PubkeyG2)
	}
	ss.ApkG1, ss.ApkG2 = apk1.Point(), apk2.Point()
	if ss.ApkG2.IsIdentity() {
		return nil, ErrNoSigners
	}
	return ss, nil
}

// Aggregate builds a certificate from individual signatures on att.Digest(), keyed by
// the signing key's operator id: it computes the non-signers (entries of the listed
// sets without a signature) and sums the signatures and the signers' G2 keys.
// Signatures of keys outside the listed sets are ignored. It does not check the
// individual signatures; an aggregator should (bls.Verify) before calling it, or one
// bad signature spoils the certificate.
func Aggregate(t *optable.Table, att attestation.Attestation, quorums []uint8, sigs map[optable.OperatorID]bls.G1Point) (*Certificate, error) {
	if err := checkQuorums(quorums); err != nil {
		return nil, err
	}
	var sigma bls.G1Sum
	var nonSigners []optable.OperatorID
	for _, e := range t.Entries() {
		if _, listed := slices.BinarySearch(quorums, e.SetID); !listed {
			continue
		}
		sig, signed := sigs[e.ID]
		if !signed {
			nonSigners = append(nonSigners, e.ID)
			continue
		}
		sigma.Add(sig)
	}
	slices.SortFunc(nonSigners, func(a, b optable.OperatorID) int { return a.Cmp(b) })
	ss, err := Signers(t, quorums, nonSigners)
	if err != nil {
		return nil, err
	}
	c := &Certificate{
		Attestation: att,
		Quorums:     slices.Clone(quorums),
		Sigma:       sigma.Point(),
		ApkG2:       ss.ApkG2,
		NonSigners:  nonSigners,
	}
	if c.Sigma.IsIdentity() {
		return nil, ErrNoSigners
	}
	return c, nil
}
