package forks

import (
	"fmt"
	"io"
	"strings"

	"github.com/pmezard/go-difflib/difflib"
)

// FileStat counts the lines Parley changes in one upstream file.
type FileStat struct {
	Tree, Path       string
	Added, Removed   int
	MarkedAdditions  int // added lines that carry Marker
	UnmarkedAddition []string
}

// Changed is the file's contribution to the budget: added plus removed lines.
func (s FileStat) Changed() int { return s.Added + s.Removed }

// Stats computes per-file line counts of the edits against the pristine files.
func Stats(mods map[string]Module) ([]FileStat, error) {
	pristine, patched, err := Patched(mods)
	if err != nil {
		return nil, err
	}
	var out []FileStat
	for _, k := range sortedKeys(patched) {
		s := FileStat{Tree: k[0], Path: k[1]}
		for _, op := range lineOps(pristine[k], patched[k]) {
			switch op.kind {
			case '+':
				s.Added++
				if strings.HasSuffix(strings.TrimSpace(op.line), Marker) {
					s.MarkedAdditions++
				} else {
					s.UnmarkedAddition = append(s.UnmarkedAddition, op.line)
				}
			case '-':
				s.Removed++
			}
		}
		out = append(out, s)
	}
	return out, nil
}

type lineOp struct {
	kind byte
	line string
}

func lineOps(a, b []byte) []lineOp {
	al, bl := difflib.SplitLines(string(a)), difflib.SplitLines(string(b))
	var ops []lineOp
	for _, c := range difflib.NewMatcher(al, bl).GetOpCodes() {
		if c.Tag == 'e' {
			continue
		}
		for _, l := range al[c.I1:c.I2] {
			ops = append(ops, lineOp{'-', l})
		}
		for _, l := range bl[c.J1:c.J2] {
			ops = append(ops, lineOp{'+', l})
		}
	}
	return ops
}

// Diff writes every edit inside upstream files as a unified diff (paths relative to
// each tree, prefixed with the tree name), then lists the files Parley adds.
func Diff(w io.Writer, mods map[string]Module) error {
	pristine, patched, err := Patched(mods)
	if err != nil {
		return err
	}
	for _, k := range sortedKeys(patched) {
		name := k[0] + "/" + k[1]
		d, err := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
			A: difflib.SplitLines(string(pristine[k])), B: difflib.SplitLines(string(patched[k])),
			FromFile: "a/" + name, ToFile: "b/" + name, Context: 3,
		})
		if err != nil {
			return err
		}
		fmt.Fprint(w, d)
	}
	files, err := Overlay()
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\n# New files (copied from node/forks/overlay):")
	for _, f := range files {
		fmt.Fprintf(w, "#   %s/%s (%d lines)\n", f.Tree, f.Path, strings.Count(string(f.Content), "\n"))
	}
	return nil
}

// WriteStat writes the per-file counts and the total against Budget. It returns an
// error if the budget is exceeded or an added line lacks the marker.
func WriteStat(w io.Writer, mods map[string]Module) error {
	stats, err := Stats(mods)
	if err != nil {
		return err
	}
	total := 0
	var problems []string
	for _, s := range stats {
		fmt.Fprintf(w, " %-8s %-40s %3d changed (+%d -%d)\n", s.Tree, s.Path, s.Changed(), s.Added, s.Removed)
		total += s.Changed()
		for _, l := range s.UnmarkedAddition {
			problems = append(problems, fmt.Sprintf("%s/%s: added line without %q: %s", s.Tree, s.Path, Marker, strings.TrimSpace(l)))
		}
	}
	fmt.Fprintf(w, " %d lines changed inside upstream files (budget %d)\n", total, Budget)
	if total > Budget {
		problems = append(problems, fmt.Sprintf("%d changed upstream lines exceed the budget of %d", total, Budget))
	}
	if len(problems) > 0 {
		return fmt.Errorf("forks: %s", strings.Join(problems, "\n"))
	}
	return nil
}
