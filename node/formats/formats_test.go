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

var testAVS = attestation.AVS{L1ChainID: 900, Address: common.HexToAddress("0x5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a")}

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
	a, err := avssim.New(avssim.Config{AVS: testAVS, Seed: 3, Stakes: stakes, Block: 42})
	if err != nil {
		t.Fatal(err)
	}
	att := attestation.Attestation{
		AVS: testAVS, SourceChainID: 901, FromBlock: 10, ToBlock: 20,
		LastBlockHash: common.HexToHash("0x11"), MessageRoot: common.HexToHash("0x22"),
		Snapshot: a.Snapshot(),
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
			delete(obj(m, "attestation"), "snapshot")
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
		{"snapshot block as string", edit(t, doc, func(m map[string]any) {
			noEnc(m)
			obj(obj(m, "attestation"), "snapshot")["block"] = "42"
		}), ErrSyntax},
		{"unknown snapshot field", edit(t, doc, func(m map[string]any) {
			noEnc(m)
			obj(obj(m, "attestation"), "snapshot")["version"] = 1
		}), ErrSyntax},
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
	empty, err := optable.Build(testAVS, 7, []uint8{3}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tab := range []*optable.Table{empty, f.avs.Table()} {
		doc, err := MarshalTable(tab)
		if err != nil {
			t.Fatal(err)
		}
		got, err := UnmarshalTable(doc)
		if err != nil {
			t.Fatalf("%v\n%s", err, doc)
		}
		if got.AVS() != tab.AVS() || got.Snapshot() != tab.Snapshot() || got.Len() != tab.Len() {
			t.Fatalf("round trip: %s %s, want %s %s", got.AVS(), got.Snapshot(), tab.AVS(), tab.Snapshot())
		}
		for i, e := range tab.Entries() {
			g := got.Entries()[i]
			if g.SetID != e.SetID || g.Operator != e.Operator || !g.Weight.Eq(&e.Weight) || g.ID != e.ID || !g.PubkeyG2.Equal(e.PubkeyG2) {
				t.Fatalf("entry %d differs", i)
			}
		}
		if len(got.Sets()) != len(tab.Sets()) {
			t.Fatalf("%d sets, want %d", len(got.Sets()), len(tab.Sets()))
		}
		for i, s := range tab.Sets() {
			g := got.Sets()[i]
			if g.ID != s.ID || g.Members != s.Members || !g.TotalWeight.Eq(&s.TotalWeight) || !g.ApkG2.Equal(s.ApkG2) {
				t.Fatalf("set %d differs", s.ID)
			}
		}
		again, _ := MarshalTable(got)
		if !bytes.Equal(again, doc) {
			t.Fatal("writing the read table changes the document")
		}
	}

	// Documented fields, in the documented forms.
	doc, _ := MarshalTable(f.avs.Table())
	var m map[string]any
	_ = json.Unmarshal(doc, &m)
	if m["block"].(float64) != 42 || m["root"].(string) != f.avs.Table().Root().Hex() {
		t.Fatalf("block %v root %v", m["block"], m["root"])
	}
	if s := m["sets"].([]any)[1].(map[string]any); s["id"].(float64) != 1 || s["members"].(float64) != 3 || s["totalWeight"].(string) != "3027" {
		t.Fatalf("set 1: %v", s)
	}
	e := m["entries"].([]any)[0].(map[string]any)
	first := f.avs.Table().Entries()[0]
	if e["set"].(float64) != 0 || e["weight"].(string) != first.Weight.Dec() || e["id"].(string) != first.ID.Hex() ||
		e["operator"].(string) != strings.ToLower(first.Operator.Hex()) {
		t.Fatalf("entry 0: %v", e)
	}

	// The block is not part of the root: a file with another block loads, as another
	// snapshot of the same entries, and the fixture's certificate does not name it.
	moved, err := UnmarshalTable(edit(t, doc, func(m map[string]any) { m["block"] = 43 }))
	if err != nil {
		t.Fatal(err)
	}
	if moved.Root() != f.avs.Table().Root() || moved.Snapshot().Block != 43 {
		t.Fatalf("moved: %s", moved.Snapshot())
	}
	v, err := verifier.New(verifier.Config{Policy: verifier.Policy{AVS: testAVS, Thresholds: []verifier.Threshold{{Quorum: 0}, {Quorum: 1}}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Verify(f.cert, optable.Of(moved)); !errors.Is(err, verifier.ErrSnapshot) {
		t.Fatalf("certificate against another snapshot: %v", err)
	}
}

func TestTableRejections(t *testing.T) {
	f := newFixture(t)
	doc, err := MarshalTable(f.avs.Table())
	if err != nil {
		t.Fatal(err)
	}
	// Entries: four in set 0, then three in set 1.
	ent := func(m map[string]any, i int) map[string]any { return m["entries"].([]any)[i].(map[string]any) }
	set := func(m map[string]any, i int) map[string]any { return m["sets"].([]any)[i].(map[string]any) }
	last := len(f.avs.Table().Entries()) - 1
	cases := []struct {
		name string
		doc  []byte
		want error
	}{
		{"tampered root", edit(t, doc, func(m map[string]any) { m["root"] = common.Hash{1}.Hex() }), ErrTableRoot},
		{"weight changed", edit(t, doc, func(m map[string]any) { ent(m, 0)["weight"] = "1" }), ErrTableRoot},
		{"operator changed", edit(t, doc, func(m map[string]any) {
			ent(m, 0)["operator"] = common.Address{}.Hex() // still first in its set
		}), ErrTableRoot},
		{"entry dropped", edit(t, doc, func(m map[string]any) {
			m["entries"] = m["entries"].([]any)[:last]
		}), ErrTableRoot},
		{"set total edited", edit(t, doc, func(m map[string]any) { set(m, 0)["totalWeight"] = "1" }), ErrTableSet},
		{"set members edited", edit(t, doc, func(m map[string]any) { set(m, 1)["members"] = 4 }), ErrTableSet},
		{"set total not canonical", edit(t, doc, func(m map[string]any) {
			set(m, 0)["totalWeight"] = "0" + set(m, 0)["totalWeight"].(string)
		}), ErrTableSet},
		{"set 192", edit(t, doc, func(m map[string]any) { set(m, 1)["id"] = 192 }), ErrTableSet},
		{"sets unordered", edit(t, doc, func(m map[string]any) {
			s := m["sets"].([]any)
			m["sets"] = []any{s[1], s[0]}
		}), optable.ErrSetOrder},
		{"set missing", edit(t, doc, func(m map[string]any) { m["sets"] = m["sets"].([]any)[:1] }), optable.ErrEntrySet},
		{"too many sets", edit(t, doc, func(m map[string]any) {
			var s []any
			for i := range optable.MaxSets + 1 {
				s = append(s, map[string]any{"id": i, "members": 0, "totalWeight": "0"})
			}
			m["sets"] = s
		}), optable.ErrTooManySets},
		{"entries unordered", edit(t, doc, func(m map[string]any) {
			e := m["entries"].([]any)
			e[0], e[1] = e[1], e[0]
		}), optable.ErrEntryOrder},
		{"entry set 192", edit(t, doc, func(m map[string]any) { ent(m, last)["set"] = 192 }), ErrTableEntry},
		{"entry set negative", edit(t, doc, func(m map[string]any) { ent(m, 0)["set"] = -1 }), ErrTableEntry},
		{"key in two sets", edit(t, doc, func(m map[string]any) {
			for _, k := range []string{"id", "pubkeyG1", "pubkeyG2"} {
				ent(m, last)[k] = ent(m, 0)[k]
			}
		}), optable.ErrDuplicateKey},
		{"wrong id", edit(t, doc, func(m map[string]any) { ent(m, 0)["id"] = ent(m, 1)["id"] }), ErrTableEntry},
		{"null id", edit(t, doc, func(m map[string]any) { ent(m, 0)["id"] = nil }), ErrSyntax},
		{"weight leading zero", edit(t, doc, func(m map[string]any) { ent(m, 0)["weight"] = "0" + ent(m, 0)["weight"].(string) }), ErrTableEntry},
		{"weight negative", edit(t, doc, func(m map[string]any) { ent(m, 0)["weight"] = "-1" }), ErrTableEntry},
		{"weight as number", edit(t, doc, func(m map[string]any) { ent(m, 0)["weight"] = 1000 }), ErrSyntax},
		{"weight over 96 bits", edit(t, doc, func(m map[string]any) {
			ent(m, 0)["weight"] = "79228162514264337593543950336" // 2^96
		}), optable.ErrWeightRange},
		{"G1 off curve", edit(t, doc, func(m map[string]any) { obj(ent(m, 0), "pubkeyG1")["y"] = common.Hash{31: 9}.Hex() }), bls.ErrNotOnCurve},
		{"G2 swapped words", edit(t, doc, func(m map[string]any) {
			g := obj(ent(m, 0), "pubkeyG2")
			x := g["x"].([]any)
			g["x"] = []any{x[1], x[0]}
		}), ErrTableEntry},
		{"block as string", edit(t, doc, func(m map[string]any) { m["block"] = "42" }), ErrSyntax},
		{"missing root", edit(t, doc, func(m map[string]any) { delete(m, "root") }), ErrSyntax},
		{"missing sets", edit(t, doc, func(m map[string]any) { delete(m, "sets") }), ErrSyntax},
		{"missing weight", edit(t, doc, func(m map[string]any) { delete(ent(m, 0), "weight") }), ErrSyntax},
		{"unknown entry field", edit(t, doc, func(m map[string]any) { ent(m, 0)["stakes"] = map[string]any{} }), ErrSyntax},
		{"v1 table", edit(t, doc, func(m map[string]any) { m["version"] = 1 }), ErrSyntax},
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
	if _, err := UnmarshalTable(edit(t, doc, func(m map[string]any) { delete(ent(m, 0), "id") })); err != nil {
		t.Fatalf("without id: %v", err)
	}
}

func TestPolicy(t *testing.T) {
	p := verifier.Policy{AVS: testAVS, Thresholds: []verifier.Threshold{{Quorum: 0, BPS: 6667}, {Quorum: 3, BPS: 5000}}}
	doc, err := MarshalPolicy(p)
	if err != nil {
		t.Fatal(err)
	}
	got, err := UnmarshalPolicy(doc)
	if err != nil {
		t.Fatal(err)
	}
	if got.AVS != p.AVS || len(got.Thresholds) != 2 || got.Thresholds[1] != p.Thresholds[1] {
		t.Fatalf("round trip: %+v", got)
	}
	th := func(m map[string]any, i int) map[string]any { return m["thresholds"].([]any)[i].(map[string]any) }
	for name, d := range map[string][]byte{
		"v1 window":     edit(t, doc, func(m map[string]any) { m["window"] = 16 }),
		"bps too large": edit(t, doc, func(m map[string]any) { th(m, 0)["bps"] = 10001 }),
		"bps negative":  edit(t, doc, func(m map[string]any) { th(m, 0)["bps"] = -1 }),
		"quorum 192":    edit(t, doc, func(m map[string]any) { th(m, 0)["quorum"] = 192 }),
		"unordered":     edit(t, doc, func(m map[string]any) { th(m, 0)["quorum"] = 3 }),
		"no thresholds": edit(t, doc, func(m map[string]any) { m["thresholds"] = []any{} }),
		"unknown field": edit(t, doc, func(m map[string]any) { th(m, 0)["weight"] = 1 }),
		"bad address":   edit(t, doc, func(m map[string]any) { obj(m, "avs")["avs"] = "0x1234" }),
		"v1 registry": edit(t, doc, func(m map[string]any) {
			a := obj(m, "avs")
			a["registry"] = a["avs"]
			delete(a, "avs")
		}),
	} {
		if _, err := UnmarshalPolicy(d); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := MarshalPolicy(verifier.Policy{AVS: testAVS}); err == nil {
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
	if err := WritePolicy(pp, p); err != nil {
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
	pol, err := ReadPolicy(pp)
	if err != nil {
		t.Fatal(err)
	}
	v, err := verifier.New(verifier.Config{Policy: pol})
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Verify(c, optable.Of(tab)); err != nil {
		t.Fatalf("certificate from files rejected: %v", err)
	}
	// Overwriting replaces the file; no temporary files are left behind.
	p.Thresholds[1].BPS = 4000
	if err := WritePolicy(pp, p); err != nil {
		t.Fatal(err)
	}
	if got, _ := ReadPolicy(pp); got.Thresholds[1].BPS != 4000 {
		t.Fatalf("thresholds %v after rewrite", got.Thresholds)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Fatalf("%d files in the directory", len(entries))
	}
	if _, err := ReadCertificate(filepath.Join(dir, "missing.json")); err == nil {
		t.Fatal("missing file read")
	}
	// A file whose root was tampered with is refused, naming the file.
	data, _ := os.ReadFile(tp)
	bad := filepath.Join(dir, "bad.json")
	_ = os.WriteFile(bad, bytes.Replace(data, []byte(tab.Root().Hex()[2:]), []byte(common.Hash{}.Hex()[2:]), 1), 0o644)
	if _, err := ReadTable(bad); !errors.Is(err, ErrTableRoot) || !strings.Contains(err.Error(), bad) {
		t.Fatalf("tampered root: %v", err)
	}
}
