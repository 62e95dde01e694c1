// Package timex finds the dates and times an article names ("on Monday",
// "last Thursday", "4 March 2015", "Sept. 11", "since 2011", "earlier this
// month", "overnight") and normalises them against an anchor: the
// publication date, given with --published or read from the document.
//
// A date keeps what its words state (year, month, day, weekday, or an
// offset such as "last week") and, when it can be placed, the calendar date
// with its precision: day, week, month or year. Without an anchor, the
// expressions that need one ("Monday", "March 4", "yesterday") stay
// unresolved: a wrong date is worse than none.
//
// News conventions decide the ambiguous ones. A bare weekday is the most
// recent such day on or before the anchor ("Tuesday" in a paper of Tuesday
// is that day), unless the clause speaks of the future ("will meet on
// Friday"), when it is the next one on or after. "Last Thursday" is the
// most recent Thursday before the anchor. A month and day without a year
// fall within ten months before or two months after the anchor.
package timex

import (
	"time"

	"sitrep/internal/report"
	"sitrep/internal/text"
)

// Kinds of expression.
const (
	KindDate     = "date"     // a calendar date: "4 March 2015", "Sept. 11"
	KindMonth    = "month"    // a month: "in March", "March 2015"
	KindYear     = "year"     // a year: "in 1971", "since 2011"
	KindWeekday  = "weekday"  // "on Monday", "last Thursday"
	KindRelative = "relative" // "yesterday", "last week", "two days ago", "overnight"
)

// Precisions of a resolved date. Week is the one sitrep adds to the
// report's day, month and year: its Time is the Monday of that week.
const (
	PrecisionDay   = "day"
	PrecisionWeek  = "week"
	PrecisionMonth = "month"
	PrecisionYear  = "year"
)

// Expr is one date expression in the text.
type Expr struct {
	Kind       string
	Span       text.Span // the words, cue included: "on Monday", "since 2011"
	First, End int       // token range of Span
	// Cue is the folded preposition or modifier before the date ("on",
	// "in", "since", "last", "next", "earlier this"), "" when none. Since
	// is set for "since": the date opens a period that runs to now.
	Cue   string
	Since bool
	// What the words state; zero when unstated.
	Year, Month, Day int
	Weekday          time.Weekday
	HasWeekday       bool
	// Offset and Unit state a relative date: -1 "week" for "last week",
	// -2 "day" for "two days ago", 0 "month" for "this month".
	Offset int
	Unit   string
	// Future is set when the clause speaks of what is to come, which
	// sends a bare weekday forward.
	Future bool
	// Date is the normalised date when Resolved.
	Date     report.Date
	Resolved bool
}

// Find returns the date expressions of d in text order, resolved against
// anchor. A zero anchor resolves only the dates that carry their year.
func Find(d *text.Doc, anchor time.Time) []Expr {
	f := finder{d: d, out: make([]Expr, 0, 8)}
	for _, s := range d.Sentences {
		f.sentence(s.First, s.End)
	}
	for i := range f.out {
		resolve(&f.out[i], anchor)
	}
	return f.out
}
