// Package bls implements the BN254 BLS signature scheme Parley shares with EigenLayer:
// secret keys in the scalar field, public keys in G1 and G2, signatures in G1,
// EigenLayer's try-and-increment hash to G1, aggregation, and proof of possession.
//
// Why this package exists instead of calling gnark-crypto directly: every point Parley
// reads from L1 or from EVM calldata crosses a trust boundary, and gnark's own
// decoders accept more than consensus may (non-canonical field elements, its own
// compressed format, the point at infinity). Here every decoder is strict — exactly the
// EVM word encoding (EIP-197 order for G2), each coordinate below the field modulus,
// on the curve, in the prime-order subgroup, and never the identity — and returns an
// error instead of panicking.
//
// Encodings. A G1 point is 64 bytes: X || Y, each a 32-byte big-endian integer. A G2
// point is 128 bytes in EIP-197 order: X.imaginary || X.real || Y.imaginary || Y.real.
// Solidity's BN254.G2Point{uint256[2] X; uint256[2] Y} uses the same order (X[0] is the
// imaginary part).
package bls
