package e2e

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/parley-xyz/parley/precompile"
	"github.com/parley-xyz/parley/precompile/bindings"
)

// TestIdenticalBlocksWithoutParley shows that the patched op-geth executes blocks
// exactly like pristine op-geth while Parley is not active. The chain is generated in
// process by the pristine op-geth this module compiles against (core.GenerateChain):
// value transfers, a contract deployment, calls to every standard precompile, calls
// to them through CALL, STATICCALL, DELEGATECALL and CALLCODE (the four dispatch
// sites Parley edits), and calls to the inbox's address, which without Parley is an
// empty account. The patched binary imports it (`geth import` re-executes every block
// and checks its state root, receipts root, bloom and gas used) and exports it back
// byte for byte.
//
// A control case activates Parley at genesis: the same chain must then be rejected,
// which shows the import really executes the inbox calls and would catch a patch that
// leaks into blocks it must not touch.
func TestIdenticalBlocksWithoutParley(t *testing.T) {
	bin := gethBinary(t)
	chain := generateChain(t)

	dir := t.TempDir()
	chainFile := filepath.Join(dir, "chain.rlp")
	if err := os.WriteFile(chainFile, chain.rlp, 0o644); err != nil {
		t.Fatal(err)
	}
	parley := func(activation uint64) map[string]any {
		return map[string]any{"activationTime": activation, "l1ChainId": 11155111, "avs": "0x000000000000000000000000000000000000a11c"}
	}
	for _, tc := range []struct {
		name   string
		parley map[string]any
		accept bool
	}{
		{"parley not configured", nil, true},
		{"parley activated after the chain", parley(1 << 40), true},
		{"control: parley active from genesis", parley(0), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			datadir := filepath.Join(t.TempDir(), "data")
			genesisFile := filepath.Join(t.TempDir(), "genesis.json")
			writeGenesis(t, genesisFile, chain.genesis, tc.parley)
			mustRunGeth(t, bin, "--datadir", datadir, "init", genesisFile)

			// Not --nocompaction: with it, geth import exits 0 even when a block is rejected.
			out, err := runGeth(t, bin, "--datadir", datadir, "import", chainFile)
			if err == nil && strings.Contains(out, "Import error") {
				err = errors.New("geth import logged an import error")
			}
			if !tc.accept {
				if err == nil {
					t.Fatalf("the chain was imported with Parley active from genesis: the inbox calls did not change execution\n%s", tail(out, 20))
				}
				// The first block that calls the inbox must be the one rejected.
				if want := "invalid block " + itoa(chain.firstInboxBlock); !strings.Contains(out, want) {
					t.Fatalf("import failed, but not with %q\n%s", want, tail(out, 20))
				}
				return
			}
			if err != nil {
				t.Fatalf("%v\n%s", err, tail(out, 40))
			}

			exported := filepath.Join(t.TempDir(), "export.rlp")
			mustRunGeth(t, bin, "--datadir", datadir, "export", exported)
			blocks := decodeBlocks(t, exported)
			if len(blocks) != len(chain.blocks)+1 {
				t.Fatalf("exported %d blocks, want genesis + %d", len(blocks), len(chain.blocks))
			}
			if got, want := blocks[0].Hash(), chain.genesis.ToBlock().Hash(); got != want {
				t.Fatalf("genesis hash %s, want %s", got, want)
			}
			for i, b := range chain.blocks {
				got, err := rlp.EncodeToBytes(blocks[i+1])
				if err != nil {
					t.Fatal(err)
				}
				want, _ := rlp.EncodeToBytes(b)
				if !bytes.Equal(got, want) {
					t.Fatalf("block %d differs: exported %s, generated %s", b.NumberU64(), blocks[i+1].Hash(), b.Hash())
				}
			}
			head := blocks[len(blocks)-1]
			t.Logf("imported and re-exported %d blocks identically; head #%d %s", len(chain.blocks), head.NumberU64(), head.Hash())
		})
	}
}

// generatedChain is a chain made by pristine op-geth, with its RLP export.
type generatedChain struct {
	genesis         *core.Genesis
	blocks          []*types.Block
	rlp             []byte
	firstInboxBlock uint64
}

// generateChain builds the deterministic test chain (post-merge, Cancun at genesis).
func generateChain(t *testing.T) *generatedChain {
	t.Helper()
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("parley e2e identical blocks")))
	from := crypto.PubkeyToAddress(key.PublicKey)
	cfg := cancunConfig(9090)
	genesis := &core.Genesis{
		Config:     cfg,
		GasLimit:   30_000_000,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: common.Big0,
		Alloc: types.GenesisAlloc{
			from:                      {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))},
			params.BeaconRootsAddress: {Code: params.BeaconRootsCode, Nonce: 1, Balance: new(big.Int)},
		},
	}
	probeABI, err := bindings.InboxProbeMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	pack := func(name string, args ...any) []byte {
		b, err := probeABI.Pack(name, args...)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	inboxCall := func(name string, args ...any) []byte {
		b, err := precompile.ABI.Pack(name, args...)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	signer := types.LatestSigner(cfg)
	probe := crypto.CreateAddress(from, 3) // deployed by the fourth transaction of block 1
	const inboxBlock = 4

	_, blocks, receipts := core.GenerateChainWithGenesis(genesis, beacon.New(ethash.NewFaker()), 6, func(i int, b *core.BlockGen) {
		b.SetParentBeaconRoot(common.BigToHash(big.NewInt(int64(i + 1))))
		send := func(to *common.Address, value *big.Int, data []byte) {
			tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{
				ChainID:   cfg.ChainID,
				Nonce:     b.TxNonce(from),
				GasTipCap: big.NewInt(params.GWei),
				GasFeeCap: new(big.Int).Add(new(big.Int).Mul(b.BaseFee(), big.NewInt(2)), big.NewInt(params.GWei)),
				Gas:       1_000_000,
				To:        to,
				Value:     value,
				Data:      data,
			})
			b.AddTx(tx)
		}
		switch i + 1 {
		case 1: // transfers and a deployment
			for j := range 3 {
				to := common.BigToAddress(big.NewInt(int64(0xbeef00 + j)))
				send(&to, big.NewInt(int64(1e15*(j+1))), nil)
			}
			send(nil, new(big.Int), common.FromHex(bindings.InboxProbeMetaData.Bin))
		case 2: // every standard precompile, called directly
			inputs := precompileInputs(t, key)
			for n := byte(1); n <= 10; n++ {
				addr := common.Address{19: n}
				send(&addr, new(big.Int), inputs[addr])
			}
		case 3: // through each call opcode from a contract
			for _, target := range []common.Address{{19: 1}, {19: 2}, {19: 4}, {19: 5}, {19: 8}} {
				input := precompileInputs(t, key)[target]
				for _, m := range []string{"callTarget", "staticcallTarget", "delegatecallTarget", "callcodeTarget"} {
					send(&probe, new(big.Int), pack(m, target, input))
				}
			}
		case inboxBlock: // the inbox's address, an empty account without Parley
			inbox := precompile.Address
			send(&inbox, new(big.Int), inboxCall("latestSnapshot"))
			rr := inboxCall("recordRange", big.NewInt(10), uint64(1), uint64(5), common.Hash{1}, common.Hash{2})
			for _, m := range []string{"callInbox", "staticcallInbox", "delegatecallInbox", "callcodeInbox"} {
				send(&probe, new(big.Int), pack(m, rr))
			}
			id := bindings.Identifier{BlockNumber: big.NewInt(1), LogIndex: new(big.Int), Timestamp: new(big.Int), ChainId: big.NewInt(10)}
			send(&probe, new(big.Int), pack("validate", id, [32]byte{}, []byte{}))
		default: // more transfers
			to := common.BigToAddress(big.NewInt(0xbeef00))
			send(&to, big.NewInt(1), nil)
		}
	})
	// The chain exercises what it claims to: the probe is where block 3 calls it, the
	// standard precompiles succeed (but the failing point evaluation), and so do the
	// probe's calls to them.
	if got := receipts[0][3].ContractAddress; got != probe {
		t.Fatalf("probe deployed at %s, want %s", got, probe)
	}
	for i, r := range receipts[1] {
		want := types.ReceiptStatusSuccessful
		if i == 9 {
			want = types.ReceiptStatusFailed
		}
		if r.Status != want {
			t.Fatalf("block 2 transaction %d (precompile %d): status %d, want %d", i, i+1, r.Status, want)
		}
	}
	for i, r := range receipts[2] {
		if r.Status != types.ReceiptStatusSuccessful || len(r.Logs) != 1 {
			t.Fatalf("block 3 transaction %d: status %d, %d logs", i, r.Status, len(r.Logs))
		}
	}
	var buf bytes.Buffer
	for _, b := range blocks {
		if err := rlp.Encode(&buf, b); err != nil {
			t.Fatal(err)
		}
	}
	return &generatedChain{genesis: genesis, blocks: blocks, rlp: buf.Bytes(), firstInboxBlock: inboxBlock}
}

// precompileInputs returns a valid input for each standard precompile (0x01-0x09) and
// an invalid one for the point evaluation precompile (0x0a), whose call then fails.
func precompileInputs(t *testing.T, key *ecdsa.PrivateKey) map[common.Address][]byte {
	t.Helper()
	hash := crypto.Keccak256([]byte("parley"))
	sig, err := crypto.Sign(hash, key)
	if err != nil {
		t.Fatal(err)
	}
	word := func(v uint64) []byte { return common.BigToHash(new(big.Int).SetUint64(v)).Bytes() }
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	g1 := cat(word(1), word(2)) // the BN254 G1 generator
	blake := make([]byte, 213)
	binary.BigEndian.PutUint32(blake, 12)
	blake[212] = 1
	return map[common.Address][]byte{
		{19: 1}:  cat(hash, word(uint64(sig[64])+27), sig[:32], sig[32:64]),
		{19: 2}:  []byte("parley"),
		{19: 3}:  []byte("parley"),
		{19: 4}:  []byte("parley"),
		{19: 5}:  cat(word(1), word(1), word(1), []byte{3, 5, 7}),
		{19: 6}:  cat(g1, g1),
		{19: 7}:  cat(g1, word(2)),
		{19: 8}:  nil, // the empty pairing check is true
		{19: 9}:  blake,
		{19: 10}: make([]byte, 192),
	}
}

// decodeBlocks reads an RLP block stream (geth export's format).
func decodeBlocks(t *testing.T, path string) []*types.Block {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := rlp.NewStream(f, 0)
	var blocks []*types.Block
	for {
		var b types.Block
		if err := s.Decode(&b); errors.Is(err, io.EOF) {
			return blocks
		} else if err != nil {
			t.Fatalf("decoding block %d of %s: %v", len(blocks), path, err)
		}
		blocks = append(blocks, &b)
	}
}

func itoa(n uint64) string { return new(big.Int).SetUint64(n).String() }
