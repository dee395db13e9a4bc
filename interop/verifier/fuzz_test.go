package verifier

import (
	"testing"

	"github.com/parley-xyz/parley/interop/certificate"
)

// FuzzVerifyCertificate feeds arbitrary bytes through the path derivation takes —
// strict decoding, then verification alone and in a batch — checking that nothing
// panics, that single and batch verification agree, and that only certificates that
// re-encode to the very same bytes verify.
func FuzzVerifyCertificate(f *testing.F) {
	fx := newFixture(f, 6, 5000, 0)
	f.Add(fx.cert.Encode())
	other := fx.certify(f, testAttestation(fx.att.Snapshot, 2), map[int]bool{1: true, 2: true})
	f.Add(other.Encode())
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := certificate.Decode(b)
		if err != nil {
			return
		}
		single := fx.v.Verify(c, fx.avs.Source())
		batch := fx.v.VerifyBatch([]*certificate.Certificate{fx.cert, c}, fx.avs.Source())
		if (single == nil) != (batch[1] == nil) || batch[0] != nil {
			t.Fatalf("single %v, batch %v", single, batch)
		}
	})
}
