// Package sim runs one round of a Parley AVS locally, end to end, on real BN254 keys:
// operators register, a source chain produces messages, operators attest to them, an
// aggregator builds a quorum certificate, and a destination-side verifier checks it —
// then rejects tampered copies and batch-verifies several certificates.
//
// Why it exists: until the devnet does, this is the executable specification of the
// round, and a quick way to see what each step costs. It therefore uses exactly the
// library code paths the node will use, never shortcuts of its own:
//
//   - operators: avssim (real keys, proofs of possession, registration through
//     optable's update path);
//   - messages: go-ethereum types.Log values converted with message.FromLog and
//     committed with msgtree.Commit;
//   - attestation: attestation.Digest, computed from the fields;
//   - signing: each operator signs the digest with its own key (bls.SecretKey.Sign);
//   - aggregation: the aggregator checks every partial signature with bls.Verify
//     against the operator's registered G2 key and drops bad ones before
//     certificate.Aggregate, so one bad signature cannot spoil the certificate;
//   - wire: certificate.Encode and the strict certificate.Decode;
//   - verification: verifier.New and Verify against an optable.History, and
//     VerifyBatch on several certificates;
//   - inclusion: msgtree proofs checked with msgtree.Verify against the certified root.
//
// Everything but the timings is a deterministic function of the Config.
package sim

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/avssim"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/message"
	"github.com/parley-xyz/parley/interop/msgtree"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
)

// DefaultAVS is the AVS identity of simulations and local devnets: L1 chain id 900
// (the OP Stack devnet L1) and a placeholder registry address. Keys and proofs of
// possession made for it are useless on any real AVS, by design of the PoP digest.
var DefaultAVS = attestation.AVS{
	L1ChainID: 900,
	Registry:  common.HexToAddress("0x0000000000000000000000000000000000a11ce0"),
}

// Config describes a simulation. DefaultConfig gives the documented defaults.
type Config struct {
	// Seed makes the run reproducible: keys, stakes, messages and absentees.
	Seed uint64
	// AVS is the AVS identity operators register with and sign for.
	AVS attestation.AVS
	// Operators is the number of operators (1..optable.MaxOperators).
	Operators int
	// Quorums are the quorums certificates are checked against, strictly ascending.
	// Operators are spread over them with overlaps: each is a member of a random
	// non-empty subset, with its own stake in each.
	Quorums []uint8
	// ThresholdBPS is the policy's threshold in every quorum, in basis points.
	ThresholdBPS uint16
	// AbsentFraction is the fraction of operators that do not sign (rounded to the
	// nearest operator), in [0, 1).
	AbsentFraction float64
	// BadSigner makes one present operator send a signature over the wrong digest,
	// which the aggregator must detect and drop.
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
	// Window is the verifier's table-version window.
	Window uint64
}

// DefaultConfig returns the defaults: 100 operators in quorums 0 and 1, a 2/3
// threshold, 10% absent and one bad signer, source chain 901 blocks 1000..1063 with
// up to 4 logs each, a batch of 8 certificates, seed 1.
func DefaultConfig() Config {
	return Config{
		Seed:            1,
		AVS:             DefaultAVS,
		Operators:       100,
		Quorums:         []uint8{0, 1},
		ThresholdBPS:    6667,
		AbsentFraction:  0.10,
		BadSigner:       true,
		SourceChainID:   901,
		FromBlock:       1000,
		Blocks:          64,
		MaxLogsPerBlock: 4,
		BatchSize:       8,
		Window:          optable.DefaultWindow,
	}
}

// Validate checks that the configuration describes a round that can succeed.
func (c *Config) Validate() error {
	switch {
	case c.Operators < 1 || c.Operators > optable.MaxOperators:
		return fmt.Errorf("sim: operators must be in 1..%d, got %d", optable.MaxOperators, c.Operators)
	case len(c.Quorums) == 0:
		return errors.New("sim: no quorums")
	case len(c.Quorums) > c.Operators:
		return fmt.Errorf("sim: %d quorums need at least as many operators, got %d", len(c.Quorums), c.Operators)
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
	}
	for i, q := range c.Quorums {
		if q >= optable.MaxQuorums {
			return fmt.Errorf("sim: quorum %d out of range", q)
		}
		if i > 0 && q <= c.Quorums[i-1] {
			return errors.New("sim: quorums must be strictly ascending")
		}
	}
	if present := c.Operators - c.absent(); present < 1 || (c.BadSigner && present < 2) {
		return fmt.Errorf("sim: %d of %d operators present; need at least %d", present, c.Operators, map[bool]int{false: 1, true: 2}[c.BadSigner])
	}
	return nil
}

func (c *Config) absent() int { return int(math.Round(float64(c.Operators) * c.AbsentFraction)) }

// Policy returns the verification policy of the simulation: the AVS, and ThresholdBPS
// in every quorum.
func (c *Config) Policy() verifier.Policy {
	p := verifier.Policy{AVS: c.AVS}
	for _, q := range c.Quorums {
		p.Thresholds = append(p.Thresholds, verifier.Threshold{Quorum: q, BPS: c.ThresholdBPS})
	}
	return p
}

// Step is one timed step of the run.
type Step struct {
	Name     string
	Duration time.Duration
	Detail   []string
}

// Rejection is a certificate the verifier refused, and why.
type Rejection struct {
	Name string
	Err  error
}

// Result summarises a run.
type Result struct {
	Steps []Step
	// Table is the operator table the round ran against; Policy and Window are the
	// verifier's. With Certificate they are what `parley cert verify` needs.
	Table  *optable.Table
	Policy verifier.Policy
	Window uint64
	// Messages is the number of messages in the attested range; Root its commitment.
	Messages int
	Root     common.Hash
	// Digest is the attestation digest the operators signed.
	Digest common.Hash
	// Absent operators did not sign; Dropped are the operators whose partial
	// signatures the aggregator rejected; Signers is how many signatures went into
	// the certificate.
	Absent  int
	Dropped []optable.OperatorID
	Signers int
	// Certificate is the round's certificate (as decoded from its encoding) and
	// Encoded its canonical encoding.
	Certificate *certificate.Certificate
	Encoded     []byte
	// Stakes is the signed and total stake per quorum.
	Stakes []certificate.QuorumStake
	// VerifyErr is the verifier's verdict on the certificate (nil: accepted).
	VerifyErr error
	// Tampered lists the tampered copies and the verifier's reasons.
	Tampered []Rejection
	// ProofErr is the result of checking one message's inclusion proof against the
	// certified root (nil: included); ForgedProofErr that of the same proof for an
	// altered message (non-nil: rejected).
	ProofErr, ForgedProofErr error
	// BatchErrs are VerifyBatch's per-certificate results; BatchTampered is the
	// index of the tampered certificate in the batch.
	BatchErrs     []error
	BatchTampered int
	// Total is the run's wall-clock time.
	Total time.Duration
}

// ErrUnexpected is returned (wrapped) when the round does not behave as the protocol
// requires: the honest certificate rejected, or a tampered one accepted.
var ErrUnexpected = errors.New("sim: unexpected outcome")

// Run simulates one round and writes a step-by-step report to out (which may be nil).
// It returns an error wrapping ErrUnexpected if the honest certificate is rejected or
// any tampered certificate is accepted, with the result so far.
func Run(ctx context.Context, cfg Config, out io.Writer) (*Result, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if out == nil {
		out = io.Discard
	}
	r := &runner{cfg: cfg, out: out, res: &Result{Policy: cfg.Policy(), Window: cfg.Window}}
	r.rng = rand.New(rand.NewPCG(cfg.Seed, 0x7061726c65792e73)) // "parley.s"
	start := time.Now()
	err := r.run(ctx)
	r.res.Total = time.Since(start)
	fmt.Fprintf(out, "\ntotal %s\n", fmtDur(r.res.Total))
	return r.res, err
}

type runner struct {
	cfg Config
	out io.Writer
	res *Result
	rng *rand.Rand

	avs     *avssim.AVS
	v       *verifier.Verifier
	headers []*types.Header // every synthetic source block so far, in order
}

// step times f and prints its report line.
func (r *runner) step(ctx context.Context, name string, f func() ([]string, error)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	t0 := time.Now()
	detail, err := f()
	s := Step{Name: name, Duration: time.Since(t0), Detail: detail}
	r.res.Steps = append(r.res.Steps, s)
	for i, d := range detail {
		if i == 0 {
			fmt.Fprintf(r.out, "%2d  %-19s %9s  %s\n", len(r.res.Steps), name, fmtDur(s.Duration), d)
		} else {
			fmt.Fprintf(r.out, "%2s  %-19s %9s  %s\n", "", "", "", d)
		}
	}
	if len(detail) == 0 {
		fmt.Fprintf(r.out, "%2d  %-19s %9s\n", len(r.res.Steps), name, fmtDur(s.Duration))
	}
	if err != nil {
		fmt.Fprintf(r.out, "%2s  %-19s %9s  error: %v\n", "", "", "", err)
	}
	return err
}

func (r *runner) run(ctx context.Context) error {
	cfg := &r.cfg
	res := r.res
	badNote := "no bad signer"
	if cfg.BadSigner {
		badNote = "1 bad signer"
	}
	fmt.Fprintf(r.out, "Parley AVS round simulation, seed %d\n", cfg.Seed)
	fmt.Fprintf(r.out, "  AVS        L1 chain %d, registry %s\n", cfg.AVS.L1ChainID, cfg.AVS.Registry)
	fmt.Fprintf(r.out, "  source     chain %d, blocks %d..%d, up to %d logs per block\n", cfg.SourceChainID, cfg.FromBlock, cfg.FromBlock+cfg.Blocks-1, cfg.MaxLogsPerBlock)
	fmt.Fprintf(r.out, "  operators  %d, %s absent, %s\n", cfg.Operators, fmtPct(cfg.AbsentFraction), badNote)
	fmt.Fprintf(r.out, "  policy     quorums %v, %s of stake in each, table window %d\n\n", cfg.Quorums, fmtBPS(uint64(cfg.ThresholdBPS)), cfg.Window)
	fmt.Fprintf(r.out, "%2s  %-19s %9s  %s\n", "#", "step", "time", "result")

	// 1. Operators: keys, proofs of possession, registration through optable.
	if err := r.step(ctx, "operators", func() ([]string, error) {
		stakes := r.stakes()
		a, err := avssim.New(avssim.Config{AVS: cfg.AVS, Seed: cfg.Seed, Stakes: stakes, Window: cfg.Window})
		if err != nil {
			return nil, err
		}
		r.avs = a
		t := a.Table()
		res.Table = t
		lines := []string{fmt.Sprintf("%d operators registered through optable updates (PoPs verified), table version %d", t.Len(), t.Version())}
		var qs []string
		for _, q := range cfg.Quorums {
			qu, _ := t.Quorum(q)
			qs = append(qs, fmt.Sprintf("quorum %d: %d members, stake %s", q, qu.Members, fmtInt(qu.TotalStake.Dec())))
		}
		lines = append(lines, strings.Join(qs, " · "))
		return lines, nil
	}); err != nil {
		return err
	}
	var err error
	if r.v, err = verifier.New(verifier.Config{Policy: res.Policy}); err != nil {
		return err
	}

	// 2-3. Messages and their commitment.
	var msgs []message.Message
	var logs int
	var tree *msgtree.Tree
	rng := msgtree.Range{ChainID: cfg.SourceChainID, From: cfg.FromBlock, To: cfg.FromBlock + cfg.Blocks - 1}
	if err := r.step(ctx, "messages", func() ([]string, error) {
		var err error
		msgs, logs, err = r.messages(rng)
		if err != nil {
			return nil, err
		}
		res.Messages = len(msgs)
		return []string{fmt.Sprintf("%d blocks, %d logs -> %d messages (message.FromLog)", cfg.Blocks, logs, len(msgs))}, nil
	}); err != nil {
		return err
	}
	if err := r.step(ctx, "commitment", func() ([]string, error) {
		var err error
		if tree, err = msgtree.Commit(rng, msgs); err != nil {
			return nil, err
		}
		res.Root = tree.Root()
		return []string{fmt.Sprintf("msgtree.Commit: root %s over %d messages, depth %d", short(res.Root), tree.Count(), msgtree.Depth(tree.Count()))}, nil
	}); err != nil {
		return err
	}

	// 4. Attestation.
	var att attestation.Attestation
	if err := r.step(ctx, "attestation", func() ([]string, error) {
		att = r.attestation(rng, tree)
		res.Digest = att.Digest()
		return []string{fmt.Sprintf("attestation.Digest %s (table version %d, last block %s)", short(res.Digest), att.TableVersion, short(att.LastBlockHash))}, nil
	}); err != nil {
		return err
	}

	// 5. Signing: every present operator signs with its own key; one signs wrongly.
	absent := r.pickAbsent()
	res.Absent = len(absent)
	var partials []partial
	bad := -1
	if err := r.step(ctx, "signing", func() ([]string, error) {
		var err error
		partials, bad, err = r.sign(att, absent, cfg.BadSigner)
		if err != nil {
			return nil, err
		}
		line := fmt.Sprintf("%d operators signed, %d absent", len(partials), len(absent))
		if bad >= 0 {
			line += fmt.Sprintf(", operator %d sent a signature over the wrong digest", bad)
		}
		return []string{line}, nil
	}); err != nil {
		return err
	}

	// 6. Aggregation: check each partial signature, drop bad ones, aggregate.
	var cert *certificate.Certificate
	if err := r.step(ctx, "aggregation", func() ([]string, error) {
		c, dropped, err := r.aggregate(ctx, att, partials)
		if err != nil {
			return nil, err
		}
		cert = c
		res.Dropped = dropped
		res.Signers = len(partials) - len(dropped)
		lines := []string{fmt.Sprintf("%d partial signatures checked with bls.Verify, %d dropped; certificate.Aggregate over %d signers, %d non-signers",
			len(partials), len(dropped), res.Signers, len(c.NonSigners))}
		for _, id := range dropped {
			lines = append(lines, fmt.Sprintf("dropped bad signature from operator %s", short(id)))
		}
		return lines, nil
	}); err != nil {
		return err
	}

	// 7-8. Wire encoding.
	if err := r.step(ctx, "encoding", func() ([]string, error) {
		res.Encoded = cert.Encode()
		return []string{fmt.Sprintf("certificate.Encode: %d bytes (%d quorums, %d non-signers)", len(res.Encoded), len(cert.Quorums), len(cert.NonSigners))}, nil
	}); err != nil {
		return err
	}
	if err := r.step(ctx, "decoding", func() ([]string, error) {
		c, err := certificate.Decode(res.Encoded)
		if err != nil {
			return nil, fmt.Errorf("%w: own certificate does not decode: %w", ErrUnexpected, err)
		}
		if string(c.Encode()) != string(res.Encoded) {
			return nil, fmt.Errorf("%w: certificate does not re-encode identically", ErrUnexpected)
		}
		res.Certificate = c
		return []string{"certificate.Decode: strict decode OK, re-encodes identically"}, nil
	}); err != nil {
		return err
	}

	// 9. Verification.
	if err := r.step(ctx, "verification", func() ([]string, error) {
		res.VerifyErr = r.v.Verify(res.Certificate, r.avs.History)
		if ss, err := certificate.Signers(res.Table, res.Certificate.Quorums, res.Certificate.NonSigners); err == nil {
			res.Stakes = ss.Quorums
		}
		var qs []string
		for _, s := range res.Stakes {
			qs = append(qs, fmt.Sprintf("quorum %d signed %s", s.Number, fmtRatio(&s)))
		}
		if res.VerifyErr != nil {
			return []string{"REJECTED: " + res.VerifyErr.Error(), strings.Join(qs, " · ")},
				fmt.Errorf("%w: the honest certificate was rejected: %w", ErrUnexpected, res.VerifyErr)
		}
		return []string{fmt.Sprintf("OK: %s (threshold %s)", strings.Join(qs, " · "), fmtBPS(uint64(cfg.ThresholdBPS)))}, nil
	}); err != nil {
		return err
	}

	// 10. Tampered copies.
	if err := r.step(ctx, "tampering", func() ([]string, error) {
		res.Tampered = r.tamper(res.Encoded)
		var lines []string
		var unexpected error
		for _, t := range res.Tampered {
			if t.Err == nil {
				lines = append(lines, fmt.Sprintf("%s: ACCEPTED", t.Name))
				unexpected = fmt.Errorf("%w: tampered certificate (%s) accepted", ErrUnexpected, t.Name)
				continue
			}
			lines = append(lines, fmt.Sprintf("%s: rejected: %v", t.Name, t.Err))
		}
		return append([]string{fmt.Sprintf("%d tampered copies", len(res.Tampered))}, lines...), unexpected
	}); err != nil {
		return err
	}

	// 11. Inclusion proof for one message against the certified root.
	if err := r.step(ctx, "inclusion proof", func() ([]string, error) {
		i := r.rng.IntN(len(msgs))
		proof, err := tree.Proof(uint64(i))
		if err != nil {
			return nil, err
		}
		root := res.Certificate.Attestation.MessageRoot
		res.ProofErr = msgtree.Verify(root, msgs[i], proof)
		forged := msgs[i]
		forged.PayloadHash[0] ^= 1
		res.ForgedProofErr = msgtree.Verify(root, forged, proof)
		if res.ProofErr != nil {
			return nil, fmt.Errorf("%w: inclusion proof rejected: %w", ErrUnexpected, res.ProofErr)
		}
		if res.ForgedProofErr == nil {
			return nil, fmt.Errorf("%w: proof accepted for an altered message", ErrUnexpected)
		}
		return []string{
			fmt.Sprintf("message %d (block %d, log %d): %d-byte proof verifies against the certified root", i, msgs[i].ID.BlockNumber, msgs[i].ID.LogIndex, len(proof)),
			fmt.Sprintf("same proof, altered payload: rejected: %v", res.ForgedProofErr),
		}, nil
	}); err != nil {
		return err
	}

	// 12-13. More rounds, then batch verification.
	var more []*certificate.Certificate
	if err := r.step(ctx, "more rounds", func() ([]string, error) {
		var err error
		more, err = r.moreRounds(ctx, absent)
		if err != nil {
			return nil, err
		}
		return []string{fmt.Sprintf("%d more block range(s) of %d blocks certified the same way (same absentees, no bad signer)", len(more), cfg.Blocks)}, nil
	}); err != nil {
		return err
	}
	return r.step(ctx, "batch verification", func() ([]string, error) {
		return r.batch(append([]*certificate.Certificate{res.Certificate}, more...))
	})
}

// stakes assigns each operator a random non-empty subset of the quorums (operator i
// < len(quorums) is always in quorum i, so no quorum is empty) with its own stake in
// each, 1,000..100,000 units.
func (r *runner) stakes() []map[uint8]uint64 {
	qs := r.cfg.Quorums
	out := make([]map[uint8]uint64, r.cfg.Operators)
	for i := range out {
		m := map[uint8]uint64{}
		for j, q := range qs {
			if j == i || r.rng.IntN(3) != 0 {
				m[q] = (1 + r.rng.Uint64N(100)) * 1000
			}
		}
		if len(m) == 0 {
			m[qs[i%len(qs)]] = (1 + r.rng.Uint64N(100)) * 1000
		}
		out[i] = m
	}
	return out
}

// Synthetic contracts and events of the source chain.
var (
	contracts = []common.Address{
		common.HexToAddress("0x4200000000000000000000000000000000000023"),
		common.HexToAddress("0x00000000000000000000000000000000000c0de1"),
		common.HexToAddress("0x00000000000000000000000000000000000c0de2"),
	}
	events = []common.Hash{
		crypto.Keccak256Hash([]byte("SentMessage(uint256,address,uint256,address,bytes)")),
		crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)")),
	}
)

// messages produces the synthetic blocks of rng (continuing the header chain) and
// converts their logs to messages.
func (r *runner) messages(rng msgtree.Range) ([]message.Message, int, error) {
	var msgs []message.Message
	logs := 0
	for b := rng.From; b <= rng.To; b++ {
		parent := common.Hash{}
		time := uint64(1_700_000_000) + 2*(b-r.cfg.FromBlock)
		if n := len(r.headers); n > 0 {
			parent = r.headers[n-1].Hash()
		}
		h := &types.Header{
			ParentHash: parent,
			Number:     new(big.Int).SetUint64(b),
			Time:       time,
			GasLimit:   30_000_000,
			Difficulty: new(big.Int),
			BaseFee:    big.NewInt(1_000_000),
		}
		fill(r.rng, h.Root[:])
		r.headers = append(r.headers, h)
		n := 1 + r.rng.IntN(r.cfg.MaxLogsPerBlock)
		for i := 0; i < n; i++ {
			l := &types.Log{
				Address:     contracts[r.rng.IntN(len(contracts))],
				Topics:      []common.Hash{events[r.rng.IntN(len(events))], randomHash(r.rng)},
				Data:        make([]byte, 32*(1+r.rng.IntN(3))),
				BlockNumber: b,
				Index:       uint(i),
			}
			fill(r.rng, l.Data)
			m, err := message.FromLog(rng.ChainID, h.Time, l)
			if err != nil {
				return nil, 0, err
			}
			msgs = append(msgs, m)
			logs++
		}
	}
	return msgs, logs, nil
}

func randomHash(rng *rand.Rand) common.Hash {
	var h common.Hash
	fill(rng, h[:])
	return h
}

// fill fills b with pseudo-random bytes.
func fill(rng *rand.Rand, b []byte) {
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
}

// attestation builds the attestation of a committed range against the latest table.
func (r *runner) attestation(rng msgtree.Range, tree *msgtree.Tree) attestation.Attestation {
	return attestation.Attestation{
		AVS:           r.cfg.AVS,
		SourceChainID: rng.ChainID,
		FromBlock:     rng.From,
		ToBlock:       rng.To,
		LastBlockHash: r.headers[len(r.headers)-1].Hash(),
		MessageRoot:   tree.Root(),
		TableVersion:  r.avs.Table().Version(),
	}
}

// pickAbsent chooses the operators that do not sign.
func (r *runner) pickAbsent() map[int]bool {
	out := map[int]bool{}
	for _, i := range r.rng.Perm(r.cfg.Operators)[:r.cfg.absent()] {
		out[i] = true
	}
	return out
}

// partial is one operator's signature as the aggregator receives it.
type partial struct {
	ID  optable.OperatorID
	Sig bls.G1Point
}

// sign has every present operator sign att's digest with its own key. With bad set,
// one present operator (returned as badIndex) signs a digest of the wrong table
// version instead, as a buggy or stale operator would.
func (r *runner) sign(att attestation.Attestation, absent map[int]bool, bad bool) ([]partial, int, error) {
	digest := att.Digest()
	badIndex := -1
	if bad {
		var present []int
		for i := range r.avs.Operators {
			if !absent[i] {
				present = append(present, i)
			}
		}
		badIndex = present[r.rng.IntN(len(present))]
	}
	var out []partial
	for i, op := range r.avs.Operators {
		if absent[i] {
			continue
		}
		d := digest
		if i == badIndex {
			wrong := att
			wrong.TableVersion++
			d = wrong.Digest()
		}
		sig, err := op.Key.Sign(d)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, partial{ID: op.ID, Sig: sig})
	}
	return out, badIndex, nil
}

// aggregate is the aggregator: it checks every partial signature against the
// operator's registered G2 key (in parallel), drops the bad ones and unknown
// operators, and aggregates the rest.
func (r *runner) aggregate(ctx context.Context, att attestation.Attestation, partials []partial) (*certificate.Certificate, []optable.OperatorID, error) {
	table := r.avs.Table()
	digest := att.Digest()
	ok := make([]bool, len(partials))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(partials) || ctx.Err() != nil {
					return
				}
				op, known := table.Operator(partials[i].ID)
				ok[i] = known && bls.Verify(op.PubkeyG2, digest, partials[i].Sig)
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	sigs := make(map[optable.OperatorID]bls.G1Point, len(partials))
	var dropped []optable.OperatorID
	for i, p := range partials {
		if ok[i] {
			sigs[p.ID] = p.Sig
		} else {
			dropped = append(dropped, p.ID)
		}
	}
	c, err := certificate.Aggregate(table, att, r.cfg.Quorums, sigs)
	if err != nil {
		return nil, dropped, err
	}
	return c, dropped, nil
}

// tamper makes tampered copies of an encoded certificate and returns the verifier's
// verdict on each.
func (r *runner) tamper(enc []byte) []Rejection {
	var out []Rejection
	check := func(name string, b []byte) {
		c, err := certificate.Decode(b)
		if err == nil {
			err = r.v.Verify(c, r.avs.History)
		}
		out = append(out, Rejection{Name: name, Err: err})
	}
	word := func(b []byte, i int) []byte { return b[32*i : 32*i+32] }

	b := slices.Clone(enc)
	word(b, 6)[31] ^= 1 // attestation word 6: messageRoot
	check("flipped message root", b)

	b = slices.Clone(enc)
	word(b, 2)[31] ^= 1 // attestation word 2: sourceChainId
	check("replayed for another source chain", b)

	b = slices.Clone(enc)
	word(b, 7)[31]++ // attestation word 7: tableVersion
	check("future table version", b)

	if c, err := certificate.Decode(enc); err == nil && len(c.NonSigners) > 0 {
		c.NonSigners = c.NonSigners[1:]
		check("non-signer hidden", c.Encode())
	}

	b = slices.Clone(enc)
	word(b, 9)[31] ^= 1 // sigma.X
	check("corrupted sigma", b)
	return out
}

// moreRounds certifies the BatchSize-2 block ranges after the first, with the same
// absent operators (offline operators tend to stay offline) and no bad signer.
func (r *runner) moreRounds(ctx context.Context, absent map[int]bool) ([]*certificate.Certificate, error) {
	cfg := &r.cfg
	var certs []*certificate.Certificate
	for k := 1; k <= cfg.BatchSize-2; k++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		from := cfg.FromBlock + uint64(k)*cfg.Blocks
		rng := msgtree.Range{ChainID: cfg.SourceChainID, From: from, To: from + cfg.Blocks - 1}
		msgs, _, err := r.messages(rng)
		if err != nil {
			return nil, err
		}
		tree, err := msgtree.Commit(rng, msgs)
		if err != nil {
			return nil, err
		}
		att := r.attestation(rng, tree)
		partials, _, err := r.sign(att, absent, false)
		if err != nil {
			return nil, err
		}
		c, _, err := r.aggregate(ctx, att, partials)
		if err != nil {
			return nil, err
		}
		certs = append(certs, c)
	}
	return certs, nil
}

// batch verifies the honest certificates with VerifyBatch, then again with a
// tampered certificate added, and, for comparison, one by one. Each measurement uses
// a fresh verifier, so none benefits from another's caches.
func (r *runner) batch(honest []*certificate.Certificate) ([]string, error) {
	bad := *honest[0]
	bad.Attestation.MessageRoot[0] ^= 0x80
	certs := append(slices.Clone(honest), &bad)
	r.res.BatchTampered = len(certs) - 1

	fresh := func() *verifier.Verifier {
		v, _ := verifier.New(verifier.Config{Policy: r.res.Policy}) // the policy was validated by verifier.New already
		return v
	}
	t0 := time.Now()
	honestErrs := fresh().VerifyBatch(honest, r.avs.History)
	honestTime := time.Since(t0)
	t0 = time.Now()
	r.res.BatchErrs = fresh().VerifyBatch(certs, r.avs.History)
	mixedTime := time.Since(t0)
	v1 := fresh()
	t0 = time.Now()
	for _, c := range certs {
		_ = v1.Verify(c, r.avs.History)
	}
	oneByOne := time.Since(t0)

	var unexpected error
	for i, err := range honestErrs {
		if err != nil {
			unexpected = fmt.Errorf("%w: batch certificate %d rejected: %w", ErrUnexpected, i, err)
		}
	}
	accepted := 0
	var lines []string
	for i, err := range r.res.BatchErrs {
		switch {
		case err == nil && i != r.res.BatchTampered:
			accepted++
		case err == nil:
			unexpected = fmt.Errorf("%w: tampered certificate accepted in a batch", ErrUnexpected)
		case i != r.res.BatchTampered:
			unexpected = fmt.Errorf("%w: batch certificate %d rejected: %w", ErrUnexpected, i, err)
			lines = append(lines, fmt.Sprintf("certificate %d rejected: %v", i, err))
		default:
			lines = append(lines, fmt.Sprintf("certificate %d (tampered root) rejected: %v", i, err))
		}
	}
	head := []string{
		fmt.Sprintf("VerifyBatch of %d honest certificates: all accepted in %s (%s each)", len(honest), fmtDur(honestTime), fmtDur(honestTime/time.Duration(len(honest)))),
		fmt.Sprintf("with a tampered one added: %d accepted, %d rejected in %s (bisection); one by one: %s",
			accepted, len(certs)-accepted, fmtDur(mixedTime), fmtDur(oneByOne)),
	}
	return append(head, lines...), unexpected
}

// fmtDur prints a duration with about three significant digits.
func fmtDur(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return fmt.Sprintf("%.0fµs", float64(d)/float64(time.Microsecond))
	case d < 100*time.Millisecond:
		return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond))
	case d < time.Second:
		return fmt.Sprintf("%.0fms", float64(d)/float64(time.Millisecond))
	default:
		return fmt.Sprintf("%.2fs", d.Seconds())
	}
}

func fmtBPS(bps uint64) string { return fmt.Sprintf("%d.%02d%%", bps/100, bps%100) }

func fmtPct(f float64) string { return fmt.Sprintf("%.4g%%", 100*f) }

// fmtRatio prints signed/total as a percentage, rounded down to 0.01%.
func fmtRatio(s *certificate.QuorumStake) string {
	if s.Total.IsZero() {
		return "0 of 0"
	}
	num := new(big.Int).Mul(s.Signed.ToBig(), big.NewInt(verifier.BasisPoints))
	bps := num.Div(num, s.Total.ToBig()).Uint64()
	return fmtBPS(bps)
}

// fmtInt groups the digits of a decimal integer in threes.
func fmtInt(s string) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	pre := len(s) % 3
	if pre > 0 {
		b.WriteString(s[:pre])
	}
	for i := pre; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// short abbreviates a hash as 0x1234…cdef.
func short(h common.Hash) string {
	s := h.Hex()
	return s[:6] + "…" + s[len(s)-4:]
}
