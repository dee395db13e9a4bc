package eigenlayer

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	am "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	kr "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/KeyRegistrar"

	"github.com/parley-xyz/parley/interop/bls"
)

// WAD is EigenLayer's unit of magnitude and of slashing proportions: 1e18 is 100%.
const WAD = 1_000_000_000_000_000_000

// ErrDelayTooLong is returned when a step would wait more than Core.MaxWaitBlocks blocks
// for an EigenLayer delay to pass.
var ErrDelayTooLong = errors.New("eigenlayer: delay longer than MaxWaitBlocks")

// ErrNotOperator is returned by steps that need an operator registered in
// DelegationManager.
var ErrNotOperator = errors.New("eigenlayer: not a registered operator")

// ErrOtherKey is returned by RegisterBN254Key when the operator already has a different
// key in the operator set (EigenLayer allows one per operator and set).
var ErrOtherKey = errors.New("eigenlayer: operator has another key in the operator set")

func (c *Core) call(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

// transact sends one transaction and mines it, as a step's Result.
func (c *Core) transact(ctx context.Context, from *Account, label string, send func(*bind.TransactOpts) (*types.Transaction, error)) (Result, error) {
	tx, err := Transact(ctx, c.Chain, from, label, send)
	if err != nil {
		return Result{}, err
	}
	return Result{Txs: []Tx{tx}}, nil
}

func amSet(avs common.Address, id uint32) am.OperatorSet { return am.OperatorSet{Avs: avs, Id: id} }
func krSet(avs common.Address, id uint32) kr.OperatorSet { return kr.OperatorSet{Avs: avs, Id: id} }

// head returns the number of the chain's latest block.
func (c *Core) head(ctx context.Context) (uint64, error) {
	h, err := c.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("eigenlayer: head: %w", err)
	}
	return h.Number.Uint64(), nil
}

// waitUntil mines or waits for blocks until the head is at least n, if that is at most
// MaxWaitBlocks away.
func (c *Core) waitUntil(ctx context.Context, n uint64, what string) error {
	h, err := c.head(ctx)
	if err != nil {
		return err
	}
	if n > h && n-h > c.MaxWaitBlocks {
		return fmt.Errorf("%w: %s at block %d, %d blocks after %d (MaxWaitBlocks %d)", ErrDelayTooLong, what, n, n-h, h, c.MaxWaitBlocks)
	}
	return WaitForBlock(ctx, c.Chain, n)
}

// RegisterAsOperator registers op as an EigenLayer operator (DelegationManager
// .registerAsOperator: no delegation approver, the given allocation delay in blocks and
// metadata URI), which delegates op to itself. Skipped if op is an operator.
func (c *Core) RegisterAsOperator(ctx context.Context, op *Account, allocationDelay uint32, metadataURI string) (Result, error) {
	ok, err := c.DelegationManager.IsOperator(c.call(ctx), op.Address)
	if err != nil {
		return Result{}, fmt.Errorf("eigenlayer: isOperator: %w", err)
	}
	if ok {
		return Result{Skipped: true}, nil
	}
	return c.transact(ctx, op, "DelegationManager.registerAsOperator", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.DelegationManager.RegisterAsOperator(o, common.Address{}, allocationDelay, metadataURI)
	})
}

// Deposit mints amount test tokens to op, approves StrategyManager and deposits them
// into the strategy (StrategyManager.depositIntoStrategy), in two blocks. An operator's
// deposit counts as its delegated stake because an operator is delegated to itself. It
// is not idempotent: every call deposits.
func (c *Core) Deposit(ctx context.Context, op *Account, amount *big.Int) (Result, error) {
	b := NewBatch(c.Chain)
	if _, err := b.Send(ctx, op, "TestERC20.mint", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Token.Mint(o, op.Address, amount)
	}); err != nil {
		return Result{}, err
	}
	if _, err := b.Send(ctx, op, "TestERC20.approve", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Token.Approve(o, c.Addresses.StrategyManager, amount)
	}); err != nil {
		txs, _ := b.Mine(ctx) // the mint is sent: mine it before reporting the error
		return Result{Txs: txs}, err
	}
	var res Result
	txs, err := b.Mine(ctx)
	res.Txs = txs
	if err != nil {
		return res, err
	}
	dep, err := c.transact(ctx, op, "StrategyManager.depositIntoStrategy", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.StrategyManager.DepositIntoStrategy(o, c.Addresses.Strategy, c.Addresses.Token, amount)
	})
	res.add(dep)
	return res, err
}

// Allocate sets op's magnitude in the strategy to magnitude (of WAD = 100%) for each of
// the AVS's operator sets setIDs (AllocationManager.modifyAllocations), skipping sets
// where that is already the allocation or the pending one, and returning Skipped if all
// are.
//
// modifyAllocations reverts with UninitializedAllocationDelay() until the operator's
// allocation delay has taken effect, ALLOCATION_CONFIGURATION_DELAY + 1 blocks after it
// was set: Allocate first mines or waits for those blocks. After an increase it waits for
// the operator's own allocation delay, so that the new magnitude is slashable when it
// returns. Both waits are bounded by MaxWaitBlocks (ErrDelayTooLong); a decrease of a
// slashable allocation takes DEALLOCATION_DELAY + 1 blocks, which Allocate does not wait for.
func (c *Core) Allocate(ctx context.Context, op *Account, avs common.Address, setIDs []uint32, magnitude uint64) (Result, error) {
	if err := c.waitForAllocationDelay(ctx, op.Address); err != nil {
		return Result{}, err
	}
	var params []am.IAllocationManagerTypesAllocateParams
	for _, id := range setIDs {
		a, err := c.AllocationManager.GetAllocation(c.call(ctx), op.Address, amSet(avs, id), c.Addresses.Strategy)
		if err != nil {
			return Result{}, fmt.Errorf("eigenlayer: getAllocation: %w", err)
		}
		target := new(big.Int).Add(new(big.Int).SetUint64(a.CurrentMagnitude), a.PendingDiff)
		if target.IsUint64() && target.Uint64() == magnitude {
			continue
		}
		params = append(params, am.IAllocationManagerTypesAllocateParams{
			OperatorSet:   amSet(avs, id),
			Strategies:    []common.Address{c.Addresses.Strategy},
			NewMagnitudes: []uint64{magnitude},
		})
	}
	if len(params) == 0 {
		return Result{Skipped: true}, nil
	}
	res, err := c.transact(ctx, op, "AllocationManager.modifyAllocations", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.AllocationManager.ModifyAllocations(o, op.Address, params)
	})
	if err != nil {
		return res, err
	}
	var effect uint32
	for _, p := range params {
		a, err := c.AllocationManager.GetAllocation(c.call(ctx), op.Address, p.OperatorSet, c.Addresses.Strategy)
		if err != nil {
			return res, fmt.Errorf("eigenlayer: getAllocation: %w", err)
		}
		if a.PendingDiff.Sign() > 0 {
			effect = max(effect, a.EffectBlock)
		}
	}
	if effect != 0 {
		err = c.waitUntil(ctx, uint64(effect), "allocation takes effect")
	}
	return res, err
}

// waitForAllocationDelay mines or waits until operator's allocation delay is set.
func (c *Core) waitForAllocationDelay(ctx context.Context, operator common.Address) error {
	isOp, err := c.DelegationManager.IsOperator(c.call(ctx), operator)
	if err != nil {
		return fmt.Errorf("eigenlayer: isOperator: %w", err)
	}
	if !isOp {
		return fmt.Errorf("%w: %s", ErrNotOperator, operator)
	}
	acd, err := c.AllocationManager.ALLOCATIONCONFIGURATIONDELAY(c.call(ctx))
	if err != nil {
		return fmt.Errorf("eigenlayer: ALLOCATION_CONFIGURATION_DELAY: %w", err)
	}
	for waited := uint64(0); ; waited++ {
		isSet, _, err := c.AllocationManager.GetAllocationDelay(c.call(ctx), operator)
		if err != nil {
			return fmt.Errorf("eigenlayer: getAllocationDelay: %w", err)
		}
		if isSet {
			return nil
		}
		// The delay takes effect at most ACD + 1 blocks after the latest setting.
		if uint64(acd)+1 > c.MaxWaitBlocks {
			return fmt.Errorf("%w: the allocation delay of %s takes effect up to %d blocks after it was set (MaxWaitBlocks %d)",
				ErrDelayTooLong, operator, uint64(acd)+1, c.MaxWaitBlocks)
		}
		if waited > uint64(acd)+1 {
			return fmt.Errorf("eigenlayer: the allocation delay of %s is still not set after %d blocks", operator, waited)
		}
		if err := c.Chain.Mine(ctx); err != nil {
			return err
		}
	}
}

// KeyRegistrationDigest returns the digest op's BN254 key signs to register keyData for
// the operator set (avs, setID) in this deployment's KeyRegistrar, computed in Go (see
// the package function) with the KeyRegistrar's version read from the chain.
func (c *Core) KeyRegistrationDigest(ctx context.Context, operator, avs common.Address, setID uint32, keyData []byte) ([32]byte, error) {
	v, err := c.KeyRegistrar.Version(c.call(ctx))
	if err != nil {
		return [32]byte{}, fmt.Errorf("eigenlayer: KeyRegistrar.version: %w", err)
	}
	return KeyRegistrationDigest(c.Chain.ChainID(), c.Addresses.KeyRegistrar, v, operator, avs, setID, keyData), nil
}

// RegisterBN254Key registers sk's public keys as op's key for the operator set (avs,
// setID) in KeyRegistrar, signing KeyRegistrationDigest with Parley's bls Sign (EigenLayer's
// try-and-increment hash to G1). The set must be configured for BN254 by its AVS. Skipped
// if op already has this key there; ErrOtherKey if it has another. A key registered
// anywhere before (by keccak of its G1 point) fails with KeyAlreadyRegistered().
func (c *Core) RegisterBN254Key(ctx context.Context, op *Account, avs common.Address, setID uint32, sk *bls.SecretKey) (Result, error) {
	pk1, pk2 := sk.PublicKeyG1(), sk.PublicKeyG2()
	g1, g2, ok, err := c.BN254Key(ctx, op.Address, avs, setID)
	if err != nil {
		return Result{}, err
	}
	if ok {
		if g1.Equal(pk1) && g2.Equal(pk2) {
			return Result{Skipped: true}, nil
		}
		return Result{}, fmt.Errorf("%w: %s has %s in set %d of %s", ErrOtherKey, op.Address, g1, setID, avs)
	}
	keyData := KeyData(pk1, pk2)
	digest, err := c.KeyRegistrationDigest(ctx, op.Address, avs, setID, keyData)
	if err != nil {
		return Result{}, err
	}
	sig, err := sk.Sign(digest)
	if err != nil {
		return Result{}, fmt.Errorf("eigenlayer: signing the key registration: %w", err)
	}
	sigBytes := sig.Bytes()
	return c.RegisterKey(ctx, op, avs, setID, keyData, sigBytes[:])
}

// RegisterKey sends KeyRegistrar.registerKey with keyData and signature as given, without
// any check: for tests of what KeyRegistrar refuses.
func (c *Core) RegisterKey(ctx context.Context, op *Account, avs common.Address, setID uint32, keyData, signature []byte) (Result, error) {
	return c.transact(ctx, op, "KeyRegistrar.registerKey", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.KeyRegistrar.RegisterKey(o, op.Address, krSet(avs, setID), keyData, signature)
	})
}

// RegisterForOperatorSets registers op for the AVS's operator sets setIDs
// (AllocationManager.registerForOperatorSets), passing data to the AVS's registrar;
// sets op is a member of are left out, and Skipped is returned if that is all of them.
func (c *Core) RegisterForOperatorSets(ctx context.Context, op *Account, avs common.Address, setIDs []uint32, data []byte) (Result, error) {
	ids, err := c.filterMembership(ctx, op.Address, avs, setIDs, false)
	if err != nil {
		return Result{}, err
	}
	if len(ids) == 0 {
		return Result{Skipped: true}, nil
	}
	return c.transact(ctx, op, "AllocationManager.registerForOperatorSets", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.AllocationManager.RegisterForOperatorSets(o, op.Address, am.IAllocationManagerTypesRegisterParams{
			Avs: avs, OperatorSetIds: ids, Data: data,
		})
	})
}

// DeregisterFromOperatorSets deregisters op from the AVS's operator sets setIDs
// (AllocationManager.deregisterFromOperatorSets, sent by op); sets op is not a member of
// are left out, and Skipped is returned if that is all of them. op stays slashable by
// those sets for DEALLOCATION_DELAY blocks.
func (c *Core) DeregisterFromOperatorSets(ctx context.Context, op *Account, avs common.Address, setIDs []uint32) (Result, error) {
	ids, err := c.filterMembership(ctx, op.Address, avs, setIDs, true)
	if err != nil {
		return Result{}, err
	}
	if len(ids) == 0 {
		return Result{Skipped: true}, nil
	}
	return c.transact(ctx, op, "AllocationManager.deregisterFromOperatorSets", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.AllocationManager.DeregisterFromOperatorSets(o, am.IAllocationManagerTypesDeregisterParams{
			Operator: op.Address, Avs: avs, OperatorSetIds: ids,
		})
	})
}

// filterMembership returns the ids of setIDs whose membership of operator is member.
func (c *Core) filterMembership(ctx context.Context, operator, avs common.Address, setIDs []uint32, member bool) ([]uint32, error) {
	var ids []uint32
	for _, id := range setIDs {
		m, err := c.IsMember(ctx, operator, avs, id)
		if err != nil {
			return nil, err
		}
		if m == member {
			ids = append(ids, id)
		}
	}
	return ids, nil
}

// IsMember reports whether operator is registered in the operator set (avs, setID)
// (AllocationManager.isMemberOfOperatorSet).
func (c *Core) IsMember(ctx context.Context, operator, avs common.Address, setID uint32) (bool, error) {
	m, err := c.AllocationManager.IsMemberOfOperatorSet(c.call(ctx), operator, amSet(avs, setID))
	if err != nil {
		return false, fmt.Errorf("eigenlayer: isMemberOfOperatorSet: %w", err)
	}
	return m, nil
}

// BN254Key returns operator's BN254 key in the operator set (avs, setID)
// (KeyRegistrar.getBN254Key), strictly decoded; ok is false if it has none. The set must
// be configured for BN254 (else InvalidCurveType()).
func (c *Core) BN254Key(ctx context.Context, operator, avs common.Address, setID uint32) (g1 bls.G1Point, g2 bls.G2Point, ok bool, err error) {
	k, err := c.KeyRegistrar.GetBN254Key(c.call(ctx), krSet(avs, setID), operator)
	if err != nil {
		return bls.G1Point{}, bls.G2Point{}, false, callError("KeyRegistrar.getBN254Key", common.Address{}, err)
	}
	return keyFromBinding(k.G1Point, k.G2Point)
}

// MinimumSlashableStake returns AllocationManager.getMinimumSlashableStake for the
// operator set (avs, setID): per operator, per strategy (nil: the deployment's strategy),
// the stake slashable through futureBlock (0: the current block), which is 0 for an
// operator that is not slashable by the set. It is shares × allocated magnitude / max
// magnitude, rounded down, and ignores allocations still pending.
func (c *Core) MinimumSlashableStake(ctx context.Context, avs common.Address, setID uint32, operators, strategies []common.Address, futureBlock uint32) ([][]*big.Int, error) {
	if strategies == nil {
		strategies = []common.Address{c.Addresses.Strategy}
	}
	if futureBlock == 0 {
		h, err := c.head(ctx)
		if err != nil {
			return nil, err
		}
		futureBlock = uint32(h)
	}
	s, err := c.AllocationManager.GetMinimumSlashableStake(c.call(ctx), amSet(avs, setID), operators, strategies, futureBlock)
	if err != nil {
		return nil, callError("AllocationManager.getMinimumSlashableStake", common.Address{}, err)
	}
	return s, nil
}
