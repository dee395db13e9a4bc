// Package verifier decides whether a Parley certificate is valid: whether a
// stake-weighted quorum of an AVS's operators, per a policy, signed the certificate's
// attestation. It is consensus code on destination rollups, so its result is a pure
// function of the certificate, the policy and the operator-table snapshot it is given
// (found by the caller from the certificate's snapshot reference: on a destination,
// from L1 data, within the chain's window).
//
// The rules, in the order they are checked (each failure has its own error):
//
//  1. Shape: the attestation's range is not empty; quorums are non-empty, strictly
//     ascending, below 192; non-signers are strictly ascending (no duplicates); sigma
//     and apkG2 are not the identity. (Decoded certificates already satisfy these,
//     plus canonical encodings, on-curve and subgroup membership.)
//  2. AVS: the attestation names the policy's AVS (L1 chain id, AVS address).
//  3. Sets: the certificate lists exactly the policy's operator sets.
//  4. Snapshot: the source has the table the attestation's (snapshotBlock,
//     snapshotRoot) name, and it is that table.
//  5. Signer set: every listed set is in the table and has members; every non-signer
//     is the key of an entry in one of the listed sets. Each key belongs to one set,
//     so apk = Σ_q (setApk_q − Σ_{non-signers n in q} pk_n), in G1 and in G2.
//  6. Weight: in every listed set q, signed_q = total_q − Σ_{n in q} weight_n is
//     > 0, and signed_q · 10000 >= total_q · bps_q (cross-multiplied, no division).
//  7. apkG2 equals the signers' aggregate G2 key from step 5.
//  8. Signature: H = HashToG1(digest), digest computed locally from the attestation
//     fields (never read from the wire); H must not be the G1 generator; and
//     e(sigma, −G2) · e(H, apkG2) == 1.
//
// Equivalence with EigenLayer's check. EigenLayer accepts when
//
//	γ = keccak256(digest, apk, apkG2, sigma) mod r
//	e(sigma + γ·apk, −G2) · e(H + γ·G1, apkG2) == 1.
//
// Every table key pair was registered in EigenLayer's KeyRegistrar with a proof of
// possession that shows e(pk1, G2) = e(G1, pk2) (bls.VerifyKeyRegistration), so after
// rule 7, e(apk, G2) = e(G1, apkG2) by bilinearity;
// the γ terms then contribute e(apk, G2)^−γ · e(G1, apkG2)^γ = 1 and EigenLayer's
// equation reduces exactly to rule 8. Conversely, if an apkG2 in G2 satisfies
// EigenLayer's equation for a random-oracle γ, then e(apk, G2) = e(G1, apkG2), so apkG2
// is the unique G2 counterpart of apk — the one rule 7 demands — except with
// probability about 1/r. The two checks therefore accept the same certificates; the
// tests cross-check them (bls.CheckEigenLayerEquation) on valid and invalid inputs.
// Rule 8 needs no scalar multiplications and, because apkG2 is fixed per signer set,
// lets the verifier reuse precomputed Miller-loop lines for it.
//
// Caches (golang-lru/v2): digest → hashed point, and (table root, sets,
// non-signers) → signer set with its precomputed lines. Both hold values that are
// pure functions of their keys, so they never change a result; tests check that.
//
// Batches: VerifyBatch combines the signature checks of many certificates into one
// multi-pairing with Fiat–Shamir coefficients and isolates failures by bisection.
package verifier
