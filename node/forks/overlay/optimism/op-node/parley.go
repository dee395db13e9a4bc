//go:build parleyoverlay

package opnode

// Parley glue (parley-hooks/3), added by `parley forks build`. The marked lines in
// service.go call parleyStart right after the rollup configuration is loaded, and the
// marked field in rollup/types.go keeps the configuration's "parley" object.

import (
	"context"
	"encoding/json"

	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/ethereum-optimism/optimism/op-node/flags"
	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-service/cliiface"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	oprpc "github.com/ethereum-optimism/optimism/op-service/rpc"

	parley "github.com/parley-xyz/parley/node/opnode"
)

// Compile-time pins of the upstream code the glue relies on: the rollup configuration
// carries the chain's "parley" object, and op-node reaches op-geth's engine endpoint
// with the address and JWT secret of these flags.
var (
	_ json.RawMessage                                     = rollup.Config{}.Parley
	_ string                                              = flags.L2EngineAddr.Name
	_ string                                              = flags.L2EngineJWTSecret.Name
	_ func(log.Logger, string, bool) (eth.Bytes32, error) = oprpc.ObtainJWTSecret
)

// parleyStart starts Parley from the rollup configuration's "parley" object (none:
// Parley is off, and op-node derives exactly what upstream derives): it checks that
// op-geth's configuration agrees in every field, asking op-geth's engine endpoint with
// op-node's JWT secret (or --parley.geth-rpc) until --parley.startup-timeout, and
// installs the derivation hook. Any error stops op-node before it starts.
func parleyStart(cliCtx cliiface.Context, logger log.Logger, rollupCfg *rollup.Config) error {
	local := parley.LocalFromCLI(cliCtx)
	ctx := context.Background()
	if c, ok := cliCtx.(*cli.Context); ok && c.Context != nil {
		ctx = c.Context
	}
	engine := parley.Engine{Addr: cliCtx.String(flags.L2EngineAddr.Name)}
	if len(rollupCfg.Parley) > 0 && local.GethRPC == "" {
		// As op-node reads it moments later (NewL2EndpointConfig), generating a
		// missing file the same way.
		secret, err := oprpc.ObtainJWTSecret(logger, cliCtx.String(flags.L2EngineJWTSecret.Name), true)
		if err != nil {
			return err
		}
		engine.JWTSecret = secret
	}
	hook, err := parley.Start(ctx, rollupCfg.Parley, engine, local, logger)
	if err != nil {
		return err
	}
	derive.Parley = hook
	return nil
}
