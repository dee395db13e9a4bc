package verifier

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/avssim"
	"github.com/parley-xyz/parley/interop/certificate"
)

var testAVS = attestation.AVS{L1ChainID: 11155111, Address: common.HexToAddress("0x00000000000000000000000000000000000a11ce")}

// fixture is a simulated AVS with a verifier and a valid certificate.
type fixture struct {
	avs    *avssim.AVS
	v      *Verifier
	att    attestation.Attestation
	absent map[int]bool
	cert   *certificate.Certificate
}

func testAttestation(snap attestation.Snapshot, n uint64) attestation.Attestation {
	return attestation.Attestation{
		AVS:           testAVS,
		SourceChainID: 901,
		FromBlock:     100 * n,
		ToBlock:       100*n + 99,
		LastBlockHash: hashOf(1, n),
		MessageRoot:   hashOf(2, n),
		Snapshot:      snap,
	}
}

// newFixture builds n operators in the given quorums (uniform stakes) and a verifier
// requiring bps in each quorum.
func newFixture(t testing.TB, n int, bps uint16, quorums ...uint8) *fixture {
	t.Helper()
	a, err := avssim.New(avssim.Config{AVS: testAVS, Seed: 7, Stakes: avssim.Uniform(n, quorums...)})
	if err != nil {
		t.Fatal(err)
	}
	var th []Threshold
	for _, q := range quorums {
		th = append(th, Threshold{Quorum: q, BPS: bps})
	}
	v, err := New(Config{Policy: Policy{AVS: testAVS, Thresholds: th}})
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{avs: a, v: v, att: testAttestation(a.Snapshot(), 1), absent: map[int]bool{0: true}}
	f.cert = f.certify(t, f.att, f.absent)
	return f
}

func (f *fixture) certify(t testing.TB, att attestation.Attestation, absent map[int]bool) *certificate.Certificate {
	t.Helper()
	c, err := f.avs.Certify(att, f.v.policy.quorums(), absent)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// resnapshot returns the fixture's AVS as a snapshot sealed at block, with the same
// operators and keys and operator i's weight in every set weight(i).
func (f *fixture) resnapshot(t testing.TB, block uint64, weight func(i int) uint64) *avssim.AVS {
	t.Helper()
	stakes := make([]map[uint8]uint64, len(f.avs.Operators))
	for i, o := range f.avs.Operators {
		stakes[i] = map[uint8]uint64{}
		for q := range o.Keys {
			stakes[i][q] = weight(i)
		}
	}
	a, err := avssim.New(avssim.Config{AVS: testAVS, Seed: 7, Stakes: stakes, Block: block})
	if err != nil {
		t.Fatal(err)
	}
	for i, o := range a.Operators {
		for q, k := range o.Keys {
			if !k.PublicKeyG1().Equal(f.avs.Operators[i].Keys[q].PublicKeyG1()) {
				t.Fatal("resnapshot: keys differ")
			}
		}
	}
	return a
}

func hashOf(kind, n uint64) common.Hash {
	var h common.Hash
	h[0] = byte(kind)
	for i := 0; i < 8; i++ {
		h[31-i] = byte(n >> (8 * i))
	}
	return h
}
