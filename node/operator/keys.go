package operator

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	ethkeystore "github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/keystore"
)

// Key is one of the operator's BN254 keys: the key it registers in EigenLayer's
// KeyRegistrar for one of Parley's operator sets (one key per set).
type Key struct {
	Set    uint8
	Path   string
	Secret *bls.SecretKey
	G1     bls.G1Point
	G2     bls.G2Point
	id     optable.OperatorID
}

// NewKey returns the key of a secret for an operator set.
func NewKey(set uint8, sk *bls.SecretKey) *Key {
	g1 := sk.PublicKeyG1()
	return &Key{Set: set, Secret: sk, G1: g1, G2: sk.PublicKeyG2(), id: optable.IDOf(g1)}
}

// ID returns the key id keccak256(G1.X || G1.Y) (EigenLayer's operator id).
func (k *Key) ID() optable.OperatorID { return k.id }

// Sign signs a digest.
func (k *Key) Sign(digest [32]byte) (bls.G1Point, error) { return k.Secret.Sign(digest) }

// KeySpec is a --bls-key value: an operator set and the key file for it.
type KeySpec struct {
	Set  uint8
	Path string
}

// ParseKeySpec reads "set:path" (set a decimal operator-set id below 192).
func ParseKeySpec(s string) (KeySpec, error) {
	set, path, ok := strings.Cut(s, ":")
	if !ok || path == "" {
		return KeySpec{}, fmt.Errorf("BLS key %q: want SET:PATH, e.g. 0:/keys/set0.bls.key.json", s)
	}
	n, err := strconv.ParseUint(set, 10, 8)
	if err != nil || n >= optable.MaxQuorums {
		return KeySpec{}, fmt.Errorf("BLS key %q: operator set %q is not a number below %d", s, set, optable.MaxQuorums)
	}
	return KeySpec{Set: uint8(n), Path: path}, nil
}

// ParseKeySpecs reads --bls-key values: at least one, each set once.
func ParseKeySpecs(specs []string) ([]KeySpec, error) {
	if len(specs) == 0 {
		return nil, errors.New("no BLS key: give one --bls-key SET:PATH per operator set")
	}
	var out []KeySpec
	var errs []error
	for _, s := range specs {
		k, err := ParseKeySpec(s)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if slices.ContainsFunc(out, func(o KeySpec) bool { return o.Set == k.Set }) {
			errs = append(errs, fmt.Errorf("BLS key %q: operator set %d given twice (EigenLayer holds one key per operator and set)", s, k.Set))
			continue
		}
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b KeySpec) int { return int(a.Set) - int(b.Set) })
	return out, errors.Join(errs...)
}

// LoadKeys decrypts the key files (eigensdk-go BLS keystores, node/keystore) with the
// password. Keys must be distinct: the KeyRegistrar accepts a key once, for one set.
func LoadKeys(specs []KeySpec, password string) ([]*Key, error) {
	var out []*Key
	for _, s := range specs {
		sk, err := keystore.Load(s.Path, password)
		if err != nil {
			return nil, fmt.Errorf("BLS key for operator set %d: %w", s.Set, err)
		}
		k := NewKey(s.Set, sk)
		k.Path = s.Path
		for _, o := range out {
			if o.ID() == k.ID() {
				return nil, fmt.Errorf("BLS keys for operator sets %d and %d are the same key %s: EigenLayer needs one key per set", o.Set, k.Set, k.ID())
			}
		}
		out = append(out, k)
	}
	return out, nil
}

// maxSecretFile bounds what is read from a key or password file.
const maxSecretFile = 1 << 20

// ReadPasswordFile returns the first line of a file, without its line ending.
func ReadPasswordFile(path string) (string, error) {
	b, err := readSmall(path)
	if err != nil {
		return "", err
	}
	line, _, _ := strings.Cut(string(b), "\n")
	return strings.TrimSuffix(line, "\r"), nil
}

func readSmall(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxSecretFile+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxSecretFile {
		return nil, fmt.Errorf("%s is larger than %d bytes", path, maxSecretFile)
	}
	return b, nil
}

// IsKeystoreFile reports whether a key file is an encrypted JSON keystore (which needs
// a password) rather than a hex private key.
func IsKeystoreFile(path string) (bool, error) {
	b, err := readSmall(path)
	if err != nil {
		return false, err
	}
	return bytes.HasPrefix(bytes.TrimSpace(b), []byte("{")), nil
}

// LoadL1Key reads the operator's L1 (ECDSA) key from a file: a go-ethereum keystore
// (Web3 Secret Storage, as `geth account new` and `cast wallet` write it), decrypted
// with password, or a file holding the 32-byte key in hex (with or without 0x), which
// is read as it is: protect it like the key it is.
func LoadL1Key(path, password string) (*ecdsa.PrivateKey, error) {
	b, err := readSmall(path)
	if err != nil {
		return nil, fmt.Errorf("L1 key: %w", err)
	}
	text := bytes.TrimSpace(b)
	if bytes.HasPrefix(text, []byte("{")) {
		var probe struct {
			Address string          `json:"address"`
			Crypto  json.RawMessage `json:"crypto"`
		}
		if err := json.Unmarshal(text, &probe); err != nil || len(probe.Crypto) == 0 {
			return nil, fmt.Errorf("L1 key %s: not a go-ethereum keystore file", path)
		}
		k, err := ethkeystore.DecryptKey(text, password)
		if err != nil {
			return nil, fmt.Errorf("L1 key %s: %w", path, err)
		}
		return k.PrivateKey, nil
	}
	s := strings.TrimPrefix(strings.TrimPrefix(string(text), "0x"), "0X")
	raw, err := hex.DecodeString(s)
	if err != nil || len(raw) != 32 {
		return nil, fmt.Errorf("L1 key %s: neither a keystore file nor 32 hex-encoded bytes", path)
	}
	k, err := crypto.ToECDSA(raw)
	clear(raw)
	if err != nil {
		return nil, fmt.Errorf("L1 key %s: %w", path, err)
	}
	return k, nil
}
