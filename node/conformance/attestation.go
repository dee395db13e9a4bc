package conformance

import (
	"bytes"
	"math"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/parley-xyz/parley/interop/attestation"
)

// attestationJSON is an attestation's nine fields, in SPEC §3's order.
type attestationJSON struct {
	L1ChainID     dec64          `json:"l1ChainId"`
	AVS           common.Address `json:"avs"`
	SourceChainID dec64          `json:"sourceChainId"`
	FromBlock     dec64          `json:"fromBlock"`
	ToBlock       dec64          `json:"toBlock"`
	LastBlockHash common.Hash    `json:"lastBlockHash"`
	MessageRoot   common.Hash    `json:"messageRoot"`
	SnapshotBlock dec64          `json:"snapshotBlock"`
	SnapshotRoot  common.Hash    `json:"snapshotRoot"`
}

func attestationOf(a attestation.Attestation) attestationJSON {
	return attestationJSON{
		L1ChainID: dec64(a.AVS.L1ChainID), AVS: a.AVS.Address, SourceChainID: dec64(a.SourceChainID),
		FromBlock: dec64(a.FromBlock), ToBlock: dec64(a.ToBlock), LastBlockHash: a.LastBlockHash, MessageRoot: a.MessageRoot,
		SnapshotBlock: dec64(a.Snapshot.Block), SnapshotRoot: a.Snapshot.Root,
	}
}

func (j attestationJSON) attestation() attestation.Attestation {
	return attestation.Attestation{
		AVS:           attestation.AVS{L1ChainID: uint64(j.L1ChainID), Address: j.AVS},
		SourceChainID: uint64(j.SourceChainID), FromBlock: uint64(j.FromBlock), ToBlock: uint64(j.ToBlock),
		LastBlockHash: j.LastBlockHash, MessageRoot: j.MessageRoot,
		Snapshot: attestation.Snapshot{Block: uint64(j.SnapshotBlock), Root: j.SnapshotRoot},
	}
}

type digestExpected struct {
	Encoded hexutil.Bytes `json:"encoded"`
	Digest  common.Hash   `json:"digest"`
}

type decodeAttestationInput struct {
	Encoded hexutil.Bytes `json:"encoded"`
}

type decodeAttestationExpected struct {
	outcome
	Attestation *attestationJSON `json:"attestation,omitempty"`
}

func attestationArea() *area {
	return &area{
		file: "attestation_digests.json",
		spec: "SPEC §3 (interop/attestation)",
		kinds: map[string]evaluator{
			"digest": eval(func(in *attestationJSON) (digestExpected, error) {
				a := in.attestation()
				enc := a.Encode()
				return digestExpected{Encoded: enc[:], Digest: a.Digest()}, nil
			}),
			"decode": eval(func(in *decodeAttestationInput) (decodeAttestationExpected, error) {
				a, err := attestation.Decode(in.Encoded)
				if err != nil {
					o, err := rejected(err)
					return decodeAttestationExpected{outcome: o}, err
				}
				j := attestationOf(a)
				return decodeAttestationExpected{outcome: accepted, Attestation: &j}, nil
			}),
		},
		constants: func() (any, error) {
			return struct {
				TypeString string      `json:"typeString"`
				TypeHash   common.Hash `json:"typeHash"`
			}{attestation.TypeString, attestation.TypeHash}, nil
		},
		generate: genAttestations,
	}
}

var (
	sampleAVS         = attestation.AVS{L1ChainID: 11155111, Address: common.HexToAddress("0x00000000000000000000000000000000000a11ce")}
	sampleAttestation = attestation.Attestation{
		AVS: sampleAVS, SourceChainID: 901, FromBlock: 1000, ToBlock: 1099,
		LastBlockHash: common.BytesToHash([]byte("last block hash")), MessageRoot: common.BytesToHash([]byte("message root")),
		Snapshot: attestation.Snapshot{Block: 5_000_000, Root: common.BytesToHash([]byte("snapshot root"))},
	}
)

func genAttestations(b *builder) {
	ones := common.BytesToHash(bytes.Repeat([]byte{0xff}, 32))
	maxAddr := common.BytesToAddress(bytes.Repeat([]byte{0xff}, 20))
	with := func(f func(a *attestation.Attestation)) attestation.Attestation {
		a := sampleAttestation
		f(&a)
		return a
	}
	cases := []struct {
		name string
		a    attestation.Attestation
	}{
		{"all zero", attestation.Attestation{}},
		{"typical", sampleAttestation},
		{"one-block range", with(func(a *attestation.Attestation) { a.FromBlock, a.ToBlock = 77, 77 })},
		{"every field at its maximum", attestation.Attestation{
			AVS: attestation.AVS{L1ChainID: math.MaxUint64, Address: maxAddr}, SourceChainID: math.MaxUint64,
			FromBlock: math.MaxUint64, ToBlock: math.MaxUint64, LastBlockHash: ones, MessageRoot: ones,
			Snapshot: attestation.Snapshot{Block: math.MaxUint64, Root: ones}}},
		{"another l1ChainId", with(func(a *attestation.Attestation) { a.AVS.L1ChainID = 1 })},
		{"another avs", with(func(a *attestation.Attestation) { a.AVS.Address[19] ^= 1 })},
		{"another sourceChainId", with(func(a *attestation.Attestation) { a.SourceChainID = 902 })},
		{"another snapshotBlock", with(func(a *attestation.Attestation) { a.Snapshot.Block++ })},
		{"another snapshotRoot", with(func(a *attestation.Attestation) { a.Snapshot.Root[0] ^= 1 })},
		{"fromBlock after toBlock (decoders reject it; the digest is defined all the same)", with(func(a *attestation.Attestation) { a.FromBlock = a.ToBlock + 1 })},
	}
	for _, c := range cases {
		b.add("digest: "+c.name, "digest", attestationOf(c.a))
	}
	rng := rand.New(rand.NewPCG(3, 3))
	for i := 0; i < 6; i++ {
		var a attestation.Attestation
		fill(rng, a.AVS.Address[:])
		fill(rng, a.LastBlockHash[:])
		fill(rng, a.MessageRoot[:])
		fill(rng, a.Snapshot.Root[:])
		a.AVS.L1ChainID, a.SourceChainID, a.Snapshot.Block = rng.Uint64(), rng.Uint64(), rng.Uint64()
		a.FromBlock = rng.Uint64N(1 << 40)
		a.ToBlock = a.FromBlock + rng.Uint64N(1000)
		b.add("digest: random "+itoa(i), "digest", attestationOf(a))
	}

	enc := sampleAttestation.Encode()
	b.add("decode: typical", "decode", decodeAttestationInput{Encoded: enc[:]})
	max := cases[3].a.Encode()
	b.add("decode: every field at its maximum", "decode", decodeAttestationInput{Encoded: max[:]})
	for _, w := range []struct {
		name  string
		word  int
		index int
	}{
		{"l1ChainId above 64 bits", 0, 23},
		{"l1ChainId with its top bit set (uint256 in the type string)", 0, 0},
		{"avs with a high byte set", 1, 11},
		{"sourceChainId above 64 bits", 2, 23},
		{"fromBlock above 64 bits", 3, 23},
		{"toBlock above 64 bits", 4, 0},
		{"snapshotBlock above 64 bits", 7, 23},
	} {
		e := enc
		e[32*w.word+w.index] |= 1
		b.add("decode rejected: "+w.name, "decode", decodeAttestationInput{Encoded: e[:]})
	}
}
