package derivation_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/testutils"

	. "github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/avssim"
	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/precompile"
)

type deriverFixture struct {
	submitters []common.Address
	avs        attestation.AVS
	sim        *avssim.AVS
	d          *Deriver
	l2         *mapState
	icfg       *precompile.Config
	cfg        Config // d's configuration
}

func newDeriverFixture(t testing.TB) *deriverFixture { return newDeriverFixtureSeed(t, 6) }

// newDeriverFixtureSeed is newDeriverFixture with simulated operators from seed.
func newDeriverFixtureSeed(t testing.TB, seed uint64) *deriverFixture {
	avs := attestation.AVS{L1ChainID: 900, Registry: decRegistry}
	sim, err := avssim.New(avssim.Config{AVS: avs, Seed: seed, Stakes: avssim.Uniform(4, 0), Window: 4})
	if err != nil {
		t.Fatal(err)
	}
	submitter := key(t, 1)
	cfg := Config{
		Registry: decRegistry, CertInbox: certBox, MaxCerts: 8, Window: 4,
		Submitters: []common.Address{crypto.PubkeyToAddress(submitter.PublicKey)},
		Thresholds: []verifier.Threshold{{Quorum: 0, BPS: 6667}},
	}
	return &deriverFixture{submitters: []common.Address{crypto.PubkeyToAddress(submitter.PublicKey)}, avs: avs, sim: sim, d: NewDeriver(cfg, nil), l2: &mapState{slots: map[common.Hash]common.Hash{}},
		icfg: &precompile.Config{AVS: avs, Window: 4}, cfg: cfg}
}

// input returns the hook input for an L1 block with the given receipts (their logs
// numbered as in a block).
func (f *deriverFixture) input(receipts types.Receipts) *Input {
	indexBlock(receipts)
	info := &testutils.MockBlockInfo{InfoHash: common.Hash{byte(len(receipts)), 0x1b}, InfoNum: 10}
	return &Input{L1ChainID: 900, L1Info: info, Receipts: receipts, L2: f.l2, L2Parent: eth.L2BlockRef{Hash: common.Hash{0x2b}}, NextL2Time: 100}
}

// apply executes derived deposits against the L2 state, each with its own gas.
func (f *deriverFixture) apply(t testing.TB, raw [][]byte) {
	for _, b := range raw {
		var tx types.Transaction
		if err := tx.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		gas := tx.Gas() - IntrinsicGas(tx.Data()) - 100
		if _, err := precompile.Run(f.icfg, systemEnv{f.l2, &gas}, tx.Data()); err != nil {
			t.Fatalf("deposit failed: %v", err)
		}
	}
}

// mirror derives and applies the deposit that mirrors the simulated operators'
// registry events (epoch 1).
func (f *deriverFixture) mirror(t testing.TB) {
	ctx := context.Background()
	var logs []*types.Log
	for _, op := range f.sim.Table().Operators() {
		pop, _ := f.sim.Operators[op.Index].Key.ProvePossession(900, decRegistry, op.Address)
		logs = append(logs, decLog(t, "NewPubkeyRegistration", op.Address, abiG1(op.PubkeyG1), abiG2(op.PubkeyG2), abiG1(pop)),
			decLog(t, "OperatorAddedToQuorums", op.Address, op.ID, []byte{0}))
		s := op.Stakes[0]
		logs = append(logs, decLog(t, "OperatorStakeUpdate", op.ID, uint8(0), s.ToBig()))
	}
	regTx := signedTx(t, key(t, 9), 0, decRegistry, nil)
	rec := receiptFor(regTx, true)
	rec.Logs = logs
	deps, gas, err := f.d.Deposits(ctx, f.input(types.Receipts{rec}))
	if err != nil || len(deps) != 1 || gas == 0 {
		t.Fatalf("epoch 1: %d deposits, gas %d, %v", len(deps), gas, err)
	}
	f.apply(t, toBytes(deps))
}

// errNoRead fails any L2 read (the no-Parley-data benchmark must not read).
var errNoRead = errors.New("unexpected L2 read")

func toBytes(bs []hexutil.Bytes) [][]byte {
	out := make([][]byte, len(bs))
	for i, b := range bs {
		out[i] = b
	}
	return out
}

func TestDeriverMirrorsTableAndRecordsValidRanges(t *testing.T) {
	f := newDeriverFixture(t)
	ctx := context.Background()
	var skips []string
	f.d.Skipped = func(kind string) { skips = append(skips, kind) }

	// Epoch 1: the registry's events for the simulated operators.
	f.mirror(t)
	st := NewInboxState(ctx, f.icfg, f.l2, common.Hash{})
	if tab, err := st.Table(1); err != nil || tab.Commitment() != f.sim.Table().Commitment() {
		t.Fatalf("mirrored table differs from the registry's: %v", err)
	}

	// Epoch 2: certificates, valid and not.
	att := func(from, to uint64) attestation.Attestation {
		return attestation.Attestation{AVS: f.avs, SourceChainID: 901, FromBlock: from, ToBlock: to, MessageRoot: common.Hash{byte(from)}, TableVersion: 1}
	}
	certify := func(a attestation.Attestation) []byte {
		c, err := f.sim.Certify(a, []uint8{0}, map[int]bool{3: true})
		if err != nil {
			t.Fatal(err)
		}
		return c.Encode()
	}
	tampered := certify(att(300, 309))
	tampered[6*32+31] ^= 1 // message root: the signature no longer verifies
	sub := key(t, 1)
	receipts := types.Receipts{
		postReceipt(t, sub, 0, certify(att(100, 109))),       // valid: first range of chain 901
		postReceipt(t, sub, 1, tampered),                     // bad signature
		postReceipt(t, key(t, 5), 0, certify(att(110, 119))), // not a submitter
		postReceipt(t, sub, 2, certify(att(200, 209))),       // valid, but leaves a gap
		postReceipt(t, sub, 3, certify(att(110, 119))),       // valid, continues the first
	}
	in := f.input(receipts)
	deps, _, err := f.d.Deposits(ctx, in)
	if err != nil || len(deps) != 2 {
		t.Fatalf("epoch 2: %d deposits, %v", len(deps), err)
	}
	if want := []string{"certificate", "certificate", "certificate"}; !slices.Equal(skips, want) {
		t.Fatalf("skipped %v, want %v", skips, want)
	}
	again, _, _ := f.d.Deposits(ctx, in)
	for i := range deps {
		if string(deps[i]) != string(again[i]) {
			t.Fatal("derivation is not deterministic")
		}
	}
	f.apply(t, toBytes(deps))
	if b, ok, err := st.LatestCertifiedBlock(901); err != nil || !ok || b != 119 {
		t.Fatalf("latest certified block %d %v %v", b, ok, err)
	}

	// Before activation: nothing, whatever the block holds.
	late := NewDeriver(Config{ActivationTime: 1000, Registry: decRegistry, CertInbox: certBox, MaxCerts: 8, Window: 4}, nil)
	if deps, _, err := late.Deposits(ctx, in); err != nil || len(deps) != 0 {
		t.Fatalf("before activation: %d deposits, %v", len(deps), err)
	}

	// Fetch failures are errors (op-node retries them), never skips.
	f.l2.fail = errors.New("l2 down")
	if _, _, err := f.d.Deposits(ctx, in); !errors.Is(err, f.l2.fail) {
		t.Fatalf("L2 failure: %v", err)
	}
	f.l2.fail = nil
	noL2 := *in
	noL2.L2 = nil
	if _, _, err := f.d.Deposits(ctx, &noL2); err == nil {
		t.Fatal("no L2 storage access: no error")
	}
}

// TestDeriverNoParleyData: a block whose receipts hold no log of the registry or the
// certificate inbox in a successful transaction (busy, or with Parley's logs only in
// failed receipts) yields nothing, without an L2 read or an allocation.
func TestDeriverNoParleyData(t *testing.T) {
	f := newDeriverFixture(t)
	f.l2.fail = errNoRead
	_, rs := busyBlock(t, 50)
	failedPost := postReceipt(t, key(t, 1), 0, sampleCertificate(t, 1))
	failedPost.Status = types.ReceiptStatusFailed
	failedReg := receiptFor(signedTx(t, key(t, 9), 0, decRegistry, nil), false)
	failedReg.Logs = []*types.Log{{Address: decRegistry, Topics: []common.Hash{{1}}}}
	rs = append(rs, failedPost, failedReg, nil)
	in := f.input(rs)
	ctx := context.Background()
	allocs := testing.AllocsPerRun(100, func() {
		if deps, gas, err := f.d.Deposits(ctx, in); err != nil || len(deps) != 0 || gas != 0 {
			t.Fatalf("%d deposits, gas %d, %v", len(deps), gas, err)
		}
	})
	if allocs != 0 {
		t.Fatalf("%v allocations per call, want 0", allocs)
	}
}

// TestDeriverConcurrentUse: one Deriver shared by several goroutines (as by several
// in-process op-node instances), over two L2 histories and blocks with and without
// Parley data, derives what a fresh uncached Deriver derives serially. Run with -race.
func TestDeriverConcurrentUse(t *testing.T) {
	a, b := newDeriverFixtureSeed(t, 6), newDeriverFixtureSeed(t, 7)
	a.mirror(t)
	b.mirror(t)
	_, busy := busyBlock(t, 20)
	ins := []*Input{certBlock(t, a, 3), certBlock(t, b, 2), a.input(busy)}
	type out struct {
		deps []hexutil.Bytes
		gas  uint64
	}
	want := make([]out, len(ins))
	for i, in := range ins {
		deps, gas := deriveOK(t, NewDeriver(cacheTestConfig(a, -1), nil), in)
		want[i] = out{deps, gas}
	}
	if len(want[0].deps) != 3 || len(want[1].deps) != 2 || len(want[2].deps) != 0 {
		t.Fatalf("deposits: %d, %d, %d", len(want[0].deps), len(want[1].deps), len(want[2].deps))
	}
	d := NewDeriver(cacheTestConfig(a, 0), nil)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 6; i++ {
				k := (g + i) % len(ins)
				deps, gas, err := d.Deposits(context.Background(), ins[k])
				if err == nil && (gas != want[k].gas || len(deps) != len(want[k].deps)) {
					err = fmt.Errorf("input %d: %d deposits, gas %d", k, len(deps), gas)
				}
				for j := range deps {
					if err == nil && !bytes.Equal(deps[j], want[k].deps[j]) {
						err = fmt.Errorf("input %d: deposit %d differs", k, j)
					}
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
