// Package eval scores sitrep's reports against gold data.
//
// This file scores a report against an expectation file: what a careful
// analyst reads out of one article (../shared/seed/expected.json, and the
// examples/*.expect.json that the project wrote). Matching is by meaning:
// an actor is found by name or by any of its mentions, a role by its head
// noun, a surface by a mention whose evidence covers its words, a place by
// name and distance. Each expected fact becomes one Check, so a score is the
// share of checks that pass and every miss can be listed.
package eval

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"

	"sitrep/internal/lexicon"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// Expect is an expectation file. Fields that later stages score (assets,
// events…) are ignored here.
type Expect struct {
	Title     string       `json:"title"`
	Actors    []ExpActor   `json:"actors"`
	Metonyms  []ExpMetonym `json:"metonyms"`
	Places    []ExpPlace   `json:"places"`
	NotPlaces []string     `json:"not_places"`
	NotCodes  []string     `json:"not_codes"`
	Quotes    []ExpQuote   `json:"quotes"`
	Claims    []ExpClaim   `json:"claims"`
	Assets    []ExpAsset   `json:"assets"`
	Figures   []ExpFigure  `json:"figures"`
	Events    []ExpEvent   `json:"events"`
	Spun      *bool        `json:"spun"` // whether the text is machine-rewritten, when the file says
}

// ExpActor is an expected actor.
type ExpActor struct {
	Name        string   `json:"name"`
	Kind        string   `json:"kind"`
	Code        string   `json:"code"`
	Role        string   `json:"role"`
	Affiliation string   `json:"affiliation"`
	Surfaces    []string `json:"surfaces"`
}

// ExpMetonym is a surface that stands for an actor, not a place.
type ExpMetonym struct {
	Surface string `json:"surface"`
	Count   int    `json:"count"`
	Means   string `json:"means"`
}

// ExpPlace is an expected place.
type ExpPlace struct {
	Name     string   `json:"name"`
	Country  string   `json:"country"`
	Kind     string   `json:"kind"`
	Lat      *float64 `json:"lat"`
	Lon      *float64 `json:"lon"`
	WithinKm float64  `json:"within_km"`
	Surfaces []string `json:"surfaces"`
}

// Check is one scored fact.
type Check struct {
	Kind string // actor, kind, code, role, affiliation, surface, metonym, place, not_place, not_code, spun, ...
	Item string // what was expected
	OK   bool
	Got  string // what the report has instead, for misses
}

// LoadExpect reads an expectation file.
func LoadExpect(path string) (*Expect, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load expectation: %w", err)
	}
	var e Expect
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, fmt.Errorf("load expectation %s: %w", path, err)
	}
	return &e, nil
}

// Score checks doc against e.
func Score(doc *report.Document, e *Expect) []Check {
	var out []Check
	for _, a := range e.Actors {
		out = append(out, scoreActor(doc, a)...)
	}
	for _, m := range e.Metonyms {
		out = append(out, scoreMetonym(doc, m))
	}
	for _, p := range e.Places {
		out = append(out, scorePlace(doc, p))
	}
	for _, s := range e.NotPlaces {
		c := Check{Kind: "not_place", Item: s, OK: true}
		for _, p := range doc.Places {
			for _, m := range p.Mentions {
				if text.Fold(m.Text) == text.Fold(s) {
					c.OK, c.Got = false, fmt.Sprintf("place %s at %d", p.Name, m.Start)
				}
			}
		}
		out = append(out, c)
	}
	for _, q := range e.Quotes {
		out = append(out, scoreQuote(doc, q, e.Actors)...)
	}
	out = append(out, scoreClaims(doc, e.Claims)...)
	for _, a := range e.Assets {
		out = append(out, scoreAsset(doc, a, e.Actors)...)
	}
	for _, f := range e.Figures {
		out = append(out, scoreFigure(doc, f))
	}
	aliases := igoAliases(doc, e.Actors)
	for _, ev := range e.Events {
		out = append(out, scoreEvent(doc, ev, aliases))
	}
	if e.Spun != nil {
		got := doc.Trust != nil && doc.Trust.Spun
		out = append(out, Check{Kind: "spun", Item: fmt.Sprint(*e.Spun), OK: got == *e.Spun, Got: fmt.Sprint(got)})
	}
	for _, code := range e.NotCodes {
		c := Check{Kind: "not_code", Item: code, OK: true}
		for _, en := range doc.Entities {
			if en.Code == code || en.Country == code {
				c.OK, c.Got = false, en.Name
			}
		}
		out = append(out, c)
	}
	return out
}

// refines reports whether CAMEO actor code got is want or a narrower
// code under it, by whole three-letter parts: "IGOUNOHRI", the UN's
// human rights office, is one of the UN's ("IGOUNO"); "IGOUN" is not.
func refines(got, want string) bool {
	return strings.HasPrefix(got, want) && (len(got)-len(want))%3 == 0
}

func scoreActor(doc *report.Document, a ExpActor) []Check {
	en := findEntity(doc, a)
	if en == nil {
		return []Check{{Kind: "actor", Item: a.Name, Got: "not found"}}
	}
	out := []Check{{Kind: "actor", Item: a.Name, OK: true}}
	if a.Kind != "" {
		out = append(out, Check{Kind: "kind", Item: a.Name + ": " + a.Kind, OK: kindFits(a.Kind, en.Kind), Got: en.Kind})
	}
	if a.Code != "" {
		out = append(out, Check{Kind: "code", Item: a.Name + ": " + a.Code, OK: refines(en.Code, a.Code) || sameCountry(en.Country, a.Code), Got: en.Code})
	}
	if a.Role != "" {
		out = append(out, Check{Kind: "role", Item: a.Name + ": " + a.Role, OK: roleFits(a.Role, en.Role), Got: en.Role})
	}
	if a.Affiliation != "" {
		ok := sameCountry(en.Affiliation, a.Affiliation) || sameCountry(en.Country, a.Affiliation)
		out = append(out, Check{Kind: "affiliation", Item: a.Name + ": " + a.Affiliation, OK: ok, Got: en.Affiliation})
	}
	for _, s := range a.Surfaces {
		out = append(out, Check{Kind: "surface", Item: a.Name + ": " + s, OK: covers(doc.Text, en.Mentions, s), Got: strings.Join(en.Aliases, "; ")})
	}
	return out
}

// findEntity finds the entity named a.Name, by name or by a mention.
func findEntity(doc *report.Document, a ExpActor) *report.Entity {
	want := untitled(text.Fold(a.Name))
	for i, en := range doc.Entities {
		if text.Fold(en.Name) == want || a.Kind == report.KindCountry && a.Code != "" && en.Kind == report.KindCountry && en.Code == a.Code {
			return &doc.Entities[i] // a country is its code: "Turkey" is Türkiye
		}
	}
	for i, en := range doc.Entities {
		for _, m := range en.Mentions {
			if f := text.Fold(m.Text); f == want || strings.TrimPrefix(f, "the ") == want {
				return &doc.Entities[i]
			}
		}
	}
	for i, en := range doc.Entities {
		if en.Kind != report.KindCountry && sameBody(en, a) {
			return &doc.Entities[i]
		}
	}
	// The analyst's name for it may be another than sitrep's ("Sudanese
	// Armed Forces" for "Army (Sudan)"): the entity one of whose mentions
	// is a surface the analyst lists for it is the one.
	for _, s := range a.Surfaces {
		want := strings.TrimPrefix(text.Fold(s), "the ")
		for i, en := range doc.Entities {
			for _, m := range en.Mentions {
				if strings.TrimPrefix(text.Fold(m.Text), "the ") == want {
					return &doc.Entities[i]
				}
			}
		}
	}
	// Or one whose mention is the surface after a possessive, where its
	// country is the analyst's: "Burundi's foreign ministry".
	for _, s := range a.Surfaces {
		want := strings.TrimPrefix(text.Fold(s), "the ")
		for i, en := range doc.Entities {
			for _, m := range en.Mentions {
				if unpossessed(text.Fold(m.Text)) == want && (sameCountry(en.Affiliation, a.Affiliation) || sameCountry(en.Country, a.Affiliation)) {
					return &doc.Entities[i]
				}
			}
		}
	}
	return nil
}

// unpossessed drops the possessive that opens a folded mention, or
// returns "": sitrep's mention "Turkey's Defence Ministry" is the
// analyst's surface "Defence Ministry".
func unpossessed(f string) string {
	if i := strings.Index(f, "'s "); i > 0 && !strings.Contains(f[:i], " ") {
		return f[i+3:]
	}
	return ""
}

// untitled drops the honorifics and ranks that open a person's name as
// the analyst wrote it ("Mawlawi Sharafuddin Azizi", "Haji Ghulam Farooq
// Achakzai"): sitrep names the person without them, as a title is no
// part of a name.
func untitled(name string) string {
	f := strings.Fields(name)
	for len(f) > 2 && lexicon.Rank(f[0]) {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// sameBody reports whether an institution's name in the report and in the
// expectation are the same, however the country is written: "Russian
// Defence Ministry" is "Defence Ministry (Russia)", and "French Foreign
// Ministry" is "Foreign Ministry (France)" and "Interior Ministry (Syria)"
// Syria's "Interior Ministry" when both give the same country.
func sameBody(en report.Entity, a ExpActor) bool {
	got, want := text.Fold(en.Name), text.Fold(a.Name)
	if sameWords(got, want) && sameWords(want, got) {
		return true
	}
	if a.Affiliation == "" || !sameCountry(en.Affiliation, a.Affiliation) && !sameCountry(en.Country, a.Affiliation) {
		return false
	}
	core, _, _ := strings.Cut(got, " (")
	if w, _, ok := strings.Cut(want, " ("); ok {
		return w == core // "Defence Ministry (Japan)" is Japan's "Defence Ministry"
	}
	ws := strings.FieldsFunc(want, notWordRune)
	return core != got && len(ws) == len(strings.FieldsFunc(core, notWordRune))+1 && sameWords(want, core)
}

func kindFits(want, got string) bool {
	want = strings.ReplaceAll(want, " ", "_")
	if want == got {
		return true
	}
	orgs := map[string]bool{report.KindOrganization: true, report.KindIGO: true}
	return orgs[want] && orgs[got]
}

// roleFits compares roles by their head nouns: "Syria's Ambassador to
// Russia" has the head "ambassador", "deputy editor of X" "editor".
func roleFits(want, got string) bool {
	got = text.Fold(got)
	for _, part := range strings.Split(want, ";") {
		if h := head(part); h != "" && strings.Contains(got, h) {
			return true
		}
	}
	return false
}

func head(role string) string {
	role, _, _ = strings.Cut(role, "(") // "regional governor (Kharkiv)": the note in brackets is no head
	f := strings.Fields(text.Fold(role))
	for i, w := range f {
		switch w {
		case "of", "to", "for", "in", "that", "which", "who", "whose":
			// "Kurdish militia that leads the SDF": a relative clause
			// follows the head as a preposition does
			if i > 0 {
				return f[i-1]
			}
		}
	}
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// covers reports whether a mention's evidence overlaps an occurrence of s
// in the text and shares its words.
func covers(doc string, ms []report.Mention, s string) bool {
	fs := text.Fold(s)
	for _, m := range ms {
		fm := text.Fold(m.Text)
		if !strings.Contains(fm, fs) && !strings.Contains(fs, fm) {
			continue
		}
		if overlapsOccurrence(doc, m.Span, s) {
			return true
		}
	}
	return false
}

func overlapsOccurrence(doc string, sp report.Span, s string) bool {
	for from := 0; ; {
		i := strings.Index(doc[from:], s)
		if i < 0 {
			return false
		}
		start := from + i
		if start < sp.End && sp.Start < start+len(s) {
			return true
		}
		from = start + 1
	}
}

func scoreMetonym(doc *report.Document, m ExpMetonym) Check {
	c := Check{Kind: "metonym", Item: m.Surface}
	n := 0
	for _, en := range doc.Entities {
		if !meansFits(m.Means, en) {
			continue
		}
		for _, mn := range en.Mentions {
			if mn.Form == report.FormMetonym && strings.Contains(text.Fold(mn.Text), text.Fold(m.Surface)) {
				n++
			}
		}
	}
	c.OK = n > 0 && (m.Count == 0 || n == m.Count)
	c.Got = fmt.Sprintf("%d metonymic mentions", n)
	return c
}

// meansFits matches "RUS" or "Russia (government)" to an entity.
func meansFits(means string, en report.Entity) bool {
	if means == en.Code || means == en.Country {
		return true
	}
	name, _, _ := strings.Cut(means, " (")
	return text.Fold(name) == text.Fold(en.Name)
}

func scorePlace(doc *report.Document, p ExpPlace) Check {
	c := Check{Kind: "place", Item: p.Name, Got: "not found"}
	names := append([]string{p.Name}, p.Surfaces...)
	for _, pl := range doc.Places {
		// a country is its code: "Democratic Republic of the Congo" is
		// sitrep's "DR Congo"
		sameCountry := p.Kind == "country" && p.Country != "" && pl.Feature == "country" && pl.Country == p.Country
		if !sameCountry && !placeNamed(pl, names) {
			continue
		}
		if why := placeDiffers(pl, p); why != "" {
			c.Got = why
			continue
		}
		c.OK, c.Got = true, ""
		return c
	}
	return c
}

func placeNamed(pl report.Place, names []string) bool {
	for _, n := range names {
		fn := text.Fold(n)
		if strings.HasPrefix(text.Fold(pl.Name), fn) {
			return true
		}
		for _, m := range pl.Mentions {
			if strings.Contains(text.Fold(m.Text), fn) {
				return true
			}
		}
	}
	return false
}

func placeDiffers(pl report.Place, p ExpPlace) string {
	if p.Country != "" && pl.Country != p.Country {
		return fmt.Sprintf("%s in %s", pl.Name, pl.Country)
	}
	if p.Kind == "sea" && pl.Precision != "water" {
		return fmt.Sprintf("%s is a %s", pl.Name, pl.Feature)
	}
	if (p.Kind == "admin1" || p.Kind == "country") && pl.Feature != p.Kind {
		return fmt.Sprintf("%s is a %s", pl.Name, pl.Feature)
	}
	if p.Lat != nil && p.Lon != nil {
		within := p.WithinKm
		if within == 0 {
			within = 50
		}
		if d := km(pl.Lat, pl.Lon, *p.Lat, *p.Lon); d > within {
			return fmt.Sprintf("%s is %.0f km away", pl.Name, d)
		}
	}
	return ""
}

func km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}
