package equipment

import (
	"strings"
	"unicode/utf8"

	"sitrep/internal/text"
)

// Mention is one piece of equipment, unit or body of troops in the text.
type Mention struct {
	First, End int // token range
	Span       text.Span
	// Model is the catalogue name ("T-90", "MIM-104 Patriot"), the class
	// noun ("howitzer"), the unit noun ("company"), or, for a designation
	// the catalogue lacks, its surface ("BTR-87").
	Model string
	Kind  string
	// ClassKind is the kind of the class noun the text writes after a
	// model ("drones" in "Shahed drones"); "" when none.
	ClassKind string
	Maker     string // ISO alpha-3 code(s); "" when unknown
	Generic   bool   // a class noun, not a model
	Unit      bool   // a unit or personnel noun
	Pattern   bool   // recognised by its shape alone
	Plural    bool
	// SizeMin and SizeMax are the usual strength of a unit noun.
	SizeMin, SizeMax int
	Entry            int // catalogue index, -1 for a pattern
}

// hit is a catalogue alias found at a token.
type hit struct {
	a   alias
	end int
}

// Match returns the mentions of d in text order. A mention never crosses a
// sentence.
func (c *Catalogue) Match(d *text.Doc) []Mention {
	out := make([]Mention, 0, 16)
	for _, s := range d.Sentences {
		for i := s.First; i < s.End; {
			if !c.mayStart(d, i) {
				i++
				continue
			}
			m, ok := c.at(d, i, s.End)
			if !ok {
				i++
				continue
			}
			out = append(out, m)
			i = m.End
		}
	}
	return out
}

// mayStart reports cheaply whether a mention may start at token i: a
// word that may open a catalogue alias, or a designation's shape.
func (c *Catalogue) mayStart(d *text.Doc, i int) bool {
	t := d.Tokens[i]
	if t.Kind == text.Punct {
		return false
	}
	w := d.Word(i)
	return c.filter.MayHave(w) || (t.Cap || t.Kind == text.Number) && hasCodeMark(w)
}

// hasCodeMark reports whether w has a hyphen or a digit, as designations do.
func hasCodeMark(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == '-' || c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

// at reads the mention that starts at token i: a maker and a model, a
// model with its class noun, a class or unit noun, or a designation.
func (c *Catalogue) at(d *text.Doc, i, lim int) (Mention, bool) {
	h, ok := c.lookup(d, i, lim)
	if ok && c.entries[h.a.entry].Type == typeMaker {
		m, ok := c.model(d, h.end, lim)
		if !ok {
			return c.makerClass(d, i, lim, h)
		}
		m.First, m.Span = i, d.SpanOf(i, m.End)
		if m.Maker == "" {
			m.Maker = c.entries[h.a.entry].Maker
		}
		return m, true
	}
	if !ok {
		return c.pattern(d, i, lim)
	}
	if c.entries[h.a.entry].Type != typeModel {
		if c.entries[h.a.entry].Kind == "personnel" && h.end < lim {
			// "an infantry company": the troops name the unit's arm.
			if u, ok := c.lookup(d, h.end, lim); ok && c.entries[u.a.entry].Kind == "unit" {
				m, ok := c.noun(d, h.end, lim, u)
				m.First, m.Span = i, d.SpanOf(i, m.End)
				return m, ok
			}
		}
		return c.noun(d, i, lim, h)
	}
	return c.modelHit(d, i, lim, h)
}

// makerClass reads a maker's name before a class noun, "an Antonov
// transport plane", "Sukhoi jets": the maker stands for the model.
func (c *Catalogue) makerClass(d *text.Doc, i, lim int, h hit) (Mention, bool) {
	class, ok := c.classAfter(d, h.end, lim)
	if !ok || class.a.entry < 0 {
		return Mention{}, false
	}
	e, k := c.entries[h.a.entry], c.entries[class.a.entry]
	m := Mention{First: i, End: class.end, Model: e.Name, Kind: k.Kind, ClassKind: k.Kind, Maker: e.Maker, Entry: -1,
		Plural: isPluralWord(d.Word(class.end - 1))}
	m.Span = d.SpanOf(i, m.End)
	return m, true
}

// model reads a model at i, from the catalogue or by its shape, and takes
// in the class noun after it ("T-90 tanks", "BTR-80 armoured personnel
// carriers").
func (c *Catalogue) model(d *text.Doc, i, lim int) (Mention, bool) {
	if i >= lim {
		return Mention{}, false
	}
	if h, ok := c.lookup(d, i, lim); ok && c.entries[h.a.entry].Type == typeModel {
		return c.modelHit(d, i, lim, h)
	}
	return c.pattern(d, i, lim)
}

// modelHit builds the mention of the catalogue model h found at i.
func (c *Catalogue) modelHit(d *text.Doc, i, lim int, h hit) (Mention, bool) {
	e := c.entries[h.a.entry]
	m := Mention{First: i, End: h.end, Model: e.Name, Kind: e.Kind, Maker: e.Maker, Entry: int(h.a.entry),
		Plural: isPluralWord(d.Word(h.end - 1))}
	class, hasClass := c.classAfter(d, h.end, lim)
	if h.a.ambiguous && !hasClass && !numberBefore(d, i) {
		return Mention{}, false
	}
	c.extend(d, &m, class, hasClass)
	return m, true
}

// pattern reads a designation the catalogue lacks: strong shapes of a
// known family stand alone, any shape stands before a class noun.
func (c *Catalogue) pattern(d *text.Doc, i, lim int) (Mention, bool) {
	t := d.Tokens[i]
	w := d.Word(i)
	if t.Kind == text.Punct || !(t.Cap || t.Kind == text.Number) || !hasCodeMark(w) {
		return Mention{}, false
	}
	s, ok := designation(w)
	if !ok || notDesignations[s.family] {
		return Mention{}, false
	}
	class, hasClass := c.classAfter(d, i+1, lim)
	isClass := hasClass && class.a.entry >= 0
	kind, known := c.families[s.family]
	if !(known && (s.strong || hasClass)) && !isClass {
		return Mention{}, false
	}
	if !known {
		kind = c.entries[class.a.entry].Kind
	}
	m := Mention{First: i, End: i + 1, Model: w, Kind: kind, Pattern: true, Entry: -1, Plural: isPluralWord(w)}
	c.extend(d, &m, class, hasClass)
	return m, true
}

// extend takes in the class noun or the word like "system" or "battery"
// after a model.
func (c *Catalogue) extend(d *text.Doc, m *Mention, class hit, hasClass bool) {
	if hasClass {
		m.End = class.end // "T-90 tanks", "Patriot battery", "Iskander launchers"
		m.Plural = m.Plural || isPluralWord(d.Word(class.end-1))
		if class.a.entry >= 0 {
			m.ClassKind = c.entries[class.a.entry].Kind
		}
	}
	m.Span = d.SpanOf(m.First, m.End)
}

// classAfter finds a class noun or an extension word at token j.
func (c *Catalogue) classAfter(d *text.Doc, j, lim int) (hit, bool) {
	if j >= lim {
		return hit{}, false
	}
	if _, ok := text.Lookup(extensions, d.Word(j)); ok {
		return hit{a: alias{entry: -1}, end: j + 1}, true
	}
	h, ok := c.lookup(d, j, lim)
	if !ok || c.entries[h.a.entry].Type != typeClass {
		return hit{}, false
	}
	return h, true
}

// listedAfter reports whether the noun at i ends a list whose item before
// it is equipment no context need vouch for: "took 20 rifles, two machine
// guns and a pickup truck".
func (c *Catalogue) listedAfter(d *text.Doc, i int) bool {
	k := i - 1
	for k > 0 && (d.Lower(k) == "a" || d.Lower(k) == "an") {
		k--
	}
	if k < 1 || d.Lower(k) != "and" && d.Word(k) != "," {
		return false
	}
	for first := max(k-3, 0); first < k; first++ {
		if h, ok := c.lookup(d, first, k); ok && h.end == k && !h.a.ambiguous {
			return true
		}
	}
	return false
}

// extensions follow a model and belong to its mention.
var extensions = map[string]bool{
	"system": true, "systems": true, "battery": true, "batteries": true, "launcher": true, "launchers": true,
	"complex": true, "complexes": true, "variant": true, "variants": true, "version": true, "versions": true,
	"platform": true, "platforms": true, "unit": true, "units": true,
}

// noun reads a class, unit or personnel noun. An ambiguous one ("company",
// "battery", "trucks", "police") needs a number, a military, armed or
// police word next to it, or a place at the end of a list of equipment.
func (c *Catalogue) noun(d *text.Doc, i, lim int, h hit) (Mention, bool) {
	e := c.entries[h.a.entry]
	if h.end == i+1 && memberWords[d.Lower(i)] && !c.troopsAfter(d, h.end, lim) {
		return Mention{}, false // "300 members of parliament"
	}
	counted := numberBefore(d, i) && !strictUnits[e.Name] || e.Kind == "unit" && c.troopUnit(d, i, h.end, lim)
	if h.a.ambiguous && !counted && !ofNumber(d, h.end, lim) && !militaryBefore(d, i) && !c.listedAfter(d, i) {
		return Mention{}, false
	}
	if h.a.ambiguous && e.Kind == "munition" && h.end < lim && d.Lower(h.end) == "of" {
		end, ok := calibredAmmunition(d, h.end+1, lim)
		if !ok {
			return Mention{}, false // "three rounds of talks"
		}
		h.end = end // "4,000 rounds of 155 mm ammunition"
	}
	if e.Kind == "personnel" && h.end < lim && !isPluralWord(d.Word(h.end-1)) && describedNouns[d.Lower(h.end)] {
		return Mention{}, false // "a militant camp", "the rebel commander": no one counted
	}
	m := Mention{First: i, End: h.end, Span: d.SpanOf(i, h.end), Model: e.Name, Kind: e.Kind, Maker: e.Maker,
		Generic: e.Type == typeClass, Unit: e.Type == typeUnit, SizeMin: e.SizeMin, SizeMax: e.SizeMax,
		Plural: isPluralWord(d.Word(h.end - 1)), Entry: int(h.a.entry)}
	return m, true
}

// calibredAmmunition returns the end of a calibre and the ammunition it
// sizes from token k ("155 mm ammunition", "7.62mm shells"): what makes
// the "rounds of" before it rounds fired or stored, not rounds of talks.
func calibredAmmunition(d *text.Doc, k, lim int) (int, bool) {
	for _, n := range []int{2, 1} { // "155 mm", "7.62mm"
		if k+n < lim && CalibreStart(d, k+n) == k && ammunitionNouns[d.Lower(k+n)] {
			return k + n + 1, true
		}
	}
	return 0, false
}

var ammunitionNouns = text.SetOf("ammunition", "shells", "rounds", "bullets", "cartridges")

// describedNouns are the nouns that a singular personnel noun before them
// describes rather than counts.
var describedNouns = text.SetOf("camp", "camps", "group", "groups", "convoy", "convoys", "hideout", "hideouts",
	"position", "positions", "base", "bases", "stronghold", "strongholds", "cell", "cells", "network",
	"networks", "leader", "leaders", "commander", "commanders", "attack", "attacks", "movement", "faction",
	"factions", "training", "activity", "violence", "threat", "threats", "organisation", "organization", "outfit")

// lookup returns the longest catalogue alias that starts at token i and
// is written as its case rules require.
func (c *Catalogue) lookup(d *text.Doc, i, lim int) (hit, bool) {
	w := d.Word(i)
	if !c.filter.MayHave(w) {
		return hit{}, false
	}
	list, ok := text.Lookup(c.byFirst, w)
	if !ok {
		return hit{}, false
	}
	for _, a := range list {
		if end, ok := c.fits(d, i, lim, a); ok {
			return hit{a: a, end: end}, true
		}
	}
	return hit{}, false
}

// fits reports whether the tokens from i spell alias a.
func (c *Catalogue) fits(d *text.Doc, i, lim int, a alias) (int, bool) {
	if i+len(a.words) > lim {
		return 0, false
	}
	for k, w := range a.words {
		t := d.Tokens[i+k]
		tw := d.Word(i + k)
		if !strings.EqualFold(tw, w) && !(hasNonASCII(tw) && text.Fold(tw) == w) {
			return 0, false
		}
		switch a.rules[k] {
		case capFirst:
			if !t.Cap {
				return 0, false
			}
		case allUpper:
			if !t.Upper {
				return 0, false
			}
		case exactCase:
			if tw != a.orig[k] {
				return 0, false
			}
		}
	}
	return i + len(a.words), true
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// numberWords count before a noun: "two Patriots", "a dozen Leopards".
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "fifteen": true, "twenty": true,
	"thirty": true, "forty": true, "fifty": true, "hundred": true, "hundreds": true, "thousand": true,
	"dozen": true, "dozens": true, "several": true, "few": true, "more": true, "additional": true, "no": true,
	"second": true, "third": true, "fourth": true, "first": true, "many": true, "scores": true,
}

// numberBefore reports whether a count stands right before token i, or
// before the nationality word in front of it ("seven Russian Leopards"),
// or before "of" ("dozens of vehicles", "five of the vehicles").
func numberBefore(d *text.Doc, i int) bool {
	j := i
	for j > 1 && addingWords[d.Lower(j-1)] && d.Lower(j-2) == "of" {
		j-- // "dozens of extra officers"
	}
	switch {
	case j >= 2 && d.Lower(j-1) == "of":
		j--
	case j >= 3 && d.Lower(j-2) == "of" && (d.Lower(j-1) == "the" || d.Lower(j-1) == "its" || d.Lower(j-1) == "their"):
		j -= 2
	}
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		t := d.Tokens[k]
		if t.Kind == text.Number {
			return true
		}
		if _, ok := text.Lookup(numberWords, d.Word(k)); ok {
			return true
		}
		if k == j-2 || j < i || t.Kind != text.Word || !t.Cap && !describing(d.Lower(k)) {
			return false
		}
	}
	return false
}

// strictUnits are unit nouns that a number alone does not make military:
// "11 companies" and "two divisions" are firms and departments as often.
var strictUnits = map[string]bool{"company": true, "division": true}

// troopUnit reports whether the unit noun [i, end) is counted as troops
// are: reinforcements ("10 more companies") or a unit of troops ("two
// companies of riot police").
func (c *Catalogue) troopUnit(d *text.Doc, i, end, lim int) bool {
	return addedUnits(d, i) && !followedBy(d, end, lim, "of") || c.troopsAfter(d, end, lim)
}

// addedUnits reports whether a count and a word that adds to it stand
// before token i: "10 more companies", "two additional companies" are
// sent as reinforcements; "11 companies" alone may be firms.
func addedUnits(d *text.Doc, i int) bool {
	if i < 2 || !addingWords[d.Lower(i-1)] || addingWords[d.Lower(i-2)] {
		return false
	}
	_, word := text.Lookup(numberWords, d.Word(i-2))
	return word || d.Tokens[i-2].Kind == text.Number
}

// troopsAfter reports whether "of" and, within five words, troops follow
// token j: "a company of special forces", "two companies of riot police",
// "20 more companies of central forces".
func (c *Catalogue) troopsAfter(d *text.Doc, j, lim int) bool {
	if !followedBy(d, j, lim, "of") {
		return false
	}
	for k := j + 1; k < lim && k <= j+5 && d.Tokens[k].Kind != text.Punct; k++ {
		if d.Tokens[k].Cap && forceHeads[d.Lower(k)] && k > j+1 {
			return true // "of the Rapid Action Force", "of the Odisha Special Armed Police"
		}
		if h, ok := c.lookup(d, k, lim); ok && c.entries[h.a.entry].Kind == "personnel" {
			return true
		}
	}
	return false
}

// memberWords count people of a body, troops only where a force follows:
// "about 300 members of the Special Reserve Force".
var memberWords = text.SetOf("members", "member")

// forceHeads end the names of armed and police forces.
var forceHeads = text.SetOf("force", "forces", "police", "guard", "guards", "army", "rifles", "gendarmerie",
	"constabulary", "brigade", "battalion", "regiment", "corps", "militia")

func followedBy(d *text.Doc, j, lim int, w string) bool { return j < lim && d.Lower(j) == w }

// ofNumber reports whether "of" and a count follow: "a company of 200".
func ofNumber(d *text.Doc, j, lim int) bool {
	if j+1 >= lim || !strings.EqualFold(d.Word(j), "of") {
		return false
	}
	if d.Tokens[j+1].Kind == text.Number {
		return true
	}
	_, ok := text.Lookup(numberWords, d.Word(j+1))
	return ok || strings.EqualFold(d.Word(j+1), "about") || strings.EqualFold(d.Word(j+1), "some")
}

// militaryWords make a unit noun military: "an infantry company".
var militaryWords = map[string]bool{
	"infantry": true, "tank": true, "artillery": true, "marine": true, "airborne": true, "mechanized": true,
	"mechanised": true, "motorized": true, "motorised": true, "armoured": true, "armored": true, "rifle": true,
	"assault": true, "special": true, "reconnaissance": true, "engineer": true, "naval": true, "missile": true,
	"mortar": true, "sniper": true, "combat": true, "army": true, "military": true, "air": true, "navy": true,
	"infantrymen": true, "paratroop": true, "commando": true, "strike": true, "battle": true, "defence": true,
	"defense": true, "guards": true, "parachute": true, "task": true, "expeditionary": true, "rocket": true,
	"armed": true, "police": true, "rebel": true, "militia": true, "gendarmerie": true, "reserve": true, "riot": true,
}

func militaryBefore(d *text.Doc, i int) bool {
	if i == 0 {
		return false
	}
	_, ok := text.Lookup(militaryWords, d.Word(i-1))
	return ok || strings.HasSuffix(d.Lower(i-1), "-laden") // "an explosives-laden pickup truck"
}

// describing reports whether w reads as a describing word between a
// count and its noun: a participle or a material, "112 wooden boats",
// "14 uncrewed boats", "five abandoned vehicles".
func describing(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")) || addingWords[w]
}

// addingWords stand between a count and the people or things it counts
// to say they come on top or what they are like: "300 extra officers",
// "400 additional guards", "200 more police", "12 federal agents", "17
// fishing boats".
var addingWords = map[string]bool{"extra": true, "additional": true, "more": true, "new": true, "federal": true,
	"elite": true, "plainclothes": true, "plain-clothes": true, "uniformed": true, "local": true, "fishing": true,
	"small": true, "cargo": true, "other": true}

// isPluralWord guesses from its ending whether w is plural.
func isPluralWord(w string) bool {
	n := len(w)
	if n < 3 || strings.ToUpper(w) == w {
		return false // "HIMARS", "NASAMS" are names, not plurals
	}
	if strings.HasSuffix(strings.ToLower(w), "men") {
		return true
	}
	return (w[n-1] == 's' || w[n-1] == 'S') && w[n-2] != 's' && w[n-2] != 'S' && w[n-2] != 'u'
}
