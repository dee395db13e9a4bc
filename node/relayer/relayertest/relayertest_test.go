package relayertest

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/parley-xyz/parley/node/eigenlayer"
	"github.com/parley-xyz/parley/precompile"
	"github.com/parley-xyz/parley/precompile/bindings"
)

// TestContracts runs the hand-written contracts on go-ethereum's simulated backend:
// the stand-in inbox answers as documented, the messenger relays through it to the
// target, which records the call and the messenger's cross-domain sender and source.
func TestContracts(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	user := eigenlayer.NewAccount(Key("user"))
	target := common.HexToAddress("0x000000000000000000000000000000000000a4e7")
	b := eigenlayer.NewSimulatedBackend(types.GenesisAlloc{
		user.Address:       {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))},
		precompile.Address: {Code: StandInInboxCode(), Nonce: 1, Balance: common.Big0},
		target:             {Code: TargetCode(), Nonce: 1, Balance: common.Big0},
	})
	defer b.Close()
	chain, err := eigenlayer.NewSimulatedChain(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	inbox, err := bindings.NewIParleyInboxCaller(precompile.Address, b.Client())
	if err != nil {
		t.Fatal(err)
	}
	opts := &bind.CallOpts{Context: ctx}
	if r, err := inbox.LatestCertifiedBlock(opts, big.NewInt(902)); err != nil || r.Certified || r.BlockNumber != 0 {
		t.Fatalf("before: %+v %v", r, err)
	}
	want := precompile.Range{FromBlock: 3, ToBlock: 9, LastBlockHash: common.Hash{1}, MessageRoot: common.Hash{2}}
	if err := SetStandIn(ctx, chain, user, want); err != nil {
		t.Fatal(err)
	}
	if r, err := inbox.LatestCertifiedBlock(opts, big.NewInt(902)); err != nil || !r.Certified || r.BlockNumber != 9 {
		t.Fatalf("latest: %+v %v", r, err)
	}
	r, err := inbox.CertifiedRange(opts, big.NewInt(902), 5)
	if err != nil || (precompile.Range{FromBlock: r.FromBlock, ToBlock: r.ToBlock, LastBlockHash: r.LastBlockHash, MessageRoot: r.MessageRoot}) != want {
		t.Fatalf("range: %+v %v", r, err)
	}
	if ok, err := inbox.IsValidMessage(opts, bindings.Identifier{Origin: common.Address{}, BlockNumber: common.Big1, LogIndex: common.Big0, Timestamp: common.Big0, ChainId: common.Big1}, common.Hash{}, nil); err != nil || !ok {
		t.Fatalf("isValidMessage: %v %v", ok, err)
	}

	// The messenger relays a SentMessage log (forged: the stand-in accepts any proof)
	// to the target.
	messenger, err := DeployMessenger(ctx, chain, user)
	if err != nil {
		t.Fatal(err)
	}
	ev, _ := bindings.ParleyMessengerMetaData.GetAbi()
	sent := ev.Events["SentMessage"]
	chainID := big.NewInt(1337) // the simulated backend's
	data, _ := sent.Inputs.NonIndexed().Pack(common.Address{0xa1}, []byte{0xca, 0xfe})
	payload := append(append(append(append(append([]byte{}, sent.ID[:]...), common.BigToHash(chainID).Bytes()...),
		common.BytesToHash(target[:]).Bytes()...), common.BigToHash(big.NewInt(4)).Bytes()...), data...)
	tr, _ := bindings.NewParleyMessengerTransactor(messenger, chain)
	if _, err := eigenlayer.Transact(ctx, chain, user, "relayMessage", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return tr.RelayMessage(o, bindings.Identifier{Origin: messenger, BlockNumber: common.Big1, LogIndex: common.Big0, Timestamp: common.Big1, ChainId: big.NewInt(902)}, payload, make([]byte, 8))
	}); err != nil {
		t.Fatal(err)
	}
	got, err := ReadTarget(ctx, b.Client(), target)
	if err != nil {
		t.Fatal(err)
	}
	if got.Calls != 1 || got.Caller != messenger || got.Sender != (common.Address{0xa1}) || got.Source != 902 || got.DataHash != crypto.Keccak256Hash([]byte{0xca, 0xfe}) {
		t.Fatalf("target %+v", got)
	}
}
