// Package sim runs one round of a Parley AVS locally, end to end, on real BN254 keys:
// operators hold keys in the AVS's operator sets, the sets are snapshotted as the
// table publisher seals them on L1, a source chain produces messages, operators attest
// to them, an aggregator builds a quorum certificate, and a destination-side verifier
// checks it — then rejects tampered copies and batch-verifies several certificates.
//
// Why it exists: until the devnet does, this is the executable specification of the
// round, and a quick way to see what each step costs. It therefore uses exactly the
// library code paths the node will use, never shortcuts of its own:
//
//   - operators and snapshot: avssim (real keys, one per operator and operator set as
//     EigenLayer's KeyRegistrar requires, and the snapshot of the sets built and
//     validated by optable.Build);
//   - the destination's table: the snapshot's 224-byte entries, as the publisher's
//     SnapshotPage logs carry them (optable.Entry.Encode), decoded strictly with
//     optable.DecodeEntry and rebuilt with optable.Build, which must give the same
//     root; the verifier sees only this copy;
//   - messages: go-ethereum types.Log values converted with message.FromLog and
//     committed with msgtree.Commit;
//   - attestation: attestation.Digest, computed from the fields, naming the snapshot
//     (block, root);
//   - signing: each operator signs the digest once with each of its keys
//     (bls.SecretKey.Sign), so once per operator set it is a member of;
//   - aggregation: the aggregator checks every signature with bls.Verify against the
//     key's G2 key in the snapshot and drops bad ones before certificate.Aggregate,
//     so one operator's bad signatures cannot spoil the certificate;
//   - wire: certificate.Encode and the strict certificate.Decode;
//   - verification: verifier.New and Verify against the destination's table
//     (optable.Of), and VerifyBatch on several certificates;
//   - inclusion: msgtree proofs checked with msgtree.Verify against the certified root.
//
// Everything but the timings is a deterministic function of the Config.
package sim

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/avssim"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/message"
	"github.com/parley-xyz/parley/interop/msgtree"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
)

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
	// Table is the operator-table snapshot the round ran against, as the destination
	// rebuilt it; Policy is the verifier's. With Certificate they are what
	// `parley cert verify` needs.
	Table  *optable.Table
	Policy verifier.Policy
	// Keys is the number of operator keys: one per operator and operator set it is a
	// member of, so the number of snapshot entries.
	Keys int
	// Messages is the number of messages in the attested range; Root its commitment.
	Messages int
	Root     common.Hash
	// Digest is the attestation digest the operators signed.
	Digest common.Hash
	// Absent operators did not sign. BadOperator is the index of the operator that
	// signed the wrong digest (-1 if none), and Dropped the keys whose signatures the
	// aggregator rejected. Signers is how many signatures (one per key) went into the
	// certificate.
	Absent      int
	BadOperator int
	Dropped     []optable.OperatorID
	Signers     int
	// Certificate is the round's certificate (as decoded from its encoding) and
	// Encoded its canonical encoding.
	Certificate *certificate.Certificate
	Encoded     []byte
	// Stakes is the signed and total weight per operator set.
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
	r := &runner{cfg: cfg, out: out, res: &Result{Policy: cfg.Policy(), BadOperator: -1}}
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

	avs     *avssim.AVS    // the operators, and the snapshot as the aggregator knows it
	dest    optable.Tables // the snapshot as the destination rebuilt it
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
	fmt.Fprintf(r.out, "  AVS        L1 chain %d, AVS address %s, snapshot sealed in L1 block %d\n", cfg.AVS.L1ChainID, cfg.AVS.Address, cfg.SnapshotBlock)
	fmt.Fprintf(r.out, "  source     chain %d, blocks %d..%d, up to %d logs per block\n", cfg.SourceChainID, cfg.FromBlock, cfg.FromBlock+cfg.Blocks-1, cfg.MaxLogsPerBlock)
	fmt.Fprintf(r.out, "  operators  %d, %s absent, %s\n", cfg.Operators, fmtPct(cfg.AbsentFraction), badNote)
	fmt.Fprintf(r.out, "  policy     operator sets %v, %s of weight in each\n\n", cfg.Quorums, fmtBPS(uint64(cfg.ThresholdBPS)))
	fmt.Fprintf(r.out, "%2s  %-19s %9s  %s\n", "#", "step", "time", "result")

	// 1. Operators: addresses, one key per operator set, weights; the snapshot.
	if err := r.step(ctx, "operators", func() ([]string, error) {
		a, err := avssim.New(avssim.Config{AVS: cfg.AVS, Seed: cfg.Seed, Stakes: r.stakes(), Block: cfg.SnapshotBlock})
		if err != nil {
			return nil, err
		}
		r.avs = a
		res.Keys = a.Table().Len()
		return []string{fmt.Sprintf("%d operators with %d BN254 keys (one per operator and operator set), snapshot built with optable.Build",
			len(a.Operators), res.Keys)}, nil
	}); err != nil {
		return err
	}

	// 2. The destination's copy of the snapshot, from the entries' L1 encodings.
	if err := r.step(ctx, "snapshot", func() ([]string, error) {
		t, err := r.rebuild(r.avs.Table())
		if err != nil {
			return nil, err
		}
		res.Table = t
		r.dest = optable.Of(t)
		ref := t.Snapshot()
		lines := []string{
			fmt.Sprintf("%d entries of %d bytes decoded (optable.DecodeEntry) and rebuilt (optable.Build): same root", t.Len(), optable.EntrySize),
			fmt.Sprintf("snapshot block %d, root %s", ref.Block, ref.Root.Hex()),
		}
		var ss []string
		for _, s := range t.Sets() {
			ss = append(ss, fmt.Sprintf("set %d: %d members, weight %s", s.ID, s.Members, fmtInt(s.TotalWeight.Dec())))
		}
		return append(lines, strings.Join(ss, " · ")), nil
	}); err != nil {
		return err
	}
	var err error
	if r.v, err = verifier.New(verifier.Config{Policy: res.Policy}); err != nil {
		return err
	}

	// 3-4. Messages and their commitment.
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

	// 5. Attestation.
	var att attestation.Attestation
	if err := r.step(ctx, "attestation", func() ([]string, error) {
		att = r.attestation(rng, tree)
		res.Digest = att.Digest()
		return []string{fmt.Sprintf("attestation.Digest %s (snapshot block %d root %s, last block %s)",
			short(res.Digest), att.Snapshot.Block, short(att.Snapshot.Root), short(att.LastBlockHash))}, nil
	}); err != nil {
		return err
	}

	// 6. Signing: every present operator signs with each of its keys; one signs wrongly.
	absent := r.pickAbsent()
	res.Absent = len(absent)
	var partials []partial
	if err := r.step(ctx, "signing", func() ([]string, error) {
		var err error
		partials, res.BadOperator, err = r.sign(att, absent, cfg.BadSigner)
		if err != nil {
			return nil, err
		}
		line := fmt.Sprintf("%d operators signed (%d signatures, one per key), %d absent", cfg.Operators-len(absent), len(partials), len(absent))
		if b := res.BadOperator; b >= 0 {
			line += fmt.Sprintf(", operator %d signed the digest of another snapshot", b)
		}
		return []string{line}, nil
	}); err != nil {
		return err
	}

	// 7. Aggregation: check each signature, drop bad ones, aggregate.
	var cert *certificate.Certificate
	if err := r.step(ctx, "aggregation", func() ([]string, error) {
		c, dropped, err := r.aggregate(ctx, att, partials)
		if err != nil {
			return nil, err
		}
		cert = c
		res.Signers = len(partials) - len(dropped)
		lines := []string{fmt.Sprintf("%d signatures checked with bls.Verify, %d dropped; certificate.Aggregate over %d signatures, %d non-signers",
			len(partials), len(dropped), res.Signers, len(c.NonSigners))}
		for _, p := range dropped {
			res.Dropped = append(res.Dropped, p.ID)
			lines = append(lines, fmt.Sprintf("dropped bad signature of operator %d, set %d key %s", p.Operator, p.Set, short(p.ID)))
		}
		return lines, nil
	}); err != nil {
		return err
	}

	// 8-9. Wire encoding.
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

	// 10. Verification.
	if err := r.step(ctx, "verification", func() ([]string, error) {
		res.VerifyErr = r.v.Verify(res.Certificate, r.dest)
		if ss, err := certificate.Signers(res.Table, res.Certificate.Quorums, res.Certificate.NonSigners); err == nil {
			res.Stakes = ss.Quorums
		}
		var qs []string
		for _, s := range res.Stakes {
			qs = append(qs, fmt.Sprintf("set %d signed %s", s.Number, fmtRatio(&s)))
		}
		if res.VerifyErr != nil {
			return []string{"REJECTED: " + res.VerifyErr.Error(), strings.Join(qs, " · ")},
				fmt.Errorf("%w: the honest certificate was rejected: %w", ErrUnexpected, res.VerifyErr)
		}
		return []string{fmt.Sprintf("OK: %s (threshold %s)", strings.Join(qs, " · "), fmtBPS(uint64(cfg.ThresholdBPS)))}, nil
	}); err != nil {
		return err
	}

	// 11. Tampered copies.
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

	// 12. Inclusion proof for one message against the certified root.
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

	// 13-14. More rounds, then batch verification.
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
