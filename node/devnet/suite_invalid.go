package devnet

import (
	"context"
	"fmt"

	"github.com/parley-xyz/parley/node/eigenlayer"
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
func (d *Devnet) JoinWindow(ctx context.Context, window uint64) error { return d.join(ctx, window) }

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
