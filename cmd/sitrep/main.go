// Command sitrep reads news articles into sourced situation reports.
// See the README, or run "sitrep help".
package main

import (
	"context"
	"os"
	"os/signal"

	"sitrep/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
