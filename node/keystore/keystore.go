// Package keystore stores an operator's BN254 BLS secret key in an encrypted JSON file,
// in exactly the format eigensdk-go (EigenLayer's operator SDK) uses for its BLS keys,
// so an operator can bring the key it already registered with EigenLayer, and a key
// made here can be used by EigenLayer tooling.
//
// The file is
//
//	{
//	  "pubKey": "E([<x>,<y>])",
//	  "crypto": { ...go-ethereum keystore.CryptoJSON (scrypt + aes-128-ctr)... }
//	}
//
// where pubKey is gnark-crypto's G1Affine.String() of the G1 public key (decimal
// coordinates; gnark prints a coordinate within 65535 of the field modulus as a small
// negative number, which this package also accepts), and the encrypted data is the
// 32-byte big-endian secret scalar (bls.SecretKey.Bytes), encrypted with go-ethereum's
// keystore.EncryptDataV3. Reading decrypts with keystore.DecryptDataV3 and reads the
// scalar as eigensdk-go does (reduced modulo the group order; zero is rejected).
//
// Loading is stricter than eigensdk-go in one way that matters: the stored pubKey must
// be present (as in eigensdk-go, so that an ECDSA key file is not mistaken for a BLS
// one) and must be the G1 key derived from the decrypted secret. A mismatch means the
// file was edited or corrupted, and signing with a key other than the one the operator
// believes it registered would make every one of its signatures useless.
//
// Before decrypting, the crypto section is checked against bounds (AES-128-CTR, scrypt
// or PBKDF2 with a 32-byte derived key, at most 1 GiB of scrypt memory): go-ethereum's
// decoder trusts these parameters and panics or exhausts memory on malformed ones.
//
// Other top-level fields (newer eigensdk-go versions add "version": 3) are ignored on
// reading and never written.
package keystore

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	ethkeystore "github.com/ethereum/go-ethereum/accounts/keystore"

	"github.com/parley-xyz/parley/interop/bls"
)

// Errors of Load and Decrypt. Decryption with a wrong password returns an error that
// matches ErrDecrypt (and go-ethereum's keystore.ErrDecrypt).
var (
	ErrNoPubKey       = errors.New("keystore: not a BLS key file: pubKey field missing or empty")
	ErrBadPubKey      = errors.New("keystore: malformed pubKey field")
	ErrPubKeyMismatch = errors.New("keystore: pubKey field does not match the decrypted secret key")
	ErrDecrypt        = ethkeystore.ErrDecrypt
	ErrExists         = errors.New("keystore: file already exists")
	ErrBadCrypto      = errors.New("keystore: unsupported or malformed crypto section")
)

// File is the JSON form of a key file.
type File struct {
	// PubKey is gnark's G1Affine.String() of the G1 public key: "E([x,y])".
	PubKey string `json:"pubKey"`
	// Crypto is the encrypted 32-byte secret scalar.
	Crypto ethkeystore.CryptoJSON `json:"crypto"`
}

// options are the encryption parameters.
type options struct{ scryptN, scryptP int }

// Option changes how a key is encrypted.
type Option func(*options)

// WithScrypt sets the scrypt cost parameters N and P.
func WithScrypt(n, p int) Option { return func(o *options) { o.scryptN, o.scryptP = n, p } }

// LightScrypt uses go-ethereum's light scrypt parameters (about 4 MB and a few
// milliseconds instead of 256 MB and about a second). It is meant for tests and
// throw-away keys; files written with it are read like any other.
func LightScrypt() Option { return WithScrypt(ethkeystore.LightScryptN, ethkeystore.LightScryptP) }

// PubKeyString returns the pubKey field for a G1 public key, exactly as eigensdk-go
// writes it (gnark's G1Affine.String()).
func PubKeyString(pk bls.G1Point) string {
	a := pk.Affine()
	return a.String()
}

// ParsePubKey parses a pubKey field ("E([x,y])", decimal coordinates, each optionally
// negative as gnark prints values just below the modulus) into a validated G1 point:
// coordinates below the modulus in absolute value, on the curve, not the identity.
func ParsePubKey(s string) (bls.G1Point, error) {
	if s == "" {
		return bls.G1Point{}, ErrNoPubKey
	}
	inner, ok := strings.CutPrefix(s, "E([")
	if ok {
		inner, ok = strings.CutSuffix(inner, "])")
	}
	if !ok {
		return bls.G1Point{}, fmt.Errorf("%w: %q is not of the form E([x,y])", ErrBadPubKey, s)
	}
	xs, ys, ok := strings.Cut(inner, ",")
	if !ok {
		return bls.G1Point{}, fmt.Errorf("%w: %q is not of the form E([x,y])", ErrBadPubKey, s)
	}
	var enc [bls.G1Size]byte
	for i, c := range []string{xs, ys} {
		v, err := parseCoordinate(c)
		if err != nil {
			return bls.G1Point{}, fmt.Errorf("%w: %w", ErrBadPubKey, err)
		}
		v.FillBytes(enc[32*i : 32*i+32])
	}
	p, err := bls.DecodeG1(enc[:])
	if err != nil {
		return bls.G1Point{}, fmt.Errorf("%w: %w", ErrBadPubKey, err)
	}
	return p, nil
}

// parseCoordinate reads a decimal field element as gnark prints it: a non-negative
// integer below p, or "-k" for p-k with 0 < k < p. Only plain decimal digits are
// accepted (no sign "+", no spaces, no leading zeros).
func parseCoordinate(s string) (*big.Int, error) {
	neg := strings.HasPrefix(s, "-")
	digits := strings.TrimPrefix(s, "-")
	if digits == "" || len(digits) > 80 || (len(digits) > 1 && digits[0] == '0') {
		return nil, fmt.Errorf("coordinate %q is not a canonical decimal integer", s)
	}
	for _, r := range digits {
		if r < '0' || r > '9' {
			return nil, fmt.Errorf("coordinate %q is not a canonical decimal integer", s)
		}
	}
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, fmt.Errorf("coordinate %q is not a decimal integer", s)
	}
	p := fp.Modulus()
	if v.Cmp(p) >= 0 {
		return nil, fmt.Errorf("coordinate %q not below the field modulus", s)
	}
	if neg {
		if v.Sign() == 0 {
			return nil, fmt.Errorf("coordinate %q is negative zero", s)
		}
		v.Sub(p, v)
	}
	return v, nil
}

// Encrypt returns the JSON key file of key encrypted with password. Without options it
// uses go-ethereum's standard scrypt parameters, as eigensdk-go does.
func Encrypt(key *bls.SecretKey, password string, opts ...Option) ([]byte, error) {
	if key == nil {
		return nil, errors.New("keystore: nil key")
	}
	o := options{scryptN: ethkeystore.StandardScryptN, scryptP: ethkeystore.StandardScryptP}
	for _, opt := range opts {
		opt(&o)
	}
	sk := key.Bytes()
	defer clear(sk[:])
	c, err := ethkeystore.EncryptDataV3(sk[:], []byte(password), o.scryptN, o.scryptP)
	if err != nil {
		return nil, fmt.Errorf("keystore: encrypting: %w", err)
	}
	return json.Marshal(File{PubKey: PubKeyString(key.PublicKeyG1()), Crypto: c})
}

// Decrypt reads a JSON key file, decrypts its secret key with password, and checks
// that the stored pubKey is the secret's G1 key.
func Decrypt(data []byte, password string) (*bls.SecretKey, error) {
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("keystore: malformed key file: %w", err)
	}
	if f.PubKey == "" {
		return nil, ErrNoPubKey
	}
	stored, err := ParsePubKey(f.PubKey)
	if err != nil {
		return nil, err
	}
	if err := checkCrypto(&f.Crypto); err != nil {
		return nil, err
	}
	sk, err := ethkeystore.DecryptDataV3(f.Crypto, password)
	if err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	}
	defer clear(sk)
	key, err := bls.SecretKeyFromBytes(sk)
	if err != nil {
		return nil, fmt.Errorf("keystore: decrypted secret: %w", err)
	}
	if derived := key.PublicKeyG1(); !derived.Equal(stored) {
		return nil, fmt.Errorf("%w: file says %s, secret gives %s", ErrPubKeyMismatch, f.PubKey, PubKeyString(derived))
	}
	return key, nil
}

// Bounds on the key-derivation parameters Decrypt accepts. go-ethereum's decoder
// trusts them (a missing parameter panics, a short derived key or IV panics, and a huge
// scrypt N exhausts memory), so they are checked first. Standard eigensdk-go and geth
// files (scrypt N=2^18, r=8, p=1; light: N=2^12, p=6) are well inside.
const (
	maxScryptMemory = 1 << 30 // bytes: 128·N·r
	maxScryptP      = 16
	maxPBKDF2Rounds = 10_000_000
	maxSaltBytes    = 1024
)

// checkCrypto validates the encrypted section before go-ethereum's decoder sees it:
// AES-128-CTR with a 16-byte IV, a 32-byte ciphertext (the secret scalar) and a 32-byte
// MAC; scrypt (dklen 32, N a power of two, bounded memory and parallelism) or PBKDF2
// with HMAC-SHA256 (dklen 32, bounded rounds); a hex salt.
func checkCrypto(c *ethkeystore.CryptoJSON) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrBadCrypto, fmt.Sprintf(format, args...))
	}
	if c.Cipher != "aes-128-ctr" {
		return bad("cipher %q, want aes-128-ctr", c.Cipher)
	}
	for _, f := range []struct {
		name, hex string
		size      int
	}{{"ciphertext", c.CipherText, 32}, {"iv", c.CipherParams.IV, 16}, {"mac", c.MAC, 32}} {
		b, err := hex.DecodeString(f.hex)
		if err != nil || len(b) != f.size {
			return bad("%s must be %d hex-encoded bytes", f.name, f.size)
		}
	}
	param := func(name string) (float64, bool) {
		v, ok := c.KDFParams[name].(float64)
		return v, ok
	}
	integer := func(name string, lo, hi float64) (int, error) {
		v, ok := param(name)
		if !ok || v != math.Trunc(v) || v < lo || v > hi {
			return 0, bad("kdfparams.%s must be an integer in %v..%v", name, lo, hi)
		}
		return int(v), nil
	}
	salt, ok := c.KDFParams["salt"].(string)
	if b, err := hex.DecodeString(salt); !ok || err != nil || len(b) == 0 || len(b) > maxSaltBytes {
		return bad("kdfparams.salt must be 1..%d hex-encoded bytes", maxSaltBytes)
	}
	if _, err := integer("dklen", 32, 32); err != nil {
		return err
	}
	switch c.KDF {
	case "scrypt":
		n, err := integer("n", 2, maxScryptMemory/128)
		if err != nil {
			return err
		}
		r, err := integer("r", 1, maxScryptMemory/128)
		if err != nil {
			return err
		}
		if _, err := integer("p", 1, maxScryptP); err != nil {
			return err
		}
		if n&(n-1) != 0 || uint64(n)*uint64(r)*128 > maxScryptMemory {
			return bad("scrypt n=%d r=%d: n must be a power of two and 128·n·r at most %d bytes", n, r, maxScryptMemory)
		}
	case "pbkdf2":
		if _, err := integer("c", 1, maxPBKDF2Rounds); err != nil {
			return err
		}
		if prf, _ := c.KDFParams["prf"].(string); prf != "hmac-sha256" {
			return bad("pbkdf2 prf %q, want hmac-sha256", prf)
		}
	default:
		return bad("kdf %q, want scrypt or pbkdf2", c.KDF)
	}
	return nil
}

// PublicKey returns the G1 public key stored in a key file's pubKey field, without
// decrypting anything. It is only as trustworthy as the file: Load checks it against
// the secret.
func PublicKey(data []byte) (bls.G1Point, error) {
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		return bls.G1Point{}, fmt.Errorf("keystore: malformed key file: %w", err)
	}
	return ParsePubKey(f.PubKey)
}

// Save encrypts key with password and writes it to path (mode 0600), creating parent
// directories (mode 0700) as needed. It never overwrites: if path exists it returns an
// error matching ErrExists.
func Save(path string, key *bls.SecretKey, password string, opts ...Option) error {
	data, err := Encrypt(key, password, opts...)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("keystore: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%w: %s", ErrExists, path)
		}
		return fmt.Errorf("keystore: %w", err)
	}
	_, werr := f.Write(data)
	if werr == nil {
		werr = f.Sync()
	}
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		_ = os.Remove(path)
		return fmt.Errorf("keystore: writing %s: %w", path, werr)
	}
	return nil
}

// Load reads the key file at path and decrypts it with password (see Decrypt).
func Load(path, password string) (*bls.SecretKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	}
	return Decrypt(data, password)
}
