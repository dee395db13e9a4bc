package aggregator

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ethereum/go-ethereum/common"

	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum-optimism/optimism/op-service/oppprof"
	oprpc "github.com/ethereum-optimism/optimism/op-service/rpc"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/node/aggregator/flags"
	"github.com/parley-xyz/parley/node/daemon"
	"github.com/parley-xyz/parley/node/source"
)

// CLIConfig is the aggregator's configuration as the command line gives it.
type CLIConfig struct {
	L1EthRpc  string
	SourceRpc string
	// Inbox is the ParleyCertificateInbox address (hex).
	Inbox string
	// OperatorRpcs are the operator daemons asked for signatures.
	OperatorRpcs []string
	SourceHead   string

	RangeStart, RangeLength uint64
	// Thresholds are SET:BPS strings.
	Thresholds []string
	Window     uint64

	SnapshotMinLife uint64
	PostMargin      uint64
	Linger          time.Duration
	OperatorTimeout time.Duration
	AskBackoffMax   time.Duration
	PollInterval    time.Duration
	MaxOpenRanges   int
	L1StartBlock    uint64
	MaxBacklog      uint64

	L1Keystore     string
	L1PasswordFile string

	TxMgrConfig   txmgr.CLIConfig
	RPCConfig     oprpc.CLIConfig
	LogConfig     oplog.CLIConfig
	MetricsConfig opmetrics.CLIConfig
	PprofConfig   oppprof.CLIConfig
}

// NewConfig reads the configuration from the command line and the environment.
func NewConfig(ctx *cli.Context) *CLIConfig {
	return &CLIConfig{
		L1EthRpc:        ctx.String(flags.L1EthRpcFlag.Name),
		SourceRpc:       ctx.String(flags.SourceRpcFlag.Name),
		Inbox:           ctx.String(flags.InboxFlag.Name),
		OperatorRpcs:    splitList(ctx.StringSlice(flags.OperatorRpcFlag.Name)),
		SourceHead:      ctx.String(flags.SourceHeadFlag.Name),
		RangeStart:      ctx.Uint64(flags.RangeStartFlag.Name),
		RangeLength:     ctx.Uint64(flags.RangeLengthFlag.Name),
		Thresholds:      splitList(ctx.StringSlice(flags.ThresholdsFlag.Name)),
		Window:          ctx.Uint64(flags.WindowFlag.Name),
		SnapshotMinLife: ctx.Uint64(flags.SnapshotMinLifeFlag.Name),
		PostMargin:      ctx.Uint64(flags.PostMarginFlag.Name),
		Linger:          ctx.Duration(flags.LingerFlag.Name),
		OperatorTimeout: ctx.Duration(flags.OperatorTimeoutFlag.Name),
		AskBackoffMax:   ctx.Duration(flags.AskBackoffMaxFlag.Name),
		PollInterval:    ctx.Duration(flags.PollIntervalFlag.Name),
		MaxOpenRanges:   ctx.Int(flags.MaxOpenRangesFlag.Name),
		L1StartBlock:    ctx.Uint64(flags.L1StartBlockFlag.Name),
		MaxBacklog:      ctx.Uint64(flags.MaxBacklogFlag.Name),
		L1Keystore:      ctx.String(flags.L1KeystoreFlag.Name),
		L1PasswordFile:  ctx.String(flags.L1PasswordFileFlag.Name),
		TxMgrConfig:     txmgr.ReadCLIConfig(ctx),
		RPCConfig:       oprpc.ReadCLIConfig(ctx),
		LogConfig:       oplog.ReadCLIConfig(ctx),
		MetricsConfig:   opmetrics.ReadCLIConfig(ctx),
		PprofConfig:     oppprof.ReadCLIConfig(ctx),
	}
}

// splitList splits comma-separated entries of a list flag and drops empty ones.
func splitList(in []string) []string {
	var out []string
	for _, s := range in {
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// Check validates the configuration without any I/O and returns every problem found,
// joined.
func (c *CLIConfig) Check() error {
	var errs []error
	add := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	add(c.RPCConfig.Check())
	add(c.MetricsConfig.Check())
	add(c.PprofConfig.Check())
	add(daemon.CheckTxMgr(c.TxMgrConfig, c.L1Keystore != ""))
	if c.L1EthRpc == "" {
		add(errors.New("--l1-eth-rpc is required"))
	}
	if c.SourceRpc == "" {
		add(errors.New("--source-rpc is required"))
	}
	for _, u := range c.OperatorRpcs {
		if p, err := url.Parse(u); err != nil || p.Scheme == "" || p.Host == "" {
			add(fmt.Errorf("--operator-rpc %q is not a URL", u))
		}
	}
	if c.Inbox == "" {
		add(errors.New("--inbox is required"))
	} else if !common.IsHexAddress(c.Inbox) {
		add(fmt.Errorf("--inbox %q is not an address", c.Inbox))
	}
	if h := source.Head(c.SourceHead); h != source.Safe && h != source.Finalized {
		add(fmt.Errorf("--source-head %q: want %q or %q", c.SourceHead, source.Safe, source.Finalized))
	}
	if c.RangeLength == 0 || c.RangeLength > source.MaxRangeBlocks {
		add(fmt.Errorf("--range-length %d: want 1..%d", c.RangeLength, source.MaxRangeBlocks))
	}
	if c.RangeLength > 0 && c.RangeStart > math.MaxUint64-c.RangeLength {
		add(fmt.Errorf("--range-start %d is too large", c.RangeStart))
	}
	if _, err := ParseThresholds(c.Thresholds); err != nil {
		add(err)
	}
	if c.Window == 0 || c.Window > optable.MaxSnapshotAge {
		add(fmt.Errorf("--window %d: want 1..%d L1 blocks", c.Window, optable.MaxSnapshotAge))
	}
	if c.PostMargin >= c.Window {
		add(fmt.Errorf("--post-margin %d must be below --window %d", c.PostMargin, c.Window))
	}
	if c.SnapshotMinLife <= c.PostMargin || c.SnapshotMinLife > c.Window {
		add(fmt.Errorf("--snapshot-min-life %d: want above --post-margin %d and at most --window %d", c.SnapshotMinLife, c.PostMargin, c.Window))
	}
	if c.Linger < 0 {
		add(errors.New("--linger must not be negative"))
	}
	if c.OperatorTimeout <= 0 {
		add(errors.New("--operator-timeout must be positive"))
	}
	if c.AskBackoffMax < time.Second {
		add(errors.New("--ask-backoff-max must be at least 1s"))
	}
	if c.PollInterval <= 0 {
		add(errors.New("--poll-interval must be positive"))
	}
	if c.MaxOpenRanges < 1 || c.MaxOpenRanges > 64 {
		add(fmt.Errorf("--max-open-ranges %d: want 1..64", c.MaxOpenRanges))
	}
	if (c.L1Keystore == "") != (c.L1PasswordFile == "") {
		add(errors.New("--l1-keystore and --l1-password-file go together"))
	}
	return errors.Join(errs...)
}

// ParseThresholds parses SET:BPS entries into a policy's thresholds, sorted by set and
// validated as a verifier policy validates them.
func ParseThresholds(in []string) ([]verifier.Threshold, error) {
	if len(in) == 0 {
		return nil, errors.New("--thresholds: at least one SET:BPS is required")
	}
	var out []verifier.Threshold
	for _, t := range in {
		qs, bs, ok := strings.Cut(t, ":")
		q, qerr := strconv.ParseUint(strings.TrimSpace(qs), 10, 8)
		b, berr := strconv.ParseUint(strings.TrimSpace(bs), 10, 16)
		if !ok || qerr != nil || berr != nil {
			return nil, fmt.Errorf("--thresholds %q: want SET:BPS, e.g. 0:6667", t)
		}
		out = append(out, verifier.Threshold{Quorum: uint8(q), BPS: uint16(b)})
	}
	slices.SortFunc(out, func(a, b verifier.Threshold) int { return int(a.Quorum) - int(b.Quorum) })
	if err := (&verifier.Policy{Thresholds: out}).Validate(); err != nil {
		return nil, fmt.Errorf("--thresholds: %w", err)
	}
	return out, nil
}
