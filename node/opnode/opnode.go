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
	"github.com/parley-xyz/parley/interop/verifier"
)

// Flag names (each also readable from the environment as <PREFIX>_PARLEY_<NAME>).
const (
	ActivationTimeFlag = "parley.activation-time"
	AVSFlag            = "parley.avs"
	PublisherFlag      = "parley.publisher"
	CertInboxFlag      = "parley.cert-inbox"
	ThresholdsFlag     = "parley.thresholds"
	WindowFlag         = "parley.window"
	GethRPCFlag        = "parley.geth-rpc"
)

var flagNames = []string{ActivationTimeFlag, AVSFlag, PublisherFlag, CertInboxFlag, ThresholdsFlag, WindowFlag, GethRPCFlag}

// DefaultWindow is the default snapshot window: a day of 12-second L1 blocks (the AVS
// must publish a snapshot at least that often), under the EVM's block-hash reach
// (optable.MaxSnapshotAge).
const DefaultWindow = 7200

// Config is Parley's op-node configuration.
type Config struct {
	ActivationTime uint64
	AVS            common.Address // the AVS (ParleyRegistrar) on L1
	Publisher      common.Address // the ParleyTablePublisher on L1
	CertInbox      common.Address // the ParleyCertificateInbox on L1
	// Thresholds are the per-operator-set thresholds certificates must meet.
	Thresholds []verifier.Threshold
	// Window is how many L1 blocks a snapshot stays usable.
	Window uint64
	// GethRPC, if set, is an op-geth RPC endpoint serving the parley_ namespace; its
	// activation time and AVS must equal ours.
	GethRPC string
}

// derivation returns the derivation hook's configuration.
func (c *Config) derivation() derivation.Config {
	return derivation.Config{ActivationTime: c.ActivationTime, AVS: c.AVS, Publisher: c.Publisher,
		CertInbox: c.CertInbox, Window: c.Window, Thresholds: c.Thresholds}
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	d := c.derivation()
	if err := d.Validate(); err != nil {
		return fmt.Errorf("%w (flags --%s, --%s, --%s, --%s, --%s)", err, AVSFlag, PublisherFlag, CertInboxFlag, WindowFlag, ThresholdsFlag)
	}
	return nil
}

// Flags returns Parley's op-node flags with environment variables under prefix
// (op-node's is OP_NODE).
func Flags(prefix, category string) []cli.Flag {
	env := func(name string) []string { return []string{prefix + "_PARLEY_" + name} }
	return []cli.Flag{
		&cli.Uint64Flag{Name: ActivationTimeFlag, Usage: "L2 timestamp from which Parley deposits are derived; must equal op-geth's genesis config.parley.activationTime", EnvVars: env("ACTIVATION_TIME"), Category: category},
		&cli.StringFlag{Name: AVSFlag, Usage: "L1 address of the AVS (Parley's registrar, the EigenLayer AVS address); must equal op-geth's config.parley.avs", EnvVars: env("AVS"), Category: category},
		&cli.StringFlag{Name: PublisherFlag, Usage: "L1 address of the ParleyTablePublisher (operator-table snapshots are read from its logs)", EnvVars: env("PUBLISHER"), Category: category},
		&cli.StringFlag{Name: CertInboxFlag, Usage: "L1 address of the ParleyCertificateInbox (certificates are read from its CertificatePosted logs)", EnvVars: env("CERT_INBOX"), Category: category},
		&cli.StringSliceFlag{Name: ThresholdsFlag, Usage: "per-operator-set thresholds SET:BPS, e.g. 0:6667,1:5000 (basis points of the set's weight)", EnvVars: env("THRESHOLDS"), Category: category},
		&cli.Uint64Flag{Name: WindowFlag, Usage: "L1 blocks a snapshot stays usable after it was sealed (at most 8191)", Value: DefaultWindow, EnvVars: env("WINDOW"), Category: category},
		&cli.StringFlag{Name: GethRPCFlag, Usage: "op-geth RPC serving parley_ (checked at start-up for the same activation time and AVS)", EnvVars: env("GETH_RPC"), Category: category},
	}
}

// Set reports whether any Parley flag is set.
func Set(ctx *cli.Context) bool {
	for _, n := range flagNames {
		if ctx.IsSet(n) {
			return true
		}
	}
	return false
}

// FromCLI reads and validates the configuration.
func FromCLI(ctx *cli.Context) (*Config, error) {
	c := &Config{
		ActivationTime: ctx.Uint64(ActivationTimeFlag),
		Window:         ctx.Uint64(WindowFlag),
		GethRPC:        ctx.String(GethRPCFlag),
	}
	var errs []error
	addr := func(flag string) common.Address {
		s := ctx.String(flag)
		if s != "" && !common.IsHexAddress(s) {
			errs = append(errs, fmt.Errorf("--%s: %q is not an address", flag, s))
		}
		return common.HexToAddress(s)
	}
	c.AVS, c.Publisher, c.CertInbox = addr(AVSFlag), addr(PublisherFlag), addr(CertInboxFlag)
	for _, s := range ctx.StringSlice(ThresholdsFlag) {
		for _, part := range strings.Split(s, ",") {
			if part = strings.TrimSpace(part); part == "" {
				continue
			}
			q, bps, ok := strings.Cut(part, ":")
			qn, err1 := strconv.ParseUint(q, 10, 8)
			b, err2 := strconv.ParseUint(bps, 10, 16)
			if !ok || err1 != nil || err2 != nil {
				errs = append(errs, fmt.Errorf("--%s: %q is not SET:BPS", ThresholdsFlag, part))
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

// CheckGeth asks op-geth for its Parley configuration and fails unless the activation
// times and the AVS agree: a mismatch would make op-node derive deposits op-geth cannot
// execute, or skip ones it expects.
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
		ActivationTime *uint64         `json:"activationTime"`
		AVS            *common.Address `json:"avs"`
	}
	if err := client.CallContext(ctx, &cfg, "parley_config"); err != nil {
		return fmt.Errorf("parley: op-geth at %s has no Parley configuration (parley_config): %w", c.GethRPC, err)
	}
	if cfg.ActivationTime == nil || cfg.AVS == nil {
		return fmt.Errorf("parley: op-geth at %s reports no activation time or AVS", c.GethRPC)
	}
	if *cfg.ActivationTime != c.ActivationTime {
		return fmt.Errorf("parley: activation time %d differs from op-geth's %d", c.ActivationTime, *cfg.ActivationTime)
	}
	if *cfg.AVS != c.AVS {
		return fmt.Errorf("parley: AVS %s differs from op-geth's %s", c.AVS, *cfg.AVS)
	}
	return nil
}

// Hook returns the derivation hook for this (valid) configuration; what it skips and
// certifies is counted in Collectors' metrics.
func (c *Config) Hook(logger log.Logger) (derivation.Hook, error) {
	return derivation.NewDeriver(c.derivation(), logger, Metrics)
}
