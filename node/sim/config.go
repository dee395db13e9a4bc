package sim

import (
	"errors"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
)

// DefaultAVS is the AVS identity of simulations and local devnets: L1 chain id 900
// (the OP Stack devnet L1) and a placeholder AVS address. Attestations and key
// registrations made for it are useless on any real AVS: both digests name the AVS.
var DefaultAVS = attestation.AVS{
	L1ChainID: 900,
	Address:   common.HexToAddress("0x0000000000000000000000000000000000a11ce0"),
}

// Config describes a simulation. DefaultConfig gives the documented defaults.
type Config struct {
	// Seed makes the run reproducible: keys, addresses, weights, messages and
	// absentees.
	Seed uint64
	// AVS is the AVS identity operators register with and sign for.
	AVS attestation.AVS
	// Operators is the number of operators (1..optable.MaxEntries, and at most
	// optable.MaxEntries/len(Quorums), since each may be a member of every set).
	Operators int
	// Quorums are the operator sets of the snapshot, which certificates list as their
	// quorums and the policy requires, strictly ascending. Operators are spread over
	// them with overlaps: each is a member of a random non-empty subset, with its own
	// key and weight in each.
	Quorums []uint8
	// SnapshotBlock is the L1 block the operator-table snapshot is sealed in.
	SnapshotBlock uint64
	// ThresholdBPS is the policy's threshold in every set, in basis points.
	ThresholdBPS uint16
	// AbsentFraction is the fraction of operators that do not sign (rounded to the
	// nearest operator), in [0, 1).
	AbsentFraction float64
	// BadSigner makes one present operator sign the wrong digest (with each of its
	// keys), which the aggregator must detect and drop.
	BadSigner bool
	// SourceChainID, FromBlock and Blocks give the attested source-chain range:
	// blocks FromBlock..FromBlock+Blocks-1.
	SourceChainID uint64
	FromBlock     uint64
	Blocks        uint64
	// MaxLogsPerBlock bounds the logs of each synthetic block (each has 1..Max).
	MaxLogsPerBlock int
	// BatchSize is the number of certificates verified together at the end (at
	// least 2: the round's certificate, BatchSize-2 more over the following block
	// ranges, and one tampered certificate).
	BatchSize int
}

// DefaultConfig returns the defaults: 100 operators in operator sets 0 and 1, a
// snapshot sealed in L1 block 100, a 2/3 threshold, 10% absent and one bad signer,
// source chain 901 blocks 1000..1063 with up to 4 logs each, a batch of 8
// certificates, seed 1.
func DefaultConfig() Config {
	return Config{
		Seed:            1,
		AVS:             DefaultAVS,
		Operators:       100,
		Quorums:         []uint8{0, 1},
		SnapshotBlock:   100,
		ThresholdBPS:    6667,
		AbsentFraction:  0.10,
		BadSigner:       true,
		SourceChainID:   901,
		FromBlock:       1000,
		Blocks:          64,
		MaxLogsPerBlock: 4,
		BatchSize:       8,
	}
}

// Validate checks that the configuration describes a round that can succeed.
func (c *Config) Validate() error {
	switch {
	case len(c.Quorums) == 0:
		return errors.New("sim: no operator sets")
	case len(c.Quorums) > optable.MaxSets:
		return fmt.Errorf("sim: %d operator sets, a snapshot holds at most %d", len(c.Quorums), optable.MaxSets)
	case c.Operators < 1 || c.Operators > optable.MaxEntries/len(c.Quorums):
		return fmt.Errorf("sim: operators must be in 1..%d with %d operator set(s) (a snapshot holds at most %d entries), got %d",
			optable.MaxEntries/len(c.Quorums), len(c.Quorums), optable.MaxEntries, c.Operators)
	case len(c.Quorums) > c.Operators:
		return fmt.Errorf("sim: %d operator sets need at least as many operators, got %d", len(c.Quorums), c.Operators)
	case c.ThresholdBPS > verifier.BasisPoints:
		return fmt.Errorf("sim: threshold %d bps exceeds %d", c.ThresholdBPS, verifier.BasisPoints)
	case math.IsNaN(c.AbsentFraction) || c.AbsentFraction < 0 || c.AbsentFraction >= 1:
		return fmt.Errorf("sim: absent fraction must be in [0, 1), got %v", c.AbsentFraction)
	case c.Blocks < 1 || c.Blocks > 1<<20:
		return fmt.Errorf("sim: blocks must be in 1..%d, got %d", 1<<20, c.Blocks)
	case c.FromBlock > math.MaxUint64-uint64(max(c.BatchSize, 1))*c.Blocks:
		return errors.New("sim: block range overflows")
	case c.MaxLogsPerBlock < 1 || c.MaxLogsPerBlock > 1024:
		return fmt.Errorf("sim: logs per block must be in 1..1024, got %d", c.MaxLogsPerBlock)
	case c.BatchSize < 2 || c.BatchSize > 256:
		return fmt.Errorf("sim: batch size must be in 2..256, got %d", c.BatchSize)
	case c.SnapshotBlock == math.MaxUint64:
		return errors.New("sim: snapshot block overflows") // the bad signer names the next block
	}
	for i, q := range c.Quorums {
		if q >= optable.MaxQuorums {
			return fmt.Errorf("sim: operator set %d out of range 0..%d", q, optable.MaxQuorums-1)
		}
		if i > 0 && q <= c.Quorums[i-1] {
			return errors.New("sim: operator sets must be strictly ascending")
		}
	}
	if present := c.Operators - c.absent(); present < 1 || (c.BadSigner && present < 2) {
		return fmt.Errorf("sim: %d of %d operators present; need at least %d", present, c.Operators, map[bool]int{false: 1, true: 2}[c.BadSigner])
	}
	return nil
}

func (c *Config) absent() int { return int(math.Round(float64(c.Operators) * c.AbsentFraction)) }

// Policy returns the verification policy of the simulation: the AVS, and ThresholdBPS
// in every operator set.
func (c *Config) Policy() verifier.Policy {
	p := verifier.Policy{AVS: c.AVS}
	for _, q := range c.Quorums {
		p.Thresholds = append(p.Thresholds, verifier.Threshold{Quorum: q, BPS: c.ThresholdBPS})
	}
	return p
}
