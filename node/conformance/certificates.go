package conformance

import (
	"bytes"
	"encoding/binary"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
)

// certificateJSON is a decoded certificate (SPEC §6).
type certificateJSON struct {
	Attestation attestationJSON `json:"attestation"`
	Quorums     []uint32        `json:"quorums"`
	Sigma       hexutil.Bytes   `json:"sigma"`
	ApkG2       hexutil.Bytes   `json:"apkG2"`
	NonSigners  []common.Hash   `json:"nonSigners"`
}

func certificateOf(c *certificate.Certificate) *certificateJSON {
	s, a := c.Sigma.Bytes(), c.ApkG2.Bytes()
	out := &certificateJSON{Attestation: attestationOf(c.Attestation), Quorums: []uint32{}, Sigma: s[:], ApkG2: a[:], NonSigners: []common.Hash{}}
	for _, q := range c.Quorums {
		out.Quorums = append(out.Quorums, uint32(q))
	}
	out.NonSigners = append(out.NonSigners, c.NonSigners...)
	return out
}

// decodeCertificateInput is an encoding: encoded, then encodedZeros zero bytes (a
// compact form for the size-limit vectors).
type decodeCertificateInput struct {
	Encoded      hexutil.Bytes `json:"encoded"`
	EncodedZeros uint32        `json:"encodedZeros,omitempty"`
}

type decodeCertificateExpected struct {
	outcome
	Certificate *certificateJSON `json:"certificate,omitempty"`
	Digest      *common.Hash     `json:"digest,omitempty"`
}

func certificatesArea() *area {
	return &area{
		file: "certificates.json",
		spec: "SPEC §6 (interop/certificate)",
		kinds: map[string]evaluator{
			"decode": eval(func(in *decodeCertificateInput) (decodeCertificateExpected, error) {
				c, err := certificate.Decode(append(append([]byte{}, in.Encoded...), make([]byte, in.EncodedZeros)...))
				if err != nil {
					o, err := rejected(err)
					return decodeCertificateExpected{outcome: o}, err
				}
				d := c.Digest()
				return decodeCertificateExpected{outcome: accepted, Certificate: certificateOf(c), Digest: &d}, nil
			}),
		},
		constants: func() (any, error) {
			return struct {
				MinSize int `json:"minSize"`
				MaxSize int `json:"maxSize"`
			}{certificate.MinSize, certificate.MaxSize}, nil
		},
		generate: genCertificates,
	}
}

// Head positions of a certificate encoding (SPEC §6).
const (
	certQOff  = attestation.Size     // offset of quorumNumbers
	certSigma = certQOff + 32        // sigma X, Y
	certApk   = certSigma + 64       // apkG2
	certNOff  = certApk + 128        // offset of nonSigners
	certHead  = certificate.HeadSize // 544: the quorumNumbers tail starts here
)

// certFixture is a certificate over sets 0 and 1 of six operators, three of them
// absent: a real aggregate signature and non-signers.
func certFixture() (*snapshot, *certificate.Certificate, error) {
	s, err := newSnapshot(sampleAVS, 5_000_000, []uint8{0, 1}, uniform(0, 6, 0, 1))
	if err != nil {
		return nil, nil, err
	}
	att := sampleAttestation
	att.Snapshot = s.table.Snapshot()
	c, err := s.certify(att, []uint8{0, 1}, absentOps(1, 3, 4))
	return s, c, err
}

func genCertificates(b *builder) {
	_, c, err := certFixture()
	if err != nil {
		b.fail(err)
		return
	}
	enc := c.Encode()
	add := func(name string, e []byte) { b.add(name, "decode", decodeCertificateInput{Encoded: nonNil(e)}) }
	with := func(f func(c *certificate.Certificate)) []byte {
		d := *c
		d.Quorums = slices.Clone(c.Quorums)
		d.NonSigners = slices.Clone(c.NonSigners)
		f(&d)
		return d.Encode()
	}
	edit := func(f func(b []byte)) []byte { e := bytes.Clone(enc); f(e); return e }
	setWord := func(at int, v uint64) []byte {
		return edit(func(b []byte) { clear(b[at : at+32]); binary.BigEndian.PutUint64(b[at+24:], v) })
	}
	ns := c.NonSigners // three, ascending
	nOff := certHead + 32 + 32
	p := fieldModulus()
	outside := g2NotInGroup()

	// Valid encodings.
	add("valid: two quorums, three non-signers (a real certificate)", enc)
	add("valid: one quorum, no non-signers (the smallest encoding, 640 bytes)", with(func(d *certificate.Certificate) { d.Quorums, d.NonSigners = []uint8{0}, nil }))
	add("valid: 32 quorums (one word of quorum bytes)", with(func(d *certificate.Certificate) { d.Quorums = seq(0, 32) }))
	add("valid: 33 quorums (two words of quorum bytes)", with(func(d *certificate.Certificate) { d.Quorums = seq(0, 33) }))
	add("valid: 192 quorums 0..191", with(func(d *certificate.Certificate) { d.Quorums = seq(0, 192) }))
	add("valid: quorum 191 alone", with(func(d *certificate.Certificate) { d.Quorums = []uint8{191} }))
	add("valid: non-signers 0x00..00 and 0xff..ff", with(func(d *certificate.Certificate) {
		d.NonSigners = []optable.OperatorID{{}, common.BytesToHash(bytes.Repeat([]byte{0xff}, 32))}
	}))
	add("valid: sigma and apkG2 the generators", with(func(d *certificate.Certificate) { d.Sigma, d.ApkG2 = bls.G1Generator(), bls.G2Generator() }))
	add("valid: attestation fields at their maxima", with(func(d *certificate.Certificate) {
		a := &d.Attestation
		a.AVS.L1ChainID, a.SourceChainID, a.FromBlock, a.ToBlock, a.Snapshot.Block = 1<<64-1, 1<<64-1, 1<<64-1, 1<<64-1, 1<<64-1
		a.AVS.Address = common.BytesToAddress(bytes.Repeat([]byte{0xff}, 20))
	}))

	// One vector per rule of certificate.Decode (and the attestation and point rules it
	// applies). Where a vector cannot break one rule alone, its name says what else.
	add("rejected: empty", nil)
	add("rejected: 639 bytes", enc[:certificate.MinSize-1])
	add("rejected: the head alone", enc[:certHead])
	add("rejected: truncated by a word", enc[:len(enc)-32])
	add("rejected: truncated by a byte", enc[:len(enc)-1])
	add("rejected: truncated inside the quorum bytes (33 quorums)", with(func(d *certificate.Certificate) { d.Quorums, d.NonSigners = seq(0, 33), nil })[:certHead+32+32+31])
	b.add("rejected: 131905 zero bytes (one more than the largest encoding)", "decode", decodeCertificateInput{Encoded: []byte{}, EncodedZeros: certificate.MaxSize + 1})
	add("rejected: a trailing word", append(bytes.Clone(enc), make([]byte, 32)...))
	add("rejected: a trailing byte", append(bytes.Clone(enc), 0))
	add("rejected: quorumNumbers offset 576", setWord(certQOff, certHead+32))
	add("rejected: quorumNumbers offset with a high bit", edit(func(b []byte) { b[certQOff] = 0x80 }))
	add("rejected: quorumNumbers offset 544 + 2^32", edit(func(b []byte) { b[certQOff+27] = 1 }))
	add("rejected: nonSigners offset one word late", setWord(certNOff, uint64(nOff+32)))
	add("rejected: nonSigners offset one word early", setWord(certNOff, uint64(nOff-32)))
	add("rejected: nonSigners offset with a high bit", edit(func(b []byte) { b[certNOff] = 0x80 }))
	add("rejected: non-zero quorum padding", edit(func(b []byte) { b[certHead+32+5] = 1 }))
	add("rejected: non-zero last padding byte", edit(func(b []byte) { b[certHead+63] = 1 }))
	add("rejected: no quorums", with(func(d *certificate.Certificate) { d.Quorums = nil }))
	add("rejected: quorum count 193 (also short)", setWord(certHead, 193))
	add("rejected: quorum count 2^32 (also short)", edit(func(b []byte) { b[certHead+27] = 1 }))
	add("rejected: quorum count with a high bit (also short)", edit(func(b []byte) { b[certHead] = 0xff }))
	add("rejected: quorum 192", with(func(d *certificate.Certificate) { d.Quorums = []uint8{0, 192} }))
	add("rejected: quorum 255 alone", with(func(d *certificate.Certificate) { d.Quorums = []uint8{255} }))
	add("rejected: quorums descending", with(func(d *certificate.Certificate) { d.Quorums = []uint8{1, 0} }))
	add("rejected: a quorum twice", with(func(d *certificate.Certificate) { d.Quorums = []uint8{1, 1} }))
	add("rejected: non-signer count 4097 (also short)", setWord(nOff, optable.MaxOperators+1))
	add("rejected: non-signer count 2^32 (also short)", edit(func(b []byte) { b[nOff+27] = 1 }))
	add("rejected: non-signer count one more than listed", setWord(nOff, uint64(len(ns)+1)))
	add("rejected: non-signer count one less than listed", setWord(nOff, uint64(len(ns)-1)))
	add("rejected: non-signers descending", with(func(d *certificate.Certificate) { d.NonSigners = []optable.OperatorID{ns[1], ns[0]} }))
	add("rejected: a non-signer twice", with(func(d *certificate.Certificate) { d.NonSigners = []optable.OperatorID{ns[0], ns[0], ns[1]} }))
	add("rejected: l1ChainId above 64 bits (uint256 in the type string)", edit(func(b []byte) { b[0*32+23] = 1 }))
	add("rejected: avs with a high byte", edit(func(b []byte) { b[1*32] = 1 }))
	add("rejected: sourceChainId 2^64 (uint256 in the type string)", edit(func(b []byte) { b[2*32+23] = 1 }))
	add("rejected: fromBlock above 64 bits", edit(func(b []byte) { b[3*32+23] = 1 }))
	add("rejected: toBlock above 64 bits", edit(func(b []byte) { b[4*32] = 0x80 }))
	add("rejected: snapshotBlock above 64 bits", edit(func(b []byte) { b[7*32+23] = 1 }))
	add("rejected: fromBlock after toBlock", with(func(d *certificate.Certificate) { d.Attestation.FromBlock = d.Attestation.ToBlock + 1 }))
	add("rejected: sigma at infinity", edit(func(b []byte) { clear(b[certSigma : certSigma+64]) }))
	add("rejected: sigma x = p", edit(func(b []byte) { copy(b[certSigma:], p[:]) }))
	add("rejected: sigma x + p (same point mod p)", edit(func(b []byte) { addModulus(b[certSigma : certSigma+32]) }))
	add("rejected: sigma y + p (same point mod p)", edit(func(b []byte) { addModulus(b[certSigma+32 : certSigma+64]) }))
	add("rejected: sigma off the curve", edit(func(b []byte) { b[certSigma+63] ^= 1 }))
	add("rejected: apkG2 at infinity", edit(func(b []byte) { clear(b[certApk : certApk+128]) }))
	add("rejected: apkG2 x.im = p", edit(func(b []byte) { copy(b[certApk:], p[:]) }))
	add("rejected: apkG2 y.re + p (same point mod p)", edit(func(b []byte) { addModulus(b[certApk+96 : certApk+128]) }))
	add("rejected: apkG2 off the curve", edit(func(b []byte) { b[certApk+127] ^= 1 }))
	add("rejected: apkG2 with x.re and x.im swapped", edit(func(b []byte) {
		x := bytes.Clone(b[certApk : certApk+64])
		copy(b[certApk:], x[32:])
		copy(b[certApk+32:], x[:32])
	}))
	add("rejected: apkG2 outside the order-r subgroup", edit(func(b []byte) { copy(b[certApk:], outside[:]) }))
}

// seq returns the n set ids from first on.
func seq(first, n int) []uint8 {
	out := make([]uint8, n)
	for i := range out {
		out[i] = uint8(first + i)
	}
	return out
}
