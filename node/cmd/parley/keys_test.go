package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	kr "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/KeyRegistrar"

	"github.com/parley-xyz/parley/node/eigenlayer"
	"github.com/parley-xyz/parley/node/keystore"
)

// EigenLayer's own KeyRegistrar (core v1.8.1, deployed on a simulated L1) accepts the
// registration `parley keys new` prints, byte for byte, and then holds the key of the
// key file.
func TestRegistrationAcceptedByKeyRegistrar(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var accounts []*eigenlayer.Account
	alloc := types.GenesisAlloc{}
	for _, seed := range []string{"owner", "avs", "operator"} {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte("parley keys test " + seed)))
		if err != nil {
			t.Fatal(err)
		}
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(eigenlayer.WAD))}
		accounts = append(accounts, eigenlayer.NewAccount(k))
	}
	b := eigenlayer.NewSimulatedBackend(alloc)
	defer b.Close()
	chain, err := eigenlayer.NewSimulatedChain(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	owner, avs, op := accounts[0], accounts[1], accounts[2]
	core, err := eigenlayer.Deploy(ctx, chain, owner, eigenlayer.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	const set = uint32(3)
	if _, err := core.SetUpAVS(ctx, avs, "https://parley.test/avs.json", []uint32{set}); err != nil {
		t.Fatal(err)
	}
	if _, err := core.RegisterAsOperator(ctx, op, 0, "https://parley.test/op.json"); err != nil {
		t.Fatal(err)
	}
	version, err := core.KeyRegistrar.Version(&bind.CallOpts{Context: ctx})
	if err != nil || version != defaultKeyRegistrarVersion {
		t.Fatalf("KeyRegistrar version %q (%v), the flag's default is %q", version, err, defaultKeyRegistrarVersion)
	}

	keyFile := filepath.Join(t.TempDir(), "op.bls.key.json")
	r := parley(t, map[string]string{passwordEnv: "pw"}, "keys", "new", "--out", keyFile, "--light-kdf", "--json",
		"--operator", op.Address.Hex(), "--avs", avs.Address.Hex(), "--operator-set", strconv.Itoa(int(set)),
		"--key-registrar", core.Addresses.KeyRegistrar.Hex(), "--l1-chain-id", chain.ChainID().String())
	r.expect(t, 0, `"signature"`)
	var k keyJSON
	if err := json.Unmarshal([]byte(r.stdout), &k); err != nil {
		t.Fatal(err)
	}
	g := k.Registration
	onchain, err := core.KeyRegistrar.GetBN254KeyRegistrationMessageHash(&bind.CallOpts{Context: ctx}, op.Address,
		kr.OperatorSet{Avs: avs.Address, Id: set}, g.KeyData)
	if err != nil || onchain != g.Digest {
		t.Fatalf("printed digest %s, KeyRegistrar's %x (%v)", g.Digest, onchain, err)
	}
	if _, err := core.RegisterKey(ctx, op, avs.Address, set, g.KeyData, g.Signature); err != nil {
		t.Fatalf("KeyRegistrar refused the printed registration: %v", err)
	}
	key, err := keystore.Load(keyFile, "pw")
	if err != nil {
		t.Fatal(err)
	}
	g1, g2, ok, err := core.BN254Key(ctx, op.Address, avs.Address, set)
	if err != nil || !ok || !g1.Equal(key.PublicKeyG1()) || !g2.Equal(key.PublicKeyG2()) {
		t.Fatalf("registered key: ok %v, %v", ok, err)
	}
	if !bytes.Equal(eigenlayer.KeyData(g1, g2), g.KeyData) {
		t.Fatal("stored keyData differs")
	}
}
