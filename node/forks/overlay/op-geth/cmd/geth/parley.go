//go:build parleyoverlay

// Parley overlay file (parley-hooks/3): added to op-geth's cmd/geth by `parley forks
// build`. Parley's one-line edit of cmd/geth/config.go calls parleyRegisterAPIs.

package main

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/cmd/utils"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gmath "github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/precompile"
)

// parleyRegisterAPIs validates the chain's Parley configuration and, when the chain
// configures Parley, registers the parley_ RPC namespace: on the HTTP, WebSocket and IPC
// endpoints that enable it (--http.api ...,parley), and always on the authenticated
// (engine) endpoint, where op-node asks parley_config at start-up with the engine JWT
// it already has. It is called once while the node is assembled, before the node
// starts its RPC servers, and before any block is processed or served.
//
// An invalid configuration is fatal: the inbox is part of consensus, so a node that
// cannot tell what it does must not run the chain at all (the EVM would otherwise
// panic on the first block that touches the inbox's address).
func parleyRegisterAPIs(stack *node.Node, backend *eth.Ethereum) {
	if backend == nil {
		return
	}
	chainCfg := backend.BlockChain().Config()
	cfg, err := vm.ParleyInboxConfig(chainCfg)
	if err != nil {
		utils.Fatalf("%v", err)
	}
	if cfg == nil {
		return // Parley not configured: the node is plain op-geth.
	}
	log.Info("Parley inbox configured", "address", precompile.Address, "config", chainCfg.Parley)
	if !slices.Contains(node.DefaultAuthModules, "parley") {
		node.DefaultAuthModules = slices.Clip(append(slices.Clip(node.DefaultAuthModules), "parley"))
	}
	stack.RegisterAPIs([]rpc.API{{
		Namespace: "parley",
		Service:   &parleyAPI{backend: backend.APIBackend, cfg: cfg, chain: chainCfg.Parley},
	}})
}

// parleyAPI serves the parley_ namespace. Every state read runs the inbox's own view
// methods (precompile.Inbox) over the state of the requested block, so the RPC can
// never disagree with what contracts see through the precompile.
type parleyAPI struct {
	backend *eth.EthAPIBackend
	cfg     *precompile.Config
	chain   *params.ParleyConfig
}

// ParleyConfigResult is parley_config's answer.
type ParleyConfigResult struct {
	Address        common.Address `json:"address"`        // the inbox precompile
	SystemSender   common.Address `json:"systemSender"`   // the only account that writes
	ActivationTime hexutil.Uint64 `json:"activationTime"` // first block time with the inbox
	L1ChainID      hexutil.Uint64 `json:"l1ChainId"`      // the AVS's L1 chain
	AVS            common.Address `json:"avs"`            // the AVS's EigenLayer address on L1 (base settings)
	Active         bool           `json:"active"`         // whether the inbox is active at the head block
	HeadTime       hexutil.Uint64 `json:"headTime"`       // the head block's time that Active refers to
	HookVersion    string         `json:"hookVersion"`    // the fork-hook interface version of this binary
	// Parley is the chain's whole Parley configuration, exactly the genesis
	// config.parley object (same fields, same encoding); op-node compares it with its
	// rollup configuration's "parley" at start-up.
	Parley *params.ParleyConfig `json:"parley"`
}

// Config returns the chain's Parley configuration and whether the inbox is active at
// the head block (parley_config).
func (api *parleyAPI) Config() *ParleyConfigResult {
	head := api.backend.CurrentHeader()
	return &ParleyConfigResult{
		Address:        precompile.Address,
		SystemSender:   precompile.SystemSender,
		ActivationTime: hexutil.Uint64(api.cfg.ActivationTime),
		L1ChainID:      hexutil.Uint64(api.cfg.AVS.L1ChainID),
		AVS:            api.cfg.AVS.Address,
		Active:         api.cfg.Active(head.Time),
		HeadTime:       hexutil.Uint64(head.Time),
		HookVersion:    vm.ParleyHookVersion,
		Parley:         api.chain,
	}
}

// LatestCertifiedResult is parley_latestCertified's answer: the latest certified block
// of a source chain and the certified range that ends there.
type LatestCertifiedResult struct {
	BlockNumber   hexutil.Uint64 `json:"blockNumber"`   // the source chain's latest certified block (0 if none)
	Certified     bool           `json:"certified"`     // whether any range of the chain is certified
	FromBlock     hexutil.Uint64 `json:"fromBlock"`     // the latest range's first block
	ToBlock       hexutil.Uint64 `json:"toBlock"`       // the latest range's last block (= blockNumber)
	MessageRoot   common.Hash    `json:"messageRoot"`   // the latest range's message root
	LastBlockHash common.Hash    `json:"lastBlockHash"` // the hash of the range's last block
}

// LatestCertified returns the latest certified block of a source chain and its range,
// as stored at the given block (default latest) (parley_latestCertified). chainId may
// be a JSON number, a decimal string or a 0x-prefixed hex string.
func (api *parleyAPI) LatestCertified(ctx context.Context, chainID gmath.HexOrDecimal256, blockNrOrHash *rpc.BlockNumberOrHash) (*LatestCertifiedResult, error) {
	chain := (*big.Int)(&chainID)
	var res LatestCertifiedResult
	err := api.view(ctx, blockNrOrHash, func(in *precompile.Inbox) error {
		block, ok, err := in.LatestCertifiedBlock(chain)
		if err != nil || !ok {
			return err
		}
		r, err := in.CertifiedRange(chain, block)
		if err != nil {
			return err
		}
		res = LatestCertifiedResult{
			BlockNumber:   hexutil.Uint64(block),
			Certified:     true,
			FromBlock:     hexutil.Uint64(r.FromBlock),
			ToBlock:       hexutil.Uint64(r.ToBlock),
			MessageRoot:   r.MessageRoot,
			LastBlockHash: r.LastBlockHash,
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &res, nil
}

// LatestSnapshotResult is parley_latestSnapshot's answer: the latest operator-table
// snapshot recorded in the inbox (all zero if none).
type LatestSnapshotResult struct {
	L1Block hexutil.Uint64 `json:"l1Block"` // the L1 block in which it was sealed
	Root    common.Hash    `json:"root"`    // its root
}

// LatestSnapshot returns the latest recorded snapshot as stored at the given block
// (default latest) (parley_latestSnapshot).
func (api *parleyAPI) LatestSnapshot(ctx context.Context, blockNrOrHash *rpc.BlockNumberOrHash) (*LatestSnapshotResult, error) {
	var res LatestSnapshotResult
	err := api.view(ctx, blockNrOrHash, func(in *precompile.Inbox) error {
		s, err := in.LatestSnapshot()
		res = LatestSnapshotResult{L1Block: hexutil.Uint64(s.Block), Root: s.Root}
		return err
	})
	if err != nil {
		return nil, err
	}
	return &res, nil
}

// view runs fn against the inbox over the state of a block. Before the inbox's
// activation its storage is empty, so views answer with zero values.
func (api *parleyAPI) view(ctx context.Context, blockNrOrHash *rpc.BlockNumberOrHash, fn func(*precompile.Inbox) error) error {
	bnh := rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
	if blockNrOrHash != nil {
		bnh = *blockNrOrHash
	}
	st, header, err := api.backend.StateAndHeaderByNumberOrHash(ctx, bnh)
	if err != nil {
		return err
	}
	if st == nil || header == nil {
		return errors.New("parley: block or state not found")
	}
	env := &parleyViewEnv{state: st, header: header}
	if err := fn(precompile.NewInbox(api.cfg, env)); err != nil {
		var rev *precompile.Revert
		if errors.As(err, &rev) {
			return fmt.Errorf("parley: inbox reverted: %s", rev.Name)
		}
		return fmt.Errorf("parley: reading the inbox at block %d: %w", header.Number.Uint64(), err)
	}
	return env.err
}

// parleyViewEnv is a read-only precompile.Environment over one block's state: a
// STATICCALL from the zero address with unlimited gas and a private access list.
// The inbox's view methods never write; a write would be a bug and is reported.
type parleyViewEnv struct {
	state interface {
		GetStateAndCommittedState(common.Address, common.Hash) (common.Hash, common.Hash)
		GetNonce(common.Address) uint64
	}
	header *types.Header
	warm   map[common.Hash]struct{}
	err    error
}

var errParleyViewWrite = errors.New("parley: internal error: an inbox view method tried to write")

func (e *parleyViewEnv) GetState(k common.Hash) (common.Hash, common.Hash) {
	return e.state.GetStateAndCommittedState(precompile.Address, k)
}
func (e *parleyViewEnv) SetState(common.Hash, common.Hash) { e.err = errParleyViewWrite }
func (e *parleyViewEnv) SlotWarm(k common.Hash) bool {
	_, ok := e.warm[k]
	return ok
}
func (e *parleyViewEnv) WarmSlot(k common.Hash) {
	if e.warm == nil {
		e.warm = make(map[common.Hash]struct{})
	}
	e.warm[k] = struct{}{}
}
func (e *parleyViewEnv) Nonce() uint64                 { return e.state.GetNonce(precompile.Address) }
func (e *parleyViewEnv) SetNonce(uint64)               { e.err = errParleyViewWrite }
func (e *parleyViewEnv) AddLog([]common.Hash, []byte)  { e.err = errParleyViewWrite }
func (e *parleyViewEnv) Caller() common.Address        { return common.Address{} }
func (e *parleyViewEnv) Value() *uint256.Int           { return new(uint256.Int) }
func (e *parleyViewEnv) ReadOnly() bool                { return true }
func (e *parleyViewEnv) CallType() precompile.CallType { return precompile.StaticCall }
func (e *parleyViewEnv) BlockNumber() uint64           { return e.header.Number.Uint64() }
func (e *parleyViewEnv) BlockTime() uint64             { return e.header.Time }
func (e *parleyViewEnv) Gas() uint64                   { return math.MaxUint64 }
func (e *parleyViewEnv) UseGas(uint64) bool            { return true }

var _ precompile.Environment = (*parleyViewEnv)(nil)
