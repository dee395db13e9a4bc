package chain

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"

	"github.com/ethereum-optimism/optimism/op-chain-ops/genesis"
	"github.com/ethereum-optimism/optimism/op-core/forks"
	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/parley-xyz/parley/node/chainconfig"
)

// Names of the files Write writes.
const (
	GenesisFile = "genesis.json" // for op-geth's `geth init`
	RollupFile  = "rollup.json"  // for op-node's --rollup.config
)

// The L2's EIP-1559 parameters: OP Mainnet's, as e2e/action's rollups use them. They
// are fixed because NewL2Genesis writes the Holocene extra data for exactly these.
const (
	eip1559Denominator       = 50
	eip1559DenominatorCanyon = 250
	eip1559Elasticity        = 6
)

// The genesis system config's fee scalars (Ecotone encoding): OP Mainnet's standard
// values. Without an L1Block predeploy on L2 they only appear in the L1 attributes.
const (
	baseFeeScalar     = 1368
	blobBaseFeeScalar = 801949
)

// Chain is a chain's generated files and what they contain.
type Chain struct {
	// GenesisJSON is genesis.json; GenesisHash is its genesis block's hash, which
	// rollup.json names as genesis.l2.hash.
	GenesisJSON []byte
	GenesisHash common.Hash
	// Genesis is genesis.json as upstream op-geth decodes it (upstream's
	// params.ChainConfig has no Parley field: config.parley is in GenesisJSON only).
	Genesis *core.Genesis
	// RollupJSON is rollup.json; Rollup is it as upstream op-node decodes it (without
	// the top-level "parley" object, which only the patched op-node reads).
	RollupJSON []byte
	Rollup     *rollup.Config
	// L1Origin is the L1 block the L2 genesis derives from.
	L1Origin eth.BlockID
	// L1OriginTime is that block's timestamp.
	L1OriginTime uint64
	// Forks are the OP Stack forks active from genesis, in order.
	Forks []forks.Name
	// Parley is the chain's Parley configuration (nil: a plain OP Stack chain) and
	// ParleyJSON its canonical encoding, the object both files carry.
	Parley     *chainconfig.Parley
	ParleyJSON []byte
}

// Init builds a chain's genesis.json and rollup.json from a description whose L1
// origin is complete (given, or fetched with FetchL1Origin), and checks them as op-geth
// and op-node will read them.
func Init(d *Description) (*Chain, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	var p problems
	o := d.L1Origin
	if !o.Number.IsNumber() {
		p.add("l1Origin.number", "%q needs --l1-rpc to resolve it", o.Number)
	}
	if o.Hash == nil {
		p.add("l1Origin.hash", "not set (give it, or --l1-rpc to fetch the block)")
	}
	if o.Timestamp == nil {
		p.add("l1Origin.timestamp", "not set (give it, or --l1-rpc to fetch the block)")
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	l1 := eth.BlockRef{Hash: *o.Hash, Number: o.Number.Number(), Time: *o.Timestamp}
	genesisTime := l1.Time
	if d.L2GenesisTime != nil {
		genesisTime = *d.L2GenesisTime
		if genesisTime < l1.Time {
			p.add("l2GenesisTime", "%d is before the L1 origin's timestamp %d", genesisTime, l1.Time)
		}
	}
	pc, err := d.parley()
	if err != nil { // Validate decoded it already
		return nil, err
	}
	if pc != nil && pc.ActivationTime < genesisTime {
		p.add("parley.activationTime", "%d is before the L2 genesis time %d: Parley activates at genesis or later", pc.ActivationTime, genesisTime)
	}
	if err := p.err(); err != nil {
		return nil, err
	}

	dc := deployConfig(d, genesisTime)
	g, err := genesis.NewL2Genesis(dc, &l1)
	if err != nil {
		return nil, fmt.Errorf("building the L2 genesis: %w", err)
	}
	for _, a := range sortedAddresses(d.Alloc) {
		if _, ok := g.Alloc[a]; ok {
			p.add(fmt.Sprintf("alloc[%s]", a.Hex()), "the genesis itself sets this account")
			continue
		}
		acc := d.Alloc[a]
		balance := new(big.Int)
		if acc.Balance != nil {
			balance.Set((*big.Int)(acc.Balance))
		}
		g.Alloc[a] = types.Account{Balance: balance, Nonce: uint64(acc.Nonce), Code: acc.Code, Storage: acc.Storage}
	}
	if err := p.err(); err != nil {
		return nil, err
	}

	c := &Chain{L1Origin: l1.ID(), L1OriginTime: l1.Time, Forks: activeForks(d), Parley: pc}
	if pc != nil {
		if c.ParleyJSON, err = json.Marshal(pc); err != nil {
			return nil, err
		}
	}
	if c.GenesisJSON, err = genesisJSON(g, c.ParleyJSON); err != nil {
		return nil, err
	}
	// The hash op-geth computes: `geth init` decodes the file into a core.Genesis and
	// commits it (core.SetupGenesisBlockWithOverride), whose block is ToBlock's.
	if c.Genesis, err = decodeGenesis(c.GenesisJSON); err != nil {
		return nil, err
	}
	c.GenesisHash = c.Genesis.ToBlock().Hash()

	rc, err := dc.RollupConfig(&l1, c.GenesisHash, 0)
	if err != nil {
		return nil, fmt.Errorf("building the rollup configuration: %w", err)
	}
	if c.RollupJSON, err = rollupJSON(rc, c.ParleyJSON); err != nil {
		return nil, err
	}
	if c.Rollup, err = c.check(); err != nil {
		return nil, fmt.Errorf("internal error: the generated files are inconsistent: %w", err)
	}
	return c, nil
}

// deployConfig is the minimal deploy config NewL2Genesis and RollupConfig need, as
// e2e/action's rollups build it.
func deployConfig(d *Description, genesisTime uint64) *genesis.DeployConfig {
	dc := &genesis.DeployConfig{}
	dc.L1ChainID = d.L1ChainID
	dc.L2ChainID = d.L2ChainID
	dc.L2BlockTime = orDefault(d.BlockTime, DefaultBlockTime)
	dc.MaxSequencerDrift = orDefault(d.MaxSequencerDrift, DefaultMaxSequencerDrift)
	dc.SequencerWindowSize = orDefault(d.SeqWindowSize, DefaultSeqWindowSize)
	dc.ChannelTimeoutBedrock = orDefault(d.ChannelTimeout, DefaultChannelTimeout)
	dc.BatchSenderAddress = d.Batcher
	dc.BatchInboxAddress = d.BatchInbox
	dc.OptimismPortalProxy = placeholder(d.DepositContract, 0xde00_0000_0000, d.L2ChainID)
	dc.SystemConfigProxy = placeholder(d.SystemConfig, 0xc0_0000_0000, d.L2ChainID)
	dc.L2GenesisBlockGasLimit = hexutil.Uint64(orDefault(d.GasLimit, DefaultGasLimit))
	dc.EIP1559Denominator = eip1559Denominator
	dc.EIP1559DenominatorCanyon = eip1559DenominatorCanyon
	dc.EIP1559Elasticity = eip1559Elasticity
	dc.GasPriceOracleBaseFeeScalar = baseFeeScalar
	dc.GasPriceOracleBlobBaseFeeScalar = blobBaseFeeScalar
	t := hexutil.Uint64(genesisTime)
	dc.L2GenesisBlockTimestamp = &t
	if f := genesisFork(d); f != forks.Bedrock {
		dc.ActivateForkAtGenesis(f)
	}
	return dc
}

// placeholder returns *given, or the address base + chainID: an address with no known
// key or code, which no deployment can reach (contract addresses are hashes).
func placeholder(given *common.Address, base, chainID uint64) common.Address {
	if given != nil {
		return *given
	}
	return common.BigToAddress(new(big.Int).Add(new(big.Int).SetUint64(base), new(big.Int).SetUint64(chainID)))
}

func genesisFork(d *Description) forks.Name {
	if d.GenesisFork == "" {
		return DefaultGenesisFork
	}
	return d.GenesisFork
}

// activeForks lists the forks active from genesis.
func activeForks(d *Description) []forks.Name {
	return slices.Clone(forks.All[:slices.Index(forks.All, genesisFork(d))+1])
}

// genesisJSON encodes the genesis, with the parley object (if any) as config.parley.
func genesisJSON(g *core.Genesis, parley []byte) ([]byte, error) {
	raw, err := json.Marshal(g)
	if err != nil {
		return nil, fmt.Errorf("encoding the genesis: %w", err)
	}
	if parley != nil {
		cfg, err := getMember(raw, "config")
		if err != nil {
			return nil, err
		}
		if cfg, err = setMember(cfg, "parley", parley); err != nil {
			return nil, err
		}
		if raw, err = setMember(raw, "config", cfg); err != nil {
			return nil, err
		}
	}
	return indent(raw)
}

// rollupJSON encodes the rollup configuration, with the parley object (if any) as its
// top-level "parley" key.
func rollupJSON(rc *rollup.Config, parley []byte) ([]byte, error) {
	raw, err := json.Marshal(rc)
	if err != nil {
		return nil, fmt.Errorf("encoding the rollup configuration: %w", err)
	}
	if parley != nil {
		if raw, err = setMember(raw, "parley", parley); err != nil {
			return nil, err
		}
	}
	return indent(raw)
}

// decodeGenesis decodes a genesis file as `geth init` does.
func decodeGenesis(b []byte) (*core.Genesis, error) {
	g := new(core.Genesis)
	if err := json.NewDecoder(bytes.NewReader(b)).Decode(g); err != nil {
		return nil, fmt.Errorf("decoding the genesis: %w", err)
	}
	return g, nil
}

// check reads both files back as op-node and op-geth will and checks that they agree:
// rollup.json parses (ParseRollupConfig) and passes Check and names the genesis's hash,
// and both carry the same parley object, or neither.
func (c *Chain) check() (*rollup.Config, error) {
	var rc rollup.Config
	if err := rc.ParseRollupConfig(bytes.NewReader(c.RollupJSON)); err != nil {
		return nil, err
	}
	if err := rc.Check(); err != nil {
		return nil, fmt.Errorf("rollup configuration: %w", err)
	}
	if rc.Genesis.L2.Hash != c.GenesisHash || rc.Genesis.L2.Number != 0 {
		return nil, fmt.Errorf("rollup.json names L2 genesis %s, genesis.json is %s", rc.Genesis.L2, c.GenesisHash)
	}
	fromRollup, err := ParleyOfRollup(c.RollupJSON)
	if err != nil {
		return nil, err
	}
	fromGenesis, err := ParleyOfGenesis(c.GenesisJSON)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(fromRollup, c.ParleyJSON) || !bytes.Equal(fromGenesis, c.ParleyJSON) {
		return nil, fmt.Errorf("parley objects differ: rollup.json %s, genesis.json %s, want %s", fromRollup, fromGenesis, c.ParleyJSON)
	}
	return &rc, nil
}

// ParleyOfRollup returns the top-level "parley" object of a rollup.json, compacted
// (nil if it has none).
func ParleyOfRollup(rollupJSON []byte) ([]byte, error) {
	return compactMember(rollupJSON, "parley")
}

// ParleyOfGenesis returns the config.parley object of a genesis.json, compacted (nil
// if it has none).
func ParleyOfGenesis(genesisJSON []byte) ([]byte, error) {
	cfg, err := getMember(genesisJSON, "config")
	if err != nil || cfg == nil {
		return nil, err
	}
	return compactMember(cfg, "parley")
}

func compactMember(obj []byte, key string) ([]byte, error) {
	v, err := getMember(obj, key)
	if err != nil || v == nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Write writes genesis.json and rollup.json into dir (created if needed) and returns
// their paths. Unless overwrite is set, it refuses to replace either file: a chain's
// genesis, once used, must never change.
func (c *Chain) Write(dir string, overwrite bool) (genesisPath, rollupPath string, err error) {
	genesisPath, rollupPath = filepath.Join(dir, GenesisFile), filepath.Join(dir, RollupFile)
	if !overwrite {
		for _, path := range []string{genesisPath, rollupPath} {
			if _, err := os.Lstat(path); err == nil {
				return "", "", fmt.Errorf("%s already exists (overwrite it with --force)", path)
			} else if !errors.Is(err, os.ErrNotExist) {
				return "", "", err
			}
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", "", err
	}
	// Both files are written to temporary files first and then renamed into place, so
	// a failure leaves no partial file and, short of a failing rename, no lone one.
	genesisTmp, err := writeTemp(genesisPath, c.GenesisJSON)
	if err != nil {
		return "", "", err
	}
	defer os.Remove(genesisTmp) // after a successful rename: nothing to remove
	rollupTmp, err := writeTemp(rollupPath, c.RollupJSON)
	if err != nil {
		return "", "", err
	}
	defer os.Remove(rollupTmp)
	if err := os.Rename(genesisTmp, genesisPath); err != nil {
		return "", "", err
	}
	if err := os.Rename(rollupTmp, rollupPath); err != nil {
		return "", "", err
	}
	return genesisPath, rollupPath, nil
}

// writeTemp writes data to a new temporary file next to path and returns its name.
func writeTemp(path string, data []byte) (string, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return "", err
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

// member is one name/value pair of a JSON object.
type member struct {
	key string
	val json.RawMessage
}

// members splits a JSON object into its members, in order.
func members(obj []byte) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(obj))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, fmt.Errorf("not a JSON object (%v)", err)
	}
	var out []member
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, err
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		out = append(out, member{t.(string), v})
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	return out, nil
}

// getMember returns the value of an object's member (nil if absent).
func getMember(obj []byte, key string) (json.RawMessage, error) {
	ms, err := members(obj)
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		if m.key == key {
			return m.val, nil
		}
	}
	return nil, nil
}

// setMember replaces an object's member in place, or appends it, keeping the order of
// the others.
func setMember(obj []byte, key string, val []byte) ([]byte, error) {
	ms, err := members(obj)
	if err != nil {
		return nil, err
	}
	i := slices.IndexFunc(ms, func(m member) bool { return m.key == key })
	if i < 0 {
		ms = append(ms, member{key: key})
		i = len(ms) - 1
	}
	ms[i].val = val
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, m := range ms {
		if i > 0 {
			buf.WriteByte(',')
		}
		k, _ := json.Marshal(m.key)
		buf.Write(k)
		buf.WriteByte(':')
		buf.Write(m.val)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// indent formats a JSON document with two-space indentation and a final newline.
func indent(raw []byte) ([]byte, error) {
	var buf bytes.Buffer
	if err := json.Indent(&buf, raw, "", "  "); err != nil {
		return nil, err
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}
