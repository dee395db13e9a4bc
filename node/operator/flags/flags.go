// Package flags defines the operator's command-line flags, each with an environment
// variable PARLEY_OPERATOR_<NAME>: the daemon's (run), registration's (register,
// deregister) and the protection history's (export, import). Flags are returned fresh
// by functions, because urfave/cli flags carry parse state.
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
)

// EnvVarPrefix prefixes every flag's environment variable.
const EnvVarPrefix = "PARLEY_OPERATOR"

func prefixEnvVars(name string) []string { return opservice.PrefixEnvVar(EnvVarPrefix, name) }

// Flag names.
const (
	L1EthRPCName        = "l1-eth-rpc"
	SourceRPCName       = "source-rpc"
	AggregatorRPCName   = "aggregator-rpc"
	AVSName             = "avs"
	PublisherName       = "publisher"
	OperatorName        = "operator"
	BLSKeyName          = "bls-key"
	BLSPasswordFileName = "bls-password-file"
	SourceHeadName      = "source-head"
	RangeStartName      = "range-start"
	RangeLengthName     = "range-length"
	PollIntervalName    = "poll-interval"
	NetworkTimeoutName  = "network-timeout"
	MaxSnapshotAgeName  = "max-snapshot-age"
	MaxRangesName       = "max-ranges-per-poll"
	PushAttemptsName    = "push-attempts"
	MaxLagRangesName    = "health.max-lag-ranges"
	ProtectionDBName    = "protection-db"
	FreshName           = "fresh"
	NodeAPIAddrName     = "node-api.addr"
	NodeNameName        = "node-name"

	L1KeyName             = "l1-key"
	L1KeyPasswordFileName = "l1-key-password-file"
	AllocationDelayName   = "allocation-delay"
	MetadataURIName       = "metadata-uri"
	SetName               = "set"
	TimeoutName           = "timeout"

	OutName           = "out"
	InName            = "in"
	L1ChainIDName     = "l1-chain-id"
	SourceChainIDName = "source-chain-id"
)

// Defaults.
const (
	DefaultPollInterval     = 4 * time.Second
	DefaultNetworkTimeout   = 20 * time.Second
	DefaultMaxSnapshotAge   = 6000
	DefaultMaxRangesPerPoll = 16
	DefaultPushAttempts     = 3
	DefaultMaxLagRanges     = 2
	DefaultNodeAPIAddr      = "0.0.0.0:9010"
	DefaultNodeName         = "parley-operator"
	DefaultRPCPort          = 8750
	DefaultTimeout          = 10 * time.Minute
)

// The shared flags.

func l1EthRPC() cli.Flag {
	return &cli.StringFlag{Name: L1EthRPCName, Usage: "HTTP(S) or WS URL of an L1 JSON-RPC endpoint", EnvVars: prefixEnvVars("L1_ETH_RPC")}
}

func avs(usage string) cli.Flag {
	return &cli.StringFlag{Name: AVSName, Usage: usage, EnvVars: prefixEnvVars("AVS")}
}

func publisher(usage string) cli.Flag {
	return &cli.StringFlag{Name: PublisherName, Usage: usage, EnvVars: prefixEnvVars("PUBLISHER")}
}

func blsKey(usage string) cli.Flag {
	return &cli.StringSliceFlag{Name: BLSKeyName, Usage: usage, EnvVars: prefixEnvVars("BLS_KEY")}
}

func blsPasswordFile() cli.Flag {
	return &cli.StringFlag{Name: BLSPasswordFileName,
		Usage:   "file whose first line is the password of the BLS key files (otherwise $PARLEY_KEY_PASSWORD, as for `parley keys`)",
		EnvVars: prefixEnvVars("BLS_PASSWORD_FILE")}
}

func protectionDB(usage string) cli.Flag {
	return &cli.StringFlag{Name: ProtectionDBName, Usage: usage, EnvVars: prefixEnvVars("PROTECTION_DB")}
}

// RunRequired are the daemon's required flags.
func RunRequired() []cli.Flag {
	return []cli.Flag{
		l1EthRPC(),
		&cli.StringFlag{Name: SourceRPCName, Usage: "HTTP(S) or WS URL of the source rollup's JSON-RPC endpoint (the execution node: op-geth)", EnvVars: prefixEnvVars("SOURCE_RPC")},
		publisher("address of the AVS's ParleyTablePublisher on L1 (snapshots are read from it; the AVS address is read from it too)"),
		&cli.StringFlag{Name: OperatorName, Usage: "the operator's L1 address (its EigenLayer operator); the daemon holds no L1 key", EnvVars: prefixEnvVars("OPERATOR")},
		blsKey("SET:PATH of the BLS key file (eigensdk-go format) registered for operator set SET; one per set, repeatable or comma-separated"),
		&cli.Uint64Flag{Name: RangeStartName, Usage: "first block of the range grid (the aggregator's grid: ranges are START + k*LENGTH)", EnvVars: prefixEnvVars("RANGE_START")},
		&cli.Uint64Flag{Name: RangeLengthName, Usage: "blocks per range of the grid (the aggregator's)", EnvVars: prefixEnvVars("RANGE_LENGTH")},
		protectionDB("slashing-protection database file (bbolt); must exist unless --fresh"),
	}
}

// RunOptional are the daemon's optional flags, op-service's RPC, log, metrics and pprof
// flags included.
func RunOptional() []cli.Flag {
	flags := []cli.Flag{
		&cli.StringFlag{Name: AggregatorRPCName, Usage: "URL of the aggregator's JSON-RPC endpoint signatures are pushed to (parleyAggregator_submit); empty: only answer requests", EnvVars: prefixEnvVars("AGGREGATOR_RPC")},
		avs("the AVS's address (ParleyRegistrar); checked against the publisher's"),
		blsPasswordFile(),
		&cli.StringFlag{Name: SourceHeadName, Usage: "the source head attested to: safe or finalized", Value: "safe", EnvVars: prefixEnvVars("SOURCE_HEAD")},
		&cli.DurationFlag{Name: PollIntervalName, Usage: "how often to read the source's head and attest new ranges", Value: DefaultPollInterval, EnvVars: prefixEnvVars("POLL_INTERVAL")},
		&cli.DurationFlag{Name: NetworkTimeoutName, Usage: "timeout of each attestation's reads and of each push", Value: DefaultNetworkTimeout, EnvVars: prefixEnvVars("NETWORK_TIMEOUT")},
		&cli.Uint64Flag{Name: MaxSnapshotAgeName, Usage: "refuse to sign against a snapshot more than this many L1 blocks old (keep it below the destinations' window minus the time the aggregator needs to post; at most 8191)", Value: DefaultMaxSnapshotAge, EnvVars: prefixEnvVars("MAX_SNAPSHOT_AGE")},
		&cli.IntFlag{Name: MaxRangesName, Usage: "most ranges signed in one poll (when catching up)", Value: DefaultMaxRangesPerPoll, EnvVars: prefixEnvVars("MAX_RANGES_PER_POLL")},
		&cli.IntFlag{Name: PushAttemptsName, Usage: "attempts to push one signed range to the aggregator (exponential backoff)", Value: DefaultPushAttempts, EnvVars: prefixEnvVars("PUSH_ATTEMPTS")},
		&cli.Uint64Flag{Name: MaxLagRangesName, Usage: "complete ranges the operator may be behind the source head and still report healthy (206 beyond)", Value: DefaultMaxLagRanges, EnvVars: prefixEnvVars("HEALTH_MAX_LAG_RANGES")},
		&cli.BoolFlag{Name: FreshName, Usage: "create the protection database if it does not exist (and move a corrupt one aside): ONLY for keys that never signed, or after importing their history", EnvVars: prefixEnvVars("FRESH")},
		&cli.StringFlag{Name: NodeAPIAddrName, Usage: "HOST:PORT of EigenLayer's AVS node API (/eigen/node, /eigen/node/health, /eigen/node/services); empty: off", Value: DefaultNodeAPIAddr, EnvVars: prefixEnvVars("NODE_API_ADDR")},
		&cli.StringFlag{Name: NodeNameName, Usage: "node_name reported by the node API", Value: DefaultNodeName, EnvVars: prefixEnvVars("NODE_NAME")},
	}
	flags = append(flags, oprpc.CLIFlagsWithCategory(EnvVarPrefix, "", oprpc.CLIConfig{ListenAddr: "0.0.0.0", ListenPort: DefaultRPCPort})...)
	flags = append(flags, oplog.CLIFlags(EnvVarPrefix)...)
	flags = append(flags, opmetrics.CLIFlags(EnvVarPrefix)...)
	flags = append(flags, oppprof.CLIFlags(EnvVarPrefix)...)
	return flags
}

// RunFlags are all of the daemon's flags.
func RunFlags() []cli.Flag { return append(RunRequired(), RunOptional()...) }

func l1Key() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: L1KeyName, Usage: "the operator's L1 key: a go-ethereum keystore file (encrypted) or a file with the hex private key", EnvVars: prefixEnvVars("L1_KEY")},
		&cli.StringFlag{Name: L1KeyPasswordFileName, Usage: "file whose first line is the L1 keystore's password (otherwise $PARLEY_KEY_PASSWORD, otherwise a prompt)", EnvVars: prefixEnvVars("L1_KEY_PASSWORD_FILE")},
	}
}

// RegisterRequired are register's required flags.
func RegisterRequired() []cli.Flag {
	return append([]cli.Flag{l1EthRPC(), blsKey("SET:PATH of the BLS key file to register for operator set SET; one per set to join")}, l1Key()[0])
}

// RegisterOptional are register's optional flags.
func RegisterOptional() []cli.Flag {
	return []cli.Flag{
		avs("the AVS's address (ParleyRegistrar); or give --publisher"),
		publisher("the AVS's ParleyTablePublisher, to read the AVS's address from"),
		l1Key()[1],
		blsPasswordFile(),
		&cli.UintFlag{Name: AllocationDelayName, Usage: "allocation delay in blocks, if the account is not an EigenLayer operator yet", EnvVars: prefixEnvVars("ALLOCATION_DELAY")},
		&cli.StringFlag{Name: MetadataURIName, Usage: "operator metadata URI, if the account is not an EigenLayer operator yet", EnvVars: prefixEnvVars("METADATA_URI")},
		&cli.DurationFlag{Name: TimeoutName, Usage: "give up after this long", Value: DefaultTimeout, EnvVars: prefixEnvVars("TIMEOUT")},
	}
}

// DeregisterRequired are deregister's required flags.
func DeregisterRequired() []cli.Flag {
	return []cli.Flag{l1EthRPC(), l1Key()[0]}
}

// DeregisterOptional are deregister's optional flags.
func DeregisterOptional() []cli.Flag {
	return []cli.Flag{
		avs("the AVS's address (ParleyRegistrar); or give --publisher"),
		publisher("the AVS's ParleyTablePublisher, to read the AVS's address from"),
		l1Key()[1],
		&cli.UintSliceFlag{Name: SetName, Usage: "operator set to leave (repeatable); default: every set of the AVS the operator is in", EnvVars: prefixEnvVars("SET")},
		&cli.DurationFlag{Name: TimeoutName, Usage: "give up after this long", Value: DefaultTimeout, EnvVars: prefixEnvVars("TIMEOUT")},
	}
}

// ExportFlags are protection export's flags (--protection-db and --out required).
func ExportFlags() []cli.Flag {
	return []cli.Flag{
		protectionDB("slashing-protection database to read (the daemon must be stopped)"),
		&cli.StringFlag{Name: OutName, Usage: "interchange file to write (not overwritten)", EnvVars: prefixEnvVars("OUT")},
		avs("the AVS whose history to export, when the database holds several"),
		&cli.Uint64Flag{Name: L1ChainIDName, Usage: "with --avs: the AVS's L1 chain id", EnvVars: prefixEnvVars("L1_CHAIN_ID")},
		&cli.Uint64Flag{Name: SourceChainIDName, Usage: "the source chain whose history to export, when the database holds several", EnvVars: prefixEnvVars("SOURCE_CHAIN_ID")},
	}
}

// ImportFlags are protection import's flags (all required).
func ImportFlags() []cli.Flag {
	return []cli.Flag{
		protectionDB("slashing-protection database to merge into (created if missing; the daemon must be stopped)"),
		&cli.StringFlag{Name: InName, Usage: "interchange file to read", EnvVars: prefixEnvVars("IN")},
	}
}

// Context is what CheckRequired reads (a *cli.Context).
type Context interface {
	IsSet(name string) bool
}

// CheckRequired reports every required flag that is set neither on the command line
// nor by its environment variable.
func CheckRequired(ctx Context, required []cli.Flag) error {
	var errs []error
	for _, f := range required {
		name := f.Names()[0]
		if !ctx.IsSet(name) {
			env := ""
			if e, ok := f.(interface{ GetEnvVars() []string }); ok && len(e.GetEnvVars()) > 0 {
				env = " (or $" + e.GetEnvVars()[0] + ")"
			}
			errs = append(errs, fmt.Errorf("--%s%s is required", name, env))
		}
	}
	return errors.Join(errs...)
}
