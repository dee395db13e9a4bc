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
