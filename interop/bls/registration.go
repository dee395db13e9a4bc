package bls

// VerifyKeyRegistration checks an operator's BN254 key registration signature the way
// EigenLayer's KeyRegistrar does (BN254SignatureVerifier.verifySignature): sigma signs
// digest — the KeyRegistrar's EIP-712 BN254KeyRegistration digest, which binds the key
// to one operator, AVS and operator set — and
//
//	gamma = keccak256(digest || pk1 || pk2 || sigma) mod r
//	e(sigma + gamma*pk1, -G2) * e(H(digest) + gamma*G1, pk2) == 1
//
// which is a proof of possession of the secret key behind pk1 that also shows pk1 and
// pk2 share it. Every key in a Parley operator table passed this check on L1; an
// operator tool uses this to check a registration before sending it. Identity keys and
// signatures are rejected.
func VerifyKeyRegistration(digest [32]byte, pk1 G1Point, pk2 G2Point, sigma G1Point) bool {
	if pk1.IsIdentity() || pk2.IsIdentity() || sigma.IsIdentity() {
		return false
	}
	ok, err := CheckEigenLayerEquation(digest, pk1, pk2, sigma)
	return err == nil && ok
}
