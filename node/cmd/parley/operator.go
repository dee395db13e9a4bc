package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/node/avs"
	"github.com/parley-xyz/parley/node/eigenlayer"
	"github.com/parley-xyz/parley/node/operator"
	"github.com/parley-xyz/parley/node/operator/flags"
	"github.com/parley-xyz/parley/node/operator/protection"
)

const operatorDescription = "An operator of Parley's AVS is an EigenLayer operator in one or more of Parley's\n" +
	"operator sets, with one BN254 key per set (eigensdk-go key files, see `parley keys`). Its\n" +
	"daemon watches one source rollup, signs each range of the range grid against the latest\n" +
	"operator-table snapshot sealed on L1, and pushes the signatures to the aggregator, under\n" +
	"slashing protection kept in a local database.\n\n" +
	"  1. stake: deposit into the sets' strategies and allocate to the sets (EigenLayer's own\n" +
	"     tools: not done here);\n" +
	"  2. `parley operator register`: EigenLayer operator, keys, membership of the sets;\n" +
	"  3. `parley operator run`: the daemon;\n" +
	"  4. `parley operator protection export|import`: move the slashing-protection history.\n\n" +
	"Every flag can also be set by an environment variable PARLEY_OPERATOR_<FLAG> (shown in\n" +
	"each command's help). Key passwords come from a password file flag, else\n" +
	"$" + passwordEnv + ", else (register, deregister) a terminal prompt. No private key is\n" +
	"ever taken from a flag."

func operatorCommand(e env) *cli.Command {
	return &cli.Command{
		Name:        "operator",
		Usage:       "register a Parley AVS operator, run its daemon, manage its slashing protection",
		Description: operatorDescription,
		Action:      groupAction,
		Subcommands: []*cli.Command{
			operatorRegisterCommand(e),
			operatorDeregisterCommand(e),
			operatorRunCommand(e),
			{
				Name:   "protection",
				Usage:  "export or import the slashing-protection history (stop the daemon first)",
				Action: groupAction,
				Description: "The history moves as JSON in the spirit of EIP-3076: metadata (format version,\n" +
					"AVS, source chain) and, per key id, the watermark and the signed ranges (from, to,\n" +
					"digest, last block hash, message root, snapshot). Import merges: equal records are\n" +
					"skipped, conflicting ones refuse the whole import, the higher watermark is kept.",
				Subcommands: []*cli.Command{operatorExportCommand(e), operatorImportCommand(e)},
			},
		},
	}
}

func operatorRunCommand(e env) *cli.Command {
	return &cli.Command{
		Name:  "run",
		Usage: "run the operator daemon",
		UsageText: "parley operator run --l1-eth-rpc URL --source-rpc URL --publisher ADDR --operator ADDR\n" +
			"    --bls-key SET:FILE [--bls-key SET:FILE ...] --range-start N --range-length N --protection-db FILE\n" +
			"    [--aggregator-rpc URL] [--bls-password-file F] [options]",
		Description: "Watches the source rollup at its safe (or finalized) head and, at every --poll-interval,\n" +
			"signs each range of the grid (--range-start + k*--range-length, the aggregator's grid) whose\n" +
			"last block is at or below the head, in order, against the latest snapshot sealed on L1,\n" +
			"with each key that is a member of that snapshot, if slashing protection allows; pushes\n" +
			"each to --aggregator-rpc (parleyAggregator_submit); serves parleyOperator_signRange and\n" +
			"parleyOperator_status on --rpc.addr:--rpc.port, EigenLayer's node API on --node-api.addr,\n" +
			"metrics with --metrics.enabled. Halts (signs nothing more, health 503) if the source's\n" +
			"content of a signed range changes. The protection database must exist unless --fresh.\n\n" +
			"Required: " + flagNames(flags.RunRequired()) + ".",
		Flags: flags.RunFlags(),
		Action: cliapp.LifecycleCmd(func(c *cli.Context, _ context.CancelCauseFunc) (cliapp.Lifecycle, error) {
			if err := noArgs(c); err != nil {
				return nil, err
			}
			if err := flags.CheckRequired(c, flags.RunRequired()); err != nil {
				return nil, err
			}
			cfg := operator.ReadCLIConfig(c)
			if cfg.BLSPasswordFile == "" {
				cfg.BLSPassword = e.getenv(passwordEnv)
			}
			if err := cfg.Check(); err != nil {
				return nil, err
			}
			lg := oplog.NewLogger(oplog.AppOut(c), cfg.LogConfig)
			oplog.SetGlobalLogHandler(lg.Handler())
			return operator.NewService(c.Context, operator.Version, cfg, lg)
		}),
	}
}

func flagNames(fs []cli.Flag) string {
	var names []string
	for _, f := range fs {
		names = append(names, "--"+f.Names()[0])
	}
	return strings.Join(names, ", ")
}

// passwordFrom returns a password from the file named by a flag, else
// $PARLEY_KEY_PASSWORD, else a terminal prompt.
func passwordFrom(c *cli.Context, e env, fileFlag, what string) (string, error) {
	if path := c.String(fileFlag); path != "" {
		return readPasswordFile(path)
	}
	if pw, ok := lookupEnv(e, passwordEnv); ok {
		return pw, nil
	}
	if e.stdin == nil || !term.IsTerminal(int(e.stdin.Fd())) {
		return "", fmt.Errorf("no %s password: use --%s, set $%s, or run on a terminal to be prompted", what, fileFlag, passwordEnv)
	}
	return prompt(e, what+" password: ")
}

// l1Setup is what register and deregister share: the L1, the AVS and the operator's
// account.
type l1Setup struct {
	avs     *avs.AVS
	account *eigenlayer.Account
}

func setUpL1(ctx context.Context, c *cli.Context, e env) (*l1Setup, error) {
	path := c.String(flags.L1KeyName)
	keystoreFile, err := operator.IsKeystoreFile(path)
	if err != nil {
		return nil, fmt.Errorf("L1 key: %w", err)
	}
	pw := ""
	if keystoreFile {
		if pw, err = passwordFrom(c, e, flags.L1KeyPasswordFileName, "L1 key"); err != nil {
			return nil, err
		}
	}
	key, err := operator.LoadL1Key(path, pw)
	if err != nil {
		return nil, err
	}
	var registrar, publisher common.Address
	for name, dst := range map[string]*common.Address{flags.AVSName: &registrar, flags.PublisherName: &publisher} {
		if v := c.String(name); v != "" {
			if !common.IsHexAddress(v) {
				return nil, fmt.Errorf("--%s: %q is not an address", name, v)
			}
			*dst = common.HexToAddress(v)
		}
	}
	client, err := ethclient.DialContext(ctx, c.String(flags.L1EthRPCName))
	if err != nil {
		return nil, fmt.Errorf("dialing L1: %w", err)
	}
	a, err := operator.AttachAVS(ctx, client, registrar, publisher)
	if err != nil {
		client.Close()
		return nil, err
	}
	acct := eigenlayer.NewAccount(key)
	fmt.Fprintf(e.stdout, "operator %s, AVS %s (L1 chain %s)\n", acct.Address, a.Addresses.Registrar, a.Core.Chain.ChainID())
	return &l1Setup{avs: a, account: acct}, nil
}

func report(e env) func(operator.Step) {
	return func(s operator.Step) { fmt.Fprintln(e.stdout, s) }
}

func operatorRegisterCommand(e env) *cli.Command {
	return &cli.Command{
		Name:  "register",
		Usage: "take an operator into Parley's operator sets (EigenLayer operator, BN254 keys, membership)",
		UsageText: "parley operator register --l1-eth-rpc URL (--avs ADDR | --publisher ADDR) --l1-key FILE\n" +
			"    --bls-key SET:FILE [--bls-key SET:FILE ...] [--l1-key-password-file F] [--bls-password-file F]",
		Description: "Takes the operator through EigenLayer's steps, printing for each what it did or that it\n" +
			"was already done: register the account as an EigenLayer operator (DelegationManager, with\n" +
			"--allocation-delay and --metadata-uri) unless it is one; register each --bls-key for its\n" +
			"operator set in EigenLayer's KeyRegistrar, signed with EigenLayer's registration digest;\n" +
			"register for the sets through AllocationManager, which calls Parley's registrar.\n\n" +
			"It does not deposit or allocate stake: that is the operator's own EigenLayer business. The\n" +
			"registrar refuses an operator whose slashable stake in a set is below the set's minimum\n" +
			"weight (InsufficientWeight): the weights are printed first, and a refusal says what is missing.\n\n" +
			"Required: " + flagNames(flags.RegisterRequired()) + ", and --avs or --publisher.",
		Flags: append(flags.RegisterRequired(), flags.RegisterOptional()...),
		Action: func(c *cli.Context) error {
			if err := noArgs(c); err != nil {
				return err
			}
			if err := flags.CheckRequired(c, flags.RegisterRequired()); err != nil {
				return err
			}
			specs, err := operator.ParseKeySpecs(c.StringSlice(flags.BLSKeyName))
			if err != nil {
				return err
			}
			pw, err := passwordFrom(c, e, flags.BLSPasswordFileName, "BLS key")
			if err != nil {
				return err
			}
			keys, err := operator.LoadKeys(specs, pw)
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(c.Context, c.Duration(flags.TimeoutName))
			defer cancel()
			l1, err := setUpL1(ctx, c, e)
			if err != nil {
				return err
			}
			sets := make([]uint32, len(keys))
			for i, k := range keys {
				sets[i] = uint32(k.Set)
			}
			if weights, err := operator.Weights(ctx, l1.avs, l1.account.Address, sets); err == nil {
				for _, w := range weights {
					kind, note := "weight", ""
					if w.Estimated {
						kind = "weight (estimated from its allocations)"
					}
					if w.Weight.Cmp(w.Minimum) < 0 {
						note = "  (below the minimum: the registrar will refuse; deposit and allocate first)"
					}
					fmt.Fprintf(e.stdout, "operator set %d: %s %s, minimum %s%s\n", w.Set, kind, w.Weight, w.Minimum, note)
				}
			}
			return operator.Register(ctx, operator.Registration{AVS: l1.avs, Account: l1.account, Keys: keys,
				AllocationDelay: uint32(c.Uint(flags.AllocationDelayName)), MetadataURI: c.String(flags.MetadataURIName)}, report(e))
		},
	}
}

func operatorDeregisterCommand(e env) *cli.Command {
	return &cli.Command{
		Name:      "deregister",
		Usage:     "take an operator out of Parley's operator sets",
		UsageText: "parley operator deregister --l1-eth-rpc URL (--avs ADDR | --publisher ADDR) --l1-key FILE [--set N ...]",
		Description: "Deregisters the operator from the given operator sets (every set of the AVS it is in by\n" +
			"default) through AllocationManager, which calls Parley's registrar. The operator stays\n" +
			"slashable for EigenLayer's DEALLOCATION_DELAY; allocations and KeyRegistrar keys are left\n" +
			"as they are. Sets it is not in are reported as already done.\n\n" +
			"Required: " + flagNames(flags.DeregisterRequired()) + ", and --avs or --publisher.",
		Flags: append(flags.DeregisterRequired(), flags.DeregisterOptional()...),
		Action: func(c *cli.Context) error {
			if err := noArgs(c); err != nil {
				return err
			}
			if err := flags.CheckRequired(c, flags.DeregisterRequired()); err != nil {
				return err
			}
			var sets []uint32
			for _, s := range c.UintSlice(flags.SetName) {
				sets = append(sets, uint32(s))
			}
			ctx, cancel := context.WithTimeout(c.Context, c.Duration(flags.TimeoutName))
			defer cancel()
			l1, err := setUpL1(ctx, c, e)
			if err != nil {
				return err
			}
			return operator.Deregister(ctx, l1.avs, l1.account, sets, report(e))
		},
	}
}

func operatorExportCommand(e env) *cli.Command {
	return &cli.Command{
		Name:      "export",
		Usage:     "write the slashing-protection history of one AVS and source chain as JSON",
		UsageText: "parley operator protection export --protection-db FILE --out FILE [--avs ADDR --l1-chain-id N] [--source-chain-id N]",
		Description: "Writes the history (every key's watermark and signed ranges) to --out, which must not\n" +
			"exist. When the database holds the history of several AVSs or source chains, select one\n" +
			"with --avs and --l1-chain-id and/or --source-chain-id.",
		Flags: flags.ExportFlags(),
		Action: func(c *cli.Context) error {
			if err := noArgs(c); err != nil {
				return err
			}
			if err := required(c, flags.ProtectionDBName, flags.OutName); err != nil {
				return err
			}
			db, _, err := protection.Open(c.String(flags.ProtectionDBName), protection.Options{})
			if err != nil {
				return err
			}
			defer db.Close()
			chains, err := db.Chains()
			if err != nil {
				return err
			}
			chains = slices.DeleteFunc(chains, func(s protection.Scope) bool {
				return (c.IsSet(flags.AVSName) && s.AVS.Address != common.HexToAddress(c.String(flags.AVSName))) ||
					(c.IsSet(flags.L1ChainIDName) && s.AVS.L1ChainID != c.Uint64(flags.L1ChainIDName)) ||
					(c.IsSet(flags.SourceChainIDName) && s.SourceChainID != c.Uint64(flags.SourceChainIDName))
			})
			var avsID attestation.AVS
			var chain uint64
			switch {
			case len(chains) == 1:
				avsID, chain = chains[0].AVS, chains[0].SourceChainID
			case len(chains) == 0 && c.IsSet(flags.AVSName) && c.IsSet(flags.L1ChainIDName) && c.IsSet(flags.SourceChainIDName):
				avsID = attestation.AVS{L1ChainID: c.Uint64(flags.L1ChainIDName), Address: common.HexToAddress(c.String(flags.AVSName))}
				chain = c.Uint64(flags.SourceChainIDName)
			case len(chains) == 0:
				return errors.New("the database holds no history (matching the selection); give --avs, --l1-chain-id and --source-chain-id to export an empty one")
			default:
				var names []string
				for _, s := range chains {
					names = append(names, fmt.Sprintf("AVS %s source chain %d", s.AVS, s.SourceChainID))
				}
				return fmt.Errorf("the database holds several histories; select one with --avs/--l1-chain-id/--source-chain-id: %s", strings.Join(names, "; "))
			}
			x, err := db.Export(avsID, chain)
			if err != nil {
				return err
			}
			f, err := os.OpenFile(c.String(flags.OutName), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
			if err != nil {
				return err
			}
			werr := x.Write(f)
			if werr == nil {
				werr = f.Sync()
			}
			if cerr := f.Close(); werr == nil {
				werr = cerr
			}
			if werr != nil {
				return werr
			}
			ranges := 0
			for _, h := range x.Data {
				ranges += len(h.SignedRanges)
			}
			fmt.Fprintf(e.stdout, "exported %d key(s), %d signed range(s) of AVS %s, source chain %d to %s\n", len(x.Data), ranges, avsID, chain, c.String(flags.OutName))
			return nil
		},
	}
}

func operatorImportCommand(e env) *cli.Command {
	return &cli.Command{
		Name:      "import",
		Usage:     "merge a slashing-protection history (JSON) into the database",
		UsageText: "parley operator protection import --protection-db FILE --in FILE",
		Description: "Reads an interchange file (strictly: every digest is recomputed) and merges it into the\n" +
			"database, creating the database if it does not exist. A record equal to a stored one is\n" +
			"skipped; one that conflicts with a stored one refuses the whole import (nothing changes);\n" +
			"each key keeps the higher watermark.",
		Flags: flags.ImportFlags(),
		Action: func(c *cli.Context) error {
			if err := noArgs(c); err != nil {
				return err
			}
			if err := required(c, flags.ProtectionDBName, flags.InName); err != nil {
				return err
			}
			f, err := os.Open(c.String(flags.InName))
			if err != nil {
				return err
			}
			x, err := protection.ReadInterchange(f)
			f.Close()
			if err != nil {
				return err
			}
			db, info, err := protection.Open(c.String(flags.ProtectionDBName), protection.Options{Create: true})
			if err != nil {
				return err
			}
			defer db.Close()
			if info.MovedAside != "" {
				fmt.Fprintf(e.stderr, "warning: %s was corrupt and was moved to %s\n", c.String(flags.ProtectionDBName), info.MovedAside)
			}
			res, err := db.Import(x)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "imported %d key(s) of AVS %s, source chain %d: %d range(s) added, %d already present, %d watermark(s) raised\n",
				res.Keys, x.AVS(), x.Metadata.SourceChainID, res.Added, res.Duplicates, res.Raised)
			return nil
		},
	}
}
