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
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/precompile"
)

// Flag names (each also readable from the environment as <PREFIX>_PARLEY_<NAME>).
const (
	ActivationTimeFlag = "parley.activation-time"
	RegistryFlag       = "parley.registry"
	CertInboxFlag      = "parley.cert-inbox"
	SubmittersFlag     = "parley.submitters"
	MaxCertsFlag       = "parley.max-certs-per-block"
	ThresholdsFlag     = "parley.thresholds"
	WindowFlag         = "parley.window"
	GethRPCFlag        = "parley.geth-rpc"
)

// DefaultMaxCertsPerBlock bounds the certificates verified per L1 block.
const DefaultMaxCertsPerBlock = 16

// Config is Parley's op-node configuration.
type Config struct {
	ActivationTime   uint64
	Registry         common.Address   // the AVS operator registry on L1
	CertInbox        common.Address   // the ParleyCertificateInbox contract on L1
	Submitters       []common.Address // who may post certificates (the submitter of CertificatePosted)
	MaxCertsPerBlock uint64
	// Thresholds are the per-quorum stake thresholds certificates must meet.
	Thresholds []verifier.Threshold
	// Window is the number of operator-table versions kept valid; it must equal
	// op-geth's config.parley.window (16 if unset there).
	Window uint64
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
	if err := (&verifier.Policy{Thresholds: c.Thresholds}).Validate(); err != nil {
		errs = append(errs, fmt.Errorf("--%s: %w", ThresholdsFlag, err))
	}
	if c.Window == 0 || c.Window > precompile.MaxWindow {
		errs = append(errs, fmt.Errorf("--%s must be in 1..%d", WindowFlag, precompile.MaxWindow))
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
		&cli.StringFlag{Name: CertInboxFlag, Usage: "L1 address of the ParleyCertificateInbox contract (certificates are read from its CertificatePosted logs)", EnvVars: env("CERT_INBOX"), Category: category},
		&cli.StringSliceFlag{Name: SubmittersFlag, Usage: "L1 addresses allowed to post certificates", EnvVars: env("SUBMITTERS"), Category: category},
		&cli.Uint64Flag{Name: MaxCertsFlag, Usage: "most certificates verified per L1 block", Value: DefaultMaxCertsPerBlock, EnvVars: env("MAX_CERTS_PER_BLOCK"), Category: category},
		&cli.StringSliceFlag{Name: ThresholdsFlag, Usage: "per-quorum thresholds QUORUM:BPS, e.g. 0:6667,1:5000 (basis points of the quorum's stake)", EnvVars: env("THRESHOLDS"), Category: category},
		&cli.Uint64Flag{Name: WindowFlag, Usage: "operator-table versions kept valid; must equal op-geth's config.parley.window", Value: optable.DefaultWindow, EnvVars: env("WINDOW"), Category: category},
		&cli.StringFlag{Name: GethRPCFlag, Usage: "op-geth RPC serving parley_ (checked at start-up for the same activation time)", EnvVars: env("GETH_RPC"), Category: category},
	}
}

// Set reports whether any Parley flag is set.
func Set(ctx *cli.Context) bool {
	for _, n := range []string{ActivationTimeFlag, RegistryFlag, CertInboxFlag, SubmittersFlag, MaxCertsFlag, ThresholdsFlag, WindowFlag, GethRPCFlag} {
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
		Window:           ctx.Uint64(WindowFlag),
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
	for _, s := range ctx.StringSlice(ThresholdsFlag) {
		for _, part := range strings.Split(s, ",") {
			if part = strings.TrimSpace(part); part == "" {
				continue
			}
			q, bps, ok := strings.Cut(part, ":")
			qn, err1 := strconv.ParseUint(q, 10, 8)
			b, err2 := strconv.ParseUint(bps, 10, 16)
			if !ok || err1 != nil || err2 != nil {
				errs = append(errs, fmt.Errorf("--%s: %q is not QUORUM:BPS", ThresholdsFlag, part))
				continue
			}
			c.Thresholds = append(c.Thresholds, verifier.Threshold{Quorum: uint8(qn), BPS: uint16(b)})
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
		Window         uint64  `json:"window"`
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
	if cfg.Window != 0 && cfg.Window != c.Window {
		return fmt.Errorf("parley: table window %d differs from op-geth's %d", c.Window, cfg.Window)
	}
	return nil
}

// Hook returns the derivation hook for this configuration; the inputs it skips are
// counted in Collectors' parley_skipped_inputs_total.
func (c *Config) Hook(logger log.Logger) derivation.Hook {
	d := derivation.NewDeriver(derivation.Config{
		ActivationTime: c.ActivationTime,
		Registry:       c.Registry,
		CertInbox:      c.CertInbox,
		Submitters:     c.Submitters,
		MaxCerts:       int(c.MaxCertsPerBlock),
		Window:         c.Window,
		Thresholds:     c.Thresholds,
	}, logger)
	d.Skipped = countSkipped
	return d
}
