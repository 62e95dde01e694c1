package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"sitrep/internal/report"
)

func sample() *report.Document {
	text := "Moscow said | *troops* moved near Latakia."
	ev := func(s, e int) report.Evidence {
		return report.Evidence{Span: report.Span{Start: s, End: e}, Text: text[s:e]}
	}
	return &report.Document{
		ID: "abc", Title: "A | b <script>", Language: "en", Offsets: report.OffsetUnit, Text: text,
		Stats: report.Stats{Words: 7},
		Entities: []report.Entity{{ID: "e1", Name: "Russia", Kind: report.KindCountry, Code: "RUS",
			Mentions: []report.Mention{{Evidence: ev(0, 6), Form: report.FormMetonym, Code: "RUSGOV"}}}},
		Places: []report.Place{{ID: "p1", Name: "Latakia", Country: "SY", Lat: 35.52, Lon: 35.79,
			Feature: "city", Precision: "point", Confidence: 0.9,
			Mentions: []report.Mention{{Evidence: ev(34, 41), Form: report.FormLocative}}},
			{ID: "p2", Name: "Mandara Mountains", Feature: "mountains", Precision: report.Unlocated, Confidence: 0.5}},
		// troops at the place the gazetteer lacks: no point on a map
		Assets: []report.Asset{{ID: "a1", Kind: "personnel", Model: "troops", Place: "p2", Evidence: ev(14, 20)}},
	}
}

func TestFormats(t *testing.T) {
	tests := []struct {
		format       string
		want, absent []string
	}{
		{"text", []string{"SITREP  A | b <script>", "Russia (country, RUS)", "Moscow [metonym]", `"Latakia" at 34-41`,
			"Mandara Mountains (mountains, not located"}, nil},
		{"md", []string{`# A \| b &lt;script&gt;`, "| Russia | country | RUS |", "| Latakia | SY | city |",
			"| Mandara Mountains |  | mountains | – | – |"}, nil},
		{"json", []string{`"offsets": "bytes"`, `"code": "RUSGOV"`, `"precision": "unlocated"`}, nil},
		{"geojson", []string{`"FeatureCollection"`, "35.79,\n          35.52"}, []string{"Mandara"}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, tt.format, sample()); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, b.String())
				}
			}
			for _, w := range tt.absent {
				if strings.Contains(b.String(), w) {
					t.Errorf("output holds %q:\n%s", w, b.String())
				}
			}
			if tt.format == "json" || tt.format == "geojson" {
				var v any
				if err := json.Unmarshal(b.Bytes(), &v); err != nil {
					t.Errorf("invalid JSON: %v", err)
				}
			}
		})
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, "xml", sample()); err == nil {
		t.Error("Write accepted an unknown format")
	}
}

func TestGrouped(t *testing.T) {
	for v, want := range map[float64]string{6.8e9: "6,800,000,000", 260000: "260,000", 31: "31", 4.8: "4.8", -1500: "-1,500", 1234.5: "1,234.5"} {
		if got := grouped(v); got != want {
			t.Errorf("grouped(%v) = %q, want %q", v, got, want)
		}
	}
}
