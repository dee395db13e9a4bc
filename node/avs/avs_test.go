package avs_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/node/avs"
	"github.com/parley-xyz/parley/node/avs/bindings"
	"github.com/parley-xyz/parley/node/eigenlayer"
)

// world is a simulated L1 with EigenLayer core v1.8.1 and Parley's AVS deployed, an
// owner, a certificate submitter and operators with BN254 keys for sets 0 and 1.
type world struct {
	t         testing.TB
	ctx       context.Context
	backend   *simulated.Backend
	core      *eigenlayer.Core
	avs       *avs.AVS
	owner     *eigenlayer.Account
	submitter *eigenlayer.Account
	outsider  *eigenlayer.Account
	ops       []*avs.Operator
}

func keyOf(t testing.TB, s string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("parley avs test " + s)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func blsKey(t testing.TB, s string) *bls.SecretKey {
	k, err := bls.SecretKeyFromBytes(crypto.Keccak256([]byte("parley avs test bls " + s)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), avs.WAD) }

func newWorld(t testing.TB, operators int, sets []avs.SetConfig) *world {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	t.Cleanup(cancel)
	w := &world{t: t, ctx: ctx}
	alloc := types.GenesisAlloc{}
	fund := func(k *ecdsa.PrivateKey) *eigenlayer.Account {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: tokens(1_000_000)}
		return eigenlayer.NewAccount(k)
	}
	w.owner, w.submitter, w.outsider = fund(keyOf(t, "owner")), fund(keyOf(t, "submitter")), fund(keyOf(t, "outsider"))
	for i := 0; i < operators; i++ {
		op := &avs.Operator{Account: fund(keyOf(t, fmt.Sprint("operator ", i))), Keys: map[uint32]*bls.SecretKey{}}
		for _, s := range sets {
			op.Keys[s.ID] = blsKey(t, fmt.Sprintf("%d/%d", i, s.ID))
		}
		w.ops = append(w.ops, op)
	}
	w.backend = eigenlayer.NewSimulatedBackend(alloc, simulated.WithBlockGasLimit(60_000_000))
	t.Cleanup(func() { _ = w.backend.Close() })
	chain, err := eigenlayer.NewSimulatedChain(ctx, w.backend)
	if err != nil {
		t.Fatal(err)
	}
	if w.core, err = eigenlayer.Deploy(ctx, chain, w.owner, eigenlayer.DefaultParams()); err != nil {
		t.Fatal(err)
	}
	if w.avs, err = avs.Deploy(ctx, w.core, w.owner, avs.Config{Sets: sets, Submitters: []common.Address{w.submitter.Address}}); err != nil {
		t.Fatal(err)
	}
	return w
}

func (w *world) must(r eigenlayer.Result, err error) eigenlayer.Result {
	w.t.Helper()
	if err != nil {
		w.t.Fatal(err)
	}
	return r
}

func (w *world) client() avs.ReceiptsClient { return w.backend.Client() }

// table reads a published snapshot back as destinations do.
func (w *world) table(p avs.Published) *optable.Table {
	w.t.Helper()
	tab, err := w.avs.Table(w.ctx, w.client(), p.Ref())
	if err != nil {
		w.t.Fatal(err)
	}
	return tab
}

func (w *world) publish() avs.Published { return w.publishPaged(0) }

// publishPaged publishes a snapshot in pages of at most pageSize members and mines one
// more block: certificates against it can be posted from the next block on (a post's
// gas is estimated against the latest block).
func (w *world) publishPaged(pageSize int) avs.Published {
	w.t.Helper()
	p, err := w.avs.Publish(w.ctx, w.owner, pageSize)
	if err != nil {
		w.t.Fatal(err)
	}
	if err := w.core.Chain.Mine(w.ctx); err != nil {
		w.t.Fatal(err)
	}
	return p
}

// certify has the listed operators sign a range of source chain 901 against p over set 0.
func (w *world) certify(p avs.Published, from uint64, signers ...int) *certificate.Certificate {
	w.t.Helper()
	a := attestation.Attestation{AVS: w.avs.ID(), SourceChainID: 901, FromBlock: from, ToBlock: from + 9,
		LastBlockHash: common.Hash{1}, MessageRoot: common.Hash{2, byte(from)}, Snapshot: p.Snapshot}
	sigs := map[optable.OperatorID]bls.G1Point{}
	for _, i := range signers {
		k := w.ops[i].Keys[0]
		s, err := k.Sign(a.Digest())
		if err != nil {
			w.t.Fatal(err)
		}
		sigs[optable.IDOf(k.PublicKeyG1())] = s
	}
	c, err := certificate.Aggregate(w.table(p), a, []uint8{0}, sigs)
	if err != nil {
		w.t.Fatal(err)
	}
	return c
}

// derive runs the derivation hook on an L1 block of the simulated chain.
func (w *world) derive(block common.Hash, window uint64) *derivation.Result {
	w.t.Helper()
	d, err := derivation.NewDeriver(derivation.Config{AVS: w.avs.Addresses.Registrar, Publisher: w.avs.Addresses.Publisher,
		CertInbox: w.avs.Addresses.Inbox, Window: window, Thresholds: []verifier.Threshold{{Quorum: 0, BPS: 6667}}}, nil, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	l1 := avs.L1Receipts{Client: w.client()}
	info, rs, err := l1.FetchReceipts(w.ctx, block)
	if err != nil {
		w.t.Fatal(err)
	}
	r, err := d.Derive(w.ctx, &derivation.Input{L1ChainID: w.avs.ID().L1ChainID, L1Info: info, Receipts: rs, L1: l1, NextL2Time: 1})
	if err != nil {
		w.t.Fatal(err)
	}
	return r
}

// revertName is the custom error a failed call or transaction reverted with.
func revertName(err error) string { return eigenlayer.ErrorName(err) }

// TestAVSOnEigenLayer drives Parley's AVS on EigenLayer core v1.8.1's own contracts: the
// registrar's membership rules, snapshots read back with the derivation hook's resolver
// (weights equal to AllocationManager's slashable stake), certificates posted and
// derived, slashing and ejection reaching the next snapshot, and the inbox's bounds.
func TestAVSOnEigenLayer(t *testing.T) {
	w := newWorld(t, 6, []avs.SetConfig{{ID: 0, MinWeight: tokens(100), MaxMembers: 5}, {ID: 1, MaxMembers: 8}})
	ctx := w.ctx
	for i, deposit := range []int64{1000, 2000, 3000, 4000} {
		sets, magnitude := []uint32{0}, uint64(1e18)
		if i == 0 { // in both sets, with half its stake in each
			sets, magnitude, deposit = []uint32{0, 1}, 5e17, 2*deposit
		}
		w.must(w.avs.Join(ctx, w.ops[i], tokens(deposit), magnitude, sets...))
	}
	c := w.core
	reg := w.avs.Addresses.Registrar

	t.Run("registrar rules", func(t *testing.T) {
		// The registrar checks, in order: a key, room in the set, enough weight.
		op := w.ops[4]
		w.must(c.RegisterAsOperator(ctx, op.Account, 0, ""))
		w.must(c.Deposit(ctx, op.Account, tokens(50)))
		w.must(c.Allocate(ctx, op.Account, reg, []uint32{0}, uint64(1e18)))
		if _, err := c.RegisterForOperatorSets(ctx, op.Account, reg, []uint32{0}, nil); revertName(err) != "MissingKey" {
			t.Fatalf("without a key: %v", err)
		}
		w.must(c.RegisterBN254Key(ctx, op.Account, reg, 0, op.Keys[0]))
		if _, err := c.RegisterForOperatorSets(ctx, op.Account, reg, []uint32{0}, nil); revertName(err) != "InsufficientWeight" {
			t.Fatalf("50 tokens under a 100-token minimum: %v", err)
		}
		w.must(c.Deposit(ctx, op.Account, tokens(500)))
		w.must(c.RegisterForOperatorSets(ctx, op.Account, reg, []uint32{0}, nil))
		if _, err := w.avs.Join(ctx, w.ops[5], tokens(5000), uint64(1e18), 0); revertName(err) != "OperatorSetFull" {
			t.Fatalf("a sixth member of a 5-member set: %v", err)
		}
		// Flood: an outsider registers a key for set 0 in EigenLayer's KeyRegistrar without
		// the registrar's consent. It changes nothing any destination reads.
		w.must(c.RegisterAsOperator(ctx, w.outsider, 0, ""))
		w.must(c.RegisterBN254Key(ctx, w.outsider, reg, 0, blsKey(t, "outsider")))
	})

	p1 := w.publish()
	tab := w.table(p1)
	t.Run("snapshot", func(t *testing.T) {
		if p1.Root != tab.Root() || len(p1.Txs) != 1 {
			t.Fatalf("root %s, table %s", p1.Root, tab.Root())
		}
		s0, _ := tab.Set(0)
		s1, _ := tab.Set(1)
		if s0.Members != 5 || s1.Members != 1 || tab.Len() != 6 {
			t.Fatalf("members: %d, %d", s0.Members, s1.Members)
		}
		// Weights are AllocationManager's minimum slashable stake at the horizon, times 1x.
		for _, e := range tab.Entries() {
			stake, err := c.MinimumSlashableStake(ctx, reg, uint32(e.SetID), []common.Address{e.Operator}, nil, uint32(p1.Block+optable.MaxSnapshotAge))
			if err != nil {
				t.Fatal(err)
			}
			if e.Weight.ToBig().Cmp(stake[0][0]) != 0 || stake[0][0].Sign() == 0 {
				t.Fatalf("operator %s set %d: weight %s, slashable stake %s", e.Operator, e.SetID, e.Weight.Dec(), stake[0][0])
			}
		}
		if _, ok := tab.Entry(optable.IDOf(blsKey(t, "outsider").PublicKeyG1())); ok {
			t.Fatal("a key registered without the registrar's consent is in the snapshot")
		}
	})

	t.Run("certificates", func(t *testing.T) {
		good := w.certify(p1, 1, 0, 1, 3, 4) // 7550 of 10550 tokens
		minority := w.certify(p1, 11, 1, 2)  // 5000 of 10550
		b := eigenlayer.NewBatch(c.Chain)
		for _, cert := range []*certificate.Certificate{good, minority} {
			if _, err := b.Send(ctx, w.submitter, "post", w.avs.PostTx(cert)); err != nil {
				t.Fatal(err)
			}
		}
		txs, err := b.Mine(ctx)
		if err != nil {
			t.Fatal(err)
		}
		r := w.derive(txs[0].Receipt.BlockHash, 16)
		if len(r.Deposits) != 1 || len(r.Skipped) != 1 || !errors.Is(r.Skipped[0].Reason, verifier.ErrThreshold) {
			t.Fatalf("%d deposits, skipped %v", len(r.Deposits), r.Skipped)
		}
		if _, err := w.avs.Post(ctx, w.outsider, good); revertName(err) != "NotSubmitter" {
			t.Fatalf("post by a non-submitter: %v", err)
		}
		bad := *good
		bad.Attestation.Snapshot.Root[0] ^= 1
		if _, err := w.avs.Post(ctx, w.submitter, &bad); revertName(err) != "SnapshotRootMismatch" {
			t.Fatalf("post naming another root: %v", err)
		}
	})

	t.Run("per-block bounds", func(t *testing.T) {
		b := eigenlayer.NewBatch(c.Chain)
		for i := 0; i <= derivation.MaxCertsPerSubmitterPerBlock; i++ {
			if _, err := b.Send(ctx, w.submitter, "post", w.avs.PostTx(w.certify(p1, uint64(100+10*i), 0, 1, 3, 4))); err != nil {
				t.Fatal(err)
			}
		}
		txs, err := b.Mine(ctx)
		if len(txs) != derivation.MaxCertsPerSubmitterPerBlock || revertName(err) != "SubmitterCertificateLimit" {
			t.Fatalf("%d posts mined, then %v", len(txs), err)
		}
	})

	t.Run("slash and eject reach the next snapshot", func(t *testing.T) {
		w.must(eigenlayerResult(w.avs.Slash(ctx, w.owner, w.ops[3].Account.Address, 0, big.NewInt(5e17), "test: half")))
		w.must(eigenlayerResult(w.avs.Eject(ctx, w.owner, w.ops[1].Account.Address, 0)))
		p2 := w.publish()
		t2 := w.table(p2)
		weight := func(tab *optable.Table, op int) *big.Int {
			for _, e := range tab.Entries() {
				if e.Operator == w.ops[op].Account.Address && e.SetID == 0 {
					return e.Weight.ToBig()
				}
			}
			return nil
		}
		if before, after := weight(tab, 3), weight(t2, 3); after == nil || new(big.Int).Mul(after, big.NewInt(2)).Cmp(before) != 0 {
			t.Fatalf("slashed operator: %v before, %v after", before, after)
		}
		if weight(t2, 1) != nil || weight(t2, 0).Cmp(weight(tab, 0)) != 0 {
			t.Fatal("ejected operator still in the snapshot, or an honest one changed")
		}
		// A certificate against the pre-slash snapshot is still accepted inside the window
		// (the destination's choice), and the new snapshot is another one.
		tx, err := w.avs.Post(ctx, w.submitter, w.certify(p1, 500, 0, 1, 3, 4))
		if err != nil {
			t.Fatal(err)
		}
		if r := w.derive(tx.Receipt.BlockHash, 64); len(r.Deposits) != 1 {
			t.Fatalf("pre-slash snapshot inside the window: %v", r.Skipped)
		}
		if r := w.derive(tx.Receipt.BlockHash, tx.Receipt.BlockNumber.Uint64()-p1.Block-1); len(r.Deposits) != 0 || !errors.Is(r.Skipped[0].Reason, derivation.ErrOutsideWindow) {
			t.Fatalf("pre-slash snapshot outside the window: %d deposits", len(r.Deposits))
		}
	})

	t.Run("paged snapshot aborted by a membership change", func(t *testing.T) {
		opts := func() *bind.CallOpts { return &bind.CallOpts{Context: ctx} }
		_, members, err := w.avs.Members(ctx)
		if err != nil {
			t.Fatal(err)
		}
		tx := func(label string, f func(*bind.TransactOpts) (*types.Transaction, error)) error {
			_, err := eigenlayer.Transact(ctx, c.Chain, w.owner, label, f)
			return err
		}
		if err := tx("begin", w.avs.Publisher.Begin); err != nil {
			t.Fatal(err)
		}
		if err := tx("page", func(o *bind.TransactOpts) (*types.Transaction, error) { return w.avs.Publisher.Page(o, members[0][:1]) }); err != nil {
			t.Fatal(err)
		}
		w.must(w.avs.Leave(ctx, w.ops[2].Account, 0))
		rest := append(append([]common.Address{}, members[0][1:]...), members[1]...)
		err = tx("page", func(o *bind.TransactOpts) (*types.Transaction, error) { return w.avs.Publisher.Page(o, rest) })
		if revertName(err) != "EpochChanged" {
			t.Fatalf("page after a member left: %v", err)
		}
		if ok, _ := w.avs.Publisher.Sealable(opts()); ok {
			t.Fatal("a snapshot whose members changed is sealable")
		}
		p := w.publish() // a new one begins at once
		_, now, err := w.avs.Members(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if t3 := w.table(p); t3.Len() != len(now[0])+len(now[1]) || len(now[0]) != len(members[0])-1 {
			t.Fatalf("%d entries after the leave, %d members", t3.Len(), len(now[0])+len(now[1]))
		}
	})
}

func eigenlayerResult(tx eigenlayer.Tx, err error) (eigenlayer.Result, error) {
	return eigenlayer.Result{Txs: []eigenlayer.Tx{tx}}, err
}

// TestSnapshotGas publishes snapshots of N members in one operator set in pages of 100
// and reports the gas of each transaction; every one must fit EIP-7825's per-transaction
// cap. N is 200 by default; PARLEY_SNAPSHOT_MEMBERS=1000 measures the large case
// (several minutes: every operator goes through EigenLayer's steps).
func TestSnapshotGas(t *testing.T) {
	n := 200
	if s := os.Getenv("PARLEY_SNAPSHOT_MEMBERS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatal(err)
		}
	}
	if testing.Short() {
		n = 40
	}
	w := newWorld(t, n, []avs.SetConfig{{ID: 0, MaxMembers: uint32(n)}})
	for i, op := range w.ops {
		w.must(w.avs.Join(w.ctx, op, tokens(int64(1000+i)), uint64(1e18), 0))
	}
	p := w.publishPaged(100)
	var total uint64
	for _, tx := range p.Txs {
		g := tx.Receipt.GasUsed
		total += g
		t.Logf("%-40s %10d gas", tx.Label, g)
		if g > 16_777_216 {
			t.Errorf("%s uses %d gas, over EIP-7825's cap", tx.Label, g)
		}
	}
	t.Logf("snapshot of %d members: %d transactions, %d gas, %.0f gas per member", n, len(p.Txs), total, float64(total)/float64(n))
	if tab := w.table(p); tab.Len() != n {
		t.Fatalf("%d entries", tab.Len())
	}
	// Posting one certificate.
	signers := make([]int, 0, n)
	for i := 0; i < n*3/4; i++ {
		signers = append(signers, i)
	}
	tx, err := w.avs.Post(w.ctx, w.submitter, w.certify(p, 1, signers...))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("post one certificate (%d non-signers): %d gas", n-len(signers), tx.Receipt.GasUsed)
}

// TestEventIDsAreTheContracts: the event ids and bounds derivation uses are the
// compiled contracts'.
func TestEventIDsAreTheContracts(t *testing.T) {
	inbox, _ := bindings.ParleyCertificateInboxMetaData.GetAbi()
	pub, _ := bindings.ParleyTablePublisherMetaData.GetAbi()
	if inbox.Events["CertificatePosted"].ID != derivation.CertificatePostedID ||
		pub.Events["SnapshotPage"].ID != optable.SnapshotPageID || pub.Events["SnapshotSealed"].ID != optable.SnapshotSealedID {
		t.Fatal("event ids differ from the compiled contracts'")
	}
	w := newWorld(t, 0, []avs.SetConfig{{ID: 0, MaxMembers: 1}})
	opts := &bind.CallOpts{Context: w.ctx}
	check := func(name string, got *big.Int, err error, want int) {
		if err != nil || got.Int64() != int64(want) {
			t.Errorf("%s: contract %v (%v), Go %d", name, got, err, want)
		}
	}
	v, err := w.avs.Inbox.MAXCERTSPERBLOCK(opts)
	check("MAX_CERTS_PER_BLOCK", v, err, derivation.MaxCertsPerBlock)
	v, err = w.avs.Inbox.MAXCERTSPERSUBMITTERPERBLOCK(opts)
	check("MAX_CERTS_PER_SUBMITTER_PER_BLOCK", v, err, derivation.MaxCertsPerSubmitterPerBlock)
	v, err = w.avs.Inbox.MAXSNAPSHOTSPERBLOCK(opts)
	check("MAX_SNAPSHOTS_PER_BLOCK", v, err, derivation.MaxSnapshotsPerBlock)
	v, err = w.avs.Inbox.MAXCERTIFICATESIZE(opts)
	check("MAX_CERTIFICATE_SIZE", v, err, certificate.MaxSize)
	v, err = w.avs.Inbox.MINCERTIFICATESIZE(opts)
	check("MIN_CERTIFICATE_SIZE", v, err, certificate.MinSize)
	v, err = w.avs.Publisher.MAXENTRIES(opts)
	check("MAX_ENTRIES", v, err, optable.MaxEntries)
}

// TestSubmitterCannotCensor: an allowed submitter that floods a block with certificates
// that fail verification gets at most its per-submitter share on L1; an honest
// submitter's certificate in the same block is still posted and certified.
func TestSubmitterCannotCensor(t *testing.T) {
	w := newWorld(t, 3, []avs.SetConfig{{ID: 0, MaxMembers: 8}})
	ctx := w.ctx
	for i, op := range w.ops {
		w.must(w.avs.Join(ctx, op, tokens(int64(1000+i)), uint64(1e18), 0))
	}
	flooder := w.outsider
	w.must(eigenlayerResult(w.avs.SetSubmitter(ctx, w.owner, flooder.Address, true)))
	p := w.publish()

	b := eigenlayer.NewBatch(w.core.Chain)
	for i := 0; i < derivation.MaxCertsPerBlock; i++ {
		bad := w.certify(p, uint64(1000+10*i), 0, 1, 2)
		bad.Attestation.MessageRoot[0] ^= 1 // fails verification on every destination
		if _, err := b.Send(ctx, flooder, "flood", w.avs.PostTx(bad)); err != nil {
			t.Fatal(err)
		}
	}
	txs, err := b.Mine(ctx)
	if len(txs) != derivation.MaxCertsPerSubmitterPerBlock || revertName(err) != "SubmitterCertificateLimit" {
		t.Fatalf("flood: %d posted, then %v", len(txs), err)
	}
	// The flood and the honest certificate in one block: the flooder's share is used up,
	// the honest one still gets in. (Gas is estimated against the latest block: move on.)
	if err := w.core.Chain.Mine(ctx); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < derivation.MaxCertsPerSubmitterPerBlock; i++ {
		bad := w.certify(p, uint64(2000+10*i), 0, 1, 2)
		bad.Attestation.MessageRoot[0] ^= 1
		if _, err := b.Send(ctx, flooder, "flood", w.avs.PostTx(bad)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := b.Send(ctx, w.submitter, "honest", w.avs.PostTx(w.certify(p, 1, 0, 1, 2))); err != nil {
		t.Fatal(err)
	}
	txs, err = b.Mine(ctx)
	if err != nil || len(txs) != derivation.MaxCertsPerSubmitterPerBlock+1 {
		t.Fatalf("%d posted: %v", len(txs), err)
	}
	r := w.derive(txs[0].Receipt.BlockHash, 16)
	if len(r.Deposits) != 1 || len(r.Skipped) != derivation.MaxCertsPerSubmitterPerBlock {
		t.Fatalf("%d deposits, %d skipped", len(r.Deposits), len(r.Skipped))
	}
}
