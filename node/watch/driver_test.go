package watch

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"

	"github.com/ethereum-optimism/optimism/op-service/retry"
	"github.com/ethereum-optimism/optimism/op-service/testlog"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/avs"
	"github.com/parley-xyz/parley/node/eigenlayer"
	"github.com/parley-xyz/parley/node/watch/metrics"
)

// fixture is a four-operator table in set 0 and helpers to sign certificates on it.
type fixture struct {
	avs  attestation.AVS
	keys []*bls.SecretKey
	ops  []common.Address
	tab  *optable.Table
	ref  derivation.SnapshotRef
}

func newFixture(t *testing.T) *fixture {
	f := &fixture{avs: attestation.AVS{L1ChainID: 900, Address: common.Address{0xa5}}}
	type op struct {
		addr common.Address
		key  *bls.SecretKey
	}
	var ops []op
	for i := 0; i < 4; i++ {
		k, err := bls.SecretKeyFromBytes(crypto.Keccak256([]byte(fmt.Sprintf("watch test %d", i))))
		if err != nil {
			t.Fatal(err)
		}
		ops = append(ops, op{common.Address{byte(0x10 * (i + 1))}, k})
	}
	slices.SortFunc(ops, func(a, b op) int { return a.addr.Cmp(b.addr) })
	var es []optable.Entry
	for i, o := range ops {
		f.keys, f.ops = append(f.keys, o.key), append(f.ops, o.addr)
		es = append(es, optable.NewEntry(0, o.addr, uint64(1000*(i+1)), o.key.PublicKeyG1(), o.key.PublicKeyG2()))
	}
	tab, err := optable.Build(f.avs, 5, []uint8{0}, es)
	if err != nil {
		t.Fatal(err)
	}
	f.tab = tab
	f.ref = derivation.SnapshotRef{BlockHash: common.Hash{0x5}, Snapshot: tab.Snapshot()}
	return f
}

func (f *fixture) att(from, to uint64, root byte) attestation.Attestation {
	return attestation.Attestation{AVS: f.avs, SourceChainID: 902, FromBlock: from, ToBlock: to,
		LastBlockHash: common.Hash{0xb, byte(to)}, MessageRoot: common.Hash{root}, Snapshot: f.tab.Snapshot()}
}

func (f *fixture) certify(t *testing.T, a attestation.Attestation, signers ...int) *certificate.Certificate {
	sigs := map[optable.OperatorID]bls.G1Point{}
	for _, i := range signers {
		s, err := f.keys[i].Sign(a.Digest())
		if err != nil {
			t.Fatal(err)
		}
		sigs[optable.IDOf(f.keys[i].PublicKeyG1())] = s
	}
	c, err := certificate.Aggregate(f.tab, a, []uint8{0}, sigs)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// certLog is the inbox's CertificatePosted log of raw in block, naming snapshot hash h.
func certLog(block uint64, h common.Hash, raw []byte) types.Log {
	data := make([]byte, 96+(len(raw)+31)/32*32)
	copy(data[:32], h[:])
	big.NewInt(0x40).FillBytes(data[32:64])
	big.NewInt(int64(len(raw))).FillBytes(data[64:96])
	copy(data[96:], raw)
	return types.Log{BlockNumber: block, TxHash: common.Hash{byte(block)}, Data: data,
		Topics: []common.Hash{derivation.CertificatePostedID, common.BytesToHash(common.Address{0x5b}.Bytes())}}
}

// fakeL1 serves logs and tables from memory and records offences as a slasher would.
type fakeL1 struct {
	mu       sync.Mutex
	head     uint64
	logs     []types.Log
	tables   map[derivation.SnapshotRef]*optable.Table
	failLogs int
	slashed  map[common.Hash]bool
	simErr   error
}

func (l *fakeL1) Head(context.Context) (uint64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.head, nil
}

func (l *fakeL1) CertificateLogs(_ context.Context, from, to uint64) ([]types.Log, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.failLogs > 0 {
		l.failLogs--
		return nil, errors.New("L1 unavailable")
	}
	var out []types.Log
	for _, lg := range l.logs {
		if lg.BlockNumber >= from && lg.BlockNumber <= to {
			out = append(out, lg)
		}
	}
	return out, nil
}

func (l *fakeL1) Table(_ context.Context, ref derivation.SnapshotRef) (*optable.Table, error) {
	if t, ok := l.tables[ref]; ok {
		return t, nil
	}
	return nil, fmt.Errorf("%w: no seal", derivation.ErrSnapshot)
}

func (l *fakeL1) Slasher(context.Context) (common.Address, error) { return common.Address{0x51}, nil }

func (l *fakeL1) Slashed(_ context.Context, _ common.Address, k common.Hash) (bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.slashed[k], nil
}

func (l *fakeL1) VerifyCertificates(context.Context, common.Address, avs.CertificateEvidence) error {
	return nil
}

func (l *fakeL1) SimulateSlash(context.Context, common.Address, common.Address, avs.CertificateEvidence) error {
	return l.simErr
}

// fakeSubmitter slashes the offences it is told to, as the slasher would.
type fakeSubmitter struct {
	l1       *fakeL1
	offences []common.Hash
	mu       sync.Mutex
	sent     int
}

func (s *fakeSubmitter) From() common.Address { return common.Address{0xf} }

func (s *fakeSubmitter) Submit(_ context.Context, slasher common.Address, _ avs.CertificateEvidence) (*types.Receipt, error) {
	s.mu.Lock()
	s.sent++
	s.mu.Unlock()
	s.l1.mu.Lock()
	defer s.l1.mu.Unlock()
	r := &types.Receipt{Status: types.ReceiptStatusSuccessful, GasUsed: 1000, BlockNumber: big.NewInt(1)}
	for _, k := range s.offences {
		if !s.l1.slashed[k] {
			s.l1.slashed[k] = true
			r.Logs = append(r.Logs, &types.Log{Address: slasher, Topics: []common.Hash{crypto.Keccak256Hash([]byte("EquivocationSlashed(address,uint32,bytes32,bytes32,uint256)"))}})
		}
	}
	return r, nil
}

// counts records what the driver counts.
type counts struct {
	metrics.Metricer
	mu                                 sync.Mutex
	skipped, offenceSkipped            map[string]int
	seen, conflicts, confirmed, slashd int
}

func newCounts() *counts {
	return &counts{Metricer: metrics.NoopMetrics, skipped: map[string]int{}, offenceSkipped: map[string]int{}}
}

func (c *counts) RecordCertificateSeen() { c.mu.Lock(); c.seen++; c.mu.Unlock() }
func (c *counts) RecordCertificateSkipped(r string) {
	c.mu.Lock()
	c.skipped[r]++
	c.mu.Unlock()
}
func (c *counts) RecordConflict() { c.mu.Lock(); c.conflicts++; c.mu.Unlock() }
func (c *counts) RecordOffenceSkipped(r string, n int) {
	c.mu.Lock()
	c.offenceSkipped[r] += n
	c.mu.Unlock()
}
func (c *counts) RecordEvidenceConfirmed(n int, _ uint64, _ *big.Int) {
	c.mu.Lock()
	c.confirmed++
	c.slashd += n
	c.mu.Unlock()
}

func newTestDriver(t *testing.T, f *fixture, l1 *fakeL1, sub Submitter, m metrics.Metricer) *Driver {
	d, err := NewDriver(DriverSetup{Log: testlog.Logger(t, log.LevelDebug), Metrics: m,
		Cfg: Config{AVS: f.avs, StartBlock: 1, HistoryBlocks: 1000, MaxCertificates: 8, PollInterval: 10 * time.Millisecond,
			LogChunk: 3, Backoff: &retry.FixedStrategy{Dur: time.Millisecond}, MaxAttempts: 3, MaxSlashesPerTx: 8},
		L1: l1, Submitter: sub})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestDriverFakes: against fakes of L1 and the submitter, a malformed log, a malformed
// certificate and one naming an unknown snapshot are skipped and counted, a failed L1
// read loses nothing, adjacent ranges do not conflict, and a conflicting pair is
// submitted once and slashes exactly the two common signers; a second driver finds the
// offences recorded and sends nothing; when the offenders are no longer slashable
// nothing is sent either.
func TestDriverFakes(t *testing.T) {
	f := newFixture(t)
	a, b := f.certify(t, f.att(1, 10, 1), 0, 2, 3), f.certify(t, f.att(1, 10, 2), 1, 2, 3)
	adj := f.certify(t, f.att(11, 20, 3), 0, 1, 2, 3)
	bad := *a
	bad.Attestation.FromBlock = 40
	unknown := f.certify(t, f.att(30, 40, 4), 0, 1)
	garbled := certLog(2, f.ref.BlockHash, a.Encode())
	garbled.Data = garbled.Data[:len(garbled.Data)-32]
	l1 := &fakeL1{head: 9, tables: map[derivation.SnapshotRef]*optable.Table{f.ref: f.tab}, failLogs: 1, slashed: map[common.Hash]bool{},
		logs: []types.Log{
			garbled,
			certLog(3, f.ref.BlockHash, bad.Encode()),
			certLog(4, common.Hash{0xee}, unknown.Encode()),
			certLog(5, f.ref.BlockHash, a.Encode()),
			certLog(6, f.ref.BlockHash, adj.Encode()),
			certLog(8, f.ref.BlockHash, b.Encode()),
		}}
	for i := range l1.logs {
		l1.logs[i].Index = uint(i)
	}
	var offences []common.Hash
	for _, i := range []int{2, 3} {
		offences = append(offences, OffenceKey(f.ops[i], 0, a.Digest(), b.Digest()))
	}
	sub := &fakeSubmitter{l1: l1, offences: offences}
	c := newCounts()
	d := newTestDriver(t, f, l1, sub, c)
	ctx := context.Background()
	if err := d.Poll(ctx); err == nil {
		t.Fatal("a failed L1 read is not reported")
	}
	if err := d.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if c.seen != 6 || c.skipped[SkipMalformedLog] != 1 || c.skipped[SkipMalformed] != 1 || c.skipped[SkipSnapshot] != 1 {
		t.Fatalf("seen %d, skipped %v", c.seen, c.skipped)
	}
	if c.conflicts != 1 || d.Pending() != 1 {
		t.Fatalf("conflicts %d, pending %d", c.conflicts, d.Pending())
	}
	j := d.pending[0]
	if len(j.Offences) != 2 || j.Offences[f.ops[2]] != offences[0] || j.Offences[f.ops[3]] != offences[1] {
		t.Fatalf("offences %v", j.Offences)
	}
	if err := d.Start(); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, func() bool { return d.Pending() == 0 })
	d.Stop()
	if sub.sent != 1 || c.confirmed != 1 || c.slashd != 2 {
		t.Fatalf("sent %d, confirmed %d, slashed %d", sub.sent, c.confirmed, c.slashd)
	}

	// Restarted: recorded on L1, nothing sent.
	c2 := newCounts()
	d2 := newTestDriver(t, f, l1, sub, c2)
	if err := d2.Start(); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, func() bool {
		c2.mu.Lock()
		defer c2.mu.Unlock()
		return c2.offenceSkipped[OffenceAlreadySlashed] == 2
	})
	d2.Stop()
	if sub.sent != 1 {
		t.Fatalf("a restarted driver sent evidence again")
	}

	// Not slashable any more: nothing sent.
	l1.slashed = map[common.Hash]bool{}
	l1.simErr = &eigenlayer.RevertError{Name: "NothingToSlash"}
	c3 := newCounts()
	d3 := newTestDriver(t, f, l1, sub, c3)
	if err := d3.Start(); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, func() bool {
		c3.mu.Lock()
		defer c3.mu.Unlock()
		return c3.offenceSkipped[OffenceNotSlashable] == 2
	})
	d3.Stop()
	if sub.sent != 1 {
		t.Fatalf("evidence against offenders no longer slashable was sent")
	}
}

func waitUntil(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestHistoryBounds: the history keeps at most Max certificates (oldest forgotten
// first), forgets those older than MaxBlocks, keeps one copy of a certificate, and
// finds conflicts only within a source chain.
func TestHistoryBounds(t *testing.T) {
	f := newFixture(t)
	h := NewHistory(10, 3)
	mk := func(block uint64, a attestation.Attestation) *Posted {
		c := f.certify(t, a, 0)
		return NewPosted(c, c.Encode(), f.ref, block, 0, common.Hash{})
	}
	p1 := mk(1, f.att(1, 10, 1))
	h.Add(p1)
	h.Add(p1)
	if h.Len() != 1 {
		t.Fatalf("a copy kept twice: %d", h.Len())
	}
	other := f.att(1, 10, 2)
	other.SourceChainID = 903
	if got := h.Conflicting(mk(2, other)); len(got) != 0 {
		t.Fatal("conflict across source chains")
	}
	if got := h.Conflicting(mk(2, f.att(10, 12, 2))); len(got) != 1 || got[0] != p1 {
		t.Fatalf("overlap not found: %v", got)
	}
	if got := h.Conflicting(mk(2, f.att(11, 12, 2))); len(got) != 0 {
		t.Fatal("adjacent ranges conflict")
	}
	for i := uint64(2); i <= 4; i++ {
		h.Add(mk(i, f.att(100*i, 100*i, 1)))
	}
	if h.Len() != 3 || h.Has(p1.ID) {
		t.Fatalf("Max not enforced: %d kept, oldest kept %v", h.Len(), h.Has(p1.ID))
	}
	h.Prune(13)
	if h.Len() != 2 {
		t.Fatalf("MaxBlocks not enforced: %d kept", h.Len())
	}
	h.Prune(100)
	if h.Len() != 0 || len(h.byChain) != 0 || len(h.ids) != 0 {
		t.Fatalf("pruned history not empty: %d, %d, %d", h.Len(), len(h.byChain), len(h.ids))
	}
}
