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
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/node/avs"
	"github.com/parley-xyz/parley/node/devnet"
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

// keys derives the world's keys.
const keys = devnet.Keys("parley testworld")

// Key returns a deterministic test key for a name.
func Key(name string) *ecdsa.PrivateKey { return keys.Key(name) }

// BLSKey returns a deterministic BN254 key for a name.
func BLSKey(name string) *bls.SecretKey { return keys.BLSKey(name) }

// Tokens is n whole test tokens (18 decimals).
func Tokens(n int64) *big.Int { return devnet.Tokens(n) }

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
// operators and publishes a snapshot (node/devnet's StartL1). Everything stops when the
// test ends.
func Start(ctx context.Context, t testing.TB, cfg Config) *World {
	t.Helper()
	c := devnet.L1Config{Binary: Binary(t), Seed: string(keys), L1ChainID: L1ChainID, SourceChainID: SourceChainID,
		Weights: cfg.Weights, Funded: 4, L1Period: cfg.L1Period, SourcePeriod: cfg.SourcePeriod}
	if cfg.Log != nil {
		c.Log = cfg.Log
	}
	l1, err := devnet.StartL1(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l1.Stop)
	return &World{L1: l1.L1, Source: l1.Source, Core: l1.Core, AVS: l1.AVS, Owner: l1.Owner, Submitter: l1.Submitters[0],
		Funded: l1.Funded, Operators: l1.Operators, Snapshot: l1.Snapshot}
}
