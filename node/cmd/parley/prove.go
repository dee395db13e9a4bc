package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/parley-xyz/parley/node/prove"
	"github.com/parley-xyz/parley/node/source"
)

// proveLogFlags choose a log of the source chain: by transaction or by block, and index.
func proveLogFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "tx", Usage: "hash of the source transaction that emitted the log"},
		&cli.IntFlag{Name: "log", Usage: "the log's index in its block (as receipts and identifiers count); with --tx, optional when the transaction has one such log"},
		&cli.Uint64Flag{Name: "block", Usage: "the log's block, instead of --tx (then --log is required)"},
	}
}

// proveEndpoints are the source and destination nodes a proof is built from.
type proveEndpoints struct {
	srcClient, destClient *ethclient.Client
	prover                *prove.Prover
	inbox                 *prove.Inbox
}

func (p *proveEndpoints) close() {
	if p.srcClient != nil {
		p.srcClient.Close()
	}
	if p.destClient != nil {
		p.destClient.Close()
	}
}

// dialProveEndpoints dials --source-rpc and --destination-rpc and returns the prover of the
// source's messages against the destination's inbox.
func dialProveEndpoints(ctx context.Context, c *cli.Context) (*proveEndpoints, error) {
	p := &proveEndpoints{}
	var err error
	srcURL, destURL := c.StringSlice("source-rpc"), c.String("destination-rpc")
	if len(srcURL) != 1 {
		return nil, fmt.Errorf("give one --source-rpc (see %s --help)", c.Command.HelpName)
	}
	if p.srcClient, err = ethclient.DialContext(ctx, srcURL[0]); err != nil {
		return nil, fmt.Errorf("source: %w", err)
	}
	if p.destClient, err = ethclient.DialContext(ctx, destURL); err != nil {
		p.close()
		return nil, fmt.Errorf("destination: %w", err)
	}
	src, err := source.New(ctx, p.srcClient, source.Safe)
	if err != nil {
		p.close()
		return nil, err
	}
	p.inbox = prove.NewInbox(p.destClient)
	p.prover = prove.New(src, p.inbox)
	return p, nil
}

// proveFromLogFlags builds the proof of the log --tx/--block and --log choose; match
// chooses among a transaction's logs without --log.
func proveFromLogFlags(ctx context.Context, c *cli.Context, p *proveEndpoints, match func(*types.Log) bool) (*prove.Proof, error) {
	txs, hasBlock := c.String("tx"), c.IsSet("block")
	logIndex := -1
	if c.IsSet("log") {
		if logIndex = c.Int("log"); logIndex < 0 {
			return nil, errors.New("--log must not be negative")
		}
	}
	switch {
	case txs != "" && hasBlock:
		return nil, fmt.Errorf("give --tx or --block, not both (see %s --help)", c.Command.HelpName)
	case txs != "":
		h, err := parseTxHash(txs)
		if err != nil {
			return nil, fmt.Errorf("--tx: %w", err)
		}
		return p.prover.ProveTx(ctx, p.srcClient, h, logIndex, match)
	case hasBlock && logIndex >= 0:
		return p.prover.Prove(ctx, c.Uint64("block"), uint(logIndex))
	}
	return nil, fmt.Errorf("give --tx HASH [--log N] or --block N --log N (see %s --help)", c.Command.HelpName)
}

func parseTxHash(s string) (common.Hash, error) {
	b, err := common.ParseHexOrString(s)
	if err != nil || !strings.HasPrefix(s, "0x") || len(b) != 32 {
		return common.Hash{}, fmt.Errorf("%q is not a 32-byte 0x-prefixed hash", s)
	}
	return common.BytesToHash(b), nil
}

// proofAnswer maps the answers about a message that are not failures to a negative
// exit status: not certified yet, never certified on this destination.
func proofAnswer(err error) error {
	if errors.Is(err, prove.ErrNotCertified) || errors.Is(err, prove.ErrNeverCertified) {
		return negative{err: err}
	}
	return err
}

func proveCommand(e env) *cli.Command {
	return &cli.Command{
		Name:      "prove",
		Usage:     "print the inbox's validateMessage arguments for a log of a source chain, as JSON",
		UsageText: "parley prove --source-rpc URL --destination-rpc URL (--tx HASH [--log N] | --block N --log N)",
		Description: "Finds the range of the source chain certified on the destination that covers the\n" +
			"log's block (certifiedRange on the destination's inbox precompile), reads exactly that\n" +
			"range from the source node, checks that its last block hash and message root are the\n" +
			"certified ones, and prints validateMessage(Identifier id, bytes32 payloadHash, bytes proof)'s\n" +
			"arguments: identifier, payloadHash, proof (be64(range start) || Merkle proof), with the\n" +
			"log's payload (topics || data: ParleyMessenger.relayMessage's sentMessage), its checksum,\n" +
			"the certified range, the log, and the destination's own isValidMessage verdict.\n\n" +
			"Any log is a message. --log is the log's index in its block, as in receipts; with --tx it\n" +
			"may be left out when the transaction emitted a single log.\n\n" +
			"Exit status: 0 proof printed; 1 the log's block is not certified on the destination yet\n" +
			"(the message says which block is), or never will be (before the first certified range),\n" +
			"or the destination rejects the proof; 2 other errors (among them a source node that\n" +
			"disagrees with what was certified).",
		Flags: append([]cli.Flag{
			&cli.StringSliceFlag{Name: "source-rpc", Usage: "JSON-RPC URL of the source chain's node (required)"},
			&cli.StringFlag{Name: "destination-rpc", Usage: "JSON-RPC URL of the destination rollup's node (required)"},
		}, proveLogFlags()...),
		Action: func(c *cli.Context) error {
			if err := noArgs(c); err != nil {
				return err
			}
			if err := required(c, "destination-rpc"); err != nil {
				return err
			}
			ctx := c.Context
			p, err := dialProveEndpoints(ctx, c)
			if err != nil {
				return err
			}
			defer p.close()
			proof, err := proveFromLogFlags(ctx, c, p, nil)
			if err != nil {
				return proofAnswer(err)
			}
			valid, err := p.inbox.IsValidMessage(ctx, proof)
			if err != nil {
				return fmt.Errorf("destination isValidMessage: %w", err)
			}
			out, err := json.MarshalIndent(struct {
				*prove.Proof
				IsValidMessage bool `json:"isValidMessage"`
			}{proof, valid}, "", "  ")
			if err != nil {
				return err
			}
			fmt.Fprintln(e.stdout, string(out))
			if !valid {
				return negative{err: errors.New("the destination's isValidMessage rejects the proof"), shown: false}
			}
			return nil
		},
	}
}
