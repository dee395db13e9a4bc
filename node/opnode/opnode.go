// Package opnode is the glue between a patched op-node and Parley: it starts Parley
// from the chain's configuration and checks it against op-geth's.
//
// Every setting that decides what a block contains is the chain's, not the node's: the
// "parley" object (node/chainconfig) of the rollup configuration (rollup.json), which
// op-node reads, and of the genesis chain configuration (config.parley), which op-geth
// reads, versioned by L2 block time with scheduled upgrades. Start, which the patched
// op-node calls right after it loaded its rollup configuration:
//
//   - without a "parley" object, installs nothing: op-node derives exactly what upstream
//     derives (and setting one of Parley's local flags is then an error);
//   - otherwise decodes it strictly (chainconfig.Decode; invalid: op-node does not start),
//     asks op-geth for its copy (parley_config), by default over the engine endpoint
//     with the engine JWT secret op-node already has, retrying until a start-up timeout
//     (op-geth may start after op-node), and refuses to start unless op-geth's copy
//     agrees in every field, naming each field that differs with both values;
//   - then returns the derivation hook (derivation.Deriver) with the whole schedule.
//
// Flags hold only local matters (OP_NODE_PARLEY_* environment variables): another
// op-geth endpoint to ask, the start-up timeout, and the snapshot cache's size.
package opnode

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/node/chainconfig"
)

// Flag names (each also readable from the environment as <PREFIX>_PARLEY_<NAME>).
const (
	GethRPCFlag        = "parley.geth-rpc"
	StartupTimeoutFlag = "parley.startup-timeout"
	SnapshotCacheFlag  = "parley.snapshot-cache"
)

var flagNames = []string{GethRPCFlag, StartupTimeoutFlag, SnapshotCacheFlag}

// DefaultStartupTimeout is how long op-node waits for op-geth to answer parley_config.
const DefaultStartupTimeout = 60 * time.Second

// Local is Parley's node-local op-node configuration: nothing in it changes what a
// block contains.
type Local struct {
	// GethRPC, if set, is the op-geth endpoint asked for its Parley configuration
	// instead of the engine endpoint (it needs the parley namespace, e.g.
	// --http.api ...,parley; no JWT is sent).
	GethRPC string
	// StartupTimeout bounds the wait for op-geth's answer (0: DefaultStartupTimeout).
	StartupTimeout time.Duration
	// SnapshotCacheSize bounds the operator-table snapshots kept resolved (0: the
	// default, derivation.DefaultSnapshotCacheSize; negative: none).
	SnapshotCacheSize int
	// Set names the flags given explicitly (LocalFromCLI fills it).
	Set []string
}

// Flags returns Parley's op-node flags with environment variables under prefix
// (op-node's is OP_NODE).
func Flags(prefix, category string) []cli.Flag {
	env := func(name string) []string { return []string{prefix + "_PARLEY_" + name} }
	return []cli.Flag{
		&cli.StringFlag{Name: GethRPCFlag, Usage: "op-geth RPC endpoint serving parley_ to check Parley's chain configuration against (default: the engine endpoint --l2, with --l2.jwt-secret)", EnvVars: env("GETH_RPC"), Category: category},
		&cli.DurationFlag{Name: StartupTimeoutFlag, Usage: "how long to wait at start-up for op-geth to report its Parley configuration", Value: DefaultStartupTimeout, EnvVars: env("STARTUP_TIMEOUT"), Category: category},
		&cli.IntFlag{Name: SnapshotCacheFlag, Usage: "operator-table snapshots kept resolved (0: the default; negative: none); only saves L1 fetches", EnvVars: env("SNAPSHOT_CACHE"), Category: category},
	}
}

// FlagReader is the part of a CLI context Parley reads (op-service's cliiface.Context
// and urfave/cli's *cli.Context have it).
type FlagReader interface {
	String(name string) string
	Duration(name string) time.Duration
	Int(name string) int
	IsSet(name string) bool
}

// LocalFromCLI reads Parley's local flags.
func LocalFromCLI(ctx FlagReader) Local {
	l := Local{
		GethRPC:           ctx.String(GethRPCFlag),
		StartupTimeout:    ctx.Duration(StartupTimeoutFlag),
		SnapshotCacheSize: ctx.Int(SnapshotCacheFlag),
	}
	for _, n := range flagNames {
		if ctx.IsSet(n) {
			l.Set = append(l.Set, "--"+n)
		}
	}
	return l
}

// Engine is how op-node reaches op-geth's authenticated (engine) endpoint: op-node's
// --l2 and the secret of --l2.jwt-secret.
type Engine struct {
	Addr      string
	JWTSecret [32]byte
}

// Load decodes the "parley" object of a rollup configuration: nil (and no error) when
// there is none, an error when it is invalid.
func Load(raw json.RawMessage) (*chainconfig.Parley, error) {
	if len(bytes.TrimSpace(raw)) == 0 || bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return nil, nil
	}
	p, err := chainconfig.Decode(raw)
	if err != nil {
		return nil, fmt.Errorf("parley: the rollup configuration's \"parley\" object: %w", err)
	}
	return p, nil
}

// DerivationConfig is the derivation hook's configuration for a chain's Parley
// configuration: its base settings and, per upgrade, the complete settings in force
// from the upgrade's time on.
func DerivationConfig(p *chainconfig.Parley, snapshotCacheSize int) derivation.Config {
	cfg := derivation.Config{
		ActivationTime: p.ActivationTime, L1ChainID: p.L1ChainID,
		AVS: p.AVS, Publisher: p.Publisher, CertInbox: p.CertInbox, Window: p.Window, Thresholds: p.Thresholds,
		SnapshotCacheSize: snapshotCacheSize,
	}
	for _, u := range p.Upgrades {
		s := p.At(u.Time)
		cfg.Upgrades = append(cfg.Upgrades, derivation.Upgrade{Time: u.Time, Settings: derivation.Settings{
			AVS: s.AVS, Publisher: s.Publisher, CertInbox: s.CertInbox, Window: s.Window, Thresholds: s.Thresholds}})
	}
	return cfg
}

// NewHook returns the derivation hook for a chain's (valid) Parley configuration; what
// it skips and certifies is counted in Collectors' metrics.
func NewHook(p *chainconfig.Parley, local Local, logger log.Logger) (derivation.Hook, error) {
	d, err := derivation.NewDeriver(DerivationConfig(p, local.SnapshotCacheSize), logger, Metrics)
	if err != nil {
		return nil, err
	}
	return d, nil
}

// Start is Parley's start-up in op-node (see the package documentation). rollupParley
// is the rollup configuration's "parley" object (absent: Parley is off, and Start
// returns a nil hook). It returns the hook to install, or why op-node must not start.
func Start(ctx context.Context, rollupParley json.RawMessage, engine Engine, local Local, logger log.Logger) (derivation.Hook, error) {
	if logger == nil {
		logger = log.Root()
	}
	p, err := Load(rollupParley)
	if err != nil {
		return nil, err
	}
	if p == nil {
		if len(local.Set) > 0 {
			return nil, fmt.Errorf("parley: %s set, but the rollup configuration has no \"parley\" object (Parley is configured in rollup.json and op-geth's genesis, not by flags)", strings.Join(local.Set, ", "))
		}
		return nil, nil
	}
	g := Geth{URL: engine.Addr, JWTSecret: &engine.JWTSecret}
	if local.GethRPC != "" {
		g = Geth{URL: local.GethRPC}
	}
	timeout := local.StartupTimeout
	if timeout <= 0 {
		timeout = DefaultStartupTimeout
	}
	gc, err := g.Config(ctx, timeout, logger)
	if err != nil {
		return nil, err
	}
	if err := Compare(p, gc.Parley); err != nil {
		return nil, err
	}
	hook, err := NewHook(p, local, logger)
	if err != nil {
		return nil, err
	}
	logger.Info("Parley enabled: op-geth's configuration agrees", "geth", g.URL, "activation", p.ActivationTime, "l1ChainId", p.L1ChainID,
		"avs", p.AVS, "publisher", p.Publisher, "certInbox", p.CertInbox, "thresholds", p.Thresholds, "window", p.Window, "upgrades", len(p.Upgrades))
	for i, u := range p.Upgrades {
		s := p.At(u.Time)
		logger.Info("Parley upgrade scheduled", "index", i, "time", u.Time, "avs", s.AVS, "publisher", s.Publisher,
			"certInbox", s.CertInbox, "thresholds", s.Thresholds, "window", s.Window)
	}
	return hook, nil
}

// Compare checks op-geth's Parley configuration (parley_config's "parley" object)
// against op-node's: it returns an error naming every field that differs, with
// op-node's and op-geth's values, or why op-geth's cannot be compared.
func Compare(ours *chainconfig.Parley, geth json.RawMessage) error {
	if len(bytes.TrimSpace(geth)) == 0 || bytes.Equal(bytes.TrimSpace(geth), []byte("null")) {
		return errors.New("parley: op-geth reports no Parley chain configuration in parley_config (an op-geth older than this op-node's Parley glue?): op-node will not derive what op-geth cannot check")
	}
	theirs, err := chainconfig.Decode(geth)
	if err != nil {
		return fmt.Errorf("parley: op-geth's Parley configuration: %w", err)
	}
	diff := chainconfig.Diff(ours, theirs)
	if len(diff) == 0 {
		return nil
	}
	parts := make([]string, len(diff))
	for i, m := range diff {
		parts[i] = fmt.Sprintf("%s: op-node (rollup.json) %s, op-geth (genesis config.parley) %s", m.Field, m.A, m.B)
	}
	return &MismatchError{Mismatches: diff, msg: fmt.Sprintf("parley: op-node's and op-geth's Parley configurations differ in %d field(s); every node of the chain must use the same \"parley\" object in rollup.json and genesis: %s",
		len(diff), strings.Join(parts, "; "))}
}

// MismatchError is Compare's error when both configurations are valid and differ.
type MismatchError struct {
	Mismatches []chainconfig.Mismatch // A: op-node's value, B: op-geth's
	msg        string
}

func (e *MismatchError) Error() string { return e.msg }

// Geth is an op-geth endpoint serving the parley namespace.
type Geth struct {
	URL       string
	JWTSecret *[32]byte // nil: no authentication
}

// GethConfig is what op-node reads of parley_config.
type GethConfig struct {
	// Parley is the chain's Parley configuration: exactly op-geth's genesis
	// config.parley, as JSON.
	Parley json.RawMessage `json:"parley"`
	// HookVersion is op-geth's fork-hook interface version.
	HookVersion string `json:"hookVersion"`
}

// Config asks op-geth for its Parley configuration, retrying while op-geth cannot be
// reached, until timeout. An answer that cannot change by retrying (no parley_config,
// a refused JWT) is returned at once.
func (g Geth) Config(ctx context.Context, timeout time.Duration, logger log.Logger) (*GethConfig, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	delay := 250 * time.Millisecond
	for attempt := 1; ; attempt++ {
		gc, err := g.config(ctx)
		if err == nil {
			return gc, nil
		}
		var final *finalError
		if errors.As(err, &final) {
			return nil, final.error
		}
		if attempt == 1 || attempt%10 == 0 {
			logger.Info("Parley: waiting for op-geth to report its Parley configuration", "geth", g.URL, "err", err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("parley: op-geth at %s did not report its Parley configuration (parley_config) within %s: %w", g.URL, timeout, err)
		case <-time.After(delay):
		}
		delay = min(2*delay, 4*time.Second)
	}
}

// finalError is a failure retrying cannot mend.
type finalError struct{ error }

// config makes one attempt.
func (g Geth) config(ctx context.Context) (*GethConfig, error) {
	actx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	var opts []rpc.ClientOption
	if g.JWTSecret != nil {
		opts = append(opts, rpc.WithHTTPAuth(node.NewJWTAuth(*g.JWTSecret)))
	}
	client, err := rpc.DialOptions(actx, g.URL, opts...)
	if err != nil {
		return nil, fmt.Errorf("dialing op-geth at %s: %w", g.URL, err)
	}
	defer client.Close()
	var gc GethConfig
	err = client.CallContext(actx, &gc, "parley_config")
	var rpcErr rpc.Error
	var httpErr rpc.HTTPError
	switch {
	case err == nil:
		return &gc, nil
	case errors.As(err, &rpcErr) && rpcErr.ErrorCode() == -32601:
		return nil, &finalError{fmt.Errorf("parley: op-geth at %s has no Parley configuration: it does not serve parley_config (a plain op-geth, no config.parley in its genesis, or an op-geth whose engine endpoint lacks the parley namespace): %w", g.URL, err)}
	case errors.As(err, &httpErr) && (httpErr.StatusCode == http.StatusUnauthorized || httpErr.StatusCode == http.StatusForbidden):
		return nil, &finalError{fmt.Errorf("parley: op-geth at %s refused op-node's credentials (check --l2.jwt-secret): %w", g.URL, err)}
	default:
		return nil, fmt.Errorf("asking op-geth at %s for parley_config: %w", g.URL, err)
	}
}
