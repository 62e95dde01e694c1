package timex

import (
	"strings"
	"time"

	"sitrep/internal/text"
)

type finder struct {
	d     *text.Doc
	out   []Expr
	first int // first token of the sentence
}

var (
	monthNames = map[string]int{
		"january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2, "march": 3, "mar.": 3,
		"april": 4, "apr": 4, "apr.": 4, "may": 5, "june": 6, "jun": 6, "jun.": 6, "july": 7, "jul": 7, "jul.": 7,
		"august": 8, "aug": 8, "aug.": 8, "september": 9, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9,
		"october": 10, "oct": 10, "oct.": 10, "november": 11, "nov": 11, "nov.": 11, "december": 12, "dec": 12,
		"dec.": 12,
	}
	weekdays = map[string]time.Weekday{
		"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
		"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday, "mon.": time.Monday,
		"tue.": time.Tuesday, "tues.": time.Tuesday, "wed.": time.Wednesday, "thu.": time.Thursday,
		"thur.": time.Thursday, "thurs.": time.Thursday, "fri.": time.Friday, "sat.": time.Saturday,
		"sun.": time.Sunday,
	}
	// cues are the words before a date that the expression takes in.
	cues = map[string]bool{
		"on": true, "in": true, "since": true, "by": true, "until": true, "till": true, "from": true,
		"during": true, "before": true, "after": true, "early": true, "late": true, "mid": true, "as of": true,
		"last": true, "next": true, "this": true, "earlier this": true, "later this": true, "earlier": true,
		"of": true, "between": true, "through": true, "throughout": true, "circa": true, "around": true,
	}
	// yearCues make a four-digit number a year even before a noun.
	yearCues = map[string]bool{
		"in": true, "since": true, "by": true, "until": true, "till": true, "from": true, "of": true,
		"during": true, "before": true, "after": true, "early": true, "late": true, "mid": true, "between": true,
		"through": true, "throughout": true, "circa": true, "and": true, "or": true, "to": true, ",": true,
		"-": true, "–": true, "—": true, "(": true, "year": true, "fiscal": true, "summer": true, "winter": true,
		"spring": true, "autumn": true, "fall": true, "around": true,
	}
	// dayParts may follow a weekday or a relative day: "Monday night".
	dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}
)

func (f *finder) sentence(first, end int) {
	f.first = first
	for i := first; i < end; {
		if !f.mayStart(i) {
			i++
			continue
		}
		e, ok := f.at(i, end)
		if !ok {
			i++
			continue
		}
		f.withCue(&e)
		e.Span = f.d.SpanOf(e.First, e.End)
		e.Future = e.Future || f.future(e.First)
		f.out = append(f.out, e)
		i = e.End
	}
}

// starts holds every word that can open a date expression, so that one
// lookup rules out almost every word of a text.
var starts = func() map[string]bool {
	m := map[string]bool{"this": true, "last": true, "next": true, "earlier": true, "later": true}
	for w := range monthNames {
		m[w] = true
	}
	for w := range weekdays {
		m[w] = true
	}
	for w := range dayWords {
		m[w] = true
	}
	for w := range smallNumbers {
		m[w] = true
	}
	return m
}()

var startFilter = text.NewWordFilter(starts)

// mayStart reports cheaply whether a date may start at token i.
func (f *finder) mayStart(i int) bool {
	switch t := f.d.Tokens[i]; t.Kind {
	case text.Number:
		return true
	case text.Word:
		w := f.d.Word(i)
		return startFilter.MayHave(w) || len(w) == 8 && strings.EqualFold(w[:4], "mid-")
	}
	return false
}

// at reads the expression whose core starts at token i.
func (f *finder) at(i, end int) (Expr, bool) {
	d := f.d
	t := d.Tokens[i]
	w := d.Word(i)
	switch {
	case t.Kind == text.Number:
		if e, ok := f.ago(i, end); ok {
			return e, true
		}
		if e, ok := f.isoDate(i); ok {
			return e, true
		}
		if e, ok := f.dayFirst(i, end); ok {
			return e, true
		}
		return f.year(i, end)
	case t.Kind != text.Word:
		return Expr{}, false
	case t.Cap:
		if m, ok := text.Lookup(monthNames, w); ok {
			return f.monthFirst(i, end, m)
		}
		if wd, ok := text.Lookup(weekdays, w); ok {
			return f.weekday(i, end, wd)
		}
	}
	if len(w) == 8 && strings.EqualFold(w[:4], "mid-") {
		return f.midYear(i)
	}
	return f.relative(i, end)
}

// monthFirst reads "March 4", "March 4, 2015", "Sept. 11", "March 2015"
// and a month alone after a cue ("in March").
func (f *finder) monthFirst(i, end, m int) (Expr, bool) {
	d := f.d
	e := Expr{Kind: KindMonth, First: i, End: i + 1, Month: m}
	j := i + 1
	if j < end {
		if day, ok := dayNumber(d.Word(j)); ok && d.Tokens[j].Kind == text.Number {
			e.Kind, e.Day, e.End = KindDate, day, j+1
			j++
			if j+1 < end && d.Word(j) == "," {
				j++
			}
		}
	}
	if j < end {
		if y, ok := yearNumber(d.Word(j)); ok && d.Tokens[j].Kind == text.Number {
			e.Year, e.End = y, j+1
		}
	}
	if e.Kind == KindMonth && e.Year == 0 && !f.cueBefore(i) {
		return Expr{}, false // "May" and "March" are also verbs
	}
	return e, true
}

// dayFirst reads "4 March", "4 March 2015", "4th March".
func (f *finder) dayFirst(i, end int) (Expr, bool) {
	d := f.d
	day, ok := dayNumber(d.Word(i))
	if !ok || i+1 >= end {
		return Expr{}, false
	}
	j := i + 1
	if strings.EqualFold(d.Word(j), "of") && j+1 < end {
		j++
	}
	m, ok := text.Lookup(monthNames, d.Word(j))
	if !ok || !d.Tokens[j].Cap {
		return Expr{}, false
	}
	e := Expr{Kind: KindDate, First: i, End: j + 1, Month: m, Day: day}
	if j+1 < end && d.Tokens[j+1].Kind == text.Number {
		if y, ok := yearNumber(d.Word(j + 1)); ok {
			e.Year, e.End = y, j+2
		}
	}
	return e, true
}

// isoDate reads "2015-09-15".
func (f *finder) isoDate(i int) (Expr, bool) {
	w := f.d.Word(i)
	if len(w) != 10 || w[4] != '-' || w[7] != '-' {
		return Expr{}, false
	}
	y, ok1 := yearNumber(w[:4])
	m, ok2 := atoi(w[5:7])
	day, ok3 := atoi(w[8:])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || day < 1 || day > 31 {
		return Expr{}, false
	}
	return Expr{Kind: KindDate, First: i, End: i + 1, Year: y, Month: m, Day: day}, true
}

// year reads a four-digit year: after a cue ("in 1971", "since 2011"), or
// anywhere it counts nothing ("the 2015 election" is a year, "1500 troops"
// is not).
func (f *finder) year(i, end int) (Expr, bool) {
	d := f.d
	y, ok := yearNumber(d.Word(i))
	if !ok {
		return Expr{}, false
	}
	prev := ""
	if i > f.first {
		prev = text.Fold(d.Word(i - 1))
	}
	if prev == "$" || prev == "about" || prev == "some" || prev == "than" || prev == "nearly" || prev == "over" {
		return Expr{}, false
	}
	if !yearCues[prev] && i+1 < end && countable(d, i+1) {
		return Expr{}, false
	}
	return Expr{Kind: KindYear, First: i, End: i + 1, Year: y}, true
}

// midYear reads "mid-2015".
func (f *finder) midYear(i int) (Expr, bool) {
	w := f.d.Word(i)
	y, ok := yearNumber(w[4:])
	if !ok {
		return Expr{}, false
	}
	return Expr{Kind: KindYear, First: i, End: i + 1, Year: y, Cue: "mid"}, true
}

// weekday reads "Monday", "Monday night", "Monday, Sept. 14".
func (f *finder) weekday(i, end int, wd time.Weekday) (Expr, bool) {
	d := f.d
	j := i + 1
	if j < end && d.Word(j) == "," {
		j++
	}
	if j < end && d.Tokens[j].Cap {
		if m, ok := text.Lookup(monthNames, d.Word(j)); ok {
			if e, ok := f.monthFirst(j, end, m); ok && e.Kind == KindDate {
				e.First, e.Weekday, e.HasWeekday = i, wd, true
				return e, true
			}
		}
	}
	e := Expr{Kind: KindWeekday, First: i, End: i + 1, Weekday: wd, HasWeekday: true}
	if i+1 < end && isDayPart(d.Word(i+1)) {
		e.End = i + 2
	}
	return e, true
}

func isDayPart(w string) bool {
	_, ok := text.Lookup(dayParts, w)
	return ok
}

// withCue takes in the cue before the expression: "on Monday", "last
// Thursday", "since 2011", "earlier this month" (relative ones read their
// own).
func (f *finder) withCue(e *Expr) {
	d := f.d
	if e.Kind == KindRelative || e.First <= f.first {
		return
	}
	for n := 2; n >= 1; n-- {
		k := e.First - n
		if k < f.first || f.d.Tokens[k].Kind == text.Punct {
			continue
		}
		c := cueWords(d, k, e.First)
		if !cues[c] {
			continue
		}
		e.Cue, e.First = c, k
		e.Since = c == "since"
		switch c {
		case "last":
			e.Offset = -1
		case "next":
			e.Offset = 1
		}
		return
	}
}

// cueWords returns the folded words of tokens [k, end) when they may be
// a cue, "" otherwise; only "earlier this" and "later this" have two.
func cueWords(d *text.Doc, k, end int) string {
	if end-k == 1 {
		if _, ok := text.Lookup(cues, d.Word(k)); ok {
			return strings.ToLower(d.Word(k))
		}
		return ""
	}
	if !strings.EqualFold(d.Word(k+1), "this") {
		return ""
	}
	return strings.ToLower(d.Word(k)) + " this"
}

// cueBefore reports whether a cue word comes right before token i.
func (f *finder) cueBefore(i int) bool {
	if i <= f.first {
		return false
	}
	_, ok := text.Lookup(cues, f.d.Word(i-1))
	return ok
}

// futureWords mark a clause about what is to come.
var futureWords = map[string]bool{
	"will": true, "shall": true, "'ll": true, "due": true, "scheduled": true, "expected": true, "plans": true,
	"planned": true, "set": true, "would": true, "going": true, "upcoming": true, "coming": true, "intends": true,
}

// future reports whether the words of the sentence before token i speak
// of the future.
func (f *finder) future(i int) bool {
	for k := max(f.first, i-8); k < i; k++ {
		if _, ok := text.Lookup(futureWords, f.d.Word(k)); ok {
			return true
		}
	}
	return false
}

// countable reports whether token j is a plural noun a number could count.
func countable(d *text.Doc, j int) bool {
	t := d.Tokens[j]
	if t.Kind != text.Word || t.Cap {
		return false
	}
	w := d.Word(j)
	n := len(w)
	return n > 2 && (w[n-1] == 's' && w[n-2] != 's' || strings.HasSuffix(w, "men") || w == "people")
}

// dayNumber reads a day of the month: "4", "04", "4th", "21st".
func dayNumber(w string) (int, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if len(w) > 2 && strings.EqualFold(w[len(w)-2:], suf) {
			w = w[:len(w)-2]
			break
		}
	}
	if len(w) > 2 {
		return 0, false
	}
	n, ok := atoi(w)
	return n, ok && n >= 1 && n <= 31
}

// yearNumber reads a four-digit year between 1000 and 2100.
func yearNumber(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	n, ok := atoi(w)
	return n, ok && n >= 1000 && n <= 2100
}

func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// CalendarWord reports whether a folded word names a month or a day of
// the week: a capitalised word that is no name ("On Monday Governor X").
func CalendarWord(w string) bool {
	_, month := monthNames[w]
	_, day := weekdays[w]
	return month || day
}
