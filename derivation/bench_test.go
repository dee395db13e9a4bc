package derivation_test

import (
	"context"
	"encoding/binary"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	. "github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
)

// busyBlock is an L1 block with n transactions (100 bytes of calldata each, to n
// different contracts) and 3 logs per transaction (busyLogs), none of them Parley's.
// Every receipt is successful.
func busyBlock(t testing.TB, n int) (types.Transactions, types.Receipts) {
	var txs types.Transactions
	var rs types.Receipts
	k := key(t, 3)
	for i := 0; i < n; i++ {
		tx := signedTx(t, k, uint64(i), common.Address{0xee, byte(i)}, make([]byte, 100))
		r := receiptFor(tx, true)
		r.Logs = busyLogs(i)
		txs, rs = append(txs, tx), append(rs, r)
	}
	return txs, rs
}

// busyLogs are the logs of the i-th transaction of a busy block.
func busyLogs(i int) []*types.Log {
	var logs []*types.Log
	for j := 0; j < 3; j++ {
		logs = append(logs, &types.Log{Address: common.Address{0xdd, byte(j)}, Topics: []common.Hash{{byte(i)}, {byte(j)}}, Data: make([]byte, 64)})
	}
	return logs
}

// BenchmarkHookBaseline is op-node v1.19.6's own per-epoch work for the L1 origin of an
// epoch's first L2 block, without Parley: on a busy L1 block (200 transactions, 600
// logs, no deposits, no batches, no system-config updates), one iteration runs
// epochFixture.epoch, that is, with op-node's published code over an in-memory L1 RPC
// backend (no JSON, no network):
//
//   - L1Traversal.AdvanceL1Block: the block ref by number; sources.L1Client.FetchReceipts,
//     which fetches and verifies the block (header hash, types.DeriveSha of the
//     transactions and withdrawals) and validates the receipts (per-receipt and per-log
//     metadata, types.DeriveSha against the receipts root); UpdateSystemConfigWithL1Receipts;
//   - the L1 retrieval's data source read to its end: L1Client.InfoAndTxsByHash (a
//     cache hit that decodes the 200 transactions) and the batch-inbox filter;
//   - FetchingAttributesBuilder.PreparePayloadAttributes: the L2 system config,
//     FetchReceipts (cached, but it rehashes the raw transactions), DeriveDeposits
//     (UserDeposits), UpdateSystemConfigWithL1Receipts and L1InfoDepositBytes.
//
// Iterations cycle through 4 such blocks with distinct hashes while the L1 client caches
// 2, so every epoch's first fetch misses the caches, as a new L1 origin does.
// BenchmarkHookNoParleyData is exactly this plus the hook call.
func BenchmarkHookBaseline(b *testing.B) {
	txs, _ := busyBlock(b, 200)
	f := newEpochFixture(b, txs, busyLogs)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := f.epoch(ctx, i%epochBlocks); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHookNoParleyData is BenchmarkHookBaseline's per-epoch work followed by the
// hook call the patched PreparePayloadAttributes makes (epochFixture.hookInput): an
// Input with the info and receipts the builder fetched, the receipts converted by
// receipts.Geth(), and an L2 whose every read fails the benchmark (a block without
// Parley data must not read L2 state). The hook reads nothing else of L1: it looks for
// the registry's and the certificate inbox's logs in those receipts, so its own cost
// is one pass over the 600 logs' addresses (and Geth()'s conversion, op-node's glue).
// Its ns/op is directly comparable with BenchmarkHookBaseline's.
func BenchmarkHookNoParleyData(b *testing.B) {
	txs, _ := busyBlock(b, 200)
	f := newEpochFixture(b, txs, busyLogs)
	d := newDeriverFixture(b).d
	l2 := &mapState{fail: errNoRead}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % epochBlocks
		if _, err := f.epoch(ctx, k); err != nil {
			b.Fatal(err)
		}
		deps, _, err := d.Deposits(ctx, f.hookInput(k, l2))
		if err != nil || len(deps) != 0 {
			b.Fatalf("%d deposits, %v", len(deps), err)
		}
	}
}

// BenchmarkHookOnlyNoParleyData is a diagnostic, not a goal: the hook call alone on the
// same busy block (200 receipts, 600 logs, none of them Parley's), so it measures the
// hook's own fast path without op-node's work around it.
func BenchmarkHookOnlyNoParleyData(b *testing.B) {
	f := newDeriverFixture(b)
	_, rs := busyBlock(b, 200)
	f.l2.fail = errNoRead // any L2 read fails the benchmark
	in := f.input(rs)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		deps, _, err := f.d.Deposits(context.Background(), in)
		if err != nil || len(deps) != 0 {
			b.Fatalf("%d deposits, %v", len(deps), err)
		}
	}
}

// hook16 prepares a block with 16 valid certificates for the mirrored table (version
// 1; 4 operators, one non-signer), each posted by an allowed submitter through the
// inbox's post (a transaction to the inbox whose receipt holds the CertificatePosted
// log), and returns the certificates' encodings.
func hook16(b *testing.B) (*deriverFixture, *Input, [][]byte) {
	f := newDeriverFixture(b)
	f.mirror(b)
	sub := key(b, 1)
	var rs types.Receipts
	var encoded [][]byte
	for i := uint64(0); i < 16; i++ {
		a := attestation.Attestation{AVS: f.avs, SourceChainID: 901, FromBlock: 100 + 10*i, ToBlock: 109 + 10*i, MessageRoot: common.Hash{byte(i)}, TableVersion: 1}
		c, err := f.sim.Certify(a, []uint8{0}, map[int]bool{3: true})
		if err != nil {
			b.Fatal(err)
		}
		encoded = append(encoded, c.Encode())
		rs = append(rs, postReceipt(b, sub, i, c.Encode()))
	}
	f.d = NewDeriver(Config{Registry: decRegistry, CertInbox: certBox, MaxCerts: 16, Window: 4,
		Submitters: f.submitters, Thresholds: []verifier.Threshold{{Quorum: 0, BPS: 6667}}}, nil)
	return f, f.input(rs), encoded
}

// BenchmarkHook16Certs derives the deposits of an L1 block with 16 valid certificates
// (all naming table version 1), in the steady state of a node deriving one epoch after
// another: each iteration builds on a different L2 parent (block hash), and the table
// is read from L2 state through the precompile's storage layout every time. The one
// call before the timer starts leaves the Deriver as earlier epochs would: table
// version 1 restored once and its signer set known. The work per iteration: the pass
// over the receipts' log addresses, 16 CertificatePosted logs parsed and 16 strict
// certificate decodings, the L2 reads (table version and image, one range), the
// table-cache lookup, one VerifyBatch, 16 recordRange deposits encoded. No transaction
// is decoded and no signature recovered: the hook reads the receipts alone.
func BenchmarkHook16Certs(b *testing.B) {
	f, in, _ := hook16(b)
	ctx := context.Background()
	if deps, _, err := f.d.Deposits(ctx, in); err != nil || len(deps) != 16 {
		b.Fatalf("%d deposits, %v", len(deps), err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		binary.BigEndian.PutUint64(in.L2Parent.Hash[24:], uint64(i)+1)
		deps, _, err := f.d.Deposits(ctx, in)
		if err != nil || len(deps) != 16 {
			b.Fatalf("%d deposits, %v", len(deps), err)
		}
	}
	b.StopTimer()
	if hits, misses := f.d.TableCacheStats(); misses != 1 || hits != uint64(b.N) {
		b.Fatalf("table cache: %d hits, %d misses over %d iterations", hits, misses, b.N)
	}
}

// BenchmarkVerify16Certs is the reference for BenchmarkHook16Certs: verifying the same
// 16 certificates alone. One iteration strictly decodes the 16 encodings
// (certificate.Decode) and runs one VerifyBatch over them with a fresh verifier
// (default caches) against table version 1 held in memory (restored once, before the
// timer starts).
func BenchmarkVerify16Certs(b *testing.B) {
	f, _, encoded := hook16(b)
	st := NewInboxState(context.Background(), f.icfg, f.l2, common.Hash{})
	tab, err := st.Table(1)
	if err != nil {
		b.Fatal(err)
	}
	src := optable.NewHistory(tab, 4)
	policy := verifier.Policy{AVS: f.avs, Thresholds: []verifier.Threshold{{Quorum: 0, BPS: 6667}}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		certs := make([]*certificate.Certificate, len(encoded))
		for j, e := range encoded {
			if certs[j], err = certificate.Decode(e); err != nil {
				b.Fatal(err)
			}
		}
		v, err := verifier.New(verifier.Config{Policy: policy})
		if err != nil {
			b.Fatal(err)
		}
		for _, err := range v.VerifyBatch(certs, src) {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}
