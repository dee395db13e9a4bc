package avs_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/avs"
	"github.com/parley-xyz/parley/node/avs/bindings"
)

// slashWads is the fraction the tests' slasher takes per offence: a quarter.
var slashWads = big.NewInt(25e16)

// sign has operator i sign a with its set-0 key.
func (w *world) sign(i int, a attestation.Attestation) avs.SignedAttestation {
	w.t.Helper()
	sig, err := w.ops[i].Keys[0].Sign(a.Digest())
	if err != nil {
		w.t.Fatal(err)
	}
	return avs.SignedAttestation{Attestation: a, Signature: sig, Operator: w.ops[i].Account.Address, SetID: 0}
}

// stakes returns each operator's slashable stake in set 0 now.
func (w *world) stakes() []*big.Int {
	w.t.Helper()
	addrs := make([]common.Address, len(w.ops))
	for i, op := range w.ops {
		addrs[i] = op.Account.Address
	}
	head, err := w.backend.Client().BlockNumber(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	s, err := w.core.MinimumSlashableStake(w.ctx, w.avs.Addresses.Registrar, 0, addrs, nil, uint32(head+1))
	if err != nil {
		w.t.Fatal(err)
	}
	out := make([]*big.Int, len(s))
	for i := range s {
		out[i] = s[i][0]
	}
	return out
}

// TestSlasherOnEigenLayer: ParleySlasher on EigenLayer core v1.8.1's own contracts. Two
// of four operators sign conflicting attestations; evidence against each cuts its
// slashable stake by the configured fraction (and its weight in the next snapshot),
// the honest two are untouched; replays, non-conflicting pairs, forged snapshot entries
// and signatures over other messages are rejected; an operator past its slashable
// window is rejected cleanly. Gas is logged.
func TestSlasherOnEigenLayer(t *testing.T) {
	w := newWorld(t, 4, []avs.SetConfig{{ID: 0, MaxMembers: 8}})
	ctx := w.ctx
	for i, op := range w.ops {
		w.must(w.avs.Join(ctx, op, tokens(int64(1000*(i+1))), uint64(1e18), 0))
	}
	s, err := w.avs.DeploySlasher(ctx, w.owner, slashWads)
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range s.Deployment {
		t.Logf("%-40s %10d gas", tx.Label, tx.Receipt.GasUsed)
	}
	p := w.publish()
	tab := w.table(p)
	att := func(from, to uint64, root byte) attestation.Attestation {
		return attestation.Attestation{AVS: w.avs.ID(), SourceChainID: 901, FromBlock: from, ToBlock: to,
			LastBlockHash: common.Hash{0xb, byte(to)}, MessageRoot: common.Hash{root}, Snapshot: p.Snapshot}
	}
	a1, a2 := att(1, 10, 1), att(5, 14, 2) // overlapping, different roots
	if !attestation.Conflicts(a1, a2) {
		t.Fatal("test attestations do not conflict")
	}
	before := w.stakes()
	opts := &bind.CallOpts{Context: ctx}

	t.Run("conformance with interop", func(t *testing.T) {
		r := rand.New(rand.NewSource(1))
		for i := 0; i < 32; i++ {
			var d [32]byte
			r.Read(d[:])
			if i == 0 {
				d = [32]byte{}
			}
			got, err := s.Contract.HashToG1(opts, d)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := bls.HashToG1(d)
			wb := want.Bytes()
			if got.X.Cmp(new(big.Int).SetBytes(wb[:32])) != 0 || got.Y.Cmp(new(big.Int).SetBytes(wb[32:])) != 0 {
				t.Fatalf("hashToG1(%x): contract (%s, %s), interop/bls %s", d, got.X, got.Y, want)
			}
		}
		enc, err := avs.EncodeSignedAttestation(w.sign(0, a1), tab)
		if err != nil {
			t.Fatal(err)
		}
		if d, err := s.Contract.AttestationDigest(opts, enc.Attestation); err != nil || d != a1.Digest() {
			t.Fatalf("digest: contract %x (%v), interop %s", d, err, a1.Digest())
		}
		if r, err := s.Contract.MembershipRoot(opts, 0, enc.Member); err != nil || r != p.Root {
			t.Fatalf("membership root: contract %x (%v), snapshot %s", r, err, p.Root)
		}
	})

	// Operators 1 and 2 equivocate; 0 and 3 sign a1 only.
	var evidence [2]avs.Evidence
	t.Run("equivocators are slashed", func(t *testing.T) {
		for k, i := range []int{1, 2} {
			ev, err := avs.EquivocationEvidence(w.sign(i, a1), w.sign(i, a2), tab, tab)
			if err != nil {
				t.Fatal(err)
			}
			evidence[k] = ev
			verifyGas := w.estimate(s, "verifyEquivocation", ev)
			tx, err := s.Submit(ctx, w.outsider, ev) // anyone may submit
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("slashEquivocation (operator %d): %d gas in all; verifyEquivocation alone: %d gas (eth_estimateGas, incl. 21000 and calldata)", i, tx.Receipt.GasUsed, verifyGas)
		}
		after := w.stakes()
		for i := range w.ops {
			want := new(big.Int).Set(before[i])
			if i == 1 || i == 2 {
				cut := new(big.Int).Mul(before[i], slashWads)
				want.Sub(want, cut.Div(cut, avs.WAD))
			}
			if after[i].Cmp(want) != 0 {
				t.Errorf("operator %d: slashable stake %s → %s, want %s", i, before[i], after[i], want)
			}
		}
	})

	t.Run("replay", func(t *testing.T) {
		if _, err := s.Submit(ctx, w.outsider, evidence[0]); revertName(err) != "AlreadySlashed" {
			t.Fatalf("replayed evidence: %v", err)
		}
		swapped := avs.Evidence{SetID: 0, A: evidence[0].B, B: evidence[0].A}
		if _, err := s.Submit(ctx, w.outsider, swapped); revertName(err) != "AlreadySlashed" {
			t.Fatalf("replayed evidence in the other order: %v", err)
		}
	})

	t.Run("non-conflicting pairs", func(t *testing.T) {
		for name, tc := range map[string]struct {
			b    attestation.Attestation
			want string
		}{
			"adjacent":  {att(11, 20, 3), "RangesDoNotOverlap"},
			"identical": {a1, "IdenticalAttestations"},
			"other source chain": {func() attestation.Attestation {
				b := a2
				b.SourceChainID = 902
				return b
			}(), "DifferentSourceChains"},
		} {
			x, y := w.sign(3, a1), w.sign(3, tc.b)
			if _, err := avs.EquivocationEvidence(x, y, tab, tab); !errors.Is(err, avs.ErrNotConflicting) {
				t.Errorf("%s: Go builder: %v", name, err)
			}
			if _, err := s.Submit(ctx, w.outsider, w.rawEvidence(x, y, tab, tab)); revertName(err) != tc.want {
				t.Errorf("%s: contract: %v, want %s", name, err, tc.want)
			}
		}
	})

	t.Run("forged snapshot", func(t *testing.T) {
		x, y := w.sign(3, a1), w.sign(3, a2)
		// An entry claiming ten times the weight, with the genuine proof.
		ev := w.rawEvidence(x, y, tab, tab)
		entry := append([]byte{}, ev.B.Member.Entry...)
		entry[30] ^= 0x10
		ev.B.Member.Entry = entry
		if _, err := s.Submit(ctx, w.outsider, ev); revertName(err) != "InvalidSnapshotProof" {
			t.Fatalf("forged entry: %v", err)
		}
		// A whole forged table (operator 3 with another key), named by the attestation.
		forgedKey := blsKey(t, "forged")
		var es []optable.Entry
		for _, e := range tab.Entries() {
			if e.Operator == w.ops[3].Account.Address {
				e = optable.NewEntry(0, e.Operator, e.Weight.Uint64(), forgedKey.PublicKeyG1(), forgedKey.PublicKeyG2())
			}
			es = append(es, e)
		}
		forged, err := optable.Build(w.avs.ID(), p.Block, []uint8{0}, es)
		if err != nil {
			t.Fatal(err)
		}
		b := a2
		b.Snapshot = forged.Snapshot()
		sig, err := forgedKey.Sign(b.Digest())
		if err != nil {
			t.Fatal(err)
		}
		y = avs.SignedAttestation{Attestation: b, Signature: sig, Operator: w.ops[3].Account.Address}
		if _, err := s.Submit(ctx, w.outsider, w.rawEvidence(x, y, tab, forged)); revertName(err) != "SnapshotRootMismatch" {
			t.Fatalf("forged table: %v", err)
		}
	})

	t.Run("signature over a non-Parley message", func(t *testing.T) {
		x, y := w.sign(3, a1), w.sign(3, a2)
		other := crypto.Keccak256Hash([]byte("not an attestation"))
		sig, err := w.ops[3].Keys[0].Sign(other)
		if err != nil {
			t.Fatal(err)
		}
		y.Signature = sig
		if _, err := avs.EquivocationEvidence(x, y, tab, tab); !errors.Is(err, avs.ErrInvalidSignature) {
			t.Fatalf("Go builder: %v", err)
		}
		ev := w.rawEvidence(x, y, tab, tab)
		if err := s.Verify(ctx, ev); revertName(err) != "InvalidSignature" {
			t.Fatalf("verifyEquivocation: %v", err)
		}
		if _, err := s.Submit(ctx, w.outsider, ev); revertName(err) != "InvalidSignature" {
			t.Fatalf("contract: %v", err)
		}
	})

	t.Run("next snapshot", func(t *testing.T) {
		t2 := w.table(w.publish())
		for i, op := range w.ops {
			j, ok := t2.Find(op.Account.Address, 0)
			k, _ := tab.Find(op.Account.Address, 0)
			if !ok {
				t.Fatalf("operator %d left the snapshot", i)
			}
			was, now := tab.Entries()[k].Weight.ToBig(), t2.Entries()[j].Weight.ToBig()
			want := new(big.Int).Set(was)
			if i == 1 || i == 2 {
				want.Sub(want, new(big.Int).Div(new(big.Int).Mul(was, slashWads), avs.WAD))
			}
			if now.Cmp(want) != 0 {
				t.Errorf("operator %d: weight %s → %s, want %s", i, was, now, want)
			}
		}
	})

	t.Run("exited past the slashable window", func(t *testing.T) {
		// Operator 0 equivocates, then leaves; with DEALLOCATION_DELAY 0 it is slashable
		// only in the block it left in.
		ev, err := avs.EquivocationEvidence(w.sign(0, att(100, 110, 7)), w.sign(0, att(110, 120, 8)), tab, tab)
		if err != nil {
			t.Fatal(err)
		}
		w.must(w.avs.Leave(ctx, w.ops[0].Account, 0))
		if err := w.core.Chain.Mine(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Submit(ctx, w.outsider, ev); revertName(err) != "OperatorNotSlashable" {
			t.Fatalf("evidence against an exited operator: %v", err)
		}
	})
}

// rawEvidence encodes two signed attestations as they are, without the Go checks.
func (w *world) rawEvidence(x, y avs.SignedAttestation, tx, ty *optable.Table) avs.Evidence {
	w.t.Helper()
	a, err := avs.EncodeSignedAttestation(x, tx)
	if err != nil {
		w.t.Fatal(err)
	}
	b, err := avs.EncodeSignedAttestation(y, ty)
	if err != nil {
		w.t.Fatal(err)
	}
	return avs.Evidence{SetID: uint32(x.SetID), A: a, B: b}
}

// estimate returns eth_estimateGas of a slasher method called with evidence.
func (w *world) estimate(s *avs.Slasher, method string, ev avs.Evidence) uint64 {
	w.t.Helper()
	parsed, err := bindings.ParleySlasherMetaData.GetAbi()
	if err != nil {
		w.t.Fatal(err)
	}
	data, err := parsed.Pack(method, ev.SetID, ev.A, ev.B)
	if err != nil {
		w.t.Fatal(err)
	}
	g, err := w.backend.Client().EstimateGas(context.Background(), ethereum.CallMsg{From: w.outsider.Address, To: &s.Address, Data: data})
	if err != nil {
		w.t.Fatal(err)
	}
	return g
}

// certifyAtt has the listed operators sign att (set 0) and aggregates a certificate.
func (w *world) certifyAtt(tab *optable.Table, a attestation.Attestation, signers ...int) *certificate.Certificate {
	w.t.Helper()
	sigs := map[optable.OperatorID]bls.G1Point{}
	for _, i := range signers {
		k := w.ops[i].Keys[0]
		s, err := k.Sign(a.Digest())
		if err != nil {
			w.t.Fatal(err)
		}
		sigs[optable.IDOf(k.PublicKeyG1())] = s
	}
	c, err := certificate.Aggregate(tab, a, []uint8{0}, sigs)
	if err != nil {
		w.t.Fatal(err)
	}
	return c
}

// TestSlasherCertificatesOnEigenLayer: the aggregator posts two certificates over
// conflicting attestations, all four operators signing the first and operators 1 and 2
// the second. Certificate evidence built from the posted bytes slashes exactly 1 and 2
// by the configured fraction; replays and the individual form of the same pair are
// rejected; so are non-conflicting certificates and a forged entry range.
func TestSlasherCertificatesOnEigenLayer(t *testing.T) {
	w := newWorld(t, 4, []avs.SetConfig{{ID: 0, MaxMembers: 8}})
	ctx := w.ctx
	for i, op := range w.ops {
		w.must(w.avs.Join(ctx, op, tokens(int64(1000*(i+1))), uint64(1e18), 0))
	}
	s, err := w.avs.DeploySlasher(ctx, w.owner, slashWads)
	if err != nil {
		t.Fatal(err)
	}
	p := w.publish()
	tab := w.table(p)
	att := func(from, to uint64, root byte) attestation.Attestation {
		return attestation.Attestation{AVS: w.avs.ID(), SourceChainID: 901, FromBlock: from, ToBlock: to,
			LastBlockHash: common.Hash{0xb, byte(to)}, MessageRoot: common.Hash{root}, Snapshot: p.Snapshot}
	}
	a1, a2 := att(1, 10, 1), att(5, 14, 2)
	ca, cb := w.certifyAtt(tab, a1, 0, 1, 2, 3), w.certifyAtt(tab, a2, 1, 2)
	// The aggregator posts both; the watcher reads them back from the inbox's logs.
	var posted []*certificate.Certificate
	for _, c := range []*certificate.Certificate{ca, cb} {
		tx, err := w.avs.Post(ctx, w.submitter, c)
		if err != nil {
			t.Fatal(err)
		}
		ev, err := w.avs.Inbox.ParseCertificatePosted(*tx.Receipt.Logs[len(tx.Receipt.Logs)-1])
		if err != nil {
			t.Fatal(err)
		}
		got, err := certificate.Decode(ev.Certificate)
		if err != nil {
			t.Fatal(err)
		}
		posted = append(posted, got)
	}
	if got := avs.Offenders(0, posted[0], posted[1], tab, tab); len(got) != 2 || got[0] != lower(w.ops[1].Account.Address, w.ops[2].Account.Address) {
		t.Fatalf("offenders %v", got)
	}
	before := w.stakes()
	ev, err := avs.BuildCertificateEvidence(0, posted[0], posted[1], tab, tab)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := s.SubmitCertificateEvidence(ctx, w.outsider, ev)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("slashCertificates (4 + 2 signers of 4, 2 slashed): %d gas", tx.Receipt.GasUsed)
	after := w.stakes()
	for i := range w.ops {
		want := new(big.Int).Set(before[i])
		if i == 1 || i == 2 {
			want.Sub(want, new(big.Int).Div(new(big.Int).Mul(before[i], slashWads), avs.WAD))
		}
		if after[i].Cmp(want) != 0 {
			t.Errorf("operator %d: slashable stake %s → %s, want %s", i, before[i], after[i], want)
		}
	}
	if _, err := s.SubmitCertificateEvidence(ctx, w.outsider, ev); revertName(err) != "NothingToSlash" {
		t.Fatalf("replayed certificate evidence: %v", err)
	}
	if _, err := s.Submit(ctx, w.outsider, w.rawEvidence(w.sign(1, a1), w.sign(1, a2), tab, tab)); revertName(err) != "AlreadySlashed" {
		t.Fatalf("individual evidence of a pair slashed by certificate: %v", err)
	}
	// Not conflicting: adjacent ranges.
	c3 := w.certifyAtt(tab, att(11, 20, 3), 0, 1, 2, 3)
	if _, err := avs.BuildCertificateEvidence(0, ca, c3, tab, tab); !errors.Is(err, avs.ErrNotConflicting) {
		t.Fatalf("Go builder, adjacent: %v", err)
	}
	bad := ev
	bad.B = c3.Encode()
	if _, err := s.SubmitCertificateEvidence(ctx, w.outsider, bad); revertName(err) != "RangesDoNotOverlap" {
		t.Fatalf("adjacent certificates: %v", err)
	}
	// A forged entry range (a weight changed).
	c4 := w.certifyAtt(tab, att(7, 7, 4), 0, 3)
	ev4, err := avs.BuildCertificateEvidence(0, ca, c4, tab, tab)
	if err != nil {
		t.Fatal(err)
	}
	ev4.RangeB.Entries = append([]byte{}, ev4.RangeB.Entries...)
	ev4.RangeB.Entries[25] ^= 1
	if _, err := s.SubmitCertificateEvidence(ctx, w.outsider, ev4); revertName(err) != "InvalidSnapshotProof" {
		t.Fatalf("forged range: %v", err)
	}
}

// lower returns the lower of two addresses.
func lower(x, y common.Address) common.Address {
	if x.Cmp(y) <= 0 {
		return x
	}
	return y
}

// TestSlasherForgeVectors pins the constants of contracts/test/ParleySlasher.t.sol to
// interop/bls: the forge tests' keys, G2 sums and hash-to-curve vectors are this
// package's, so the contract's hashToG1 and pairing checks are cross-checked against
// Go in forge too (and on the simulated chain by TestSlasherOnEigenLayer).
func TestSlasherForgeVectors(t *testing.T) {
	src, err := os.ReadFile("contracts/test/ParleySlasher.t.sol")
	if err != nil {
		t.Fatal(err)
	}
	want := func(what string, b []byte) {
		t.Helper()
		for i := 0; i < len(b); i += 32 {
			w := new(big.Int).SetBytes(b[i : i+32]).String()
			if !strings.Contains(string(src), w) {
				t.Errorf("%s: word %d (%s) is not in the forge test", what, i/32, w)
			}
		}
	}
	var keys []*bls.SecretKey
	for i := 0; i < 4; i++ {
		k, err := bls.SecretKeyFromBytes(crypto.Keccak256([]byte(fmt.Sprint("parley slasher test key ", i))))
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
		sk, g1, g2 := k.Bytes(), k.PublicKeyG1().Bytes(), k.PublicKeyG2().Bytes()
		want(fmt.Sprint("key ", i), append(append(sk[:], g1[:]...), g2[:]...))
	}
	for _, sub := range [][]int{{0, 1, 2}, {1, 2}, {0, 1}} {
		var s bls.G2Sum
		for _, i := range sub {
			s.Add(keys[i].PublicKeyG2())
		}
		b := s.Point().Bytes()
		want(fmt.Sprint("apkG2 of ", sub), b[:])
	}
	var digests [][32]byte
	for _, s := range []string{"a", "b", "c", "d"} {
		d := crypto.Keccak256Hash([]byte("parley hash vector " + s))
		if !strings.Contains(string(src), d.Hex()) {
			t.Errorf("digest %s is not in the forge test", d)
		}
		digests = append(digests, d)
	}
	var ones [32]byte
	for i := range ones {
		ones[i] = 0xff
	}
	for _, d := range append(digests, ones, [32]byte{}) {
		h, ok := bls.HashToG1(d)
		if !ok {
			t.Fatal("no point")
		}
		b := h.Bytes()
		want(fmt.Sprintf("hashToG1(%x)", d), b[:])
	}
}

// TestSlasherCertificatesGas measures certificate evidence with N members in the set
// (default 16; PARLEY_SLASHER_MEMBERS sets it): every member signs A, three quarters
// sign B; the verification alone and the slashing of the intersection in pages of 8.
func TestSlasherCertificatesGas(t *testing.T) {
	n := 16
	if s := os.Getenv("PARLEY_SLASHER_MEMBERS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatal(err)
		}
	}
	w := newWorld(t, n, []avs.SetConfig{{ID: 0, MaxMembers: uint32(n)}})
	ctx := w.ctx
	for i, op := range w.ops {
		w.must(w.avs.Join(ctx, op, tokens(int64(1000+i)), uint64(1e18), 0))
	}
	s, err := w.avs.DeploySlasher(ctx, w.owner, slashWads)
	if err != nil {
		t.Fatal(err)
	}
	p := w.publish()
	tab := w.table(p)
	att := func(from, to uint64, root byte) attestation.Attestation {
		return attestation.Attestation{AVS: w.avs.ID(), SourceChainID: 901, FromBlock: from, ToBlock: to,
			LastBlockHash: common.Hash{0xb, byte(to)}, MessageRoot: common.Hash{root}, Snapshot: p.Snapshot}
	}
	all, most := make([]int, n), make([]int, 0, n)
	for i := range all {
		all[i] = i
		if i < n*3/4 {
			most = append(most, i)
		}
	}
	ca, cb := w.certifyAtt(tab, att(1, 10, 1), all...), w.certifyAtt(tab, att(5, 14, 2), most...)
	ev, err := avs.BuildCertificateEvidence(0, ca, cb, tab, tab)
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := bindings.ParleySlasherMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	data, err := parsed.Pack("verifyCertificates", ev.SetID, ev.A, ev.RangeA, ev.B, ev.RangeB)
	if err != nil {
		t.Fatal(err)
	}
	g, err := w.backend.Client().EstimateGas(ctx, ethereum.CallMsg{From: w.outsider.Address, To: &s.Address, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("verifyCertificates, %d members (%d + %d signers): %d gas (eth_estimateGas, incl. 21000 and %d calldata bytes)", n, len(all), len(most), g, len(data))
	ev.Limit = 8
	slashed := 0
	for slashed < len(most) {
		tx, err := s.SubmitCertificateEvidence(ctx, w.outsider, ev)
		if err != nil {
			t.Fatal(err)
		}
		k := min(8, len(most)-slashed)
		slashed += k
		t.Logf("slashCertificates, %d members, %d slashed: %d gas", n, k, tx.Receipt.GasUsed)
	}
	if _, err := s.SubmitCertificateEvidence(ctx, w.outsider, ev); revertName(err) != "NothingToSlash" {
		t.Fatalf("after the whole intersection: %v", err)
	}
}
