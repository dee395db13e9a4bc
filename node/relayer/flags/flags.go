// Package flags holds the relayer's command-line flags. Every flag has an environment
// variable: PARLEY_RELAYER_ and its name in upper case with dashes and dots as
// underscores. Flags hold local settings only: the chains' ids are read from the
// nodes, and what is certified from the destination's inbox.
package flags

import (
	"slices"
	"time"

	"github.com/urfave/cli/v2"

	opservice "github.com/ethereum-optimism/optimism/op-service"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum-optimism/optimism/op-service/oppprof"
	oprpc "github.com/ethereum-optimism/optimism/op-service/rpc"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
)

// EnvVarPrefix prefixes the relayer's environment variables.
const EnvVarPrefix = "PARLEY_RELAYER"

func prefixEnvVars(name string) []string { return opservice.PrefixEnvVar(EnvVarPrefix, name) }

// Flag names.
const (
	SourceRPCName      = "source-rpc"
	DestinationRPCName = "destination-rpc"
	MessengerName      = "messenger"
	ProgressFileName   = "progress-file"
	SourceHeadName     = "source-head"
	StartBlockName     = "start-block"
	PollIntervalName   = "poll-interval"
	MaxBlockRangeName  = "max-block-range"
	MaxInFlightName    = "max-in-flight"
	ReorgDepthName     = "reorg-depth"
	MaxBackoffName     = "max-backoff"
	MaxScanLagName     = "health.max-scan-lag"
	MaxRelayLagName    = "health.max-relay-lag"
	KeystoreName       = "keystore"
	PasswordFileName   = "password-file"
)

// TxMgrDefaults are the transaction manager's defaults for relaying on a rollup:
// one confirmation, receipts polled every 2 s, a send given up after 2 minutes (the
// message is retried later, after checking that it is not relayed).
var TxMgrDefaults = txmgr.DefaultFlagValues{
	NumConfirmations:          1,
	SafeAbortNonceTooLowCount: 3,
	FeeLimitMultiplier:        5,
	FeeLimitThresholdGwei:     100,
	MinTipCapGwei:             0.001,
	MinBaseFeeGwei:            0.001,
	RebroadcastInterval:       6 * time.Second,
	ResubmissionTimeout:       24 * time.Second,
	NetworkTimeout:            10 * time.Second,
	RetryInterval:             1 * time.Second,
	MaxRetries:                10,
	TxSendTimeout:             2 * time.Minute,
	TxNotInMempoolTimeout:     1 * time.Minute,
	ReceiptQueryInterval:      2 * time.Second,
	CellProofTime:             txmgr.DefaultBatcherFlagValues.CellProofTime,
}

// rawKeyFlags are txmgr's flags that take a key on the command line: left out.
var rawKeyFlags = []string{txmgr.PrivateKeyFlagName, txmgr.MnemonicFlagName, txmgr.HDPathFlagName}

// ChainFlags are the source and destination endpoints and the messenger, shared by
// the relayer and `parley relay` (one source for the latter).
func ChainFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: SourceRPCName, EnvVars: prefixEnvVars("SOURCE_RPC"),
			Usage: "JSON-RPC URL of a source rollup's node (repeat, or separate with commas, for several sources)"},
		&cli.StringFlag{Name: DestinationRPCName, EnvVars: prefixEnvVars("DESTINATION_RPC"),
			Usage: "JSON-RPC URL of the destination rollup's node (reads its inbox, sends the relays)"},
		&cli.StringFlag{Name: MessengerName, EnvVars: prefixEnvVars("MESSENGER"),
			Usage: "address of ParleyMessenger (the same on every chain)"},
	}
}

// SignerFlags are the signing key's flags and op-service's transaction-manager flags
// (remote signer included), without the ones that would take a raw key.
func SignerFlags() []cli.Flag {
	out := []cli.Flag{
		&cli.StringFlag{Name: KeystoreName, EnvVars: prefixEnvVars("KEYSTORE"),
			Usage: "Ethereum key file (Web3 Secret Storage v3, as geth, clef or cast write) of the account that sends the relays; or use the --signer.* flags"},
		&cli.StringFlag{Name: PasswordFileName, EnvVars: prefixEnvVars("PASSWORD_FILE"),
			Usage: "file holding the key file's password (its first line); otherwise $PARLEY_KEY_PASSWORD"},
	}
	for _, f := range txmgr.CLIFlagsWithDefaults(EnvVarPrefix, TxMgrDefaults) {
		if !slices.Contains(rawKeyFlags, f.Names()[0]) {
			out = append(out, f)
		}
	}
	return out
}

// Flags returns the relayer's flags (new instances: flags hold parse state).
func Flags() []cli.Flag {
	required := ChainFlags()
	required = append(required,
		&cli.StringFlag{Name: ProgressFileName, EnvVars: prefixEnvVars("PROGRESS_FILE"),
			Usage: "file where the relayer keeps its progress (scanned blocks, messages not relayed yet); created if absent"},
	)
	optional := []cli.Flag{
		&cli.StringFlag{Name: SourceHeadName, EnvVars: prefixEnvVars("SOURCE_HEAD"), Value: "safe",
			Usage: "head of the sources to scan to: safe or finalized (what the AVS attests to)"},
		&cli.Uint64Flag{Name: StartBlockName, EnvVars: prefixEnvVars("START_BLOCK"),
			Usage: "source block to scan from when the progress file has no progress on the source"},
		&cli.DurationFlag{Name: PollIntervalName, EnvVars: prefixEnvVars("POLL_INTERVAL"), Value: 2 * time.Second,
			Usage: "how often to scan the sources and read what the destination certified"},
		&cli.Uint64Flag{Name: MaxBlockRangeName, EnvVars: prefixEnvVars("MAX_BLOCK_RANGE"), Value: 1000,
			Usage: "most source blocks per log query (halved after a failed query, down to 1; doubled back after 16 successful ones)"},
		&cli.IntFlag{Name: MaxInFlightName, EnvVars: prefixEnvVars("MAX_IN_FLIGHT"), Value: 4,
			Usage: "most messages relayed at the same time"},
		&cli.Uint64Flag{Name: ReorgDepthName, EnvVars: prefixEnvVars("REORG_DEPTH"), Value: 64,
			Usage: "source blocks rescanned when the last scanned block was reorged"},
		&cli.DurationFlag{Name: MaxBackoffName, EnvVars: prefixEnvVars("MAX_BACKOFF"), Value: 5 * time.Minute,
			Usage: "longest wait between retries of a failed scan or relay (exponential backoff from 1s)"},
		&cli.Uint64Flag{Name: MaxScanLagName, EnvVars: prefixEnvVars("HEALTH_MAX_SCAN_LAG"), Value: 300,
			Usage: "unhealthy when more source blocks than this are not scanned yet"},
		&cli.DurationFlag{Name: MaxRelayLagName, EnvVars: prefixEnvVars("HEALTH_MAX_RELAY_LAG"), Value: 10 * time.Minute,
			Usage: "unhealthy when a certified message waits longer than this, or no scan succeeds for as long"},
	}
	optional = append(optional, SignerFlags()...)
	optional = append(optional, oprpc.CLIFlagsWithCategory(EnvVarPrefix, "", oprpc.CLIConfig{ListenAddr: "127.0.0.1", ListenPort: 8560})...)
	optional = append(optional, oplog.CLIFlags(EnvVarPrefix)...)
	optional = append(optional, opmetrics.CLIFlags(EnvVarPrefix)...)
	optional = append(optional, oppprof.CLIFlags(EnvVarPrefix)...)
	return append(required, optional...)
}

// Required are the names of the flags without which the relayer does not start.
var Required = []string{SourceRPCName, DestinationRPCName, MessengerName, ProgressFileName}
