package watch_test

import (
	"context"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"

	"github.com/ethereum-optimism/optimism/op-service/testlog"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/avs"
	"github.com/parley-xyz/parley/node/testworld"
	"github.com/parley-xyz/parley/node/watch"
	"github.com/parley-xyz/parley/node/watch/flags"
	"github.com/parley-xyz/parley/node/watch/metrics"
)

// slashWads is the fraction the tests' slasher takes per offence: a quarter.
var slashWads = big.NewInt(25e16)

// certify has the listed operators sign a (set 0) and aggregates a certificate.
func certify(t *testing.T, w *testworld.World, tab *optable.Table, a attestation.Attestation, signers ...int) *certificate.Certificate {
	t.Helper()
	sigs := map[optable.OperatorID]bls.G1Point{}
	for _, i := range signers {
		k := w.Operators[i].Keys[0]
		s, err := k.Sign(a.Digest())
		if err != nil {
			t.Fatal(err)
		}
		sigs[optable.IDOf(k.PublicKeyG1())] = s
	}
	c, err := certificate.Aggregate(tab, a, []uint8{0}, sigs)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// stakes returns each operator's slashable stake in set 0 now.
func stakes(ctx context.Context, t *testing.T, w *testworld.World) []*big.Int {
	t.Helper()
	addrs := make([]common.Address, len(w.Operators))
	for i, op := range w.Operators {
		addrs[i] = op.Account.Address
	}
	head, err := w.L1.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s, err := w.Core.MinimumSlashableStake(ctx, w.AVS.Addresses.Registrar, 0, addrs, nil, uint32(head+1))
	if err != nil {
		t.Fatal(err)
	}
	out := make([]*big.Int, len(s))
	for i := range s {
		out[i] = s[i][0]
	}
	return out
}

// watchConfig is an in-process watcher's configuration against the world, paying
// with key and reading from start.
func watchConfig(w *testworld.World, keyHex string, start uint64) *watch.CLIConfig {
	tx := txmgr.NewCLIConfig(w.L1.URL, flags.TxMgrDefaults)
	tx.PrivateKey = keyHex
	tx.ReceiptQueryInterval = 50 * time.Millisecond
	tx.NetworkTimeout = 5 * time.Second
	tx.ResubmissionTimeout = 5 * time.Second
	tx.TxNotInMempoolTimeout = 10 * time.Second
	cfg := &watch.CLIConfig{
		L1EthRpc: w.L1.URL, Inbox: w.AVS.Addresses.Inbox.Hex(), L1StartBlock: start,
		HistoryBlocks: flags.DefaultHistoryBlocks, MaxCertificates: 64, PollInterval: 100 * time.Millisecond,
		LogChunk: flags.DefaultLogChunk, RetryBackoffMax: 2 * time.Second, MaxAttempts: 5, MaxSlashesPerTx: flags.DefaultMaxSlashesPerTx,
		TxMgrConfig: tx,
	}
	cfg.MetricsConfig.Enabled = true
	cfg.MetricsConfig.ListenAddr = "127.0.0.1"
	cfg.LogConfig.Level = log.LevelInfo
	return cfg
}

// startWatch runs a watcher in this process until the returned stop is called (or the
// test ends).
func startWatch(ctx context.Context, t *testing.T, cfg *watch.CLIConfig) (*watch.Service, func()) {
	t.Helper()
	s, err := watch.ServiceFromCLIConfig(ctx, "test", cfg, testlog.Logger(t, log.LevelInfo))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	stop := func() {
		once.Do(func() {
			if err := s.Stop(context.Background()); err != nil {
				t.Error(err)
			}
		})
	}
	t.Cleanup(stop)
	return s, stop
}

// metric returns the value of a parley_watch_default_ counter or gauge (summed over
// the series whose labels include the given name=value pairs).
func metric(t *testing.T, s *watch.Service, name string, labels ...string) float64 {
	t.Helper()
	reg := s.Metrics.(*metrics.Metrics).Registry()
	return gather(t, reg, metrics.Namespace+"_default_"+name, labels...)
}

func gather(t *testing.T, reg *prometheus.Registry, name string, labels ...string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	sum := 0.0
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			if !hasLabels(m, labels) {
				continue
			}
			switch {
			case m.Counter != nil:
				sum += m.Counter.GetValue()
			case m.Gauge != nil:
				sum += m.Gauge.GetValue()
			}
		}
	}
	return sum
}

func hasLabels(m *dto.Metric, labels []string) bool {
	for _, l := range labels {
		k, v, _ := strings.Cut(l, "=")
		found := false
		for _, lp := range m.GetLabel() {
			if lp.GetName() == k && lp.GetValue() == v {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// waitFor polls cond until it holds or within passes.
func waitFor(t *testing.T, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", within, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// scannedTo waits until the watcher has read L1 up to the current head and has no
// evidence pending.
func scannedTo(ctx context.Context, t *testing.T, w *testworld.World, s *watch.Service) {
	t.Helper()
	head, err := w.L1.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, time.Minute, "the watcher to read L1", func() bool {
		return metric(t, s, "l1_scanned_block") >= float64(head) && s.Driver.Pending() == 0
	})
}

// TestWatchSlashesEquivocators: on EigenLayer core v1.8.1 and Parley's AVS, with four
// operators in set 0. The inbox holds a malformed certificate, a certificate A of
// blocks 1..10 signed by operators 0, 2 and 3, the same certificate again, and one of
// the adjacent range 11..20 signed by all: an in-process watcher skips and counts the
// malformed one and the copy, finds no conflict and sends nothing. Then a certificate B
// of 1..10 with another message root, signed by 1, 2 and 3, is posted: the watcher
// submits evidence, and exactly operators 2 and 3 (who signed both) lose the
// configured fraction of their slashable stake; its metrics count the conflict and the
// two slashes. A second watcher reading the same history submits nothing: the
// offences are recorded as slashed.
func TestWatchSlashesEquivocators(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	w := testworld.Start(ctx, t, testworld.Config{Weights: []int64{1000, 2000, 3000, 4000}})
	slasher, err := w.AVS.DeploySlasher(ctx, w.Owner, slashWads)
	if err != nil {
		t.Fatal(err)
	}
	tab, err := w.AVS.Table(ctx, w.L1.Client, w.Snapshot.Ref())
	if err != nil {
		t.Fatal(err)
	}
	att := func(from, to uint64, root byte) attestation.Attestation {
		return attestation.Attestation{AVS: w.AVS.ID(), SourceChainID: testworld.SourceChainID, FromBlock: from, ToBlock: to,
			LastBlockHash: common.Hash{0xb, byte(to)}, MessageRoot: common.Hash{root}, Snapshot: w.Snapshot.Snapshot}
	}
	start, err := w.L1.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	post := func(c *certificate.Certificate) {
		t.Helper()
		if _, err := w.AVS.Post(ctx, w.Submitter, c); err != nil {
			t.Fatal(err)
		}
	}
	ca := certify(t, w, tab, att(1, 10, 1), 0, 2, 3)
	// Malformed: fromBlock above toBlock. The inbox reads only the snapshot's words.
	bad := *ca
	bad.Attestation.FromBlock, bad.Attestation.ToBlock = 30, 20
	if _, err := certificate.Decode(bad.Encode()); err == nil {
		t.Fatal("the malformed certificate decodes")
	}
	post(&bad)
	post(ca)
	post(ca)
	post(certify(t, w, tab, att(11, 20, 3), 0, 1, 2, 3))

	key := w.Funded[0]
	keyHex := common.Bytes2Hex(crypto.FromECDSA(key))
	watcher := crypto.PubkeyToAddress(key.PublicKey)
	s1, stop1 := startWatch(ctx, t, watchConfig(w, keyHex, start))
	scannedTo(ctx, t, w, s1)
	if got := metric(t, s1, "certificates_seen_total"); got != 4 {
		t.Errorf("certificates seen: %v, want 4", got)
	}
	if got := metric(t, s1, "certificates_skipped_total", "reason="+watch.SkipMalformed); got != 1 {
		t.Errorf("malformed certificates skipped: %v, want 1", got)
	}
	if got := metric(t, s1, "certificates_skipped_total", "reason="+watch.SkipDuplicate); got != 1 {
		t.Errorf("duplicates skipped: %v, want 1", got)
	}
	if got := metric(t, s1, "conflicts_total"); got != 0 {
		t.Errorf("conflicts among non-conflicting certificates: %v", got)
	}
	if got := metric(t, s1, "evidence_submitted_total"); got != 0 {
		t.Errorf("evidence submitted for non-conflicting certificates: %v", got)
	}
	if got := metric(t, s1, "history_certificates"); got != 2 {
		t.Errorf("certificates kept: %v, want 2", got)
	}

	before := stakes(ctx, t, w)
	cb := certify(t, w, tab, att(1, 10, 2), 1, 2, 3)
	post(cb)
	waitFor(t, 2*time.Minute, "the slash", func() bool {
		return metric(t, s1, "offenders_slashed_total") >= 2 && s1.Driver.Pending() == 0
	})
	after := stakes(ctx, t, w)
	for i := range w.Operators {
		want := new(big.Int).Set(before[i])
		if i == 2 || i == 3 {
			want.Sub(want, new(big.Int).Div(new(big.Int).Mul(before[i], slashWads), avs.WAD))
		}
		if after[i].Cmp(want) != 0 {
			t.Errorf("operator %d: slashable stake %s → %s, want %s", i, before[i], after[i], want)
		}
	}
	for name, want := range map[string]float64{"conflicts_total": 1, "evidence_submitted_total": 1, "evidence_confirmed_total": 1,
		"offenders_slashed_total": 2, "evidence_failed_total": 0} {
		if got := metric(t, s1, name); got != want {
			t.Errorf("%s: %v, want %v", name, got, want)
		}
	}
	if metric(t, s1, "l1_gas_used_total") == 0 {
		t.Error("no L1 gas recorded")
	}
	// The offences are recorded under the contract's key, which the watcher computes.
	opts := &bind.CallOpts{Context: ctx}
	for _, i := range []int{2, 3} {
		k := watch.OffenceKey(w.Operators[i].Account.Address, 0, ca.Digest(), cb.Digest())
		if ck, err := slasher.Contract.OffenceKey(opts, w.Operators[i].Account.Address, 0, lo(ca.Digest(), cb.Digest()), hi(ca.Digest(), cb.Digest())); err != nil || ck != k {
			t.Fatalf("offence key: contract %x (%v), watcher %s", ck, err, k)
		}
		if ok, err := slasher.Contract.Slashed(opts, k); err != nil || !ok {
			t.Fatalf("operator %d's offence not recorded (%v)", i, err)
		}
	}
	stop1()

	nonce, err := w.L1.Client.NonceAt(ctx, watcher, nil)
	if err != nil {
		t.Fatal(err)
	}
	s2, _ := startWatch(ctx, t, watchConfig(w, keyHex, start))
	scannedTo(ctx, t, w, s2)
	if got := metric(t, s2, "conflicts_total"); got != 1 {
		t.Errorf("restarted watcher: conflicts %v, want 1", got)
	}
	if got := metric(t, s2, "offences_skipped_total", "reason="+watch.OffenceAlreadySlashed); got != 2 {
		t.Errorf("restarted watcher: offences skipped as slashed %v, want 2", got)
	}
	if got := metric(t, s2, "evidence_submitted_total"); got != 0 {
		t.Errorf("restarted watcher submitted evidence again: %v", got)
	}
	if n, err := w.L1.Client.NonceAt(ctx, watcher, nil); err != nil || n != nonce {
		t.Errorf("restarted watcher sent transactions: nonce %d → %d (%v)", nonce, n, err)
	}
	if got := stakes(ctx, t, w); got[2].Cmp(after[2]) != 0 || got[3].Cmp(after[3]) != 0 {
		t.Errorf("slashed again: %v → %v", after, got)
	}
}

func lo(a, b common.Hash) [32]byte {
	if a.Cmp(b) < 0 {
		return a
	}
	return b
}

func hi(a, b common.Hash) [32]byte {
	if a.Cmp(b) < 0 {
		return b
	}
	return a
}
