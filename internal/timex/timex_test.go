package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"sitrep/internal/text"
)

var anchor = time.Date(2015, 9, 15, 12, 0, 0, 0, time.UTC) // a Tuesday

// show writes an expression as "words=date/precision", or "words=?" when
// it stays unresolved.
func show(d *text.Doc, e Expr) string {
	if !e.Resolved {
		return d.Str(e.Span) + "=?"
	}
	return fmt.Sprintf("%s=%s/%s", d.Str(e.Span), e.Date.Time.Format("2006-01-02"), e.Date.Precision)
}

func TestFind(t *testing.T) {
	tests := []struct {
		in     string
		anchor time.Time
		want   []string
	}{
		{"The Pentagon said on Monday that", anchor, []string{"on Monday=2015-09-14/day"}},
		{"Putin Tuesday reiterated", anchor, []string{"Tuesday=2015-09-15/day"}},
		{"Lavrov confirmed last Thursday that", anchor, []string{"last Thursday=2015-09-10/day"}},
		{"last Tuesday", anchor, []string{"last Tuesday=2015-09-08/day"}},
		{"next Monday", anchor, []string{"next Monday=2015-09-21/day"}},
		{"They will meet on Friday.", anchor, []string{"on Friday=2015-09-18/day"}},
		{"They met on Friday.", anchor, []string{"on Friday=2015-09-11/day"}},
		{"on Sunday night", anchor, []string{"on Sunday night=2015-09-13/day"}},
		{"killed more than 250,000 people since 2011", anchor, []string{"since 2011=2011-01-01/year"}},
		{"dates from the Cold War – 1971, when", anchor, []string{"1971=1971-01-01/year"}},
		{"It was founded in 1971.", time.Time{}, []string{"in 1971=1971-01-01/year"}},
		{"on March 4", anchor, []string{"on March 4=2015-03-04/day"}},
		{"on 4 March 2015", time.Time{}, []string{"on 4 March 2015=2015-03-04/day"}},
		{"on Sept. 11", anchor, []string{"on Sept. 11=2015-09-11/day"}},
		{"on Sept. 15, 2015", time.Time{}, []string{"on Sept. 15, 2015=2015-09-15/day"}},
		{"on Dec. 28", time.Date(2016, 1, 3, 0, 0, 0, 0, time.UTC), []string{"on Dec. 28=2015-12-28/day"}},
		{"on Monday, Sept. 14", anchor, []string{"on Monday, Sept. 14=2015-09-14/day"}},
		{"the 21st of March", anchor, []string{"21st of March=2015-03-21/day"}},
		{"March 2015", time.Time{}, []string{"March 2015=2015-03-01/month"}},
		{"in March", anchor, []string{"in March=2015-03-01/month"}},
		{"last March", anchor, []string{"last March=2015-03-01/month"}},
		{"next March", anchor, []string{"next March=2016-03-01/month"}},
		{"in November", anchor, []string{"in November=2015-11-01/month"}},
		{"overnight", anchor, []string{"overnight=2015-09-15/day"}},
		{"yesterday", anchor, []string{"yesterday=2015-09-14/day"}},
		{"Yesterday morning", anchor, []string{"Yesterday morning=2015-09-14/day"}},
		{"today", anchor, []string{"today=2015-09-15/day"}},
		{"tomorrow", anchor, []string{"tomorrow=2015-09-16/day"}},
		{"last night", anchor, []string{"last night=2015-09-14/day"}},
		{"this morning", anchor, []string{"this morning=2015-09-15/day"}},
		{"last week", anchor, []string{"last week=2015-09-07/week"}},
		{"this week", anchor, []string{"this week=2015-09-14/week"}},
		{"earlier this month", anchor, []string{"earlier this month=2015-09-01/month"}},
		{"later this year", anchor, []string{"later this year=2015-01-01/year"}},
		{"last month", anchor, []string{"last month=2015-08-01/month"}},
		{"next year", anchor, []string{"next year=2016-01-01/year"}},
		{"two days ago", anchor, []string{"two days ago=2015-09-13/day"}},
		{"3 weeks ago", anchor, []string{"3 weeks ago=2015-08-24/week"}},
		{"a year ago", anchor, []string{"a year ago=2014-01-01/year"}},
		{"in mid-2015", time.Time{}, []string{"in mid-2015=2015-01-01/year"}},
		{"2015-09-01", time.Time{}, []string{"2015-09-01=2015-09-01/day"}},
		{"the 2015 election", time.Time{}, []string{"2015=2015-01-01/year"}},
		// Without an anchor relative dates stay unresolved.
		{"on Monday", time.Time{}, []string{"on Monday=?"}},
		{"last Thursday", time.Time{}, []string{"last Thursday=?"}},
		{"on March 4", time.Time{}, []string{"on March 4=?"}},
		{"yesterday", time.Time{}, []string{"yesterday=?"}},
		{"last week", time.Time{}, []string{"last week=?"}},
		{"in March", time.Time{}, []string{"in March=?"}},
		// Not dates.
		{"1500 troops arrived", anchor, nil},
		{"about 2000 people", anchor, nil},
		{"We may march on.", anchor, nil},
		{"May I ask?", anchor, nil},
		{"February 30, 2015", anchor, []string{"February 30, 2015=?"}},
		{"last weeks", anchor, nil},
		{"9999 days ago", anchor, []string{"9999 days ago=1988-04-30/day"}},
	}
	for _, tt := range tests {
		d := text.New(tt.in)
		var got []string
		for _, e := range Find(d, tt.anchor) {
			got = append(got, show(d, e))
			check(t, d, e)
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%q:\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func check(t *testing.T, d *text.Doc, e Expr) {
	t.Helper()
	if e.First < 0 || e.End > len(d.Tokens) || e.First >= e.End || e.Span != d.SpanOf(e.First, e.End) {
		t.Fatalf("bad span %v for tokens %d..%d", e.Span, e.First, e.End)
	}
	if e.Resolved && (e.Date.Time.IsZero() || e.Date.Precision == "") {
		t.Fatalf("resolved without a date: %+v", e)
	}
}

// FuzzFind: no input may panic, and every span must point at its words.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"The Pentagon said on Monday that last Thursday since 2011",
		"on Monday, Sept. 14, 2015 and 4 March 2015 and 99 days ago",
		"last last next this earlier this later this ago ago 2015-13-45",
		"February 30, 2015 mid-9999 the 31st of February",
	} {
		f.Add(s, int64(1442275200))
	}
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		d := text.New(s)
		a := time.Unix(unix%(1<<40), 0)
		for _, e := range Find(d, a) {
			check(t, d, e)
		}
	})
}
