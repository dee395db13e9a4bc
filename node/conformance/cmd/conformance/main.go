// Command conformance writes Parley's conformance vectors (package
// node/conformance) into interop/conformance, or with --check verifies that the
// committed ones are up to date:
//
//	go run ./node/conformance/cmd/conformance [--check] [--dir interop/conformance]
//
// With --check it exits with status 1 and lists every stale, missing or extra file.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/parley-xyz/parley/node/conformance"
)

func main() {
	check := flag.Bool("check", false, "check that the files in --dir are up to date instead of writing them")
	dir := flag.String("dir", conformance.DefaultDir, "the directory of the vector files")
	flag.Parse()
	if flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "conformance: unexpected arguments:", flag.Args())
		os.Exit(2)
	}
	if !*check {
		if err := conformance.Write(*dir); err != nil {
			fmt.Fprintln(os.Stderr, "conformance:", err)
			os.Exit(1)
		}
		return
	}
	problems, err := conformance.Check(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "conformance:", err)
		os.Exit(1)
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(os.Stderr, p)
		}
		fmt.Fprintf(os.Stderr, "conformance: %s is not up to date; regenerate with: %s\n", *dir, conformance.RegenerateCommand)
		os.Exit(1)
	}
}
