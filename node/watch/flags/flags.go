// Package flags defines `parley watch`'s command-line flags. Every flag can also be set
// from an environment variable, PARLEY_WATCH_ followed by the flag's name in upper case
// with dashes and dots as underscores.
//
// Flags hold local settings only. What the chain decides is read from L1 at start-up:
// the table publisher and the AVS are those the certificate inbox names, and the
// slasher is the registrar's configured one (ParleyRegistrar.slasher), re-read before
// every submission.
package flags

import (
	"errors"
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	opservice "github.com/ethereum-optimism/optimism/op-service"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum-optimism/optimism/op-service/oppprof"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/daemon"
)

// EnvVarPrefix prefixes every flag's environment variable.
const EnvVarPrefix = "PARLEY_WATCH"

func prefixEnvVars(name string) []string { return opservice.PrefixEnvVar(EnvVarPrefix, name) }

// Defaults.
const (
	// DefaultHistoryBlocks is 14 days of 12-second L1 blocks: EigenLayer mainnet's
	// DEALLOCATION_DELAY, the time an operator stays slashable after it leaves a set.
	DefaultHistoryBlocks = 100800
	// DefaultMaxCertificates bounds the certificates kept (see the watch package's
	// documentation for the memory this bounds).
	DefaultMaxCertificates = 16384
	DefaultPollInterval    = 4 * time.Second
	DefaultLogChunk        = 2000
	DefaultRetryBackoffMax = time.Minute
	DefaultMaxAttempts     = 10
	DefaultMaxSlashesPerTx = 32
)

// TxMgrDefaults are the watcher's defaults for op-service's transaction manager:
// the aggregator's (one confirmation, receipts polled every 2 s, a bounded send: the
// watcher re-reads the slasher's records between attempts).
var TxMgrDefaults = daemon.L1TxMgrDefaults

var (
	// Required.
	L1EthRpcFlag = &cli.StringFlag{
		Name:    "l1-eth-rpc",
		Usage:   "HTTP provider URL for L1 (reads the inbox's logs and snapshots; submits evidence)",
		EnvVars: prefixEnvVars("L1_ETH_RPC"),
	}
	InboxFlag = &cli.StringFlag{
		Name:    "inbox",
		Usage:   "address of the ParleyCertificateInbox on L1; the table publisher, the AVS and its slasher are read from it",
		EnvVars: prefixEnvVars("INBOX"),
	}

	// Optional.
	L1StartBlockFlag = &cli.Uint64Flag{
		Name:    "l1-start-block",
		Usage:   fmt.Sprintf("first L1 block whose certificates are read (0: the inbox's window, %d blocks, back from L1's head at start-up)", optable.MaxSnapshotAge),
		EnvVars: prefixEnvVars("L1_START_BLOCK"),
	}
	HistoryBlocksFlag = &cli.Uint64Flag{
		Name:    "history-blocks",
		Usage:   "keep a certificate this many L1 blocks after the block it was posted in, to compare later ones with (default: EigenLayer mainnet's DEALLOCATION_DELAY)",
		Value:   DefaultHistoryBlocks,
		EnvVars: prefixEnvVars("HISTORY_BLOCKS"),
	}
	MaxCertificatesFlag = &cli.IntFlag{
		Name:    "max-certificates",
		Usage:   "keep at most this many certificates (the oldest are forgotten first); bounds memory",
		Value:   DefaultMaxCertificates,
		EnvVars: prefixEnvVars("MAX_CERTIFICATES"),
	}
	PollIntervalFlag = &cli.DurationFlag{
		Name:    "poll-interval",
		Usage:   "how often L1's head and the inbox's new logs are read",
		Value:   DefaultPollInterval,
		EnvVars: prefixEnvVars("POLL_INTERVAL"),
	}
	LogChunkFlag = &cli.Uint64Flag{
		Name:    "l1-log-chunk",
		Usage:   "L1 blocks per eth_getLogs request",
		Value:   DefaultLogChunk,
		EnvVars: prefixEnvVars("L1_LOG_CHUNK"),
	}
	RetryBackoffMaxFlag = &cli.DurationFlag{
		Name:    "retry-backoff-max",
		Usage:   "longest wait between two attempts to read L1 or submit evidence (exponential backoff from 1s)",
		Value:   DefaultRetryBackoffMax,
		EnvVars: prefixEnvVars("RETRY_BACKOFF_MAX"),
	}
	MaxAttemptsFlag = &cli.IntFlag{
		Name:    "max-attempts",
		Usage:   "attempts to submit one piece of evidence before it is given up (logged at ERROR and counted)",
		Value:   DefaultMaxAttempts,
		EnvVars: prefixEnvVars("MAX_ATTEMPTS"),
	}
	MaxSlashesPerTxFlag = &cli.Uint64Flag{
		Name:    "max-slashes-per-tx",
		Usage:   "offenders slashed by one slashCertificates transaction (each EigenLayer slash costs about 350k gas); more are slashed by further transactions",
		Value:   DefaultMaxSlashesPerTx,
		EnvVars: prefixEnvVars("MAX_SLASHES_PER_TX"),
	}
	L1KeystoreFlag = &cli.StringFlag{
		Name:    "l1-keystore",
		Usage:   "go-ethereum keystore file (encrypted JSON) of the L1 key that pays for evidence (any funded key: no permission is needed); the alternative to the txmgr's --private-key, --mnemonic and remote signer",
		EnvVars: prefixEnvVars("L1_KEYSTORE"),
	}
	L1PasswordFileFlag = &cli.StringFlag{
		Name:    "l1-password-file",
		Usage:   "file holding the --l1-keystore password (its first line)",
		EnvVars: prefixEnvVars("L1_PASSWORD_FILE"),
	}
)

var requiredFlags = []cli.Flag{
	L1EthRpcFlag,
	InboxFlag,
}

var optionalFlags = []cli.Flag{
	L1StartBlockFlag,
	HistoryBlocksFlag,
	MaxCertificatesFlag,
	PollIntervalFlag,
	LogChunkFlag,
	RetryBackoffMaxFlag,
	MaxAttemptsFlag,
	MaxSlashesPerTxFlag,
	L1KeystoreFlag,
	L1PasswordFileFlag,
}

func init() {
	optionalFlags = append(optionalFlags, oplog.CLIFlags(EnvVarPrefix)...)
	optionalFlags = append(optionalFlags, opmetrics.CLIFlags(EnvVarPrefix)...)
	optionalFlags = append(optionalFlags, oppprof.CLIFlags(EnvVarPrefix)...)
	optionalFlags = append(optionalFlags, txmgr.CLIFlagsWithDefaults(EnvVarPrefix, TxMgrDefaults)...)

	Flags = append(requiredFlags, optionalFlags...)
}

// Flags are all of the command's flags, required first.
var Flags []cli.Flag

// CheckRequired returns an error naming every required flag that is not set.
func CheckRequired(ctx *cli.Context) error {
	var errs []error
	for _, f := range requiredFlags {
		if !ctx.IsSet(f.Names()[0]) {
			errs = append(errs, fmt.Errorf("flag --%s is required (or $%s)", f.Names()[0], opservice.FlagNameToEnvVarName(f.Names()[0], EnvVarPrefix)))
		}
	}
	return errors.Join(errs...)
}
