package actor

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"sitrep/internal/geo"
	"sitrep/internal/lexicon"
	"sitrep/internal/ner"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// spelledOtherwise returns the lexicon's person whose name is the given
// name spelled another way, "Kassym-Jomart Tokayev" for "Kasymzhomart
// Tokayev", "Volodymyr Zelenskiy" for "Volodymyr Zelenskyy": the same
// surname and given names once the letters that transliterations vary
// are made one. Nil when none or several are.
func (x *doc) spelledOtherwise(name string) *lexicon.Entry {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return nil
	}
	people := x.l.lex.SurnameSpelled(text.Fold(name[i+1:]))
	if len(people) == 0 {
		return nil // most new names: no allocation beyond the fold
	}
	given := lexicon.Transliterated(text.Fold(name[:i]))
	var found *lexicon.Entry
	for _, p := range people {
		pf := strings.Fields(text.Fold(p.Name))
		if len(pf) < 2 || lexicon.Transliterated(strings.Join(pf[:len(pf)-1], " ")) != given {
			continue
		}
		if found != nil && found != p {
			return nil
		}
		found = p
	}
	return found
}

// spelledFor returns the lexicon's person whose name span si spells
// another way (see spelledOtherwise), unless the text gives him a rank
// the lexicon's roles never carried: "Col. Issa Diakite", an army
// spokesman, is no minister who shares his name.
func (x *doc) spelledFor(si int, name string) *lexicon.Entry {
	p := x.spelledOtherwise(name)
	if p == nil || x.rankStart(x.spans[si].First) == x.spans[si].First {
		return p
	}
	if slices.ContainsFunc(p.Roles, func(r lexicon.Role) bool { return armedSectors[r.Code[min(3, len(r.Code)):]] }) {
		return p
	}
	return nil
}

// armedSectors are the sectors of the roles a rank goes with.
var armedSectors = map[string]bool{"MIL": true, "COP": true, "SPY": true, "REB": true}

// linkNew links a span that the lexicon does not know.
func (x *doc) linkNew(si int, u Use) Use {
	sp := x.spans[si]
	name := x.d.Str(x.d.SpanOf(sp.First, sp.End))
	if ei := x.halfCountry(sp); ei >= 0 {
		u.Entity, u.Form = ei, report.FormMetonym
		x.mention(ei, si, u.Form, x.entities[ei].Code+"GOV")
		return u
	}
	switch sp.Label {
	case ner.PER:
		u.Entity, u.Form = x.person(si, name, x.spelledFor(si, name)), report.FormName
	case ner.ORG:
		if ei, ok := x.ownedMinistry(si, name); ok {
			// the mention holds its owner: "Lebanon's Health Ministry"
			u.Entity, u.Form = ei, report.FormAlias
			x.mentionSpan(ei, x.d.SpanOf(sp.First-2, sp.End), si, u.Form, x.entities[ei].Code)
			return u
		}
		key := "org:" + text.Fold(name)
		if full := x.definedBy(si); full >= 0 {
			// "the Movement for Democratic Change (MDC)" defines MDC: its
			// later mentions are the movement's too.
			x.byKey[key] = full
		} else if _, seen := x.byKey[key]; !seen {
			if full := x.spelledBy(si, name); full >= 0 {
				x.byKey[key] = full // "the KNF" after "the Kuki-Chin National Front"
			}
		}
		u.Entity, u.Form = x.entity(key, x.organization(sp, name)), report.FormName
		if x.entities[u.Entity].Name != name {
			u.Form = report.FormAlias
		}
	case ner.LOC, ner.GPE:
		if ei := x.placedAgent(si); ei >= 0 {
			u.Entity, u.Form = ei, report.FormName
			return u // "Somaliland forces" act for Somalia
		}
		if ei := x.seatAgent(si); ei >= 0 {
			u.Entity, u.Form = ei, report.FormMetonym
			return u // "Hargeisa wants to take the town by force"
		}
		u.Locative, u.Prep = true, x.locative(sp.First)
		return u
	default:
		return u
	}
	x.mention(u.Entity, si, u.Form, "")
	return u
}

// halfCountry returns the country that "the North" or "the South" stands
// for in a story that named "North Korea" or "South Sudan" before, or -1.
func (x *doc) halfCountry(sp ner.Span) int {
	if sp.End-sp.First != 1 || sp.First == 0 || x.d.Lower(sp.First-1) != "the" {
		return -1
	}
	w := x.d.Word(sp.First)
	if w != "North" && w != "South" {
		return -1
	}
	found := -1
	for i, e := range x.entities {
		if e.Kind == report.KindCountry && strings.HasPrefix(e.Name, w+" ") {
			if found >= 0 {
				return -1 // "the South" in a story of South Korea and South Sudan
			}
			found = i
		}
	}
	return found
}

// definedHere returns the entity that the text defined span si's acronym
// for, here or earlier ("the Joint Chiefs of Staff (JCS)"), or -1.
// otherBody reports whether the lexicon's entry for acronym span sp names
// another body than entity full: their names start with other words.
func (x *doc) otherBody(sp ner.Span, full int) bool {
	if len(sp.Hits) == 0 {
		return false
	}
	a, b := strings.Fields(text.Fold(sp.Hits[0].Entry.Name)), strings.Fields(text.Fold(x.entities[full].Name))
	return len(a) > 0 && len(b) > 0 && a[0] != b[0]
}

func (x *doc) definedHere(si int) int {
	sp := x.spans[si]
	if sp.Label != ner.ORG || sp.End-sp.First != 1 || !x.d.Tokens[sp.First].Upper {
		return -1
	}
	key := "org:" + text.Fold(x.d.Word(sp.First))
	if full := x.definedBy(si); full >= 0 && (x.entities[full].Code != "" || x.otherBody(sp, full)) {
		// A name the lexicon codes beats the lexicon's acronym, and so
		// does one that is plainly another body ("Ambazonia Defence
		// Forces (ADF)" is not the Allied Democratic Forces); "the
		// International Labor Office (ILO)" is the ILO the lexicon knows.
		x.byKey[key] = full
	}
	if ei, ok := x.byKey[key]; ok {
		return ei
	}
	return -1
}

// spelledBy returns the body named before whose words' initials spell
// the acronym name of span si, or -1: a story that names the Kuki-Chin
// National Front and then the KNF, without brackets, means one body.
func (x *doc) spelledBy(si int, name string) int {
	if sp := x.spans[si]; sp.End-sp.First != 1 || len(name) > 6 || !x.d.Tokens[sp.First].Upper {
		return -1
	}
	if k := x.spans[si].First - 1; k >= 0 && bodyKinds[x.d.Lower(k)] {
		return -1 // "the state news agency APS" introduces a body of its own
	}
	for i, e := range x.entities {
		if describable(e.Kind) && e.Name != name && spells(name, e.Name) {
			return i
		}
	}
	return -1
}

// foldSpelledLater merges a body first named by an acronym the lexicon
// does not know into the one body named later whose words' initials
// spell it: a headline's "RCMP" before the story's "Royal Canadian
// Mounted Police", which spelledBy only links when the full name comes
// first.
func (x *doc) foldSpelledLater() {
	for i := range x.entities {
		e := &x.entities[i]
		if !describable(e.Kind) || e.Known || len(e.Mentions) == 0 || len(e.Name) > 6 || strings.ToUpper(e.Name) != e.Name {
			continue
		}
		into := -1
		for j, o := range x.entities {
			if j == i || !describable(o.Kind) || len(o.Mentions) == 0 || o.Mentions[0].Span.Start < e.Mentions[0].Span.Start ||
				!spells(e.Name, o.Name) {
				continue
			}
			if into >= 0 {
				into = -1 // two bodies of those initials: which one is not known
				break
			}
			into = j
		}
		if into >= 0 {
			x.fold(i, into)
		}
	}
}

// spells reports whether acronym is the initials of name's words, split
// at spaces or at hyphens too ("KNF" and "KCNF" of the Kuki-Chin
// National Front); names that open with another letter are not built.
func spells(acronym, name string) bool {
	if acronym == "" || name == "" || acronym[0] != name[0] {
		return false
	}
	return initials(name, " ") == acronym || initials(name, " -") == acronym
}

// initials returns the capitals that open the words of name split at the
// characters in seps, small words skipped: "Kuki-Chin National Front"
// gives "KNF" split at spaces and "KCNF" at hyphens too.
func initials(name, seps string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return strings.ContainsRune(seps, r) }) {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// bodyOrPlaceAt reports whether a name that is no person's starts at
// token k: a description may name the body or the town of its role.
func (x *doc) bodyOrPlaceAt(k int) bool {
	si := x.tokSpan[k]
	return si >= 0 && x.spans[si].First == k && x.spans[si].Label != ner.PER
}

// definedBy returns the entity of the name that span si abbreviates in
// parentheses right after it, or -1.
func (x *doc) definedBy(si int) int {
	sp := x.spans[si]
	if si == 0 || sp.First < 2 || sp.End-sp.First != 1 || !x.d.Tokens[sp.First].Upper ||
		x.d.Word(sp.First-1) != "(" || x.spans[si-1].End != sp.First-1 || sp.End >= len(x.d.Tokens) || x.d.Word(sp.End) != ")" {
		return -1
	}
	if sp.End+1 < len(x.d.Tokens) && dashes[x.d.Word(sp.End+1)] {
		return -1 // "KIDAL, Mali (AP) —" credits an agency, it spells no name
	}
	if p, b := x.spans[si-1], si-2; b >= 0 && x.uses[b].Entity >= 0 && x.uses[si-1].Entity >= 0 &&
		x.entities[x.uses[si-1].Entity].Kind == report.KindCountry && x.entities[x.uses[b].Entity].Kind == report.KindOrganization &&
		x.spans[b].End == p.First-1 && x.d.Lower(p.First-1) == "in" {
		return x.uses[b].Entity // "the Committee of … in Honduras (COFADEH)" is the committee
	}
	return x.uses[si-1].Entity
}

// person returns the entity of the person that span si names, adding it
// with the role that the text or the lexicon gives.
func (x *doc) person(si int, name string, known *lexicon.Entry) int {
	key := "per:" + text.Fold(name)
	if known != nil {
		key = known.ID
	}
	e := report.Entity{Name: name, Kind: report.KindPerson}
	if known != nil {
		e = x.fromLexicon(known)
		if r, ok := roleAt(known.Roles, x.when); ok {
			e.Role, e.Code = r.Title, r.Code
			e.Country, e.Sector = splitCode(r.Code)
			e.Affiliation = e.Country
		}
	}
	ei := x.entity(key, e)
	// "police spokesman Inspector Abel Mucavele": the role before the
	// rank, else the rank ("Col. Issa Zongo").
	r := x.roleBefore(x.rankStart(x.spans[si].First))
	if r.text == "" {
		r = x.roleBefore(x.spans[si].First)
	}
	if k := x.rankStart(x.spans[si].First); r.text == "" || k < x.spans[si].First {
		// "the regional ombudsman, Lucia Ardila"; "a defence ministry
		// official, Col. Nouri Bensasi": the phrase says more than a rank.
		if ap := x.appositionBefore(k); ap.text != "" {
			r = ap
			if ap.body > 0 {
				x.serves[ei] = ap.body - 1
			}
		}
	}
	if k := x.rankStart(x.spans[si].First); k < x.spans[si].First {
		x.ranked[ei] = rankSectors[x.d.Lower(x.spans[si].First-1)] // "Lt. Col. X, a defence spokesman,"
	}
	if after := x.roleAfter(x.spans[si].End); after.text != "" && !x.hasAgent(r.text) {
		// "Cmdr. X, spokesman for the mission": the apposition says more.
		r.text = after.text
		if r.country == "" {
			r.country = after.country
		}
		if r.code == "" {
			r.code = after.code
		}
		if after.body > 0 {
			x.serves[ei] = after.body - 1 // its country may be known only once all are linked
		}
		if after.bodySpan > 0 && r.code == "" {
			x.servesSpan[ei] = after.bodySpan - 1 // linked after the person
		}
	}
	p := &x.entities[ei]
	if r.text != "" && len(r.text) > len(p.Role) {
		p.Role = r.text
	}
	if k := x.spans[si].First; p.Role == "" && k >= 2 && kinNouns[x.d.Lower(k-1)] && kinOwners[x.d.Lower(k-2)] {
		p.Role = x.d.Lower(k - 1) // "his sister Palesa Makhetha": who she is to the story
	}
	if r.country != "" {
		p.Affiliation, p.Country = r.country, r.country
	}
	if r.office {
		p.Role, p.Code, p.Sector = r.text, r.code, r.code[min(3, len(r.code)):]
		p.Country, p.Affiliation = r.country, r.country
	}
	if r.code != "" && (r.country != "" || p.Code == "") {
		// A country's official, or a group's researcher ("NGOHRIAMN").
		p.Code, p.Sector = r.code, r.code[min(3, len(r.code)):]
	}
	if strings.HasPrefix(r.code, "IGO") {
		// "European Council President Antonio Costa": the office the
		// text gives outranks the national one the lexicon last knew;
		// "UNICEF's deputy representative in Syria" serves UNICEF, not
		// the country of the posting.
		p.Code, p.Sector, p.Affiliation, p.Country = r.code, r.code[min(3, len(r.code)):], r.code, ""
	}
	if p.Affiliation == "" && strings.HasPrefix(p.Code, "IGO") {
		p.Affiliation = p.Code // "EU trade commissioner X" serves the EU
	}
	if sector, ok := x.stateRole(p); ok && sector != "" && p.Code == "" && p.Country != "" {
		p.Code, p.Sector = p.Country+sector, sector // "a Rwandan army spokesman": RWAMIL
	}
	return ei
}

// role is what the words around a name say of the person.
type role struct {
	text    string
	country string // CAMEO country code of the affiliation
	code    string // actor code, when an organisation or a sector noun gives one
	office  bool   // an office the lexicon names: it replaces the lexicon's roles
	body    int    // 1 + the entity of the organisation served ("a spokesman for the command"), 0 for none
	// bodySpan is 1 + the span of a body named in the role after the
	// name and not linked yet (", chairperson of the African Union
	// Commission,"), 0 for none.
	bodySpan int
}

// roleAt picks the role held at t, or the latest when t is zero or no role
// covers it.
func roleAt(roles []lexicon.Role, t time.Time) (lexicon.Role, bool) {
	if len(roles) == 0 {
		return lexicon.Role{}, false
	}
	if !t.IsZero() {
		day := t.Format("2006-01-02")
		for _, r := range roles {
			if (r.From == "" || r.From <= day) && (r.To == "" || day <= r.To) {
				return r, true
			}
		}
	}
	best := roles[0]
	for _, r := range roles[1:] {
		if r.From > best.From {
			best = r
		}
	}
	return best, true
}

// splitCode splits a CAMEO actor code into its country and sector parts.
func splitCode(code string) (country, sector string) {
	if len(code) < 3 {
		return code, ""
	}
	return code[:3], code[3:]
}

// roleBefore reads the title and role words before token i: "Russian
// President", "Syria's Ambassador to Russia", "State Department
// spokesman", or "the Syrian regime of" (its leader).
func (x *doc) roleBefore(i int) role {
	s := x.d.SentenceOf(i)
	if s < 0 {
		return role{}
	}
	if r, ok := x.leaderOf(i); ok {
		return r
	}
	if r, ok := x.counterpartOf(i); ok {
		return r
	}
	if r, ok := x.headedBy(i); ok {
		return r
	}
	if r, ok := x.namedOnlyAs(i); ok {
		return r
	}
	first := x.d.Sentences[s].First
	var r role
	start, sector := i, ""
	for k := i - 1; k >= first; {
		w := x.d.Lower(k)
		si := x.tokSpan[k]
		switch {
		case si >= 0 && x.uses[si].Entity >= 0 && x.office(si):
			// "NATO Secretary General Mark Rutte": the lexicon's office
			// is the role, and its code the person's, whatever the
			// person did before.
			e := x.entities[x.uses[si].Entity]
			sf := x.spans[si].First
			return role{text: x.d.Str(x.d.SpanOf(sf, x.spans[si].End)), country: e.Country, code: e.Code, office: true}
		case si >= 0 && x.uses[si].Entity >= 0 && x.spans[si].Label != ner.PER:
			sf := x.spans[si].First
			if prep := sf - 1; prep > first && complementPreps[x.d.Lower(prep)] && x.isRoleWord(x.d.Lower(prep-1)) {
				k, start = prep-1, prep // "Ambassador to Russia": not the affiliation
				continue
			}
			e := x.entities[x.uses[si].Entity]
			r.country = e.Country
			switch {
			case (e.Kind == report.KindOrganization || e.Kind == report.KindIGO) && e.Code != "":
				r.code = e.Code // "IAEA Director General X" acts for the IAEA
			case e.Kind == report.KindCountry && x.uses[si].Form == report.FormMetonym:
				r.code = e.Code + "GOV" // "Kremlin spokesman X" speaks for Russia's government
			}
			k, start = sf-1, sf
		case w == "'s":
			k--
		case x.bare(k) && x.d.Tokens[k].Cap && start == k+1 &&
			(k+1 < i || x.portfolioOf(k, first)) && !openers[w] && !x.isPrep(k) && !ner.Calendar(w):
			start = k // "Digital Affairs Minister": a portfolio's words belong to the title
			k--
		case (w == "of" || w == "for" && x.portfolio(k+1, i)) && start == k+1 && k > first && x.isRoleWord(x.d.Lower(k-1)):
			// "Inspector General of Police": the title goes on across
			// "of", and across "for" to a portfolio ("Commissioner for
			// Refugees"), not to the one served ("lawyer for X",
			// "spokesman for Prime Minister X")
			start = k
			k--
		case k > first && x.pairedRole(k):
			start = k - 1 // "Opposition leader": a role of two words the lexicon has
			k -= 2
		case x.isRoleWord(w) || (x.stateBody(w) || bodyNouns[w]) && k+1 < i && x.isRoleWord(x.d.Lower(k+1)):
			// "Police spokesman", "department spokeswoman": a state body
			// before a role noun.
			if a, ok := x.l.lex.Agent(current(w)); ok && sector == "" && stateSectors[a.Sector] {
				sector = a.Sector
			}
			start = k
			k--
		default:
			k = first - 1
		}
	}
	if start == i || !x.hasRoleWord(start, i) {
		return role{}
	}
	r.text = strings.TrimSpace(x.d.Text[x.d.Tokens[start].Start:x.d.Tokens[i-1].End])
	if r.code == "" && r.country != "" && sector != "" {
		r.code = r.country + sector
	}
	return r
}

// portfolio reports whether words [i, j) name a portfolio: some words,
// none of them a title.
func (x *doc) portfolio(i, j int) bool {
	for k := i; k < j; k++ {
		if a, ok := x.l.lex.Agent(current(x.d.Lower(k))); ok && a.Title || lexicon.Rank(x.d.Lower(k)) {
			return false
		}
	}
	return i < j
}

// portfolioOf reports whether the capitalised words that end at k follow
// a role word and its "of" or "for": the portfolio of "Deputy Minister of
// Foreign Affairs", which may end right before the holder's name.
func (x *doc) portfolioOf(k, first int) bool {
	for k > first && x.d.Tokens[k].Cap {
		k--
	}
	w := x.d.Lower(k)
	return (w == "of" || w == "for") && k > first && x.isRoleWord(x.d.Lower(k-1))
}

// leaderOf reads "the <Syrian> regime of" before token i as the role
// "leader of the Syrian regime".
func (x *doc) leaderOf(i int) (role, bool) {
	if i < 3 || x.d.Lower(i-1) != "of" || !governmentNouns[x.d.Lower(i-2)] {
		return role{}, false
	}
	si := x.tokSpan[i-3]
	if si < 0 || x.uses[si].Entity < 0 || x.entities[x.uses[si].Entity].Kind != report.KindCountry {
		return role{}, false
	}
	c := x.entities[x.uses[si].Entity]
	start := x.withThe(x.spans[si].First)
	return role{
		text:    "leader of " + x.d.Str(x.d.SpanOf(start, i-1)),
		country: c.Code,
		code:    c.Code + "GOV",
	}, true
}

// headedBy reads ", headed by" before token i, after a body's name, as
// the role of that body's head: "The Presidential Council, headed by X,"
// gives X "head of the Presidential Council".
func (x *doc) headedBy(i int) (role, bool) {
	if i < 4 || x.d.Lower(i-1) != "by" || x.d.Word(i-3) != "," {
		return role{}, false
	}
	title, ok := heads[x.d.Lower(i-2)]
	si := x.tokSpan[i-4]
	if !ok || si < 0 || x.spans[si].End != i-3 || x.uses[si].Entity < 0 {
		return role{}, false
	}
	ei := x.uses[si].Entity
	e := x.entities[ei]
	if !describable(e.Kind) {
		return role{}, false
	}
	name := x.d.Str(x.d.SpanOf(x.withThe(x.spans[si].First), i-3))
	if rest, ok := strings.CutPrefix(name, "The "); ok {
		name = "the " + rest
	}
	r := role{text: title + " " + name}
	if e.Country != "" {
		// a body of no country leaves its head the story's
		r.country, r.code, r.body = e.Country, e.Code, ei+1
	}
	return r, true
}

// namedOnlyAs reads "a farmer who gave his name only as" before token
// i as the role of the person named after it; a bare "man" or "woman"
// is none.
func (x *doc) namedOnlyAs(i int) (role, bool) {
	k := i - 1
	if k < 0 || x.d.Lower(k) != "as" {
		return role{}, false
	}
	if k--; k >= 0 && x.d.Lower(k) == "only" {
		k--
	}
	if k < 4 || x.d.Lower(k) != "name" || x.d.Lower(k-2) != "gave" || x.d.Lower(k-3) != "who" {
		return role{}, false
	}
	end := k - 3
	for j := end - 1; j >= 0 && end-j <= 4; j-- {
		switch x.d.Lower(j) {
		case "a", "an", "the":
			if j+1 == end || plainPeople[x.d.Lower(end-1)] || !x.hasRoleWord(j+1, end) && x.tokSpan[j+1] < 0 {
				return role{}, false
			}
			r := role{text: x.d.Str(x.d.SpanOf(j+1, end))}
			if si := x.tokSpan[j+1]; si >= 0 && x.uses[si].Entity >= 0 && describable(x.entities[x.uses[si].Entity].Kind) {
				ei := x.uses[si].Entity // "A Fano commander": Fano's
				r.country, r.code, r.body = x.entities[ei].Country, x.entities[ei].Code, ei+1
			}
			return r, true
		}
		if x.d.Tokens[j].Kind == text.Punct {
			break
		}
	}
	return role{}, false
}

// relativePronouns open a relative clause, which ends a role.
var relativePronouns = text.SetOf("who", "whose", "which")

// plainPeople are the nouns for a person that say nothing of a role.
var plainPeople = text.SetOf("man", "woman", "person", "boy", "girl")

// counterpartOf reads "his Turkish counterpart" before token i: the
// person holds, for the country of the demonym, the office of the last
// person named before in the sentence ("Syrian Foreign Minister X ...
// with his Turkish counterpart Y": Y is Turkey's Foreign Minister).
func (x *doc) counterpartOf(i int) (role, bool) {
	if i < 2 || x.d.Lower(i-1) != "counterpart" {
		return role{}, false
	}
	si := x.tokSpan[i-2]
	if si < 0 || x.uses[si].Entity < 0 || x.entities[x.uses[si].Entity].Kind != report.KindCountry {
		return role{}, false
	}
	c := x.entities[x.uses[si].Entity]
	first := x.d.Sentences[x.d.SentenceOf(i)].First
	for k := x.spans[si].First - 1; k >= first; k-- {
		sj := x.tokSpan[k]
		if sj < 0 || x.uses[sj].Entity < 0 || x.entities[x.uses[sj].Entity].Kind != report.KindPerson {
			continue
		}
		other := x.entities[x.uses[sj].Entity]
		office := x.withoutCountry(other.Role)
		if office == "" {
			return role{}, false
		}
		_, sector := splitCode(other.Code)
		return role{text: office, country: c.Code, code: c.Code + sector}, true
	}
	return role{}, false
}

// withoutCountry drops the country words from a role: "Syrian Foreign
// Minister" is "Foreign Minister".
func (x *doc) withoutCountry(r string) string {
	var kept []string
	for _, w := range strings.Fields(r) {
		if hits := x.l.lex.Lookup(text.Fold(w)); len(hits) > 0 && hits[0].Entry.Kind == lexicon.KindCountry {
			continue
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}

// roleSoonAfter reports whether a role noun stands among the three words
// from token i, after words that qualify it: "Sudan country director",
// "regional police commander", but not "told reporters".
func (x *doc) roleSoonAfter(i int) bool {
	for k := i; k < i+3 && k < len(x.d.Tokens); k++ {
		w := x.d.Lower(k)
		if x.d.Tokens[k].Kind != text.Word || notQualifiers[w] || x.isPrep(k) ||
			!x.d.Tokens[k].Cap && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			return false // "claimed his fighters", "denied that troops"
		}
		if a, ok := x.l.lex.Agent(current(w)); ok && a.Person {
			return k > i
		}
	}
	return false
}

// notQualifiers are words that cannot open a role phrase after a name.
var notQualifiers = text.SetOf("said", "says", "told", "tells", "who", "whom", "which", "whose", "where", "when",
	"that", "and", "or", "but", "was", "were", "is", "are", "has", "had", "have", "the", "a", "an", "his", "her",
	"its", "their", "our", "my", "your", "this", "these", "those", "some", "many", "all", "both")

// hasAgent reports whether a role holds a role noun of the lexicon, not
// only ranks and modifiers.
func (x *doc) hasAgent(role string) bool {
	for _, raw := range strings.Fields(role) {
		w := strings.ToLower(raw)
		if a, ok := x.l.lex.Agent(w); ok && a.Person && !lexicon.Rank(w) && !(lexicon.AddressTitle(w) && raw != w) {
			return true // "Gen." alone says less than ", who heads the army,"
		}
	}
	return false
}

// hasRoleWord reports whether tokens [i, j) hold a role noun or title.
func (x *doc) hasRoleWord(i, j int) bool {
	for k := i; k < j; k++ {
		if x.bare(k) && x.isRoleWord(x.d.Lower(k)) {
			return true
		}
	}
	return false
}

// bare reports whether token k names no entity: outside every span, or
// in a MISC chunk that no entity took ("Undersecretary of Foreign
// Affairs").
func (x *doc) bare(k int) bool {
	si := x.tokSpan[k]
	return si < 0 || x.uses[si].Entity < 0 && x.spans[si].Label == ner.MISC
}

// age reports whether w is a person's age in years: "31".
func age(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && len(w) <= 3 && n > 0 && n < 120
}

// afterAge returns the comma after the age that token j opens ("Wilner
// Joseph, 31, a bricklayer"), else j.
func (x *doc) afterAge(j int) int {
	if j+3 < len(x.d.Tokens) && x.d.Word(j) == "," && age(x.d.Word(j+1)) && x.d.Word(j+2) == "," {
		return j + 2
	}
	return j
}

// attribution reports whether words [i, j) after a comma attribute the
// sentence to someone else rather than describe the name before them:
// "… off Ras Doumeira, military spokesman Col. Moussa Ahmed Robleh said."
func (x *doc) attribution(i, j int) bool {
	for k := i + 1; k < j; k++ {
		switch x.d.Lower(k) {
		case "said", "says", "told", "added":
			if x.d.Tokens[k-1].Cap {
				return true // a name says it, not "a miner who said"
			}
		}
	}
	return false
}

// stateSectors are the sectors that make a person's code: a country's
// "minister" is of its government, its "general" of its military.
var stateSectors = map[string]bool{"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "SPY": true}

// roleAfter reads an apposition after token j: ", a military analyst and
// deputy editor of …,". A country named in it is the affiliation.
func (x *doc) roleAfter(j int) role {
	j = x.afterAge(j)
	if j+2 >= len(x.d.Tokens) || x.d.Word(j) != "," {
		return role{}
	}
	k, office, place := j+2, "", ""
	switch w := x.d.Lower(j + 1); {
	case w == "a" || w == "an" || w == "the":
	case x.isRoleWord(w) && !x.d.Tokens[j+1].Cap:
		k = j + 1 // ", head of the army's strategic command,"
	case x.countryPossessive(j+1) || x.bodyPossessive(j+1):
		k = j + 1 // ", Ukraine's human rights commissioner,", ", UNICEF's representative in Nigeria,"
	case x.placePossessive(j+1) > 0:
		// ", Khagrachari's superintendent of police,": the post, in the
		// place's country.
		k, place = x.placePossessive(j+1)+1, x.countryOfPlace(j+1)
	case x.roleSoonAfter(j + 1):
		k = j + 1 // ", Sudan country director for the Norwegian Refugee Council,"
	case w == "who" && j+3 < len(x.d.Tokens) && heads[x.d.Lower(j+2)] != "" && (determiners[x.d.Lower(j+3)] || x.d.Tokens[j+3].Cap):
		// ", who heads the Venezuelan armed forces' strategic command,",
		// ", who heads a civil society group in Lubero territory."
		k, office = j+3, heads[x.d.Lower(j+2)]
	default:
		return role{}
	}
	s := x.d.SentenceOf(j)
	end := x.d.Sentences[s].End
	start := k
	for k < end && x.d.Word(k) != "," && x.d.Word(k) != "." {
		k++
	}
	if k == end || k-start > 16 || x.attribution(start, k) || place != "" && !x.hasRoleWord(start, k) {
		return role{}
	}
	r := role{country: place}
	beat := false // a place in the role is where the person works, not whom for
	if k-start > 2 && backNouns[x.d.Lower(start)] && text.Possessive(x.d.Lower(start+1)) {
		// ", the group's Americas researcher," works for the group named
		// before; "the group's Afghanistan researcher" covers Afghanistan.
		if ei := x.lastOrganization(j, 1); ei >= 0 {
			r.code, r.country = x.entities[ei].Code, x.entities[ei].Country
			start += 2
			beat = true
		}
	}
	if r.code == "" && k-start > 3 && forBody(x.d.Lower(k-3), x.d.Lower(k-2)) && backNouns[x.d.Lower(k-1)] {
		// ", a spokesman for the company," speaks for the company named
		// before, a few sentences back when it is the story's subject.
		if ei := x.lastOrganization(j, 5); ei >= 0 {
			r.code, r.country, r.body = x.entities[ei].Code, x.entities[ei].Country, ei+1
		}
	}
	r.text = x.d.Str(x.d.SpanOf(start, k))
	if office != "" {
		r.text = office + " " + r.text
	}
	for t := start; t < k && r.country == "" && !beat; t++ {
		if x.d.Lower(t) == "to" {
			if t > start && aides[x.d.Lower(t-1)] {
				r.country = x.servedPerson(t+1, k) // "a foreign policy aide to President Ilham Aliyev"
			}
			break // "a former ambassador to Ethiopia and the AU" served them as a guest
		}
		si := x.tokSpan[t]
		switch {
		case si < 0:
		case x.d.Lower(x.spans[si].End) == "state" && x.spans[si].End < k:
			// "a spokesman for the Niger State governor": a state of
			// another country named after this one
		case x.uses[si].Entity >= 0:
			e := x.entities[x.uses[si].Entity]
			r.country = e.Country
			if r.code == "" && (e.Kind == report.KindIGO || e.Kind == report.KindOrganization) {
				r.code = e.Code // ", the United Nations Emergency Relief Coordinator," serves the UN
			}
		case len(x.spans[si].Hits) > 0 && x.spans[si].Hits[0].Entry.Kind == lexicon.KindCountry:
			r.country = x.spans[si].Hits[0].Entry.Code // a name after this one is not linked yet
		case len(x.spans[si].Hits) > 0 && r.code == "":
			h := x.spans[si].Hits[0].Entry
			if h.Kind == lexicon.KindIGO || h.Kind == lexicon.KindOrganization || h.Kind == lexicon.KindArmedGroup {
				r.code, r.country = h.Code, h.Country // ", the ELN's chief negotiator," speaks for the ELN
			}
		case x.spans[si].Label == ner.ORG && r.bodySpan == 0:
			r.bodySpan = si + 1
		}
	}
	return r
}

// countryPossessive reports whether a country's name in the possessive
// starts at token i: "Ukraine's".
func (x *doc) countryPossessive(i int) bool {
	si := x.tokSpan[i]
	if si < 0 || x.spans[si].First != i || len(x.spans[si].Hits) == 0 || x.spans[si].Hits[0].Entry.Kind != lexicon.KindCountry {
		return false
	}
	e := x.spans[si].End
	return e+1 < len(x.d.Tokens) && text.Possessive(x.d.Lower(e)) && !x.d.Tokens[e+1].Cap
}

// placePossessive returns the token of the possessive after the name of
// a place other than a country that starts at token i ("Kherson's"), or
// -1.
func (x *doc) placePossessive(i int) int {
	si := x.tokSpan[i]
	if si < 0 || x.spans[si].First != i || x.spans[si].Label != ner.LOC || x.countryPossessive(i) {
		return -1
	}
	if e := x.spans[si].End; e+1 < len(x.d.Tokens) && text.Possessive(x.d.Lower(e)) && !x.d.Tokens[e+1].Cap {
		return e
	}
	return -1
}

// ownedMinistry returns the entity of a ministry that a country's name
// in the possessive owns ("Azerbaijan's Defence Ministry"), named for
// that country, so that "Armenia's Defence Ministry" is another; the
// same ministry named bare before ("The Health Ministry") is this one,
// unless the story was filed from another country: in a story from
// Baquba, Iraq, "the Interior Ministry" is Iraq's, not "Iran's Interior
// Ministry" named later.
func (x *doc) ownedMinistry(si int, name string) (int, bool) {
	sp := x.spans[si]
	c := x.ownerBefore(sp.First)
	if c == nil || !x.bareBody(name) || !strings.HasSuffix(text.Fold(name), "ministry") {
		return -1, false
	}
	sector := x.stateSector(name)
	filed := x.filedFromCountry()
	if ei, ok := x.byKey["org:"+text.Fold(name)]; ok && (x.entities[ei].Country == "" && (filed == "" || filed == c.Code) ||
		x.entities[ei].Country == c.Code) {
		e := &x.entities[ei]
		e.Country, e.Affiliation, e.Code, e.Sector = c.Code, c.Code, c.Code+sector, sector
		return ei, true
	}
	return x.entity("org:"+text.Fold(name+" ("+c.Name+")"), report.Entity{Name: name + " (" + c.Name + ")",
		Kind: report.KindOrganization, Code: c.Code + sector, Sector: sector, Country: c.Code, Affiliation: c.Code}), true
}

// ownerBefore returns the country whose name in the possessive comes
// right before token i ("Azerbaijan's Defence Ministry"), or nil.
func (x *doc) ownerBefore(i int) *lexicon.Entry {
	if i < 2 || !text.Possessive(x.d.Lower(i-1)) {
		return nil
	}
	si := x.tokSpan[i-2]
	if si < 0 || len(x.spans[si].Hits) == 0 || x.spans[si].Hits[0].Entry.Kind != lexicon.KindCountry {
		return nil
	}
	return x.spans[si].Hits[0].Entry
}

// bodyPossessive reports whether the name of an organisation the lexicon
// knows starts at token i in the possessive: "UNICEF's".
func (x *doc) bodyPossessive(i int) bool {
	si := x.tokSpan[i]
	if si < 0 || x.spans[si].First != i || len(x.spans[si].Hits) == 0 {
		return false
	}
	switch x.spans[si].Hits[0].Entry.Kind {
	case lexicon.KindIGO, lexicon.KindOrganization, lexicon.KindArmedGroup:
	default:
		return false
	}
	e := x.spans[si].End
	return e+1 < len(x.d.Tokens) && text.Possessive(x.d.Lower(e)) && !x.d.Tokens[e+1].Cap
}

// heads are the verbs of a relative clause that name an office: ", who
// heads the army's command," is the head of it.
var heads = map[string]string{"heads": "head of", "led": "head of", "leads": "head of", "commands": "commander of",
	"runs": "head of", "chairs": "chair of", "directs": "director of", "headed": "head of", "commanded": "commander of",
	"chaired": "chair of"}

// backNouns refer back to an organisation: "the group's researcher", "a
// spokesman for the company".
var backNouns = map[string]bool{"group": true, "organisation": true, "organization": true, "agency": true,
	"party": true, "company": true, "union": true, "movement": true, "charity": true, "watchdog": true,
	"alliance": true, "bloc": true, "body": true, "militia": true, "network": true, "firm": true,
	"council": true, "command": true, "committee": true, "commission": true}

// forBody reports whether two words lead to the body a role serves: "for
// the", "of the".
func forBody(prep, det string) bool { return (prep == "for" || prep == "of") && det == "the" }

// lastOrganization returns the organisation whose name ends last before
// token j, in its sentence or the back ones before, or -1.
func (x *doc) lastOrganization(j, back int) int {
	s := x.d.SentenceOf(j)
	from := x.d.Sentences[max(0, s-back)].First
	best, bestEnd := -1, -1
	for si, sp := range x.spans {
		if sp.End > j || sp.First < from || x.uses[si].Entity < 0 || sp.End <= bestEnd {
			continue
		}
		switch x.entities[x.uses[si].Entity].Kind {
		case report.KindOrganization, report.KindArmedGroup, report.KindIGO:
			best, bestEnd = x.uses[si].Entity, sp.End
		}
	}
	return best
}

// subjectOrganization returns the latest organisation that opens one of
// the sentences from back before token j's to its own, as their subject,
// or -1: "The Babanusa Emergency Response Room … appealed to the United
// Nations and the African Union. '…,' its coordinator, X, said" is the
// Room's coordinator, not the Union's.
func (x *doc) subjectOrganization(j, back int) int {
	s := x.d.SentenceOf(j)
	best := -1
	for t := max(0, s-back); t <= s; t++ {
		k := x.d.Sentences[t].First
		for k < j && (x.d.Lower(k) == "the" || x.d.Tokens[k].Kind == text.Punct) {
			k++
		}
		si := x.tokSpan[k]
		if k >= j || si < 0 || x.spans[si].First != k || x.uses[si].Entity < 0 {
			continue
		}
		switch x.entities[x.uses[si].Entity].Kind {
		case report.KindOrganization, report.KindArmedGroup, report.KindIGO:
			best = x.uses[si].Entity
		}
	}
	return best
}

// appositionBefore reads a noun phrase that a comma sets before the name
// at token i: "said the regional ombudsman, Lucia Ardila", "detained a
// 62-year-old farmer, Gela Beruashvili", "Its spokesman, Eric
// Ndayambaje, said" (of the body named before). The phrase must open with
// an article or "its" and stand outside a prepositional phrase ("In the
// capital, X said" names no role) unless the phrase is its role's ("The
// governor of the North-West region, X,"), and an age is no part of the
// role.
func (x *doc) appositionBefore(i int) role {
	if i >= 2 && ageWord(x.d.Lower(i-1)) {
		i-- // "The driver, 21-year-old Dimas Saputra,"
	}
	if i < 3 || x.d.Word(i-1) != "," {
		return role{}
	}
	first := x.d.Sentences[x.d.SentenceOf(i)].First
	end := i - 1
	country := ""
	for k := end - 1; k >= first && end-k <= 12; k-- {
		t := x.d.Tokens[k]
		if c := x.demonymAt(k); c != "" {
			country = c // "a Rwandan army spokesman, Brig. Gen. X"
			continue
		}
		if c := x.installedBy(k); c != "" {
			country = c // "The Russian-installed head of Kerch, X": Russia's man
			continue
		}
		if e := x.spans[max(x.tokSpan[k], 0)].End; x.countryPossessive(k) && e+1 < end && (k == first || !x.isPrep(k-1) || x.withPerson(k-1)) {
			// "Congo's health minister, Samuel-Roger Kamba,"; "spoke
			// with Sudan's army chief, Gen. X,"
			return role{text: x.d.Str(x.d.SpanOf(e+1, end)), country: x.spans[x.tokSpan[k]].Hits[0].Entry.Code}
		}
		if ei := x.possessedBody(k); ei >= 0 && k+2 < end && x.hasRoleWord(k+2, end) {
			// "SANTACO's provincial chairman, Zola Ngqeza,": of the body
			e := x.entities[ei]
			return role{text: x.d.Str(x.d.SpanOf(k+2, end)), country: e.Country, code: e.Code, body: ei + 1}
		}
		if e := x.placePossessive(k); e > 0 && e+1 < end && x.hasRoleWord(e+1, end) {
			return role{text: x.d.Str(x.d.SpanOf(e+1, end)), country: x.countryOfPlace(k)} // "Quneitra's governor, X,"
		}
		if si := x.tokSpan[k]; si >= 0 && x.spans[si].First == k && x.spans[si].End == k+1 &&
			(x.spans[si].Label == ner.PER || x.spans[si].Label == ner.MISC) &&
			k+2 < end && text.Possessive(x.d.Lower(k+1)) && !x.d.Tokens[k+2].Cap && x.hasRoleWord(k+2, end) {
			// "Banke's chief district officer, Sabitri Khadka,": a place
			// the gazetteer does not know owns the office; the role is
			// read after it, and the story places it.
			return role{text: x.d.Str(x.d.SpanOf(k+2, end))}
		}
		if si := x.tokSpan[k]; si >= 0 && x.spans[si].First < k && x.spans[si].First >= first {
			continue // inside a name: "Burkina Faso's defence minister" is read from "Burkina"
		}
		if t.Kind == text.Punct && !text.Possessive(x.d.Lower(k)) || t.Cap && k != first && !x.bodyOrPlaceAt(k) && !x.isRoleWord(x.d.Lower(k)) {
			// "A GDF spokesman, Lt. Col. X," and "a spokesman in Jammu,
			// X," read on, as do "the Commissioner for Refugees, X,"
			// and "Bolivia's Ombudsman, X,"
			return role{}
		}
		switch x.d.Lower(k) {
		case "the", "a", "an":
			if k > first && x.isPrep(k-1) && k < end-1 {
				if j := x.roleOpening(k-1, first); j >= 0 {
					k = j + 1 // "The governor of the North-West region, X,": the phrase is the role's
					continue
				}
			}
			if k == end-1 || k > first && x.isPrep(k-1) {
				return role{}
			}
			start := k + 1
			if ageWord(x.d.Lower(start)) {
				start++
			}
			if start >= end {
				return role{}
			}
			for j := start + 1; j < end; j++ {
				if relativePronouns[x.d.Lower(j)] {
					end = j // "a kiosk owner who gave only her first name, Marta": a kiosk owner
					break
				}
			}
			r := role{text: x.d.Str(x.d.SpanOf(start, end)), country: country}
			if ei := x.bodyIn(start, end); ei >= 0 {
				// "A spokesman for the committee, Dmitry Karpovich,":
				// of the body the role names
				r.body, r.code = ei+1, x.entities[ei].Code
				r.country = cmp.Or(r.country, x.entities[ei].Country)
			}
			return r
		case "his", "her":
			// "his lawyer, Ruben Hakobyan, told": a role toward someone,
			// of no body; in "who gave only her first name, Marta" the
			// role comes before
			if k+1 < end && x.isRoleWord(x.d.Lower(end-1)) {
				return role{text: x.d.Str(x.d.SpanOf(k+1, end)), country: country}
			}
		case "its", "their":
			// "Its spokesman, Eric Ndayambaje, said": of the body named
			// just before.
			if k+1 >= end {
				return role{}
			}
			r := role{text: x.d.Str(x.d.SpanOf(k+1, end)), country: country}
			ei := x.subjectOrganization(k, 1)
			if ei < 0 {
				ei = x.lastOrganization(k, 2)
			}
			if ei >= 0 {
				e := x.entities[ei]
				r.code, r.body = e.Code, ei+1
				if r.country == "" {
					r.country = e.Country
				}
			}
			return r
		}
	}
	return role{}
}

// roleOpening returns the article that opens a role noun phrase whose
// head comes before the preposition at token p ("The governor of", "A
// lawyer for three of"), or -1: "In the capital, X said" has none.
func (x *doc) roleOpening(p, first int) int {
	role := false
	for j := p - 1; j >= first && p-j <= 6; j-- {
		w := x.d.Lower(j)
		switch {
		case w == "the" || w == "a" || w == "an":
			if role {
				return j
			}
			return -1
		case x.d.Tokens[j].Kind == text.Punct || x.d.Tokens[j].Cap && j != first:
			return -1
		}
		role = role || x.isRoleWord(w)
	}
	return -1
}

// office reports whether span si names an office of the lexicon ("UN
// Secretary-General").
func (x *doc) office(si int) bool {
	hs := x.spans[si].Hits
	return len(hs) > 0 && hs[0].Entry.Kind == lexicon.KindOffice
}

// demonymAt returns the country of the demonym at token k, or "".
func (x *doc) demonymAt(k int) string {
	si := x.tokSpan[k]
	if si < 0 || x.spans[si].Label != ner.NORP || x.uses[si].Entity < 0 {
		return ""
	}
	return x.entities[x.uses[si].Entity].Country
}

// installedBy returns the country of a word such as "Russian-installed"
// or "Moscow-appointed" at token k: who put an official in office,
// whatever country the office lies in; "" if none.
func (x *doc) installedBy(k int) string {
	by, how, ok := strings.Cut(x.d.Lower(k), "-")
	if !ok || how != "installed" && how != "appointed" {
		return ""
	}
	for _, h := range x.l.lex.Lookup(text.Fold(by)) {
		if h.Entry.Kind == lexicon.KindCountry {
			return h.Entry.Code
		}
	}
	return ""
}

// rankStart returns where the abbreviated ranks before token i begin
// ("Col." of "Col. Nouri Bensasi"), or i when there are none.
func (x *doc) rankStart(i int) int {
	first, name := x.d.Sentences[x.d.SentenceOf(i)].First, i
	for i > first && (lexicon.Rank(x.d.Lower(i-1)) || i < name && x.d.Tokens[i-1].Cap && lexicon.RoleModifier(x.d.Lower(i-1))) {
		i-- // "Air Commodore", "Deputy Inspector General"
	}
	return i
}

// isPrep reports whether token k is a preposition the phrase after it
// would belong to.
func (x *doc) isPrep(k int) bool {
	switch x.d.Lower(k) {
	case "in", "at", "on", "of", "from", "to", "for", "with", "by", "near", "into", "after", "before":
		return true
	}
	return false
}

// withPerson reports whether the preposition at k joins a person to what
// is done with or by them: "spoke with", "was received by".
func (x *doc) withPerson(k int) bool {
	w := x.d.Lower(k)
	return w == "with" || w == "by"
}

// ageWord reports whether w gives an age: "62-year-old".
func ageWord(w string) bool { return strings.HasSuffix(w, "-year-old") }

// possessedBody returns the organisation whose name ends at token k
// before a possessive ("SANTACO's"), or -1.
func (x *doc) possessedBody(k int) int {
	si := x.tokSpan[k]
	if si < 0 || x.spans[si].End != k+1 || k+1 >= len(x.d.Tokens) || !text.Possessive(x.d.Lower(k+1)) {
		return -1
	}
	ei := x.uses[si].Entity
	if ei < 0 || !describable(x.entities[ei].Kind) {
		return -1
	}
	return ei
}

// bodyIn returns the entity of the first organisation, armed group or
// international body that tokens [i, j) mention, or -1.
func (x *doc) bodyIn(i, j int) int {
	for k := i; k < j; k++ {
		if si := x.tokSpan[k]; si >= 0 && x.uses[si].Entity >= 0 && describable(x.entities[x.uses[si].Entity].Kind) {
			return x.uses[si].Entity
		}
	}
	return -1
}

// isRoleWord reports whether w is part of a title: a role noun of the
// lexicon, an honorific or a modifier such as "deputy" or "foreign".
func (x *doc) isRoleWord(w string) bool {
	w = current(w)
	if a, ok := x.l.lex.Agent(w); ok && a.Person {
		return true
	}
	if head, rest, ok := strings.Cut(w, "-"); ok && head != "" && rest != "" && !strings.Contains(rest, "-") {
		// "Prosecutor-General", "Governor-General": a title of two words
		// joined, one of them a role
		return x.isRoleWord(head) && (x.isRoleWord(rest) || lexicon.Rank(rest))
	}
	return lexicon.Rank(w) || lexicon.RoleModifier(w)
}

// kinNouns name a relative, whom kinOwners before them tie to someone
// the story named.
var (
	kinNouns = text.SetOf("sister", "brother", "mother", "father", "son", "daughter", "wife", "husband", "cousin",
		"uncle", "aunt", "nephew", "niece", "widow", "grandmother", "grandfather", "brother-in-law", "sister-in-law")
	kinOwners = text.SetOf("his", "her", "their")
)

// openers are capitalised words that open a sentence, not a title.
var openers = map[string]bool{"the": true, "a": true, "an": true, "meanwhile": true, "but": true, "and": true,
	"as": true, "when": true, "later": true, "earlier": true, "then": true, "also": true, "while": true,
	"since": true, "so": true, "yet": true, "now": true, "separately": true, "however": true}

// pairedRole reports whether tokens k-1 and k are a role of two words
// that neither word is alone ("opposition leader").
func (x *doc) pairedRole(k int) bool {
	if x.isRoleWord(x.d.Lower(k)) {
		return false
	}
	a, ok := x.l.lex.Agent(x.d.Lower(k-1) + " " + x.d.Lower(k))
	return ok && a.Person
}

// stateBody reports whether w names a body of the state ("police",
// "army") that a role noun after it belongs to.
func (x *doc) stateBody(w string) bool {
	a, ok := x.l.lex.Agent(w)
	return ok && !a.Person && stateSectors[a.Sector]
}

// current returns a role word without the prefix that dates it:
// "then-president" held the office of a president.
func current(w string) string {
	for _, p := range []string{"then-", "ex-", "former-"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			return rest
		}
	}
	return w
}

var complementPreps = map[string]bool{"to": true, "of": true, "for": true, "in": true, "at": true}

// ownedOpening reports whether token k opens its sentence with a word
// of state ownership: "State carrier Aerolineas Argentinas said".
func (x *doc) ownedOpening(k int) bool {
	return k == x.d.Sentences[x.d.SentenceOf(k)].First && ownedWords[x.d.Lower(k)]
}

// descriptor returns the descriptor noun phrase before an organisation's
// name ("online newspaper" in "the online newspaper …").
func (x *doc) descriptor(i int) string {
	if i == 0 || x.spans[x.tokSpan[i]].Why != "descriptor" {
		return ""
	}
	start := i - 1
	for start > 0 && x.d.Tokens[start-1].Kind == text.Word && (!x.d.Tokens[start-1].Cap || x.ownedOpening(start-1)) &&
		x.d.Lower(start-1) != "the" && x.d.Lower(start-1) != "a" && i-start < 3 {
		start--
	}
	return x.d.Str(x.d.SpanOf(start, i))
}

// placedAgentPopulation is the size a town needs for the noun after it
// to name its state's force: "Barrett sniper rifles" names a rifle, not
// the forces of a Texas village.
const placedAgentPopulation = 20000

// placedAgent links a place the gazetteer knows, named before an agent
// noun ("Somaliland forces", "Kano state police"), to its country, with
// the sector the noun gives the words together, and returns the
// country's entity, or -1. The place is where they serve, and they act
// for its state.
func (x *doc) placedAgent(si int) int {
	sp := x.spans[si]
	end, sector := x.agentAfter(sp.End)
	if sector == "" || sector == "CVL" || x.l.gaz == nil || x.locative(sp.First) {
		return -1 // "Plateau villages" are places, and their people civilians of no side
	}
	p, c := x.storyPlace(sp)
	if c == nil || p.Kind == geo.KindCity && p.Population < placedAgentPopulation {
		return -1
	}
	ei := x.entity(c.ID, x.fromLexicon(c))
	x.mentionSpan(ei, x.d.SpanOf(x.withThe(sp.First), end), si, report.FormName, c.Code+sector)
	return ei
}

// storyPlace returns the place the gazetteer is sure span sp names and
// its country's entry, when the story names that country; else nil.
func (x *doc) storyPlace(sp ner.Span) (geo.Place, *lexicon.Entry) {
	p, conf, ok := x.l.gaz.Resolve(x.d.Key(sp.First, sp.End), geo.Context{Countries: x.countries})
	c := x.l.lex.Country(p.Country)
	if !ok || conf < 0.5 || c == nil || x.countries[c.ISO2] == 0 {
		return p, nil
	}
	return p, c
}

// seatAgent links a regional seat of government the lexicon does not
// know, when the text makes it act or be addressed ("Hargeisa wants
// …", "called on Hargeisa to …", "Tiraspol turned down …"), to its
// country's government, and returns the country's entity, or -1. The
// seats of separatist and regional authorities speak for them as
// capitals do for states, and analysts code such authorities by the
// country they are in.
func (x *doc) seatAgent(si int) int {
	sp := x.spans[si]
	if x.l.gaz == nil || x.locative(sp.First) || !x.agentive(sp.First, sp.End) {
		return -1
	}
	p, c := x.storyPlace(sp)
	if c == nil || !seats[p.Feature] {
		return -1
	}
	ei := x.entity(c.ID, x.fromLexicon(c))
	x.mention(ei, si, report.FormMetonym, c.Code+"GOV")
	return ei
}

// seats are the GeoNames features of seats of government: a country's
// capital and the seats of its first- and second-order divisions.
var seats = text.SetOf("PPLC", "PPLA", "PPLA2", "PPLG")

// agentive reports whether the words [i, end) act or are addressed: a
// verb of saying or deciding follows them, or an appeal precedes them.
func (x *doc) agentive(i, end int) bool {
	if end < len(x.d.Tokens) && x.d.Word(end) == "," && (i == 0 || x.d.Tokens[i-1].Kind == text.Punct) {
		// "Port Sudan, the seat of the army-led government, accused …",
		// not "The mayor of Ishigaki, the Okinawa city …, said"
		end = x.appositionEnd(end)
	}
	if end < len(x.d.Tokens) && x.d.SentenceOf(end) == x.d.SentenceOf(i) && seatVerbs[x.d.Lower(end)] {
		// "Sagaing has seen some of the heaviest fighting": what befell
		// a place is no act of its government.
		return end+1 >= len(x.d.Tokens) || !undergone[x.d.Lower(end+1)]
	}
	return i >= 2 && x.d.Lower(i-1) == "on" && appeals[x.d.Lower(i-2)] || i >= 1 && addressing[x.d.Lower(i-1)]
}

// appositionEnd returns the token after the comma that closes an
// apposition opened by the comma at k ("…, the seat of the army-led
// government since 2023,"), or k when there is none in its sentence.
func (x *doc) appositionEnd(k int) int {
	s := x.d.Sentences[x.d.SentenceOf(k)]
	if k+1 >= s.End || !determiners[x.d.Lower(k+1)] {
		return k
	}
	for j := k + 2; j < s.End && j < k+25; j++ {
		if x.d.Word(j) == "," {
			return j + 1
		}
	}
	return k
}

var (
	seatVerbs = text.SetOf("said", "says", "wants", "want", "rejected", "rejects", "accused", "accuses", "denied",
		"denies", "turned", "refused", "refuses", "insisted", "insists", "demanded", "demands", "warned", "warns",
		"accepted", "accepts", "agreed", "agrees", "responded", "announced", "claimed", "has", "had", "would",
		"will", "blamed", "blames", "urged", "urges", "called", "calls", "asked", "asks", "condemned", "condemns",
		"welcomed", "welcomes", "summoned", "summons", "expelled", "expels", "threatened", "threatens", "vowed", "vows")
	undergone = text.SetOf("seen", "see", "suffered", "suffer", "witnessed", "witness", "experienced", "been", "be",
		"faced", "face", "endured", "borne", "hosted", "host", "become", "remained", "lost", "lose", "recorded")
	appeals    = text.SetOf("called", "call", "calls", "calling")
	addressing = text.SetOf("urged", "urges", "accused", "accuses", "warned", "warns", "told", "pressed", "asked")
)

// servedPerson returns the country of the person the lexicon knows
// among the words [i, end): the one an aide serves, or "".
func (x *doc) servedPerson(i, end int) string {
	for t := i; t < end; t++ {
		if si := x.tokSpan[t]; si >= 0 && len(x.spans[si].Hits) > 0 && x.spans[si].Hits[0].Entry.Kind == lexicon.KindPerson {
			return x.spans[si].Hits[0].Entry.Country
		}
	}
	return ""
}

// aides serve the person or body after "to": "a foreign policy aide to
// President Ilham Aliyev", "press secretary to President Japarov".
var aides = text.SetOf("aide", "adviser", "advisor", "assistant", "secretary", "counsellor", "counselor")
