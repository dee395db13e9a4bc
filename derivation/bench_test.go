package derivation_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"

	. "github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
)

// busyBlock is an L1 block with many transactions and logs, none of them Parley's.
func busyBlock(b *testing.B, n int) (types.Transactions, types.Receipts) {
	var txs types.Transactions
	var rs types.Receipts
	k := key(b, 3)
	for i := 0; i < n; i++ {
		tx := signedTx(b, k, uint64(i), common.Address{0xee, byte(i)}, make([]byte, 100))
		r := receiptFor(tx, i%7 != 0)
		for j := 0; j < 3; j++ {
			r.Logs = append(r.Logs, &types.Log{Address: common.Address{0xdd, byte(j)}, Topics: []common.Hash{{byte(i)}, {byte(j)}}, Data: make([]byte, 64)})
		}
		txs, rs = append(txs, tx), append(rs, r)
	}
	return txs, rs
}

// BenchmarkHookBaseline is op-node's own per-epoch receipt work on the busy block
// (derive.UserDeposits), the reference for BenchmarkHookNoParleyData.
func BenchmarkHookBaseline(b *testing.B) {
	_, rs := busyBlock(b, 200)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := derive.UserDeposits(rs, common.Address{0xde, 0x90}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHookNoParleyData runs the hook on the busy block: it must find nothing,
// without reading L2 state.
func BenchmarkHookNoParleyData(b *testing.B) {
	f := newDeriverFixture(b)
	txs, rs := busyBlock(b, 200)
	f.l2.fail = errNoRead // any L2 read fails the benchmark
	in := f.input(txs, rs, &fakeL1{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		deps, _, err := f.d.Deposits(context.Background(), in)
		if err != nil || len(deps) != 0 {
			b.Fatalf("%d deposits, %v", len(deps), err)
		}
	}
}

// hook16 prepares a block with 16 valid certificates for the mirrored table.
func hook16(b *testing.B) (*deriverFixture, *Input, []*certificate.Certificate) {
	f := newDeriverFixture(b)
	f.mirror(b)
	sub := key(b, 1)
	var txs types.Transactions
	var rs types.Receipts
	var certs []*certificate.Certificate
	for i := uint64(0); i < 16; i++ {
		a := attestation.Attestation{AVS: f.avs, SourceChainID: 901, FromBlock: 100 + 10*i, ToBlock: 109 + 10*i, MessageRoot: common.Hash{byte(i)}, TableVersion: 1}
		c, err := f.sim.Certify(a, []uint8{0}, map[int]bool{3: true})
		if err != nil {
			b.Fatal(err)
		}
		certs = append(certs, c)
		tx := signedTx(b, sub, i, certBox, c.Encode())
		txs, rs = append(txs, tx), append(rs, receiptFor(tx, true))
	}
	f.d = NewDeriver(Config{Registry: decRegistry, CertInbox: certBox, MaxCerts: 16, Window: 4,
		Submitters: f.submitters, Thresholds: []verifier.Threshold{{Quorum: 0, BPS: 6667}}}, nil)
	return f, f.input(txs, rs, &fakeL1{}), certs
}

// BenchmarkHook16Certs derives the deposits of a block with 16 valid certificates.
func BenchmarkHook16Certs(b *testing.B) {
	f, in, _ := hook16(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		deps, _, err := f.d.Deposits(context.Background(), in)
		if err != nil || len(deps) != 16 {
			b.Fatalf("%d deposits, %v", len(deps), err)
		}
	}
}

// BenchmarkVerify16Certs verifies the same 16 certificates alone (one batch, a fresh
// verifier as the hook uses): the reference for BenchmarkHook16Certs.
func BenchmarkVerify16Certs(b *testing.B) {
	f, _, certs := hook16(b)
	st := NewInboxState(context.Background(), f.icfg, f.l2, common.Hash{})
	tab, err := st.Table(1)
	if err != nil {
		b.Fatal(err)
	}
	src := optable.NewHistory(tab, 4)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v, _ := verifier.New(verifier.Config{Policy: verifier.Policy{AVS: f.avs, Thresholds: []verifier.Threshold{{Quorum: 0, BPS: 6667}}}})
		for _, err := range v.VerifyBatch(certs, src) {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}
