package chain

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"reflect"
	"slices"
	"strings"

	"github.com/ethereum-optimism/optimism/op-chain-ops/genesis"
	"github.com/ethereum-optimism/optimism/op-core/forks"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/superchain"

	"github.com/parley-xyz/parley/node/chainconfig"
)

// Defaults of the optional description fields.
const (
	// DefaultBlockTime is the L2 block time in seconds.
	DefaultBlockTime = 2
	// DefaultGasLimit is the L2 block gas limit.
	DefaultGasLimit = 30_000_000
	// MinGasLimit is the smallest gas limit the OP Stack accepts: the deposit resource
	// limit plus the system transaction's gas (op-chain-ops/genesis's check).
	MinGasLimit = genesis.MaxResourceLimit + genesis.SystemTxMaxGas
	// DefaultSeqWindowSize is the sequencing window in L1 blocks (OP Mainnet's).
	DefaultSeqWindowSize = 3600
	// DefaultChannelTimeout is the pre-Granite channel timeout in L1 blocks (OP
	// Mainnet's; from Granite on the protocol's constant applies).
	DefaultChannelTimeout = 300
	// DefaultMaxSequencerDrift is the pre-Fjord maximum sequencer drift in seconds (OP
	// Mainnet's; from Fjord on the protocol's constant applies).
	DefaultMaxSequencerDrift = 600
	// DefaultGenesisFork is the latest OP Stack fork active from genesis by default.
	DefaultGenesisFork = forks.Isthmus
)

// SupportedForks are the values genesisFork may take, in order: the forks Parley's
// action tests run a chain on (e2e/action activates all of them at genesis).
var SupportedForks = slices.Clone(forks.All[:slices.Index(forks.All, forks.Isthmus)+1])

// Description is a chain description: everything `parley chain init` needs to write a
// chain's genesis.json and rollup.json. The package documentation describes each
// field; optional fields are pointers or zero when absent.
type Description struct {
	L2ChainID         uint64                     `json:"l2ChainId"`
	L1ChainID         uint64                     `json:"l1ChainId"`
	L1Origin          L1Origin                   `json:"l1Origin"`
	L2GenesisTime     *uint64                    `json:"l2GenesisTime,omitempty"`
	BlockTime         uint64                     `json:"blockTime,omitempty"`
	GasLimit          uint64                     `json:"gasLimit,omitempty"`
	Batcher           common.Address             `json:"batcher"`
	BatchInbox        common.Address             `json:"batchInbox"`
	DepositContract   *common.Address            `json:"depositContract,omitempty"`
	SystemConfig      *common.Address            `json:"systemConfig,omitempty"`
	SeqWindowSize     uint64                     `json:"seqWindowSize,omitempty"`
	ChannelTimeout    uint64                     `json:"channelTimeout,omitempty"`
	MaxSequencerDrift uint64                     `json:"maxSequencerDrift,omitempty"`
	GenesisFork       forks.Name                 `json:"genesisFork,omitempty"`
	Alloc             map[common.Address]Account `json:"alloc,omitempty"`
	// Parley is the "parley" object as given; Parse decodes it with chainconfig.Decode.
	Parley json.RawMessage `json:"parley,omitempty"`
}

// L1Origin is the L1 block the L2 genesis derives from: a complete block (number, hash
// and timestamp) or, for FetchL1Origin, a block number or tag and optionally the hash
// and timestamp it must have.
type L1Origin struct {
	Number    BlockSelector `json:"number"`
	Hash      *common.Hash  `json:"hash,omitempty"`
	Timestamp *uint64       `json:"timestamp,omitempty"`
}

// complete reports whether the origin names a block completely, without an L1 node.
func (o *L1Origin) complete() bool {
	return o.Number.IsNumber() && o.Hash != nil && o.Timestamp != nil
}

// BlockSelector is an L1 block number, or one of the tags "latest", "safe" and
// "finalized", which only FetchL1Origin resolves. In JSON it is a number or one of the
// tags as a string.
type BlockSelector struct {
	set    bool
	number uint64
	tag    string
}

// BlockTags are the tags a BlockSelector accepts.
var BlockTags = []string{"latest", "safe", "finalized"}

// BlockNumber is a BlockSelector for block n.
func BlockNumber(n uint64) BlockSelector { return BlockSelector{set: true, number: n} }

// BlockTag is a BlockSelector for a tag (one of BlockTags).
func BlockTag(tag string) BlockSelector { return BlockSelector{set: true, tag: tag} }

// IsSet reports whether a number or tag was given.
func (s BlockSelector) IsSet() bool { return s.set }

// IsNumber reports whether a block number was given.
func (s BlockSelector) IsNumber() bool { return s.set && s.tag == "" }

// Number returns the block number (zero for a tag).
func (s BlockSelector) Number() uint64 { return s.number }

// String returns the number in decimal or the tag.
func (s BlockSelector) String() string {
	switch {
	case !s.set:
		return "unset"
	case s.tag != "":
		return s.tag
	default:
		return fmt.Sprint(s.number)
	}
}

// UnmarshalJSON accepts a JSON number or one of BlockTags as a string.
func (s *BlockSelector) UnmarshalJSON(b []byte) error {
	var tag string
	if err := json.Unmarshal(b, &tag); err == nil {
		if !slices.Contains(BlockTags, tag) {
			return fmt.Errorf("block %q: want a number or one of %s", tag, strings.Join(BlockTags, ", "))
		}
		*s = BlockTag(tag)
		return nil
	}
	var n uint64
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("block %s: want a number or one of %s", b, strings.Join(BlockTags, ", "))
	}
	*s = BlockNumber(n)
	return nil
}

// MarshalJSON encodes the number or the tag.
func (s BlockSelector) MarshalJSON() ([]byte, error) {
	if s.tag != "" {
		return json.Marshal(s.tag)
	}
	return json.Marshal(s.number)
}

// Account is an L2 genesis account; every field is optional.
type Account struct {
	// Balance in wei, a decimal or 0x-hex number or string (default 0).
	Balance *math.HexOrDecimal256 `json:"balance,omitempty"`
	// Nonce, a decimal or 0x-hex number or string.
	Nonce math.HexOrDecimal64 `json:"nonce,omitempty"`
	// Code, 0x-hex.
	Code hexutil.Bytes `json:"code,omitempty"`
	// Storage, 32-byte 0x-hex words by 32-byte 0x-hex slot.
	Storage map[common.Hash]common.Hash `json:"storage,omitempty"`
}

// Load reads and checks a description file (Parse).
func Load(path string) (*Description, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	d, err := Parse(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// Parse strictly decodes a description and checks it (Validate).
func Parse(b []byte) (*Description, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var d Description
	if err := dec.Decode(&d); err != nil {
		// encoding/json does not always say which field: find it.
		if ferr := checkJSON(b, reflect.TypeFor[Description](), ""); ferr != nil {
			err = ferr
		}
		return nil, fmt.Errorf("decoding the chain description: %w", err)
	}
	if len(bytes.TrimSpace(b[dec.InputOffset():])) > 0 {
		return nil, errors.New("decoding the chain description: data after the description")
	}
	if err := checkJSON(b[:dec.InputOffset()], reflect.TypeFor[Description](), ""); err != nil {
		return nil, fmt.Errorf("decoding the chain description: %w", err)
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return &d, nil
}

// InvalidError lists every problem of a description, each naming its field.
type InvalidError struct {
	Problems []string
}

// Error lists the problems, one a line.
func (e *InvalidError) Error() string {
	return "invalid chain description:\n  " + strings.Join(e.Problems, "\n  ")
}

// problems collects a description's problems.
type problems []string

func (p *problems) add(field, format string, args ...any) {
	*p = append(*p, field+": "+fmt.Sprintf(format, args...))
}

func (p problems) err() error {
	if len(p) == 0 {
		return nil
	}
	return &InvalidError{Problems: p}
}

// Validate checks everything that does not depend on the L1 origin's resolution: the
// chain ids, addresses, sequencing parameters, fork, gas limit, alloc and the parley
// object. Init checks the rest (the genesis and activation times).
func (d *Description) Validate() error {
	var p problems
	switch {
	case d.L2ChainID == 0:
		p.add("l2ChainId", "not set")
	case d.L2ChainID == d.L1ChainID:
		p.add("l2ChainId", "%d is the L1 chain id too: the L2 needs a chain id of its own", d.L2ChainID)
	default:
		if c, err := superchain.GetChain(d.L2ChainID); err == nil {
			p.add("l2ChainId", "%d is %s-%s's in the superchain registry: choose an unused chain id", d.L2ChainID, c.Name, c.Network)
		}
	}
	if d.L1ChainID == 0 {
		p.add("l1ChainId", "not set")
	}
	o := d.L1Origin
	if !o.Number.IsSet() {
		p.add("l1Origin.number", "not set (a block number, or with --l1-rpc one of %s)", strings.Join(BlockTags, ", "))
	}
	if o.Timestamp != nil && *o.Timestamp == 0 && d.L2GenesisTime == nil {
		p.add("l1Origin.timestamp", "0: the L2 genesis time, the origin's by default, must not be 0 (set l2GenesisTime)")
	}
	if o.Hash != nil && *o.Hash == (common.Hash{}) {
		p.add("l1Origin.hash", "zero")
	}
	if d.L2GenesisTime != nil && *d.L2GenesisTime == 0 {
		p.add("l2GenesisTime", "0 (omit it for the L1 origin's time)")
	}
	if d.GasLimit != 0 && d.GasLimit < MinGasLimit {
		p.add("gasLimit", "%d is below the OP Stack's minimum %d", d.GasLimit, MinGasLimit)
	}
	zero := common.Address{}
	if d.Batcher == zero {
		p.add("batcher", "not set")
	}
	if d.BatchInbox == zero {
		p.add("batchInbox", "not set")
	} else if d.BatchInbox == d.Batcher {
		p.add("batchInbox", "is the batcher's address")
	}
	if d.DepositContract != nil && *d.DepositContract == zero {
		p.add("depositContract", "zero (omit it for the placeholder)")
	}
	if d.SystemConfig != nil && *d.SystemConfig == zero {
		p.add("systemConfig", "zero (omit it for the placeholder)")
	}
	if d.SeqWindowSize == 1 {
		p.add("seqWindowSize", "1: at least 2 L1 blocks")
	}
	if d.GenesisFork != "" && !slices.Contains(SupportedForks, d.GenesisFork) {
		names := make([]string, len(SupportedForks))
		for i, f := range SupportedForks {
			names[i] = string(f)
		}
		p.add("genesisFork", "%q is not one of %s", d.GenesisFork, strings.Join(names, ", "))
	}
	for _, a := range sortedAddresses(d.Alloc) {
		acc := d.Alloc[a]
		if acc.Balance != nil && (*big.Int)(acc.Balance).Sign() < 0 {
			p.add(fmt.Sprintf("alloc[%s].balance", a.Hex()), "negative")
		}
	}
	if d.Parley != nil {
		if _, err := d.parley(); err != nil {
			p.add("parley", "%v", err)
		}
	}
	return p.err()
}

// parley decodes the parley object (nil if absent) and checks that it is on the
// chain's L1.
func (d *Description) parley() (*chainconfig.Parley, error) {
	if d.Parley == nil {
		return nil, nil
	}
	if string(d.Parley) == "null" {
		return nil, errors.New("null (omit it for a chain without Parley)")
	}
	if err := checkJSON(d.Parley, reflect.TypeFor[chainconfig.Parley](), ""); err != nil {
		return nil, err
	}
	pc, err := chainconfig.Decode(d.Parley)
	if err != nil {
		return nil, err
	}
	if pc.L1ChainID != d.L1ChainID {
		return nil, fmt.Errorf("l1ChainId: %d is not the chain's L1 (l1ChainId %d): the AVS lives on the L1 the rollup derives from", pc.L1ChainID, d.L1ChainID)
	}
	return pc, nil
}

func sortedAddresses(m map[common.Address]Account) []common.Address {
	out := make([]common.Address, 0, len(m))
	for a := range m {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	return out
}

// orDefault returns v, or def when v is zero.
func orDefault(v, def uint64) uint64 {
	if v == 0 {
		return def
	}
	return v
}
