// Package quantity reads the numbers of a text the way an analyst counts:
// digits with separators ("250,000", "1.2bn", "RM23.50", "$US55,931,000"),
// signs ("-1.3%", "minus 5"), spelled numbers ("seven", "two million"),
// vague counts ("a dozen", "dozens of", "hundreds of thousands"), bounds
// ("more than", "up to", "nearly", "sub-300"), ranges ("10-12", "between
// 5 and 10"), ratios ("38 of 47"), shares ("a third of", "half the",
// "1/2 pound"), units and money ("$5 million", "40 km", "10%", "1,200€"),
// and the noun each number counts ("howitzers").
//
// It works on the tokens of a text.Doc and returns byte spans into
// Doc.Text. Years, dates, clock times, ordinals and labels ("Route 66",
// "Game 7", "S&P 500") are not quantities here: the timex package reads
// dates. Figures picks out the numbers that matter to a report and are not
// equipment: casualties, sizes, distances, money, shares, durations,
// amounts, other counts and years. Concepts reads, from the syntax layer,
// what each quantity is about.
//
// A vague count keeps the smallest value its words certainly mean, marked
// approximate and bounded: "dozens" is at least 24, "hundreds of thousands"
// at least 200,000. No value is ever NaN or infinite: digit runs longer than
// 15 digits and overflowing powers ("1e999", "3 x 10^999") are not read as
// numbers.
package quantity

import (
	"strings"

	"sitrep/internal/text"
)

// Bounds say how the true value relates to Value.
const (
	MoreThan = "more than" // "more than 250,000", "over 100"
	AtLeast  = "at least"  // "at least 12", "dozens", "20-plus"
	LessThan = "less than" // "fewer than 10", "under 5"
	UpTo     = "up to"     // "up to 400", "as many as 30"
	Nearly   = "nearly"    // "nearly 100", "almost 50": close below
)

// Quantity is one number in the text with what it measures or counts.
type Quantity struct {
	// Value is the number; for a range it is the low end.
	Value float64
	// Low and High bound a range ("10-12", "between 5 and 10").
	Low, High float64
	Range     bool
	// Total is the whole of a ratio: 47 in "38 of 47", 0 when none.
	Total       float64
	Approximate bool
	Bound       string // one of the bound constants, "" when exact
	Vague       bool   // a vague plural: "dozens", "hundreds of thousands"
	// Unit is the canonical unit ("percentage", "kilometre", "dollar",
	// "people"), Class its class; both empty for a bare count.
	Unit, Class string
	// Compound is set when the number modifies the next noun as one word:
	// "60-member coalition", "five-year term". Noun then holds "member" and
	// Modifies the token of the noun it modifies ("coalition"), or -1.
	Compound bool
	Modifies int
	// Words spans the bound words, the number, its scale and its unit.
	Words      text.Span
	First, End int // token range of Words
	// Noun is the folded head noun the number counts ("howitzers"), with
	// its token and span; NounTok is -1 when there is none. NounFirst is
	// the first token of the noun phrase ("Russian" in "seven Russian
	// T-90 tanks").
	Noun      string
	NounTok   int
	NounFirst int
	NounSpan  text.Span
}

// Parse returns the quantities of d in text order.
func Parse(d *text.Doc) []Quantity {
	p := parser{d: d, bits: make([]uint32, len(d.Tokens)), out: make([]Quantity, 0, 8+len(d.Tokens)/16)}
	for _, s := range d.Sentences {
		p.sentence(s.First, s.End)
	}
	shareUnits(d, p.out)
	conversions(d, p.out)
	return p.out
}

// conversions gives a conversion in brackets the approximation and bound
// of the amount it converts: "about 15 km (9 miles)" is about 9 miles,
// "at least $2 million (1.8 million euros)" at least 1.8 million euros.
func conversions(d *text.Doc, qs []Quantity) {
	for k := 1; k < len(qs); k++ {
		prev, q := qs[k-1], &qs[k]
		if q.First != prev.End+1 || d.Word(prev.End) != "(" || q.Approximate || q.Bound != "" {
			continue
		}
		q.Approximate, q.Bound = prev.Approximate, prev.Bound
	}
}

type parser struct {
	d     *text.Doc
	bits  []uint32 // word classes of the tokens
	out   []Quantity
	floor int // tokens before floor belong to an earlier quantity
	done  int // tokens before done are read, across sentences
}

func (p *parser) sentence(first, end int) {
	p.floor = first
	// A quantity of the sentence before may run into this one where the
	// splitter cut an amount at its mark ("RM23." "50").
	for i := max(first, p.done); i < end; {
		if !p.mayStart(i) {
			i++
			continue
		}
		q, next, ok := p.at(i, end)
		if !ok {
			i = max(next, i+1)
			continue
		}
		p.out = append(p.out, q)
		p.floor = q.End
		p.done = q.End
		if q.NounTok >= q.End {
			p.floor = q.NounTok + 1
		}
		if q.Modifies >= q.End {
			p.floor = q.Modifies + 1
		}
		i = p.floor
	}
}

// num is a number as read from its own tokens, before the words around it.
type num struct {
	val, hi  float64
	isRange  bool
	end      int
	approx   bool
	bound    string
	unit     unit
	compound string  // the noun of "60-member"
	plain    bool    // digits only: may be a year, a day or a label
	scale    float64 // the scale words or suffix that multiplied it, 0 if none
	vague    bool
	article  bool   // "a dozen", "a couple": takes "of" before its noun
	dot      bool   // written with a leading decimal point: ".500"
	fraction bool   // a share: "a third of", "1/2"
	per      string // the denominator of "1,000-per-month"
}

// at reads the quantity whose number starts at token i. When there is none
// it returns the token to go on from.
func (p *parser) at(i, lim int) (Quantity, int, bool) {
	n, ok := p.core(i, lim)
	if !ok {
		return Quantity{}, max(n.end, i+1), false // past a number too big to hold
	}
	if n.end > lim {
		// The amount ran into the next sentence, cut at its mark: read
		// its unit and noun there.
		if si := p.d.SentenceOf(n.end - 1); si >= 0 {
			lim = p.d.Sentences[si].End
		}
	}
	if skip := p.notQuantity(i, n, lim); skip > i {
		return Quantity{}, skip, false
	}
	q := Quantity{
		Value: n.val, Approximate: n.approx, Bound: n.bound, Vague: n.vague,
		Unit: n.unit.name, Class: n.unit.class, Compound: n.compound != "",
		First: i, NounTok: -1, NounFirst: -1, Modifies: -1,
	}
	start := i
	if n.dot && i-1 >= p.floor {
		start-- // the dot, unless the splitter ended a sentence with it
	}
	p.prefix(&q, n, start, lim)
	n.val = q.Value // a minus sign
	if n.per != "" && q.Unit != "" {
		q.Unit += " per " + n.per
	}
	end := p.rangeOrRatio(&q, n, lim)
	end = p.postfix(&q, end, lim)
	if !q.Compound {
		end = p.unitAfter(&q, n, end, lim)
		end = p.unitRange(&q, end, lim)
	}
	q.End = end
	if n.fraction && q.Unit == "" {
		q.Unit, q.Class = ClassFraction, ClassFraction
		if u, ok := p.measureOf(end, lim); ok {
			q.Unit, q.Class = u.name, u.class // "1/16 of a pint"
		}
	}
	if q.Unit == "" && n.plain && end == n.end && p.apposedAge(q.First, end, lim) {
		q.Unit, q.Class = "year of age", ClassAge
	}
	switch {
	case q.Compound:
		q.Noun = n.compound
		q.Modifies, _ = p.nounPhrase(end, lim, false)
	case q.Unit == "" || q.Class == ClassPeople || q.Class == ClassFraction:
		p.noun(&q, lim)
	}
	q.Words = p.d.SpanOf(q.First, q.End)
	if q.Unit == "pound-mass" && (n.scale >= 1e6 || q.Class == ClassCurrency) {
		q.Unit, q.Class = "pound sterling", ClassCurrency
	}
	return q, q.End, finite(q.Value) && finite(q.High) && finite(q.Total)
}

// core reads the number at token i: digits, spelled words or a vague
// plural, with the scale words that follow it.
func (p *parser) core(i, lim int) (num, bool) {
	t := p.d.Tokens[i]
	switch t.Kind {
	case text.Number:
		return p.digitsAt(i, lim)
	case text.Word:
		w := p.d.Word(i)
		if gluedDigits(w) {
			return p.gluedCurrency(i, lim)
		}
		if len(w) > 6 && strings.EqualFold(w[:6], "minus-") && isDigit(w[6]) {
			return p.minusWord(i, lim)
		}
		if len(w) > 4 && strings.EqualFold(w[:4], "sub-") && isDigit(w[4]) {
			return p.subWord(i, lim)
		}
		return p.spelledAt(i, lim)
	}
	return num{}, false
}

// mayStart reports cheaply whether a number may start at token i: digits,
// a word a spelled number opens with, or a currency code with digits.
func (p *parser) mayStart(i int) bool {
	switch t := p.d.Tokens[i]; t.Kind {
	case text.Number:
		return true
	case text.Word:
		w := p.d.Word(i)
		return starterFilter.MayHave(w) && p.has(i, wStarter) || hyphenStarter(w) || gluedDigits(w) ||
			len(w) > 6 && isDigit(w[6]) && strings.EqualFold(w[:6], "minus-") ||
			len(w) > 4 && isDigit(w[4]) && strings.EqualFold(w[:4], "sub-") || len(w) > 6 && endsWith(w, "fold")
	}
	return false
}

// gluedDigits reports whether w is letters with digits glued after one to
// three of them: "INR1", "Rs500", "US55" in "$US55".
func gluedDigits(w string) bool {
	if len(w) < 2 || !isASCIILetter(w[0]) {
		return false
	}
	for k := 1; k < len(w) && k <= 3; k++ {
		if isDigit(w[k]) {
			return true
		}
		if !isASCIILetter(w[k]) {
			return false
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// starters are the words a spelled number can begin with; one lookup
// rules out almost every word of a text.
var starters = func() map[string]bool {
	m := map[string]bool{"a": true, "an": true, "half": true, "several": true}
	for _, t := range []map[string]float64{ones, tens, vague} {
		for w := range t {
			m[w] = true
		}
	}
	return m
}()

// hyphenStarter reports whether w is a hyphenated word that starts with a
// spelled number: "twenty-five", "five-year".
func hyphenStarter(w string) bool {
	if len(w) < 5 {
		return false
	}
	i := strings.IndexByte(w, '-')
	if i <= 0 {
		return false
	}
	_, ok := text.Lookup(starters, w[:i])
	return ok
}
