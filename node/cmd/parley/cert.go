package main

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/node/formats"
)

func certCommand(e env) *cli.Command {
	return &cli.Command{
		Name:   "cert",
		Usage:  "work with quorum certificates",
		Action: groupAction,
		Subcommands: []*cli.Command{{
			Name:  "verify",
			Usage: "verify a certificate against an operator table and a policy",
			UsageText: "parley cert verify --cert FILE --table FILE --policy FILE\n" +
				"parley cert verify --cert FILE --table FILE --threshold Q:BPS [--threshold Q:BPS ...] [--window N]",
			Description: "Checks the certificate exactly as a destination rollup does (package verifier):\n" +
				"AVS and quorums per the policy, table version within the window, signer set and\n" +
				"stake thresholds, aggregate key, and the BLS signature over the attestation digest\n" +
				"computed from the certificate's fields.\n\n" +
				"The table file holds one table version; the verifier sees it as the latest, so\n" +
				"the certificate must name exactly that version. The policy comes from --policy or\n" +
				"from --threshold flags (one per quorum, e.g. --threshold 0:6667) with --window,\n" +
				"and then applies to the table's AVS.\n\n" +
				"Prints OK and a summary, or REJECTED and the precise reason. A certificate file\n" +
				"that fails strict decoding counts as rejected. Exit status: 0 accepted, 1 rejected,\n" +
				"2 other errors (unreadable files, invalid table or policy, bad usage).",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "cert", Usage: "certificate JSON file (required)"},
				&cli.StringFlag{Name: "table", Usage: "operator-table JSON file (required)"},
				&cli.StringFlag{Name: "policy", Usage: "policy JSON file (AVS, thresholds, window)"},
				&cli.StringSliceFlag{Name: "threshold", Usage: "quorum threshold Q:BPS, repeated per quorum (instead of --policy)"},
				&cli.Uint64Flag{Name: "window", Value: optable.DefaultWindow, Usage: "table-version window (with --threshold)"},
			},
			Action: func(c *cli.Context) error {
				if err := noArgs(c); err != nil {
					return err
				}
				if err := required(c, "cert", "table"); err != nil {
					return err
				}
				table, err := formats.ReadTable(c.String("table"))
				if err != nil {
					return err
				}
				policy, window, err := policyFromFlags(c, table)
				if err != nil {
					return err
				}
				if policy.AVS != table.AVS() {
					return fmt.Errorf("the policy is for %s but the table for %s", policy.AVS, table.AVS())
				}
				certPath := c.String("cert")
				if _, err := os.Stat(certPath); err != nil {
					return err
				}
				v, err := verifier.New(verifier.Config{Policy: policy})
				if err != nil {
					return err
				}
				cert, err := formats.ReadCertificate(certPath)
				if err == nil {
					err = v.Verify(cert, optable.NewHistory(table, window))
				}
				if err != nil {
					fmt.Fprintf(e.stdout, "REJECTED: %v\n", err)
					return negative{err: fmt.Errorf("certificate rejected: %w", err), shown: true}
				}
				printAccepted(e, cert, table, policy, window)
				return nil
			},
		}},
	}
}

// policyFromFlags reads --policy, or builds the policy from --threshold and --window
// for the table's AVS.
func policyFromFlags(c *cli.Context, table *optable.Table) (verifier.Policy, uint64, error) {
	ths := c.StringSlice("threshold")
	switch path := c.String("policy"); {
	case path != "" && (len(ths) > 0 || c.IsSet("window")):
		return verifier.Policy{}, 0, errors.New("give either --policy or --threshold/--window, not both")
	case path != "":
		return formats.ReadPolicy(path)
	case len(ths) == 0:
		return verifier.Policy{}, 0, errors.New("no policy: give --policy FILE or --threshold Q:BPS per quorum")
	}
	p := verifier.Policy{AVS: table.AVS()}
	for _, t := range ths {
		qs, bs, ok := strings.Cut(t, ":")
		q, qerr := strconv.ParseUint(qs, 10, 8)
		b, berr := strconv.ParseUint(bs, 10, 16)
		if !ok || qerr != nil || berr != nil {
			return verifier.Policy{}, 0, fmt.Errorf("--threshold %q: want QUORUM:BPS, e.g. 0:6667", t)
		}
		p.Thresholds = append(p.Thresholds, verifier.Threshold{Quorum: uint8(q), BPS: uint16(b)})
	}
	if err := p.Validate(); err != nil {
		return verifier.Policy{}, 0, err
	}
	return p, c.Uint64("window"), nil
}

// printAccepted prints the verdict and what was verified.
func printAccepted(e env, c *certificate.Certificate, t *optable.Table, p verifier.Policy, window uint64) {
	a := &c.Attestation
	w := e.stdout
	fmt.Fprintln(w, "OK: certificate verified")
	fmt.Fprintf(w, "  AVS          L1 chain %d, registry %s\n", a.AVS.L1ChainID, a.AVS.Registry.Hex())
	fmt.Fprintf(w, "  source       chain %d, blocks %d..%d, last block %s\n", a.SourceChainID, a.FromBlock, a.ToBlock, a.LastBlockHash.Hex())
	fmt.Fprintf(w, "  message root %s\n", a.MessageRoot.Hex())
	fmt.Fprintf(w, "  digest       %s\n", c.Digest().Hex())
	fmt.Fprintf(w, "  table        version %d (window %d), %d operators, %d non-signers\n", t.Version(), window, t.Len(), len(c.NonSigners))
	ss, err := certificate.Signers(t, c.Quorums, c.NonSigners)
	if err != nil {
		return
	}
	for i, q := range ss.Quorums {
		fmt.Fprintf(w, "  quorum %-5d signed %s of %s (%s, threshold %s)\n", q.Number, q.Signed.Dec(), q.Total.Dec(),
			pct(q.Signed.ToBig(), q.Total.ToBig()), pct(big.NewInt(int64(p.Thresholds[i].BPS)), big.NewInt(verifier.BasisPoints)))
	}
}

// pct prints num/den as a percentage rounded down to 0.01%.
func pct(num, den *big.Int) string {
	if den.Sign() == 0 {
		return "n/a"
	}
	bps := new(big.Int).Mul(num, big.NewInt(10000))
	bps.Div(bps, den)
	v := bps.Uint64()
	return fmt.Sprintf("%d.%02d%%", v/100, v%100)
}
