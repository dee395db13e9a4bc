package devnet

import (
	"context"
	"fmt"
	"net/url"
	"strconv"

	"github.com/parley-xyz/parley/node/eigenlayer"
)

// This file holds what the end-to-end suite (e2e/) needs beyond `parley devnet`: fault
// injection on the daemons and read access to what the devnet records.

// EigenChain returns the chain as node/eigenlayer and node/messenger use it (for
// sending transactions with an eigenlayer.Account).
func (c *Chain) EigenChain() eigenlayer.Chain { return c.chain }

// SignedBy reports whether operator i (in L1World.Operators' order) signed a range of
// the chain holding block n, as far as the devnet saw its signatures.
func (c *Chain) SignedBy(i int, n uint64) bool {
	c.signed.mu.Lock()
	defer c.signed.mu.Unlock()
	for k, ops := range c.signed.ranges {
		if k[0] <= n && n <= k[1] && ops[i] {
			return true
		}
	}
	return false
}

// StopOperator stops operator i of the source chain src (its daemon; its protection
// database stays). The aggregator keeps asking it and gets no answer.
func (d *Devnet) StopOperator(ctx context.Context, src *Chain, i int) error {
	if i < 0 || i >= len(src.Operators) {
		return fmt.Errorf("%s has no operator %d", src.Name, i)
	}
	return src.Operators[i].Stop(ctx)
}

// RestartOperator starts operator i of src again, as startAttesters started it, on the
// same RPC port (the aggregator's list of operators is unchanged) and with the same
// slashing-protection database, which must exist (no Fresh): the operator resumes its
// history. The previous daemon must be stopped.
func (d *Devnet) RestartOperator(ctx context.Context, src *Chain, i int) error {
	if i < 0 || i >= len(src.Operators) {
		return fmt.Errorf("%s has no operator %d", src.Name, i)
	}
	if !src.Operators[i].Stopped() {
		return fmt.Errorf("operator %d of %s still runs: stop it first", i, src.Name)
	}
	u, err := url.Parse(src.OperatorURLs[i])
	if err != nil {
		return err
	}
	port, err := strconv.Atoi(u.Port())
	if err != nil {
		return fmt.Errorf("operator %d of %s: port of %s: %w", i, src.Name, src.OperatorURLs[i], err)
	}
	svc, err := d.startOperator(ctx, src, i, port, false)
	if err != nil {
		return fmt.Errorf("restarting: %w", err)
	}
	d.mu.Lock()
	src.Operators[i] = svc
	src.OperatorURLs[i] = svc.RPCEndpoint()
	d.mu.Unlock()
	return nil
}
