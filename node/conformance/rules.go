package conformance

import (
	"fmt"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/abiword"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/msgtree"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
)

// rule is a stable identifier for one way an input can be rejected: the Go sentinel
// error's package and name, "package.ErrName". Vectors never carry Go error strings.
type rule struct {
	id  string
	err error
}

// rules lists every sentinel error the evaluators can meet, by package. The README
// documents each identifier; TestReadmeDocumentsRules holds the two lists together.
var rules = []rule{
	{"abiword.ErrShort", abiword.ErrShort},
	{"abiword.ErrTrailing", abiword.ErrTrailing},
	{"abiword.ErrWidth", abiword.ErrWidth},
	{"abiword.ErrOffset", abiword.ErrOffset},
	{"abiword.ErrPadding", abiword.ErrPadding},

	{"msgtree.ErrProofLength", msgtree.ErrProofLength},
	{"msgtree.ErrProofIndex", msgtree.ErrProofIndex},
	{"msgtree.ErrProofEmpty", msgtree.ErrProofEmpty},
	{"msgtree.ErrProofMismatch", msgtree.ErrProofMismatch},
	{"msgtree.ErrUnordered", msgtree.ErrUnordered},
	{"msgtree.ErrOutOfRange", msgtree.ErrOutOfRange},
	{"msgtree.ErrTooMany", msgtree.ErrTooMany},

	{"attestation.ErrEmptyRange", attestation.ErrEmptyRange},
	{"attestation.ErrNonCanonical", attestation.ErrNonCanonical},

	{"bls.ErrLength", bls.ErrLength},
	{"bls.ErrNonCanonical", bls.ErrNonCanonical},
	{"bls.ErrIdentity", bls.ErrIdentity},
	{"bls.ErrNotOnCurve", bls.ErrNotOnCurve},
	{"bls.ErrNotInGroup", bls.ErrNotInGroup},

	{"optable.ErrEntrySize", optable.ErrEntrySize},
	{"optable.ErrEntryKeyG1", optable.ErrEntryKeyG1},
	{"optable.ErrEntryKeyG2", optable.ErrEntryKeyG2},
	{"optable.ErrSetID", optable.ErrSetID},
	{"optable.ErrWeightRange", optable.ErrWeightRange},
	{"optable.ErrTooManyEntries", optable.ErrTooManyEntries},
	{"optable.ErrTooManySets", optable.ErrTooManySets},
	{"optable.ErrSetOrder", optable.ErrSetOrder},
	{"optable.ErrEntryOrder", optable.ErrEntryOrder},
	{"optable.ErrEntrySet", optable.ErrEntrySet},
	{"optable.ErrDuplicateKey", optable.ErrDuplicateKey},
	{"optable.ErrPageLog", optable.ErrPageLog},
	{"optable.ErrSealLog", optable.ErrSealLog},
	{"optable.ErrSealSets", optable.ErrSealSets},
	{"optable.ErrSealPages", optable.ErrSealPages},
	{"optable.ErrSealMismatch", optable.ErrSealMismatch},
	{"optable.ErrUnknownSnapshot", optable.ErrUnknownSnapshot},

	{"certificate.ErrSize", certificate.ErrSize},
	{"certificate.ErrTrailing", certificate.ErrTrailing},
	{"certificate.ErrOffset", certificate.ErrOffset},
	{"certificate.ErrPadding", certificate.ErrPadding},
	{"certificate.ErrNoQuorums", certificate.ErrNoQuorums},
	{"certificate.ErrTooManyQuorums", certificate.ErrTooManyQuorums},
	{"certificate.ErrQuorumNumber", certificate.ErrQuorumNumber},
	{"certificate.ErrQuorumsUnordered", certificate.ErrQuorumsUnordered},
	{"certificate.ErrTooManyNonSigners", certificate.ErrTooManyNonSigners},
	{"certificate.ErrNonSignersUnordered", certificate.ErrNonSignersUnordered},
	{"certificate.ErrDuplicateNonSigner", certificate.ErrDuplicateNonSigner},
	{"certificate.ErrBadSigma", certificate.ErrBadSigma},
	{"certificate.ErrBadApkG2", certificate.ErrBadApkG2},
	{"certificate.ErrAttestation", certificate.ErrAttestation},
	{"certificate.ErrUnknownQuorum", certificate.ErrUnknownQuorum},
	{"certificate.ErrUnknownNonSigner", certificate.ErrUnknownNonSigner},
	{"certificate.ErrNonSignerNotInQuorum", certificate.ErrNonSignerNotInQuorum},
	{"certificate.ErrNoSigners", certificate.ErrNoSigners},

	{"verifier.ErrWrongAVS", verifier.ErrWrongAVS},
	{"verifier.ErrQuorumPolicy", verifier.ErrQuorumPolicy},
	{"verifier.ErrSnapshot", verifier.ErrSnapshot},
	{"verifier.ErrNoSignedStake", verifier.ErrNoSignedStake},
	{"verifier.ErrThreshold", verifier.ErrThreshold},
	{"verifier.ErrApkG2Mismatch", verifier.ErrApkG2Mismatch},
	{"verifier.ErrDegenerateMessage", verifier.ErrDegenerateMessage},
	{"verifier.ErrHashToCurve", verifier.ErrHashToCurve},
	{"verifier.ErrBadSignature", verifier.ErrBadSignature},

	{"derivation.ErrCertLog", derivation.ErrCertLog},
	{"derivation.ErrCertEncoding", derivation.ErrCertEncoding},
	{"derivation.ErrCertTooLarge", derivation.ErrCertTooLarge},
	{"derivation.ErrCertOverCap", derivation.ErrCertOverCap},
	{"derivation.ErrCertDecode", derivation.ErrCertDecode},
	{"derivation.ErrOutsideWindow", derivation.ErrOutsideWindow},
	{"derivation.ErrTooManySnapshots", derivation.ErrTooManySnapshots},
	{"derivation.ErrSecondSeal", derivation.ErrSecondSeal},
	{"derivation.ErrSnapshot", derivation.ErrSnapshot},
}

// ruleOf returns the identifier of a listed sentinel. It compares with == (never a map
// lookup, which panics on errors of non-comparable types).
func ruleOf(e error) (string, bool) {
	for _, r := range rules {
		if e == r.err {
			return r.id, true
		}
	}
	return "", false
}

// outcome is how a vector's expected object says whether its input was accepted, and
// if not, which rule it broke: rule is the outermost identified rule (the one of the
// area the vector is about), causes the finer rules it wraps, outermost first.
type outcome struct {
	Accepted bool     `json:"accepted"`
	Rule     string   `json:"rule,omitempty"`
	Causes   []string `json:"causes,omitempty"`
}

// accepted is the outcome of an accepted input.
var accepted = outcome{Accepted: true}

// rejected returns the outcome of an input rejected with err. Every error must wrap at
// least one listed sentinel: an unidentified rejection is a generator error, so that
// no vector ever says "rejected, for some reason".
func rejected(err error) (outcome, error) {
	ids := ruleIDs(err)
	if len(ids) == 0 {
		return outcome{}, fmt.Errorf("conformance: error without a rule identifier: %v", err)
	}
	return outcome{Rule: ids[0], Causes: ids[1:]}, nil
}

// outcomeOf is accepted for a nil error and rejected(err) otherwise.
func outcomeOf(err error) (outcome, error) {
	if err == nil {
		return accepted, nil
	}
	return rejected(err)
}

// ruleIDs returns the identifiers of the sentinels err wraps, in pre-order over its
// wrapping tree (outermost first), without repeats.
func ruleIDs(err error) []string {
	var out []string
	seen := map[string]bool{}
	var walk func(e error)
	walk = func(e error) {
		if e == nil {
			return
		}
		if id, ok := ruleOf(e); ok && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
		switch u := e.(type) {
		case interface{ Unwrap() []error }:
			for _, x := range u.Unwrap() {
				walk(x)
			}
		case interface{ Unwrap() error }:
			walk(u.Unwrap())
		}
	}
	walk(err)
	return out
}
