//go:build parleyoverlay

package flags

// Parley glue (parley-hooks/3), added by `parley forks build`: Parley's local op-node
// flags (OP_NODE_PARLEY_*). Parley's consensus settings are the chain's, in the rollup
// configuration's "parley" object; op-node/parley.go reads both at start-up.

import (
	"github.com/parley-xyz/parley/node/opnode"
)

func init() {
	Flags = append(Flags, opnode.Flags(EnvVarPrefix, RollupCategory)...)
}
