package formats

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
)

// ErrEncodedMismatch is returned when a certificate file's "encoded" field is not the
// canonical encoding of its other fields.
var ErrEncodedMismatch = errors.New("formats: certificate \"encoded\" field does not match its other fields")

// Attestation is the JSON form of an attestation: the library type, whose JSON tags
// are the documented field names.
type Attestation = attestation.Attestation

// Certificate is the JSON form of a certificate; see the package documentation.
type Certificate struct {
	Attestation Attestation   `json:"attestation"`
	Quorums     []int         `json:"quorums"`
	Sigma       G1            `json:"sigma"`
	ApkG2       G2            `json:"apkG2"`
	NonSigners  []common.Hash `json:"nonSigners"`
	// Encoded is the canonical ABI encoding (certificate.Encode), the bytes an
	// aggregator posts to L1.
	Encoded hexutil.Bytes `json:"encoded,omitempty"`
}

// CertificateOf returns the JSON form of c, including its canonical encoding.
func CertificateOf(c *certificate.Certificate) Certificate {
	out := Certificate{
		Attestation: c.Attestation,
		Quorums:     make([]int, len(c.Quorums)),
		Sigma:       G1Of(c.Sigma),
		ApkG2:       G2Of(c.ApkG2),
		NonSigners:  make([]common.Hash, len(c.NonSigners)),
		Encoded:     c.Encode(),
	}
	for i, q := range c.Quorums {
		out.Quorums[i] = int(q)
	}
	copy(out.NonSigners, c.NonSigners)
	return out
}

// MarshalCertificate returns the indented JSON form of c.
func MarshalCertificate(c *certificate.Certificate) ([]byte, error) {
	return marshal(CertificateOf(c))
}

// Field names of a certificate document.
var certFields = []string{"attestation", "quorums", "sigma", "apkG2", "nonSigners"}

// UnmarshalCertificate strictly decodes a certificate document. It accepts either
// every field but "encoded" (with "encoded" optional, and then required to equal the
// canonical encoding of the other fields) or "encoded" alone. Either way the result
// has passed certificate.Decode, so it satisfies every rule of the canonical encoding:
// ordered quorums and non-signers, canonical on-curve, in-subgroup, non-identity
// points.
func UnmarshalCertificate(data []byte) (*certificate.Certificate, error) {
	if err := checkDocument(data); err != nil {
		return nil, err
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, fmt.Errorf("%w: certificate: %w", ErrSyntax, err)
	}
	for k, v := range top {
		if k != "encoded" && !slices.Contains(certFields, k) {
			return nil, fmt.Errorf("%w: certificate has unknown field %q", ErrSyntax, k)
		}
		if bytes.Equal(bytes.TrimSpace(v), []byte("null")) {
			return nil, fmt.Errorf("%w: certificate field %q is null", ErrSyntax, k)
		}
	}
	var encoded []byte
	raw, haveEncoded := top["encoded"]
	if haveEncoded {
		var hb hexutil.Bytes
		if err := json.Unmarshal(raw, &hb); err != nil {
			return nil, fmt.Errorf("%w: certificate.encoded: %w", ErrSyntax, err)
		}
		encoded = hb
		if len(top) == 1 {
			return certificate.Decode(encoded)
		}
	}
	for _, k := range certFields {
		if _, ok := top[k]; !ok {
			return nil, fmt.Errorf("%w: certificate is missing field %q (give all fields, or \"encoded\" alone)", ErrSyntax, k)
		}
	}
	var cj Certificate
	if err := decodeStrict(data, &cj); err != nil {
		return nil, err
	}
	c, err := cj.certificate()
	if err != nil {
		return nil, err
	}
	enc := c.Encode()
	if haveEncoded && !bytes.Equal(enc, encoded) {
		return nil, ErrEncodedMismatch
	}
	// The canonical decoder is the one authority on what a certificate is.
	return certificate.Decode(enc)
}

// certificate converts the fields to the library form, checking each value's range.
func (cj *Certificate) certificate() (*certificate.Certificate, error) {
	c := &certificate.Certificate{
		Attestation: cj.Attestation,
		Quorums:     make([]uint8, len(cj.Quorums)),
		NonSigners:  make([]optable.OperatorID, len(cj.NonSigners)),
	}
	if len(cj.Quorums) > certificate.MaxQuorums {
		return nil, certificate.ErrTooManyQuorums
	}
	for i, q := range cj.Quorums {
		if q < 0 || q >= certificate.MaxQuorums {
			return nil, fmt.Errorf("%w: %d", certificate.ErrQuorumNumber, q)
		}
		c.Quorums[i] = uint8(q)
	}
	if len(cj.NonSigners) > certificate.MaxNonSigners {
		return nil, certificate.ErrTooManyNonSigners
	}
	copy(c.NonSigners, cj.NonSigners)
	var err error
	if c.Sigma, err = cj.Sigma.Point(); err != nil {
		return nil, fmt.Errorf("%w: %w", certificate.ErrBadSigma, err)
	}
	if c.ApkG2, err = cj.ApkG2.Point(); err != nil {
		return nil, fmt.Errorf("%w: %w", certificate.ErrBadApkG2, err)
	}
	return c, nil
}

// marshal is the common indented JSON writer (two spaces, trailing newline).
func marshal(v any) ([]byte, error) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
