package main

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"

	"github.com/parley-xyz/parley/node/relayer"
	"github.com/parley-xyz/parley/node/relayer/flags"
)

// relayOutput is what `parley relay` prints.
type relayOutput struct {
	Outcome     relayer.Outcome `json:"outcome"`
	MessageHash common.Hash     `json:"messageHash"`
	Source      uint64          `json:"source"`
	Nonce       *big.Int        `json:"nonce"`
	Sender      common.Address  `json:"sender"`
	Target      common.Address  `json:"target"`
	// Transaction, Block and GasUsed describe this command's relay transaction (absent
	// when the message was relayed already before it sent one).
	Transaction *common.Hash `json:"transaction,omitempty"`
	Block       *big.Int     `json:"block,omitempty"`
	GasUsed     uint64       `json:"gasUsed,omitempty"`
}

func relayCommand(e env) *cli.Command {
	fl := append(flags.ChainFlags(), proveLogFlags()...)
	return &cli.Command{
		Name:  "relay",
		Usage: "relay one ParleyMessenger message by hand",
		UsageText: "parley relay --source-rpc URL --destination-rpc URL --messenger ADDR --tx HASH [--log N]\n" +
			"    (--keystore FILE [--password-file FILE] | --signer.endpoint URL --signer.address ADDR) [txmgr flags]",
		Description: "Proves the message as `parley prove` does (it must be certified on the destination), and\n" +
			"calls relayMessage on the destination's ParleyMessenger through op-service's transaction\n" +
			"manager, unless the message is relayed already: successfulMessages(hash) is checked\n" +
			"first, the call is simulated, and a MessageAlreadyRelayed revert counts as done. Without\n" +
			"--log the transaction's only SentMessage log of the messenger is relayed.\n\n" +
			"The account that pays comes from an Ethereum key file (--keystore: geth, clef or cast\n" +
			"format) whose password is read from --password-file, else $" + relayer.PasswordEnv + ", else a\n" +
			"terminal prompt; or from a remote signer (--signer.*). No key is ever taken from a flag.\n" +
			"The transaction-manager flags are the relayer daemon's (environment variables\n" +
			flags.EnvVarPrefix + "_*).\n\n" +
			"Prints the outcome as JSON: \"relayed\" (with the transaction) or \"already relayed\".\n" +
			"Exit status: 0 relayed or already relayed; 1 not certified on the destination yet (or\n" +
			"never); 2 other errors (the relay would revert, the transaction failed, I/O).",
		Flags: append(fl, flags.SignerFlags()...),
		Action: func(c *cli.Context) error {
			if err := noArgs(c); err != nil {
				return err
			}
			if err := required(c, "destination-rpc", "messenger"); err != nil {
				return err
			}
			messenger, err := relayer.ParseMessenger(c.String(flags.MessengerName))
			if err != nil {
				return err
			}
			key := relayer.KeyConfig{Keystore: c.String(flags.KeystoreName)}
			if key.Keystore != "" {
				if key.Password, err = password(c, e, false); err != nil {
					return err
				}
			}
			ctx := c.Context
			p, err := dialProveEndpoints(ctx, c)
			if err != nil {
				return err
			}
			defer p.close()
			destID, err := p.destClient.ChainID(ctx)
			if err != nil {
				return fmt.Errorf("destination chain id: %w", err)
			}
			isSent := func(l *types.Log) bool {
				return l.Address == messenger && len(l.Topics) > 0 && l.Topics[0] == relayer.SentMessageTopic
			}
			proof, err := proveFromLogFlags(ctx, c, p, isSent)
			if err != nil {
				return proofAnswer(err)
			}
			lg := oplog.NewLogger(e.stderr, oplog.CLIConfig{Level: log.LevelWarn, Format: oplog.FormatText})
			txm, err := relayer.NewTxManager(lg, &txmetrics.NoopTxMetrics{}, c.String(flags.DestinationRPCName), txmgr.ReadCLIConfig(c), key)
			if err != nil {
				return err
			}
			defer txm.Close()
			r := &relayer.Relayer{Destination: relayer.NewMessenger(p.destClient, messenger), ChainID: destID.Uint64(),
				Messenger: messenger, Sender: txm}
			res, err := r.Relay(ctx, proof)
			if err != nil {
				return err
			}
			m := res.Message
			out := relayOutput{Outcome: res.Outcome, MessageHash: res.Hash, Source: m.Source, Nonce: m.Nonce, Sender: m.Sender, Target: m.Target}
			if rc := res.Receipt; rc != nil {
				out.Transaction, out.Block, out.GasUsed = &rc.TxHash, rc.BlockNumber, rc.GasUsed
			}
			raw, err := json.MarshalIndent(out, "", "  ")
			if err != nil {
				return err
			}
			fmt.Fprintln(e.stdout, string(raw))
			return nil
		},
	}
}
