package forks

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// Binary is one program built from a patched tree.
type Binary struct {
	Name string // file name in bin/
	Tree string
	Pkg  string // package path inside the tree
}

// Binaries are the programs `parley forks build` produces.
var Binaries = []Binary{
	{Name: "op-geth", Tree: "op-geth", Pkg: "./cmd/geth"},
	{Name: "op-node", Tree: "optimism", Pkg: "./op-node/cmd"},
	{Name: "op-batcher", Tree: "optimism", Pkg: "./op-batcher/cmd"},
}

// Options configure Build.
type Options struct {
	Root      string    // the Parley repository
	Workspace string    // where trees and binaries go (default Root/.forks)
	Log       io.Writer // progress
	// Only lists the binaries to build (all if empty).
	Only []string
}

func (o *Options) workspace() string {
	if o.Workspace != "" {
		return o.Workspace
	}
	return filepath.Join(o.Root, ".forks")
}

// stamp records what a tree copy was made from, so a rerun recopies only when the
// pinned version changed.
type stamp struct {
	Module  string `json:"module"`
	Source  string `json:"source"`
	Version string `json:"version"`
}

// Build prepares both trees and builds the binaries into <workspace>/bin. It is
// idempotent: a tree is copied again only if the pinned version changed, files are
// rewritten only if their content changed, and `go build` recompiles only what
// changed.
func Build(ctx context.Context, o Options) error {
	logf := func(format string, args ...any) { fmt.Fprintf(o.Log, format+"\n", args...) }
	ws := o.workspace()
	logf("resolving pinned upstream versions from %s/go.mod", o.Root)
	mods, err := Resolve(o.Root)
	if err != nil {
		return err
	}
	for _, t := range Trees {
		logf("  %-8s %s@%s", t, mods[t].Source, mods[t].Version)
	}
	_, patched, err := Patched(mods)
	if err != nil {
		return err
	}
	files, err := Overlay()
	if err != nil {
		return err
	}
	for _, t := range Trees {
		dir := filepath.Join(ws, t)
		if err := copyTree(mods[t], dir, logf); err != nil {
			return err
		}
		n := 0
		for k, content := range patched {
			if k[0] == t {
				changed, err := writeIfChanged(filepath.Join(dir, k[1]), content)
				if err != nil {
					return err
				}
				if changed {
					n++
				}
			}
		}
		for _, f := range files {
			if f.Tree == t {
				changed, err := writeIfChanged(filepath.Join(dir, f.Path), f.Content)
				if err != nil {
					return err
				}
				if changed {
					n++
				}
			}
		}
		logf("  %-8s hooks applied (%d files written)", t, n)
	}
	if err := fixOptimism(filepath.Join(ws, "optimism"), logf); err != nil {
		return err
	}
	if err := pointAtParley(ctx, ws, o.Root, logf); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(ws, "bin"), 0o755); err != nil {
		return err
	}
	for _, b := range Binaries {
		if len(o.Only) > 0 && !contains(o.Only, b.Name) {
			continue
		}
		out := filepath.Join(ws, "bin", b.Name)
		start := time.Now()
		logf("building %s (%s %s)", b.Name, b.Tree, b.Pkg)
		if err := goCmd(ctx, filepath.Join(ws, b.Tree), o.Log, "build", "-o", out, b.Pkg); err != nil {
			return fmt.Errorf("forks: building %s: %w", b.Name, err)
		}
		logf("  built %s in %s", out, time.Since(start).Round(time.Second))
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// copyTree copies a module out of the module cache into dir (writable), unless dir
// already holds a copy of the same version.
func copyTree(m Module, dir string, logf func(string, ...any)) error {
	want := stamp{Module: m.Path, Source: m.Source, Version: m.Version}
	stampPath := filepath.Join(dir, ".parley-stamp.json")
	if b, err := os.ReadFile(stampPath); err == nil {
		var have stamp
		if json.Unmarshal(b, &have) == nil && have == want {
			logf("  %-8s workspace copy is current (%s)", filepath.Base(dir), dir)
			return nil
		}
	}
	logf("  copying %s@%s into %s", m.Source, m.Version, dir)
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	err := filepath.WalkDir(m.Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(m.Dir, p)
		dst := filepath.Join(dir, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		return copyFile(p, dst)
	})
	if err != nil {
		return fmt.Errorf("forks: copying %s: %w", m.Source, err)
	}
	b, _ := json.Marshal(want)
	return os.WriteFile(stampPath, b, 0o644)
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// writeIfChanged writes content to path unless it already holds exactly that.
func writeIfChanged(path string, content []byte) (bool, error) {
	if cur, err := os.ReadFile(path); err == nil && bytes.Equal(cur, content) {
		return false, nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return false, err
	}
	return true, os.WriteFile(path, content, 0o644)
}

// fixOptimism makes the published optimism module buildable: op-core/superchain embeds
// superchain-configs.zip (and its checksum), which the module zip lacks. The stub holds
// no chains; rollups built with Parley pass their own rollup configuration.
func fixOptimism(dir string, logf func(string, ...any)) error {
	zipPath := filepath.Join(dir, "op-core", "superchain", "superchain-configs.zip")
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range []struct{ name, content string }{{"chains.json", "{}"}, {"dictionary", ""}} {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: time.Unix(0, 0).UTC()})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(w, f.content); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	sum := sha256.Sum256(buf.Bytes())
	changed1, err := writeIfChanged(zipPath, buf.Bytes())
	if err != nil {
		return err
	}
	changed2, err := writeIfChanged(zipPath+".sha256", []byte(hex.EncodeToString(sum[:])+"  superchain-configs.zip\n"))
	if err != nil {
		return err
	}
	if changed1 || changed2 {
		logf("  optimism stub superchain-configs.zip written")
	}
	return nil
}

// pointAtParley makes op-geth build against this repository, and optimism against the
// patched op-geth and this repository.
func pointAtParley(ctx context.Context, ws, root string, logf func(string, ...any)) error {
	geth, opt := filepath.Join(ws, "op-geth"), filepath.Join(ws, "optimism")
	pseudo := ParleyModule + "@v0.0.0-00010101000000-000000000000"
	steps := []struct {
		dir  string
		args []string
	}{
		{geth, []string{"mod", "edit", "-require=" + pseudo, "-replace=" + ParleyModule + "=" + root}},
		{opt, []string{"mod", "edit", "-require=" + pseudo, "-replace=" + ParleyModule + "=" + root, "-replace=" + GethModule + "=" + geth}},
	}
	for _, s := range steps {
		if err := goCmd(ctx, s.dir, io.Discard, s.args...); err != nil {
			return fmt.Errorf("forks: go %v in %s: %w", s.args, s.dir, err)
		}
	}
	logf("  trees point at %s (op-geth) and the patched op-geth (optimism)", root)
	return nil
}

// goCmd runs the go command in dir with module-mode settings that let a copied tree
// resolve its new requirements.
func goCmd(ctx context.Context, dir string, log io.Writer, args ...string) error {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "DISABLE_OP_E2E_LEGACY=true")
	var stderr bytes.Buffer
	cmd.Stdout = log
	cmd.Stderr = io.MultiWriter(log, &stderr)
	if err := cmd.Run(); err != nil {
		if tail := stderr.Bytes(); len(tail) > 2000 {
			stderr.Reset()
			stderr.Write(tail[len(tail)-2000:])
		}
		return fmt.Errorf("%w: %s", err, bytes.TrimSpace(stderr.Bytes()))
	}
	return nil
}
