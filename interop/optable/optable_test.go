package optable

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/abiword"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
)

var testAVS = attestation.AVS{L1ChainID: 17000, Address: common.HexToAddress("0x00000000000000000000000000000000000a11ce")}

func key(t testing.TB, i int) *bls.SecretKey {
	k, err := bls.SecretKeyFromBytes(crypto.Keccak256([]byte(fmt.Sprintf("optable test key %d", i))))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// entries returns n entries per listed set, in snapshot order, each with its own key.
func entries(t testing.TB, perSet int, sets ...uint8) []Entry {
	var out []Entry
	k := 0
	for _, q := range sets {
		for i := 0; i < perSet; i++ {
			sk := key(t, k)
			k++
			addr := common.BytesToAddress([]byte{byte(i + 1), q})
			out = append(out, NewEntry(q, addr, uint64(100*(i+1)), sk.PublicKeyG1(), sk.PublicKeyG2()))
		}
	}
	return out
}

// naiveRoot computes §5's root from its definition: a full depth-12 tree, recursively.
func naiveRoot(leaves []common.Hash) common.Hash {
	var sub func(h, i int) common.Hash
	sub = func(h, i int) common.Hash {
		if h == 0 {
			if i < len(leaves) {
				return leaves[i]
			}
			return common.Hash{}
		}
		l, r := sub(h-1, 2*i), sub(h-1, 2*i+1)
		return crypto.Keccak256Hash([]byte{1}, l[:], r[:])
	}
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(leaves)))
	top := sub(TreeDepth, 0)
	return crypto.Keccak256Hash([]byte{2}, n[:], top[:])
}

func TestRootMatchesDefinition(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 5, 8, 33} {
		leaves := make([]common.Hash, n)
		for i := range leaves {
			leaves[i] = crypto.Keccak256Hash([]byte{byte(i)})
		}
		if got, want := Root(leaves), naiveRoot(leaves); got != want {
			t.Fatalf("n=%d: root %s, definition %s", n, got, want)
		}
	}
}

func TestEntryEncoding(t *testing.T) {
	e := entries(t, 1, 3)[0]
	e.Weight.SetFromBig(new(uint256.Int).Sub(new(uint256.Int).Lsh(uint256.NewInt(1), 96), uint256.NewInt(1)).ToBig())
	enc := e.Encode()
	// operator[20] || be96(weight) || G1 || G2, the G1/G2 words as KeyRegistrar's keyData.
	g1, g2 := e.PubkeyG1.Bytes(), e.PubkeyG2.Bytes()
	want := append(append(append(bytes.Clone(e.Operator[:]), bytes.Repeat([]byte{0xff}, 12)...), g1[:]...), g2[:]...)
	if !bytes.Equal(enc[:], want) {
		t.Fatalf("encoding %x", enc)
	}
	got, err := DecodeEntry(3, enc[:])
	if err != nil || got.Operator != e.Operator || !got.Weight.Eq(&e.Weight) || got.ID != e.ID || got.SetID != 3 {
		t.Fatalf("round trip: %v", err)
	}
	bad := func(f func(b []byte)) []byte { b := bytes.Clone(enc[:]); f(b); return b }
	for name, c := range map[string]struct {
		set  uint32
		b    []byte
		want error
	}{
		"short":         {3, enc[:EntrySize-1], ErrEntrySize},
		"set 192":       {192, enc[:], ErrSetID},
		"G1 identity":   {3, bad(func(b []byte) { clear(b[32:96]) }), ErrEntryKeyG1},
		"G1 off curve":  {3, bad(func(b []byte) { b[95] ^= 1 }), ErrEntryKeyG1},
		"G2 identity":   {3, bad(func(b []byte) { clear(b[96:]) }), ErrEntryKeyG2},
		"G2 off curve":  {3, bad(func(b []byte) { b[EntrySize-1] ^= 1 }), ErrEntryKeyG2},
		"G2 swapped re": {3, bad(func(b []byte) { copy(b[96:128], enc[128:160]); copy(b[128:160], enc[96:128]) }), ErrEntryKeyG2},
	} {
		if _, err := DecodeEntry(c.set, c.b); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", name, err, c.want)
		}
	}
}

func TestBuild(t *testing.T) {
	es := entries(t, 3, 0, 2)
	tab, err := Build(testAVS, 42, []uint8{0, 1, 2}, es)
	if err != nil {
		t.Fatal(err)
	}
	if tab.Snapshot().Block != 42 || tab.Len() != 6 || tab.AVS() != testAVS {
		t.Fatal("identity")
	}
	leaves := make([]common.Hash, len(es))
	for i, e := range es {
		enc := e.Encode()
		leaves[i] = Leaf(e.SetID, enc[:])
	}
	if tab.Root() != naiveRoot(leaves) {
		t.Fatal("root")
	}
	s0, _ := tab.Set(0)
	s1, ok1 := tab.Set(1)
	if s0.Members != 3 || s0.TotalWeight.Uint64() != 600 || !ok1 || s1.Members != 0 || !s1.ApkG2.IsIdentity() {
		t.Fatalf("sets: %+v %+v", s0, s1)
	}
	var sum bls.G2Sum
	for _, e := range es[:3] {
		sum.Add(e.PubkeyG2)
	}
	if !s0.ApkG2.Equal(sum.Point()) {
		t.Fatal("aggregate G2 key")
	}
	if _, ok := tab.Set(3); ok {
		t.Fatal("unlisted set")
	}
	if e, ok := tab.Entry(es[4].ID); !ok || e.Operator != es[4].Operator {
		t.Fatal("entry by id")
	}

	swap := func(i, j int) []Entry { c := append([]Entry(nil), es...); c[i], c[j] = c[j], c[i]; return c }
	dupKey := append([]Entry(nil), es...)
	dupKey[1].PubkeyG1, dupKey[1].PubkeyG2, dupKey[1].ID = es[0].PubkeyG1, es[0].PubkeyG2, es[0].ID
	heavy := append([]Entry(nil), es...)
	heavy[0].Weight.Lsh(uint256.NewInt(1), 96)
	wrongID := append([]Entry(nil), es...)
	wrongID[0].ID = es[1].ID
	sameAddr := append([]Entry(nil), es...)
	sameAddr[1].Operator = es[0].Operator
	many := make([]uint8, MaxSets+1)
	for i := range many {
		many[i] = uint8(i)
	}
	for name, c := range map[string]struct {
		sets []uint8
		es   []Entry
		want error
	}{
		"sets unordered":      {[]uint8{2, 0}, es, ErrSetOrder},
		"set repeated":        {[]uint8{0, 0, 2}, es, ErrSetOrder},
		"set 192":             {[]uint8{0, 2, 192}, es, ErrSetID},
		"too many sets":       {many, nil, ErrTooManySets},
		"unlisted set":        {[]uint8{0}, es, ErrEntrySet},
		"addresses unordered": {[]uint8{0, 2}, swap(0, 1), ErrEntryOrder},
		"sets interleaved":    {[]uint8{0, 2}, swap(2, 3), ErrEntryOrder},
		"same operator twice": {[]uint8{0, 2}, sameAddr, ErrEntryOrder},
		"duplicate key":       {[]uint8{0, 2}, dupKey, ErrDuplicateKey},
		"97-bit weight":       {[]uint8{0, 2}, heavy, ErrWeightRange},
		"id not the key's":    {[]uint8{0, 2}, wrongID, ErrEntryKeyG1},
		"too many entries":    {[]uint8{0, 2}, make([]Entry, MaxEntries+1), ErrTooManyEntries},
	} {
		if _, err := Build(testAVS, 42, c.sets, c.es); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", name, err, c.want)
		}
	}
}

// logs are the publisher's logs of one snapshot, as the contract would emit them.
type logs struct {
	start uint64
	pages []Page
	seal  Seal
}

func topic(v uint64) common.Hash { return common.BigToHash(new(uint256.Int).SetUint64(v).ToBig()) }

func pageData(set uint32, entries []byte) []byte {
	out := make([]byte, 64, 96+abiword.Padded(len(entries)))
	abiword.PutUint(out[0:32], uint64(set))
	abiword.PutUint(out[32:64], 64)
	out = append(out, make([]byte, 32)...)
	abiword.PutUint(out[64:96], uint64(len(entries)))
	out = append(out, entries...)
	return append(out, make([]byte, abiword.Padded(len(entries))-len(entries))...)
}

func sealData(s *Seal) []byte {
	var sets, pages []byte
	for _, ss := range s.Sets {
		sets = binary.BigEndian.AppendUint32(sets, uint32(ss.ID))
		sets = binary.BigEndian.AppendUint32(sets, ss.Members)
		w := ss.TotalWeight.Bytes32()
		sets = append(sets, w[:]...)
	}
	for _, p := range s.Pages {
		pages = binary.BigEndian.AppendUint64(pages, p.Number)
		pages = append(pages, p.Hash[:]...)
	}
	bytesTail := func(b []byte) []byte {
		out := make([]byte, 32, 32+abiword.Padded(len(b)))
		abiword.PutUint(out, uint64(len(b)))
		out = append(out, b...)
		return append(out, make([]byte, abiword.Padded(len(b))-len(b))...)
	}
	head := make([]byte, 128)
	copy(head[0:32], s.Root[:])
	abiword.PutUint(head[32:64], uint64(s.EntryCount))
	a, b := bytesTail(sets), bytesTail(pages)
	abiword.PutUint(head[64:96], 128)
	abiword.PutUint(head[96:128], uint64(128+len(a)))
	return append(append(head, a...), b...)
}

// snapshotLogs splits entries into pages of at most per entries (per set) and seals.
func snapshotLogs(t testing.TB, start uint64, sets []uint8, es []Entry, per int) *logs {
	tab, err := Build(testAVS, start+2, sets, es)
	if err != nil {
		t.Fatal(err)
	}
	l := &logs{start: start, seal: Seal{StartBlock: start, Root: tab.Root(), EntryCount: uint32(len(es)),
		Pages: []PageBlock{{Number: start, Hash: common.Hash{0xaa}}, {Number: start + 1, Hash: common.Hash{0xbb}}}}}
	for _, s := range tab.Sets() {
		l.seal.Sets = append(l.seal.Sets, SealSet{ID: s.ID, Members: uint32(s.Members), TotalWeight: s.TotalWeight})
	}
	for _, p := range tab.Pages(per) {
		p.StartBlock = start
		l.pages = append(l.pages, p)
	}
	return l
}

func TestLogsRoundTripAndAssemble(t *testing.T) {
	es := entries(t, 5, 1, 4)
	l := snapshotLogs(t, 100, []uint8{1, 3, 4}, es, 2)
	var parsed []Page
	for _, p := range l.pages {
		got, err := ParsePageLog([]common.Hash{SnapshotPageID, topic(100)}, pageData(p.SetID, p.Entries))
		if err != nil {
			t.Fatal(err)
		}
		parsed = append(parsed, got)
	}
	seal, err := ParseSealLog([]common.Hash{SnapshotSealedID, topic(100)}, sealData(&l.seal))
	if err != nil {
		t.Fatal(err)
	}
	tab, err := Assemble(testAVS, 102, &seal, parsed)
	if err != nil {
		t.Fatal(err)
	}
	if tab.Root() != l.seal.Root || tab.Snapshot().Block != 102 || tab.Len() != 10 {
		t.Fatal("assembled table")
	}
}

func TestParseRejects(t *testing.T) {
	es := entries(t, 2, 0)
	l := snapshotLogs(t, 7, []uint8{0}, es, 8)
	enc := l.pages[0].Entries
	good := pageData(0, enc)
	edit := func(b []byte, f func(b []byte)) []byte { b = bytes.Clone(b); f(b); return b }
	pageTopics := []common.Hash{SnapshotPageID, topic(7)}
	for name, c := range map[string]struct {
		topics []common.Hash
		data   []byte
	}{
		"no topics":            {nil, good},
		"seal topic":           {[]common.Hash{SnapshotSealedID, topic(7)}, good},
		"extra topic":          {[]common.Hash{SnapshotPageID, topic(7), topic(1)}, good},
		"start above 64 bits":  {[]common.Hash{SnapshotPageID, common.Hash{1}}, good},
		"set id above 32 bits": {pageTopics, edit(good, func(b []byte) { b[27] = 1 })},
		"offset":               {pageTopics, edit(good, func(b []byte) { b[63] = 0x60 })},
		"no entries":           {pageTopics, pageData(0, nil)},
		"partial entry":        {pageTopics, pageData(0, enc[:EntrySize+1])},
		"trailing":             {pageTopics, append(bytes.Clone(good), make([]byte, 32)...)},
		"short":                {pageTopics, good[:len(good)-1]},
	} {
		if _, err := ParsePageLog(c.topics, c.data); !errors.Is(err, ErrPageLog) {
			t.Errorf("page %s: %v", name, err)
		}
	}
	sealTopics := []common.Hash{SnapshotSealedID, topic(7)}
	mut := func(f func(s *Seal)) []byte {
		s := l.seal
		s.Sets = append([]SealSet(nil), s.Sets...)
		s.Pages = append([]PageBlock(nil), s.Pages...)
		f(&s)
		return sealData(&s)
	}
	for name, c := range map[string]struct {
		topics []common.Hash
		data   []byte
		want   error
	}{
		"page topic":        {pageTopics, sealData(&l.seal), ErrSealLog},
		"count above 4096":  {sealTopics, mut(func(s *Seal) { s.EntryCount = MaxEntries + 1 }), ErrSealLog},
		"trailing":          {sealTopics, append(sealData(&l.seal), make([]byte, 32)...), ErrSealLog},
		"no sets":           {sealTopics, mut(func(s *Seal) { s.Sets = nil }), ErrSealSets},
		"set 192":           {sealTopics, mut(func(s *Seal) { s.Sets[0].ID = 192 }), ErrSealSets},
		"sets repeated":     {sealTopics, mut(func(s *Seal) { s.Sets = append(s.Sets, s.Sets[0]) }), ErrSealSets},
		"page before start": {sealTopics, mut(func(s *Seal) { s.Pages[0].Number = 6 }), ErrSealPages},
		"pages unordered":   {sealTopics, mut(func(s *Seal) { s.Pages[0], s.Pages[1] = s.Pages[1], s.Pages[0] }), ErrSealPages},
		"33 page blocks": {sealTopics, mut(func(s *Seal) {
			s.Pages = nil
			for i := 0; i <= MaxPageBlocks; i++ {
				s.Pages = append(s.Pages, PageBlock{Number: 7 + uint64(i)})
			}
		}), ErrSealLog},
	} {
		if _, err := ParseSealLog(c.topics, c.data); !errors.Is(err, c.want) {
			t.Errorf("seal %s: got %v, want %v", name, err, c.want)
		}
	}
}

func TestAssembleRejects(t *testing.T) {
	es := entries(t, 3, 0, 1)
	l := snapshotLogs(t, 50, []uint8{0, 1}, es, 2)
	seal := l.seal
	for name, c := range map[string]struct {
		block uint64
		seal  func(s *Seal)
		pages func([]Page) []Page
		want  error
	}{
		"sealed before start":     {49, nil, nil, ErrSealMismatch},
		"sealed too late":         {50 + MaxBuildBlocks + 1, nil, nil, ErrSealMismatch},
		"a page missing":          {52, nil, func(p []Page) []Page { return p[1:] }, ErrSealMismatch},
		"pages reordered":         {52, nil, func(p []Page) []Page { p[0], p[1] = p[1], p[0]; return p }, ErrEntryOrder},
		"page of another start":   {52, nil, func(p []Page) []Page { p[0].StartBlock = 49; return p }, ErrSealMismatch},
		"page of an unlisted set": {52, func(s *Seal) { s.Sets = s.Sets[:1] }, nil, ErrEntrySet},
		"members differ":          {52, func(s *Seal) { s.Sets[0].Members++ }, nil, ErrSealMismatch},
		"weight differs":          {52, func(s *Seal) { s.Sets[1].TotalWeight.AddUint64(&s.Sets[1].TotalWeight, 1) }, nil, ErrSealMismatch},
		"root differs":            {52, func(s *Seal) { s.Root[0] ^= 1 }, nil, ErrSealMismatch},
		"count differs":           {52, func(s *Seal) { s.EntryCount++ }, nil, ErrSealMismatch},
		"bad key":                 {52, nil, func(p []Page) []Page { p[0].Entries = bytes.Clone(p[0].Entries); p[0].Entries[40] ^= 1; return p }, ErrEntryKeyG1},
	} {
		s := seal
		s.Sets = append([]SealSet(nil), seal.Sets...)
		if c.seal != nil {
			c.seal(&s)
		}
		pages := append([]Page(nil), l.pages...)
		if c.pages != nil {
			pages = c.pages(pages)
		}
		if _, err := Assemble(testAVS, c.block, &s, pages); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", name, err, c.want)
		}
	}
	if _, err := Assemble(testAVS, 52, &seal, l.pages); err != nil {
		t.Fatalf("valid snapshot rejected: %v", err)
	}
}

// FuzzDecodeSnapshot drives the whole log path with arbitrary page and seal data: it
// must never panic, and whatever it accepts must be a table whose root is the seal's.
func FuzzDecodeSnapshot(f *testing.F) {
	es := entries(f, 2, 0, 1)
	l := snapshotLogs(f, 9, []uint8{0, 1}, es, 3)
	var pages []byte
	for _, p := range l.pages {
		pages = append(pages, pageData(p.SetID, p.Entries)...)
	}
	f.Add(sealData(&l.seal), pageData(l.pages[0].SetID, l.pages[0].Entries), pageData(l.pages[1].SetID, l.pages[1].Entries), uint64(11))
	f.Add([]byte{}, []byte{}, []byte{}, uint64(0))
	f.Fuzz(func(t *testing.T, sealB, p0, p1 []byte, block uint64) {
		seal, err := ParseSealLog([]common.Hash{SnapshotSealedID, topic(9)}, sealB)
		if err != nil {
			return
		}
		var ps []Page
		for _, b := range [][]byte{p0, p1} {
			if p, err := ParsePageLog([]common.Hash{SnapshotPageID, topic(9)}, b); err == nil {
				ps = append(ps, p)
			}
		}
		tab, err := Assemble(testAVS, block, &seal, ps)
		if err != nil {
			return
		}
		if tab.Root() != seal.Root || tab.Snapshot().Block != block {
			t.Fatal("accepted a table that is not the seal's")
		}
	})
}
