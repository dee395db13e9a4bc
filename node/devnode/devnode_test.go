package devnode_test

import (
	"context"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/parley-xyz/parley/node/avs"
	"github.com/parley-xyz/parley/node/devnode"
	"github.com/parley-xyz/parley/node/eigenlayer"
)

// binary returns the patched op-geth, skipping the test without it (failing it under
// PARLEY_E2E_REQUIRED=1, as in CI).
func binary(t *testing.T) string {
	bin, err := devnode.Binary("../..")
	if err != nil {
		if os.Getenv("PARLEY_E2E_REQUIRED") == "1" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	return bin
}

// TestL1DevNodeWithEigenLayer starts the patched op-geth as an L1 dev node from a
// genesis with a funded key and deploys EigenLayer core v1.8.1 and Parley's AVS on it
// with the harness, over JSON-RPC, the node producing blocks by itself.
func TestL1DevNodeWithEigenLayer(t *testing.T) {
	bin := binary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("devnode test owner")))
	owner := eigenlayer.NewAccount(key)
	n, err := devnode.Start(ctx, devnode.Config{Binary: bin, Genesis: &core.Genesis{
		Config: devnode.DevChainConfig(900), GasLimit: 60_000_000, Difficulty: common.Big0, BaseFee: big.NewInt(params.InitialBaseFee),
		Alloc: devnode.DevAlloc(new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18)), owner.Address),
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Stop()
	if id, err := n.Client.ChainID(ctx); err != nil || id.Uint64() != 900 {
		t.Fatalf("chain id %v, %v", id, err)
	}
	if err := n.WaitForBlock(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if _, err := n.Client.HeaderByNumber(ctx, big.NewInt(int64(rpc.SafeBlockNumber))); err != nil {
		t.Fatalf("safe head: %v", err)
	}
	chain, err := eigenlayer.NewChain(ctx, n.Client, nil)
	if err != nil {
		t.Fatal(err)
	}
	core, err := eigenlayer.Deploy(ctx, chain, owner, eigenlayer.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	a, err := avs.Deploy(ctx, core, owner, avs.Config{Sets: []avs.SetConfig{{ID: 0, MaxMembers: 4}}, Submitters: []common.Address{owner.Address}})
	if err != nil {
		t.Fatal(err)
	}
	if code, _ := n.Client.CodeAt(ctx, a.Addresses.Inbox, nil); len(code) == 0 {
		t.Fatal("no inbox code")
	}
	if code, _ := n.Client.CodeAt(ctx, params.HistoryStorageAddress, nil); len(code) == 0 {
		t.Fatal("no EIP-2935 history contract")
	}
	t.Logf("EigenLayer and Parley deployed on a dev node in %d transactions", len(core.Deployment)+len(a.Deployment))
}
