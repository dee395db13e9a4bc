package derivation_test

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	. "github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/avssim"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/precompile/bindings"
)

var (
	l1Chain  = big.NewInt(900)
	certBox  = common.HexToAddress("0xce47")
	l1Signer = types.LatestSignerForChainID(l1Chain)
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

// certInboxABI is ParleyCertificateInbox's committed ABI.
var certInboxABI = sync.OnceValue(func() *abi.ABI {
	a, err := bindings.ParleyCertificateInboxMetaData.GetAbi()
	if err != nil {
		panic(err)
	}
	return a
})

// postedData is the data of a CertificatePosted log for cert, encoded by go-ethereum's
// ABI encoder (canonical).
func postedData(t testing.TB, cert []byte) []byte {
	t.Helper()
	d, err := certInboxABI().Events["CertificatePosted"].Inputs.NonIndexed().Pack(cert)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// postedLog is the CertificatePosted log ParleyCertificateInbox emits when submitter
// posts cert.
func postedLog(t testing.TB, submitter common.Address, cert []byte) *types.Log {
	return &types.Log{Address: certBox, Topics: []common.Hash{CertificatePostedID, common.BytesToHash(submitter[:])}, Data: postedData(t, cert)}
}

// postTx is k's transaction calling post(cert) on the inbox.
func postTx(t testing.TB, k *ecdsa.PrivateKey, nonce uint64, cert []byte) *types.Transaction {
	t.Helper()
	data, err := certInboxABI().Pack("post", cert)
	if err != nil {
		t.Fatal(err)
	}
	return signedTx(t, k, nonce, certBox, data)
}

// postReceipt is the successful receipt of k's post(cert): one CertificatePosted log.
func postReceipt(t testing.TB, k *ecdsa.PrivateKey, nonce uint64, cert []byte) *types.Receipt {
	tx := postTx(t, k, nonce, cert)
	r := receiptFor(tx, true)
	lg := postedLog(t, addrOf(k), cert)
	lg.TxHash = tx.Hash()
	r.Logs = []*types.Log{lg}
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

func sampleCertificate(t testing.TB, n uint64) []byte {
	avs := attestation.AVS{L1ChainID: 900, Registry: common.HexToAddress("0xa11ce0")}
	a, err := avssim.New(avssim.Config{AVS: avs, Seed: 2, Stakes: avssim.Uniform(4, 0), Window: 2})
	if err != nil {
		t.Fatal(err)
	}
	c, err := a.Certify(attestation.Attestation{AVS: avs, SourceChainID: 901, FromBlock: n, ToBlock: n + 9, TableVersion: 1}, []uint8{0}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c.Encode()
}

func TestCertificatePostedIDIsTheContracts(t *testing.T) {
	ev, ok := certInboxABI().Events["CertificatePosted"]
	if !ok || ev.ID != CertificatePostedID || ev.Anonymous {
		t.Fatalf("CertificatePosted id %s (in ABI: %v), derivation uses %s", ev.ID, ok, CertificatePostedID)
	}
	if in := ev.Inputs; len(in) != 2 || !in[0].Indexed || in[0].Type.T != abi.AddressTy || in[1].Indexed || in[1].Type.T != abi.BytesTy {
		t.Fatalf("CertificatePosted inputs %v", in)
	}
}

// word is a 32-byte ABI word holding v.
func word(v uint64) []byte { return common.BigToHash(new(big.Int).SetUint64(v)).Bytes() }

func cat(parts ...[]byte) []byte { return slices.Concat(parts...) }

// TestScanRules applies each of Scan's rules to one log: a base receipt posting a valid
// certificate, changed in one way per case.
func TestScanRules(t *testing.T) {
	sub, stranger := key(t, 1), key(t, 2)
	good := sampleCertificate(t, 1)
	if len(good)%32 != 0 {
		t.Fatal("certificates are whole words")
	}
	goodData := postedData(t, good)
	n := uint64(len(good))
	undecodable := slices.Clone(good)
	undecodable[3*32] = 1 // fromBlock (a uint64) with a bit above 64
	oneMore := append(slices.Clone(good), 0x01)
	oneMoreData := postedData(t, oneMore) // 31 zero bytes of padding
	huge := make([]byte, certificate.MaxSize+1)

	type tc struct {
		name    string
		change  func(r *types.Receipt)
		maxSize int
		want    error // nil: found
		ignored bool  // neither found nor skipped
	}
	setData := func(d []byte) func(*types.Receipt) { return func(r *types.Receipt) { r.Logs[0].Data = d } }
	cases := []tc{
		{name: "valid", change: func(*types.Receipt) {}},
		{name: "failed receipt", change: func(r *types.Receipt) { r.Status = types.ReceiptStatusFailed }, ignored: true},
		{name: "wrong address", change: func(r *types.Receipt) { r.Logs[0].Address = common.Address{0xce, 0x48} }, ignored: true},
		{name: "wrong topic0", change: func(r *types.Receipt) {
			r.Logs[0].Topics[0] = crypto.Keccak256Hash([]byte("CertificatePosted(address,bytes32)"))
		}, want: ErrCertLog},
		{name: "no topics", change: func(r *types.Receipt) { r.Logs[0].Topics = nil }, want: ErrCertLog},
		{name: "one topic", change: func(r *types.Receipt) { r.Logs[0].Topics = r.Logs[0].Topics[:1] }, want: ErrCertLog},
		{name: "three topics", change: func(r *types.Receipt) {
			r.Logs[0].Topics = append(r.Logs[0].Topics, common.Hash{})
		}, want: ErrCertLog},
		{name: "dirty address topic", change: func(r *types.Receipt) { r.Logs[0].Topics[1][0] = 1 }, want: ErrCertEncoding},
		{name: "dirty address topic, byte 11", change: func(r *types.Receipt) { r.Logs[0].Topics[1][11] = 0x80 }, want: ErrCertEncoding},
		{name: "empty data", change: setData(nil), want: ErrCertEncoding},
		{name: "offset word only", change: setData(word(32)), want: ErrCertEncoding},
		{name: "bad offset 0x40", change: setData(cat(word(64), word(0), word(n), good)), want: ErrCertEncoding},
		{name: "bad offset, high bits", change: setData(cat(append([]byte{1}, word(32)[1:]...), word(n), good)), want: ErrCertEncoding},
		{name: "length too long", change: setData(cat(word(32), word(n+1), good)), want: ErrCertEncoding},
		{name: "length word over 64 bits", change: setData(cat(word(32), append([]byte{1}, word(n)[1:]...), good)), want: ErrCertEncoding},
		{name: "length short by a word", change: setData(cat(word(32), word(n-32), good)), want: ErrCertEncoding},
		{name: "length short by a byte, not padding", change: func(r *types.Receipt) {
			d := cat(word(32), word(n-1), good)
			d[len(d)-1] = 1
			r.Logs[0].Data = d
		}, want: ErrCertEncoding},
		// The last byte of the certificate is zero: this is a canonical encoding of
		// the certificate less its last byte, which does not decode.
		{name: "length short by a byte, zero padding", change: setData(cat(word(32), word(n-1), good)), want: ErrCertDecode},
		{name: "non-zero padding", change: func(r *types.Receipt) {
			d := slices.Clone(oneMoreData)
			d[len(d)-1] = 1
			r.Logs[0].Data = d
		}, want: ErrCertEncoding},
		{name: "trailing word", change: setData(cat(goodData, word(0))), want: ErrCertEncoding},
		{name: "trailing byte", change: setData(cat(goodData, []byte{0})), want: ErrCertEncoding},
		{name: "submitter not allowed", change: func(r *types.Receipt) {
			r.Logs[0].Topics[1] = common.BytesToHash(addrOf(stranger).Bytes())
		}, want: ErrCertSender},
		{name: "too large for the configured bound", change: func(*types.Receipt) {}, maxSize: len(good) - 32, want: ErrCertTooLarge},
		{name: "larger than certificate.MaxSize", change: setData(postedData(t, huge)), want: ErrCertTooLarge},
		{name: "larger than certificate.MaxSize, configured larger", change: setData(postedData(t, huge)), maxSize: 2 * certificate.MaxSize, want: ErrCertTooLarge},
		{name: "undecodable certificate", change: setData(postedData(t, undecodable)), want: ErrCertDecode},
		{name: "trailing byte in the certificate", change: setData(oneMoreData), want: ErrCertDecode},
		{name: "empty certificate", change: setData(postedData(t, nil)), want: ErrCertDecode},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := &Scanner{Inbox: certBox, Submitters: map[common.Address]bool{addrOf(sub): true}, MaxCerts: 1, MaxSize: c.maxSize}
			r := postReceipt(t, sub, 0, good)
			other := receiptFor(signedTx(t, stranger, 0, common.Address{0x99}, good), true) // ignored
			other.Logs = []*types.Log{{Address: common.Address{0x99}, Topics: []common.Hash{CertificatePostedID}, Data: goodData}}
			rs := types.Receipts{other, r}
			indexBlock(rs)
			c.change(r)
			found, skipped := s.Scan(rs)
			switch {
			case c.ignored:
				if len(found) != 0 || len(skipped) != 0 {
					t.Fatalf("found %v, skipped %v; want neither", found, skipped)
				}
			case c.want == nil:
				if len(skipped) != 0 || len(found) != 1 {
					t.Fatalf("found %v, skipped %v", found, skipped)
				}
				f := found[0]
				if f.TxIndex != 1 || f.TxHash != r.TxHash || f.LogIndex != 1 || f.Submitter != addrOf(sub) || !bytes.Equal(f.Cert.Encode(), good) {
					t.Fatalf("candidate %+v", f)
				}
			default:
				if len(found) != 0 || len(skipped) != 1 {
					t.Fatalf("found %v, skipped %v", found, skipped)
				}
				s := skipped[0]
				if !errors.Is(s.Reason, c.want) || s.TxIndex != 1 || s.TxHash != r.TxHash || s.LogIndex != 1 {
					t.Fatalf("skip %v, want reason %v at tx 1, log 1", s, c.want)
				}
			}
		})
	}
}

// TestScanBlock scans a block with several receipts and logs: block order, indices,
// the per-block cap counted in log order over certificates found (not over skips),
// and logs of other contracts ignored.
func TestScanBlock(t *testing.T) {
	sub, sub2, stranger := key(t, 1), key(t, 3), key(t, 2)
	s := &Scanner{Inbox: certBox, Submitters: map[common.Address]bool{addrOf(sub): true, addrOf(sub2): true}, MaxCerts: 3}
	c1, c2, c3, c4 := sampleCertificate(t, 1), sampleCertificate(t, 11), sampleCertificate(t, 21), sampleCertificate(t, 31)
	noise := func(r *types.Receipt) *types.Receipt {
		r.Logs = append([]*types.Log{{Address: common.Address{0xdd}, Topics: []common.Hash{{1}}}}, r.Logs...)
		return r
	}
	// A contract wallet posting two certificates in one transaction: two logs.
	wallet := postReceipt(t, sub2, 0, c2)
	second := postedLog(t, addrOf(sub2), c3)
	wallet.Logs = append(wallet.Logs, &types.Log{Address: common.Address{0xdd}}, second)
	failed := postReceipt(t, sub, 1, c4)
	failed.Status = types.ReceiptStatusFailed
	rs := types.Receipts{
		receiptFor(signedTx(t, sub, 9, common.Address{0x99}, nil), true), // tx 0: no logs
		noise(postReceipt(t, sub, 0, c1)),                                // tx 1, log 1: found
		postReceipt(t, stranger, 0, c4),                                  // tx 2, log 2: not allowed
		postReceipt(t, sub, 2, append(slices.Clone(c4), 0)),              // tx 3, log 3: does not decode
		wallet,                     // tx 4, logs 4 and 6: found; 5 ignored
		failed,                     // tx 5, log 7: ignored
		postReceipt(t, sub, 3, c4), // tx 6, log 8: over the cap
		postReceipt(t, sub, 4, c1), // tx 7, log 9: over the cap
	}
	indexBlock(rs)
	found, skipped := s.Scan(rs)
	type pos struct {
		tx  int
		log uint
	}
	var gotFound []pos
	for _, f := range found {
		gotFound = append(gotFound, pos{f.TxIndex, f.LogIndex})
		if f.TxHash != rs[f.TxIndex].TxHash {
			t.Fatalf("candidate %+v: wrong transaction hash", f)
		}
	}
	if want := []pos{{1, 1}, {4, 4}, {4, 6}}; !slices.Equal(gotFound, want) {
		t.Fatalf("found at %v, want %v", gotFound, want)
	}
	for i, want := range [][]byte{c1, c2, c3} {
		if !bytes.Equal(found[i].Cert.Encode(), want) {
			t.Fatalf("candidate %d is not the posted certificate", i)
		}
	}
	if found[1].Submitter != addrOf(sub2) || found[0].Submitter != addrOf(sub) {
		t.Fatal("wrong submitters")
	}
	wantSkips := []struct {
		pos
		err error
	}{{pos{2, 2}, ErrCertSender}, {pos{3, 3}, ErrCertDecode}, {pos{6, 8}, ErrCertOverCap}, {pos{7, 9}, ErrCertOverCap}}
	if len(skipped) != len(wantSkips) {
		t.Fatalf("skipped %v", skipped)
	}
	for i, w := range wantSkips {
		if got := skipped[i]; got.TxIndex != w.tx || got.LogIndex != w.log || got.TxHash != rs[w.tx].TxHash || !errors.Is(got.Reason, w.err) {
			t.Errorf("skip %d: %v, want tx %d log %d: %v", i, got, w.tx, w.log, w.err)
		}
	}

	// Deterministic, and no input is changed.
	again, skippedAgain := s.Scan(rs)
	if len(again) != len(found) || len(skippedAgain) != len(skipped) {
		t.Fatal("scan is not deterministic")
	}
	// Nil receipts and logs are ignored, not a panic.
	rs = append(rs, nil, &types.Receipt{Status: types.ReceiptStatusSuccessful, Logs: []*types.Log{nil}})
	if f, _ := s.Scan(rs); len(f) != 3 {
		t.Fatalf("with nil receipts: %d found", len(f))
	}
}

// FuzzScan: an arbitrary log of the inbox (topics and data fuzzed) never panics and
// yields exactly one candidate or one skip; a candidate's log is exactly the canonical
// CertificatePosted log of an allowed submitter and a canonical certificate; and the
// data rule accepts exactly what go-ethereum's ABI decoder decodes and re-encodes to
// the same bytes.
func FuzzScan(f *testing.F) {
	k := key(f, 1)
	allowed := addrOf(k)
	topics := cat(CertificatePostedID[:], common.BytesToHash(allowed[:]).Bytes())
	good := sampleCertificate(f, 1)
	f.Add(postedData(f, good), topics, uint8(0))
	f.Add(postedData(f, good), []byte{}, uint8(3))
	f.Add(postedData(f, append(slices.Clone(good), 7)), topics, uint8(0))
	f.Add(postedData(f, nil), topics, uint8(3))
	f.Add([]byte{}, topics, uint8(0))
	f.Add(cat(word(32), word(1<<40)), topics, uint8(3))
	f.Add(cat(word(32), word(3), []byte{1, 2, 3}), topics, uint8(3))
	s := &Scanner{Inbox: certBox, Submitters: map[common.Address]bool{allowed: true}, MaxCerts: 4}
	inputs := certInboxABI().Events["CertificatePosted"].Inputs.NonIndexed()
	f.Fuzz(func(t *testing.T, data, topicBytes []byte, flags uint8) {
		var ts []common.Hash
		for i := 0; i < len(topicBytes) && len(ts) < 5; i += 32 {
			var h common.Hash
			copy(h[:], topicBytes[i:])
			ts = append(ts, h)
		}
		if flags&1 != 0 && len(ts) > 0 {
			ts[0] = CertificatePostedID
		}
		if flags&2 != 0 && len(ts) > 1 {
			ts[1] = common.BytesToHash(allowed[:])
		}
		lg := &types.Log{Address: certBox, Topics: ts, Data: data, Index: 3}
		r := &types.Receipt{Status: types.ReceiptStatusSuccessful, Logs: []*types.Log{{Address: common.Address{1}, Topics: ts, Data: data}, lg}}
		found, skipped := s.Scan(types.Receipts{r})
		if len(found)+len(skipped) != 1 {
			t.Fatalf("%d found, %d skipped: want exactly one outcome", len(found), len(skipped))
		}
		for _, sk := range skipped {
			if sk.LogIndex != 3 || !slices.ContainsFunc([]error{ErrCertLog, ErrCertEncoding, ErrCertSender, ErrCertTooLarge, ErrCertOverCap, ErrCertDecode},
				func(e error) bool { return errors.Is(sk.Reason, e) }) {
				t.Fatalf("skip %v", sk)
			}
		}

		// The data rule is exactly ABI canonicity.
		canonical := false
		var value []byte
		if vals, err := inputs.Unpack(data); err == nil && len(vals) == 1 {
			if b, ok := vals[0].([]byte); ok {
				if re, err := inputs.Pack(b); err == nil && bytes.Equal(re, data) {
					canonical, value = true, b
				}
			}
		}
		sub, cert, err := ParseCertificatePosted(&types.Log{Topics: []common.Hash{CertificatePostedID, {}}, Data: data})
		if (err == nil) != canonical || (err == nil && (!bytes.Equal(cert, value) || sub != (common.Address{}))) {
			t.Fatalf("strict parse: %v; ABI canonical: %v", err, canonical)
		}

		for _, c := range found {
			if len(ts) != 2 || ts[0] != CertificatePostedID || ts[1] != common.BytesToHash(allowed[:]) || c.Submitter != allowed {
				t.Fatal("accepted a log that is not an allowed submitter's CertificatePosted")
			}
			if re, err := inputs.Pack(c.Cert.Encode()); err != nil || !bytes.Equal(re, data) {
				t.Fatal("non-canonical log data or certificate accepted")
			}
		}
	})
}
