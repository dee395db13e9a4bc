package keystore

import (
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	ethkeystore "github.com/ethereum/go-ethereum/accounts/keystore"

	"github.com/parley-xyz/parley/interop/bls"
)

func keyFromInt(t *testing.T, v *big.Int) *bls.SecretKey {
	t.Helper()
	var b [32]byte
	v.FillBytes(b[:])
	k, err := bls.SecretKeyFromBytes(b[:])
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestRoundTrip(t *testing.T) {
	key, err := bls.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "sub", "op.bls.key.json")
	if err := Save(path, key, "correct horse", LightScrypt()); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	got, err := Load(path, "correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if got.Bytes() != key.Bytes() {
		t.Fatal("loaded key differs")
	}
	data, _ := os.ReadFile(path)
	pk, err := PublicKey(data)
	if err != nil {
		t.Fatal(err)
	}
	if !pk.Equal(key.PublicKeyG1()) {
		t.Fatal("PublicKey differs")
	}
	// Exactly the two eigensdk-go fields.
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		t.Fatal(err)
	}
	if len(fields) != 2 || fields["pubKey"] == nil || fields["crypto"] == nil {
		t.Fatalf("fields %v", fields)
	}
}

func TestNoOverwrite(t *testing.T) {
	key, _ := bls.GenerateKey(nil)
	path := filepath.Join(t.TempDir(), "k.json")
	if err := os.WriteFile(path, []byte("precious"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Save(path, key, "pw", LightScrypt()); !errors.Is(err, ErrExists) {
		t.Fatalf("got %v, want ErrExists", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "precious" {
		t.Fatal("file was overwritten")
	}
}

func TestWrongPassword(t *testing.T) {
	key, _ := bls.GenerateKey(nil)
	data, err := Encrypt(key, "right", LightScrypt())
	if err != nil {
		t.Fatal(err)
	}
	_, err = Decrypt(data, "wrong")
	if !errors.Is(err, ErrDecrypt) || !errors.Is(err, ethkeystore.ErrDecrypt) {
		t.Fatalf("got %v, want ErrDecrypt", err)
	}
}

func TestTamperedPubKey(t *testing.T) {
	key, _ := bls.GenerateKey(nil)
	other, _ := bls.GenerateKey(nil)
	data, err := Encrypt(key, "pw", LightScrypt())
	if err != nil {
		t.Fatal(err)
	}
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		pubKey string
		want   error
	}{
		{"other key", PubKeyString(other.PublicKeyG1()), ErrPubKeyMismatch},
		{"empty", "", ErrNoPubKey},
		{"off curve", "E([1,3])", ErrBadPubKey},
		{"infinity", "O", ErrBadPubKey},
		{"hex", "E([0x1,0x2])", ErrBadPubKey},
		{"leading zero", "E([01,2])", ErrBadPubKey},
		{"spaces", "E([1, 2])", ErrBadPubKey},
		{"too large", "E([" + new(big.Int).Add(fpModulus(), big.NewInt(1)).String() + ",2])", ErrBadPubKey},
		{"negative zero", "E([1,-0])", ErrBadPubKey},
		{"unterminated", "E([1,2]", ErrBadPubKey},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := f
			g.PubKey = c.pubKey
			b, _ := json.Marshal(g)
			if _, err := Decrypt(b, "pw"); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
	// A missing field is the same as an empty one (eigensdk-go's ECDSA-file check).
	var m map[string]any
	_ = json.Unmarshal(data, &m)
	delete(m, "pubKey")
	b, _ := json.Marshal(m)
	if _, err := Decrypt(b, "pw"); !errors.Is(err, ErrNoPubKey) {
		t.Fatalf("missing pubKey: got %v", err)
	}
	if _, err := Decrypt([]byte("{not json"), "pw"); err == nil {
		t.Fatal("malformed JSON accepted")
	}
}

func fpModulus() *big.Int {
	// p of BN254's base field.
	p, _ := new(big.Int).SetString("21888242871839275222246405745257275088696311157297823662689037894645226208583", 10)
	return p
}

// TestVectors pins the pubKey field for fixed secrets: sk=1 gives the generator
// (1, 2); sk=2 gives 2*G1; sk=r-1 gives -G1 = (1, p-2), which gnark prints as "-2".
func TestVectors(t *testing.T) {
	rMinus1 := new(big.Int).Sub(fr.Modulus(), big.NewInt(1))
	cases := []struct {
		sk   *big.Int
		want string
	}{
		{big.NewInt(1), "E([1,2])"},
		{big.NewInt(2), "E([1368015179489954701390400359078579693043519447331113978918064868415326638035,9918110051302171585080402603319702774565515993150576347155970296011118125764])"},
		{rMinus1, "E([1,-2])"},
	}
	dir := t.TempDir()
	for i, c := range cases {
		key := keyFromInt(t, c.sk)
		aff := key.PublicKeyG1().Affine()
		if gnark := aff.String(); gnark != c.want {
			t.Fatalf("vector %d: gnark prints %s, want %s", i, gnark, c.want)
		}
		path := filepath.Join(dir, "k"+string(rune('0'+i))+".json")
		if err := Save(path, key, "vector", LightScrypt()); err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(path)
		var f File
		if err := json.Unmarshal(data, &f); err != nil {
			t.Fatal(err)
		}
		if f.PubKey != c.want {
			t.Fatalf("vector %d: file pubKey %s, want %s", i, f.PubKey, c.want)
		}
		got, err := Load(path, "vector")
		if err != nil {
			t.Fatalf("vector %d: %v", i, err)
		}
		if got.Bytes() != key.Bytes() {
			t.Fatalf("vector %d: loaded key differs", i)
		}
	}
}

// TestStandardScrypt checks that the default parameters are eigensdk-go's.
func TestStandardScrypt(t *testing.T) {
	if testing.Short() {
		t.Skip("standard scrypt takes about a second and 256 MB")
	}
	key, _ := bls.GenerateKey(nil)
	data, err := Encrypt(key, "pw")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"n":262144`) || !strings.Contains(string(data), `"p":1`) {
		t.Fatalf("not standard scrypt: %s", data)
	}
}

// TestMalformedCrypto feeds crypto sections that would make go-ethereum's decoder panic
// or exhaust memory; each must be a clean error.
func TestMalformedCrypto(t *testing.T) {
	key, _ := bls.GenerateKey(nil)
	data, err := Encrypt(key, "pw", LightScrypt())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Decrypt(data, "pw"); err != nil {
		t.Fatal(err)
	}
	mutate := func(f func(c map[string]any, kp map[string]any)) []byte {
		var m map[string]any
		_ = json.Unmarshal(data, &m)
		c := m["crypto"].(map[string]any)
		f(c, c["kdfparams"].(map[string]any))
		b, _ := json.Marshal(m)
		return b
	}
	cases := map[string][]byte{
		"no crypto":      []byte(`{"pubKey":"` + PubKeyString(key.PublicKeyG1()) + `"}`),
		"no salt":        mutate(func(c, kp map[string]any) { delete(kp, "salt") }),
		"salt not hex":   mutate(func(c, kp map[string]any) { kp["salt"] = "zz" }),
		"salt a number":  mutate(func(c, kp map[string]any) { kp["salt"] = 5 }),
		"no dklen":       mutate(func(c, kp map[string]any) { delete(kp, "dklen") }),
		"short dklen":    mutate(func(c, kp map[string]any) { kp["dklen"] = 16 }),
		"dklen string":   mutate(func(c, kp map[string]any) { kp["dklen"] = "32" }),
		"no n":           mutate(func(c, kp map[string]any) { delete(kp, "n") }),
		"huge n":         mutate(func(c, kp map[string]any) { kp["n"] = 1 << 40 }),
		"n not pow2":     mutate(func(c, kp map[string]any) { kp["n"] = 4095 }),
		"memory":         mutate(func(c, kp map[string]any) { kp["n"] = 1 << 20; kp["r"] = 16 }),
		"huge p":         mutate(func(c, kp map[string]any) { kp["p"] = 1 << 20 }),
		"fractional r":   mutate(func(c, kp map[string]any) { kp["r"] = 8.5 }),
		"short iv":       mutate(func(c, kp map[string]any) { c["cipherparams"] = map[string]any{"iv": "00"} }),
		"short mac":      mutate(func(c, kp map[string]any) { c["mac"] = "00" }),
		"long secret":    mutate(func(c, kp map[string]any) { c["ciphertext"] = c["ciphertext"].(string) + "00" }),
		"other cipher":   mutate(func(c, kp map[string]any) { c["cipher"] = "aes-128-cbc" }),
		"other kdf":      mutate(func(c, kp map[string]any) { c["kdf"] = "argon2" }),
		"pbkdf2 no prf":  mutate(func(c, kp map[string]any) { c["kdf"] = "pbkdf2"; kp["c"] = 1 }),
		"pbkdf2 rounds":  mutate(func(c, kp map[string]any) { c["kdf"] = "pbkdf2"; kp["c"] = 1e12; kp["prf"] = "hmac-sha256" }),
		"kdfparams list": mutate(func(c, kp map[string]any) { c["kdfparams"] = []any{1} }),
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := Decrypt(b, "pw"); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}
