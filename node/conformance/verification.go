package conformance

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
)

type thresholdJSON struct {
	Quorum uint32 `json:"quorum"`
	BPS    uint32 `json:"bps"`
}

type policyJSON struct {
	AVS        avsJSON         `json:"avs"`
	Thresholds []thresholdJSON `json:"thresholds"`
}

func (j policyJSON) policy() (verifier.Policy, error) {
	p := verifier.Policy{AVS: j.AVS.avs()}
	for _, t := range j.Thresholds {
		if t.Quorum > math.MaxUint8 || t.BPS > math.MaxUint16 {
			return p, fmt.Errorf("threshold %+v does not fit the Go API", t)
		}
		p.Thresholds = append(p.Thresholds, verifier.Threshold{Quorum: uint8(t.Quorum), BPS: uint16(t.BPS)})
	}
	return p, p.Validate()
}

func thresholds(bps uint32, quorums ...uint8) []thresholdJSON {
	out := []thresholdJSON{}
	for _, q := range quorums {
		out = append(out, thresholdJSON{Quorum: uint32(q), BPS: bps})
	}
	return out
}

type verificationInput struct {
	Policy       policyJSON      `json:"policy"`
	Snapshots    []snapshotJSON  `json:"snapshots"`
	Certificates []hexutil.Bytes `json:"certificates"`
}

type verificationExpected struct {
	Results []outcome `json:"results"`
}

func verificationArea() *area {
	return &area{
		file:     "verification.json",
		spec:     "SPEC §7 (interop/verifier)",
		kinds:    map[string]evaluator{"verify": eval(evalVerification)},
		generate: genVerification,
	}
}

// evalVerification decodes each certificate (SPEC §6: a certificate that does not
// decode is rejected by rule 1) and verifies the others against the snapshots, one at a
// time and as one batch; the two must agree (SPEC §7's last paragraph).
func evalVerification(in *verificationInput) (verificationExpected, error) {
	policy, err := in.Policy.policy()
	if err != nil {
		return verificationExpected{}, err
	}
	var tables []*optable.Table
	for i := range in.Snapshots {
		t, invalid, err := in.Snapshots[i].build()
		if err == nil {
			err = invalid
		}
		if err != nil {
			return verificationExpected{}, fmt.Errorf("snapshot %d: %w", i, err)
		}
		tables = append(tables, t)
	}
	src := optable.Of(tables...)
	if len(src) != len(tables) {
		return verificationExpected{}, errors.New("two snapshots with the same (block, root)")
	}
	single, err := verifier.New(verifier.Config{Policy: policy})
	if err != nil {
		return verificationExpected{}, err
	}
	batch, err := verifier.New(verifier.Config{Policy: policy, HashCacheSize: -1, SignerCacheSize: -1})
	if err != nil {
		return verificationExpected{}, err
	}
	results := make([]error, len(in.Certificates))
	var decoded []*certificate.Certificate
	var at []int
	for i, raw := range in.Certificates {
		c, err := certificate.Decode(raw)
		if err != nil {
			results[i] = err
			continue
		}
		results[i] = single.Verify(c, src)
		decoded = append(decoded, c)
		at = append(at, i)
	}
	for j, err := range batch.VerifyBatch(decoded, src) {
		a, b := ruleIDs(results[at[j]]), ruleIDs(err)
		if (results[at[j]] == nil) != (err == nil) || !slices.Equal(a, b) {
			return verificationExpected{}, fmt.Errorf("certificate %d: batch gives %v, single %v", at[j], err, results[at[j]])
		}
	}
	out := verificationExpected{Results: []outcome{}}
	for _, err := range results {
		o, err := outcomeOf(err)
		if err != nil {
			return verificationExpected{}, err
		}
		out.Results = append(out.Results, o)
	}
	return out, nil
}

func genVerification(b *builder) {
	g := &verificationGen{b: b}
	g.generate()
}

type verificationGen struct{ b *builder }

// snap builds a snapshot or fails the builder.
func (g *verificationGen) snap(block uint64, sets []uint8, members []member, adjust ...func([]optable.Entry)) *snapshot {
	s, err := newSnapshot(sampleAVS, block, sets, members, adjust...)
	g.b.fail(err)
	return s
}

func (g *verificationGen) cert(s *snapshot, att attestation.Attestation, quorums []uint8, absent func(optable.Entry) bool) *certificate.Certificate {
	c, err := s.certify(att, quorums, absent)
	g.b.fail(err)
	return c
}

func (g *verificationGen) add(name string, policy policyJSON, snaps []*snapshot, certs ...*certificate.Certificate) {
	if g.b.err != nil {
		return
	}
	in := verificationInput{Policy: policy, Snapshots: []snapshotJSON{}, Certificates: []hexutil.Bytes{}}
	for _, s := range snaps {
		in.Snapshots = append(in.Snapshots, snapshotOf(s))
	}
	for _, c := range certs {
		in.Certificates = append(in.Certificates, c.Encode())
	}
	g.b.add(name, "verify", in)
}

func policyOf(avs attestation.AVS, th []thresholdJSON) policyJSON {
	return policyJSON{AVS: avsOf(avs), Thresholds: th}
}

// mutated returns a copy of c changed by f.
func mutated(c *certificate.Certificate, f func(c *certificate.Certificate)) *certificate.Certificate {
	d := *c
	d.Quorums = slices.Clone(c.Quorums)
	d.NonSigners = slices.Clone(c.NonSigners)
	f(&d)
	return &d
}

func (g *verificationGen) generate() {
	// The main fixture: eight operators in set 0, a 2/3 threshold.
	s := g.snap(5_000_000, []uint8{0}, uniform(0, 8, 0))
	if g.b.err != nil {
		return
	}
	pol := policyOf(sampleAVS, thresholds(6667, 0))
	src := []*snapshot{s}
	att := s.attestationOn(1000)
	valid := g.cert(s, att, []uint8{0}, absentOps(0))
	absent2 := g.cert(s, att, []uint8{0}, absentOps(0, 3))
	if g.b.err != nil {
		return
	}
	g.add("accepted: one of eight absent", pol, src, valid)
	g.add("accepted: all eight signed", pol, src, g.cert(s, att, []uint8{0}, nil))
	g.add("accepted: two of eight absent (6/8 of the weight ≥ 2/3)", pol, src, absent2)

	// Tampering with each signed field breaks the signature.
	for _, m := range []struct {
		name string
		f    func(c *certificate.Certificate)
	}{
		{"sourceChainId", func(c *certificate.Certificate) { c.Attestation.SourceChainID++ }},
		{"fromBlock", func(c *certificate.Certificate) { c.Attestation.FromBlock++ }},
		{"toBlock", func(c *certificate.Certificate) { c.Attestation.ToBlock++ }},
		{"lastBlockHash", func(c *certificate.Certificate) { c.Attestation.LastBlockHash[3] ^= 1 }},
		{"messageRoot", func(c *certificate.Certificate) { c.Attestation.MessageRoot[31] ^= 1 }},
	} {
		g.add("rejected: "+m.name+" changed after signing", pol, src, mutated(valid, m.f))
	}
	g.add("rejected: l1ChainId of another AVS", pol, src, mutated(valid, func(c *certificate.Certificate) { c.Attestation.AVS.L1ChainID++ }))
	g.add("rejected: avs address of another AVS", pol, src, mutated(valid, func(c *certificate.Certificate) { c.Attestation.AVS.Address[0] ^= 1 }))
	g.add("rejected: snapshotBlock not in the source", pol, src, mutated(valid, func(c *certificate.Certificate) { c.Attestation.Snapshot.Block++ }))
	g.add("rejected: snapshotRoot not in the source", pol, src, mutated(valid, func(c *certificate.Certificate) { c.Attestation.Snapshot.Root[0] ^= 1 }))
	g.add("rejected: fromBlock after toBlock", pol, src, mutated(valid, func(c *certificate.Certificate) { c.Attestation.FromBlock = c.Attestation.ToBlock + 1 }))
	other := g.cert(s, s.attestationOn(2000), []uint8{0}, absentOps(0))
	if g.b.err != nil {
		return
	}
	g.add("rejected: the signature of another attestation", pol, src, mutated(valid, func(c *certificate.Certificate) { c.Sigma = other.Sigma }))
	g.add("rejected: sigma plus the generator", pol, src, mutated(valid, func(c *certificate.Certificate) {
		var sum bls.G1Sum
		sum.Add(c.Sigma)
		sum.Add(bls.G1Generator())
		c.Sigma = sum.Point()
	}))
	g.add("rejected: sigma at infinity", pol, src, mutated(valid, func(c *certificate.Certificate) { c.Sigma = bls.G1Point{} }))
	g.add("rejected: apkG2 at infinity", pol, src, mutated(valid, func(c *certificate.Certificate) { c.ApkG2 = bls.G2Point{} }))
	set0, _ := s.table.Set(0)
	g.add("rejected: apkG2 of the whole set (the non-signer's key included)", pol, src, mutated(valid, func(c *certificate.Certificate) { c.ApkG2 = set0.ApkG2 }))
	g.add("rejected: a non-signer hidden", pol, src, mutated(absent2, func(c *certificate.Certificate) { c.NonSigners = c.NonSigners[1:] }))
	hidden := mutated(absent2, func(c *certificate.Certificate) { c.NonSigners = c.NonSigners[1:] })
	ss, err := certificate.Signers(s.table, hidden.Quorums, hidden.NonSigners)
	g.b.fail(err)
	if g.b.err != nil {
		return
	}
	hidden.ApkG2 = ss.ApkG2
	g.add("rejected: a non-signer hidden, apkG2 to match", pol, src, hidden)
	g.add("rejected: a non-signer twice", pol, src, mutated(absent2, func(c *certificate.Certificate) { c.NonSigners = append(c.NonSigners, c.NonSigners[1]) }))
	g.add("rejected: non-signers descending", pol, src, mutated(absent2, func(c *certificate.Certificate) {
		c.NonSigners[0], c.NonSigners[1] = c.NonSigners[1], c.NonSigners[0]
	}))
	g.add("rejected: a non-signer not in the snapshot", pol, src, mutated(valid, func(c *certificate.Certificate) {
		c.NonSigners = append(c.NonSigners, common.HexToHash("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"))
	}))
	g.add("rejected: no quorums", pol, src, mutated(valid, func(c *certificate.Certificate) { c.Quorums = nil }))
	g.add("rejected: a quorum the policy does not list", pol, src, mutated(valid, func(c *certificate.Certificate) { c.Quorums = []uint8{1} }))
	g.add("rejected: one of the policy's two quorums", policyOf(sampleAVS, thresholds(6667, 0, 1)), src, valid)
	g.add("rejected: the policy's quorum is not in the snapshot", policyOf(sampleAVS, thresholds(6667, 5)), src,
		mutated(valid, func(c *certificate.Certificate) { c.Quorums = []uint8{5}; c.NonSigners = nil }))
	var all []optable.OperatorID
	for _, e := range s.table.Entries() {
		all = append(all, e.ID)
	}
	slices.SortFunc(all, func(a, b optable.OperatorID) int { return a.Cmp(b) })
	g.add("rejected: every member a non-signer", pol, src, mutated(valid, func(c *certificate.Certificate) { c.NonSigners = all }))
	g.add("rejected: below the threshold (3 of 8 absent)", pol, src, g.cert(s, att, []uint8{0}, absentOps(0, 1, 2)))

	// A listed set without members.
	empty := g.snap(5_000_000, []uint8{0, 3}, uniform(0, 4, 0))
	if g.b.err != nil {
		return
	}
	ec := g.cert(empty, empty.attestationOn(1000), []uint8{0}, nil)
	if g.b.err != nil {
		return
	}
	g.add("rejected: a listed set without members", policyOf(sampleAVS, thresholds(5000, 0, 3)), []*snapshot{empty},
		mutated(ec, func(c *certificate.Certificate) { c.Quorums = []uint8{0, 3} }))

	// A non-signer of a set the certificate does not list.
	two := g.snap(5_000_000, []uint8{0, 1}, append(uniform(0, 5, 0), member{5, 1, 500}))
	if g.b.err != nil {
		return
	}
	tc := g.cert(two, two.attestationOn(1000), []uint8{0}, nil)
	if g.b.err != nil {
		return
	}
	g.add("rejected: a non-signer of an unlisted set", policyOf(sampleAVS, thresholds(5000, 0)), []*snapshot{two},
		mutated(tc, func(c *certificate.Certificate) {
			c.NonSigners = []optable.OperatorID{optable.IDOf(operatorKey(5, 1).PublicKeyG1())}
		}))

	// Several quorums with overlapping members (SPEC §7 step 5: each key counts once).
	multi := g.snap(5_000_000, []uint8{0, 1, 2}, []member{
		{0, 0, 100}, {0, 1, 50}, {1, 0, 100}, {2, 1, 70}, {2, 2, 5}, {3, 0, 10}, {3, 1, 10}, {3, 2, 10}, {4, 2, 40}, {5, 0, 300}, {5, 2, 1},
	})
	if g.b.err != nil {
		return
	}
	mp := policyOf(sampleAVS, thresholds(5000, 0, 1, 2))
	matt := multi.attestationOn(3000)
	for _, c := range []struct {
		name   string
		absent []int
	}{{"none", nil}, {"operator 3 (in all three sets)", []int{3}}, {"operators 1 and 3", []int{1, 3}}} {
		g.add("accepted: three overlapping quorums, absent: "+c.name, mp, []*snapshot{multi}, g.cert(multi, matt, []uint8{0, 1, 2}, absentOps(c.absent...)))
	}
	g.add("rejected: three overlapping quorums, set 1 below half (operators 0 and 2 absent)", mp, []*snapshot{multi}, g.cert(multi, matt, []uint8{0, 1, 2}, absentOps(0, 2)))

	// Thresholds at their boundaries (SPEC §7 step 6: exact integers).
	for _, c := range []struct {
		name    string
		weights []uint64
		absent  []int
		bps     uint32
	}{
		{"exactly 80% at 8000 bps", []uint64{6000, 2000, 1000, 1000}, []int{2, 3}, 8000},
		{"one unit below 80% at 8000 bps", []uint64{5999, 2000, 1000, 1001}, []int{2, 3}, 8000},
		{"2 of 3 at 6667 bps (a floored division would accept)", []uint64{1, 1, 1}, []int{0}, 6667},
		{"2 of 3 at 6666 bps", []uint64{1, 1, 1}, []int{0}, 6666},
		{"all signed at 10000 bps", []uint64{5, 7, 9}, nil, 10000},
		{"one absent at 10000 bps", []uint64{5, 7, 9}, []int{1}, 10000},
		{"signers hold no weight, 0 bps", []uint64{0, 0, 9}, []int{2}, 0},
		{"some weight signed, 0 bps", []uint64{1, 0, 9}, []int{2}, 0},
		{"64-bit weights at 9999 bps", []uint64{math.MaxUint64, math.MaxUint64, 1}, []int{2}, 9999},
	} {
		var ms []member
		for i, w := range c.weights {
			ms = append(ms, member{10 + i, 0, w})
		}
		ts := g.snap(6_000_000, []uint8{0}, ms)
		if g.b.err != nil {
			return
		}
		g.add("threshold: "+c.name, policyOf(sampleAVS, thresholds(c.bps, 0)), []*snapshot{ts}, g.cert(ts, ts.attestationOn(4000), []uint8{0}, absentOps(offset(10, c.absent)...)))
	}
	// 96-bit weights: three members of 2^96-1, 2^96-1 and 1; the last one absent.
	max96 := new(uint256.Int).Sub(new(uint256.Int).Lsh(uint256.NewInt(1), 96), uint256.NewInt(1))
	big := g.snap(6_000_001, []uint8{0}, []member{{20, 0, 1}, {21, 0, 1}, {22, 0, 1}}, func(es []optable.Entry) {
		for i := range es {
			if es[i].Operator != operatorAddress(22) {
				es[i].Weight = *max96
			}
		}
	})
	if g.b.err != nil {
		return
	}
	bigAtt := big.attestationOn(4100)
	for _, c := range []struct {
		name   string
		bps    uint32
		absent []int
	}{
		{"96-bit weights, the weight-1 member absent at 10000 bps", 10000, []int{22}},
		{"96-bit weights, the weight-1 member absent at 9999 bps", 9999, []int{22}},
		{"96-bit weights, a 2^96-1 member absent at 5000 bps (just above half)", 5000, []int{20}},
	} {
		g.add("threshold: "+c.name, policyOf(sampleAVS, thresholds(c.bps, 0)), []*snapshot{big}, g.cert(big, bigAtt, []uint8{0}, absentOps(c.absent...)))
	}

	// Snapshots: a certificate is checked against exactly the snapshot it names.
	newer := g.snap(5_000_100, []uint8{0}, []member{{0, 0, 5000}, {1, 0, 5001}, {2, 0, 5002}, {3, 0, 5003}, {4, 0, 5004}, {5, 0, 5005}, {6, 0, 5006}, {7, 0, 5007}})
	if g.b.err != nil {
		return
	}
	both := []*snapshot{s, newer}
	g.add("accepted: the older of two snapshots in the source", pol, both, valid)
	g.add("rejected: relabelled to a newer snapshot of the same keys", pol, both, mutated(valid, func(c *certificate.Certificate) { c.Attestation.Snapshot = newer.table.Snapshot() }))
	g.add("rejected: the snapshot is not in the source", pol, []*snapshot{newer}, valid)
	otherAVS := attestation.AVS{L1ChainID: sampleAVS.L1ChainID, Address: common.HexToAddress("0x0000000000000000000000000000000000000b0b")}
	stranger, err := newSnapshot(otherAVS, 5_000_000, []uint8{0}, uniform(0, 8, 0))
	g.b.fail(err)
	if g.b.err != nil {
		return
	}
	g.add("rejected: the source's table with that (block, root) is another AVS's", pol, []*snapshot{stranger}, valid)
	relabelled := g.cert(stranger, stranger.attestationOn(1000), []uint8{0}, absentOps(0))
	g.add("rejected: a certificate of another AVS with the same keys", pol, []*snapshot{s}, relabelled)
	g.add("rejected: another AVS's certificate relabelled to this AVS", pol, []*snapshot{s}, mutated(relabelled, func(c *certificate.Certificate) { c.Attestation.AVS = sampleAVS }))

	// Batches: the results are those of verifying each certificate alone.
	var batch []*certificate.Certificate
	for i := uint64(0); i < 11; i++ {
		c := g.cert(s, s.attestationOn(10_000+100*i), []uint8{0}, absentOps(int(i%3)))
		if g.b.err != nil {
			return
		}
		switch i {
		case 2, 7:
			c = mutated(c, func(c *certificate.Certificate) { c.Attestation.LastBlockHash[0] ^= 1 })
		case 5:
			c = mutated(c, func(c *certificate.Certificate) { c.Quorums = []uint8{3} })
		}
		batch = append(batch, c)
	}
	g.add("batch: eleven certificates, two bad signatures, one wrong quorum", pol, src, batch...)
	g.add("batch: empty", pol, src)
	g.add("batch: four valid certificates of three signer sets", pol, src, valid, absent2, g.cert(s, s.attestationOn(7000), []uint8{0}, nil), g.cert(s, s.attestationOn(8000), []uint8{0}, absentOps(0)))
	g.add("batch: two snapshots, one certificate against each", pol, both, valid, g.cert(newer, newer.attestationOn(9000), []uint8{0}, absentOps(5)))
	g.add("batch: the same certificate twice", pol, src, valid, valid)
	g.add("batch: every certificate invalid", pol, src, mutated(valid, func(c *certificate.Certificate) { c.Attestation.ToBlock++ }), mutated(absent2, func(c *certificate.Certificate) { c.Attestation.FromBlock-- }))
	g.add("batch: two bad signatures that cancel in a naive sum", pol, src, swapSigmas(valid, other)...)
}

// swapSigmas returns a and b with their signatures exchanged: each is invalid alone,
// while an unweighted sum of the two checks would pass.
func swapSigmas(a, b *certificate.Certificate) []*certificate.Certificate {
	return []*certificate.Certificate{
		mutated(a, func(c *certificate.Certificate) { c.Sigma = b.Sigma }),
		mutated(b, func(c *certificate.Certificate) { c.Sigma = a.Sigma }),
	}
}

func offset(base int, is []int) []int {
	out := make([]int, len(is))
	for i, x := range is {
		out[i] = base + x
	}
	return out
}
