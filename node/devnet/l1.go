package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/node/avs"
	"github.com/parley-xyz/parley/node/devnode"
	"github.com/parley-xyz/parley/node/eigenlayer"
)

// L1Config describes an L1 world: an L1 dev node with EigenLayer core and Parley's AVS,
// operators registered the EigenLayer way, a published snapshot, and optionally a
// source-chain dev node.
type L1Config struct {
	// Binary is the patched op-geth.
	Binary string
	// Seed derives every key of the world (see Keys): two worlds with one seed have the
	// same accounts.
	Seed string
	// L1ChainID is the L1's chain id; SourceChainID the source dev node's (0: none).
	L1ChainID, SourceChainID uint64
	// Weights are the operators' deposits in whole tokens (one operator each), all in
	// operator set 0 with their whole stake.
	Weights []int64
	// Submitters is how many accounts the inbox allows to post certificates (0: 1).
	Submitters int
	// Funded is how many spare funded accounts to create (on L1 and the source).
	Funded int
	// Fund are further addresses funded on L1 (and the source).
	Fund []common.Address
	// L1Period and SourcePeriod are the dev nodes' block periods in seconds (0: 1).
	L1Period, SourcePeriod int
	// Log, when set, receives both nodes' output.
	Log io.Writer
	// ParallelJoin registers the operators at once (each through a Chain of its own)
	// rather than one after the other.
	ParallelJoin bool
	// Progress, when set, receives a line per step (deploying, registering, ...).
	Progress func(format string, args ...any)
}

// Keys derives a world's keys from its seed.
type Keys string

// Key returns the deterministic Ethereum key named name.
func (s Keys) Key(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(string(s) + " " + name)))
	if err != nil {
		panic(err) // a keccak256 output is a valid key but with negligible probability
	}
	return k
}

// BLSKey returns the deterministic BN254 key named name.
func (s Keys) BLSKey(name string) *bls.SecretKey {
	k, err := bls.SecretKeyFromBytes(crypto.Keccak256([]byte(string(s) + " bls " + name)))
	if err != nil {
		panic(err)
	}
	return k
}

// SubmitterName names the i-th submitter's key: "submitter", "submitter 1", ...
func SubmitterName(i int) string {
	if i == 0 {
		return "submitter"
	}
	return fmt.Sprint("submitter ", i)
}

// Tokens is n whole test tokens (18 decimals).
func Tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), avs.WAD) }

// L1World is a running L1 world.
type L1World struct {
	L1, Source *devnode.Node
	Core       *eigenlayer.Core
	AVS        *avs.AVS
	// Owner owns EigenLayer's and the AVS's contracts and publishes snapshots;
	// Submitters may post certificates; Funded are spare funded accounts (L1 and source).
	Owner      *eigenlayer.Account
	Submitters []*eigenlayer.Account
	Funded     []*ecdsa.PrivateKey
	Operators  []*avs.Operator
	Snapshot   avs.Published

	nodes []*devnode.Node
}

// StartL1 starts the nodes, deploys EigenLayer and the AVS on L1 (allowing the
// submitters), registers the operators and publishes a snapshot. On failure it stops
// what it started; otherwise Stop stops it.
func StartL1(ctx context.Context, cfg L1Config) (_ *L1World, err error) {
	if cfg.Binary == "" {
		return nil, errors.New("devnet: no op-geth binary given")
	}
	keys := Keys(cfg.Seed)
	if cfg.Submitters == 0 {
		cfg.Submitters = 1
	}
	w := &L1World{Owner: eigenlayer.NewAccount(keys.Key("owner"))}
	defer func() {
		if err != nil {
			w.Stop()
		}
	}()
	funded := append([]common.Address{w.Owner.Address}, cfg.Fund...)
	var submitters []common.Address
	for i := 0; i < cfg.Submitters; i++ {
		s := eigenlayer.NewAccount(keys.Key(SubmitterName(i)))
		w.Submitters = append(w.Submitters, s)
		submitters = append(submitters, s.Address)
	}
	funded = append(funded, submitters...)
	for i := 0; i < cfg.Funded; i++ {
		k := keys.Key(fmt.Sprint("funded ", i))
		w.Funded = append(w.Funded, k)
		funded = append(funded, crypto.PubkeyToAddress(k.PublicKey))
	}
	for i := range cfg.Weights {
		name := fmt.Sprint("operator ", i)
		op := &avs.Operator{Account: eigenlayer.NewAccount(keys.Key(name)), Keys: map[uint32]*bls.SecretKey{0: keys.BLSKey(name)}}
		w.Operators = append(w.Operators, op)
		funded = append(funded, op.Account.Address)
	}
	balance := Tokens(1_000_000)
	start := func(id uint64, period int) (*devnode.Node, error) {
		c := devnode.Config{Binary: cfg.Binary, Period: period, Log: cfg.Log, Genesis: &core.Genesis{
			Config: devnode.DevChainConfig(id), GasLimit: 60_000_000, Difficulty: common.Big0,
			BaseFee: big.NewInt(params.InitialBaseFee), Alloc: devnode.DevAlloc(balance, funded...)}}
		n, err := devnode.Start(ctx, c)
		if err != nil {
			return nil, fmt.Errorf("starting chain %d's dev node: %w", id, err)
		}
		w.nodes = append(w.nodes, n)
		return n, nil
	}
	if w.L1, err = start(cfg.L1ChainID, cfg.L1Period); err != nil {
		return nil, err
	}
	if cfg.SourceChainID != 0 {
		if w.Source, err = start(cfg.SourceChainID, cfg.SourcePeriod); err != nil {
			return nil, err
		}
	}
	progress := func(format string, args ...any) {
		if cfg.Progress != nil {
			cfg.Progress(format, args...)
		}
	}
	progress("L1 dev node up: %s (chain %d)", w.L1.URL, cfg.L1ChainID)
	chain, err := eigenlayer.NewChain(ctx, w.L1.Client, nil)
	if err != nil {
		return nil, err
	}
	progress("deploying EigenLayer core")
	if w.Core, err = eigenlayer.Deploy(ctx, chain, w.Owner, eigenlayer.DefaultParams()); err != nil {
		return nil, fmt.Errorf("deploying EigenLayer: %w", err)
	}
	progress("deploying Parley's AVS (registrar, table publisher, certificate inbox)")
	if w.AVS, err = avs.Deploy(ctx, w.Core, w.Owner, avs.Config{Sets: []avs.SetConfig{{ID: 0, MaxMembers: 16}},
		Submitters: submitters}); err != nil {
		return nil, fmt.Errorf("deploying Parley's AVS: %w", err)
	}
	if err := w.join(ctx, cfg, progress); err != nil {
		return nil, err
	}
	if w.Snapshot, err = w.AVS.Publish(ctx, w.Owner, 0); err != nil {
		return nil, fmt.Errorf("publishing a snapshot: %w", err)
	}
	progress("published snapshot at L1 block %d", w.Snapshot.Snapshot.Block)
	return w, nil
}

// join registers the operators, one after the other or all at once.
func (w *L1World) join(ctx context.Context, cfg L1Config, progress func(string, ...any)) error {
	joinOne := func(a *avs.AVS, i int) error {
		op := w.Operators[i]
		if _, err := a.Join(ctx, op, Tokens(cfg.Weights[i]), uint64(1e18), 0); err != nil {
			return fmt.Errorf("registering operator %d: %w", i, err)
		}
		progress("registered operator %d (%s): %d tokens in operator set 0", i, op.Account.Address, cfg.Weights[i])
		return nil
	}
	if !cfg.ParallelJoin {
		for i := range w.Operators {
			if err := joinOne(w.AVS, i); err != nil {
				return err
			}
		}
		return nil
	}
	errs := make(chan error, len(w.Operators))
	for i := range w.Operators {
		go func() {
			// A Chain of its own: a Chain's Mine waits for every transaction sent through it.
			chain, err := eigenlayer.NewChain(ctx, w.L1.Client, nil)
			if err != nil {
				errs <- err
				return
			}
			core, err := eigenlayer.Attach(chain, w.Core.Addresses)
			if err != nil {
				errs <- err
				return
			}
			a, err := avs.Attach(core, w.AVS.Addresses)
			if err != nil {
				errs <- err
				return
			}
			errs <- joinOne(a, i)
		}()
	}
	var err error
	for range w.Operators {
		err = errors.Join(err, <-errs)
	}
	return err
}

// Stop stops the nodes (and removes their temporary data directories). It may be
// called more than once.
func (w *L1World) Stop() {
	for i := len(w.nodes) - 1; i >= 0; i-- {
		w.nodes[i].Stop()
	}
}
