package opnode

import (
	"context"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/urfave/cli/v2"
)

// parse runs Parley's flags through a cli app with the given arguments and
// environment, and returns what FromCLI makes of them.
func parse(t *testing.T, args []string, env map[string]string) (*Config, bool, error) {
	t.Helper()
	for k, v := range env {
		t.Setenv(k, v)
	}
	var cfg *Config
	var set bool
	var err error
	app := &cli.App{
		Flags: Flags("OP_NODE", "parley"),
		Action: func(ctx *cli.Context) error {
			set = Set(ctx)
			if set {
				cfg, err = FromCLI(ctx)
			}
			return nil
		},
	}
	if runErr := app.RunContext(context.Background(), append([]string{"op-node"}, args...)); runErr != nil {
		t.Fatal(runErr)
	}
	return cfg, set, err
}

func TestFlagsAndEnvironment(t *testing.T) {
	_, set, _ := parse(t, nil, nil)
	if set {
		t.Fatal("no flag given, but Parley reported as configured")
	}
	cfg, set, err := parse(t, []string{
		"--parley.activation-time", "100", "--parley.avs", "0x00000000000000000000000000000000000000aa",
		"--parley.publisher", "0x00000000000000000000000000000000000000bb",
	}, map[string]string{"OP_NODE_PARLEY_CERT_INBOX": "0x00000000000000000000000000000000000000cc", "OP_NODE_PARLEY_THRESHOLDS": "0:6667,1:5000"})
	if !set || err != nil {
		t.Fatalf("set=%v err=%v", set, err)
	}
	hook, err := cfg.Hook(nil)
	if cfg.ActivationTime != 100 || cfg.CertInbox[19] != 0xcc || cfg.Publisher[19] != 0xbb || cfg.AVS[19] != 0xaa ||
		len(cfg.Thresholds) != 2 || cfg.Thresholds[1].BPS != 5000 || cfg.Window != DefaultWindow || err != nil || hook == nil {
		t.Fatalf("config %+v: %v", cfg, err)
	}
}

func TestValidationRejects(t *testing.T) {
	good := []string{"--parley.avs", "0x00000000000000000000000000000000000000aa", "--parley.publisher", "0x00000000000000000000000000000000000000bb",
		"--parley.cert-inbox", "0x00000000000000000000000000000000000000cc", "--parley.thresholds", "0:6667"}
	with := func(extra ...string) []string { return append(append([]string{}, good...), extra...) }
	cases := map[string]struct {
		args []string
		want string
	}{
		"no avs":              {good[2:], "addresses are all required"},
		"no publisher":        {append(append([]string{}, good[:2]...), good[4:]...), "addresses are all required"},
		"bad address":         {with("--parley.avs", "0x12"), "not an address"},
		"no thresholds":       {good[:6], "no quorums"},
		"bad threshold":       {with("--parley.thresholds", "0-6667"), "not SET:BPS"},
		"threshold over 100%": {append(append([]string{}, good[:6]...), "--parley.thresholds", "0:10001"), "exceeds"},
		"window zero":         {with("--parley.window", "0"), "window 0"},
		"window over 8191":    {with("--parley.window", "8192"), "window 8192"},
		"inbox equals avs":    {with("--parley.cert-inbox", "0x00000000000000000000000000000000000000aa"), "must differ"},
	}
	for name, c := range cases {
		_, _, err := parse(t, c.args, nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", name, err, c.want)
		}
	}
}

// TestMetricsCount shows that the hook's metrics count what it records and register in
// any number of registries (op-node makes one per metrics instance).
func TestMetricsCount(t *testing.T) {
	before := testutil.ToFloat64(skippedInputs.WithLabelValues("certificate"))
	Metrics.RecordSkipped("certificate")
	Metrics.RecordSkipped("certificate")
	if got := testutil.ToFloat64(skippedInputs.WithLabelValues("certificate")) - before; got != 2 {
		t.Fatalf("counted %v skipped certificates, want 2", got)
	}
	fetched := testutil.ToFloat64(snapshotBlocksFetched)
	Metrics.RecordSnapshotResolved(false, 3)
	if got := testutil.ToFloat64(snapshotBlocksFetched) - fetched; got != 3 {
		t.Fatalf("counted %v fetched blocks, want 3", got)
	}
	for i := 0; i < 2; i++ {
		reg := prometheus.NewRegistry()
		reg.MustRegister(Collectors()...)
		n, err := testutil.GatherAndCount(reg, MetricsNamespace+"_skipped_inputs_total")
		if err != nil || n == 0 {
			t.Fatalf("registry %d: %d series, %v", i, n, err)
		}
	}
}
