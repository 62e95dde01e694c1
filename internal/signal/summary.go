package signal

import (
	"fmt"
	"strings"
)

// Summary returns the lines that the text report prints under "Can this
// text be trusted?": the verdict first, then the spin score and its
// strongest evidence, the debris, and the provenance.
func (r Report) Summary() []string {
	lines := []string{fmt.Sprintf("Trust: %s (%s)", r.Trust, r.why())}
	verdict := "not spun"
	if r.Spin.Spun {
		verdict = "machine-rewritten (spun)"
	}
	lines = append(lines, fmt.Sprintf("Spun text: %s, score %.2f (threshold %.2f)", verdict, r.Spin.Score, r.Spin.Threshold))
	for i, f := range r.Spin.Findings {
		if i == 6 {
			lines = append(lines, fmt.Sprintf("  ... and %d more", len(r.Spin.Findings)-i))
			break
		}
		lines = append(lines, fmt.Sprintf("  %q at %d-%d: %s", f.Text, f.Start, f.End, f.Note))
	}
	for _, s := range r.Signals {
		if s.Kind == KindSpun {
			continue
		}
		line := "  " + s.Detail
		if n := len(s.Evidence); n > 0 {
			line += fmt.Sprintf(" [%s]", quoteShort(s.Evidence[0].Text))
			if n > 1 {
				line += fmt.Sprintf(" and %d more", n-1)
			}
		}
		lines = append(lines, line)
	}
	if len(r.Agencies) > 0 {
		lines = append(lines, "Origin agencies: "+strings.Join(r.Agencies, ", "))
	}
	return lines
}

// why names the signals behind the trust level.
func (r Report) why() string {
	var kinds []string
	seen := map[string]bool{}
	for _, s := range r.Signals {
		if !seen[s.Kind] {
			seen[s.Kind] = true
			kinds = append(kinds, strings.ReplaceAll(s.Kind, "_", " "))
		}
	}
	if len(kinds) == 0 {
		return "no warning signs"
	}
	return strings.Join(kinds, ", ")
}

// quoteShort quotes s, cut to 60 bytes on a rune boundary.
func quoteShort(s string) string {
	const max = 60
	if len(s) <= max {
		return fmt.Sprintf("%q", s)
	}
	cut := max
	for cut > 0 && (s[cut]&0xC0) == 0x80 {
		cut--
	}
	return fmt.Sprintf("%q...", s[:cut])
}
