package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"time"

	"sitrep/internal/article"
	"sitrep/internal/cameo"
	"sitrep/internal/pipeline"
	"sitrep/internal/report"
)

// EventScores is the agreement of sitrep's events with one gold set.
//
// Gold events are matched one to one with the events sitrep codes in the
// same sentence, preferring the same full code, then the same root and
// agreeing actors. RootAgreement and CodeAgreement are the shares of gold
// events matched at the root and at the full code; ActorAgreement is the
// share of root-matched events whose source and target agree at the
// country level (the first three letters of the code, or the sector for
// gold actors of unknown country, "---MIL"); Precision is the share of
// sitrep's events that match a gold event by root. For PLOVER's set, whose
// records hold one event each, TypeAccuracy is the share of records whose
// first event (in text order) has the gold PLOVER type, and TypeAny the
// share where any event has it.
type EventScores struct {
	Task           string   `json:"task"`
	Dataset        string   `json:"dataset"`
	Sentences      int      `json:"sentences"`
	Gold           int      `json:"gold_events"`
	Coded          int      `json:"coded_events"`
	RootAgreement  float64  `json:"root_agreement,omitempty"`
	CodeAgreement  float64  `json:"code_agreement,omitempty"`
	ActorAgreement float64  `json:"actor_agreement"`
	Precision      float64  `json:"precision"`
	TypeAccuracy   float64  `json:"plover_type_accuracy,omitempty"`
	TypeAny        float64  `json:"plover_type_any,omitempty"`
	Misses         []string `json:"-"`
}

// goldEvent is one coded event of a gold set.
type goldEvent struct {
	Code, Source, Target, PLOVER string
}

// eventRecord is one gold sentence with its events.
type eventRecord struct {
	ID, Text string
	Date     time.Time
	Events   []goldEvent
}

// RunGSR scores sitrep's events on a PETRARCH validation file in XML
// (PETR2_GSR_validation.xml).
func RunGSR(ctx context.Context, r Reader, path, dataset string) (*EventScores, error) {
	recs, err := readPetrarchXML(path)
	if err != nil {
		return nil, err
	}
	return scoreEvents(dataset, recs, pipelineEvents(ctx, r))
}

// pipelineEvents reads a record through the whole pipeline.
func pipelineEvents(ctx context.Context, r Reader) func(eventRecord) (*report.Document, error) {
	return func(rec eventRecord) (*report.Document, error) {
		return r.Read(ctx, &article.Article{Text: rec.Text, Source: rec.ID}, pipeline.Options{Published: rec.Date})
	}
}

// RunPLOVER scores sitrep's events on the PLOVER gold records
// (PLOVER_GSR_CAMEO.txt, a JSON array).
func RunPLOVER(ctx context.Context, r Reader, path string) (*EventScores, error) {
	recs, err := readPLOVER(path)
	if err != nil {
		return nil, err
	}
	return scoreEvents("plover-gsr", recs, pipelineEvents(ctx, r))
}

func scoreEvents(dataset string, recs []eventRecord, read func(eventRecord) (*report.Document, error)) (*EventScores, error) {
	s := &EventScores{Task: "events", Dataset: dataset, Sentences: len(recs)}
	var root, code, actors, hits, types, typeAny, typed int
	for _, rec := range recs {
		doc, err := read(rec)
		if err != nil {
			return nil, fmt.Errorf("eval events %s: %w", rec.ID, err)
		}
		s.Gold += len(rec.Events)
		s.Coded += len(doc.Events)
		used := make([]bool, len(doc.Events))
		for _, g := range rec.Events {
			if g.Code == "" { // a PLOVER record: its type, scored below
				continue
			}
			i := bestEvent(doc.Events, used, g)
			if i < 0 {
				s.Misses = append(s.Misses, fmt.Sprintf("%s: missed %s %s>%s in %q", rec.ID, g.Code, g.Source, g.Target, clip(rec.Text)))
				continue
			}
			used[i] = true
			e := doc.Events[i]
			root++
			if e.CAMEO == g.Code {
				code++
			}
			if actorsAgree(e.Source, g.Source) && actorsAgree(e.Target, g.Target) {
				actors++
			} else {
				s.Misses = append(s.Misses, fmt.Sprintf("%s: actors %s>%s, want %s>%s", rec.ID, codes(e.Source), codes(e.Target), g.Source, g.Target))
			}
		}
		if len(rec.Events) == 1 && rec.Events[0].Code == "" {
			g := rec.Events[0]
			typed++
			i, first := ploverType(doc.Events, g.PLOVER)
			if i < 0 {
				s.Misses = append(s.Misses, fmt.Sprintf("%s: missed %s %s>%s in %q", rec.ID, g.PLOVER, g.Source, g.Target, clip(rec.Text)))
			} else {
				used[i] = true
				typeAny++
				types += first
				root++ // the type stands for the root here
				if actorsAgree(doc.Events[i].Source, g.Source) && actorsAgree(doc.Events[i].Target, g.Target) {
					actors++
				}
			}
		}
		for i, e := range doc.Events {
			if used[i] {
				hits++
			} else {
				s.Misses = append(s.Misses, fmt.Sprintf("%s: extra %s %s %s>%s %q (%s)", rec.ID, e.CAMEO, e.PLOVER, codes(e.Source), codes(e.Target), e.Action.Text, e.Pattern))
			}
		}
	}
	s.ActorAgreement, s.Precision = ratio(actors, root), ratio(hits, s.Coded)
	if typed > 0 {
		s.TypeAccuracy, s.TypeAny = ratio(types, typed), ratio(typeAny, typed)
		return s, nil
	}
	s.RootAgreement, s.CodeAgreement = ratio(root, s.Gold), ratio(code, s.Gold)
	return s, nil
}

// bestEvent returns the event that best matches g at least by root, or
// -1. An event already matched may match again when its actor lists
// cover the gold dyad too: sitrep keeps compound actors as lists, where
// the gold sets list one event per dyad.
func bestEvent(evs []report.Event, used []bool, g goldEvent) int {
	best, bestScore := -1, 0
	for i, e := range evs {
		if e.Root != cameo.Root(g.Code) {
			continue
		}
		dyad := actorsAgree(e.Source, g.Source) && actorsAgree(e.Target, g.Target)
		if used[i] && !(dyad && (len(e.Source) > 1 || len(e.Target) > 1)) {
			continue
		}
		score := 1
		if e.CAMEO == g.Code {
			score += 2
		}
		if actorsAgree(e.Source, g.Source) && actorsAgree(e.Target, g.Target) {
			score += 4
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

// actorsAgree compares one side of an event with a gold actor code at
// the country level.
func actorsAgree(as []report.EventActor, gold string) bool {
	if gold == "" || gold == "---" {
		return len(as) == 0
	}
	for _, a := range as {
		if strings.HasPrefix(gold, "---") {
			if strings.Contains(a.Code, gold[3:min(len(gold), 6)]) {
				return true
			}
			continue
		}
		n := min(3, len(gold))
		if len(a.Code) >= n && a.Code[:n] == gold[:n] {
			return true
		}
	}
	return false
}

func codes(as []report.EventActor) string {
	var out []string
	for _, a := range as {
		out = append(out, a.Code)
	}
	return strings.Join(out, ",")
}

// ploverNames maps the type names of PLOVER 0.5, which the gold records
// use, to those of PLOVER 2021, which the CAMEO conversion gives.
var ploverNames = map[string]string{"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

// ploverType returns the first event with the gold type, or -1, and 1
// when it is the first event of all.
func ploverType(evs []report.Event, gold string) (int, int) {
	if n, ok := ploverNames[gold]; ok {
		gold = n
	}
	for i, e := range evs {
		if e.PLOVER == gold {
			return i, boolInt(i == 0)
		}
	}
	return -1, 0
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// readPetrarchXML reads the records of a PETRARCH validation file: each
// <Sentence> is followed by its <EventCoding> lines and its <Text>.
func readPetrarchXML(path string) ([]eventRecord, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval events: %w", err)
	}
	// The files close <Sentence> before its codings or after them; read
	// every record flat, as a start tag followed by its parts.
	raw = sentenceOpen.ReplaceAll(raw, []byte("<Sentence$1/>"))
	raw = bytes.ReplaceAll(raw, []byte("</Sentence>"), nil)
	dec := xml.NewDecoder(bytes.NewReader(raw))
	dec.Strict = false
	var recs []eventRecord
	var cur *eventRecord
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("eval events: %s: %w", path, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "Sentence":
			recs = append(recs, eventRecord{ID: attr(se, "id")})
			cur = &recs[len(recs)-1]
			cur.Date, _ = time.Parse("20060102", attr(se, "date"))
		case "EventCoding":
			if cur != nil && attr(se, "eventcode") != "" {
				cur.Events = append(cur.Events, goldEvent{Code: attr(se, "eventcode"), Source: attr(se, "sourcecode"), Target: attr(se, "targetcode")})
			}
		case "Text", "Parse":
			var t string
			if err := dec.DecodeElement(&t, &se); err != nil {
				return nil, fmt.Errorf("eval events: %s: %w", path, err)
			}
			switch {
			case cur == nil:
			case se.Name.Local == "Text":
				cur.Text = strings.Join(strings.Fields(t), " ")
			case cur.Text == "":
				// One record has its words only in the CoNLL-U parse;
				// its forms give the text back (the parse itself is not
				// used: sitrep parses the text on its own).
				cur.Text = conlluText(t)
			}
		}
	}
	return recs, nil
}

// firstCode returns the code of the first actor of a PLOVER actor list;
// a few records hold a string there instead, which names no actor.
func firstCode(raw json.RawMessage) string {
	var as []struct {
		Code string `json:"code"`
	}
	if json.Unmarshal(raw, &as) != nil || len(as) == 0 {
		return ""
	}
	return as[0].Code
}

// conlluText joins the word forms of CoNLL-U lines, with the spaces that
// their SpaceAfter fields keep.
func conlluText(parse string) string {
	var b strings.Builder
	for _, line := range strings.Split(parse, "\n") {
		f := strings.Split(strings.TrimSpace(line), "\t")
		if len(f) < 10 || strings.ContainsAny(f[0], "-.") {
			continue
		}
		b.WriteString(f[1])
		if !strings.Contains(f[9], "SpaceAfter=No") {
			b.WriteByte(' ')
		}
	}
	return strings.TrimSpace(b.String())
}

var sentenceOpen = regexp.MustCompile(`<Sentence(\s[^>]*[^/])>`)

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// readPLOVER reads PLOVER's gold records; the DOCUMENT record is skipped.
func readPLOVER(path string) ([]eventRecord, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval events: %w", err)
	}
	var raw []struct {
		ID     string          `json:"id"`
		Date   string          `json:"date"`
		Event  string          `json:"event"`
		Text   string          `json:"text"`
		Source json.RawMessage `json:"source"`
		Target json.RawMessage `json:"target"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("eval events: %s: %w", path, err)
	}
	var recs []eventRecord
	for _, r := range raw {
		if r.Event == "DOCUMENT" || r.Text == "" {
			continue
		}
		g := goldEvent{PLOVER: r.Event, Source: firstCode(r.Source), Target: firstCode(r.Target)}
		d, _ := time.Parse("2006-01-02", r.Date)
		recs = append(recs, eventRecord{ID: r.ID, Text: r.Text, Date: d, Events: []goldEvent{g}})
	}
	return recs, nil
}
