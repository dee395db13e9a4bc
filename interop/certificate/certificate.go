// Package certificate defines Parley's quorum certificate — an attestation plus the
// EigenLayer-style BN254 signature data that proves a stake-weighted quorum of
// operators signed it — its canonical ABI encoding with a strict decoder, and the
// signer-set arithmetic shared by aggregators and verifiers.
//
// Encoding: the Solidity expression
//
//	abi.encode(Attestation att, bytes quorumNumbers, uint256[2] sigma,
//	           uint256[4] apkG2, bytes32[] nonSigners)
//
// where Attestation is the static 9-word tuple of package attestation, sigma is
// (X, Y), apkG2 is (X[0], X[1], Y[0], Y[1]) in EIP-197 order, quorumNumbers holds one
// byte per operator set (EigenLayer's quorum numbers), strictly ascending, and
// nonSigners holds EigenLayer operator ids of BN254 keys (keccak256(G1.X || G1.Y)),
// strictly ascending as uint256. The head is 17 words:
//
//	word 0..8   attestation
//	word 9      offset of quorumNumbers = 544
//	word 10..11 sigma
//	word 12..15 apkG2
//	word 16     offset of nonSigners = 544 + 32 + 32*ceil(len(quorumNumbers)/32)
//
// followed by the two tails (length word, then data; bytes right-padded with zeros).
// Decode accepts exactly the bytes Encode produces and nothing else: it rejects short
// or trailing input, any other offset, non-zero padding, high bits in narrow words,
// non-canonical field elements, points off the curve, outside the subgroup or at
// infinity, empty, unordered or out-of-range quorum lists, and unordered or duplicate
// non-signers.
package certificate

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/abiword"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/optable"
)

// Positions in the head.
const (
	qOffPos   = attestation.Size // offset of quorumNumbers
	sigmaPos  = qOffPos + 32     // sigma X, Y
	apkPos    = sigmaPos + 64    // apkG2
	nOffPos   = apkPos + 128     // offset of nonSigners
	headWords = attestation.Words + 8
)

// Limits of the encoding.
const (
	HeadSize      = headWords * 32
	MaxQuorums    = optable.MaxQuorums
	MaxNonSigners = optable.MaxOperators
	// MinSize is the smallest valid encoding: one quorum, no non-signers.
	MinSize = HeadSize + 2*32 + 32
	// MaxSize is the largest valid encoding.
	MaxSize = HeadSize + 32 + 7*32 + 32 + 32*MaxNonSigners
)

// Decoding errors. Point errors wrap the bls package's errors.
var (
	ErrSize                = errors.New("certificate: encoding too short or too long")
	ErrTrailing            = errors.New("certificate: trailing bytes")
	ErrOffset              = errors.New("certificate: non-canonical offset")
	ErrPadding             = errors.New("certificate: non-zero padding")
	ErrNoQuorums           = errors.New("certificate: no quorums")
	ErrTooManyQuorums      = errors.New("certificate: too many quorums")
	ErrQuorumNumber        = errors.New("certificate: quorum number out of range")
	ErrQuorumsUnordered    = errors.New("certificate: quorums not strictly ascending")
	ErrTooManyNonSigners   = errors.New("certificate: too many non-signers")
	ErrNonSignersUnordered = errors.New("certificate: non-signers not ascending")
	ErrDuplicateNonSigner  = errors.New("certificate: duplicate non-signer")
	ErrBadSigma            = errors.New("certificate: invalid sigma")
	ErrBadApkG2            = errors.New("certificate: invalid apkG2")
	ErrAttestation         = errors.New("certificate: invalid attestation")
)

// Certificate is an attestation with its quorum signature.
type Certificate struct {
	Attestation attestation.Attestation
	// Quorums are the operator sets whose thresholds the signature is meant to meet,
	// strictly ascending.
	Quorums []uint8
	// Sigma is the aggregate signature: the sum of one signature per signing key
	// (an operator in several listed sets signs with each set's key).
	Sigma bls.G1Point
	// ApkG2 is the signers' aggregate G2 key.
	ApkG2 bls.G2Point
	// NonSigners are the keys of members of the listed sets that did not sign, by
	// operator id, strictly ascending.
	NonSigners []optable.OperatorID
}

// CheckShape validates the structural rules the decoder enforces, for certificates
// built in memory rather than decoded.
func (c *Certificate) CheckShape() error {
	if err := c.Attestation.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrAttestation, err)
	}
	if err := checkQuorums(c.Quorums); err != nil {
		return err
	}
	if len(c.NonSigners) > MaxNonSigners {
		return ErrTooManyNonSigners
	}
	if err := checkNonSigners(c.NonSigners); err != nil {
		return err
	}
	if c.Sigma.IsIdentity() {
		return fmt.Errorf("%w: %w", ErrBadSigma, bls.ErrIdentity)
	}
	if c.ApkG2.IsIdentity() {
		return fmt.Errorf("%w: %w", ErrBadApkG2, bls.ErrIdentity)
	}
	return nil
}

func checkQuorums(qs []uint8) error {
	if len(qs) == 0 {
		return ErrNoQuorums
	}
	if len(qs) > MaxQuorums {
		return ErrTooManyQuorums
	}
	for i, q := range qs {
		if q >= MaxQuorums {
			return fmt.Errorf("%w: %d", ErrQuorumNumber, q)
		}
		if i > 0 && q <= qs[i-1] {
			return fmt.Errorf("%w: %d after %d", ErrQuorumsUnordered, q, qs[i-1])
		}
	}
	return nil
}

func checkNonSigners(ids []optable.OperatorID) error {
	for i := 1; i < len(ids); i++ {
		switch c := bytes.Compare(ids[i][:], ids[i-1][:]); {
		case c == 0:
			return fmt.Errorf("%w: %s", ErrDuplicateNonSigner, ids[i])
		case c < 0:
			return fmt.Errorf("%w: %s after %s", ErrNonSignersUnordered, ids[i], ids[i-1])
		}
	}
	return nil
}

func pad32(n int) int { return abiword.Padded(n) }

// Size returns the length of c's encoding.
func (c *Certificate) Size() int {
	return HeadSize + 32 + pad32(len(c.Quorums)) + 32 + 32*len(c.NonSigners)
}

// Encode returns the canonical ABI encoding.
func (c *Certificate) Encode() []byte {
	out := make([]byte, c.Size())
	att := c.Attestation.Encode()
	copy(out[0:attestation.Size], att[:])
	qOff := HeadSize
	nOff := qOff + 32 + pad32(len(c.Quorums))
	putUint(out[qOffPos:qOffPos+32], uint64(qOff))
	sig := c.Sigma.Bytes()
	copy(out[sigmaPos:sigmaPos+64], sig[:])
	apk := c.ApkG2.Bytes()
	copy(out[apkPos:apkPos+128], apk[:])
	putUint(out[nOffPos:nOffPos+32], uint64(nOff))
	putUint(out[qOff:qOff+32], uint64(len(c.Quorums)))
	copy(out[qOff+32:], c.Quorums)
	putUint(out[nOff:nOff+32], uint64(len(c.NonSigners)))
	for i, id := range c.NonSigners {
		copy(out[nOff+32+32*i:], id[:])
	}
	return out
}

func putUint(word []byte, v uint64) { abiword.PutUint(word, v) }

// readLen reads a length or offset word, rejecting values that do not fit in 32 bits.
func readLen(word []byte) (int, bool) {
	v, ok := abiword.Uint(word, 32)
	return int(v), ok
}

// Decode strictly decodes a canonical encoding. It never panics.
func Decode(b []byte) (*Certificate, error) {
	if len(b) < MinSize || len(b) > MaxSize {
		return nil, fmt.Errorf("%w: %d bytes", ErrSize, len(b))
	}
	att, err := attestation.Decode(b[0:attestation.Size])
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrAttestation, err)
	}
	if err := att.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrAttestation, err)
	}
	c := &Certificate{Attestation: att}

	// Quorum numbers: offset, length, bytes, zero padding.
	if off, ok := readLen(b[qOffPos : qOffPos+32]); !ok || off != HeadSize {
		return nil, fmt.Errorf("%w: quorumNumbers", ErrOffset)
	}
	nq, ok := readLen(b[HeadSize : HeadSize+32])
	if !ok || nq > MaxQuorums {
		return nil, ErrTooManyQuorums
	}
	nOff := HeadSize + 32 + pad32(nq)
	if nOff+32 > len(b) {
		return nil, fmt.Errorf("%w: truncated in quorumNumbers", ErrSize)
	}
	c.Quorums = bytes.Clone(b[HeadSize+32 : HeadSize+32+nq])
	if !allZero(b[HeadSize+32+nq : nOff]) {
		return nil, fmt.Errorf("%w: quorumNumbers", ErrPadding)
	}
	if err := checkQuorums(c.Quorums); err != nil {
		return nil, err
	}

	// Non-signers: offset, length, exact total size.
	if off, ok := readLen(b[nOffPos : nOffPos+32]); !ok || off != nOff {
		return nil, fmt.Errorf("%w: nonSigners", ErrOffset)
	}
	nn, ok := readLen(b[nOff : nOff+32])
	if !ok || nn > MaxNonSigners {
		return nil, ErrTooManyNonSigners
	}
	switch want := nOff + 32 + 32*nn; {
	case len(b) < want:
		return nil, fmt.Errorf("%w: truncated in nonSigners", ErrSize)
	case len(b) > want:
		return nil, fmt.Errorf("%w: %d bytes after the encoding", ErrTrailing, len(b)-want)
	}
	c.NonSigners = make([]optable.OperatorID, nn)
	for i := range c.NonSigners {
		copy(c.NonSigners[i][:], b[nOff+32+32*i:])
	}
	if err := checkNonSigners(c.NonSigners); err != nil {
		return nil, err
	}

	// Points last: they are the most expensive checks.
	if c.Sigma, err = bls.DecodeG1(b[sigmaPos : sigmaPos+64]); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSigma, err)
	}
	if c.ApkG2, err = bls.DecodeG2(b[apkPos : apkPos+128]); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadApkG2, err)
	}
	return c, nil
}

func allZero(b []byte) bool { return abiword.Zero(b) }

// Digest returns the attestation digest the certificate's signature is over, computed
// from the attestation fields.
func (c *Certificate) Digest() common.Hash { return c.Attestation.Digest() }
