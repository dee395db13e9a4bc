package bls

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
)

// Sizes of the canonical EVM encodings.
const (
	G1Size = 64  // X || Y
	G2Size = 128 // X.A1 || X.A0 || Y.A1 || Y.A0 (EIP-197 order)
)

// Errors returned by the strict decoders. Each names one rule.
var (
	ErrLength       = errors.New("bls: wrong encoding length")
	ErrNonCanonical = errors.New("bls: field element not below the modulus")
	ErrIdentity     = errors.New("bls: point at infinity")
	ErrNotOnCurve   = errors.New("bls: point not on the curve")
	ErrNotInGroup   = errors.New("bls: point not in the prime-order subgroup")
)

// G1Point is a non-identity point of BN254's G1 (which has cofactor 1) in affine form.
// The zero value is the identity and is never produced by a decoder.
type G1Point struct{ p bn254.G1Affine }

// G2Point is a point of BN254's G2 subgroup in affine form. The zero value is the
// identity and is never produced by a decoder.
type G2Point struct{ p bn254.G2Affine }

// G1FromAffine wraps a gnark point. It does not validate; use it for points computed
// locally from validated inputs.
func G1FromAffine(p bn254.G1Affine) G1Point { return G1Point{p} }

// G2FromAffine wraps a gnark point. It does not validate.
func G2FromAffine(p bn254.G2Affine) G2Point { return G2Point{p} }

// Affine returns the gnark representation of p.
func (p G1Point) Affine() bn254.G1Affine { return p.p }

// Affine returns the gnark representation of p.
func (p G2Point) Affine() bn254.G2Affine { return p.p }

// IsIdentity reports whether p is the point at infinity.
func (p G1Point) IsIdentity() bool { return p.p.IsInfinity() }

// IsIdentity reports whether p is the point at infinity.
func (p G2Point) IsIdentity() bool { return p.p.IsInfinity() }

// Equal reports whether p and q are the same point.
func (p G1Point) Equal(q G1Point) bool { return p.p.Equal(&q.p) }

// Equal reports whether p and q are the same point.
func (p G2Point) Equal(q G2Point) bool { return p.p.Equal(&q.p) }

// Bytes returns the 64-byte EVM encoding X || Y.
func (p G1Point) Bytes() [G1Size]byte {
	var out [G1Size]byte
	x, y := p.p.X.Bytes(), p.p.Y.Bytes()
	copy(out[0:32], x[:])
	copy(out[32:64], y[:])
	return out
}

// Bytes returns the 128-byte EIP-197 encoding X.A1 || X.A0 || Y.A1 || Y.A0.
func (p G2Point) Bytes() [G2Size]byte {
	var out [G2Size]byte
	words := [4]*fp.Element{&p.p.X.A1, &p.p.X.A0, &p.p.Y.A1, &p.p.Y.A0}
	for i, w := range words {
		b := w.Bytes()
		copy(out[32*i:], b[:])
	}
	return out
}

// String returns the hex encoding of Bytes.
func (p G1Point) String() string { b := p.Bytes(); return fmt.Sprintf("0x%x", b[:]) }

// String returns the hex encoding of Bytes.
func (p G2Point) String() string { b := p.Bytes(); return fmt.Sprintf("0x%x", b[:]) }

// setCanonical reads one 32-byte big-endian field element and rejects values >= p.
func setCanonical(e *fp.Element, b []byte) error {
	if err := e.SetBytesCanonical(b); err != nil {
		return ErrNonCanonical
	}
	return nil
}

// DecodeG1 strictly decodes a 64-byte EVM encoding: canonical coordinates, on the
// curve, not the identity. G1 has cofactor 1, so on-curve implies in-subgroup.
func DecodeG1(b []byte) (G1Point, error) {
	if len(b) != G1Size {
		return G1Point{}, fmt.Errorf("%w: got %d bytes, want %d", ErrLength, len(b), G1Size)
	}
	var p bn254.G1Affine
	if err := setCanonical(&p.X, b[0:32]); err != nil {
		return G1Point{}, err
	}
	if err := setCanonical(&p.Y, b[32:64]); err != nil {
		return G1Point{}, err
	}
	if p.IsInfinity() {
		return G1Point{}, ErrIdentity
	}
	if !p.IsOnCurve() {
		return G1Point{}, ErrNotOnCurve
	}
	return G1Point{p}, nil
}

// DecodeG2 strictly decodes a 128-byte EIP-197 encoding: canonical coordinates, on the
// twist, in the prime-order subgroup, not the identity.
func DecodeG2(b []byte) (G2Point, error) {
	if len(b) != G2Size {
		return G2Point{}, fmt.Errorf("%w: got %d bytes, want %d", ErrLength, len(b), G2Size)
	}
	var p bn254.G2Affine
	words := [4]*fp.Element{&p.X.A1, &p.X.A0, &p.Y.A1, &p.Y.A0}
	for i, w := range words {
		if err := setCanonical(w, b[32*i:32*i+32]); err != nil {
			return G2Point{}, err
		}
	}
	if p.IsInfinity() {
		return G2Point{}, ErrIdentity
	}
	if !p.IsOnCurve() {
		return G2Point{}, ErrNotOnCurve
	}
	if !p.IsInSubGroup() {
		return G2Point{}, ErrNotInGroup
	}
	return G2Point{p}, nil
}

// G1Generator returns the generator (1, 2) of G1.
func G1Generator() G1Point { _, _, g1, _ := bn254.Generators(); return G1Point{g1} }

// G2Generator returns the standard generator of G2.
func G2Generator() G2Point { _, _, _, g2 := bn254.Generators(); return G2Point{g2} }

// G1Sum accumulates G1 points in Jacobian coordinates and converts once at the end.
type G1Sum struct{ acc bn254.G1Jac }

// Add adds p to the sum.
func (s *G1Sum) Add(p G1Point) { s.acc.AddMixed(&p.p) }

// Sub subtracts p from the sum.
func (s *G1Sum) Sub(p G1Point) {
	var n bn254.G1Affine
	n.Neg(&p.p)
	s.acc.AddMixed(&n)
}

// Point returns the accumulated point in affine form (the identity if the sum is empty).
func (s *G1Sum) Point() G1Point {
	var a bn254.G1Affine
	a.FromJacobian(&s.acc)
	return G1Point{a}
}

// G2Sum accumulates G2 points in Jacobian coordinates.
type G2Sum struct{ acc bn254.G2Jac }

// Add adds p to the sum.
func (s *G2Sum) Add(p G2Point) { s.acc.AddMixed(&p.p) }

// Sub subtracts p from the sum.
func (s *G2Sum) Sub(p G2Point) {
	var n bn254.G2Affine
	n.Neg(&p.p)
	s.acc.AddMixed(&n)
}

// Point returns the accumulated point in affine form.
func (s *G2Sum) Point() G2Point {
	var a bn254.G2Affine
	a.FromJacobian(&s.acc)
	return G2Point{a}
}
