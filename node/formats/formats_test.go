package formats

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/avssim"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
)

var testAVS = attestation.AVS{L1ChainID: 900, Registry: common.HexToAddress("0x5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a")}

type fixture struct {
	avs  *avssim.AVS
	cert *certificate.Certificate
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	stakes := []map[uint8]uint64{
		{0: 1000, 1: 7},
		{0: 2000},
		{1: 3000},
		{0: 10, 1: 20},
		{0: 5},
	}
	a, err := avssim.New(avssim.Config{AVS: testAVS, Seed: 3, Stakes: stakes, Window: 4})
	if err != nil {
		t.Fatal(err)
	}
	att := attestation.Attestation{
		AVS: testAVS, SourceChainID: 901, FromBlock: 10, ToBlock: 20,
		LastBlockHash: common.HexToHash("0x11"), MessageRoot: common.HexToHash("0x22"),
		TableVersion: a.Table().Version(),
	}
	c, err := a.Certify(att, []uint8{0, 1}, map[int]bool{1: true, 4: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.NonSigners) != 2 {
		t.Fatalf("fixture has %d non-signers", len(c.NonSigners))
	}
	return &fixture{avs: a, cert: c}
}

// edit decodes doc into a generic tree, applies f, and re-encodes.
func edit(t *testing.T, doc []byte, f func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(doc, &m); err != nil {
		t.Fatal(err)
	}
	f(m)
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func obj(m map[string]any, key string) map[string]any { return m[key].(map[string]any) }

func TestCertificateRoundTrip(t *testing.T) {
	f := newFixture(t)
	doc, err := MarshalCertificate(f.cert)
	if err != nil {
		t.Fatal(err)
	}
	want := f.cert.Encode()
	check := func(name string, doc []byte) {
		t.Helper()
		c, err := UnmarshalCertificate(doc)
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, doc)
		}
		if !bytes.Equal(c.Encode(), want) {
			t.Fatalf("%s: round trip changed the certificate", name)
		}
	}
	check("full", doc)
	check("without encoded", edit(t, doc, func(m map[string]any) { delete(m, "encoded") }))
	check("encoded only", []byte(`{"encoded":"`+hexutil.Encode(want)+`"}`))
	check("upper-case hex", edit(t, doc, func(m map[string]any) {
		m["encoded"] = "0x" + strings.ToUpper(common.Bytes2Hex(want))
	}))

	// Human-readable fields as documented.
	var cj map[string]any
	_ = json.Unmarshal(doc, &cj)
	att := obj(cj, "attestation")
	if att["sourceChainId"].(float64) != 901 || obj(att, "avs")["l1ChainId"].(float64) != 900 {
		t.Fatalf("attestation fields: %v", att)
	}
	if q := cj["quorums"].([]any); len(q) != 2 || q[0].(float64) != 0 || q[1].(float64) != 1 {
		t.Fatalf("quorums: %v", cj["quorums"])
	}
	apk := f.cert.ApkG2.Bytes()
	if x0 := obj(cj, "apkG2")["x"].([]any)[0].(string); x0 != hexutil.Encode(apk[0:32]) {
		t.Fatalf("apkG2.x[0] = %s, want the imaginary part first", x0)
	}
}

func TestCertificateRejections(t *testing.T) {
	f := newFixture(t)
	doc, err := MarshalCertificate(f.cert)
	if err != nil {
		t.Fatal(err)
	}
	noEnc := func(m map[string]any) { delete(m, "encoded") }
	p := "0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47" // field modulus
	cases := []struct {
		name string
		doc  []byte
		want error
	}{
		{"encoded mismatch", edit(t, doc, func(m map[string]any) {
			obj(m, "attestation")["messageRoot"] = common.Hash{1}.Hex()
		}), ErrEncodedMismatch},
		{"unknown field", edit(t, doc, func(m map[string]any) { m["extra"] = 1 }), ErrSyntax},
		{"case-folded field", edit(t, doc, func(m map[string]any) {
			noEnc(m)
			a := obj(m, "attestation")
			a["FromBlock"] = a["fromBlock"]
			delete(a, "fromBlock")
		}), ErrSyntax},
		{"missing field", edit(t, doc, func(m map[string]any) { delete(m, "nonSigners") }), ErrSyntax},
		{"missing nested field", edit(t, doc, func(m map[string]any) {
			noEnc(m)
			delete(obj(m, "attestation"), "tableVersion")
		}), ErrSyntax},
		{"null", edit(t, doc, func(m map[string]any) { noEnc(m); m["sigma"] = nil }), ErrSyntax},
		{"short G2 array", edit(t, doc, func(m map[string]any) {
			noEnc(m)
			a := obj(m, "apkG2")
			a["x"] = a["x"].([]any)[:1]
		}), ErrSyntax},
		{"long G2 array", edit(t, doc, func(m map[string]any) {
			noEnc(m)
			a := obj(m, "apkG2")
			a["y"] = append(a["y"].([]any), a["y"].([]any)[0])
		}), ErrSyntax},
		{"short word", edit(t, doc, func(m map[string]any) { noEnc(m); obj(m, "sigma")["x"] = "0x01" }), ErrSyntax},
		{"sigma off curve", edit(t, doc, func(m map[string]any) {
			noEnc(m)
			obj(m, "sigma")["y"] = common.Hash{31: 5}.Hex()
		}), bls.ErrNotOnCurve},
		{"sigma non-canonical", edit(t, doc, func(m map[string]any) { noEnc(m); obj(m, "sigma")["x"] = p }), bls.ErrNonCanonical},
		{"apkG2 identity", edit(t, doc, func(m map[string]any) {
			noEnc(m)
			z := common.Hash{}.Hex()
			m["apkG2"] = map[string]any{"x": []any{z, z}, "y": []any{z, z}}
		}), bls.ErrIdentity},
		{"apkG2 swapped words", edit(t, doc, func(m map[string]any) {
			noEnc(m)
			a := obj(m, "apkG2")
			x := a["x"].([]any)
			a["x"] = []any{x[1], x[0]}
		}), certificate.ErrBadApkG2},
		{"non-signers unordered", edit(t, doc, func(m map[string]any) {
			noEnc(m)
			ns := m["nonSigners"].([]any)
			m["nonSigners"] = []any{ns[1], ns[0]}
		}), certificate.ErrNonSignersUnordered},
		{"non-signer duplicate", edit(t, doc, func(m map[string]any) {
			noEnc(m)
			ns := m["nonSigners"].([]any)
			m["nonSigners"] = []any{ns[0], ns[0]}
		}), certificate.ErrDuplicateNonSigner},
		{"quorum out of range", edit(t, doc, func(m map[string]any) { noEnc(m); m["quorums"] = []any{0, 192} }), certificate.ErrQuorumNumber},
		{"quorum too wide", edit(t, doc, func(m map[string]any) { noEnc(m); m["quorums"] = []any{0, 256} }), certificate.ErrQuorumNumber},
		{"quorum negative", edit(t, doc, func(m map[string]any) { noEnc(m); m["quorums"] = []any{-1} }), certificate.ErrQuorumNumber},
		{"quorums unordered", edit(t, doc, func(m map[string]any) { noEnc(m); m["quorums"] = []any{1, 0} }), certificate.ErrQuorumsUnordered},
		{"no quorums", edit(t, doc, func(m map[string]any) { noEnc(m); m["quorums"] = []any{} }), certificate.ErrNoQuorums},
		{"empty range", edit(t, doc, func(m map[string]any) { noEnc(m); obj(m, "attestation")["fromBlock"] = 21 }), certificate.ErrAttestation},
		{"fractional number", edit(t, doc, func(m map[string]any) { noEnc(m); obj(m, "attestation")["toBlock"] = 20.5 }), ErrSyntax},
		{"number as string", edit(t, doc, func(m map[string]any) { noEnc(m); obj(m, "attestation")["toBlock"] = "20" }), ErrSyntax},
		{"duplicate key", []byte(strings.Replace(string(doc), `"quorums"`, `"quorums": [0, 1], "quorums"`, 1)), ErrSyntax},
		{"trailing data", append(append([]byte{}, doc...), []byte("{}")...), ErrSyntax},
		{"not an object", []byte(`[1,2]`), ErrSyntax},
		{"encoded truncated", []byte(`{"encoded":"` + hexutil.Encode(f.cert.Encode()[:600]) + `"}`), certificate.ErrSize},
		{"encoded trailing", []byte(`{"encoded":"` + hexutil.Encode(append(f.cert.Encode(), make([]byte, 32)...)) + `"}`), certificate.ErrTrailing},
		{"encoded empty", []byte(`{"encoded":"0x"}`), certificate.ErrSize},
		{"encoded odd hex", []byte(`{"encoded":"0x1"}`), ErrSyntax},
		{"encoded null", []byte(`{"encoded":null}`), ErrSyntax},
		{"empty object", []byte(`{}`), ErrSyntax},
		{"deep nesting", []byte(strings.Repeat("[", 10000) + strings.Repeat("]", 10000)), ErrSyntax},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := UnmarshalCertificate(c.doc)
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
	// An empty "encoded" next to valid fields is a mismatch, not an absent field.
	_, err = UnmarshalCertificate(edit(t, doc, func(m map[string]any) { m["encoded"] = "0x" }))
	if !errors.Is(err, ErrEncodedMismatch) {
		t.Fatalf("empty encoded with fields: %v", err)
	}
}

func TestTableRoundTrip(t *testing.T) {
	f := newFixture(t)
	// Move the history on to version 3 (two more L1 blocks of registry events).
	h := f.avs.History
	h.Apply(nil)
	h.Apply(nil)
	for _, tab := range []*optable.Table{optable.New(testAVS), f.avs.Table()} {
		doc, err := MarshalTable(tab)
		if err != nil {
			t.Fatal(err)
		}
		got, err := UnmarshalTable(doc)
		if err != nil {
			t.Fatalf("%v\n%s", err, doc)
		}
		if got.Version() != tab.Version() || got.Commitment() != tab.Commitment() {
			t.Fatalf("round trip: version %d commitment %s, want %d %s", got.Version(), got.Commitment(), tab.Version(), tab.Commitment())
		}
		for _, q := range tab.QuorumNumbers() {
			a, _ := tab.Quorum(q)
			b, ok := got.Quorum(q)
			if !ok || !a.ApkG2.Equal(b.ApkG2) || !a.TotalStake.Eq(&b.TotalStake) || a.Members != b.Members {
				t.Fatalf("quorum %d differs", q)
			}
		}
	}
	if v := f.avs.Table().Version(); v != 3 {
		t.Fatalf("fixture at version %d", v)
	}
	// Stakes are written in numeric quorum order.
	s, _ := json.Marshal(Stakes{"10": "1", "9": "2", "100": "3", "0": "4"})
	if string(s) != `{"0":"4","9":"2","10":"1","100":"3"}` {
		t.Fatalf("stakes order: %s", s)
	}
}

func TestTableRejections(t *testing.T) {
	f := newFixture(t)
	doc, err := MarshalTable(f.avs.Table())
	if err != nil {
		t.Fatal(err)
	}
	op := func(m map[string]any, i int) map[string]any { return m["operators"].([]any)[i].(map[string]any) }
	cases := []struct {
		name string
		doc  []byte
		want error
	}{
		{"swapped PoP", edit(t, doc, func(m map[string]any) {
			op(m, 0)["pop"], op(m, 1)["pop"] = op(m, 1)["pop"], op(m, 0)["pop"]
		}), optable.ErrBadPoP},
		{"PoP for another AVS", edit(t, doc, func(m map[string]any) { obj(m, "avs")["l1ChainId"] = 1 }), optable.ErrBadPoP},
		{"G2 of another operator", edit(t, doc, func(m map[string]any) {
			op(m, 0)["pubkeyG2"] = op(m, 1)["pubkeyG2"]
		}), optable.ErrBadPoP},
		{"duplicate address", edit(t, doc, func(m map[string]any) {
			op(m, 1)["address"] = op(m, 0)["address"]
		}), ErrTableOperator},
		{"version 0 with operators", edit(t, doc, func(m map[string]any) { m["version"] = 0 }), ErrTableVersion},
		{"version too large", edit(t, doc, func(m map[string]any) { m["version"] = MaxTableVersion + 1 }), ErrTableVersion},
		{"wrong id", edit(t, doc, func(m map[string]any) { op(m, 0)["id"] = op(m, 1)["id"] }), ErrTableOperator},
		{"stake leading zero", edit(t, doc, func(m map[string]any) { obj(op(m, 0), "stakes")["0"] = "01000" }), ErrTableOperator},
		{"stake negative", edit(t, doc, func(m map[string]any) { obj(op(m, 0), "stakes")["0"] = "-1" }), ErrTableOperator},
		{"stake as number", edit(t, doc, func(m map[string]any) { obj(op(m, 0), "stakes")["0"] = 1000 }), ErrSyntax},
		{"stake over 96 bits", edit(t, doc, func(m map[string]any) {
			obj(op(m, 0), "stakes")["0"] = "79228162514264337593543950336" // 2^96
		}), optable.ErrStakeTooLarge},
		{"quorum 192", edit(t, doc, func(m map[string]any) { obj(op(m, 0), "stakes")["192"] = "1" }), ErrTableOperator},
		{"quorum not canonical", edit(t, doc, func(m map[string]any) { obj(op(m, 1), "stakes")["00"] = "1" }), ErrTableOperator},
		{"G1 off curve", edit(t, doc, func(m map[string]any) { obj(op(m, 0), "pubkeyG1")["y"] = common.Hash{31: 9}.Hex() }), bls.ErrNotOnCurve},
		{"missing stakes", edit(t, doc, func(m map[string]any) { delete(op(m, 0), "stakes") }), ErrSyntax},
		{"unknown operator field", edit(t, doc, func(m map[string]any) { op(m, 0)["index"] = 0 }), ErrSyntax},
		{"missing version", edit(t, doc, func(m map[string]any) { delete(m, "version") }), ErrSyntax},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := UnmarshalTable(c.doc)
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
	// The id is optional.
	if _, err := UnmarshalTable(edit(t, doc, func(m map[string]any) { delete(op(m, 0), "id") })); err != nil {
		t.Fatalf("without id: %v", err)
	}
}

func TestPolicy(t *testing.T) {
	p := verifier.Policy{AVS: testAVS, Thresholds: []verifier.Threshold{{Quorum: 0, BPS: 6667}, {Quorum: 3, BPS: 5000}}}
	doc, err := MarshalPolicy(p, 16)
	if err != nil {
		t.Fatal(err)
	}
	got, w, err := UnmarshalPolicy(doc)
	if err != nil {
		t.Fatal(err)
	}
	if w != 16 || got.AVS != p.AVS || len(got.Thresholds) != 2 || got.Thresholds[1] != p.Thresholds[1] {
		t.Fatalf("round trip: %+v window %d", got, w)
	}
	th := func(m map[string]any, i int) map[string]any { return m["thresholds"].([]any)[i].(map[string]any) }
	for name, d := range map[string][]byte{
		"missing window": edit(t, doc, func(m map[string]any) { delete(m, "window") }),
		"bps too large":  edit(t, doc, func(m map[string]any) { th(m, 0)["bps"] = 10001 }),
		"quorum 192":     edit(t, doc, func(m map[string]any) { th(m, 0)["quorum"] = 192 }),
		"unordered":      edit(t, doc, func(m map[string]any) { th(m, 0)["quorum"] = 3 }),
		"no thresholds":  edit(t, doc, func(m map[string]any) { m["thresholds"] = []any{} }),
		"unknown field":  edit(t, doc, func(m map[string]any) { th(m, 0)["weight"] = 1 }),
		"bad registry":   edit(t, doc, func(m map[string]any) { obj(m, "avs")["registry"] = "0x1234" }),
	} {
		if _, _, err := UnmarshalPolicy(d); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := MarshalPolicy(verifier.Policy{AVS: testAVS}, 1); err == nil {
		t.Error("empty policy written")
	}
}

func TestFiles(t *testing.T) {
	f := newFixture(t)
	dir := t.TempDir()
	cp, tp, pp := filepath.Join(dir, "cert.json"), filepath.Join(dir, "table.json"), filepath.Join(dir, "policy.json")
	p := verifier.Policy{AVS: testAVS, Thresholds: []verifier.Threshold{{Quorum: 0, BPS: 3000}, {Quorum: 1, BPS: 3000}}}
	if err := WriteCertificate(cp, f.cert); err != nil {
		t.Fatal(err)
	}
	if err := WriteTable(tp, f.avs.Table()); err != nil {
		t.Fatal(err)
	}
	if err := WritePolicy(pp, p, 4); err != nil {
		t.Fatal(err)
	}
	c, err := ReadCertificate(cp)
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadTable(tp)
	if err != nil {
		t.Fatal(err)
	}
	pol, w, err := ReadPolicy(pp)
	if err != nil {
		t.Fatal(err)
	}
	v, err := verifier.New(verifier.Config{Policy: pol})
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Verify(c, optable.NewHistory(tab, w)); err != nil {
		t.Fatalf("certificate from files rejected: %v", err)
	}
	// Overwriting replaces the file; no temporary files are left behind.
	if err := WritePolicy(pp, p, 5); err != nil {
		t.Fatal(err)
	}
	if _, w, _ := ReadPolicy(pp); w != 5 {
		t.Fatalf("window %d after rewrite", w)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Fatalf("%d files in the directory", len(entries))
	}
	if _, err := ReadCertificate(filepath.Join(dir, "missing.json")); err == nil {
		t.Fatal("missing file read")
	}
}
