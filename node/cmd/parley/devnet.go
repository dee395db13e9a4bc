package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/parley-xyz/parley/node/devnet"
	"github.com/parley-xyz/parley/node/forks"
	"github.com/parley-xyz/parley/node/rollup"
)

// devnetCommand is `parley devnet`.
func devnetCommand(e env) *cli.Command {
	return &cli.Command{
		Name:      "devnet",
		Usage:     "run L1 with EigenLayer and Parley's AVS, three real OP Stack rollups and the daemons, and deliver messages between the rollups",
		UsageText: "parley devnet [--timeout 10m] [--keep] [--logs DIR] [--root DIR] [--bin-dir DIR] [--no-build]",
		Description: "Everything runs on loopback with free ports and temporary state:\n" +
			"  - an L1 dev node (the patched op-geth, 1-s blocks) with EigenLayer core v1.8.1 and\n" +
			"    Parley's AVS; four operators registered the EigenLayer way with stakes 4000, 3000,\n" +
			"    2000 and 1000 in one operator set; a published table snapshot;\n" +
			"  - rollups A (901) and B (902) with Parley active at genesis, each with op-geth,\n" +
			"    op-node (sequencer) and op-batcher built by `parley forks build`;\n" +
			"  - ParleyMessenger and a relay target on every rollup; an aggregator and the four\n" +
			"    operators per source rollup; a relayer per destination;\n" +
			"  - messages A→B and B→A, then rollup C (903) joining late (Parley activates after\n" +
			"    its genesis) and a message A→C, each followed until relayed and checked.\n" +
			"The timeline shows each step and each message's latency. Missing binaries are built\n" +
			"first (unless --no-build). Exit status 0 when every message was delivered, 2 with\n" +
			"the failing step named otherwise. Ctrl-C stops every process and removes the\n" +
			"temporary state.",
		Flags: []cli.Flag{
			&cli.DurationFlag{Name: "timeout", Value: 10 * time.Minute, Usage: "give up (and stop everything) if the run has not succeeded by then"},
			&cli.BoolFlag{Name: "keep", Usage: "after success keep everything running, print the chains, endpoints and keys, and wait for Ctrl-C"},
			&cli.StringFlag{Name: "logs", Usage: "write each process's and daemon's log to a file in `DIR` (default: kept in memory or discarded)"},
			&cli.StringFlag{Name: "root", Usage: "the Parley repository (default: found from the working directory)"},
			&cli.StringFlag{Name: "bin-dir", Usage: "where op-geth, op-node and op-batcher are (default ROOT/.forks/bin)"},
			&cli.BoolFlag{Name: "no-build", Usage: "fail instead of building missing binaries"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("unexpected arguments %q (see parley devnet --help)", c.Args().Slice())
			}
			return runDevnet(c.Context, e, devnetOptions{timeout: c.Duration("timeout"), keep: c.Bool("keep"), logs: c.String("logs"),
				root: c.String("root"), binDir: c.String("bin-dir"), noBuild: c.Bool("no-build")})
		},
	}
}

// devnetOptions are `parley devnet`'s flags.
type devnetOptions struct {
	timeout      time.Duration
	keep         bool
	logs         string
	root, binDir string
	noBuild      bool
}

// runDevnet runs the devnet: binaries (built if missing), then devnet.Run under the
// timeout, then, with keep, the table and a wait for an interrupt.
func runDevnet(ctx context.Context, e env, o devnetOptions) error {
	tl := devnet.NewTimeline(e.stdout)
	if o.logs != "" {
		abs, err := filepath.Abs(o.logs)
		if err != nil {
			return err
		}
		o.logs = abs
	}
	bins, err := devnetBinaries(ctx, tl, o)
	if err != nil {
		return fmt.Errorf("devnet failed at step building: %w", err)
	}
	d, err := devnet.New(devnet.Config{Binaries: bins, Timeline: tl, LogDir: o.logs})
	if err != nil {
		return err
	}
	defer func() {
		tl.Event(devnet.StepStopping, "stopping every process and daemon, removing temporary state")
		d.Stop()
	}()
	runCtx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	if err := d.Run(runCtx); err != nil {
		why := ""
		switch {
		case ctx.Err() != nil:
			why = "interrupted: "
		case runCtx.Err() != nil:
			why = fmt.Sprintf("timed out after %s: ", o.timeout)
		}
		var step *devnet.StepError
		if errors.As(err, &step) {
			// err may join several failures; the first step names the run's failure.
			return fmt.Errorf("devnet failed at step %q: %s%w%s", step.Step, why, step.Err, logsHint(o.logs))
		}
		return fmt.Errorf("devnet failed: %s%w%s", why, err, logsHint(o.logs))
	}
	tl.Event(devnet.StepDone, "every message delivered in %.1fs", tl.Since().Seconds())
	tl.Printf("\n%-6s %8s %10s %10s %10s %10s %10s\n", "route", "safe", "attested", "certified", "included", "relayed", "")
	for _, r := range d.Results {
		tl.Printf("%-6s %7.1fs %9.1fs %9.1fs %9.1fs %9.1fs   (from inclusion in %s block %d)\n", r.Route, r.Safe.Seconds(), r.Attested.Seconds(),
			r.Certified.Seconds(), r.Included.Seconds(), r.Relayed.Seconds(), strings.Split(r.Route, "→")[0], r.Block)
	}
	if !o.keep {
		return nil
	}
	tl.Printf("\n")
	d.PrintTable(e.stdout)
	tl.Printf("\nEverything keeps running; Ctrl-C stops it.\n")
	d.KeepFresh(ctx, 30*time.Minute)
	return nil
}

// logsHint points at the log directory, if any.
func logsHint(dir string) string {
	if dir == "" {
		return " (rerun with --logs DIR to keep every process's log)"
	}
	return " (logs in " + dir + ")"
}

// devnetBinaries finds op-geth, op-node and op-batcher, building them when missing
// (unless noBuild).
func devnetBinaries(ctx context.Context, tl *devnet.Timeline, o devnetOptions) (rollup.Binaries, error) {
	root := o.root
	if root != "" || o.binDir == "" {
		r, err := repoRoot(root)
		if err != nil {
			if o.binDir == "" {
				return rollup.Binaries{}, err
			}
		}
		root = r
	}
	dir := o.binDir
	if dir == "" {
		dir = filepath.Join(root, ".forks", "bin")
	}
	bins, err := rollup.FindBinaries(dir)
	if err == nil {
		tl.Event(devnet.StepBuilding, "reusing op-geth, op-node and op-batcher in %s", dir)
		return bins, nil
	}
	tl.Event(devnet.StepBuilding, "binaries missing in %s (%v)", dir, firstLine(err))
	if o.noBuild || root == "" {
		return rollup.Binaries{}, err
	}
	tl.Event(devnet.StepBuilding, "building them: parley forks build (the first build takes several minutes)")
	w := &timelineWriter{tl: tl}
	if o.logs != "" {
		if err := os.MkdirAll(o.logs, 0o755); err != nil {
			return rollup.Binaries{}, err
		}
		f, err := os.Create(filepath.Join(o.logs, "forks-build.log"))
		if err != nil {
			return rollup.Binaries{}, err
		}
		defer f.Close()
		w.file = f
	}
	if err := forks.Build(ctx, forks.Options{Root: root, Log: w}); err != nil {
		return rollup.Binaries{}, fmt.Errorf("parley forks build: %w", err)
	}
	return rollup.FindBinaries(dir)
}

// firstLine is an error's first line.
func firstLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}

// timelineWriter shows the build's progress lines on the timeline (and copies them to
// file, if set).
type timelineWriter struct {
	tl      *devnet.Timeline
	file    *os.File
	partial string
}

// Write prints each complete line as a building event.
func (w *timelineWriter) Write(p []byte) (int, error) {
	if w.file != nil {
		_, _ = w.file.Write(p)
	}
	w.partial += string(p)
	for {
		line, rest, ok := strings.Cut(w.partial, "\n")
		if !ok {
			break
		}
		if line = strings.TrimSpace(line); line != "" {
			w.tl.Event(devnet.StepBuilding, "%s", line)
		}
		w.partial = rest
	}
	return len(p), nil
}
