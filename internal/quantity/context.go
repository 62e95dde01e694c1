package quantity

import (
	"slices"
	"strings"
	"unicode"

	"sitrep/internal/text"
)

type boundCue struct {
	bound  string
	approx bool
}

// Qualifier reads a phrase written before a number ("over", "no fewer
// than", "about") as this package does: the bound it sets and whether it
// blurs the number; ok is false for a phrase it does not know.
func Qualifier(phrase string) (bound string, approx, ok bool) {
	w := strings.Fields(strings.ToLower(phrase))
	if len(w) == 0 {
		return "", false, false
	}
	for _, e := range boundWords[w[0]] {
		if slices.Equal([]string(e.words), w) {
			return e.val.bound, e.val.approx, true
		}
	}
	return "", false, false
}

// boundWords are the words before a number that bound or blur it.
var boundWords = newPhrases(map[string]boundCue{
	"more than": {MoreThan, false}, "over": {MoreThan, false}, "above": {MoreThan, false},
	"in excess of": {MoreThan, false}, "just over": {MoreThan, false}, "well over": {MoreThan, false},
	"upwards of": {AtLeast, false}, "upward of": {AtLeast, false},
	"at least": {AtLeast, false}, "no fewer than": {AtLeast, false}, "no less than": {AtLeast, false},
	"a minimum of": {AtLeast, false}, "not less than": {AtLeast, false},
	"fewer than": {LessThan, false}, "less than": {LessThan, false}, "under": {LessThan, false},
	"below": {LessThan, false},
	"up to": {UpTo, false}, "as many as": {UpTo, false}, "as much as": {UpTo, false}, "at most": {UpTo, false},
	"no more than": {UpTo, false}, "a maximum of": {UpTo, false}, "not more than": {UpTo, false}, "within": {UpTo, false},
	"nearly": {Nearly, true}, "almost": {Nearly, true}, "close to": {Nearly, true}, "just under": {Nearly, true},
	"just shy of": {Nearly, true}, "approaching": {Nearly, true},
	"about": {"", true}, "around": {"", true}, "roughly": {"", true}, "approximately": {"", true},
	"some": {"", true}, "an estimated": {"", true}, "estimated": {"", true}, "approx": {"", true},
	"approx.": {"", true}, "circa": {"", true}, "ca.": {"", true}, "~": {"", true}, "an approximate": {"", true},
	"in the region of": {"", true}, "on the order of": {"", true}, "something like": {"", true},
	"upwards of about": {AtLeast, true}, "more or less": {"", true},
})

var (
	// labels name a thing by its number: "Route 66", "Game 7", "Article 5".
	labels = text.SetOf("route", "game", "model", "type", "article", "flight", "chapter", "resolution", "section",
		"row", "room", "gate", "level", "phase", "stage", "round", "class", "category", "grade", "windows",
		"vol", "vol.", "volume", "part", "page", "episode", "season", "series", "apollo", "block", "platform",
		"terminal", "highway", "interstate", "channel", "number", "no", "no.", "nos", "nos.", "act", "project",
		"pier", "mark", "mk", "mk.", "figure", "fig.", "table", "annex", "paragraph", "item",
		"bus", "sector", "zone", "district", "building", "floor", "apartment", "suite", "box", "tower", "hall",
		"title", "rule", "amendment", "proposition", "prop", "bill", "order", "formula", "ward", "station",
		"iphone", "galaxy", "pixel", "version", "release", "ios", "android", "xbox", "playstation", "war",
		"bowl", "exit", "junction", "tier", "clause", "schedule", "appendix", "exhibit", "unit", "cell", "gen",
		"precinct", "camp", "pillar", "protocol", "lane", "street", "avenue", "road", "dock", "berth", "runway",
		"hangar", "hwy", "verse", "psalm", "covid", "sars", "vision", "agenda", "industry", "web")
	// timeSuffixes follow a clock time: "3 p.m.", "10 GMT".
	timeSuffixes = text.SetOf("a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "est", "edt", "cet",
		"cest", "pst", "pdt", "ist", "msk", "o'clock", "hrs", "h", "local", "zulu", "et", "pt")
	months = text.SetOf("january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "jan.", "feb", "feb.", "mar.", "apr", "apr.", "jun", "jun.",
		"jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.")
	// yearPreps come before a year: "in 1971", "since 2011", "mid-2015".
	yearPreps = text.SetOf("in", "since", "by", "until", "till", "from", "of", "during", "before", "after",
		"between", "to", "through", "early", "late", "mid", "circa", "year", "fiscal", "and", "or",
		"summer", "winter", "spring", "autumn", "fall", "throughout", "around", "-", "–", "—", ",", "(",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "ad", "bc", "a.d.", "b.c.")
	// oneDeterminers make "one" a pronoun: "the one", "no one".
	oneDeterminers = text.SetOf("the", "this", "that", "any", "every", "each", "no", "which", "someone", "anyone",
		"everyone", "no-one", "little", "only", "last", "next", "first", "big", "new", "other", "another")
	oneFollowers = text.SetOf("another", "anothers", "'s", "thing", "hand", "way")
	ageCues      = text.SetOf("aged", "age")
	// agoWords end a time rather than a rate after "a year": "a year
	// earlier".
	agoWords      = text.SetOf("earlier", "ago", "later", "before", "prior", "previously")
	partitiveDets = text.SetOf("the", "these", "those", "its", "their", "his", "her", "our", "your", "them")
)

// notQuantity returns the token to go on from when the number at i is a
// clock time, a date, a year, a label or a pronoun; otherwise it returns i.
func (p *parser) notQuantity(i int, n num, lim int) int {
	d := p.d
	prev := ""
	if i-1 >= p.floor {
		prev = d.Word(i - 1)
	}
	if n.plain {
		if skip := p.clockOrFraction(i, n, lim); skip > i {
			return skip
		}
		switch {
		case prev != "" && (p.has(i-1, wLabel) || prev == "#"):
			return n.end
		case p.afterName(i, n, lim):
			return n.end
		case n.val >= 1 && n.val <= 31 && (p.isMonth(i-1) || (n.end < lim && p.isMonth(n.end))):
			return n.end
		case p.isYear(i, n, lim, prev):
			return n.end
		}
	}
	if n.end == i+1 && strings.EqualFold(d.Word(i), "one") {
		if (prev != "" && p.has(i-1, wOneDet) && !p.relativeWhich(i-1)) || (n.end < lim && p.has(n.end, wOneFollow)) {
			return n.end
		}
	}
	return i
}

// relativeWhich reports whether the "which" at k opens a relative clause
// after a preposition ("in which one fisherman was killed"), where the
// "one" after it counts.
func (p *parser) relativeWhich(k int) bool {
	if k < 1 || k-1 < p.floor || !strings.EqualFold(p.d.Word(k), "which") {
		return false
	}
	switch text.Fold(p.d.Word(k - 1)) {
	case "in", "during", "after", "of", "on", "at", "from", "by", "with", "under":
		return true
	}
	return false
}

// clockOrFraction skips "4:39", "1:36.6", "9/11", "24/7" and "3 p.m.".
func (p *parser) clockOrFraction(i int, n num, lim int) int {
	d := p.d
	if n.end+1 < lim {
		if w := d.Word(n.end); (w == ":" || w == "/") && d.Tokens[n.end+1].Kind == text.Number {
			return n.end + 2
		}
	}
	if n.end < lim && n.val <= 2400 && p.has(n.end, wTimeSuffix) {
		return n.end + 1
	}
	return i
}

// afterName reports whether the plain number at i names a thing with the
// name before it ("S&P 500", "FTSE 100", "iPhone 11", "Big 12"): a
// capitalised word that does not open the sentence, and no unit or plural
// noun after the number.
func (p *parser) afterName(i int, n num, lim int) bool {
	d := p.d
	k := i - 1
	if k <= p.floor || d.Tokens[k].Kind != text.Word || !hasUpper(d.Word(k)) || d.Tokens[k].End == d.Tokens[i].Start {
		return false
	}
	if p.has(k, wBound) || p.has(k, wAge) || p.has(k, wMonth) || p.has(k, wNumber) {
		return false
	}
	if _, ok := text.Lookup(currencyCodes, d.Word(k)); ok {
		return false
	}
	return !p.countsSomething(n.end, lim)
}

func hasUpper(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// apposedAge reports whether the plain number in tokens [i, end) is an
// age set off by commas after a name: "Maddon, 66, has".
func (p *parser) apposedAge(i, end, lim int) bool {
	d := p.d
	if i-2 < p.floor || end >= lim || d.Word(i-1) != "," || d.Word(end) != "," || !d.Tokens[i-2].Cap {
		return false
	}
	v := d.Word(i)
	return len(v) <= 3 && d.Tokens[i-2].Kind == text.Word && !p.has(i-2, wMonth)
}

func (p *parser) isMonth(k int) bool {
	if k < p.floor || k >= len(p.d.Tokens) || !p.d.Tokens[k].Cap {
		return false
	}
	return p.has(k, wMonth)
}

// isYear reports whether the plain number at i is a year: four digits
// between 1000 and 2100, with no currency or bound before it, after a word
// that introduces years or before no noun it could count.
func (p *parser) isYear(i int, n num, lim int, prev string) bool {
	w := p.d.Word(i)
	if len(w) != 4 || n.val < 1000 || n.val > 2100 {
		return false
	}
	if prev != "" {
		if _, ok := currencySigns[prev]; ok {
			return false
		}
		if _, _, ok := p.boundBefore(i); ok {
			return false
		}
	}
	return (prev != "" && p.has(i-1, wYearPrep)) || !p.countsSomething(n.end, lim)
}

// countsSomething reports whether token j is a unit or a plural noun that a
// number before it could count.
func (p *parser) countsSomething(j, lim int) bool {
	if j >= lim || p.d.Tokens[j].Kind == text.Number {
		return false
	}
	if _, _, ok := units.match(p.d, j, lim); ok {
		return true
	}
	if _, ok := p.caseWord(j, lim); ok {
		return true
	}
	return p.d.Tokens[j].Kind == text.Word && !p.d.Tokens[j].Cap && p.plural(j)
}

// prefix takes in the sign, the currency sign or code and the bound words
// before the number at i.
func (p *parser) prefix(q *Quantity, n num, i, lim int) {
	d := p.d
	measured := n.unit.name != ""
	if !measured && n.end < lim {
		u, _, ok := units.match(d, n.end, lim)
		measured = ok && u.class != ClassPeople
	}
	j := p.currency(q, p.minus(q, i, measured))
	if j-1 >= p.floor && q.Unit == "" && p.has(j-1, wAge) {
		q.Unit, q.Class = "year of age", ClassAge // "aged 30"
		j--
	} else if j-2 >= p.floor && q.Unit == "" && strings.EqualFold(d.Word(j-1), "of") && strings.EqualFold(d.Word(j-2), "age") {
		q.Unit, q.Class = "year of age", ClassAge // "under the age of 5"
	} else if q.Unit == "" && !measured && p.personIs(j) && p.bareAfter(n.end, lim) {
		q.Unit, q.Class = "year of age", ClassAge // "he will be 35 by the end of the year"
	}
	if b, start, ok := p.boundBefore(j); ok {
		if b.bound != "" {
			q.Bound = b.bound
		}
		q.Approximate = q.Approximate || b.approx
		j = start
	}
	q.First = j
}

// personIs reports whether a person is or becomes what follows token j:
// "he will be", "she turned", "who is".
func (p *parser) personIs(j int) bool {
	k := j - 1
	for k >= p.floor && k >= j-2 && copulas[strings.ToLower(p.d.Word(k))] {
		k--
	}
	return k < j-1 && k >= p.floor && persons[strings.ToLower(p.d.Word(k))]
}

// bareAfter reports whether nothing a number could count follows it at
// token end: the clause ends, or a preposition or conjunction comes.
func (p *parser) bareAfter(end, lim int) bool {
	if end >= lim || p.d.Tokens[end].Kind == text.Punct {
		return true
	}
	switch strings.ToLower(p.d.Word(end)) {
	case "by", "on", "in", "this", "next", "last", "when", "and", "but", "or", "years", "year":
		return true
	}
	return false
}

var (
	copulas = map[string]bool{"is": true, "was": true, "be": true, "will": true, "turns": true, "turned": true,
		"turning": true, "'s": true, "’s": true, "becomes": true, "became": true}
	persons = map[string]bool{"he": true, "she": true, "who": true}
)

// currency takes in the currency sign or code that ends before token j
// and returns where the quantity now starts: "$5", "US$5", "-$5", "USD 5",
// and "Y=590", the yen sign as text folded to ASCII writes it.
func (p *parser) currency(q *Quantity, j int) int {
	d := p.d
	if j-1 < p.floor {
		return j
	}
	w := d.Word(j - 1)
	if cur, ok := currencySigns[w]; ok {
		j--
		if q.Class != ClassCurrency {
			q.Unit, q.Class = cur, ClassCurrency
		}
		if pre, ok := p.dollarPrefix(j); ok {
			q.Unit = pre
			j--
		}
		return p.minus(q, j, true)
	}
	if j-2 >= p.floor && w == "=" && d.Word(j-2) == "Y" && d.Tokens[j-2].End == d.Tokens[j-1].Start {
		q.Unit, q.Class = "japanese yen", ClassCurrency
		return j - 2
	}
	if code, ok := text.Lookup(currencyCodes, w); ok && d.Tokens[j-1].Cap && q.Unit == "" {
		q.Unit, q.Class = code, ClassCurrency
		return j - 1
	}
	return j
}

// dollarPrefix reads the country letters before the dollar sign at j:
// "US$", "HK$", and with a space, as wires print them, "HK $", "C $".
func (p *parser) dollarPrefix(j int) (string, bool) {
	d := p.d
	if d.Word(j) != "$" || j-1 < p.floor || !d.Tokens[j-1].Cap {
		return "", false
	}
	w := d.Word(j - 1)
	glued := d.Tokens[j-1].End == d.Tokens[j].Start
	if !glued && (len(w) < 2 && w != "C" && w != "S" || !d.Tokens[j-1].Upper && len(w) > 1) {
		return "", false
	}
	return text.Lookup(dollarPrefixes, w)
}

// minus reads a minus sign before the number at i and returns the token
// where the quantity starts: "-1.3%", "$-50.8bn", "minus 5", "minus-5"
// (one token). A hyphen counts as a sign only when glued to the digits
// and not to the word before, and not after a name without a unit
// ("COVID -19").
func (p *parser) minus(q *Quantity, i int, measured bool) int {
	d := p.d
	if q.Value < 0 || i-1 < p.floor {
		return i
	}
	w := d.Word(i - 1)
	switch {
	case strings.EqualFold(w, "minus"):
	case (w == "-" || w == "−") && d.Tokens[i-1].End == d.Tokens[i].Start:
		if i-2 >= 0 && d.SentenceOf(i-2) == d.SentenceOf(i) {
			prev := d.Tokens[i-2]
			_, sign := currencySigns[d.Word(i-2)]
			if prev.End == d.Tokens[i-1].Start && !sign || prev.Kind == text.Word && prev.Cap && !measured {
				return i
			}
		}
	default:
		return i
	}
	q.Value = -q.Value
	return i - 1
}

// rangeOrRatio reads the second number of a range ("10 to 12", "between
// 5 and 10", "10–12") or of a ratio ("38 of 47").
func (p *parser) rangeOrRatio(q *Quantity, n num, lim int) int {
	d := p.d
	j := n.end
	if n.isRange {
		q.Range, q.Low, q.High = true, n.val, n.hi
		return j
	}
	if j+1 >= lim {
		return j
	}
	before := ""
	if q.First-1 >= p.floor {
		switch w := d.Word(q.First - 1); {
		case strings.EqualFold(w, "between"):
			before = "between"
		case strings.EqualFold(w, "from"):
			before = "from"
		}
	}
	c := d.Word(j)
	out := strings.EqualFold(c, "out") && strings.EqualFold(d.Word(j+1), "of")
	switch {
	case strings.EqualFold(c, "to") && p.changeBy(q):
		return j
	case strings.EqualFold(c, "to") || c == "-" || c == "–" || c == "—" || (before == "between" && strings.EqualFold(c, "and")):
		return p.rangeEnd(q, n, j+1, lim, before)
	case strings.EqualFold(c, "of") || out:
		k := j + 1
		if out {
			k++
		}
		if k >= lim {
			return j
		}
		n2, ok := p.core(k, lim)
		if !ok || n2.isRange || n2.vague || n2.article || !(n2.val > n.val) || n2.unit.name != "" || p.notQuantity(k, n2, lim) > k {
			return j
		}
		q.Total = n2.val
		return n2.end
	}
	return j
}

// changeBy reports whether q is the size of a change written with its
// unit ("increased by $43.6 billion"), so that "to" after it leads to the
// new level, not to the end of a range; "fell by 5 to 10 percent" stays
// a range.
func (p *parser) changeBy(q *Quantity) bool {
	return q.Unit != "" && q.First-1 >= p.floor && strings.EqualFold(p.d.Word(q.First-1), "by")
}

// rangeEnd reads the high end of a range that starts with n; k is the
// token after the connective.
func (p *parser) rangeEnd(q *Quantity, n num, k, lim int, before string) int {
	d := p.d
	j := k - 1
	if k < lim {
		if _, ok := currencySigns[d.Word(k)]; ok {
			k++
		}
	}
	if k >= lim {
		return j
	}
	n2, ok := p.core(k, lim)
	if !ok || n2.isRange || n2.vague || p.notQuantity(k, n2, lim) > k {
		return j
	}
	lo := n.val
	if n2.scale > 0 && n.scale == 0 {
		lo *= n2.scale // "1 to 2 thousand"
	}
	if !(n2.val > lo) {
		return j
	}
	q.Range, q.Low, q.High, q.Value = true, lo, n2.val, lo
	if before == "between" || before == "from" {
		q.First--
	}
	if q.Unit == "" && n2.unit.name != "" {
		q.Unit, q.Class = n2.unit.name, n2.unit.class
	}
	return n2.end
}

// postfix reads the marks after a number: "20+", "20 plus", "or so", "or
// more".
func (p *parser) postfix(q *Quantity, end, lim int) int {
	d := p.d
	if end >= lim {
		return end
	}
	w := d.Word(end)
	switch {
	case w == "+" && d.Tokens[end].Start == d.Tokens[end-1].End:
		q.Bound = AtLeast
		return end + 1
	case strings.EqualFold(w, "plus") && (end+1 >= lim || d.Tokens[end+1].Kind != text.Number):
		q.Bound = AtLeast
		return end + 1
	case strings.EqualFold(w, "or") && end+1 < lim:
		switch text.Fold(d.Word(end + 1)) {
		case "so":
			q.Approximate = true
		case "more":
			q.Bound = AtLeast
		case "fewer", "less":
			q.Bound = UpTo
		default:
			return end
		}
		return end + 2
	}
	return end
}

// unitAfter reads the unit after the number ("%", "km", "Australian
// dollars", "years old") and a rate ("a barrel", "per share").
func (p *parser) unitAfter(q *Quantity, n num, end, lim int) int {
	d := p.d
	j := end
	if q.Class == ClassAge && j < lim && (strings.EqualFold(d.Word(j), "years") || strings.EqualFold(d.Word(j), "year")) {
		j++ // "the age of 5 years"
	}
	if q.Unit == "degree" && j < lim && (d.Word(j) == "C" || d.Word(j) == "F") {
		q.Unit, q.Class = scaleOf[d.Word(j)], ClassTemperature // "1.19deg C"
		j++
	}
	if q.Unit == "" && j < lim && d.Tokens[j].Start == d.Tokens[j-1].End {
		if cur, ok := currencySigns[d.Word(j)]; ok {
			q.Unit, q.Class = cur, ClassCurrency // "1,200€"
			j++
		}
	}
	if q.Unit == "" || (q.Class == ClassCurrency && n.unit.name == "") {
		k := j
		if n.article && k+1 < lim && strings.EqualFold(d.Word(k), "of") {
			k++ // "millions of dollars"
		}
		if u, ok := p.caseWord(k, lim); ok {
			q.Unit, q.Class = u.name, u.class
			j = k + 1
		} else if u, e, ok := units.match(d, k, lim); ok && u.class != ClassPeople && p.unitFits(k, n) {
			q.Unit, q.Class = u.name, u.class
			j = e
		} else if u, per, ok := p.hyphenUnit(k, lim); ok {
			q.Unit, q.Class = u.name+per, u.class
			j = k + 1
		}
	}
	if q.Unit == "" || j >= lim {
		return j
	}
	return p.rate(q, j, lim)
}

// caseWords are the unit symbols written apart from the digits whose case
// tells them from other units or words: "450 Nm" is torque and "7 nm" a
// length, "5 W" a power, "300 PS" the metric horsepower of car makers,
// "68 p" pence; the primes mark feet and inches.
var caseWords = map[string]unit{
	"Nm": {"newton metre", ClassEnergy}, "W": {"watt", ClassPower}, "PS": {"horsepower", ClassPower},
	"″": {"inch", ClassLength}, "′": {"foot", ClassLength}, "p": {"penny", ClassCurrency},
}

// caseWord returns the unit that token k writes by case, if k < lim.
func (p *parser) caseWord(k, lim int) (unit, bool) {
	if k >= lim {
		return unit{}, false
	}
	u, ok := caseWords[p.d.Word(k)]
	return u, ok
}

// hyphenUnit reads the unit at token k joined by a hyphen to the word it
// forms: a rate ("barrel-a-day", "cent-a-share") or an adjective
// ("percent-owned", "mile-long"). It returns the unit and the rate suffix
// (" per day").
func (p *parser) hyphenUnit(k, lim int) (unit, string, bool) {
	if k >= lim {
		return unit{}, "", false
	}
	head, tail, ok := strings.Cut(p.d.Word(k), "-")
	if !ok || tail == "" || isDigit(tail[0]) {
		// Digits after the hyphen write a model, "Mi-17", not a mile.
		return unit{}, "", false
	}
	u, ok := text.Lookup(singleUnits, head)
	if !ok || u.class == ClassPeople || u.class == ClassCount || u.class == ClassAge {
		return unit{}, "", false
	}
	if den, ok := rateWord(tail); ok {
		return u, " per " + den, true
	}
	return u, "", true
}

// rateWord reads a rate written as one word: "a-day", "per-share".
func rateWord(w string) (string, bool) {
	head, tail, ok := strings.Cut(w, "-")
	if !ok || !strings.EqualFold(head, "a") && !strings.EqualFold(head, "per") && !strings.EqualFold(head, "an") {
		return "", false
	}
	return text.Lookup(denominators, tail)
}

// rate reads the rate after a unit that ends before token j: "a barrel",
// "per share", "a-year", and past a conversion in brackets, "C$6 (US$4.46)
// per share", where the conversion keeps its own tokens and so the rate
// is named but not spanned.
func (p *parser) rate(q *Quantity, j, lim int) int {
	d := p.d
	k := j
	if d.Word(j) == "(" {
		for k = j + 1; k < lim && k-j < 8 && d.Word(k) != ")"; k++ {
		}
		k++
	}
	if k >= lim {
		return j
	}
	e := k
	if den, ok := rateWord(d.Word(k)); ok {
		q.Unit += " per " + den
		e = k + 1
	} else {
		switch w := text.Fold(d.Word(k)); w {
		case "per", "a", "an", "/":
			den, end, ok := denominatorPhrases.match(d, k+1, lim)
			if !ok || w != "per" && w != "/" && end < lim && p.has(end, wAgo) {
				return j
			}
			q.Unit += " per " + den
			e = end
		default:
			return j
		}
	}
	if k > j {
		return j
	}
	return e
}

// scaleOf names the temperature scale of the letter after "deg".
var scaleOf = map[string]string{"C": "celsius", "F": "fahrenheit"}

// unitFits rejects the bare "m" as metres after a scaled number: "$5 m"
// is already millions.
func (p *parser) unitFits(k int, n num) bool {
	return n.scale == 0 || !strings.EqualFold(p.d.Word(k), "m")
}

// unitRange reads the high end of a range written with its unit on both
// sides: "10% to 12%", "5 km to 10 km", "$5 million to $7 million".
func (p *parser) unitRange(q *Quantity, end, lim int) int {
	d := p.d
	if q.Range || q.Unit == "" || end+1 >= lim {
		return end
	}
	switch d.Word(end) {
	case "to":
		if p.changeBy(q) {
			return end
		}
	case "-", "–", "—":
	case "and":
		if q.First-1 < p.floor || !strings.EqualFold(d.Word(q.First-1), "between") {
			return end
		}
	default:
		return end
	}
	k := end + 1
	hi := Quantity{}
	if cur, ok := currencySigns[d.Word(k)]; ok {
		hi.Unit, hi.Class = cur, ClassCurrency
		k++
	}
	if k >= lim {
		return end
	}
	n2, ok := p.core(k, lim)
	if !ok || n2.isRange || n2.vague || p.notQuantity(k, n2, lim) > k {
		return end
	}
	if n2.unit.name != "" {
		hi.Unit, hi.Class = n2.unit.name, n2.unit.class
	}
	e := p.unitAfter(&hi, n2, n2.end, lim)
	if hi.Unit != q.Unit || !(n2.val > q.Value) {
		return end
	}
	q.Range, q.Low, q.High = true, q.Value, n2.val
	return e
}

// shareUnits gives a bare number the unit of the number it is listed
// with: "5 and 10 percent", "between 3, 4 or 5 km", and an index level
// the points of its move: "rose 64.06 points to 4,577.10", "(16369.03 up
// 58.06 points)".
func shareUnits(d *text.Doc, qs []Quantity) {
	for k := range qs {
		if k > 0 && levelOf(d, qs[k-1], qs[k], "to", "at") || k+1 < len(qs) && levelOf(d, qs[k+1], qs[k], "up", "down") {
			qs[k].Unit, qs[k].Class = "point", ClassCount
		}
	}
	for k := len(qs) - 2; k >= 0; k-- {
		q, next := &qs[k], qs[k+1]
		if q.Unit != "" || next.Unit == "" || next.Class == ClassPeople {
			continue
		}
		gap := next.First - q.End
		if suspended(d, q.End, gap) {
			q.Unit, q.Class = next.Unit, next.Class // "a 7- or 8-inch screen"
			continue
		}
		if gap != 1 || q.NounTok >= 0 || q.Compound {
			continue
		}
		switch text.Fold(d.Word(q.End)) {
		case "and", "or", ",", "to", "-", "–":
			q.Unit, q.Class = next.Unit, next.Class
		}
	}
}

// suspended reports whether the gap tokens from j are a hyphen left
// hanging before "or", "to" or "and": "7- or 8-inch", "two- to
// three-day".
func suspended(d *text.Doc, j, gap int) bool {
	if gap != 2 || d.Word(j) != "-" {
		return false
	}
	switch text.Fold(d.Word(j + 1)) {
	case "or", "to", "and":
		return true
	}
	return false
}

// levelOf reports whether the bare number q is the level that a move of
// move points leads to or comes from, with one of the words between them:
// "to", "at" after the move, "up", "down" before it.
func levelOf(d *text.Doc, move, q Quantity, words ...string) bool {
	if move.Unit != "point" || q.Unit != "" || q.NounTok >= 0 || q.Compound || q.Range {
		return false
	}
	lo, hi := move.End, q.First
	if q.First < move.First {
		lo, hi = q.End, move.First
	}
	if hi-lo != 1 {
		return false
	}
	w := text.Fold(d.Word(lo))
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}
