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
	ErrUnknownQuorum        = errors.New("certificate: quorum has no operators in the table")
	ErrUnknownNonSigner     = errors.New("certificate: non-signer not in the operator table")
	ErrNonSignerNotInQuorum = errors.New("certificate: non-signer is in none of the listed quorums")
	ErrNoSigners            = errors.New("certificate: no signers")
)

// SignerSet is what a (table, quorums, non-signers) triple determines: the signers'
// aggregate keys with EigenLayer's multiplicities and the stake that signed in each
// quorum. It depends on nothing signed, so verifiers cache it per signer set.
type SignerSet struct {
	// ApkG1 = Σ_q (quorum q's aggregate G1 key − Σ non-signers in q), the "apk" of
	// EigenLayer's BLSSignatureChecker.
	ApkG1 bls.G1Point
	// ApkG2 is the same sum over G2 keys: the key the signature must verify under.
	ApkG2 bls.G2Point
	// Quorums lists, per listed quorum, the total and the signed stake.
	Quorums []QuorumStake
}

// QuorumStake is the stake of one quorum, total and signed.
type QuorumStake struct {
	Number uint8
	Total  uint256.Int
	Signed uint256.Int
}

// Signers computes the signer set of the listed quorums minus the non-signers.
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
		qu, ok := t.Quorum(q)
		if !ok || qu.Members == 0 {
			return nil, fmt.Errorf("%w: %d", ErrUnknownQuorum, q)
		}
		ss.Quorums[i] = QuorumStake{Number: q, Total: qu.TotalStake, Signed: qu.TotalStake}
		apk1.Add(qu.ApkG1)
		apk2.Add(qu.ApkG2)
	}
	for _, id := range nonSigners {
		op, ok := t.Operator(id)
		if !ok {
			return nil, fmt.Errorf("%w: %s", ErrUnknownNonSigner, id)
		}
		inAny := false
		for i, q := range quorums {
			stake, member := op.Stakes[q]
			if !member {
				continue
			}
			inAny = true
			ss.Quorums[i].Signed.Sub(&ss.Quorums[i].Signed, &stake)
			apk1.Sub(op.PubkeyG1)
			apk2.Sub(op.PubkeyG2)
		}
		if !inAny {
			return nil, fmt.Errorf("%w: %s", ErrNonSignerNotInQuorum, id)
		}
	}
	ss.ApkG1, ss.ApkG2 = apk1.Point(), apk2.Point()
	if ss.ApkG2.IsIdentity() {
		return nil, ErrNoSigners
	}
	return ss, nil
}

// Aggregate builds a certificate from individual signatures on att.Digest(): it
// computes the non-signers (members of the listed quorums without a signature) and
// sums signatures and G2 keys with EigenLayer's multiplicities (once per listed
// quorum the signer belongs to). Signatures from operators in none of the listed
// quorums are ignored. It does not check the individual signatures; an aggregator
// should (bls.Verify) before calling it, or one bad signature spoils the certificate.
func Aggregate(t *optable.Table, att attestation.Attestation, quorums []uint8, sigs map[optable.OperatorID]bls.G1Point) (*Certificate, error) {
	if err := checkQuorums(quorums); err != nil {
		return nil, err
	}
	var sigma bls.G1Sum
	var nonSigners []optable.OperatorID
	for _, op := range t.Operators() {
		mult := 0
		for _, q := range quorums {
			if op.InQuorum(q) {
				mult++
			}
		}
		if mult == 0 {
			continue
		}
		sig, signed := sigs[op.ID]
		if !signed {
			nonSigners = append(nonSigners, op.ID)
			continue
		}
		for k := 0; k < mult; k++ {
			sigma.Add(sig)
		}
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
