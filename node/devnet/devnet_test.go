package devnet_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/parley-xyz/parley/node/devnet"
	"github.com/parley-xyz/parley/node/rollup"
)

// binaries returns the binaries in .forks/bin/, skipping the test without them
// (failing it under PARLEY_E2E_REQUIRED=1, as in CI).
func binaries(t *testing.T) rollup.Binaries {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	b, err := rollup.FindBinaries(filepath.Join(filepath.Dir(file), "..", "..", ".forks", "bin"))
	if err != nil {
		if os.Getenv("PARLEY_E2E_REQUIRED") == "1" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	return b
}

// logWriter sends the timeline to the test log.
type logWriter struct{ t *testing.T }

func (w logWriter) Write(p []byte) (int, error) {
	w.t.Log(string(p[:len(p)-1]))
	return len(p), nil
}

// TestDevnet runs the whole devnet once: L1 with EigenLayer and the AVS, rollups A and
// B, the daemons, messages A→B and B→A, rollup C joining late and A→C. Each message
// must be relayed to its target. $PARLEY_DEVNET_LOGS keeps every process's log there.
func TestDevnet(t *testing.T) {
	bins := binaries(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	d, err := devnet.New(devnet.Config{Binaries: bins, Out: logWriter{t}, LogDir: os.Getenv("PARLEY_DEVNET_LOGS")})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Stop()
	start := time.Now()
	if err := d.Run(ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("devnet run: %.1fs", time.Since(start).Seconds())
	if len(d.Results) != 3 {
		t.Fatalf("%d messages delivered, want 3", len(d.Results))
	}
	for _, r := range d.Results {
		t.Logf("%s: safe %.1fs, attested %.1fs, certified %.1fs, included %.1fs, relayed %.1fs", r.Route,
			r.Safe.Seconds(), r.Attested.Seconds(), r.Certified.Seconds(), r.Included.Seconds(), r.Relayed.Seconds())
	}
	dir := d.Dir
	d.Stop()
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("state directory %s left after Stop", dir)
	}
}
