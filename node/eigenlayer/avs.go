package eigenlayer

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	am "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
)

// KeyRegistrar's curve types (IKeyRegistrarTypes.CurveType).
const (
	CurveNone  uint8 = 0
	CurveECDSA uint8 = 1
	CurveBN254 uint8 = 2
)

// The AVS steps below are sent by the AVS itself, an EOA here (tests and devnets). An AVS
// that is a contract makes the same calls from its own code, or appoints an EOA through
// PermissionController.

// UpdateAVSMetadataURI emits the AVS's metadata URI (AllocationManager
// .updateAVSMetadataURI), which also registers the AVS: createOperatorSets reverts with
// NonexistentAVSMetadata() before it. EigenLayer offers no getter to check it, so it is
// always sent; repeating it is harmless.
func (c *Core) UpdateAVSMetadataURI(ctx context.Context, avs *Account, uri string) (Result, error) {
	return c.transact(ctx, avs, "AllocationManager.updateAVSMetadataURI", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.AllocationManager.UpdateAVSMetadataURI(o, avs.Address, uri)
	})
}

// CreateOperatorSets creates the AVS's operator sets setIDs with the given strategies
// (nil: the deployment's strategy), non-redistributing (slashed shares are burnt). Sets
// that exist are left out; Skipped if all do.
func (c *Core) CreateOperatorSets(ctx context.Context, avs *Account, setIDs []uint32, strategies []common.Address) (Result, error) {
	if strategies == nil {
		strategies = []common.Address{c.Addresses.Strategy}
	}
	var params []am.IAllocationManagerTypesCreateSetParams
	for _, id := range setIDs {
		ok, err := c.AllocationManager.IsOperatorSet(c.call(ctx), amSet(avs.Address, id))
		if err != nil {
			return Result{}, fmt.Errorf("eigenlayer: isOperatorSet: %w", err)
		}
		if !ok {
			params = append(params, am.IAllocationManagerTypesCreateSetParams{OperatorSetId: id, Strategies: strategies})
		}
	}
	if len(params) == 0 {
		return Result{Skipped: true}, nil
	}
	return c.transact(ctx, avs, "AllocationManager.createOperatorSets", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.AllocationManager.CreateOperatorSets(o, avs.Address, params)
	})
}

// ConfigureBN254OperatorSet sets the curve of the AVS's operator set setID in KeyRegistrar
// to BN254 (configureOperatorSet, which EigenLayer allows once per set). Skipped if it is
// BN254; an error if it is ECDSA.
func (c *Core) ConfigureBN254OperatorSet(ctx context.Context, avs *Account, setID uint32) (Result, error) {
	curve, err := c.KeyRegistrar.GetOperatorSetCurveType(c.call(ctx), krSet(avs.Address, setID))
	if err != nil {
		return Result{}, fmt.Errorf("eigenlayer: getOperatorSetCurveType: %w", err)
	}
	switch curve {
	case CurveBN254:
		return Result{Skipped: true}, nil
	case CurveNone:
	default:
		return Result{}, fmt.Errorf("eigenlayer: operator set %d of %s already has curve type %d", setID, avs.Address, curve)
	}
	return c.transact(ctx, avs, "KeyRegistrar.configureOperatorSet", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.KeyRegistrar.ConfigureOperatorSet(o, krSet(avs.Address, setID), CurveBN254)
	})
}

// SetUpAVS registers the AVS's metadata, creates its operator sets setIDs with the
// deployment's strategy and configures each for BN254 keys: what an AVS does once before
// operators can register keys.
func (c *Core) SetUpAVS(ctx context.Context, avs *Account, metadataURI string, setIDs []uint32) (Result, error) {
	res, err := c.UpdateAVSMetadataURI(ctx, avs, metadataURI)
	if err != nil {
		return res, err
	}
	r, err := c.CreateOperatorSets(ctx, avs, setIDs, nil)
	res.add(r)
	if err != nil {
		return res, err
	}
	for _, id := range setIDs {
		r, err := c.ConfigureBN254OperatorSet(ctx, avs, id)
		res.add(r)
		if err != nil {
			return res, err
		}
	}
	return res, nil
}

// SetAVSRegistrar makes registrar the AVS's IAVSRegistrar, which AllocationManager calls
// on every registration and deregistration (AllocationManager.setAVSRegistrar, which
// requires registrar.supportsAVS(avs)). Skipped if it is already.
func (c *Core) SetAVSRegistrar(ctx context.Context, avs *Account, registrar common.Address) (Result, error) {
	cur, err := c.AllocationManager.GetAVSRegistrar(c.call(ctx), avs.Address)
	if err != nil {
		return Result{}, fmt.Errorf("eigenlayer: getAVSRegistrar: %w", err)
	}
	if cur == registrar {
		return Result{Skipped: true}, nil
	}
	return c.transact(ctx, avs, "AllocationManager.setAVSRegistrar", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.AllocationManager.SetAVSRegistrar(o, avs.Address, registrar)
	})
}

// SlashOperator slashes wadToSlash (of WAD = 100%) of operator's magnitude allocated to
// the AVS's operator set setID in the deployment's strategy (AllocationManager
// .slashOperator). The operator must be slashable by the set (a member, or within
// DEALLOCATION_DELAY blocks of leaving). It always sends.
func (c *Core) SlashOperator(ctx context.Context, avs *Account, operator common.Address, setID uint32, wadToSlash uint64, description string) (Result, error) {
	return c.transact(ctx, avs, "AllocationManager.slashOperator", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.AllocationManager.SlashOperator(o, avs.Address, am.IAllocationManagerTypesSlashingParams{
			Operator:      operator,
			OperatorSetId: setID,
			Strategies:    []common.Address{c.Addresses.Strategy},
			WadsToSlash:   []*big.Int{new(big.Int).SetUint64(wadToSlash)},
			Description:   description,
		})
	})
}
