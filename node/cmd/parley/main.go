// Command parley is the Parley operator and developer tool.
//
//	parley sim              simulate one AVS round end to end on real BN254 keys
//	parley keys new         create an operator BLS key file (eigensdk-go format) and
//	                        print its KeyRegistrar registration (keyData, digest, signature)
//	parley keys show        print a key file's public keys and KeyRegistrar registration
//	parley cert verify      verify a certificate against an operator-table snapshot and policy
//	parley forks build      build op-geth, op-node and op-batcher with Parley's hooks
//	parley forks diff       print the edits inside upstream files (--stat: count them)
//	parley forks check DIR  tell whether a tree carries Parley's hooks
//	parley chain init       write a Parley chain's genesis.json and rollup.json from one description
//
// Exit status: 0 on success; 1 when the answer is negative (a certificate rejected,
// or a simulation whose outcome contradicts the protocol); 2 for any other error
// (bad usage, unreadable or invalid input files, I/O failures). Errors go to
// standard error, results to standard output.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"
)

// Exit codes.
const (
	exitOK       = 0
	exitNegative = 1
	exitError    = 2
)

// negative marks an error that is a negative answer (exit status 1) rather than a
// failure to answer. If shown is set, the command already printed the answer on
// standard output and nothing more is written to standard error.
type negative struct {
	err   error
	shown bool
}

// Error returns the underlying error's message.
func (n negative) Error() string { return n.err.Error() }

// Unwrap returns the underlying error.
func (n negative) Unwrap() error { return n.err }

// env is what the commands need from the process, replaceable in tests.
type env struct {
	stdin          *os.File // nil: no terminal to prompt on
	stdout, stderr io.Writer
	getenv         func(string) string
}

func main() {
	// An interrupt cancels the running command (the simulation stops between steps).
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args, env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv})
	stop()
	os.Exit(code)
}

// run executes the command line args (args[0] is the program name) and returns the
// exit status.
func run(ctx context.Context, args []string, e env) int {
	app := newApp(e)
	err := app.RunContext(ctx, args)
	if err == nil {
		return exitOK
	}
	var n negative
	if errors.As(err, &n) {
		if !n.shown {
			fmt.Fprintf(e.stderr, "parley: %v\n", err)
		}
		return exitNegative
	}
	fmt.Fprintf(e.stderr, "parley: %v\n", err)
	return exitError
}

// newApp builds the command tree.
func newApp(e env) *cli.App {
	app := &cli.App{
		Name:  "parley",
		Usage: "cross-rollup messages certified by a restaked AVS",
		Description: "Parley lets OP Stack rollups read each other's messages with the security of an\n" +
			"EigenLayer-style AVS: operators BLS-sign a commitment to a source rollup's messages,\n" +
			"an aggregator posts the quorum certificate to L1, and every destination rollup\n" +
			"verifies it inside derivation.\n\n" +
			"Exit status: 0 success, 1 negative answer (certificate rejected, simulation outcome\n" +
			"contradicting the protocol), 2 any other error.",
		Writer:               e.stdout,
		ErrWriter:            e.stderr,
		HideVersion:          true,
		EnableBashCompletion: false,
		// Errors are reported and mapped to exit codes by run, never by the library.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError:   usageError,
		Action:         groupAction,
		Commands: []*cli.Command{
			simCommand(e),
			keysCommand(e),
			certCommand(e),
			forksCommand(e),
			chainCommand(e),
			proveCommand(e),
			relayCommand(e),
			relayerCommand(e),
			operatorCommand(e),
			aggregatorCommand(e),
			watchCommand(e),
			devnetCommand(e),
		},
	}
	configure(app.Commands)
	return app
}

// configure applies the app-wide conventions to every command: brief usage errors,
// and no "help" subcommand on commands that have no other subcommands.
func configure(cmds []*cli.Command) {
	for _, c := range cmds {
		c.OnUsageError = usageError
		if len(c.Subcommands) == 0 {
			c.HideHelpCommand = true
		}
		configure(c.Subcommands)
	}
}

// usageError reports a flag error briefly instead of printing the whole help.
func usageError(c *cli.Context, err error, _ bool) error {
	return fmt.Errorf("%w (see %s --help)", err, c.Command.HelpName)
}

// groupAction is the action of a command that only groups subcommands: without
// arguments it shows the help, with any it reports an unknown command.
func groupAction(c *cli.Context) error {
	if c.Args().Present() {
		return fmt.Errorf("unknown command %q (see %s --help)", c.Args().First(), c.Command.HelpName)
	}
	return cli.ShowSubcommandHelp(c)
}

// required checks that the named string flags are set. (The library's own Required
// prints the whole help text before the error.)
func required(c *cli.Context, names ...string) error {
	for _, n := range names {
		if c.String(n) == "" {
			return fmt.Errorf("--%s is required (see %s --help)", n, c.Command.HelpName)
		}
	}
	return nil
}

// noArgs rejects positional arguments for commands that take none.
func noArgs(c *cli.Context) error {
	if c.Args().Present() {
		return fmt.Errorf("unexpected argument %q (see %s --help)", c.Args().First(), c.Command.HelpName)
	}
	return nil
}
