package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/formats"
	"github.com/parley-xyz/parley/node/sim"
)

// Names of the files `parley sim --out-dir` writes.
const (
	certFile   = "cert.json"
	tableFile  = "table.json"
	policyFile = "policy.json"
)

func simCommand(e env) *cli.Command {
	d := sim.DefaultConfig()
	return &cli.Command{
		Name:  "sim",
		Usage: "simulate one AVS round end to end on real BN254 keys",
		Description: "Runs one Parley round locally with exactly the library code paths a node uses:\n" +
			"operators get one BN254 key per operator set they are a member of (as EigenLayer's\n" +
			"KeyRegistrar requires) and a weight in each; the sets are snapshotted as the table\n" +
			"publisher seals them on L1 (the destination rebuilds the snapshot from its 224-byte\n" +
			"entries and checks the root); synthetic source-chain logs become messages\n" +
			"(message.FromLog) committed with msgtree; operators sign the attestation digest with\n" +
			"each of their keys (some absent, one signing the wrong digest); the aggregator checks\n" +
			"each signature and aggregates; the certificate is encoded, decoded and verified;\n" +
			"tampered copies are rejected with their reasons; an inclusion proof is checked;\n" +
			"several certificates are batch-verified. Each step is printed with its timing.\n" +
			"Everything except the timings is determined by the flags (--seed in particular).\n\n" +
			"With --out-dir, the certificate, the operator-table snapshot and the policy are\n" +
			"written as " + certFile + ", " + tableFile + " and " + policyFile + " for `parley cert verify`.\n\n" +
			"Exit status 1 if the outcome contradicts the protocol (e.g. the honest certificate\n" +
			"misses the threshold because too many operators are absent).",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "operators", Value: d.Operators, Usage: fmt.Sprintf("number of operators (1..%d divided by the number of operator sets)", optable.MaxEntries)},
			&cli.StringFlag{Name: "quorums", Value: joinQuorums(d.Quorums), Usage: fmt.Sprintf("comma-separated operator-set ids (0..191, ascending, at most %d): the snapshot's sets and the certificate's quorums; operators join overlapping random subsets", optable.MaxSets)},
			&cli.UintFlag{Name: "threshold", Value: uint(d.ThresholdBPS), Usage: "required signed weight per operator set, in basis points (10000 = 100%)"},
			&cli.Float64Flag{Name: "absent", Value: d.AbsentFraction, Usage: "fraction of operators that do not sign, in [0, 1)"},
			&cli.BoolFlag{Name: "no-bad-signer", Usage: "do not have one operator sign the wrong digest"},
			&cli.Uint64Flag{Name: "seed", Value: d.Seed, Usage: "seed of keys, addresses, weights, messages and absentees"},
			&cli.Uint64Flag{Name: "snapshot-block", Value: d.SnapshotBlock, Usage: "L1 block the operator-table snapshot is sealed in"},
			&cli.Uint64Flag{Name: "chain-id", Value: d.SourceChainID, Usage: "source chain id"},
			&cli.Uint64Flag{Name: "from-block", Value: d.FromBlock, Usage: "first source block of the attested range"},
			&cli.Uint64Flag{Name: "blocks", Value: d.Blocks, Usage: "number of source blocks in the attested range"},
			&cli.IntFlag{Name: "logs-per-block", Value: d.MaxLogsPerBlock, Usage: "maximum logs per synthetic block (each has at least one)"},
			&cli.IntFlag{Name: "batch", Value: d.BatchSize, Usage: "certificates in the batch-verification step (2..256)"},
			&cli.StringFlag{Name: "out-dir", Usage: "write " + certFile + ", " + tableFile + " and " + policyFile + " to this directory"},
		},
		Action: func(c *cli.Context) error {
			if err := noArgs(c); err != nil {
				return err
			}
			cfg := sim.DefaultConfig()
			cfg.Operators = c.Int("operators")
			qs, err := parseQuorums(c.String("quorums"))
			if err != nil {
				return err
			}
			cfg.Quorums = qs
			if c.Uint("threshold") > 10000 {
				return fmt.Errorf("--threshold %d exceeds 10000 basis points", c.Uint("threshold"))
			}
			cfg.ThresholdBPS = uint16(c.Uint("threshold"))
			cfg.AbsentFraction = c.Float64("absent")
			cfg.BadSigner = !c.Bool("no-bad-signer")
			cfg.Seed = c.Uint64("seed")
			cfg.SnapshotBlock = c.Uint64("snapshot-block")
			cfg.SourceChainID = c.Uint64("chain-id")
			cfg.FromBlock = c.Uint64("from-block")
			cfg.Blocks = c.Uint64("blocks")
			cfg.MaxLogsPerBlock = c.Int("logs-per-block")
			cfg.BatchSize = c.Int("batch")
			if err := cfg.Validate(); err != nil {
				return err
			}
			res, err := sim.Run(c.Context, cfg, e.stdout)
			if err != nil {
				if errors.Is(err, sim.ErrUnexpected) {
					return negative{err: err}
				}
				return err
			}
			if dir := c.String("out-dir"); dir != "" {
				return writeSimFiles(e, dir, res)
			}
			return nil
		},
	}
}

// writeSimFiles writes the round's certificate, table snapshot and policy to dir.
func writeSimFiles(e env, dir string, res *sim.Result) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	cp, tp, pp := filepath.Join(dir, certFile), filepath.Join(dir, tableFile), filepath.Join(dir, policyFile)
	if err := formats.WriteCertificate(cp, res.Certificate); err != nil {
		return err
	}
	if err := formats.WriteTable(tp, res.Table); err != nil {
		return err
	}
	if err := formats.WritePolicy(pp, res.Policy); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\nwrote %s, %s, %s\nverify with: parley cert verify --cert %s --table %s --policy %s\n",
		cp, tp, pp, cp, tp, pp)
	return nil
}

// parseQuorums reads a comma-separated list of operator-set ids.
func parseQuorums(s string) ([]uint8, error) {
	var out []uint8
	for _, f := range strings.Split(s, ",") {
		q, err := strconv.ParseUint(strings.TrimSpace(f), 10, 8)
		if err != nil || q >= optable.MaxQuorums {
			return nil, fmt.Errorf("--quorums: %q is not an operator-set id (0..%d)", f, optable.MaxQuorums-1)
		}
		out = append(out, uint8(q))
	}
	return out, nil
}

func joinQuorums(qs []uint8) string {
	parts := make([]string, len(qs))
	for i, q := range qs {
		parts[i] = strconv.Itoa(int(q))
	}
	return strings.Join(parts, ",")
}
