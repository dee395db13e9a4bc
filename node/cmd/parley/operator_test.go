package main

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	ethkeystore "github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/urfave/cli/v2"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/devnode"
	"github.com/parley-xyz/parley/node/eigenlayer"
	"github.com/parley-xyz/parley/node/keystore"
	"github.com/parley-xyz/parley/node/operator/flags"
	"github.com/parley-xyz/parley/node/operator/protection"
	"github.com/parley-xyz/parley/node/testworld"
)

// TestOperatorHelp: every operator command documents each of its flags with its
// environment variable.
func TestOperatorHelp(t *testing.T) {
	parley(t, nil, "operator", "--help").expect(t, 0, "PARLEY_OPERATOR_<FLAG>")
	parley(t, nil, "operator").expect(t, 0, "register")
	for _, c := range []struct {
		args  []string
		flags []cli.Flag
	}{
		{[]string{"run"}, flags.RunFlags()},
		{[]string{"register"}, append(flags.RegisterRequired(), flags.RegisterOptional()...)},
		{[]string{"deregister"}, append(flags.DeregisterRequired(), flags.DeregisterOptional()...)},
		{[]string{"protection", "export"}, flags.ExportFlags()},
		{[]string{"protection", "import"}, flags.ImportFlags()},
	} {
		r := parley(t, nil, append(append([]string{"operator"}, c.args...), "--help")...)
		for _, f := range c.flags {
			r.expect(t, 0, "--"+f.Names()[0]+" ")
			r.expect(t, 0, "$"+f.(interface{ GetEnvVars() []string }).GetEnvVars()[0])
		}
	}
	parley(t, nil, "operator", "protection").expect(t, 0, "EIP-3076")
	parley(t, nil, "operator", "bogus").expect(t, 2, `unknown command "bogus"`)
	parley(t, nil, "operator", "run", "extra").expect(t, 2, "unexpected argument")
}

func TestOperatorRunConfigErrors(t *testing.T) {
	r := parley(t, nil, "operator", "run")
	for _, f := range flags.RunRequired() {
		r.expect(t, 2, "--"+f.Names()[0])
	}
	r.expect(t, 2, "$PARLEY_OPERATOR_L1_ETH_RPC")
	// Set but wrong: every problem at once.
	parley(t, nil, "operator", "run", "--l1-eth-rpc", "http://x", "--source-rpc", "http://y", "--publisher", "nope",
		"--operator", "0x0000000000000000000000000000000000000001", "--bls-key", "0:/k", "--bls-key", "0:/j",
		"--range-start", "1", "--range-length", "0", "--protection-db", "/tmp/p", "--source-head", "latest").
		expect(t, 2, "--publisher: \"nope\" is not an address")
	r = parley(t, nil, "operator", "run", "--l1-eth-rpc", "http://x", "--source-rpc", "http://y", "--publisher", "0x0000000000000000000000000000000000000002",
		"--operator", "0x0000000000000000000000000000000000000001", "--bls-key", "0:/k", "--bls-key", "0:/j",
		"--range-start", "1", "--range-length", "0", "--protection-db", "/tmp/p", "--source-head", "latest")
	for _, want := range []string{"given twice", "range length", "--source-head", "no BLS key password"} {
		r.expect(t, 2, want)
	}
}

// signedDB makes a protection database in which two keys signed three ranges.
func signedDB(t *testing.T, path string) attestation.AVS {
	t.Helper()
	db, _, err := protection.Open(path, protection.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := attestation.AVS{L1ChainID: 900, Address: common.HexToAddress("0x00000000000000000000000000000000000a0a0a")}
	for i, k := range []string{"a", "b"} {
		sk, _ := bls.SecretKeyFromBytes(crypto.Keccak256([]byte(k)))
		for j := uint64(0); j < 3-uint64(i); j++ {
			att := attestation.Attestation{AVS: a, SourceChainID: 902, FromBlock: 1 + 10*j, ToBlock: 10 + 10*j,
				LastBlockHash: common.Hash{byte(j)}, MessageRoot: common.Hash{1, byte(j)}, Snapshot: attestation.Snapshot{Block: 7, Root: common.Hash{7}}}
			if _, err := db.Sign(&att, []protection.Signer{testSigner{sk}}); err != nil {
				t.Fatal(err)
			}
		}
	}
	return a
}

type testSigner struct{ sk *bls.SecretKey }

func (s testSigner) ID() optable.OperatorID               { return optable.IDOf(s.sk.PublicKeyG1()) }
func (s testSigner) Sign(d [32]byte) (bls.G1Point, error) { return s.sk.Sign(d) }

func TestOperatorProtectionCLI(t *testing.T) {
	dir := t.TempDir()
	src, out, dst := filepath.Join(dir, "src.db"), filepath.Join(dir, "history.json"), filepath.Join(dir, "dst.db")
	signedDB(t, src)
	parley(t, nil, "operator", "protection", "export", "--protection-db", src, "--out", out).
		expect(t, 0, "exported 2 key(s), 5 signed range(s)")
	data, err := os.ReadFile(out)
	if err != nil || !bytes.Contains(data, []byte(`"interchange_format": "parley-operator-protection"`)) {
		t.Fatalf("%v\n%s", err, data)
	}
	parley(t, nil, "operator", "protection", "export", "--protection-db", src, "--out", out).expect(t, 2, "exists")
	parley(t, nil, "operator", "protection", "export", "--protection-db", filepath.Join(dir, "missing.db"), "--out", filepath.Join(dir, "x.json")).
		expect(t, 2, "does not exist")
	parley(t, nil, "operator", "protection", "export", "--protection-db", src, "--out", filepath.Join(dir, "y.json"), "--source-chain-id", "1").
		expect(t, 2, "no history")
	parley(t, nil, "operator", "protection", "import", "--protection-db", dst, "--in", out).
		expect(t, 0, "5 range(s) added, 0 already present, 2 watermark(s) raised")
	parley(t, nil, "operator", "protection", "import", "--protection-db", dst, "--in", out).
		expect(t, 0, "0 range(s) added, 5 already present")
	// A tampered file is refused.
	bad := filepath.Join(dir, "bad.json")
	_ = os.WriteFile(bad, bytes.Replace(data, []byte(`"to_block": "10"`), []byte(`"to_block": "11"`), 1), 0o600)
	parley(t, nil, "operator", "protection", "import", "--protection-db", dst, "--in", bad).expect(t, 2, "digest")
	parley(t, nil, "operator", "protection", "import", "--protection-db", dst).expect(t, 2, "--in is required")
}

// syncBuffer is a bytes.Buffer safe for the daemon's concurrent log writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestOperatorRegisterRunDeregister takes a fresh EigenLayer account through `parley
// operator register` on a real L1 dev node with EigenLayer and Parley: refused for want
// of stake (the revert explained), then, after it deposits and allocates through
// node/eigenlayer, registered, each step reported done or already done; then `parley
// operator run` signs for it once a snapshot includes it; then `deregister`.
func TestOperatorRegisterRunDeregister(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	w := testworld.Start(ctx, t, testworld.Config{Weights: []int64{1000}})
	dir := t.TempDir()
	key := w.Funded[1] // funded, not an operator
	acct := eigenlayer.NewAccount(key)
	ks := ethkeystore.NewKeyStore(filepath.Join(dir, "keystore"), ethkeystore.LightScryptN, ethkeystore.LightScryptP)
	l1Account, err := ks.ImportECDSA(key, "l1pw")
	if err != nil {
		t.Fatal(err)
	}
	l1PwFile, blsPwFile := filepath.Join(dir, "l1pw"), filepath.Join(dir, "blspw")
	_ = os.WriteFile(l1PwFile, []byte("l1pw\n"), 0o600)
	_ = os.WriteFile(blsPwFile, []byte("blspw\n"), 0o600)
	blsKey := testworld.BLSKey("newcomer")
	blsFile := filepath.Join(dir, "set0.bls.key.json")
	if err := keystore.Save(blsFile, blsKey, "blspw", keystore.LightScrypt()); err != nil {
		t.Fatal(err)
	}
	// Set 0 now needs one whole token of weight.
	if _, err := eigenlayer.Transact(ctx, w.Core.Chain, w.Owner, "setMinWeight", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return w.AVS.Registrar.SetMinWeight(o, 0, testworld.Tokens(1))
	}); err != nil {
		t.Fatal(err)
	}
	avsAddr := w.AVS.Addresses.Registrar
	register := []string{"operator", "register", "--l1-eth-rpc", w.L1.URL, "--publisher", w.AVS.Addresses.Publisher.Hex(),
		"--l1-key", l1Account.URL.Path, "--l1-key-password-file", l1PwFile, "--bls-key", "0:" + blsFile, "--bls-password-file", blsPwFile}

	r := parley(t, nil, register...)
	for _, want := range []string{"operator set 0: weight (estimated from its allocations) 0, minimum 1000000000000000000  (below the minimum",
		"done: register " + acct.Address.Hex() + " as an EigenLayer operator", "DelegationManager.registerAsOperator in block",
		"done: register BN254 key", "KeyRegistrar.registerKey", "InsufficientWeight", "allocate magnitude to the operator set"} {
		r.expect(t, 2, want)
	}

	// The operator's own EigenLayer business: deposit and allocate.
	if _, err := w.Core.Deposit(ctx, acct, testworld.Tokens(10)); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Core.Allocate(ctx, acct, avsAddr, []uint32{0}, eigenlayer.WAD); err != nil {
		t.Fatal(err)
	}
	// The L1 key's password from the environment this time.
	withEnvPw := append([]string(nil), register...)
	for i, a := range withEnvPw {
		if a == "--l1-key-password-file" {
			withEnvPw = append(withEnvPw[:i:i], withEnvPw[i+2:]...)
			break
		}
	}
	r = parley(t, map[string]string{passwordEnv: "l1pw"}, withEnvPw...)
	for _, want := range []string{"operator set 0: weight (estimated from its allocations) 10000000000000000000, minimum 1000000000000000000\n",
		"already done: register " + acct.Address.Hex() + " as an EigenLayer operator",
		"already done: register BN254 key", "done: register for operator sets [0]", "AllocationManager.registerForOperatorSets"} {
		r.expect(t, 0, want)
	}
	if ok, err := w.Core.IsMember(ctx, acct.Address, avsAddr, 0); err != nil || !ok {
		t.Fatal("not a member", err)
	}
	r = parley(t, nil, register...)
	r.expect(t, 0, "operator set 0: weight 10000000000000000000, minimum")
	r.expect(t, 0, "already done: register for operator sets [0]")
	if strings.Contains(r.stdout, "\ndone:") {
		t.Fatalf("a repeated registration sent something:\n%s", r.stdout)
	}

	// A snapshot with the newcomer; its daemon (through the command) signs.
	snap, err := w.AVS.Publish(ctx, w.Owner, 0)
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "protection.db")
	// A source node of its own, with --miner.recommit 10ms: testworld's idle dev nodes
	// can stop making blocks (a lost wakeup in the simulated beacon, see
	// eigenlayer.WithPromptRebuilds).
	src, err := devnode.Start(ctx, devnode.Config{Binary: testworld.Binary(t), Args: []string{"--miner.recommit", "10ms"},
		Genesis: &core.Genesis{Config: devnode.DevChainConfig(testworld.SourceChainID), GasLimit: 60_000_000, Difficulty: common.Big0,
			BaseFee: big.NewInt(params.InitialBaseFee), Alloc: devnode.DevAlloc(testworld.Tokens(1))}})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Stop()
	runArgs := []string{"parley", "operator", "run", "--l1-eth-rpc", w.L1.URL, "--source-rpc", src.URL,
		"--publisher", w.AVS.Addresses.Publisher.Hex(), "--operator", acct.Address.Hex(), "--bls-key", "0:" + blsFile,
		"--bls-password-file", blsPwFile, "--range-start", "1", "--range-length", "5", "--protection-db", db,
		"--poll-interval", "300ms", "--rpc.addr", "127.0.0.1", "--rpc.port", "0", "--node-api.addr", "127.0.0.1:0"}
	var out, errOut syncBuffer
	e := env{stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
	if code := run(ctx, runArgs, e); code != exitError || !strings.Contains(errOut.String(), "--fresh") {
		t.Fatalf("missing database: exit %d\n%s", code, errOut.String())
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan int)
	go func() { done <- run(runCtx, append(runArgs, "--fresh"), e) }()
	deadline := time.After(2 * time.Minute)
	for !strings.Contains(out.String(), "Signed range") {
		select {
		case code := <-done:
			t.Fatalf("the daemon exited %d\n%s\n%s", code, out.String(), errOut.String())
		case <-deadline:
			t.Fatalf("nothing signed\n%s", out.String())
		case <-time.After(200 * time.Millisecond):
		}
	}
	stop()
	if code := <-done; code != exitOK {
		t.Fatalf("exit %d\n%s", code, errOut.String())
	}
	exported := filepath.Join(dir, "history.json")
	parley(t, nil, "operator", "protection", "export", "--protection-db", db, "--out", exported).expect(t, 0, "exported 1 key(s)")
	data, _ := os.ReadFile(exported)
	if !bytes.Contains(data, []byte(optable.IDOf(blsKey.PublicKeyG1()).Hex())) || !bytes.Contains(data, []byte(snap.Root.Hex())) {
		t.Fatalf("export:\n%s", data)
	}

	// Deregister, twice.
	dereg := []string{"operator", "deregister", "--l1-eth-rpc", w.L1.URL, "--avs", avsAddr.Hex(), "--l1-key", l1Account.URL.Path,
		"--l1-key-password-file", l1PwFile}
	parley(t, nil, dereg...).expect(t, 0, "done: deregister "+acct.Address.Hex()+" from operator sets [0]")
	if ok, _ := w.Core.IsMember(ctx, acct.Address, avsAddr, 0); ok {
		t.Fatal("still a member")
	}
	parley(t, nil, dereg...).expect(t, 0, "already done: deregister")
	parley(t, nil, append(dereg, "--set", "0")...).expect(t, 0, "already done: deregister")

}
