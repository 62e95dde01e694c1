package eval

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"sitrep/internal/cameo"
	"sitrep/internal/event"
	"sitrep/internal/report"
	"sitrep/internal/syntax"
	"sitrep/internal/text"
)

// RunPetrarchUnit scores the event coder on PETRARCH's unit-test records
// (petrarch2/text/PETR.UnitTest.records.xml). They are written against
// fictional dictionaries (Arnor, Gondor…), so the coder runs here with
// those: PETR.Validate.verbs, actors and agents. Actors are found by the
// dictionary alone, longest name first, an agent after a country name
// joining its code ("Arnorian soldiers"); sitrep's own parse gives the
// syntax. dir is the petrarch2 data folder.
func RunPetrarchUnit(ctx context.Context, dir string) (*EventScores, error) {
	dicts := filepath.Join(dir, "dictionaries")
	verbs, err := readDict(filepath.Join(dicts, "PETR.Validate.verbs.txt"), cameo.ParseVerbs)
	if err != nil {
		return nil, err
	}
	actors, err := readDict(filepath.Join(dicts, "PETR.Validate.actors.txt"), cameo.ParseActors)
	if err != nil {
		return nil, err
	}
	agents, err := readDict(filepath.Join(dicts, "PETR.Validate.agents.txt"), cameo.ParseAgents)
	if err != nil {
		return nil, err
	}
	codes, err := cameo.DefaultCodes()
	if err != nil {
		return nil, err
	}
	m, err := syntax.Default()
	if err != nil {
		return nil, err
	}
	recs, err := readPetrarchXML(filepath.Join(dir, "text", "PETR.UnitTest.records.xml"))
	if err != nil {
		return nil, err
	}
	coder := event.New(verbs, codes, unitLexicon(agents))
	return scoreEvents("petrarch-unit-tests", recs, func(rec eventRecord) (*report.Document, error) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d := text.New(rec.Text)
		in := event.Input{Doc: d, Actors: dictActors(d, actors, agents, rec.Date)}
		want := coder.Candidates(in)
		in.Syntax = m.AnalyzeSentences(d, func(s int) bool { return want[s] })
		return &report.Document{Text: rec.Text, Events: coder.Code(in)}, nil
	})
}

func readDict[T any](path string, parse func(io.Reader) (T, error)) (T, error) {
	var zero T
	f, err := os.Open(path)
	if err != nil {
		return zero, fmt.Errorf("eval events: %w", err)
	}
	defer f.Close()
	v, err := parse(f)
	if err != nil {
		return zero, fmt.Errorf("eval events: %s: %w", path, err)
	}
	return v, nil
}

// unitLexicon answers the coder from the test agents; the test actors
// name no real countries.
type unitLexicon map[string]string

func (l unitLexicon) AgentSector(w string) (string, bool) { s, ok := l[w]; return s, ok }

// AgentPerson is false: the test dictionaries do not tell people apart.
func (l unitLexicon) AgentPerson(string) bool   { return false }
func (l unitLexicon) CountryCode(string) string { return "" }

// dictActors finds the dictionary's actors in d, longest first, and joins
// an agent that follows a country actor to its code.
func dictActors(d *text.Doc, actors *cameo.ActorDict, agents map[string]string, day time.Time) []event.Actor {
	var out []event.Actor
	for i := 0; i < len(d.Tokens); {
		n, code := longest(d, i, actors.MaxWords(), func(k string) (string, bool) { return actors.Code(k, day) })
		if n == 0 {
			i++
			continue
		}
		a := event.Actor{First: i, End: i + n, Name: d.Str(d.SpanOf(i, i+n)), Code: code, Country: code[:min(3, len(code))]}
		if m, sector := longest(d, i+n, 4, func(k string) (string, bool) { s, ok := agents[k]; return s, ok }); m > 0 {
			a.End, a.Code = i+n+m, a.Country+sector
		}
		if strings.Trim(a.Code, "-") != "" {
			out = append(out, a)
		}
		i = a.End
	}
	return out
}

// longest returns the length of the longest name from token i that look
// finds, and its code.
func longest(d *text.Doc, i, maxWords int, look func(string) (string, bool)) (int, string) {
	for n := min(maxWords, len(d.Tokens)-i); n > 0; n-- {
		if code, ok := look(d.Key(i, i+n)); ok && code != "" {
			return n, code
		}
	}
	return 0, ""
}
