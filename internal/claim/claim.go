// Package claim groups the statements of a document that bear on the same
// proposition and shows who takes which stance on it: the claim board.
//
// A proposition is keyed by a topic and the countries it is about. The
// topic comes from the words of the statement (a table of topic words the
// project wrote: troops, tanks and bases are military presence; strikes
// and shelling are attacks…); the countries are those the statement names,
// with "his country" or "our" standing for the speaker's own. Within a
// document, a statement whose countries are a subset of a larger
// statement's on the same topic joins that claim, so "they are sending
// more assets to the Assad regime" joins "Russia is building up forces in
// Syria", and one that names no country joins the largest claim on its
// topic. The key, "military_presence|RUS|SYR", is stable across
// documents, so a corpus can merge claims and count independent holders.
//
// Stances come from the quotes: a neutral report of the proposition
// asserts it, a denial denies it, and a holder that belongs to a country
// the claim is about, other than the place where it happens, confirms it
// (Russia's ministry saying it supplies arms to Syria).
package claim

import (
	"fmt"
	"slices"
	"strings"

	"sitrep/internal/report"
	"sitrep/internal/text"
)

// topic is a kind of proposition and the words that signal it.
type topic struct {
	name, phrase string
	words        map[string]bool
}

var topics = []topic{
	{"military_presence", "military presence", text.SetOf("troops", "soldiers", "forces", "tanks", "tank", "equipment",
		"arms", "weapons", "base", "bases", "deployment", "deployed", "deploying", "buildup", "build-up", "presence",
		"aircraft", "jets", "warplanes", "warships", "assets", "sending", "supplying", "supplied", "howitzers",
		"artillery", "marines", "mercenaries", "advisers", "advisors", "military", "airfield", "missiles", "sent",
		"send", "units", "battalions", "brigades", "convoy", "convoys", "armoured", "armored", "warship", "drones")},
	{"attack", "attacks", text.SetOf("strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "attacked",
		"shelling", "shelled", "bombed", "bombing", "killed", "hit", "struck", "fired", "raid", "raids", "ambush")},
	{"ceasefire", "ceasefire", text.SetOf("ceasefire", "truce", "armistice", "cease-fire")},
	{"sanctions", "sanctions", text.SetOf("sanctions", "sanctioned", "embargo", "blacklisted")},
	{"talks", "talks", text.SetOf("talks", "negotiations", "negotiating", "summit", "mediation")},
}

// topicOf maps a topic word to the first topic that has it.
var topicOf = func() map[string]int {
	m := map[string]int{}
	for ti := len(topics) - 1; ti >= 0; ti-- {
		for w := range topics[ti].words {
			m[w] = ti
		}
	}
	return m
}()

// statement is one quote read as a proposition.
type statement struct {
	quote     int
	topic     int
	countries []string // sorted CAMEO codes
	places    map[string]bool
}

// Build groups the quotes of d into claims. entities and places are the
// actor and place layers the quotes refer to; iso3 maps a place's ISO2
// country to its CAMEO code.
func Build(d *text.Doc, quotes []report.Quote, entities []report.Entity, places []report.Place, iso3 func(string) string) []report.Claim {
	byID := map[string]report.Entity{}
	for _, e := range entities {
		byID[e.ID] = e
	}
	var sts []statement
	for i, q := range quotes {
		if st, ok := read(d, i, q, entities, places, byID, iso3); ok {
			sts = append(sts, st)
		}
	}
	inheritCountries(sts, quotes)
	names := map[string]string{}
	for _, e := range entities {
		if e.Kind == report.KindCountry {
			names[e.Code] = e.Name
		}
	}
	return group(sts, quotes, names)
}

// read makes a statement of quote i when its words name a topic.
func read(d *text.Doc, i int, q report.Quote, entities []report.Entity, places []report.Place,
	byID map[string]report.Entity, iso3 func(string) string) (statement, bool) {
	lo, hi := q.Text.Start, q.Text.End
	st := statement{quote: i, topic: -1, places: map[string]bool{}}
	for _, w := range wordsIn(d, lo, hi) {
		if ti, ok := topicOf[w]; ok && (st.topic < 0 || ti < st.topic) {
			st.topic = ti
		}
	}
	if st.topic < 0 {
		return st, false
	}
	set := map[string]bool{}
	for _, e := range entities {
		for _, m := range e.Mentions {
			if m.Start >= lo && m.End <= hi && e.Country != "" && e.Kind != report.KindPerson && m.Form != report.FormRelational {
				set[e.Country] = true
			}
		}
	}
	for _, p := range places {
		for _, m := range p.Mentions {
			if m.Site() && m.Start >= lo && m.End <= hi {
				if c := iso3(p.Country); c != "" {
					set[c], st.places[c] = true, true
				}
			}
		}
	}
	if own := byID[q.Speaker].Country; own != "" && selfReference(wordsIn(d, lo, hi)) {
		set[own] = true
	}
	for c := range set {
		st.countries = append(st.countries, c)
	}
	slices.Sort(st.countries)
	return st, true
}

// wordsIn returns the folded tokens of d inside the byte range [lo, hi).
func wordsIn(d *text.Doc, lo, hi int) []string {
	i, _ := slices.BinarySearchFunc(d.Tokens, lo, func(t text.Token, off int) int { return t.Start - off })
	var out []string
	for ; i < len(d.Tokens) && d.Tokens[i].End <= hi; i++ {
		out = append(out, d.Lower(i))
	}
	return out
}

// selfReference reports whether the words speak of the speaker's own
// country: "his country", "our forces", "we".
func selfReference(words []string) bool {
	for i, w := range words {
		switch w {
		case "we", "our", "us":
			return true
		case "his", "her", "its", "their":
			if i+1 < len(words) && strings.HasPrefix(words[i+1], "country") {
				return true
			}
		}
	}
	return false
}

// inheritCountries gives a statement that names no country the countries
// of the same speaker's statement just before it ("He … said there are no
// fighter jets on the ground").
func inheritCountries(sts []statement, quotes []report.Quote) {
	for i := range sts {
		if len(sts[i].countries) > 0 || i == 0 {
			continue
		}
		prev := sts[i-1]
		if quotes[prev.quote].SpeakerName == quotes[sts[i].quote].SpeakerName && prev.topic == sts[i].topic {
			sts[i].countries, sts[i].places = prev.countries, prev.places
		}
	}
}

// group merges statements by topic and country set, a subset joining the
// largest superset.
func group(sts []statement, quotes []report.Quote, names map[string]string) []report.Claim {
	slices.SortStableFunc(sts, func(a, b statement) int { return len(b.countries) - len(a.countries) })
	var claims []report.Claim
	var heads []statement
	for _, st := range sts {
		k := slices.IndexFunc(heads, func(h statement) bool { return h.topic == st.topic && subset(st.countries, h.countries) })
		if k < 0 && len(st.countries) == 0 {
			continue
		}
		if k < 0 {
			heads = append(heads, st)
			claims = append(claims, newClaim(st, names))
			k = len(claims) - 1
		}
		claims[k].Stances = append(claims[k].Stances, stanceOf(quotes[st.quote], heads[k]))
	}
	for i := range claims {
		slices.SortFunc(claims[i].Stances, func(a, b report.Stance) int { return a.Evidence.Start - b.Evidence.Start })
		claims[i].ID = fmt.Sprintf("c%d", i+1)
	}
	return claims
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func newClaim(st statement, names map[string]string) report.Claim {
	t := topics[st.topic]
	var actors, where []string
	for _, c := range st.countries {
		name := c
		if n, ok := names[c]; ok {
			name = n
		}
		if st.places[c] {
			where = append(where, name)
		} else {
			actors = append(actors, name)
		}
	}
	statement := t.phrase
	if len(actors) > 0 {
		statement = strings.Join(actors, ", ") + ": " + t.phrase
	}
	if len(where) > 0 {
		statement += " in " + strings.Join(where, ", ")
	}
	return report.Claim{
		Key:       t.name + "|" + strings.Join(st.countries, "|"),
		Topic:     t.name,
		Statement: strings.TrimSpace(statement),
	}
}

// stanceOf turns a quote into a holder's stance on the claim of head.
func stanceOf(q report.Quote, head statement) report.Stance {
	s := q.Stance
	own := q.Affiliation
	if s == report.StanceNeutral {
		s = report.StanceAsserts
	}
	if s == report.StanceAsserts && own != "" && slices.Contains(head.countries, own) && !head.places[own] {
		s = report.StanceConfirms
	}
	return report.Stance{Holder: q.Speaker, HolderName: q.SpeakerName, Stance: s, Quote: q.ID, Evidence: q.Text}
}
