package quantity

import (
	"math"
	"strings"
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
	if rest == "" && !frac && !strings.ContainsAny(w, ",.") {
		p.slashFraction(&n, i, lim)
		if n.fraction {
			return n, true
		}
	}
	if k := leadingDigits(w); k == len(w)-len(rest) && k < len(pow10) && p.leadingDot(i) {
		n.val, n.dot, frac = v/pow10[k], true, true // ".500", ".001 per cent"
	}
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
	p.exponent(&n, lim)
	return n, finite(n.val) && finite(n.hi)
}

// exponent reads a power of ten written after the digits: "1.99×10−30",
// "3 x 10^8".
func (p *parser) exponent(n *num, lim int) {
	d := p.d
	j := n.end
	if j+2 >= lim || n.isRange || d.Word(j+1) != "10" {
		return
	}
	switch d.Word(j) {
	case "×", "x", "*":
	default:
		return
	}
	k, sign := j+2, 1.0
	if w := d.Word(k); w == "^" && k+1 < lim {
		k++
	}
	if w := d.Word(k); (w == "−" || w == "-") && k+1 < lim {
		sign = -1
		k++
	}
	e := d.Word(k)
	if d.Tokens[k].Kind != text.Number || len(e) > 3 || leadingDigits(e) != len(e) || d.Tokens[k].Start != d.Tokens[k-1].End {
		return
	}
	x := 0
	for i := 0; i < len(e); i++ {
		x = x*10 + int(e[i]-'0')
	}
	n.val *= math.Pow10(int(sign) * x)
	n.end, n.plain = k+1, false
}

// subWord reads a number bounded from above in one word: "sub-300 sq m",
// "sub-7 nanometer".
func (p *parser) subWord(i, lim int) (num, bool) {
	v, end, scale, ok := p.rawAmount(i, p.d.Tokens[i].Start+4, lim)
	if !ok {
		return num{}, false
	}
	n := num{val: v, end: end, scale: scale, bound: LessThan}
	p.scaleWords(&n, lim)
	return n, finite(n.val)
}

// leadingDot reports whether a decimal point is written before the digits
// at token i: ".500", and not the dot that ends "No.5" or a sentence.
func (p *parser) leadingDot(i int) bool {
	d := p.d
	if i < 1 || i-1 < p.done || d.Word(i-1) != "." || d.Tokens[i-1].End != d.Tokens[i].Start {
		return false
	}
	return i < 2 || d.Tokens[i-2].End < d.Tokens[i-1].Start
}

func leadingDigits(w string) int {
	k := 0
	for k < len(w) && isDigit(w[k]) {
		k++
	}
	return k
}

// minusWord reads a negative number written as one word: "minus-5",
// "minus-1.4".
func (p *parser) minusWord(i, lim int) (num, bool) {
	v, end, scale, ok := p.rawAmount(i, p.d.Tokens[i].Start+6, lim)
	if !ok {
		return num{}, false
	}
	n := num{val: -v, end: end, scale: scale}
	p.scaleWords(&n, lim)
	return n, finite(n.val)
}

// suffix reads the letters glued to digits: a scale ("2.7m", "1.2bn") or a
// unit ("10km"). Anything else ("5G", "2S19", "4th", "1990s", "1e999") is
// not a quantity.
func (p *parser) suffix(n *num, i int, rest string, frac bool) bool {
	if u, ok := caseUnits[rest]; ok && (rest != "p" || n.val < 1000) {
		n.unit = u
		return true
	}
	lr := text.Fold(rest)
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
			if u, ok := rangeUnit(r2); ok {
				n.unit = u // "5-10W", "10-12km"
			} else if s, ok := gluedScales[text.Fold(r2)]; ok {
				v2 *= s
				n.val *= s
				n.scale = s
			} else {
				return false
			}
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

// rangeUnit returns the unit glued to the end of a range: "W" of "5-10W",
// "km" of "10-12km". The bare "m" stays a scale: "10-12m" is millions.
func rangeUnit(r string) (unit, bool) {
	if u, ok := caseUnits[r]; ok && r != "p" {
		return u, true
	}
	u, ok := gluedUnits[text.Fold(r)]
	return u, ok
}

// compoundRest reads the words after "60-" or "five-": a scale
// ("5.5-million"), a rate ("1,000-per-month"), a unit ("5-km", "24-hour"),
// an age ("5-year-old"), a vague mark ("20-odd", "20-plus") or the noun of
// a size ("60-member").
func compoundRest(n *num, rest string) bool {
	head, tail, _ := strings.Cut(rest, "-")
	lh := text.Fold(head)
	if s, ok := text.Lookup(scales, lh); ok && s >= 1e3 && n.scale == 0 {
		n.val *= s
		n.scale = s
		if tail == "" {
			return true
		}
		head, tail, _ = strings.Cut(tail, "-")
		lh = text.Fold(head)
	}
	switch {
	case lh == "odd" && tail == "":
		n.approx = true
		return true
	case lh == "fold" && tail == "":
		n.unit = unit{"count", ClassCount} // "3-fold"
		return true
	case lh == "plus" && tail == "":
		n.bound = AtLeast
		return true
	case text.Fold(tail) == "old":
		u, ok := text.Lookup(singleUnits, lh+"-old")
		n.unit = u
		return ok
	case (lh == "per" || lh == "a") && tail != "":
		if den, ok := text.Lookup(denominators, tail); ok {
			n.per = den
			return true
		}
	}
	if !text.AllLetters(head) {
		return false
	}
	if u, ok := text.Lookup(singleUnits, lh); ok && u.class != ClassPeople && tail == "" {
		n.unit = u
	}
	n.compound = lh
	if tail != "" {
		n.compound = text.Fold(head + "-" + tail)
	}
	return true
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
		if !ok && k == 0 && n.compound == "" && n.unit.name == "" {
			p.scaleCompound(n)
			return
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

// scaleCompound reads a scale that opens a compound after the number:
// "400 million-year-old", "1.8 billion-mile".
func (p *parser) scaleCompound(n *num) {
	w := p.d.Word(n.end)
	head, rest, ok := strings.Cut(w, "-")
	if !ok || rest == "" {
		return
	}
	s, ok := text.Lookup(scales, head)
	if !ok || s < 1e3 {
		return
	}
	m := num{val: n.val * s, hi: n.hi * s, isRange: n.isRange, end: n.end + 1, scale: s}
	if !compoundRest(&m, rest) {
		return
	}
	*n = m
}

// gluedCurrency reads an amount written onto a currency code: "INR1",
// "Rs500", "RM23.50", "USD1,700", "EUR50m", and the country letters of a
// dollar after its sign: "$US55,931,000", "$A82.6". The tokenizer splits
// such words at their marks ("RM23" "." "50"), so the amount is read from
// the text.
func (p *parser) gluedCurrency(i, lim int) (num, bool) {
	d := p.d
	w := d.Word(i)
	k := strings.IndexFunc(w, func(r rune) bool { return r >= '0' && r <= '9' })
	if k < 1 || k > 3 {
		return num{}, false
	}
	cur, ok := p.gluedCode(i, w[:k])
	if !ok {
		return num{}, false
	}
	v, end, scale, ok := p.rawAmount(i, d.Tokens[i].Start+k, lim)
	if !ok || (w[:k] == "PS" && !p.wideAmount(i, end, v, scale)) {
		return num{}, false
	}
	n := num{val: v, end: end, unit: unit{cur, ClassCurrency}, scale: scale}
	if scale == 0 {
		p.scaleWords(&n, lim)
	}
	return n, finite(n.val)
}

// gluedCode returns the currency of the letters glued before digits: a
// code ("INR", "RM"), the ASCII form of the pound sign ("PS", as text
// folded to ASCII writes "£"), or the country letters of a dollar right
// after its sign ("$US", "$A").
func (p *parser) gluedCode(i int, code string) (string, bool) {
	d := p.d
	if i > 0 && d.Word(i-1) == "$" && d.Tokens[i-1].End == d.Tokens[i].Start {
		return text.Lookup(dollarPrefixes, code)
	}
	if len(code) < 2 {
		return "", false
	}
	if code == "PS" {
		return "pound sterling", true
	}
	return text.Lookup(currencyCodes, code)
}

// wideAmount reports whether an amount glued to "PS" is written as money
// rather than as a console model ("PS5"): with marks, a scale, or three
// digits or more.
func (p *parser) wideAmount(i, end int, v, scale float64) bool {
	return end > i+1 || scale > 0 || v >= 100
}

// rawAmount reads the number that starts at byte off inside token i and
// runs on through the tokens glued to it ("23" "." "50"), with a scale
// glued to its end ("1.5m", "3bn"). It returns the value, the token after
// it and the scale; lim bounds only the scale words after it.
func (p *parser) rawAmount(i, off, lim int) (float64, int, float64, bool) {
	d := p.d
	j := i
	// The marks may run past lim: the sentence splitter cuts "RM23.50" at
	// its dot.
	for j+2 < len(d.Tokens) && d.Tokens[j+1].Start == d.Tokens[j].End && d.Tokens[j+2].Start == d.Tokens[j+1].End &&
		(d.Word(j+1) == "." || d.Word(j+1) == ",") && d.Tokens[j+2].Kind == text.Number {
		j += 2
	}
	v, rest, _, ok := parseDigits(d.Text[off:d.Tokens[j].End])
	if !ok {
		return 0, i, 0, false
	}
	if rest == "" {
		return v, j + 1, 0, true
	}
	s, ok := gluedScales[text.Fold(rest)]
	if !ok {
		return 0, i, 0, false
	}
	return v * s, j + 1, s, true
}

// spelledAt reads a number in words: "seven", "two million", "a dozen",
// "half a dozen", "dozens", "hundreds of thousands", "five-year".
func (p *parser) spelledAt(i, lim int) (num, bool) {
	d := p.d
	w := d.Word(i)
	if n, ok := p.fractionOf(i, lim); ok {
		return n, true
	}
	switch {
	case strings.EqualFold(w, "a"), strings.EqualFold(w, "an"):
		return p.articleNumber(i, lim)
	case strings.EqualFold(w, "half"):
		return p.half(i, lim)
	case strings.EqualFold(w, "several"):
		return p.severalScale(i, i+1, lim, 3)
	}
	if base, ok := text.Lookup(vague, w); ok {
		return p.vagueAt(i, lim, base)
	}
	if v, ok := foldWord(w); ok {
		return num{val: v, end: i + 1, unit: unit{"count", ClassCount}}, true // "sixfold"
	}
	if strings.Contains(w, "-") {
		if n, ok := p.spelledCompound(i, w); ok {
			return n, true
		}
	}
	v, end, scale, ok := p.spelledRun(i, lim, 0)
	if !ok {
		return num{}, false
	}
	n := num{val: v, end: end, scale: scale}
	p.dozen(&n, lim)
	return n, true
}

// dozen multiplies a spelled count by the "dozen" after it: "two dozen"
// is about 24, "a couple of dozen" too.
func (p *parser) dozen(n *num, lim int) {
	k := n.end
	if k+1 < lim && n.article && strings.EqualFold(p.d.Word(k), "of") {
		k++ // "a couple of dozen"
	}
	if k < lim && strings.EqualFold(p.d.Word(k), "dozen") {
		n.val, n.hi, n.end, n.approx, n.article = n.val*12, n.hi*12, k+1, true, true
	}
}

// foldWord reads a multiple written as one word: "sixfold", "tenfold".
func foldWord(w string) (float64, bool) {
	if len(w) < 7 || !strings.EqualFold(w[len(w)-4:], "fold") {
		return 0, false
	}
	v, ok := spelledValue(w[:len(w)-4])
	return v, ok && v > 1
}

// spelledRun reads spelled number words from i, starting from cur (1 after
// "a" in "a hundred and fifty"), and returns the value and the end. It
// stops where the words stop making one number: "one two" is two numbers.
func (p *parser) spelledRun(i, lim int, cur float64) (float64, int, float64, bool) {
	d := p.d
	const (
		none = iota
		unitWord
		tenWord
		hundredWord
		scaleWord
	)
	last, total, lastScale, hasHundred, top := none, 0.0, 0.0, false, 0.0
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
		lw := text.Fold(w)
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
		top = max(top, s)
	}
	if j == i {
		return 0, i, 0, false
	}
	return total + cur, j, top, finite(total + cur)
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
			n := num{val: 2, end: i + 2, approx: true, article: true}
			p.dozen(&n, lim)
			return n, true
		}
		return num{}, false
	case "few":
		return p.severalScale(i, i+2, lim, 2)
	}
	if s, ok := text.Lookup(scales, d.Word(i+1)); !ok || s > 1e12 {
		return num{}, false
	}
	v, end, _, ok := p.spelledRun(i+1, lim, 1)
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

// severalScale reads "several hundred" and "a few thousand": at least n
// of the scale (three for "several", which means more than two, two for
// "a few"), approximate. j is the token of the scale word.
func (p *parser) severalScale(i, j, lim int, n float64) (num, bool) {
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
	end := j + 1
	if end < lim {
		if s2, ok := text.Lookup(scales, p.d.Word(end)); ok && s2 > s {
			s, end = s*s2, end+1 // "several hundred thousand"
		}
	}
	return num{val: n * s, end: end, approx: true, bound: AtLeast, vague: true, article: true, scale: s}, true
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
	w := text.Fold(d.Word(i))
	if (w == "tens" && base < 1e4) || (w == "scores" && !(end < lim && strings.EqualFold(d.Word(end), "of"))) {
		return num{}, false
	}
	return num{val: 2 * base, end: end, approx: true, bound: AtLeast, vague: true, article: true, scale: base}, true
}
