package render

import (
	"fmt"
	"strings"

	"sitrep/internal/report"
)

// speakerGroup is the quotes of one speaker, in text order.
type speakerGroup struct {
	name   string
	quotes []report.Quote
}

// bySpeaker groups quotes by speaker, speakers in order of first quote.
func bySpeaker(qs []report.Quote) []speakerGroup {
	var out []speakerGroup
	idx := map[string]int{}
	for _, q := range qs {
		name := speakerLabel(q)
		i, ok := idx[name]
		if !ok {
			i = len(out)
			idx[name] = i
			out = append(out, speakerGroup{name: name})
		}
		out[i].quotes = append(out[i].quotes, q)
	}
	return out
}

func speakerLabel(q report.Quote) string {
	name := q.SpeakerName
	if name == "" {
		name = "(unattributed)"
	}
	var tags []string
	if q.Anonymous {
		tags = append(tags, "anonymous")
	}
	if q.Affiliation != "" {
		tags = append(tags, q.Affiliation)
	}
	if len(tags) > 0 {
		name += " [" + strings.Join(tags, ", ") + "]"
	}
	return name
}

// quoteLine describes one quote: cue, audience, stance and words.
func quoteLine(q report.Quote) string {
	var b strings.Builder
	if q.SpeakerAs != nil && q.SpeakerAs.Text != q.SpeakerName {
		fmt.Fprintf(&b, "as %q, ", q.SpeakerAs.Text)
	}
	if q.Cue != nil {
		b.WriteString(q.Cue.Text)
	} else {
		b.WriteString("(no cue)")
	}
	if q.Audience != nil {
		b.WriteString(" -> " + q.Audience.Text)
	}
	if q.Stance != report.StanceNeutral {
		b.WriteString(" [" + q.Stance + "]")
	}
	kind := "indirect"
	if q.Direct {
		kind = "direct"
	}
	fmt.Fprintf(&b, " (%s) %q at %s", kind, clip(q.Text.Text, 160), offsets(q.Text))
	return b.String()
}

// holders lists the holders of a claim with the given stance.
func holders(c report.Claim, stance string) string {
	seen := map[string]bool{}
	var out []string
	for _, s := range c.Stances {
		if s.Stance == stance && !seen[s.HolderName] {
			seen[s.HolderName] = true
			out = append(out, s.HolderName)
		}
	}
	return strings.Join(out, "; ")
}

var boardStances = []struct{ stance, label string }{
	{report.StanceAsserts, "asserted by"},
	{report.StanceConfirms, "confirmed by"},
	{report.StanceDenies, "denied by"},
	{report.StanceDisputes, "disputed by"},
	{report.StanceUnverified, "not verified by"},
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
