package conformance

import (
	"bytes"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/optable"
)

// entryJSON is one entry of a snapshot: its operator set and its 224 bytes.
type entryJSON struct {
	SetID uint32        `json:"setId"`
	Entry hexutil.Bytes `json:"entry"`
}

// logJSON is a log's topics and data.
type logJSON struct {
	Topics []common.Hash `json:"topics"`
	Data   hexutil.Bytes `json:"data"`
}

// avsJSON is an AVS identity.
type avsJSON struct {
	L1ChainID dec64          `json:"l1ChainId"`
	Address   common.Address `json:"address"`
}

func avsOf(a attestation.AVS) avsJSON {
	return avsJSON{L1ChainID: dec64(a.L1ChainID), Address: a.Address}
}

func (j avsJSON) avs() attestation.AVS {
	return attestation.AVS{L1ChainID: uint64(j.L1ChainID), Address: j.Address}
}

// snapshotJSON is a snapshot as its entries: Build's input.
type snapshotJSON struct {
	AVS     avsJSON     `json:"avs"`
	Block   dec64       `json:"block"`
	SetIDs  []uint32    `json:"setIds"`
	Entries []entryJSON `json:"entries"`
}

func snapshotOf(s *snapshot) snapshotJSON {
	ids := []uint32{}
	for _, q := range s.table.SetIDs() {
		ids = append(ids, uint32(q))
	}
	return snapshotJSON{AVS: avsOf(s.avs), Block: dec64(s.table.Snapshot().Block), SetIDs: ids, Entries: entriesJSON(s.table.Entries())}
}

// build decodes the entries and builds the table; a rule broken is an outcome, a set
// id the Go API cannot hold (above 255) an input error.
func (j *snapshotJSON) build() (*optable.Table, error, error) {
	ids := make([]uint8, len(j.SetIDs))
	for i, q := range j.SetIDs {
		if q > math.MaxUint8 {
			return nil, nil, fmt.Errorf("set id %d does not fit the Go API's uint8", q)
		}
		ids[i] = uint8(q)
	}
	es := make([]optable.Entry, len(j.Entries))
	for i, e := range j.Entries {
		var err error
		if es[i], err = optable.DecodeEntry(e.SetID, e.Entry); err != nil {
			return nil, err, nil
		}
	}
	t, err := optable.Build(j.AVS.avs(), uint64(j.Block), ids, es)
	return t, err, nil
}

// tableJSON summarises a table: its identity and each set's totals and aggregate keys
// (the identity, for a set without members, as zero bytes).
type tableJSON struct {
	Root       common.Hash `json:"root"`
	Block      dec64       `json:"block"`
	EntryCount uint32      `json:"entryCount"`
	Sets       []setJSON   `json:"sets"`
}

type setJSON struct {
	ID          uint32        `json:"id"`
	Members     uint32        `json:"members"`
	TotalWeight decBig        `json:"totalWeight"`
	ApkG1       hexutil.Bytes `json:"apkG1"`
	ApkG2       hexutil.Bytes `json:"apkG2"`
}

func tableOf(t *optable.Table) *tableJSON {
	out := &tableJSON{Root: t.Root(), Block: dec64(t.Snapshot().Block), EntryCount: uint32(t.Len()), Sets: []setJSON{}}
	for _, s := range t.Sets() {
		g1, g2 := s.ApkG1.Bytes(), s.ApkG2.Bytes()
		out.Sets = append(out.Sets, setJSON{ID: uint32(s.ID), Members: uint32(s.Members), TotalWeight: bigOf(&s.TotalWeight), ApkG1: g1[:], ApkG2: g2[:]})
	}
	return out
}

type rootInput struct {
	Entries []entryJSON `json:"entries"`
}

type rootExpected struct {
	Leaves []common.Hash `json:"leaves"`
	Root   common.Hash   `json:"root"`
}

type treeRootInput struct {
	Leaves []common.Hash `json:"leaves"`
}

type treeRootExpected struct {
	Root common.Hash `json:"root"`
}

type entryExpected struct {
	outcome
	Operator *common.Address `json:"operator,omitempty"`
	Weight   *decBig         `json:"weight,omitempty"`
	PubkeyG1 hexutil.Bytes   `json:"pubkeyG1,omitempty"`
	PubkeyG2 hexutil.Bytes   `json:"pubkeyG2,omitempty"`
	ID       *common.Hash    `json:"id,omitempty"`
}

type pageLogExpected struct {
	outcome
	StartBlock *dec64          `json:"startBlock,omitempty"`
	SetID      *uint32         `json:"setId,omitempty"`
	Entries    []hexutil.Bytes `json:"entries,omitempty"`
}

type sealSetJSON struct {
	ID          uint32 `json:"id"`
	Members     uint32 `json:"members"`
	TotalWeight decBig `json:"totalWeight"`
}

type pageBlockJSON struct {
	Number dec64       `json:"number"`
	Hash   common.Hash `json:"hash"`
}

type sealLogExpected struct {
	outcome
	StartBlock *dec64          `json:"startBlock,omitempty"`
	Root       *common.Hash    `json:"root,omitempty"`
	EntryCount *uint32         `json:"entryCount,omitempty"`
	Sets       []sealSetJSON   `json:"sets,omitempty"`
	Pages      []pageBlockJSON `json:"pages,omitempty"`
}

type tableExpected struct {
	outcome
	Table *tableJSON `json:"table,omitempty"`
}

type assembleInput struct {
	AVS       avsJSON   `json:"avs"`
	SealBlock dec64     `json:"sealBlock"`
	Seal      logJSON   `json:"seal"`
	Pages     []logJSON `json:"pages"`
}

func snapshotsArea() *area {
	return &area{
		file: "snapshots.json",
		spec: "SPEC §5, §9.1, §9.3 (interop/optable)",
		kinds: map[string]evaluator{
			"root": eval(evalRoot),
			"treeRoot": eval(func(in *treeRootInput) (treeRootExpected, error) {
				return treeRootExpected{Root: optable.Root(in.Leaves)}, nil
			}),
			"entry":   eval(evalEntry),
			"pageLog": eval(evalPageLog),
			"sealLog": eval(evalSealLog),
			"build": eval(func(in *snapshotJSON) (tableExpected, error) {
				t, invalid, err := in.build()
				if err != nil {
					return tableExpected{}, err
				}
				return tableOutcome(t, invalid)
			}),
			"assemble": eval(evalAssemble),
		},
		constants: func() (any, error) {
			return struct {
				SnapshotPageID   common.Hash `json:"snapshotPageTopic"`
				SnapshotSealedID common.Hash `json:"snapshotSealedTopic"`
				EmptyRoot        common.Hash `json:"emptyRoot"`
			}{optable.SnapshotPageID, optable.SnapshotSealedID, optable.Root(nil)}, nil
		},
		generate: genSnapshots,
	}
}

func tableOutcome(t *optable.Table, invalid error) (tableExpected, error) {
	if invalid != nil {
		o, err := rejected(invalid)
		return tableExpected{outcome: o}, err
	}
	return tableExpected{outcome: accepted, Table: tableOf(t)}, nil
}

func evalRoot(in *rootInput) (rootExpected, error) {
	out := rootExpected{Leaves: []common.Hash{}}
	for _, e := range in.Entries {
		if e.SetID > math.MaxUint8 {
			return rootExpected{}, fmt.Errorf("set id %d does not fit the Go API's uint8", e.SetID)
		}
		out.Leaves = append(out.Leaves, optable.Leaf(uint8(e.SetID), e.Entry))
	}
	out.Root = optable.Root(out.Leaves)
	return out, nil
}

func evalEntry(in *entryJSON) (entryExpected, error) {
	e, err := optable.DecodeEntry(in.SetID, in.Entry)
	if err != nil {
		o, err := rejected(err)
		return entryExpected{outcome: o}, err
	}
	g1, g2 := e.PubkeyG1.Bytes(), e.PubkeyG2.Bytes()
	w := bigOf(&e.Weight)
	return entryExpected{outcome: accepted, Operator: &e.Operator, Weight: &w, PubkeyG1: g1[:], PubkeyG2: g2[:], ID: &e.ID}, nil
}

func evalPageLog(in *logJSON) (pageLogExpected, error) {
	p, err := optable.ParsePageLog(in.Topics, in.Data)
	if err != nil {
		o, err := rejected(err)
		return pageLogExpected{outcome: o}, err
	}
	start, set := dec64(p.StartBlock), p.SetID
	out := pageLogExpected{outcome: accepted, StartBlock: &start, SetID: &set}
	for i := 0; i < len(p.Entries); i += optable.EntrySize {
		out.Entries = append(out.Entries, p.Entries[i:i+optable.EntrySize])
	}
	return out, nil
}

func evalSealLog(in *logJSON) (sealLogExpected, error) {
	s, err := optable.ParseSealLog(in.Topics, in.Data)
	if err != nil {
		o, err := rejected(err)
		return sealLogExpected{outcome: o}, err
	}
	start, count := dec64(s.StartBlock), s.EntryCount
	out := sealLogExpected{outcome: accepted, StartBlock: &start, Root: &s.Root, EntryCount: &count, Sets: []sealSetJSON{}, Pages: []pageBlockJSON{}}
	for _, ss := range s.Sets {
		out.Sets = append(out.Sets, sealSetJSON{ID: uint32(ss.ID), Members: ss.Members, TotalWeight: bigOf(&ss.TotalWeight)})
	}
	for _, p := range s.Pages {
		out.Pages = append(out.Pages, pageBlockJSON{Number: dec64(p.Number), Hash: p.Hash})
	}
	return out, nil
}

func evalAssemble(in *assembleInput) (tableExpected, error) {
	seal, err := optable.ParseSealLog(in.Seal.Topics, in.Seal.Data)
	if err != nil {
		return tableOutcome(nil, err)
	}
	var pages []optable.Page
	for _, l := range in.Pages {
		p, err := optable.ParsePageLog(l.Topics, l.Data)
		if err != nil {
			return tableOutcome(nil, err)
		}
		pages = append(pages, p)
	}
	t, err := optable.Assemble(in.AVS.avs(), uint64(in.SealBlock), &seal, pages)
	return tableOutcome(t, err)
}

// snapshotFixture is the snapshot most vectors of this file use: sets 0, 1, 4 and 7
// (7 without members), eight entries, weights from 1 to 2^64-1.
func snapshotFixture(block uint64) (*snapshot, error) {
	return newSnapshot(sampleAVS, block, []uint8{0, 1, 4, 7}, []member{
		{0, 0, 1000}, {1, 0, 2000}, {2, 0, 1}, {3, 0, math.MaxUint64},
		{0, 1, 500}, {2, 1, 700},
		{3, 4, 10}, {4, 4, 20},
	})
}

func pageLog(start uint64, set uint32, entries []byte) logJSON {
	return logJSON{Topics: []common.Hash{optable.SnapshotPageID, u64Topic(start)}, Data: pageData(set, entries)}
}

func sealLog(start uint64, f sealFields) logJSON {
	return logJSON{Topics: []common.Hash{optable.SnapshotSealedID, u64Topic(start)}, Data: f.data()}
}

func genSnapshots(b *builder) {
	const start, sealBlock = 1000, 1002
	fx, err := snapshotFixture(sealBlock)
	if err != nil {
		b.fail(err)
		return
	}
	es := entriesJSON(fx.table.Entries())

	// (a) Roots.
	for _, n := range []int{0, 1, 2, 3, 5, 8} {
		b.add("root: "+itoa(n)+" entries", "root", rootInput{Entries: es[:n]})
	}
	for _, n := range []int{0, 1, 2, 3, 4, 5, 8, 33, 513} {
		leaves := make([]common.Hash, n)
		for i := range leaves {
			leaves[i] = crypto.Keccak256Hash([]byte("leaf " + itoa(i)))
		}
		b.add("tree root: "+itoa(n)+" leaves", "treeRoot", treeRootInput{Leaves: leaves})
	}

	// Entries (SPEC §5, §4's point rules).
	enc := fx.table.Entries()[0].Encode()
	ent := func(f func(e []byte)) hexutil.Bytes { e := bytes.Clone(enc[:]); f(e); return e }
	p := fieldModulus()
	outside := g2NotInGroup()
	entryCases := []struct {
		name string
		set  uint32
		b    []byte
	}{
		{"valid", 0, enc[:]},
		{"valid: set 191", 191, enc[:]},
		{"valid: weight 2^96-1", 0, ent(func(e []byte) { copy(e[20:32], bytes.Repeat([]byte{0xff}, 12)) })},
		{"valid: weight 0, operator 0x0", 0, ent(func(e []byte) { clear(e[0:32]) })},
		{"rejected: 223 bytes", 0, enc[:223]},
		{"rejected: 225 bytes", 0, append(bytes.Clone(enc[:]), 0)},
		{"rejected: set 192", 192, enc[:]},
		{"rejected: set 2^32-1", math.MaxUint32, enc[:]},
		{"rejected: G1 key at infinity", 0, ent(func(e []byte) { clear(e[32:96]) })},
		{"rejected: G1 key off the curve", 0, ent(func(e []byte) { e[95] ^= 1 })},
		{"rejected: G1 key x = p", 0, ent(func(e []byte) { copy(e[32:64], p[:]) })},
		{"rejected: G1 key y + p (same point mod p)", 0, ent(func(e []byte) { addModulus(e[64:96]) })},
		{"rejected: G2 key at infinity", 0, ent(func(e []byte) { clear(e[96:224]) })},
		{"rejected: G2 key off the curve", 0, ent(func(e []byte) { e[223] ^= 1 })},
		{"rejected: G2 key x.im = p", 0, ent(func(e []byte) { copy(e[96:128], p[:]) })},
		{"rejected: G2 key with x.re and x.im swapped", 0, ent(func(e []byte) { copy(e[96:128], enc[128:160]); copy(e[128:160], enc[96:128]) })},
		{"rejected: G2 key outside the order-r subgroup", 0, ent(func(e []byte) { copy(e[96:224], outside[:]) })},
	}
	for _, c := range entryCases {
		b.add("entry "+c.name, "entry", entryJSON{SetID: c.set, Entry: c.b})
	}

	// (b) SnapshotPage logs.
	pages := pagesOf(fx.table, 2)
	good := pageLog(start, pages[0].SetID, pages[0].Entries)
	withData := func(l logJSON, f func(d []byte) []byte) logJSON {
		return logJSON{Topics: l.Topics, Data: f(bytes.Clone(l.Data))}
	}
	entry225 := append(bytes.Clone(enc[:]), 0xee)
	paddedBad := pageData(0, entry225)
	paddedBad[len(paddedBad)-1] = 1
	lenWord := func(n uint64) logJSON {
		d := make([]byte, 96)
		d[63] = 0x40
		for i := 0; i < 8; i++ {
			d[95-i] = byte(n >> (8 * i))
		}
		return logJSON{Topics: good.Topics, Data: d}
	}
	pageCases := []struct {
		name string
		l    logJSON
	}{
		{"valid: two entries", good},
		{"valid: one entry, set 191, start block 2^64-1", pageLog(math.MaxUint64, 191, enc[:])},
		{"valid: set id 192 (a uint32; Assemble rejects it)", pageLog(start, 192, enc[:])},
		{"rejected: no topics", logJSON{Topics: []common.Hash{}, Data: good.Data}},
		{"rejected: one topic", logJSON{Topics: good.Topics[:1], Data: good.Data}},
		{"rejected: three topics", logJSON{Topics: append(bytes32s(good.Topics), common.Hash{}), Data: good.Data}},
		{"rejected: the seal's topic", logJSON{Topics: []common.Hash{optable.SnapshotSealedID, u64Topic(start)}, Data: good.Data}},
		{"rejected: start block above 64 bits", logJSON{Topics: []common.Hash{optable.SnapshotPageID, {23: 1}}, Data: good.Data}},
		{"rejected: set id above 32 bits", withData(good, func(d []byte) []byte { d[27] = 1; return d })},
		{"rejected: offset 0x60", withData(good, func(d []byte) []byte { d[63] = 0x60; return d })},
		{"rejected: offset with a high bit", withData(good, func(d []byte) []byte { d[32] = 0x80; return d })},
		{"rejected: no entries", pageLog(start, 0, nil)},
		{"rejected: 225 bytes of entries", pageLog(start, 0, entry225[:225])},
		{"rejected: 225 bytes of entries with non-zero padding", logJSON{Topics: good.Topics, Data: paddedBad}},
		{"rejected: length 224*4096+224 (more than 4096 entries)", lenWord(optable.EntrySize * (optable.MaxEntries + 1))},
		{"rejected: length 2^32", lenWord(1 << 32)},
		{"rejected: a trailing word", withData(good, func(d []byte) []byte { return append(d, make([]byte, 32)...) })},
		{"rejected: a trailing byte", withData(good, func(d []byte) []byte { return append(d, 0) })},
		{"rejected: a byte short", withData(good, func(d []byte) []byte { return d[:len(d)-1] })},
		{"rejected: no data", logJSON{Topics: good.Topics, Data: []byte{}}},
	}
	for _, c := range pageCases {
		b.add("page log "+c.name, "pageLog", c.l)
	}

	// SnapshotSealed logs.
	pageBlocks := []optable.PageBlock{{Number: start, Hash: crypto.Keccak256Hash([]byte("page block 0"))}, {Number: start + 1, Hash: crypto.Keccak256Hash([]byte("page block 1"))}}
	sf := sealOf(fx.table, pageBlocks)
	goodSeal := sealLog(start, sf)
	mut := func(f func(s *sealFields)) logJSON {
		s := sf
		s.sets, s.pages = bytes.Clone(sf.sets), bytes.Clone(sf.pages)
		f(&s)
		return sealLog(start, s)
	}
	withSealData := func(f func(d []byte) []byte) logJSON {
		return logJSON{Topics: goodSeal.Topics, Data: f(bytes.Clone(goodSeal.Data))}
	}
	var many, manyPages []byte
	for i := uint32(0); i < optable.MaxSets; i++ {
		many = appendSealSet(many, i*6, 1, uint256.NewInt(uint64(i)+1))
	}
	for i := uint64(0); i < optable.MaxPageBlocks; i++ {
		manyPages = appendPageBlock(manyPages, start+i, common.Hash{byte(i)})
	}
	maxWeight := new(uint256.Int).SetAllOne()
	sealCases := []struct {
		name string
		l    logJSON
	}{
		{"valid: four sets, two page blocks", goodSeal},
		{"valid: no page blocks", mut(func(s *sealFields) { s.pages = nil })},
		{"valid: 32 sets, 32 page blocks, entry count 4096", mut(func(s *sealFields) { s.sets, s.pages, s.count = many, manyPages, optable.MaxEntries })},
		{"valid: set 191 with weight 2^256-1", mut(func(s *sealFields) { s.sets = appendSealSet(nil, 191, 7, maxWeight) })},
		{"valid: page block at the start block", mut(func(s *sealFields) { s.pages = appendPageBlock(nil, start, common.Hash{}) })},
		{"rejected: the page topic", logJSON{Topics: []common.Hash{optable.SnapshotPageID, u64Topic(start)}, Data: goodSeal.Data}},
		{"rejected: three topics", logJSON{Topics: append(bytes32s(goodSeal.Topics), common.Hash{}), Data: goodSeal.Data}},
		{"rejected: start block above 64 bits", logJSON{Topics: []common.Hash{optable.SnapshotSealedID, {0: 1}}, Data: goodSeal.Data}},
		{"rejected: entry count 4097", mut(func(s *sealFields) { s.count = optable.MaxEntries + 1 })},
		{"rejected: entry count above 32 bits", withSealData(func(d []byte) []byte { d[59] = 1; return d })},
		{"rejected: sets offset 0xa0", withSealData(func(d []byte) []byte { d[95] = 0xa0; return d })},
		{"rejected: pages offset one word late", withSealData(func(d []byte) []byte { d[127] += 0x20; return d })},
		{"rejected: no sets", mut(func(s *sealFields) { s.sets = nil })},
		{"rejected: 41 bytes of sets", mut(func(s *sealFields) { s.sets = append(s.sets[:40], 0) })},
		{"rejected: 39 bytes of sets", mut(func(s *sealFields) { s.sets = s.sets[:39] })},
		{"rejected: set 192", mut(func(s *sealFields) { s.sets = appendSealSet(nil, 192, 1, uint256.NewInt(1)) })},
		{"rejected: sets descending", mut(func(s *sealFields) { s.sets = append(bytes.Clone(s.sets[40:80]), s.sets[0:40]...) })},
		{"rejected: a set repeated", mut(func(s *sealFields) { s.sets = append(bytes.Clone(s.sets[0:40]), s.sets[0:40]...) })},
		{"rejected: 33 sets", mut(func(s *sealFields) { s.sets = appendSealSet(bytes.Clone(many), 191, 1, uint256.NewInt(1)) })},
		{"rejected: page block before the start block", mut(func(s *sealFields) { s.pages = appendPageBlock(nil, start-1, common.Hash{}) })},
		{"rejected: page blocks descending", mut(func(s *sealFields) { s.pages = append(bytes.Clone(s.pages[40:80]), s.pages[0:40]...) })},
		{"rejected: a page block repeated", mut(func(s *sealFields) { s.pages = append(bytes.Clone(s.pages[0:40]), s.pages[0:40]...) })},
		{"rejected: 41 bytes of pages", mut(func(s *sealFields) { s.pages = append(s.pages[:40], 0) })},
		{"rejected: 33 page blocks", mut(func(s *sealFields) { s.pages = appendPageBlock(bytes.Clone(manyPages), start+40, common.Hash{}) })},
		{"rejected: non-zero padding after the sets", mut(func(s *sealFields) { s.sets = s.sets[:40] }).withByte(128+32+40, 1)},
		{"rejected: a trailing word", withSealData(func(d []byte) []byte { return append(d, make([]byte, 32)...) })},
		{"rejected: a byte short", withSealData(func(d []byte) []byte { return d[:len(d)-1] })},
		{"rejected: only the root", withSealData(func(d []byte) []byte { return d[:32] })},
	}
	for _, c := range sealCases {
		b.add("seal log "+c.name, "sealLog", c.l)
	}

	// (c) Tables from entries (Build) and whole snapshots from logs (Assemble).
	snap := snapshotOf(fx)
	withEntries := func(f func(s *snapshotJSON)) snapshotJSON {
		s := snap
		s.SetIDs = append([]uint32(nil), snap.SetIDs...)
		s.Entries = append([]entryJSON(nil), snap.Entries...)
		f(&s)
		return s
	}
	heavy := withEntries(func(s *snapshotJSON) {
		for _, i := range []int{0, 1} {
			e := bytes.Clone(s.Entries[i].Entry)
			copy(e[20:32], bytes.Repeat([]byte{0xff}, 12))
			s.Entries[i].Entry = e
		}
	})
	var sets33 []uint32
	for i := uint32(0); i <= optable.MaxSets; i++ {
		sets33 = append(sets33, i)
	}
	dupKey := withEntries(func(s *snapshotJSON) {
		// Operator 4's key of set 4 also registered for set 0 (by operator 1).
		e := bytes.Clone(s.Entries[1].Entry)
		copy(e[32:], s.Entries[7].Entry[32:])
		s.Entries[1].Entry = e
	})
	buildCases := []struct {
		name string
		s    snapshotJSON
	}{
		{"valid: four sets, one without members", snap},
		{"valid: no sets, no entries", snapshotJSON{AVS: snap.AVS, Block: 1, SetIDs: []uint32{}, Entries: []entryJSON{}}},
		{"valid: two weights of 2^96-1 in one set (total above 96 bits)", heavy},
		{"rejected: sets descending", withEntries(func(s *snapshotJSON) { s.SetIDs = []uint32{0, 4, 1, 7} })},
		{"rejected: a set repeated", withEntries(func(s *snapshotJSON) { s.SetIDs = []uint32{0, 1, 1, 4, 7} })},
		{"rejected: set 192 listed", withEntries(func(s *snapshotJSON) { s.SetIDs = append(s.SetIDs, 192) })},
		{"rejected: 33 sets", withEntries(func(s *snapshotJSON) { s.SetIDs, s.Entries = sets33, []entryJSON{} })},
		{"rejected: an entry of an unlisted set", withEntries(func(s *snapshotJSON) { s.SetIDs = []uint32{0, 1, 7} })},
		{"rejected: addresses descending within a set", withEntries(func(s *snapshotJSON) { s.Entries[0], s.Entries[1] = s.Entries[1], s.Entries[0] })},
		{"rejected: sets interleaved", withEntries(func(s *snapshotJSON) { s.Entries[3], s.Entries[4] = s.Entries[4], s.Entries[3] })},
		{"rejected: one operator twice in a set", withEntries(func(s *snapshotJSON) {
			e := bytes.Clone(s.Entries[1].Entry)
			copy(e[0:20], s.Entries[0].Entry[0:20])
			s.Entries[1].Entry = e
		})},
		{"rejected: one key in two sets", dupKey},
		{"rejected: an entry with a G1 key off the curve", withEntries(func(s *snapshotJSON) {
			e := bytes.Clone(s.Entries[2].Entry)
			e[95] ^= 1
			s.Entries[2].Entry = e
		})},
		{"rejected: an entry of set 192", withEntries(func(s *snapshotJSON) { s.Entries[7].SetID = 192 })},
	}
	for _, c := range buildCases {
		b.add("build "+c.name, "build", c.s)
	}

	pageLogs := make([]logJSON, len(pages))
	for i, pg := range pages {
		pageLogs[i] = pageLog(start, pg.SetID, pg.Entries)
	}
	asm := func(block uint64, seal logJSON, pls []logJSON) assembleInput {
		return assembleInput{AVS: avsOf(sampleAVS), SealBlock: dec64(block), Seal: seal, Pages: nonNil(pls)}
	}
	editPages := func(f func(p []logJSON) []logJSON) []logJSON {
		return f(append([]logJSON(nil), pageLogs...))
	}
	sealed := func(f func(s *sealFields)) logJSON { return mut(f) }
	weightPlus := func(set int) func(s *sealFields) {
		return func(s *sealFields) {
			w := new(uint256.Int).SetBytes(s.sets[40*set+8 : 40*set+40])
			w.AddUint64(w, 1)
			b := w.Bytes32()
			copy(s.sets[40*set+8:], b[:])
		}
	}
	emptyFx, err := newSnapshot(sampleAVS, sealBlock, []uint8{2, 3}, nil)
	if err != nil {
		b.fail(err)
		return
	}
	otherSets, err := newSnapshot(sampleAVS, sealBlock, []uint8{0, 1, 4, 7}, []member{{0, 0, 1000}, {1, 0, 2000}, {2, 0, 1}, {3, 0, math.MaxUint64}, {0, 1, 500}, {2, 1, 700}, {3, 4, 10}, {0, 4, 20}})
	if err != nil {
		b.fail(err)
		return
	}
	last := len(pageLogs) - 1
	asmCases := []struct {
		name string
		in   assembleInput
	}{
		{"valid: " + itoa(len(pageLogs)) + " pages", asm(sealBlock, goodSeal, pageLogs)},
		{"valid: one page per set", asm(sealBlock, goodSeal, pageLogsOf(start, fx.table, 8))},
		{"valid: sealed in its start block", asm(start, goodSeal, pageLogs)},
		{"valid: sealed 256 blocks after its start", asm(start+optable.MaxBuildBlocks, goodSeal, pageLogs)},
		{"valid: no entries (two empty sets)", asm(sealBlock, sealLog(start, sealOf(emptyFx.table, nil)), nil)},
		{"rejected: sealed before its start block", asm(start-1, goodSeal, pageLogs)},
		{"rejected: sealed 257 blocks after its start", asm(start+optable.MaxBuildBlocks+1, goodSeal, pageLogs)},
		{"rejected: a page missing", asm(sealBlock, goodSeal, editPages(func(p []logJSON) []logJSON { return p[1:] }))},
		{"rejected: a page twice", asm(sealBlock, goodSeal, editPages(func(p []logJSON) []logJSON { return append(p, p[last]) }))},
		{"rejected: pages out of order", asm(sealBlock, goodSeal, editPages(func(p []logJSON) []logJSON { p[0], p[1] = p[1], p[0]; return p }))},
		{"rejected: a page of another start block", asm(sealBlock, goodSeal, editPages(func(p []logJSON) []logJSON {
			p[2] = logJSON{Topics: []common.Hash{optable.SnapshotPageID, u64Topic(start - 1)}, Data: p[2].Data}
			return p
		}))},
		{"rejected: a page of a set the seal does not list", asm(sealBlock, sealed(func(s *sealFields) { s.sets = s.sets[:80] }), pageLogs)},
		{"rejected: a page of set 192", asm(sealBlock, goodSeal, editPages(func(p []logJSON) []logJSON {
			p[last] = pageLog(start, 192, pages[last].Entries)
			return p
		}))},
		{"rejected: an entry with a G2 key outside the subgroup", asm(sealBlock, goodSeal, editPages(func(p []logJSON) []logJSON {
			e := bytes.Clone(pages[0].Entries)
			copy(e[96:224], outside[:])
			p[0] = pageLog(start, pages[0].SetID, e)
			return p
		}))},
		{"rejected: one key in two sets", asm(sealBlock, goodSeal, pageLogsOfEntries(start, dupKey))},
		{"rejected: member count differs from the seal's", asm(sealBlock, sealed(func(s *sealFields) { s.sets[7]++ }), pageLogs)},
		{"rejected: total weight differs from the seal's", asm(sealBlock, sealed(weightPlus(1)), pageLogs)},
		{"rejected: entry count differs from the seal's", asm(sealBlock, sealed(func(s *sealFields) { s.count++ }), pageLogs)},
		{"rejected: root differs from the seal's", asm(sealBlock, sealed(func(s *sealFields) { s.root[0] ^= 1 }), pageLogs)},
		{"rejected: same sets, counts and weights, other members (root differs)", asm(sealBlock, goodSeal, pageLogsOf(start, otherSets.table, 2))},
		{"rejected: a page that does not decode", asm(sealBlock, goodSeal, editPages(func(p []logJSON) []logJSON {
			p[1] = logJSON{Topics: p[1].Topics, Data: append(bytes.Clone(p[1].Data), 0)}
			return p
		}))},
		{"rejected: a seal that does not decode", asm(sealBlock, sealed(func(s *sealFields) { s.sets = nil }), pageLogs)},
	}
	for _, c := range asmCases {
		b.add("assemble "+c.name, "assemble", c.in)
	}
}

// withByte returns l with data byte i set to v.
func (l logJSON) withByte(i int, v byte) logJSON {
	d := bytes.Clone(l.Data)
	d[i] = v
	return logJSON{Topics: l.Topics, Data: d}
}

func bytes32s(hs []common.Hash) []common.Hash { return append([]common.Hash(nil), hs...) }

// pageLogsOf returns a table's page logs, at most per entries each.
func pageLogsOf(start uint64, t *optable.Table, per int) []logJSON {
	var out []logJSON
	for _, p := range pagesOf(t, per) {
		out = append(out, pageLog(start, p.SetID, p.Entries))
	}
	return out
}

// pageLogsOfEntries returns one page log per run of entries of one set.
func pageLogsOfEntries(start uint64, s snapshotJSON) []logJSON {
	var out []logJSON
	for i := 0; i < len(s.Entries); {
		j := i
		var b []byte
		for j < len(s.Entries) && s.Entries[j].SetID == s.Entries[i].SetID {
			b = append(b, s.Entries[j].Entry...)
			j++
		}
		out = append(out, pageLog(start, s.Entries[i].SetID, b))
		i = j
	}
	return out
}

// addModulus adds p to a 32-byte big-endian word (which must stay below 2^256).
func addModulus(w []byte) {
	p := fieldModulus()
	var x, y uint256.Int
	x.SetBytes(w)
	y.SetBytes(p[:])
	x.Add(&x, &y)
	b := x.Bytes32()
	copy(w, b[:])
}
