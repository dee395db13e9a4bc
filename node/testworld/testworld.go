// Package testworld starts, for the daemons' tests, what they run against: an L1 dev
// node (the patched op-geth) with EigenLayer core v1.8.1 and Parley's AVS deployed by the
// harness, operators registered the EigenLayer way with BN254 keys, a published
// snapshot, and a source-chain dev node. Everything is real: processes, contracts,
// keys; only the scale is small. It is a test helper package: nothing in production
// imports it.
package testworld

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/node/avs"
	"github.com/parley-xyz/parley/node/devnode"
	"github.com/parley-xyz/parley/node/eigenlayer"
)

// Chain ids of the world's chains.
const (
	L1ChainID     = 900
	SourceChainID = 902
)

// Config describes a world.
type Config struct {
	// Weights are the operators' deposits in whole tokens (one operator each), all in
	// operator set 0 with their whole stake.
	Weights []int64
	// L1Period and SourcePeriod are the dev nodes' block periods in seconds (0: 1).
	L1Period, SourcePeriod int
	// Log, when set, receives both nodes' output.
	Log *os.File
}

// World is a running world.
type World struct {
	L1, Source *devnode.Node
	Core       *eigenlayer.Core
	AVS        *avs.AVS
	// Owner owns EigenLayer's and the AVS's contracts and publishes snapshots;
	// Submitter may post certificates; Funded are spare funded accounts (L1 and source).
	Owner, Submitter *eigenlayer.Account
	Funded           []*ecdsa.PrivateKey
	Operators        []*avs.Operator
	Snapshot         avs.Published
}

// Key returns a deterministic test key for a name.
func Key(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("parley testworld " + name)))
	if err != nil {
		panic(err)
	}
	return k
}

// BLSKey returns a deterministic BN254 key for a name.
func BLSKey(name string) *bls.SecretKey {
	k, err := bls.SecretKeyFromBytes(crypto.Keccak256([]byte("parley testworld bls " + name)))
	if err != nil {
		panic(err)
	}
	return k
}

// Tokens is n whole test tokens (18 decimals).
func Tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), avs.WAD) }

// Binary returns the patched op-geth, skipping the test without it (failing it under
// PARLEY_E2E_REQUIRED=1, as in CI).
func Binary(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..")
	bin, err := devnode.Binary(root)
	if err != nil {
		if os.Getenv("PARLEY_E2E_REQUIRED") == "1" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	return bin
}

// Start starts the two nodes, deploys EigenLayer and the AVS on L1, registers the
// operators and publishes a snapshot. Everything stops when the test ends.
func Start(ctx context.Context, t testing.TB, cfg Config) *World {
	t.Helper()
	bin := Binary(t)
	w := &World{Owner: eigenlayer.NewAccount(Key("owner")), Submitter: eigenlayer.NewAccount(Key("submitter"))}
	funded := []common.Address{w.Owner.Address, w.Submitter.Address}
	for i := 0; i < 4; i++ {
		k := Key(fmt.Sprint("funded ", i))
		w.Funded = append(w.Funded, k)
		funded = append(funded, crypto.PubkeyToAddress(k.PublicKey))
	}
	for i := range cfg.Weights {
		op := &avs.Operator{Account: eigenlayer.NewAccount(Key(fmt.Sprint("operator ", i))), Keys: map[uint32]*bls.SecretKey{0: BLSKey(fmt.Sprint("operator ", i))}}
		w.Operators = append(w.Operators, op)
		funded = append(funded, op.Account.Address)
	}
	balance := Tokens(1_000_000)
	genesis := func(id uint64) *core.Genesis {
		return &core.Genesis{Config: devnode.DevChainConfig(id), GasLimit: 60_000_000, Difficulty: common.Big0,
			BaseFee: big.NewInt(params.InitialBaseFee), Alloc: devnode.DevAlloc(balance, funded...)}
	}
	var err error
	start := func(id uint64, period int) *devnode.Node {
		c := devnode.Config{Binary: bin, Genesis: genesis(id), Period: period}
		if cfg.Log != nil {
			c.Log = cfg.Log
		}
		n, err := devnode.Start(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(n.Stop)
		return n
	}
	w.L1 = start(L1ChainID, cfg.L1Period)
	w.Source = start(SourceChainID, cfg.SourcePeriod)
	chain, err := eigenlayer.NewChain(ctx, w.L1.Client, nil)
	if err != nil {
		t.Fatal(err)
	}
	if w.Core, err = eigenlayer.Deploy(ctx, chain, w.Owner, eigenlayer.DefaultParams()); err != nil {
		t.Fatal(err)
	}
	if w.AVS, err = avs.Deploy(ctx, w.Core, w.Owner, avs.Config{Sets: []avs.SetConfig{{ID: 0, MaxMembers: 16}},
		Submitters: []common.Address{w.Submitter.Address}}); err != nil {
		t.Fatal(err)
	}
	for i, op := range w.Operators {
		if _, err := w.AVS.Join(ctx, op, Tokens(cfg.Weights[i]), uint64(1e18), 0); err != nil {
			t.Fatalf("operator %d: %v", i, err)
		}
	}
	if w.Snapshot, err = w.AVS.Publish(ctx, w.Owner, 0); err != nil {
		t.Fatal(err)
	}
	return w
}
