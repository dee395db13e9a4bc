package precompile

import (
	"errors"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/attestation"
)

// Address is where the inbox lives on every Parley rollup ("a7e57": attest).
var Address = common.HexToAddress("0x00000000000000000000000000000000000a7e57")

// SystemSender is the only account allowed to write: the sender of Parley's deposit
// transactions. No one holds a key for it, and no L1 contract can reach it through
// deposit aliasing short of a keccak collision (as with OP's L1-info depositor).
var SystemSender = common.HexToAddress("0xdeaddeaddeaddeaddeaddeaddeaddeaddead0a7e")

// Config is a chain's inbox configuration.
type Config struct {
	// ActivationTime is the first block timestamp at which the inbox exists; before it
	// the address is an ordinary empty account.
	ActivationTime uint64
	// AVS is the AVS whose certificates and snapshots the chain's deposits carry.
	AVS attestation.AVS
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	if c.AVS.Address == (common.Address{}) {
		return errors.New("precompile: AVS address not set")
	}
	if c.AVS.L1ChainID == 0 {
		return errors.New("precompile: AVS L1 chain id not set")
	}
	return nil
}

// Active reports whether the inbox exists at a block time.
func (c *Config) Active(blockTime uint64) bool { return blockTime >= c.ActivationTime }
