package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/parley-xyz/parley/node/chain"
)

// l1RPCTimeout bounds everything chain init asks the --l1-rpc node.
const l1RPCTimeout = time.Minute

// chainDescriptionHelp summarises the description format (node/chain's package
// documentation is the reference).
const chainDescriptionHelp = `The description is one strict JSON object (unknown or misspelt fields are errors):

  l2ChainId          L2 chain id (required)
  l1ChainId          L1 chain id (required)
  l1Origin           the L1 block the L2 genesis derives from (required):
                     {"number": N, "hash": "0x…", "timestamp": T}; with --l1-rpc,
                     {"number": N} or {"number": "latest"|"safe"|"finalized"} is enough
  l2GenesisTime      L2 genesis timestamp (default: the L1 origin's; never before it)
  blockTime          seconds per L2 block (default 2)
  gasLimit           L2 block gas limit (default 30000000, at least 21000000)
  batcher            the batcher's L1 address (required)
  batchInbox         the batch inbox L1 address (required)
  depositContract    OptimismPortal on L1 (default: a placeholder nothing deposits to)
  systemConfig       SystemConfig on L1 (default: a placeholder; the genesis system
                     config then never changes)
  seqWindowSize      sequencing window, L1 blocks (default 3600)
  channelTimeout     channel timeout before Granite, L1 blocks (default 300)
  maxSequencerDrift  max sequencer drift before Fjord, seconds (default 600)
  genesisFork        latest OP Stack fork active from genesis, with every earlier one
                     (default "isthmus"; "bedrock" … "isthmus")
  alloc              funded L2 accounts: {"0xADDR": {"balance": "1000000000000000000"}}
                     (also "nonce", "code", "storage")
  parley             the chain's Parley configuration (node/chainconfig), copied into
                     both files; activationTime at or after the L2 genesis time.
                     Absent: a plain OP Stack chain.

Example:

  {
    "l2ChainId": 48901, "l1ChainId": 11155111,
    "l1Origin": {"number": 7000000, "timestamp": 1735000008,
      "hash": "0x3e7e0d34c4b5cb2dd0e4a66d4edbbfdc0cb0e3a1e0c1a77ebc22a4ad6b8a3e15"},
    "l2GenesisTime": 1735000020,
    "batcher": "0x7b1c1d0a6f6e2b1c4c0e1e4b7c6d5a4f3e2d1c0b",
    "batchInbox": "0xff00000000000000000000000000000000048901",
    "alloc": {"0x9a1f0d1c6c3b0e8d7f6a5b4c3d2e1f0a9b8c7d6e": {"balance": "1000000000000000000000"}},
    "parley": {"activationTime": 1735000020, "l1ChainId": 11155111,
      "avs": "0x00000000000000000000000000000000000000aa",
      "publisher": "0x00000000000000000000000000000000000000bb",
      "certInbox": "0x00000000000000000000000000000000000000cc",
      "thresholds": [{"quorum": 0, "bps": 6667}], "window": 7200}
  }

With --l1-rpc, "l1Origin": {"number": "finalized"} is enough; the genesis time is then
that block's unless l2GenesisTime says otherwise (set it, at or after the block's time,
to activate Parley exactly at genesis).

The full reference: go doc github.com/parley-xyz/parley/node/chain`

// chainCommand generates a chain's start-up files.
func chainCommand(e env) *cli.Command {
	return &cli.Command{
		Name:   "chain",
		Usage:  "generate a Parley chain's genesis.json and rollup.json",
		Action: groupAction,
		Subcommands: []*cli.Command{{
			Name:      "init",
			Usage:     "write DIR/genesis.json (op-geth's geth init) and DIR/rollup.json (op-node's --rollup.config) from one description",
			UsageText: "parley chain init --config FILE --out DIR [--l1-rpc URL] [--force]",
			Description: "A Parley chain's consensus settings (the \"parley\" object) must be identical in op-node's\n" +
				"rollup.json and op-geth's genesis.json (config.parley), and rollup.json must name the\n" +
				"hash of the genesis block op-geth writes: op-node refuses to start otherwise. This\n" +
				"command writes both from one description, with optimism's and op-geth's own code, and\n" +
				"checks them as op-node and op-geth read them before writing anything. The chain has\n" +
				"no OP contracts on L1 or predeploys on L2 unless the description names them, and\n" +
				"its batches go to the batch inbox address.\n\n" +
				"It prints the chain id, the genesis hash, the L1 origin, the forks, Parley's\n" +
				"activation and where each file went. Existing files are never replaced without\n" +
				"--force: a chain's genesis, once used, must not change.\n\n" + chainDescriptionHelp,
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "config", Usage: "the chain description file (required)"},
				&cli.StringFlag{Name: "out", Usage: "the directory to write genesis.json and rollup.json into, created if needed (required)"},
				&cli.StringFlag{Name: "l1-rpc", Usage: "an L1 node's JSON-RPC endpoint (http(s)://, ws(s):// or an IPC path): fetch the L1 origin block named by l1Origin.number, checking the node's chain id and any given hash and timestamp"},
				&cli.BoolFlag{Name: "force", Usage: "overwrite existing genesis.json and rollup.json in --out"},
			},
			Action: func(c *cli.Context) error {
				if err := noArgs(c); err != nil {
					return err
				}
				if err := required(c, "config", "out"); err != nil {
					return err
				}
				d, err := chain.Load(c.String("config"))
				if err != nil {
					return err
				}
				fetched := ""
				if url := c.String("l1-rpc"); url != "" {
					fetched = d.L1Origin.Number.String()
					if err := fetchL1Origin(c.Context, d, url); err != nil {
						return fmt.Errorf("%s: %w", c.String("config"), err)
					}
				}
				ch, err := chain.Init(d)
				if err != nil {
					return fmt.Errorf("%s: %w", c.String("config"), err)
				}
				gp, rp, err := ch.Write(c.String("out"), c.Bool("force"))
				if err != nil {
					return err
				}
				printChain(e.stdout, ch, fetched, gp, rp)
				return nil
			},
		}},
	}
}

// fetchL1Origin completes the description's L1 origin from the node at url.
func fetchL1Origin(ctx context.Context, d *chain.Description, url string) error {
	ctx, cancel := context.WithTimeout(ctx, l1RPCTimeout)
	defer cancel()
	client, err := rpc.DialContext(ctx, url)
	if err != nil {
		return fmt.Errorf("--l1-rpc %s: %w", url, err)
	}
	defer client.Close()
	return d.FetchL1Origin(ctx, client)
}

// printChain prints what init wrote. fetched is the block l1Origin.number named when
// the origin came from --l1-rpc ("" otherwise).
func printChain(w io.Writer, c *chain.Chain, fetched, genesisPath, rollupPath string) {
	rc := c.Rollup
	genesisTime := rc.Genesis.L2Time
	fmt.Fprintf(w, "Chain %s on L1 chain %s\n", rc.L2ChainID, rc.L1ChainID)
	fmt.Fprintf(w, "  L2 genesis   %s  block 0, time %s\n", c.GenesisHash.Hex(), timeString(genesisTime))
	origin := fmt.Sprintf("  L1 origin    %s  block %d, time %s", c.L1Origin.Hash.Hex(), c.L1Origin.Number, timeString(c.L1OriginTime))
	if fetched != "" {
		origin += fmt.Sprintf(", fetched from --l1-rpc as %q", fetched)
	}
	fmt.Fprintln(w, origin)
	names := make([]string, len(c.Forks))
	for i, f := range c.Forks {
		names[i] = string(f)
	}
	fmt.Fprintf(w, "  OP forks     %s active from genesis; none scheduled later\n", strings.Join(names, ", "))
	fmt.Fprintf(w, "  block time   %d s, gas limit %d, batcher %s, batch inbox %s\n", rc.BlockTime, rc.Genesis.SystemConfig.GasLimit,
		rc.Genesis.SystemConfig.BatcherAddr.Hex(), rc.BatchInboxAddress.Hex())
	if p := c.Parley; p != nil {
		when := "at genesis"
		if p.ActivationTime > genesisTime {
			when = fmt.Sprintf("%d s after genesis", p.ActivationTime-genesisTime)
		}
		fmt.Fprintf(w, "  Parley       active from %s, %s; AVS %s on L1 chain %d, window %d, %d scheduled upgrade(s)\n",
			timeString(p.ActivationTime), when, p.AVS.Hex(), p.L1ChainID, p.Window, len(p.Upgrades))
	} else {
		fmt.Fprintln(w, "  Parley       not configured: a plain OP Stack chain")
	}
	fmt.Fprintf(w, "  genesis.json %s  (op-geth: geth init --datadir DATADIR %s)\n", genesisPath, genesisPath)
	fmt.Fprintf(w, "  rollup.json  %s  (op-node: --rollup.config %s)\n", rollupPath, rollupPath)
}

// timeString shows a Unix time and its UTC date.
func timeString(t uint64) string {
	return fmt.Sprintf("%d (%s)", t, time.Unix(int64(t), 0).UTC().Format("2006-01-02 15:04:05 UTC"))
}
