package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/parley-xyz/parley/node/chainconfig"
	"github.com/parley-xyz/parley/node/eigenlayer"
	"github.com/parley-xyz/parley/node/rollup"
)

// JoinWindow is Join with a window of window L1 blocks in rollup C's Parley
// configuration instead of Window (A and B keep Window). The e2e suite uses it to see a
// snapshot expire on one destination in a test's time (SPEC §9 rule 7): a certificate
// whose snapshot is older than window L1 blocks is skipped by C and still accepted by A
// and B, whose window is Window. The same certificate on three rollups that differ in
// the window alone shows that the window, and nothing else, rejected it.
//
// C's window is the chain's to choose; the aggregators keep Window, so A's certificates
// against a snapshot older than window are skipped by C (and C's certified ranges of A
// may stop continuing): publish a fresh snapshot before relying on C for A's messages.
func (d *Devnet) JoinWindow(ctx context.Context, window uint64) error {
	tl := d.Timeline
	tl.Event(StepJoining, "rollup C: Parley activates %s after its genesis, window %d L1 blocks (snapshot of L1 block %d already published)",
		d.cfg.JoinDelay, window, d.L1.Snapshot.Snapshot.Block)
	p := d.parley(uint64(time.Now().Add(d.cfg.JoinDelay).Unix()))
	p.Window = window
	c, err := d.startRollupWith(ctx, "C", ChainIDC, p)
	if err != nil {
		return err
	}
	d.C = c
	if err := d.deployContracts(ctx, c); err != nil {
		return err
	}
	act := c.Parley.ActivationTime
	for {
		h, err := c.Client.HeaderByNumber(ctx, nil)
		if err != nil {
			return fail("waiting for C's activation", err)
		}
		if h.Time >= act {
			tl.Event(StepJoining, "rollup C: Parley active from L2 block %d (time %d)", h.Number, act)
			break
		}
		if err := sleep(ctx, 500*time.Millisecond); err != nil {
			return fail("waiting for C's activation", err)
		}
	}
	if err := d.startRelayer(ctx, c, d.RelayerKeys["C"], d.A); err != nil {
		return fail("starting C's relayer", err)
	}
	return nil
}

// startRollupWith is startRollup with a given Parley configuration (an activation
// time of 0: at genesis).
func (d *Devnet) startRollupWith(ctx context.Context, name string, id uint64, p *chainconfig.Parley) (*Chain, error) {
	tl := d.Timeline
	tl.Event(StepStarting, "rollup %s (chain %d, Parley from time %d, window %d): op-geth, op-node sequencer, op-batcher", name, id, p.ActivationTime, p.Window)
	fund := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	alloc := types.GenesisAlloc{}
	for _, k := range []*ecdsa.PrivateKey{d.Deployer, d.User, d.RelayerKeys["A"], d.RelayerKeys["B"], d.RelayerKeys["C"]} {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: fund}
	}
	r, err := rollup.Start(ctx, rollup.Config{Name: name, ChainID: id, BlockTime: 1, Parley: p, Alloc: alloc,
		L1:       rollup.L1{URL: d.L1.L1.URL, ChainID: L1ChainID, BatcherKey: d.Keys.Key("batcher " + name)},
		Binaries: d.cfg.Binaries, LogDir: d.cfg.LogDir})
	if err != nil {
		return nil, fail("starting rollup "+name, err)
	}
	c := &Chain{Rollup: r, Parley: r.Chain.Parley}
	d.mu.Lock()
	d.services = append(d.services, rollupService{r})
	d.mu.Unlock()
	if c.chain, err = eigenlayer.NewChain(ctx, r.Client, nil); err != nil {
		return nil, fail("starting rollup "+name, err)
	}
	tl.Event(StepReady, "rollup %s: %s; first unsafe block after %.1fs, first safe after %.1fs", name, r.L2URL, r.FirstUnsafe.Seconds(), r.FirstSafe.Seconds())
	return c, nil
}

// Submitter allows a further account to post certificates to the inbox, beside the
// aggregators' submitters, so that a test can post its own certificates without
// racing the aggregators' transaction managers for their nonces. The account is the
// AVS owner's (funded on L1); the owner allows it.
func (d *Devnet) Submitter(ctx context.Context) (*eigenlayer.Account, error) {
	owner := d.L1.Owner
	allowed, err := d.L1.AVS.Inbox.IsSubmitter(nil, owner.Address)
	if err == nil && allowed {
		return owner, nil
	}
	if _, err := d.L1.AVS.SetSubmitter(ctx, owner, owner.Address, true); err != nil {
		return nil, fmt.Errorf("allowing the owner to post certificates: %w", err)
	}
	return owner, nil
}
