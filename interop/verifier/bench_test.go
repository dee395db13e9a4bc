package verifier

import (
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
)

// benchSetup is the benchmark shape: one quorum, 100 operators, 10 non-signers.
func benchSetup(b *testing.B) *fixture {
	absent := map[int]bool{}
	for i := 0; i < 10; i++ {
		absent[i*10] = true
	}
	f := newFixture(b, 100, 6667, 0)
	f.absent = absent
	return f
}

// unseen returns n encoded certificates over distinct attestations, all signed by the
// same operators, none seen by the verifier.
func unseen(b *testing.B, f *fixture, n int, offset uint64) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		c := f.certify(b, testAttestation(f.att.Snapshot, offset+uint64(i)), f.absent)
		out[i] = c.Encode()
	}
	return out
}

// warm verifies a few certificates of the benchmark's signer set, as a running node
// would have: the table's signer-set cache (aggregate keys and their pairing lines)
// is warm; nothing keyed by a benchmarked certificate or digest is cached.
func warm(b *testing.B, f *fixture) {
	for _, enc := range unseen(b, f, 3, 1<<40) {
		c, err := certificate.Decode(enc)
		if err != nil {
			b.Fatal(err)
		}
		if err := f.v.Verify(c, f.avs.Source()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPairingCheck2 is the physical floor of one certificate check: one 2-pair
// BN254 pairing check.
func BenchmarkPairingCheck2(b *testing.B) {
	f := newFixture(b, 4, 5000, 0)
	ss, _ := certificate.Signers(f.avs.Table(), f.cert.Quorums, f.cert.NonSigners)
	h, _ := bls.HashToG1(f.att.Digest())
	_, _, _, g2 := bn254.Generators()
	var ng2 bn254.G2Affine
	ng2.Neg(&g2)
	p := []bn254.G1Affine{f.cert.Sigma.Affine(), h.Affine()}
	q := []bn254.G2Affine{ng2, ss.ApkG2.Affine()}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ok, err := bn254.PairingCheck(p, q)
		if err != nil || !ok {
			b.Fatal("pairing check failed")
		}
	}
}

// floor is a 2-pair pairing check on fixed inputs: the physical floor of one
// certificate check.
type floor struct {
	p []bn254.G1Affine
	q []bn254.G2Affine
}

func newFloor(f *fixture) *floor {
	ss, _ := certificate.Signers(f.avs.Table(), f.cert.Quorums, f.cert.NonSigners)
	h, _ := bls.HashToG1(f.att.Digest())
	_, _, _, g2 := bn254.Generators()
	var ng2 bn254.G2Affine
	ng2.Neg(&g2)
	return &floor{p: []bn254.G1Affine{f.cert.Sigma.Affine(), h.Affine()}, q: []bn254.G2Affine{ng2, ss.ApkG2.Affine()}}
}

// time runs the floor check once, outside the benchmark timer, and returns its duration.
func (fl *floor) time(b *testing.B) time.Duration {
	b.StopTimer()
	defer b.StartTimer()
	start := time.Now()
	if ok, err := bn254.PairingCheck(fl.p, fl.q); err != nil || !ok {
		b.Fatal("pairing check failed")
	}
	return time.Since(start)
}

// BenchmarkVerifyCertificate decodes and verifies one unseen certificate per op. Each
// iteration also runs the 2-pair pairing check outside the timer, so the reported
// x_pairing ratio compares both under the same machine conditions.
func BenchmarkVerifyCertificate(b *testing.B) {
	f := benchSetup(b)
	warm(b, f)
	fl := newFloor(f)
	encs := unseen(b, f, b.N, 0)
	var verify, pairing time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		c, err := certificate.Decode(encs[i])
		if err != nil {
			b.Fatal(err)
		}
		if err := f.v.Verify(c, f.avs.Source()); err != nil {
			b.Fatal(err)
		}
		verify += time.Since(start)
		pairing += fl.time(b)
	}
	b.ReportMetric(float64(verify)/float64(pairing), "x_pairing")
}

// BenchmarkVerifyCertificateNewSignerSet is the cold case: every certificate has a
// signer set the verifier has not seen (a different operator absent each time).
func BenchmarkVerifyCertificateNewSignerSet(b *testing.B) {
	f := benchSetup(b)
	encs := make([][]byte, b.N)
	for i := range encs {
		absent := map[int]bool{i % 100: true, (i + 37) % 100: true}
		encs[i] = f.certify(b, testAttestation(f.att.Snapshot, uint64(i)), absent).Encode()
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c, err := certificate.Decode(encs[i])
		if err != nil {
			b.Fatal(err)
		}
		if err := f.v.Verify(c, f.avs.Source()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerifyCertificateBatch64 decodes and verifies 64 unseen certificates per op.
func BenchmarkVerifyCertificateBatch64(b *testing.B) {
	f := benchSetup(b)
	warm(b, f)
	batches := make([][][]byte, b.N)
	for i := range batches {
		batches[i] = unseen(b, f, 64, uint64(i)*64)
	}
	fl := newFloor(f)
	var batch, pairing time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		certs := make([]*certificate.Certificate, 64)
		for j, enc := range batches[i] {
			c, err := certificate.Decode(enc)
			if err != nil {
				b.Fatal(err)
			}
			certs[j] = c
		}
		for _, err := range f.v.VerifyBatch(certs, f.avs.Source()) {
			if err != nil {
				b.Fatal(err)
			}
		}
		batch += time.Since(start)
		pairing += fl.time(b)
	}
	// Per certificate, against the floor: a batch of 64 costs this many pairing checks
	// per certificate.
	b.ReportMetric(float64(batch)/64/float64(pairing), "x_pairing_per_cert")
}

// BenchmarkHashToG1 is EigenLayer's try-and-increment hash of a fresh digest per op.
func BenchmarkHashToG1(b *testing.B) {
	for i := 0; i < b.N; i++ {
		att := testAttestation(attestation.Snapshot{Block: 1}, uint64(i))
		if _, ok := bls.HashToG1(att.Digest()); !ok {
			b.Fatal("no point")
		}
	}
}
