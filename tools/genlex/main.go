// Command genlex builds the actor lexicon that package lexicon embeds, from
// the PETRARCH/Phoenix dictionaries, world-countries, i18n-nationality, ISO
// 3166, the CIA World Factbook and the hand tables in tools/genlex/hand.
//
// Run it from the repository root:
//
//	go run ./tools/genlex [-data ../shared/data] [-out internal/lexicon/data]
//
// It writes actors.tsv.gz (countries, organisations, armed groups,
// offices), people.tsv.gz and agents.tsv.gz in the format that package
// lexicon documents. The output is the same for the same input.
package main

import (
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"sitrep/internal/lexicon"
)

func main() {
	data := flag.String("data", "../shared/data", "folder of the shared source data")
	out := flag.String("out", "internal/lexicon/data", "folder to write the lexicon files to")
	flag.Parse()
	if err := run(*data, *out, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "genlex:", err)
		os.Exit(1)
	}
}

func run(data, out string, log io.Writer) error {
	s, err := loadSources(data)
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	entries, ags := build(s)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	files := []struct {
		name   string
		people bool
	}{{"actors.tsv.gz", false}, {"people.tsv.gz", true}}
	for _, f := range files {
		err := writeGzip(filepath.Join(out, f.name), func(enc *lexicon.Encoder) {
			for _, e := range entries {
				if (e.Kind == lexicon.KindPerson) == f.people {
					enc.Entry(&e.Entry)
					for _, n := range e.names {
						enc.Name(n)
					}
				}
			}
		})
		if err != nil {
			return err
		}
	}
	err = writeGzip(filepath.Join(out, "agents.tsv.gz"), func(enc *lexicon.Encoder) {
		for _, a := range ags {
			enc.Agent(a)
		}
	})
	if err != nil {
		return err
	}
	report(log, entries, ags)
	return nil
}

// build runs the steps in the order that gives curated names precedence.
func build(s *sources) ([]*entry, []lexicon.Agent) {
	b := newBuilder()
	b.countries(s)
	hand := b.handOrgs(s.handOrgs)
	b.seats(s.handSeats, hand)
	b.phoenixActors(s, b.used)
	b.leaders(s)
	b.handPeople(s.handPeople)
	b.finishPeople()
	return b.finish(), agents(s.agents, s.handAgents)
}

func writeGzip(path string, fill func(*lexicon.Encoder)) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		f.Close()
		return err
	}
	enc := lexicon.NewEncoder(zw)
	fill(enc)
	for _, err := range []error{enc.Close(), zw.Close(), f.Close()} {
		if err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	return nil
}

func report(w io.Writer, entries []*entry, ags []lexicon.Agent) {
	kinds := map[lexicon.Kind]int{}
	names := 0
	for _, e := range entries {
		kinds[e.Kind]++
		names += len(e.names)
	}
	fmt.Fprintf(w, "genlex: %d entries %v, %d names, %d agents\n", len(entries), kinds, names, len(ags))
}
