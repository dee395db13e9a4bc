package watch

import (
	"errors"
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ethereum/go-ethereum/common"

	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum-optimism/optimism/op-service/oppprof"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/parley-xyz/parley/node/daemon"
	"github.com/parley-xyz/parley/node/watch/flags"
)

// CLIConfig is the watcher's configuration as the command line gives it.
type CLIConfig struct {
	L1EthRpc string
	// Inbox is the ParleyCertificateInbox address (hex).
	Inbox string

	L1StartBlock    uint64
	HistoryBlocks   uint64
	MaxCertificates int
	PollInterval    time.Duration
	LogChunk        uint64
	RetryBackoffMax time.Duration
	MaxAttempts     int
	MaxSlashesPerTx uint64

	L1Keystore     string
	L1PasswordFile string

	TxMgrConfig   txmgr.CLIConfig
	LogConfig     oplog.CLIConfig
	MetricsConfig opmetrics.CLIConfig
	PprofConfig   oppprof.CLIConfig
}

// NewConfig reads the configuration from the command line and the environment.
func NewConfig(ctx *cli.Context) *CLIConfig {
	return &CLIConfig{
		L1EthRpc:        ctx.String(flags.L1EthRpcFlag.Name),
		Inbox:           ctx.String(flags.InboxFlag.Name),
		L1StartBlock:    ctx.Uint64(flags.L1StartBlockFlag.Name),
		HistoryBlocks:   ctx.Uint64(flags.HistoryBlocksFlag.Name),
		MaxCertificates: ctx.Int(flags.MaxCertificatesFlag.Name),
		PollInterval:    ctx.Duration(flags.PollIntervalFlag.Name),
		LogChunk:        ctx.Uint64(flags.LogChunkFlag.Name),
		RetryBackoffMax: ctx.Duration(flags.RetryBackoffMaxFlag.Name),
		MaxAttempts:     ctx.Int(flags.MaxAttemptsFlag.Name),
		MaxSlashesPerTx: ctx.Uint64(flags.MaxSlashesPerTxFlag.Name),
		L1Keystore:      ctx.String(flags.L1KeystoreFlag.Name),
		L1PasswordFile:  ctx.String(flags.L1PasswordFileFlag.Name),
		TxMgrConfig:     txmgr.ReadCLIConfig(ctx),
		LogConfig:       oplog.ReadCLIConfig(ctx),
		MetricsConfig:   opmetrics.ReadCLIConfig(ctx),
		PprofConfig:     oppprof.ReadCLIConfig(ctx),
	}
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
	add(c.MetricsConfig.Check())
	add(c.PprofConfig.Check())
	add(daemon.CheckTxMgr(c.TxMgrConfig, c.L1Keystore != ""))
	if c.L1EthRpc == "" {
		add(errors.New("--l1-eth-rpc is required"))
	}
	if c.Inbox == "" {
		add(errors.New("--inbox is required"))
	} else if !common.IsHexAddress(c.Inbox) {
		add(fmt.Errorf("--inbox %q is not an address", c.Inbox))
	}
	if c.HistoryBlocks == 0 {
		add(errors.New("--history-blocks must be positive"))
	}
	if c.MaxCertificates < 2 || c.MaxCertificates > 1<<22 {
		add(fmt.Errorf("--max-certificates %d: want 2..%d", c.MaxCertificates, 1<<22))
	}
	if c.PollInterval <= 0 {
		add(errors.New("--poll-interval must be positive"))
	}
	if c.LogChunk == 0 {
		add(errors.New("--l1-log-chunk must be positive"))
	}
	if c.RetryBackoffMax < time.Second {
		add(errors.New("--retry-backoff-max must be at least 1s"))
	}
	if c.MaxAttempts < 1 {
		add(errors.New("--max-attempts must be at least 1"))
	}
	if c.MaxSlashesPerTx < 1 || c.MaxSlashesPerTx > 256 {
		add(fmt.Errorf("--max-slashes-per-tx %d: want 1..256", c.MaxSlashesPerTx))
	}
	if (c.L1Keystore == "") != (c.L1PasswordFile == "") {
		add(errors.New("--l1-keystore and --l1-password-file go together"))
	}
	return errors.Join(errs...)
}
