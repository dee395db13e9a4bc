package abiword

import (
	"bytes"
	"errors"
	"testing"
)

func word(v uint64) []byte { w := make([]byte, Size); PutUint(w, v); return w }

func TestUintAndAddress(t *testing.T) {
	w := word(0xffff_ffff)
	if v, ok := Uint(w, 32); !ok || v != 0xffff_ffff {
		t.Fatal("uint32")
	}
	if _, ok := Uint(w, 16); ok {
		t.Fatal("a 32-bit value read as 16 bits")
	}
	for _, bad := range [][]byte{nil, w[:31], append(bytes.Clone(w), 0)} {
		if _, ok := Uint(bad, 64); ok {
			t.Fatalf("accepted a %d-byte word", len(bad))
		}
	}
	if _, ok := Uint(w, 65); ok {
		t.Fatal("width above 64")
	}
	a := make([]byte, Size)
	a[12], a[31] = 0xaa, 0xbb
	if got, ok := Address(a); !ok || got[0] != 0xaa || got[19] != 0xbb {
		t.Fatal("address")
	}
	a[11] = 1
	if _, ok := Address(a); ok {
		t.Fatal("address with high bits")
	}
}

// enc is abi.encode(uint256 x, bytes b).
func enc(b []byte) []byte {
	out := append(word(7), word(64)...)
	out = append(out, word(uint64(len(b)))...)
	out = append(out, b...)
	return append(out, make([]byte, Padded(len(b))-len(b))...)
}

func TestBytes(t *testing.T) {
	good := enc([]byte("parley"))
	b, end, err := Bytes(good, 1, 64, 100)
	if err != nil || string(b) != "parley" || end != len(good) || End(good, end) != nil {
		t.Fatalf("%q %d %v", b, end, err)
	}
	edit := func(f func(b []byte)) []byte { b := bytes.Clone(good); f(b); return b }
	for name, c := range map[string]struct {
		b    []byte
		max  int
		want error
	}{
		"offset":        {edit(func(b []byte) { b[63] = 96 }), 100, ErrOffset},
		"offset width":  {edit(func(b []byte) { b[32] = 1 }), 100, ErrOffset},
		"length width":  {edit(func(b []byte) { b[64] = 1 }), 100, ErrWidth},
		"over max":      {good, 5, ErrWidth},
		"padding":       {edit(func(b []byte) { b[len(b)-1] = 1 }), 100, ErrPadding},
		"short tail":    {good[:len(good)-1], 100, ErrShort},
		"no length":     {good[:64], 100, ErrShort},
		"no head":       {good[:40], 100, ErrOffset},
		"length beyond": {edit(func(b []byte) { b[95] = 200 }), 1000, ErrShort},
	} {
		if _, _, err := Bytes(c.b, 1, 64, c.max); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", name, err, c.want)
		}
	}
	if !errors.Is(End(append(bytes.Clone(good), 0), len(good)), ErrTrailing) || !errors.Is(End(good[:10], len(good)), ErrShort) {
		t.Fatal("End")
	}
}

// FuzzBytes: Bytes never panics, and what it accepts re-encodes to the same bytes.
func FuzzBytes(f *testing.F) {
	f.Add(enc([]byte("parley")))
	f.Add(enc(nil))
	f.Fuzz(func(t *testing.T, b []byte) {
		v, end, err := Bytes(b, 1, 64, 1<<16)
		if err != nil || End(b, end) != nil {
			return
		}
		if re := enc(v); !bytes.Equal(re[32:], b[32:]) {
			t.Fatalf("accepted a non-canonical encoding %x", b)
		}
	})
}
