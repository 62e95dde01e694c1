package quote

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"

	"sitrep/internal/report"
)

// cue is a reporting verb: its lemma, the stance it gives the speaker and
// whether it takes an audience as object ("told reporters").
type cue struct {
	lemma    string
	stance   string
	audience bool
}

//go:embed cues.tsv
var cuesTSV string

// parseCues reads the reporting-verb table.
func parseCues(src string) (map[string]cue, error) {
	out := map[string]cue{}
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 || !validStance[f[2]] {
			return nil, fmt.Errorf("cues.tsv line %d: want form, lemma, stance: %q", n, line)
		}
		out[f[0]] = cue{lemma: f[1], stance: f[2], audience: len(f) > 3 && f[3] == "a"}
	}
	return out, sc.Err()
}

var validStance = map[string]bool{report.StanceNeutral: true, report.StanceAsserts: true,
	report.StanceConfirms: true, report.StanceDenies: true, report.StanceDisputes: true}
