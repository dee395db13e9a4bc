// Package avssim builds simulated AVSs with real BN254 keys: deterministic operators
// and keys from a seed, one key per operator set as EigenLayer's KeyRegistrar
// requires, a snapshot of the sets built and validated by optable exactly as
// destinations build one from L1 logs, signing and aggregation. Tests,
// benchmarks, the `parley sim` command and end-to-end suites use it so that they
// exercise exactly the code paths a node and an aggregator use.
package avssim

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
)

// Operator is a simulated operator: its address and, as EigenLayer's KeyRegistrar
// requires, one BN254 key per operator set it is a member of.
type Operator struct {
	Address common.Address
	Keys    map[uint8]*bls.SecretKey // by operator set
}

// Key returns the operator's key for set q (nil if it is not a member).
func (o *Operator) Key(q uint8) *bls.SecretKey { return o.Keys[q] }

// ID returns the operator id of the operator's key for set q.
func (o *Operator) ID(q uint8) optable.OperatorID { return optable.IDOf(o.Keys[q].PublicKeyG1()) }

// Config describes a simulated AVS.
type Config struct {
	AVS  attestation.AVS
	Seed uint64
	// Stakes[i] maps operator-set id to operator i's weight in it; an operator is a
	// member of exactly the sets listed.
	Stakes []map[uint8]uint64
	// Block is the L1 block the snapshot is sealed in (1 if zero).
	Block uint64
}

// Uniform returns weights for n operators, each in every listed set with weight
// 1000 + 10*i (so operators differ in weight).
func Uniform(n int, sets ...uint8) []map[uint8]uint64 {
	out := make([]map[uint8]uint64, n)
	for i := range out {
		out[i] = map[uint8]uint64{}
		for _, q := range sets {
			out[i][q] = 1000 + 10*uint64(i)
		}
	}
	return out
}

// AVS is a simulated AVS with one snapshot of its operator sets.
type AVS struct {
	ID        attestation.AVS
	Operators []Operator
	table     *optable.Table
}

// New creates the operators with one key per set and builds the snapshot of their
// sets, as the table publisher would publish it.
func New(cfg Config) (*AVS, error) {
	rng := rand.New(rand.NewChaCha8(seed32(cfg.Seed)))
	a := &AVS{ID: cfg.AVS}
	var entries []optable.Entry
	sets := map[uint8]bool{}
	for _, stakes := range cfg.Stakes {
		var addr common.Address
		for j := range addr {
			addr[j] = byte(rng.Uint32())
		}
		op := Operator{Address: addr, Keys: map[uint8]*bls.SecretKey{}}
		var qs []uint8
		for q := range stakes {
			qs = append(qs, q)
		}
		slices.Sort(qs)
		for _, q := range qs {
			key, err := bls.GenerateKey(readerOf(rng))
			if err != nil {
				return nil, err
			}
			op.Keys[q] = key
			sets[q] = true
			entries = append(entries, optable.NewEntry(q, addr, stakes[q], key.PublicKeyG1(), key.PublicKeyG2()))
		}
		a.Operators = append(a.Operators, op)
	}
	slices.SortFunc(entries, func(x, y optable.Entry) int {
		if x.SetID != y.SetID {
			return int(x.SetID) - int(y.SetID)
		}
		return x.Operator.Cmp(y.Operator)
	})
	var ids []uint8
	for q := range sets {
		ids = append(ids, q)
	}
	slices.Sort(ids)
	block := cfg.Block
	if block == 0 {
		block = 1
	}
	t, err := optable.Build(cfg.AVS, block, ids, entries)
	if err != nil {
		return nil, fmt.Errorf("avssim: %w", err)
	}
	a.table = t
	return a, nil
}

// Table returns the AVS's snapshot.
func (a *AVS) Table() *optable.Table { return a.table }

// Snapshot returns the snapshot reference attestations name.
func (a *AVS) Snapshot() attestation.Snapshot { return a.table.Snapshot() }

// Sign returns the signatures of the operators whose indices are in signers on the
// attestation's digest, one per key (so per set), keyed by the key's operator id.
func (a *AVS) Sign(att attestation.Attestation, signers []int) (map[optable.OperatorID]bls.G1Point, error) {
	digest := att.Digest()
	h, ok := bls.HashToG1(digest)
	if !ok {
		return nil, fmt.Errorf("avssim: digest does not hash")
	}
	out := make(map[optable.OperatorID]bls.G1Point, len(signers))
	for _, i := range signers {
		for _, k := range a.Operators[i].Keys {
			out[optable.IDOf(k.PublicKeyG1())] = k.SignHashed(h)
		}
	}
	return out, nil
}

// Certify has every operator except those in absent sign att, then aggregates.
func (a *AVS) Certify(att attestation.Attestation, sets []uint8, absent map[int]bool) (*certificate.Certificate, error) {
	var signers []int
	for i := range a.Operators {
		if !absent[i] {
			signers = append(signers, i)
		}
	}
	sigs, err := a.Sign(att, signers)
	if err != nil {
		return nil, err
	}
	return certificate.Aggregate(a.Table(), att, sets, sigs)
}

func seed32(s uint64) [32]byte {
	var out [32]byte
	for i := 0; i < 8; i++ {
		out[i] = byte(s >> (8 * i))
	}
	copy(out[8:], "parley.avssim")
	return out
}

type rngReader struct{ r *rand.Rand }

func (r rngReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r.r.Uint32())
	}
	return len(p), nil
}

func readerOf(r *rand.Rand) rngReader { return rngReader{r} }

// Source returns a table source holding the AVS's snapshot.
func (a *AVS) Source() optable.Tables { return optable.Of(a.table) }
