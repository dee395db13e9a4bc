package derivation_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	. "github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/optable"
)

// FuzzDeposits drives the whole hook with an origin block whose certificate-inbox log
// and publisher log are arbitrary, next to a valid certificate, and a second snapshot on
// L1 whose page and seal data are arbitrary (named by the arbitrary certificate, with
// that snapshot block's hash). Whatever L1 holds: the hook returns no error (every fetch
// succeeds), a fresh Deriver (empty caches) gives the same deposits,
// the gas it adds is the sum the deposits carry, and every deposit executes in the
// precompile with exactly the gas it carries, never running out — so no Parley deposit
// can halt derivation or lose its data.
func FuzzDeposits(f *testing.F) {
	fx := newFixture(f)
	valid := fx.cert(f, fx.attestation(1), nil)
	tab := fx.sim.Table()
	entries := func() []byte {
		var b []byte
		for _, e := range tab.Entries() {
			enc := e.Encode()
			b = append(b, enc[:]...)
		}
		return b
	}()
	page := pageLog(f, sealBlock+5, 0, entries)
	seal := sealLog(f, sealBlock+5, tab, nil)
	other := fx.cert(f, fx.attestation(11), nil)
	f.Add(valid.Encode(), uint8(0), []byte{}, []byte{}, page.Data, seal.Data, other.Encode(), true)
	f.Add([]byte("garbage"), uint8(1), seal.Topics[1][:], seal.Data, page.Data[:100], seal.Data[:64], []byte{}, false)
	f.Add([]byte{}, uint8(2), []byte{7}, page.Data, []byte{}, []byte{}, valid.Encode()[:640], true)

	f.Fuzz(func(t *testing.T, certData []byte, pubSel uint8, pubTopic, pubData, pageData, sealData, otherCert []byte, sameSnapshot bool) {
		// A second snapshot block on L1 with arbitrary page and seal data.
		l1 := newFakeL1()
		for h, b := range fx.l1.blocks {
			l1.blocks[h] = b
		}
		p := &types.Log{Address: publisher, Topics: []common.Hash{optable.SnapshotPageID, u64Topic(sealBlock + 5)}, Data: pageData}
		s := &types.Log{Address: publisher, Topics: []common.Hash{optable.SnapshotSealedID, u64Topic(sealBlock + 5)}, Data: sealData}
		otherHash := l1.add(sealBlock+5, 3, types.Receipts{receipt(1, p), receipt(2, s)}).Hash()
		if sameSnapshot {
			otherHash = fx.snap.sealHash
		}

		pubTopics := []common.Hash{optable.SnapshotSealedID, optable.SnapshotPageID, {pubSel}}[pubSel%3 : pubSel%3+1]
		if len(pubTopic) > 0 {
			pubTopics = append(pubTopics, common.BytesToHash(pubTopic))
		}
		rs := types.Receipts{receipt(1,
			postedLog(t, fx.submitter, fx.snap.sealHash, valid.Encode()),
			postedLog(t, fx.submitter, fx.snap.sealHash, certData),
			&types.Log{Address: publisher, Topics: pubTopics, Data: pubData},
			postedLog(t, fx.submitter, otherHash, otherCert),
		)}
		indexBlock(rs)
		info := l1.add(sealBlock+6, 0xee, rs)
		in := &Input{L1ChainID: 900, L1Info: info, Receipts: rs, L1: l1, NextL2Time: 1_000_000}

		d := fx.deriver(t, fx.cfg)
		want, gas, err := d.Deposits(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		for _, dd := range []*Deriver{fx.deriver(t, fx.cfg)} {
			got, g, err := dd.Deposits(context.Background(), in)
			if err != nil || g != gas || len(got) != len(want) {
				t.Fatalf("deposits differ: %d vs %d, gas %d vs %d, %v", len(got), len(want), g, gas, err)
			}
			for i := range got {
				if !bytes.Equal(got[i], want[i]) {
					t.Fatalf("deposit %d differs", i)
				}
			}
		}
		txs := decodeDeposits(t, want)
		var sum uint64
		for _, tx := range txs {
			sum += tx.Gas()
		}
		if sum != gas {
			t.Fatalf("gas %d, deposits carry %d", gas, sum)
		}
		if len(txs) == 0 {
			t.Fatal("the valid certificate was not certified")
		}
		newInboxState().apply(t, txs) // fails the test on out-of-gas
	})
}
