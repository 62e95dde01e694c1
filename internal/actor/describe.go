package actor

import (
	"slices"
	"strings"

	"sitrep/internal/lexicon"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// describeBodies gives an organisation the description the text sets in
// apposition to its name, as its role: "The U.N. peacekeeping mission,
// MINUSCA, said", "the Men of Dignity movement, the largest Druze armed
// faction,", "The United Nations peacekeeping force UNIFIL".
func (x *doc) describeBodies() {
	for si, u := range x.uses {
		if u.Entity < 0 {
			continue
		}
		e := &x.entities[u.Entity]
		if e.Role != "" && !e.Known || !describable(e.Kind) {
			continue // the text's apposition says more than the lexicon's kind of body
		}
		sp := x.spans[si]
		if i, j := x.descriptionAround(sp.First, sp.End); i < j {
			e.Role = x.d.Str(x.d.SpanOf(i, j))
			x.ownerIn(e, i, j)
			x.armedIn(e, i, j)
		}
	}
	// A description in apposition says more than the kind a mention
	// names before or after ("the Men of Dignity movement, … the
	// largest Druze armed faction,"), so kinds fill only what is left.
	for si, u := range x.uses {
		if u.Entity < 0 || x.entities[u.Entity].Role != "" || !describable(x.entities[u.Entity].Kind) {
			continue
		}
		e, sp := &x.entities[u.Entity], x.spans[si]
		if i, j := x.kindAfter(sp.First, sp.End); i < j {
			e.Role = x.d.Str(x.d.SpanOf(i, j))
			x.armedIn(e, i, j) // "the Comando Vermelho drug faction"
		} else if r := x.qualifiedKind(sp.First, sp.End); r != "" {
			e.Role = r
		}
	}
}

// namedKinds gives a body that the text describes nowhere the kind of
// body its own name says it is, as its role: the Punjab Police is a
// police, the Court of Bosnia and Herzegovina a court.
func (x *doc) namedKinds() {
	for i := range x.entities {
		e := &x.entities[i]
		if e.Role != "" || !describable(e.Kind) {
			continue
		}
		e.Role = nameKind(e.Name)
		if e.Role == "" && e.Kind == report.KindOrganization && x.wireCredit(e) {
			e.Role = "news agency" // "LAGOS, Nov 24 (Sitrep Wire) -"
		}
	}
}

// wireCredit reports whether one of e's mentions is the agency a
// dateline credits in brackets before its dash.
func (x *doc) wireCredit(e *report.Entity) bool {
	for _, m := range e.Mentions {
		first, end := x.d.TokensIn(m.Start, m.End)
		if first >= 1 && end+1 < len(x.d.Tokens) && x.d.Word(first-1) == "(" && x.d.Word(end) == ")" &&
			dashes[x.d.Word(end+1)] {
			return true
		}
	}
	return false
}

var dashes = map[string]bool{"-": true, "–": true, "—": true}

// nameKind returns the kind noun that heads a body's name, "" when none
// does: "Bangladesh Police", "National Police of Timor-Leste", "Front
// for the Liberation of …", "National Guard (Tunisia)".
func nameKind(name string) string {
	name, country, generic := strings.Cut(name, "(")
	f := strings.Fields(text.Fold(name))
	if rightsGroup(f) {
		return "rights group" // "the Chadian League for Human Rights", "Kazakhstan International Bureau for Human Rights"
	}
	cut := false
	for i, w := range f {
		if i > 0 && (w == "of" || w == "for" || w == "in") {
			f, cut = f[:i], true
			break
		}
	}
	if len(f) < 2 && !(generic && country != "") && !cut {
		return "" // "Police" alone names no body, but "Police (Argentina)" and "Ministry of Defence" do
	}
	w := f[len(f)-1]
	if f[0] == "operation" && len(f) > 1 {
		return "operation" // "Operation Hadin Kai", the army's task force in the northeast
	}
	if !bodyKinds[w] && !nameKinds[w] {
		return ""
	}
	if n := len(f); n >= 2 && w == "office" && (strings.HasSuffix(f[n-2], "'s") || strings.HasSuffix(f[n-2], "’s")) {
		if n >= 3 && strings.HasPrefix(f[n-2], "general") {
			return strings.Join(f[n-3:], " ") // "the Prosecutor General's Office"
		}
		return f[n-2] + " " + w // "the Ombudsman's Office" is the ombudsman's
	}
	if n := len(f); n >= 2 && (vagueHeads[w] || w == "commission") && serviceKinds[f[n-2]] {
		if f[n-2] == "defence" || f[n-2] == "defense" || f[n-2] == "armed" {
			return "army" // "the Malawi Defence Force", "Uganda People's Defence Forces"
		}
		return f[n-2] + " " + w // "Lesotho Mounted Police Service" is a police service, not a service
	}
	return w
}

// rightsGroup reports whether the words of a body's name make it a
// rights group: a civic body (league, association, bureau, network …)
// named for rights, which analysts call by what it does, not by the
// noun of its name. Commissions and councils of rights are often the
// state's, and observatories monitors.
func rightsGroup(f []string) bool {
	if !slices.Contains(f, "rights") {
		return false
	}
	for _, w := range f {
		if civicKinds[w] {
			return true
		}
	}
	return false
}

var civicKinds = text.SetOf("league", "association", "bureau", "centre", "center", "committee", "forum", "foundation",
	"group", "initiative", "network", "organisation", "organization", "society", "coalition", "movement")

// vagueHeads end a body's name but say what it is only with the noun
// before them: "Police Service", "Defence Force", "Air Force".
var vagueHeads = text.SetOf("force", "forces", "service", "agency", "authority", "directorate", "inspectorate",
	"department", "office", "command")

// serviceKinds say what a force or service does.
var serviceKinds = text.SetOf("police", "defence", "defense", "armed", "air", "guard", "correctional", "prison", "prisons",
	"intelligence", "security", "immigration", "customs", "fire", "wildlife", "forest", "forestry", "coast", "border")

// nameKinds are the nouns that end a body's name to say what it is
// besides the bodyKinds a story also puts before names.
var nameKinds = text.SetOf("police", "army", "navy", "council", "guard", "gendarmerie", "embassy", "committee",
	"ministry", "assembly", "front", "corps", "administration", "service", "tribunal", "university",
	"foundation", "institute", "brigade", "division", "unit", "battalion", "regiment", "forces", "parliament",
	"senate", "government", "church", "hospital", "clan", "charity", "chamber", "observatory", "shelter", "station",
	"directorate", "bureau", "secretariat", "inspectorate", "command", "fleet")

// describable reports whether entities of a kind take descriptions.
func describable(kind string) bool {
	return kind == report.KindOrganization || kind == report.KindIGO || kind == report.KindArmedGroup
}

// kindAfter returns the lower-case words [end, j) after a body's name
// [first, end) that end in the kind of body it is ("the UGTT union",
// "its Amaq news agency", "the UTA transport workers' union"), or end,
// end.
func (x *doc) kindAfter(first, end int) (int, int) {
	s := x.d.Sentences[x.d.SentenceOf(first)]
	if first > s.First && (x.d.Lower(first-1) == "a" || x.d.Lower(first-1) == "an") {
		return end, end // "a Yegna Media producer" is someone who works there
	}
	if end < s.End && text.Possessive(x.d.Lower(end)) {
		return end, end // "the DEM Party's provincial office" is another body
	}
	for k := end; k < s.End && k < end+4; k++ {
		t := x.d.Tokens[k]
		if t.Cap || t.Kind != text.Word && !text.Possessive(x.d.Lower(k)) || functionWords[x.d.Lower(k)] ||
			strings.HasSuffix(x.d.Lower(k), "ed") {
			break // not "told state broadcaster MRTV that the air force …", nor "robbed two bank branches"
		}
		if w := x.d.Lower(k); bodyKinds[w] || w == "service" {
			return end, k + 1
		}
	}
	return end, end
}

// functionWords end the words that describe a name after it.
var functionWords = text.SetOf("that", "which", "who", "the", "a", "an", "and", "or", "of", "to", "in", "on", "at",
	"for", "with", "from", "by", "as", "is", "was", "said", "says", "had", "has", "have", "would", "will")

// qualifiedKind returns the role that up to two words before a body's
// name give the kind of body its last word names ("the opposition
// Democratic Party" is an "opposition party"), or "" when none stands
// there.
func (x *doc) qualifiedKind(first, end int) string {
	last := x.d.Lower(end - 1)
	if !bodyKinds[last] {
		return ""
	}
	var words []string
	for k := first - 1; k >= 0 && first-k <= 2 && x.d.Tokens[k].Kind == text.Word && !x.d.Tokens[k].Cap && qualifiers[x.d.Lower(k)]; k-- {
		words = append([]string{x.d.Lower(k)}, words...)
	}
	if len(words) == 0 {
		return ""
	}
	return strings.Join(append(words, last), " ")
}

// qualifiers say where a body stands: "the opposition Democratic Party".
var qualifiers = text.SetOf("opposition", "ruling", "governing", "main", "largest", "former", "banned",
	"outlawed", "separatist", "rival")

// ownerIn gives e the country or international body its description
// [i, j) names, when it has none: "Russia's civil aviation authority",
// "the U.N. peacekeeping mission".
func (x *doc) ownerIn(e *report.Entity, i, j int) {
	for k := i; k < j && e.Country == "" && e.Affiliation == "" && e.Code == ""; k++ {
		if seatWords[x.d.Lower(k)] {
			return // "a regional force headquartered in N'Djamena" is no body of Chad
		}
		si := x.tokSpan[k]
		if si < 0 || len(x.spans[si].Hits) == 0 || backers(x.d.Lower(k)) || k > i && ethnicWords[x.d.Lower(k-1)] {
			continue // "the largest ethnic Albanian party" in North Macedonia is no party of Albania
		}
		switch h := x.spans[si].Hits[0].Entry; h.Kind {
		case lexicon.KindCountry:
			e.Country, e.Affiliation = h.Code, h.Code
		case lexicon.KindIGO:
			e.Code, e.Affiliation = h.Code, h.Code
			e.Kind = report.KindIGO // "MINUSCA, the U.N. mission" is the UN's
		}
	}
}

// ethnicWords make the people named after them a people, not a state.
var ethnicWords = text.SetOf("ethnic", "ethnically")

// armedIn makes an organisation that no lexicon codes an armed group when
// its description [i, j) calls it a rebel or armed body: "a Chadian rebel
// group", "an armed faction".
func (x *doc) armedIn(e *report.Entity, i, j int) {
	if e.Kind != report.KindOrganization || e.Known {
		return
	}
	end := x.clauseEnd(j)
	part := false // "the PKK's armed wing" names its whole before its part
	for k := i; k < end; k++ {
		part = part || parts[x.d.Lower(k)]
	}
	for k := i; k < end; k++ {
		w := x.d.Lower(k)
		if k+1 < j && (x.armedWord(w) || w == "armed") && armedBodies[x.d.Lower(k+1)] || militias[w] ||
			x.fighter(w) && x.ofBefore(k, i) || w == "allegiance" || part && x.armedAt(k) {
			// "an alliance of Bedouin fighters", "a group that pledged
			// allegiance to Islamic State", "a faction of the Pakistani
			// Taliban"
			arm(e)
			return
		}
	}
}

// armedWord reports whether w calls a body armed, militant or criminal:
// "a rebel group", "the Sunni militant group", "the drug faction", "a
// drug-trafficking group"; wire copy counts a cartel among the armed.
func (x *doc) armedWord(w string) bool {
	if a, ok := x.l.lex.Agent(w); ok && !a.Plural {
		for _, sector := range []string{"REB", "UAF", "CRM"} {
			if strings.HasPrefix(a.Sector, sector) {
				return true
			}
		}
	}
	return crimeWords[w]
}

var crimeWords = text.SetOf("drug", "criminal", "drug-trafficking", "trafficking", "narco", "mafia")

// ofBefore reports whether "of" comes at most three words before token
// k, not before token i: "an alliance of Bedouin fighters" is made of
// them, "the regional force fighting the jihadists" is not.
func (x *doc) ofBefore(k, i int) bool {
	for b := k - 1; b >= i && b >= k-3; b-- {
		if x.d.Lower(b) == "of" {
			return true
		}
	}
	return false
}

// parts are the nouns that make a body a part of another: a faction of
// an armed group is one too.
var parts = text.SetOf("faction", "wing", "splinter", "offshoot", "branch", "unit")

// clauseEnd returns where the relative clause that opens at token j ends,
// or j when none opens there: "a group that has pledged allegiance to
// Islamic State," describes its body to the comma.
func (x *doc) clauseEnd(j int) int {
	if j >= len(x.d.Tokens) || !relativeWords[x.d.Lower(j)] {
		return j
	}
	return x.phraseEnd(j+1, x.d.Sentences[x.d.SentenceOf(j)].End)
}

// armedAt reports whether token k is part of a name linked to an armed
// group.
func (x *doc) armedAt(k int) bool {
	si := x.tokSpan[k]
	return si >= 0 && x.uses[si].Entity >= 0 && x.entities[x.uses[si].Entity].Kind == report.KindArmedGroup
}

// backers reports whether w names a country that stands behind a body,
// not the one it belongs to: "an Iran-backed militia" is Iraq's.
func backers(w string) bool {
	_, how, ok := strings.Cut(w, "-")
	return ok && backing[how]
}

var backing = text.SetOf("backed", "aligned", "allied", "funded", "supported", "sponsored", "armed", "trained")

// militias are armed bodies whatever words come with them: "an
// Iran-backed militia".
var militias = text.SetOf("militia", "militias")

// seatWords open the phrase that says where a body sits, not whose it is.
var seatWords = map[string]bool{"based": true, "headquartered": true, "in": true, "at": true, "near": true}

// armedBodies are the nouns that head a description of an armed group.
var armedBodies = map[string]bool{"group": true, "movement": true, "faction": true, "coalition": true,
	"alliance": true, "organisation": true, "organization": true, "gang": true, "cartel": true, "network": true}

// descriptionAround returns the tokens [i, j) that describe the name at
// tokens [first, end): an apposition after it or before it, closed by
// commas, or a definite phrase right before it whose head is a kind of
// body; i == j when there is none.
func (x *doc) descriptionAround(first, end int) (int, int) {
	s := x.d.Sentences[x.d.SentenceOf(first)]
	if first > s.First && x.d.Lower(first-1) == "the" {
		first-- // ", the Independent Electoral Commission,"
	}
	after := end
	if after+3 < s.End && x.d.Word(after) == "(" && x.d.Word(after+2) == ")" {
		after += 3 // "the Council … (CCMSR), a Chadian rebel group,"
	} else if after < s.End && x.d.Word(after) == ")" && first > s.First && x.d.Word(first-1) == "(" {
		after++ // the acronym itself: "the Volunteers … (VDP), a civilian militia"
	}
	if after+2 < s.End && x.d.Word(after) == "," && determiners[x.d.Lower(after+1)] {
		// "…, the largest Druze armed faction,", "…, an Iran-backed
		// militia that belongs to the PMF"
		if k := x.phraseEnd(after+2, s.End); k > after+2 && k < s.End && (x.d.Word(k) == "," || relativeWords[x.d.Lower(k)] ||
			x.closingDescription(after+2, k)) {
			return after + 2, k
		}
	}
	if first-2 > s.First && x.d.Word(first-1) == "," && after < s.End && x.d.Word(after) == "," &&
		x.phraseEnd(s.First, first-1) == first-1 && x.describes(s.First, first-1) {
		return x.afterDeterminer(s.First), first - 1 // "The U.N. peacekeeping mission, MINUSCA,"
	}
	if first-2 >= s.First && bodyKinds[x.d.Lower(first-1)] && !x.d.Tokens[first-1].Cap {
		for k := first - 2; k >= s.First && k > first-6; k-- {
			if x.d.Lower(k) == "the" {
				return k + 1, first // "The United Nations peacekeeping force UNIFIL"
			}
			if x.d.Tokens[k].Kind != text.Word {
				break
			}
			if k == s.First {
				return k, first // "State rail operator SNCF cancelled trains"
			}
		}
	}
	return first, first
}

// closingDescription reports whether words [i, k) close their sentence
// as a short noun phrase: "…, a Kurdish armed group.", not "…, the
// North's defence ministry accused Seoul of sending drones in August."
func (x *doc) closingDescription(i, k int) bool {
	s := x.d.Sentences[x.d.SentenceOf(i)]
	return k == s.End-1 && x.d.Word(k) == "." && k-i <= 6 && !x.d.Tokens[k-1].Cap && x.d.Tokens[k-1].Kind == text.Word
}

// phraseEnd returns the first punctuation token or relative word from i
// before end, or end: where a phrase of words stops.
func (x *doc) phraseEnd(i, end int) int {
	for k := i; k < end; k++ {
		if x.d.Tokens[k].Kind == text.Punct && !text.Possessive(x.d.Lower(k)) && x.d.Word(k) != "-" {
			return k
		}
		if relativeWords[x.d.Lower(k)] {
			return k
		}
	}
	return end
}

// describes reports whether words [i, j) are a description: they open
// with a determiner or a possessive name and end in a common noun.
func (x *doc) describes(i, j int) bool {
	if j-i < 2 || x.d.Tokens[j-1].Cap || x.d.Tokens[j-1].Kind != text.Word {
		return false
	}
	if determiners[x.d.Lower(i)] {
		return true
	}
	for k := i; k < j && k < i+4; k++ {
		if text.Possessive(x.d.Lower(k)) {
			return true // "NATO's peacekeeping force in Kosovo"
		}
	}
	return false
}

// afterDeterminer skips an article at token i.
func (x *doc) afterDeterminer(i int) int {
	if determiners[x.d.Lower(i)] {
		return i + 1
	}
	return i
}

var (
	determiners   = map[string]bool{"the": true, "a": true, "an": true}
	relativeWords = map[string]bool{"who": true, "which": true, "that": true, "whose": true, "said": true,
		"says": true}
	// bodyKinds are the nouns a story puts right before a body's name to
	// say what it is.
	bodyKinds = map[string]bool{"force": true, "mission": true, "group": true, "commission": true, "agency": true,
		"movement": true, "militia": true, "monitor": true, "broadcaster": true, "newspaper": true, "company": true,
		"party": true, "coalition": true, "alliance": true, "operation": true, "office": true, "court": true,
		"watchdog": true, "firm": true, "carrier": true, "airline": true, "manufacturer": true, "insurer": true,
		"operator": true, "authority": true, "union": true, "regulator": true, "utility": true, "bank": true,
		"network": true, "channel": true, "association": true, "federation": true, "league": true,
		"confederation": true, "lender": true, "producer": true, "contractor": true, "supplier": true, "gang": true,
		"cartel": true, "faction": true, "trader": true, "dealer": true, "exporter": true, "importer": true}
)
