package quantity

import (
	"strings"

	"sitrep/internal/text"
)

// fractionWords name the parts of a whole: "a third of", "two-thirds of",
// "three quarters of".
var fractionWords = map[string]float64{
	"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5,
	"sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
	"tenth": 10, "tenths": 10,
}

// notBeforeHalf are the words that make "half" a part of time or of a
// match rather than a share: "the first half of 2019".
var notBeforeHalf = text.SetOf("the", "first", "second", "last", "latter", "other", "this", "that", "a", "an",
	"one", "next", "previous", "each")

// fractionOf reads a spelled share before "of": "a third of", "one
// quarter of", "two-thirds of", "half of", "half the". The value is the
// share, 1/3 for "a third".
func (p *parser) fractionOf(i, lim int) (num, bool) {
	d := p.d
	w := d.Word(i)
	switch lw := text.Fold(w); {
	case lw == "half":
		if i+1 >= lim || i-1 >= p.floor && is(notBeforeHalf, d.Word(i-1)) {
			return num{}, false
		}
		if next := d.Word(i + 1); !strings.EqualFold(next, "of") && !p.has(i+1, wPartitive) {
			return num{}, false
		}
		return num{val: 0.5, end: i + 1, fraction: true}, true
	case lw == "a" || lw == "an":
		return p.partOf(i+1, 1, lim)
	case strings.Contains(lw, "-"):
		top, part, _ := strings.Cut(lw, "-")
		v, ok := spelledValue(top)
		den, ok2 := fractionWords[part]
		if !ok || !ok2 || v == 0 || v >= den || i+1 >= lim || !strings.EqualFold(d.Word(i+1), "of") {
			return num{}, false
		}
		return num{val: v / den, end: i + 1, fraction: true}, true
	}
	v, ok := spelledValue(w)
	if !ok || v == 0 || v > 9 {
		return num{}, false
	}
	return p.partOf(i+1, v, lim)
}

// partOf reads the fraction word at k and the "of" after it, for a
// numerator v: "third of" after "a", "quarters of" after "three".
func (p *parser) partOf(k int, v float64, lim int) (num, bool) {
	d := p.d
	if k+1 >= lim || !strings.EqualFold(d.Word(k+1), "of") {
		return num{}, false
	}
	den, ok := text.Lookup(fractionWords, d.Word(k))
	if !ok || v >= den {
		return num{}, false
	}
	return num{val: v / den, end: k + 1, fraction: true}, true
}

// slashFraction reads "1/2 pound" and "3/4 of the vote" into n, whose
// numerator ends at token i: a proper fraction written with a slash and
// followed by a unit or by "of". "9/11" and "24/7" stay dates and labels.
// The numerator is plain digits.
func (p *parser) slashFraction(n *num, i, lim int) {
	d := p.d
	if i+3 >= lim {
		return
	}
	if s := d.Word(i + 1); (s != "/" && s != "⁄") || d.Tokens[i+1].Start != d.Tokens[i].End ||
		d.Tokens[i+2].Start != d.Tokens[i+1].End {
		return
	}
	den, rest, frac, ok := parseDigits(d.Word(i + 2))
	if !ok || rest != "" || frac || den <= n.val || den > 1000 || n.val == 0 {
		return
	}
	if !strings.EqualFold(d.Word(i+3), "of") {
		if u, _, ok := units.match(d, i+3, lim); !ok || u.class == ClassPeople || u.class == ClassCount {
			return
		}
	}
	n.val /= den
	n.end, n.plain, n.fraction = i+3, false, true
}

// measureOf returns the unit of measure that a share at k is a part of:
// "of a US pint", "of an inch", "of a mile". A share of a measure is an
// amount in it, where a share of a count ("of the vote") is a fraction.
func (p *parser) measureOf(k, lim int) (unit, bool) {
	d := p.d
	if k+2 >= lim || !strings.EqualFold(d.Word(k), "of") {
		return unit{}, false
	}
	k++
	if w := text.Fold(d.Word(k)); w != "a" && w != "an" {
		return unit{}, false
	}
	k++
	if is(measureSystems, d.Word(k)) {
		k++ // "a US pint"
	}
	u, _, ok := units.match(d, k, lim)
	if !ok || u.class == ClassPeople || u.class == ClassCount || u.class == ClassPercent || u.class == ClassCurrency {
		return unit{}, false
	}
	return u, true
}

// measureSystems name the system of a unit before it: "a US pint".
var measureSystems = text.SetOf("us", "u.s.", "imperial")
