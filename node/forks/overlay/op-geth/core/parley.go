//go:build parleyoverlay

// Parley overlay file (parley-hooks/3): added to op-geth's core by `parley forks build`.
// It implements the hook that Parley's marked edit in core/state_transition.go calls:
// Parley's deposits consume their whole gas limit.

package core

import (
	"github.com/ethereum/go-ethereum/core/tracing"

	"github.com/parley-xyz/parley/precompile"
)

// Compile-time pins of the upstream code the hook relies on: it runs in
// stateTransition.innerExecute after refunds and the EIP-7623 floor are applied and
// before returnGas hands the leftover back, so setting gasRemaining to zero there is
// all it takes for every later use of gasUsed() (the gas pool, the receipt, the
// block's gas used) to count the whole gas limit.
var (
	_ func(*stateTransition) uint64        = (*stateTransition).gasUsed
	_ func(*stateTransition)               = (*stateTransition).returnGas
	_ func(*GasPool, uint64, uint64) error = (*GasPool).ReturnGas
)

// isParleyDeposit reports whether a message is one of the deposits Parley's derivation
// hook adds: a deposit (not a legacy system transaction) from precompile.SystemSender
// to the inbox at precompile.Address. No one holds a key for the system sender and no
// L1 contract reaches it through deposit aliasing, so only the hook produces these.
func isParleyDeposit(msg *Message) bool {
	return msg.IsDepositTx && !msg.IsSystemTx && msg.From == precompile.SystemSender &&
		msg.To != nil && *msg.To == precompile.Address
}

// parleyBurnGas is the hook in stateTransition.innerExecute, on the Regolith path that
// returns a deposit's unused gas to the block's gas pool: for a Parley deposit it
// consumes the gas that is left, so the deposit uses its whole gas limit, and returns
// the peak gas used the caller continues with (the gas limit, so that the Amsterdam
// gas-pool rule returns nothing either). Any other message is left as upstream runs it.
//
// op-node adds the gas limits of Parley's deposits to the block's gas limit (as it adds
// upgrade gas), so the gas is reserved for them alone: if a deposit used less, the
// difference would go back to the block's gas pool and become block space for user
// transactions beyond the system config's gas limit. Burning it keeps the block's
// space for everyone else exactly what the system config says, and the block's gas
// used (which the next base fee is computed from) counts the reservation in full, as
// it counts the gas limit it was added to. Deposits buy their gas at price zero, so
// nothing else changes: no balance moves. A deposit that fails
// already uses its whole gas limit upstream (stateTransition.execute), and before
// Regolith every deposit does.
func (st *stateTransition) parleyBurnGas(peakGasUsed uint64) uint64 {
	if !isParleyDeposit(st.msg) {
		return peakGasUsed
	}
	if t := st.evm.Config.Tracer; t != nil && t.OnGasChange != nil && st.gasRemaining > 0 {
		t.OnGasChange(st.gasRemaining, 0, tracing.GasChangeUnspecified)
	}
	st.gasRemaining = 0
	return st.msg.GasLimit
}
