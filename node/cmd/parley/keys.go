package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/eigenlayer"
	"github.com/parley-xyz/parley/node/formats"
	"github.com/parley-xyz/parley/node/keystore"
)

// Names of flags shared by the keys subcommands.
const (
	operatorFlag     = "operator"
	avsFlag          = "avs"
	operatorSetFlag  = "operator-set"
	keyRegistrarFlag = "key-registrar"
	l1ChainFlag      = "l1-chain-id"
	versionFlag      = "key-registrar-version"
	jsonFlag         = "json"
)

// registrationFlags are the flags that together ask for a KeyRegistrar registration.
var registrationFlags = []string{operatorFlag, avsFlag, operatorSetFlag, keyRegistrarFlag, l1ChainFlag}

// defaultKeyRegistrarVersion is the KeyRegistrar version of EigenLayer core v1.8.1,
// the release Parley's AVS is built on (SPEC §8).
const defaultKeyRegistrarVersion = "1.8.1"

// keyFlags returns fresh instances of the flags shared by the keys subcommands.
// (Flags carry parse state, so each command gets its own.)
func keyFlags() []cli.Flag {
	return []cli.Flag{
		newPasswordFileFlag(),
		&cli.StringFlag{Name: operatorFlag, Usage: "registration: the operator's address (the EigenLayer operator registering the key)"},
		&cli.StringFlag{Name: avsFlag, Usage: "registration: the AVS's EigenLayer address (Parley's registrar contract)"},
		&cli.UintFlag{Name: operatorSetFlag, DefaultText: "none", Usage: fmt.Sprintf("registration: the operator set the key is for (0..%d)", optable.MaxQuorums-1)},
		&cli.StringFlag{Name: keyRegistrarFlag, Usage: "registration: address of EigenLayer's KeyRegistrar (the proxy)"},
		&cli.Uint64Flag{Name: l1ChainFlag, DefaultText: "none", Usage: "registration: chain id of the L1 the KeyRegistrar is on"},
		&cli.StringFlag{Name: versionFlag, Value: defaultKeyRegistrarVersion, Usage: "registration: the KeyRegistrar's version() (its major version is in the EIP-712 domain)"},
		&cli.BoolFlag{Name: jsonFlag, Usage: "print JSON instead of text"},
	}
}

// keysDescription explains the registration output, shared by both subcommands.
const keysDescription = "With --operator, --avs, --operator-set, --key-registrar and --l1-chain-id (all five),\n" +
	"it also prints what EigenLayer's KeyRegistrar.registerKey(operator, (avs, operatorSetId),\n" +
	"keyData, signature) takes to register the key for that operator set: the 192-byte\n" +
	"keyData (G1 || G2, EIP-197 order), the EIP-712 BN254KeyRegistration digest\n" +
	"(KeyRegistrar.getBN254KeyRegistrationMessageHash; the domain is \"EigenLayer\", the\n" +
	"major version of --key-registrar-version, the chain id and the KeyRegistrar address)\n" +
	"and the key's BN254 signature over it (64 bytes, X || Y), checked here as the\n" +
	"KeyRegistrar checks it (bls.VerifyKeyRegistration) before it is printed.\n\n" +
	"The KeyRegistrar accepts a key only once, for one operator set, ever: an operator in\n" +
	"several of Parley's operator sets needs one key per set."

func keysCommand(e env) *cli.Command {
	return &cli.Command{
		Name:  "keys",
		Usage: "create and inspect operator BLS keys",
		Description: "Operator keys are BN254 BLS keys stored in eigensdk-go's encrypted key-file format\n" +
			"({\"pubKey\": \"E([x,y])\", \"crypto\": <go-ethereum scrypt/AES keystore>}), so a key\n" +
			"made with EigenLayer tooling works here and vice versa. Each key is registered in\n" +
			"EigenLayer's KeyRegistrar for one operator set; `keys new` and `keys show` print the\n" +
			"registration's keyData, digest and signature.",
		Action: groupAction,
		Subcommands: []*cli.Command{
			{
				Name:  "new",
				Usage: "create a new operator key file",
				UsageText: "parley keys new --out FILE [--password-file F] [--light-kdf] [--json]\n" +
					"    [--operator ADDR --avs ADDR --operator-set N --key-registrar ADDR --l1-chain-id N [--key-registrar-version V]]",
				Description: "Generates a random BN254 key, encrypts it with the password (from --password-file,\n" +
					"$" + passwordEnv + ", or a prompt) and writes it to --out, which must not exist.\n" +
					"Prints the G1 and G2 public keys as EVM words (G2 in EIP-197 order: imaginary part\n" +
					"first) and the EigenLayer operator id keccak256(G1.X || G1.Y), the KeyRegistrar's\n" +
					"key hash.\n\n" + keysDescription,
				Flags: append([]cli.Flag{
					&cli.StringFlag{Name: "out", Usage: "key file to create (required; never overwritten)"},
					&cli.BoolFlag{Name: "light-kdf", Usage: "weak scrypt parameters (4 MB instead of 256 MB): for tests and throw-away keys only"},
				}, keyFlags()...),
				Action: func(c *cli.Context) error {
					if err := noArgs(c); err != nil {
						return err
					}
					if err := required(c, "out"); err != nil {
						return err
					}
					out := c.String("out")
					if _, err := os.Lstat(out); err == nil {
						return fmt.Errorf("%s already exists; refusing to overwrite a key file", out)
					} else if !errors.Is(err, os.ErrNotExist) {
						return err
					}
					reg, err := registrationTarget(c)
					if err != nil {
						return err
					}
					pw, err := password(c, e, true)
					if err != nil {
						return err
					}
					if pw == "" {
						return errors.New("refusing to encrypt a key with an empty password")
					}
					key, err := bls.GenerateKey(nil)
					if err != nil {
						return err
					}
					var opts []keystore.Option
					if c.Bool("light-kdf") {
						opts = append(opts, keystore.LightScrypt())
					}
					if err := keystore.Save(out, key, pw, opts...); err != nil {
						return err
					}
					if !c.Bool(jsonFlag) {
						fmt.Fprintf(e.stdout, "key file     %s\n", out)
					}
					return printKey(e.stdout, key.PublicKeyG1(), key, reg, c.Bool(jsonFlag))
				},
			},
			{
				Name:  "show",
				Usage: "print a key file's public keys (and a KeyRegistrar registration)",
				UsageText: "parley keys show --key FILE [--password-file F] [--public-only] [--json]\n" +
					"    [--operator ADDR --avs ADDR --operator-set N --key-registrar ADDR --l1-chain-id N [--key-registrar-version V]]",
				Description: "Decrypts the key file (the password comes from --password-file, $" + passwordEnv + ",\n" +
					"or a prompt), checks that its pubKey field matches the secret, and prints the\n" +
					"public keys and the operator id. With --public-only it reads only the G1 key stored\n" +
					"in the file, without a password (and without checking it against the secret).\n\n" +
					keysDescription,
				Flags: append([]cli.Flag{
					&cli.StringFlag{Name: "key", Usage: "key file to read (required)"},
					&cli.BoolFlag{Name: "public-only", Usage: "print only the stored G1 key and operator id; needs no password"},
				}, keyFlags()...),
				Action: func(c *cli.Context) error {
					if err := noArgs(c); err != nil {
						return err
					}
					if err := required(c, "key"); err != nil {
						return err
					}
					path := c.String("key")
					if c.Bool("public-only") {
						for _, f := range append(registrationFlags, versionFlag) {
							if c.IsSet(f) {
								return fmt.Errorf("--%s: a registration needs the secret key; drop --public-only", f)
							}
						}
						data, err := os.ReadFile(path)
						if err != nil {
							return err
						}
						pk, err := keystore.PublicKey(data)
						if err != nil {
							return err
						}
						return printKey(e.stdout, pk, nil, nil, c.Bool(jsonFlag))
					}
					reg, err := registrationTarget(c)
					if err != nil {
						return err
					}
					pw, err := password(c, e, false)
					if err != nil {
						return err
					}
					key, err := keystore.Load(path, pw)
					if err != nil {
						return err
					}
					return printKey(e.stdout, key.PublicKeyG1(), key, reg, c.Bool(jsonFlag))
				},
			},
		},
	}
}

// registration is what a KeyRegistrar registration is made for.
type registration struct {
	l1ChainID     uint64
	keyRegistrar  common.Address
	version       string
	operator      common.Address
	avs           common.Address
	operatorSetID uint32
}

// registrationTarget reads the registration flags: all of them or none (nil).
func registrationTarget(c *cli.Context) (*registration, error) {
	var set, missing []string
	for _, f := range registrationFlags {
		if c.IsSet(f) {
			set = append(set, "--"+f)
		} else {
			missing = append(missing, "--"+f)
		}
	}
	if len(set) == 0 {
		if c.IsSet(versionFlag) {
			return nil, fmt.Errorf("--%s only matters with the registration flags (--operator, --avs, --operator-set, --key-registrar, --l1-chain-id)", versionFlag)
		}
		return nil, nil
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("a KeyRegistrar registration needs --operator, --avs, --operator-set, --key-registrar and --l1-chain-id; missing %v", missing)
	}
	r := &registration{l1ChainID: c.Uint64(l1ChainFlag), version: c.String(versionFlag)}
	var err error
	if r.operator, err = parseAddress("--"+operatorFlag, c.String(operatorFlag)); err != nil {
		return nil, err
	}
	if r.avs, err = parseAddress("--"+avsFlag, c.String(avsFlag)); err != nil {
		return nil, err
	}
	if r.keyRegistrar, err = parseAddress("--"+keyRegistrarFlag, c.String(keyRegistrarFlag)); err != nil {
		return nil, err
	}
	q := c.Uint(operatorSetFlag)
	if q >= optable.MaxQuorums {
		return nil, fmt.Errorf("--%s %d: Parley's operator sets are 0..%d", operatorSetFlag, q, optable.MaxQuorums-1)
	}
	r.operatorSetID = uint32(q)
	if r.l1ChainID == 0 {
		return nil, fmt.Errorf("--%s: chain id 0 is not a chain", l1ChainFlag)
	}
	if v := r.version; v == "" || v[0] < '0' || v[0] > '9' {
		return nil, fmt.Errorf("--%s %q: want the contract's version() string, e.g. %s", versionFlag, v, defaultKeyRegistrarVersion)
	}
	return r, nil
}

func parseAddress(flag, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%s: %q is not a 20-byte hex address", flag, s)
	}
	a := common.HexToAddress(s)
	if a == (common.Address{}) {
		return common.Address{}, fmt.Errorf("%s: the zero address", flag)
	}
	return a, nil
}

// keyJSON is the --json output.
type keyJSON struct {
	ID           common.Hash       `json:"id"`
	PubKey       string            `json:"pubKey"`
	PubkeyG1     formats.G1        `json:"pubkeyG1"`
	PubkeyG2     *formats.G2       `json:"pubkeyG2,omitempty"`
	Registration *registrationJSON `json:"registration,omitempty"`
}

// registrationJSON is a KeyRegistrar registration in the --json output: where, for
// whom, and the arguments registerKey takes.
type registrationJSON struct {
	L1ChainID     uint64         `json:"l1ChainId"`
	KeyRegistrar  common.Address `json:"keyRegistrar"`
	Version       string         `json:"keyRegistrarVersion"`
	Operator      common.Address `json:"operator"`
	AVS           common.Address `json:"avs"`
	OperatorSetID uint32         `json:"operatorSetId"`
	KeyData       hexutil.Bytes  `json:"keyData"`
	Digest        common.Hash    `json:"digest"`
	Signature     hexutil.Bytes  `json:"signature"`
}

// register signs the KeyRegistrar registration of key and checks it as the
// KeyRegistrar does.
func register(key *bls.SecretKey, r *registration) (*registrationJSON, error) {
	pk1, pk2 := key.PublicKeyG1(), key.PublicKeyG2()
	keyData := eigenlayer.KeyData(pk1, pk2)
	digest := eigenlayer.KeyRegistrationDigest(new(big.Int).SetUint64(r.l1ChainID), r.keyRegistrar, r.version, r.operator, r.avs, r.operatorSetID, keyData)
	sig, err := key.Sign(digest)
	if err != nil {
		return nil, err
	}
	if !bls.VerifyKeyRegistration(digest, pk1, pk2, sig) {
		return nil, errors.New("internal error: the registration signature does not verify")
	}
	sb := sig.Bytes()
	return &registrationJSON{
		L1ChainID: r.l1ChainID, KeyRegistrar: r.keyRegistrar, Version: r.version,
		Operator: r.operator, AVS: r.avs, OperatorSetID: r.operatorSetID,
		KeyData: keyData, Digest: digest, Signature: sb[:],
	}, nil
}

// printKey prints the public data of a key. key may be nil (G1 only); reg may be nil
// (no registration).
func printKey(w io.Writer, pk1 bls.G1Point, key *bls.SecretKey, reg *registration, asJSON bool) error {
	out := keyJSON{ID: optable.IDOf(pk1), PubKey: keystore.PubKeyString(pk1), PubkeyG1: formats.G1Of(pk1)}
	if key != nil {
		g2 := formats.G2Of(key.PublicKeyG2())
		out.PubkeyG2 = &g2
		if reg != nil {
			var err error
			if out.Registration, err = register(key, reg); err != nil {
				return err
			}
		}
	}
	if asJSON {
		b, err := json.MarshalIndent(out, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	}
	fmt.Fprintf(w, "operator id  %s\n", out.ID.Hex())
	fmt.Fprintf(w, "G1 key       x %s\n", out.PubkeyG1.X.Hex())
	fmt.Fprintf(w, "             y %s\n", out.PubkeyG1.Y.Hex())
	fmt.Fprintf(w, "pubKey       %s\n", out.PubKey)
	if out.PubkeyG2 != nil {
		fmt.Fprintf(w, "G2 key       x [%s,\n                %s]\n", out.PubkeyG2.X[0].Hex(), out.PubkeyG2.X[1].Hex())
		fmt.Fprintf(w, "             y [%s,\n                %s]   (EIP-197 order: imaginary part first)\n", out.PubkeyG2.Y[0].Hex(), out.PubkeyG2.Y[1].Hex())
	}
	if r := out.Registration; r != nil {
		fmt.Fprintf(w, "\nKeyRegistrar registration (BN254): registerKey(operator, (avs, operatorSetId), keyData, signature)\n")
		fmt.Fprintf(w, "  KeyRegistrar   %s (version %s) on L1 chain %d\n", r.KeyRegistrar.Hex(), r.Version, r.L1ChainID)
		fmt.Fprintf(w, "  operator       %s\n", r.Operator.Hex())
		fmt.Fprintf(w, "  avs            %s\n", r.AVS.Hex())
		fmt.Fprintf(w, "  operatorSetId  %d\n", r.OperatorSetID)
		fmt.Fprintf(w, "  keyData        %s\n", r.KeyData)
		fmt.Fprintf(w, "  digest         %s   (getBN254KeyRegistrationMessageHash)\n", r.Digest.Hex())
		fmt.Fprintf(w, "  signature      %s\n", r.Signature)
		fmt.Fprintf(w, "  check          OK (bls.VerifyKeyRegistration, the KeyRegistrar's equation)\n")
	}
	return nil
}
