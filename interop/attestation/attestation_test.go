package attestation

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func sample() Attestation {
	return Attestation{
		AVS:           AVS{L1ChainID: 1, Address: common.HexToAddress("0x1111111111111111111111111111111111111111")},
		SourceChainID: 10,
		FromBlock:     100,
		ToBlock:       199,
		LastBlockHash: common.HexToHash("0xabcdef"),
		MessageRoot:   common.HexToHash("0x1234"),
		Snapshot:      Snapshot{Block: 7, Root: common.HexToHash("0x5eed")},
	}
}

// TestDigestIsABIEncode pins the digest to Solidity's
// keccak256(abi.encode(TYPEHASH, l1ChainId, registry, ...)) using go-ethereum's ABI
// encoder as an independent implementation.
func TestDigestIsABIEncode(t *testing.T) {
	ty := func(s string) abi.Type { x, _ := abi.NewType(s, "", nil); return x }
	args := abi.Arguments{
		{Type: ty("bytes32")}, {Type: ty("uint256")}, {Type: ty("address")}, {Type: ty("uint256")},
		{Type: ty("uint64")}, {Type: ty("uint64")}, {Type: ty("bytes32")}, {Type: ty("bytes32")}, {Type: ty("uint64")},
		{Type: ty("bytes32")},
	}
	a := sample()
	packed, err := args.Pack(TypeHash, new(big.Int).SetUint64(a.AVS.L1ChainID), a.AVS.Address,
		new(big.Int).SetUint64(a.SourceChainID), a.FromBlock, a.ToBlock, [32]byte(a.LastBlockHash), [32]byte(a.MessageRoot), a.Snapshot.Block, [32]byte(a.Snapshot.Root))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := a.Digest(), crypto.Keccak256Hash(packed); got != want {
		t.Fatalf("digest %s, abi.encode gives %s", got, want)
	}
	if TypeHash != crypto.Keccak256Hash([]byte(TypeString)) {
		t.Fatal("type hash")
	}
	enc := a.Encode()
	if !bytes.Equal(enc[:], packed[32:]) {
		t.Fatal("Encode differs from abi.encode of the fields")
	}
}

func TestDigestBindsEveryField(t *testing.T) {
	base := sample()
	want := base.Digest()
	for name, mutate := range map[string]func(*Attestation){
		"l1ChainId":     func(a *Attestation) { a.AVS.L1ChainID++ },
		"avs":           func(a *Attestation) { a.AVS.Address[19] ^= 1 },
		"sourceChainId": func(a *Attestation) { a.SourceChainID++ },
		"fromBlock":     func(a *Attestation) { a.FromBlock++ },
		"toBlock":       func(a *Attestation) { a.ToBlock++ },
		"lastBlockHash": func(a *Attestation) { a.LastBlockHash[0] ^= 1 },
		"messageRoot":   func(a *Attestation) { a.MessageRoot[0] ^= 1 },
		"snapshotBlock": func(a *Attestation) { a.Snapshot.Block++ },
		"snapshotRoot":  func(a *Attestation) { a.Snapshot.Root[31] ^= 1 },
	} {
		a := base
		mutate(&a)
		if a.Digest() == want {
			t.Errorf("digest does not depend on %s", name)
		}
	}
}

func TestDecode(t *testing.T) {
	a := sample()
	enc := a.Encode()
	got, err := Decode(enc[:])
	if err != nil || got != a {
		t.Fatalf("round trip: %v", err)
	}
	for _, word := range []int{0, 2, 3, 4, 7} {
		bad := enc
		bad[32*word+23] = 1 // a bit above 64
		if _, err := Decode(bad[:]); !errors.Is(err, ErrNonCanonical) {
			t.Errorf("word %d with high bits: %v", word, err)
		}
	}
	bad := enc
	bad[32+11] = 1 // above the 20-byte address
	if _, err := Decode(bad[:]); !errors.Is(err, ErrNonCanonical) {
		t.Errorf("avs with high bits: %v", err)
	}
	if _, err := Decode(enc[:Size-1]); err == nil {
		t.Error("short input accepted")
	}
	empty := a
	empty.FromBlock = empty.ToBlock + 1
	if !errors.Is(empty.Validate(), ErrEmptyRange) {
		t.Error("empty range accepted")
	}
}

func FuzzDecodeAttestation(f *testing.F) {
	a := sample()
	enc := a.Encode()
	f.Add(enc[:])
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := Decode(b)
		if err != nil {
			return
		}
		if re := got.Encode(); !bytes.Equal(re[:], b) {
			t.Fatalf("non-canonical encoding accepted: %x", b)
		}
	})
}
