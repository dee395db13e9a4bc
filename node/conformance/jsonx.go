package conformance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"

	"github.com/holiman/uint256"
)

// JSON encodings of the vectors (see interop/conformance/README.md):
//
//   - byte strings, hashes and addresses: "0x" + lowercase hex (hexutil.Bytes,
//     common.Hash, common.Address), fixed length where the type is;
//   - integers of 32 bits or fewer: JSON numbers;
//   - wider integers (uint64, uint96 weights, uint256): decimal strings (dec64,
//     decBig), so that no reader loses precision above 2^53.

// dec64 is a uint64 written as a decimal string.
type dec64 uint64

// MarshalJSON writes the decimal string.
func (v dec64) MarshalJSON() ([]byte, error) {
	return []byte(`"` + strconv.FormatUint(uint64(v), 10) + `"`), nil
}

// UnmarshalJSON reads a canonical decimal string (no sign, no leading zeros).
func (v *dec64) UnmarshalJSON(b []byte) error {
	s, err := decimalString(b)
	if err != nil {
		return err
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return fmt.Errorf("conformance: %q is not a uint64", s)
	}
	*v = dec64(n)
	return nil
}

// decBig is a non-negative integer of up to 256 bits written as a decimal string.
type decBig struct{ uint256.Int }

// bigOf returns v as a decBig.
func bigOf(v *uint256.Int) decBig { return decBig{*v} }

// bigU returns n as a decBig.
func bigU(n uint64) decBig { var d decBig; d.SetUint64(n); return d }

// MarshalJSON writes the decimal string.
func (v decBig) MarshalJSON() ([]byte, error) { return []byte(`"` + v.Dec() + `"`), nil }

// UnmarshalJSON reads a canonical decimal string below 2^256.
func (v *decBig) UnmarshalJSON(b []byte) error {
	s, err := decimalString(b)
	if err != nil {
		return err
	}
	n, ok := new(big.Int).SetString(s, 10)
	if !ok || v.SetFromBig(n) {
		return fmt.Errorf("conformance: %q is not a uint256", s)
	}
	return nil
}

func decimalString(b []byte) (string, error) {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return "", fmt.Errorf("conformance: want a decimal string, got %s", b)
	}
	if s == "" || len(s) > 78 || (len(s) > 1 && s[0] == '0') {
		return "", fmt.Errorf("conformance: %q is not a canonical decimal", s)
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return "", fmt.Errorf("conformance: %q is not a canonical decimal", s)
		}
	}
	return s, nil
}

// strictUnmarshal decodes one JSON value into v, refusing unknown fields and trailing
// data: an input the evaluators read must mean exactly what it says.
func strictUnmarshal(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return fmt.Errorf("conformance: trailing data after the JSON value")
	}
	return nil
}

// marshal encodes v compactly, without HTML escaping.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// compact returns the compact form of a JSON value, for comparisons.
func compact(raw []byte) ([]byte, error) {
	var buf bytes.Buffer
	if err := json.Compact(&buf, raw); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
