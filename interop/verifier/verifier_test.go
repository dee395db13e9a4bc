package verifier

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/avssim"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
)

func TestValidCertificate(t *testing.T) {
	f := newFixture(t, 8, 6667, 0)
	if err := f.v.Verify(f.cert, f.avs.Source()); err != nil {
		t.Fatalf("valid certificate rejected: %v", err)
	}
	dec, err := certificate.Decode(f.cert.Encode())
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	// Twice: the second run is served from the caches and must agree.
	for i := 0; i < 3; i++ {
		if err := f.v.Verify(dec, f.avs.Source()); err != nil {
			t.Fatalf("round %d: decoded certificate rejected: %v", i, err)
		}
	}
	if f.v.Stats().SignerHits.Load() == 0 {
		t.Fatal("signer-set cache never hit")
	}
}

func TestMultiQuorumCertificate(t *testing.T) {
	// Operators in overlapping quorums: multiplicities must match EigenLayer's.
	stakes := []map[uint8]uint64{
		{0: 100, 1: 50}, {0: 100}, {1: 70, 2: 5}, {0: 10, 1: 10, 2: 10}, {2: 40}, {0: 300, 2: 1},
	}
	a, err := avssim.New(avssim.Config{AVS: testAVS, Seed: 3, Stakes: stakes})
	if err != nil {
		t.Fatal(err)
	}
	v, err := New(Config{Policy: Policy{AVS: testAVS, Thresholds: []Threshold{{0, 5000}, {1, 5000}, {2, 5000}}}})
	if err != nil {
		t.Fatal(err)
	}
	att := testAttestation(a.Snapshot(), 3)
	for _, absent := range []map[int]bool{{}, {3: true}, {1: true, 3: true}} {
		c, err := a.Certify(att, []uint8{0, 1, 2}, absent)
		if err != nil {
			t.Fatal(err)
		}
		if err := v.Verify(c, a.Source()); err != nil {
			t.Fatalf("absent %v: %v", absent, err)
		}
		ss, err := certificate.Signers(a.Table(), c.Quorums, c.NonSigners)
		if err != nil {
			t.Fatal(err)
		}
		ok, err := bls.CheckEigenLayerEquation(att.Digest(), ss.ApkG1, c.ApkG2, c.Sigma)
		if err != nil || !ok {
			t.Fatalf("absent %v: EigenLayer's literal equation rejects a certificate we accept", absent)
		}
	}
}

// mutation changes a valid certificate; want is the error Verify must return.
type mutation struct {
	name   string
	mutate func(t *testing.T, f *fixture, c *certificate.Certificate)
	want   error
}

func TestRejections(t *testing.T) {
	mutations := []mutation{
		// Tampering with each signed field breaks the signature.
		{"sourceChainId (cross-chain replay)", func(_ *testing.T, _ *fixture, c *certificate.Certificate) { c.Attestation.SourceChainID++ }, ErrBadSignature},
		{"fromBlock", func(_ *testing.T, _ *fixture, c *certificate.Certificate) { c.Attestation.FromBlock++ }, ErrBadSignature},
		{"toBlock", func(_ *testing.T, _ *fixture, c *certificate.Certificate) { c.Attestation.ToBlock++ }, ErrBadSignature},
		{"lastBlockHash", func(_ *testing.T, _ *fixture, c *certificate.Certificate) { c.Attestation.LastBlockHash[3] ^= 1 }, ErrBadSignature},
		{"messageRoot", func(_ *testing.T, _ *fixture, c *certificate.Certificate) { c.Attestation.MessageRoot[31] ^= 1 }, ErrBadSignature},
		// The AVS identity is checked against the policy before anything else.
		{"l1ChainId", func(_ *testing.T, _ *fixture, c *certificate.Certificate) { c.Attestation.AVS.L1ChainID++ }, ErrWrongAVS},
		{"avs", func(_ *testing.T, _ *fixture, c *certificate.Certificate) { c.Attestation.AVS.Address[0] ^= 1 }, ErrWrongAVS},
		// The snapshot must be one the source has: another block or another root is
		// another snapshot.
		{"snapshot block", func(_ *testing.T, _ *fixture, c *certificate.Certificate) { c.Attestation.Snapshot.Block++ }, optable.ErrUnknownSnapshot},
		{"snapshot root", func(_ *testing.T, _ *fixture, c *certificate.Certificate) { c.Attestation.Snapshot.Root[0] ^= 1 }, optable.ErrUnknownSnapshot},
		{"empty block range", func(_ *testing.T, _ *fixture, c *certificate.Certificate) {
			c.Attestation.FromBlock = c.Attestation.ToBlock + 1
		}, attestation.ErrEmptyRange},
		// Signature data.
		{"wrong signature", func(t *testing.T, f *fixture, c *certificate.Certificate) {
			other := f.certify(t, testAttestation(c.Attestation.Snapshot, 2), f.absent)
			c.Sigma = other.Sigma
		}, ErrBadSignature},
		{"sigma plus generator", func(_ *testing.T, _ *fixture, c *certificate.Certificate) {
			var s bls.G1Sum
			s.Add(c.Sigma)
			s.Add(bls.G1Generator())
			c.Sigma = s.Point()
		}, ErrBadSignature},
		{"identity sigma", func(_ *testing.T, _ *fixture, c *certificate.Certificate) { c.Sigma = bls.G1Point{} }, bls.ErrIdentity},
		{"identity apkG2", func(_ *testing.T, _ *fixture, c *certificate.Certificate) { c.ApkG2 = bls.G2Point{} }, bls.ErrIdentity},
		{"apkG2 of another signer set", func(_ *testing.T, f *fixture, c *certificate.Certificate) {
			q, _ := f.avs.Table().Set(0)
			c.ApkG2 = q.ApkG2
		}, ErrApkG2Mismatch},
		// Non-signers.
		{"hidden non-signer", func(_ *testing.T, _ *fixture, c *certificate.Certificate) { c.NonSigners = c.NonSigners[1:] }, ErrApkG2Mismatch},
		{"hidden non-signer with matching apkG2", func(_ *testing.T, f *fixture, c *certificate.Certificate) {
			c.NonSigners = c.NonSigners[1:]
			ss, _ := certificate.Signers(f.avs.Table(), c.Quorums, c.NonSigners)
			c.ApkG2 = ss.ApkG2
		}, ErrBadSignature},
		{"duplicate non-signer", func(_ *testing.T, _ *fixture, c *certificate.Certificate) {
			c.NonSigners = append(c.NonSigners, c.NonSigners[len(c.NonSigners)-1])
		}, certificate.ErrDuplicateNonSigner},
		{"unordered non-signers", func(_ *testing.T, _ *fixture, c *certificate.Certificate) {
			c.NonSigners[0], c.NonSigners[1] = c.NonSigners[1], c.NonSigners[0]
		}, certificate.ErrNonSignersUnordered},
		{"unknown non-signer", func(_ *testing.T, _ *fixture, c *certificate.Certificate) {
			c.NonSigners = append(c.NonSigners, common.HexToHash("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"))
		}, certificate.ErrUnknownNonSigner},
		// Quorums.
		{"no quorums", func(_ *testing.T, _ *fixture, c *certificate.Certificate) { c.Quorums = nil }, certificate.ErrNoQuorums},
		{"quorum not in policy", func(_ *testing.T, _ *fixture, c *certificate.Certificate) { c.Quorums = []uint8{1} }, ErrQuorumPolicy},
	}
	for _, m := range mutations {
		t.Run(m.name, func(t *testing.T) {
			f := newFixture(t, 8, 5000, 0)
			f.absent = map[int]bool{0: true, 3: true}
			c := f.certify(t, f.att, f.absent)
			if err := f.v.Verify(c, f.avs.Source()); err != nil {
				t.Fatalf("unmutated certificate rejected: %v", err)
			}
			m.mutate(t, f, c)
			err := f.v.Verify(c, f.avs.Source())
			if !errors.Is(err, m.want) {
				t.Fatalf("got %v, want %v", err, m.want)
			}
			// Batches reject exactly the same way.
			if errs := f.v.VerifyBatch([]*certificate.Certificate{f.cert, c}, f.avs.Source()); errs[0] != nil || !errors.Is(errs[1], m.want) {
				t.Fatalf("batch: %v", errs)
			}
		})
	}
}

// TestNonSignerOutsideQuorum: a key of set 1 cannot be listed as a non-signer of a
// set-0 certificate.
func TestNonSignerOutsideQuorum(t *testing.T) {
	stakes := avssim.Uniform(5, 0)
	stakes = append(stakes, map[uint8]uint64{1: 500})
	a, err := avssim.New(avssim.Config{AVS: testAVS, Seed: 9, Stakes: stakes})
	if err != nil {
		t.Fatal(err)
	}
	v, _ := New(Config{Policy: Policy{AVS: testAVS, Thresholds: []Threshold{{0, 5000}}}})
	att := testAttestation(a.Snapshot(), 4)
	c, err := a.Certify(att, []uint8{0}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Verify(c, a.Source()); err != nil {
		t.Fatal(err)
	}
	c.NonSigners = []optable.OperatorID{a.Operators[5].ID(1)}
	if err := v.Verify(c, a.Source()); !errors.Is(err, certificate.ErrNonSignerNotInQuorum) {
		t.Fatalf("got %v", err)
	}
}

// TestThresholdBoundary checks the threshold at exactly the boundary and one stake unit
// below it, and a case a floored division would get wrong.
func TestThresholdBoundary(t *testing.T) {
	cases := []struct {
		name   string
		stakes []uint64
		absent map[int]bool
		bps    uint16
		want   error
	}{
		{"exactly at 80%", []uint64{6000, 2000, 1000, 1000}, map[int]bool{2: true, 3: true}, 8000, nil},
		{"one unit below 80%", []uint64{5999, 2000, 1000, 1001}, map[int]bool{2: true, 3: true}, 8000, ErrThreshold},
		{"above", []uint64{6000, 2000, 1000, 1000}, map[int]bool{3: true}, 8000, nil},
		// 2 of 3 is 66.66…%, below 6667 bps; floor(3*6667/10000) = 2 would accept it.
		{"floored division trap", []uint64{1, 1, 1}, map[int]bool{0: true}, 6667, ErrThreshold},
		{"two thirds at 6666 bps", []uint64{1, 1, 1}, map[int]bool{0: true}, 6666, nil},
		{"100% required, all signed", []uint64{5, 7, 9}, map[int]bool{}, 10000, nil},
		{"100% required, one absent", []uint64{5, 7, 9}, map[int]bool{1: true}, 10000, ErrThreshold},
		// A zero threshold still needs some signed stake.
		{"signers hold no stake", []uint64{0, 0, 9}, map[int]bool{2: true}, 0, ErrNoSignedStake},
		{"zero threshold, some stake", []uint64{1, 0, 9}, map[int]bool{2: true}, 0, nil},
		// Large stakes (96-bit) do not overflow the cross-multiplication.
		{"96-bit stakes", []uint64{1<<63 - 1, 1<<63 - 1, 1}, map[int]bool{2: true}, 9999, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			stakes := make([]map[uint8]uint64, len(c.stakes))
			for i, s := range c.stakes {
				stakes[i] = map[uint8]uint64{0: s}
			}
			a, err := avssim.New(avssim.Config{AVS: testAVS, Seed: 5, Stakes: stakes})
			if err != nil {
				t.Fatal(err)
			}
			v, err := New(Config{Policy: Policy{AVS: testAVS, Thresholds: []Threshold{{0, c.bps}}}})
			if err != nil {
				t.Fatal(err)
			}
			cert, err := a.Certify(testAttestation(a.Snapshot(), 5), []uint8{0}, c.absent)
			if err != nil {
				t.Fatal(err)
			}
			if err := v.Verify(cert, a.Source()); !errors.Is(err, c.want) || (c.want == nil && err != nil) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

// TestReplayAcrossAVS: the same operator keys registered in two AVSs; a certificate
// signed for one is rejected by the other, whether relabelled or not.
func TestReplayAcrossAVS(t *testing.T) {
	other := attestation.AVS{L1ChainID: testAVS.L1ChainID, Address: common.HexToAddress("0xb0b")}
	fa := newFixture(t, 6, 5000, 0)
	b, err := avssim.New(avssim.Config{AVS: other, Seed: 7, Stakes: avssim.Uniform(6, 0)})
	if err != nil {
		t.Fatal(err)
	}
	vb, _ := New(Config{Policy: Policy{AVS: other, Thresholds: []Threshold{{0, 5000}}}})
	if !fa.avs.Operators[0].Key(0).PublicKeyG1().Equal(b.Operators[0].Key(0).PublicKeyG1()) {
		t.Fatal("fixture: the two AVSs should share operator keys")
	}
	if err := vb.Verify(fa.cert, b.Source()); !errors.Is(err, ErrWrongAVS) {
		t.Fatalf("unrelabelled: %v", err)
	}
	relabelled := *fa.cert
	relabelled.Attestation.AVS = other
	if err := vb.Verify(&relabelled, b.Source()); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("relabelled: %v", err)
	}
}

// TestSnapshots: a certificate is checked against exactly the snapshot it names. A
// newer snapshot of the same operators (same keys, other weights) does not make it
// invalid; relabelling it to the newer snapshot changes the digest; a source without
// its snapshot rejects it.
func TestSnapshots(t *testing.T) {
	f := newFixture(t, 6, 5000, 0)
	newer := f.resnapshot(t, 2, func(i int) uint64 { return 5000 + uint64(i) })
	both := optable.Of(f.avs.Table(), newer.Table())
	if err := f.v.Verify(f.cert, both); err != nil {
		t.Fatalf("certificate against the older snapshot: %v", err)
	}
	relabelled := *f.cert
	relabelled.Attestation.Snapshot = newer.Snapshot()
	if err := f.v.Verify(&relabelled, both); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("relabelled to the newer snapshot: %v", err)
	}
	err := f.v.Verify(f.cert, newer.Source())
	if !errors.Is(err, ErrSnapshot) || !errors.Is(err, optable.ErrUnknownSnapshot) {
		t.Fatalf("snapshot missing from the source: %v", err)
	}
	// A source that answers with another table than the one named is refused.
	if err := f.v.Verify(f.cert, liar{newer.Table()}); !errors.Is(err, ErrSnapshot) {
		t.Fatalf("source returned another snapshot: %v", err)
	}
}

// liar is a Source that returns one table whatever is asked.
type liar struct{ t *optable.Table }

func (l liar) Table(attestation.Snapshot) (*optable.Table, error) { return l.t, nil }

// TestDegenerateDigest: a digest of 1 hashes to the generator, where every public key
// would be its own signature; the verifier refuses it. Attestation digests are keccak
// outputs, so no attestation reaches it.
func TestDegenerateDigest(t *testing.T) {
	var one common.Hash
	one[31] = 1
	h, ok := bls.HashToG1(one)
	if !ok || !h.Equal(bls.G1Generator()) {
		t.Fatal("expected digest 1 to hash to the generator")
	}
	f := newFixture(t, 4, 5000, 0)
	if _, err := f.v.hashToG1(one); !errors.Is(err, ErrDegenerateMessage) {
		t.Fatalf("got %v", err)
	}
	// With H(m) = G1, sigma = apk would pass the pairing: show the check is what stops it.
	ss, _ := certificate.Signers(f.avs.Table(), f.cert.Quorums, f.cert.NonSigners)
	if ok, _ := bls.CheckSignedPair(ss.ApkG1, h, ss.ApkG2, nil); !ok {
		t.Fatal("forgery premise does not hold")
	}
}

func TestEigenLayerEquivalence(t *testing.T) {
	f := newFixture(t, 8, 5000, 0)
	digest := f.att.Digest()
	ss, _ := certificate.Signers(f.avs.Table(), f.cert.Quorums, f.cert.NonSigners)
	ok, err := bls.CheckEigenLayerEquation(digest, ss.ApkG1, f.cert.ApkG2, f.cert.Sigma)
	if err != nil || !ok {
		t.Fatal("EigenLayer's equation rejects a valid certificate")
	}
	// Wrong signature: both reject.
	bad := f.certify(t, testAttestation(f.att.Snapshot, 9), f.absent)
	if ok, _ := bls.CheckEigenLayerEquation(digest, ss.ApkG1, f.cert.ApkG2, bad.Sigma); ok {
		t.Fatal("EigenLayer's equation accepts a wrong signature")
	}
	// An apkG2 that is not the counterpart of apk: both reject.
	q, _ := f.avs.Table().Set(0)
	if ok, _ := bls.CheckEigenLayerEquation(digest, ss.ApkG1, q.ApkG2, f.cert.Sigma); ok {
		t.Fatal("EigenLayer's equation accepts a mismatched apkG2")
	}
}

// TestCachesNeverChangeResults runs a corpus of valid and invalid certificates through
// a cached and an uncached verifier, twice, across two snapshots of the same keys.
func TestCachesNeverChangeResults(t *testing.T) {
	f := newFixture(t, 10, 6000, 0)
	cached := f.v
	uncached, err := New(Config{Policy: f.v.policy, HashCacheSize: -1, SignerCacheSize: -1})
	if err != nil {
		t.Fatal(err)
	}
	var corpus []*certificate.Certificate
	for i := uint64(0); i < 6; i++ {
		absent := map[int]bool{int(i): true, int(i+1) % 10: true}
		if i == 4 {
			absent = map[int]bool{0: true, 1: true, 2: true, 3: true, 4: true} // below threshold
		}
		c := f.certify(t, testAttestation(f.att.Snapshot, 10+i), absent)
		corpus = append(corpus, c)
		bad := *c
		bad.Attestation.MessageRoot[0] ^= 0xff
		corpus = append(corpus, &bad)
	}
	corpus = append(corpus, corpus[0], corpus[1]) // repeats hit the caches
	src := f.avs.Source()
	check := func(round string) {
		for i, c := range corpus {
			a, b := cached.Verify(c, src), uncached.Verify(c, src)
			if (a == nil) != (b == nil) || (a != nil && a.Error() != b.Error()) {
				t.Fatalf("%s: certificate %d: cached %v, uncached %v", round, i, a, b)
			}
		}
		ba, bb := cached.VerifyBatch(corpus, src), uncached.VerifyBatch(corpus, src)
		for i := range corpus {
			if (ba[i] == nil) != (bb[i] == nil) {
				t.Fatalf("%s: batch certificate %d: cached %v, uncached %v", round, i, ba[i], bb[i])
			}
		}
	}
	check("first")
	check("warm")
	// A new snapshot with the same keys and signer sets must not be served the old
	// entries: operator 9's weight drops so that some certificates fall below the
	// threshold there.
	newer := f.resnapshot(t, 2, func(i int) uint64 {
		if i == 9 {
			return 1
		}
		return 1000 + 10*uint64(i)
	})
	src = optable.Of(f.avs.Table(), newer.Table())
	for i := uint64(0); i < 6; i++ {
		absent := map[int]bool{int(i): true, int(i+1) % 10: true, 5: true}
		c, err := newer.Certify(testAttestation(newer.Snapshot(), 10+i), []uint8{0}, absent)
		if err != nil {
			t.Fatal(err)
		}
		corpus = append(corpus, c)
	}
	check("after a new snapshot")
	if cached.Stats().SignerHits.Load() == 0 || cached.Stats().HashHits.Load() == 0 {
		t.Fatal("caches were never used")
	}
}

func TestBatchMatchesSingle(t *testing.T) {
	f := newFixture(t, 12, 5000, 0)
	var certs []*certificate.Certificate
	for i := uint64(0); i < 11; i++ {
		absent := map[int]bool{int(i % 3): true}
		c := f.certify(t, testAttestation(f.att.Snapshot, 20+i), absent)
		switch i {
		case 2, 7: // bad signatures, isolated by bisection
			c.Attestation.LastBlockHash[0] ^= 1
		case 5: // fails before the pairing
			c.Quorums = []uint8{3}
		}
		certs = append(certs, c)
	}
	errs := f.v.VerifyBatch(certs, f.avs.Source())
	for i, c := range certs {
		single := f.v.Verify(c, f.avs.Source())
		if (single == nil) != (errs[i] == nil) || (single != nil && single.Error() != errs[i].Error()) {
			t.Fatalf("certificate %d: batch %v, single %v", i, errs[i], single)
		}
	}
	for _, i := range []int{2, 7} {
		if !errors.Is(errs[i], ErrBadSignature) {
			t.Fatalf("certificate %d: %v", i, errs[i])
		}
	}
	if !errors.Is(errs[5], ErrQuorumPolicy) {
		t.Fatalf("certificate 5: %v", errs[5])
	}
	if errs := f.v.VerifyBatch(nil, f.avs.Source()); len(errs) != 0 {
		t.Fatalf("empty batch: %v", errs)
	}
}

func TestPolicyValidation(t *testing.T) {
	bad := []Policy{
		{AVS: testAVS},
		{AVS: testAVS, Thresholds: []Threshold{{0, 10001}}},
		{AVS: testAVS, Thresholds: []Threshold{{1, 5000}, {0, 5000}}},
		{AVS: testAVS, Thresholds: []Threshold{{1, 5000}, {1, 5000}}},
		{AVS: testAVS, Thresholds: []Threshold{{192, 5000}}},
	}
	for i, p := range bad {
		if _, err := New(Config{Policy: p}); err == nil {
			t.Errorf("policy %d accepted", i)
		}
	}
}
