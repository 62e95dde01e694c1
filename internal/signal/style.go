package signal

import (
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
// differently to the style that spells them so: 'u' or 'b'.
var spellings = func() map[string]byte {
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
	m := map[string]byte{}
	for _, p := range pairs {
		m[p[0]], m[p[1]] = 'u', 'b'
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

// styleNotes keeps the first place of each house-style habit the scan
// meets in the body (not the title): curly and straight double quotes, en
// and em dashes, "said on Monday" and "said Monday", American and British
// spellings, "U.S." and "US".
type styleNotes map[string]report.Evidence

func (n styleNotes) note(d *text.Doc, key string, i int) {
	if _, ok := n[key]; ok {
		return
	}
	sp := d.SpanOf(i, i+1)
	n[key] = report.Evidence{Span: report.Span{Start: sp.Start, End: sp.End}, Text: d.Str(sp)}
}

// punct notes the quotation marks and dashes at token i.
func (n styleNotes) punct(d *text.Doc, i int) {
	switch d.Word(i) {
	case "“", "”":
		n.note(d, "curly", i)
	case `"`:
		n.note(d, "straight", i)
	case "–":
		n.note(d, "en", i)
	case "—":
		n.note(d, "em", i)
	}
}

// capital notes "U.S." and "US", and how a weekday is attached.
func (n styleNotes) capital(d *text.Doc, sen text.Sentence, i int, w string) {
	switch {
	case w == "U.S.":
		n.note(d, "U.S.", i)
	case w == "US" && d.Tokens[i].Upper:
		n.note(d, "US", i)
	case i > sen.First && weekdays[w]:
		switch prev := d.Word(i - 1); {
		case prev == "on":
			n.note(d, "on-day", i)
		case d.Tokens[i-1].Kind == text.Word && !notAPDay[text.Fold(prev)]:
			n.note(d, "bare-day", i)
		}
	}
}

// mixes returns the habits of which the text shows both sides.
func (n styleNotes) mixes() []styleMix {
	var out []styleMix
	for _, c := range []struct{ a, b, what string }{
		{"curly", "straight", "curly and straight quotation marks"},
		{"en", "em", "en and em dashes"},
		{"on-day", "bare-day", `"on Monday" and bare "Monday" (two agencies' styles)`},
		{"u-spelling", "b-spelling", "American and British spelling"},
		{"U.S.", "US", `"U.S." and "US"`},
	} {
		a, okA := n[c.a]
		b, okB := n[c.b]
		if okA && okB {
			out = append(out, styleMix{what: c.what, a: a, b: b})
		}
	}
	return out
}
