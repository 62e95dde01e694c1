package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"time"

	"sitrep/internal/article"
	"sitrep/internal/pipeline"
	"sitrep/internal/render"
)

func runRead(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("read", flag.ContinueOnError)
	beam := beamFlag(fs)
	fs.SetOutput(e.stderr)
	format := fs.String("format", "text", "output format: text, json, md, geojson, gdelt (GDELT 2.0 event rows) or plover (PLOVER JSON lines)")
	published := fs.String("published", "", "publication date (YYYY-MM-DD) that anchors relative dates")
	maxBytes := fs.Int64("max-bytes", 10<<20, "largest input accepted, in bytes")
	verbose := fs.Bool("v", false, "log progress and timings to stderr")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: sitrep read [flags] FILE|URL|-")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError{err}
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError{errors.New("want exactly one FILE, URL or -")}
	}
	if err := oneOf("format", *format, render.Formats); err != nil {
		return err
	}
	var opt pipeline.Options
	if *published != "" {
		t, err := time.Parse(time.DateOnly, *published)
		if err != nil {
			return usageError{fmt.Errorf("-published %q: want YYYY-MM-DD", *published)}
		}
		opt.Published = t
	}
	if *maxBytes <= 0 {
		return usageError{fmt.Errorf("-max-bytes %d: want a positive size", *maxBytes)}
	}
	log := newLogger(e.stderr, *verbose)
	a, err := article.Open(ctx, fs.Arg(0), e.stdin, article.Options{MaxBytes: *maxBytes})
	if err != nil {
		return inputError{err}
	}
	p, err := pipeline.New(log)
	if err != nil {
		return err
	}
	p = p.WithBeam(*beam)
	doc, err := p.Read(ctx, a, opt)
	if err != nil {
		return err
	}
	return render.Write(e.stdout, *format, doc)
}
