// Package actor links the names that package ner finds to actors: the
// countries, organisations, armed groups and people of the report, each
// with a CAMEO-style code, a role and an affiliation where the text or the
// lexicon gives one, and every mention.
//
// It resolves what the lexicon alone cannot:
//
//   - metonyms: a capital or a seat of government that acts ("Moscow said",
//     "the Kremlin", "Hargeisa wants", "Port Sudan, the seat of the
//     army-led government, accused") stands for the government and is not
//     a place, while one after a locative preposition ("talks in Moscow")
//     is a place; a capital that seats a body the story names anywhere
//     ("urged Brussels to act" with the European Union named later) stands
//     for that body;
//   - spellings: a new person's name that is a lexicon person's spelled
//     another way ("Kassym-Jomart Tokayev", "Volodymyr Zelenskiy") once
//     the letters transliterations vary are made one is that person;
//   - nationality phrases: "Syrian government" and "Russian soldiers" are
//     mentions of the country with the sector of their noun (SYRGOV, RUSMIL);
//     a country's institution named by its kind ("Russia's defence
//     ministry", "the Indian foreign ministry", "Pakistan's military") is
//     an organisation of its own, named as analysts write it: "Defence
//     Ministry (Russia)", RUSGOVMIL; so are its embassy or consulate ("the
//     U.S. embassy in Baghdad", "Embassy (United States)"), a coalition or
//     force it leads ("the Saudi-led coalition", SAUMIL, to which "the
//     coalition" refers back) and a region's government ("the Oromia
//     regional government", ETHGOV, with "the regional government" after
//     it);
//   - descriptions: an organisation takes the phrase set in apposition to
//     its name, or to its acronym after it, as its role ("The U.N.
//     peacekeeping mission, MINUSCA,", "the Council … (CCMSR), a Chadian
//     rebel group based in southern Libya,"), the country or international
//     body the phrase names before where it sits (not one that backs it:
//     "an Iran-backed militia"), and, when the phrase calls it a rebel or
//     armed group or a militia, the kind and code of one (TCDREB); where
//     no apposition describes it, the kind of body the words around its
//     name give ("the UGTT union", "the opposition Democratic Party");
//     an armed group of no known country is the story's;
//   - places in an official's role ("a defence spokesman in Srinagar") or
//     opening the sentence ("In Islamabad, ...") give the official's
//     country where the story names two; a military rank before a name
//     ("Lt. Col.") is a state role;
//   - roles: the title and role words before a name ("Syria's Ambassador
//     to Russia …", "State Department spokesman …"), in an apposition
//     after it (", a military analyst,") or before it ("The governor of
//     the North-West region, X,", "his lawyer, X,", "The Houthis' military
//     spokesman, X,"; up to a relative clause), the head a participle
//     names ("The Presidential Council, headed by X,") and the noun before
//     "who gave his name only as X" become the person's role, and the
//     country or organisation in them the affiliation;
//   - towns: a name the text places after a preposition ("the town of
//     Gaya") stays a town where it is named again ("Residents of Gaya
//     said"), not the surname of a leader the lexicon knows;
//   - surnames: a surname alone refers back (or forward) to the full name
//     in the same document, the first of two Spanish surnames included
//     ("Andrade" for "Mario Andrade Vera") and the surname the text wrote
//     of a longer lexicon name ("Machar" for "Riek Machar", whom the
//     lexicon calls Riek Machar Teny Dhurgon), and a lone speaker's surname
//     to a unique person of the lexicon whose country the document
//     mentions;
//   - affiliations from context: an official the text gives no country
//     takes the country that owns the title ("Kherson's governor"), the
//     body a "ministry spokesman", "a spokesman for the command" or "the
//     Guards' commander" speaks for (named up to three sentences before),
//     the state body named just before a bare "spokeswoman", one named
//     before in the sentence or paragraph (not inside a quote, not as a
//     place), else the story's home (Result.Focus: the country that
//     dominates the mentions, a headline's counting twice, or is named
//     as often as any and holds most of the places; else the country
//     where most of its places lie, else the one it was filed from); a
//     person with a country and a state role gets its code
//     (KENGOV, RWAMIL, TZACOP); a body the lexicon files under a
//     country the story never names, by a name any state's body may bear
//     ("the National Security Council", "the Joint Chiefs of Staff"), is
//     the story's home's, and so are those who serve it; so is one the
//     story names in a story filed from home, unless the text owns it to
//     that country ("Russia's Federal Security Service"); opposition
//     leaders, gang leaders, unknown national bodies ("the
//     Constitutional Council"), any other body the dictionaries do not
//     know ("the Copper Workers' Federation", "Radio Mitre"; not a body of
//     a region, one a possessive owns, nor a wire service) and people
//     whose role names no body ("a sewing machine operator", read after
//     an age: "X, 24, a …") take a dominant country only; a body named
//     without its country merges into its demonym twin ("Libyan Interior
//     Ministry") when its sentence names that country; a story filed from the country where its
//     places lie is about that country when it and its places weigh as
//     much as the country named most ("CULIACAN - … in U.S. custody");
//   - bare forces and ministries: "police", "the army", "the military",
//     "the navy" and "the gendarmerie" are organisations, the force the
//     story named last by that noun ("Kenyan police … police said"; "the
//     military" any armed force) or else the home's, and "the foreign
//     ministry" is the one of the country its sentence names before it,
//     of the capital that opens it ("In Baghdad, the foreign ministry"),
//     else the home's; in the words of a speaker a demonym places ("A
//     Chadian security official said the army had sent …") the force is
//     the speaker's country's; a bare force folds into the one body of its
//     country whose name says it is that force ("Lesotho police" into "the
//     Lesotho Mounted Police Service", "the army" into "the Republic of
//     Sierra Leone Armed Forces"), and a ministry a spokesman's title
//     names ("foreign ministry spokesman Liu Jiahao") is one too; a
//     country's "Ministry of X" and "X ministry" are one body ("the
//     Ministry of Internal Affairs", "the interior ministry"), and "the
//     Azerbaijani ministry" is the one ministry of Azerbaijan the story
//     names by its sector;
//   - definite descriptions: "the ministry", "the group", "the agency"
//     refer back to the one body of that kind named in their sentence or
//     the one before, else in the three before, else anywhere before, by
//     its name's kind ("the Directorate of Fisheries"), its role, a
//     mention's last word ("the U.N. refugee agency") or, for "the group"
//     and "the militia", its being an armed group; "the mission" refers
//     to a U.N. or A.U. mission whose role calls it a mission or a force,
//     and an acronym after "the institute, known as" names the body the
//     description refers to, whatever language it spells;
//   - offices named by their holder ("Prime Minister Benjamin Netanyahu's
//     office", "the Istanbul governor's office") are organisations of the
//     holder's country, named by the title: "Prime Minister's Office",
//     judicial where a prosecutor holds them;
//   - shared names: a name two countries share ("Congo") is the one the
//     story names alone elsewhere ("the Republic of Congo", Brazzaville);
//   - datelines: "KYIV, Aug 30 (Agency) -" says where the story was
//     filed, so its capital is a place, never an actor, and the country
//     after its city ("QUETTA, Pakistan, March 4 -") is a place too.
package actor

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"sitrep/internal/geo"
	"sitrep/internal/lexicon"
	"sitrep/internal/ner"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// Lexicon is what linking needs of the actor lexicon.
type Lexicon interface {
	Agent(key string) (lexicon.Agent, bool)
	Country(code string) *lexicon.Entry
	Surname(key string) []*lexicon.Entry
	SurnameSpelled(key string) []*lexicon.Entry
	Lookup(key string) []lexicon.Hit
}

// Linker turns names into actors. It is safe for concurrent use.
type Linker struct {
	lex Lexicon
	gaz Gazetteer
}

// New returns a Linker over the lexicon and the gazetteer.
func New(lex Lexicon, gaz Gazetteer) *Linker { return &Linker{lex: lex, gaz: gaz} }

// Use says how the document uses one name span.
type Use struct {
	Span     ner.Span
	Entity   int    // index into Result.Entities, or -1
	Locative bool   // the span names a place where something is or happens
	Country  string // ISO2, when the place is a country of the lexicon
	Prep     bool   // a preposition of place comes before it
	Form     string
}

// Result is the actor layer of a document.
type Result struct {
	Entities []report.Entity
	Uses     []Use
	// Focus is the CAMEO code of the country the story is about: the
	// one that dominates its mentions of countries, else the one where
	// most of its places lie, else the one it was filed from; or "".
	Focus string
}

// Countries returns the ISO2 codes of the countries the actors belong to,
// weighted by their number of mentions: the focus of the document.
func (r *Result) Countries(lex interface {
	Country(code string) *lexicon.Entry
}) map[string]float64 {
	out := map[string]float64{}
	for _, e := range r.Entities {
		if c := lex.Country(e.Country); c != nil && c.ISO2 != "" {
			out[c.ISO2] += float64(len(e.Mentions))
		}
	}
	return out
}

// doc is the state of linking one document.
type doc struct {
	l          *Linker
	d          *text.Doc
	when       time.Time
	spans      []ner.Span
	tokSpan    []int // token index -> span index, or -1
	uses       []Use
	entities   []report.Entity
	byKey      map[string]int     // entity key -> index
	countries  map[string]float64 // ISO2 -> lexicon hits: what the document is about
	serves     map[int]int        // person entity -> the organisation entity it speaks for
	servesSpan map[int]int        // person entity -> the span of the organisation it serves, linked after it
	ranked     map[int]string     // person entity -> the sector of the rank before its name
	plain      map[string]bool    // countries some span names alone, built on first use
}

// Link links the spans of d. published, when not zero, selects the roles
// that people held at that date.
func (l *Linker) Link(d *text.Doc, spans []ner.Span, published time.Time) *Result {
	x := &doc{l: l, d: d, when: published, spans: spans, byKey: map[string]int{}, serves: map[int]int{}, servesSpan: map[int]int{},
		ranked: map[int]string{}}
	x.tokSpan = make([]int, len(d.Tokens))
	for i := range x.tokSpan {
		x.tokSpan[i] = -1
	}
	for si, sp := range spans {
		for k := sp.First; k < sp.End; k++ {
			x.tokSpan[k] = si
		}
	}
	x.countries = x.focus()
	x.uses = make([]Use, len(spans))
	for si := range x.uses {
		x.uses[si].Entity = -1 // not linked yet: roles look ahead
	}
	for si := range spans {
		x.uses[si] = x.link(si)
	}
	x.resolveSurnames()
	x.regimes()
	x.describedOrganizations()
	x.describeBodies()
	x.armedByWords()
	focus, scene := x.focusCountry(), x.sceneCountry()
	if focus == "" && scene != "" && x.namedMost(scene) {
		focus = scene // named as often as any and where the places lie
	}
	if focus != scene && scene != "" && x.filedFromCountry() == scene && (x.outweighs(scene, focus) || x.datelineCountryCode() == scene) {
		// A story filed from Culiacan on fighting in its streets is
		// about Mexico, though it names the United States twice as often;
		// one filed from "ZAPORIZHZHIA, Ukraine" on bombs that fell there
		// is about Ukraine, though it names Russia more.
		focus = scene
	}
	// "SAN JOSE, Costa Rica" where no country dominates: the dateline's
	// country before the places' (the San Juan river read as Puerto
	// Rico's capital).
	if filed := x.filedIn(); focus == "" && scene != "" && filed != "" && filed != scene && x.outweighs(filed, scene) {
		// "BANGUI (AFP) - ... pulled back towards the Sudanese border":
		// a story filed from a capital whose country weighs as much as
		// the one where a few more of its places lie is that capital's.
		scene = filed
	}
	home := cmp.Or(focus, x.datelineCountryCode(), scene, x.filedIn())
	x.foldSpelledLater()
	x.localizeGeneric(home)
	x.affiliate(focus, home)
	x.bareInstitutions(home)
	x.stateHouse(home)
	x.regionalGovernments(home)
	x.offices(home)
	x.foldForces()
	x.foldMinistries()
	x.qualifiedTwins()
	x.nameForces()
	x.stateMedia(focus)
	x.inheritServed()
	x.namedKinds()
	x.missionMentions()
	x.describedBodies()
	return &Result{Entities: x.finish(), Uses: x.uses, Focus: home}
}

// link decides the use of span si.
func (x *doc) link(si int) Use {
	sp := x.spans[si]
	u := Use{Span: sp, Entity: -1}
	if len(sp.Hits) == 0 {
		return x.linkNew(si, u)
	}
	if ei := x.definedHere(si); ei >= 0 {
		// "South Korea's Joint Chiefs of Staff (JCS)": the text's own
		// definition beats the lexicon's JCS.
		u.Entity, u.Form = ei, report.FormAlias
		x.mention(ei, si, u.Form, "")
		return u
	}
	h := x.namedHit(si)
	e := h.Entry
	switch {
	case (h.Form == lexicon.FormCapital || h.Form == lexicon.FormSeat) && x.d.Dateline(sp.First, sp.End),
		h.Form == lexicon.FormCapital && (x.locative(sp.First) && !x.towards(sp.First) && !x.ownsNext(sp.End) ||
			x.afterCountryPossessive(sp.First) || x.capitalElsewhere(x.d.Key(sp.First, sp.End), e)):
		u.Locative = true
		return u
	case e.Kind == lexicon.KindCountry:
		return x.linkCountry(si, h, u)
	case e.Kind == lexicon.KindOrganization && (x.afterPlacePrep(sp.First) || x.beforeCrossing(sp.End)) && x.isPlace(sp):
		// "in central Gaza", "aid into Gaza", "the Rafah crossing": a
		// territory the dictionaries list as an actor is a place after a
		// preposition of place or before a crossing.
		u.Locative = true
		return u
	case e.Kind == lexicon.KindPerson:
		u.Entity, u.Form = x.person(si, e.Name, e), report.FormName
	case x.foreignGeneric(sp, h):
		x.spans[si].Hits = nil
		u = x.linkNew(si, u)
		if ent := &x.entities[u.Entity]; ent.Code == "" {
			ent.Code, ent.Sector = e.Sector, e.Sector // the entry's sector; the context gives the country
		}
		return u
	default:
		u.Entity = x.entity(e.ID, x.fromLexicon(e))
		if e.Kind == lexicon.KindOffice || e.Kind == lexicon.KindIGO {
			x.officeBody(si, e.ID)
		}
		switch h.Form {
		case lexicon.FormName:
			u.Form = report.FormName
		case lexicon.FormSeat:
			u.Form = report.FormMetonym // "Brussels said" for the EU
		default:
			u.Form = report.FormAlias
		}
		x.rulersMinistry(si, e)
	}
	x.mention(u.Entity, si, u.Form, "")
	return u
}

// rulersMinistry makes the ministry that a body governing a country owns
// by a possessive its country's: "the Taliban's interior ministry" is
// "Interior Ministry (Afghanistan)", as analysts name it.
func (x *doc) rulersMinistry(si int, e *lexicon.Entry) {
	p := x.spans[si].End
	if len(e.Code) != 6 || e.Code[3:] != "GOV" || p >= len(x.d.Tokens) || !text.Possessive(x.d.Lower(p)) {
		return
	}
	c := x.l.lex.Country(e.Code[:3])
	if end, sector := x.ministryAfter(p + 1); c != nil && sector != "" {
		x.countryBody(si, c, x.d.SpanOf(p+1, end), titleWords(x.d, p+1, end), sector)
	}
}

// officeBody names the international body that the words of an office or
// of another body (entry id) open with: "U.N. Secretary-General" and "the
// U.N. refugee agency" name the United Nations too.
func (x *doc) officeBody(si int, id string) {
	sp := x.spans[si]
	for n := sp.End - sp.First - 1; n >= 1; n-- {
		if namePreps[x.d.Lower(sp.First+n)] {
			continue // "UN Mission in South Sudan" is one body, not a "UN Mission" too
		}
		for _, h := range x.l.lex.Lookup(x.d.Key(sp.First, sp.First+n)) {
			if h.Entry.Kind == lexicon.KindIGO && h.Entry.ID != id {
				ei := x.entity(h.Entry.ID, x.fromLexicon(h.Entry))
				x.mentionSpan(ei, x.d.SpanOf(sp.First, sp.First+n), si, report.FormAlias, "")
				return
			}
		}
	}
}

// namePreps join the head of a body's name to its complement.
var namePreps = text.SetOf("in", "for", "of", "to", "on")

// linkCountry links a country name, demonym, capital or seat.
func (x *doc) linkCountry(si int, h lexicon.Hit, u Use) Use {
	sp := x.spans[si]
	e := h.Entry
	code := ""
	switch h.Form {
	case lexicon.FormDemonym, lexicon.FormDemonymPlural:
		u.Form = report.FormDemonym
		if sp.Why == "relational" {
			u.Form = report.FormRelational
		}
		if sp.End < len(x.d.Tokens) && (landNouns[x.d.Lower(sp.End)] || x.sideOf(sp.End) || ner.PlaceOf(x.d, sp.End)) {
			u.Locative, u.Country = true, e.ISO2 // "the Venezuelan coast", "the Sudanese town of Nasir" are in the country
		}
	case lexicon.FormCapital, lexicon.FormSeat:
		if h.Form == lexicon.FormSeat && sp.End < len(x.d.Tokens) && quarterNouns[x.d.Lower(sp.End)] {
			u.Locative = true // "the Miraflores district" is a part of town, not the palace
			return u
		}
		if h.Form == lexicon.FormSeat && h.Institution {
			return x.linkInstitution(si, h, u)
		}
		u.Form = report.FormMetonym
		code = e.Code + orDefault(h.Sector, "GOV")
	case lexicon.FormName:
		if !x.nationalAfter(sp.End) && x.elsewhere(x.d.Key(sp.First, sp.End), e) {
			u.Locative = true
			return u
		}
		u.Form = report.FormName
		u.Locative, u.Country = x.locative(sp.First) || x.datelineCountry(sp.First, sp.End) || x.holdsPlace(sp.End, e.ISO2), e.ISO2
	default:
		u.Form = report.FormAlias
		u.Locative, u.Country = x.locative(sp.First) || x.datelineCountry(sp.First, sp.End), e.ISO2
	}
	u.Entity = x.entity(e.ID, x.fromLexicon(e))
	if x.ledBody(si, e) {
		x.mention(u.Entity, si, report.FormRelational, "") // "the U.S.-led coalition" still names the United States, as its leader
		return u
	}
	end, sector := x.agentAfter(sp.End)
	if sector == "" {
		end, sector = missionAfter(x.d, sp.End)
	}
	if sector != "" && sp.Why != "relational" { // the "Egypt-backed army" is not Egypt's
		code = e.Code + sector
		span := x.d.SpanOf(x.withThe(sp.First), end)
		if x.body(si, e, span, sp.End, end, sector) {
			x.mention(u.Entity, si, u.Form, "") // "Russian" still names Russia
		} else {
			x.mentionSpan(u.Entity, span, si, u.Form, code)
		}
		return u
	}
	if p := sp.End; p < len(x.d.Tokens) && text.Possessive(x.d.Lower(p)) && (u.Form == report.FormName || u.Form == report.FormAlias) {
		end, sector := x.agentAfter(p + 1)
		if sector == "" {
			end, sector = x.ministryAfter(p + 1)
		}
		if sector == "" {
			end, sector = missionAfter(x.d, p+1)
		}
		if sector != "" {
			x.body(si, e, x.d.SpanOf(x.withThe(sp.First), end), p+1, end, sector) // "Russia's defence ministry"
		} else if end, sector := x.civicAfter(p + 1); sector != "" {
			// "National Truck Owners' Confederation (Chile)": its words as
			// written, possessives and all
			x.countryBody(si, e, x.d.SpanOf(x.withThe(sp.First), end), titleCase(x.d.Str(x.d.SpanOf(p+1, end))), sector)
		}
	}
	x.mention(u.Entity, si, u.Form, code)
	return u
}

// civicAfter reads a civic body that a country's possessive owns, named
// by its kind in lower case ("Chile's national truck owners'
// confederation", "Kenya's doctors' union"), from token j: its end and
// its sector, or j and "".
func (x *doc) civicAfter(j int) (int, string) {
	for k := j; k < len(x.d.Tokens) && k < j+5 && x.d.SentenceOf(k) == x.d.SentenceOf(j); k++ {
		t := x.d.Tokens[k]
		if t.Cap || t.Kind != text.Word && !text.Possessive(x.d.Word(k)) {
			return j, ""
		}
		if sector, ok := civicNouns[x.d.Lower(k)]; ok && k > j {
			return k + 1, sector
		}
	}
	return j, ""
}

// civicNouns are the kinds of civic body a text names by what they are,
// with their CAMEO sector.
var civicNouns = map[string]string{"union": "LAB", "unions": "LAB", "confederation": "BUS", "federation": "CVL",
	"association": "CVL", "chamber": "BUS"}

// body makes an organisation of a country's institution named by its
// kind, tokens [first, end) after the country's name ("Russia's defence
// ministry", "the Indian foreign ministry"), with the span of the whole
// phrase as its mention, and reports whether it did. It is named as
// analysts write it, "Defence Ministry (Russia)"; a country's
// government or troops stay the country's own mentions.
func (x *doc) body(si int, c *lexicon.Entry, span text.Span, first, end int, sector string) bool {
	if !bodyHeads[x.d.Lower(end-1)] && !(end-first == 2 && x.d.Key(first, end) == "security forces") || end-first > 2 {
		return false // "Iranian security forces" are a body, "Russian forces" the country's
	}
	x.countryBody(si, c, span, titleWords(x.d, first, end), sector)
	return true
}

// countryBody makes the organisation that country c's words name, called
// as analysts write it, "Defence Ministry (Russia)", with the span of the
// whole phrase as its mention.
func (x *doc) countryBody(si int, c *lexicon.Entry, span text.Span, words, sector string) {
	name := words + " (" + c.Name + ")"
	ei := x.entity("body:"+text.Fold(name), report.Entity{Name: name, Kind: report.KindOrganization,
		Code: c.Code + sector, Country: c.Code, Sector: sector, Affiliation: c.Code})
	x.mentionSpan(ei, span, si, report.FormName, c.Code+sector)
}

// ministryAfter reads a ministry the lexicon does not list ("Ukraine's
// infrastructure ministry") from token j: its end and the sector GOV, or
// j and "".
func (x *doc) ministryAfter(j int) (int, string) {
	for k := j; k < len(x.d.Tokens) && k < j+3 && x.d.Tokens[k].Kind == text.Word && !x.d.Tokens[k].Cap; k++ {
		if x.d.Lower(k) == "ministry" {
			return k + 1, "GOV"
		}
	}
	return j, ""
}

// ledBody makes an organisation of the coalition or force that the
// country of span si leads ("the Saudi-led coalition", "a U.S.-led
// mission"), named as the text names it, and reports whether it did.
// It acts for its leader's military.
func (x *doc) ledBody(si int, c *lexicon.Entry) bool {
	sp := x.spans[si]
	k := sp.End // the body noun
	switch {
	case sp.Why == "relational" && strings.HasSuffix(x.d.Lower(k-1), "-led"):
	case k+2 < len(x.d.Tokens) && x.d.Word(k) == "-" && x.d.Lower(k+1) == "led" && x.d.Tokens[k].Start == x.d.Tokens[k-1].End:
		k += 2 // "U.S.-led", whose abbreviation keeps its full stop
	default:
		return false
	}
	if k >= len(x.d.Tokens) || !ledBodies[x.d.Lower(k)] {
		return false
	}
	name := x.d.Str(x.d.SpanOf(sp.First, k+1))
	ei := x.entity("body:"+text.Fold(name), report.Entity{Name: name, Kind: report.KindOrganization,
		Code: c.Code + "MIL", Country: c.Code, Sector: "MIL", Affiliation: c.Code})
	x.mentionSpan(ei, x.d.SpanOf(x.withThe(sp.First), k+1), si, report.FormName, c.Code+"MIL")
	return true
}

var ledBodies = text.SetOf("coalition", "force", "forces", "mission", "alliance")

// missionAfter reads a country's diplomatic mission at token j ("the
// U.S. embassy", "China's consulate"): its end and the sector GOV, or j
// and "".
func missionAfter(d *text.Doc, j int) (int, string) {
	if j < len(d.Tokens) && missions[d.Lower(j)] {
		return j + 1, "GOV"
	}
	return j, ""
}

var missions = text.SetOf("embassy", "consulate")

// bodyHeads are the head nouns of the institutions a country's name or
// demonym introduces.
var bodyHeads = map[string]bool{"ministry": true, "military": true, "army": true, "navy": true, "force": true,
	"guard": true, "guards": true, "intelligence": true, "police": true, "embassy": true, "consulate": true,
	"agency": true, "command": true, "gendarmerie": true, "gendarmes": true}

// linkInstitution makes an organisation of a seat that names an
// institution ("the Pentagon", "the State Department").
func (x *doc) linkInstitution(si int, h lexicon.Hit, u Use) Use {
	c := h.Entry
	name := strings.TrimPrefix(h.Name, "the ")
	e := report.Entity{Name: name, Kind: report.KindOrganization, Code: c.Code + h.Sector,
		Country: c.Code, Sector: h.Sector, Affiliation: c.Code, Known: true}
	u.Entity, u.Form = x.entity("seat:"+text.Fold(name), e), report.FormName
	x.mention(u.Entity, si, u.Form, e.Code)
	return u
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// fromLexicon builds the entity of a lexicon entry.
func (x *doc) fromLexicon(e *lexicon.Entry) report.Entity {
	kind := report.KindOrganization
	switch e.Kind {
	case lexicon.KindCountry:
		kind = report.KindCountry
	case lexicon.KindIGO:
		kind = report.KindIGO
	case lexicon.KindArmedGroup:
		kind = report.KindArmedGroup
	case lexicon.KindPerson:
		kind = report.KindPerson
	}
	return report.Entity{Name: e.Name, Kind: kind, Code: e.Code, Country: e.Country, Sector: e.Sector,
		Role: e.Role, Known: true}
}

// entity returns the index of the entity with key, adding e if new.
func (x *doc) entity(key string, e report.Entity) int {
	if i, ok := x.byKey[key]; ok {
		return i
	}
	x.entities = append(x.entities, e)
	x.byKey[key] = len(x.entities) - 1
	return len(x.entities) - 1
}

// mention records span si as a mention of entity ei, with "the" before it
// when the text has one.
func (x *doc) mention(ei, si int, form, code string) {
	sp := x.spans[si]
	first := sp.First
	if form != report.FormDemonym && form != report.FormSurname && form != report.FormRelational {
		first = x.withThe(sp.First)
	}
	x.mentionSpan(ei, x.d.SpanOf(first, sp.End), si, form, code)
}

func (x *doc) mentionSpan(ei int, s text.Span, si int, form, code string) {
	e := &x.entities[ei]
	m := report.Mention{
		Evidence: report.Evidence{Span: report.Span{Start: s.Start, End: s.End}, Text: x.d.Str(s)},
		Form:     form,
		Code:     code,
		Sentence: x.d.SentenceOf(x.spans[si].First),
	}
	e.Mentions = append(e.Mentions, m)
}

// withThe returns the index of a "the" right before token i, else i.
func (x *doc) withThe(i int) int {
	if i > 0 && ner.Compass(x.d.Lower(i-1)) && x.d.SentenceOf(i-1) == x.d.SentenceOf(i) {
		i-- // "in central Gaza", "in northern Lebanon"
	}
	if i > 0 && x.d.Lower(i-1) == "the" && x.d.SentenceOf(i-1) == x.d.SentenceOf(i) {
		return i - 1
	}
	return i
}

// agentAfter returns the end of a sector noun right after token j ("Syrian
// government", "US officials") and its sector, or "" when there is none.
func (x *doc) agentAfter(j int) (int, string) {
	if j >= len(x.d.Tokens) || x.tokSpan[j] >= 0 || x.d.SentenceOf(j) != x.d.SentenceOf(j-1) {
		return j, ""
	}
	for n := 2; n >= 1; n-- {
		if j+n > len(x.d.Tokens) {
			continue
		}
		a, ok := x.l.lex.Agent(x.d.Key(j, j+n))
		if !ok || a.Sector == "" {
			continue
		}
		if j+n < len(x.d.Tokens) && x.d.Tokens[j+n].Cap && (a.Title || lexicon.RoleModifier(x.d.Lower(j+n-1))) {
			return j, "" // "Russian Deputy Defence Minister …" is a title, not a sector
		}
		if n == 2 && x.isPrep(j+1) {
			return j + 1, a.Sector // "the U.S. embassy in Baghdad": the place is not the body's name
		}
		return j + n, a.Sector
	}
	return j, ""
}

// locative reports whether a preposition of place comes right before
// token i: "in Moscow", "near Latakia", "south of Latakia". "to" after a
// role noun ("ambassador to Russia") is not one.
func (x *doc) locative(i int) bool {
	i = x.withThe(i)
	if i == 0 {
		return false
	}
	p := x.d.Lower(i - 1)
	switch {
	case (p == "and" || p == "or" || p == "," && x.inList(i)) && i >= 2:
		// "between Gao and Ansongo", "in Tibu, Teorama and Tame": a
		// place coordinated with a place the text locates is located too
		// (not "toward the East Sea, Seoul says").
		si := x.tokSpan[i-2]
		return si >= 0 && x.spans[si].End == i-1 && (x.spans[si].Label == ner.LOC || x.spans[si].Label == ner.GPE) &&
			x.locative(x.spans[si].First) && !x.towards(x.spans[si].First) // not "concern to Moscow and Beijing"
	case p == "of" && i >= 2:
		w := x.d.Lower(i - 2) // "north of Latakia", "the soil of Afghanistan", "the state of Sucre"
		return ner.Bearing(w) || directions[w] || landNouns[w] || ner.PlaceKind(w) || partitives[w] && !x.possessed(i) ||
			ner.Inhabitants(w) && x.locationAt(i) // "residents of Itang" live in a place
	case p == "to" && i >= 2:
		_, role := x.l.lex.Agent(x.d.Lower(i - 2))
		return !role
	case p == "for" && i >= 2:
		return departures[x.d.Lower(i-2)] // "bound for Uganda", "left for Paris"
	case p == "on" && i >= 2 && appealsOn[x.d.Lower(i-2)]:
		return false // "called on Caracas", "sanctions on Moscow": the government
	case p == "on" && x.blameBefore(i-1):
		return false // "blamed the shortfall partly on Tehran": the government
	case p == "with" && i >= 2:
		// "along the border with Venezuela", "the road linking
		// Cochabamba with Oruro": joined to a place, a place.
		return frontiers[x.d.Lower(i-2)] || x.locatedBefore(i-1)
	case p == "from" && i >= 2 && reactions[x.d.Lower(i-2)]:
		return false // "drawing protests from Nicosia": its government protests
	case p == "between" && i >= 2 && dealings[x.d.Lower(i-2)]:
		return false // "carried messages between Tehran and Washington": the governments
	case holding[p]:
		return !x.heldAs(i) // "who have held Sanaa since 2014", not "held Kyiv responsible"
	case p == "both" && i >= 2:
		return territorial[x.d.Lower(i-2)] // "borders both China and Pakistan"
	case (p == "capital" || ner.PlaceKind(p)) && i >= 2 && x.d.Lower(i-2) == "the":
		return true // "seized the capital Sanaa in 2014": the city the noun before names
	}
	return locativePreps[p] || territorial[p]
}

// departures make a following "for" a destination: "cargo bound for
// Uganda", "left for Paris".
var departures = text.SetOf("bound", "headed", "heading", "destined", "left", "leaves", "leaving", "departed", "sailed",
	"sailing", "flew", "fled")

// partitives take a share of a land before "of": "most of northern
// Yemen", "parts of Syria", not "most of Russia's allies".
var partitives = text.SetOf("most", "parts", "part", "much", "all", "swathes", "swaths", "half", "rest", "areas")

// nameEnd returns the end of the name that starts at token i.
func (x *doc) nameEnd(i int) int {
	if si := x.tokSpan[i]; si >= 0 {
		return x.spans[si].End
	}
	return i + 1
}

// possessed reports whether the name at token i is a possessor: "Russia's".
func (x *doc) possessed(i int) bool {
	end := x.nameEnd(i)
	return end < len(x.d.Tokens) && (x.d.Lower(end) == "'s" || x.d.Lower(end) == "’s")
}

// holding verbs take a place held as their object, or an actor held to
// account.
var holding = text.SetOf("held", "hold", "holds", "holding")

// heldAs reports whether the name at token i is held to account or
// hostage: "held Kyiv responsible", "would hold Kyiv "fully
// responsible"".
func (x *doc) heldAs(i int) bool {
	end := x.nameEnd(i)
	for k := end; k < min(end+3, len(x.d.Tokens)); k++ {
		w := x.d.Lower(k)
		switch {
		case heldTo[w]:
			return true
		case !quoteMarks[w] && !strings.HasSuffix(w, "ly"):
			return false
		}
	}
	return false
}

var quoteMarks = text.SetOf(`"`, "“", "”", "'", "‘")

var heldTo = text.SetOf("responsible", "accountable", "liable", "hostage", "culpable", "to")

// dealings are what passes between governments: "messages between Tehran
// and Washington", "talks between Kyiv and Moscow", not "the road
// between Gao and Ansongo".
var dealings = text.SetOf("messages", "message", "talks", "relations", "ties", "tensions", "dispute", "rift",
	"row", "mediation", "mediate", "mediating", "contacts", "dialogue", "negotiations", "channel", "deal",
	"agreement", "exchange", "exchanges", "feud", "standoff", "rivalry")

// landNouns name a country's land, sea or air: "the soil of Afghanistan",
// "the Venezuelan coast".
// locationAt reports whether the name finder labelled the name at token i
// a location (not a country's name: "residents of Syria" are Syria's).
func (x *doc) locationAt(i int) bool {
	si := x.tokSpan[i]
	return si >= 0 && x.spans[si].Label == ner.LOC
}

var landNouns = map[string]bool{"soil": true, "territory": true, "coast": true, "coastline": true,
	"airspace": true, "waters": true, "mainland": true, "outskirts": true, "interior": true, "countryside": true}

// quarterNouns name a part of a town after its name.
var quarterNouns = map[string]bool{"district": true, "neighbourhood": true, "neighborhood": true, "quarter": true,
	"suburb": true, "area": true, "township": true}

// locatedBefore reports whether a place the text locates ends at token
// p: "Cochabamba" in "linking Cochabamba with Oruro".
func (x *doc) locatedBefore(p int) bool {
	si := x.tokSpan[p-1]
	return si >= 0 && x.spans[si].End == p && (x.spans[si].Label == ner.LOC || x.spans[si].Label == ner.GPE) &&
		x.locative(x.spans[si].First)
}

// reactions come "from" a government, not a place: "protests from
// Nicosia and Athens".
var reactions = map[string]bool{"protests": true, "protest": true, "criticism": true, "condemnation": true,
	"warning": true, "warnings": true, "complaints": true, "objections": true, "pressure": true, "calls": true,
	"demands": true, "threats": true, "rebuke": true, "response": true, "reaction": true,
	// what a government grants: "permission from Lome to board the vessel"
	"permission": true, "approval": true, "consent": true, "authorisation": true, "authorization": true,
	"clearance": true, "assurances": true, "guarantees": true, "backing": true}

// frontiers are the lines a country shares "with" another.
var frontiers = map[string]bool{"border": true, "borders": true, "frontier": true, "boundary": true}

// territorial verbs take a place as their object: "who control Sanaa",
// "the rebels captured Goma", "shelled Kharkiv".
var territorial = map[string]bool{"control": true, "controls": true, "controlled": true, "captured": true,
	"seized": true, "overran": true, "entered": true, "besieged": true, "shelled": true, "bombed": true,
	"bombarded": true, "encircled": true, "surrounded": true, "recaptured": true, "retook": true,
	"occupied": true, "occupy": true, "occupies": true, "liberated": true, "fled": true, "reached": true,
	"leave": true, "left": true, "leaving": true, "invaded": true, "borders": true, "bordering": true}

// isPlace reports whether the gazetteer knows span sp's name, without a
// compass word before it ("central Gaza").
func (x *doc) isPlace(sp ner.Span) bool {
	if x.l.gaz == nil {
		return false
	}
	first := sp.First
	if first+1 < sp.End && compassWords[x.d.Lower(first)] {
		first++
	}
	_, _, ok := x.l.gaz.Resolve(x.d.Key(first, sp.End), geo.Context{})
	return ok
}

// afterPlacePrep reports whether a preposition of place stands before
// token i, across a compass word ("in central Gaza"), or the "of" of a
// direction or of the people who live there ("west of Rafah",
// "residents of Rafah"), or "the border with".
func (x *doc) afterPlacePrep(i int) bool {
	j := i - 1
	if j > 0 && compassWords[x.d.Lower(j)] {
		j--
	}
	if j < 1 {
		return j >= 0 && placePreps[x.d.Lower(j)]
	}
	if x.d.Lower(j) == "the" && j > 1 && x.d.Lower(j-1) == "with" {
		j-- // "the border with the Gaza Strip", not "to the Red Cross"
	}
	switch w, before := x.d.Lower(j), x.d.Lower(j-1); {
	case w == "of":
		return compassWords[before] || dwellers[before] // "west of Rafah", "residents of Rafah"
	case w == "with":
		return before == "border" || before == "frontier" // "the border with the Gaza Strip"
	}
	return placePreps[x.d.Lower(j)]
}

// dwellers are the people named for the place they live in.
var dwellers = map[string]bool{"residents": true, "inhabitants": true, "people": true}

// placePreps are the prepositions after which a name that is also a
// place is where, not who: "in central Gaza", "trucks entering Gaza".
var placePreps = map[string]bool{"in": true, "inside": true, "across": true, "throughout": true, "near": true,
	"into": true, "to": true, "toward": true, "towards": true, "entering": true, "enter": true,
	"enters": true, "entered": true, "reach": true, "reached": true, "reaching": true}

// sideOf reports whether "side of" starts at token i: "the Egyptian
// side of the crossing" is in Egypt; "the Chinese side said" is China.
func (x *doc) sideOf(i int) bool {
	return i+1 < len(x.d.Tokens) && x.d.Lower(i) == "side" && x.d.Lower(i+1) == "of"
}

// beforeCrossing reports whether token i names a crossing point, the
// name before it a place: "the Rafah crossing".
func (x *doc) beforeCrossing(i int) bool {
	if i >= len(x.d.Tokens) {
		return false
	}
	switch x.d.Lower(i) {
	case "crossing", "checkpoint", "border", "terminal":
		return true
	}
	return false
}

var compassWords = map[string]bool{"central": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "north": true, "south": true, "east": true, "west": true}

// datelineCountry reports whether the name at tokens [i, end) follows the
// city of a dateline that opens its sentence and goes on to its date or
// source: "QUETTA, Pakistan, March 4 -" names the country the story was
// filed in ("NATO, Germany and France met" does not).
func (x *doc) datelineCountry(i, end int) bool {
	comma := i - 1
	k := comma
	for k > 0 && x.d.Tokens[k-1].Upper {
		k--
	}
	s := x.d.SentenceOf(k)
	if k >= comma || s < 0 || x.d.Sentences[s].First != k || !x.d.Dateline(k, comma) || end >= len(x.d.Tokens) {
		return false
	}
	switch x.d.Word(end) {
	case ",", "(", "-", "–", "—":
		return true
	}
	return false
}

// inList reports whether the name that starts at token i goes on to a
// comma or a conjunction, as the middle names of a list do.
func (x *doc) inList(i int) bool {
	si := x.tokSpan[i]
	if si < 0 || x.spans[si].End >= len(x.d.Tokens) {
		return false
	}
	next := x.d.Lower(x.spans[si].End)
	return next == "," || next == "and" || next == "or"
}

// namedHit picks among the lexicon's readings of span si the one the
// document names, one sense per story: "Brussels said" in a story that
// names the EU is the EU's seat, not Belgium's capital. A place the text
// locates keeps the first reading.
func (x *doc) namedHit(si int) lexicon.Hit {
	sp := x.spans[si]
	h := sp.Hits[0]
	if o, ok := x.namedAlone(sp.Hits); ok {
		return o // "Congo" in a story that names "the Republic of Congo" or Brazzaville
	}
	if h.Form == lexicon.FormCapital && !x.locative(sp.First) {
		for _, o := range sp.Hits[1:] {
			if o.Form == lexicon.FormSeat && x.namedByName(o.Entry.ID) {
				return o // "report its findings to Brussels" in a story that names the European Union
			}
		}
	}
	if o, ok := x.spelledOut(si); ok {
		return o // "RSF" in a story that names the Rapid Support Forces, not Reporters Without Borders
	}
	if _, ok := x.byKey[h.Entry.ID]; ok || len(sp.Hits) == 1 || x.locative(sp.First) {
		return h
	}
	for _, o := range sp.Hits[1:] {
		if _, ok := x.byKey[o.Entry.ID]; ok {
			return o
		}
	}
	return x.ofStoryCountry(sp.Hits)
}

// ofStoryCountry returns, among bodies of several countries that go by one
// name, the one of the country the story has named most so far: the
// military media wing "Inter-Services Public Relations" of a story about
// Bangladesh is Bangladesh's, not Pakistan's. The first hit wins ties.
func (x *doc) ofStoryCountry(hits []lexicon.Hit) lexicon.Hit {
	best := hits[0]
	if best.Entry.Country == "" || best.Entry.Kind != lexicon.KindOrganization && best.Entry.Kind != lexicon.KindArmedGroup {
		return best
	}
	weights := x.countryWeights()
	for _, h := range hits[1:] {
		if h.Entry.Kind == best.Entry.Kind && h.Entry.Country != "" && weights[h.Entry.Country] > weights[best.Entry.Country] {
			best = h
		}
	}
	return best
}

// spelledOut returns the one hit of span si, among several, whose entry
// another span names by other words: an acronym that several bodies share
// stands for the one the story spells out, wherever it does so.
func (x *doc) spelledOut(si int) (lexicon.Hit, bool) {
	sp := x.spans[si]
	if len(sp.Hits) < 2 || sp.End-sp.First != 1 || !x.d.Tokens[sp.First].Upper {
		return lexicon.Hit{}, false
	}
	key := x.d.Key(sp.First, sp.End)
	var found lexicon.Hit
	n := 0
	for _, h := range sp.Hits {
		if x.namedInOtherWords(h.Entry.ID, key) {
			found, n = h, n+1
		}
	}
	return found, n == 1
}

// namedInOtherWords reports whether a span whose words are not key names
// entry id.
func (x *doc) namedInOtherWords(id, key string) bool {
	for _, sp := range x.spans {
		for _, h := range sp.Hits {
			if h.Entry.ID == id && x.d.Key(sp.First, sp.End) != key {
				return true
			}
		}
	}
	return false
}

// namedByName reports whether a span of the document names entry id by a
// name of its own, not by a seat or a capital.
func (x *doc) namedByName(id string) bool {
	for _, sp := range x.spans {
		for _, h := range sp.Hits {
			if h.Entry.ID == id && h.Form != lexicon.FormSeat && h.Form != lexicon.FormCapital {
				return true
			}
		}
	}
	return false
}

// namedAlone returns the one country of hits that the document also
// names by a name no other country shares, when there is one.
func (x *doc) namedAlone(hits []lexicon.Hit) (lexicon.Hit, bool) {
	if len(hits) < 2 || hits[0].Entry.Kind != lexicon.KindCountry {
		return lexicon.Hit{}, false
	}
	var found []lexicon.Hit
	for _, h := range hits {
		if h.Entry.Kind == lexicon.KindCountry && x.plainCountries()[h.Entry.ID] {
			found = append(found, h)
		}
	}
	if len(found) > 1 {
		// Both Congos named: the story is filed from a town of one.
		town := x.datelineTown()
		found = slices.DeleteFunc(found, func(h lexicon.Hit) bool { return town == "" || h.Entry.Code != town })
	}
	if len(found) != 1 {
		return lexicon.Hit{}, false
	}
	return found[0], true
}

// plainCountries returns the countries that some span of the document
// names alone, by a name or capital no other entry shares.
func (x *doc) plainCountries() map[string]bool {
	if x.plain == nil {
		x.plain = map[string]bool{}
		for _, sp := range x.spans {
			if len(sp.Hits) == 1 && sp.Hits[0].Entry.Kind == lexicon.KindCountry {
				x.plain[sp.Hits[0].Entry.ID] = true
			}
		}
	}
	return x.plain
}

// ownsNext reports whether a possessive "'s" follows at token j: a
// capital that owns something ("choke off Moscow's supply") acts for its
// government even after a preposition of place, unless what it owns is a
// part of it ("in Beirut's southern suburbs").
func (x *doc) ownsNext(j int) bool {
	if j >= len(x.d.Tokens) || !text.Possessive(x.d.Lower(j)) {
		return false
	}
	for k := j + 1; k < min(j+3, len(x.d.Tokens)); k++ {
		if w := x.d.Lower(k); ner.Bearing(w) || directions[w] || strings.HasSuffix(w, "ern") {
			return false // "Beirut's southern suburbs" are a place
		}
	}
	return true
}

// holdsPlace reports whether a possessive at token j is followed by a
// place of country iso2 ("Iraq's eastern Diyala province"): the country
// is named as where the place lies.
func (x *doc) holdsPlace(j int, iso2 string) bool {
	if j >= len(x.d.Tokens) || !text.Possessive(x.d.Lower(j)) {
		return false
	}
	k := j + 1
	if k < len(x.d.Tokens) && (ner.Compass(x.d.Lower(k)) || ner.Bearing(x.d.Lower(k)) || directions[x.d.Lower(k)]) {
		k++
	}
	if k >= len(x.d.Tokens) || x.tokSpan[k] < 0 {
		return false
	}
	sp := x.spans[x.tokSpan[k]]
	country := len(sp.Hits) > 0 && sp.Hits[0].Entry.Kind == lexicon.KindCountry
	if sp.First != k || sp.Label != ner.LOC && sp.Label != ner.GPE || country || x.l.gaz == nil {
		return false
	}
	p, _, ok := x.l.gaz.Resolve(x.d.Key(sp.First, sp.End), geo.Context{Countries: map[string]float64{iso2: 1}})
	return ok && p.Country == iso2
}

// afterCountryPossessive reports whether a country's possessive comes
// right before token i: "Lebanon's Tripoli" is a town there, not Libya.
func (x *doc) afterCountryPossessive(i int) bool {
	if i < 2 || x.d.Lower(i-1) != "'s" {
		return false
	}
	si := x.tokSpan[i-2]
	return si >= 0 && x.spans[si].Label == ner.GPE
}

// towards reports whether "to" or "towards" comes right before token i.
// Before a capital it is mostly political ("ties to Moscow", "turned to
// Beijing"), so the capital stays the government there.
func (x *doc) towards(i int) bool {
	i = x.withThe(i)
	if i == 0 {
		return false
	}
	p := x.d.Lower(i - 1)
	if p != "to" && p != "towards" && p != "toward" {
		return false
	}
	// "deployed to Kyiv", "took them back towards Tripoli": a destination
	return i < 2 || !motion[x.d.Lower(i-2)] && !x.carriedTo(i-1)
}

// carriedTo reports whether a verb of carrying people or goods, a few
// words before the "to" at token k, takes its object there: "flew the
// most seriously wounded to Kabul". A message sent to a capital goes to
// its government, so "sent" counts only right before "to".
func (x *doc) carriedTo(k int) bool {
	first := x.d.Sentences[x.d.SentenceOf(k)].First
	for j := k - 2; j >= first && j >= k-5; j-- {
		w := x.d.Lower(j)
		switch {
		case x.d.Tokens[j].Kind != text.Word:
			return false
		case motion[w] && w != "sent" && w != "send":
			return true
		}
	}
	return false
}

// blameBefore reports whether a verb of blame comes within the six words
// before token k in its sentence: "blamed the attacks on".
func (x *doc) blameBefore(k int) bool {
	first := x.d.Sentences[x.d.SentenceOf(k)].First
	for j := k - 1; j >= first && j >= k-6; j-- {
		switch x.d.Lower(j) {
		case "blamed", "blames", "blame", "blaming", "pinned", "pins":
			return true
		}
	}
	return false
}

// motion words make a following "to" a destination: "deployed to Kyiv".
// appealsOn are the words before "on" that address a government, not a
// place: "called on Caracas to release the records".
var appealsOn = map[string]bool{"call": true, "calls": true, "called": true, "calling": true, "prevailed": true,
	"sanctions": true, "pressure": true, "pressed": true, "leaned": true}

var motion = map[string]bool{"deployed": true, "sent": true, "flew": true, "travelled": true,
	"traveled": true, "returned": true, "moved": true, "fled": true, "went": true, "headed": true,
	"transferred": true, "relocated": true, "marched": true, "drove": true, "rushed": true, "back": true,
	"trip": true, "visit": true, "journey": true, "flight": true, "flights": true, "evacuated": true,
	"arrived": true, "came": true, "road": true, "route": true, "deploy": true, "send": true, "travel": true,
	"flown": true, "taken": true, "brought": true, "shipped": true, "deported": true, "expelled": true,
	"repatriated": true, "extradited": true, "airlifted": true, "bused": true, "diverted": true, "rerouted": true,
	"redirected": true, "pipeline": true, "railway": true, "highway": true, "ferry": true, "escorted": true,
	"towed": true, "sailed": true, "steered": true}

var locativePreps = map[string]bool{"in": true, "at": true, "near": true, "to": true, "into": true,
	"from": true, "outside": true, "inside": true, "across": true, "around": true, "toward": true,
	"towards": true, "via": true, "through": true, "throughout": true, "within": true, "off": true,
	"over": true, "along": true, "beyond": true, "between": true, "on": true,
	"bordering": true, "neighbouring": true, "neighboring": true}

// directions are the words before "of" that put what follows at a
// place, besides the finder's bearings ("north of", "the outskirts of").
var directions = map[string]bool{"centre": true, "center": true, "coast": true, "heart": true, "part": true,
	"parts": true, "city": true, "province": true, "region": true, "area": true, "areas": true, "island": true,
	"town": true, "village": true, "port": true, "capital": true, "streets": true}

// unitedNations is the CAMEO code of the UN, whose agencies' codes it
// opens.
const unitedNations = "IGOUNO"

// euPolice is CAMEO's code of Europe's police bodies, Europol and
// Frontex, which the European Union (europeanUnion) runs.
const euPolice, europeanUnion = "IGOEURCOP", "IGOEUREEC"

// finish numbers the entities by first mention, fills their aliases,
// drops those left without mentions and points the uses at the new order.
func (x *doc) finish() []report.Entity {
	var order []int
	for i, e := range x.entities {
		if len(e.Mentions) > 0 {
			order = append(order, i)
		}
	}
	first := func(i int) int {
		m := x.entities[i].Mentions[0].Start
		for _, x := range x.entities[i].Mentions {
			m = min(m, x.Start)
		}
		return m
	}
	slices.SortStableFunc(order, func(a, b int) int { return first(a) - first(b) })
	renum := make([]int, len(x.entities))
	for i := range renum {
		renum[i] = -1
	}
	out := make([]report.Entity, len(order))
	for n, i := range order {
		e := x.entities[i]
		if strings.HasPrefix(e.Affiliation, unitedNations) {
			e.Affiliation = unitedNations // UNHCR (IGOUNOREFHCR) and its staff belong to the UN
		}
		if e.Affiliation == euPolice {
			e.Affiliation = europeanUnion // Frontex and Europol are the EU's agencies
		}
		slices.SortFunc(e.Mentions, func(a, b report.Mention) int { return a.Start - b.Start })
		seen := map[string]bool{}
		for _, m := range e.Mentions {
			if !seen[m.Text] {
				seen[m.Text] = true
				e.Aliases = append(e.Aliases, m.Text)
			}
		}
		if e.Kind == report.KindPerson {
			e.Name = writtenName(e)
		}
		e.ID = fmt.Sprintf("e%d", n+1)
		out[n], renum[i] = e, n
	}
	for k := range x.uses {
		if ei := x.uses[k].Entity; ei >= 0 {
			x.uses[k].Entity = renum[ei]
		}
	}
	return out
}

// writtenName returns a person's name as the text writes it in full
// ("Sergei Lavrov" where the lexicon spells "Sergey Lavrov"), so the report
// quotes its source; the lexicon's name stays when the text has none.
func writtenName(e report.Entity) string {
	best := ""
	for _, m := range e.Mentions {
		if m.Form == report.FormName && len(m.Text) > len(best) && !strings.HasPrefix(text.Fold(m.Text), "the ") {
			best = m.Text
		}
	}
	if best == "" {
		return e.Name
	}
	return best
}
