package eigenlayer

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	am "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	dm "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/DelegationManager"
	epm "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/EigenPodManager"
	kr "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/KeyRegistrar"
	pauser "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/PauserRegistry"
	pc "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/PermissionController"
	sb "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/StrategyBase"
	sm "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/StrategyManager"

	avsbind "github.com/parley-xyz/parley/node/avs/bindings"
)

// Version is the EigenLayer core release whose bindings this package deploys.
const Version = "1.8.1"

// Params are the deployment's settings: EigenLayer's block delays, which its
// implementations take as constructor arguments, and the version string they report.
type Params struct {
	// AllocationConfigurationDelay is AllocationManager's ALLOCATION_CONFIGURATION_DELAY:
	// an operator's allocation delay takes effect this many blocks + 1 after it is set.
	AllocationConfigurationDelay uint32 `json:"allocationConfigurationDelay"`
	// DeallocationDelay is AllocationManager's DEALLOCATION_DELAY: how many blocks an
	// operator stays slashable after leaving a set or deallocating.
	DeallocationDelay uint32 `json:"deallocationDelay"`
	// MinWithdrawalDelayBlocks is DelegationManager's MIN_WITHDRAWAL_DELAY_BLOCKS.
	MinWithdrawalDelayBlocks uint32 `json:"minWithdrawalDelayBlocks"`
	// Version is the semantic version every implementation reports. Its first character
	// is the EIP-712 domain version of KeyRegistrar's signatures. At most 31 bytes.
	Version string `json:"version"`
	// TokenName and TokenSymbol name the TestERC20 behind the strategy.
	TokenName   string `json:"tokenName"`
	TokenSymbol string `json:"tokenSymbol"`
}

// DefaultParams are the settings for devnets and tests: no delays, so an operator is
// live two blocks after it registers.
func DefaultParams() Params {
	return Params{Version: Version, TokenName: "Parley Test Token", TokenSymbol: "PTT"}
}

// MainnetParams documents EigenLayer's mainnet delays (script/configs/mainnet.json and
// docs/core/AllocationManager.md of the release): ALLOCATION_CONFIGURATION_DELAY 126,000
// blocks (17.5 days), DEALLOCATION_DELAY 100,800 (14 days), MIN_WITHDRAWAL_DELAY_BLOCKS
// 100,800. (EigenLayer's testnets use 75 and 50 blocks for the first two.)
func MainnetParams() Params {
	p := DefaultParams()
	p.AllocationConfigurationDelay = 126_000
	p.DeallocationDelay = 100_800
	p.MinWithdrawalDelayBlocks = 100_800
	return p
}

// Addresses are a deployment's contracts. The core contracts are their proxies, which
// is what anyone calls; Implementations holds what the proxies point to.
type Addresses struct {
	// ProxyAdmin (OpenZeppelin 4.9.0) administers every proxy.
	ProxyAdmin common.Address `json:"proxyAdmin"`
	// PauserRegistry names the pausers and the unpauser of every pausable contract.
	PauserRegistry common.Address `json:"pauserRegistry"`
	// EmptyContract is the proxies' first logic contract.
	EmptyContract common.Address `json:"emptyContract"`

	// PermissionController is the proxy of PermissionController (admins, appointees).
	PermissionController common.Address `json:"permissionController"`
	// DelegationManager is the proxy of DelegationManager (operators, delegated shares).
	DelegationManager common.Address `json:"delegationManager"`
	// StrategyManager is the proxy of StrategyManager (deposits into strategies).
	StrategyManager common.Address `json:"strategyManager"`
	// AllocationManager is the proxy of AllocationManager (operator sets, allocations,
	// slashing).
	AllocationManager common.Address `json:"allocationManager"`
	// EigenPodManager is the proxy of EigenPodManager (native restaking, unused here).
	EigenPodManager common.Address `json:"eigenPodManager"`
	// KeyRegistrar is the proxy of KeyRegistrar (operators' keys per operator set).
	KeyRegistrar common.Address `json:"keyRegistrar"`

	// Token is the TestERC20 anyone may mint.
	Token common.Address `json:"token"`
	// Strategy is the proxy of the StrategyBase for Token, whitelisted for deposits.
	Strategy common.Address `json:"strategy"`

	// Implementations are the proxies' logic contracts.
	Implementations Implementations `json:"implementations"`
}

// Implementations are the logic contracts behind a deployment's proxies, one field per
// proxy of the same name (StrategyBase is behind Addresses.Strategy).
type Implementations struct {
	PermissionController common.Address `json:"permissionController"`
	DelegationManager    common.Address `json:"delegationManager"`
	StrategyManager      common.Address `json:"strategyManager"`
	AllocationManager    common.Address `json:"allocationManager"`
	EigenPodManager      common.Address `json:"eigenPodManager"`
	KeyRegistrar         common.Address `json:"keyRegistrar"`
	StrategyBase         common.Address `json:"strategyBase"`
}

// Proxies returns each proxy of the deployment with the implementation it must point to,
// by contract name.
func (a Addresses) Proxies() map[string][2]common.Address {
	i := a.Implementations
	return map[string][2]common.Address{
		"PermissionController": {a.PermissionController, i.PermissionController},
		"DelegationManager":    {a.DelegationManager, i.DelegationManager},
		"StrategyManager":      {a.StrategyManager, i.StrategyManager},
		"AllocationManager":    {a.AllocationManager, i.AllocationManager},
		"EigenPodManager":      {a.EigenPodManager, i.EigenPodManager},
		"KeyRegistrar":         {a.KeyRegistrar, i.KeyRegistrar},
		"StrategyBase":         {a.Strategy, i.StrategyBase},
	}
}

// DefaultMaxWaitBlocks is Core.MaxWaitBlocks unless changed.
const DefaultMaxWaitBlocks = 1000

// Core is a deployment of EigenLayer core on a chain: every address and a binding of
// every contract, bound through their proxies.
type Core struct {
	// Chain is the chain the contracts are on.
	Chain Chain
	// Addresses are the contracts.
	Addresses Addresses
	// Deployment lists Deploy's transactions (empty for Attach).
	Deployment []Tx
	// MaxWaitBlocks bounds how many blocks a step mines or waits for to let an
	// EigenLayer delay pass; a longer wait fails at once with an error that says how long.
	MaxWaitBlocks uint64

	// The contracts' bindings, each at its address in Addresses (the proxy for the core
	// contracts and the strategy).

	ProxyAdmin           *avsbind.ProxyAdmin
	PauserRegistry       *pauser.PauserRegistry
	PermissionController *pc.PermissionController
	DelegationManager    *dm.DelegationManager
	StrategyManager      *sm.StrategyManager
	AllocationManager    *am.AllocationManager
	EigenPodManager      *epm.EigenPodManager
	KeyRegistrar         *kr.KeyRegistrar
	Token                *avsbind.TestERC20
	Strategy             *sb.StrategyBase
}

// DeploymentGas returns the gas of all of Deploy's transactions.
func (c *Core) DeploymentGas() uint64 { return Result{Txs: c.Deployment}.GasUsed() }

// Attach binds a deployment at known addresses.
func Attach(chain Chain, a Addresses) (*Core, error) {
	c := &Core{Chain: chain, Addresses: a, MaxWaitBlocks: DefaultMaxWaitBlocks}
	var err error
	bindErr := func(name string, e error) {
		if e != nil && err == nil {
			err = fmt.Errorf("eigenlayer: binding %s: %w", name, e)
		}
	}
	var e error
	c.ProxyAdmin, e = avsbind.NewProxyAdmin(a.ProxyAdmin, chain)
	bindErr("ProxyAdmin", e)
	c.PauserRegistry, e = pauser.NewPauserRegistry(a.PauserRegistry, chain)
	bindErr("PauserRegistry", e)
	c.PermissionController, e = pc.NewPermissionController(a.PermissionController, chain)
	bindErr("PermissionController", e)
	c.DelegationManager, e = dm.NewDelegationManager(a.DelegationManager, chain)
	bindErr("DelegationManager", e)
	c.StrategyManager, e = sm.NewStrategyManager(a.StrategyManager, chain)
	bindErr("StrategyManager", e)
	c.AllocationManager, e = am.NewAllocationManager(a.AllocationManager, chain)
	bindErr("AllocationManager", e)
	c.EigenPodManager, e = epm.NewEigenPodManager(a.EigenPodManager, chain)
	bindErr("EigenPodManager", e)
	c.KeyRegistrar, e = kr.NewKeyRegistrar(a.KeyRegistrar, chain)
	bindErr("KeyRegistrar", e)
	c.Token, e = avsbind.NewTestERC20(a.Token, chain)
	bindErr("TestERC20", e)
	c.Strategy, e = sb.NewStrategyBase(a.Strategy, chain)
	bindErr("StrategyBase", e)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Deploy deploys EigenLayer core behind proxies owned by one ProxyAdmin, a TestERC20 and
// a StrategyBase for it, as the package documentation lists, in five blocks. owner owns
// the ProxyAdmin, is the only pauser and the unpauser, owns StrategyManager and
// EigenPodManager and whitelists strategies. On an error, the returned Core (if any)
// holds what was deployed so far.
func Deploy(ctx context.Context, chain Chain, owner *Account, p Params) (*Core, error) {
	if p.Version == "" || len(p.Version) > 31 {
		return nil, fmt.Errorf("eigenlayer: version %q: want 1 to 31 bytes", p.Version)
	}
	d := &deployer{ctx: ctx, b: NewBatch(chain), owner: owner}
	var a Addresses
	var err error

	// 1. Contracts without dependencies.
	a.ProxyAdmin = d.deploy("ProxyAdmin", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := avsbind.DeployProxyAdmin(o, chain)
		return addr, tx, err
	})
	a.PauserRegistry = d.deploy("PauserRegistry", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := pauser.DeployPauserRegistry(o, chain, []common.Address{owner.Address}, owner.Address)
		return addr, tx, err
	})
	a.EmptyContract = d.deploy("EmptyContract", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := avsbind.DeployEmptyContract(o, chain)
		return addr, tx, err
	})
	a.Token = d.deploy("TestERC20", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := avsbind.DeployTestERC20(o, chain, p.TokenName, p.TokenSymbol)
		return addr, tx, err
	})
	d.mine()

	// 2. Proxies, first pointing at the EmptyContract (a proxy needs a contract as logic).
	proxy := func(name string) common.Address {
		return d.deploy("TransparentUpgradeableProxy("+name+")", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			addr, tx, _, err := avsbind.DeployTransparentUpgradeableProxy(o, chain, a.EmptyContract, a.ProxyAdmin, nil)
			return addr, tx, err
		})
	}
	a.PermissionController = proxy("PermissionController")
	a.DelegationManager = proxy("DelegationManager")
	a.StrategyManager = proxy("StrategyManager")
	a.AllocationManager = proxy("AllocationManager")
	a.EigenPodManager = proxy("EigenPodManager")
	a.KeyRegistrar = proxy("KeyRegistrar")
	d.mine()

	// 3. Implementations, holding the proxies as immutables.
	i := &a.Implementations
	i.PermissionController = d.deploy("PermissionController", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := pc.DeployPermissionController(o, chain, p.Version)
		return addr, tx, err
	})
	i.DelegationManager = d.deploy("DelegationManager", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := dm.DeployDelegationManager(o, chain, a.StrategyManager, a.EigenPodManager, a.AllocationManager,
			a.PauserRegistry, a.PermissionController, p.MinWithdrawalDelayBlocks, p.Version)
		return addr, tx, err
	})
	i.StrategyManager = d.deploy("StrategyManager", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := sm.DeployStrategyManager(o, chain, a.AllocationManager, a.DelegationManager, a.PauserRegistry, p.Version)
		return addr, tx, err
	})
	i.AllocationManager = d.deploy("AllocationManager", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := am.DeployAllocationManager(o, chain, a.DelegationManager, common.Address{}, a.PauserRegistry,
			a.PermissionController, p.DeallocationDelay, p.AllocationConfigurationDelay, p.Version)
		return addr, tx, err
	})
	i.EigenPodManager = d.deploy("EigenPodManager", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := epm.DeployEigenPodManager(o, chain, common.Address{}, common.Address{}, a.DelegationManager, a.PauserRegistry, p.Version)
		return addr, tx, err
	})
	i.KeyRegistrar = d.deploy("KeyRegistrar", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := kr.DeployKeyRegistrar(o, chain, a.PermissionController, a.AllocationManager, p.Version)
		return addr, tx, err
	})
	i.StrategyBase = d.deploy("StrategyBase", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := sb.DeployStrategyBase(o, chain, a.StrategyManager, a.PauserRegistry, p.Version)
		return addr, tx, err
	})
	d.mine()

	// 4. Point the proxies at their implementations and initialize them; the strategy's
	// proxy is created initialized, as EigenLayer's scripts create strategies.
	var initDM, initSM, initAM, initEPM, initSB []byte
	if d.err == nil {
		initDM, d.err = pack(dm.DelegationManagerMetaData, "initialize", new(big.Int))
	}
	if d.err == nil {
		initSM, d.err = pack(sm.StrategyManagerMetaData, "initialize", owner.Address, owner.Address, new(big.Int))
	}
	if d.err == nil {
		initAM, d.err = pack(am.AllocationManagerMetaData, "initialize", new(big.Int))
	}
	if d.err == nil {
		initEPM, d.err = pack(epm.EigenPodManagerMetaData, "initialize", owner.Address, new(big.Int))
	}
	if d.err == nil {
		initSB, d.err = pack(sb.StrategyBaseMetaData, "initialize", a.Token)
	}
	var admin *avsbind.ProxyAdmin
	if d.err == nil {
		admin, d.err = avsbind.NewProxyAdmin(a.ProxyAdmin, chain)
	}
	upgrade := func(name string, proxy, impl common.Address, init []byte) {
		label := "ProxyAdmin.upgrade(" + name + ")"
		if init != nil {
			label = "ProxyAdmin.upgradeAndCall(" + name + ".initialize)"
		}
		d.send(label, func(o *bind.TransactOpts) (*types.Transaction, error) {
			if init == nil {
				return admin.Upgrade(o, proxy, impl)
			}
			return admin.UpgradeAndCall(o, proxy, impl, init)
		})
	}
	upgrade("PermissionController", a.PermissionController, i.PermissionController, nil)
	upgrade("DelegationManager", a.DelegationManager, i.DelegationManager, initDM)
	upgrade("StrategyManager", a.StrategyManager, i.StrategyManager, initSM)
	upgrade("AllocationManager", a.AllocationManager, i.AllocationManager, initAM)
	upgrade("EigenPodManager", a.EigenPodManager, i.EigenPodManager, initEPM)
	upgrade("KeyRegistrar", a.KeyRegistrar, i.KeyRegistrar, nil)
	a.Strategy = d.deploy("TransparentUpgradeableProxy(StrategyBase.initialize)", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := avsbind.DeployTransparentUpgradeableProxy(o, chain, i.StrategyBase, a.ProxyAdmin, initSB)
		return addr, tx, err
	})
	d.mine()

	core, bindErr := Attach(chain, a)
	if d.err == nil {
		d.err = bindErr
	}
	if d.err != nil {
		if core != nil {
			core.Deployment = d.txs
		}
		return core, d.err
	}

	// 5. Whitelist the strategy for deposits.
	d.send("StrategyManager.addStrategiesToDepositWhitelist", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return core.StrategyManager.AddStrategiesToDepositWhitelist(o, []common.Address{a.Strategy})
	})
	d.mine()
	core.Deployment = d.txs
	if err = d.err; err != nil {
		return core, err
	}
	return core, nil
}

// deployer sends Deploy's transactions in batches and keeps the first error: after one,
// it sends nothing more.
type deployer struct {
	ctx   context.Context
	b     *Batch
	owner *Account
	txs   []Tx
	err   error
}

func (d *deployer) send(label string, f func(*bind.TransactOpts) (*types.Transaction, error)) {
	if d.err != nil {
		return
	}
	_, d.err = d.b.Send(d.ctx, d.owner, label, f)
}

func (d *deployer) deploy(label string, f func(*bind.TransactOpts) (common.Address, *types.Transaction, error)) common.Address {
	var addr common.Address
	d.send(label, func(o *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, err := f(o)
		addr = a
		return tx, err
	})
	return addr
}

func (d *deployer) mine() {
	txs, err := d.b.Mine(d.ctx)
	d.txs = append(d.txs, txs...)
	if d.err == nil {
		d.err = err
	}
}

// pack ABI-encodes a call of method from a binding's ABI.
func pack(md *bind.MetaData, method string, args ...any) ([]byte, error) {
	parsed, err := md.GetAbi()
	if err != nil {
		return nil, err
	}
	data, err := parsed.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("eigenlayer: encoding %s: %w", method, err)
	}
	return data, nil
}
