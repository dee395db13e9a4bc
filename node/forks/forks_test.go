package forks

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// TestEditsApplyAndFitTheBudget applies every edit to the pinned upstream files and
// checks the budget and the markers: this is the CI gate on the size of the fork.
func TestEditsApplyAndFitTheBudget(t *testing.T) {
	mods, err := Resolve(repoRoot(t))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := WriteStat(&out, mods); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	t.Log("\n" + out.String())
}

// TestMovedUpstreamCodeFailsLoudly: an anchor that no longer matches names the file.
func TestMovedUpstreamCodeFailsLoudly(t *testing.T) {
	mods, err := Resolve(repoRoot(t))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, e := range Edits {
		src := filepath.Join(mods[e.Tree].Dir, e.File)
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(dir, e.Tree, e.File)
		os.MkdirAll(filepath.Dir(dst), 0o755)
		os.WriteFile(dst, b, 0o644)
	}
	// Move the code: rename the function the first op-geth edit anchors on.
	evm := filepath.Join(dir, "op-geth", "core/vm/evm.go")
	b, _ := os.ReadFile(evm)
	os.WriteFile(evm, bytes.Replace(b, []byte("func (evm *EVM) precompile("), []byte("func (evm *EVM) lookupPrecompile("), 1), 0o644)
	moved := map[string]Module{"op-geth": {Dir: filepath.Join(dir, "op-geth")}, "optimism": {Dir: filepath.Join(dir, "optimism")}}
	_, _, err = Patched(moved)
	if err == nil || !strings.Contains(err.Error(), "core/vm/evm.go") || !strings.Contains(err.Error(), "anchor not found") {
		t.Fatalf("got %v", err)
	}
}

// TestCheck: a tree with the edits and overlay passes; the pristine module, a tree
// with one hook missing, and a tree with stale glue do not.
func TestCheck(t *testing.T) {
	mods, err := Resolve(repoRoot(t))
	if err != nil {
		t.Fatal(err)
	}
	_, patched, err := Patched(mods)
	if err != nil {
		t.Fatal(err)
	}
	files, err := Overlay()
	if err != nil {
		t.Fatal(err)
	}
	for _, tree := range Trees {
		if _, problems, err := Check(mods[tree].Dir); err != nil || len(problems) == 0 {
			t.Fatalf("%s: pristine module accepted (%v)", tree, err)
		}
		dir := t.TempDir()
		write := func(path string, b []byte) {
			os.MkdirAll(filepath.Dir(filepath.Join(dir, path)), 0o755)
			if err := os.WriteFile(filepath.Join(dir, path), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		gomod, _ := os.ReadFile(filepath.Join(mods[tree].Dir, "go.mod"))
		write("go.mod", gomod)
		for k, b := range patched {
			if k[0] == tree {
				write(k[1], b)
			}
		}
		var glue string
		for _, f := range files {
			if f.Tree == tree {
				write(f.Path, f.Content)
				glue = f.Path
			}
		}
		got, problems, err := Check(dir)
		if err != nil || got != tree || len(problems) != 0 {
			t.Fatalf("%s: patched tree rejected: %v %v", tree, err, problems)
		}
		// Undo one edit and corrupt one glue file.
		e := firstEdit(tree)
		b, _ := os.ReadFile(filepath.Join(dir, e.File))
		write(e.File, bytes.Replace(b, []byte(e.New), []byte(e.Old), 1))
		write(glue, []byte("package x\n"))
		_, problems, _ = Check(dir)
		if len(problems) != 2 || !strings.Contains(problems[0].String(), "not applied") || !strings.Contains(problems[1].String(), "version marker missing") {
			t.Fatalf("%s: problems %v", tree, problems)
		}
	}
}

func firstEdit(tree string) Edit {
	for _, e := range Edits {
		if e.Tree == tree {
			return e
		}
	}
	return Edit{}
}
