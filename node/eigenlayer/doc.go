// Package eigenlayer deploys EigenLayer core v1.8.1 to an L1 and takes operators and an
// AVS through EigenLayer's own steps, for devnets and tests.
//
// Why: Parley's operator table is EigenLayer's — keys from KeyRegistrar, membership and
// slashable stake from AllocationManager, shares from DelegationManager — so anything that
// tests or runs Parley end to end needs those contracts on its L1. This package does not
// mock them. It deploys EigenLayer's own compiled contracts (the abigen bindings with
// bytecode in github.com/Layr-Labs/eigenlayer-contracts v1.8.1, pkg/bindings) the way
// EigenLayer deploys itself: every core contract behind an OpenZeppelin 4.9.0
// TransparentUpgradeableProxy owned by one ProxyAdmin, first pointed at an EmptyContract,
// then upgraded to an implementation that holds the proxy addresses as immutables, with
// the release's initializers. What an AVS or operator observes (addresses aside) is what it
// observes on mainnet, only with shorter delays. The proxies, the ProxyAdmin, the
// EmptyContract and a freely mintable TestERC20 come from Parley's node/avs/bindings,
// because EigenLayer's module ships no bytecode for them.
//
// # What is deployed
//
// Deploy sends, in five blocks (independent deployments batched before one Mine):
//
//  1. ProxyAdmin; PauserRegistry([owner], owner); EmptyContract; TestERC20.
//  2. Six proxies (EmptyContract, ProxyAdmin, ""): PermissionController,
//     DelegationManager, StrategyManager, AllocationManager, EigenPodManager, KeyRegistrar.
//  3. The implementations, with the proxies as constructor arguments, and a StrategyBase
//     implementation.
//  4. ProxyAdmin.upgrade (PermissionController, KeyRegistrar: no initializer, as in
//     EigenLayer's release) and upgradeAndCall with DelegationManager.initialize(0),
//     StrategyManager.initialize(owner, owner, 0), AllocationManager.initialize(0),
//     EigenPodManager.initialize(owner, 0); a StrategyBase proxy initialized with the token.
//  5. StrategyManager.addStrategiesToDepositWhitelist([strategy]).
//
// EigenPodManager is deployed because DelegationManager reads it on every delegation; its
// ETH deposit contract and pod beacon are the zero address, as is AllocationManager's
// EIGEN strategy. AVSDirectory, RewardsCoordinator, EigenPods, StrategyFactory and the
// multichain contracts are not deployed: Parley uses none of them.
//
// # Delays
//
// Params carries EigenLayer's three block delays; all are 0 by default, which makes an
// operator live two blocks after it registers. MainnetParams documents mainnet's values.
//
//   - ALLOCATION_CONFIGURATION_DELAY (AllocationManager): an operator's allocation delay
//     takes effect ACD+1 blocks after it is set (at registration); modifyAllocations
//     before then reverts with UninitializedAllocationDelay(). Allocate mines or waits
//     those blocks.
//   - The operator's own allocation delay (chosen at registration): new magnitude
//     becomes slashable that many blocks after modifyAllocations. Allocate waits for it.
//   - DEALLOCATION_DELAY (AllocationManager): an operator that leaves a set stays
//     slashable, and its deallocations stay encumbered, for this many blocks.
//   - MIN_WITHDRAWAL_DELAY_BLOCKS (DelegationManager): withdrawals only.
//
// Waits are bounded by Core.MaxWaitBlocks so that a step never sits on a mainnet-sized
// delay.
//
// # Chains, accounts and errors
//
// Everything is written against Chain, a bind.ContractBackend that can also Mine: the
// simulated backend (NewSimulatedChain), a node that mines by itself (NewChain with a nil
// MineFunc) or an L1 whose blocks the caller builds, such as an action-test L1 miner
// (NewChain with a MineFunc that includes the pending transactions). Transactions are
// sent by Accounts, which count their own nonces, so that several transactions from one
// account can share a block; Batch sends many and mines them together. Every mined
// receipt is checked, and a revert surfaces as a *RevertError whose reason is decoded with
// the ABIs of every contract deployed here (e.g. "KeyAlreadyRegistered()") rather than a
// bare "execution reverted"; only a revert without data (INVALID, an inner call out of
// gas) stays undecoded, and says so.
//
// # Steps
//
// The operator steps (RegisterAsOperator, Deposit, Allocate, RegisterBN254Key,
// RegisterForOperatorSets, DeregisterFromOperatorSets) and the AVS steps
// (UpdateAVSMetadataURI, CreateOperatorSets, ConfigureBN254OperatorSet, SetUpAVS for the
// three, SetAVSRegistrar, SlashOperator) each return a Result listing the transactions
// they mined, with their receipts and gas. Where EigenLayer lets one check, a step that
// is already done sends nothing and returns a Result with Skipped set: running a sequence
// twice is harmless. Deposit, UpdateAVSMetadataURI and SlashOperator cannot be checked
// and always send.
//
// The AVS helpers serve an AVS that is an EOA, as tests use. Such an AVS needs an
// IAVSRegistrar before operators can register for its sets: without one,
// AllocationManager calls the AVS address itself, and an EOA returns nothing, which
// reverts the registration. (This package's tests use a ten-byte accept-all registrar
// defined in the test; Parley's own registrar lives with its AVS contracts.) The readers
// IsMember, BN254Key and MinimumSlashableStake return what the table is built from.
//
// # BN254 keys
//
// KeyRegistrar's proof of possession is a BN254 signature over an EIP-712 digest;
// KeyRegistrationDigest computes it in Go (domain name "EigenLayer", version = the first
// character of KeyRegistrar.version(), the chain id and the KeyRegistrar proxy), and
// RegisterBN254Key signs it with Parley's bls.SecretKey.Sign. KeyData is the 192-byte
// keyData EigenLayer stores: G1.X, G1.Y, G2.X[0], G2.X[1], G2.Y[0], G2.Y[1], which is
// bls's G1 encoding followed by its (EIP-197 ordered) G2 encoding. A key is unique across
// all of EigenLayer forever (by the hash of its G1 point): registering it for a second
// operator set, or again after deregistering it, reverts with KeyAlreadyRegistered().
package eigenlayer
