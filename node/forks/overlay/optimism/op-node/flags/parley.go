//go:build parleyoverlay

package flags

// Parley glue (parley-hooks/2), added by `parley forks build`: Parley's flags
// (OP_NODE_PARLEY_*), validated at start-up, install the derivation hook.

import (
	"sync"

	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"

	"github.com/parley-xyz/parley/node/opnode"
)

var parleyOnce struct {
	sync.Once
	err error
}

// parleyConfigure runs when any Parley flag is set: it reads and validates all of
// them, checks op-geth agrees on the activation time and the AVS, and installs the hook.
func parleyConfigure(ctx *cli.Context) error {
	parleyOnce.Do(func() {
		cfg, err := opnode.FromCLI(ctx)
		if err == nil {
			err = cfg.CheckGeth(ctx.Context)
		}
		if err != nil {
			parleyOnce.err = err
			return
		}
		hook, err := cfg.Hook(log.Root())
		if err != nil {
			parleyOnce.err = err
			return
		}
		derive.Parley = hook
		log.Info("Parley enabled", "activation", cfg.ActivationTime, "avs", cfg.AVS, "publisher", cfg.Publisher, "certInbox", cfg.CertInbox, "thresholds", cfg.Thresholds, "window", cfg.Window)
	})
	return parleyOnce.err
}

func init() {
	for _, f := range opnode.Flags(EnvVarPrefix, RollupCategory) {
		switch f := f.(type) {
		case *cli.Uint64Flag:
			f.Action = func(ctx *cli.Context, _ uint64) error { return parleyConfigure(ctx) }
		case *cli.StringFlag:
			f.Action = func(ctx *cli.Context, _ string) error { return parleyConfigure(ctx) }
		case *cli.StringSliceFlag:
			f.Action = func(ctx *cli.Context, _ []string) error { return parleyConfigure(ctx) }
		}
		Flags = append(Flags, f)
	}
}
