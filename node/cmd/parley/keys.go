package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/formats"
	"github.com/parley-xyz/parley/node/keystore"
	"github.com/parley-xyz/parley/node/sim"
)

// Names of flags shared by the keys subcommands.
const (
	operatorFlag = "operator"
	l1ChainFlag  = "l1-chain-id"
	registryFlag = "registry"
	jsonFlag     = "json"
)

// keyFlags returns fresh instances of the flags shared by the keys subcommands.
// (Flags carry parse state, so each command gets its own.)
func keyFlags() []cli.Flag {
	return []cli.Flag{
		newPasswordFileFlag(),
		&cli.StringFlag{
			Name:  operatorFlag,
			Usage: "operator address the proof of possession binds the key to (without it, no proof is printed)",
		},
		&cli.Uint64Flag{
			Name:  l1ChainFlag,
			Value: sim.DefaultAVS.L1ChainID,
			Usage: "L1 chain id of the AVS registry, for the proof of possession (the default is the local devnet's)",
		},
		&cli.StringFlag{
			Name:  registryFlag,
			Value: sim.DefaultAVS.Registry.Hex(),
			Usage: "AVS registry address, for the proof of possession (the default is the local devnet's placeholder)",
		},
		&cli.BoolFlag{
			Name:  jsonFlag,
			Usage: "print JSON: the operator entry of an operator-table file, without stakes",
		},
	}
}

func keysCommand(e env) *cli.Command {
	return &cli.Command{
		Name:  "keys",
		Usage: "create and inspect operator BLS keys",
		Description: "Operator keys are BN254 BLS keys stored in eigensdk-go's encrypted key-file format\n" +
			"({\"pubKey\": \"E([x,y])\", \"crypto\": <go-ethereum scrypt/AES keystore>}), so a key\n" +
			"registered with EigenLayer works here and vice versa.",
		Action: groupAction,
		Subcommands: []*cli.Command{
			{
				Name:      "new",
				Usage:     "create a new operator key file",
				UsageText: "parley keys new --out FILE [--password-file F] [--operator ADDR [--l1-chain-id N] [--registry ADDR]] [--light-kdf] [--json]",
				Description: "Generates a random BN254 key, encrypts it with the password (from --password-file,\n" +
					"$" + passwordEnv + ", or a prompt) and writes it to --out, which must not exist.\n" +
					"Prints the G1 and G2 public keys as EVM words (G2 in EIP-197 order: imaginary part\n" +
					"first), the EigenLayer operator id keccak256(G1.X || G1.Y), and, with --operator,\n" +
					"the proof of possession the AVS registry requires at registration. The proof binds\n" +
					"the key to that operator address and to one AVS (--l1-chain-id, --registry).",
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
					pop, err := popTarget(c)
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
					return printKey(e.stdout, key.PublicKeyG1(), key, pop, c.Bool(jsonFlag))
				},
			},
			{
				Name:      "show",
				Usage:     "print a key file's public keys (and proof of possession)",
				UsageText: "parley keys show --key FILE [--password-file F] [--operator ADDR [--l1-chain-id N] [--registry ADDR]] [--public-only] [--json]",
				Description: "Decrypts the key file (the password comes from --password-file, $" + passwordEnv + ",\n" +
					"or a prompt), checks that its pubKey field matches the secret, and prints the\n" +
					"public keys, the operator id and, with --operator, the proof of possession.\n" +
					"With --public-only it reads only the G1 key stored in the file, without a\n" +
					"password (and without checking it against the secret).",
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
						if c.IsSet(operatorFlag) {
							return errors.New("--operator needs the secret key; drop --public-only")
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
					pop, err := popTarget(c)
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
					return printKey(e.stdout, key.PublicKeyG1(), key, pop, c.Bool(jsonFlag))
				},
			},
		},
	}
}

// popRequest is what a proof of possession is made for.
type popRequest struct {
	avs      attestation.AVS
	operator common.Address
}

// popTarget reads --operator, --l1-chain-id and --registry; nil if no operator.
func popTarget(c *cli.Context) (*popRequest, error) {
	if !c.IsSet(operatorFlag) {
		if c.IsSet(l1ChainFlag) || c.IsSet(registryFlag) {
			return nil, errors.New("--l1-chain-id and --registry only matter with --operator")
		}
		return nil, nil
	}
	op, err := parseAddress("--operator", c.String(operatorFlag))
	if err != nil {
		return nil, err
	}
	reg, err := parseAddress("--registry", c.String(registryFlag))
	if err != nil {
		return nil, err
	}
	return &popRequest{avs: attestation.AVS{L1ChainID: c.Uint64(l1ChainFlag), Registry: reg}, operator: op}, nil
}

func parseAddress(flag, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%s: %q is not a 20-byte hex address", flag, s)
	}
	return common.HexToAddress(s), nil
}

// keyJSON is the --json output: an operator-table entry without stakes.
type keyJSON struct {
	ID       common.Hash     `json:"id"`
	Address  *common.Address `json:"address,omitempty"`
	PubKey   string          `json:"pubKey"`
	PubkeyG1 formats.G1      `json:"pubkeyG1"`
	PubkeyG2 *formats.G2     `json:"pubkeyG2,omitempty"`
	PoP      *formats.G1     `json:"pop,omitempty"`
	AVS      *formats.AVS    `json:"avs,omitempty"`
}

// printKey prints the public data of a key. key may be nil (G1 only); pop may be nil.
func printKey(w io.Writer, pk1 bls.G1Point, key *bls.SecretKey, pop *popRequest, asJSON bool) error {
	out := keyJSON{ID: optable.IDOf(pk1), PubKey: keystore.PubKeyString(pk1), PubkeyG1: formats.G1Of(pk1)}
	if key != nil {
		g2 := formats.G2Of(key.PublicKeyG2())
		out.PubkeyG2 = &g2
	}
	if pop != nil && key != nil {
		sig, err := key.ProvePossession(pop.avs.L1ChainID, pop.avs.Registry, pop.operator)
		if err != nil {
			return err
		}
		if !bls.VerifyPossession(pk1, key.PublicKeyG2(), sig, pop.avs.L1ChainID, pop.avs.Registry, pop.operator) {
			return errors.New("internal error: proof of possession does not verify")
		}
		p := formats.G1Of(sig)
		a := pop.avs
		out.PoP, out.AVS, out.Address = &p, &a, &pop.operator
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
	if out.PoP != nil {
		fmt.Fprintf(w, "PoP          operator %s, L1 chain %d, registry %s\n", pop.operator.Hex(), pop.avs.L1ChainID, pop.avs.Registry.Hex())
		fmt.Fprintf(w, "             x %s\n", out.PoP.X.Hex())
		fmt.Fprintf(w, "             y %s\n", out.PoP.Y.Hex())
	}
	return nil
}
