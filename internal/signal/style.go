package signal

import (
	"strings"

	"sitrep/internal/report"
	"sitrep/internal/text"
)

// styleMix is a clash of house style: the text does one thing here and the
// other there, as two stories pasted together do.
type styleMix struct {
	what string
	a, b report.Evidence
}

// spellings maps words that American and British house styles spell
// differently to the style that spells them so.
var spellings = func() map[string]habit {
	pairs := [][2]string{
		{"defense", "defence"}, {"offense", "offence"}, {"neighboring", "neighbouring"}, {"neighbor", "neighbour"},
		{"neighbors", "neighbours"}, {"organization", "organisation"}, {"organizations", "organisations"},
		{"center", "centre"}, {"favor", "favour"}, {"honor", "honour"}, {"labor", "labour"}, {"color", "colour"},
		{"armor", "armour"}, {"armored", "armoured"}, {"rumor", "rumour"}, {"rumors", "rumours"},
		{"traveled", "travelled"}, {"canceled", "cancelled"}, {"analyze", "analyse"}, {"recognize", "recognise"},
		{"recognized", "recognised"}, {"criticize", "criticise"}, {"criticized", "criticised"},
		{"apologize", "apologise"}, {"authorize", "authorise"}, {"authorized", "authorised"}, {"mobilize", "mobilise"},
		{"mobilized", "mobilised"}, {"stabilize", "stabilise"}, {"realize", "realise"}, {"emphasized", "emphasised"},
		{"organized", "organised"}, {"program", "programme"}, {"programs", "programmes"},
		{"fueled", "fuelled"}, {"modeling", "modelling"}, {"signaled", "signalled"}, {"harbor", "harbour"},
		{"behavior", "behaviour"}, {"endeavor", "endeavour"}, {"jewelry", "jewellery"}, {"gray", "grey"},
	}
	m := map[string]habit{}
	for _, p := range pairs {
		m[p[0]], m[p[1]] = habitAmerican, habitBritish
	}
	return m
}()

// notAPDay are the words before a weekday that do not show either house
// style ("last Monday", "until Friday").
var notAPDay = map[string]bool{
	"on": true, "last": true, "next": true, "this": true, "by": true, "until": true, "till": true, "since": true,
	"from": true, "early": true, "late": true, "before": true, "after": true, "that": true, "every": true, "each": true,
	"of": true, "through": true, "to": true, "and": true, "or": true, "the": true, "a": true, "between": true,
	"for": true, "later": true, "earlier": true, "as": true, "at": true, "following": true, "previous": true,
}

var weekdays = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true}

// habit is one side of a choice of house style.
type habit uint8

// Habits; the zero habit is none.
const (
	habitCurly    habit = iota + 1 // curly double quotes
	habitStraight                  // straight double quotes
	habitEn                        // en dashes
	habitEm                        // em dashes
	habitOnDay                     // "said on Monday"
	habitBareDay                   // "said Monday"
	habitAmerican                  // American spelling
	habitBritish                   // British spelling
	habitUSDots                    // "U.S."
	habitUSBare                    // "US"
	habitCount
)

// styleNotes keeps the first place of each house-style habit the scan
// meets in the body (not the title): curly and straight double quotes, en
// and em dashes, "said on Monday" and "said Monday", American and British
// spellings, "U.S." and "US".
type styleNotes struct {
	at   [habitCount]report.Evidence
	seen [habitCount]bool
}

func (n *styleNotes) note(d *text.Doc, h habit, i int) {
	if n.seen[h] {
		return
	}
	sp := d.SpanOf(i, i+1)
	n.at[h], n.seen[h] = report.Evidence{Span: report.Span{Start: sp.Start, End: sp.End}, Text: d.Str(sp)}, true
}

// punct notes the quotation marks and dashes at token i.
func (n *styleNotes) punct(d *text.Doc, i int) {
	switch d.Word(i) {
	case "“", "”":
		n.note(d, habitCurly, i)
	case `"`:
		n.note(d, habitStraight, i)
	case "–":
		n.note(d, habitEn, i)
	case "—":
		n.note(d, habitEm, i)
	}
}

// capital notes "U.S." and "US", and how a weekday is attached.
func (n *styleNotes) capital(d *text.Doc, sen text.Sentence, i int, w string) {
	switch {
	case w == "U.S.":
		n.note(d, habitUSDots, i)
	case w == "US" && d.Tokens[i].Upper:
		n.note(d, habitUSBare, i)
	case i > sen.First && strings.HasSuffix(w, "day") && weekdays[w]:
		switch prev := d.Word(i - 1); {
		case prev == "on":
			n.note(d, habitOnDay, i)
		case d.Tokens[i-1].Kind == text.Word && !notAPDay[text.Fold(prev)]:
			n.note(d, habitBareDay, i)
		}
	}
}

// styleChoices are the pairs of habits that two house styles choose
// between.
var styleChoices = []struct {
	a, b habit
	what string
}{
	{habitCurly, habitStraight, "curly and straight quotation marks"},
	{habitEn, habitEm, "en and em dashes"},
	{habitOnDay, habitBareDay, `"on Monday" and bare "Monday" (two agencies' styles)`},
	{habitAmerican, habitBritish, "American and British spelling"},
	{habitUSDots, habitUSBare, `"U.S." and "US"`},
}

// mixes returns the habits of which the text shows both sides.
func (n *styleNotes) mixes() []styleMix {
	var out []styleMix
	for _, c := range styleChoices {
		if n.seen[c.a] && n.seen[c.b] {
			out = append(out, styleMix{what: c.what, a: n.at[c.a], b: n.at[c.b]})
		}
	}
	return out
}
