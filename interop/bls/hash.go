package bls

import (
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
)

// MaxHashAttempts bounds the try-and-increment loop. About half of all x values give a
// square, so the chance of needing more than 512 increments is 2^-512: the bound only
// exists so the function provably terminates.
const MaxHashAttempts = 512

// HashToG1 maps a 32-byte digest to G1 exactly as EigenLayer's BN254.hashToG1 and
// eigensdk-go's MapToCurve do (try-and-increment):
//
//	x = uint256(digest) mod p
//	loop: beta = x^3 + 3; y = beta^((p+1)/4); if y^2 == beta return (x, y); x = x + 1 mod p
//
// The root y is used as computed, without sign normalisation. The second result is
// false only if MaxHashAttempts increments found no point, which does not happen for
// any digest in practice.
func HashToG1(digest [32]byte) (G1Point, bool) {
	var x, beta, y, three, one fp.Element
	x.SetBytes(digest[:]) // reduces mod p
	three.SetUint64(3)
	one.SetOne()
	for i := 0; i < MaxHashAttempts; i++ {
		beta.Square(&x).Mul(&beta, &x).Add(&beta, &three)
		// fp.Sqrt computes exactly beta^((p+1)/4) (an addition chain for the exponent)
		// and returns nil unless its square is beta: EigenLayer's loop body.
		if y.Sqrt(&beta) != nil {
			return G1Point{bn254.G1Affine{X: x, Y: y}}, true
		}
		x.Add(&x, &one)
	}
	return G1Point{}, false
}
