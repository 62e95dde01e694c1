// Package ner finds the names in a document: spans of tokens labelled as
// people, organisations, geopolitical entities, locations, nationalities or
// other names, each with the lexicon entries it matches.
//
// This is the rule-based finder of the foundation. It matches the actor
// lexicon (longest match first), then labels the remaining capitalised
// chunks from their context: a title or role before a name, a known given
// name, an apposition (", a military analyst"), a reporting verb after a
// lone surname, the name a source gave himself ("who gave his name only as
// Ali"), an organisation word ("Ministry", "Front"), a descriptor noun
// before it ("the newspaper …") or the gazetteer. Capitalised words joined
// by "and" share the body word after them ("Truth and Reconciliation
// Commission"), and a common word opening a sentence opens a name when a
// town or region of 50,000 or more bears it ("Port Sudan"). A chunk without
// such evidence stays MISC, so later stages do not promote it to an actor.
// Where a place is, the words around a new name say it before any model
// does: a kind of place and "of" before it ("the border town of
// Assamaka"), a word of its kind after it ("Let Pan Hla village", "the
// Nkwen neighbourhood", "the Luachimo river"; a plural only after a list,
// as "Kusasi neighbourhoods" are a people's), or a preposition that puts
// something inside, beside or towards it ("rolled into Bir Ajam and
// neighbouring Bariqa", "fled towards Agok"), unless a possessive, a noun it
// modifies, a describing compound or a people's adjective follows; and a
// body's description in apposition (", one of the … factions") names a
// body.
//
// A lexicon match gives way where the text says otherwise: an acronym
// written as a word before a name is a given name ("Amit Shah", not the
// organisation AMIT), and a capital joined by a particle to a country is
// the city the gazetteer names ("Santiago de Cuba"). A country or an
// international body before a hyphenated participle qualifies what
// follows ("Saudi-led", "the NATO-led force").
package ner

import (
	"sitrep/internal/geo"
	"sitrep/internal/lexicon"
	"sitrep/internal/nermodel"
	"sitrep/internal/text"
	"sitrep/internal/vocab"
	"slices"
	"strings"
	"unicode"
)

// Label is the type of a name.
type Label string

// Labels, after the OntoNotes scheme that news NER uses.
const (
	PER  Label = "PER"
	ORG  Label = "ORG"
	GPE  Label = "GPE"  // countries, capitals and other political places
	LOC  Label = "LOC"  // places without a government: seas, regions, towns
	NORP Label = "NORP" // nationalities: "Russian", "Syrians"
	MISC Label = "MISC"
)

// Span is a name: tokens [First, End) of the document.
type Span struct {
	First, End int
	Label      Label
	Hits       []lexicon.Hit // lexicon entries the words name; nil for new names
	Of         []lexicon.Hit // the country a new organisation's name starts with: "Libyan National Army"
	Why        string        // the rule that labelled it
}

// Lexicon is what the finder needs of the actor lexicon.
type Lexicon interface {
	Lookup(key string) []lexicon.Hit
	MaxWords() int
	Agent(key string) (lexicon.Agent, bool)
	GivenName(key string) bool
}

// Gazetteer is what the finder needs of the gazetteer.
type Gazetteer interface {
	Lookup(key string) []geo.Place
}

// Model is a learned recogniser whose spans label the chunks that no rule
// explains (package nermodel).
type Model interface {
	FindIn(d *text.Doc, keep []bool) []nermodel.Entity
}

// Finder labels the names of documents. It is safe for concurrent use.
type Finder struct {
	lex   Lexicon
	gaz   Gazetteer
	vocab *vocab.Vocab
	model Model
}

// New returns a Finder over the given lexicon, gazetteer and vocabulary;
// model may be nil, and then chunks without evidence stay MISC.
func New(lex Lexicon, gaz Gazetteer, v *vocab.Vocab, model Model) *Finder {
	return &Finder{lex: lex, gaz: gaz, vocab: v, model: model}
}

// Find returns the names of d in text order.
func (f *Finder) Find(d *text.Doc) []Span {
	var out []Span
	for _, s := range d.Sentences {
		out = f.sentence(d, s, out)
	}
	if keep := unexplained(d, out); f.model != nil && keep != nil {
		learned(out, f.model.FindIn(d, keep))
	}
	spelledBodies(d, out)
	out = repeatedNames(d, out)
	oneSense(d, out)
	surnames(d, out)
	if coordinatedPlaces(d, out) {
		oneSense(d, out) // "spread to Bairo Pite and Becora … a woman in Bairo Pite"
	}
	f.placeAfterOf(d, out)
	numberedUnits(d, out)
	openingAdjectives(d, out)
	letteredPlaces(d, out)
	designationEnding(d, out)
	return joinedNames(d, givenNames(d, f.demonymBodies(d, out)))
}

// demonymBodies joins a demonym and the plural noun written with a
// capital after it that a rule took for a person's name into the name of
// a body: "Lithuanian Airports said", "Latvian Railways said"; people are
// not named by a plural noun.
func (f *Finder) demonymBodies(d *text.Doc, spans []Span) []Span {
	for i := len(spans) - 2; i >= 0; i-- {
		a, b := spans[i], spans[i+1]
		if a.Label != NORP || len(a.Hits) == 0 || a.Hits[0].Form != lexicon.FormDemonym || b.First != a.End ||
			b.End-b.First != 1 || b.Label != PER || !weak[b.Why] {
			continue
		}
		if w := d.Lower(b.First); len(w) > 3 && strings.HasSuffix(w, "s") && (f.vocab.Common(w) || f.vocab.Common(w[:len(w)-1])) {
			spans[i] = Span{First: a.First, End: b.End, Label: ORG, Of: a.Hits, Why: "demonym-body"}
			spans = slices.Delete(spans, i+1, i+2)
		}
	}
	return spans
}

// spelledBodies labels as a body a name the model took for a person's
// when an acronym of its initials follows it: "Kmanek Oan Rai Klaran
// (KORK)"; no one is known by the initials of a full name.
func spelledBodies(d *text.Doc, spans []Span) {
	for i, sp := range spans {
		a := sp.End + 1
		if sp.Label != PER || sp.Why != "model" || a+1 >= len(d.Tokens) || d.Word(sp.End) != "(" || d.Word(a+1) != ")" {
			continue
		}
		if spells(d, sp.First, sp.End, d.Word(a)) {
			spans[i].Label = ORG
		}
	}
}

// spells reports whether the acronym is the first letters of the three
// or more words [first, end).
func spells(d *text.Doc, first, end int, acronym string) bool {
	initials, ok := capInitials(d, first, end)
	return ok && end-first >= 3 && initials == acronym
}

// designationEnding ends a body's name before the model of a machine it
// runs into: "A Royal Australian Air Force C-130J landed" names the air
// force, and the aircraft is equipment.
func designationEnding(d *text.Doc, spans []Span) {
	for i, sp := range spans {
		for k := sp.First + 2; k < sp.End; k++ {
			if orgWords[d.Lower(k-1)] && designation(d.Word(k)) {
				spans[i].End = k // "a Royal Australian Air Force C-130 Hercules"
				break
			}
		}
	}
}

// designation reports whether w is shaped like a model's designation:
// letters and digits in one word ("C-130J", "Mi-17", "T-72").
func designation(w string) bool {
	return strings.ContainsFunc(w, unicode.IsDigit) && strings.ContainsFunc(w, unicode.IsLetter)
}

// letteredPlaces relabels as a place a name taken for a person that ends
// in a lone letter after a place word: "the forests of Park W", "Camp
// B", "Zone C". A person's name does not end in an initial.
func letteredPlaces(d *text.Doc, spans []Span) {
	for i, sp := range spans {
		if sp.Label != PER || sp.End-sp.First != 2 || len(sp.Hits) > 0 || !letteredWords[d.Lower(sp.First)] {
			continue
		}
		if w := strings.TrimSuffix(d.Word(sp.End-1), "."); len(w) == 1 && d.Tokens[sp.End-1].Cap {
			spans[i].Label, spans[i].Why = LOC, "feature"
		}
	}
}

// letteredWords name places that a letter tells apart.
var letteredWords = text.SetOf("park", "camp", "zone", "block", "sector", "area", "gate", "site", "base")

// openingAdjectives takes into an organisation's name the adjective that
// opens its sentence right before it, which the chunker leaves out as a
// common word written with a capital only because it comes first:
// "Environmental Rights Action, a campaign group, said".
func openingAdjectives(d *text.Doc, spans []Span) {
	for i, sp := range spans {
		k := sp.First - 1
		if k < 0 || sp.Label != ORG || d.Sentences[d.SentenceOf(k)].First != k || !d.Tokens[k].Cap {
			continue
		}
		if w := d.Lower(k); len(w) > 5 && adjectiveEnding(w) {
			spans[i].First = k
		}
	}
}

// adjectiveEnding reports whether w ends as English adjectives that open
// bodies' names do: "Environmental", "Democratic", "Revolutionary".
func adjectiveEnding(w string) bool {
	for _, e := range []string{"al", "ic", "ary", "ive", "ent", "ous"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// numberedUnits takes the ordinal before a military unit's name into the
// name: the 6th Infantry Division and the 8th are two bodies. A cardinal
// counts men instead: "About 600 Frontier Corps troops".
func numberedUnits(d *text.Doc, spans []Span) {
	for i, sp := range spans {
		if sp.First == 0 || sp.Label != ORG || !unitName(d, sp) {
			continue
		}
		if Ordinal(d.Word(sp.First - 1)) {
			spans[i].First--
		}
	}
}

// unitName reports whether the name sp is a unit's: its last word is a
// kind of military formation.
func unitName(d *text.Doc, sp Span) bool {
	return unitWords[d.Lower(sp.End-1)]
}

var unitWords = text.SetOf("division", "brigade", "battalion", "regiment", "corps", "fleet", "army", "squadron",
	"wing", "group", "command", "commando", "front")

// Ordinal reports whether w is a number written as an ordinal: "6th",
// "103rd", "1st".
func Ordinal(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch strings.ToLower(w[n-2:]) {
	case "st", "nd", "rd", "th":
		return strings.IndexFunc(w[:n-2], func(r rune) bool { return r < '0' || r > '9' }) < 0
	}
	return false
}

// placeAfterOf ends a person's name before "of" and the place after it:
// "Bishop Tomas Nhamussua of Nacala" is the bishop of a town.
func (f *Finder) placeAfterOf(d *text.Doc, spans []Span) {
	for i, sp := range spans {
		if sp.Label != PER {
			continue
		}
		for k := sp.First + 2; k < sp.End-1; k++ {
			if d.Lower(k) == "of" && f.placeOf(d.Key(k+1, sp.End), 0) {
				spans[i].End = k
				break
			}
		}
	}
}

// givenNames makes a person of a one-word place that a surname follows
// right after it: "Sofia Lindqvist, a UNHCR spokeswoman" is no capital,
// nor is "Hamilton Vaz" where "Vaz told reporters" later.
func givenNames(d *text.Doc, spans []Span) []Span {
	people := map[string]bool{}
	for _, sp := range spans {
		if sp.Label == PER && sp.End-sp.First == 1 {
			people[d.Key(sp.First, sp.End)] = true
		}
	}
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		a := spans[i]
		if i+1 < len(spans) {
			b := spans[i+1]
			last := d.Lower(b.End - 1)
			surname := b.Label == PER && weak[b.Why] || b.Label == MISC && b.Why == "" && people[d.Key(b.First, b.End)]
			if a.Label == GPE && a.End-a.First == 1 && b.First == a.End && surname && b.End-b.First == 1 &&
				len(b.Hits) == 0 && len(a.Hits) > 0 && a.Hits[0].Form == lexicon.FormCapital &&
				!facilities[last] && !orgWords[last] && !featureWords[last] {
				a.End, a.Label, a.Hits, a.Why = b.End, PER, nil, "given"
				i++
			}
		}
		out = append(out, a)
	}
	return out
}

// joinedNames joins the two halves of an organisation's name that "and"
// splits after its "for" or "of": "the Centre for Democracy and Human
// Rights", "the Bureau for Human Rights and Rule of Law". The second
// half must be a short run of capitalised words no rule or lexicon
// explains, so "the Ministry of Defence and Ukraine" stays two names.
func joinedNames(d *text.Doc, spans []Span) []Span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		a := spans[i]
		if i+1 < len(spans) && (joinable(d, a, spans[i+1]) || headless(d, a, spans[i+1])) {
			a.End, a.Label, a.Why = spans[i+1].End, ORG, "joined"
			i++
		}
		out = append(out, a)
	}
	return out
}

func joinable(d *text.Doc, a, b Span) bool {
	if a.Label != ORG || b.First != a.End+1 || d.Lower(a.End) != "and" || len(b.Hits) > 0 || !weak[b.Why] ||
		b.End-b.First > 4 || d.SentenceOf(a.First) != d.SentenceOf(b.First) {
		return false
	}
	for k := a.First + 1; k < a.End-1; k++ {
		if w := d.Lower(k); w == "for" || w == "of" {
			return b.End >= len(d.Tokens) || d.Lower(b.End) != "'s" // not "the Ministry of Defence and Kenya's army"
		}
	}
	return false
}

// headless reports whether unlabelled capitalised words a and the short
// body name b that a word of organisations ends are one name split at its
// "and": "the National Disaster Risk Reduction and Management Authority".
func headless(d *text.Doc, a, b Span) bool {
	return a.Label == MISC && a.Why == "" && b.Label == ORG && b.Why == "org-word" && b.First == a.End+1 &&
		d.Lower(a.End) == "and" && b.End-b.First <= 3 && d.SentenceOf(a.First) == d.SentenceOf(b.First)
}

// coordinatedPlaces labels the weakly labelled names of a list of places
// after a preposition of place as places: "blocked roads in Khayelitsha,
// Gugulethu and Mitchells Plain". A list has "and" or "or" before its
// last name, so an apposition ("the mayor of Batman, Serhat Gunduz,") is
// none, and its first name must follow the preposition.
func coordinatedPlaces(d *text.Doc, spans []Span) bool {
	changed := false
	for i := 0; i < len(spans); {
		j := i + 1
		for j < len(spans) && listed(d, spans[j-1], spans[j]) {
			j++
		}
		if j-i > 1 && placeList(d, spans[i:j]) {
			for k := i; k < j; k++ {
				if weak[spans[k].Why] && spans[k].Label != LOC && spans[k].Label != GPE {
					spans[k].Label, spans[k].Why = LOC, "coordinated"
					changed = true
				}
			}
		}
		i = j
	}
	return changed
}

// placeList reports whether the names of a list are places: a preposition
// of place or a kind of place and "of" ("the provinces of") opens it, "and" or "or" closes it, and a rule took one for a
// place.
func placeList(d *text.Doc, list []Span) bool {
	first, last := list[0], list[len(list)-1]
	k := first.First - 1
	if k > 0 && d.Lower(k) == "the" && last.End < len(d.Tokens) && pluralParts[d.Lower(last.End)] {
		k-- // "in the Kondele and Nyalenda neighbourhoods", not "from the Azande and Balanda communities"
	}
	opener := d.Lower(max(k, 0))
	if first.First == 0 || !locativePreps[opener] && opener != "to" && !PlaceOf(d, first.First-2) || d.Lower(last.First-1) == "," {
		return false
	}
	for _, sp := range list {
		if sp.Label == LOC && !weak[sp.Why] {
			return true
		}
	}
	return false
}

// listed reports whether names a and b stand next to each other in a
// list: "Khayelitsha, Gugulethu", "Gugulethu and Mitchells Plain".
func listed(d *text.Doc, a, b Span) bool {
	if b.First != a.End+1 || d.SentenceOf(a.First) != d.SentenceOf(b.First) {
		return false
	}
	w := d.Lower(a.End)
	return w == "," || w == "and" || w == "or"
}

// repeatedNames labels the other occurrences of a name of two or more
// words that a span calls a person or a body, where only chunks no
// telling rule labelled cover them: "Alarm Phone, a volunteer hotline …"
// opening a paragraph, whose first word's capital tells nothing, is the
// "Alarm Phone" of "Alarm Phone activist Mona Keller" later on.
func repeatedNames(d *text.Doc, spans []Span) []Span {
	var names []Span
	places := map[string]bool{} // "Baga Sola", a place the model once took for a person
	for _, sp := range spans {
		switch {
		case sp.Label == LOC || sp.Label == GPE:
			places[d.Key(sp.First, sp.End)] = true
		case sp.End-sp.First >= 2 && (sp.Label == PER || sp.Label == ORG):
			names = append(names, sp)
		}
	}
	for _, n := range names {
		width := n.End - n.First
		if places[d.Key(n.First, n.End)] {
			continue
		}
		for i := 0; i+width <= len(d.Tokens); i++ {
			if i == n.First || !sameWords(d, n.First, i, width) || i > 0 && placePreps[d.Lower(i-1)] {
				continue // "the synod in Intan Jaya" is no person the model saw there
			}
			lo, hi, ok := unlabelledCover(spans, i, i+width)
			if !ok {
				continue
			}
			sp := n
			sp.First, sp.End = i, i+width
			if !weak[n.Why] {
				sp.Why = "repeated" // a weak label stays weak, for the rules after to correct
			}
			spans = slices.Replace(spans, lo, hi, sp)
		}
	}
	return spans
}

// sameWords reports whether the width tokens from a and from b are the
// same words, written alike, in one sentence.
func sameWords(d *text.Doc, a, b, width int) bool {
	if d.SentenceOf(b) != d.SentenceOf(b+width-1) {
		return false
	}
	for k := range width {
		if d.Word(a+k) != d.Word(b+k) {
			return false
		}
	}
	return true
}

// unlabelledCover returns the range [lo, hi) of the spans that overlap
// tokens [first, end), which must all lie inside them with no telling
// label, and where a span for them goes.
func unlabelledCover(spans []Span, first, end int) (lo, hi int, ok bool) {
	lo = len(spans)
	for i, sp := range spans {
		if sp.End <= first {
			continue
		}
		if sp.First >= end {
			lo = min(lo, i)
			break
		}
		inside := sp.First >= first && sp.End <= end
		if !inside || !(sp.Label == MISC && sp.Why == "" || weak[sp.Why] && sp.End-sp.First < end-first) {
			// only an unlabelled chunk, or a weak label on part of the
			// name: "Phone" that "Alarm Phone said" left of it, the
			// first word's capital telling nothing
			return 0, 0, false
		}
		lo, hi = min(lo, i), i+1
	}
	return lo, max(hi, lo), true
}

// oneSense gives a name the label that a telling rule gave it elsewhere in
// the document: "M23 rebels" is a group, so "The M23 said" is no person
// the reporting verb suggested.
func oneSense(d *text.Doc, spans []Span) {
	strong := map[string]Label{}
	for _, sp := range spans {
		if telling[sp.Why] {
			strong[d.Key(sp.First, sp.End)] = sp.Label
		}
	}
	for i, sp := range spans {
		// A given name opens places too: "Ben Gardane, a town".
		l, ok := strong[d.Key(sp.First, sp.End)]
		// Initials a suspect is named by are no body's acronym after.
		if ok && (weak[sp.Why] || sp.Why == "given-name" && l == LOC || sp.Why == "acronym" && l == PER) && l != sp.Label {
			spans[i].Label, spans[i].Why = l, "one-sense"
		}
	}
}

// surnames makes a person of a lone name the gazetteer alone called a
// place when it ends a person's full name in the document: "Chief
// Minister Vishnu Deo Sai … spoke to Sai by telephone", not the town of
// Sai.
func surnames(d *text.Doc, spans []Span) {
	last := map[string]bool{}
	for _, sp := range spans {
		if sp.Label == PER && sp.End-sp.First > 1 && !weak[sp.Why] && d.Lower(sp.End-2) != "of" {
			// a full name a rule vouches for; not the see of "Bishop
			// Peter Ayuk Enow of Mamfe", which placeAfterOf cuts later
			last[d.Lower(sp.End-1)] = true
		}
	}
	for i, sp := range spans {
		if sp.End-sp.First == 1 && sp.Label == LOC && sp.Why == "gazetteer" && last[d.Lower(sp.First)] {
			spans[i].Label, spans[i].Why = PER, "surname"
		}
	}
}

// telling rules read a name's kind from the words it carries or
// governs; weak ones guess it from where the name stands.
var (
	telling = map[string]bool{"org-word": true, "members": true, "brand": true, "group-noun": true, "party": true, "facility": true,
		"dateline": true, "place-of": true, "locative": true, "coordinated": true, "place-apposition": true,
		"self-named": true}
	weak = map[string]bool{"speaker": true, "apposition": true, "": true, "model": true}
)

// unexplained marks the sentences that hold a chunk no rule labelled, or
// returns nil when there is none: only those need the model, which costs
// more than the rest of the stage.
func unexplained(d *text.Doc, spans []Span) []bool {
	var keep []bool
	for _, sp := range spans {
		if sp.Label != MISC || sp.Why != "" {
			continue
		}
		if keep == nil {
			keep = make([]bool, len(d.Sentences))
		}
		if s := d.SentenceOf(sp.First); s >= 0 {
			keep[s] = true
		}
	}
	return keep
}

// minModelScore is the probability, as the model calibrates it, that a
// learned span must reach to label a chunk.
const minModelScore = 0.5

// learned labels the MISC chunks that a learned span covers exactly.
func learned(spans []Span, ents []nermodel.Entity) {
	byFirst := make(map[int]nermodel.Entity, len(ents))
	for _, e := range ents {
		byFirst[e.First] = e
	}
	for i, sp := range spans {
		e, ok := byFirst[sp.First]
		if sp.Label != MISC || sp.Why != "" || !ok || e.End != sp.End || e.Score < minModelScore {
			continue
		}
		switch e.Label {
		case "PER":
			spans[i].Label = PER
		case "ORG":
			spans[i].Label = ORG
		case "LOC":
			spans[i].Label = LOC
		default:
			continue
		}
		spans[i].Why = "model"
	}
}

func (f *Finder) sentence(d *text.Doc, s text.Sentence, out []Span) []Span {
	first := len(out)
	for i := s.First; i < s.End; {
		if sp, ok := f.lexiconAt(d, i, s.End); ok {
			sp = f.extend(d, sp, s)
			out = append(out, sp)
			i = sp.End
			continue
		}
		if !f.nameStart(d, i, s) {
			i++
			continue
		}
		end := f.chunkEnd(d, i, s.End)
		if t := f.titlePrefix(d, i, end); t > i {
			// "Detective Chief Inspector Jussi Laakso": the title is
			// not part of the name.
			out = append(out, Span{First: t, End: end, Label: PER, Why: "title"})
			i = end
			continue
		}
		if end < s.End && f.nameStart(d, end, s) && f.titleAlone(d, i, end) {
			// "Inspector General of Police | Ana Ruiz Vega": a title
			// chunked apart from the name it opens.
			e := f.chunkEnd(d, end, s.End)
			out = append(out, Span{First: end, End: e, Label: PER, Why: "title"})
			i = e
			continue
		}
		out = append(out, f.classify(d, i, end, s))
		i = end
	}
	return acronyms(d, out, first)
}

// capitalsOrMedia returns the hits that name a country by its capital or
// seat of government, else, for a name of several words, the hits of
// news media: the names an article opens as part of the name, where "The
// RSF" may be any body of those initials.
func capitalsOrMedia(hits []lexicon.Hit, words bool) []lexicon.Hit {
	capital := func(h lexicon.Hit) bool { return h.Form == lexicon.FormCapital }
	media := func(h lexicon.Hit) bool { return words && strings.HasSuffix(h.Entry.Code, "MED") }
	keep := capital
	if !slices.ContainsFunc(hits, capital) {
		keep = media
	}
	return slices.DeleteFunc(slices.Clone(hits), func(h lexicon.Hit) bool { return !keep(h) })
}

// lexiconAt returns the longest lexicon match that starts at token i.
func (f *Finder) lexiconAt(d *text.Doc, i, end int) (Span, bool) {
	t := d.Tokens[i]
	if rest, ok := formerly(d.Word(i)); ok {
		// "then-French President": the nationality holds across the prefix.
		if hits := f.lex.Lookup(text.Fold(rest)); len(hits) > 0 && (hits[0].Form == lexicon.FormDemonym || hits[0].Form == lexicon.FormDemonymPlural) {
			return Span{First: i, End: i + 1, Label: labelOf(hits[0]), Hits: hits, Why: "lexicon"}, true
		}
	}
	if country, _, ok := strings.Cut(d.Word(i), "-"); ok && relational(d.Lower(i)) {
		// "Iran-aligned militias", "Saudi-led coalition", "Turkish-made
		// drones": the country is named, as a modifier that neither
		// acts nor owns.
		if hits := f.lex.Lookup(text.Fold(country)); len(hits) > 0 && hits[0].Entry.Kind == lexicon.KindCountry {
			hits = slices.Clone(hits[:1])
			hits[0].Form = lexicon.FormDemonym // it qualifies, as "Iranian" would
			return Span{First: i, End: i + 1, Label: NORP, Hits: hits, Why: "relational"}, true
		}
		if hits := f.lex.Lookup(text.Fold(country)); len(hits) > 0 && relationalBody(hits[0]) {
			// "the NATO-led peacekeeping force", "a U.N.-backed plan",
			// "Hezbollah-aligned militias": the body is named, as a
			// modifier.
			return Span{First: i, End: i + 1, Label: ORG, Hits: slices.Clone(hits[:1]), Why: "relational"}, true
		}
	}
	if i+2 < end && d.Word(i+1) == "-" && d.Tokens[i].End == d.Tokens[i+1].Start && d.Tokens[i+1].End == d.Tokens[i+2].Start &&
		d.Lower(i+2) != "led" && relational("-"+d.Lower(i+2)) {
		// "U.S.-backed forces", which the tokenizer splits after the
		// abbreviation's full stop; the actor stage reads "U.S.-led"
		// bodies itself.
		if hits := f.lex.Lookup(text.Fold(d.Word(i))); len(hits) > 0 && hits[0].Entry.Kind == lexicon.KindCountry {
			hits = slices.Clone(hits[:1])
			hits[0].Form = lexicon.FormDemonym
			return Span{First: i, End: i + 3, Label: NORP, Hits: hits, Why: "relational"}, true
		}
	}
	if arabicArticles[d.Lower(i)] && i+1 < end && relational(d.Lower(i+1)) {
		// "the al Qaeda-linked group JNIM": the article and the name
		// before the hyphen name the body.
		name, _, _ := strings.Cut(d.Word(i+1), "-")
		if hits := f.lex.Lookup(text.Fold(d.Word(i) + " " + name)); len(hits) > 0 && relationalBody(hits[0]) {
			return Span{First: i, End: i + 2, Label: ORG, Hits: slices.Clone(hits[:1]), Why: "relational"}, true
		}
	}
	if i+1 < end && t.Cap && relational(d.Lower(i+1)) {
		// "the Marshall Islands-flagged tanker": a country of two words
		// named as a modifier.
		name, _, _ := strings.Cut(d.Word(i+1), "-")
		if hits := f.lex.Lookup(text.Fold(d.Word(i) + " " + name)); len(hits) > 0 && hits[0].Entry.Kind == lexicon.KindCountry {
			hits = slices.Clone(hits[:1])
			hits[0].Form = lexicon.FormDemonym
			return Span{First: i, End: i + 2, Label: NORP, Hits: hits, Why: "relational"}, true
		}
	}
	article := arabicArticles[d.Word(i)] && i+1 < end && d.Tokens[i+1].Cap // "al Shabaab"
	numbered := t.Kind == text.Number && i+1 < end && d.Tokens[i+1].Cap    // "400 Mawozo", a gang
	if t.Kind == text.Punct || !(t.Cap || t.Upper || hasCapAfterParticle(d.Word(i)) || article || numbered) {
		return Span{}, false
	}
	for n := min(f.lex.MaxWords(), end-i); n > 0; n-- {
		if d.Tokens[i+n-1].Kind == text.Punct && n > 1 || article && n == 1 {
			continue // an article alone ("as", "at") names nothing
		}
		if n > 1 && f.commonNounPhrase(d, i, i+n) {
			continue // "wants an Islamic state in the north"
		}
		hits := caseFit(d, i, i+n, f.lex.Lookup(d.Key(i, i+n)))
		if len(hits) == 0 && n > 1 && (i+n == end || !d.Tokens[i+n].Cap) && d.Lower(i) == "the" {
			// "The Hague", which the gazetteer writes with its article;
			// "told The Associated Press", whose article is capitalised
			hits = capitalsOrMedia(caseFit(d, i+1, i+n, f.lex.Lookup(d.Key(i+1, i+n))), n > 2)
		}
		if n == 1 && !t.Upper && f.beforeName(d, i+1, end) {
			// "Amit Shah" is a person, not the organisation AMIT: an
			// acronym written as a word before a name is part of it.
			hits = slices.DeleteFunc(hits, func(h lexicon.Hit) bool { return acronym(h.Entry.Name) })
		}
		if len(hits) == 0 {
			continue
		}
		if n == 1 && hits[0].Form == lexicon.FormDemonym && f.regionNamed(d, i, end) {
			return Span{}, false // "British Columbia" is a province, not the British
		}
		if n == 1 && genericBodies[d.Lower(i)] && namedOn(d, i+1, end) {
			// "the Congress for Democratic Change", "the Congress of
			// South African Trade Unions": a body of its own, not the
			// lexicon's U.S. Congress
			return Span{}, false
		}
		return Span{First: i, End: i + n, Label: labelOf(hits[0]), Hits: hits, Why: "lexicon"}, true
	}
	return Span{}, false
}

// regionNamed reports whether the demonym at token i opens, with the
// capitalised words after it, the name of a region or a city the
// gazetteer knows ("British Columbia", "Indian Wells"), which the chunk
// of names then reads as a place. Hamlets do not count: "Mexican Hat" is
// more often the hat.
func (f *Finder) regionNamed(d *text.Doc, i, end int) bool {
	for n := 2; n <= 3 && i+n <= end && d.Tokens[i+n-1].Cap && f.gaz != nil; n++ {
		for _, p := range f.gaz.Lookup(d.Key(i, i+n)) {
			if p.Feature == "ADM1" || p.Population >= minRegionTown {
				return true
			}
		}
	}
	return false
}

// minRegionTown is the population of a town that a demonym may open the
// name of.
const minRegionTown = 20000

// commonNounPhrase reports whether a lexicon match [i, j) is an
// indefinite noun phrase that ends in a common noun in lower case and
// modifies nothing after it: "an Islamic state in the north" names no
// group, while "a UN refugee agency spokeswoman" names one.
func (f *Finder) commonNounPhrase(d *text.Doc, i, j int) bool {
	k := j - 1
	t := d.Tokens[k]
	if i == 0 || d.Lower(i-1) != "a" && d.Lower(i-1) != "an" || t.Kind != text.Word || t.Cap || t.Upper || d.Word(k) != d.Lower(k) {
		return false
	}
	if j == len(d.Tokens) || d.Tokens[j].Kind != text.Word {
		return true
	}
	c := f.vocab.Classes(d.Lower(j))
	return c != 0 && (c&vocab.Noun == 0 || c&(vocab.Adp|vocab.Det|vocab.Conj|vocab.Pron|vocab.Aux|vocab.Part) != 0)
}

// genericBodies are the one-word names the lexicon gives one body that
// other bodies' names open with.
var genericBodies = text.SetOf("congress", "parliament", "senate", "assembly", "council", "commission", "court")

// namedOn reports whether "for" or "of" and a capitalised word start at
// token j, going on a body's name.
func namedOn(d *text.Doc, j, end int) bool {
	if j+1 >= end || !d.Tokens[j+1].Cap {
		return false
	}
	w := d.Lower(j)
	return w == "for" || w == "of"
}

// beforeName reports whether token j opens a capitalised word that is no
// title and no organisation's word: "Shah", not "Secretary-General" or
// "Commission".
func (f *Finder) beforeName(d *text.Doc, j, end int) bool {
	return j < end && d.Tokens[j].Cap && !d.Tokens[j].Upper && !f.isTitle(d.Lower(j)) && !f.hasOrgWord(d, j, j+1)
}

// acronym reports whether name is written in capitals alone: "AMIT".
func acronym(name string) bool {
	return strings.ToUpper(name) == name && strings.ContainsFunc(name, unicode.IsLetter)
}

// capitalsAndDigits reports whether w has a letter, no lower-case one,
// and a digit: "G7", "G20", "P5" are written in capitals.
func capitalsAndDigits(w string) bool {
	letter, digit := false, false
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r):
			digit = true
		}
	}
	return letter && digit
}

// arabicArticles open names written with a space: "al Shabaab".
var arabicArticles = text.SetOf("al", "el", "ad", "ar", "as", "ash", "at", "az")

// formerly returns the capitalised word after "then-" or "ex-": "then-French".
func formerly(w string) (string, bool) {
	for _, p := range []string{"then-", "ex-"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
			return rest, true
		}
	}
	return "", false
}

// relationalBody reports whether hit h names a body that a hyphenated
// participle can turn into a modifier: an international body or an armed
// group, never one matched only in capitals ("IS-linked" is too short to
// trust).
func relationalBody(h lexicon.Hit) bool {
	return (h.Entry.Kind == lexicon.KindIGO || h.Entry.Kind == lexicon.KindArmedGroup) && !h.CaseSensitive
}

// caseFit keeps the hits whose case rules the words satisfy: a short
// all-capitals alias such as "US" or "IS" matches only in capitals, one
// written in mixed case ("BiH") only as written, and an acronym never
// names a person.
func caseFit(d *text.Doc, i, j int, hits []lexicon.Hit) []lexicon.Hit {
	upper := true
	for k := i; k < j; k++ {
		if t := d.Tokens[k]; t.Kind != text.Punct && !t.Upper && !capitalsAndDigits(d.Word(k)) {
			upper = false
		}
	}
	acronym := upper && j-i == 1
	out := hits[:0:0]
	for _, h := range hits {
		if (upper || !h.CaseSensitive || j-i == 1 && d.Word(i) == h.Surface) && !(acronym && h.Entry.Kind == lexicon.KindPerson) {
			out = append(out, h)
		}
	}
	return out
}

// titlePrefix returns where the name starts in a chunk that opens with
// capitalised common words ending in a title noun, followed by words that
// are not common: "Detective Chief Inspector Jussi Laakso". It returns i
// when the chunk does not look so.
func (f *Finder) titlePrefix(d *text.Doc, i, end int) int {
	k := i
	for k < end && (f.vocab.Common(d.Lower(k)) || titleNouns[titleHead(d.Lower(k))]) {
		k++
	}
	if k == i || k == end || !titleNouns[titleHead(d.Lower(k-1))] && !titleOf(d, i, k) {
		return i
	}
	if f.hasOrgWord(d, k, end) {
		return i // "the General Confederation of Labour" is a body
	}
	for j := k; j < end; j++ {
		if w := d.Lower(j); f.vocab.Common(w) && (!particles[w] || w == "of") {
			return i // "Detective Chief Inspector Jussi Laakso", not "General Motors Company"
		}
	}
	return k
}

// titleAlone reports whether words [i, end) are a title of common words
// that ends in a title noun or in what it is of.
func (f *Finder) titleAlone(d *text.Doc, i, end int) bool {
	for k := i; k < end; k++ {
		if w := d.Lower(k); !f.vocab.Common(w) && !titleNouns[titleHead(w)] {
			return false // a title noun the vocabulary lacks is common all the same: "Superintendent"
		}
	}
	return end-i > 1 && (titleNouns[titleHead(d.Lower(end-1))] || titleOf(d, i, end))
}

// titleOf reports whether common words [i, k) are a title noun and what
// it is of: "Inspector General of Police", "Chief of Staff".
func titleOf(d *text.Doc, i, k int) bool {
	for j := i + 1; j+1 < k; j++ {
		if d.Lower(j) == "of" && titleNouns[titleHead(d.Lower(j-1))] {
			return true
		}
	}
	return false
}

// churchWords end the names of churches a people's adjective opens: the
// body, not a building.
var churchWords = text.SetOf("church", "patriarchate", "synod")

// titleNouns end a title before a name.
var titleNouns = text.SetOf("inspector", "detective", "officer", "commissioner", "superintendent", "sergeant",
	"constable", "judge", "prosecutor", "mayor", "governor", "senator", "lawmaker", "chief", "director",
	"commander", "captain", "colonel", "general", "major", "lieutenant", "admiral", "professor", "doctor",
	"reverend", "bishop", "ambassador", "minister", "secretary", "president", "spokesman", "spokeswoman",
	"spokesperson", "envoy", "chairman", "chairwoman", "chair", "head", "leader", "premier", "chancellor",
	"attorney", "counsel", "editor", "correspondent", "analyst", "researcher", "coordinator", "representative",
	"deputy", "adviser", "advisor", "marshal", "brigadier", "commodore", "private", "corporal", "father",
	"imam", "pastor", "rabbi", "cardinal", "archbishop", "monsignor", "assistant")

// extend turns a lexicon match into a longer name that starts with it:
// a country that begins an organisation's name ("Kenya Defence Forces",
// "Libyan National Army") or a country name used as a person's first name
// after a title ("Defence Minister Israel Katz").
func (f *Finder) extend(d *text.Doc, sp Span, s text.Sentence) Span {
	lbl := sp.Label
	if end := f.chunkEnd(d, sp.First, s.End); lbl == GPE && end > sp.End && particles[d.Lower(sp.End)] && f.placeOf(d.Key(sp.First, end), 10000) {
		// "Santiago de Cuba" is a city, not the capital of Chile
		// beside the country; "San Jose del Guaviare" not Costa Rica's.
		return Span{First: sp.First, End: end, Label: LOC, Why: "gazetteer"}
	}
	if sp.End >= s.End || !f.nameStart(d, sp.End, s) || describing(d.Word(sp.End-1)) {
		return sp // "the Paris-based Kurdistan Human Rights Network" is no body of France's
	}
	end := f.chunkEnd(d, sp.End, s.End)
	switch {
	case lbl == PER:
		// "Abdul Hamid Dbeibah" is not the lexicon's "Abdul Hamid".
		return Span{First: sp.First, End: end, Label: PER, Why: "name"}
	case lbl == ORG && f.hasOrgWord(d, sp.End, end):
		return Span{First: sp.First, End: end, Label: ORG, Of: sp.Hits, Why: "org-word"}
	case lbl != GPE && lbl != NORP:
		return sp
	case lbl == GPE && f.afterTitle(d, sp.First, s):
		return Span{First: sp.First, End: end, Label: PER, Why: "title"}
	case f.hasOrgWord(d, sp.End, end):
		return Span{First: sp.First, End: end, Label: ORG, Of: sp.Hits, Why: "org-word"}
	case (lbl == GPE || lbl == NORP) && f.chapter(d, sp.End, end):
		return Span{First: sp.First, End: end, Label: ORG, Of: sp.Hits, Why: "chapter"} // "the Kenya Red Cross", "the Libyan Red Crescent"
	case end < s.End && !d.Tokens[end].Cap && partyNouns[d.Lower(end)]:
		return Span{First: sp.First, End: end, Label: ORG, Of: sp.Hits, Why: "party"} // "the Georgian Dream party"
	case lbl == NORP && churchWords[d.Lower(end-1)]:
		return Span{First: sp.First, End: end, Label: ORG, Of: sp.Hits, Why: "org-word"} // "the Armenian Apostolic Church"
	case lbl == GPE && end == sp.End+1 && featureWords[d.Lower(sp.End)]:
		return Span{First: sp.First, End: end, Label: LOC, Why: "feature"}
	case lbl == GPE && f.placeOf(d.Key(sp.First, end), 10000):
		return Span{First: sp.First, End: end, Label: LOC, Why: "gazetteer"} // "Victoria Falls", not the Seychelles' capital
	}
	return sp
}

// chapter reports whether words [k, end) name an international
// non-governmental body, so that a country or a demonym before them names
// its national society: "the Kenya Red Cross", "the Libyan Red Crescent".
func (f *Finder) chapter(d *text.Doc, k, end int) bool {
	hits := f.lex.Lookup(d.Key(k, end))
	for _, h := range hits {
		if h.Entry.Kind != lexicon.KindOrganization || h.Entry.Country != "" || !strings.HasPrefix(h.Entry.Code, "NGO") {
			return false
		}
	}
	return len(hits) > 0
}

// chapterEnds reports whether the words [i, j) end in the name of an
// international non-governmental body after a word of their own.
func (f *Finder) chapterEnds(d *text.Doc, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if f.chapter(d, k, j) {
			return true
		}
	}
	return false
}

// featureWords name natural features after a name: "Niger River".
var featureWords = text.SetOf("river", "sea", "lake", "mountains", "valley", "basin", "delta", "strait",
	"gulf", "island", "islands", "peninsula", "desert", "coast", "plateau", "highlands", "border")

func labelOf(h lexicon.Hit) Label {
	switch {
	case h.Form == lexicon.FormDemonym || h.Form == lexicon.FormDemonymPlural:
		return NORP
	case h.Entry.Kind == lexicon.KindPerson:
		return PER
	case h.Entry.Kind == lexicon.KindCountry && h.Form != lexicon.FormSeat:
		return GPE
	default:
		return ORG
	}
}
