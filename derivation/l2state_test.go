package derivation_test

import (
	"context"
	"errors"
	. "github.com/parley-xyz/parley/derivation"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/avssim"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/precompile"
)

// mapState is an L2 whose inbox storage is a map: written by running the precompile as
// the system sender, read through L2Storage.
type mapState struct {
	slots map[common.Hash]common.Hash
	nonce uint64
	fail  error
}

func (m *mapState) ReadStorageAt(_ context.Context, addr common.Address, k, _ common.Hash) (common.Hash, error) {
	if m.fail != nil {
		return common.Hash{}, m.fail
	}
	if addr != precompile.Address {
		return common.Hash{}, errors.New("wrong account")
	}
	return m.slots[k], nil
}

// systemEnv writes through the precompile as the system sender.
type systemEnv struct {
	m   *mapState
	gas *uint64
}

func (e systemEnv) GetState(k common.Hash) (common.Hash, common.Hash) { v := e.m.slots[k]; return v, v }
func (e systemEnv) SetState(k, v common.Hash)                         { e.m.slots[k] = v }
func (e systemEnv) SlotWarm(common.Hash) bool                         { return false }
func (e systemEnv) WarmSlot(common.Hash)                              {}
func (e systemEnv) Nonce() uint64                                     { return e.m.nonce }
func (e systemEnv) SetNonce(n uint64)                                 { e.m.nonce = n }
func (e systemEnv) AddLog([]common.Hash, []byte)                      {}
func (e systemEnv) Caller() common.Address                            { return precompile.SystemSender }
func (e systemEnv) Value() *uint256.Int                               { return new(uint256.Int) }
func (e systemEnv) ReadOnly() bool                                    { return false }
func (e systemEnv) CallType() precompile.CallType                     { return precompile.Call }
func (e systemEnv) BlockNumber() uint64                               { return 1 }
func (e systemEnv) BlockTime() uint64                                 { return 1 }
func (e systemEnv) Gas() uint64                                       { return *e.gas }
func (e systemEnv) UseGas(n uint64) bool {
	if *e.gas < n {
		return false
	}
	*e.gas -= n
	return true
}

func TestInboxStateReadsWhatDepositsWrote(t *testing.T) {
	avs := attestation.AVS{L1ChainID: 900, Registry: common.HexToAddress("0xa11ce0")}
	cfg := &precompile.Config{AVS: avs, Window: 2}
	a, err := avssim.New(avssim.Config{AVS: avs, Seed: 4, Stakes: avssim.Uniform(3, 0, 1), Window: 2})
	if err != nil {
		t.Fatal(err)
	}
	// Rebuild the simulated table's registrations as one batch of updates.
	var updates []optable.Update
	for _, op := range a.Table().Operators() {
		pop, _ := a.Operators[op.Index].Key.ProvePossession(avs.L1ChainID, avs.Registry, op.Address)
		updates = append(updates, optable.Update{Kind: optable.Register, Address: op.Address, PubkeyG1: op.PubkeyG1, PubkeyG2: op.PubkeyG2, PoP: pop},
			optable.Update{Kind: optable.Join, ID: op.ID, Quorums: op.QuorumNumbers()})
		for _, q := range op.QuorumNumbers() {
			updates = append(updates, optable.Update{Kind: optable.SetStake, ID: op.ID, Quorum: q, Stake: op.Stakes[q]})
		}
	}
	m := &mapState{slots: map[common.Hash]common.Hash{}}
	// Each deposit runs with the execution gas it carries (its gas minus the intrinsic
	// gas and the call): the bound must be enough against real state.
	run := func(dep *types.DepositTx) {
		t.Helper()
		gas := dep.Gas - IntrinsicGas(dep.Data) - 100
		if _, err := precompile.Run(cfg, systemEnv{m, &gas}, dep.Data); err != nil {
			t.Fatal(err)
		}
	}
	dep, err := TableUpdateDeposit(common.Hash{1}, 0, precompile.TableShape{}, cfg.Window, updates)
	if err != nil {
		t.Fatal(err)
	}
	run(dep)
	rr, _ := RecordRangeDeposit(common.Hash{1}, 1, attestation.Attestation{SourceChainID: 901, FromBlock: 10, ToBlock: 19, MessageRoot: common.Hash{5}})
	run(rr)

	s := NewInboxState(context.Background(), cfg, m, common.Hash{0xb})
	v, err := s.TableVersion()
	if err != nil || v != 1 {
		t.Fatalf("version %d, %v", v, err)
	}
	tab, err := s.Table(1)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := optable.New(avs).Apply(updates)
	if tab.Commitment() != want.Commitment() {
		t.Fatal("table read from L2 state differs from the one the deposit wrote")
	}
	if b, ok, err := s.LatestCertifiedBlock(901); err != nil || !ok || b != 19 {
		t.Fatalf("latest certified %d %v %v", b, ok, err)
	}
	if _, err := s.Table(7); err == nil {
		t.Fatal("future version readable")
	}
	// A read failure is reported as such (the hook turns it into a temporary error).
	m.fail = errors.New("connection reset")
	if _, err := NewInboxState(context.Background(), cfg, m, common.Hash{0xb}).TableVersion(); err == nil || !errors.Is(err, m.fail) {
		t.Fatalf("read failure: %v", err)
	}
}
