// Package cli implements the sitrep command line: one file per verb.
//
// Data goes to stdout; logs and errors go to stderr. Run returns the exit
// code, and only main exits:
//
//	0  success
//	1  internal failure (a bug, or embedded data that does not load)
//	2  usage error: unknown verb or flag, bad flag value
//	3  bad input: missing or unreadable file, binary, empty, too large,
//	   not English, a refused URL
//	4  cancelled (interrupt)
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
)

// Exit codes.
const (
	ExitOK        = 0
	ExitFailure   = 1
	ExitUsage     = 2
	ExitBadInput  = 3
	ExitCancelled = 4
)

// env is what every verb gets.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// verb is one subcommand.
type verb struct {
	summary string
	run     func(ctx context.Context, e env, args []string) error
}

func verbs() map[string]verb {
	return map[string]verb{
		"read":  {"read one article (file, URL or - for stdin) into a report", runRead},
		"eval":  {"score the reading against gold data (sitrep eval -h lists the tasks)", runEval},
		"bench": {"measure throughput on a corpus (re3d and the seed by default)", runBench},
	}
}

// usageError marks errors in the command line itself.
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

// inputError marks errors in what the user gave sitrep to read.
type inputError struct{ err error }

func (i inputError) Error() string { return i.err.Error() }
func (i inputError) Unwrap() error { return i.err }

// Run executes the command line args and returns the exit code.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		if len(args) == 0 {
			return ExitUsage
		}
		return ExitOK
	}
	v, ok := verbs()[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "sitrep: unknown verb %q; run 'sitrep help'\n", args[0])
		return ExitUsage
	}
	err := v.run(ctx, env{stdin: stdin, stdout: stdout, stderr: stderr}, args[1:])
	if err == nil {
		return ExitOK
	}
	fmt.Fprintf(stderr, "sitrep %s: %v\n", args[0], err)
	var ue usageError
	var ie inputError
	switch {
	case errors.Is(err, context.Canceled):
		return ExitCancelled
	case errors.As(err, &ue):
		return ExitUsage
	case errors.As(err, &ie):
		return ExitBadInput
	}
	return ExitFailure
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: sitrep <verb> [flags] [args]")
	fmt.Fprintln(w, "\nverbs:")
	vs := verbs()
	for _, name := range []string{"read", "eval", "bench"} {
		fmt.Fprintf(w, "  %-8s %s\n", name, vs[name].summary)
	}
	fmt.Fprintln(w, "\nRun 'sitrep <verb> -h' for the flags of a verb.")
}

// newLogger returns the stderr logger at the level a -v flag asks for.
func newLogger(w io.Writer, verbose bool) *slog.Logger {
	level := slog.LevelWarn
	if verbose {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}

// oneOf checks a flag value against the allowed ones.
func oneOf(name, value string, allowed []string) error {
	for _, a := range allowed {
		if value == a {
			return nil
		}
	}
	return usageError{fmt.Errorf("-%s %q: want one of %s", name, value, strings.Join(allowed, ", "))}
}

// beamFlag adds the parser's beam width to a verb's flags.
func beamFlag(fs *flag.FlagSet) *int {
	return fs.Int("beam", 0, "parser beam width: 1 is the greedy parser, a read about 1.3 to 1.5 times as fast and a parse a point less accurate; 0 keeps the model's default")
}
