package main

import (
	"strings"
	"testing"

	"github.com/parley-xyz/parley/node/aggregator/flags"
)

// TestAggregatorHelp: every flag of the aggregator is documented with its environment
// variable.
func TestAggregatorHelp(t *testing.T) {
	r := parley(t, nil, "aggregator", "--help")
	r.expect(t, 0, "parley aggregator")
	for _, f := range flags.Flags {
		name := f.Names()[0]
		if !strings.Contains(r.stdout, "--"+name+" ") {
			t.Errorf("--%s not in the help", name)
		}
		envs := f.(interface{ GetEnvVars() []string }).GetEnvVars()
		if len(envs) == 0 || !strings.HasPrefix(envs[0], "PARLEY_AGGREGATOR_") || !strings.Contains(r.stdout, "$"+envs[0]) {
			t.Errorf("--%s: environment variable %v not in the help", name, envs)
		}
	}
}

// TestAggregatorConfigErrors: an aggregator without its settings names every one
// missing; bad values are named too.
func TestAggregatorConfigErrors(t *testing.T) {
	r := parley(t, nil, "aggregator")
	for _, want := range []string{"--l1-eth-rpc is required", "--source-rpc is required", "--inbox is required",
		"--range-start is required", "--range-length is required", "--thresholds is required"} {
		r.expect(t, 2, want)
	}
	r = parley(t, nil, "aggregator", "--l1-eth-rpc", "http://127.0.0.1:1", "--source-rpc", "http://127.0.0.1:2", "--inbox", "0xnot",
		"--range-start", "1", "--range-length", "0", "--thresholds", "0:6667", "--source-head", "latest", "--private-key", "0x01")
	for _, want := range []string{"--inbox \"0xnot\" is not an address", "--source-head \"latest\"", "--range-length 0: want 1..10000"} {
		r.expect(t, 2, want)
	}
	parley(t, nil, "aggregator", "extra").expect(t, 2, "unexpected argument \"extra\"")
}
