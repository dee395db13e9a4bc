package main

import (
	"testing"
)

// TestDevnetUsage checks `parley devnet`'s failures before anything starts: stray
// arguments, and missing binaries with --no-build, which names the building step and
// the command that builds them. The devnet itself runs in node/devnet's TestDevnet.
func TestDevnetUsage(t *testing.T) {
	parley(t, nil, "devnet", "now").expect(t, exitError, "unexpected arguments")
	r := parley(t, nil, "devnet", "--no-build", "--bin-dir", t.TempDir())
	r.expect(t, exitError, "devnet failed at step building")
	r.expect(t, exitError, "go run ./node/cmd/parley forks build")
	if r.stdout == "" || r.stderr == "" {
		t.Fatalf("want the timeline on stdout and the error on stderr; stdout %q, stderr %q", r.stdout, r.stderr)
	}
	parley(t, nil, "devnet", "--help").expect(t, exitOK, "--keep")
}
