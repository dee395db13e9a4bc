package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/clock"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"

	"github.com/parley-xyz/parley/node/relayer"
	"github.com/parley-xyz/parley/node/relayer/flags"
)

func relayerCommand(e env) *cli.Command {
	return &cli.Command{
		Name:  "relayer",
		Usage: "run the relayer daemon: deliver ParleyMessenger messages once the destination certifies them",
		UsageText: "parley relayer --source-rpc URL [--source-rpc URL ...] --destination-rpc URL --messenger ADDR\n" +
			"    --progress-file FILE (--keystore FILE [--password-file FILE] | --signer.endpoint URL --signer.address ADDR)\n" +
			"    [options]",
		Description: "Watches ParleyMessenger's SentMessage logs to the destination on every source, up to\n" +
			"each source's safe (or finalized) head, in batches of --max-block-range blocks; waits until\n" +
			"the destination's inbox certifies a message's block; proves it against the certified range;\n" +
			"and calls relayMessage on the destination through op-service's transaction manager, unless\n" +
			"the message is relayed already (successfulMessages, or a MessageAlreadyRelayed revert).\n" +
			"Failures are retried with exponential backoff up to --max-backoff. Progress (scanned blocks,\n" +
			"messages not relayed yet) is kept in --progress-file, so a restart resumes where it stopped.\n\n" +
			"Serves GET /healthz (200 healthy, 503 otherwise: scan lag over --health.max-scan-lag, or a\n" +
			"certified message waiting longer than --health.max-relay-lag) and the JSON-RPC method\n" +
			"relayer_status on --rpc.addr:--rpc.port, and Prometheus metrics (parley_relayer_*) with\n" +
			"--metrics.enabled.\n\n" +
			"Every flag can also be set by its environment variable (shown below). The signing key\n" +
			"comes from an Ethereum key file and its password (--password-file, else $" + relayer.PasswordEnv + "),\n" +
			"or from a remote signer; no key is ever taken from a flag.\n\n" +
			"Required: --" + flags.Required[0] + ", --" + flags.Required[1] + ", --" + flags.Required[2] + ", --" + flags.Required[3] + ", and a signer.",
		Flags: flags.Flags(),
		Action: cliapp.LifecycleCmd(func(c *cli.Context, _ context.CancelCauseFunc) (cliapp.Lifecycle, error) {
			if err := noArgs(c); err != nil {
				return nil, err
			}
			cfg := relayer.NewConfig(c)
			if cfg.Keystore != "" && cfg.PasswordFile == "" {
				cfg.Password = e.getenv(relayer.PasswordEnv)
			}
			if err := cfg.Check(); err != nil {
				return nil, fmt.Errorf("%w (see %s --help)", err, c.Command.HelpName)
			}
			lg := oplog.NewLogger(oplog.AppOut(c), cfg.LogConfig)
			oplog.SetGlobalLogHandler(lg.Handler())
			return relayer.NewService(c.Context, relayer.Version, cfg, lg, clock.SystemClock)
		}),
	}
}
