package equipment

import (
	"strings"

	"sitrep/internal/quantity"
	"sitrep/internal/text"
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
		c := Candidate{Mention: m, NationalityTok: -1, CueFirst: -1, CueEnd: -1, First: m.First, End: m.End,
			Sentence: d.SentenceOf(m.First)}
		if k+1 < len(ms) && unitOf(d, m, ms[k+1]) {
			c.Mention, c.UnitOf = ms[k+1], &ms[k]
			c.First = articleBefore(d, m.First)
			c.End = ms[k+1].End
			k++
		}
		countFor(d, &c, qs)
		nationality(d, &c, nat)
		status(d, &c, cues)
		c.Span = d.SpanOf(c.First, c.End)
		out = append(out, c)
	}
	return out
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
// nationality word in front of it.
func countFor(d *text.Doc, c *Candidate, qs []quantity.Quantity) {
	m := c.Mention
	for qi := range qs {
		q := &qs[qi]
		if q.Compound || (q.Unit != "" && q.Class != quantity.ClassPeople) || q.First >= m.End {
			continue
		}
		inside := q.NounTok >= m.First && q.NounTok < m.End
		adjacent := q.End == m.First || (q.End == m.First-1 && d.Tokens[q.End].Cap)
		if !inside && !adjacent {
			continue
		}
		c.Count = q
		c.First = min(c.First, q.First)
		return
	}
	if neg, end := negationBefore(d, c.First); neg >= 0 {
		c.Count = &quantity.Quantity{Value: 0, First: neg, End: end, Words: d.SpanOf(neg, end), NounTok: -1,
			NounFirst: -1, Modifies: -1}
		c.Status, c.CueFirst, c.CueEnd = StatusAbsent, neg, end
		c.Cue = d.SpanOf(neg, end)
		c.First = neg
	}
}

// negationBefore returns the token range of "no", "not any", "none of
// the" or "zero" right before token i (across a nationality word), or -1.
func negationBefore(d *text.Doc, i int) (int, int) {
	k := i - 1
	if k > 0 && d.Tokens[k].Cap {
		k-- // "no Russian fighter jets"
	}
	if k < 0 {
		return -1, -1
	}
	switch strings.ToLower(d.Word(k)) {
	case "no", "zero":
		return k, k + 1
	case "any":
		if k > 0 && (strings.EqualFold(d.Word(k-1), "not") || strings.EqualFold(d.Word(k-1), "n't")) {
			return k - 1, k + 1
		}
	case "the":
		if k > 1 && strings.EqualFold(d.Word(k-1), "of") && strings.EqualFold(d.Word(k-2), "none") {
			return k - 2, k
		}
	}
	return -1, -1
}

// nationality finds the nationality word or possessive owner right before
// the mention, after its count: "seven Russian T-90 tanks", "Russia's
// S-400s".
func nationality(d *text.Doc, c *Candidate, nat Nationality) {
	k := c.Mention.First - 1
	if c.UnitOf != nil {
		k = c.UnitOf.First - 1
		if c.First < c.UnitOf.First {
			k = c.First - 1
		}
	}
	if k < 0 || (c.Count != nil && k < c.Count.End-1) {
		return
	}
	w := d.Word(k)
	possessive := (w == "'s" || w == "’s") && k > 0
	if possessive {
		k--
		w = d.Word(k)
	}
	t := d.Tokens[k]
	if t.Kind != text.Word || !t.Cap || d.SentenceOf(k) != c.Sentence {
		return
	}
	code, ok := "", false
	if nat != nil {
		code, ok = nat(text.Fold(w))
	} else {
		ok = possessive || demonymShape(strings.ToLower(w)) && k != d.Sentences[c.Sentence].First
	}
	if !ok {
		return
	}
	c.NationalityTok, c.NationalitySpan, c.NationalityCode = k, t.Span, code
	c.First = min(c.First, k)
}

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
