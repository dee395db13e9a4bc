package chain

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	rawMessage      = reflect.TypeFor[json.RawMessage]()
)

// checkJSON checks a JSON document against the Go type it is to be decoded into, more
// strictly than encoding/json does and naming the field of every error: object keys
// must match a field's JSON name exactly (encoding/json also accepts other cases, so
// "blocktime" would silently set blockTime) and only once, and every value must decode
// into its field's type. A json.RawMessage field is only checked to be JSON.
func checkJSON(raw []byte, t reflect.Type, path string) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == rawMessage {
		if !json.Valid(raw) {
			return fmt.Errorf("%s: not valid JSON", path)
		}
		return nil
	}
	custom := reflect.PointerTo(t).Implements(jsonUnmarshaler) || reflect.PointerTo(t).Implements(textUnmarshaler)
	switch {
	case custom || string(raw) == "null":
	case t.Kind() == reflect.Struct:
		ms, err := members(raw)
		if err != nil {
			break // not an object: decoding says so
		}
		fields := jsonFields(t)
		seen := map[string]bool{}
		for _, m := range ms {
			f, ok := fields[m.key]
			if !ok {
				return fmt.Errorf("%sunknown field %q (field names are case-sensitive)", prefix(path), m.key)
			}
			if seen[m.key] {
				return fmt.Errorf("%sfield %q given twice", prefix(path), m.key)
			}
			seen[m.key] = true
			if err := checkJSON(m.val, f.Type, join(path, m.key)); err != nil {
				return err
			}
		}
		return nil
	case t.Kind() == reflect.Map:
		ms, err := members(raw)
		if err != nil {
			break
		}
		seen := map[any]bool{}
		for _, m := range ms {
			key, _ := json.Marshal(m.key)
			k := reflect.New(t.Key())
			if err := json.Unmarshal(key, k.Interface()); err != nil {
				return fmt.Errorf("%s: key %s: %v", path, key, err)
			}
			if seen[k.Elem().Interface()] {
				return fmt.Errorf("%s: key %s given twice", path, key)
			}
			seen[k.Elem().Interface()] = true
			if err := checkJSON(m.val, t.Elem(), fmt.Sprintf("%s[%s]", path, m.key)); err != nil {
				return err
			}
		}
		return nil
	case t.Kind() == reflect.Slice && t.Elem().Kind() != reflect.Uint8:
		var elems []json.RawMessage
		if err := json.Unmarshal(raw, &elems); err != nil {
			break
		}
		for i, e := range elems {
			if err := checkJSON(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
		return nil
	}
	if err := json.Unmarshal(raw, reflect.New(t).Interface()); err != nil {
		return fmt.Errorf("%s%v", prefix(path), err)
	}
	return nil
}

// jsonFields maps a struct's JSON field names to its fields, including those of
// embedded structs without a JSON name.
func jsonFields(t reflect.Type) map[string]reflect.StructField {
	out := map[string]reflect.StructField{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() && !f.Anonymous {
			continue
		}
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			for k, v := range jsonFields(f.Type) {
				out[k] = v
			}
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = f
	}
	return out
}

func prefix(path string) string {
	if path == "" {
		return ""
	}
	return path + ": "
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
