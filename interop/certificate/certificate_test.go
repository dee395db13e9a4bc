package certificate_test

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/avssim"
	"github.com/parley-xyz/parley/interop/bls"
	. "github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
)

var testAVS = attestation.AVS{L1ChainID: 1, Address: common.HexToAddress("0xfeed")}

func sampleCert(t testing.TB, quorums []uint8, absent map[int]bool) (*Certificate, *avssim.AVS) {
	t.Helper()
	stakes := avssim.Uniform(6, quorums...)
	a, err := avssim.New(avssim.Config{AVS: testAVS, Seed: 1, Stakes: stakes})
	if err != nil {
		t.Fatal(err)
	}
	att := attestation.Attestation{AVS: testAVS, SourceChainID: 10, FromBlock: 5, ToBlock: 9, LastBlockHash: common.Hash{1}, MessageRoot: common.Hash{2}, Snapshot: a.Snapshot()}
	c, err := a.Certify(att, quorums, absent)
	if err != nil {
		t.Fatal(err)
	}
	return c, a
}

// TestEncodeIsABI pins Encode to Solidity's abi.encode(Attestation, bytes, uint256[2],
// uint256[4], bytes32[]) via go-ethereum's ABI encoder.
func TestEncodeIsABI(t *testing.T) {
	for _, absent := range []map[int]bool{{}, {1: true}, {0: true, 2: true, 5: true}} {
		c, _ := sampleCert(t, []uint8{0, 3}, absent)
		attType, _ := abi.NewType("tuple", "", []abi.ArgumentMarshaling{
			{Name: "l1ChainId", Type: "uint256"}, {Name: "avs", Type: "address"}, {Name: "sourceChainId", Type: "uint256"},
			{Name: "fromBlock", Type: "uint64"}, {Name: "toBlock", Type: "uint64"}, {Name: "lastBlockHash", Type: "bytes32"},
			{Name: "messageRoot", Type: "bytes32"}, {Name: "snapshotBlock", Type: "uint64"}, {Name: "snapshotRoot", Type: "bytes32"},
		})
		ty := func(s string) abi.Type { x, _ := abi.NewType(s, "", nil); return x }
		args := abi.Arguments{{Type: attType}, {Type: ty("bytes")}, {Type: ty("uint256[2]")}, {Type: ty("uint256[4]")}, {Type: ty("bytes32[]")}}
		a := c.Attestation
		words := func(b []byte) []*big.Int {
			var out []*big.Int
			for i := 0; i < len(b); i += 32 {
				out = append(out, new(big.Int).SetBytes(b[i:i+32]))
			}
			return out
		}
		s, g := c.Sigma.Bytes(), c.ApkG2.Bytes()
		sw, gw := words(s[:]), words(g[:])
		ns := make([][32]byte, len(c.NonSigners))
		for i, id := range c.NonSigners {
			ns[i] = id
		}
		packed, err := args.Pack(struct {
			L1ChainId     *big.Int
			Avs           common.Address
			SourceChainId *big.Int
			FromBlock     uint64
			ToBlock       uint64
			LastBlockHash [32]byte
			MessageRoot   [32]byte
			SnapshotBlock uint64
			SnapshotRoot  [32]byte
		}{new(big.Int).SetUint64(a.AVS.L1ChainID), a.AVS.Address, new(big.Int).SetUint64(a.SourceChainID), a.FromBlock, a.ToBlock, a.LastBlockHash, a.MessageRoot, a.Snapshot.Block, a.Snapshot.Root},
			c.Quorums, [2]*big.Int{sw[0], sw[1]}, [4]*big.Int{gw[0], gw[1], gw[2], gw[3]}, ns)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(packed, c.Encode()) {
			t.Fatalf("Encode differs from abi.encode:\n%x\n%x", c.Encode(), packed)
		}
		// And go-ethereum's decoder reads it back.
		if _, err := args.Unpack(packed); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	for _, n := range []int{1, 31, 32, 33} {
		qs := make([]uint8, n)
		for i := range qs {
			qs[i] = uint8(i)
		}
		// A snapshot has at most 32 sets; the encoding itself allows 192 set ids.
		c, _ := sampleCert(t, qs[:min(n, 32)], map[int]bool{2: true, 4: true})
		c.Quorums = qs
		enc := c.Encode()
		if len(enc) != c.Size() {
			t.Fatal("Size")
		}
		d, err := Decode(enc)
		if err != nil {
			t.Fatalf("%d quorums: %v", n, err)
		}
		if !bytes.Equal(d.Encode(), enc) || !d.Sigma.Equal(c.Sigma) || !d.ApkG2.Equal(c.ApkG2) || d.Attestation != c.Attestation {
			t.Fatalf("%d quorums: round trip differs", n)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	c, _ := sampleCert(t, []uint8{0, 1}, map[int]bool{1: true, 3: true, 4: true})
	enc := c.Encode()
	nOff := HeadSize + 32 + 32 // two quorums fit one word
	// Head positions: the attestation's words, then these.
	const (
		qOffAt  = attestation.Size
		sigmaAt = qOffAt + 32
		apkAt   = sigmaAt + 64
		nOffAt  = apkAt + 128
	)
	p := fp.Modulus()
	setWord := func(b []byte, at int, v *big.Int) []byte {
		b = bytes.Clone(b)
		copy(b[at:at+32], common.LeftPadBytes(v.Bytes(), 32))
		return b
	}
	edit := func(f func(b []byte)) []byte { b := bytes.Clone(enc); f(b); return b }
	var e bn254.E2
	e.A0.SetUint64(3)
	j := bn254.GeneratePointNotInG2(e)
	var outside bn254.G2Affine
	outside.FromJacobian(&j)
	outsideEnc := bls.G2FromAffine(outside).Bytes()
	withQuorums := func(qs []byte) []byte {
		d := *c
		d.Quorums = qs
		return d.Encode()
	}
	withNonSigners := func(ids []optable.OperatorID) []byte {
		d := *c
		d.NonSigners = ids
		return d.Encode()
	}
	ns := c.NonSigners
	cases := []struct {
		name string
		b    []byte
		want error
	}{
		{"empty", nil, ErrSize},
		{"head only", enc[:HeadSize], ErrSize},
		{"truncated by a word", enc[:len(enc)-32], ErrSize},
		{"truncated by a byte", enc[:len(enc)-1], ErrSize},
		{"trailing word", append(bytes.Clone(enc), make([]byte, 32)...), ErrTrailing},
		{"trailing byte", append(bytes.Clone(enc), 0), ErrTrailing},
		{"oversize", make([]byte, MaxSize+1), ErrSize},
		{"quorum offset", setWord(enc, qOffAt, big.NewInt(HeadSize+32)), ErrOffset},
		{"quorum offset high bits", edit(func(b []byte) { b[qOffAt] = 1 }), ErrOffset},
		{"non-signer offset", setWord(enc, nOffAt, big.NewInt(int64(nOff+32))), ErrOffset},
		{"quorum padding", edit(func(b []byte) { b[HeadSize+32+5] = 1 }), ErrPadding},
		{"no quorums", withQuorums(nil), ErrNoQuorums},
		{"quorum 192", withQuorums([]byte{0, 192}), ErrQuorumNumber},
		{"unordered quorums", withQuorums([]byte{1, 0}), ErrQuorumsUnordered},
		{"duplicate quorums", withQuorums([]byte{1, 1}), ErrQuorumsUnordered},
		{"too many quorums", setWord(enc, HeadSize, big.NewInt(MaxQuorums+1)), ErrTooManyQuorums},
		{"quorum count overflows", edit(func(b []byte) { b[HeadSize] = 0xff }), ErrTooManyQuorums},
		{"too many non-signers", setWord(enc, nOff, big.NewInt(MaxNonSigners+1)), ErrTooManyNonSigners},
		{"non-signer count lies", setWord(enc, nOff, big.NewInt(int64(len(ns)+1))), ErrSize},
		{"duplicate non-signer", withNonSigners([]optable.OperatorID{ns[0], ns[0], ns[1]}), ErrDuplicateNonSigner},
		{"unordered non-signers", withNonSigners([]optable.OperatorID{ns[1], ns[0]}), ErrNonSignersUnordered},
		{"attestation high bits", edit(func(b []byte) { b[64] = 1 }), attestation.ErrNonCanonical},
		{"attestation empty range", edit(func(b []byte) { b[96+31] = 0xff; b[128+31] = 0 }), attestation.ErrEmptyRange},
		{"sigma identity", edit(func(b []byte) { clear(b[sigmaAt : sigmaAt+64]) }), bls.ErrIdentity},
		{"sigma x = p", setWord(enc, sigmaAt, p), bls.ErrNonCanonical},
		{"sigma x + p", setWord(enc, sigmaAt, new(big.Int).Add(p, new(big.Int).SetBytes(enc[sigmaAt:sigmaAt+32]))), bls.ErrNonCanonical},
		{"sigma off curve", edit(func(b []byte) { b[sigmaAt+63] ^= 1 }), bls.ErrNotOnCurve},
		{"apkG2 identity", edit(func(b []byte) { clear(b[apkAt : apkAt+128]) }), bls.ErrIdentity},
		{"apkG2 non-canonical", setWord(enc, apkAt, p), bls.ErrNonCanonical},
		{"apkG2 off curve", edit(func(b []byte) { b[apkAt+127] ^= 1 }), bls.ErrNotOnCurve},
		{"apkG2 outside subgroup", edit(func(b []byte) { copy(b[apkAt:apkAt+128], outsideEnc[:]) }), bls.ErrNotInGroup},
	}
	for _, c := range cases {
		if _, err := Decode(c.b); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
	if _, err := Decode(enc); err != nil {
		t.Fatalf("valid encoding rejected: %v", err)
	}
}

func TestSignersRejects(t *testing.T) {
	c, a := sampleCert(t, []uint8{0}, map[int]bool{1: true})
	tab := a.Table()
	if _, err := Signers(tab, []uint8{7}, nil); !errors.Is(err, ErrUnknownQuorum) {
		t.Errorf("unknown quorum: %v", err)
	}
	if _, err := Signers(tab, []uint8{0}, []optable.OperatorID{a.Operators[1].ID(0), {0xff}}); !errors.Is(err, ErrUnknownNonSigner) {
		t.Errorf("unknown non-signer after a known one: %v", err)
	}
	if _, err := Signers(tab, []uint8{0}, []optable.OperatorID{{0xff}}); !errors.Is(err, ErrUnknownNonSigner) {
		t.Errorf("unknown non-signer: %v", err)
	}
	var all []optable.OperatorID
	for _, e := range tab.Entries() {
		all = append(all, e.ID)
	}
	sortIDs(all)
	if _, err := Signers(tab, []uint8{0}, all); !errors.Is(err, ErrNoSigners) {
		t.Errorf("everyone absent: %v", err)
	}
	if _, err := Aggregate(tab, c.Attestation, []uint8{0}, nil); !errors.Is(err, ErrNoSigners) {
		t.Errorf("aggregate of nothing: %v", err)
	}
}

func sortIDs(ids []optable.OperatorID) {
	for i := 1; i < len(ids); i++ {
		for j := i; j > 0 && bytes.Compare(ids[j][:], ids[j-1][:]) < 0; j-- {
			ids[j], ids[j-1] = ids[j-1], ids[j]
		}
	}
}

func FuzzDecodeCertificate(f *testing.F) {
	for _, absent := range []map[int]bool{{}, {0: true}, {1: true, 2: true, 3: true}} {
		c, _ := sampleCert(f, []uint8{0, 1}, absent)
		f.Add(c.Encode())
	}
	f.Add(make([]byte, MinSize))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := Decode(b)
		if err != nil {
			return
		}
		if !bytes.Equal(c.Encode(), b) {
			t.Fatalf("accepted a non-canonical encoding %x", b)
		}
		if err := c.CheckShape(); err != nil {
			t.Fatalf("decoded certificate fails its shape check: %v", err)
		}
	})
}
