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
			"operators register with proofs of possession through the operator table's update\n" +
			"path; synthetic source-chain logs become messages (message.FromLog) committed with\n" +
			"msgtree; operators sign the attestation digest with their own keys (some absent,\n" +
			"one sending a bad signature); the aggregator checks each partial signature and\n" +
			"aggregates; the certificate is encoded, decoded and verified; tampered copies are\n" +
			"rejected with their reasons; an inclusion proof is checked; several certificates\n" +
			"are batch-verified. Each step is printed with its timing. Everything except the\n" +
			"timings is determined by --seed.\n\n" +
			"With --out-dir, the certificate, operator table and policy are written as\n" +
			certFile + ", " + tableFile + " and " + policyFile + " for `parley cert verify`.\n\n" +
			"Exit status 1 if the outcome contradicts the protocol (e.g. the honest certificate\n" +
			"misses the threshold because too many operators are absent).",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "operators", Value: d.Operators, Usage: fmt.Sprintf("number of operators (1..%d)", optable.MaxOperators)},
			&cli.StringFlag{Name: "quorums", Value: joinQuorums(d.Quorums), Usage: "comma-separated quorum numbers (0..191, ascending); operators join overlapping random subsets"},
			&cli.UintFlag{Name: "threshold", Value: uint(d.ThresholdBPS), Usage: "required signed stake per quorum, in basis points (10000 = 100%)"},
			&cli.Float64Flag{Name: "absent", Value: d.AbsentFraction, Usage: "fraction of operators that do not sign, in [0, 1)"},
			&cli.BoolFlag{Name: "no-bad-signer", Usage: "do not have one operator send a bad signature"},
			&cli.Uint64Flag{Name: "seed", Value: d.Seed, Usage: "seed of keys, stakes, messages and absentees"},
			&cli.Uint64Flag{Name: "chain-id", Value: d.SourceChainID, Usage: "source chain id"},
			&cli.Uint64Flag{Name: "from-block", Value: d.FromBlock, Usage: "first source block of the attested range"},
			&cli.Uint64Flag{Name: "blocks", Value: d.Blocks, Usage: "number of source blocks in the attested range"},
			&cli.IntFlag{Name: "logs-per-block", Value: d.MaxLogsPerBlock, Usage: "maximum logs per synthetic block (each has at least one)"},
			&cli.IntFlag{Name: "batch", Value: d.BatchSize, Usage: "certificates in the batch-verification step (2..256)"},
			&cli.Uint64Flag{Name: "window", Value: d.Window, Usage: "table-version window of the verification policy"},
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
			cfg.SourceChainID = c.Uint64("chain-id")
			cfg.FromBlock = c.Uint64("from-block")
			cfg.Blocks = c.Uint64("blocks")
			cfg.MaxLogsPerBlock = c.Int("logs-per-block")
			cfg.BatchSize = c.Int("batch")
			cfg.Window = c.Uint64("window")
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

// writeSimFiles writes the round's certificate, table and policy to dir.
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
	if err := formats.WritePolicy(pp, res.Policy, res.Window); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\nwrote %s, %s, %s\nverify with: parley cert verify --cert %s --table %s --policy %s\n",
		cp, tp, pp, cp, tp, pp)
	return nil
}

// parseQuorums reads a comma-separated list of quorum numbers.
func parseQuorums(s string) ([]uint8, error) {
	var out []uint8
	for _, f := range strings.Split(s, ",") {
		q, err := strconv.ParseUint(strings.TrimSpace(f), 10, 8)
		if err != nil || q >= optable.MaxQuorums {
			return nil, fmt.Errorf("--quorums: %q is not a quorum number (0..%d)", f, optable.MaxQuorums-1)
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
