package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"sitrep/internal/eval"
	"sitrep/internal/nermodel"
	"sitrep/internal/pipeline"
	"sitrep/internal/quantity"
	"sitrep/internal/signal"
	"sitrep/internal/syntax"
)

// evalTasks are the scored evaluations, by name.
var evalTasks = map[string]string{
	"facts":      "actors, roles, metonyms, places, quotes and claims of the seed and of examples/ against their expectation files",
	"quotes":     "quote detection (span overlap F1), speaker and stance accuracy on the gold set in testdata/quotes",
	"quantities": "numbers, units and what they count on ../shared/data/quantities/NewsQuant.json (eval only)",
	"spin":       "spun-text detection on the labelled set in internal/signal/testdata/spin (held-out and dev splits)",
	"assets":     "force observations (span overlap F1; kind, count, owner, status, place accuracy) on the gold set in testdata/assets",
	"pos":        "the tagger and lemmatizer on UD EWT test and GUM news (UPOS, XPOS, lemma accuracy)",
	"deps":       "the dependency parser on UD EWT test and GUM news (UAS, LAS; punctuation included)",
	"events":     "CAMEO root, code and actor agreement on PETR2_GSR_validation and PETRARCH's unit tests, PLOVER type accuracy on PLOVER_GSR_CAMEO",
	"ner":        "the learned NER model on CoNLL-2003 testa/testb, WikiGold and re3d test (span F1 by type)",
}

func runEval(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	beam := beamFlag(fs)
	fs.SetOutput(e.stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per dataset")
	misses := fs.Bool("misses", false, "list every failed check")
	shared := fs.String("shared", "../shared", "folder of the shared data and gold sets")
	examples := fs.String("examples", "examples", "folder of the project's example articles")
	quoteGold := fs.String("quotes", "testdata/quotes", "folder of the quote gold set")
	spinSet := fs.String("spin", "internal/signal/testdata/spin", "folder of the labelled spin set")
	assetGold := fs.String("assets", "testdata/assets", "folder of the asset gold set")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: sitrep eval [flags] TASK\n\ntasks:")
		for _, name := range slices.Sorted(maps.Keys(evalTasks)) {
			fmt.Fprintf(e.stderr, "  %-8s %s\n", name, evalTasks[name])
		}
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError{err}
	}
	if fs.NArg() != 1 || evalTasks[fs.Arg(0)] == "" {
		fs.Usage()
		return usageError{errors.New("want one task")}
	}
	switch fs.Arg(0) {
	case "quantities":
		s, err := quantity.EvalNewsQuant(ctx, filepath.Join(*shared, "data", "quantities", "NewsQuant.json"))
		if err != nil {
			return inputError{err}
		}
		return printQuantities(e.stdout, s, *asJSON)
	case "ner":
		m, err := nermodel.Default()
		if err != nil {
			return err
		}
		for _, ds := range nermodel.Datasets(filepath.Join(*shared, "data")) {
			s, err := nermodel.Evaluate(ctx, m, ds.Path, ds.Format)
			if err != nil {
				return inputError{err}
			}
			if err := printNER(e.stdout, s, *asJSON); err != nil {
				return err
			}
		}
		return nil
	case "pos", "deps":
		m, err := syntax.Default()
		if err != nil {
			return err
		}
		if *beam > 0 {
			m = m.WithBeam(*beam)
		}
		for _, f := range []string{"en_ewt-ud-test.conllu", "gum-news.conllu"} {
			s, err := syntax.Evaluate(ctx, m, filepath.Join(*shared, "data", "ud", f))
			if err != nil {
				return inputError{err}
			}
			s.Task = fs.Arg(0)
			if err := printSyntax(e.stdout, s, *asJSON); err != nil {
				return err
			}
		}
		return nil
	case "spin":
		det, err := signal.Default()
		if err != nil {
			return err
		}
		s, err := signal.EvalSpin(ctx, det, *spinSet)
		if err != nil {
			return inputError{err}
		}
		return printSpin(e.stdout, s, *asJSON, *misses)
	}
	p, err := pipeline.New(newLogger(e.stderr, false))
	if err != nil {
		return err
	}
	p = p.WithBeam(*beam)
	if fs.Arg(0) == "assets" {
		s, err := eval.RunAssets(ctx, p, *assetGold)
		if err != nil {
			return inputError{err}
		}
		return printAssets(e.stdout, s, *asJSON, *misses)
	}
	if fs.Arg(0) == "events" {
		return runEvents(ctx, e, p, *shared, *asJSON, *misses)
	}
	if fs.Arg(0) == "quotes" {
		s, err := eval.RunQuotes(ctx, p, *quoteGold)
		if err != nil {
			return inputError{err}
		}
		return printQuotes(e.stdout, s, *asJSON, *misses)
	}
	sets, err := actorSets(*shared, *examples)
	if err != nil {
		return err
	}
	for _, set := range sets {
		s, err := eval.RunCases(ctx, p, fs.Arg(0), set.name, set.cases)
		if err != nil {
			return err
		}
		if *asJSON {
			if err := json.NewEncoder(e.stdout).Encode(s); err != nil {
				return err
			}
			continue
		}
		printSummary(e.stdout, s, *misses)
	}
	return nil
}

func printQuantities(w io.Writer, s quantity.Scores, asJSON bool) error {
	if asJSON {
		return json.NewEncoder(w).Encode(s)
	}
	fmt.Fprintf(w, "quantities on NewsQuant (%d sentences, %d gold, %d found)\n", s.Sentences, s.Gold, s.Predicted)
	fmt.Fprintf(w, "  %-22s %6s %6s\n", "F1", "sitrep", "CQE")
	fmt.Fprintf(w, "  %-22s %6.3f %6.3f\n", "value", s.ValueF1, s.CQEValueF1)
	fmt.Fprintf(w, "  %-22s %6.3f %6.3f\n", "value+unit", s.ValueUnitF1, s.CQEValueUnitF1)
	fmt.Fprintf(w, "  %-22s %6.3f %6.3f\n", "value+concept", s.ValueConceptF1, s.CQEValueConceptF1)
	fmt.Fprintf(w, "  %-22s %6.3f\n", "value+concept partial", s.ValueConceptPartialF1)
	return nil
}

func printSyntax(w io.Writer, s syntax.Scores, asJSON bool) error {
	if asJSON {
		return json.NewEncoder(w).Encode(s)
	}
	if s.Task == "pos" {
		_, err := fmt.Fprintf(w, "pos on %-10s %6d tokens  UPOS %5.2f  XPOS %5.2f  lemma %5.2f\n", s.Dataset, s.Tokens, s.UPOS, s.XPOS, s.Lemma)
		return err
	}
	_, err := fmt.Fprintf(w, "deps on %-10s %6d tokens  UAS %5.2f  LAS %5.2f\n", s.Dataset, s.Tokens, s.UAS, s.LAS)
	return err
}

func printNER(w io.Writer, s nermodel.Scores, asJSON bool) error {
	if asJSON {
		return json.NewEncoder(w).Encode(s)
	}
	fmt.Fprintf(w, "ner on %-16s P %5.2f  R %5.2f  F1 %5.2f ", s.Dataset, s.Precision, s.Recall, s.F1)
	for _, t := range []string{"PER", "LOC", "ORG", "MISC"} {
		if r, ok := s.PerType[t]; ok {
			fmt.Fprintf(w, " %s %5.2f", t, r.F1)
		}
	}
	fmt.Fprintln(w)
	return nil
}

func printSpin(w io.Writer, s signal.SpinScores, asJSON, misses bool) error {
	if asJSON {
		return json.NewEncoder(w).Encode(s)
	}
	for _, x := range []*signal.SpinScores{&s, s.Dev} {
		if x == nil {
			continue
		}
		fmt.Fprintf(w, "spin on the %s split (%d spun, %d clean) at threshold %.2f: precision %.3f recall %.3f F1 %.3f false-positive rate %.3f\n",
			x.Split, x.Spun, x.Clean, x.Threshold, x.Precision, x.Recall, x.F1, x.FPR)
		if misses {
			listMisses(w, "  miss ", x.Misses)
		}
	}
	return nil
}

func printAssets(w io.Writer, s *eval.AssetScores, asJSON, misses bool) error {
	if asJSON {
		return json.NewEncoder(w).Encode(s)
	}
	fmt.Fprintf(w, "assets on %s (%d articles): %d gold, %d found, %d matched\n", s.Dataset, s.Articles, s.Gold, s.Predicted, s.Matched)
	fmt.Fprintf(w, "  precision %.3f  recall %.3f  F1 %.3f\n", s.Precision, s.Recall, s.F1)
	for _, f := range []string{"kind", "count", "owner", "status", "place", "recipient"} {
		if v, ok := s.Fields[f]; ok {
			fmt.Fprintf(w, "  %-9s accuracy %.3f\n", f, v)
		}
	}
	if misses {
		listMisses(w, "  ", s.Misses)
	}
	return nil
}

func printQuotes(w io.Writer, s *eval.QuoteScores, asJSON, misses bool) error {
	if asJSON {
		return json.NewEncoder(w).Encode(s)
	}
	fmt.Fprintf(w, "quotes on %s (%d articles): %d gold, %d found, %d matched\n", s.Dataset, s.Articles, s.Gold, s.Predicted, s.Matched)
	fmt.Fprintf(w, "  precision %.3f  recall %.3f  F1 %.3f\n  speaker accuracy %.3f  stance accuracy %.3f\n",
		s.Precision, s.Recall, s.F1, s.SpeakerAccuracy, s.StanceAccuracy)
	if misses {
		listMisses(w, "  ", s.Misses)
	}
	return nil
}

type caseSet struct {
	name  string
	cases []eval.Case
}

// actorSets returns the seed (when ../shared is there) and the examples.
func actorSets(shared, examples string) ([]caseSet, error) {
	var sets []caseSet
	seed := filepath.Join(shared, "seed")
	if _, err := os.Stat(filepath.Join(seed, "expected.json")); err == nil {
		sets = append(sets, caseSet{"seed", []eval.Case{{Name: "seed", Article: filepath.Join(seed, "article.txt"),
			Expect: filepath.Join(seed, "expected.json")}}})
	}
	ex, err := eval.ExampleCases(examples)
	if err != nil {
		return nil, err
	}
	if len(ex) > 0 {
		sets = append(sets, caseSet{"examples", ex})
	}
	if len(sets) == 0 {
		return nil, inputError{fmt.Errorf("no seed under %s and no examples under %s", shared, examples)}
	}
	return sets, nil
}

func printSummary(w io.Writer, s *eval.Summary, misses bool) {
	fmt.Fprintf(w, "%s on %s: %d/%d checks pass (%.1f%%)\n", s.Task, s.Dataset, s.Passed, s.Total, 100*s.Score)
	for _, k := range slices.Sorted(maps.Keys(s.ByKind)) {
		r := s.ByKind[k]
		fmt.Fprintf(w, "  %-16s %4d/%-4d %5.1f%%\n", k, r.Passed, r.Total, 100*r.Score)
	}
	if !misses {
		return
	}
	for _, c := range s.Cases {
		for _, ch := range c.Checks {
			if !ch.OK {
				fmt.Fprintf(w, "  miss %s: %s %s (got %s)\n", c.Name, ch.Kind, ch.Item, strings.TrimSpace(ch.Got))
			}
		}
	}
}

// runEvents scores the event coder on the event-coding gold sets.
func runEvents(ctx context.Context, e env, r eval.Reader, shared string, asJSON, misses bool) error {
	dir := filepath.Join(shared, "data", "event-coding")
	gsr, err := eval.RunGSR(ctx, r, filepath.Join(dir, "universal-petrarch", "PETR2_GSR_validation.xml"), "petr2-gsr-validation")
	if err != nil {
		return inputError{err}
	}
	pl, err := eval.RunPLOVER(ctx, r, filepath.Join(dir, "plover", "PLOVER_GSR_CAMEO.txt"))
	if err != nil {
		return inputError{err}
	}
	unit, err := eval.RunPetrarchUnit(ctx, filepath.Join(dir, "petrarch2"))
	if err != nil {
		return inputError{err}
	}
	for _, s := range []*eval.EventScores{gsr, pl, unit} {
		if err := printEvents(e.stdout, s, asJSON, misses); err != nil {
			return err
		}
	}
	return nil
}

func printEvents(w io.Writer, s *eval.EventScores, asJSON, misses bool) error {
	if asJSON {
		return json.NewEncoder(w).Encode(s)
	}
	fmt.Fprintf(w, "events on %s (%d sentences, %d gold events, %d coded)\n", s.Dataset, s.Sentences, s.Gold, s.Coded)
	if s.TypeAccuracy > 0 || s.TypeAny > 0 {
		fmt.Fprintf(w, "  PLOVER type accuracy %.3f (any event %.3f)  actor agreement %.3f  precision %.3f\n",
			s.TypeAccuracy, s.TypeAny, s.ActorAgreement, s.Precision)
	} else {
		fmt.Fprintf(w, "  root agreement %.3f  full code %.3f  actor agreement %.3f  precision %.3f\n",
			s.RootAgreement, s.CodeAgreement, s.ActorAgreement, s.Precision)
	}
	if misses {
		listMisses(w, "  ", s.Misses)
	}
	return nil
}

// listMisses prints one miss a line.
func listMisses(w io.Writer, prefix string, ms []string) {
	for _, m := range ms {
		fmt.Fprintln(w, prefix+m)
	}
}
