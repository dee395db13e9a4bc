package eigenlayer_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	am "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	kr "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/KeyRegistrar"

	"github.com/parley-xyz/parley/interop/bls"
	avsbind "github.com/parley-xyz/parley/node/avs/bindings"
	"github.com/parley-xyz/parley/node/eigenlayer"
)

// ERC-1967 storage slots of a proxy's implementation and admin.
var (
	implementationSlot = common.HexToHash("0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc")
	adminSlot          = common.HexToHash("0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103")
)

// sim is a simulated L1 with funded accounts.
type sim struct {
	backend  *simulated.Backend
	chain    eigenlayer.Chain
	accounts []*eigenlayer.Account
}

func newSim(t *testing.T, n int) *sim {
	t.Helper()
	alloc := types.GenesisAlloc{}
	var keys []*ecdsa.PrivateKey
	for i := 0; i < n; i++ {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("eigenlayer test account %d", i))))
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(eigenlayer.WAD))}
	}
	b := eigenlayer.NewSimulatedBackend(alloc)
	t.Cleanup(func() { _ = b.Close() })
	chain, err := eigenlayer.NewSimulatedChain(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	s := &sim{backend: b, chain: chain}
	for _, k := range keys {
		s.accounts = append(s.accounts, eigenlayer.NewAccount(k))
	}
	return s
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// gasLog collects the gas of the test's steps for one table at the end.
type gasLog struct {
	t    *testing.T
	rows []string
}

func (g *gasLog) add(step string, r eigenlayer.Result) {
	g.t.Helper()
	var parts []string
	for _, tx := range r.Txs {
		parts = append(parts, fmt.Sprintf("%s %d", tx.Label, tx.Receipt.GasUsed))
	}
	note := strings.Join(parts, ", ")
	if r.Skipped {
		note = "skipped"
	}
	g.rows = append(g.rows, fmt.Sprintf("%-44s %10d  %s", step, r.GasUsed(), note))
}

func (g *gasLog) print() {
	g.t.Logf("gas per step:\n%s", strings.Join(g.rows, "\n"))
}

// step returns a function that fails the test on an error and records a step's gas.
func (g *gasLog) step(name string) func(eigenlayer.Result, error) eigenlayer.Result {
	return func(r eigenlayer.Result, err error) eigenlayer.Result {
		g.t.Helper()
		if err != nil {
			g.t.Fatalf("%s: %v", name, err)
		}
		g.add(name, r)
		return r
	}
}

// must returns a function that fails the test on an error.
func must(t *testing.T) func(eigenlayer.Result, error) eigenlayer.Result {
	return func(r eigenlayer.Result, err error) eigenlayer.Result {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
}

func mustSkip(t *testing.T, what string, r eigenlayer.Result, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s again: %v", what, err)
	}
	if !r.Skipped || len(r.Txs) != 0 {
		t.Fatalf("%s again: sent %d transaction(s), want a skip", what, len(r.Txs))
	}
}

func wantRevert(t *testing.T, err error, name string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %s()", name)
	}
	if got := eigenlayer.ErrorName(err); got != name {
		t.Fatalf("error %q: decoded name %q, want %q", err, got, name)
	}
}

func TestDeploy(t *testing.T) {
	ctx := ctxT(t)
	s := newSim(t, 1)
	owner := s.accounts[0]
	params := eigenlayer.DefaultParams()
	params.AllocationConfigurationDelay, params.DeallocationDelay, params.MinWithdrawalDelayBlocks = 7, 5, 3
	start := time.Now()
	core, err := eigenlayer.Deploy(ctx, s.chain, owner, params)
	if err != nil {
		t.Fatal(err)
	}
	blocks := map[uint64]bool{}
	var lines []string
	for _, tx := range core.Deployment {
		blocks[tx.Receipt.BlockNumber.Uint64()] = true
		lines = append(lines, fmt.Sprintf("%-58s %9d", tx.Label, tx.Receipt.GasUsed))
	}
	t.Logf("deployment: %d transactions in %d blocks, %d gas, %v:\n%s",
		len(core.Deployment), len(blocks), core.DeploymentGas(), time.Since(start).Round(time.Millisecond), strings.Join(lines, "\n"))
	if len(blocks) != 5 {
		t.Errorf("deployment used %d blocks, want 5", len(blocks))
	}

	client := s.backend.Client()
	call := &bind.CallOpts{Context: ctx}
	for name, pi := range core.Addresses.Proxies() {
		proxy, impl := pi[0], pi[1]
		if impl == (common.Address{}) || proxy == impl {
			t.Fatalf("%s: proxy %s, implementation %s", name, proxy, impl)
		}
		slot, err := client.StorageAt(ctx, proxy, implementationSlot, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := common.BytesToAddress(slot); got != impl {
			t.Errorf("%s proxy %s: implementation slot %s, want %s", name, proxy, got, impl)
		}
		slot, err = client.StorageAt(ctx, proxy, adminSlot, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := common.BytesToAddress(slot); got != core.Addresses.ProxyAdmin {
			t.Errorf("%s proxy %s: admin slot %s, want the ProxyAdmin %s", name, proxy, got, core.Addresses.ProxyAdmin)
		}
		if got, err := core.ProxyAdmin.GetProxyImplementation(call, proxy); err != nil || got != impl {
			t.Errorf("%s: ProxyAdmin.getProxyImplementation = %s, %v; want %s", name, got, err, impl)
		}
	}
	if got, err := core.ProxyAdmin.Owner(call); err != nil || got != owner.Address {
		t.Errorf("ProxyAdmin owner %s, %v; want %s", got, err, owner.Address)
	}

	versions := map[string]func(*bind.CallOpts) (string, error){
		"PermissionController": core.PermissionController.Version,
		"DelegationManager":    core.DelegationManager.Version,
		"StrategyManager":      core.StrategyManager.Version,
		"AllocationManager":    core.AllocationManager.Version,
		"EigenPodManager":      core.EigenPodManager.Version,
		"KeyRegistrar":         core.KeyRegistrar.Version,
		"StrategyBase":         core.Strategy.Version,
	}
	for name, version := range versions {
		if v, err := version(call); err != nil || v != eigenlayer.Version {
			t.Errorf("%s.version() = %q, %v; want %q", name, v, err, eigenlayer.Version)
		}
	}

	// The delays reach the implementations' immutables.
	if v, err := core.AllocationManager.ALLOCATIONCONFIGURATIONDELAY(call); err != nil || v != 7 {
		t.Errorf("ALLOCATION_CONFIGURATION_DELAY = %d, %v; want 7", v, err)
	}
	if v, err := core.AllocationManager.DEALLOCATIONDELAY(call); err != nil || v != 5 {
		t.Errorf("DEALLOCATION_DELAY = %d, %v; want 5", v, err)
	}
	if v, err := core.DelegationManager.MinWithdrawalDelayBlocks(call); err != nil || v != 3 {
		t.Errorf("minWithdrawalDelayBlocks = %d, %v; want 3", v, err)
	}
	// Initialized as EigenLayer initializes them.
	if v, err := core.StrategyManager.Owner(call); err != nil || v != owner.Address {
		t.Errorf("StrategyManager owner %s, %v", v, err)
	}
	if v, err := core.StrategyManager.StrategyWhitelister(call); err != nil || v != owner.Address {
		t.Errorf("StrategyManager whitelister %s, %v", v, err)
	}
	if v, err := core.EigenPodManager.Owner(call); err != nil || v != owner.Address {
		t.Errorf("EigenPodManager owner %s, %v", v, err)
	}
	if ok, err := core.PauserRegistry.IsPauser(call, owner.Address); err != nil || !ok {
		t.Errorf("owner is not a pauser: %v", err)
	}
	if ok, err := core.StrategyManager.StrategyIsWhitelistedForDeposit(call, core.Addresses.Strategy); err != nil || !ok {
		t.Errorf("strategy not whitelisted: %v", err)
	}
	if tok, err := core.Strategy.UnderlyingToken(call); err != nil || tok != core.Addresses.Token {
		t.Errorf("strategy token %s, %v; want %s", tok, err, core.Addresses.Token)
	}
	if p, err := core.AllocationManager.Paused0(call); err != nil || p.Sign() != 0 {
		t.Errorf("AllocationManager paused %v, %v", p, err)
	}

	// A second initialization fails, with OpenZeppelin's require string decoded.
	_, err = eigenlayer.Transact(ctx, s.chain, owner, "DelegationManager.initialize", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return core.DelegationManager.Initialize(o, new(big.Int))
	})
	wantRevert(t, err, "Error")
	if !strings.Contains(err.Error(), `Error("Initializable: contract is already initialized")`) {
		t.Errorf("second initialize: %v", err)
	}

	// A transaction that passes estimation but fails on chain (it conflicts with an earlier
	// one of its block) is reported with its decoded reason too.
	b := eigenlayer.NewBatch(s.chain)
	for i := 0; i < 2; i++ {
		if _, err := b.Send(ctx, owner, "DelegationManager.registerAsOperator", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return core.DelegationManager.RegisterAsOperator(o, common.Address{}, 0, "")
		}); err != nil {
			t.Fatal(err)
		}
	}
	mined, err := b.Mine(ctx)
	if len(mined) != 1 {
		t.Errorf("%d transactions reported mined before the failure, want 1", len(mined))
	}
	wantRevert(t, err, "ActivelyDelegated")
	var re *eigenlayer.RevertError
	if !errors.As(err, &re) || re.TxHash == (common.Hash{}) {
		t.Errorf("mined failure without its hash: %v", err)
	}
	t.Logf("mined failure: %v", err)

	// Attach binds the same deployment.
	again, err := eigenlayer.Attach(s.chain, core.Addresses)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := again.KeyRegistrar.Version(call); err != nil || v != eigenlayer.Version {
		t.Errorf("attached KeyRegistrar.version() = %q, %v", v, err)
	}
}

// deployAcceptAllRegistrar deploys a TEST-ONLY IAVSRegistrar: 10 bytes of runtime code that
// return the word 1 to every call, so supportsAVS(avs) is true and registerOperator /
// deregisterOperator accept everyone. An EOA AVS needs one: without a registrar,
// AllocationManager calls the AVS itself, and an EOA reverts the registration.
//
//	init:    PUSH1 10 PUSH1 12 PUSH1 0 CODECOPY PUSH1 10 PUSH1 0 RETURN
//	runtime: PUSH1 1 PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN
func deployAcceptAllRegistrar(t *testing.T, ctx context.Context, chain eigenlayer.Chain, from *eigenlayer.Account) common.Address {
	t.Helper()
	code := common.FromHex("0x600a600c600039600a6000f3" + "600160005260206000f3")
	tx, err := eigenlayer.Transact(ctx, chain, from, "test registrar", func(o *bind.TransactOpts) (*types.Transaction, error) {
		_, tx, _, err := bind.DeployContract(o, abi.ABI{}, code, chain)
		return tx, err
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx.Receipt.ContractAddress
}

// swapG2Words returns keyData with each G2 coordinate's two words exchanged (real part
// first, the order EIP-197 does not use).
func swapG2Words(keyData []byte) []byte {
	out := bytes.Clone(keyData)
	w := func(i int) []byte { return out[32*i : 32*i+32] }
	for _, pair := range [][2]int{{2, 3}, {4, 5}} {
		a, b := bytes.Clone(w(pair[0])), bytes.Clone(w(pair[1]))
		copy(w(pair[0]), b)
		copy(w(pair[1]), a)
	}
	return out
}

func blsKey(t *testing.T, seed string) *bls.SecretKey {
	t.Helper()
	sk, err := bls.SecretKeyFromBytes(crypto.Keccak256([]byte(seed)))
	if err != nil {
		t.Fatal(err)
	}
	return sk
}

func TestOperatorPath(t *testing.T) {
	ctx := ctxT(t)
	s := newSim(t, 5)
	owner, avs, ops := s.accounts[0], s.accounts[1], s.accounts[2:]
	core, err := eigenlayer.Deploy(ctx, s.chain, owner, eigenlayer.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	g := &gasLog{t: t}
	defer g.print()
	g.add("Deploy (whole deployment)", eigenlayer.Result{Txs: core.Deployment})
	call := &bind.CallOpts{Context: ctx}
	const set, set2 = uint32(0), uint32(1)

	// The AVS: metadata, two BN254 operator sets, a test registrar.
	g.step("SetUpAVS (metadata, 2 sets, 2× BN254)")(core.SetUpAVS(ctx, avs, "https://parley.test/avs.json", []uint32{set, set2}))
	again, err := core.SetUpAVS(ctx, avs, "https://parley.test/avs.json", []uint32{set, set2})
	if err != nil || len(again.Txs) != 1 { // only the metadata URI is sent again
		t.Fatalf("SetUpAVS again: %d transactions, %v", len(again.Txs), err)
	}
	registrar := deployAcceptAllRegistrar(t, ctx, s.chain, avs)
	g.step("SetAVSRegistrar")(core.SetAVSRegistrar(ctx, avs, registrar))
	r, err := core.SetAVSRegistrar(ctx, avs, registrar)
	mustSkip(t, "SetAVSRegistrar", r, err)

	deposits := []*big.Int{
		new(big.Int).Mul(big.NewInt(1000), big.NewInt(eigenlayer.WAD)),
		new(big.Int).Mul(big.NewInt(2000), big.NewInt(eigenlayer.WAD)),
		new(big.Int).Mul(big.NewInt(3000), big.NewInt(eigenlayer.WAD)),
	}
	magnitudes := []uint64{1e18, 5e17, 25e16}
	keys := []*bls.SecretKey{blsKey(t, "op 0"), blsKey(t, "op 1"), blsKey(t, "op 2")}

	for i, op := range ops {
		name := fmt.Sprintf("op%d ", i)
		g.step(name + "RegisterAsOperator")(core.RegisterAsOperator(ctx, op, 0, fmt.Sprintf("https://parley.test/op%d.json", i)))
		r, err := core.RegisterAsOperator(ctx, op, 0, "")
		mustSkip(t, "RegisterAsOperator", r, err)

		if i == 0 {
			// Right after registration the allocation delay is not set yet.
			_, err := eigenlayer.Transact(ctx, s.chain, op, "modifyAllocations", func(o *bind.TransactOpts) (*types.Transaction, error) {
				return core.AllocationManager.ModifyAllocations(o, op.Address, []am.IAllocationManagerTypesAllocateParams{{
					OperatorSet: am.OperatorSet{Avs: avs.Address, Id: set}, Strategies: []common.Address{core.Addresses.Strategy}, NewMagnitudes: []uint64{1},
				}})
			})
			wantRevert(t, err, "UninitializedAllocationDelay")
			t.Logf("decoded: %v", err)
		}

		g.step(name + "Deposit (mint, approve, deposit)")(core.Deposit(ctx, op, deposits[i]))
		g.step(name + "Allocate")(core.Allocate(ctx, op, avs.Address, []uint32{set}, magnitudes[i]))
		r, err = core.Allocate(ctx, op, avs.Address, []uint32{set}, magnitudes[i])
		mustSkip(t, "Allocate", r, err)

		// The digest computed in Go is KeyRegistrar's.
		keyData := eigenlayer.KeyData(keys[i].PublicKeyG1(), keys[i].PublicKeyG2())
		digest, err := core.KeyRegistrationDigest(ctx, op.Address, avs.Address, set, keyData)
		if err != nil {
			t.Fatal(err)
		}
		onchain, err := core.KeyRegistrar.GetBN254KeyRegistrationMessageHash(call, op.Address, kr.OperatorSet{Avs: avs.Address, Id: set}, keyData)
		if err != nil {
			t.Fatal(err)
		}
		if digest != onchain {
			t.Fatalf("Go digest %x, KeyRegistrar's %x", digest, onchain)
		}
		g.step(name + "RegisterBN254Key")(core.RegisterBN254Key(ctx, op, avs.Address, set, keys[i]))
		r, err = core.RegisterBN254Key(ctx, op, avs.Address, set, keys[i])
		mustSkip(t, "RegisterBN254Key", r, err)

		g.step(name + "RegisterForOperatorSets")(core.RegisterForOperatorSets(ctx, op, avs.Address, []uint32{set}, nil))
		r, err = core.RegisterForOperatorSets(ctx, op, avs.Address, []uint32{set}, nil)
		mustSkip(t, "RegisterForOperatorSets", r, err)
	}

	// Keys: stored as registered, KeyData is encodeBN254KeyData, keys are unique forever.
	for i, op := range ops {
		g1, g2, ok, err := core.BN254Key(ctx, op.Address, avs.Address, set)
		if err != nil || !ok {
			t.Fatalf("op%d key: ok %v, %v", i, ok, err)
		}
		if !g1.Equal(keys[i].PublicKeyG1()) || !g2.Equal(keys[i].PublicKeyG2()) {
			t.Errorf("op%d: stored key differs from the registered one", i)
		}
		k, err := core.KeyRegistrar.GetBN254Key(call, kr.OperatorSet{Avs: avs.Address, Id: set}, op.Address)
		if err != nil {
			t.Fatal(err)
		}
		enc, err := core.KeyRegistrar.EncodeBN254KeyData(call, k.G1Point, k.G2Point)
		if err != nil {
			t.Fatal(err)
		}
		if want := eigenlayer.KeyData(g1, g2); !bytes.Equal(enc, want) {
			t.Errorf("op%d: encodeBN254KeyData %x, KeyData %x", i, enc, want)
		}
	}
	if _, _, ok, err := core.BN254Key(ctx, ops[0].Address, avs.Address, set2); err != nil || ok {
		t.Errorf("key in set %d before registering one: ok %v, %v", set2, ok, err)
	}
	_, err = core.RegisterBN254Key(ctx, ops[0], avs.Address, set2, keys[0])
	wantRevert(t, err, "KeyAlreadyRegistered")
	t.Logf("decoded: %v", err)
	_, err = core.RegisterBN254Key(ctx, ops[1], avs.Address, set2, keys[0])
	wantRevert(t, err, "KeyAlreadyRegistered")
	if _, err := core.RegisterBN254Key(ctx, ops[0], avs.Address, set, blsKey(t, "another")); !errors.Is(err, eigenlayer.ErrOtherKey) {
		t.Errorf("a second key in the same set: %v, want ErrOtherKey", err)
	}

	// A fresh key whose G2 words are in the wrong order, properly signed: the pairing
	// precompile refuses the point and KeyRegistrar runs INVALID, so nothing is registered.
	fresh := blsKey(t, "fresh")
	swapped := swapG2Words(eigenlayer.KeyData(fresh.PublicKeyG1(), fresh.PublicKeyG2()))
	digest, err := core.KeyRegistrationDigest(ctx, ops[1].Address, avs.Address, set2, swapped)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := fresh.Sign(digest)
	if err != nil {
		t.Fatal(err)
	}
	sigBytes := sig.Bytes()
	_, err = core.RegisterKey(ctx, ops[1], avs.Address, set2, swapped, sigBytes[:])
	var re *eigenlayer.RevertError
	if !errors.As(err, &re) || len(re.Data) != 0 {
		t.Fatalf("G2 words in the wrong order: %v, want a revert without data (INVALID)", err)
	}
	t.Logf("wrong-order G2 words: %v", err)
	// A valid key with a signature by another key: InvalidSignature().
	good := eigenlayer.KeyData(fresh.PublicKeyG1(), fresh.PublicKeyG2())
	digest, err = core.KeyRegistrationDigest(ctx, ops[1].Address, avs.Address, set2, good)
	if err != nil {
		t.Fatal(err)
	}
	sig, err = keys[1].Sign(digest)
	if err != nil {
		t.Fatal(err)
	}
	sigBytes = sig.Bytes()
	_, err = core.RegisterKey(ctx, ops[1], avs.Address, set2, good, sigBytes[:])
	wantRevert(t, err, "InvalidSignature")
	if _, _, ok, err := core.BN254Key(ctx, ops[1].Address, avs.Address, set2); err != nil || ok {
		t.Errorf("after failed registrations: ok %v, %v", ok, err)
	}
	// ...and then the same fresh key, correctly signed, registers.
	g.step("op1 RegisterBN254Key (set 1)")(core.RegisterBN254Key(ctx, ops[1], avs.Address, set2, fresh))

	// Membership.
	members, err := core.AllocationManager.GetMembers(call, am.OperatorSet{Avs: avs.Address, Id: set})
	if err != nil {
		t.Fatal(err)
	}
	if len(members) != len(ops) {
		t.Fatalf("%d members, want %d", len(members), len(ops))
	}
	for i, op := range ops {
		if ok, err := core.IsMember(ctx, op.Address, avs.Address, set); err != nil || !ok {
			t.Errorf("op%d member: %v, %v", i, ok, err)
		}
	}

	// Slashable stake = deposit × magnitude / 1e18 (max magnitude 1e18, shares 1:1).
	addrs := []common.Address{ops[0].Address, ops[1].Address, ops[2].Address}
	want := make([]*big.Int, len(ops))
	for i := range ops {
		want[i] = new(big.Int).Div(new(big.Int).Mul(deposits[i], new(big.Int).SetUint64(magnitudes[i])), big.NewInt(eigenlayer.WAD))
	}
	checkStake := func(when string) {
		t.Helper()
		got, err := core.MinimumSlashableStake(ctx, avs.Address, set, addrs, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for i := range ops {
			if got[i][0].Cmp(want[i]) != 0 {
				t.Errorf("%s: op%d slashable stake %s, want %s", when, i, got[i][0], want[i])
			}
		}
	}
	checkStake("after registration")

	// The AVS slashes op0 by half: its stake halves in the same block.
	g.step("SlashOperator (op0, 50%)")(core.SlashOperator(ctx, avs, ops[0].Address, set, eigenlayer.WAD/2, "equivocation"))
	want[0] = new(big.Int).Div(want[0], big.NewInt(2))
	checkStake("after slashing op0 by 50%")
	if m, err := core.AllocationManager.GetMaxMagnitude(call, ops[0].Address, core.Addresses.Strategy); err != nil || m != 5e17 {
		t.Errorf("op0 max magnitude %d, %v; want 5e17", m, err)
	}

	// op2 leaves: no longer a member, and with DEALLOCATION_DELAY 0 not slashable from the
	// next block on.
	g.step("op2 DeregisterFromOperatorSets")(core.DeregisterFromOperatorSets(ctx, ops[2], avs.Address, []uint32{set}))
	r, err = core.DeregisterFromOperatorSets(ctx, ops[2], avs.Address, []uint32{set})
	mustSkip(t, "DeregisterFromOperatorSets", r, err)
	if ok, err := core.IsMember(ctx, ops[2].Address, avs.Address, set); err != nil || ok {
		t.Errorf("op2 member after deregistering: %v, %v", ok, err)
	}
	if err := s.chain.Mine(ctx); err != nil {
		t.Fatal(err)
	}
	want[2] = new(big.Int)
	checkStake("after op2 left")
	_, err = core.SlashOperator(ctx, avs, ops[2].Address, set, eigenlayer.WAD, "too late")
	wantRevert(t, err, "OperatorNotSlashable")
}

func TestDelays(t *testing.T) {
	ctx := ctxT(t)
	s := newSim(t, 3)
	owner, avs, op := s.accounts[0], s.accounts[1], s.accounts[2]
	params := eigenlayer.DefaultParams()
	params.AllocationConfigurationDelay = 4
	core, err := eigenlayer.Deploy(ctx, s.chain, owner, params)
	if err != nil {
		t.Fatal(err)
	}
	must(t)(core.SetUpAVS(ctx, avs, "avs", []uint32{0}))
	reg := must(t)(core.RegisterAsOperator(ctx, op, 3, "op"))
	must(t)(core.Deposit(ctx, op, big.NewInt(eigenlayer.WAD)))

	// Too long a wait fails at once, naming the delay.
	core.MaxWaitBlocks = 2
	if _, err := core.Allocate(ctx, op, avs.Address, []uint32{0}, 1e18); !errors.Is(err, eigenlayer.ErrDelayTooLong) {
		t.Fatalf("Allocate with MaxWaitBlocks 2: %v, want ErrDelayTooLong", err)
	}
	core.MaxWaitBlocks = eigenlayer.DefaultMaxWaitBlocks

	// Allocate mines until the allocation delay is set (registration block + ACD + 1),
	// then until the allocation takes effect (its block + the operator's delay of 3).
	res := must(t)(core.Allocate(ctx, op, avs.Address, []uint32{0}, 1e18))
	regBlock := reg.Txs[0].Receipt.BlockNumber.Uint64()
	allocBlock := res.Txs[0].Receipt.BlockNumber.Uint64()
	if allocBlock < regBlock+uint64(params.AllocationConfigurationDelay)+1 {
		t.Errorf("allocated in block %d, registered in %d: before the allocation delay was set", allocBlock, regBlock)
	}
	head, err := s.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head.Number.Uint64() < allocBlock+3 {
		t.Errorf("Allocate returned at block %d, allocation in %d takes effect at %d", head.Number, allocBlock, allocBlock+3)
	}
	a, err := core.AllocationManager.GetAllocation(&bind.CallOpts{Context: ctx}, op.Address, am.OperatorSet{Avs: avs.Address, Id: 0}, core.Addresses.Strategy)
	if err != nil {
		t.Fatal(err)
	}
	if a.CurrentMagnitude != 1e18 || a.PendingDiff.Sign() != 0 {
		t.Errorf("allocation %+v, want 1e18 in effect", a)
	}
	t.Logf("registered in block %d, allocated in %d, in effect by %d", regBlock, allocBlock, head.Number)
}

func TestKeyRegistrationDigest(t *testing.T) {
	id := big.NewInt(1337)
	kreg, op, avs := common.HexToAddress("0x01"), common.HexToAddress("0x02"), common.HexToAddress("0x03")
	sk := blsKey(t, "digest")
	keyData := eigenlayer.KeyData(sk.PublicKeyG1(), sk.PublicKeyG2())
	if len(keyData) != eigenlayer.KeyDataSize {
		t.Fatalf("keyData %d bytes", len(keyData))
	}
	g1, g2 := sk.PublicKeyG1().Bytes(), sk.PublicKeyG2().Bytes()
	if !bytes.Equal(keyData, append(g1[:], g2[:]...)) {
		t.Fatal("KeyData is not G1Bytes || G2Bytes")
	}
	base := eigenlayer.KeyRegistrationDigest(id, kreg, "1.8.1", op, avs, 7, keyData)
	// Only the major version's first character enters the domain.
	if eigenlayer.KeyRegistrationDigest(id, kreg, "1.9.0", op, avs, 7, keyData) != base {
		t.Error("minor version changed the digest")
	}
	for name, d := range map[string][32]byte{
		"version":  eigenlayer.KeyRegistrationDigest(id, kreg, "2.0.0", op, avs, 7, keyData),
		"chain":    eigenlayer.KeyRegistrationDigest(big.NewInt(1), kreg, "1.8.1", op, avs, 7, keyData),
		"registry": eigenlayer.KeyRegistrationDigest(id, avs, "1.8.1", op, avs, 7, keyData),
		"operator": eigenlayer.KeyRegistrationDigest(id, kreg, "1.8.1", avs, avs, 7, keyData),
		"avs":      eigenlayer.KeyRegistrationDigest(id, kreg, "1.8.1", op, op, 7, keyData),
		"set":      eigenlayer.KeyRegistrationDigest(id, kreg, "1.8.1", op, avs, 8, keyData),
		"key":      eigenlayer.KeyRegistrationDigest(id, kreg, "1.8.1", op, avs, 7, swapG2Words(keyData)),
	} {
		if d == base {
			t.Errorf("changing the %s leaves the digest", name)
		}
	}
	if got := eigenlayer.BN254KeyRegistrationTypeHash; got != crypto.Keccak256Hash([]byte("BN254KeyRegistration(address operator,address avs,uint32 operatorSetId,bytes keyData)")) {
		t.Errorf("type hash %s", got)
	}
}

func TestDecodeRevert(t *testing.T) {
	sel := func(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }
	errString, _ := hexutil.Decode("0x08c379a0" +
		"0000000000000000000000000000000000000000000000000000000000000020" +
		"0000000000000000000000000000000000000000000000000000000000000002" +
		"6869000000000000000000000000000000000000000000000000000000000000")
	panic11, _ := hexutil.Decode("0x4e487b71" + "0000000000000000000000000000000000000000000000000000000000000011")
	notMember := append(sel("NotMemberOfSet()"), []byte{}...)
	keyNotFound := append(sel("KeyNotFound((address,uint32),address)"),
		common.LeftPadBytes([]byte{0xaa}, 32)...)
	keyNotFound = append(keyNotFound, common.LeftPadBytes([]byte{7}, 32)...)
	keyNotFound = append(keyNotFound, common.LeftPadBytes([]byte{0xbb}, 32)...)
	for _, c := range []struct {
		data       []byte
		name, text string
	}{
		{sel("KeyAlreadyRegistered()"), "KeyAlreadyRegistered", "KeyAlreadyRegistered()"},
		{sel("UninitializedAllocationDelay()"), "UninitializedAllocationDelay", "UninitializedAllocationDelay()"},
		{notMember, "NotMemberOfSet", "NotMemberOfSet()"},
		{keyNotFound, "KeyNotFound", fmt.Sprintf("KeyNotFound((%s, 7), %s)", common.HexToAddress("0xaa").Hex(), common.HexToAddress("0xbb").Hex())},
		{errString, "Error", `Error("hi")`},
		{panic11, "Panic", "Panic(arithmetic underflow or overflow)"},
		{nil, "", "execution reverted without data (a bare revert, an INVALID opcode or an inner call out of gas)"},
		{[]byte{1, 2, 3, 4}, "", "unknown revert data 0x01020304"},
	} {
		name, text := eigenlayer.DecodeRevert(c.data)
		if name != c.name || text != c.text {
			t.Errorf("DecodeRevert(%x) = %q, %q; want %q, %q", c.data, name, text, c.name, c.text)
		}
	}
}

// The Chain of a node that mines by itself (nil MineFunc) waits for receipts; here a
// goroutine commits the simulated backend's blocks, as a dev node's period would.
func TestChainWithoutMineFunc(t *testing.T) {
	ctx := ctxT(t)
	s := newSim(t, 1)
	chain, err := eigenlayer.NewChain(ctx, s.backend.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				s.backend.Commit()
			}
		}
	}()
	defer func() { close(stop); <-done }()
	b := eigenlayer.NewBatch(chain)
	for i := 0; i < 3; i++ {
		if _, err := b.Send(ctx, s.accounts[0], "EmptyContract", func(o *bind.TransactOpts) (*types.Transaction, error) {
			_, tx, _, err := avsbind.DeployEmptyContract(o, chain)
			return tx, err
		}); err != nil {
			t.Fatal(err)
		}
	}
	txs, err := b.Mine(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(txs) != 3 {
		t.Fatalf("%d receipts", len(txs))
	}
	if err := eigenlayer.WaitForBlock(ctx, chain, txs[2].Receipt.BlockNumber.Uint64()+2); err != nil {
		t.Fatal(err)
	}
}
