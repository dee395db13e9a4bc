package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/eigenlayer"
	"github.com/parley-xyz/parley/node/keystore"
)

// result is the outcome of one in-process run.
type result struct {
	code           int
	stdout, stderr string
}

// parley runs the command line in-process with the given environment variables.
func parley(t *testing.T, vars map[string]string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), append([]string{"parley"}, args...), env{
		stdout: &out,
		stderr: &errOut,
		getenv: func(k string) string { return vars[k] },
	})
	return result{code, out.String(), errOut.String()}
}

func (r result) expect(t *testing.T, code int, substr string) {
	t.Helper()
	if r.code != code || !strings.Contains(r.stdout+r.stderr, substr) {
		t.Fatalf("exit %d (want %d), want %q in output\nstdout:\n%s\nstderr:\n%s", r.code, code, substr, r.stdout, r.stderr)
	}
}

func TestKeys(t *testing.T) {
	dir := t.TempDir()
	pwFile := filepath.Join(dir, "pw")
	if err := os.WriteFile(pwFile, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(dir, "keys", "op.bls.key.json")
	var (
		operator  = common.HexToAddress("0x1111111111111111111111111111111111111111")
		avs       = common.HexToAddress("0x2222222222222222222222222222222222222222")
		registrar = common.HexToAddress("0x3333333333333333333333333333333333333333")
	)
	reg := []string{"--operator", operator.Hex(), "--avs", avs.Hex(), "--operator-set", "1",
		"--key-registrar", registrar.Hex(), "--l1-chain-id", "17000"}

	// keys new with a registration, as JSON.
	r := parley(t, nil, append([]string{"keys", "new", "--out", keyFile, "--password-file", pwFile, "--light-kdf", "--json"}, reg...)...)
	r.expect(t, 0, `"registration"`)
	var k keyJSON
	if err := json.Unmarshal([]byte(r.stdout), &k); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	pk1, err := k.PubkeyG1.Point()
	if err != nil {
		t.Fatal(err)
	}
	pk2, err := k.PubkeyG2.Point()
	if err != nil {
		t.Fatal(err)
	}
	if k.ID != optable.IDOf(pk1) || k.PubKey != keystore.PubKeyString(pk1) {
		t.Fatal("printed id or pubKey wrong")
	}
	g := k.Registration
	if g == nil || g.Operator != operator || g.AVS != avs || g.KeyRegistrar != registrar || g.OperatorSetID != 1 ||
		g.L1ChainID != 17000 || g.Version != "1.8.1" {
		t.Fatalf("registration target: %+v", g)
	}
	// keyData is the 192 bytes KeyRegistrar.registerKey takes; the digest is
	// EigenLayer's EIP-712 registration digest for this operator, AVS, set and
	// KeyRegistrar; the 64-byte signature passes the KeyRegistrar's check.
	if len(g.KeyData) != 192 || !bytes.Equal(g.KeyData, eigenlayer.KeyData(pk1, pk2)) {
		t.Fatalf("keyData %x", g.KeyData)
	}
	digest := eigenlayer.KeyRegistrationDigest(big.NewInt(17000), registrar, "1.8.1", operator, avs, 1, g.KeyData)
	if g.Digest != common.Hash(digest) {
		t.Fatalf("digest %s, want %x", g.Digest, digest)
	}
	if len(g.Signature) != 64 {
		t.Fatalf("%d-byte signature", len(g.Signature))
	}
	sig, err := bls.DecodeG1(g.Signature)
	if err != nil {
		t.Fatal(err)
	}
	if !bls.VerifyKeyRegistration(digest, pk1, pk2, sig) {
		t.Fatal("printed registration signature does not verify")
	}
	otherSet := eigenlayer.KeyRegistrationDigest(big.NewInt(17000), registrar, "1.8.1", operator, avs, 2, g.KeyData)
	if bls.VerifyKeyRegistration(otherSet, pk1, pk2, sig) {
		t.Fatal("registration signature verifies for another operator set")
	}
	// The file is an eigensdk-go key file that decrypts with the password (without
	// the trailing newline of the password file).
	key, err := keystore.Load(keyFile, "s3cret")
	if err != nil {
		t.Fatal(err)
	}
	if !key.PublicKeyG1().Equal(pk1) {
		t.Fatal("file holds another key")
	}

	// Never overwrite.
	before, _ := os.ReadFile(keyFile)
	parley(t, nil, "keys", "new", "--out", keyFile, "--password-file", pwFile, "--light-kdf").expect(t, 2, "already exists")
	if after, _ := os.ReadFile(keyFile); !bytes.Equal(before, after) {
		t.Fatal("key file changed")
	}

	// Show, with the password from the environment: without registration flags, the
	// keys and the operator id only; with them, the same registration as at creation
	// (BLS signatures are deterministic).
	pw := map[string]string{passwordEnv: "s3cret"}
	r = parley(t, pw, "keys", "show", "--key", keyFile)
	r.expect(t, 0, k.ID.Hex())
	if strings.Contains(r.stdout, "KeyRegistrar") || strings.Contains(r.stdout, "signature") {
		t.Fatalf("registration printed without its flags:\n%s", r.stdout)
	}
	r = parley(t, pw, append([]string{"keys", "show", "--key", keyFile}, reg...)...)
	for _, w := range []string{"keyData        0x" + common.Bytes2Hex(g.KeyData), "digest         " + g.Digest.Hex(),
		"signature      0x" + common.Bytes2Hex(g.Signature), "check          OK", "operatorSetId  1"} {
		r.expect(t, 0, w)
	}
	// Another KeyRegistrar version with the same major gives the same digest; another
	// major another one.
	r = parley(t, pw, append([]string{"keys", "show", "--key", keyFile, "--key-registrar-version", "1.9.0"}, reg...)...)
	r.expect(t, 0, g.Digest.Hex())
	r = parley(t, pw, append([]string{"keys", "show", "--key", keyFile, "--key-registrar-version", "2.0.0"}, reg...)...)
	if r.code != 0 || strings.Contains(r.stdout, g.Digest.Hex()) {
		t.Fatalf("major version 2: exit %d\n%s", r.code, r.stdout)
	}
	r = parley(t, nil, "keys", "show", "--key", keyFile, "--public-only")
	r.expect(t, 0, k.ID.Hex())
	if strings.Contains(r.stdout, "G2") {
		t.Fatal("--public-only printed a G2 key")
	}

	// Failures.
	parley(t, map[string]string{passwordEnv: "wrong"}, "keys", "show", "--key", keyFile).expect(t, 2, "could not decrypt")
	parley(t, nil, "keys", "show", "--key", keyFile).expect(t, 2, "no key password")
	x := filepath.Join(dir, "x.json")
	parley(t, pw, "keys", "show", "--key", keyFile, "--public-only", "--operator-set", "0").expect(t, 2, "drop --public-only")
	parley(t, pw, "keys", "new", "--out", x, "--light-kdf", "--operator", operator.Hex()).expect(t, 2, "missing [--avs --operator-set --key-registrar --l1-chain-id]")
	parley(t, pw, "keys", "new", "--out", x, "--light-kdf", "--key-registrar-version", "1.8.1").expect(t, 2, "only matters")
	withReg := func(flag, value string) []string {
		out := []string{"keys", "new", "--out", x, "--light-kdf"}
		for i := 0; i < len(reg); i += 2 {
			if reg[i] == flag {
				out = append(out, flag, value)
			} else {
				out = append(out, reg[i], reg[i+1])
			}
		}
		if flag == "--key-registrar-version" {
			out = append(out, flag, value)
		}
		return out
	}
	parley(t, pw, withReg("--operator", "0x12")...).expect(t, 2, "not a 20-byte hex address")
	parley(t, pw, withReg("--avs", "0x0000000000000000000000000000000000000000")...).expect(t, 2, "zero address")
	parley(t, pw, withReg("--operator-set", "192")...).expect(t, 2, "operator sets are 0..191")
	parley(t, pw, withReg("--l1-chain-id", "0")...).expect(t, 2, "chain id 0")
	parley(t, pw, withReg("--key-registrar-version", "v1.8.1")...).expect(t, 2, "version() string")
	if err := os.WriteFile(pwFile, []byte("\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	parley(t, nil, "keys", "new", "--out", filepath.Join(dir, "y.json"), "--password-file", pwFile, "--light-kdf").expect(t, 2, "empty password")
	parley(t, pw, "keys", "new", "--light-kdf").expect(t, 2, "--out is required")
	if _, err := os.Stat(x); err == nil {
		t.Fatal("a key file was written by a failed command")
	}

	// Without registration flags, keys new prints the keys and the operator id.
	r = parley(t, pw, "keys", "new", "--out", filepath.Join(dir, "plain.json"), "--light-kdf")
	r.expect(t, 0, "operator id")
	if strings.Contains(r.stdout, "KeyRegistrar") {
		t.Fatalf("registration printed without its flags:\n%s", r.stdout)
	}
}

func TestSimAndVerify(t *testing.T) {
	dir := t.TempDir()
	r := parley(t, nil, "sim", "--operators", "10", "--blocks", "4", "--batch", "2", "--threshold", "5000", "--seed", "7", "--out-dir", dir)
	r.expect(t, 0, "verify with: parley cert verify")
	for _, w := range []string{"snapshot block 100, root 0x", "set 0: ", "aggregation", "dropped bad signature",
		"flipped message root: rejected", "another snapshot block: rejected", "batch verification"} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("sim output lacks %q", w)
		}
	}
	cert, table, policy := filepath.Join(dir, certFile), filepath.Join(dir, tableFile), filepath.Join(dir, policyFile)

	r = parley(t, nil, "cert", "verify", "--cert", cert, "--table", table, "--policy", policy)
	r.expect(t, 0, "OK: certificate verified")
	r.expect(t, 0, "snapshot     L1 block 100, root 0x")
	parley(t, nil, "cert", "verify", "--cert", cert, "--table", table, "--threshold", "0:5000", "--threshold", "1:5000").expect(t, 0, "OK")
	parley(t, nil, "cert", "verify", "--cert", cert, "--table", table, "--threshold", "0:5000,1:10000").expect(t, 1, "REJECTED: verifier: signed stake below the quorum threshold")
	parley(t, nil, "cert", "verify", "--cert", cert, "--table", table, "--threshold", "0:5000").expect(t, 1, "REJECTED: verifier: certificate quorums differ")

	// A tampered certificate: the message root changed, the canonical encoding
	// dropped so the file is consistent.
	var doc map[string]any
	data, _ := os.ReadFile(cert)
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	att := doc["attestation"].(map[string]any)
	root := common.HexToHash(att["messageRoot"].(string))
	root[31] ^= 1
	att["messageRoot"] = root.Hex()
	stale, _ := json.Marshal(doc) // still has the original "encoded"
	delete(doc, "encoded")
	tampered, _ := json.Marshal(doc)
	tp, sp := filepath.Join(dir, "tampered.json"), filepath.Join(dir, "stale.json")
	_ = os.WriteFile(tp, tampered, 0o644)
	_ = os.WriteFile(sp, stale, 0o644)

	r = parley(t, nil, "cert", "verify", "--cert", tp, "--table", table, "--policy", policy)
	r.expect(t, 1, "REJECTED: verifier: signature does not verify")
	if r.stderr != "" {
		t.Errorf("rejection also written to stderr: %q", r.stderr)
	}
	parley(t, nil, "cert", "verify", "--cert", sp, "--table", table, "--policy", policy).expect(t, 1, `"encoded" field does not match`)

	// The table file: another block is another snapshot, which the certificate does
	// not name (rejected); a root that is not the entries' is refused (an input error).
	tdata, _ := os.ReadFile(table)
	var tdoc map[string]any
	if err := json.Unmarshal(tdata, &tdoc); err != nil {
		t.Fatal(err)
	}
	tdoc["block"] = 101
	moved, _ := json.Marshal(tdoc)
	tdoc["block"] = 100
	tdoc["root"] = common.Hash{1}.Hex()
	badRoot, _ := json.Marshal(tdoc)
	mp, bp := filepath.Join(dir, "moved.json"), filepath.Join(dir, "bad-root.json")
	_ = os.WriteFile(mp, moved, 0o644)
	_ = os.WriteFile(bp, badRoot, 0o644)
	parley(t, nil, "cert", "verify", "--cert", cert, "--table", mp, "--policy", policy).expect(t, 1, "REJECTED: verifier: snapshot not usable")
	parley(t, nil, "cert", "verify", "--cert", cert, "--table", bp, "--policy", policy).expect(t, 2, "table root does not match its entries")

	// Input errors are exit status 2.
	parley(t, nil, "cert", "verify", "--cert", filepath.Join(dir, "missing.json"), "--table", table, "--policy", policy).expect(t, 2, "no such file")
	parley(t, nil, "cert", "verify", "--cert", cert, "--table", cert, "--policy", policy).expect(t, 2, "malformed document")
	parley(t, nil, "cert", "verify", "--cert", cert, "--table", table).expect(t, 2, "no policy")
	parley(t, nil, "cert", "verify", "--cert", cert, "--table", table, "--policy", policy, "--threshold", "0:1").expect(t, 2, "not both")
	parley(t, nil, "cert", "verify", "--cert", cert, "--table", table, "--threshold", "zero").expect(t, 2, "QUORUM:BPS")
	parley(t, nil, "cert", "verify", "--cert", cert, "--table", table, "--policy", policy, "--window", "16").expect(t, 2, "flag provided but not defined")
	otherAVS := filepath.Join(dir, "other-policy.json")
	pdata, _ := os.ReadFile(policy)
	_ = os.WriteFile(otherAVS, bytes.Replace(pdata, []byte(`"l1ChainId": 900`), []byte(`"l1ChainId": 1`), 1), 0o644)
	parley(t, nil, "cert", "verify", "--cert", cert, "--table", table, "--policy", otherAVS).expect(t, 2, "the policy is for")
}

func TestUsage(t *testing.T) {
	parley(t, nil, "--help").expect(t, 0, "cert")
	parley(t, nil).expect(t, 0, "COMMANDS")
	// --help documents every flag.
	r := parley(t, nil, "sim", "--help")
	for _, f := range []string{"--operators", "--quorums", "--threshold", "--absent", "--no-bad-signer", "--seed",
		"--snapshot-block", "--chain-id", "--from-block", "--blocks", "--logs-per-block", "--batch", "--out-dir"} {
		r.expect(t, 0, f)
	}
	r = parley(t, nil, "keys", "new", "--help")
	for _, f := range []string{"--out", "--light-kdf", "--password-file", "--operator", "--avs", "--operator-set",
		"--key-registrar", "--l1-chain-id", "--key-registrar-version", "--json", "keyData"} {
		r.expect(t, 0, f)
	}
	parley(t, nil, "keys", "show", "--help").expect(t, 0, "--public-only")
	parley(t, nil, "cert", "verify", "--help").expect(t, 0, "Exit status")
	parley(t, nil, "bogus").expect(t, 2, `unknown command "bogus"`)
	parley(t, nil, "keys", "bogus").expect(t, 2, `unknown command "bogus"`)
	parley(t, nil, "sim", "--bogus").expect(t, 2, "flag provided but not defined")
	parley(t, nil, "sim", "--window", "16").expect(t, 2, "flag provided but not defined")
	parley(t, nil, "sim", "extra").expect(t, 2, "unexpected argument")
	parley(t, nil, "sim", "--quorums", "0,x").expect(t, 2, "not an operator-set id")
	parley(t, nil, "sim", "--quorums", "1,0").expect(t, 2, "ascending")
	parley(t, nil, "sim", "--absent", "1").expect(t, 2, "absent fraction")
	parley(t, nil, "sim", "--operators", "3000").expect(t, 2, "at most 4096 entries")
	// A simulation whose honest certificate misses the threshold is a negative answer.
	parley(t, nil, "sim", "--operators", "6", "--blocks", "2", "--batch", "2", "--threshold", "10000").expect(t, 1, "honest certificate was rejected")
}
