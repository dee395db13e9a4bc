package relayer

import (
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum-optimism/optimism/op-service/oppprof"
	"github.com/ethereum-optimism/optimism/op-service/retry"
	oprpc "github.com/ethereum-optimism/optimism/op-service/rpc"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/parley-xyz/parley/node/relayer/flags"
	"github.com/parley-xyz/parley/node/source"
)

// CLIConfig is the relayer's configuration as the command line gives it.
type CLIConfig struct {
	SourceRPCs     []string
	DestinationRPC string
	Messenger      string
	ProgressFile   string
	SourceHead     string
	StartBlock     uint64
	PollInterval   time.Duration
	MaxBlockRange  uint64
	MaxInFlight    int
	ReorgDepth     uint64
	MaxBackoff     time.Duration
	MaxScanLag     uint64
	MaxRelayLag    time.Duration

	// Keystore and PasswordFile locate the signing key; without a password file the
	// password is Password, which the command takes from $PARLEY_KEY_PASSWORD (never
	// from a flag).
	Keystore     string
	PasswordFile string
	Password     string

	TxMgrConfig   txmgr.CLIConfig
	RPCConfig     oprpc.CLIConfig
	LogConfig     oplog.CLIConfig
	MetricsConfig opmetrics.CLIConfig
	PprofConfig   oppprof.CLIConfig
}

// NewConfig reads the configuration from the command line (Password is left to the
// caller).
func NewConfig(c *cli.Context) *CLIConfig {
	cfg := &CLIConfig{
		SourceRPCs:     c.StringSlice(flags.SourceRPCName),
		DestinationRPC: c.String(flags.DestinationRPCName),
		Messenger:      c.String(flags.MessengerName),
		ProgressFile:   c.String(flags.ProgressFileName),
		SourceHead:     c.String(flags.SourceHeadName),
		StartBlock:     c.Uint64(flags.StartBlockName),
		PollInterval:   c.Duration(flags.PollIntervalName),
		MaxBlockRange:  c.Uint64(flags.MaxBlockRangeName),
		MaxInFlight:    c.Int(flags.MaxInFlightName),
		ReorgDepth:     c.Uint64(flags.ReorgDepthName),
		MaxBackoff:     c.Duration(flags.MaxBackoffName),
		MaxScanLag:     c.Uint64(flags.MaxScanLagName),
		MaxRelayLag:    c.Duration(flags.MaxRelayLagName),
		Keystore:       c.String(flags.KeystoreName),
		PasswordFile:   c.String(flags.PasswordFileName),
		TxMgrConfig:    txmgr.ReadCLIConfig(c),
		RPCConfig:      oprpc.ReadCLIConfig(c),
		LogConfig:      oplog.ReadCLIConfig(c),
		MetricsConfig:  opmetrics.ReadCLIConfig(c),
		PprofConfig:    oppprof.ReadCLIConfig(c),
	}
	cfg.TxMgrConfig.L1RPCURL = cfg.DestinationRPC
	return cfg
}

// Check reports every invalid or missing setting, joined.
func (c *CLIConfig) Check() error {
	var errs []error
	add := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	if len(c.SourceRPCs) == 0 {
		add(fmt.Errorf("--%s is required", flags.SourceRPCName))
	}
	if c.DestinationRPC == "" {
		add(fmt.Errorf("--%s is required", flags.DestinationRPCName))
	}
	if c.ProgressFile == "" {
		add(fmt.Errorf("--%s is required", flags.ProgressFileName))
	}
	_, err := ParseMessenger(c.Messenger)
	add(err)
	if h := source.Head(c.SourceHead); h != source.Safe && h != source.Finalized {
		add(fmt.Errorf("--%s must be %s or %s, not %q", flags.SourceHeadName, source.Safe, source.Finalized, c.SourceHead))
	}
	if c.MaxBackoff < time.Second {
		add(fmt.Errorf("--%s must be at least 1s", flags.MaxBackoffName))
	}
	d := c.DriverConfig()
	add(d.Check())
	switch {
	case c.Keystore != "" && c.TxMgrConfig.SignerCLIConfig.Enabled():
		add(errors.New("give either --keystore or the --signer.* flags, not both"))
	case c.Keystore == "" && !c.TxMgrConfig.SignerCLIConfig.Enabled():
		add(errors.New("no signer: give --keystore (with --password-file or $" + PasswordEnv + ") or the --signer.* flags"))
	case c.Keystore != "" && c.PasswordFile == "" && c.Password == "":
		add(errors.New("no password for the key file: give --password-file or set $" + PasswordEnv))
	}
	if c.TxMgrConfig.PrivateKey != "" || c.TxMgrConfig.Mnemonic != "" {
		add(errors.New("keys come from a key file or a remote signer, never from a flag"))
	}
	add(c.TxMgrConfig.Check())
	add(c.RPCConfig.Check())
	add(c.MetricsConfig.Check())
	add(c.PprofConfig.Check())
	return errors.Join(errs...)
}

// DriverConfig returns the driver's settings.
func (c *CLIConfig) DriverConfig() DriverConfig {
	return DriverConfig{
		PollInterval:   c.PollInterval,
		NetworkTimeout: c.TxMgrConfig.NetworkTimeout,
		MaxBlockRange:  c.MaxBlockRange,
		MaxInFlight:    c.MaxInFlight,
		StartBlock:     c.StartBlock,
		ReorgDepth:     c.ReorgDepth,
		Backoff:        &retry.ExponentialStrategy{Max: c.MaxBackoff, MaxJitter: 250 * time.Millisecond},
		MaxScanLag:     c.MaxScanLag,
		MaxRelayLag:    c.MaxRelayLag,
	}
}

// ParseMessenger parses the messenger's address (a non-zero hex address).
func ParseMessenger(s string) (common.Address, error) {
	if s == "" {
		return common.Address{}, fmt.Errorf("--%s is required", flags.MessengerName)
	}
	if !common.IsHexAddress(s) || common.HexToAddress(s) == (common.Address{}) {
		return common.Address{}, fmt.Errorf("--%s %q is not a non-zero hex address", flags.MessengerName, s)
	}
	return common.HexToAddress(s), nil
}
