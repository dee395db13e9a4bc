package verifier

import (
	"encoding/binary"

	"golang.org/x/crypto/sha3"

	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
)

// VerifyBatch checks several certificates and returns one result per certificate, in
// order, each exactly what Verify would return for it.
//
// Every rule but the signature check runs per certificate. The signature checks of all
// certificates that pass those rules are then combined into one multi-pairing with
// coefficients r_i:
//
//	e(Σ r_i·sigma_i, −G2) · Π_{signer sets s} e(Σ_{i∈s} r_i·H(m_i), apkG2_s) == 1
//
// which costs one pairing per distinct signer set instead of one per certificate. If
// the combined check fails, the batch is split in halves until the failing
// certificates are isolated and checked alone.
//
// The coefficients are 128-bit values derived by hashing every batched certificate's
// digest, sigma and apkG2 (Fiat–Shamir), so the outcome is a deterministic function of
// the input, as consensus needs, while a batch containing an invalid signature passes
// only with probability about 2^-128.
func (v *Verifier) VerifyBatch(certs []*certificate.Certificate, tables optable.Source) []error {
	errs := make([]error, len(certs))
	var pending []*checked
	var index []int
	for i, c := range certs {
		ck, err := v.precheck(c, tables)
		if err != nil {
			errs[i] = err
			continue
		}
		pending = append(pending, ck)
		index = append(index, i)
	}
	bad := make([]bool, len(pending))
	v.batchPairing(pending, bad)
	for j, isBad := range bad {
		if isBad {
			errs[index[j]] = ErrBadSignature
		}
	}
	return errs
}

// batchPairing marks in bad the certificates of cks whose signatures do not verify.
func (v *Verifier) batchPairing(cks []*checked, bad []bool) {
	switch len(cks) {
	case 0:
		return
	case 1:
		bad[0] = v.pairing(cks[0]) != nil
		return
	}
	if v.combinedCheck(cks) {
		return
	}
	mid := len(cks) / 2
	v.batchPairing(cks[:mid], bad[:mid])
	v.batchPairing(cks[mid:], bad[mid:])
}

// combinedCheck runs the random-linear-combination check over cks.
func (v *Verifier) combinedCheck(cks []*checked) bool {
	coeffs := batchCoefficients(cks)
	sigmas := make([]bls.G1Point, len(cks))
	for i, ck := range cks {
		sigmas[i] = ck.cert.Sigma
	}
	sigma, err := bls.LinearCombination(sigmas, coeffs)
	if err != nil {
		return false
	}
	// Group the hashed points by signer set: one pairing per distinct apkG2.
	type group struct {
		entry   *signerEntry
		points  []bls.G1Point
		scalars [][32]byte
	}
	var groups []*group
	byEntry := map[*signerEntry]*group{}
	for i, ck := range cks {
		g, ok := byEntry[ck.signer]
		if !ok {
			g = &group{entry: ck.signer}
			byEntry[ck.signer] = g
			groups = append(groups, g)
		}
		g.points = append(g.points, ck.h)
		g.scalars = append(g.scalars, coeffs[i])
	}
	pairs := make([]bls.Pair, len(groups))
	for i, g := range groups {
		p, err := bls.LinearCombination(g.points, g.scalars)
		if err != nil {
			return false
		}
		pairs[i] = bls.Pair{P: p, Q: g.entry.set.ApkG2, Lines: g.entry.linesForUse()}
	}
	ok, err := bls.CheckSignedPairs(sigma, pairs)
	return err == nil && ok
}

// batchCoefficients derives one 128-bit coefficient per certificate from a transcript
// of the whole batch: r_i = keccak256(T || be32(i))[0:16] with
// T = keccak256("parley.batch.v1" || (digest || sigma || apkG2) for each certificate).
func batchCoefficients(cks []*checked) [][32]byte {
	w := sha3.NewLegacyKeccak256()
	w.Write([]byte("parley.batch.v1"))
	for _, ck := range cks {
		w.Write(ck.digest[:])
		s := ck.cert.Sigma.Bytes()
		w.Write(s[:])
		a := ck.cert.ApkG2.Bytes()
		w.Write(a[:])
	}
	var t [36]byte
	w.Sum(t[:0])
	out := make([][32]byte, len(cks))
	for i := range cks {
		binary.BigEndian.PutUint32(t[32:], uint32(i))
		h := sha3.NewLegacyKeccak256()
		h.Write(t[:])
		var d [32]byte
		h.Sum(d[:0])
		copy(out[i][16:], d[:16])
		out[i][31] |= 1 // never zero
	}
	return out
}
