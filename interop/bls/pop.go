package bls

import (
	"encoding/binary"

	"golang.org/x/crypto/sha3"
)

// PoPTypeHash is the versioned domain tag of a proof of possession:
// keccak256("Parley.ProofOfPossession.v1(uint256 l1ChainId,address registry,address operator)").
var PoPTypeHash = keccak([]byte("Parley.ProofOfPossession.v1(uint256 l1ChainId,address registry,address operator)"))

// PoPDigest is the message an operator signs to prove possession of its key:
// keccak256(abi.encode(PoPTypeHash, l1ChainId, registry, operator)). It binds the key
// to one operator address of one AVS (L1 chain id and registry address), so a proof
// cannot be replayed for another operator or into another AVS.
func PoPDigest(l1ChainID uint64, registry, operator [20]byte) [32]byte {
	var buf [4 * 32]byte
	copy(buf[0:32], PoPTypeHash[:])
	binary.BigEndian.PutUint64(buf[56:64], l1ChainID)
	copy(buf[76:96], registry[:])
	copy(buf[108:128], operator[:])
	return keccak(buf[:])
}

// ProvePossession returns the proof of possession of k for operator in the given AVS:
// sk*HashToG1(PoPDigest(...)).
func (k *SecretKey) ProvePossession(l1ChainID uint64, registry, operator [20]byte) (G1Point, error) {
	return k.Sign(PoPDigest(l1ChainID, registry, operator))
}

// popGamma is EigenLayer's BLSApkRegistry registration scalar:
// keccak256(sig.X, sig.Y, pk1.X, pk1.Y, pk2.X[0], pk2.X[1], pk2.Y[0], pk2.Y[1], h.X, h.Y) mod r.
func popGamma(sig, pk1 G1Point, pk2 G2Point, h G1Point) [32]byte {
	w := sha3.NewLegacyKeccak256()
	for _, b := range [][]byte{ptr64(sig.Bytes()), ptr64(pk1.Bytes()), ptr128(pk2.Bytes()), ptr64(h.Bytes())} {
		w.Write(b)
	}
	var out [32]byte
	w.Sum(out[:0])
	return out
}

func ptr64(b [G1Size]byte) []byte  { return b[:] }
func ptr128(b [G2Size]byte) []byte { return b[:] }

// VerifyPossession checks a proof of possession with EigenLayer's registration
// equation, which also proves that pk1 and pk2 share one secret key:
//
//	gamma = keccak256(sig || pk1 || pk2 || H(m)) mod r
//	e(sig + gamma*pk1, -G2) * e(H(m) + gamma*G1, pk2) == 1
//
// Identity keys and signatures are rejected.
func VerifyPossession(pk1 G1Point, pk2 G2Point, sig G1Point, l1ChainID uint64, registry, operator [20]byte) bool {
	if pk1.IsIdentity() || pk2.IsIdentity() || sig.IsIdentity() {
		return false
	}
	h, ok := HashToG1(PoPDigest(l1ChainID, registry, operator))
	if !ok {
		return false
	}
	g := popGamma(sig, pk1, pk2, h)
	good, err := checkGammaPairing(sig, pk1, h, pk2, reduceR(g[:]))
	return err == nil && good
}

func keccak(b ...[]byte) [32]byte {
	w := sha3.NewLegacyKeccak256()
	for _, x := range b {
		w.Write(x)
	}
	var out [32]byte
	w.Sum(out[:0])
	return out
}
