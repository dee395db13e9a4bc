package formats_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/node/formats"
)

// The files in testdata are the ones the package documentation shows. They were
// written by
//
//	go run ./node/cmd/parley sim --operators 3 --quorums 0 --absent 0.34 \
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
	p, w, err := formats.ReadPolicy("testdata/policy.json")
	if err != nil {
		t.Fatal(err)
	}
	v, err := verifier.New(verifier.Config{Policy: p})
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Verify(c, optable.NewHistory(tab, w)); err != nil {
		t.Fatalf("documented certificate rejected: %v", err)
	}
	// Writing reproduces the files byte for byte.
	for name, f := range map[string]func() ([]byte, error){
		"testdata/cert.json":   func() ([]byte, error) { return formats.MarshalCertificate(c) },
		"testdata/table.json":  func() ([]byte, error) { return formats.MarshalTable(tab) },
		"testdata/policy.json": func() ([]byte, error) { return formats.MarshalPolicy(p, w) },
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

// The single-operator table of the package documentation is a valid table: its proof
// of possession verifies for its address and AVS.
func ExampleUnmarshalTable() {
	doc := `{
  "avs": {"l1ChainId": 900, "registry": "0x0000000000000000000000000000000000a11ce0"},
  "version": 1,
  "operators": [
    {
      "id": "0x2d2f9626ff8c9e4906d917f76b44978ce07bafa54e1da38176f8135304f1232f",
      "address": "0xd48ff8765ce481fdd6f46e0e191b8a3cafbc5cd1",
      "pubkeyG1": {
        "x": "0x15bc7195b92fbde99b94e3f3af29f2f2e651b5c75e66c8899823088dbf3925cd",
        "y": "0x248a196d08c8dd82c5952e205f6e43dea7b37c9dfa68b6cf5dca8862e9461167"
      },
      "pubkeyG2": {
        "x": ["0x18d251da47140d74d0abed6a0a94565879170f57b7cdf7d23a7a83029bada77a",
              "0x1131522846d8a7905cb032f4244ec3282e0d00770af6b12411b293a7888ee331"],
        "y": ["0x2028ccc375b618a3183e2e90318f761ca390ee880ae2f450f42c3351f35c9f1a",
              "0x10e97dbbebedbc1e4ff33a379fb87aad2f2db1f2bf8d070649214a11d985f956"]
      },
      "pop": {
        "x": "0x20bd9e9976328ed5ec23c62d7f2775db50b4d1ecb4c24d6fe7ad304b7ab02cc2",
        "y": "0x243d6e5d3e83cbb7639ddb8a4fb4bbdf0a4ab9f4c03c4f2e5457dc7f561db376"
      },
      "stakes": {"0": "11000"}
    }
  ]
}`
	t, err := formats.UnmarshalTable([]byte(doc))
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	q, _ := t.Quorum(0)
	fmt.Printf("version %d, %d operator, quorum 0 stake %s\n", t.Version(), t.Len(), q.TotalStake.Dec())
	// Output: version 1, 1 operator, quorum 0 stake 11000
}

// A policy requiring two thirds of quorum 0's stake.
func ExampleUnmarshalPolicy() {
	p, window, err := formats.UnmarshalPolicy([]byte(`{
  "avs": {"l1ChainId": 900, "registry": "0x0000000000000000000000000000000000a11ce0"},
  "thresholds": [{"quorum": 0, "bps": 6667}],
  "window": 16
}`))
	fmt.Println(p.Thresholds, window, err)
	// Output: [{0 6667}] 16 <nil>
}
