package sim

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/message"
	"github.com/parley-xyz/parley/interop/msgtree"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
)

// stakes assigns each operator a random non-empty subset of the operator sets
// (operator i < len(sets) is always in set i, so no set is empty) with its own weight
// in each, 1,000..100,000 units.
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

// rebuild is the destination's view of a snapshot: it encodes every entry as the
// publisher's pages carry it (224 bytes), decodes each strictly and rebuilds the
// table, which must be the same snapshot with the same sets.
func (r *runner) rebuild(t *optable.Table) (*optable.Table, error) {
	entries := make([]optable.Entry, 0, t.Len())
	for _, e := range t.Entries() {
		enc := e.Encode()
		d, err := optable.DecodeEntry(uint32(e.SetID), enc[:])
		if err != nil {
			return nil, fmt.Errorf("%w: entry does not decode: %w", ErrUnexpected, err)
		}
		entries = append(entries, d)
	}
	dest, err := optable.Build(t.AVS(), t.Snapshot().Block, t.SetIDs(), entries)
	if err != nil {
		return nil, fmt.Errorf("%w: snapshot does not rebuild: %w", ErrUnexpected, err)
	}
	if dest.Snapshot() != t.Snapshot() {
		return nil, fmt.Errorf("%w: rebuilt snapshot %s, want %s", ErrUnexpected, dest.Snapshot(), t.Snapshot())
	}
	for i, s := range dest.Sets() {
		w := t.Sets()[i]
		if s.ID != w.ID || s.Members != w.Members || !s.TotalWeight.Eq(&w.TotalWeight) || !s.ApkG2.Equal(w.ApkG2) {
			return nil, fmt.Errorf("%w: rebuilt set %d differs", ErrUnexpected, s.ID)
		}
	}
	return dest, nil
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

// attestation builds the attestation of a committed range against the snapshot.
func (r *runner) attestation(rng msgtree.Range, tree *msgtree.Tree) attestation.Attestation {
	return attestation.Attestation{
		AVS:           r.cfg.AVS,
		SourceChainID: rng.ChainID,
		FromBlock:     rng.From,
		ToBlock:       rng.To,
		LastBlockHash: r.headers[len(r.headers)-1].Hash(),
		MessageRoot:   tree.Root(),
		Snapshot:      r.avs.Snapshot(),
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

// partial is one signature as the aggregator receives it: an operator's signature
// with its key for one operator set.
type partial struct {
	Operator int // index in the AVS's operators
	Set      uint8
	ID       optable.OperatorID // the key's id
	Sig      bls.G1Point
}

// sign has every present operator sign att's digest with each of its keys. With bad
// set, one present operator (returned; -1 if none) signs the digest of the same
// attestation against another snapshot instead, as a buggy or stale operator would.
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
			wrong.Snapshot.Block++
			d = wrong.Digest()
		}
		sets := make([]uint8, 0, len(op.Keys))
		for q := range op.Keys {
			sets = append(sets, q)
		}
		slices.Sort(sets)
		for _, q := range sets {
			sig, err := op.Keys[q].Sign(d)
			if err != nil {
				return nil, 0, err
			}
			out = append(out, partial{Operator: i, Set: q, ID: op.ID(q), Sig: sig})
		}
	}
	return out, badIndex, nil
}

// aggregate is the aggregator: it checks every signature against its key's G2 key in
// the snapshot (in parallel), drops the bad ones and unknown keys, and aggregates the
// rest. It returns the dropped signatures.
func (r *runner) aggregate(ctx context.Context, att attestation.Attestation, partials []partial) (*certificate.Certificate, []partial, error) {
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
				e, known := table.Entry(partials[i].ID)
				ok[i] = known && bls.Verify(e.PubkeyG2, digest, partials[i].Sig)
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	sigs := make(map[optable.OperatorID]bls.G1Point, len(partials))
	var dropped []partial
	for i, p := range partials {
		if ok[i] {
			sigs[p.ID] = p.Sig
		} else {
			dropped = append(dropped, p)
		}
	}
	c, err := certificate.Aggregate(table, att, r.cfg.Quorums, sigs)
	if err != nil {
		return nil, dropped, err
	}
	return c, dropped, nil
}

// Names of the tampered copies.
const (
	TamperRoot      = "flipped message root"
	TamperChain     = "replayed for another source chain"
	TamperAVS       = "replayed to another AVS"
	TamperSnapshot  = "another snapshot block"
	TamperNonSigner = "non-signer hidden"
	TamperSigma     = "corrupted sigma"
)

// tamper makes tampered copies of an encoded certificate and returns the verifier's
// verdict on each, against the destination's table.
func (r *runner) tamper(enc []byte) []Rejection {
	var out []Rejection
	check := func(name string, b []byte) {
		c, err := certificate.Decode(b)
		if err == nil {
			err = r.v.Verify(c, r.dest)
		}
		out = append(out, Rejection{Name: name, Err: err})
	}
	// Head words (SPEC §6): 0..8 the attestation (l1ChainId, avs, sourceChainId,
	// fromBlock, toBlock, lastBlockHash, messageRoot, snapshotBlock, snapshotRoot),
	// 9 the quorums' offset, 10..11 sigma.
	word := func(b []byte, i int) []byte { return b[32*i : 32*i+32] }

	b := slices.Clone(enc)
	word(b, 6)[31] ^= 1
	check(TamperRoot, b)

	b = slices.Clone(enc)
	word(b, 2)[31] ^= 1
	check(TamperChain, b)

	b = slices.Clone(enc)
	word(b, 1)[31] ^= 1
	check(TamperAVS, b)

	b = slices.Clone(enc)
	word(b, 7)[31] ^= 1
	check(TamperSnapshot, b)

	if c, err := certificate.Decode(enc); err == nil && len(c.NonSigners) > 0 {
		c.NonSigners = c.NonSigners[1:]
		check(TamperNonSigner, c.Encode())
	}

	b = slices.Clone(enc)
	word(b, 10)[31] ^= 1
	check(TamperSigma, b)
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
	honestErrs := fresh().VerifyBatch(honest, r.dest)
	honestTime := time.Since(t0)
	t0 = time.Now()
	r.res.BatchErrs = fresh().VerifyBatch(certs, r.dest)
	mixedTime := time.Since(t0)
	v1 := fresh()
	t0 = time.Now()
	for _, c := range certs {
		_ = v1.Verify(c, r.dest)
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
