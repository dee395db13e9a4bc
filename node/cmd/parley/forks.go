package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/parley-xyz/parley/node/forks"
)

// forksCommand builds and inspects Parley's custom op-geth and op-node.
func forksCommand(e env) *cli.Command {
	rootFlag := &cli.StringFlag{Name: "root", Usage: "the Parley repository (default: found from the working directory)"}
	return &cli.Command{
		Name:   "forks",
		Usage:  "build op-geth and op-node with Parley's hooks, and review or check the change",
		Action: groupAction,
		Subcommands: []*cli.Command{
			{
				Name:      "build",
				Usage:     "copy the pinned upstream trees into .forks/, apply the hooks, build .forks/bin/{op-geth,op-node,op-batcher}",
				UsageText: "parley forks build [--root DIR] [--workspace DIR] [--only op-geth,op-node,op-batcher]",
				Description: "Resolves op-geth and optimism from this repository's go.mod, copies them out of the\n" +
					"Go module cache, applies Parley's marked edits and glue files, points both at this\n" +
					"repository and builds the binaries. A second run recopies nothing and rebuilds only\n" +
					"what changed. An edit whose upstream anchor moved fails with the file named.",
				Flags: []cli.Flag{rootFlag,
					&cli.StringFlag{Name: "workspace", Usage: "where trees and binaries go (default ROOT/.forks)"},
					&cli.StringSliceFlag{Name: "only", Usage: "build only these binaries"},
				},
				Action: func(c *cli.Context) error {
					root, err := repoRoot(c.String("root"))
					if err != nil {
						return err
					}
					return forks.Build(c.Context, forks.Options{Root: root, Workspace: c.String("workspace"), Log: e.stdout, Only: splitList(c.StringSlice("only"))})
				},
			},
			{
				Name:      "diff",
				Usage:     "print every edit inside upstream files as a unified diff (new files listed separately)",
				UsageText: "parley forks diff [--stat] [--root DIR]",
				Flags:     []cli.Flag{rootFlag, &cli.BoolFlag{Name: "stat", Usage: "only count changed lines per file, against the budget"}},
				Action: func(c *cli.Context) error {
					root, err := repoRoot(c.String("root"))
					if err != nil {
						return err
					}
					mods, err := forks.Resolve(root)
					if err != nil {
						return err
					}
					if c.Bool("stat") {
						if err := forks.WriteStat(e.stdout, mods); err != nil {
							return negative{err: err}
						}
						return nil
					}
					return forks.Diff(e.stdout, mods)
				},
			},
			{
				Name:      "check",
				Usage:     "tell whether an op-geth or optimism tree carries Parley's hooks at this version",
				UsageText: "parley forks check DIR",
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return fmt.Errorf("need exactly one directory (see %s --help)", c.Command.HelpName)
					}
					tree, problems, err := forks.Check(c.Args().First())
					if err != nil {
						return err
					}
					if len(problems) == 0 {
						fmt.Fprintf(e.stdout, "OK: %s tree carries Parley's %s hooks\n", tree, forks.HookVersion)
						return nil
					}
					var b strings.Builder
					fmt.Fprintf(&b, "%s tree does not carry Parley's %s hooks:\n", tree, forks.HookVersion)
					for _, p := range problems {
						fmt.Fprintf(&b, "  %s\n", p)
					}
					fmt.Fprint(e.stdout, b.String())
					return negative{err: fmt.Errorf("%d problem(s) in %s", len(problems), c.Args().First()), shown: true}
				},
			},
		},
	}
}

// repoRoot returns dir, or the directory above the working directory holding this
// module's go.mod.
func repoRoot(dir string) (string, error) {
	if dir != "" {
		return filepath.Abs(dir)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if b, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil && strings.Contains(string(b), "module "+forks.ParleyModule+"\n") {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("not inside the Parley repository (no go.mod of %s above %s); use --root", forks.ParleyModule, wd)
		}
	}
}

func splitList(in []string) []string {
	var out []string
	for _, s := range in {
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}
