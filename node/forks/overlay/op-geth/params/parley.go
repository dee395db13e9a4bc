//go:build parleyoverlay

// Parley overlay file (parley-hooks/2): added to op-geth's params by `parley forks
// build`, next to the one-line edit of ChainConfig that adds the Parley field.

package params

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// ParleyConfig configures Parley's cross-rollup inbox precompile: the genesis
// "config.parley" object of a destination rollup. For example:
//
//	"parley": {"activationTime": 1767225600, "l1ChainId": 11155111, "avs": "0x…"}
//
// It deliberately imports nothing from Parley (the Parley module depends on this
// package); core/vm converts it to a precompile.Config, validates it, and caches the
// result, and cmd/geth refuses to start when it is invalid.
type ParleyConfig struct {
	// ActivationTime is the first block timestamp at which the inbox exists at its
	// address; before it the address is an ordinary empty account.
	ActivationTime uint64 `json:"activationTime"`
	// L1ChainID and AVS identify the AVS whose certificates and snapshots the chain's
	// deposits carry: its L1 chain and its EigenLayer AVS address.
	L1ChainID uint64         `json:"l1ChainId"`
	AVS       common.Address `json:"avs"`
}

// String describes the configuration for logs.
func (c *ParleyConfig) String() string {
	if c == nil {
		return "parley: not configured"
	}
	return fmt.Sprintf("parley: activation time %d, AVS %s on L1 chain %d", c.ActivationTime, c.AVS, c.L1ChainID)
}

// IsParley reports whether the Parley inbox is active at a block time.
func (c *ChainConfig) IsParley(time uint64) bool {
	return c.Parley != nil && time >= c.Parley.ActivationTime
}
