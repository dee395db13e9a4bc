// Package relayertest is what the relayer's tests run against: a relay target contract,
// ParleyMessenger deployed at one address on two chains, Ethereum key files, and, for
// tests against real processes, a source and a destination dev node (the patched
// op-geth). It is a test helper package: nothing in production imports it.
package relayertest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	ethkeystore "github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/parley-xyz/parley/node/devnode"
	"github.com/parley-xyz/parley/node/eigenlayer"
	"github.com/parley-xyz/parley/node/messenger"
	"github.com/parley-xyz/parley/node/source"
	"github.com/parley-xyz/parley/precompile"
)

// Key returns a deterministic test key for a name.
func Key(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("parley relayertest " + name)))
	if err != nil {
		panic(err)
	}
	return k
}

// Address returns a key's address.
func Address(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// Target storage slots (see TargetCode).
const (
	SlotCalls    = messenger.SlotCalls
	SlotDataHash = messenger.SlotDataHash
	SlotCaller   = messenger.SlotCaller
	SlotSender   = messenger.SlotSender
	SlotSource   = messenger.SlotSource
)

// TargetCode is messenger.TargetCode: a relay target recording each delivery.
func TargetCode() []byte { return messenger.TargetCode() }

// standInSig is the stand-in inbox's setter.
const standInSig = "standIn(uint64,uint64,bytes32,bytes32)"

// StandInInboxCode is the runtime code of a stand-in for the inbox precompile on a
// chain without Parley (a dev node derives nothing, so nothing certifies ranges
// there). It holds one certified range, which anyone sets with
// standIn(uint64 from, uint64 to, bytes32 lastBlockHash, bytes32 messageRoot), and
// answers certifiedRange(chainId, block) with it whatever the arguments,
// latestCertifiedBlock(chainId) with (to, to != 0), isValidMessage with true, and
// every other call (validateMessage among them) with 128 zero bytes: it accepts every
// proof. Tests of relaying against real processes use it; the real precompile is
// e2e/action's.
func StandInInboxCode() []byte {
	sel := func(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }
	var code []byte
	labels, fixups := map[string]int{}, map[int]string{}
	op := func(b ...byte) { code = append(code, b...) }
	dispatch := func(sig, label string) {
		s := sel(sig)
		op(0x80, 0x63, s[0], s[1], s[2], s[3], 0x14, 0x61, 0, 0, 0x57) // dup1 push4 sel eq push2 label jumpi
		fixups[len(code)-3] = label
	}
	label := func(name string) { labels[name] = len(code); op(0x5b) }
	op(0x60, 0x00, 0x35, 0x60, 0xe0, 0x1c) // selector: calldataload(0) >> 224
	dispatch(standInSig, "set")
	dispatch("certifiedRange(uint256,uint64)", "range")
	dispatch("latestCertifiedBlock(uint256)", "latest")
	dispatch("isValidMessage((address,uint256,uint256,uint256,uint256),bytes32,bytes)", "valid")
	op(0x60, 0x80, 0x60, 0x00, 0xf3) // return(0, 128): zeros
	label("set")
	for i := byte(0); i < 4; i++ {
		op(0x60, 4+32*i, 0x35, 0x60, i, 0x55) // sstore(i, calldataload(4+32i))
	}
	op(0x00)
	label("range")
	for i := byte(0); i < 4; i++ {
		op(0x60, i, 0x54, 0x60, 32*i, 0x52) // mstore(32i, sload(i))
	}
	op(0x60, 0x80, 0x60, 0x00, 0xf3)
	label("latest")
	op(0x60, 0x01, 0x54, 0x80, 0x60, 0x00, 0x52, 0x15, 0x15, 0x60, 0x20, 0x52, 0x60, 0x40, 0x60, 0x00, 0xf3) // (to, to != 0)
	label("valid")
	op(0x60, 0x01, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3) // true
	for at, name := range fixups {
		code[at], code[at+1] = byte(labels[name]>>8), byte(labels[name])
	}
	return code
}

// SetStandIn makes blocks from..to of a source, with the given last block hash and
// message root, the stand-in inbox's certified range (see StandInInboxCode).
func SetStandIn(ctx context.Context, chain eigenlayer.Chain, from *eigenlayer.Account, r precompile.Range) error {
	a, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"standIn","stateMutability":"nonpayable","outputs":[],"inputs":[` +
		`{"name":"from","type":"uint64"},{"name":"to","type":"uint64"},{"name":"lastBlockHash","type":"bytes32"},{"name":"messageRoot","type":"bytes32"}]}]`))
	if err != nil {
		return err
	}
	c := bind.NewBoundContract(precompile.Address, a, chain, chain, chain)
	_, err = eigenlayer.Transact(ctx, chain, from, "standIn", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Transact(o, "standIn", r.FromBlock, r.ToBlock, r.LastBlockHash, r.MessageRoot)
	})
	return err
}

// Target is messenger.Target, a relay target's slots.
type Target = messenger.Target

// StorageReader reads storage (*ethclient.Client is one).
type StorageReader = messenger.StorageReader

// ReadTarget reads a target's slots at the latest block.
func ReadTarget(ctx context.Context, c StorageReader, at common.Address) (Target, error) {
	return messenger.ReadTarget(ctx, c, at)
}

// KeyFile writes key to an Ethereum key file (light scrypt) in dir with a password
// file next to it, and returns both paths.
func KeyFile(t testing.TB, dir string, key *ecdsa.PrivateKey) (keyFile, passwordFile string) {
	t.Helper()
	ks := ethkeystore.NewKeyStore(filepath.Join(dir, "keystore-"+Address(key).Hex()), ethkeystore.LightScryptN, ethkeystore.LightScryptP)
	acc, err := ks.ImportECDSA(key, "relayer password")
	if err != nil {
		t.Fatal(err)
	}
	passwordFile = filepath.Join(dir, "password-"+Address(key).Hex())
	if err := os.WriteFile(passwordFile, []byte("relayer password\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return acc.URL.Path, passwordFile
}

// DeployMessenger is messenger.Deploy: the same key's first transaction on two chains
// deploys ParleyMessenger at the same address.
func DeployMessenger(ctx context.Context, chain eigenlayer.Chain, deployer *eigenlayer.Account) (common.Address, error) {
	return messenger.Deploy(ctx, chain, deployer)
}

// Send is messenger.Send.
func Send(ctx context.Context, chain eigenlayer.Chain, from *eigenlayer.Account, to common.Address, destination uint64, target common.Address, msg []byte) (*types.Receipt, error) {
	return messenger.Send(ctx, chain, from, to, destination, target, msg)
}

// Chain ids of Chains.
const (
	SourceChainID      = 902
	DestinationChainID = 901
)

// Chains is a source and a destination dev node with ParleyMessenger at the same
// address on both (deployed by Deployer's key's first transaction on each), a target on the
// destination, and funded accounts: User sends messages (on the source), Relayers
// relay. The destination's inbox is the stand-in of StandInInboxCode: Certify sets
// what it certifies.
type Chains struct {
	Source, Destination           *devnode.Node
	SourceChain, DestinationChain eigenlayer.Chain
	Messenger, Target             common.Address
	Deployer, User                *eigenlayer.Account
	Relayers                      []*ecdsa.PrivateKey

	destDeployer *eigenlayer.Account // Deployer's key on the destination
}

// Binary returns the patched op-geth, skipping the test without it (failing it under
// PARLEY_E2E_REQUIRED=1, as in CI).
func Binary(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	bin, err := devnode.Binary(filepath.Join(filepath.Dir(file), "..", "..", ".."))
	if err != nil {
		if os.Getenv("PARLEY_E2E_REQUIRED") == "1" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	return bin
}

// StartChains starts the two dev nodes (stopped when the test ends) and deploys the
// contracts.
func StartChains(ctx context.Context, t testing.TB) *Chains {
	t.Helper()
	bin := Binary(t)
	c := &Chains{Deployer: eigenlayer.NewAccount(Key("deployer")), User: eigenlayer.NewAccount(Key("user")),
		Target: common.HexToAddress("0x000000000000000000000000000000000000a4e7")}
	funded := []common.Address{c.Deployer.Address, c.User.Address}
	for i := 0; i < 3; i++ {
		k := Key(fmt.Sprint("relayer ", i))
		c.Relayers = append(c.Relayers, k)
		funded = append(funded, Address(k))
	}
	start := func(id uint64, extra types.GenesisAlloc) (*devnode.Node, eigenlayer.Chain) {
		alloc := devnode.DevAlloc(new(big.Int).Mul(big.NewInt(1e6), big.NewInt(params.Ether)), funded...)
		for a, acc := range extra {
			alloc[a] = acc
		}
		n, err := devnode.Start(ctx, devnode.Config{Binary: bin, Genesis: &core.Genesis{Config: devnode.DevChainConfig(id),
			GasLimit: 30_000_000, Difficulty: common.Big0, BaseFee: big.NewInt(params.InitialBaseFee), Alloc: alloc}})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			if t.Failed() {
				t.Logf("chain %d's node:\n%s", id, devnode.Tail(n.Log(), 40))
			}
			n.Stop()
		})
		chain, err := eigenlayer.NewChain(ctx, n.Client, nil)
		if err != nil {
			t.Fatal(err)
		}
		return n, chain
	}
	c.Source, c.SourceChain = start(SourceChainID, nil)
	c.Destination, c.DestinationChain = start(DestinationChainID, types.GenesisAlloc{
		precompile.Address: {Code: StandInInboxCode(), Nonce: 1, Balance: common.Big0},
		c.Target:           {Code: TargetCode(), Nonce: 1, Balance: common.Big0},
	})
	src, err := DeployMessenger(ctx, c.SourceChain, c.Deployer)
	if err != nil {
		t.Fatal(err)
	}
	// An Account counts its nonces on one chain: the destination needs its own.
	c.destDeployer = eigenlayer.NewAccount(c.Deployer.Key())
	dst, err := DeployMessenger(ctx, c.DestinationChain, c.destDeployer)
	if err != nil {
		t.Fatal(err)
	}
	if src != dst {
		t.Fatalf("messenger at %s on the source, %s on the destination", src, dst)
	}
	c.Messenger = src
	return c
}

// Certify makes blocks from..to of the source, as its node has them now, the stand-in
// inbox's certified range on the destination, and returns it.
func (c *Chains) Certify(ctx context.Context, from, to uint64) (precompile.Range, error) {
	src, err := source.New(ctx, c.Source.Client, source.Safe)
	if err != nil {
		return precompile.Range{}, err
	}
	r, err := src.Range(ctx, from, to)
	if err != nil {
		return precompile.Range{}, err
	}
	cr := precompile.Range{FromBlock: from, ToBlock: to, LastBlockHash: r.LastBlockHash, MessageRoot: r.Root()}
	return cr, SetStandIn(ctx, c.DestinationChain, c.destDeployer, cr)
}
