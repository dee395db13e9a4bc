package eigenlayer

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	kr "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/KeyRegistrar"

	"github.com/parley-xyz/parley/interop/bls"
)

// KeyDataSize is the length of a BN254 keyData in KeyRegistrar.
const KeyDataSize = bls.G1Size + bls.G2Size

// EIP712DomainTypeHash is keccak256("EIP712Domain(string name,string version,uint256
// chainId,address verifyingContract)"), the domain type of EigenLayer's SignatureUtilsMixin.
var EIP712DomainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))

// BN254KeyRegistrationTypeHash is KeyRegistrar.BN254_KEY_REGISTRATION_TYPEHASH.
var BN254KeyRegistrationTypeHash = crypto.Keccak256Hash([]byte("BN254KeyRegistration(address operator,address avs,uint32 operatorSetId,bytes keyData)"))

// KeyData returns the 192-byte keyData KeyRegistrar stores for a BN254 key:
// abi.encode(G1.X, G1.Y, G2.X[0], G2.X[1], G2.Y[0], G2.Y[1]) with X[0] the imaginary part,
// which is KeyRegistrar.encodeBN254KeyData and equally g1.Bytes() || g2.Bytes().
func KeyData(g1 bls.G1Point, g2 bls.G2Point) []byte {
	b1, b2 := g1.Bytes(), g2.Bytes()
	out := make([]byte, 0, KeyDataSize)
	out = append(out, b1[:]...)
	return append(out, b2[:]...)
}

// KeyRegistrationDigest returns the EIP-712 digest a BN254 key signs to register for
// operator set (avs, setID) in the KeyRegistrar proxy at keyRegistrar on chain chainID,
// as KeyRegistrar.getBN254KeyRegistrationMessageHash computes it:
//
//	keccak256(0x1901 || domainSeparator || structHash)
//	domainSeparator = keccak256(abi.encode(EIP712DomainTypeHash, keccak256("EigenLayer"),
//	                  keccak256(major), chainID, keyRegistrar))
//	structHash      = keccak256(abi.encode(BN254KeyRegistrationTypeHash, operator, avs,
//	                  setID, keccak256(keyData)))
//
// where major is the first byte of the contract's version string (SemVerMixin's
// _majorVersion: "1" for "1.8.1"); an empty version, which no deployed contract has,
// gives an empty major.
func KeyRegistrationDigest(chainID *big.Int, keyRegistrar common.Address, version string, operator, avs common.Address, setID uint32, keyData []byte) [32]byte {
	major := ""
	if version != "" {
		major = version[:1]
	}
	domain := crypto.Keccak256(
		EIP712DomainTypeHash[:],
		crypto.Keccak256([]byte("EigenLayer")),
		crypto.Keccak256([]byte(major)),
		common.BigToHash(chainID).Bytes(),
		common.BytesToHash(keyRegistrar[:]).Bytes(),
	)
	structHash := crypto.Keccak256(
		BN254KeyRegistrationTypeHash[:],
		common.BytesToHash(operator[:]).Bytes(),
		common.BytesToHash(avs[:]).Bytes(),
		common.BigToHash(new(big.Int).SetUint64(uint64(setID))).Bytes(),
		crypto.Keccak256(keyData),
	)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domain, structHash)
}

// keyFromBinding decodes KeyRegistrar.getBN254Key's result strictly (bls.DecodeG1/G2).
// The zero key, which getBN254Key returns for an operator without one, reports false.
func keyFromBinding(g1 kr.BN254G1Point, g2 kr.BN254G2Point) (bls.G1Point, bls.G2Point, bool, error) {
	words := []*big.Int{g1.X, g1.Y, g2.X[0], g2.X[1], g2.Y[0], g2.Y[1]}
	buf := make([]byte, 0, KeyDataSize)
	zero := true
	for _, w := range words {
		if w.Sign() < 0 || w.BitLen() > 256 {
			return bls.G1Point{}, bls.G2Point{}, false, fmt.Errorf("eigenlayer: key word %s out of range", w)
		}
		zero = zero && w.Sign() == 0
		buf = append(buf, common.BigToHash(w).Bytes()...)
	}
	if zero {
		return bls.G1Point{}, bls.G2Point{}, false, nil
	}
	p1, err := bls.DecodeG1(buf[:bls.G1Size])
	if err != nil {
		return bls.G1Point{}, bls.G2Point{}, false, fmt.Errorf("eigenlayer: stored G1 key: %w", err)
	}
	p2, err := bls.DecodeG2(buf[bls.G1Size:])
	if err != nil {
		return bls.G1Point{}, bls.G2Point{}, false, fmt.Errorf("eigenlayer: stored G2 key: %w", err)
	}
	return p1, p2, true, nil
}
