package forks

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// TreeOf tells which upstream tree dir holds, from its go.mod module path.
func TreeOf(dir string) (string, error) {
	f, err := os.Open(filepath.Join(dir, "go.mod"))
	if err != nil {
		return "", fmt.Errorf("forks: %s is not a Go module root: %w", dir, err)
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if mod, ok := strings.CutPrefix(strings.TrimSpace(s.Text()), "module "); ok {
			switch strings.TrimSpace(mod) {
			case GethModule:
				return "op-geth", nil
			case OptimismModule:
				return "optimism", nil
			default:
				return "", fmt.Errorf("forks: %s is module %s, neither op-geth (%s) nor optimism (%s)", dir, mod, GethModule, OptimismModule)
			}
		}
	}
	return "", fmt.Errorf("forks: %s/go.mod has no module line", dir)
}

// Problem is one way a tree differs from what Parley's hooks need.
type Problem struct {
	File   string
	Reason string
}

func (p Problem) String() string { return p.File + ": " + p.Reason }

// Check reports whether the tree at dir (a team's own op-geth or optimism fork, or a
// generated one) carries Parley's hooks at this version: every edit's new code present
// and its anchor gone, and every overlay file present with the same content. It
// returns the tree's name and the problems found (none: the tree is good).
func Check(dir string) (string, []Problem, error) {
	tree, err := TreeOf(dir)
	if err != nil {
		return "", nil, err
	}
	var problems []Problem
	contents := map[string][]byte{}
	read := func(path string) ([]byte, bool) {
		if b, ok := contents[path]; ok {
			return b, true
		}
		b, err := os.ReadFile(filepath.Join(dir, path))
		if err != nil {
			problems = append(problems, Problem{path, "missing: " + err.Error()})
			contents[path] = nil
			return nil, false
		}
		contents[path] = b
		return b, true
	}
	for _, e := range Edits {
		if e.Tree != tree {
			continue
		}
		b, ok := read(e.File)
		if !ok || b == nil {
			continue
		}
		switch {
		case bytes.Contains(b, []byte(e.New)):
		case bytes.Contains(b, []byte(e.Old)):
			problems = append(problems, Problem{e.File, "hook not applied (" + e.Why + "): the upstream code is still there unchanged"})
		default:
			problems = append(problems, Problem{e.File, "hook missing (" + e.Why + "): neither the hooked nor the upstream code was found; expected:\n" + indent(e.New)})
		}
	}
	files, err := Overlay()
	if err != nil {
		return tree, nil, err
	}
	for _, f := range files {
		if f.Tree != tree {
			continue
		}
		b, ok := read(f.Path)
		if !ok || b == nil {
			continue
		}
		if !bytes.Equal(b, f.Content) {
			reason := "differs from Parley's " + HookVersion + " version"
			if !bytes.Contains(b, []byte(HookVersion)) {
				reason = "is not Parley's " + HookVersion + " glue (version marker missing)"
			}
			problems = append(problems, Problem{f.Path, reason})
		}
	}
	return tree, problems, nil
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n    ")
}
