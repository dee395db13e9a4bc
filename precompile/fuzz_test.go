package precompile

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// FuzzInbox drives arbitrary call data through arbitrary call contexts against a
// state holding a certified range and a snapshot. Run is called directly, with no
// revert by a caller: it must never panic, and when it fails it must leave no state
// change and no log behind by itself.
func FuzzInbox(f *testing.F) {
	for _, s := range methodSpecs() {
		f.Add(s.input(f), true, uint8(Call), false, uint8(0), uint32(10_000_000))
		f.Add(s.input(f), false, uint8(StaticCall), true, uint8(0), uint32(s.gas))
		f.Add(s.input(f), true, uint8(Call), false, uint8(0), uint32(s.gas-1))
	}
	f.Add([]byte{}, false, uint8(Call), false, uint8(0), uint32(1000))
	h := newHarness(f)
	setupState(f, h)
	base := h.sdb.Copy()
	f.Fuzz(func(t *testing.T, input []byte, system bool, callType uint8, readOnly bool, value uint8, gas uint32) {
		h.sdb = base.Copy()
		h.newTx()
		h.caller = common.Address{0x77}
		if system {
			h.caller = SystemSender
		}
		h.callType = CallType(callType % 4)
		h.readOnly = readOnly || h.callType == StaticCall
		h.value = uint256.NewInt(uint64(value % 2))
		h.gas = uint64(gas)
		root := h.sdb.IntermediateRoot(true)
		logs := len(h.sdb.Logs())
		_, err := Run(&testCfg, h, input)
		if h.gas > uint64(gas) {
			t.Fatal("gas increased")
		}
		if err == nil {
			return
		}
		var re *RevertError
		if !errors.As(err, &re) && !errors.Is(err, ErrOutOfGas) {
			t.Fatalf("unexpected error type %T: %v", err, err)
		}
		if h.sdb.IntermediateRoot(true) != root || len(h.sdb.Logs()) != logs {
			t.Fatalf("failed call (%v) changed state or logged", err)
		}
	})
}
