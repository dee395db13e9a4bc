// Package forks turns the pinned upstream op-geth and optimism modules into Parley's
// custom binaries: it copies both trees out of the Go module cache into a git-ignored
// workspace, applies Parley's anchored edits (edits.go) and drops in its glue files
// (overlay/), points both trees at this repository, makes the optimism copy buildable,
// and builds op-geth, op-node and op-batcher.
//
// The edits are the whole change a rollup team carries in its own forks: a few marked
// lines (Diff prints them, Stat counts them against Budget); all logic lives in new
// files and in this repository. Every edit is anchored on real upstream context and
// applied to the pristine file from the module cache, so an upstream change that moves
// the code fails the build with the file and the edit named, never silently.
package forks

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// Budget is the most lines Parley may change inside upstream files, across both trees.
const Budget = 80

// Upstream module paths.
const (
	GethModule     = "github.com/ethereum/go-ethereum" // replaced by op-geth in go.mod
	OptimismModule = "github.com/ethereum-optimism/optimism"
	ParleyModule   = "github.com/parley-xyz/parley"
)

// Trees, in build order (optimism builds against the patched op-geth).
var Trees = []string{"op-geth", "optimism"}

// overlayHeader is the first line of every overlay file: it keeps them out of this
// module's own build. It is stripped, with the blank line after it, on copying.
const overlayHeader = "//go:build parleyoverlay\n\n"

//go:embed all:overlay
var overlayFS embed.FS

// File is a file Parley adds to an upstream tree.
type File struct {
	Tree    string
	Path    string
	Content []byte
}

// Overlay returns the files Parley adds to the upstream trees, headers stripped.
func Overlay() ([]File, error) {
	var out []File
	err := fs.WalkDir(overlayFS, "overlay", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel := strings.TrimPrefix(p, "overlay/")
		tree, path, ok := strings.Cut(rel, "/")
		if !ok {
			return nil // documentation at the overlay root
		}
		if treeOrder(tree) == len(Trees) {
			return fmt.Errorf("forks: overlay file %s is not under a known tree (%v)", p, Trees)
		}
		b, err := overlayFS.ReadFile(p)
		if err != nil {
			return err
		}
		if strings.HasSuffix(p, ".go") {
			if !bytes.HasPrefix(b, []byte(overlayHeader)) {
				return fmt.Errorf("forks: overlay file %s does not start with %q", p, overlayHeader)
			}
			b = b[len(overlayHeader):]
		}
		out = append(out, File{Tree: tree, Path: path, Content: b})
		return nil
	})
	return out, err
}

// Module is a resolved upstream module.
type Module struct {
	Path    string // as required, e.g. github.com/ethereum/go-ethereum
	Source  string // where the code comes from (the replacement, if any)
	Version string
	Dir     string // in the module cache
}

// Resolve finds the pinned upstream modules from the go.mod of the repository at
// root, downloading them into the module cache if needed.
func Resolve(root string) (map[string]Module, error) {
	out := map[string]Module{}
	for tree, path := range map[string]string{"op-geth": GethModule, "optimism": OptimismModule} {
		cmd := exec.Command("go", "mod", "download", "-json", path)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
		b, err := cmd.Output()
		if err != nil {
			return nil, fmt.Errorf("forks: go mod download %s: %w%s", path, err, stderrOf(err))
		}
		var m struct{ Path, Version, Dir, Error string }
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("forks: go mod download %s: %w", path, err)
		}
		if m.Error != "" || m.Dir == "" {
			return nil, fmt.Errorf("forks: go mod download %s: %s", path, m.Error)
		}
		out[tree] = Module{Path: path, Source: m.Path, Version: m.Version, Dir: m.Dir}
	}
	return out, nil
}

func stderrOf(err error) string {
	var ee *exec.ExitError
	if errors.As(err, &ee) && len(ee.Stderr) > 0 {
		return ": " + strings.TrimSpace(string(ee.Stderr))
	}
	return ""
}

// Patched returns the patched content of every upstream file Parley edits, keyed by
// tree and path, computed from the pristine files in the module cache. It fails,
// naming the file and the edit, if an anchor is missing or ambiguous.
func Patched(mods map[string]Module) (map[[2]string][]byte, map[[2]string][]byte, error) {
	pristine := map[[2]string][]byte{}
	patched := map[[2]string][]byte{}
	for _, e := range Edits {
		key := [2]string{e.Tree, e.File}
		cur, ok := patched[key]
		if !ok {
			b, err := os.ReadFile(filepath.Join(mods[e.Tree].Dir, e.File))
			if err != nil {
				return nil, nil, fmt.Errorf("forks: %s %s: %w", e.Tree, e.File, err)
			}
			pristine[key], cur = b, b
		}
		switch n := bytes.Count(cur, []byte(e.Old)); n {
		case 1:
			cur = bytes.Replace(cur, []byte(e.Old), []byte(e.New), 1)
		case 0:
			return nil, nil, fmt.Errorf("forks: %s %s (%s): anchor not found: upstream code moved; update edits.go\n--- anchor ---\n%s", e.Tree, e.File, e.Why, e.Old)
		default:
			return nil, nil, fmt.Errorf("forks: %s %s (%s): anchor found %d times; make it unique", e.Tree, e.File, e.Why, n)
		}
		patched[key] = cur
	}
	return pristine, patched, nil
}

// sortedKeys returns map keys in (tree, path) order.
func sortedKeys[V any](m map[[2]string]V) [][2]string {
	keys := make([][2]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return treeOrder(keys[i][0]) < treeOrder(keys[j][0])
		}
		return keys[i][1] < keys[j][1]
	})
	return keys
}

func treeOrder(t string) int {
	for i, n := range Trees {
		if n == t {
			return i
		}
	}
	return len(Trees)
}
