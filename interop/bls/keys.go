package bls

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// ErrZeroSecretKey is returned for a secret key that is zero modulo the group order.
var ErrZeroSecretKey = errors.New("bls: secret key is zero")

// SecretKey is a BN254 scalar. Its byte form is the 32-byte big-endian integer that
// eigensdk-go stores in its keystores (fr.Element.Bytes()).
type SecretKey struct{ s fr.Element }

// GenerateKey draws a uniformly random non-zero secret key from r (crypto/rand if nil).
func GenerateKey(r io.Reader) (*SecretKey, error) {
	if r == nil {
		r = rand.Reader
	}
	for {
		var b [48]byte // 384 bits reduced mod r: bias below 2^-128
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return nil, fmt.Errorf("bls: reading randomness: %w", err)
		}
		var k SecretKey
		k.s.SetBigInt(new(big.Int).SetBytes(b[:]))
		if !k.s.IsZero() {
			return &k, nil
		}
	}
}

// SecretKeyFromBytes reads a 32-byte big-endian scalar as eigensdk-go does
// (fr.Element.SetBytes, which reduces modulo the group order). Zero is rejected.
func SecretKeyFromBytes(b []byte) (*SecretKey, error) {
	if len(b) != 32 {
		return nil, fmt.Errorf("%w: secret key has %d bytes, want 32", ErrLength, len(b))
	}
	var k SecretKey
	k.s.SetBytes(b)
	if k.s.IsZero() {
		return nil, ErrZeroSecretKey
	}
	return &k, nil
}

// Bytes returns the 32-byte big-endian scalar.
func (k *SecretKey) Bytes() [32]byte { return k.s.Bytes() }

func (k *SecretKey) bigInt() *big.Int { return k.s.BigInt(new(big.Int)) }

// PublicKeyG1 returns sk*G1, the key EigenLayer registries index operators by.
func (k *SecretKey) PublicKeyG1() G1Point {
	var p bn254.G1Affine
	p.ScalarMultiplicationBase(k.bigInt())
	return G1Point{p}
}

// PublicKeyG2 returns sk*G2, the key signatures are checked against.
func (k *SecretKey) PublicKeyG2() G2Point {
	var p bn254.G2Affine
	p.ScalarMultiplicationBase(k.bigInt())
	return G2Point{p}
}

// SignHashed signs a point that is already hashed to G1: sigma = sk*h.
func (k *SecretKey) SignHashed(h G1Point) G1Point {
	var p bn254.G1Affine
	p.ScalarMultiplication(&h.p, k.bigInt())
	return G1Point{p}
}

// Sign signs a 32-byte digest: sigma = sk*HashToG1(digest).
func (k *SecretKey) Sign(digest [32]byte) (G1Point, error) {
	h, ok := HashToG1(digest)
	if !ok {
		return G1Point{}, errors.New("bls: digest does not hash to G1")
	}
	return k.SignHashed(h), nil
}
