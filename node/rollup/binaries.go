package rollup

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Binaries are the executables of a rollup's processes.
type Binaries struct {
	// Geth is the patched op-geth, Node the patched op-node, Batcher op-batcher.
	Geth, Node, Batcher string
}

// FindBinaries returns the binaries in dir (op-geth, op-node, op-batcher: what `parley
// forks build` leaves in .forks/bin/), each overridden by $PARLEY_GETH, $PARLEY_OPNODE
// or $PARLEY_BATCHER when set, as absolute paths checked to be executable files.
func FindBinaries(dir string) (Binaries, error) {
	b := Binaries{
		Geth:    pick("PARLEY_GETH", dir, "op-geth"),
		Node:    pick("PARLEY_OPNODE", dir, "op-node"),
		Batcher: pick("PARLEY_BATCHER", dir, "op-batcher"),
	}
	var err error
	for _, p := range []*string{&b.Geth, &b.Node, &b.Batcher} {
		if *p, err = filepath.Abs(*p); err != nil {
			return Binaries{}, err
		}
	}
	if err := b.check(); err != nil {
		return Binaries{}, fmt.Errorf("%w: build them with `go run ./node/cmd/parley forks build`", err)
	}
	return b, nil
}

func pick(env, dir, name string) string {
	if v := os.Getenv(env); v != "" {
		return v
	}
	return filepath.Join(dir, name)
}

// check checks that each binary is an executable file.
func (b Binaries) check() error {
	var errs []error
	for _, f := range []struct{ name, path string }{{"op-geth", b.Geth}, {"op-node", b.Node}, {"op-batcher", b.Batcher}} {
		if f.path == "" {
			errs = append(errs, fmt.Errorf("%s: no binary given", f.name))
			continue
		}
		fi, err := os.Stat(f.path)
		if err == nil && (fi.IsDir() || fi.Mode()&0o111 == 0) {
			err = errors.New("not an executable file")
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %s: %w", f.name, f.path, err))
		}
	}
	return errors.Join(errs...)
}
