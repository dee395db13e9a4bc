package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

// passwordEnv is the environment variable a key password may come from.
const passwordEnv = "PARLEY_KEY_PASSWORD"

// maxPasswordFile bounds what is read from a password file.
const maxPasswordFile = 4096

// passwordFileFlag names the --password-file flag.
const passwordFileFlag = "password-file"

// newPasswordFileFlag returns the --password-file flag. (Flags carry parse state, so
// each command gets its own instance.)
func newPasswordFileFlag() cli.Flag {
	return &cli.StringFlag{
		Name:  passwordFileFlag,
		Usage: "read the key password from this file (its first line; a trailing newline is ignored); otherwise $" + passwordEnv + ", otherwise a prompt",
	}
}

// password returns the key password from, in order: --password-file, the
// PARLEY_KEY_PASSWORD environment variable, or an interactive prompt on the terminal
// (twice when confirm is set). Without any of these it fails rather than guess.
func password(c *cli.Context, e env, confirm bool) (string, error) {
	if path := c.String(passwordFileFlag); path != "" {
		return readPasswordFile(path)
	}
	if pw, ok := lookupEnv(e, passwordEnv); ok {
		return pw, nil
	}
	if e.stdin == nil || !term.IsTerminal(int(e.stdin.Fd())) {
		return "", fmt.Errorf("no key password: use --password-file, set $%s, or run on a terminal to be prompted", passwordEnv)
	}
	pw, err := prompt(e, "Key password: ")
	if err != nil {
		return "", err
	}
	if confirm {
		again, err := prompt(e, "Repeat password: ")
		if err != nil {
			return "", err
		}
		if again != pw {
			return "", errors.New("passwords do not match")
		}
	}
	return pw, nil
}

func lookupEnv(e env, name string) (string, bool) {
	v := e.getenv(name)
	return v, v != ""
}

func prompt(e env, msg string) (string, error) {
	fmt.Fprint(e.stderr, msg)
	b, err := term.ReadPassword(int(e.stdin.Fd()))
	fmt.Fprintln(e.stderr)
	if err != nil {
		return "", fmt.Errorf("reading password: %w", err)
	}
	return string(b), nil
}

// readPasswordFile returns the first line of a file, without its line ending.
func readPasswordFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxPasswordFile+1))
	if err != nil {
		return "", err
	}
	if len(b) > maxPasswordFile {
		return "", fmt.Errorf("password file %s is larger than %d bytes", path, maxPasswordFile)
	}
	line, _, _ := strings.Cut(string(b), "\n")
	return strings.TrimSuffix(line, "\r"), nil
}
