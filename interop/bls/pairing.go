package bls

import (
	"errors"
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"golang.org/x/crypto/sha3"
)

// Lines are the precomputed Miller-loop line evaluations of one G2 point. Precomputing
// costs more than one pairing, so it pays off only for points used repeatedly: the
// negated G2 generator (always) and a signer set's aggregate key (cached by callers).
type Lines struct {
	l [2][len(bn254.LoopCounter)]bn254.LineEvaluationAff
}

// PrecomputeLines computes the line evaluations of q.
func PrecomputeLines(q G2Point) *Lines { return &Lines{l: bn254.PrecomputeLines(q.p)} }

// negG2 is -G2, the fixed second argument of every signature check.
var negG2 = func() bn254.G2Affine {
	_, _, _, g2 := bn254.Generators()
	var n bn254.G2Affine
	n.Neg(&g2)
	return n
}()

var negG2Lines = sync.OnceValue(func() *Lines { return PrecomputeLines(G2Point{negG2}) })

// ErrPairingInput is returned when a pairing is asked of inputs gnark rejects.
var ErrPairingInput = errors.New("bls: invalid pairing input")

// CheckSignedPair reports whether e(sigma, -G2) * e(h, pk2) == 1, i.e. whether sigma is
// a signature on the hashed point h under the G2 key pk2. lines, when not nil, must be
// PrecomputeLines(pk2); it makes the check cheaper.
func CheckSignedPair(sigma, h G1Point, pk2 G2Point, lines *Lines) (bool, error) {
	return CheckSignedPairs(sigma, []Pair{{P: h, Q: pk2, Lines: lines}})
}

// Verify checks a single signature on a digest under a G2 public key.
func Verify(pk2 G2Point, digest [32]byte, sigma G1Point) bool {
	h, ok := HashToG1(digest)
	if !ok || pk2.IsIdentity() || sigma.IsIdentity() {
		return false
	}
	good, err := CheckSignedPair(sigma, h, pk2, nil)
	return err == nil && good
}

// EigenLayerGamma is the Fiat–Shamir scalar of EigenLayer's BLSSignatureChecker:
// keccak256(msgHash || apk.X || apk.Y || apkG2.X[0] || apkG2.X[1] || apkG2.Y[0] ||
// apkG2.Y[1] || sigma.X || sigma.Y) mod r, with G2 words in EIP-197 order.
func EigenLayerGamma(msgHash [32]byte, apk G1Point, apkG2 G2Point, sigma G1Point) *big.Int {
	h := sha3.NewLegacyKeccak256()
	h.Write(msgHash[:])
	a := apk.Bytes()
	h.Write(a[:])
	g := apkG2.Bytes()
	h.Write(g[:])
	s := sigma.Bytes()
	h.Write(s[:])
	return reduceR(h.Sum(nil))
}

func reduceR(b []byte) *big.Int {
	g := new(big.Int).SetBytes(b)
	return g.Mod(g, fr.Modulus())
}

// CheckEigenLayerEquation evaluates EigenLayer's signature check literally:
//
//	gamma = EigenLayerGamma(msgHash, apk, apkG2, sigma)
//	e(sigma + gamma*apk, -G2) * e(H(msgHash) + gamma*G1, apkG2) == 1
//
// It is the reference the certificate verifier is proven equivalent to (see the
// verifier's package documentation); the verifier itself uses a cheaper form.
func CheckEigenLayerEquation(msgHash [32]byte, apk G1Point, apkG2 G2Point, sigma G1Point) (bool, error) {
	h, ok := HashToG1(msgHash)
	if !ok {
		return false, ErrPairingInput
	}
	gamma := EigenLayerGamma(msgHash, apk, apkG2, sigma)
	return checkGammaPairing(sigma, apk, h, apkG2, gamma)
}

// checkGammaPairing checks e(sigma + gamma*pk1, -G2) * e(h + gamma*G1, pk2) == 1.
func checkGammaPairing(sigma, pk1, h G1Point, pk2 G2Point, gamma *big.Int) (bool, error) {
	var left, right, t bn254.G1Affine
	t.ScalarMultiplication(&pk1.p, gamma)
	left.Add(&sigma.p, &t)
	t.ScalarMultiplicationBase(gamma)
	right.Add(&h.p, &t)
	return bn254.PairingCheck([]bn254.G1Affine{left, right}, []bn254.G2Affine{negG2, pk2.p})
}

// Pair is one term e(P, Q) of a multi-pairing. Lines, when not nil, must be
// PrecomputeLines(Q).
type Pair struct {
	P     G1Point
	Q     G2Point
	Lines *Lines
}

// CheckSignedPairs reports whether e(sigma, -G2) * Π e(pairs[i].P, pairs[i].Q) == 1.
// Terms with precomputed lines (and -G2, whose lines are always precomputed) share
// one fixed-argument Miller loop, the others one ordinary Miller loop; a single final
// exponentiation follows.
func CheckSignedPairs(sigma G1Point, pairs []Pair) (bool, error) {
	fixedP := []bn254.G1Affine{sigma.p}
	fixedL := [][2][len(bn254.LoopCounter)]bn254.LineEvaluationAff{negG2Lines().l}
	var varP []bn254.G1Affine
	var varQ []bn254.G2Affine
	for _, pr := range pairs {
		if pr.Lines != nil {
			fixedP = append(fixedP, pr.P.p)
			fixedL = append(fixedL, pr.Lines.l) // a copy: gnark overwrites it
		} else {
			varP = append(varP, pr.P.p)
			varQ = append(varQ, pr.Q.p)
		}
	}
	f, err := bn254.MillerLoopFixedQ(fixedP, fixedL)
	if err != nil {
		return false, err
	}
	if len(varP) > 0 {
		g, err := bn254.MillerLoop(varP, varQ)
		if err != nil {
			return false, err
		}
		f.Mul(&f, &g)
	}
	r := bn254.FinalExponentiation(&f)
	return r.IsOne(), nil
}

// LinearCombination returns Σ scalars[i]*points[i] using a single-threaded
// multi-scalar multiplication. scalars are 32-byte big-endian integers reduced mod r.
func LinearCombination(points []G1Point, scalars [][32]byte) (G1Point, error) {
	if len(points) != len(scalars) {
		return G1Point{}, ErrPairingInput
	}
	ps := make([]bn254.G1Affine, len(points))
	ss := make([]fr.Element, len(points))
	for i := range points {
		ps[i] = points[i].p
		ss[i].SetBytes(scalars[i][:])
	}
	var out bn254.G1Affine
	if _, err := out.MultiExp(ps, ss, ecc.MultiExpConfig{NbTasks: 1}); err != nil {
		return G1Point{}, err
	}
	return G1Point{out}, nil
}
