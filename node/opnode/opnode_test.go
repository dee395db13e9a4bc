package opnode

import (
	"context"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/urfave/cli/v2"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/verifier"
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
		"--parley.activation-time", "100", "--parley.registry", "0x00000000000000000000000000000000000000aa",
		"--parley.submitters", "0x00000000000000000000000000000000000000b1,0x00000000000000000000000000000000000000b2",
	}, map[string]string{"OP_NODE_PARLEY_CERT_INBOX": "0x00000000000000000000000000000000000000cc", "OP_NODE_PARLEY_THRESHOLDS": "0:6667,1:5000"})
	if !set || err != nil {
		t.Fatalf("set=%v err=%v", set, err)
	}
	if cfg.ActivationTime != 100 || cfg.CertInbox[19] != 0xcc || len(cfg.Submitters) != 2 || cfg.MaxCertsPerBlock != DefaultMaxCertsPerBlock ||
		len(cfg.Thresholds) != 2 || cfg.Thresholds[1].BPS != 5000 || cfg.Window != 16 || cfg.Hook(nil) == nil {
		t.Fatalf("config %+v", cfg)
	}
}

func TestValidationRejects(t *testing.T) {
	good := []string{"--parley.registry", "0x00000000000000000000000000000000000000aa", "--parley.cert-inbox", "0x00000000000000000000000000000000000000cc",
		"--parley.submitters", "0x00000000000000000000000000000000000000b1", "--parley.thresholds", "0:6667"}
	cases := map[string]struct {
		args []string
		want string
	}{
		"no registry":           {[]string{"--parley.cert-inbox", "0x00000000000000000000000000000000000000cc", "--parley.submitters", "0x00000000000000000000000000000000000000b1"}, "--parley.registry is required"},
		"bad address":           {append(append([]string{}, good...), "--parley.registry", "0x12"), "not an address"},
		"no submitters":         {append(append([]string{}, good[:4]...), good[6:]...), "--parley.submitters needs at least one"},
		"no thresholds":         {good[:6], "--parley.thresholds"},
		"bad threshold":         {append(append([]string{}, good...), "--parley.thresholds", "0-6667"), "not QUORUM:BPS"},
		"threshold over 100%":   {append(append([]string{}, good[:6]...), "--parley.thresholds", "0:10001"), "exceeds"},
		"window zero":           {append(append([]string{}, good...), "--parley.window", "0"), "--parley.window"},
		"repeated submitter":    {append(append([]string{}, good...), "--parley.submitters", "0x00000000000000000000000000000000000000b1"), "repeated"},
		"inbox equals registry": {[]string{"--parley.registry", "0x00000000000000000000000000000000000000aa", "--parley.cert-inbox", "0x00000000000000000000000000000000000000aa", "--parley.submitters", "0x00000000000000000000000000000000000000b1", "--parley.thresholds", "0:6667"}, "must differ"},
		"cap zero":              {append(append([]string{}, good...), "--parley.max-certs-per-block", "0"), "1..256"},
	}
	for name, c := range cases {
		_, _, err := parse(t, c.args, nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", name, err, c.want)
		}
	}
}

// TestHookCountsSkippedInputs shows that the installed hook's skipped inputs reach the
// parley_skipped_inputs_total counter, which registers in any number of registries
// (op-node makes one per metrics instance).
func TestHookCountsSkippedInputs(t *testing.T) {
	cfg := &Config{Registry: common.Address{1}, CertInbox: common.Address{2}, Submitters: []common.Address{{3}},
		MaxCertsPerBlock: 1, Thresholds: []verifier.Threshold{{Quorum: 0, BPS: 6667}}, Window: 16}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	d, ok := cfg.Hook(nil).(*derivation.Deriver)
	if !ok {
		t.Fatal("the hook is not a *derivation.Deriver")
	}
	before := testutil.ToFloat64(skippedInputs.WithLabelValues("certificate"))
	d.Skipped("certificate")
	d.Skipped("certificate")
	if got := testutil.ToFloat64(skippedInputs.WithLabelValues("certificate")) - before; got != 2 {
		t.Fatalf("counted %v skipped certificates, want 2", got)
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
