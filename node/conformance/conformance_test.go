package conformance

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// vectorDir is the committed vectors' directory, from this package's directory.
var vectorDir = filepath.Join("..", "..", filepath.FromSlash(DefaultDir))

// TestVectorsUpToDate regenerates the vectors in memory and compares them with the
// committed files: `go test ./...` fails when they are stale.
func TestVectorsUpToDate(t *testing.T) {
	files, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	problems, err := diff(vectorDir, files)
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) > 0 {
		t.Fatalf("the conformance vectors in %s are not up to date with the Go implementation:\n%s\nregenerate them with\n\t%s\nand commit the result (and check that the change is intended: it is a change of the protocol's behaviour)",
			DefaultDir, strings.Join(problems, "\n"), RegenerateCommand)
	}
}

// TestCommittedVectorsReplay reads the committed files as a second implementation
// would, and re-checks every vector against the Go implementation: each input parsed
// strictly, evaluated, and compared with its expected object.
func TestCommittedVectorsReplay(t *testing.T) {
	total := 0
	for _, name := range FileNames() {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(vectorDir, name))
			if err != nil {
				t.Fatalf("%v (regenerate with %s)", err, RegenerateCommand)
			}
			n, err := replay(name, data)
			if err != nil {
				t.Fatal(err)
			}
			total += n
			t.Logf("%d vectors", n)
		})
	}
	t.Logf("%d vectors in all", total)
}

// TestGenerateIsDeterministic: two generations give the same bytes.
func TestGenerateIsDeterministic(t *testing.T) {
	a, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	b, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatal("different file sets")
	}
	for name := range a {
		if !bytes.Equal(a[name], b[name]) {
			t.Fatalf("%s differs between two generations", name)
		}
	}
}

// TestWriteAndCheck: Write produces a directory Check accepts, removes JSON files it
// does not generate, and Check reports stale, missing and extra files.
func TestWriteAndCheck(t *testing.T) {
	dir := t.TempDir()
	stray := filepath.Join(dir, "stray.json")
	if err := os.WriteFile(stray, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "README.md"), []byte("kept"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stray); !os.IsNotExist(err) {
		t.Fatal("Write kept a JSON file it does not generate")
	}
	if _, err := os.Stat(filepath.Join(dir, "README.md")); err != nil {
		t.Fatal("Write removed the README")
	}
	if problems, err := Check(dir); err != nil || len(problems) != 0 {
		t.Fatalf("fresh directory: %v %v", problems, err)
	}
	names := FileNames()
	if err := os.Remove(filepath.Join(dir, names[0])); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, names[1]), []byte("{}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(stray, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	problems, err := Check(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"missing: " + names[0], "stale: " + names[1], "extra: stray.json"}
	slices.Sort(problems)
	slices.Sort(want)
	if !slices.Equal(problems, want) {
		t.Fatalf("problems %q, want %q", problems, want)
	}
}

// TestReplayDetectsChanges: a committed file whose expected outputs, inputs or format
// were changed does not replay.
func TestReplayDetectsChanges(t *testing.T) {
	files, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	data := files["msgtree.json"]
	for name, edit := range map[string]func(f map[string]any){
		"expected changed": func(f map[string]any) {
			v := f["vectors"].([]any)[3].(map[string]any)
			v["expected"].(map[string]any)["root"] = "0x" + strings.Repeat("00", 32)
		},
		"input changed": func(f map[string]any) {
			v := f["vectors"].([]any)[3].(map[string]any)
			v["input"].(map[string]any)["range"].(map[string]any)["chainId"] = "902"
		},
		"unknown input field": func(f map[string]any) {
			v := f["vectors"].([]any)[3].(map[string]any)
			v["input"].(map[string]any)["extra"] = 1
		},
		"unknown kind": func(f map[string]any) { f["vectors"].([]any)[3].(map[string]any)["kind"] = "nope" },
		"number for a uint64": func(f map[string]any) {
			v := f["vectors"].([]any)[3].(map[string]any)
			v["input"].(map[string]any)["range"].(map[string]any)["chainId"] = 901
		},
		"leading zero": func(f map[string]any) {
			v := f["vectors"].([]any)[3].(map[string]any)
			v["input"].(map[string]any)["range"].(map[string]any)["chainId"] = "0901"
		},
	} {
		var f map[string]any
		if err := json.Unmarshal(data, &f); err != nil {
			t.Fatal(err)
		}
		edit(f)
		b, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := replay("msgtree.json", b); err == nil {
			t.Errorf("%s: replay accepted it", name)
		}
	}
	if _, err := replay("msgtree.json", data); err != nil {
		t.Fatalf("unchanged file: %v", err)
	}
}

// TestReadmeDocumentsRules: every rule identifier the vectors use, and every listed
// sentinel, is documented in the README, and the README documents no other.
func TestReadmeDocumentsRules(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(vectorDir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	documented := map[string]bool{}
	for _, m := range regexp.MustCompile("`([a-z]+\\.Err[A-Za-z0-9]+)`").FindAllSubmatch(readme, -1) {
		documented[string(m[1])] = true
	}
	listed := map[string]bool{}
	for _, r := range rules {
		listed[r.id] = true
		if !documented[r.id] {
			t.Errorf("rule %s is not documented in the README", r.id)
		}
	}
	for id := range documented {
		if !listed[id] {
			t.Errorf("the README documents %s, which is not a listed rule", id)
		}
	}
	files, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	for _, data := range files {
		for _, m := range regexp.MustCompile(`"([a-z]+\.Err[A-Za-z0-9]+)"`).FindAllSubmatch(data, -1) {
			used[string(m[1])] = true
		}
		for _, m := range regexp.MustCompile(`"error":"([A-Za-z]+)"`).FindAllSubmatch(data, -1) {
			if !bytes.Contains(readme, []byte("`"+string(m[1])+"`")) {
				t.Errorf("precompile error %s is not documented in the README", m[1])
			}
		}
	}
	for id := range used {
		if !listed[id] {
			t.Errorf("vectors use %s, which is not a listed rule", id)
		}
	}
	t.Logf("%d rules listed, %d used by the vectors", len(listed), len(used))
}

// TestReadmeCounts: the README's table of files gives each file's vector count.
func TestReadmeCounts(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(vectorDir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	files, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range FileNames() {
		var f file
		if err := json.Unmarshal(files[name], &f); err != nil {
			t.Fatal(err)
		}
		row := regexp.MustCompile("\\| `" + regexp.QuoteMeta(name) + "` \\| [^|]+\\| ([0-9]+) \\|").FindSubmatch(readme)
		if row == nil || string(row[1]) != strconv.Itoa(len(f.Vectors)) {
			t.Errorf("README: %s should list %d vectors", name, len(f.Vectors))
		}
	}
}
