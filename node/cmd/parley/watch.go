package main

import (
	"context"

	"github.com/urfave/cli/v2"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"

	"github.com/parley-xyz/parley/node/watch"
	"github.com/parley-xyz/parley/node/watch/flags"
)

const watchDescription = "Watches Parley's certificate inbox (--inbox) on L1 for equivocation and has it\n" +
	"slashed: it reads every CertificatePosted log from --l1-start-block on, keeps the\n" +
	"certificates that decode, name the inbox's AVS and verify under their snapshot (at most\n" +
	"--max-certificates, each for --history-blocks L1 blocks), and for every two whose\n" +
	"attestations conflict (same source chain, overlapping ranges, different content) it\n" +
	"submits certificate evidence to the AVS's ParleySlasher (the registrar's slasher),\n" +
	"which slashes every operator that signed both. Before each transaction it checks the\n" +
	"evidence with the slasher's own views and skips offences already slashed, by anyone.\n" +
	"Transactions go through op-service's transaction manager.\n\n" +
	"Anyone can run a watcher: no permission is needed, only a funded L1 key\n" +
	"(--l1-keystore with --l1-password-file, a remote signer, --private-key or --mnemonic)\n" +
	"to pay for the evidence's gas. Certificates that fail to decode or name an unusable\n" +
	"snapshot are logged and counted, never fatal.\n\n" +
	"Prometheus metrics (parley_watch_default_*) with --metrics.enabled.\n\n" +
	"Every flag can also be set by the environment variable shown with it."

func watchCommand(_ env) *cli.Command {
	return &cli.Command{
		Name:        "watch",
		Usage:       "run a watchtower: find conflicting certificates on L1 and submit equivocation evidence to the slasher",
		Description: watchDescription,
		Flags:       cliapp.ProtectFlags(flags.Flags),
		Action: cliapp.LifecycleCmd(func(c *cli.Context, closeApp context.CancelCauseFunc) (cliapp.Lifecycle, error) {
			if err := noArgs(c); err != nil {
				return nil, err
			}
			return watch.Main(aggregatorVersion())(c, closeApp)
		}),
	}
}
