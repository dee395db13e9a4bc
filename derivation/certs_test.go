package derivation_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	. "github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/certificate"
)

// TestScanRules applies each of Scan's rules to one log: a log posting a valid
// certificate, changed in one way per case.
func TestScanRules(t *testing.T) {
	f := newFixture(t)
	cert := f.cert(t, f.attestation(1), nil).Encode()
	good := postedLog(t, f.submitter, f.snap.sealHash, cert)
	with := func(mod func(lg *types.Log)) *types.Log {
		lg := &types.Log{Address: good.Address, Topics: append([]common.Hash(nil), good.Topics...), Data: bytes.Clone(good.Data)}
		mod(lg)
		return lg
	}
	cases := []struct {
		name string
		log  *types.Log
		want error
	}{
		{"three topics", with(func(lg *types.Log) { lg.Topics = append(lg.Topics, common.Hash{}) }), ErrCertLog},
		{"submitter topic not an address", with(func(lg *types.Log) { lg.Topics[1][0] = 1 }), ErrCertEncoding},
		{"offset", with(func(lg *types.Log) { lg.Data[63] = 0x60 }), ErrCertEncoding},
		{"length above 2^32", with(func(lg *types.Log) { lg.Data[64+27] = 1 }), ErrCertEncoding},
		{"trailing word", with(func(lg *types.Log) { lg.Data = append(lg.Data, make([]byte, 32)...) }), ErrCertEncoding},
		{"short", with(func(lg *types.Log) { lg.Data = lg.Data[:len(lg.Data)-1] }), ErrCertEncoding},
		{"no data", with(func(lg *types.Log) { lg.Data = nil }), ErrCertEncoding},
		{"padding", postedLog(t, f.submitter, f.snap.sealHash, append(bytes.Clone(cert), 0)), ErrCertDecode},
		{"too large", postedLog(t, f.submitter, f.snap.sealHash, make([]byte, certificate.MaxSize+1)), ErrCertTooLarge},
		{"undecodable", postedLog(t, f.submitter, f.snap.sealHash, cert[:len(cert)-32]), ErrCertDecode},
	}
	sc := Scanner{Inbox: certBox}
	for _, c := range cases {
		rs := types.Receipts{receipt(1, c.log)}
		indexBlock(rs)
		found, skipped := sc.Scan(rs)
		if len(found) != 0 || len(skipped) != 1 || !errors.Is(skipped[0].Reason, c.want) {
			t.Errorf("%s: %d found, skipped %v; want %v", c.name, len(found), skipped, c.want)
		}
	}
	// The inbox's other events are not certificates: neither candidates nor skips.
	for _, lg := range []*types.Log{with(func(lg *types.Log) { lg.Topics[0] = common.Hash{1} }), with(func(lg *types.Log) { lg.Topics = nil })} {
		if found, skipped := sc.Scan(types.Receipts{receipt(1, lg)}); len(found)+len(skipped) != 0 {
			t.Errorf("another event of the inbox: %d found, %v", len(found), skipped)
		}
	}
	// Non-zero padding of the bytes value.
	padded := postedLog(t, f.submitter, f.snap.sealHash, cert[:len(cert)-1])
	padded.Data[len(padded.Data)-1] = 1
	if found, skipped := sc.Scan(types.Receipts{receipt(1, padded)}); len(found) != 0 || len(skipped) != 1 || !errors.Is(skipped[0].Reason, ErrCertEncoding) {
		t.Errorf("non-zero padding: %d found, %v", len(found), skipped)
	}
	rs := types.Receipts{receipt(1, good)}
	found, skipped := sc.Scan(rs)
	if len(found) != 1 || len(skipped) != 0 || found[0].Submitter != f.submitter || found[0].SnapshotBlockHash != f.snap.sealHash {
		t.Fatalf("valid log: %d found, %v", len(found), skipped)
	}
}

// TestScanBlock: order, failed receipts, other addresses, and the per-block cap.
func TestScanBlock(t *testing.T) {
	f := newFixture(t)
	var logs []*types.Log
	for i := uint64(0); i < MaxCertsPerBlock+2; i++ {
		logs = append(logs, postedLog(t, f.submitter, f.snap.sealHash, f.cert(t, f.attestation(1+10*i), nil).Encode()))
	}
	failed := receipt(1, logs[0])
	failed.Status = types.ReceiptStatusFailed
	elsewhere := &types.Log{Address: common.Address{9}, Topics: logs[1].Topics, Data: logs[1].Data}
	rs := types.Receipts{failed, nil, receipt(2, elsewhere, logs[1], nil), receipt(3, logs[2:]...)}
	indexBlock(rs)
	found, skipped := (&Scanner{Inbox: certBox}).Scan(rs)
	if len(found) != MaxCertsPerBlock || len(skipped) != 1 || !errors.Is(skipped[0].Reason, ErrCertOverCap) {
		t.Fatalf("%d found, skipped %v", len(found), skipped)
	}
	for i, c := range found {
		if c.Cert.Attestation.FromBlock != 1+10*uint64(i+1) {
			t.Fatalf("candidate %d out of order", i)
		}
	}
	if found[0].TxIndex != 2 || found[1].TxIndex != 3 || found[0].LogIndex != 2 {
		t.Fatalf("positions: %+v", found[0])
	}
}

// FuzzScan: Scan never panics, yields one candidate or skip per inbox log, and what it
// accepts re-encodes to the bytes it came from.
func FuzzScan(f *testing.F) {
	fx := newFixture(f)
	good := postedLog(f, fx.submitter, fx.snap.sealHash, fx.cert(f, fx.attestation(1), nil).Encode())
	f.Add(good.Topics[0][:], good.Topics[1][:], good.Data, uint8(2))
	f.Add([]byte{}, []byte{}, []byte{}, uint8(0))
	f.Fuzz(func(t *testing.T, t0, t1, data []byte, ntopics uint8) {
		lg := &types.Log{Address: certBox, Data: data}
		for i, b := range [][]byte{t0, t1, t1} {
			if i < int(ntopics%4) {
				lg.Topics = append(lg.Topics, common.BytesToHash(b))
			}
		}
		rs := types.Receipts{receipt(1, lg)}
		found, skipped := (&Scanner{Inbox: certBox}).Scan(rs)
		want := 0
		if IsCertificateLog(lg) {
			want = 1
		}
		if len(found)+len(skipped) != want {
			t.Fatalf("%d found, %d skipped", len(found), len(skipped))
		}
		if len(found) == 1 {
			_, _, raw, err := ParseCertificatePosted(lg)
			if err != nil || !bytes.Equal(found[0].Cert.Encode(), raw) {
				t.Fatal("accepted a certificate that does not re-encode to its bytes")
			}
		}
	})
}
