package conformance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// DefaultDir is where the vectors are committed, relative to the repository root.
const DefaultDir = "interop/conformance"

// RegenerateCommand is the command that rewrites the committed vectors.
const RegenerateCommand = "go run ./node/conformance/cmd/conformance"

// evaluator computes a vector's expected object from its JSON input. It parses the
// input strictly; an error means the input is malformed (a generator or file bug),
// never that the input was rejected by a Parley rule (that is an outcome).
type evaluator func(input json.RawMessage) (any, error)

// eval turns a typed evaluation function into an evaluator.
func eval[I, O any](f func(in *I) (O, error)) evaluator {
	return func(raw json.RawMessage) (any, error) {
		var in I
		if err := strictUnmarshal(raw, &in); err != nil {
			return nil, fmt.Errorf("parsing input: %w", err)
		}
		return f(&in)
	}
}

// area is one file of vectors: the SPEC sections it covers, its evaluators by kind,
// and its generator.
type area struct {
	file      string
	spec      string
	kinds     map[string]evaluator
	constants func() (any, error) // optional top-level "constants"
	generate  func(b *builder)
}

// areas lists the files, in the order they are generated.
func areas() []*area {
	return []*area{
		checksumsArea(),
		msgtreeArea(),
		attestationArea(),
		snapshotsArea(),
		certificatesArea(),
		verificationArea(),
		depositsArea(),
		precompileArea(),
	}
}

// file is the JSON form of one file.
type file struct {
	Spec      string          `json:"spec"`
	Constants json.RawMessage `json:"constants,omitempty"`
	Vectors   []vector        `json:"vectors"`
}

// vector is the JSON form of one vector.
type vector struct {
	Name     string          `json:"name"`
	Kind     string          `json:"kind"`
	Input    json.RawMessage `json:"input"`
	Expected json.RawMessage `json:"expected"`
}

// builder collects an area's vectors; its first error sticks.
type builder struct {
	area    *area
	vectors []vector
	names   map[string]bool
	err     error
}

// fail records a generator error.
func (b *builder) fail(err error) {
	if b.err == nil && err != nil {
		b.err = fmt.Errorf("%s: %w", b.area.file, err)
	}
}

// add evaluates input under kind and appends the vector. The input is evaluated after
// a JSON round trip, so the expected object is what the written input gives.
func (b *builder) add(name, kind string, input any) {
	if b.err != nil {
		return
	}
	if b.names[name] {
		b.fail(fmt.Errorf("vector name %q used twice", name))
		return
	}
	b.names[name] = true
	ev, ok := b.area.kinds[kind]
	if !ok {
		b.fail(fmt.Errorf("vector %q: unknown kind %q", name, kind))
		return
	}
	raw, err := marshal(input)
	if err != nil {
		b.fail(fmt.Errorf("vector %q: %w", name, err))
		return
	}
	out, err := ev(raw)
	if err != nil {
		b.fail(fmt.Errorf("vector %q: %w", name, err))
		return
	}
	exp, err := marshal(out)
	if err != nil {
		b.fail(fmt.Errorf("vector %q: %w", name, err))
		return
	}
	b.vectors = append(b.vectors, vector{Name: name, Kind: kind, Input: raw, Expected: exp})
}

// Generate returns the vector files by name ("message_checksums.json", ...), each the
// exact bytes that belong in interop/conformance. It is deterministic: fixed seeds, no
// clock, no map-order dependence.
func Generate() (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, a := range areas() {
		b, err := a.build()
		if err != nil {
			return nil, err
		}
		out[a.file] = b
	}
	return out, nil
}

// build generates one file.
func (a *area) build() ([]byte, error) {
	b := &builder{area: a, names: map[string]bool{}}
	a.generate(b)
	if b.err != nil {
		return nil, b.err
	}
	f := file{Spec: a.spec, Vectors: b.vectors}
	if a.constants != nil {
		c, err := a.constants()
		if err != nil {
			return nil, fmt.Errorf("%s: constants: %w", a.file, err)
		}
		if f.Constants, err = marshal(c); err != nil {
			return nil, err
		}
	}
	return f.encode()
}

// encode writes a file in its committed layout: one line per top-level field and per
// vector field, each input and expected object compact on its line. It is valid JSON,
// small, and diffs by vector.
func (f *file) encode() ([]byte, error) {
	var buf bytes.Buffer
	line := func(indent, key string, v any, comma bool) error {
		b, err := marshal(v)
		if err != nil {
			return err
		}
		k, _ := marshal(key)
		buf.WriteString(indent)
		buf.Write(k)
		buf.WriteString(": ")
		buf.Write(b)
		if comma {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
		return nil
	}
	buf.WriteString("{\n")
	if err := line("  ", "spec", f.Spec, true); err != nil {
		return nil, err
	}
	if f.Constants != nil {
		if err := line("  ", "constants", f.Constants, true); err != nil {
			return nil, err
		}
	}
	buf.WriteString("  \"vectors\": [\n")
	for i, v := range f.Vectors {
		buf.WriteString("    {\n")
		for _, kv := range []struct {
			k string
			v any
		}{{"name", v.Name}, {"kind", v.Kind}, {"input", v.Input}, {"expected", v.Expected}} {
			if err := line("      ", kv.k, kv.v, kv.k != "expected"); err != nil {
				return nil, err
			}
		}
		buf.WriteString("    }")
		if i < len(f.Vectors)-1 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
	}
	buf.WriteString("  ]\n}\n")
	return buf.Bytes(), nil
}

// Write generates the vectors into dir (created if needed), replacing the JSON files
// there: files it does not generate are removed, so that dir holds exactly the
// current vectors. Other files (the README) are left alone.
func Write(dir string) error {
	files, err := Generate()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	existing, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return err
	}
	for _, p := range existing {
		if _, ok := files[filepath.Base(p)]; !ok {
			if err := os.Remove(p); err != nil {
				return err
			}
		}
	}
	for _, name := range sortedKeys(files) {
		if err := os.WriteFile(filepath.Join(dir, name), files[name], 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Check compares the JSON files in dir with freshly generated ones and returns one
// line per problem ("stale: x.json", "missing: x.json", "extra: x.json"), none if dir
// is up to date.
func Check(dir string) ([]string, error) {
	files, err := Generate()
	if err != nil {
		return nil, err
	}
	return diff(dir, files)
}

// diff compares dir's JSON files with files.
func diff(dir string, files map[string][]byte) ([]string, error) {
	var problems []string
	for _, name := range sortedKeys(files) {
		got, err := os.ReadFile(filepath.Join(dir, name))
		switch {
		case errors.Is(err, os.ErrNotExist):
			problems = append(problems, "missing: "+name)
		case err != nil:
			return nil, err
		case !bytes.Equal(got, files[name]):
			problems = append(problems, "stale: "+name)
		}
	}
	existing, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	for _, p := range existing {
		if _, ok := files[filepath.Base(p)]; !ok {
			problems = append(problems, "extra: "+filepath.Base(p))
		}
	}
	return problems, nil
}

// replay parses a committed file and re-evaluates every vector from its input,
// comparing with its expected object: the check a second implementation runs against
// its own code. It returns the number of vectors checked.
func replay(name string, data []byte) (int, error) {
	var a *area
	for _, x := range areas() {
		if x.file == name {
			a = x
		}
	}
	if a == nil {
		return 0, fmt.Errorf("%s: not a vector file", name)
	}
	var f file
	if err := strictUnmarshal(data, &f); err != nil {
		return 0, fmt.Errorf("%s: %w", name, err)
	}
	if f.Spec != a.spec {
		return 0, fmt.Errorf("%s: spec %q, want %q", name, f.Spec, a.spec)
	}
	if len(f.Vectors) == 0 {
		return 0, fmt.Errorf("%s: no vectors", name)
	}
	seen := map[string]bool{}
	var errs []error
	for _, v := range f.Vectors {
		if v.Name == "" || seen[v.Name] {
			errs = append(errs, fmt.Errorf("%s: vector name %q empty or repeated", name, v.Name))
			continue
		}
		seen[v.Name] = true
		ev, ok := a.kinds[v.Kind]
		if !ok {
			errs = append(errs, fmt.Errorf("%s: %q: unknown kind %q", name, v.Name, v.Kind))
			continue
		}
		out, err := ev(v.Input)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %q: %w", name, v.Name, err))
			continue
		}
		got, err := marshal(out)
		if err != nil {
			return 0, err
		}
		want, err := compact(v.Expected)
		if err != nil {
			return 0, err
		}
		if !bytes.Equal(got, want) {
			errs = append(errs, fmt.Errorf("%s: %q: expected %s\n  got %s", name, v.Name, abbreviate(want), abbreviate(got)))
		}
	}
	return len(f.Vectors), errors.Join(errs...)
}

func abbreviate(b []byte) string {
	if len(b) > 600 {
		return string(b[:600]) + "…"
	}
	return string(b)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// FileNames returns the names of the generated files, sorted.
func FileNames() []string {
	var out []string
	for _, a := range areas() {
		out = append(out, a.file)
	}
	slices.Sort(out)
	return out
}
