// Package avssim builds simulated AVSs with real BN254 keys: deterministic operator
// keys from a seed, registration through the operator table's real update path
// (proofs of possession included), quorum stakes, signing and aggregation. Tests,
// benchmarks, the `parley sim` command and end-to-end suites use it so that they
// exercise exactly the code paths a node and an aggregator use.
package avssim

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
)

// Operator is a simulated operator: its secret key and its address.
type Operator struct {
	Key     *bls.SecretKey
	Address common.Address
	ID      optable.OperatorID
}

// Config describes a simulated AVS.
type Config struct {
	AVS  attestation.AVS
	Seed uint64
	// Stakes[i] maps quorum number to operator i's stake in it; an operator is a
	// member of exactly the quorums listed.
	Stakes []map[uint8]uint64
	// Window is the number of old table versions kept valid.
	Window uint64
}

// Uniform returns stakes for n operators, each in every listed quorum with stake
// 1000 + 10*i (so operators differ in weight).
func Uniform(n int, quorums ...uint8) []map[uint8]uint64 {
	out := make([]map[uint8]uint64, n)
	for i := range out {
		out[i] = map[uint8]uint64{}
		for _, q := range quorums {
			out[i][q] = 1000 + 10*uint64(i)
		}
	}
	return out
}

// AVS is a simulated AVS with its operator-table history.
type AVS struct {
	ID        attestation.AVS
	Operators []Operator
	History   *optable.History
}

// New creates the operators, registers them, puts them in their quorums and sets their
// stakes, all in one table update (version 1).
func New(cfg Config) (*AVS, error) {
	rng := rand.New(rand.NewChaCha8(seed32(cfg.Seed)))
	a := &AVS{ID: cfg.AVS}
	var updates []optable.Update
	for _, stakes := range cfg.Stakes {
		key, err := bls.GenerateKey(readerOf(rng))
		if err != nil {
			return nil, err
		}
		var addr common.Address
		for j := range addr {
			addr[j] = byte(rng.Uint32())
		}
		pop, err := key.ProvePossession(cfg.AVS.L1ChainID, cfg.AVS.Registry, addr)
		if err != nil {
			return nil, err
		}
		pk1 := key.PublicKeyG1()
		op := Operator{Key: key, Address: addr, ID: optable.IDOf(pk1)}
		a.Operators = append(a.Operators, op)
		updates = append(updates, optable.Update{Kind: optable.Register, Address: addr, PubkeyG1: pk1, PubkeyG2: key.PublicKeyG2(), PoP: pop})
		var qs []uint8
		for q := range stakes {
			qs = append(qs, q)
		}
		if len(qs) == 0 {
			continue
		}
		slices.Sort(qs)
		updates = append(updates, optable.Update{Kind: optable.Join, ID: op.ID, Quorums: qs})
		for _, q := range qs {
			updates = append(updates, optable.Update{Kind: optable.SetStake, ID: op.ID, Quorum: q, Stake: *uint256.NewInt(stakes[q])})
		}
	}
	t, rejected := optable.New(cfg.AVS).Apply(updates)
	if len(rejected) > 0 {
		return nil, fmt.Errorf("avssim: update %d rejected: %w", rejected[0].Index, rejected[0].Err)
	}
	a.History = optable.NewHistory(t, cfg.Window)
	return a, nil
}

// Table returns the latest table version.
func (a *AVS) Table() *optable.Table { return a.History.Latest() }

// Sign returns the signatures of the operators whose indices are in signers on the
// attestation's digest.
func (a *AVS) Sign(att attestation.Attestation, signers []int) (map[optable.OperatorID]bls.G1Point, error) {
	digest := att.Digest()
	h, ok := bls.HashToG1(digest)
	if !ok {
		return nil, fmt.Errorf("avssim: digest does not hash")
	}
	out := make(map[optable.OperatorID]bls.G1Point, len(signers))
	for _, i := range signers {
		op := a.Operators[i]
		out[op.ID] = op.Key.SignHashed(h)
	}
	return out, nil
}

// Certify has every operator except those in absent sign att, then aggregates.
func (a *AVS) Certify(att attestation.Attestation, quorums []uint8, absent map[int]bool) (*certificate.Certificate, error) {
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
	return certificate.Aggregate(a.Table(), att, quorums, sigs)
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
