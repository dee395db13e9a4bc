package derivation_test

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ethereum-optimism/optimism/op-service/eth"

	. "github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/avssim"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
)

// countingMetrics records what the hook reports.
type countingMetrics struct {
	mu        sync.Mutex
	skipped   map[string]int
	certified int
	resolved  int
	fetched   int
}

func (m *countingMetrics) RecordSkipped(kind string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.skipped == nil {
		m.skipped = map[string]int{}
	}
	m.skipped[kind]++
}
func (m *countingMetrics) RecordCertified() { m.mu.Lock(); m.certified++; m.mu.Unlock() }
func (m *countingMetrics) RecordSnapshotResolved(_ bool, fetched int) {
	m.mu.Lock()
	m.resolved++
	m.fetched += fetched
	m.mu.Unlock()
}

func deriveTxs(t testing.TB, d *Deriver, in *Input) ([]*types.Transaction, uint64) {
	t.Helper()
	raw, gas, err := d.Deposits(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	return decodeDeposits(t, raw), gas
}

// TestInputIsL1Only pins the hook's view of the world: its input holds L1 data and an
// L1 fetcher by block hash, nothing that could read L2 state. (Derivation that reads
// only L1 keeps working on a default, non-archive op-geth whatever the safe head's lag.)
func TestInputIsL1Only(t *testing.T) {
	allowed := map[reflect.Type]bool{
		reflect.TypeFor[uint64]():         true,
		reflect.TypeFor[eth.BlockInfo]():  true,
		reflect.TypeFor[types.Receipts](): true,
		reflect.TypeFor[L1]():             true,
	}
	in := reflect.TypeFor[Input]()
	for i := 0; i < in.NumField(); i++ {
		if f := in.Field(i); !allowed[f.Type] {
			t.Errorf("Input.%s has type %s: the hook must see L1 data only", f.Name, f.Type)
		}
	}
	if l1 := reflect.TypeFor[L1](); l1.NumMethod() != 1 || l1.Method(0).Name != "FetchReceipts" {
		t.Errorf("L1 offers more than receipts by block hash: %v", l1)
	}
}

func TestNoParleyData(t *testing.T) {
	f := newFixture(t)
	unrelated := receipt(1, &types.Log{Address: common.Address{0xdd}, Topics: []common.Hash{{1}}})
	failedPost := receipt(2, postedLog(t, f.submitter, f.snap.sealHash, f.cert(t, f.attestation(1), nil).Encode()))
	failedPost.Status = types.ReceiptStatusFailed
	before := f.l1.fetchCount()
	deps, gas := deriveTxs(t, f.d, f.origin(sealBlock+1, unrelated, failedPost))
	if len(deps) != 0 || gas != 0 || f.l1.fetchCount() != before {
		t.Fatalf("%d deposits, gas %d, %d fetches", len(deps), gas, f.l1.fetchCount()-before)
	}
	// Before activation nothing is derived at all.
	cfg := f.cfg
	cfg.ActivationTime = 2_000_000
	d := f.deriver(t, cfg)
	if deps, _ := deriveTxs(t, d, f.origin(sealBlock+1, f.post(t, 1, f.cert(t, f.attestation(1), nil)))); len(deps) != 0 {
		t.Fatal("derived before activation")
	}
}

// TestSnapshotSealInOrigin: a seal in the origin block becomes a recordSnapshot deposit
// with the sets' totals, executed by the precompile; a malformed one is skipped.
func TestSnapshotSealInOrigin(t *testing.T) {
	f := newFixture(t)
	m := &countingMetrics{}
	d, _ := NewDeriver(f.cfg, nil, m)
	// Derive the seal block itself as an origin.
	_, rs, _ := f.l1.FetchReceipts(context.Background(), f.snap.sealHash)
	info := f.l1.blocks[f.snap.sealHash].info
	deps, gas := deriveTxs(t, d, &Input{L1ChainID: 900, L1Info: info, Receipts: rs, L1: f.l1, NextL2Time: 1_000_000})
	if len(deps) != 1 || method(t, deps[0]) != "recordSnapshot" || gas != deps[0].Gas() {
		t.Fatalf("%d deposits", len(deps))
	}
	st := newInboxState()
	if errs := st.apply(t, deps); errs[0] != nil {
		t.Fatal(errs[0])
	}
	bad := sealLog(t, 5, f.sim.Table(), nil)
	bad.Data = bad.Data[:len(bad.Data)-32]
	deps, _ = deriveTxs(t, d, f.origin(sealBlock+1, receipt(1, bad)))
	if len(deps) != 0 || m.skipped["snapshot seal"] != 1 {
		t.Fatalf("malformed seal: %d deposits, skipped %v", len(deps), m.skipped)
	}
}

// TestValidCertificates: two certificates in one block, against a snapshot whose pages
// span two earlier blocks and the seal block, become two recordRange deposits that the
// precompile records; the snapshot's three blocks are fetched once, then cached.
func TestValidCertificates(t *testing.T) {
	f := newFixture(t)
	m := &countingMetrics{}
	d, _ := NewDeriver(f.cfg, nil, m)
	c1, c2 := f.cert(t, f.attestation(1), map[int]bool{3: true}), f.cert(t, f.attestation(11), nil)
	before := f.l1.fetchCount()
	deps, gas := deriveTxs(t, d, f.origin(sealBlock+1, f.post(t, 1, c1, c2)))
	if len(deps) != 2 || method(t, deps[0]) != "recordRange" || method(t, deps[1]) != "recordRange" || gas != deps[0].Gas()+deps[1].Gas() {
		t.Fatalf("%d deposits", len(deps))
	}
	if n := f.l1.fetchCount() - before; n != 2 { // four pages, two per block: the seal block and one earlier
		t.Fatalf("%d L1 fetches, want 2", n)
	}
	st := newInboxState()
	for i, err := range st.apply(t, deps) {
		if err != nil {
			t.Fatalf("deposit %d: %v", i, err)
		}
	}
	// The next epoch's certificate hits the cache: no fetch.
	before = f.l1.fetchCount()
	deps, _ = deriveTxs(t, d, f.origin(sealBlock+2, f.post(t, 2, f.cert(t, f.attestation(21), nil))))
	if len(deps) != 1 || f.l1.fetchCount() != before || m.certified != 3 {
		t.Fatalf("%d deposits, %d fetches, %d certified", len(deps), f.l1.fetchCount()-before, m.certified)
	}
	if hits, misses := d.Resolver().Stats(); hits != 1 || misses != 1 {
		t.Fatalf("resolver: %d hits, %d misses", hits, misses)
	}
}

// TestSkips: every way a certificate of the origin block is skipped (SPEC §9's rules),
// each next to a valid certificate that must still be certified.
func TestSkips(t *testing.T) {
	f := newFixture(t)
	valid := f.cert(t, f.attestation(1), nil)
	// Two more snapshots of the same AVS: in the first, operator 3 has all the weight.
	heavy, err := avssim.New(avssim.Config{AVS: testAVS, Seed: 6, Stakes: []map[uint8]uint64{{0: 1}, {0: 1}, {0: 1}, {0: 1000}}, Block: sealBlock - 10})
	if err != nil {
		t.Fatal(err)
	}
	heavySnap := publish(t, f.l1, heavy.Table(), 4, 1)
	third, err := avssim.New(avssim.Config{AVS: testAVS, Seed: 6, Stakes: avssim.Uniform(4, 0), Block: sealBlock - 5})
	if err != nil {
		t.Fatal(err)
	}
	thirdSnap := publish(t, f.l1, third.Table(), 4, 1)
	certOn := func(a *avssim.AVS, from uint64, absent map[int]bool) *certificate.Certificate {
		att := f.attestation(from)
		att.Snapshot = a.Snapshot()
		c, err := a.Certify(att, []uint8{0}, absent)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	post := func(hash common.Hash, c *certificate.Certificate) *types.Log {
		return postedLog(t, f.submitter, hash, c.Encode())
	}
	mut := func(f func(c *certificate.Certificate)) *certificate.Certificate {
		c := *valid
		f(&c)
		return &c
	}
	minority := f.cert(t, f.attestation(1), map[int]bool{1: true, 2: true})

	cases := []struct {
		name string
		log  *types.Log
		want error
	}{
		{"bad signature", post(f.snap.sealHash, mut(func(c *certificate.Certificate) { c.Attestation.MessageRoot[0] ^= 1 })), verifier.ErrBadSignature},
		{"minority", post(f.snap.sealHash, minority), verifier.ErrThreshold},
		{"another AVS", post(f.snap.sealHash, mut(func(c *certificate.Certificate) { c.Attestation.AVS.Address[0] ^= 1 })), verifier.ErrWrongAVS},
		{"another L1", post(f.snap.sealHash, mut(func(c *certificate.Certificate) { c.Attestation.AVS.L1ChainID++ })), verifier.ErrWrongAVS},
		{"no seal with that root", post(f.snap.sealHash, mut(func(c *certificate.Certificate) { c.Attestation.Snapshot.Root[5] ^= 1 })), ErrSnapshot},
		{"block hash of another snapshot", post(heavySnap.sealHash, valid), ErrSnapshot},
		{"snapshot sealed in the origin", post(f.snap.sealHash, mut(func(c *certificate.Certificate) { c.Attestation.Snapshot.Block = sealBlock + 1 })), ErrOutsideWindow},
		{"snapshot older than the window", post(f.snap.sealHash, mut(func(c *certificate.Certificate) { c.Attestation.Snapshot.Block = 0 })), ErrOutsideWindow},
		{"not strictly encoded", &types.Log{Address: certBox, Topics: []common.Hash{CertificatePostedID, {}}, Data: []byte{1, 2, 3}}, ErrCertEncoding},
		{"not a certificate", postedLog(t, f.submitter, f.snap.sealHash, []byte("parley")), ErrCertDecode},
		{"the event with three topics", &types.Log{Address: certBox, Topics: []common.Hash{CertificatePostedID, {}, {}}}, ErrCertLog},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := f.d.Derive(context.Background(), f.origin(sealBlock+1, receipt(1, post(f.snap.sealHash, valid), c.log)))
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Deposits) != 1 || len(r.Skipped) != 1 || r.Skipped[0].Kind != "certificate" || !errors.Is(r.Skipped[0].Reason, c.want) {
				t.Fatalf("%d deposits, skipped %v; want %v", len(r.Deposits), r.Skipped, c.want)
			}
		})
	}

	// A third distinct snapshot in one block is skipped; two are fine, and a certificate
	// against another valid snapshot (operator 3 alone holds > 2/3 there) is certified.
	r, err := f.d.Derive(context.Background(), f.origin(sealBlock+1, receipt(1,
		post(f.snap.sealHash, valid), post(heavySnap.sealHash, certOn(heavy, 50, map[int]bool{0: true, 1: true, 2: true})),
		post(thirdSnap.sealHash, certOn(third, 60, nil)), post(f.snap.sealHash, f.cert(t, f.attestation(70), nil)))))
	if err != nil || len(r.Deposits) != 3 || len(r.Skipped) != 1 || !errors.Is(r.Skipped[0].Reason, ErrTooManySnapshots) {
		t.Fatalf("three snapshots: %d deposits, skipped %v, %v", len(r.Deposits), r.Skipped, err)
	}
	// The window's edges: the block after the seal and the last block of the window.
	for _, o := range []uint64{sealBlock + 1, sealBlock + testWindow} {
		if deps, _ := deriveTxs(t, f.d, f.origin(o, receipt(1, post(f.snap.sealHash, valid)))); len(deps) != 1 {
			t.Fatalf("origin %d: %d deposits", o, len(deps))
		}
	}
	r, _ = f.d.Derive(context.Background(), f.origin(sealBlock+testWindow+1, receipt(1, post(f.snap.sealHash, valid))))
	if len(r.Deposits) != 0 || len(r.Skipped) != 1 || !errors.Is(r.Skipped[0].Reason, ErrOutsideWindow) {
		t.Fatalf("expired snapshot: %d deposits, %v", len(r.Deposits), r.Skipped)
	}
}

// TestOverCap: more than 16 certificates in one block: the first 16 are considered.
func TestOverCap(t *testing.T) {
	f := newFixture(t)
	var certs []*certificate.Certificate
	for i := uint64(0); i < MaxCertsPerBlock+3; i++ {
		certs = append(certs, f.cert(t, f.attestation(1+10*i), nil))
	}
	m := &countingMetrics{}
	d, _ := NewDeriver(f.cfg, nil, m)
	deps, _ := deriveTxs(t, d, f.origin(sealBlock+1, f.post(t, 1, certs...)))
	if len(deps) != MaxCertsPerBlock || m.skipped["certificate"] != 3 {
		t.Fatalf("%d deposits, skipped %v", len(deps), m.skipped)
	}
}

// TestInvalidSnapshots: snapshots whose L1 data do not make a valid table are rejected,
// each for its own reason, and the rejection is cached (it is a function of content).
func TestInvalidSnapshots(t *testing.T) {
	f := newFixture(t)
	tab := f.sim.Table()
	enc := func(i int) []byte { e := tab.Entries()[i].Encode(); return e[:] }
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	type build func(l1 *fakeL1) common.Hash
	at := func(start uint64, pages []*types.Log, sealPages []optable.PageBlock, sealNumber uint64, seal *types.Log) build {
		return func(l1 *fakeL1) common.Hash {
			rs := types.Receipts{}
			for i, p := range pages {
				rs = append(rs, receipt(uint64(i), p))
			}
			rs = append(rs, receipt(99, seal))
			return l1.add(sealNumber, 7, rs).Hash()
		}
	}
	all := cat(enc(0), enc(1), enc(2), enc(3))
	cases := map[string]build{
		"a page missing":      at(sealBlock, []*types.Log{pageLog(t, sealBlock, 0, cat(enc(0), enc(1), enc(2)))}, nil, sealBlock, sealLog(t, sealBlock, tab, nil)),
		"entries reordered":   at(sealBlock, []*types.Log{pageLog(t, sealBlock, 0, cat(enc(1), enc(0), enc(2), enc(3)))}, nil, sealBlock, sealLog(t, sealBlock, tab, nil)),
		"page of another set": at(sealBlock, []*types.Log{pageLog(t, sealBlock, 1, all)}, nil, sealBlock, sealLog(t, sealBlock, tab, nil)),
		"page after the seal": func(l1 *fakeL1) common.Hash {
			rs := types.Receipts{receipt(1, sealLog(t, sealBlock, tab, nil)), receipt(2, pageLog(t, sealBlock, 0, all))}
			return l1.add(sealBlock, 8, rs).Hash()
		},
		"malformed page": func(l1 *fakeL1) common.Hash {
			p := pageLog(t, sealBlock, 0, all)
			p.Data = append(p.Data, 0)
			rs := types.Receipts{receipt(1, p), receipt(2, sealLog(t, sealBlock, tab, nil))}
			return l1.add(sealBlock, 9, rs).Hash()
		},
		"page block of another number": func(l1 *fakeL1) common.Hash {
			pb := l1.add(sealBlock-3, 1, types.Receipts{receipt(1, pageLog(t, sealBlock-1, 0, all))})
			rs := types.Receipts{receipt(2, sealLog(t, sealBlock-1, tab, []optable.PageBlock{{Number: sealBlock - 1, Hash: pb.Hash()}}))}
			return l1.add(sealBlock, 10, rs).Hash()
		},
		"page block not before the seal": func(l1 *fakeL1) common.Hash {
			rs := types.Receipts{receipt(1, pageLog(t, sealBlock, 0, all)), receipt(2, sealLog(t, sealBlock, tab, []optable.PageBlock{{Number: sealBlock, Hash: common.Hash{1}}}))}
			return l1.add(sealBlock, 11, rs).Hash()
		},
		"seal block of another number": at(sealBlock, []*types.Log{pageLog(t, sealBlock, 0, all)}, nil, sealBlock+1, sealLog(t, sealBlock, tab, nil)),
		"other publisher": func(l1 *fakeL1) common.Hash {
			p, s := pageLog(t, sealBlock, 0, all), sealLog(t, sealBlock, tab, nil)
			p.Address, s.Address = common.Address{9}, common.Address{9}
			return l1.add(sealBlock, 12, types.Receipts{receipt(1, p), receipt(2, s)}).Hash()
		},
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			l1 := newFakeL1()
			hash := b(l1)
			r := NewResolver(testAVS, publisher, 0)
			ref := SnapshotRef{BlockHash: hash, Snapshot: f.sim.Snapshot()}
			tab, invalid, _, err := r.Resolve(context.Background(), l1, ref)
			if err != nil || tab != nil || !errors.Is(invalid, ErrSnapshot) {
				t.Fatalf("table %v, invalid %v, fetch error %v", tab != nil, invalid, err)
			}
			again, invalid2, fetched, _ := r.Resolve(context.Background(), l1, ref)
			if again != nil || invalid2 == nil || invalid2.Error() != invalid.Error() || fetched != 0 {
				t.Fatal("rejection not cached")
			}
		})
	}
	// The same layout, right, resolves.
	l1 := newFakeL1()
	hash := at(sealBlock, []*types.Log{pageLog(t, sealBlock, 0, all)}, nil, sealBlock, sealLog(t, sealBlock, tab, nil))(l1)
	if got, invalid, _, err := NewResolver(testAVS, publisher, 0).Resolve(context.Background(), l1, SnapshotRef{BlockHash: hash, Snapshot: f.sim.Snapshot()}); err != nil || invalid != nil || got.Root() != tab.Root() {
		t.Fatalf("valid layout: %v %v", invalid, err)
	}
}

// TestFetchFailureIsRetried: a failure to fetch L1 data is an error (op-node retries the
// epoch), never a rejection, and is not cached.
func TestFetchFailureIsRetried(t *testing.T) {
	f := newFixture(t)
	in := f.origin(sealBlock+1, f.post(t, 1, f.cert(t, f.attestation(1), nil)))
	f.l1.fail = errors.New("connection refused")
	if _, _, err := f.d.Deposits(context.Background(), in); err == nil {
		t.Fatal("fetch failure not reported")
	}
	f.l1.fail = nil
	if deps, _ := deriveTxs(t, f.d, in); len(deps) != 1 {
		t.Fatalf("after recovery: %d deposits", len(deps))
	}
}

// TestDeterministic: a fresh Deriver (empty caches), a second call and concurrent calls
// all derive the same deposits.
func TestDeterministic(t *testing.T) {
	f := newFixture(t)
	var certs []*certificate.Certificate
	for i := uint64(0); i < 6; i++ {
		absent := map[int]bool{int(i % 4): i%3 == 0}
		c := f.cert(t, f.attestation(1+10*i), absent)
		if i == 4 {
			c.Attestation.LastBlockHash[1] ^= 1
		}
		certs = append(certs, c)
	}
	in := f.origin(sealBlock+3, f.post(t, 1, certs...))
	want, wantGas, err := f.d.Deposits(context.Background(), in)
	if err != nil || len(want) != 5 {
		t.Fatalf("%d deposits, %v", len(want), err)
	}
	same := func(got []hexutil.Bytes, gas uint64) bool {
		if len(got) != len(want) || gas != wantGas {
			return false
		}
		for i := range got {
			if !bytes.Equal(got[i], want[i]) {
				return false
			}
		}
		return true
	}
	fresh := f.deriver(t, f.cfg)
	for _, d := range []*Deriver{f.d, fresh} {
		if got, gas, err := d.Deposits(context.Background(), in); err != nil || !same(got, gas) {
			t.Fatal("deposits differ between calls or derivers")
		}
	}
	var wg sync.WaitGroup
	bad := make(chan string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := fresh
			if i%2 == 0 {
				d = f.deriver(t, f.cfg)
			}
			if got, gas, err := d.Deposits(context.Background(), in); err != nil || !same(got, gas) {
				bad <- "concurrent deposits differ"
			}
		}()
	}
	wg.Wait()
	close(bad)
	for s := range bad {
		t.Fatal(s)
	}
}

// TestLateJoinerAgrees: the hook's result does not depend on when the chain activated or
// on anything but L1: two derivers, one built long after the other has derived many
// blocks, derive the same deposits for the same origin.
func TestLateJoinerAgrees(t *testing.T) {
	f := newFixture(t)
	early := f.d
	for i := uint64(1); i <= 5; i++ {
		deriveTxs(t, early, f.origin(sealBlock+i, f.post(t, i, f.cert(t, f.attestation(10*i), nil))))
	}
	late := f.deriver(t, f.cfg)
	in := f.origin(sealBlock+9, f.post(t, 9, f.cert(t, f.attestation(90), map[int]bool{0: true})))
	a, ga, _ := early.Deposits(context.Background(), in)
	b, gb, _ := late.Deposits(context.Background(), in)
	if len(a) != 1 || len(a) != len(b) || !bytes.Equal(a[0], b[0]) || ga != gb {
		t.Fatal("early and late derivers disagree")
	}
}

func TestConfigValidate(t *testing.T) {
	f := newFixture(t)
	for name, mut := range map[string]func(c *Config){
		"no AVS":          func(c *Config) { c.AVS = common.Address{} },
		"same addresses":  func(c *Config) { c.Publisher = c.CertInbox },
		"window 0":        func(c *Config) { c.Window = 0 },
		"window too long": func(c *Config) { c.Window = optable.MaxSnapshotAge + 1 },
		"no thresholds":   func(c *Config) { c.Thresholds = nil },
	} {
		c := f.cfg
		mut(&c)
		if _, err := NewDeriver(c, nil, nil); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	// Another L1 than the configured one is an error, not a silent skip.
	in := f.origin(sealBlock+1, f.post(t, 1, f.cert(t, f.attestation(1), nil)))
	in.L1ChainID = 901
	if _, _, err := f.d.Deposits(context.Background(), in); err == nil {
		t.Fatal("L1 chain mismatch accepted")
	}
}
