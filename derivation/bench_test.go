package derivation_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ethereum-optimism/optimism/op-service/eth"

	. "github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/avssim"
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

// noFetch is an L1 whose every fetch fails the benchmark: a block without Parley data
// must not fetch anything.
type noFetch struct{ b testing.TB }

func (n noFetch) FetchReceipts(context.Context, common.Hash) (eth.BlockInfo, types.Receipts, error) {
	n.b.Fatal("the hook fetched L1 data for a block without Parley data")
	return nil, nil, errors.New("unreachable")
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
// receipts.Geth(), and an L1 fetcher whose every use fails the benchmark. The hook
// looks for the publisher's and the certificate inbox's logs in those receipts, so its
// own cost is one pass over the 600 logs' addresses (and Geth()'s conversion, op-node's
// glue). Its ns/op is directly comparable with BenchmarkHookBaseline's.
func BenchmarkHookNoParleyData(b *testing.B) {
	txs, _ := busyBlock(b, 200)
	f := newEpochFixture(b, txs, busyLogs)
	d := newFixture(b).d
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % epochBlocks
		if _, err := f.epoch(ctx, k); err != nil {
			b.Fatal(err)
		}
		deps, _, err := d.Deposits(ctx, f.hookInput(k, noFetch{b}))
		if err != nil || len(deps) != 0 {
			b.Fatalf("%d deposits, %v", len(deps), err)
		}
	}
}

// BenchmarkHookOnlyNoParleyData is a diagnostic, not a goal: the hook call alone on the
// same busy block (200 receipts, 600 logs, none of them Parley's), so it measures the
// hook's own fast path without op-node's work around it.
func BenchmarkHookOnlyNoParleyData(b *testing.B) {
	f := newFixture(b)
	_, rs := busyBlock(b, 200)
	in := &Input{L1ChainID: 900, L1Info: f.l1.add(500, 1, rs), Receipts: rs, L1: noFetch{b}, NextL2Time: 1_000_000}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		deps, _, err := f.d.Deposits(context.Background(), in)
		if err != nil || len(deps) != 0 {
			b.Fatalf("%d deposits, %v", len(deps), err)
		}
	}
}

// bench1000 is the large benchmarks' world: a snapshot of 1,000 members across 4
// operator sets (250 each, weights 1000 + 10i), published in pages of 250 entries, two
// pages per L1 block (so its 4 pages span the seal block and one earlier block), and 16
// certificates over all 4 sets, each missing 25 signers (10%), posted in one L1 block.
type bench1000 struct {
	f       *fixture
	sim     *avssim.AVS
	snap    published
	cfg     Config
	encoded [][]byte
	origins []*Input // distinct L1 origins (hashes) posting the same 16 certificates
}

func newBench1000(b *testing.B) *bench1000 {
	const sets, perSet = 4, 250
	stakes := make([]map[uint8]uint64, sets*perSet)
	for i := range stakes {
		stakes[i] = map[uint8]uint64{uint8(i % sets): 1000 + 10*uint64(i)}
	}
	sim, err := avssim.New(avssim.Config{AVS: testAVS, Seed: 11, Stakes: stakes, Block: sealBlock})
	if err != nil {
		b.Fatal(err)
	}
	f := &fixture{sim: sim, l1: newFakeL1(), submitter: addrOf(key(b, 1))}
	w := &bench1000{f: f, sim: sim}
	w.snap = publish(b, f.l1, sim.Table(), perSet, 2)
	f.snap = w.snap
	var th []verifier.Threshold
	for q := uint8(0); q < sets; q++ {
		th = append(th, verifier.Threshold{Quorum: q, BPS: 6667})
	}
	w.cfg = Config{L1ChainID: 900, AVS: avsAddr, Publisher: publisher, CertInbox: certBox, Window: testWindow, Thresholds: th}
	var logs []*types.Log
	for i := uint64(0); i < MaxCertsPerBlock; i++ {
		absent := map[int]bool{}
		for j := 0; j < 25*sets; j++ {
			absent[int(i)*7+j*9%len(stakes)] = true
		}
		c, err := sim.Certify(f.attestation(1+10*i), []uint8{0, 1, 2, 3}, absent)
		if err != nil {
			b.Fatal(err)
		}
		w.encoded = append(w.encoded, c.Encode())
		logs = append(logs, postedLog(b, f.submitter, w.snap.sealHash, c.Encode()))
	}
	for k := 0; k < 8; k++ {
		rs := types.Receipts{receipt(uint64(k), logs...)}
		w.origins = append(w.origins, &Input{L1ChainID: 900, L1Info: f.l1.add(sealBlock+1, byte(k), rs), Receipts: rs, L1: f.l1, NextL2Time: 1_000_000})
	}
	return w
}

// BenchmarkHook16Certs1000Operators derives L1 blocks with 16 valid certificates against
// a 1,000-member snapshot across 4 operator sets, read from in-memory L1 receipts, in the
// steady state of a node deriving one epoch after another: the snapshot was resolved
// once (pages fetched by hash, decoded, checked against the seal's root) before the
// timer starts, as the first certificate against it does, and each iteration derives
// another origin block (another hash). The hook's work per iteration: the pass over the
// receipts' logs, 16 CertificatePosted logs parsed and strictly decoded, the window and
// snapshot checks (a cache hit), one VerifyBatch, 16 recordRange deposits encoded.
//
// In the same loop it times the reference: decoding the same 16 encodings
// (certificate.Decode) and one VerifyBatch over them against the same table in memory,
// with a verifier kept across iterations like the hook's. x_verify is the hook's total
// time over the reference's (goal: at most 1.10).
func BenchmarkHook16Certs1000Operators(b *testing.B) {
	w := newBench1000(b)
	d, err := NewDeriver(w.cfg, nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	if deps, _, err := d.Deposits(ctx, w.origins[0]); err != nil || len(deps) != MaxCertsPerBlock {
		b.Fatalf("%d deposits, %v", len(deps), err)
	}
	ref, err := verifier.New(verifier.Config{Policy: verifier.Policy{AVS: testAVS, Thresholds: w.cfg.Thresholds}, HashCacheSize: -1})
	if err != nil {
		b.Fatal(err)
	}
	tables := optable.Of(w.sim.Table())
	reference := func() {
		certs := make([]*certificate.Certificate, len(w.encoded))
		for j, e := range w.encoded {
			if certs[j], err = certificate.Decode(e); err != nil {
				b.Fatal(err)
			}
		}
		for _, err := range ref.VerifyBatch(certs, tables) {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
	reference()
	var hook, verify time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		deps, _, err := d.Deposits(ctx, w.origins[i%len(w.origins)])
		t1 := time.Now()
		if err != nil || len(deps) != MaxCertsPerBlock {
			b.Fatalf("%d deposits, %v", len(deps), err)
		}
		reference()
		hook, verify = hook+t1.Sub(t0), verify+time.Since(t1)
	}
	b.StopTimer()
	if hits, misses := d.Resolver().Stats(); misses != 1 || hits != uint64(b.N) {
		b.Fatalf("resolver: %d hits, %d misses over %d iterations", hits, misses, b.N)
	}
	b.ReportMetric(float64(hook)/float64(verify), "x_verify")
	b.ReportMetric(float64(hook.Nanoseconds())/float64(b.N), "hook_ns/op")
}

// BenchmarkResolveSnapshot1000 is a diagnostic: resolving the 1,000-member snapshot cold
// (no cache), as the first certificate against a new snapshot does: the seal block's and
// one page block's receipts fetched from memory, 4 pages of 250 entries parsed, 1,000 G1
// and G2 keys decoded (subgroup checks included), the sets' aggregates and the root
// recomputed.
func BenchmarkResolveSnapshot1000(b *testing.B) {
	w := newBench1000(b)
	ref := SnapshotRef{BlockHash: w.snap.sealHash, Snapshot: w.sim.Snapshot()}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := NewResolver(testAVS, publisher, -1)
		t, invalid, _, err := r.Resolve(context.Background(), w.f.l1, ref)
		if err != nil || invalid != nil || t.Len() != 1000 {
			b.Fatalf("%v %v", invalid, err)
		}
	}
}
