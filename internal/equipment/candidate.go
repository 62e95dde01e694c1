package equipment

import (
	"strings"

	"sitrep/internal/quantity"
	"sitrep/internal/text"
	"sitrep/internal/vocab"
)

// Statuses of an asset candidate.
const (
	StatusPresent   = "present"   // observed, deployed, stationed; the default
	StatusAbsent    = "absent"    // "no fighter jets", "not any tanks", "zero"
	StatusFired     = "fired"     // fired, launched
	StatusDestroyed = "destroyed" // destroyed, shot down, downed, intercepted, lost
	StatusDamaged   = "damaged"   // damaged, hit, struck
	StatusDelivered = "delivered" // delivered, supplied, sent, transferred
	StatusPlanned   = "planned"   // would deliver, plans to send, pledged, ordered
	StatusSeized    = "seized"    // seized, captured
)

// Nationality resolves a folded word ("russian", "russia") to an actor
// code ("RUS"). The asset stage passes the lexicon's demonyms and country
// names; with nil, a capitalised word shaped like a demonym is kept with
// no code.
type Nationality func(folded string) (code string, ok bool)

// Candidate is a mention of equipment or troops with what the words around
// it say: how many, whose, and what happened to it.
type Candidate struct {
	Mention Mention
	// UnitOf is the unit the troops are counted in: "company" in "a
	// company of 200 Naval Infantrymen", pointing into the mentions given
	// to Candidates; nil when none.
	UnitOf *Mention
	// Count is the quantity that counts the mention, pointing into the
	// quantities given to Candidates; nil when none. "no fighter jets"
	// counts zero with a quantity of its own over "no".
	Count *quantity.Quantity
	// NationalityTok is the token of the nationality word before the
	// mention ("Russian"), or of a possessive owner ("Russia's"); -1 when
	// none. NationalityCode is its code when the resolver knows it.
	NationalityTok  int
	NationalitySpan text.Span
	NationalityCode string
	// Force is the folded service or side word between the nationality
	// and the mention ("army" in "a Malian army Mi-24", "government" in
	// "government troops", "rebel" in "rebel pickup trucks"), for the
	// asset stage to resolve; "" when none. ForceTok is its token, -1.
	Force    string
	ForceTok int
	// Conj is the index, in the slice Candidates returns, of the candidate
	// this one is coordinated with ("a US-made Bradley and a Leopard 2
	// tank", "two frigates, a submarine and three landing ships"): the one
	// right before it, joined only by "and", "or", a comma or "as well
	// as"; -1 when none. Coordinated mentions share the verb before the
	// first one, so a candidate without a cue of its own takes that
	// one's status.
	Conj int
	// Status is the cue's status, StatusPresent when no cue is found.
	// CueFirst is -1 then.
	Status           string
	Cue              text.Span
	CueFirst, CueEnd int
	// Span covers the count, the nationality, the unit and the mention.
	Span       text.Span
	First, End int
	Sentence   int
}

// Candidates pairs each mention with its count, nationality and status
// cue. A unit mention followed by "of" and troops ("a company of 200
// Naval Infantrymen") becomes the troops' unit rather than a candidate of
// its own.
func Candidates(d *text.Doc, ms []Mention, qs []quantity.Quantity, nat Nationality) []Candidate {
	out := make([]Candidate, 0, len(ms))
	cues := newCueCache(d)
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		c := Candidate{Mention: m, NationalityTok: -1, ForceTok: -1, CueFirst: -1, CueEnd: -1, First: m.First,
			End: m.End, Sentence: d.SentenceOf(m.First), Conj: -1}
		if k+1 < len(ms) && unitOf(d, m, ms[k+1]) {
			c.Mention, c.UnitOf = ms[k+1], &ms[k]
			c.First = articleBefore(d, m.First)
			c.End = ms[k+1].End
			k++
		}
		floor := 0
		if k > 0 {
			floor = ms[k-1].End
		}
		countFor(d, &c, qs, floor)
		if n := len(out); n > 0 && (headOf(d, &out[n-1], &c) || jetsOf(d, &out[n-1], &c)) {
			// "12 FA-50 light combat jets", "two rocket-propelled
			// grenade launchers": the class noun heads the model's
			// phrase, one observation.
			out[n-1].End = c.End
			out[n-1].Span = d.SpanOf(out[n-1].First, out[n-1].End)
			out[n-1].Mention.Plural = out[n-1].Mention.Plural || c.Mention.Plural // "quadcopter drones" are several
			continue
		}
		nationality(d, &c, nat)
		status(d, &c, cues)
		if n := len(out); n > 0 && (cargoOf(d, &out[n-1], &c) || fittedOn(d, out, &c) && sharesFate(out[n-1].Status)) {
			// "seized a speedboat carrying 17 firearms", "seized two
			// pickups, one of them fitted with a machine gun": what a
			// seized or delivered vessel carries shares its fate
			c.takeStatus(&out[n-1])
		}
		c.Span = d.SpanOf(c.First, c.End)
		if n := len(out); n > 0 && conjoined(d, &out[n-1], &c, cues) {
			c.Conj = n - 1
			if n > 1 && fittedOn(d, out[:n-1], &out[n-1]) {
				// "seized two pickup trucks fitted with machine guns and
				// 31 assault rifles": the list goes on from the trucks
				c.Conj = n - 2
			}
			if p := &out[c.Conj]; p.Status == StatusAbsent && p.CueFirst >= 0 && c.Count == nil && orBefore(d, c.First) {
				c.negate(d, p.CueFirst, p.CueEnd) // "no fighter jets or helicopters", "no mortars or other heavy weapons"
			}
			inheritStatus(&c, &out[c.Conj])
			if p := &out[c.Conj]; c.CueFirst >= 0 && c.CueFirst < p.First && carriers[d.Lower(c.CueFirst)] && p.CueFirst != c.CueFirst {
				// "carrying 17 firearms and 3,000 rounds": the rounds
				// share the fate the firearms took from their vessel
				c.takeStatus(p)
			}
		}
		out = append(out, c)
	}
	sharedPassive(d, out)
	return out
}

// sharedPassive gives the earlier items of a list the status that a verb
// after the list's last item says of them all: "two pickup trucks, 14
// rifles and a mortar had been seized". Only the last item reaches the
// verb, as a comma or "and" ends each item's own search.
func sharedPassive(d *text.Doc, out []Candidate) {
	for i := len(out) - 1; i >= 0; i-- {
		c := &out[i]
		if c.Conj < 0 || c.CueFirst < c.End || !fates[c.Status] || !passiveBetween(d, c.End, c.CueFirst) {
			continue
		}
		if p := &out[c.Conj]; p.CueFirst < 0 && p.Status == StatusPresent {
			p.takeStatus(c)
		}
	}
}

// fates are the statuses that a passive verb after a list says of each
// thing in it; "two jets and a drone struck the camp" says nothing of
// the jets that "struck" does not already.
var fates = map[string]bool{StatusSeized: true, StatusDestroyed: true, StatusDamaged: true}

// passiveBetween reports whether a form of "be" and no verb in -ing lie
// in [from, to): the verb after them is passive, its subject what it
// happened to, where "were tracking the stolen herds" is active.
func passiveBetween(d *text.Doc, from, to int) bool {
	be := false
	for k := from; k < to; k++ {
		switch w := d.Lower(k); {
		case passiveAux[w]:
			be = true
		case strings.HasSuffix(w, "ing"):
			return false
		}
	}
	return be
}

// headOf reports whether class noun candidate c heads the phrase of the
// model candidate p before it: its count is p's and at most two words
// stand between them. A class noun right after another ("rocket-propelled
// grenade launchers") heads it too, and the first says what kind it is,
// whether a number counts the phrase or a word the asset layer reads
// later ("several rocket-propelled grenade launchers").
func headOf(d *text.Doc, p, c *Candidate) bool {
	adjacent := c.Mention.First == p.Mention.End
	// "quadcopter drones": two class nouns of one kind name one thing
	alike := adjacent && c.Count == nil && p.Mention.Generic && c.Mention.Generic && p.Mention.Kind == c.Mention.Kind
	uncounted := adjacent && c.Count == nil && (launchers[d.Lower(c.Mention.End-1)] || alike) &&
		(p.Mention.First == 0 || d.Tokens[p.Mention.First-1].Kind != text.Number && !text.NumberWord(d.Lower(p.Mention.First-1)))
	return c.Mention.Generic && (!p.Mention.Generic || adjacent) && !p.Mention.Unit &&
		!c.Mention.Unit && (c.First <= p.Mention.First || uncounted) && c.Mention.First >= p.Mention.End &&
		c.Mention.First-p.Mention.End <= 2
}

// launchers are the class nouns that fire what the noun before them
// names: "rocket-propelled grenade launchers", not "mortar shells".
var launchers = text.SetOf("launcher", "launchers", "system", "systems")

// conjoined reports whether candidate c is coordinated with the one before
// it, p: only a joiner ("and", "or", ",", "as well as") and at most three
// words of c's own (an article, "German-supplied") lie between them, none
// of them a verb cue or a clause boundary.
func conjoined(d *text.Doc, p, c *Candidate, cues *cueCache) bool {
	if p.Sentence != c.Sentence || p.End > c.First || c.First-p.End > 11 {
		return false
	}
	k := p.End
	switch {
	case k+2 < c.First && d.Lower(k) == "as" && d.Lower(k+1) == "well" && d.Lower(k+2) == "as":
		k += 3
	case d.Lower(k) == ",":
		k++
		if k < c.First && (d.Lower(k) == "and" || d.Lower(k) == "or") {
			k++
		}
		k = skipListItem(d, k, c.First, cues)
	case d.Lower(k) == "and" || d.Lower(k) == "or":
		k++
	default:
		return false
	}
	if c.First-k > 3 {
		return false
	}
	for ; k < c.First; k++ {
		ci := cues.at(k)
		if d.Tokens[k].Kind == text.Punct || ci.status != 0 || ci.flags&(fStopAfter|fPrep) != 0 || clauseOpeners[d.Lower(k)] {
			return false // "shot down six missiles, and that two jets had joined": a clause of its own
		}
	}
	return true
}

// skipListItem returns the token after the "and" or "or" that closes a
// list item of no more than five words which is no candidate, between
// token k and the candidate at first ("a shotgun, about 40 homemade
// knives and half a dozen hand grenades"), or k where there is none.
func skipListItem(d *text.Doc, k, first int, cues *cueCache) int {
	for j := k; j < first && j <= k+5; j++ {
		w := d.Lower(j)
		if w == "and" || w == "or" {
			if j > k {
				return j + 1
			}
			return k
		}
		ci := cues.at(j)
		if d.Tokens[j].Kind == text.Punct || ci.status != 0 || ci.flags&(fStopAfter|fPrep) != 0 || clauseOpeners[w] ||
			strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
			return k
		}
	}
	return k
}

// Borne reports whether the mention that starts at token first is what
// the one before it carries: "trucks mounted with machine guns", "men
// armed with machetes", "mounted with 12.7 mm machine guns".
func Borne(d *text.Doc, first int) bool {
	first = CalibreStart(d, first)
	return first >= 2 && d.Lower(first-1) == "with" && bearers[d.Lower(first-2)]
}

// CalibreStart returns where a calibre written before the mention that
// starts at token first begins ("12.7 mm machine guns", "120mm mortars"),
// or first.
func CalibreStart(d *text.Doc, first int) int {
	switch {
	case first >= 2 && d.Tokens[first-2].Kind == text.Number && calibreUnits[d.Lower(first-1)]:
		return first - 2
	case first >= 1 && d.Tokens[first-1].Kind == text.Number && strings.HasSuffix(d.Lower(first-1), "mm"):
		return first - 1
	}
	return first
}

// calibreUnits are the units of a calibre written before a weapon or its
// ammunition: "12.7 mm machine guns", "three 122 mm rocket launchers".
var calibreUnits = text.SetOf("mm", "millimetre", "millimeter", "calibre", "caliber", "cm", "inch")

var bearers = text.SetOf("mounted", "fitted", "armed", "equipped", "loaded", "laden")

// clauseOpeners begin a clause of its own after "and".
var clauseOpeners = map[string]bool{"that": true, "which": true, "while": true, "when": true, "after": true}

// inheritStatus gives c the status of the candidate it is coordinated
// with when that one's cue is a verb before both ("destroyed a Bradley and
// a Leopard 2 tank") and c has no cue of its own before it.
func inheritStatus(c, p *Candidate) {
	if p.CueFirst < 0 || p.CueFirst >= p.First || c.CueFirst >= 0 && c.CueFirst < c.First {
		return
	}
	if c.Status == StatusAbsent || p.Status == StatusFired && !Spent(c.Mention) && !weapons[c.Mention.Kind] {
		return // "used mortars and armoured vehicles": the vehicles were there
	}
	c.takeStatus(p)
}

// takeStatus gives c the status of p and the cue that says it.
func (c *Candidate) takeStatus(p *Candidate) {
	c.Status, c.Cue, c.CueFirst, c.CueEnd = p.Status, p.Cue, p.CueFirst, p.CueEnd
}

// fittedOn reports whether candidate c is what the last candidate of
// out bears, right after it ("two pickup trucks fitted with machine
// guns") or in an aside ("two pickups, one of them fitted with a 12.7 mm
// machine gun,").
func fittedOn(d *text.Doc, out []Candidate, c *Candidate) bool {
	with := c.First - 1
	for with > 0 && with >= c.First-4 && d.Lower(with) != "with" && d.Tokens[with].Kind != text.Punct {
		with-- // "fitted with a 12.7 mm machine gun": across the calibre
	}
	if len(out) == 0 || with < 1 || !Borne(d, with+1) {
		return false
	}
	p, bearer := &out[len(out)-1], with-1
	if p.End == bearer {
		return true
	}
	if p.End >= bearer || bearer-p.End > 5 || d.Word(p.End) != "," || p.Sentence != c.Sentence {
		return false
	}
	for k := p.End + 1; k < bearer; k++ {
		if d.Lower(k) == "of" && (d.Lower(k+1) == "them" || d.Lower(k+1) == "which") || d.Lower(k) == "each" {
			return true
		}
	}
	return false
}

// sharesFate reports whether what a thing bears shares a status of it.
func sharesFate(status string) bool {
	return status == StatusSeized || status == StatusDelivered
}

// cargoOf reports whether candidate c is the load of candidate p right
// before it ("a speedboat carrying 17 firearms"), whose status is one a
// load shares: seized or delivered.
func cargoOf(d *text.Doc, p, c *Candidate) bool {
	if !sharesFate(p.Status) || c.CueFirst != p.End || c.CueFirst < 0 {
		return false
	}
	return carriers[d.Lower(c.CueFirst)]
}

var carriers = text.SetOf("carrying", "carried", "loaded", "laden", "transporting")

// jetsOf reports whether "fighters" right after the combat aircraft
// candidate p name its aircraft, not combatants: "two F-16 fighters".
func jetsOf(d *text.Doc, p, c *Candidate) bool {
	w := d.Lower(c.Mention.First)
	return c.Mention.Unit && (w == "fighters" || w == "fighter") && p.Mention.Kind == "combat_aircraft" &&
		c.Mention.First == p.Mention.End
}

// unitOf reports whether unit mention u heads the troops mention m: "a
// company of 200 Naval Infantrymen", "a battalion of marines".
func unitOf(d *text.Doc, u, m Mention) bool {
	if !u.Unit || u.Kind != "unit" || !m.Unit || m.Kind != "personnel" || u.End >= m.First {
		return false
	}
	if !strings.EqualFold(d.Word(u.End), "of") || m.First-u.End > 4 {
		return false
	}
	for k := u.End + 1; k < m.First; k++ {
		if d.Tokens[k].Kind == text.Punct {
			return false
		}
	}
	return d.SentenceOf(u.First) == d.SentenceOf(m.First)
}

func articleBefore(d *text.Doc, i int) int {
	if i > 0 {
		switch strings.ToLower(d.Word(i - 1)) {
		case "a", "an", "one":
			return i - 1
		}
	}
	return i
}

// countFor finds the quantity that counts the mention: its counted noun
// lies in the mention, or it ends right before the mention or before a
// nationality word in front of it, or it ends before words that qualify
// the mention and start after token floor, the end of the mention before.
func countFor(d *text.Doc, c *Candidate, qs []quantity.Quantity, floor int) {
	if c.UnitOf != nil {
		// "two companies of riot police" counts the companies; "a
		// company of 200 marines" the marines.
		units := *c
		units.Mention = *c.UnitOf
		if countMention(d, &units, qs, floor); units.Count != nil {
			units.Mention = c.Mention
			*c = units
			return
		}
	}
	countMention(d, c, qs, floor)
}

func countMention(d *text.Doc, c *Candidate, qs []quantity.Quantity, floor int) {
	m := c.Mention
	neg, end := negationBefore(d, c.First)
	if neg < 0 {
		neg, end = nobodyBefore(d, c.First)
	}
	if neg >= 0 {
		// "not a single warship": the negation outranks the "a single"
		// that counts one.
		c.negate(d, neg, end)
		c.First = neg
		return
	}
	for qi := range qs {
		q := &qs[qi]
		// A number inside the mention is part of the model's name: the
		// "2" of "Leopard 2 tanks".
		if q.Compound || (q.Unit != "" && q.Class != quantity.ClassPeople) || q.First >= m.First {
			continue
		}
		inside := q.NounTok >= m.First && q.NounTok < m.End
		adjacent := q.End == m.First || (q.End == m.First-1 && (d.Tokens[q.End].Cap || closingQuote(d.Word(q.End))))
		if !inside && !adjacent && (q.End < floor || !qualified(d, q, m)) {
			continue
		}
		c.Count = q
		c.First = min(c.First, q.First)
		return
	}
}

// qualified reports whether only words that qualify the mention stand
// between the count and it, the count naming no noun before them: "14
// locally made guns", "about 700 Bangladeshi and Nepali troops", "three
// 122 mm rocket launchers"; a noun the count names must be a
// nationality.
func qualified(d *text.Doc, q *quantity.Quantity, m Mention) bool {
	if m.First-q.End > 3 || q.NounTok >= 0 && (q.NounTok < q.End || q.NounTok >= m.End || !d.Tokens[q.NounTok].Cap) {
		return false // "11 addresses seized two rifles"
	}
	for k := q.End; k < m.First; k++ {
		t := d.Tokens[k]
		switch w := d.Lower(k); {
		case t.Kind == text.Number && k+1 < m.First && calibreUnits[d.Lower(k+1)]:
			k++ // "three 122 mm multiple rocket launchers"
		case w == "and":
			if !d.Tokens[k-1].Cap || !d.Tokens[k+1].Cap {
				return false // "300 soldiers and drones"
			}
		case t.Kind != text.Word || notQualifier[w]:
			return false
		}
	}
	return true
}

// notQualifier are the words that end the phrase of a count before the
// noun it counts.
var notQualifier = map[string]bool{"of": true, "in": true, "on": true, "at": true, "by": true, "with": true,
	"from": true, "to": true, "for": true, "or": true, "but": true, "as": true, "than": true, "into": true,
	"near": true, "were": true, "was": true, "had": true, "have": true, "are": true, "is": true, "said": true,
	"a": true, "an": true, "the": true, "its": true, "their": true}

// closingQuote reports whether w closes a quotation: the count in
// '"a couple of dozen" rocket launchers' is quoted from someone.
func closingQuote(w string) bool { return w == "\"" || w == "”" || w == "'" || w == "’" }

// negate makes c absent, counted zero by the negation at tokens [neg,
// end).
func (c *Candidate) negate(d *text.Doc, neg, end int) {
	c.Count = &quantity.Quantity{Value: 0, First: neg, End: end, Words: d.SpanOf(neg, end), NounTok: -1,
		NounFirst: -1, Modifies: -1}
	c.Status, c.CueFirst, c.CueEnd = StatusAbsent, neg, end
	c.Cue = d.SpanOf(neg, end)
}

// negationBefore returns the token range of "no", "not any", "not a
// single", "not one", "none of the" or "zero" right before token i, across
// a nationality word and a word like "additional" ("no additional Russian
// troops"), or -1.
func negationBefore(d *text.Doc, i int) (int, int) {
	k := i - 1
	for n := 0; n < 4 && k > 0 && d.SentenceOf(k) == d.SentenceOf(i) && k != d.Sentences[d.SentenceOf(i)].First; n++ {
		// "no Russian fighter jets", "no additional troops", "No
		// Venezuelan military boats", "no complete missiles", "no
		// Malian or Russian ground troops"
		w := d.Lower(k)
		joined := (w == "or" || w == "and") && d.Tokens[k-1].Cap && d.Tokens[k+1].Cap
		if w == "no" || w == "single" || !joined && !d.Tokens[k].Cap && !negatedExtra[w] && !forces[w] && !militaryWords[w] && !qualifier(w, true) {
			break
		}
		k--
	}
	if k < 0 {
		return -1, -1
	}
	not := func(j int) bool { return j >= 0 && (d.Lower(j) == "not" || d.Lower(j) == "n't") }
	switch d.Lower(k) {
	case "no", "zero":
		return k, k + 1
	case "any", "one":
		if not(k - 1) {
			return k - 1, k + 1
		}
	case "single":
		if k > 0 && d.Lower(k-1) == "a" && not(k-2) {
			return k - 2, k + 1
		}
	case "the":
		if k > 1 && d.Lower(k-1) == "of" && d.Lower(k-2) == "none" {
			return k - 2, k
		}
	}
	return -1, -1
}

// adjective reports whether w is an English adjective ("complete",
// "heavy") or a compound of lower-case words joined by a hyphen
// ("ready-made", "long-range").
func adjective(w string) bool {
	return qualifier(w, false)
}

// qualifier reports whether w is an adjective (see adjective) or, with
// nouns, a word that may be a noun qualifying the one after it ("no
// pirate skiffs", "no fibreglass boats"): a lower-case word the
// vocabulary knows as a noun or an adjective only, or not at all.
func qualifier(w string, nouns bool) bool {
	if v, err := vocab.Default(); err == nil {
		c := v.Classes(w)
		if c&vocab.Adj != 0 || nouns && lowerWord(w) && c&^(vocab.Noun|vocab.Adj) == 0 {
			return true
		}
	}
	head, rest, ok := strings.Cut(w, "-")
	return ok && lowerWord(head) && lowerWord(rest)
}

func lowerWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// nobodyBefore returns the token range of "nobody", "no one", "none of
// them" or "not one of them" as the subject of the verb right before
// token i, across an article and adjectives: "Nobody fired a live
// round", "no one used tear gas", "Not one of those boys had a gun"; or
// -1.
func nobodyBefore(d *text.Doc, i int) (int, int) {
	si := d.SentenceOf(i)
	for verb := i - 1; verb >= 1 && verb >= i-4 && d.SentenceOf(verb-1) == si; verb-- {
		if !describes(d, verb+1, i) || d.Tokens[verb].Kind != text.Word || d.Tokens[verb].Cap {
			break
		}
		switch w := d.Lower(verb - 1); {
		case w == "nobody" || w == "no-one":
			return verb - 1, verb
		case w == "one" && verb >= 2 && d.Lower(verb-2) == "no" && d.SentenceOf(verb-2) == si:
			return verb - 2, verb
		}
		if describes(d, verb, verb+1) {
			continue // an article or an adjective is no verb
		}
		if neg := noneOf(d, verb, si); neg >= 0 {
			return neg, verb
		}
	}
	return -1, -1
}

// noneOf returns where "none of" or "not one of" and the people it
// picks from open the subject of the verb at token verb ("Not one of
// those boys had a gun"), or -1.
func noneOf(d *text.Doc, verb, si int) int {
	for of := verb - 2; of >= 1 && of >= verb-5 && d.SentenceOf(of-1) == si; of-- {
		if d.Tokens[of].Kind != text.Word {
			return -1
		}
		if d.Lower(of) != "of" {
			continue
		}
		switch {
		case d.Lower(of-1) == "none":
			return of - 1
		case d.Lower(of-1) == "one" && of >= 2 && d.Lower(of-2) == "not" && d.SentenceOf(of-2) == si:
			return of - 2
		}
		return -1
	}
	return -1
}

// describes reports whether tokens [i, j) are only an article and
// adjectives.
func describes(d *text.Doc, i, j int) bool {
	for k := i; k < j; k++ {
		if w := d.Lower(k); w != "a" && w != "an" && w != "any" && !adjective(w) {
			return false
		}
	}
	return true
}

// orBefore reports whether "or" or "nor" comes right before token i,
// across "other" or "any other".
func orBefore(d *text.Doc, i int) bool {
	k := i - 1
	for k > 0 && (d.Lower(k) == "other" || d.Lower(k) == "any") {
		k--
	}
	return k > 0 && (d.Lower(k) == "or" || d.Lower(k) == "nor")
}

// negatedExtra may stand between a negation and what it negates.
var negatedExtra = map[string]bool{"additional": true, "more": true, "further": true, "new": true, "extra": true,
	"other": true, "second": true, "third": true}

// nationality finds the nationality word or possessive owner right before
// the mention, after its count: "seven Russian T-90 tanks", "Russia's
// S-400s", "a battalion of US marines", "a Russian company of 200 marines".
func nationality(d *text.Doc, c *Candidate, nat Nationality) {
	if c.UnitOf != nil {
		if k := c.Mention.First - 1; k > c.UnitOf.End && nationalityAt(d, c, nat, k) {
			return
		}
		k := c.UnitOf.First - 1
		if c.First < c.UnitOf.First {
			k = c.First - 1
		}
		nationalityAt(d, c, nat, k)
		return
	}
	if m := c.Mention; m.End-m.First > 1 && !m.Unit && d.Lower(m.First) == "police" {
		// "three police pickup trucks": the catalogue reads the service
		// word as part of the noun, and it still says whose
		c.Force, c.ForceTok = "police", m.First
	}
	nationalityAt(d, c, nat, c.Mention.First-1)
}

// nationalityAt reads a nationality word ending at token k, after a side
// word ("a Malian army Mi-24"), and reports whether it found one.
func nationalityAt(d *text.Doc, c *Candidate, nat Nationality, k int) bool {
	if k < 0 || (c.Count != nil && k < c.Count.End-1) {
		return false
	}
	if forces[d.Lower(k)] && d.SentenceOf(k) == c.Sentence {
		// "a Malian army Mi-24", "an army Antonov", "government troops"
		c.Force, c.ForceTok = d.Lower(k), k
		c.First = min(c.First, k)
		if k--; k < 0 || (c.Count != nil && k < c.Count.End-1) {
			return false
		}
		if serviceModifiers[d.Lower(k)] && k > 0 {
			k-- // "four Georgian border police jeeps"
		}
	}
	w := d.Word(k)
	possessive := (w == "'s" || w == "’s") && k > 0
	if possessive {
		k--
		w = d.Word(k)
	}
	t := d.Tokens[k]
	if t.Kind != text.Word || !t.Cap || d.SentenceOf(k) != c.Sentence {
		return false
	}
	code, ok := "", false
	switch {
	case nat == nil:
		ok = possessive || demonymShape(strings.ToLower(w)) && k != d.Sentences[c.Sentence].First
	case k > 0 && d.Tokens[k-1].Cap && d.SentenceOf(k-1) == c.Sentence:
		// "North Korean soldiers", "South Sudanese troops"
		if code, ok = nat(d.Key(k-1, k+1)); ok {
			t.Span = d.SpanOf(k-1, k+1)
			k--
			break
		}
		fallthrough
	default:
		code, ok = nat(text.Fold(w))
	}
	if !ok {
		return false
	}
	c.NationalityTok, c.NationalitySpan, c.NationalityCode = k, t.Span, code
	c.First = min(c.First, k)
	return true
}

// forces are the service and side words that may stand between an owner
// and the equipment it owns.
var forces = map[string]bool{"army": true, "navy": true, "military": true, "government": true,
	"regime": true, "junta": true, "rebel": true, "militia": true, "coalition": true, "police": true}

// serviceModifiers qualify a service word between it and the nationality
// before it.
var serviceModifiers = text.SetOf("border", "riot", "federal", "national", "military", "traffic", "special")

// demonymShape guesses a nationality adjective from its ending: Russian,
// Chinese, British, Israeli, French, Turkish.
func demonymShape(w string) bool {
	for _, suf := range []string{"an", "ese", "ish", "ch", "i", "ic", "ian"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}
