package quantity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/text"
)

// digitsAt reads a number token: "250,000", "2.7m", "10km", "10-12",
// "60-member", followed by any scale words ("2 million").
func (p *parser) digitsAt(i, lim int) (num, bool) {
	w := p.d.Word(i)
	v, rest, frac, ok := parseDigits(w)
	if !ok {
		return num{}, false
	}
	n := num{val: v, end: i + 1}
	switch {
	case rest == "":
		n.plain = !frac && !strings.ContainsAny(w, ",.")
	case rest[0] == '-':
		if !p.hyphenRest(&n, rest[1:]) {
			return num{}, false
		}
	default:
		if !p.suffix(&n, i, rest, frac) {
			return num{}, false
		}
	}
	p.scaleWords(&n, lim)
	return n, finite(n.val) && finite(n.hi)
}

// suffix reads the letters glued to digits: a scale ("2.7m", "1.2bn") or a
// unit ("10km"). Anything else ("5G", "2S19", "4th", "1990s", "1e999") is
// not a quantity.
func (p *parser) suffix(n *num, i int, rest string, frac bool) bool {
	if u, ok := caseUnits[rest]; ok && (rest != "p" || n.val < 1000) {
		n.unit = u
		return true
	}
	lr := lower(rest)
	if lr == "m" && !frac && !p.millions(i) {
		n.unit = unit{"metre", ClassLength}
		return true
	}
	if s, ok := gluedScales[lr]; ok {
		n.val *= s
		n.scale = s
		return true
	}
	if u, ok := gluedUnits[lr]; ok {
		n.unit = u
		return true
	}
	return false
}

// caseUnits are the one-letter units glued to digits, whose case tells
// them apart: "50c" is cents and "40C" degrees, "5g" grams and "5G" a
// network generation.
var caseUnits = map[string]unit{
	"c": {"cent", ClassCurrency}, "C": {"celsius", ClassTemperature}, "F": {"fahrenheit", ClassTemperature},
	"g": {"gram", ClassMass}, "p": {"penny", ClassCurrency}, "W": {"watt", ClassPower}, "V": {"volt", ClassPower},
	"l": {"litre", ClassVolume}, "L": {"litre", ClassVolume},
}

// millions reports whether an "m" glued to the whole number at token i
// means millions rather than metres: after a currency sign, or before a
// plural noun ("5m people").
func (p *parser) millions(i int) bool {
	d := p.d
	if i > 0 {
		if _, ok := currencySigns[d.Word(i-1)]; ok {
			return true
		}
	}
	if i+1 < len(d.Tokens) && d.Tokens[i+1].Kind == 0 {
		w := d.Word(i + 1)
		u, _, isUnit := units.match(d, i+1, i+2)
		return (!isUnit || u.class == ClassPeople) && isPlural(w)
	}
	return false
}

// hyphenRest reads what follows a hyphen in a number token: a range
// ("10-12", "10-12m"), or a compound ("60-member", "5-year-old", "20-odd").
func (p *parser) hyphenRest(n *num, rest string) bool {
	if v2, r2, _, ok := parseDigits(rest); ok {
		if r2 != "" {
			s, ok := gluedScales[lower(r2)]
			if !ok {
				return false
			}
			v2 *= s
			n.val *= s
			n.scale = s
		}
		// A falling or equal pair is a score or a date, not a range.
		if v2 <= n.val {
			return false
		}
		n.hi, n.isRange = v2, true
		return true
	}
	return compoundRest(n, rest)
}

// compoundRest reads the words after "60-" or "five-": a scale
// ("5.5-million"), a rate ("1,000-per-month"), a unit ("5-km", "24-hour"),
// an age ("5-year-old"), a vague mark ("20-odd", "20-plus") or the noun of
// a size ("60-member").
func compoundRest(n *num, rest string) bool {
	head, tail, _ := strings.Cut(rest, "-")
	lh := lower(head)
	if s, ok := text.Lookup(scales, lh); ok && s >= 1e3 && n.scale == 0 {
		n.val *= s
		n.scale = s
		if tail == "" {
			return true
		}
		head, tail, _ = strings.Cut(tail, "-")
		lh = lower(head)
	}
	switch {
	case lh == "odd" && tail == "":
		n.approx = true
		return true
	case lh == "plus" && tail == "":
		n.bound = AtLeast
		return true
	case lower(tail) == "old":
		u, ok := text.Lookup(singleUnits, lh+"-old")
		n.unit = u
		return ok
	case (lh == "per" || lh == "a") && tail != "":
		if den, ok := text.Lookup(denominators, tail); ok {
			n.per = den
			return true
		}
	}
	if !allLetters(head) {
		return false
	}
	if u, ok := text.Lookup(singleUnits, lh); ok && u.class != ClassPeople && tail == "" {
		n.unit = u
	}
	n.compound = lh
	if tail != "" {
		n.compound = lower(head + "-" + tail)
	}
	return true
}

func allLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// singleUnits are the one-word unit names, for compounds like "5-km".
var singleUnits = func() map[string]unit {
	m := map[string]unit{}
	for u, names := range unitNames {
		for n := range strings.SplitSeq(names, "|") {
			n = strings.TrimSpace(n)
			if !strings.Contains(n, " ") && utf8.RuneCountInString(n) > 1 {
				m[n] = u
			}
		}
	}
	for _, a := range []string{"year", "month", "week", "day"} {
		m[a+"-old"] = unit{a + " of age", ClassAge}
	}
	return m
}()

// scaleWords multiplies n by the scale words after it: "2 million",
// "1.5 billion", "five hundred thousand", "3 dozen".
func (p *parser) scaleWords(n *num, lim int) {
	for k := 0; k < 2 && n.end < lim; k++ {
		w := p.d.Word(n.end)
		s, ok := text.Lookup(scales, w)
		if !ok && strings.EqualFold(w, "dozen") {
			s, ok = 12, true
		}
		// Only "hundred" takes a second scale: "five hundred thousand".
		if !ok || (k > 0 && n.scale >= 1e3) {
			return
		}
		n.val *= s
		n.hi *= s
		n.scale = max(n.scale, 1) * s
		n.plain = false
		n.end++
	}
}

// gluedCurrency reads an amount written onto a currency code: "INR1",
// "Rs500", "US$5" written as one word.
func (p *parser) gluedCurrency(i, lim int) (num, bool) {
	w := p.d.Word(i)
	k := strings.IndexFunc(w, func(r rune) bool { return r >= '0' && r <= '9' })
	if k < 2 || k > 3 {
		return num{}, false
	}
	cur, ok := text.Lookup(currencyCodes, w[:k])
	if !ok {
		return num{}, false
	}
	v, rest, _, ok := parseDigits(w[k:])
	if !ok || rest != "" {
		return num{}, false
	}
	n := num{val: v, end: i + 1, unit: unit{cur, ClassCurrency}}
	p.scaleWords(&n, lim)
	return n, finite(n.val)
}

// spelledAt reads a number in words: "seven", "two million", "a dozen",
// "half a dozen", "dozens", "hundreds of thousands", "five-year".
func (p *parser) spelledAt(i, lim int) (num, bool) {
	d := p.d
	w := d.Word(i)
	switch {
	case strings.EqualFold(w, "a"), strings.EqualFold(w, "an"):
		return p.articleNumber(i, lim)
	case strings.EqualFold(w, "half"):
		return p.half(i, lim)
	case strings.EqualFold(w, "several"):
		return p.severalScale(i, i+1, lim)
	}
	if base, ok := text.Lookup(vague, w); ok {
		return p.vagueAt(i, lim, base)
	}
	if strings.Contains(w, "-") {
		if n, ok := p.spelledCompound(i, w); ok {
			return n, true
		}
	}
	v, end, ok := p.spelledRun(i, lim, 0)
	if !ok {
		return num{}, false
	}
	return num{val: v, end: end}, true
}

// spelledRun reads spelled number words from i, starting from cur (1 after
// "a" in "a hundred and fifty"), and returns the value and the end. It
// stops where the words stop making one number: "one two" is two numbers.
func (p *parser) spelledRun(i, lim int, cur float64) (float64, int, bool) {
	d := p.d
	const (
		none = iota
		unitWord
		tenWord
		hundredWord
		scaleWord
	)
	last, total, lastScale, hasHundred := none, 0.0, 0.0, false
	if cur > 0 {
		last = unitWord
	}
	j := i
	for ; j < lim; j++ {
		w := d.Word(j)
		if v, ok := spelledValue(w); ok {
			_, isTen := text.Lookup(tens, w)
			if last == unitWord || (last == tenWord && (isTen || v >= 10)) || (v == 0 && last != none) {
				break
			}
			cur += v
			last = unitWord
			if isTen {
				last = tenWord
			}
			continue
		}
		lw := lower(w)
		if lw == "hundred" && (last == unitWord || last == tenWord) && !hasHundred {
			cur *= 100
			hasHundred, last = true, hundredWord
			continue
		}
		if lw == "and" && (last == hundredWord || last == scaleWord) && j+1 < lim && isSpelledSmall(d.Word(j+1)) {
			continue
		}
		s, ok := text.Lookup(scales, w)
		if !ok || s < 1e3 || last == none || last == scaleWord || (lastScale > 0 && s >= lastScale) {
			break
		}
		total += cur * s
		cur, lastScale, last, hasHundred = 0, s, scaleWord, false
	}
	return p.spelledDone(total+cur, j, i)
}

func (p *parser) spelledDone(v float64, j, i int) (float64, int, bool) {
	if j == i {
		return 0, i, false
	}
	return v, j, finite(v)
}

func isSpelledSmall(w string) bool {
	_, ok := spelledValue(w)
	return ok
}

// spelledCompound reads a hyphenated word that starts with a spelled
// number and goes on with a noun: "five-year", "twenty-five-year-old".
func (p *parser) spelledCompound(i int, w string) (num, bool) {
	parts := strings.SplitN(w, "-", 3)
	v, ok := spelledValue(parts[0])
	rest := w[len(parts[0])+1:]
	if len(parts) >= 2 {
		if v2, ok2 := spelledValue(parts[0] + "-" + parts[1]); ok2 {
			v, ok = v2, true
			rest = strings.TrimPrefix(w[len(parts[0])+len(parts[1])+1:], "-")
		}
	}
	if !ok {
		return num{}, false
	}
	n := num{val: v, end: i + 1}
	if rest == "" {
		return n, true
	}
	return n, compoundRest(&n, rest)
}

// articleNumber reads "a dozen", "a hundred and fifty", "a million", "a
// couple of", "a few hundred".
func (p *parser) articleNumber(i, lim int) (num, bool) {
	d := p.d
	if i+1 >= lim {
		return num{}, false
	}
	switch strings.ToLower(d.Word(i + 1)) {
	case "dozen":
		return num{val: 12, end: i + 2, approx: true, article: true}, true
	case "couple":
		if i+2 < lim && strings.EqualFold(d.Word(i+2), "of") {
			return num{val: 2, end: i + 2, approx: true, article: true}, true
		}
		return num{}, false
	case "few":
		return p.severalScale(i, i+2, lim)
	}
	if s, ok := text.Lookup(scales, d.Word(i+1)); !ok || s > 1e12 {
		return num{}, false
	}
	v, end, ok := p.spelledRun(i+1, lim, 1)
	if !ok {
		return num{}, false
	}
	return num{val: v, end: end, article: true}, true
}

// half reads "half a dozen" (6, approximate) and "half a million".
func (p *parser) half(i, lim int) (num, bool) {
	d := p.d
	if i+2 >= lim || !strings.EqualFold(d.Word(i+1), "a") {
		return num{}, false
	}
	w := d.Word(i + 2)
	if strings.EqualFold(w, "dozen") {
		return num{val: 6, end: i + 3, approx: true, article: true}, true
	}
	if s, ok := text.Lookup(scales, w); ok && s >= 1e3 {
		return num{val: s / 2, end: i + 3, article: true, scale: s}, true
	}
	return num{}, false
}

// severalScale reads "several hundred" and "a few thousand": at least two
// of the scale, approximate. j is the token of the scale word.
func (p *parser) severalScale(i, j, lim int) (num, bool) {
	if j >= lim {
		return num{}, false
	}
	w := p.d.Word(j)
	s, ok := text.Lookup(scales, w)
	if !ok && strings.EqualFold(w, "dozen") {
		s, ok = 12, true
	}
	if !ok || s > 1e12 {
		return num{}, false
	}
	return num{val: 2 * s, end: j + 1, approx: true, bound: AtLeast, vague: true, article: true, scale: s}, true
}

// vagueAt reads a vague plural: "dozens", "hundreds of thousands", "tens
// of millions". It keeps at least two of the base.
func (p *parser) vagueAt(i, lim int, base float64) (num, bool) {
	d := p.d
	end := i + 1
	if end+1 < lim && strings.EqualFold(d.Word(end), "of") {
		if b2, ok := text.Lookup(vague, d.Word(end+1)); ok && b2 > base && b2 >= 1e3 {
			base *= b2
			end += 2
		}
	}
	w := lower(d.Word(i))
	if (w == "tens" && base < 1e4) || (w == "scores" && !(end < lim && strings.EqualFold(d.Word(end), "of"))) {
		return num{}, false
	}
	return num{val: 2 * base, end: end, approx: true, bound: AtLeast, vague: true, article: true, scale: base}, true
}
