package actor

import (
	"cmp"
	"slices"
	"strings"

	"sitrep/internal/lexicon"
	"sitrep/internal/ner"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// bareInstitutions makes organisations of the state institutions a story
// names by their kind alone ("The foreign ministry said", "the army had
// sent", "police detained"): a ministry is the one of the country its
// sentence names before it, else its paragraph's only country, else the
// story's home; a force (police, army, military, navy, gendarmerie) is
// the one the story named last by the same noun ("Kenyan police … police
// said"), else the home's: "Foreign Ministry (Romania)", "Army (Egypt)".
// Analysts
// list them as actors of their own, as the text's "Russia's defence
// ministry" already is ("Defence Ministry (Russia)"), and the two merge.
func (x *doc) bareInstitutions(home string) {
	sentence, para := x.countryMentions()
	for k := range x.d.Tokens {
		sector, ok := bareHeads[x.d.Lower(k)]
		if !ok || x.tokSpan[k] >= 0 && !x.looseOpener(k) || x.d.Tokens[k].Cap && !x.sentenceStart(k) {
			continue
		}
		first := x.bareStart(k)
		if first < 0 {
			continue
		}
		if sector == "GOV" && first == k && x.d.Lower(k) != "presidency" {
			continue // "the ministry" refers back to the one named before; a state has one presidency
		}
		s := x.d.SentenceOf(k)
		code := home // "the army", "police": the story's own forces
		if at := x.d.Tokens[first].Start; sector == "GOV" && (first < k || home == "") {
			// "Romania summoned the envoy. The foreign ministry said": the
			// ministry of the country just named; "the presidency" alone
			// is the story's own
			code = cmp.Or(x.placedIn(k+1), x.openingState(first), x.ministerBefore(titleWords(x.d, first, k+1), s, at),
				onlyBefore(states(sentence[s]), at), onlyBefore(para[x.d.Sentences[s].Para], at), home)
		}
		ei := -1
		framed := ""
		if sector != "GOV" && !x.inWordsSaid(first) {
			framed = x.openingState(first) // not "In Brussels, a spokesman urged both protesters and police to …"
		}
		if c := x.speakerCountry(first); c != "" && sector != "GOV" {
			code = c // "A Chadian security official said the army had sent …": Chad's
		} else {
			code = cmp.Or(framed, code) // "Croatian police denied it. In Bosnia, police in the canton confirmed": Bosnia's
			ei = x.forceBefore(x.d.Lower(k), sector, code, x.d.Tokens[first].Start, s)
			if ei >= 0 && framed != "" && x.entities[ei].Country != framed {
				ei = -1
			}
		}
		if ei < 0 && x.d.Lower(k) == "coalition" {
			continue // only the coalition a country leads is one of the story's forces
		}
		if ei < 0 {
			c := x.l.lex.Country(code)
			if c == nil {
				continue
			}
			name := titleWords(x.d, first, k+1) + " (" + c.Name + ")"
			ei = x.entity("body:"+text.Fold(name), report.Entity{Name: name, Kind: report.KindOrganization,
				Code: c.Code + sector, Country: c.Code, Sector: sector, Affiliation: c.Code})
		}
		e := &x.entities[ei]
		e.Mentions = append(e.Mentions, report.Mention{
			Evidence: x.evidenceOf(x.withThe(first), k+1), Form: report.FormAlias, Code: e.Code, Sentence: s})
	}
}

// ministerBefore returns the country of the minister of a bare ministry
// named before byte offset at in sentence s: "Foreign Minister X handed
// the note to Nicaragua's envoy and demanded that Managua act, the
// foreign ministry said" is X's ministry, not Nicaragua's.
func (x *doc) ministerBefore(name string, s, at int) string {
	core, ok := strings.CutSuffix(text.Fold(name), " ministry")
	if !ok {
		return ""
	}
	for _, p := range x.entities {
		if p.Kind != report.KindPerson || p.Country == "" || !strings.Contains(text.Fold(p.Role), core+" minister") {
			continue
		}
		for _, m := range p.Mentions {
			if m.Sentence == s && m.Start < at {
				return p.Country
			}
		}
	}
	return ""
}

// states returns the mentions of ms that name a state or its bodies: a
// ministry is no armed group's.
func states(ms []countryMention) []countryMention {
	var out []countryMention
	for _, cm := range ms {
		if cm.state {
			out = append(out, cm)
		}
	}
	return out
}

// inWordsSaid reports whether a verb of saying or addressing comes before
// token k in its sentence, so that k lies in what a speaker said.
func (x *doc) inWordsSaid(k int) bool {
	for j := x.d.Sentences[x.d.SentenceOf(k)].First; j < k; j++ {
		if w := x.d.Lower(j); sayings[w] || addressing[w] {
			return true
		}
	}
	return false
}

// speakerCountry returns the country of the speaker whose words hold
// token k, named by a demonym before a person's noun and a verb of saying
// earlier in its sentence ("A Chadian security official who asked not to
// be named said the army …"), or "".
func (x *doc) speakerCountry(k int) string {
	f := x.d.Sentences[x.d.SentenceOf(k)].First
	said := false
	for j := k - 1; j >= f; j-- {
		if sayings[x.d.Lower(j)] {
			said = true
			continue
		}
		si := x.tokSpan[j]
		if !said || si < 0 || x.spans[si].First != j || x.uses[si].Form != report.FormDemonym || x.uses[si].Entity < 0 {
			continue
		}
		e := x.entities[x.uses[si].Entity]
		for n := x.spans[si].End; n < x.spans[si].End+3 && n < k; n++ {
			if a, ok := x.l.lex.Agent(x.d.Lower(n)); ok && a.Person && e.Kind == report.KindCountry {
				return e.Code
			}
		}
	}
	return ""
}

// sayings are the verbs that open a speaker's words.
var sayings = text.SetOf("said", "says", "told", "added")

// regionalGovernments makes an organisation of the government of a region
// named by the place ("the Oromia regional government", "the Tigray
// interim administration"), of the region's country, with the phrase as
// its mention; "the regional government" later refers back to it.
func (x *doc) regionalGovernments(home string) {
	last := -1
	for k := 1; k < len(x.d.Tokens); k++ {
		if !governments[x.d.Lower(k)] || x.tokSpan[k] >= 0 {
			continue
		}
		m := k - 1
		if regionScopes[x.d.Lower(m)] {
			m--
		}
		if m > 0 && text.Possessive(x.d.Lower(m)) {
			m-- // "Tigray's interim administration"
		}
		si := x.tokSpan[max(m, 0)]
		switch {
		case m >= 0 && si >= 0 && x.spans[si].End == m+1 && (x.spans[si].Label == ner.LOC || x.regionName(si, m, k)):
			country := cmp.Or(x.placeCountry(x.spans[si].First, x.spans[si].End), home)
			c := x.l.lex.Country(country)
			if c == nil {
				continue
			}
			first := x.spans[si].First
			name := x.d.Str(x.d.SpanOf(first, k+1))
			last = x.entity("body:"+text.Fold(name), report.Entity{Name: name, Kind: report.KindOrganization,
				Code: c.Code + "GOV", Country: c.Code, Sector: "GOV", Affiliation: c.Code})
			x.entities[last].Mentions = append(x.entities[last].Mentions, report.Mention{
				Evidence: x.evidenceOf(x.withThe(first), k+1), Form: report.FormName, Code: c.Code + "GOV", Sentence: x.d.SentenceOf(k)})
		case last >= 0 && m == k-2 && x.d.Lower(m) == "the":
			// "The regional government blamed …"
			e := &x.entities[last]
			e.Mentions = append(e.Mentions, report.Mention{
				Evidence: x.evidenceOf(m, k+1), Form: report.FormAlias, Code: e.Code, Sentence: x.d.SentenceOf(k)})
		}
	}
}

// regionName reports whether span si, a name no rule labelled, names a
// region by the scope word between it and the government noun at k: "the
// Hirshabelle state government".
func (x *doc) regionName(si, m, k int) bool {
	sp := x.spans[si]
	return sp.Label == ner.MISC && len(sp.Hits) == 0 && sp.Why == "" && regionScopes[x.d.Lower(k-1)] && m < k-1
}

// governments and regionScopes make the government of a region: "the
// Oromia regional government", "the Tigray interim administration".
var (
	governments  = text.SetOf("government", "administration")
	regionScopes = text.SetOf("regional", "state", "provincial", "interim", "county", "district")
)

// forceBefore returns the force that the story named by the head noun
// last before byte offset at, in sentence s or the two before ("Kenyan
// police … police arrested three"), or the home country's armed forces
// named anywhere before, or -1: further back, "the army" is
// the story's own again, not the banned "People's Liberation Army" of a
// paragraph before. Ministries are told apart by their names, not by
// order.
func (x *doc) forceBefore(head, sector, home string, at, s int) int {
	if sector == "GOV" {
		return -1
	}
	best, bi := -1, -1
	only, bodies := -1, 0
	for i, e := range x.entities {
		// "the military" is any armed force: "Kenya Defence Forces
		// troops crossed …, the military said". The home country's armed
		// forces named once ("the Uganda People's Defence Forces") are
		// "the army" the whole story through; other bodies only nearby,
		// or wherever they are the only one of their kind the story
		// names, of a country it names ("the Lebanese army" in a story
		// that weighs Syria more).
		named := slices.Contains(fields(e.Name), head) || head == "military" && e.Sector == sector
		own := (head == "military" || head == "army") && e.Sector == sector && home != "" && e.Country == home &&
			!hasWord(e.Name, otherServices)
		if e.Kind != report.KindOrganization || e.Country == "" || !named && !own {
			continue
		}
		if named && e.Sector == sector {
			only, bodies = i, bodies+1
		}
		for _, m := range e.Mentions {
			if m.Start < at && m.Start > best && (m.Sentence >= s-2 && named || own) {
				best, bi = m.Start, i
			}
		}
	}
	if bi < 0 && bodies == 1 && x.entities[only].Mentions[0].Start < at && x.countryWeights()[x.entities[only].Country] > 0 {
		return only // not a foreign name the lexicon files as an army: "the banned People's Liberation Army" in Manipur
	}
	return bi
}

// otherServices name armed services that "the army" is not.
var otherServices = map[string]bool{"navy": true, "naval": true, "air": true, "coast": true, "guard": true,
	"guards": true, "police": true, "gendarmerie": true, "marine": true, "marines": true}

// openingState returns the country that opens the sentence of token k as
// "In Baghdad," or "In Bosnia,", or "".
func (x *doc) openingState(k int) string {
	f := x.d.Sentences[x.d.SentenceOf(k)].First
	if f+2 >= k || x.d.Lower(f) != "in" || x.tokSpan[f+1] < 0 {
		return ""
	}
	sp := x.spans[x.tokSpan[f+1]]
	if sp.End >= k || x.d.Word(sp.End) != "," || len(sp.Hits) == 0 || sp.Hits[0].Entry.Kind != lexicon.KindCountry ||
		sp.Hits[0].Form == lexicon.FormDemonym || sp.Hits[0].Form == lexicon.FormDemonymPlural {
		return ""
	}
	return sp.Hits[0].Entry.Code
}

// bareStart returns where the phrase that the institution noun at k heads
// begins ("the foreign ministry", "The army", "police"), or -1 when a
// name, a possessive or a demonym owns it (the actor stage reads those)
// or it is not a definite phrase of the story's own.
func (x *doc) bareStart(k int) int {
	first := k
	for first > 0 && k-first < 2 && x.d.Tokens[first-1].Kind == text.Word &&
		(lexicon.RoleModifier(x.d.Lower(first-1)) || policeKinds[x.d.Lower(first-1)] && x.d.Lower(k) == "police") &&
		(x.tokSpan[first-1] < 0 || x.looseOpener(first-1)) {
		first--
	}
	if first == 0 || x.sentenceStart(first) {
		return first // "Police detained 14 people"
	}
	switch prev := x.d.Lower(first - 1); {
	case prev == "the":
		return first
	case first < k && k+1 < len(x.d.Tokens) && lexicon.Spokesperson(x.d.Lower(k+1)):
		return first // "In Beijing, foreign ministry spokesman Liu Jiahao said": the ministry speaks through him
	case first == k && x.d.Lower(k) == "army" && k+1 < len(x.d.Tokens) && armyThings[x.d.Lower(k+1)] &&
		(indefinite[prev] || x.d.Tokens[first-1].Kind == text.Number || text.NumberWord(prev)):
		return first // "an army checkpoint", "two army helicopters": the story's army
	case first < k && k+1 < len(x.d.Tokens) && officials[x.d.Lower(k+1)] &&
		(indefinite[prev] || scopes[prev] && first >= 2 && indefinite[x.d.Lower(first-2)]):
		return first // "a federal home ministry official said": an official of the home ministry
	case scopes[prev] && first >= 2 && x.d.Lower(first-2) == "the":
		if bareHeads[x.d.Lower(k)] == "GOV" {
			return first // "the federal home ministry" is the home ministry
		}
		return first - 1 // "the federal police" are a force of their own
	case x.d.Lower(k) == "police" && !x.d.Tokens[first-1].Cap && x.tokSpan[first-1] < 0 && prev != "'s" && prev != "’s":
		return first // "said police had fired"
	}
	return -1
}

// officials are the unnamed people an institution named before them
// speaks through, and indefinite the articles before them.
var (
	officials  = text.SetOf("official", "officials", "source", "sources")
	indefinite = text.SetOf("a", "an")
)

// armyThings are what "army" before them says is the army's.
var armyThings = text.SetOf("checkpoint", "checkpoints", "post", "posts", "base", "bases", "camp", "barracks",
	"helicopter", "helicopters", "brigade", "brigades", "unit", "units", "patrol", "patrols", "convoy", "convoys",
	"vehicle", "vehicles", "truck", "trucks", "humvee", "humvees", "officer", "officers", "commander", "commanders")

// policeKinds name a branch of the police: "riot police" are the police.
var policeKinds = text.SetOf("riot", "anti-riot", "traffic", "mounted")

// looseOpener reports whether token k is a capitalised word that opens
// its sentence and that the name finder took for a name no rule or
// lexicon explains: "Police said …", "Riot police fired …".
func (x *doc) looseOpener(k int) bool {
	si := x.tokSpan[k]
	if si < 0 || !x.sentenceStart(k) {
		return false
	}
	sp := x.spans[si]
	return sp.First == k && sp.End == k+1 && len(sp.Hits) == 0 && sp.Why == ""
}

// scopes say how far an institution's writ runs, not whose it is.
var scopes = text.SetOf("federal", "national", "central", "provincial", "regional", "local")

// sentenceStart reports whether token k opens its sentence, after "The".
func (x *doc) sentenceStart(k int) bool {
	f := x.d.Sentences[x.d.SentenceOf(k)].First
	return k == f || k == f+1 && x.d.Lower(f) == "the"
}

// evidenceOf returns the words of tokens [i, j).
func (x *doc) evidenceOf(i, j int) report.Evidence {
	sp := x.d.SpanOf(i, j)
	return report.Evidence{Span: report.Span{Start: sp.Start, End: sp.End}, Text: x.d.Str(sp)}
}

// titleWords returns the words [i, j) with capitals: "Foreign Ministry".
func titleWords(d *text.Doc, i, j int) string {
	var b strings.Builder
	for t := i; t < j; t++ {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(text.Capitalize(d.Word(t)))
	}
	return b.String()
}

// bareHeads are the institutions a story names by their kind alone, with
// their sector.
var bareHeads = map[string]string{"ministry": "GOV", "presidency": "GOV", "police": "COP", "army": "MIL", "military": "MIL", "navy": "MIL",
	"gendarmerie": "COP", "coalition": "MIL"}

// placedIn returns the country of the place that "in" at token k names:
// "the defence ministry in Moscow said", or "".
func (x *doc) placedIn(k int) string {
	if k+1 >= len(x.d.Tokens) || x.d.Lower(k) != "in" {
		return ""
	}
	return x.countryOfPlace(k + 1)
}

// stateHouse makes "State House" that speaks or acts ("State House said",
// "State House spokeswoman X") the government of the story's country:
// the presidency's seat in many Commonwealth states, which the lexicon
// cannot give to one. After a preposition of place it stays a place, and
// "the State House of Assembly" is a legislature.
func (x *doc) stateHouse(home string) {
	c := x.l.lex.Country(home)
	if c == nil {
		return
	}
	for si, sp := range x.spans {
		first := sp.First
		switch {
		case x.d.Lower(first) == "the":
			first++
		case first > 0 && x.d.Word(first) == "House" && x.d.Word(first-1) == "State":
			first-- // "State House said": the finder took "State" for a title
		}
		if sp.End-first != 2 || x.d.Word(first) != "State" || x.d.Word(first+1) != "House" || sp.End < len(x.d.Tokens) && x.d.Lower(sp.End) == "of" ||
			x.locative(first) {
			continue
		}
		if old := x.uses[si].Entity; old >= 0 {
			x.dropMention(old, si)
		}
		ci := x.entity(c.ID, x.fromLexicon(c))
		x.uses[si].Entity, x.uses[si].Form, x.uses[si].Locative = ci, report.FormMetonym, false
		x.mentionSpan(ci, x.d.SpanOf(first, sp.End), si, report.FormMetonym, c.Code+"GOV")
	}
}
