// Package interop is the Parley protocol: pure, deterministic, and free of I/O, so
// that the op-node derivation hook, the op-geth inbox precompile, the AVS operator and
// the aggregator all run the very same code. Its subpackages each do one job:
//
//   - message: OP Superchain interop's message identity and checksum;
//   - msgtree: the Merkle commitment over a block range's messages, with proofs;
//   - attestation: what operators sign, and its domain-separated digest;
//   - bls: BN254 BLS with EigenLayer's hash-to-G1, strict point encodings and
//     proofs of possession;
//   - optable: the versioned operator table mirrored from the L1 registry;
//   - certificate: the quorum certificate, its strict ABI codec, and aggregation;
//   - verifier: the consensus rules that accept or reject a certificate, single and
//     batched, with caches that never change a result;
//   - avssim: simulated AVSs with real keys, for tests, benchmarks and `parley sim`.
//
// SPEC.md in this directory specifies every format and rule precisely enough for a
// second implementation.
package interop
