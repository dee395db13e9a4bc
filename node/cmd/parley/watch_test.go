package main

import (
	"strings"
	"testing"

	"github.com/parley-xyz/parley/node/watch/flags"
)

// TestWatchHelp: every flag of the watcher is documented with its environment
// variable.
func TestWatchHelp(t *testing.T) {
	r := parley(t, nil, "watch", "--help")
	r.expect(t, 0, "parley watch")
	for _, f := range flags.Flags {
		name := f.Names()[0]
		if !strings.Contains(r.stdout, "--"+name+" ") {
			t.Errorf("--%s not in the help", name)
		}
		envs := f.(interface{ GetEnvVars() []string }).GetEnvVars()
		if len(envs) == 0 || !strings.HasPrefix(envs[0], "PARLEY_WATCH_") || !strings.Contains(r.stdout, "$"+envs[0]) {
			t.Errorf("--%s: environment variable %v not in the help", name, envs)
		}
	}
}

// TestWatchConfigErrors: a watcher without its settings names every one missing; bad
// values are named too.
func TestWatchConfigErrors(t *testing.T) {
	r := parley(t, nil, "watch")
	for _, want := range []string{"--l1-eth-rpc is required", "--inbox is required"} {
		r.expect(t, 2, want)
	}
	r = parley(t, nil, "watch", "--l1-eth-rpc", "http://127.0.0.1:1", "--inbox", "0xnot", "--max-certificates", "1",
		"--l1-keystore", "k.json")
	for _, want := range []string{"--inbox \"0xnot\" is not an address", "--max-certificates 1", "--l1-keystore and --l1-password-file go together"} {
		r.expect(t, 2, want)
	}
	parley(t, nil, "watch", "extra").expect(t, 2, "unexpected argument \"extra\"")
}
