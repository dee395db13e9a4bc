package derivation_test

import (
	"crypto/ecdsa"
	"errors"
	. "github.com/parley-xyz/parley/derivation"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/avssim"
	"github.com/parley-xyz/parley/interop/certificate"
)

var (
	l1Chain  = big.NewInt(900)
	certBox  = common.HexToAddress("0xce47")
	l1Signer = types.LatestSignerForChainID(l1Chain)
)

func key(t testing.TB, seed byte) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(common.LeftPadBytes([]byte{seed, 1}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func signedTx(t testing.TB, k *ecdsa.PrivateKey, nonce uint64, to common.Address, data []byte) *types.Transaction {
	tx, err := types.SignNewTx(k, l1Signer, &types.DynamicFeeTx{ChainID: l1Chain, Nonce: nonce, To: &to, Gas: 1_000_000, GasFeeCap: big.NewInt(1), Data: data})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func receiptFor(tx *types.Transaction, ok bool) *types.Receipt {
	r := &types.Receipt{TxHash: tx.Hash(), Status: types.ReceiptStatusSuccessful}
	if !ok {
		r.Status = types.ReceiptStatusFailed
	}
	return r
}

func sampleCertificate(t testing.TB, n uint64) []byte {
	avs := attestation.AVS{L1ChainID: 900, Registry: common.HexToAddress("0xa11ce0")}
	a, err := avssim.New(avssim.Config{AVS: avs, Seed: 2, Stakes: avssim.Uniform(4, 0), Window: 2})
	if err != nil {
		t.Fatal(err)
	}
	c, err := a.Certify(attestation.Attestation{AVS: avs, SourceChainID: 901, FromBlock: n, ToBlock: n + 9, TableVersion: 1}, []uint8{0}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c.Encode()
}

func TestScan(t *testing.T) {
	submitter, stranger := key(t, 1), key(t, 2)
	s := &Scanner{Inbox: certBox, Submitters: map[common.Address]bool{crypto.PubkeyToAddress(submitter.PublicKey): true}, MaxCerts: 2, Signer: l1Signer}
	good1, good2, good3 := sampleCertificate(t, 1), sampleCertificate(t, 11), sampleCertificate(t, 21)
	bad := append(append([]byte{}, good1...), 0) // a trailing byte: not canonical
	txs := types.Transactions{
		signedTx(t, submitter, 0, common.Address{0x99}, good1),                  // not to the inbox: ignored
		signedTx(t, submitter, 1, certBox, good1),                               // found
		signedTx(t, stranger, 0, certBox, good2),                                // sender not allowed
		signedTx(t, submitter, 2, certBox, good2),                               // failed on L1
		signedTx(t, submitter, 3, certBox, bad),                                 // does not decode
		signedTx(t, submitter, 4, certBox, make([]byte, certificate.MaxSize+1)), // too large
		signedTx(t, submitter, 5, certBox, good2),                               // found
		signedTx(t, submitter, 6, certBox, good3),                               // over the cap
	}
	receipts := types.Receipts{}
	for i, tx := range txs {
		receipts = append(receipts, receiptFor(tx, i != 3))
	}
	found, skipped, err := s.Scan(txs, receipts)
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 2 || found[0].TxIndex != 1 || found[1].TxIndex != 6 {
		t.Fatalf("found %v", found)
	}
	want := []error{ErrCertSender, ErrCertTxFailed, ErrCertDecode, ErrCertTooLarge, ErrCertOverCap}
	if len(skipped) != len(want) {
		t.Fatalf("skipped %v", skipped)
	}
	for i, w := range want {
		if !errors.Is(skipped[i].Reason, w) {
			t.Errorf("skip %d: %v, want %v", i, skipped[i].Reason, w)
		}
	}
	// Mismatched receipts are a fetch problem, not data to skip.
	if _, _, err := s.Scan(txs, receipts[:3]); !errors.Is(err, ErrReceiptsLength) {
		t.Fatalf("short receipts: %v", err)
	}
	swapped := append(types.Receipts{}, receipts...)
	swapped[1], swapped[2] = swapped[2], swapped[1]
	if _, _, err := s.Scan(txs, swapped); !errors.Is(err, ErrReceiptsLength) {
		t.Fatalf("swapped receipts: %v", err)
	}
}

// FuzzScan: arbitrary calldata from an allowed submitter never panics, and whatever is
// found is a canonical certificate.
func FuzzScan(f *testing.F) {
	f.Add(sampleCertificate(f, 1))
	f.Add([]byte{})
	k := key(f, 1)
	s := &Scanner{Inbox: certBox, Submitters: map[common.Address]bool{crypto.PubkeyToAddress(k.PublicKey): true}, MaxCerts: 4, Signer: l1Signer}
	f.Fuzz(func(t *testing.T, data []byte) {
		tx := signedTx(t, k, 0, certBox, data)
		found, _, err := s.Scan(types.Transactions{tx}, types.Receipts{receiptFor(tx, true)})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range found {
			if string(c.Cert.Encode()) != string(data) {
				t.Fatal("non-canonical certificate accepted")
			}
		}
	})
}
