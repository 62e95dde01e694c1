package timex

import (
	"time"

	"sitrep/internal/report"
)

// resolve places e on the calendar against anchor, when it can.
func resolve(e *Expr, anchor time.Time) {
	var t time.Time
	var prec string
	switch e.Kind {
	case KindDate:
		t, prec = resolveDate(e, anchor), PrecisionDay
	case KindMonth:
		t, prec = resolveMonth(e, anchor), PrecisionMonth
	case KindYear:
		t, prec = time.Date(e.Year, 1, 1, 0, 0, 0, 0, time.UTC), PrecisionYear
	case KindWeekday:
		t, prec = resolveWeekday(e, anchor), PrecisionDay
	case KindRelative:
		t, prec = resolveRelative(e, anchor)
	}
	if t.IsZero() {
		return
	}
	e.Date = report.Date{Time: t, Precision: prec}
	e.Resolved = true
}

func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// resolveDate places a calendar date; without a year it takes the one that
// puts the date within ten months before or two months after the anchor.
func resolveDate(e *Expr, anchor time.Time) time.Time {
	y := e.Year
	if y == 0 {
		if anchor.IsZero() {
			return time.Time{}
		}
		y = nearestYear(anchor, e.Month, e.Day)
	}
	t := time.Date(y, time.Month(e.Month), e.Day, 0, 0, 0, 0, time.UTC)
	if t.Day() != e.Day {
		return time.Time{} // "February 30"
	}
	return t
}

func nearestYear(anchor time.Time, month, dayOfMonth int) int {
	a := day(anchor)
	y := a.Year()
	t := time.Date(y, time.Month(month), max(dayOfMonth, 1), 0, 0, 0, 0, time.UTC)
	switch {
	case t.After(a.AddDate(0, 2, 0)):
		return y - 1
	case t.Before(a.AddDate(0, -10, 0)):
		return y + 1
	}
	return y
}

// resolveMonth places a month: "March 2015", "in March", "last March".
func resolveMonth(e *Expr, anchor time.Time) time.Time {
	y := e.Year
	switch {
	case y != 0:
	case anchor.IsZero():
		return time.Time{}
	case e.Offset < 0:
		y = anchor.Year()
		if e.Month >= int(anchor.Month()) {
			y--
		}
	case e.Offset > 0:
		y = anchor.Year()
		if e.Month <= int(anchor.Month()) {
			y++
		}
	default:
		y = nearestYear(anchor, e.Month, 1)
	}
	return time.Date(y, time.Month(e.Month), 1, 0, 0, 0, 0, time.UTC)
}

// resolveWeekday places a weekday: the most recent on or before the
// anchor, strictly before after "last", the next one after "next", and
// the next on or after when the clause speaks of the future.
func resolveWeekday(e *Expr, anchor time.Time) time.Time {
	if anchor.IsZero() {
		return time.Time{}
	}
	a := day(anchor)
	back := (int(a.Weekday()) - int(e.Weekday) + 7) % 7
	fwd := (int(e.Weekday) - int(a.Weekday()) + 7) % 7
	switch {
	case e.Offset < 0:
		if back == 0 {
			back = 7
		}
		return a.AddDate(0, 0, -back)
	case e.Offset > 0:
		if fwd == 0 {
			fwd = 7
		}
		return a.AddDate(0, 0, fwd)
	case e.Future:
		return a.AddDate(0, 0, fwd)
	}
	return a.AddDate(0, 0, -back)
}

// resolveRelative places "yesterday", "last week", "earlier this month",
// "two years ago".
func resolveRelative(e *Expr, anchor time.Time) (time.Time, string) {
	if anchor.IsZero() {
		return time.Time{}, ""
	}
	a := day(anchor)
	switch e.Unit {
	case "day":
		return a.AddDate(0, 0, e.Offset), PrecisionDay
	case "week":
		monday := a.AddDate(0, 0, -((int(a.Weekday()) + 6) % 7))
		return monday.AddDate(0, 0, 7*e.Offset), PrecisionWeek
	case "month":
		first := time.Date(a.Year(), a.Month(), 1, 0, 0, 0, 0, time.UTC)
		return first.AddDate(0, e.Offset, 0), PrecisionMonth
	case "year":
		return time.Date(a.Year()+e.Offset, 1, 1, 0, 0, 0, 0, time.UTC), PrecisionYear
	}
	return time.Time{}, ""
}
