package derivation_test

import (
	"bytes"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ethereum-optimism/optimism/op-service/eth"

	. "github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/precompile"
)

func TestSourceHashUnique(t *testing.T) {
	seen := map[common.Hash]bool{}
	for _, blk := range []common.Hash{{1}, {2}} {
		for i := uint64(0); i < 4; i++ {
			h := SourceHash(blk, i)
			if seen[h] {
				t.Fatalf("source hash repeats for block %s index %d", blk, i)
			}
			seen[h] = true
		}
	}
	// OP's user-deposit source hash with the same inner hash uses domain 0.
	if SourceDomain.Sign() == 0 || SourceDomain.Cmp(common.Big3) <= 0 {
		t.Fatal("domain collides with OP's")
	}
}

func TestDepositsEncodeAndStrip(t *testing.T) {
	att := attestation.Attestation{SourceChainID: 901, FromBlock: 1, ToBlock: 9, LastBlockHash: common.Hash{1}, MessageRoot: common.Hash{2}}
	rr, err := RecordRangeDeposit(common.Hash{7}, 1, att)
	if err != nil {
		t.Fatal(err)
	}
	tu, err := TableUpdateDeposit(common.Hash{7}, 0, precompile.TableShape{}, 16, []optable.Update{{Kind: optable.SetStake}})
	if err != nil {
		t.Fatal(err)
	}
	if rr.SourceHash == tu.SourceHash || rr.From != precompile.SystemSender || *rr.To != precompile.Address || rr.IsSystemTransaction {
		t.Fatal("deposit fields")
	}
	if rr.Gas < IntrinsicGas(rr.Data)+precompile.RecordRangeGas(len(rr.Data)) {
		t.Fatal("recordRange deposit gas below its bound")
	}
	encoded, gas, err := Encode([]*types.DepositTx{tu, rr})
	if err != nil {
		t.Fatal(err)
	}
	if gas != tu.Gas+rr.Gas {
		t.Fatalf("gas %d", gas)
	}
	// A user deposit in front and a normal transaction after are not Parley's.
	user, _ := types.NewTx(&types.DepositTx{SourceHash: common.Hash{9}, From: common.Address{1}, Gas: 55555}).MarshalBinary()
	legacy, _ := types.NewTx(&types.LegacyTx{Gas: 77777}).MarshalBinary()
	payload := &eth.ExecutionPayload{Transactions: []eth.Data{user, encoded[0], encoded[1], legacy}}
	stripped, err := StripGas(payload)
	if err != nil || stripped != gas {
		t.Fatalf("StripGas = %d, %v; want %d", stripped, err, gas)
	}
	if _, err := StripGas(&eth.ExecutionPayload{Transactions: []eth.Data{hexutil.Bytes{types.DepositTxType, 1, 2}}}); err == nil {
		t.Fatal("malformed deposit accepted")
	}
}

func TestIntrinsicGas(t *testing.T) {
	if g := IntrinsicGas(nil); g != 21000 {
		t.Fatal(g)
	}
	// 10 non-zero bytes: EIP-2028 gives 160, the EIP-7623 floor 400.
	if g := IntrinsicGas([]byte("0123456789")); g != 21400 {
		t.Fatal(g)
	}
}

func TestTooManyUpdates(t *testing.T) {
	if _, err := TableUpdateDeposit(common.Hash{}, 0, precompile.TableShape{}, 16, make([]optable.Update, precompile.MaxUpdates+1)); err == nil {
		t.Fatal("oversize batch accepted")
	}
}

// TestRecordRangeCalldataIsTheABIs: the recordRange calldata RecordRangeDeposit writes
// is the ABI encoder's, for small, large and extreme values.
func TestRecordRangeCalldataIsTheABIs(t *testing.T) {
	ones := common.BytesToHash(bytes.Repeat([]byte{0xff}, 32))
	for _, a := range []attestation.Attestation{
		{},
		{SourceChainID: 901, FromBlock: 1, ToBlock: 9, LastBlockHash: common.Hash{1}, MessageRoot: common.Hash{2}},
		{SourceChainID: math.MaxUint64, FromBlock: math.MaxUint64 - 1, ToBlock: math.MaxUint64, LastBlockHash: ones, MessageRoot: ones},
		{SourceChainID: 1 << 40, FromBlock: 1 << 33, ToBlock: 1<<33 + 7, LastBlockHash: common.Hash{31: 1}, MessageRoot: common.Hash{0: 1}},
	} {
		want, err := precompile.ABI.Pack("recordRange", new(big.Int).SetUint64(a.SourceChainID), a.FromBlock, a.ToBlock, [32]byte(a.LastBlockHash), [32]byte(a.MessageRoot))
		if err != nil {
			t.Fatal(err)
		}
		d, err := RecordRangeDeposit(common.Hash{7}, 3, a)
		if err != nil || !bytes.Equal(d.Data, want) {
			t.Fatalf("%+v: calldata %x (%v), ABI %x", a, d.Data, err, want)
		}
	}
}
