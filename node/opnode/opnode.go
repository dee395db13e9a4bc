// Package opnode is the glue between a patched op-node and Parley: its command-line
// configuration (flags with OP_NODE_PARLEY_* environment variables), validated at
// start-up, and the derivation hook it installs. The patched op-node's flags package
// appends Flags and calls Configure; with no Parley flag set, nothing is installed and
// op-node derives exactly what upstream derives.
package opnode

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/ethereum-optimism/optimism/op-service/eth"

	"github.com/parley-xyz/parley/derivation"
)

// Flag names (each also readable from the environment as <PREFIX>_PARLEY_<NAME>).
const (
	ActivationTimeFlag = "parley.activation-time"
	RegistryFlag       = "parley.registry"
	CertInboxFlag      = "parley.cert-inbox"
	SubmittersFlag     = "parley.submitters"
	MaxCertsFlag       = "parley.max-certs-per-block"
	GethRPCFlag        = "parley.geth-rpc"
)

// DefaultMaxCertsPerBlock bounds the certificates verified per L1 block.
const DefaultMaxCertsPerBlock = 16

// Config is Parley's op-node configuration.
type Config struct {
	ActivationTime   uint64
	Registry         common.Address   // the AVS operator registry on L1
	CertInbox        common.Address   // where certificates are posted on L1 (calldata)
	Submitters       []common.Address // who may post certificates
	MaxCertsPerBlock uint64
	// GethRPC, if set, is an op-geth RPC endpoint serving the parley_ namespace; its
	// activation time must equal ours.
	GethRPC string
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	var errs []error
	if c.Registry == (common.Address{}) {
		errs = append(errs, fmt.Errorf("--%s is required", RegistryFlag))
	}
	if c.CertInbox == (common.Address{}) {
		errs = append(errs, fmt.Errorf("--%s is required", CertInboxFlag))
	}
	if c.CertInbox == c.Registry && c.CertInbox != (common.Address{}) {
		errs = append(errs, fmt.Errorf("--%s and --%s must differ", CertInboxFlag, RegistryFlag))
	}
	if len(c.Submitters) == 0 {
		errs = append(errs, fmt.Errorf("--%s needs at least one address", SubmittersFlag))
	}
	seen := map[common.Address]bool{}
	for _, s := range c.Submitters {
		if s == (common.Address{}) || seen[s] {
			errs = append(errs, fmt.Errorf("--%s: zero or repeated address %s", SubmittersFlag, s))
		}
		seen[s] = true
	}
	if c.MaxCertsPerBlock == 0 || c.MaxCertsPerBlock > 256 {
		errs = append(errs, fmt.Errorf("--%s must be in 1..256", MaxCertsFlag))
	}
	if len(errs) > 0 {
		return fmt.Errorf("parley: invalid configuration: %w", errors.Join(errs...))
	}
	return nil
}

// Flags returns Parley's op-node flags with environment variables under prefix
// (op-node's is OP_NODE).
func Flags(prefix, category string) []cli.Flag {
	env := func(name string) []string { return []string{prefix + "_PARLEY_" + name} }
	return []cli.Flag{
		&cli.Uint64Flag{Name: ActivationTimeFlag, Usage: "L2 timestamp from which Parley deposits are derived; must equal op-geth's genesis config.parley.activationTime", EnvVars: env("ACTIVATION_TIME"), Category: category},
		&cli.StringFlag{Name: RegistryFlag, Usage: "L1 address of the AVS operator registry", EnvVars: env("REGISTRY"), Category: category},
		&cli.StringFlag{Name: CertInboxFlag, Usage: "L1 address certificates are posted to (as calldata)", EnvVars: env("CERT_INBOX"), Category: category},
		&cli.StringSliceFlag{Name: SubmittersFlag, Usage: "L1 addresses allowed to post certificates", EnvVars: env("SUBMITTERS"), Category: category},
		&cli.Uint64Flag{Name: MaxCertsFlag, Usage: "most certificates verified per L1 block", Value: DefaultMaxCertsPerBlock, EnvVars: env("MAX_CERTS_PER_BLOCK"), Category: category},
		&cli.StringFlag{Name: GethRPCFlag, Usage: "op-geth RPC serving parley_ (checked at start-up for the same activation time)", EnvVars: env("GETH_RPC"), Category: category},
	}
}

// Set reports whether any Parley flag is set.
func Set(ctx *cli.Context) bool {
	for _, n := range []string{ActivationTimeFlag, RegistryFlag, CertInboxFlag, SubmittersFlag, MaxCertsFlag, GethRPCFlag} {
		if ctx.IsSet(n) {
			return true
		}
	}
	return false
}

// FromCLI reads and validates the configuration.
func FromCLI(ctx *cli.Context) (*Config, error) {
	c := &Config{
		ActivationTime:   ctx.Uint64(ActivationTimeFlag),
		MaxCertsPerBlock: ctx.Uint64(MaxCertsFlag),
		GethRPC:          ctx.String(GethRPCFlag),
	}
	var errs []error
	addr := func(flag string) common.Address {
		s := ctx.String(flag)
		if s != "" && !common.IsHexAddress(s) {
			errs = append(errs, fmt.Errorf("--%s: %q is not an address", flag, s))
		}
		return common.HexToAddress(s)
	}
	c.Registry, c.CertInbox = addr(RegistryFlag), addr(CertInboxFlag)
	for _, s := range ctx.StringSlice(SubmittersFlag) {
		for _, part := range strings.Split(s, ",") {
			if part = strings.TrimSpace(part); part == "" {
				continue
			}
			if !common.IsHexAddress(part) {
				errs = append(errs, fmt.Errorf("--%s: %q is not an address", SubmittersFlag, part))
			}
			c.Submitters = append(c.Submitters, common.HexToAddress(part))
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("parley: invalid configuration: %w", errors.Join(errs...))
	}
	return c, c.Validate()
}

// CheckGeth asks op-geth for its Parley configuration and fails unless the
// activation times agree: a mismatch would make op-node derive deposits op-geth
// cannot execute, or skip ones it expects.
func (c *Config) CheckGeth(ctx context.Context) error {
	if c.GethRPC == "" {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	client, err := rpc.DialContext(ctx, c.GethRPC)
	if err != nil {
		return fmt.Errorf("parley: dialing op-geth at %s: %w", c.GethRPC, err)
	}
	defer client.Close()
	var cfg struct {
		ActivationTime *uint64 `json:"activationTime"`
	}
	if err := client.CallContext(ctx, &cfg, "parley_config"); err != nil {
		return fmt.Errorf("parley: op-geth at %s has no Parley configuration (parley_config): %w", c.GethRPC, err)
	}
	if cfg.ActivationTime == nil {
		return fmt.Errorf("parley: op-geth at %s reports no activation time", c.GethRPC)
	}
	if *cfg.ActivationTime != c.ActivationTime {
		return fmt.Errorf("parley: activation time %d differs from op-geth's %d", c.ActivationTime, *cfg.ActivationTime)
	}
	return nil
}

// Hook is the derivation hook op-node runs once configured. Until the derivation hook
// lands (the derivation issue) it derives no deposits; it still checks the
// configuration and logs where it is active, so deployments can be wired up now.
type Hook struct {
	Config *Config
	Log    log.Logger
}

var _ derivation.Hook = (*Hook)(nil)

// Deposits returns Parley's deposits for the epoch (none yet).
func (h *Hook) Deposits(context.Context, *derivation.Input) ([]hexutil.Bytes, uint64, error) {
	return nil, 0, nil
}

// StripGas returns the Parley gas in a payload's gas limit (none yet).
func (h *Hook) StripGas(*eth.ExecutionPayload) (uint64, error) { return 0, nil }
