package conformance

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strconv"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/abiword"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
)

// The generator's keys and snapshots. Everything derives from fixed strings through
// keccak256, so the vectors are the same on every run and machine.

func itoa(i int) string { return strconv.Itoa(i) }

// operatorAddress is simulated operator i's address.
func operatorAddress(i int) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte("parley conformance operator " + itoa(i))))
}

// operatorKey is operator i's BN254 key for operator set q (one key per operator and
// set, as EigenLayer's KeyRegistrar requires).
func operatorKey(i int, q uint8) *bls.SecretKey {
	k, err := bls.SecretKeyFromBytes(crypto.Keccak256([]byte(fmt.Sprintf("parley conformance key %d/%d", i, q))))
	if err != nil {
		panic(err) // keccak outputs are never zero mod r in practice; a fixed input decides
	}
	return k
}

// member is one operator's membership of one set, with its weight.
type member struct {
	op     int
	set    uint8
	weight uint64
}

// snapshot is a simulated snapshot: its table and the keys of its entries.
type snapshot struct {
	avs     attestation.AVS
	table   *optable.Table
	entries []optable.Entry
	keys    map[optable.OperatorID]*bls.SecretKey
}

// newSnapshot builds the snapshot of the members of sets, sealed at block, in §5's
// order. adjust, if given, may change the entries' weights before the table is built.
func newSnapshot(avs attestation.AVS, block uint64, sets []uint8, members []member, adjust ...func(es []optable.Entry)) (*snapshot, error) {
	s := &snapshot{avs: avs, keys: map[optable.OperatorID]*bls.SecretKey{}}
	for _, m := range members {
		k := operatorKey(m.op, m.set)
		e := optable.NewEntry(m.set, operatorAddress(m.op), m.weight, k.PublicKeyG1(), k.PublicKeyG2())
		s.entries = append(s.entries, e)
		s.keys[e.ID] = k
	}
	sortEntries(s.entries)
	for _, f := range adjust {
		f(s.entries)
	}
	t, err := optable.Build(avs, block, sets, s.entries)
	if err != nil {
		return nil, err
	}
	s.table = t
	return s, nil
}

func sortEntries(es []optable.Entry) {
	slices.SortFunc(es, func(x, y optable.Entry) int {
		if x.SetID != y.SetID {
			return int(x.SetID) - int(y.SetID)
		}
		return x.Operator.Cmp(y.Operator)
	})
}

// uniform returns n operators (from first on) in each of sets with weight 1000+10*i.
func uniform(first, n int, sets ...uint8) []member {
	var out []member
	for i := 0; i < n; i++ {
		for _, q := range sets {
			out = append(out, member{op: first + i, set: q, weight: 1000 + 10*uint64(i)})
		}
	}
	return out
}

// certify has every entry of the listed sets sign att except those absent says, and
// aggregates the certificate.
func (s *snapshot) certify(att attestation.Attestation, quorums []uint8, absent func(e optable.Entry) bool) (*certificate.Certificate, error) {
	digest := att.Digest()
	sigs := map[optable.OperatorID]bls.G1Point{}
	for _, e := range s.table.Entries() {
		if absent != nil && absent(e) {
			continue
		}
		sig, err := s.keys[e.ID].Sign(digest)
		if err != nil {
			return nil, err
		}
		sigs[e.ID] = sig
	}
	return certificate.Aggregate(s.table, att, quorums, sigs)
}

// absentOps is an absent function for the listed operators (in every set).
func absentOps(ops ...int) func(e optable.Entry) bool {
	return func(e optable.Entry) bool {
		for _, i := range ops {
			if e.Operator == operatorAddress(i) {
				return true
			}
		}
		return false
	}
}

// attestationOn returns an attestation of source chain 901 blocks from..from+9 against
// the snapshot.
func (s *snapshot) attestationOn(from uint64) attestation.Attestation {
	return attestation.Attestation{
		AVS: s.avs, SourceChainID: 901, FromBlock: from, ToBlock: from + 9,
		LastBlockHash: crypto.Keccak256Hash([]byte("last block hash " + strconv.FormatUint(from+9, 10))),
		MessageRoot:   crypto.Keccak256Hash([]byte("message root " + strconv.FormatUint(from, 10))),
		Snapshot:      s.table.Snapshot(),
	}
}

// entriesJSON returns a snapshot's entries as vectors list them.
func entriesJSON(es []optable.Entry) []entryJSON {
	out := make([]entryJSON, len(es))
	for i := range es {
		enc := es[i].Encode()
		out[i] = entryJSON{SetID: uint32(es[i].SetID), Entry: enc[:]}
	}
	return out
}

// --- The table publisher's logs (SPEC §8.2, §9.3) ---

func u64Topic(v uint64) common.Hash { return common.BigToHash(new(uint256.Int).SetUint64(v).ToBig()) }

// pageData is abi.encode(uint32 operatorSetId, bytes entries).
func pageData(set uint32, entries []byte) []byte {
	out := make([]byte, 96, 96+abiword.Padded(len(entries)))
	abiword.PutUint(out[0:32], uint64(set))
	abiword.PutUint(out[32:64], 64)
	abiword.PutUint(out[64:96], uint64(len(entries)))
	out = append(out, entries...)
	return append(out, make([]byte, abiword.Padded(len(entries))-len(entries))...)
}

// sealFields is the content of a SnapshotSealed log.
type sealFields struct {
	root  common.Hash
	count uint32
	sets  []byte // (be32(id) || be32(members) || be256(totalWeight))*
	pages []byte // (be64(number) || hash)*
}

// sealOf returns the seal fields of a table, with earlier page blocks pages.
func sealOf(t *optable.Table, pages []optable.PageBlock) sealFields {
	f := sealFields{root: t.Root(), count: uint32(t.Len())}
	for _, s := range t.Sets() {
		f.sets = appendSealSet(f.sets, uint32(s.ID), uint32(s.Members), &s.TotalWeight)
	}
	for _, p := range pages {
		f.pages = appendPageBlock(f.pages, p.Number, p.Hash)
	}
	return f
}

func appendSealSet(b []byte, id, members uint32, weight *uint256.Int) []byte {
	b = binary.BigEndian.AppendUint32(b, id)
	b = binary.BigEndian.AppendUint32(b, members)
	w := weight.Bytes32()
	return append(b, w[:]...)
}

func appendPageBlock(b []byte, number uint64, hash common.Hash) []byte {
	b = binary.BigEndian.AppendUint64(b, number)
	return append(b, hash[:]...)
}

// bytesTail is a `bytes` tail: length word, bytes, zero padding.
func bytesTail(b []byte) []byte {
	out := make([]byte, 32, 32+abiword.Padded(len(b)))
	abiword.PutUint(out, uint64(len(b)))
	out = append(out, b...)
	return append(out, make([]byte, abiword.Padded(len(b))-len(b))...)
}

// data is abi.encode(bytes32 root, uint32 entryCount, bytes sets, bytes pages).
func (f sealFields) data() []byte {
	head := make([]byte, 128)
	copy(head[0:32], f.root[:])
	abiword.PutUint(head[32:64], uint64(f.count))
	a, b := bytesTail(f.sets), bytesTail(f.pages)
	abiword.PutUint(head[64:96], 128)
	abiword.PutUint(head[96:128], uint64(128+len(a)))
	return append(append(head, a...), b...)
}

// pagesOf splits a table's entries into pages of at most per entries, one set each.
func pagesOf(t *optable.Table, per int) []optable.Page { return t.Pages(per) }

// --- Points outside the rules (SPEC §4) ---

// g2NotInGroup is the encoding of a point on BN254's twist outside the order-r
// subgroup.
func g2NotInGroup() [bls.G2Size]byte {
	var e bn254.E2
	e.A0.SetUint64(7)
	j := bn254.GeneratePointNotInG2(e)
	var p bn254.G2Affine
	p.FromJacobian(&j)
	return bls.G2FromAffine(p).Bytes()
}

// fieldModulus is BN254's base-field modulus p as a word.
func fieldModulus() [32]byte {
	var w [32]byte
	fp.Modulus().FillBytes(w[:])
	return w
}
