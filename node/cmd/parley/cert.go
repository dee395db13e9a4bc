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
			Usage: "verify a certificate against an operator-table snapshot and a policy",
			UsageText: "parley cert verify --cert FILE --table FILE --policy FILE\n" +
				"parley cert verify --cert FILE --table FILE --threshold Q:BPS [--threshold Q:BPS ...]",
			Description: "Checks the certificate exactly as a destination rollup does (package verifier):\n" +
				"AVS and operator sets (quorums) per the policy, the snapshot the certificate names,\n" +
				"signer set and weight thresholds, aggregate key, and the BLS signature over the\n" +
				"attestation digest computed from the certificate's fields.\n\n" +
				"The table file holds one operator-table snapshot (AVS, L1 block, root, sets,\n" +
				"entries). Loading rebuilds it from its entries and refuses a file whose root is not\n" +
				"the root of its entries; the certificate must name exactly that snapshot (block and\n" +
				"root). The file is as trustworthy as its root: compare the root with the table\n" +
				"publisher's snapshotRoot(block) on L1. The policy comes from --policy or from\n" +
				"--threshold flags (one per operator set, e.g. --threshold 0:6667), and then applies\n" +
				"to the table's AVS.\n\n" +
				"Prints OK and a summary, or REJECTED and the rule broken. A certificate file that\n" +
				"fails strict decoding counts as rejected. Exit status: 0 accepted, 1 rejected,\n" +
				"2 other errors (unreadable files, invalid table or policy, bad usage).",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "cert", Usage: "certificate JSON file (required)"},
				&cli.StringFlag{Name: "table", Usage: "operator-table snapshot JSON file (required)"},
				&cli.StringFlag{Name: "policy", Usage: "policy JSON file (AVS, thresholds)"},
				&cli.StringSliceFlag{Name: "threshold", Usage: "operator-set threshold Q:BPS, repeated per set (instead of --policy)"},
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
				policy, err := policyFromFlags(c, table)
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
					err = v.Verify(cert, optable.Of(table))
				}
				if err != nil {
					fmt.Fprintf(e.stdout, "REJECTED: %v\n", err)
					return negative{err: fmt.Errorf("certificate rejected: %w", err), shown: true}
				}
				printAccepted(e, cert, table, policy)
				return nil
			},
		}},
	}
}

// policyFromFlags reads --policy, or builds the policy from --threshold for the
// table's AVS.
func policyFromFlags(c *cli.Context, table *optable.Table) (verifier.Policy, error) {
	ths := c.StringSlice("threshold")
	switch path := c.String("policy"); {
	case path != "" && len(ths) > 0:
		return verifier.Policy{}, errors.New("give either --policy or --threshold, not both")
	case path != "":
		return formats.ReadPolicy(path)
	case len(ths) == 0:
		return verifier.Policy{}, errors.New("no policy: give --policy FILE or --threshold Q:BPS per operator set")
	}
	p := verifier.Policy{AVS: table.AVS()}
	for _, t := range ths {
		qs, bs, ok := strings.Cut(t, ":")
		q, qerr := strconv.ParseUint(qs, 10, 8)
		b, berr := strconv.ParseUint(bs, 10, 16)
		if !ok || qerr != nil || berr != nil {
			return verifier.Policy{}, fmt.Errorf("--threshold %q: want QUORUM:BPS, e.g. 0:6667", t)
		}
		p.Thresholds = append(p.Thresholds, verifier.Threshold{Quorum: uint8(q), BPS: uint16(b)})
	}
	if err := p.Validate(); err != nil {
		return verifier.Policy{}, err
	}
	return p, nil
}

// printAccepted prints the verdict and what was verified.
func printAccepted(e env, c *certificate.Certificate, t *optable.Table, p verifier.Policy) {
	a := &c.Attestation
	w := e.stdout
	ref := t.Snapshot()
	fmt.Fprintln(w, "OK: certificate verified")
	fmt.Fprintf(w, "  AVS          L1 chain %d, AVS address %s\n", a.AVS.L1ChainID, a.AVS.Address.Hex())
	fmt.Fprintf(w, "  source       chain %d, blocks %d..%d, last block %s\n", a.SourceChainID, a.FromBlock, a.ToBlock, a.LastBlockHash.Hex())
	fmt.Fprintf(w, "  message root %s\n", a.MessageRoot.Hex())
	fmt.Fprintf(w, "  digest       %s\n", c.Digest().Hex())
	fmt.Fprintf(w, "  snapshot     L1 block %d, root %s\n", ref.Block, ref.Root.Hex())
	fmt.Fprintf(w, "               %d entries in %d operator set(s), %d non-signers\n", t.Len(), len(t.Sets()), len(c.NonSigners))
	ss, err := certificate.Signers(t, c.Quorums, c.NonSigners)
	if err != nil {
		return
	}
	for i, q := range ss.Quorums {
		fmt.Fprintf(w, "  set %-8d signed %s of %s (%s, threshold %s)\n", q.Number, q.Signed.Dec(), q.Total.Dec(),
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
