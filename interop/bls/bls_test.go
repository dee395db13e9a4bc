package bls

import (
	"bytes"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
)

type chachaReader struct{ r *rand.ChaCha8 }

func (c chachaReader) Read(p []byte) (int, error) { return c.r.Read(p) }

func testKey(t testing.TB, seed byte) *SecretKey {
	t.Helper()
	k, err := GenerateKey(chachaReader{rand.NewChaCha8([32]byte{seed})})
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// refHashToG1 is eigensdk-go's MapToCurve written with math/big, as an independent
// reference for HashToG1.
func refHashToG1(digest [32]byte) (x, y *big.Int) {
	p := fp.Modulus()
	x = new(big.Int).SetBytes(digest[:])
	x.Mod(x, p)
	e := new(big.Int).Add(p, big.NewInt(1))
	e.Rsh(e, 2)
	for {
		beta := new(big.Int).Exp(x, big.NewInt(3), p)
		beta.Add(beta, big.NewInt(3)).Mod(beta, p)
		y = new(big.Int).Exp(beta, e, p)
		if new(big.Int).Exp(y, big.NewInt(2), p).Cmp(beta) == 0 {
			return x, y
		}
		x.Add(x, big.NewInt(1)).Mod(x, p)
	}
}

func TestHashToG1MatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 5))
	var digests [][32]byte
	for i := 0; i < 200; i++ {
		var d [32]byte
		for j := range d {
			d[j] = byte(rng.Uint32())
		}
		digests = append(digests, d)
	}
	// Digests at and above the modulus exercise the reduction.
	var pd, pd5, max [32]byte
	fp.Modulus().FillBytes(pd[:])
	new(big.Int).Add(fp.Modulus(), big.NewInt(5)).FillBytes(pd5[:])
	for i := range max {
		max[i] = 0xff
	}
	digests = append(digests, pd, pd5, max, [32]byte{})
	for _, d := range digests {
		h, ok := HashToG1(d)
		if !ok {
			t.Fatalf("no point for %x", d)
		}
		x, y := refHashToG1(d)
		a := h.Affine()
		if a.X.BigInt(new(big.Int)).Cmp(x) != 0 || a.Y.BigInt(new(big.Int)).Cmp(y) != 0 {
			t.Fatalf("digest %x: got %s, reference (%s, %s)", d, h, x, y)
		}
		if !a.IsOnCurve() {
			t.Fatalf("digest %x: off curve", d)
		}
	}
}

// TestG2WordOrder pins the EIP-197 word order against the G2 generator as BN254.sol
// and EIP-197 write it: X = (x_im, x_re), Y = (y_im, y_re).
func TestG2WordOrder(t *testing.T) {
	words := []string{
		"11559732032986387107991004021392285783925812861821192530917403151452391805634",
		"10857046999023057135944570762232829481370756359578518086990519993285655852781",
		"4082367875863433681332203403145435568316851327593401208105741076214120093531",
		"8495653923123431417604973247489272438418190587263600148770280649306958101930",
	}
	var want []byte
	for _, w := range words {
		n, _ := new(big.Int).SetString(w, 10)
		want = append(want, common.LeftPadBytes(n.Bytes(), 32)...)
	}
	got := G2Generator().Bytes()
	if !bytes.Equal(got[:], want) {
		t.Fatalf("G2 generator encodes as %x", got)
	}
	dec, err := DecodeG2(want)
	if err != nil || !dec.Equal(G2Generator()) {
		t.Fatalf("decode: %v", err)
	}
}

// TestPairingAgainstEVM checks a signature with the EVM's own bn256 pairing precompile
// (address 0x08), fed our encodings: it pins encodings and the pairing equation to what
// Solidity contracts will see.
func TestPairingAgainstEVM(t *testing.T) {
	k := testKey(t, 1)
	digest := [32]byte{1, 2, 3}
	sig, err := k.Sign(digest)
	if err != nil {
		t.Fatal(err)
	}
	h, _ := HashToG1(digest)
	var ng2 G2Point
	g2 := G2Generator().Affine()
	ng2.p.Neg(&g2)
	input := func(sigma G1Point) []byte {
		var in []byte
		s, n, hb, pk := sigma.Bytes(), ng2.Bytes(), h.Bytes(), k.PublicKeyG2().Bytes()
		for _, b := range [][]byte{s[:], n[:], hb[:], pk[:]} {
			in = append(in, b...)
		}
		return in
	}
	pairing := vm.PrecompiledContractsBerlin[common.BytesToAddress([]byte{8})]
	out, err := pairing.Run(input(sig))
	if err != nil || out[31] != 1 {
		t.Fatalf("EVM rejects a valid signature: %x %v", out, err)
	}
	bad, _ := k.Sign([32]byte{9})
	out, err = pairing.Run(input(bad))
	if err != nil || out[31] != 0 {
		t.Fatalf("EVM accepts a wrong signature: %x %v", out, err)
	}
	if !Verify(k.PublicKeyG2(), digest, sig) || Verify(k.PublicKeyG2(), digest, bad) {
		t.Fatal("Verify disagrees with the EVM")
	}
}

func TestDecodeRejects(t *testing.T) {
	word := func(n *big.Int) []byte { return common.LeftPadBytes(n.Bytes(), 32) }
	p := fp.Modulus()
	g1 := G1Generator().Bytes()
	g2 := G2Generator().Bytes()

	g1Cases := map[string]struct {
		b    []byte
		want error
	}{
		"short":          {g1[:63], ErrLength},
		"long":           {append(g1[:], 0), ErrLength},
		"identity":       {make([]byte, 64), ErrIdentity},
		"x = p":          {append(word(p), word(big.NewInt(2))...), ErrNonCanonical},
		"y = p + 2":      {append(word(big.NewInt(1)), word(new(big.Int).Add(p, big.NewInt(2)))...), ErrNonCanonical},
		"off curve":      {append(word(big.NewInt(1)), word(big.NewInt(3))...), ErrNotOnCurve},
		"x only, y zero": {append(word(big.NewInt(1)), make([]byte, 32)...), ErrNotOnCurve},
	}
	for name, c := range g1Cases {
		if _, err := DecodeG1(c.b); !errors.Is(err, c.want) {
			t.Errorf("G1 %s: got %v, want %v", name, err, c.want)
		}
	}
	if _, err := DecodeG1(g1[:]); err != nil {
		t.Fatalf("G1 generator rejected: %v", err)
	}

	// A point on the twist but outside the r-torsion subgroup.
	var e bn254.E2
	e.A0.SetUint64(7)
	j := bn254.GeneratePointNotInG2(e)
	var notInG2 bn254.G2Affine
	notInG2.FromJacobian(&j)
	outside := G2Point{notInG2}.Bytes()
	offCurve := g2
	offCurve[127] ^= 1
	nonCanon := g2
	copy(nonCanon[0:32], word(new(big.Int).Add(p, new(big.Int).SetBytes(g2[0:32]))))
	g2Cases := map[string]struct {
		b    []byte
		want error
	}{
		"short":           {g2[:127], ErrLength},
		"identity":        {make([]byte, 128), ErrIdentity},
		"non-canonical":   {nonCanon[:], ErrNonCanonical},
		"off curve":       {offCurve[:], ErrNotOnCurve},
		"outside group":   {outside[:], ErrNotInGroup},
		"swapped re / im": {append(append(append([]byte{}, g2[32:64]...), g2[0:32]...), g2[64:]...), ErrNotOnCurve},
	}
	if !notInG2.IsOnCurve() || notInG2.IsInSubGroup() {
		t.Fatal("fixture: point should be on the twist and outside G2")
	}
	for name, c := range g2Cases {
		if _, err := DecodeG2(c.b); !errors.Is(err, c.want) {
			t.Errorf("G2 %s: got %v, want %v", name, err, c.want)
		}
	}
}

func TestSecretKeyBytes(t *testing.T) {
	k := testKey(t, 2)
	b := k.Bytes()
	k2, err := SecretKeyFromBytes(b[:])
	if err != nil || !k2.PublicKeyG1().Equal(k.PublicKeyG1()) {
		t.Fatalf("round trip: %v", err)
	}
	if _, err := SecretKeyFromBytes(make([]byte, 32)); !errors.Is(err, ErrZeroSecretKey) {
		t.Fatalf("zero key: %v", err)
	}
	if _, err := SecretKeyFromBytes(b[:31]); !errors.Is(err, ErrLength) {
		t.Fatalf("short key: %v", err)
	}
}

func TestAggregateSignature(t *testing.T) {
	digest := [32]byte{7}
	var sig G1Sum
	var pk G2Sum
	for i := byte(0); i < 5; i++ {
		k := testKey(t, 10+i)
		s, _ := k.Sign(digest)
		sig.Add(s)
		pk.Add(k.PublicKeyG2())
	}
	if !Verify(pk.Point(), digest, sig.Point()) {
		t.Fatal("aggregate signature rejected")
	}
	if Verify(pk.Point(), [32]byte{8}, sig.Point()) {
		t.Fatal("aggregate signature verifies another digest")
	}
	if Verify(pk.Point(), digest, G1Point{}) || Verify(G2Point{}, digest, sig.Point()) {
		t.Fatal("identity accepted")
	}
}

func TestKeyRegistration(t *testing.T) {
	digest := [32]byte{0x19, 0x01, 7} // any digest: the KeyRegistrar's EIP-712 one in practice
	k := testKey(t, 3)
	sig, err := k.Sign(digest)
	if err != nil {
		t.Fatal(err)
	}
	pk1, pk2 := k.PublicKeyG1(), k.PublicKeyG2()
	if !VerifyKeyRegistration(digest, pk1, pk2, sig) {
		t.Fatal("valid registration rejected")
	}
	// Bound to the digest (operator, AVS, set and key registrar are all in it).
	if VerifyKeyRegistration([32]byte{0x19, 0x01, 8}, pk1, pk2, sig) {
		t.Fatal("registration replayed for another digest")
	}
	// G1 and G2 keys of different secrets.
	other := testKey(t, 4)
	if VerifyKeyRegistration(digest, pk1, other.PublicKeyG2(), sig) {
		t.Fatal("mismatched G2 key accepted")
	}
	// Rogue key: pk' = x*G1 - pk_victim has no known secret; the attacker can compute
	// the matching G2 key but cannot produce a registration signature for it.
	x := testKey(t, 5)
	var r1 G1Sum
	r1.Add(x.PublicKeyG1())
	r1.Sub(pk1)
	var r2 G2Sum
	r2.Add(x.PublicKeyG2())
	r2.Sub(pk2)
	forged, _ := x.Sign(digest)
	if VerifyKeyRegistration(digest, r1.Point(), r2.Point(), forged) {
		t.Fatal("rogue key accepted")
	}
	if VerifyKeyRegistration(digest, G1Point{}, pk2, sig) || VerifyKeyRegistration(digest, pk1, pk2, G1Point{}) {
		t.Fatal("identity accepted")
	}
}

func FuzzDecodeG1(f *testing.F) {
	g := G1Generator().Bytes()
	f.Add(g[:])
	f.Add(make([]byte, 64))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := DecodeG1(b)
		if err != nil {
			return
		}
		a := p.Affine()
		if enc := p.Bytes(); !bytes.Equal(enc[:], b) || !a.IsOnCurve() || a.IsInfinity() {
			t.Fatalf("accepted a non-canonical or invalid point %x", b)
		}
	})
}

func FuzzDecodeG2(f *testing.F) {
	g := G2Generator().Bytes()
	f.Add(g[:])
	f.Add(make([]byte, 128))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := DecodeG2(b)
		if err != nil {
			return
		}
		a := p.Affine()
		if enc := p.Bytes(); !bytes.Equal(enc[:], b) || !a.IsOnCurve() || !a.IsInSubGroup() || a.IsInfinity() {
			t.Fatalf("accepted a non-canonical or invalid point %x", b)
		}
	})
}
