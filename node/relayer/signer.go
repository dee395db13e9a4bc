package relayer

import (
	"bufio"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	ethkeystore "github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
)

// PasswordEnv is the environment variable the key password may come from instead of
// a password file (the parley command's, for every key).
const PasswordEnv = "PARLEY_KEY_PASSWORD"

// ErrBadKeyFile is returned for a key file that is not a supported Ethereum key file.
var ErrBadKeyFile = errors.New("relayer: unsupported or malformed key file")

// maxKeyFile bounds what is read from a key or password file.
const maxKeyFile = 64 << 10

// LoadKey decrypts an Ethereum key file (Web3 Secret Storage version 3, as geth,
// clef and cast write them). Before decrypting, its key-derivation parameters are
// checked against bounds (scrypt with at most 1 GiB of memory, PBKDF2 with at most
// 10^7 rounds, a 32-byte key, AES-128-CTR): go-ethereum's decoder trusts them.
func LoadKey(path, password string) (*ecdsa.PrivateKey, error) {
	raw, err := readBounded(path)
	if err != nil {
		return nil, fmt.Errorf("relayer: key file: %w", err)
	}
	var f struct {
		Crypto *ethkeystore.CryptoJSON `json:"crypto"`
	}
	if err := json.Unmarshal(raw, &f); err != nil || f.Crypto == nil {
		return nil, fmt.Errorf("%w: %s has no crypto section", ErrBadKeyFile, path)
	}
	if err := checkKDF(f.Crypto); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBadKeyFile, path, err)
	}
	k, err := ethkeystore.DecryptKey(raw, password)
	if err != nil {
		return nil, fmt.Errorf("relayer: key file %s: %w", path, err)
	}
	return k.PrivateKey, nil
}

func checkKDF(c *ethkeystore.CryptoJSON) error {
	if c.Cipher != "aes-128-ctr" {
		return fmt.Errorf("cipher %q", c.Cipher)
	}
	num := func(k string) (int, bool) {
		v, ok := c.KDFParams[k].(float64)
		return int(v), ok && v == float64(int(v)) && v > 0
	}
	if dk, ok := num("dklen"); !ok || dk != 32 {
		return errors.New("derived key length is not 32")
	}
	switch c.KDF {
	case "scrypt":
		n, okN := num("n")
		r, okR := num("r")
		p, okP := num("p")
		if !okN || !okR || !okP || n&(n-1) != 0 || n < 2 || r > 32 || p > 16 || 128*n*r > 1<<30 {
			return errors.New("scrypt parameters out of bounds")
		}
	case "pbkdf2":
		if rounds, ok := num("c"); !ok || rounds > 10_000_000 {
			return errors.New("pbkdf2 rounds out of bounds")
		}
		if c.KDFParams["prf"] != "hmac-sha256" {
			return errors.New("pbkdf2 prf is not hmac-sha256")
		}
	default:
		return fmt.Errorf("kdf %q", c.KDF)
	}
	return nil
}

// ReadPassword returns the first line of a password file, without its line ending.
func ReadPassword(path string) (string, error) {
	raw, err := readBounded(path)
	if err != nil {
		return "", fmt.Errorf("relayer: password file: %w", err)
	}
	line, err := bufio.NewReader(strings.NewReader(string(raw))).ReadString('\n')
	if err != nil && err != io.EOF {
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}

func readBounded(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, maxKeyFile+1))
	if err != nil {
		return nil, err
	}
	if len(raw) > maxKeyFile {
		return nil, fmt.Errorf("%s is larger than %d bytes", path, maxKeyFile)
	}
	return raw, nil
}

// KeyConfig says where the relayer's signing key comes from: a key file and its
// password, or (both empty) op-service's remote signer flags in the txmgr
// configuration.
type KeyConfig struct {
	Keystore string
	Password string
}

// NewTxManager returns op-service's transaction manager sending to the destination
// (its URL replaces txmgr's L1 URL), signing with the key file's key or the remote
// signer that cfg configures. A raw key or mnemonic in cfg is refused: keys come from
// key files.
func NewTxManager(l log.Logger, m txmetrics.TxMetricer, destinationRPC string, cfg txmgr.CLIConfig, key KeyConfig) (*txmgr.SimpleTxManager, error) {
	if cfg.PrivateKey != "" || cfg.Mnemonic != "" {
		return nil, errors.New("relayer: keys come from a key file (--keystore) or a remote signer, never from a flag")
	}
	cfg.L1RPCURL = destinationRPC
	switch {
	case key.Keystore != "" && cfg.SignerCLIConfig.Enabled():
		return nil, errors.New("relayer: give either a key file or a remote signer, not both")
	case key.Keystore != "":
		k, err := LoadKey(key.Keystore, key.Password)
		if err != nil {
			return nil, err
		}
		cfg.PrivateKey = hexutil.Encode(crypto.FromECDSA(k)) // in memory only, for txmgr's signer
	case !cfg.SignerCLIConfig.Enabled():
		return nil, errors.New("relayer: no signer: give --keystore (and a password) or the remote signer flags")
	}
	conf, err := txmgr.NewConfig(cfg, l)
	if err != nil {
		return nil, fmt.Errorf("relayer: transaction manager: %w", err)
	}
	return txmgr.NewSimpleTxManagerFromConfig("relayer", l, m, conf)
}
