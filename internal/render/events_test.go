package render

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"sitrep/internal/gdelt"
	"sitrep/internal/report"
)

// eventSample is sample() with two events: one of a source and two
// targets, and one the text denies.
func eventSample() *report.Document {
	doc := sample()
	doc.Published = &report.Date{Time: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC), Precision: "day"}
	rus := report.EventActor{Entity: "e1", Name: "Russia", Code: "RUSGOV", Country: "RUS"}
	syr := report.EventActor{Name: "Syria", Code: "SYR", Country: "SYR"}
	tur := report.EventActor{Name: "Turkey", Code: "TUR", Country: "TUR"}
	doc.Events = []report.Event{
		{ID: "ev1", Source: []report.EventActor{rus}, Target: []report.EventActor{syr, tur}, CAMEO: "150",
			Base: "150", Root: "15", QuadClass: 4, Goldstein: -7.2, PLOVER: "MOBILIZE", Modality: report.ModalityAsserted,
			Place: "p1", Action: report.Evidence{Span: report.Span{Start: 22, End: 27}, Text: "moved"}},
		{ID: "ev2", Source: []report.EventActor{tur}, Target: []report.EventActor{syr}, CAMEO: "190",
			QuadClass: 4, PLOVER: "ASSAULT", Modality: report.ModalityDenied},
	}
	return doc
}

func TestEventFormats(t *testing.T) {
	tests := []struct {
		format string
		lines  int
		check  func(t *testing.T, line string)
	}{
		{"gdelt", 2, func(t *testing.T, line string) {
			row, err := gdelt.ParseRow(line)
			if err != nil {
				t.Fatalf("%v: %q", err, line)
			}
			if row.Actor1.Code != "RUSGOV" || row.EventCode != "150" || row.ActionGeo.CountryCode != "SY" {
				t.Errorf("row: %+v", row)
			}
		}},
		{"plover", 2, func(t *testing.T, line string) {
			var rec map[string]any
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				t.Fatalf("%v: %q", err, line)
			}
			if rec["event"] == nil || rec["modality"] == nil {
				t.Errorf("record lacks event or modality: %s", line)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, tt.format, eventSample()); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
			if len(lines) != tt.lines {
				t.Fatalf("got %d lines, want %d:\n%s", len(lines), tt.lines, b.String())
			}
			for _, l := range lines {
				tt.check(t, l)
			}
		})
	}
}

func TestEventFormatsWithoutEvents(t *testing.T) {
	for _, f := range []string{"gdelt", "plover"} {
		var b bytes.Buffer
		if err := Write(&b, f, sample()); err != nil || b.Len() != 0 {
			t.Errorf("%s: got %q, %v; want no output", f, b.String(), err)
		}
	}
	if !slices.Contains(Formats, "gdelt") || !slices.Contains(Formats, "plover") {
		t.Errorf("Formats lacks the event formats: %v", Formats)
	}
}
