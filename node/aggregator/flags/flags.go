// Package flags defines `parley aggregator`'s command-line flags. Every flag can also
// be set from an environment variable, PARLEY_AGGREGATOR_ followed by the flag's name in
// upper case with dashes and dots as underscores.
//
// Flags hold local settings only. What the chain decides is read from L1 and checked
// at start-up: the AVS and the table publisher are those the certificate inbox names,
// snapshots and their tables come from the publisher. Two settings belong to the
// destination rollups and must match theirs (the aggregator cannot read a destination's
// configuration): --thresholds and --window.
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
	oprpc "github.com/ethereum-optimism/optimism/op-service/rpc"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/daemon"
)

// EnvVarPrefix prefixes every flag's environment variable.
const EnvVarPrefix = "PARLEY_AGGREGATOR"

func prefixEnvVars(name string) []string { return opservice.PrefixEnvVar(EnvVarPrefix, name) }

// Defaults.
const (
	DefaultLinger          = time.Second
	DefaultOperatorTimeout = 5 * time.Second
	DefaultAskBackoffMax   = 30 * time.Second
	DefaultPollInterval    = 2 * time.Second
	DefaultMaxOpenRanges   = 4
	DefaultSnapshotMinLife = 1024
	DefaultPostMargin      = 64
)

// TxMgrDefaults are the aggregator's defaults for op-service's transaction manager:
// op-batcher's, except one confirmation (posting order is kept by the nonce order of
// one sender and by waiting for each certificate's receipt before the next; a restart
// re-reads L1), receipts polled every 2 s, and a bounded send (the poster re-checks L1
// and the snapshot's remaining life between attempts).
var TxMgrDefaults = daemon.L1TxMgrDefaults

var (
	// Required.
	L1EthRpcFlag = &cli.StringFlag{
		Name:    "l1-eth-rpc",
		Usage:   "HTTP provider URL for L1 (reads snapshots and the inbox; posts certificates)",
		EnvVars: prefixEnvVars("L1_ETH_RPC"),
	}
	SourceRpcFlag = &cli.StringFlag{
		Name:    "source-rpc",
		Usage:   "HTTP provider URL for the source rollup the aggregator certifies (its own endpoint: attestations are computed from it)",
		EnvVars: prefixEnvVars("SOURCE_RPC"),
	}
	InboxFlag = &cli.StringFlag{
		Name:    "inbox",
		Usage:   "address of the ParleyCertificateInbox on L1; the table publisher and the AVS are read from it",
		EnvVars: prefixEnvVars("INBOX"),
	}
	RangeStartFlag = &cli.Uint64Flag{
		Name:    "range-start",
		Usage:   "first source block of the range grid (ranges are range-start + k*range-length .. + range-length - 1; operators use the same grid)",
		EnvVars: prefixEnvVars("RANGE_START"),
	}
	RangeLengthFlag = &cli.Uint64Flag{
		Name:    "range-length",
		Usage:   "source blocks per range (the grid's step)",
		EnvVars: prefixEnvVars("RANGE_LENGTH"),
	}
	ThresholdsFlag = &cli.StringSliceFlag{
		Name:    "thresholds",
		Usage:   "SET:BPS per operator set, e.g. 0:6667 (basis points of the set's weight that must sign): exactly the destinations' thresholds",
		EnvVars: prefixEnvVars("THRESHOLDS"),
	}

	// Optional.
	OperatorRpcFlag = &cli.StringSliceFlag{
		Name:    "operator-rpc",
		Usage:   "JSON-RPC URL of an operator daemon to ask for signatures (parleyOperator_signRange); repeat or comma-separate. Operators may also push (parleyAggregator_submit)",
		EnvVars: prefixEnvVars("OPERATOR_RPC"),
	}
	SourceHeadFlag = &cli.StringFlag{
		Name:    "source-head",
		Usage:   "which head of the source may be certified: safe or finalized (operators must use the same or a later one)",
		Value:   "safe",
		EnvVars: prefixEnvVars("SOURCE_HEAD"),
	}
	WindowFlag = &cli.Uint64Flag{
		Name:    "window",
		Usage:   fmt.Sprintf("the destinations' window in L1 blocks (the smallest, if they differ; at most %d): a certificate is posted only while its snapshot is within it", optable.MaxSnapshotAge),
		Value:   optable.MaxSnapshotAge,
		EnvVars: prefixEnvVars("WINDOW"),
	}
	SnapshotMinLifeFlag = &cli.Uint64Flag{
		Name:    "snapshot-min-life",
		Usage:   "build a range only against a snapshot with at least this many L1 blocks left in the window (operators sign a range once, against one snapshot); without one, wait and alert",
		Value:   DefaultSnapshotMinLife,
		EnvVars: prefixEnvVars("SNAPSHOT_MIN_LIFE"),
	}
	PostMarginFlag = &cli.Uint64Flag{
		Name:    "post-margin",
		Usage:   "post a certificate only while its snapshot has at least this many L1 blocks left in the window; less is an expired range (halt and alert)",
		Value:   DefaultPostMargin,
		EnvVars: prefixEnvVars("POST_MARGIN"),
	}
	LingerFlag = &cli.DurationFlag{
		Name:    "linger",
		Usage:   "after every operator set reaches its threshold, wait at most this long for more signatures (fewer non-signers make smaller certificates)",
		Value:   DefaultLinger,
		EnvVars: prefixEnvVars("LINGER"),
	}
	OperatorTimeoutFlag = &cli.DurationFlag{
		Name:    "operator-timeout",
		Usage:   "deadline of one parleyOperator_signRange request; a missing answer is asked again with backoff",
		Value:   DefaultOperatorTimeout,
		EnvVars: prefixEnvVars("OPERATOR_TIMEOUT"),
	}
	AskBackoffMaxFlag = &cli.DurationFlag{
		Name:    "ask-backoff-max",
		Usage:   "longest wait between two requests to an operator that has not signed a range (exponential backoff from 1s)",
		Value:   DefaultAskBackoffMax,
		EnvVars: prefixEnvVars("ASK_BACKOFF_MAX"),
	}
	PollIntervalFlag = &cli.DurationFlag{
		Name:    "poll-interval",
		Usage:   "how often the source's head, L1's head, the latest snapshot and the inbox are read",
		Value:   DefaultPollInterval,
		EnvVars: prefixEnvVars("POLL_INTERVAL"),
	}
	MaxOpenRangesFlag = &cli.IntFlag{
		Name:    "max-open-ranges",
		Usage:   "ranges collected at once ahead of the last one posted (posting is always in order)",
		Value:   DefaultMaxOpenRanges,
		EnvVars: prefixEnvVars("MAX_OPEN_RANGES"),
	}
	L1StartBlockFlag = &cli.Uint64Flag{
		Name:    "l1-start-block",
		Usage:   "oldest L1 block searched for the last certificate of the source chain when the window holds none (e.g. the inbox's deployment block)",
		EnvVars: prefixEnvVars("L1_START_BLOCK"),
	}
	MaxBacklogFlag = &cli.Uint64Flag{
		Name:    "max-backlog",
		Usage:   "source blocks not yet certified above which /eigen/node/health reports 206 (partially healthy); 0: four ranges",
		EnvVars: prefixEnvVars("MAX_BACKLOG"),
	}
	L1KeystoreFlag = &cli.StringFlag{
		Name:    "l1-keystore",
		Usage:   "go-ethereum keystore file (encrypted JSON) of the submitter's L1 key; the alternative to the txmgr's --private-key, --mnemonic and remote signer",
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
	SourceRpcFlag,
	InboxFlag,
	RangeStartFlag,
	RangeLengthFlag,
	ThresholdsFlag,
}

var optionalFlags = []cli.Flag{
	OperatorRpcFlag,
	SourceHeadFlag,
	WindowFlag,
	SnapshotMinLifeFlag,
	PostMarginFlag,
	LingerFlag,
	OperatorTimeoutFlag,
	AskBackoffMaxFlag,
	PollIntervalFlag,
	MaxOpenRangesFlag,
	L1StartBlockFlag,
	MaxBacklogFlag,
	L1KeystoreFlag,
	L1PasswordFileFlag,
}

func init() {
	optionalFlags = append(optionalFlags, oprpc.CLIFlags(EnvVarPrefix)...)
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
