package formats

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
)

// G1 is a G1 point as two 32-byte big-endian words, each written as 0x followed by 64
// hex digits: the EVM encoding X || Y.
type G1 struct {
	X common.Hash `json:"x"`
	Y common.Hash `json:"y"`
}

// G2 is a G2 point in EIP-197 word order, as in Solidity's BN254.G2Point: X[0] is the
// imaginary part of X, X[1] its real part, and likewise for Y.
type G2 struct {
	X [2]common.Hash `json:"x"`
	Y [2]common.Hash `json:"y"`
}

// G1Of returns the JSON form of p.
func G1Of(p bls.G1Point) G1 {
	b := p.Bytes()
	var g G1
	copy(g.X[:], b[0:32])
	copy(g.Y[:], b[32:64])
	return g
}

// Point strictly decodes g with bls.DecodeG1: canonical words, on the curve, not the
// identity.
func (g G1) Point() (bls.G1Point, error) {
	var b [bls.G1Size]byte
	copy(b[0:32], g.X[:])
	copy(b[32:64], g.Y[:])
	return bls.DecodeG1(b[:])
}

// G2Of returns the JSON form of p.
func G2Of(p bls.G2Point) G2 {
	b := p.Bytes()
	var g G2
	copy(g.X[0][:], b[0:32])
	copy(g.X[1][:], b[32:64])
	copy(g.Y[0][:], b[64:96])
	copy(g.Y[1][:], b[96:128])
	return g
}

// Point strictly decodes g with bls.DecodeG2: canonical words, on the twist, in the
// prime-order subgroup, not the identity.
func (g G2) Point() (bls.G2Point, error) {
	var b [bls.G2Size]byte
	copy(b[0:32], g.X[0][:])
	copy(b[32:64], g.X[1][:])
	copy(b[64:96], g.Y[0][:])
	copy(b[96:128], g.Y[1][:])
	return bls.DecodeG2(b[:])
}

// AVS is the JSON form of an AVS identity: the library type.
type AVS = attestation.AVS
