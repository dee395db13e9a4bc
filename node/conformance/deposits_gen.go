package conformance

import (
	"bytes"
	"encoding/binary"
	"math"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/abiword"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
)

// The L1 of the derivation vectors: the AVS's three contracts, a 2/3 threshold on set
// 0, a window of 20 blocks.
var (
	publisherAddr = common.HexToAddress("0x000000000000000000000000000000000000b0b0")
	certInboxAddr = common.HexToAddress("0x000000000000000000000000000000000000ce47")
	submitterAddr = common.HexToAddress("0x0000000000000000000000000000000000005b17")
	deriveCfg     = deriveConfigJSON{
		ActivationTime: 1000, L1ChainID: dec64(sampleAVS.L1ChainID), AVS: sampleAVS.Address,
		Publisher: publisherAddr, CertInbox: certInboxAddr, Window: 20, Thresholds: thresholds(6667, 0),
	}
)

const (
	sealBlock  = 100 // the main snapshot's seal block
	deriveTime = 2000
)

// l1Sim accumulates the L1 blocks of one vector.
type l1Sim struct {
	blocks []l1BlockJSON
	txs    int
}

// receipt is a successful receipt of a fresh transaction holding logs.
func (l *l1Sim) receipt(logs ...l1LogJSON) receiptJSON {
	l.txs++
	return receiptJSON{Status: 1, TxHash: crypto.Keccak256Hash([]byte("parley conformance L1 tx " + itoa(l.txs))), Logs: nonNil(logs)}
}

// failed is a failed receipt (the hook ignores its logs).
func (l *l1Sim) failed(logs ...l1LogJSON) receiptJSON {
	r := l.receipt(logs...)
	r.Status = 0
	return r
}

// block returns block number (tag tells siblings apart) with receipts, numbering the
// logs; keep adds it to the blocks the vector's L1 serves.
func (l *l1Sim) block(number uint64, tag string, keep bool, receipts ...receiptJSON) l1BlockJSON {
	var n uint32
	rs := make([]receiptJSON, len(receipts))
	for i, r := range receipts {
		r.Logs = append([]l1LogJSON(nil), r.Logs...)
		for j := range r.Logs {
			r.Logs[j].LogIndex = n
			n++
		}
		r.Logs = nonNil(r.Logs)
		rs[i] = r
	}
	b := l1BlockJSON{
		Hash:     crypto.Keccak256Hash([]byte("parley conformance L1 block " + strconv.FormatUint(number, 10) + " " + tag)),
		Number:   dec64(number),
		Receipts: nonNil(rs),
	}
	if keep {
		l.blocks = append(l.blocks, b)
	}
	return b
}

func publisherLog(l logJSON) l1LogJSON {
	return l1LogJSON{Address: publisherAddr, Topics: l.Topics, Data: l.Data}
}

// published is a snapshot on the simulated L1.
type published struct {
	s        *snapshot
	sealHash common.Hash
	start    uint64
	seal     l1BlockJSON
}

// publish puts a snapshot's pages (at most per entries each) and seal on L1 as the
// publisher emits them: pagesPerBlock pages per block from the start block on, the
// last block (the snapshot's block) holding the remaining pages and the seal.
func (l *l1Sim) publish(s *snapshot, per, pagesPerBlock int, tag string) published {
	pages := pagesOf(s.table, per)
	blocks := max(1, (len(pages)+pagesPerBlock-1)/pagesPerBlock)
	sealAt := s.table.Snapshot().Block
	start := sealAt - uint64(blocks-1)
	var earlier []optable.PageBlock
	for b := 0; b < blocks-1; b++ {
		var rs []receiptJSON
		for _, p := range pages[b*pagesPerBlock : (b+1)*pagesPerBlock] {
			rs = append(rs, l.receipt(publisherLog(pageLog(start, p.SetID, p.Entries))))
		}
		blk := l.block(start+uint64(b), tag, true, rs...)
		earlier = append(earlier, optable.PageBlock{Number: start + uint64(b), Hash: blk.Hash})
	}
	var rs []receiptJSON
	for _, p := range pages[(blocks-1)*pagesPerBlock:] {
		rs = append(rs, l.receipt(publisherLog(pageLog(start, p.SetID, p.Entries))))
	}
	rs = append(rs, l.receipt(publisherLog(sealLog(start, sealOf(s.table, earlier)))))
	blk := l.block(sealAt, tag, true, rs...)
	return published{s: s, sealHash: blk.Hash, start: start, seal: blk}
}

// postData is abi.encode(bytes32 snapshotBlockHash, bytes certificate).
func postData(snapshotHash common.Hash, cert []byte) []byte {
	head := make([]byte, 64)
	copy(head, snapshotHash[:])
	abiword.PutUint(head[32:], 64)
	return append(head, bytesTail(cert)...)
}

// post is the inbox's CertificatePosted log.
func post(snapshotHash common.Hash, cert []byte) l1LogJSON {
	return l1LogJSON{Address: certInboxAddr, Topics: []common.Hash{derivation.CertificatePostedID, common.BytesToHash(submitterAddr[:])}, Data: postData(snapshotHash, cert)}
}

func (l *l1Sim) input(origin l1BlockJSON) deriveInput {
	return deriveInput{Config: deriveCfg, L1ChainID: deriveCfg.L1ChainID, NextL2Time: deriveTime, Origin: origin, L1: nonNil(l.blocks)}
}

// inputNoL1 is input for an origin whose derivation fetches nothing: its L1 serves no
// block.
func (l *l1Sim) inputNoL1(origin l1BlockJSON) deriveInput {
	in := l.input(origin)
	in.L1 = []l1BlockJSON{}
	return in
}

// deriveGen generates the derivation vectors.
type deriveGen struct {
	b    *builder
	main *snapshot // four operators in set 0, weights 1000..1030, sealed at block 100
}

func (g *deriveGen) snap(block uint64, members []member) *snapshot {
	s, err := newSnapshot(sampleAVS, block, []uint8{0}, members)
	g.b.fail(err)
	return s
}

func (g *deriveGen) cert(s *snapshot, from uint64, absent ...int) *certificate.Certificate {
	c, err := s.certify(s.attestationOn(from), []uint8{0}, absentOps(absent...))
	g.b.fail(err)
	return c
}

// withMain returns a simulated L1 holding the main snapshot (pages of one entry, two
// per block: blocks 99 and 100).
func (g *deriveGen) withMain() (*l1Sim, published) {
	l := &l1Sim{}
	return l, l.publish(g.main, 1, 2, "main")
}

func genDeposits(b *builder) {
	// The deposit functions, one at a time.
	hashes := []common.Hash{{}, crypto.Keccak256Hash([]byte("l1 block")), common.BytesToHash(bytes.Repeat([]byte{0xff}, 32))}
	for i, h := range hashes {
		for _, idx := range []uint64{0, 1, 2, math.MaxUint64} {
			b.add("source hash: block hash "+itoa(i)+", index "+strconv.FormatUint(idx, 10), "sourceHash", sourceHashInput{L1BlockHash: h, Index: dec64(idx)})
		}
	}
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"no data", nil}, {"ten zero bytes", make([]byte, 10)}, {"ten non-zero bytes", []byte("0123456789")},
		{"mixed", append(make([]byte, 100), bytes.Repeat([]byte{1}, 37)...)},
	} {
		b.add("intrinsic gas: "+c.name, "intrinsicGas", intrinsicGasInput{Data: nonNil(c.data)})
	}
	ones := common.BytesToHash(bytes.Repeat([]byte{0xff}, 32))
	l1h := crypto.Keccak256Hash([]byte("origin"))
	for _, c := range []struct {
		name string
		in   recordRangeInput
	}{
		{"all zero", recordRangeInput{L1BlockHash: l1h}},
		{"typical", recordRangeInput{L1BlockHash: l1h, Index: 1, SourceChainID: 901, FromBlock: 1000, ToBlock: 1099, LastBlockHash: common.Hash{1}, MessageRoot: common.Hash{2}}},
		{"maxima", recordRangeInput{L1BlockHash: ones, Index: math.MaxUint64, SourceChainID: math.MaxUint64, FromBlock: math.MaxUint64 - 1, ToBlock: math.MaxUint64, LastBlockHash: ones, MessageRoot: ones}},
	} {
		b.add("recordRange deposit: "+c.name, "recordRange", c.in)
	}
	var sets32 []snapshotSetJSON
	for i := uint32(0); i < optable.MaxSets; i++ {
		sets32 = append(sets32, snapshotSetJSON{ID: i * 6, TotalWeight: bigU(uint64(i) * 1000)})
	}
	maxW := decBig{*new(uint256.Int).SetAllOne()}
	for _, c := range []struct {
		name string
		in   recordSnapshotInput
	}{
		{"one set", recordSnapshotInput{L1BlockHash: l1h, L1Block: 100, Root: common.Hash{3}, Sets: []snapshotSetJSON{{ID: 0, TotalWeight: bigU(4060)}}}},
		{"two sets, weight 2^256-1", recordSnapshotInput{L1BlockHash: l1h, Index: 0, L1Block: 1234, Root: ones, Sets: []snapshotSetJSON{{ID: 0, TotalWeight: maxW}, {ID: 191, TotalWeight: bigU(0)}}}},
		{"32 sets, block 2^64-1", recordSnapshotInput{L1BlockHash: ones, Index: 7, L1Block: math.MaxUint64, Root: common.Hash{4}, Sets: sets32}},
	} {
		b.add("recordSnapshot deposit: "+c.name, "recordSnapshot", c.in)
	}

	// The whole hook on L1 origins.
	g := &deriveGen{b: b}
	g.main = g.snap(sealBlock, uniform(0, 4, 0))
	if b.err != nil {
		return
	}
	g.basics()
	g.skips()
	g.bounds()
	g.invalidSnapshots()
	g.seals()
}

func (g *deriveGen) add(name string, in deriveInput) {
	if g.b.err == nil {
		g.b.add("derive: "+name, "derive", in)
	}
}

func (g *deriveGen) basics() {
	l, m := g.withMain()
	c1, c2 := g.cert(g.main, 1, 3), g.cert(g.main, 11)
	if g.b.err != nil {
		return
	}
	other := l1LogJSON{Address: common.Address{0xdd}, Topics: []common.Hash{{1}}, Data: []byte{}}
	stray := publisherLog(pageLog(5, 0, make([]byte, 224)))
	g.add("no Parley data (another contract's log, a failed post, a stray page log)", l.inputNoL1(l.block(sealBlock+1, "o", false,
		l.receipt(other), l.failed(post(m.sealHash, c1.Encode())), l.receipt(stray))))
	g.add("two certificates in one receipt, snapshot paged over two blocks", l.input(l.block(sealBlock+1, "o", false,
		l.receipt(post(m.sealHash, c1.Encode()), post(m.sealHash, c2.Encode())))))
	g.add("two certificates in two receipts, another contract's log between", l.input(l.block(sealBlock+1, "o2", false,
		l.receipt(post(m.sealHash, c1.Encode())), l.receipt(other), l.receipt(post(m.sealHash, c2.Encode())))))
	in := l.input(l.block(sealBlock+1, "o", false, l.receipt(post(m.sealHash, c1.Encode()))))
	before := l.inputNoL1(in.Origin)
	before.NextL2Time = deriveCfg.ActivationTime - 1
	g.add("before activation: nothing", before)
	in.NextL2Time = deriveCfg.ActivationTime
	g.add("at the activation time", in)
	in.Config.L1ChainID = 0
	g.add("the L1 chain id learnt from the input (configured as 0)", in)
	g.add("the seal block as the origin: a recordSnapshot deposit", l.input(m.seal))

	// A new snapshot sealed in the origin, and certificates against the main one.
	next := g.snap(sealBlock+5, []member{{0, 0, 2000}, {1, 0, 1010}, {2, 0, 1020}, {3, 0, 1030}, {4, 0, 1040}})
	if g.b.err != nil {
		return
	}
	var rs []receiptJSON
	for _, p := range pagesOf(next.table, 3) {
		rs = append(rs, l.receipt(publisherLog(pageLog(sealBlock+5, p.SetID, p.Entries))))
	}
	rs = append(rs, l.receipt(post(m.sealHash, c1.Encode())))
	rs = append(rs, l.receipt(publisherLog(sealLog(sealBlock+5, sealOf(next.table, nil)))))
	rs = append(rs, l.receipt(post(m.sealHash, c2.Encode())))
	g.add("a seal and two certificates in one origin: recordSnapshot first", l.input(l.block(sealBlock+5, "o", false, rs...)))

	// The window's edges.
	for _, o := range []uint64{sealBlock + 1, sealBlock + 20, sealBlock + 21} {
		in := l.input(l.block(o, "w", false, l.receipt(post(m.sealHash, c1.Encode()))))
		if o > sealBlock+20 {
			in.L1 = []l1BlockJSON{} // nothing is fetched
		}
		g.add("window: certificate in block "+strconv.FormatUint(o, 10)+" on a snapshot sealed in 100, window 20", in)
	}
}

func (g *deriveGen) skips() {
	l, m := g.withMain()
	valid := g.cert(g.main, 1)
	minority := g.cert(g.main, 21, 1, 2)
	if g.b.err != nil {
		return
	}
	mut := func(f func(c *certificate.Certificate)) []byte { return mutated(valid, f).Encode() }
	p := func(cert []byte) l1LogJSON { return post(m.sealHash, cert) }
	withTopics := func(lg l1LogJSON, topics ...common.Hash) l1LogJSON { lg.Topics = topics; return lg }
	badSubmitter := p(valid.Encode())
	badSubmitter.Topics = []common.Hash{derivation.CertificatePostedID, common.BytesToHash(append([]byte{1}, make([]byte, 31)...))}
	badOffset := p(valid.Encode())
	badOffset.Data = bytes.Clone(badOffset.Data)
	badOffset.Data[63] = 0x60
	certPadded := postData(m.sealHash, valid.Encode()[:len(valid.Encode())-1])
	certPadded[len(certPadded)-1] = 1
	padded := l1LogJSON{Address: certInboxAddr, Topics: p(nil).Topics, Data: certPadded}
	logs := []l1LogJSON{
		p(valid.Encode()),
		p(mut(func(c *certificate.Certificate) { c.Attestation.MessageRoot[0] ^= 1 })),
		p(minority.Encode()),
		p(mut(func(c *certificate.Certificate) { c.Attestation.AVS.Address[0] ^= 1 })),
		p(mut(func(c *certificate.Certificate) { c.Attestation.AVS.L1ChainID++ })),
		p(mut(func(c *certificate.Certificate) { c.Attestation.Snapshot.Block = sealBlock + 1 })),
		p(mut(func(c *certificate.Certificate) { c.Attestation.Snapshot.Block = sealBlock - 20 })),
		p(mut(func(c *certificate.Certificate) { c.Quorums = []uint8{0, 1} })),
		withTopics(p(valid.Encode()), derivation.CertificatePostedID),
		withTopics(p(valid.Encode()), derivation.CertificatePostedID, common.BytesToHash(submitterAddr[:]), common.Hash{}),
		withTopics(p(valid.Encode()), common.Hash{1}, common.BytesToHash(submitterAddr[:])),
		badSubmitter,
		badOffset,
		padded,
		{Address: certInboxAddr, Topics: p(nil).Topics, Data: []byte{1, 2, 3}},
		p([]byte("parley")),
		p(valid.Encode()[:len(valid.Encode())-32]),
		p(append(valid.Encode(), 0)),
	}
	g.add("one of every per-certificate skip rule, all naming one snapshot", l.input(l.block(sealBlock+1, "o", false, l.receipt(logs...))))

	// A certificate posted with a payload over the size limit (SPEC §9 rule 4).
	big := p(nil)
	binary.BigEndian.PutUint64(big.Data[64+24:], certificate.MaxSize+1)
	big.DataZeros = uint32(abiword.Padded(certificate.MaxSize + 1))
	g.add("a certificate of 131905 bytes", l.input(l.block(sealBlock+1, "big", false, l.receipt(p(valid.Encode()), big))))

	// Snapshots that do not resolve, each next to a valid certificate.
	heavy := g.snap(sealBlock-10, []member{{0, 0, 1}, {1, 0, 1}, {2, 0, 1}, {3, 0, 1000}})
	if g.b.err != nil {
		return
	}
	h := l.publish(heavy, 4, 1, "heavy")
	g.add("skip: no seal with the certificate's root in the named block", l.input(l.block(sealBlock+1, "root", false,
		l.receipt(p(valid.Encode()), p(mut(func(c *certificate.Certificate) { c.Attestation.Snapshot.Root[5] ^= 1 }))))))
	g.add("skip: the named block is another snapshot's seal block", l.input(l.block(sealBlock+1, "other", false,
		l.receipt(p(valid.Encode()), post(h.sealHash, valid.Encode())))))
}

func (g *deriveGen) bounds() {
	l, m := g.withMain()
	valid := g.cert(g.main, 1)
	heavy := g.snap(sealBlock-10, []member{{0, 0, 1}, {1, 0, 1}, {2, 0, 1}, {3, 0, 1000}})
	third := g.snap(sealBlock-5, uniform(0, 4, 0))
	if g.b.err != nil {
		return
	}
	h := l.publish(heavy, 4, 1, "heavy")
	t := l.publish(third, 4, 1, "third")
	onHeavy := g.cert(heavy, 50, 0, 1, 2)
	onThird := g.cert(third, 60)
	if g.b.err != nil {
		return
	}
	g.add("three snapshots named in one block: the third is skipped", l.input(l.block(sealBlock+1, "3", false, l.receipt(
		post(m.sealHash, valid.Encode()), post(h.sealHash, onHeavy.Encode()), post(t.sealHash, onThird.Encode()), post(m.sealHash, g.cert(g.main, 70).Encode())))))
	bad := mutated(valid, func(c *certificate.Certificate) { c.Attestation.Snapshot.Root[0] ^= 1 })
	g.add("an unusable snapshot counts towards the two", l.input(l.block(sealBlock+1, "4", false, l.receipt(
		post(m.sealHash, bad.Encode()), post(m.sealHash, valid.Encode()), post(h.sealHash, onHeavy.Encode())))))
	lying := mutated(valid, func(c *certificate.Certificate) { c.Attestation.Snapshot.Block = sealBlock - 1 })
	g.add("same block hash and root, another snapshotBlock: a distinct snapshot", l.input(l.block(sealBlock+1, "5", false, l.receipt(
		post(m.sealHash, valid.Encode()), post(m.sealHash, lying.Encode()), post(h.sealHash, onHeavy.Encode())))))
	g.add("outside the window: not counted towards the two", l.input(l.block(sealBlock+1, "6", false, l.receipt(
		post(m.sealHash, mutated(valid, func(c *certificate.Certificate) { c.Attestation.Snapshot.Block = 1 }).Encode()),
		post(m.sealHash, valid.Encode()), post(h.sealHash, onHeavy.Encode())))))

	var logs []l1LogJSON
	for i := uint64(0); i < derivation.MaxCertsPerBlock+2; i++ {
		logs = append(logs, post(m.sealHash, g.cert(g.main, 1+10*i).Encode()))
		if i == 3 {
			logs = append(logs, post(m.sealHash, []byte("not a certificate")))
		}
	}
	g.add("eighteen certificates and an undecodable one: sixteen taken", l.input(l.block(sealBlock+1, "cap", false, l.receipt(logs...))))
}

// invalidSnapshots: snapshots whose L1 data do not make a valid table (SPEC §9.1).
func (g *deriveGen) invalidSnapshots() {
	tab := g.main.table
	es := tab.Entries()
	enc := func(i int) []byte { e := es[i].Encode(); return e[:] }
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	all := cat(enc(0), enc(1), enc(2), enc(3))
	valid := g.cert(g.main, 1)
	if g.b.err != nil {
		return
	}
	page := func(start uint64, set uint32, b []byte) l1LogJSON { return publisherLog(pageLog(start, set, b)) }
	seal := func(start uint64, pages []optable.PageBlock) l1LogJSON {
		return publisherLog(sealLog(start, sealOf(tab, pages)))
	}
	// one builds a vector whose snapshot block (number sealAt, named as 100 by the
	// certificate) holds the logs, with extra earlier blocks.
	one := func(name string, build func(l *l1Sim) common.Hash) {
		l := &l1Sim{}
		h := build(l)
		g.add("unusable snapshot: "+name, l.input(l.block(sealBlock+1, "o", false, l.receipt(post(h, valid.Encode())))))
	}
	sealIn := func(l *l1Sim, number uint64, logs ...l1LogJSON) common.Hash {
		var rs []receiptJSON
		for _, lg := range logs {
			rs = append(rs, l.receipt(lg))
		}
		return l.block(number, "snap", true, rs...).Hash
	}
	one("valid: one page in the seal block", func(l *l1Sim) common.Hash {
		return sealIn(l, sealBlock, page(sealBlock, 0, all), seal(sealBlock, nil))
	})
	one("valid: another snapshot's page in a page block is ignored", func(l *l1Sim) common.Hash {
		pb := l.block(sealBlock-1, "pb", true, l.receipt(page(sealBlock-7, 0, enc(0))), l.receipt(page(sealBlock-1, 0, cat(enc(0), enc(1)))))
		return sealIn(l, sealBlock, page(sealBlock-1, 0, cat(enc(2), enc(3))), seal(sealBlock-1, []optable.PageBlock{{Number: sealBlock - 1, Hash: pb.Hash}}))
	})
	one("a page missing", func(l *l1Sim) common.Hash {
		return sealIn(l, sealBlock, page(sealBlock, 0, cat(enc(0), enc(1), enc(2))), seal(sealBlock, nil))
	})
	one("entries out of order", func(l *l1Sim) common.Hash {
		return sealIn(l, sealBlock, page(sealBlock, 0, cat(enc(1), enc(0), enc(2), enc(3))), seal(sealBlock, nil))
	})
	one("a page of a set the seal does not list", func(l *l1Sim) common.Hash {
		return sealIn(l, sealBlock, page(sealBlock, 1, all), seal(sealBlock, nil))
	})
	one("a page after the seal log (not counted)", func(l *l1Sim) common.Hash {
		return sealIn(l, sealBlock, seal(sealBlock, nil), page(sealBlock, 0, all))
	})
	one("a page that does not decode", func(l *l1Sim) common.Hash {
		bad := page(sealBlock, 0, all)
		bad.Data = append(bytes.Clone(bad.Data), 0)
		return sealIn(l, sealBlock, bad, seal(sealBlock, nil))
	})
	one("an entry with a G2 key outside the subgroup", func(l *l1Sim) common.Hash {
		e := bytes.Clone(all)
		out := g2NotInGroup()
		copy(e[96:224], out[:])
		return sealIn(l, sealBlock, page(sealBlock, 0, e), seal(sealBlock, nil))
	})
	one("a page block of another number than the seal says", func(l *l1Sim) common.Hash {
		pb := l.block(sealBlock-3, "pb", true, l.receipt(page(sealBlock-1, 0, all)))
		return sealIn(l, sealBlock, seal(sealBlock-1, []optable.PageBlock{{Number: sealBlock - 1, Hash: pb.Hash}}))
	})
	one("a page block not before the seal block", func(l *l1Sim) common.Hash {
		return sealIn(l, sealBlock, page(sealBlock, 0, all), seal(sealBlock, []optable.PageBlock{{Number: sealBlock, Hash: common.Hash{1}}}))
	})
	one("the named block is another number than the certificate's snapshotBlock", func(l *l1Sim) common.Hash {
		return sealIn(l, sealBlock-1, page(sealBlock-1, 0, all), seal(sealBlock-1, nil))
	})
	one("the logs are another contract's", func(l *l1Sim) common.Hash {
		p, s := page(sealBlock, 0, all), seal(sealBlock, nil)
		p.Address, s.Address = common.Address{9}, common.Address{9}
		return sealIn(l, sealBlock, p, s)
	})
	one("the seal's log is in a failed receipt", func(l *l1Sim) common.Hash {
		return l.block(sealBlock, "snap", true, l.receipt(page(sealBlock, 0, all)), l.failed(seal(sealBlock, nil))).Hash
	})
	one("the seal log does not decode (two page blocks out of order)", func(l *l1Sim) common.Hash {
		pbs := []optable.PageBlock{{Number: sealBlock - 1}, {Number: sealBlock - 2}}
		return sealIn(l, sealBlock, page(sealBlock-2, 0, all), seal(sealBlock-2, pbs))
	})
	one("valid: a seal log with the root that does not decode, then a valid one (the valid one is the seal)", func(l *l1Sim) common.Hash {
		bad := seal(sealBlock, nil)
		bad.Data = bad.Data[:len(bad.Data)-32]
		return sealIn(l, sealBlock, page(sealBlock, 0, cat(enc(0), enc(1))), bad, page(sealBlock, 0, cat(enc(2), enc(3))), seal(sealBlock, nil))
	})
	one("the seal's member count differs", func(l *l1Sim) common.Hash {
		f := sealOf(tab, nil)
		f.sets = bytes.Clone(f.sets)
		f.sets[7]++
		return sealIn(l, sealBlock, page(sealBlock, 0, all), publisherLog(sealLog(sealBlock, f)))
	})
	// Sealed 257 blocks after its start: Assemble's MaxBuildBlocks rule.
	late := g.snap(400, uniform(0, 4, 0))
	if g.b.err != nil {
		return
	}
	lateCert := g.cert(late, 1)
	lateAt := func(start uint64) func(l *l1Sim) common.Hash {
		return func(l *l1Sim) common.Hash {
			return sealIn(l, 400, publisherLog(pageLog(start, 0, all)), publisherLog(sealLog(start, sealOf(late.table, nil))))
		}
	}
	for _, c := range []struct {
		name  string
		start uint64
	}{{"sealed 256 blocks after its start", 400 - optable.MaxBuildBlocks}, {"sealed 257 blocks after its start", 400 - optable.MaxBuildBlocks - 1}} {
		l := &l1Sim{}
		h := lateAt(c.start)(l)
		g.add("unusable snapshot: "+c.name, l.input(l.block(401, "o", false, l.receipt(post(h, lateCert.Encode())))))
	}
}

// seals: the seal in the origin (SPEC §9 "Snapshot seal in O").
func (g *deriveGen) seals() {
	tab := g.main.table
	all := bytes.Join(func() [][]byte {
		var out [][]byte
		for _, e := range tab.Entries() {
			enc := e.Encode()
			out = append(out, enc[:])
		}
		return out
	}(), nil)
	page := publisherLog(pageLog(sealBlock, 0, all))
	good := publisherLog(sealLog(sealBlock, sealOf(tab, nil)))
	origin := func(name string, logs ...l1LogJSON) {
		l := &l1Sim{}
		var rs []receiptJSON
		for _, lg := range logs {
			rs = append(rs, l.receipt(lg))
		}
		g.add("seal in the origin: "+name, l.input(l.block(sealBlock, "seal", false, rs...)))
	}
	truncated := good
	truncated.Data = good.Data[:len(good.Data)-32]
	origin("valid", page, good)
	origin("valid, without its pages (they are not read)", good)
	origin("truncated data: skipped", page, truncated)
	f := sealOf(tab, nil)
	f.count = optable.MaxEntries + 1
	origin("entry count 4097: skipped", page, publisherLog(sealLog(sealBlock, f)))
	f = sealOf(tab, []optable.PageBlock{{Number: sealBlock - 1}})
	origin("a page block before the start block: skipped", page, publisherLog(sealLog(sealBlock, f)))
	extra := good
	extra.Topics = append(bytes32s(good.Topics), common.Hash{})
	origin("three topics: skipped", page, extra)
	origin("a malformed seal log, then a valid one: skipped, the second not considered", page, truncated, good)
	other := sealOf(tab, nil)
	other.root = crypto.Keccak256Hash([]byte("another root"))
	origin("two valid seal logs: the first taken", page, good, publisherLog(sealLog(sealBlock, other)))
	l := &l1Sim{}
	g.add("seal in the origin: in a failed receipt, ignored", l.input(l.block(sealBlock, "seal", false, l.receipt(page), l.failed(good))))
	var bigSets []byte
	for i := uint32(0); i < optable.MaxSets; i++ {
		bigSets = appendSealSet(bigSets, i*6, 100, new(uint256.Int).Lsh(uint256.NewInt(uint64(i)+1), 90))
	}
	f = sealOf(tab, nil)
	f.sets, f.count = bigSets, 3200
	origin("32 sets (not resolved: the origin's seal is only decoded)", publisherLog(sealLog(sealBlock, f)))
}
