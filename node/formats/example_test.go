package formats_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/avssim"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/node/formats"
)

// The files in testdata are the ones the package documentation shows. They were
// written by
//
//	go run ./node/cmd/parley sim --seed 4 --operators 3 --quorums 0,1 --absent 0.34 \
//	    --no-bad-signer --threshold 5000 --blocks 2 --batch 2 --out-dir node/formats/testdata
//
// and must stay valid: if this test fails after a deliberate protocol change,
// regenerate them with that command and update doc.go.
func TestDocumentedExamples(t *testing.T) {
	c, err := formats.ReadCertificate("testdata/cert.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := formats.ReadTable("testdata/table.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := formats.ReadPolicy("testdata/policy.json")
	if err != nil {
		t.Fatal(err)
	}
	v, err := verifier.New(verifier.Config{Policy: p})
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Verify(c, optable.Of(tab)); err != nil {
		t.Fatalf("documented certificate rejected: %v", err)
	}
	// Writing reproduces the files byte for byte.
	for name, f := range map[string]func() ([]byte, error){
		"testdata/cert.json":   func() ([]byte, error) { return formats.MarshalCertificate(c) },
		"testdata/table.json":  func() ([]byte, error) { return formats.MarshalTable(tab) },
		"testdata/policy.json": func() ([]byte, error) { return formats.MarshalPolicy(p) },
	} {
		got, err := f()
		if err != nil {
			t.Fatal(err)
		}
		want, _ := os.ReadFile(name)
		if string(got) != string(want) {
			t.Errorf("%s: writer output differs from the file", name)
		}
	}
}

// oneEntry is the one-entry snapshot of the package documentation: the snapshot
// avssim builds for one operator of weight 11000 in set 0 (seed 1, sealed in L1 block
// 100), as MarshalTable writes it but with the G2 words on fewer lines.
const oneEntry = `{
  "avs": {"l1ChainId": 900, "avs": "0x0000000000000000000000000000000000a11ce0"},
  "block": 100,
  "root": "0x5b98b8d0cecde2c0ff692058f07a047fc01e52ab7fb0bb2d494c573b6c427619",
  "sets": [{"id": 0, "members": 1, "totalWeight": "11000"}],
  "entries": [
    {
      "set": 0,
      "operator": "0xf0b5cd3a924e0c1665a04dc665152b7976aee2be",
      "weight": "11000",
      "id": "0x3fe31fcea71152cdab54e10d49dbd55a6482d511eabbd0ee243d27795f14abb7",
      "pubkeyG1": {
        "x": "0x1248a0feea6fc2a53cd5f49ae95db9757498023f8f9a9d3b1893536683d265b3",
        "y": "0x25e326f79a8f7164e55b2b082f34f86fc9d2e6b16471860d36e06cb89474e7a8"
      },
      "pubkeyG2": {
        "x": ["0x0e5d3e8ee46b821024037c02f9e0f2dcb808dce28e25b2eb3d0adfe54542a870",
              "0x129d6213d47ac468a5a02e6ca3c1954d5520cd71f3c3e2fe900c38fe2c87bb73"],
        "y": ["0x301f4b064e740709297cb08b3f6ca015239588474c3a929e212b0a38c279412c",
              "0x0e4c9356b6ae0e63f8551d518de1cba55356dcadc284637ddb416d59b2459443"]
      }
    }
  ]
}`

// The documented one-entry snapshot is the one avssim builds, so the documentation
// cannot drift from the code.
func TestDocumentedSnapshot(t *testing.T) {
	a, err := avssim.New(avssim.Config{
		AVS:    attestation.AVS{L1ChainID: 900, Address: common.HexToAddress("0x0000000000000000000000000000000000a11ce0")},
		Seed:   1,
		Stakes: []map[uint8]uint64{{0: 11000}},
		Block:  100,
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := formats.UnmarshalTable([]byte(oneEntry))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := formats.MarshalTable(a.Table())
	if b, _ := formats.MarshalTable(got); string(b) != string(want) {
		t.Fatalf("documented snapshot differs from avssim's:\n%s", want)
	}
}

// A one-entry snapshot is read by rebuilding it with optable.Build; its stated root
// must be the root of its entries.
func ExampleUnmarshalTable() {
	t, err := formats.UnmarshalTable([]byte(oneEntry))
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	s, _ := t.Set(0)
	fmt.Printf("%s, %d entry, set 0: %d member of weight %s\n", t.Snapshot(), t.Len(), s.Members, s.TotalWeight.Dec())
	// Output: snapshot(l1 block 100, root 0x5b98b8d0cecde2c0ff692058f07a047fc01e52ab7fb0bb2d494c573b6c427619), 1 entry, set 0: 1 member of weight 11000
}

// A policy requiring two thirds of operator set 0's weight.
func ExampleUnmarshalPolicy() {
	p, err := formats.UnmarshalPolicy([]byte(`{
  "avs": {"l1ChainId": 900, "avs": "0x0000000000000000000000000000000000a11ce0"},
  "thresholds": [{"quorum": 0, "bps": 6667}]
}`))
	fmt.Println(p.Thresholds, err)
	// Output: [{0 6667}] <nil>
}
