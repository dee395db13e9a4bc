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
	rr := RecordRangeDeposit(common.Hash{7}, 1, att)
	seal := &optable.Seal{Root: common.Hash{3}, Sets: []optable.SealSet{{ID: 0, Members: 4}, {ID: 5, Members: 1}}}
	seal.Sets[1].TotalWeight.SetUint64(77)
	tu, err := RecordSnapshotDeposit(common.Hash{7}, 0, 12, seal)
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

// TestRecordSnapshotCalldata: recordSnapshot's calldata carries the seal's block,
// root, set ids and total weights, and its gas is the precompile's bound.
func TestRecordSnapshotCalldata(t *testing.T) {
	seal := &optable.Seal{Root: common.Hash{3}, Sets: []optable.SealSet{{ID: 0}, {ID: 191}}}
	seal.Sets[0].TotalWeight.SetUint64(1 << 60)
	dep, err := RecordSnapshotDeposit(common.Hash{7}, 0, 1234, seal)
	if err != nil {
		t.Fatal(err)
	}
	want, err := precompile.ABI.Pack("recordSnapshot", uint64(1234), [32]byte(seal.Root), []uint32{0, 191}, []*big.Int{big.NewInt(1 << 60), new(big.Int)})
	if err != nil || !bytes.Equal(dep.Data, want) {
		t.Fatalf("calldata %x (%v), ABI %x", dep.Data, err, want)
	}
	if dep.Gas != IntrinsicGas(dep.Data)+100+precompile.RecordSnapshotGas(2, len(dep.Data)) {
		t.Fatalf("gas %d", dep.Gas)
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
		if d := RecordRangeDeposit(common.Hash{7}, 3, a); !bytes.Equal(d.Data, want) {
			t.Fatalf("%+v: calldata %x, ABI %x", a, d.Data, want)
		}
	}
}
