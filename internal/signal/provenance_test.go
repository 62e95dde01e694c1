package signal

import (
	"slices"
	"strings"
	"testing"

	"sitrep/internal/report"
	"sitrep/internal/text"
)

func TestWireMarkers(t *testing.T) {
	x := testDetector(t)
	tests := []struct {
		name     string
		lead     string
		agencies []string
		credit   bool // a dateline credit: wire_reprint with score 1
		dateline bool
	}{
		{"Reuters dateline", "MOSCOW, Sept 15 (Reuters) - Russia said on Tuesday it would respond.", []string{"Reuters"}, true, true},
		{"AP dateline", "KYIV, Ukraine (AP) — Drones struck the city overnight, officials said.", []string{"Associated Press"}, true, true},
		{"AFP credit alone", "(AFP) - Protesters marched through the capital on Sunday.", []string{"Agence France-Presse"}, true, true},
		{"mixed-case place with credit", "Beijing (Xinhua) -- The central bank cut its key rate.", []string{"Xinhua"}, true, true},
		{"plain dateline", "WASHINGTON — The Senate passed the bill late on Friday.", nil, false, true},
		{"Reuters reported", "Troops crossed the border, Reuters reported, citing two officials.", []string{"Reuters"}, false, false},
		{"citing AFP", "Ten people were killed, the ministry said, citing AFP.", []string{"Agence France-Presse"}, false, false},
		{"told Reuters", "A senior official told Reuters the talks had stalled.", []string{"Reuters"}, false, false},
		{"spoke to Reuters", "One of the officials, who spoke to Reuters on condition of anonymity, confirmed it.", []string{"Reuters"}, false, false},
		{"according to the AP", "The fire spread quickly, according to the Associated Press.", []string{"Associated Press"}, false, false},
		{"state news agency", "The strike hit a depot, the state news agency Petra said.", []string{"Petra"}, false, false},
		{"news agency after the name", "Officials met in Ankara, Anadolu news agency reported.", []string{"Anadolu Agency"}, false, false},
		{"AP abbreviation", "The AP reported that the polls had closed.", []string{"Associated Press"}, false, false},
		{"no agency", "Petra said she would attend the meeting with the AP class.", nil, false, false},
		{"name that is no agency", "Bloomberg, the former mayor, spoke in New York on Monday.", nil, false, false},
	}
	for _, tt := range tests {
		r := x.Analyze(text.New("Title of the story\n\n"+tt.lead+"\n\n"+prose), Meta{Byline: "Jane Doe"})
		if !slices.Equal(r.Agencies, tt.agencies) {
			t.Errorf("%s: agencies %v, want %v", tt.name, r.Agencies, tt.agencies)
		}
		wire := signalOf(r, KindWireReprint)
		switch {
		case len(tt.agencies) == 0 && wire != nil:
			t.Errorf("%s: unexpected wire signal %v", tt.name, wire)
		case len(tt.agencies) > 0 && (wire == nil || (wire.Score == 1) != tt.credit):
			t.Errorf("%s: wire signal %v, want credit %v", tt.name, wire, tt.credit)
		}
		if got := signalOf(r, KindNoDateline) == nil; got != tt.dateline {
			t.Errorf("%s: dateline found %v, want %v", tt.name, got, tt.dateline)
		}
	}
}

func TestOwnCopy(t *testing.T) {
	x := testDetector(t)
	in := "Title of the story\n\nMOSCOW (Reuters) - Russia said on Monday it would act.\n\n" + prose
	tests := []struct {
		source string
		want   bool
	}{{"", true}, {"Example News", true}, {"Reuters", false}, {"www.reuters.com", false}}
	for _, tt := range tests {
		r := x.Analyze(text.New(in), Meta{Source: tt.source})
		if got := signalOf(r, KindWireReprint) != nil; got != tt.want || !slices.Equal(r.Agencies, []string{"Reuters"}) {
			t.Errorf("source %q: wire_reprint %v (want %v), agencies %v", tt.source, got, tt.want, r.Agencies)
		}
	}
}

func TestByline(t *testing.T) {
	x := testDetector(t)
	tests := []struct {
		name string
		in   string
		meta Meta
		want bool // no_byline reported
	}{
		{"none", "Title of the story\n\n" + prose, Meta{}, true},
		{"from the page", "Title of the story\n\n" + prose, Meta{Byline: "Jane Doe"}, false},
		{"in the body", "Title of the story\n\nBy Jane Doe\n\n" + prose, Meta{}, false},
	}
	for _, tt := range tests {
		r := x.Analyze(text.New(tt.in), tt.meta)
		if got := signalOf(r, KindNoByline) != nil; got != tt.want {
			t.Errorf("%s: no_byline %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestNoDatelineDetail(t *testing.T) {
	x := testDetector(t)
	for _, tt := range []struct {
		meta Meta
		want string
	}{
		{Meta{}, "no publication date"},
		{Meta{HasDate: true}, "story was filed"},
	} {
		s := signalOf(x.Analyze(text.New(prose), tt.meta), KindNoDateline)
		if s == nil || !strings.Contains(s.Detail, tt.want) || tt.meta.HasDate && strings.Contains(s.Detail, "publication") {
			t.Errorf("meta %+v: no_dateline %v, want detail with %q", tt.meta, s, tt.want)
		}
	}
}

func TestStitched(t *testing.T) {
	x := testDetector(t)
	tests := []struct {
		name  string
		in    string
		want  bool
		score float64
	}{
		{"two datelines", "Title of the story\n\nMOSCOW (Reuters) - Russia said on Monday it would act.\n\n" + prose +
			"\n\nDAMASCUS (AFP) — Syria said it welcomed the move.", true, 1},
		{"two house styles", "Title of the story\n\nThe ministry said on Monday that it would act. “We are ready,” it said.\n\n" +
			"The president Tuesday reiterated the offer. \"We will not wait,\" he said.", true, 0.5},
		{"one style", "Title of the story\n\nThe ministry said on Monday that it would act. “We are ready,” it said.\n\n" + prose, false, 0},
		{"one dateline", "Title of the story\n\nMOSCOW (Reuters) - Russia said on Monday it would act.\n\n" + prose, false, 0},
	}
	for _, tt := range tests {
		s := signalOf(x.Analyze(text.New(tt.in), Meta{}), KindStitched)
		if (s != nil) != tt.want || s != nil && s.Score != tt.score {
			t.Errorf("%s: stitched %v, want %v with score %v", tt.name, s, tt.want, tt.score)
		}
	}
}

func signalOf(r Report, kind string) *report.Signal {
	for i := range r.Signals {
		if r.Signals[i].Kind == kind {
			return &r.Signals[i]
		}
	}
	return nil
}
