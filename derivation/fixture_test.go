package derivation_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/ethereum-optimism/optimism/op-service/eth"

	. "github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/avssim"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/precompile"
)

// The L1 of these tests: chain 900 with the AVS's three contracts.
var (
	l1Chain   = big.NewInt(900)
	avsAddr   = common.HexToAddress("0x000000000000000000000000000000000000a5a5")
	publisher = common.HexToAddress("0x000000000000000000000000000000000000b0b0")
	certBox   = common.HexToAddress("0x000000000000000000000000000000000000ce47")
	testAVS   = attestation.AVS{L1ChainID: 900, Address: avsAddr}
	l1Signer  = types.LatestSignerForChainID(l1Chain)
)

func key(t testing.TB, seed byte) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(common.LeftPadBytes([]byte{seed, 1}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func signedTx(t testing.TB, k *ecdsa.PrivateKey, nonce uint64, to common.Address, data []byte) *types.Transaction {
	tx, err := types.SignNewTx(k, l1Signer, &types.DynamicFeeTx{ChainID: l1Chain, Nonce: nonce, To: &to, Gas: 1_000_000, GasFeeCap: big.NewInt(1), Data: data})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func receiptFor(tx *types.Transaction, ok bool) *types.Receipt {
	r := &types.Receipt{TxHash: tx.Hash(), Status: types.ReceiptStatusSuccessful}
	if !ok {
		r.Status = types.ReceiptStatusFailed
	}
	return r
}

// receipt is a successful receipt (of a distinct transaction per nonce) holding logs.
func receipt(nonce uint64, logs ...*types.Log) *types.Receipt {
	r := &types.Receipt{TxHash: common.Hash{0x7e, byte(nonce >> 8), byte(nonce)}, Status: types.ReceiptStatusSuccessful, Logs: logs}
	return r
}

// indexBlock numbers the receipts' logs as an L1 block does: index in the block,
// transaction index and hash.
func indexBlock(rs types.Receipts) {
	var n uint
	for i, r := range rs {
		if r == nil {
			continue
		}
		r.TransactionIndex = uint(i)
		for _, lg := range r.Logs {
			if lg == nil {
				continue
			}
			lg.Index, lg.TxIndex, lg.TxHash = n, uint(i), r.TxHash
			n++
		}
	}
}

// fakeL1 serves L1 blocks' receipts by hash, as op-node's validating L1 client does.
type fakeL1 struct {
	mu      sync.Mutex
	blocks  map[common.Hash]*fakeBlock
	fetches int
	fail    error // every fetch fails with it while set
}

type fakeBlock struct {
	info     eth.BlockInfo
	receipts types.Receipts
}

func newFakeL1() *fakeL1 { return &fakeL1{blocks: map[common.Hash]*fakeBlock{}} }

// add stores a block with these receipts at number (salt distinguishes siblings) and
// returns its info.
func (l *fakeL1) add(number uint64, salt byte, receipts types.Receipts) eth.BlockInfo {
	indexBlock(receipts)
	h := &types.Header{Number: new(big.Int).SetUint64(number), Extra: []byte{salt}, Difficulty: common.Big0, Time: 1000 + 12*number}
	info := eth.HeaderBlockInfo(h)
	l.mu.Lock()
	l.blocks[info.Hash()] = &fakeBlock{info: info, receipts: receipts}
	l.mu.Unlock()
	return info
}

func (l *fakeL1) FetchReceipts(_ context.Context, h common.Hash) (eth.BlockInfo, types.Receipts, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.fetches++
	if l.fail != nil {
		return nil, nil, l.fail
	}
	b, ok := l.blocks[h]
	if !ok {
		return nil, nil, fmt.Errorf("fake L1: no block %s", h)
	}
	return b.info, b.receipts, nil
}

func (l *fakeL1) fetchCount() int { l.mu.Lock(); defer l.mu.Unlock(); return l.fetches }

var abiTypes = func() map[string]abi.Type {
	m := map[string]abi.Type{}
	for _, s := range []string{"uint32", "bytes", "bytes32"} {
		m[s], _ = abi.NewType(s, "", nil)
	}
	return m
}()

// pack ABI-encodes values of the named types with go-ethereum's encoder (canonical).
func pack(t testing.TB, types []string, vals ...any) []byte {
	t.Helper()
	var args abi.Arguments
	for _, s := range types {
		args = append(args, abi.Argument{Type: abiTypes[s]})
	}
	b, err := args.Pack(vals...)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func u64Topic(v uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(v)) }

// pageLog is the publisher's SnapshotPage log.
func pageLog(t testing.TB, start uint64, set uint8, entries []byte) *types.Log {
	return &types.Log{Address: publisher, Topics: []common.Hash{optable.SnapshotPageID, u64Topic(start)},
		Data: pack(t, []string{"uint32", "bytes"}, uint32(set), entries)}
}

// sealLog is the publisher's SnapshotSealed log of table tab started at start, with
// earlier page blocks pages.
func sealLog(t testing.TB, start uint64, tab *optable.Table, pages []optable.PageBlock) *types.Log {
	var sets, pb []byte
	for _, s := range tab.Sets() {
		sets = binary.BigEndian.AppendUint32(sets, uint32(s.ID))
		sets = binary.BigEndian.AppendUint32(sets, uint32(s.Members))
		w := s.TotalWeight.Bytes32()
		sets = append(sets, w[:]...)
	}
	for _, p := range pages {
		pb = binary.BigEndian.AppendUint64(pb, p.Number)
		pb = append(pb, p.Hash[:]...)
	}
	head := pack(t, []string{"bytes32", "uint32"}, tab.Root(), uint32(tab.Len()))
	tail := pack(t, []string{"bytes", "bytes"}, sets, pb)
	// abi.encode(bytes32, uint32, bytes, bytes): the two offsets shift by the head's
	// two words.
	abiHead := make([]byte, 128)
	copy(abiHead, head)
	binary.BigEndian.PutUint64(abiHead[88:96], binary.BigEndian.Uint64(tail[24:32])+64)
	binary.BigEndian.PutUint64(abiHead[120:128], binary.BigEndian.Uint64(tail[56:64])+64)
	return &types.Log{Address: publisher, Topics: []common.Hash{optable.SnapshotSealedID, u64Topic(start)}, Data: append(abiHead, tail[64:]...)}
}

// published is a snapshot as the fake L1 holds it.
type published struct {
	tab      *optable.Table
	sealHash common.Hash
	start    uint64
}

// publish puts tab's pages (at most per entries each, one set each) and seal on l1, the
// way the publisher emits them: pagesPerBlock pages per block from the start block on,
// the last block holding the remaining pages and the seal. The seal block is the
// table's snapshot block.
func publish(t testing.TB, l1 *fakeL1, tab *optable.Table, per, pagesPerBlock int) published {
	var pages []*types.Log
	for _, p := range tab.Pages(per) {
		pages = append(pages, pageLog(t, 0, uint8(p.SetID), p.Entries))
	}
	blocks := max(1, (len(pages)+pagesPerBlock-1)/pagesPerBlock)
	seal := tab.Snapshot().Block
	start := seal - uint64(blocks-1)
	for _, p := range pages {
		p.Topics[1] = u64Topic(start)
	}
	var earlier []optable.PageBlock
	for b := 0; b < blocks-1; b++ {
		var rs types.Receipts
		for k, p := range pages[b*pagesPerBlock : (b+1)*pagesPerBlock] {
			rs = append(rs, receipt(uint64(100*b+k), p))
		}
		info := l1.add(start+uint64(b), 0, rs)
		earlier = append(earlier, optable.PageBlock{Number: info.NumberU64(), Hash: info.Hash()})
	}
	var rs types.Receipts
	for k, p := range pages[(blocks-1)*pagesPerBlock:] {
		rs = append(rs, receipt(uint64(k), p))
	}
	rs = append(rs, receipt(999, sealLog(t, start, tab, earlier)))
	info := l1.add(seal, 0, rs)
	return published{tab: tab, sealHash: info.Hash(), start: start}
}

// postedLog is the inbox's CertificatePosted log of submitter's post of cert.
func postedLog(t testing.TB, submitter common.Address, snapshotHash common.Hash, cert []byte) *types.Log {
	return &types.Log{Address: certBox, Topics: []common.Hash{CertificatePostedID, common.BytesToHash(submitter[:])},
		Data: pack(t, []string{"bytes32", "bytes"}, snapshotHash, cert)}
}

// fixture is an AVS of 4 operators in set 0 with weights 1000..1030, its snapshot
// published on a fake L1 (sealed at block 100, two blocks of pages), and a Deriver with
// a 2/3 threshold and a window of 20 blocks.
type fixture struct {
	sim       *avssim.AVS
	l1        *fakeL1
	snap      published
	cfg       Config
	d         *Deriver
	submitter common.Address
}

const (
	sealBlock  = 100
	testWindow = 20
)

func newFixture(t testing.TB) *fixture {
	sim, err := avssim.New(avssim.Config{AVS: testAVS, Seed: 6, Stakes: avssim.Uniform(4, 0), Block: sealBlock})
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{sim: sim, l1: newFakeL1(), submitter: addrOf(key(t, 1))}
	f.snap = publish(t, f.l1, sim.Table(), 1, 2)
	f.cfg = Config{L1ChainID: 900, AVS: avsAddr, Publisher: publisher, CertInbox: certBox, Window: testWindow,
		Thresholds: []verifier.Threshold{{Quorum: 0, BPS: 6667}}}
	f.d = f.deriver(t, f.cfg)
	return f
}

func (f *fixture) deriver(t testing.TB, cfg Config) *Deriver {
	d, err := NewDeriver(cfg, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// attestation is a range of source chain 901 against the fixture's snapshot.
func (f *fixture) attestation(from uint64) attestation.Attestation {
	return attestation.Attestation{AVS: testAVS, SourceChainID: 901, FromBlock: from, ToBlock: from + 9,
		LastBlockHash: common.Hash{0x1a, byte(from)}, MessageRoot: common.Hash{0x2b, byte(from)}, Snapshot: f.sim.Snapshot()}
}

// cert signs a by every operator but those absent.
func (f *fixture) cert(t testing.TB, a attestation.Attestation, absent map[int]bool) *certificate.Certificate {
	c, err := f.sim.Certify(a, []uint8{0}, absent)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// post is a receipt posting certs against the fixture's snapshot.
func (f *fixture) post(t testing.TB, nonce uint64, certs ...*certificate.Certificate) *types.Receipt {
	var logs []*types.Log
	for _, c := range certs {
		logs = append(logs, postedLog(t, f.submitter, f.snap.sealHash, c.Encode()))
	}
	return receipt(1000+nonce, logs...)
}

// origin is the hook input for L1 block number with these receipts.
func (f *fixture) origin(number uint64, receipts ...*types.Receipt) *Input {
	rs := types.Receipts(receipts)
	info := f.l1.add(number, 0xee, rs)
	return &Input{L1ChainID: 900, L1Info: info, Receipts: rs, L1: f.l1, NextL2Time: 1_000_000}
}

// decodeDeposits returns the deposits' transactions.
func decodeDeposits(t testing.TB, raw []hexutil.Bytes) []*types.Transaction {
	out := make([]*types.Transaction, len(raw))
	for i, b := range raw {
		out[i] = new(types.Transaction)
		if err := out[i].UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// method names a deposit's inbox method.
func method(t testing.TB, tx *types.Transaction) string {
	m, err := precompile.ABI.MethodById(tx.Data())
	if err != nil {
		t.Fatal(err)
	}
	return m.Name
}

// inboxState is an L2 inbox's storage as a map, written by running the precompile.
type inboxState struct {
	slots map[common.Hash]common.Hash
	nonce uint64
}

func newInboxState() *inboxState { return &inboxState{slots: map[common.Hash]common.Hash{}} }

var inboxConfig = &precompile.Config{AVS: testAVS}

// apply executes deposits in order, each with exactly the gas it carries beyond its
// intrinsic gas and the call, and returns each one's error (a revert is harmless: the
// deposit changes nothing).
func (s *inboxState) apply(t testing.TB, deps []*types.Transaction) []error {
	errs := make([]error, len(deps))
	for i, tx := range deps {
		gas := tx.Gas() - IntrinsicGas(tx.Data()) - 100
		_, errs[i] = precompile.Run(inboxConfig, systemEnv{s, &gas, map[common.Hash]bool{}}, tx.Data())
		if errors.Is(errs[i], precompile.ErrOutOfGas) {
			t.Fatalf("deposit %d (%s) ran out of gas", i, method(t, tx))
		}
	}
	return errs
}

// systemEnv runs the precompile as the system sender on an inboxState, in a
// transaction of its own (slots warm up as EIP-2929 says).
type systemEnv struct {
	s    *inboxState
	gas  *uint64
	warm map[common.Hash]bool
}

func (e systemEnv) GetState(k common.Hash) (common.Hash, common.Hash) { v := e.s.slots[k]; return v, v }
func (e systemEnv) SetState(k, v common.Hash)                         { e.s.slots[k] = v }
func (e systemEnv) SlotWarm(k common.Hash) bool                       { return e.warm[k] }
func (e systemEnv) WarmSlot(k common.Hash)                            { e.warm[k] = true }
func (e systemEnv) Nonce() uint64                                     { return e.s.nonce }
func (e systemEnv) SetNonce(n uint64)                                 { e.s.nonce = n }
func (e systemEnv) AddLog([]common.Hash, []byte)                      {}
func (e systemEnv) Caller() common.Address                            { return precompile.SystemSender }
func (e systemEnv) Value() *uint256.Int                               { return new(uint256.Int) }
func (e systemEnv) ReadOnly() bool                                    { return false }
func (e systemEnv) CallType() precompile.CallType                     { return precompile.Call }
func (e systemEnv) BlockNumber() uint64                               { return 1 }
func (e systemEnv) BlockTime() uint64                                 { return 1 }
func (e systemEnv) Gas() uint64                                       { return *e.gas }
func (e systemEnv) UseGas(n uint64) bool {
	if *e.gas < n {
		return false
	}
	*e.gas -= n
	return true
}
