package operator

import (
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum-optimism/optimism/op-service/oppprof"
	oprpc "github.com/ethereum-optimism/optimism/op-service/rpc"

	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/operator/flags"
	"github.com/parley-xyz/parley/node/source"
)

// CLIConfig is the daemon's configuration: local settings only. What the chain decides
// (the AVS, its operator sets, the snapshots and their tables) is read from L1 and
// cross-checked at start-up.
type CLIConfig struct {
	// L1EthRPC, SourceRPC and AggregatorRPC are the endpoints (AggregatorRPC empty:
	// nothing is pushed, the operator only answers requests).
	L1EthRPC      string
	SourceRPC     string
	AggregatorRPC string

	// Publisher is the AVS's ParleyTablePublisher; AVS, if set, must be the registrar
	// the publisher names.
	Publisher string
	AVS       string
	// Operator is the operator's L1 address.
	Operator string

	// BLSKeys are "SET:PATH" key files; the password comes from BLSPasswordFile, or
	// else BLSPassword (which the command fills from $PARLEY_KEY_PASSWORD).
	BLSKeys         []string
	BLSPasswordFile string
	BLSPassword     string

	// SourceHead is "safe" or "finalized".
	SourceHead string
	// RangeStart and RangeLength are the grid.
	RangeStart, RangeLength uint64

	PollInterval     time.Duration
	NetworkTimeout   time.Duration
	MaxSnapshotAge   uint64
	MaxRangesPerPoll int
	PushAttempts     int
	MaxLagRanges     uint64

	// ProtectionDB is the slashing-protection database; Fresh allows creating it.
	ProtectionDB string
	Fresh        bool

	// NodeAPIAddr is EigenLayer's node API's HOST:PORT (empty: off); NodeName its
	// node_name.
	NodeAPIAddr string
	NodeName    string

	RPCConfig     oprpc.CLIConfig
	LogConfig     oplog.CLIConfig
	MetricsConfig opmetrics.CLIConfig
	PprofConfig   oppprof.CLIConfig
}

// Check validates the configuration without touching files or the network, reporting
// every problem at once.
func (c *CLIConfig) Check() error {
	var errs []error
	add := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if c.L1EthRPC == "" {
		add("--%s is required", flags.L1EthRPCName)
	}
	if c.SourceRPC == "" {
		add("--%s is required", flags.SourceRPCName)
	}
	address := func(name, v string, required bool) {
		switch {
		case v == "" && required:
			add("--%s is required", name)
		case v != "" && !common.IsHexAddress(v):
			add("--%s: %q is not an address", name, v)
		case v != "" && common.HexToAddress(v) == (common.Address{}):
			add("--%s: the zero address", name)
		}
	}
	address(flags.PublisherName, c.Publisher, true)
	address(flags.AVSName, c.AVS, false)
	address(flags.OperatorName, c.Operator, true)
	if _, err := ParseKeySpecs(c.BLSKeys); err != nil {
		errs = append(errs, fmt.Errorf("--%s: %w", flags.BLSKeyName, err))
	}
	if c.BLSPasswordFile == "" && c.BLSPassword == "" {
		add("no BLS key password: give --%s or set $PARLEY_KEY_PASSWORD", flags.BLSPasswordFileName)
	}
	if c.SourceHead != string(source.Safe) && c.SourceHead != string(source.Finalized) {
		add("--%s: %q is neither %q nor %q", flags.SourceHeadName, c.SourceHead, source.Safe, source.Finalized)
	}
	if err := (Grid{Start: c.RangeStart, Length: c.RangeLength}).Check(); err != nil {
		add("--%s/--%s: %w", flags.RangeStartName, flags.RangeLengthName, err)
	}
	if c.RangeLength > source.MaxRangeBlocks {
		add("--%s: %d is more than %d blocks", flags.RangeLengthName, c.RangeLength, source.MaxRangeBlocks)
	}
	if c.PollInterval <= 0 {
		add("--%s must be positive", flags.PollIntervalName)
	}
	if c.NetworkTimeout <= 0 {
		add("--%s must be positive", flags.NetworkTimeoutName)
	}
	if c.MaxSnapshotAge == 0 || c.MaxSnapshotAge > optable.MaxSnapshotAge {
		add("--%s: %d is not in 1..%d", flags.MaxSnapshotAgeName, c.MaxSnapshotAge, optable.MaxSnapshotAge)
	}
	if c.MaxRangesPerPoll < 1 {
		add("--%s must be at least 1", flags.MaxRangesName)
	}
	if c.PushAttempts < 1 {
		add("--%s must be at least 1", flags.PushAttemptsName)
	}
	if c.ProtectionDB == "" {
		add("--%s is required", flags.ProtectionDBName)
	}
	if c.NodeAPIAddr != "" {
		if _, port, err := net.SplitHostPort(c.NodeAPIAddr); err != nil || port == "" {
			add("--%s: %q is not HOST:PORT", flags.NodeAPIAddrName, c.NodeAPIAddr)
		}
	}
	if err := c.RPCConfig.Check(); err != nil {
		add("rpc: %w", err)
	}
	if err := c.MetricsConfig.Check(); err != nil {
		add("metrics: %w", err)
	}
	if err := c.PprofConfig.Check(); err != nil {
		add("pprof: %w", err)
	}
	return errors.Join(errs...)
}

// ReadCLIConfig reads the daemon's flags (and their environment variables).
func ReadCLIConfig(ctx *cli.Context) *CLIConfig {
	return &CLIConfig{
		L1EthRPC:         ctx.String(flags.L1EthRPCName),
		SourceRPC:        ctx.String(flags.SourceRPCName),
		AggregatorRPC:    ctx.String(flags.AggregatorRPCName),
		Publisher:        ctx.String(flags.PublisherName),
		AVS:              ctx.String(flags.AVSName),
		Operator:         ctx.String(flags.OperatorName),
		BLSKeys:          ctx.StringSlice(flags.BLSKeyName),
		BLSPasswordFile:  ctx.String(flags.BLSPasswordFileName),
		SourceHead:       ctx.String(flags.SourceHeadName),
		RangeStart:       ctx.Uint64(flags.RangeStartName),
		RangeLength:      ctx.Uint64(flags.RangeLengthName),
		PollInterval:     ctx.Duration(flags.PollIntervalName),
		NetworkTimeout:   ctx.Duration(flags.NetworkTimeoutName),
		MaxSnapshotAge:   ctx.Uint64(flags.MaxSnapshotAgeName),
		MaxRangesPerPoll: ctx.Int(flags.MaxRangesName),
		PushAttempts:     ctx.Int(flags.PushAttemptsName),
		MaxLagRanges:     ctx.Uint64(flags.MaxLagRangesName),
		ProtectionDB:     ctx.String(flags.ProtectionDBName),
		Fresh:            ctx.Bool(flags.FreshName),
		NodeAPIAddr:      ctx.String(flags.NodeAPIAddrName),
		NodeName:         ctx.String(flags.NodeNameName),
		RPCConfig:        oprpc.ReadCLIConfig(ctx),
		LogConfig:        oplog.ReadCLIConfig(ctx),
		MetricsConfig:    opmetrics.ReadCLIConfig(ctx),
		PprofConfig:      oppprof.ReadCLIConfig(ctx),
	}
}

// DefaultCLIConfig returns the defaults of the optional settings (tests fill in the
// rest).
func DefaultCLIConfig() CLIConfig {
	return CLIConfig{
		SourceHead:       string(source.Safe),
		PollInterval:     flags.DefaultPollInterval,
		NetworkTimeout:   flags.DefaultNetworkTimeout,
		MaxSnapshotAge:   flags.DefaultMaxSnapshotAge,
		MaxRangesPerPoll: flags.DefaultMaxRangesPerPoll,
		PushAttempts:     flags.DefaultPushAttempts,
		MaxLagRanges:     flags.DefaultMaxLagRanges,
		NodeAPIAddr:      flags.DefaultNodeAPIAddr,
		NodeName:         flags.DefaultNodeName,
		RPCConfig:        oprpc.CLIConfig{ListenAddr: "0.0.0.0", ListenPort: flags.DefaultRPCPort},
		LogConfig:        oplog.DefaultCLIConfig(),
		MetricsConfig:    opmetrics.DefaultCLIConfig(),
		PprofConfig:      oppprof.DefaultCLIConfig(),
	}
}
