package timex

import (
	"strings"

	"sitrep/internal/text"
)

// dayWords are the one-word relative days.
var dayWords = map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "overnight": 0}

// spans are the units a relative date counts in.
var spans = map[string]string{
	"week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
	"day": "day", "days": "day", "weekend": "week", "fortnight": "fortnight",
}

var smallNumbers = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 0, "few": 0,
}

// relative reads "yesterday", "overnight", "this morning", "last night",
// "last week", "next month", "earlier this year", "two days ago".
func (f *finder) relative(i, end int) (Expr, bool) {
	d := f.d
	w := d.Word(i)
	if off, ok := text.Lookup(dayWords, w); ok {
		e := Expr{Kind: KindRelative, First: i, End: i + 1, Offset: off, Unit: "day"}
		if i+1 < end && isDayPart(d.Word(i+1)) && !strings.EqualFold(w, "overnight") {
			e.End = i + 2
		}
		return e, true
	}
	switch w = strings.ToLower(w); w {
	case "this", "last", "next":
		return f.thisLastNext(i, end, w)
	case "earlier", "later":
		if i+2 < end && strings.EqualFold(d.Word(i+1), "this") {
			if u, ok := text.Lookup(spans, d.Word(i+2)); ok && u != "day" {
				return Expr{Kind: KindRelative, First: i, End: i + 3, Unit: u, Cue: w + " this"}, true
			}
		}
		if i+1 < end && strings.EqualFold(d.Word(i+1), "today") {
			return Expr{Kind: KindRelative, First: i, End: i + 2, Unit: "day", Cue: w}, true
		}
	}
	return f.ago(i, end)
}

// thisLastNext reads "this week", "last month", "next year", "this
// morning", "last night".
func (f *finder) thisLastNext(i, end int, w string) (Expr, bool) {
	d := f.d
	if i+1 >= end {
		return Expr{}, false
	}
	off := map[string]int{"this": 0, "last": -1, "next": 1}[w]
	nx := text.Fold(d.Word(i + 1))
	switch {
	case w == "this" && isDayPart(nx):
		return Expr{Kind: KindRelative, First: i, End: i + 2, Unit: "day", Cue: w}, true
	case w == "last" && nx == "night":
		return Expr{Kind: KindRelative, First: i, End: i + 2, Offset: -1, Unit: "day", Cue: w}, true
	}
	u, ok := spans[nx]
	if !ok || u == "day" || u == "fortnight" || strings.HasSuffix(nx, "s") {
		return Expr{}, false
	}
	return Expr{Kind: KindRelative, First: i, End: i + 2, Offset: off, Unit: u, Cue: w}, true
}

// ago reads "two days ago", "a week ago", "3 years ago".
func (f *finder) ago(i, end int) (Expr, bool) {
	d := f.d
	if i+2 >= end || !strings.EqualFold(d.Word(i+2), "ago") {
		return Expr{}, false
	}
	n, ok := smallNumber(d, i)
	if !ok || n == 0 {
		return Expr{}, false
	}
	u, ok := text.Lookup(spans, d.Word(i+1))
	if !ok || u == "fortnight" {
		return Expr{}, false
	}
	return Expr{Kind: KindRelative, First: i, End: i + 3, Offset: -n, Unit: u, Cue: "ago"}, true
}

func smallNumber(d *text.Doc, i int) (int, bool) {
	w := d.Word(i)
	if d.Tokens[i].Kind == text.Number {
		n, ok := atoi(w)
		return n, ok && n < 10000
	}
	n, ok := text.Lookup(smallNumbers, w)
	return n, ok
}
