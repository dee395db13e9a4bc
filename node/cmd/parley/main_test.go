package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/optable"
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
	operator := "0x1111111111111111111111111111111111111111"

	r := parley(t, nil, "keys", "new", "--out", keyFile, "--password-file", pwFile, "--light-kdf",
		"--operator", operator, "--l1-chain-id", "17000", "--registry", "0x2222222222222222222222222222222222222222", "--json")
	r.expect(t, 0, `"pop"`)
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
	pop, err := k.PoP.Point()
	if err != nil {
		t.Fatal(err)
	}
	if !bls.VerifyPossession(pk1, pk2, pop, 17000, common.HexToAddress("0x2222222222222222222222222222222222222222"), common.HexToAddress(operator)) {
		t.Fatal("printed proof of possession does not verify")
	}
	if k.ID != optable.IDOf(pk1) || k.PubKey != keystore.PubKeyString(pk1) {
		t.Fatal("printed id or pubKey wrong")
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

	// Show, with the password from the environment.
	pw := map[string]string{passwordEnv: "s3cret"}
	parley(t, pw, "keys", "show", "--key", keyFile).expect(t, 0, k.ID.Hex())
	parley(t, pw, "keys", "show", "--key", keyFile, "--operator", operator, "--l1-chain-id", "17000",
		"--registry", "0x2222222222222222222222222222222222222222").expect(t, 0, k.PoP.X.Hex())
	r = parley(t, nil, "keys", "show", "--key", keyFile, "--public-only")
	r.expect(t, 0, k.ID.Hex())
	if strings.Contains(r.stdout, "G2") {
		t.Fatal("--public-only printed a G2 key")
	}

	// Failures.
	parley(t, map[string]string{passwordEnv: "wrong"}, "keys", "show", "--key", keyFile).expect(t, 2, "could not decrypt")
	parley(t, nil, "keys", "show", "--key", keyFile).expect(t, 2, "no key password")
	parley(t, pw, "keys", "new", "--out", filepath.Join(dir, "x.json"), "--light-kdf", "--operator", "0x12").expect(t, 2, "not a 20-byte hex address")
	parley(t, pw, "keys", "new", "--out", filepath.Join(dir, "x.json"), "--light-kdf", "--registry", operator).expect(t, 2, "only matter with --operator")
	if err := os.WriteFile(pwFile, []byte("\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	parley(t, nil, "keys", "new", "--out", filepath.Join(dir, "y.json"), "--password-file", pwFile, "--light-kdf").expect(t, 2, "empty password")
	parley(t, pw, "keys", "new", "--light-kdf").expect(t, 2, "--out is required")
	if _, err := os.Stat(filepath.Join(dir, "x.json")); err == nil {
		t.Fatal("a key file was written by a failed command")
	}
}

func TestSimAndVerify(t *testing.T) {
	dir := t.TempDir()
	r := parley(t, nil, "sim", "--operators", "10", "--blocks", "4", "--batch", "2", "--threshold", "5000", "--seed", "7", "--out-dir", dir)
	r.expect(t, 0, "verify with: parley cert verify")
	for _, w := range []string{"aggregation", "1 dropped", "flipped message root: rejected", "batch verification"} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("sim output lacks %q", w)
		}
	}
	cert, table, policy := filepath.Join(dir, certFile), filepath.Join(dir, tableFile), filepath.Join(dir, policyFile)

	parley(t, nil, "cert", "verify", "--cert", cert, "--table", table, "--policy", policy).expect(t, 0, "OK: certificate verified")
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

	// Input errors are exit status 2.
	parley(t, nil, "cert", "verify", "--cert", filepath.Join(dir, "missing.json"), "--table", table, "--policy", policy).expect(t, 2, "no such file")
	parley(t, nil, "cert", "verify", "--cert", cert, "--table", cert, "--policy", policy).expect(t, 2, "malformed document")
	parley(t, nil, "cert", "verify", "--cert", cert, "--table", table).expect(t, 2, "no policy")
	parley(t, nil, "cert", "verify", "--cert", cert, "--table", table, "--policy", policy, "--threshold", "0:1").expect(t, 2, "not both")
	parley(t, nil, "cert", "verify", "--cert", cert, "--table", table, "--threshold", "zero").expect(t, 2, "QUORUM:BPS")
	otherAVS := filepath.Join(dir, "other-policy.json")
	pdata, _ := os.ReadFile(policy)
	_ = os.WriteFile(otherAVS, bytes.Replace(pdata, []byte(`"l1ChainId": 900`), []byte(`"l1ChainId": 1`), 1), 0o644)
	parley(t, nil, "cert", "verify", "--cert", cert, "--table", table, "--policy", otherAVS).expect(t, 2, "the policy is for")
}

func TestUsage(t *testing.T) {
	parley(t, nil, "--help").expect(t, 0, "cert")
	parley(t, nil).expect(t, 0, "COMMANDS")
	parley(t, nil, "sim", "--help").expect(t, 0, "--out-dir")
	parley(t, nil, "cert", "verify", "--help").expect(t, 0, "Exit status")
	parley(t, nil, "bogus").expect(t, 2, `unknown command "bogus"`)
	parley(t, nil, "keys", "bogus").expect(t, 2, `unknown command "bogus"`)
	parley(t, nil, "sim", "--bogus").expect(t, 2, "flag provided but not defined")
	parley(t, nil, "sim", "extra").expect(t, 2, "unexpected argument")
	parley(t, nil, "sim", "--quorums", "0,x").expect(t, 2, "not a quorum number")
	parley(t, nil, "sim", "--quorums", "1,0").expect(t, 2, "ascending")
	parley(t, nil, "sim", "--absent", "1").expect(t, 2, "absent fraction")
	// A simulation whose honest certificate misses the threshold is a negative answer.
	parley(t, nil, "sim", "--operators", "6", "--blocks", "2", "--batch", "2", "--threshold", "10000").expect(t, 1, "honest certificate was rejected")
}
