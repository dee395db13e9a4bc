package derivation_test

import (
	"bytes"
	"context"
	"maps"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	. "github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/precompile/bindings"
)

// FuzzDeposits drives the whole hook with one L1 block whose registry log and
// certificate-inbox log are arbitrary, on top of an L2 state holding a mirrored
// operator table. Whatever L1 holds: the hook returns no error (every L2 read
// succeeds), a second call and a fresh Deriver (empty caches) give the same deposits,
// and every deposit it derives executes in the precompile with exactly the gas it
// carries — so no Parley deposit can revert or halt derivation.
func FuzzDeposits(f *testing.F) {
	base := newDeriverFixture(f)
	base.mirror(f)
	regABI, err := bindings.ParleyRegistryMetaData.GetAbi()
	if err != nil {
		f.Fatal(err)
	}
	var regIDs []common.Hash
	for _, name := range []string{"NewPubkeyRegistration", "OperatorAddedToQuorums", "OperatorRemovedFromQuorums", "OperatorStakeUpdate"} {
		regIDs = append(regIDs, regABI.Events[name].ID)
	}

	att := func(from uint64) attestation.Attestation {
		return attestation.Attestation{AVS: base.avs, SourceChainID: 901, FromBlock: from, ToBlock: from + 9, MessageRoot: common.Hash{byte(from)}, TableVersion: 1}
	}
	valid, err := base.sim.Certify(att(1), []uint8{0}, nil)
	if err != nil {
		f.Fatal(err)
	}
	stake := decLog(f, "OperatorStakeUpdate", base.sim.Table().Operators()[0].ID, uint8(0), common.Big2)
	f.Add(uint8(3), stake.Topics[1].Bytes(), stake.Data, valid.Encode(), true, false)
	f.Add(uint8(9), []byte{}, []byte{}, valid.Encode(), false, false)
	f.Add(uint8(0), []byte{1}, []byte{2}, valid.Encode()[:300], true, true)
	f.Add(uint8(1), []byte{}, []byte{}, []byte("not a certificate"), true, false)

	regTx := signedTx(f, key(f, 9), 0, decRegistry, nil)
	f.Fuzz(func(t *testing.T, regSel uint8, regTopics, regData, certData []byte, allowed, rawData bool) {
		reg := &types.Log{Address: decRegistry, Data: regData}
		if int(regSel) < len(regIDs) {
			reg.Topics = append(reg.Topics, regIDs[regSel])
		} else {
			reg.Topics = append(reg.Topics, common.BytesToHash([]byte{regSel}))
		}
		for len(regTopics) > 0 && len(reg.Topics) < 4 {
			n := min(32, len(regTopics))
			reg.Topics = append(reg.Topics, common.BytesToHash(regTopics[:n]))
			regTopics = regTopics[n:]
		}
		submitter := common.Address{0x66}
		if allowed {
			submitter = base.submitters[0]
		}
		post := &types.Log{Address: certBox, Topics: []common.Hash{CertificatePostedID, common.BytesToHash(submitter[:])}, Data: certData}
		if !rawData {
			post.Data = postedData(t, certData)
		}
		rec := receiptFor(regTx, true)
		rec.Logs = []*types.Log{reg, post}

		derive := func(d *Deriver, l2 *mapState) [][]byte {
			f := *base
			f.d, f.l2 = d, l2
			deps, gas, err := d.Deposits(context.Background(), f.input(types.Receipts{rec}))
			if err != nil {
				t.Fatalf("hook error on L1 data: %v", err)
			}
			var sum uint64
			for _, b := range deps {
				var tx types.Transaction
				if err := tx.UnmarshalBinary(b); err != nil {
					t.Fatal(err)
				}
				sum += tx.Gas()
			}
			if sum != gas {
				t.Fatalf("gas %d, deposits carry %d", gas, sum)
			}
			return toBytes(deps)
		}
		state := func() *mapState { return &mapState{slots: maps.Clone(base.l2.slots), nonce: base.l2.nonce} }
		l2 := state()
		first := derive(base.d, l2)
		again := derive(base.d, l2)
		fresh := derive(NewDeriver(base.cfg, nil), state())
		for i := range first {
			if !bytes.Equal(first[i], again[i]) || !bytes.Equal(first[i], fresh[i]) {
				t.Fatal("the hook's output depends on more than its input")
			}
		}
		if len(first) != len(again) || len(first) != len(fresh) {
			t.Fatal("the hook's output depends on more than its input")
		}
		applied := *base
		applied.l2 = l2
		applied.apply(t, first) // fails the test if a deposit reverts
	})
}
