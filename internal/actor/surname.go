package actor

import (
	"slices"
	"strings"
	"time"

	"sitrep/internal/lexicon"
	"sitrep/internal/ner"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// surnameKey returns the folded last word of a person's name without a
// particle: "Bashar al-Assad" -> "assad".
func surnameKey(name string) string {
	f := strings.Fields(text.Fold(name))
	if len(f) == 0 {
		return ""
	}
	last := f[len(f)-1]
	for _, p := range []string{"al-", "el-", "ul-", "bin-", "ibn-"} {
		last = strings.TrimPrefix(last, p)
	}
	return last
}

// resolveSurnames links single names to people named in full. A lone name
// that no full name explains becomes a mention of the unique person of the
// lexicon with that surname whose country the document names, if it is a
// speaker; otherwise it stays a new person only when ner labelled it one.
func (x *doc) resolveSurnames() {
	// A lone name is a surname, or a family name written first as in
	// Korean and Chinese names ("Kang" for "Kang Min-seok").
	full, family, paternal, particled, given := names{}, names{}, names{}, names{}, names{}
	for i, e := range x.entities {
		if f := strings.Fields(text.Fold(e.Name)); e.Kind == report.KindPerson && len(f) > 1 {
			full[surnameKey(e.Name)] = append(full[surnameKey(e.Name)], i)
			for _, k := range writtenSurnames(e) {
				// The lexicon's full name may run on ("Riek Machar
				// Teny Dhurgon"): "Machar" is the surname the text wrote.
				full[k] = append(full[k], i)
			}
			family[f[0]] = append(family[f[0]], i)
			if len(f) > 2 {
				// "Mario Andrade Vera" is "Andrade" later, as Spanish
				// and Portuguese two-part surnames go, and "Mustafa Ben
				// Ghalia" is "Ben Ghalia".
				paternal[f[len(f)-2]] = append(paternal[f[len(f)-2]], i)
				k := f[len(f)-2] + " " + f[len(f)-1]
				particled[k] = append(particled[k], i)
				// "Mohd Azlan Sharif" is "Mohd Azlan" later, as Malay
				// names drop the father's name.
				g := f[0] + " " + f[1]
				given[g] = append(given[g], i)
			}
		}
	}
	for si, sp := range x.spans {
		at := x.d.Tokens[sp.First].Start
		if ei, ok := x.latest(particled, x.d.Key(sp.First, sp.End), at); ok && sp.End-sp.First == 2 && x.uses[si].Entity != ei {
			x.moveTo(si, ei) // "Ben Ghalia", "Abu Fakher": a surname of two words
			continue
		}
		if ei, ok := x.latest(given, x.d.Key(sp.First, sp.End), at); ok && sp.End-sp.First == 2 && x.uses[si].Entity != ei {
			x.moveTo(si, ei)
			continue
		}
		// A lone name that the gazetteer also knows ("Ruto") is the
		// person's unless a preposition makes it a place.
		loc := sp.Label == ner.LOC && !x.uses[si].Prep
		guess := sp.Why == "model" // a learned label yields to a surname seen in full
		if k, ok := x.regimeName(sp); ok {
			x.knownSpeaker(si, surnameKey(x.d.Word(k)), false, true) // "the Lukashenko regime": the leader's, whatever the finder read
			continue
		}
		key := surnameKey(x.d.Word(sp.First))
		if ei, ok := x.latest(full, key, at); ok && sp.End-sp.First == 1 && capitalOnly(sp.Hits) {
			x.moveTo(si, ei) // "Commodore Rogelio Santiago … Santiago said": the officer, not Chile
			continue
		}
		if sp.End-sp.First != 1 || len(sp.Hits) > 0 || (sp.Label != ner.PER && sp.Label != ner.MISC && !loc && !guess) {
			continue
		}
		if ei, ok := x.latest(full, key, at); ok {
			x.moveTo(si, ei)
			continue
		}
		if ei, ok := x.latest(family, key, at); ok {
			x.moveTo(si, ei)
			continue
		}
		if ei, ok := x.latest(paternal, key, at); ok {
			x.moveTo(si, ei)
			continue
		}
		if sp.First > 0 && x.d.Lower(sp.First-1) == "as" {
			continue // "gave her name only as Maria", "known as Ti Zoulou": the text's own name
		}
		if sp.Label == ner.PER && x.commoner(sp) {
			continue // "said Haji Gul, a village elder": no former president of Turkey
		}
		if sp.Label == ner.PER || loc && !x.placeElsewhere(si) {
			x.knownSpeaker(si, key, sp.Why == "speaker", sp.Why == "title")
			if ei := x.uses[si].Entity; ei >= 0 && x.entities[ei].Kind == report.KindPerson {
				full[key] = append(full[key], ei) // "President Bush … Bush said"
			}
		}
	}
}

// capitalOnly reports whether every lexicon hit names a country by its
// capital.
func capitalOnly(hits []lexicon.Hit) bool {
	return len(hits) > 0 && !slices.ContainsFunc(hits, func(h lexicon.Hit) bool { return h.Form != lexicon.FormCapital })
}

// commoner reports whether the lone name of span sp is told as no
// leader's: after a folk honorific ("Haji Gul", "Mullah Omar" is written
// in full), or before an apposition with an article or an age ("Gul, a
// village elder", "Begum, 52,"), which no head of state is given.
func (x *doc) commoner(sp ner.Span) bool {
	if sp.First > 0 && folkHonorifics[x.d.Lower(sp.First-1)] {
		return true
	}
	if sp.End+1 >= len(x.d.Tokens) || x.d.Word(sp.End) != "," {
		return false
	}
	next := x.d.Lower(sp.End + 1)
	return next == "a" || next == "an" || x.d.Tokens[sp.End+1].Kind == text.Number
}

// folkHonorifics come before the names of people of no office.
var folkHonorifics = text.SetOf("haji", "hajji", "mullah", "mawlawi", "maulvi", "maulana", "pastor", "father")

// placeElsewhere reports whether the name of span si is a place where the
// text names it after a preposition ("the town of Gaya … Residents of
// Gaya said"): the same word is then the town, not a leader's surname.
func (x *doc) placeElsewhere(si int) bool {
	key := x.d.Key(x.spans[si].First, x.spans[si].End)
	for sj, sp := range x.spans {
		if sj != si && x.uses[sj].Prep && x.d.Key(sp.First, sp.End) == key {
			return true
		}
	}
	return false
}

// writtenSurnames returns the surnames of the full names the text wrote
// for person e that differ from the surname of its name.
func writtenSurnames(e report.Entity) []string {
	own := surnameKey(e.Name)
	var out []string
	for _, m := range e.Mentions {
		if k := surnameKey(m.Text); strings.Contains(m.Text, " ") && k != own && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// names maps a name key to the people who bear it, in the order the
// text names them first.
type names map[string][]int

// latest returns the person bearing key whose mention before byte
// offset at is the latest ("Wang said" after "spokesman Wang Lichen",
// though Commerce Minister Wang Wentao is named later), else the first
// named.
func (x *doc) latest(n names, key string, at int) (int, bool) {
	people := n[key]
	if len(people) == 0 {
		return -1, false
	}
	best, bestAt := people[0], -1
	for _, ei := range people {
		for _, m := range x.entities[ei].Mentions {
			if m.Start < at && m.Start > bestAt {
				best, bestAt = ei, m.Start
			}
		}
	}
	return best, true
}

// moveTo makes span si a surname mention of entity ei, removing a mention
// that linkNew may have given it.
func (x *doc) moveTo(si, ei int) {
	if old := x.uses[si].Entity; old >= 0 {
		x.dropMention(old, si)
	}
	x.uses[si].Entity, x.uses[si].Form, x.uses[si].Locative = ei, report.FormSurname, false
	x.mention(ei, si, report.FormSurname, "")
}

func (x *doc) dropMention(ei, si int) {
	e := &x.entities[ei]
	start := x.d.Tokens[x.spans[si].First].Start
	kept := e.Mentions[:0]
	for _, m := range e.Mentions {
		if m.End <= start || m.Start > start {
			kept = append(kept, m)
		}
	}
	e.Mentions = kept
}

// knownSpeaker links a lone name to the lexicon's person with that
// surname when exactly one belongs to a country the document names, or,
// for a speaker or a rare surname (three people at most in the lexicon),
// when only one of them led a country ("Obama said", "Putin met"). A
// lone name the gazetteer also knows ("Obama" is a Japanese town) is
// tried too, unless a preposition makes it a place.
func (x *doc) knownSpeaker(si int, key string, speaker, titled bool) {
	countries := map[string]bool{}
	for _, e := range x.entities {
		if e.Kind == report.KindCountry {
			countries[e.Code] = true
		}
	}
	var pick int
	n := 0
	people := x.l.lex.Surname(key)
	if len(people) == 0 {
		people = x.l.lex.SurnameSpelled(key) // "Zelenskiy said" of Zelenskyy
	}
	for i, p := range people {
		if r, ok := roleAt(p.Roles, x.when); ok && countries[r.Code[:min(3, len(r.Code))]] {
			pick, n = i, n+1
		}
	}
	if n == 0 && (speaker || titled || len(people) <= 3) {
		pick, n = x.latestLeader(people, titled)
	}
	if n != 1 {
		return
	}
	p := people[pick]
	old := x.uses[si].Entity
	ei := x.person(si, p.Name, p)
	if old >= 0 && old != ei {
		x.dropMention(old, si)
	}
	x.uses[si].Entity, x.uses[si].Form, x.uses[si].Locative = ei, report.FormSurname, false
	x.mention(ei, si, report.FormSurname, "")
}

// regimeName returns the token of the one capitalised word, after an
// optional "the", that span sp holds right before a government noun
// ("the Lukashenko regime", "the Assad regime"), where the lexicon knows
// no name for the span.
func (x *doc) regimeName(sp ner.Span) (int, bool) {
	k := sp.First
	if x.d.Lower(k) == "the" {
		k++
	}
	if k+1 != sp.End || len(sp.Hits) > 0 || sp.End >= len(x.d.Tokens) || !governmentNouns[x.d.Lower(sp.End)] || !x.d.Tokens[k].Cap {
		return 0, false
	}
	return k, true
}

// regimes makes "the Assad regime" a mention of the person's country's
// government: a person's name followed by a government noun.
func (x *doc) regimes() {
	for si, u := range x.uses {
		if u.Entity < 0 || x.entities[u.Entity].Kind != report.KindPerson {
			continue
		}
		c := x.entities[u.Entity].Affiliation
		end := x.spans[si].End
		if c == "" || end >= len(x.d.Tokens) || !governmentNouns[x.d.Lower(end)] {
			continue
		}
		ce := x.l.lex.Country(c)
		if ce == nil {
			continue
		}
		ci := x.entity(ce.ID, x.fromLexicon(ce))
		x.mentionSpan(ci, x.d.SpanOf(x.spans[si].First, end+1), si, report.FormMetonym, ce.Code+"GOV")
	}
}

var governmentNouns = map[string]bool{"regime": true, "government": true, "administration": true,
	"cabinet": true, "junta": true}

// leader reports whether a person of the lexicon headed a state or a
// government.
// latestLeader picks among people the one a reader of the news takes for
// a leader with that name, and returns 1, or n > 1 when it cannot tell.
// Leaders are those the lexicon titles so, else, when the text gives the
// name a title, those who held a bare government code (a ministry's is
// GOVBUS, GOVAGR…).
// Of one country's leaders it picks the one in office at the document's
// date, else the one who took office last ("President Bush"); of several
// countries', the one with the most government codes, if one stands out.
func (x *doc) latestLeader(people []*lexicon.Entry, titled bool) (pick, n int) {
	type cand struct {
		i, gov   int
		country  string
		start    string
		inOffice bool
	}
	var cs []cand
	known := slices.ContainsFunc(people, leader)
	for i, p := range people {
		if gov := govRoles(p); leader(p) || !known && titled && gov > 0 {
			r, _ := roleAt(p.Roles, x.when)
			cs = append(cs, cand{i: i, gov: gov, country: r.Code[:min(3, len(r.Code))],
				start: latestStart(p.Roles), inOffice: !x.when.IsZero() && inOffice(r, x.when)})
		}
	}
	if len(cs) == 0 {
		return 0, 0
	}
	one := slices.IndexFunc(cs, func(c cand) bool { return c.country != cs[0].country }) < 0
	best := cs[0]
	for _, c := range cs[1:] {
		switch {
		case !one && c.gov == best.gov:
			n = len(cs) // leaders of different countries, none stands out
		case !one && c.gov > best.gov:
			best, n = c, 0
		case one && (c.inOffice && !best.inOffice || c.inOffice == best.inOffice && c.start > best.start):
			best = c
		}
	}
	return best.i, max(n, 1)
}

// govRoles counts the bare government codes a person held.
func govRoles(p *lexicon.Entry) int {
	n := 0
	for _, r := range p.Roles {
		if len(r.Code) == 6 && r.Code[3:] == "GOV" { // not a ministry's GOVBUS
			n++
		}
	}
	return n
}

// latestStart returns the start of a person's latest dated role.
func latestStart(roles []lexicon.Role) string {
	last := ""
	for _, r := range roles {
		last = max(last, r.From)
	}
	return last
}

// inOffice reports whether role r covers day t and is not a former one.
func inOffice(r lexicon.Role, t time.Time) bool {
	day := t.Format("2006-01-02")
	return r.From != "" && r.From <= day && (r.To == "" || day <= r.To)
}

func leader(p *lexicon.Entry) bool {
	for _, r := range p.Roles {
		t := strings.ToLower(r.Title)
		if strings.Contains(t, "president") && !strings.Contains(t, "vice") || strings.Contains(t, "prime minister") ||
			strings.Contains(t, "chancellor") || strings.HasPrefix(t, "king") {
			return true
		}
	}
	return false
}
