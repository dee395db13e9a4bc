package formats

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
)

// ErrSyntax is wrapped by every error about the JSON document itself (as opposed to
// the values in it): malformed JSON, duplicate or unknown keys, missing or null
// fields, wrong array lengths, trailing data.
var ErrSyntax = errors.New("formats: malformed document")

// maxDepth bounds the nesting of accepted documents (the formats nest at most four
// levels); it keeps the duplicate-key scan's recursion bounded on hostile input.
const maxDepth = 16

// decodeStrict decodes one JSON document into v (a pointer to a struct) and rejects
// anything the plain decoder would silently accept: duplicate keys, keys that match a
// field only case-insensitively, unknown keys, missing fields (every field is required
// unless its tag says omitempty), null values, arrays of the wrong length for Go
// arrays, and trailing data after the document.
func decodeStrict(data []byte, v any) error {
	if err := checkDocument(data); err != nil {
		return err
	}
	var tree any
	if err := json.Unmarshal(data, &tree); err != nil {
		return fmt.Errorf("%w: %w", ErrSyntax, err)
	}
	if err := checkShape(reflect.TypeOf(v).Elem(), tree, "$"); err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%w: %w", ErrSyntax, err)
	}
	return nil
}

// checkDocument verifies that data is exactly one JSON value, nested at most maxDepth
// levels, with no object holding the same key twice.
func checkDocument(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := scanValue(dec, "$", 0); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%w: data after the JSON document", ErrSyntax)
	}
	return nil
}

func scanValue(dec *json.Decoder, path string, depth int) error {
	if depth > maxDepth {
		return fmt.Errorf("%w: nested too deeply at %s", ErrSyntax, path)
	}
	tok, err := dec.Token()
	if err != nil {
		return fmt.Errorf("%w: at %s: %w", ErrSyntax, path, err)
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return nil
	}
	switch d {
	case '{':
		seen := map[string]bool{}
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return fmt.Errorf("%w: at %s: %w", ErrSyntax, path, err)
			}
			key, _ := kt.(string)
			if seen[key] {
				return fmt.Errorf("%w: duplicate key %q in %s", ErrSyntax, key, path)
			}
			seen[key] = true
			if err := scanValue(dec, path+"."+key, depth+1); err != nil {
				return err
			}
		}
	case '[':
		for i := 0; dec.More(); i++ {
			if err := scanValue(dec, fmt.Sprintf("%s[%d]", path, i), depth+1); err != nil {
				return err
			}
		}
	}
	if _, err := dec.Token(); err != nil { // the closing delimiter
		return fmt.Errorf("%w: at %s: %w", ErrSyntax, path, err)
	}
	return nil
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// checkShape compares a generically decoded JSON value with the Go type it will be
// decoded into.
func checkShape(t reflect.Type, v any, path string) error {
	if v == nil {
		return fmt.Errorf("%w: %s is null", ErrSyntax, path)
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if p := reflect.PointerTo(t); p.Implements(jsonUnmarshaler) || p.Implements(textUnmarshaler) {
		return nil // a leaf with its own strict decoder
	}
	switch t.Kind() {
	case reflect.Struct:
		m, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("%w: %s is not an object", ErrSyntax, path)
		}
		known := map[string]bool{}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			if name == "" {
				name = f.Name
			}
			known[name] = true
			val, present := m[name]
			if !present {
				if slices.Contains(strings.Split(opts, ","), "omitempty") {
					continue
				}
				return fmt.Errorf("%w: %s is missing field %q", ErrSyntax, path, name)
			}
			if err := checkShape(f.Type, val, path+"."+name); err != nil {
				return err
			}
		}
		for k := range m {
			if !known[k] {
				return fmt.Errorf("%w: %s has unknown field %q", ErrSyntax, path, k)
			}
		}
	case reflect.Slice, reflect.Array:
		arr, ok := v.([]any)
		if !ok {
			return fmt.Errorf("%w: %s is not an array", ErrSyntax, path)
		}
		if t.Kind() == reflect.Array && len(arr) != t.Len() {
			return fmt.Errorf("%w: %s has %d elements, want %d", ErrSyntax, path, len(arr), t.Len())
		}
		for i, e := range arr {
			if err := checkShape(t.Elem(), e, fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	case reflect.Map:
		m, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("%w: %s is not an object", ErrSyntax, path)
		}
		for k, e := range m {
			if err := checkShape(t.Elem(), e, path+"."+k); err != nil {
				return err
			}
		}
	}
	return nil
}
