package eval

import (
	"strings"
	"unicode"

	"sitrep/internal/report"
	"sitrep/internal/text"
)

// ExpQuote is an expected quote of an expectation file.
type ExpQuote struct {
	Speaker        string `json:"speaker"`
	SpeakerSurface string `json:"speaker_surface"`
	Direct         bool   `json:"direct"`
	Anonymous      bool   `json:"anonymous"`
	Cue            string `json:"cue"`
	Contains       string `json:"contains"`
	Stance         string `json:"stance"`
	Audience       string `json:"audience"`
}

// ExpClaim is an expected claim with its holders by stance.
type ExpClaim struct {
	Statement   string   `json:"statement"`
	AssertedBy  []string `json:"asserted_by"`
	ConfirmedBy []string `json:"confirmed_by"`
	DeniedBy    []string `json:"denied_by"`
}

// reportedWords folds the words an analyst quoted, without a leading
// "that": the complementizer of "denied that any aid workers had been
// arrested" introduces the words reported and is none of them.
func reportedWords(s string) string {
	f := text.Fold(s)
	if rest, ok := strings.CutPrefix(f, "that "); ok && rest != "" {
		return rest
	}
	return f
}

func scoreQuote(doc *report.Document, e ExpQuote, actors []ExpActor) []Check {
	item := e.Speaker + ": " + e.Contains
	var q *report.Quote
	words := reportedWords(e.Contains)
	for i := range doc.Quotes {
		if strings.Contains(text.Fold(doc.Quotes[i].Text.Text), words) {
			q = &doc.Quotes[i]
			break
		}
	}
	if q == nil {
		return []Check{{Kind: "quote", Item: item, Got: "not found"}}
	}
	out := []Check{
		{Kind: "quote", Item: item, OK: true},
		{Kind: "speaker", Item: item, OK: SpeakerMatch(doc, *q, e.Speaker, e.SpeakerSurface) || speakerIsActor(doc, *q, e.Speaker, actors), Got: q.SpeakerName},
		{Kind: "direct", Item: item, OK: q.Direct == e.Direct || e.Direct && inFragment(*q, e.Contains)},
	}
	if e.Cue != "" {
		got := ""
		if q.Cue != nil {
			got = q.Cue.Text
		}
		out = append(out, Check{Kind: "cue", Item: item, OK: text.Fold(got) == text.Fold(e.Cue), Got: got})
	}
	if e.Stance != "" {
		out = append(out, Check{Kind: "stance", Item: item, OK: q.Stance == e.Stance, Got: q.Stance})
	}
	if e.Anonymous {
		out = append(out, Check{Kind: "anonymous", Item: item, OK: q.Anonymous})
	}
	if e.Audience != "" {
		got := ""
		if q.Audience != nil {
			got = q.Audience.Text
		}
		out = append(out, Check{Kind: "audience", Item: item, OK: strings.Contains(text.Fold(got), text.Fold(e.Audience)), Got: got})
	}
	if e.SpeakerSurface != "" {
		got := ""
		if q.SpeakerAs != nil {
			got = q.SpeakerAs.Text
		}
		out = append(out, Check{Kind: "speaker_surface", Item: item, OK: text.Fold(got) == text.Fold(e.SpeakerSurface), Got: got})
	}
	return out
}

// inFragment reports whether words lie inside a quoted fragment of an
// indirect quote: the speaker's own words, which analysts mark direct.
func inFragment(q report.Quote, words string) bool {
	for _, f := range q.Fragments {
		if strings.Contains(text.Fold(f.Text), text.Fold(words)) {
			return true
		}
	}
	return false
}

// speakerIsActor reports whether the speaker of q is the entity the
// expectation's actor named want is found as (see findEntity): the
// analysts' "Sudanese Armed Forces" speak as sitrep's "Army (Sudan)".
func speakerIsActor(doc *report.Document, q report.Quote, want string, actors []ExpActor) bool {
	for _, a := range actors {
		if a.Name == want && q.Speaker != "" {
			en := findEntity(doc, a)
			return en != nil && en.ID == q.Speaker
		}
	}
	return false
}

// SpeakerMatch reports whether quote q's speaker is the expected one, by
// meaning: the entity's name or code, the words that name the speaker
// here, or the description of an anonymous source; "Russia (ministry)"
// matches Russia.
func SpeakerMatch(doc *report.Document, q report.Quote, want, surface string) bool {
	w := text.Fold(want)
	base, _, _ := strings.Cut(w, " (")
	cands := []string{text.Fold(q.SpeakerName)}
	if q.SpeakerAs != nil {
		cands = append(cands, text.Fold(q.SpeakerAs.Text))
	}
	for _, e := range doc.Entities {
		if e.ID == q.Speaker && q.Speaker != "" {
			cands = append(cands, text.Fold(e.Code), text.Fold(e.Country))
			for _, a := range e.Aliases {
				cands = append(cands, text.Fold(a))
			}
			if e.Kind == report.KindOrganization {
				for _, c := range countryNames(doc, e.Country) {
					// "Military (Israel)" speaks for Israel; Russia's
					// "Defence Ministry" is "Russian Defence Ministry"
					cands = append(cands, c, text.Fold(e.Name)+" ("+c+")")
				}
			}
		}
	}
	for _, c := range cands {
		if c == "" {
			continue
		}
		c = strings.TrimPrefix(c, "the ")
		if c == w || c == base || c == strings.TrimPrefix(base, "the ") || surnameOf(c, base) && q.Speaker != "" && !q.Anonymous {
			return true
		}
		if q.Anonymous && (strings.Contains(c, base) || strings.Contains(base, c)) {
			return true
		}
		if sameWords(c, base) {
			return true // "Sri Lanka's Finance Ministry" is "Finance Ministry (Sri Lanka)"
		}
	}
	return false
}

// countryNames returns the folded name and aliases of the country entity
// with code c.
func countryNames(doc *report.Document, c string) []string {
	var out []string
	for _, e := range doc.Entities {
		if c != "" && e.Kind == report.KindCountry && e.Code == c {
			out = append(out, text.Fold(e.Name))
			for _, a := range e.Aliases {
				out = append(out, text.Fold(a))
			}
		}
	}
	return out
}

// surnameOf reports whether one name is the other's last word alone:
// "Smith" names "John Smith", but "Jane Smith" does not.
func surnameOf(a, b string) bool {
	if text.LastWord(a) != text.LastWord(b) {
		return false
	}
	return !strings.Contains(a, " ") || !strings.Contains(b, " ")
}

// sameWords reports whether the content words of want all occur in got,
// in any order: "Ministry of Defence" names "Defence Ministry".
func sameWords(got, want string) bool {
	got, want = spellOut(got), spellOut(want)
	g := map[string]bool{}
	for _, w := range strings.FieldsFunc(got, notWordRune) {
		g[w] = true
		g[stem(w)] = true
	}
	n := 0
	for _, w := range strings.FieldsFunc(want, notWordRune) {
		if w == "the" || w == "of" || w == "s" {
			continue
		}
		if !g[w] && !g[stem(w)] {
			return false
		}
		n++
	}
	return n >= 2
}

// spellOut writes the abbreviations of a folded name in full, so that
// "UN Human Rights Office" is the "United Nations human rights office".
func spellOut(s string) string {
	f := strings.Fields(abbreviations.Replace(s))
	for i, w := range f {
		if full, ok := abbreviatedWords[w]; ok {
			f[i] = full
		}
	}
	return strings.Join(f, " ")
}

var (
	abbreviations    = strings.NewReplacer("u.n.", "united nations", "u.s.", "united states", "u.k.", "united kingdom")
	abbreviatedWords = map[string]string{"un": "united nations", "uk": "united kingdom", "eu": "european union"}
)

// stem cuts a country's name or demonym to the letters they share, so
// that "Russian Defence Ministry" names "Defence Ministry (Russia)",
// "Iranian" "Iran" and "Turkish" "Türkiye": the first four letters.
func stem(w string) string {
	if len(w) >= 4 {
		return "~" + w[:4]
	}
	return w
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

func scoreClaims(doc *report.Document, cs []ExpClaim) []Check {
	var out []Check
	for _, c := range cs {
		for _, role := range []struct {
			stance  string
			holders []string
		}{{report.StanceAsserts, c.AssertedBy}, {report.StanceConfirms, c.ConfirmedBy}, {report.StanceDenies, c.DeniedBy}} {
			for _, h := range role.holders {
				out = append(out, Check{Kind: "claim_" + role.stance, Item: h, OK: holds(doc, h, role.stance)})
			}
		}
	}
	return out
}

// holds reports whether some claim of doc has holder h with the stance.
func holds(doc *report.Document, h, stance string) bool {
	quotes := map[string]report.Quote{}
	for _, q := range doc.Quotes {
		quotes[q.ID] = q
	}
	for _, c := range doc.Claims {
		for _, s := range c.Stances {
			if s.Stance == stance && SpeakerMatch(doc, quotes[s.Quote], h, "") {
				return true
			}
		}
	}
	return false
}
