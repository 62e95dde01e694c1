package plover

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"sitrep/internal/report"
)

func ev(id, plover, cameo string, src, tgt []report.EventActor) report.Event {
	return report.Event{ID: id, Source: src, Target: tgt, PLOVER: plover, CAMEO: cameo, Modality: report.ModalityAsserted}
}

func testDoc() *report.Document {
	text := "Hungarian and Romanian officials agreed on Wednesday to cooperate. Police did not fire on protesters."
	hun := report.EventActor{Evidence: report.Evidence{Span: report.Span{Start: 0, End: 9}, Text: "Hungarian"},
		Entity: "e1", Name: "Hungary", Code: "HUNGOV", Country: "HUN"}
	rou := report.EventActor{Evidence: report.Evidence{Span: report.Span{Start: 14, End: 22}, Text: "Romanian"},
		Entity: "e2", Name: "Romania", Code: "ROUGOV", Country: "ROU"}
	police := report.EventActor{Evidence: report.Evidence{Span: report.Span{Start: 67, End: 73}, Text: "Police"},
		Name: "Police", Code: "COP"}
	protesters := report.EventActor{Evidence: report.Evidence{Span: report.Span{Start: 90, End: 100}, Text: "protesters"},
		Name: "protesters", Code: "CVL"}
	un := report.EventActor{Entity: "e3", Name: "United Nations", Code: "IGOUNO"}

	agree := ev("ev1", "AGREE", "030", []report.EventActor{hun, rou}, nil)
	agree.Action = report.Evidence{Span: report.Span{Start: 33, End: 39}, Text: "agreed"}
	agree.Evidence = report.Evidence{Span: report.Span{Start: 0, End: 66}, Text: text[:66]}
	agree.QuadClass, agree.Goldstein, agree.Context = 1, 4, []string{"diplomatic", "refugee"}
	agree.Date = &report.Date{Time: time.Date(2024, 3, 6, 0, 0, 0, 0, time.UTC), Precision: "day"}
	agree.Place = "p1"

	assault := ev("ev2", "ASSAULT", "180", []report.EventActor{police}, []report.EventActor{protesters})
	assault.Modality, assault.Mode, assault.Goldstein, assault.Sentence = report.ModalityNegated, "firearms", -9, 1
	assault.Cue = &report.Evidence{Span: report.Span{Start: 74, End: 81}, Text: "did not"}
	assault.ReportedBy, assault.Reporter = "q1", "witnesses"

	statement := ev("ev3", "", "010", []report.EventActor{un}, nil)
	support := ev("ev4", "SUPPORT", "051", []report.EventActor{un}, nil)
	support.Place = "missing"

	return &report.Document{
		ID: "9d1e", Source: "examples/a.txt", Language: "en", Text: text,
		Published: &report.Date{Time: time.Date(2024, 3, 7, 9, 0, 0, 0, time.UTC), Precision: "day"},
		Places:    []report.Place{{ID: "p1", GeoNamesID: 3054643, Name: "Budapest", Country: "HU", Lat: 47.4984, Lon: 19.0404, Feature: "capital"}},
		Events:    []report.Event{agree, assault, statement, support},
	}
}

func TestFromDocument(t *testing.T) {
	recs := FromDocument(testDoc())
	if len(recs) != 3 {
		t.Fatalf("got %d records, want 3 (the statement has no PLOVER category)", len(recs))
	}
	agree, assault, support := recs[0], recs[1], recs[2]
	tests := []struct {
		name      string
		got, want any
	}{
		{"id", agree.ID, "9d1e-ev1"},
		{"date", agree.Date, "2024-03-06"},
		{"date from publication", assault.Date, "2024-03-07"},
		{"compound source", agree.Source, []Actor{
			{ActorText: "Hungarian", Code: "HUN", Sector: "GOV", CAMEO: "HUNGOV", Entity: "e1", Name: "Hungary", Span: &Span{Start: 0, End: 9}},
			{ActorText: "Romanian", Code: "ROU", Sector: "GOV", CAMEO: "ROUGOV", Entity: "e2", Name: "Romania", Span: &Span{Start: 14, End: 22}},
		}},
		{"no target", agree.Target, []Actor(nil)},
		{"agent", assault.Source[0].Code + "/" + assault.Source[0].Sector, "/COP"},
		{"igo", support.Source[0].Code + "/" + support.Source[0].Sector + "/" + support.Source[0].ActorText, "IGO//United Nations"},
		{"event text", agree.EventText, "agreed"},
		{"event span", agree.EventSpan, Span{Start: 33, End: 39, Text: "agreed"}},
		{"context", agree.Context, "diplomatic, refugee"},
		{"quad", assault.QuadCode, 4},
		{"scale", assault.EventScale, -9.0},
		{"location", agree.EventLoc, &Location{GeonameID: 3054643, Name: "Budapest", Latitude: 47.4984,
			Longitude: 19.0404, CountryCode: "HU", Place: "p1", Feature: "capital"}},
		{"missing place", support.EventLoc, (*Location)(nil)},
		{"text info", *assault.TextInfo, TextInfo{Sequence: 1, Offsets: "bytes"}},
		{"modality", assault.Modality + " " + assault.ModalityCue.Text, "negated did not"},
		{"reported", assault.ReportedBy + " " + assault.Reporter, "q1 witnesses"},
		{"citation", agree.Citation + " " + agree.Coder, "examples/a.txt sitrep"},
		{"empty source list", FromDocument(&report.Document{Events: []report.Event{ev("x", "AID", "070", nil, nil)}})[0].Source, []Actor{}},
	}
	for _, tt := range tests {
		if !reflect.DeepEqual(tt.got, tt.want) {
			t.Errorf("%s: got %#v, want %#v", tt.name, tt.got, tt.want)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	recs := FromDocument(testDoc())
	var lines bytes.Buffer
	if err := Write(&lines, recs); err != nil {
		t.Fatal(err)
	}
	array, err := json.Marshal(recs)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		in   []byte
	}{
		{"lines", lines.Bytes()},
		{"array", array},
		{"array with space", append([]byte("\n  "), array...)},
	}
	for _, tt := range tests {
		back, err := Read(bytes.NewReader(tt.in))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if !reflect.DeepEqual(back, recs) {
			t.Errorf("%s: read back differs:\n got %+v\nwant %+v", tt.name, back, recs)
		}
	}
	if n := strings.Count(lines.String(), "\n"); n != len(recs) {
		t.Errorf("%d lines for %d records", n, len(recs))
	}
	if recs, err := Read(strings.NewReader(" \n")); err != nil || recs != nil {
		t.Errorf("empty input: got %v, %v", recs, err)
	}
	if _, err := Read(strings.NewReader(`{"id": 3}`)); err == nil {
		t.Error("a bad record reads without error")
	}
}

// spec are the PLOVER names sitrep writes that the gold records do not
// use, from the specification's tables; extensions are sitrep's own.
var (
	spec       = []string{"quadCode", "eventScale", "url", "citation", "geonameid", "latitude", "longitude", "sequence", "start", "end"}
	extensions = []string{"document", "cameo", "modality", "modalityCue", "eventSpan", "reportedBy", "reporter",
		"entity", "name", "span", "place", "admin1", "feature", "offsets", "text"}
)

// TestFieldNames checks that every field sitrep writes is named as in the
// gold records, the specification, or the list of sitrep's additions.
func TestFieldNames(t *testing.T) {
	raw, err := os.ReadFile("../../../shared/data/event-coding/plover/PLOVER_GSR_CAMEO.txt")
	if err != nil {
		t.Skip("../shared/data not found: ", err)
	}
	var gold []map[string]any
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, k := range append(slices.Clone(spec), extensions...) {
		known[k] = true
	}
	for _, g := range gold {
		keysOf(g, func(k string) { known[k] = true })
	}
	var buf bytes.Buffer
	if err := Write(&buf, FromDocument(testDoc())); err != nil {
		t.Fatal(err)
	}
	for line := range strings.Lines(buf.String()) {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatal(err)
		}
		keysOf(m, func(k string) {
			if !known[k] {
				t.Errorf("field %q is neither PLOVER's nor a documented addition", k)
			}
		})
	}
}

// keysOf calls f with every object key in v, at any depth.
func keysOf(v any, f func(string)) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			f(k)
			keysOf(x, f)
		}
	case []any:
		for _, x := range v {
			keysOf(x, f)
		}
	}
}

func BenchmarkExport(b *testing.B) {
	doc := testDoc()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := Write(&buf, FromDocument(doc)); err != nil {
			b.Fatal(err)
		}
	}
}
