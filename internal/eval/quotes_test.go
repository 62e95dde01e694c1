package eval

import (
	"testing"

	"sitrep/internal/report"
)

func TestSpeakerMatch(t *testing.T) {
	doc := &report.Document{Entities: []report.Entity{
		{ID: "e1", Name: "John Smith", Kind: report.KindPerson},
		{ID: "e2", Name: "Defence Ministry", Kind: report.KindOrganization, Country: "AZE"},
		{ID: "e3", Name: "Defence Ministry (Russia)", Kind: report.KindOrganization, Country: "RUS"},
		{ID: "e4", Name: "Russia", Kind: report.KindCountry, Code: "RUS", Country: "RUS"},
		{ID: "e5", Name: "Defence Ministry", Kind: report.KindOrganization, Country: "RUS"},
	}}
	tests := []struct {
		name, speaker, as, want string
		anonymous, match        bool
	}{
		{"same name", "e1", "John Smith", "John Smith", false, true},
		{"surname alone names the person", "e1", "Smith", "John Smith", false, true},
		{"gold surname alone", "e1", "John Smith", "Smith", false, true},
		{"namesake is another person", "e1", "John Smith", "Jane Smith", false, false},
		{"institution by its words", "e2", "Defence Ministry", "Ministry of Defence (Azerbaijan)", false, true},
		{"anonymous description", "", "a senior official", "senior official", true, true},
		{"wrong speaker", "e2", "Defence Ministry", "John Smith", false, false},
		{"a demonym for the country", "e3", "Russia's defence ministry", "Russian Defence Ministry", false, true},
		{"another country's ministry", "e3", "Russia's defence ministry", "Rwandan Defence Ministry", false, false},
		{"a body of its country", "e5", "the Defence Ministry", "Russian Defence Ministry", false, true},
		{"a body speaks for its country", "e3", "Russia's defence ministry", "Russia", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := ""
			for _, e := range doc.Entities {
				if e.ID == tt.speaker {
					name = e.Name
				}
			}
			q := report.Quote{Speaker: tt.speaker, SpeakerName: name, Anonymous: tt.anonymous,
				SpeakerAs: &report.Evidence{Text: tt.as}}
			if got := SpeakerMatch(doc, q, tt.want, tt.as); got != tt.match {
				t.Errorf("SpeakerMatch(%q as %q, want %q) = %v", name, tt.as, tt.want, got)
			}
		})
	}
}

// TestDirectFragment checks that a quoted fragment inside indirect speech
// counts as the speaker's own words when the expectation marks it direct,
// and that words outside the marks do not.
func TestDirectFragment(t *testing.T) {
	q := report.Quote{Text: report.Evidence{Text: `the stoppage "a political strike by union bosses`},
		Fragments: []report.Evidence{{Text: "a political strike by union bosses"}}}
	doc := &report.Document{Quotes: []report.Quote{q}}
	for _, tt := range []struct {
		contains string
		direct   bool
		want     bool
	}{
		{"a political strike by union bosses", true, true},
		{"the stoppage", true, false},
		{"the stoppage", false, true},
	} {
		ok := false
		for _, c := range scoreQuote(doc, ExpQuote{Speaker: "x", Contains: tt.contains, Direct: tt.direct}, nil) {
			if c.Kind == "direct" {
				ok = c.OK
			}
		}
		if ok != tt.want {
			t.Errorf("%q direct=%v: check %v, want %v", tt.contains, tt.direct, ok, tt.want)
		}
	}
}

func TestSpeakerIsActor(t *testing.T) {
	doc := &report.Document{Entities: []report.Entity{{ID: "e1", Name: "Army (Sudan)", Code: "SDNMIL",
		Mentions: []report.Mention{{Evidence: report.Evidence{Text: "Sudan's army"}}}}}}
	actors := []ExpActor{{Name: "Sudanese Armed Forces", Surfaces: []string{"Sudan's army"}}}
	if !speakerIsActor(doc, report.Quote{Speaker: "e1"}, "Sudanese Armed Forces", actors) {
		t.Error("the army that the analysts name otherwise is no speaker")
	}
	if speakerIsActor(doc, report.Quote{Speaker: "e2"}, "Sudanese Armed Forces", actors) {
		t.Error("another entity speaks as the army")
	}
}

func TestReportedWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"that any aid workers had been arrested", "any aid workers had been arrested"},
		{"That the road was closed", "the road was closed"},
		{"the road was closed", "the road was closed"},
		{"that", "that"},
		{"thatch roofs burned", "thatch roofs burned"},
	}
	for _, tt := range tests {
		if got := reportedWords(tt.in); got != tt.want {
			t.Errorf("reportedWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
