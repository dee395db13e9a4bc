package main

import (
	"context"
	"runtime/debug"

	"github.com/urfave/cli/v2"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"

	"github.com/parley-xyz/parley/node/aggregator"
	"github.com/parley-xyz/parley/node/aggregator/flags"
)

const aggregatorDescription = "Certifies one source rollup for Parley's AVS: for each range of the range grid\n" +
	"(--range-start + k*--range-length, the operators' grid) at or below the source's safe head,\n" +
	"in order, it computes the attestation from its own --source-rpc against the latest\n" +
	"snapshot sealed on L1, asks the --operator-rpc daemons to sign it\n" +
	"(parleyOperator_signRange) while accepting pushed signatures (parleyAggregator_submit),\n" +
	"verifies every signature on arrival, aggregates once every operator set of --thresholds\n" +
	"meets its threshold (then waits at most --linger for more), verifies the certificate as\n" +
	"destinations do and posts it to the certificate inbox (--inbox) with op-service's\n" +
	"transaction manager, one range after the other, never twice, never skipping one. It\n" +
	"keeps no local state: at start-up it reads the inbox's logs to find the last range\n" +
	"certified and resumes after it.\n\n" +
	"The AVS and the table publisher are read from the inbox. --thresholds and --window must\n" +
	"match the destination rollups' (the smallest window if they differ). The submitter\n" +
	"(--l1-keystore with --l1-password-file, a remote signer, --private-key or --mnemonic)\n" +
	"must be on the inbox's allow-list.\n\n" +
	"Serves parleyAggregator_submit and parleyAggregator_status, and EigenLayer's node API\n" +
	"(/eigen/node, /eigen/node/health: 200, 206 starting or behind, 503 halted;\n" +
	"/eigen/node/services) on --rpc.addr:--rpc.port; Prometheus metrics with --metrics.enabled.\n\n" +
	"Every flag can also be set by the environment variable shown with it."

func aggregatorCommand(_ env) *cli.Command {
	return &cli.Command{
		Name:        "aggregator",
		Usage:       "run the aggregator: collect operators' signatures on a source rollup's ranges and post quorum certificates to L1",
		Description: aggregatorDescription,
		Flags:       cliapp.ProtectFlags(flags.Flags),
		Action: cliapp.LifecycleCmd(func(c *cli.Context, closeApp context.CancelCauseFunc) (cliapp.Lifecycle, error) {
			if err := noArgs(c); err != nil {
				return nil, err
			}
			return aggregator.Main(aggregatorVersion())(c, closeApp)
		}),
	}
}

// aggregatorVersion is the module version the binary was built from ("dev" in a
// work tree).
func aggregatorVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}
