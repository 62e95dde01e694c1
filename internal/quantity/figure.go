package quantity

import (
	"math"
	"strings"
	"time"

	"sitrep/internal/report"
	"sitrep/internal/text"
	"sitrep/internal/timex"
)

// Figure kinds.
const (
	FigureCasualty = "casualty" // killed, wounded, injured, displaced, abducted, arrested, missing
	FigureSize     = "size"     // "60-member coalition", "27-nation bloc", "a coalition of 60 countries"
	FigureDistance = "distance" // "40 km south of Latakia"
	FigureYear     = "year"     // "dates from 1971", "in 1971"
	FigureMoney    = "money"    // "a deal worth $6.8 billion", "pledged 1 million pounds in aid"
	FigureCount    = "count"    // any other count of a named noun: "2,487,612 votes", "87 pupils"
	FigureShare    = "share"    // percentages: "51.3% of the vote"
	FigureDuration = "duration" // "talks lasted 12 hours", "a 60-day state of emergency"
	FigureAmount   = "amount"   // masses, volumes, areas: "30,000 tonnes of wheat"
	FigureAge      = "age"      // a person's age in apposition: "Zangoua, 46, leads"
)

// Figure is a number that matters to a report and is not equipment.
type Figure struct {
	Kind        string
	What        string // "killed", "size of coalition", "distance", "year (dates from)"
	Value       float64
	Bound       string
	Approximate bool
	Unit        string
	// Span is the evidence: the number, what it counts and its cue.
	Span       text.Span
	First, End int
	// Quantity indexes the quantity the figure reads, -1 for a year.
	Quantity int
	// Since is the first year of the period a casualty count or another
	// count covers ("since 2011"), 0 when the text gives none.
	Since     int
	SinceSpan text.Span
}

// Report converts f to the report model with its evidence.
func (f Figure) Report(d *text.Doc, id string) report.Figure {
	r := report.Figure{
		ID: id, Kind: f.Kind, What: f.What, Value: f.Value, Bound: f.Bound, Approximate: f.Approximate, Unit: f.Unit,
		Evidence: report.Evidence{Span: report.Span{Start: f.Span.Start, End: f.Span.End}, Text: d.Str(f.Span)},
	}
	if f.Since > 0 {
		r.Since = &report.Date{Time: time.Date(f.Since, 1, 1, 0, 0, 0, 0, time.UTC), Precision: "year"}
	}
	return r
}

// Figures picks the casualty counts, sizes, distances and years out of the
// quantities qs and the dates of d, in text order.
func Figures(d *text.Doc, qs []Quantity, dates []timex.Expr) []Figure {
	var out []Figure
	usedSince := map[int]bool{}
	for qi, q := range qs {
		f, ok := age(d, q)
		if !ok {
			f, ok = casualty(d, q)
		}
		if !ok && len(out) > 0 {
			f, ok = part(d, q, out[len(out)-1])
		}
		if !ok {
			f, ok = size(d, q)
		}
		if !ok {
			f, ok = distance(d, q)
		}
		if !ok {
			f, ok = money(d, q, out)
		}
		if !ok {
			f, ok = count(d, q)
		}
		if !ok {
			continue
		}
		f.Quantity = qi
		if f.Kind == FigureCasualty || f.Kind == FigureCount {
			if k := sinceFor(d, f, dates); k >= 0 {
				f.Since, f.SinceSpan = dates[k].Year, dates[k].Span
				usedSince[k] = true
			}
		}
		out = append(out, f)
	}
	for k, e := range dates {
		if e.Kind == timex.KindYear && !usedSince[k] {
			out = append(out, yearFigure(d, e))
		}
	}
	sortFigures(out)
	return out
}

func sortFigures(fs []Figure) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].First < fs[j-1].First; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

func newFigure(d *text.Doc, kind, what string, q Quantity, first, end int) Figure {
	return Figure{
		Kind: kind, What: what, Value: q.Value, Bound: q.Bound, Approximate: q.Approximate, Unit: q.Unit,
		First: first, End: end, Span: d.SpanOf(first, end), Quantity: -1,
	}
}

// age reads a person's age set between commas after the name ("Zangoua,
// 46, leads", "Governor Karim al-Obaidi, 58, was leaving") or before a
// noun ("a 46-year-old farmer").
func age(d *text.Doc, q Quantity) (Figure, bool) {
	if q.Class == ClassAge && q.End < len(d.Tokens) && d.Tokens[q.End].Kind == text.Word && q.Value >= 1 && q.Value <= 115 &&
		strings.HasSuffix(strings.ToLower(d.Word(q.End-1)), "-old") {
		// "a 46-year-old farmer", "a 54-year-old man was killed"; with
		// the name beside it, "Ana Diaz, a 34-year-old nurse", "the
		// 52-year-old crane operator Wilfrid Amazan"
		what := "age of " + d.Word(q.End)
		if q.First >= 2 && d.Word(q.First-2) == "," && (d.Lower(q.First-1) == "a" || d.Lower(q.First-1) == "an") {
			if n := nameBefore(d, q.First-2); n >= 0 {
				what += ", " + d.Str(d.SpanOf(n, q.First-2))
			}
		} else if n, c := nounThenName(d, q.End); c > n {
			what = "age of " + d.Str(d.SpanOf(q.End, c))
		}
		return newFigure(d, FigureAge, what, q, q.First, q.End+1), true
	}
	if q.Value < 1 || q.Value > 115 || q.Value != math.Trunc(q.Value) || q.Class != ClassAge && q.Unit != "" || q.Bound != "" ||
		q.First < 2 || q.End >= len(d.Tokens) || d.Word(q.First-1) != "," || !ageCloses(d, q.End) {
		return Figure{}, false
	}
	first := nameBefore(d, q.First-1)
	if first < 0 {
		return Figure{}, false // ", 46," after no name is a list of numbers
	}
	what := "age of " + d.Str(d.SpanOf(first, q.First-1))
	if k := q.End + 1; k+1 < len(d.Tokens) && d.Word(q.End) == "," && (d.Lower(k) == "a" || d.Lower(k) == "an") {
		if n, _ := nounThenName(d, k+1); n > k+1 {
			what += ", " + d.Str(d.SpanOf(k+1, n)) // "Wilfrid Amazan, 38, a crane operator who …"
		}
	}
	return newFigure(d, FigureAge, what, q, first, q.End), true
}

// nounThenName returns the end of the run of up to three lowercase words
// from token k and the end of the name right after it: "crane operator
// Wilfrid Amazan"; the two are equal when no name follows, and both are
// k when no such words do.
func nounThenName(d *text.Doc, k int) (int, int) {
	n := k
	for n < len(d.Tokens) && n < k+3 && d.Tokens[n].Kind == text.Word && !d.Tokens[n].Cap && !nameStops[d.Lower(n)] {
		n++
	}
	if n == k || n >= len(d.Tokens) || d.SentenceOf(n) != d.SentenceOf(k) {
		return k, k
	}
	return n, capsRun(d, n)
}

// nameStops end the words between an age and a name: "a 54-year-old
// man in Ashkelon" names a place, not the man.
var nameStops = text.SetOf("in", "at", "on", "from", "of", "near", "was", "were", "is", "who", "and", "with", "by",
	"for", "to", "said", "told")

// ageCloses reports whether token k closes an age in apposition: "Ana
// Diaz, 34, said", "Tinashe Moyo, 34, and Lovemore Dube, 22."
func ageCloses(d *text.Doc, k int) bool {
	switch d.Word(k) {
	case ",":
		return true
	case ".":
		return d.SentenceOf(k) == d.SentenceOf(k-1)
	}
	return false
}

// nameBefore returns the first token of the run of capitalised words
// that ends at the comma at token k, in k's sentence, or -1.
func nameBefore(d *text.Doc, k int) int {
	first := k
	for first > 0 && d.Tokens[first-1].Kind == text.Word && d.Tokens[first-1].Cap && d.SentenceOf(first-1) == d.SentenceOf(k) {
		first--
	}
	if first == k {
		return -1
	}
	return first
}

// casualtyCues map the words that make a count of people a casualty
// figure to what the figure counts.
var casualtyCues = map[string]string{
	"killed": "killed", "killing": "killed", "kills": "killed", "kill": "killed", "dead": "killed",
	"died": "killed", "die": "killed", "deaths": "killed", "slain": "killed", "massacred": "killed",
	"executed": "killed", "fatalities": "killed", "lives": "killed", "perished": "killed",
	"wounded": "wounded", "wounding": "wounded", "injured": "injured", "injuring": "injured", "hurt": "injured",
	"injuries": "injured", "casualties": "casualties",
	"displaced": "displaced", "displacing": "displaced", "fled": "displaced", "uprooted": "displaced",
	"homeless": "displaced", "evacuated": "displaced",
	"abducted": "abducted", "kidnapped": "abducted", "abducting": "abducted", "kidnapping": "abducted",
	"hostage": "abducted", "hostages": "abducted",
	"arrested": "arrested", "detained": "arrested", "arresting": "arrested", "detaining": "arrested",
	"jailed": "arrested", "imprisoned": "arrested", "rounded": "arrested",
	"missing": "missing", "drowned": "killed", "drown": "killed",
	"stranded": "stranded", "trapped": "trapped", "besieged": "trapped",
	"rescued": "rescued", "survivors": "rescued", "driven": "displaced", "aboard": "aboard",
}

// fillers may stand between a count and its casualty cue: "were killed",
// "have been reported killed", "has killed more than".
var fillers = text.SetOf("were", "was", "have", "has", "had", "been", "being", "be", "are", "is", "reportedly",
	"also", "already", "all", "now", "so", "far", "feared", "believed", "confirmed", "reported", "left",
	"leaving", "including", "among", "them", "people", "civilians", "others", "more", "at", "least",
	"than", "some", "about", "nearly", "almost", "over", "the", "a", "an", "toll", "death", "rose", "risen",
	"climbed", "stood", "stands", "to", "of", "and", "later", "since", "then", "who", "which", "allegedly",
	"apparently", "mostly", "up", "out", "taken", "as", "many", "remain", "remained", "remains", "still")

// personNouns are the heads a casualty count can have.
var personNouns = text.SetOf("people", "persons", "person", "civilians", "civilian", "soldiers", "troops",
	"fighters", "militants", "children", "women", "men", "residents", "migrants", "refugees", "protesters",
	"demonstrators", "police", "policemen", "officers", "workers", "passengers", "members", "rebels",
	"insurgents", "servicemen", "personnel", "others", "students", "journalists", "doctors", "nurses",
	"hostages", "prisoners", "detainees", "inmates", "pilgrims", "worshippers", "villagers", "miners",
	"sailors", "marines", "crew", "staff", "guards", "employees", "activists", "opponents", "suspects",
	"jihadists", "gunmen", "attackers", "bystanders", "victims", "casualties", "deaths", "fatalities",
	"injuries", "babies", "infants", "teenagers", "adults", "boys", "girls", "families", "individuals",
	"troop", "soldier", "fighter", "militant", "child", "woman", "man", "officer", "worker", "hostage",
	"policeman", "journalist", "aid", "servicemembers", "recruits", "conscripts", "mercenaries", "settlers",
	"patients", "tourists", "foreigners", "nationals", "citizens", "combatants", "militiamen", "tribesmen",
	"infantrymen", "paratroopers", "commandos", "pilots", "peacekeepers", "volunteers", "survivors")

// casualty reads a count of people killed, wounded, displaced, abducted
// or arrested: "has killed more than 250,000 people", "12 were wounded",
// "at least 30 dead", "the death toll rose to 40".
func casualty(d *text.Doc, q Quantity) (Figure, bool) {
	if !personCount(d, q) {
		return Figure{}, false
	}
	si := d.SentenceOf(q.First)
	if si < 0 {
		return Figure{}, false
	}
	s := d.Sentences[si]
	last := max(q.End-1, q.NounTok)
	if q.NounTok >= 0 {
		if what, ok := text.Lookup(casualtyCues, d.Word(q.NounTok)); ok {
			return newFigure(d, FigureCasualty, what, q, q.First, last+1), true
		}
	}
	if what, k, ok := cueAfter(d, last+1, s.End); ok {
		return newFigure(d, FigureCasualty, what, q, q.First, k+1), true
	}
	if what, k, ok := cueBefore(d, q.First, s.First); ok {
		return newFigure(d, FigureCasualty, what, q, k, last+1), true
	}
	return Figure{}, false
}

// personCount reports whether q counts people: no unit but people, and a
// head noun that names people, a capitalised plural ("Syrians"), or none.
func personCount(d *text.Doc, q Quantity) bool {
	if q.Compound || (q.Unit != "" && q.Class != ClassPeople) || q.Total != 0 && q.NounTok < 0 {
		return false
	}
	if q.NounTok < 0 {
		return true
	}
	w := d.Word(q.NounTok)
	if _, cue := text.Lookup(casualtyCues, w); cue && !d.Tokens[q.NounTok].Cap {
		return true // "left 19 missing", "at least 30 dead": the count's word says what befell people
	}
	return is(personNouns, w) || (d.Tokens[q.NounTok].Cap && (isPlural(w) || demonymInI(w))) || endsWith(w, "ers") ||
		endsWith(w, "ists") || endsWith(w, "ians") || endsWith(w, "men") || endsWith(w, "ers-by") || q.Value == 1 && personSingular(w)
}

// personSingular reports whether w is, by its ending, one person: "one
// fisherman", "a journalist", "one civilian" (not "-er", which ends
// "border" and "helicopter" as well as "farmer").
func personSingular(w string) bool {
	return len(w) > 5 && (endsWith(w, "man") || endsWith(w, "ist") || endsWith(w, "ian"))
}

// demonymInI reports whether w is a plural demonym of one ending in -i,
// which isPlural takes for a singular in -is: "Bangladeshis", "Iraqis",
// "Somalis", "Kuwaitis".
func demonymInI(w string) bool {
	return len(w) > 5 && endsWith(w, "is") && !endsWith(w, "sis")
}

// cueAfter finds a casualty cue within four tokens from j, across fillers.
func cueAfter(d *text.Doc, j, end int) (string, int, bool) {
	for k := j; k < end && k < j+5; k++ {
		w := d.Word(k)
		if what, ok := text.Lookup(casualtyCues, w); ok {
			if k > j && k+1 < end && opensCount(d, k+1) {
				// "infected 84 people and killed 31", "killed thousands
				// and driven more than 12 million": the cue counts its own.
				return "", 0, false
			}
			return what, k, true
		}
		if !is(fillers, w) {
			break
		}
	}
	return "", 0, false
}

// opensCount reports whether a count starts at token k: "12", "more than
// 12 million", "at least 40", "tens of thousands".
func opensCount(d *text.Doc, k int) bool {
	w := d.Word(k)
	if strings.EqualFold(w, "at") {
		return k+1 < len(d.Tokens) && strings.EqualFold(d.Word(k+1), "least")
	}
	return d.Tokens[k].Kind == text.Number || is(countStarts, w)
}

// countStarts open a count after a verb: "driven more than 12 million".
var countStarts = text.SetOf("more", "about", "nearly", "almost", "over", "some", "up", "tens", "hundreds",
	"thousands", "dozens", "millions", "several", "around", "roughly")

// cueBefore finds a casualty cue within five tokens before i, across
// fillers: "killed more than", "the death toll rose to".
func cueBefore(d *text.Doc, i, first int) (string, int, bool) {
	for k := i - 1; k >= first && k >= i-6; k-- {
		w := d.Word(k)
		if what, ok := text.Lookup(casualtyCues, w); ok {
			return what, k, true
		}
		if strings.EqualFold(w, "toll") {
			return "killed", k, true
		}
		if !is(fillers, w) {
			return tollBefore(d, k, first)
		}
	}
	return "", 0, false
}

// tollBefore finds "toll" before a phrase that says whose toll it is, from
// token k back: "the death toll from a magnitude 6.0 earthquake rose to".
func tollBefore(d *text.Doc, k, first int) (string, int, bool) {
	for j := k - 1; j >= first && j >= k-10; j-- {
		switch {
		case d.Tokens[j].Kind == text.Punct:
			return "", 0, false
		case strings.EqualFold(d.Word(j), "toll") && j+1 < k && is(tollPreps, d.Word(j+1)):
			return "killed", j, true
		}
	}
	return "", 0, false
}

var tollPreps = text.SetOf("from", "in", "of")

// part reads a count of people that a casualty figure before it in the
// sentence includes: "killing 38 people, including 11 children", "among
// them 14 soldiers", "60 were wounded, 20 of them critically".
func part(d *text.Doc, q Quantity, prev Figure) (Figure, bool) {
	if prev.Kind != FigureCasualty || d.SentenceOf(prev.First) != d.SentenceOf(q.First) || prev.End > q.First ||
		!personCount(d, q) {
		return Figure{}, false
	}
	end := max(q.End, q.NounTok+1)
	switch before := strings.ToLower(d.Word(q.First - 1)); {
	case before == "including" || before == "among" || before == "them" && strings.EqualFold(d.Word(q.First-2), "among"):
		return newFigure(d, FigureCasualty, prev.What, q, q.First, end), true
	case q.End+1 < len(d.Tokens) && strings.EqualFold(d.Word(q.End), "of") && strings.EqualFold(d.Word(q.End+1), "them"):
		return newFigure(d, FigureCasualty, prev.What, q, q.First, q.End+2), true
	}
	return Figure{}, false
}

// moneyCues tie an amount of money to what it pays for: "a deal worth
// $6.8 billion", "pledged 1 million pounds in aid".
var moneyCues = text.SetOf("worth", "deal", "contract", "aid", "pledged", "pledge", "pledges", "package", "loan",
	"loans", "fine", "fined", "ransom", "budget", "grant", "grants", "funding", "cost", "costs", "valued",
	"value", "sale", "purchase", "order", "compensation", "reparations", "bailout", "damages", "donated",
	"appeal", "assistance", "relief", "reconstruction")

// money reads an amount of money that a cue ties to a deal, aid or a
// cost, within four words before it or in its own words ("$50 million in
// aid"), and an amount in brackets after such a figure ("9.4 trillion won
// ($6.8 billion)").
func money(d *text.Doc, q Quantity, prev []Figure) (Figure, bool) {
	if q.Class != ClassCurrency {
		return Figure{}, false
	}
	if n := len(prev); n > 0 && prev[n-1].Kind == FigureMoney && q.First >= 1 && d.Word(q.First-1) == "(" &&
		prev[n-1].End == q.First-1 {
		return newFigure(d, FigureMoney, prev[n-1].What, q, q.First, q.End), true
	}
	s := d.Sentences[d.SentenceOf(q.First)]
	for k := q.First - 1; k >= s.First && k >= q.First-4; k-- {
		if w := strings.ToLower(d.Word(k)); is(moneyCues, w) {
			return newFigure(d, FigureMoney, "amount ("+w+")", q, k, q.End), true
		}
	}
	for k := q.End; k < s.End && k < q.End+3; k++ {
		if w := strings.ToLower(d.Word(k)); is(moneyCues, w) {
			return newFigure(d, FigureMoney, "amount ("+w+")", q, q.First, k+1), true
		}
	}
	return Figure{}, false
}

// count reads the numbers no rule above reads that still count a noun
// the text names or measure with a unit: shares, durations, amounts,
// lengths, money, "2,487,612 votes". A bare number tells nothing of what
// it counts and is left out; so are ages.
func count(d *text.Doc, q Quantity) (Figure, bool) {
	switch q.Class {
	case ClassPercent:
		return withUnit(newFigure(d, FigureShare, "share", q, q.First, q.End), q), true
	case ClassTime:
		end := q.End
		if q.Compound && q.Modifies >= 0 {
			end = q.Modifies + 1 // "60-day state": the day counts the state's length
		}
		return withUnit(newFigure(d, FigureDuration, "duration", q, q.First, end), q), true
	case ClassMass, ClassVolume, ClassArea, ClassEnergy:
		return withUnit(newFigure(d, FigureAmount, "amount", q, q.First, q.End), q), true
	case ClassLength:
		if n := measured(d, q); n >= 0 {
			// "the 1,170-km (727-mile) link": the length of the link
			return withUnit(newFigure(d, FigureDistance, "length of "+text.Fold(d.Word(n)), q, q.First, n+1), q), true
		}
		return withUnit(newFigure(d, FigureDistance, "distance", q, q.First, q.End), q), true
	case ClassCurrency:
		return withUnit(newFigure(d, FigureMoney, "amount", q, q.First, q.End), q), true
	case "", ClassCount, ClassPeople:
		if h := sharedHead(d, q); h >= 0 {
			// "15 Russian, six Indian and three Georgian nationals": 15
			// Russian nationals.
			what := text.Fold(d.Str(d.SpanOf(q.End, q.NounTok+1))) + " " + text.Fold(d.Word(h))
			return newFigure(d, FigureCount, what, q, q.First, q.NounTok+1), true
		}
		if q.NounTok < q.End || q.Compound || !isPlural(d.Word(q.NounTok)) || q.NounTok-q.End > 5 {
			return Figure{}, false // "a magnitude 6.0 earthquake" counts nothing
		}
		if d.Lower(q.End) == "of" && !q.Vague && q.Value < 2 {
			return Figure{}, false // "one of the US officials" picks one out, counts none; "11 of the shops" count shops
		}
		k := q.End
		for k < q.NounTok && partitiveWords[d.Lower(k)] {
			k++ // "hundreds of the party's supporters", "five of his supporters" count supporters
		}
		return newFigure(d, FigureCount, text.Fold(d.Str(d.SpanOf(k, q.NounTok+1))), q, q.First, q.NounTok+1), true
	}
	return Figure{}, false
}

// partitiveWords open the phrase a partitive count picks its members from.
var partitiveWords = text.SetOf("of", "the", "his", "her", "its", "their", "our", "these", "those")

// sharedHead returns the plural noun that ends a list of counts of
// capitalised adjectives and that each count shares ("17 Indian, four Sri
// Lankan and one Russian national"), or -1 when q's own noun is no such
// adjective.
func sharedHead(d *text.Doc, q Quantity) int {
	if q.NounTok < q.End || q.NounFirst != q.End || !d.Tokens[q.NounTok].Cap || isPlural(d.Word(q.NounTok)) {
		return -1
	}
	lim := d.Sentences[d.SentenceOf(q.NounTok)].End
	for k := q.NounTok + 1; k < lim && k < q.NounTok+24; k++ {
		w := d.Lower(k)
		switch {
		case w == "," || w == "and" || w == "or" || d.Tokens[k].Kind == text.Number || is(smallNumbers, w):
		case d.Tokens[k].Cap:
		case k > 0 && d.Tokens[k-1].Cap && (isPlural(w) || w == "national"):
			return k
		default:
			return -1
		}
	}
	return -1
}

var smallNumbers = text.SetOf("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve")

func withUnit(f Figure, q Quantity) Figure {
	f.Unit = q.Unit
	return f
}

// sizeNouns are the nouns of a size compound: "60-member", "27-nation".
var sizeNouns = text.SetOf("member", "nation", "country", "state", "strong", "man", "seat", "party", "ship",
	"vessel", "aircraft", "jet", "plane", "tank", "vehicle", "truck", "car", "boat", "warship", "nation-strong",
	"person", "soldier", "troop", "brigade", "battalion", "company", "division", "unit", "team", "crew",
	"delegation", "strong-force")

// groupNouns are the bodies whose size "of N" gives: "a coalition of 60
// countries".
var groupNouns = text.SetOf("coalition", "alliance", "bloc", "group", "union", "force", "forces", "contingent",
	"delegation", "convoy", "fleet", "flotilla", "team", "unit", "grouping", "organisation", "organization")

// size reads "60-member coalition", "27-nation bloc", "a 5,000-strong
// force" and "a coalition of 60 countries".
func size(d *text.Doc, q Quantity) (Figure, bool) {
	if q.Compound && q.Modifies >= 0 && is(sizeNouns, q.Noun) {
		f := newFigure(d, FigureSize, "size of "+text.Fold(d.Word(q.Modifies)), q, q.First, q.Modifies+1)
		if q.Noun != "strong" {
			f.Unit = q.Noun
		}
		return f, true
	}
	if q.Compound || q.NounTok < 0 || q.First < 2 || !strings.EqualFold(d.Word(q.First-1), "of") {
		return Figure{}, false
	}
	g := d.Word(q.First - 2)
	if !is(groupNouns, g) {
		return Figure{}, false
	}
	f := newFigure(d, FigureSize, "size of "+text.Fold(g), q, q.First-2, q.NounTok+1)
	f.Unit = q.Noun
	return f, true
}

// measured returns the noun that a hyphenated length before it measures
// ("the 1,170-km link", "a 271-km (168-mile) border"), across a
// conversion in brackets, or -1.
func measured(d *text.Doc, q Quantity) int {
	if !q.Compound {
		return -1
	}
	k := q.End
	if k < len(d.Tokens) && d.Word(k) == "(" {
		for k < len(d.Tokens) && k < q.End+6 && d.Word(k) != ")" {
			k++
		}
		k++
	}
	if k >= len(d.Tokens) || d.Tokens[k].Kind != text.Word || d.Tokens[k].Cap || d.SentenceOf(k) != d.SentenceOf(q.First) {
		return -1
	}
	return k
}

// directions follow a distance that places something: "40 km south of",
// "10 miles from", "5 km away".
var directions = text.SetOf("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
	"north-east", "north-west", "south-east", "south-west", "northern", "southern", "eastern", "western",
	"from", "away", "outside", "off", "inland", "offshore", "beyond", "inside", "into", "short", "behind",
	"ahead", "deep", "north-northeast", "east-southeast")

// distance reads a length that places something: "40 km south of Latakia".
func distance(d *text.Doc, q Quantity) (Figure, bool) {
	dir := afterConversion(d, q.End)
	if q.Class == ClassLength && dir+2 < len(d.Tokens) && d.Lower(dir) == "to" && d.Lower(dir+1) == "the" &&
		is(directions, d.Word(dir+2)) {
		// "Obo, about 150 km to the east": how far the place before it lies
		what := "distance"
		if a := apposedTo(d, q.First); a != "" {
			what = "distance from " + a
		}
		return newFigure(d, FigureDistance, what, q, q.First, dir+3), true
	}
	if q.Class != ClassLength || dir >= len(d.Tokens) || !is(directions, d.Word(dir)) {
		return Figure{}, false
	}
	end := dir + 1
	what := "distance"
	rel := strings.ToLower(d.Word(dir))
	if end < len(d.Tokens) && strings.EqualFold(d.Word(end), "of") {
		end++
		rel += " of"
	}
	// "40 km west of Cotonou", "15 km from the frontier", "30 km west of
	// the town of Karimama": what it is measured from
	if from := measuredFrom(d, end); from != "" && (strings.HasSuffix(rel, " of") || fromWords[rel]) {
		what = "distance " + rel + " " + from
	}
	return newFigure(d, FigureDistance, what, q, q.First, end), true
}

// apposedTo returns the capitalised name that a distance starting at
// token first is in apposition to, "Obo" in "from Obo, about 150 km to
// the east", or "".
func apposedTo(d *text.Doc, first int) string {
	k := first - 1
	for k >= 0 && approximator(d.Lower(k)) {
		k--
	}
	if k < 1 || d.Word(k) != "," {
		return ""
	}
	j := nameBefore(d, k)
	if j < 0 || j == d.Sentences[d.SentenceOf(k)].First {
		return "" // no name, or the sentence's first word
	}
	return d.Str(d.SpanOf(j, k))
}

// approximator reports whether w alone blurs a number: "about", "some".
func approximator(w string) bool {
	_, approx, ok := Qualifier(w)
	return ok && approx
}

// fromWords take what a distance is measured from right after them.
var fromWords = text.SetOf("from", "inside", "into", "off", "outside", "beyond", "behind")

// measuredFrom returns the words of the place or thing named from token
// k: a run of capitalised words after "the" and "the town of", else the
// noun after "the" ("the frontier"); "" when there is none.
func measuredFrom(d *text.Doc, k int) string {
	s := d.Sentences[d.SentenceOf(min(k, len(d.Tokens)-1))]
	if k >= s.End {
		return ""
	}
	if d.Lower(k) == "the" {
		k++
	}
	if k+2 < s.End && d.Lower(k+1) == "of" && !d.Tokens[k].Cap {
		k += 2 // "the town of Karimama"
	}
	if c := capsRun(d, k); c > k {
		return d.Str(d.SpanOf(k, c))
	}
	if k < s.End && d.Tokens[k].Kind == text.Word && !d.Tokens[k].Cap && d.Lower(k-1) == "the" {
		return "the " + d.Lower(k) // "the frontier", "the border"
	}
	return ""
}

// afterConversion returns the token after a bracketed conversion that
// starts at k ("140 km (85 miles) north of Kurmuk"), or k.
func afterConversion(d *text.Doc, k int) int {
	if k >= len(d.Tokens) || d.Word(k) != "(" {
		return k
	}
	for j := k + 1; j < len(d.Tokens) && j < k+6; j++ {
		if d.Word(j) == ")" {
			return j + 1
		}
	}
	return k
}

// capsRun returns the end of the run of capitalised words of the
// sentence from token i.
func capsRun(d *text.Doc, i int) int {
	s := d.Sentences[d.SentenceOf(i)]
	k := i
	for k < s.End && d.Tokens[k].Kind == text.Word && d.Tokens[k].Cap {
		k++
	}
	return k
}

// sinceFor returns the "since" date of the sentence of f, or -1.
func sinceFor(d *text.Doc, f Figure, dates []timex.Expr) int {
	si := d.SentenceOf(f.First)
	for k, e := range dates {
		if e.Since && e.Year != 0 && d.SentenceOf(e.First) == si {
			return k
		}
	}
	return -1
}

// yearVerbs tie a year to an event: "dates from 1971", "founded in 1948".
var yearVerbs = text.SetOf("dates", "dating", "dated", "founded", "established", "built", "began", "begun",
	"started", "opened", "signed", "created", "formed", "launched", "annexed", "invaded", "seized",
	"independence", "born", "died", "elected", "came", "took", "captured", "occupied", "liberated", "ended",
	"agreed", "adopted", "ratified", "set", "introduced", "declared", "fell", "collapsed", "won", "lost")

// yearFigure turns a year into a figure named after the verb that ties it
// to an event ("year (dates from)"), or after its cue ("year (since)").
func yearFigure(d *text.Doc, e timex.Expr) Figure {
	f := Figure{Kind: FigureYear, What: "year", Value: float64(e.Year), Quantity: -1, First: e.First, End: e.End, Span: e.Span}
	si := d.SentenceOf(e.First)
	if si < 0 {
		return f
	}
	first := d.Sentences[si].First
	for k := e.First - 1; k >= first && k >= e.First-7; k-- {
		if !is(yearVerbs, d.Word(k)) {
			continue
		}
		cue := text.Fold(d.Word(k))
		if k+1 < e.First && d.Tokens[k+1].Kind == text.Word && len(d.Word(k+1)) <= 5 {
			cue += " " + text.Fold(d.Word(k+1))
		}
		f.What = "year (" + cue + ")"
		f.First, f.Span = k, d.SpanOf(k, e.End)
		return f
	}
	if e.Cue != "" {
		f.What = "year (" + e.Cue + ")"
	}
	return f
}
