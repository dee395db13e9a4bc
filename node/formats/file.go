package formats

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
)

// MaxFileSize bounds the documents the Read functions accept. The largest valid
// document, a table of optable.MaxEntries entries, is under four megabytes.
const MaxFileSize = 64 << 20

// readFile reads at most MaxFileSize bytes.
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("%s: larger than %d bytes", path, MaxFileSize)
	}
	return data, nil
}

// writeFile replaces path atomically: it writes a temporary file in the same
// directory and renames it over path.
func writeFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	if werr == nil {
		werr = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		_ = os.Remove(tmp.Name())
	}
	return werr
}

// ReadCertificate reads a certificate document (see UnmarshalCertificate).
func ReadCertificate(path string) (*certificate.Certificate, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	c, err := UnmarshalCertificate(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// WriteCertificate writes c as a certificate document.
func WriteCertificate(path string, c *certificate.Certificate) error {
	data, err := MarshalCertificate(c)
	if err != nil {
		return err
	}
	return writeFile(path, data)
}

// ReadTable reads an operator-table snapshot document (see UnmarshalTable).
func ReadTable(path string) (*optable.Table, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	t, err := UnmarshalTable(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// WriteTable writes t as an operator-table snapshot document.
func WriteTable(path string, t *optable.Table) error {
	data, err := MarshalTable(t)
	if err != nil {
		return err
	}
	return writeFile(path, data)
}

// ReadPolicy reads a policy document (see UnmarshalPolicy).
func ReadPolicy(path string) (verifier.Policy, error) {
	data, err := readFile(path)
	if err != nil {
		return verifier.Policy{}, err
	}
	p, err := UnmarshalPolicy(data)
	if err != nil {
		return verifier.Policy{}, fmt.Errorf("%s: %w", path, err)
	}
	return p, nil
}

// WritePolicy writes p as a policy document.
func WritePolicy(path string, p verifier.Policy) error {
	data, err := MarshalPolicy(p)
	if err != nil {
		return err
	}
	return writeFile(path, data)
}
