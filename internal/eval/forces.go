package eval

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"

	"sitrep/internal/quantity"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// ExpAsset is an expected force observation.
type ExpAsset struct {
	Kind        string  `json:"kind"`
	Model       string  `json:"model"`
	Count       float64 `json:"count"`
	Approximate bool    `json:"approximate"`
	Surface     string  `json:"surface"`
	Owner       string  `json:"owner"`
	Place       string  `json:"place"`
	Status      string  `json:"status"`
	ReportedBy  string  `json:"reported_by"`
}

// ExpFigure is an expected figure: a count with its qualifier and period,
// or a year.
type ExpFigure struct {
	What      string  `json:"what"`
	Count     float64 `json:"count"`
	Year      float64 `json:"year"`
	Qualifier string  `json:"qualifier"`
	Since     int     `json:"since"`
}

func scoreAsset(doc *report.Document, e ExpAsset, actors []ExpActor) []Check {
	item := e.Model
	if e.Surface != "" {
		item = e.Surface
	}
	// The longest evidence the surface holds is the asset it names: "46
	// K2 tanks" is not an earlier bare "tanks".
	var a *report.Asset
	best := 0
	for i, x := range doc.Assets {
		ev := text.Fold(x.Evidence.Text)
		if e.Surface == "" && strings.Contains(ev, text.Fold(e.Model)) {
			a = &doc.Assets[i]
			break
		}
		if e.Surface != "" && len(ev) > best && strings.Contains(text.Fold(e.Surface), ev) {
			a, best = &doc.Assets[i], len(ev)
		}
	}
	if a == nil {
		return []Check{{Kind: "asset", Item: item, Got: "not found"}}
	}
	count := -1.0
	if a.Count != nil {
		count = *a.Count
	}
	out := []Check{
		{Kind: "asset", Item: item, OK: true},
		{Kind: "asset_count", Item: item, OK: count == e.Count, Got: fmt.Sprint(count)},
		{Kind: "asset_approximate", Item: item, OK: a.Approximate == e.Approximate},
		{Kind: "asset_status", Item: item, OK: a.Status == e.Status, Got: a.Status},
	}
	if e.Owner != "" {
		out = append(out, Check{Kind: "asset_owner", Item: item, OK: refines(ownerCode(doc, a.Owner), e.Owner), Got: a.OwnerName})
	}
	if e.Place != "" {
		out = append(out, Check{Kind: "asset_place", Item: item, OK: assetAt(doc, a.Place, e.Place), Got: placeName(doc, a.Place) + " (want " + e.Place + ")"})
	}
	if e.ReportedBy != "" {
		want, _, _ := strings.Cut(e.ReportedBy, " (")
		ok := false
		for _, q := range doc.Quotes {
			if q.ID == a.Observer {
				ok = SpeakerMatch(doc, q, want, "") || speakerIsActor(doc, q, e.ReportedBy, actors)
			}
		}
		out = append(out, Check{Kind: "asset_observer", Item: item, OK: ok, Got: a.ObserverName})
	}
	return out
}

func ownerCode(doc *report.Document, id string) string {
	for _, e := range doc.Entities {
		if e.ID == id {
			return e.Code
		}
	}
	return ""
}

// assetAt reports whether the place with the ID is the one a gold set
// names: the names hold one another ("Valparaíso" and "Valparaiso
// Region"), or, as the places check reads them, one of its mentions
// holds the expected name ("Cox’s Bāzār" mentioned as "Cox's Bazar").
func assetAt(doc *report.Document, id, want string) bool {
	for _, p := range doc.Places {
		if p.ID != id {
			continue
		}
		got, w := text.Fold(p.Name), text.Fold(want)
		return strings.Contains(got, w) || strings.Contains(w, got) || placeNamed(p, []string{want})
	}
	return false
}

func placeName(doc *report.Document, id string) string {
	for _, p := range doc.Places {
		if p.ID == id {
			return p.Name
		}
	}
	return "none"
}

func scoreFigure(doc *report.Document, e ExpFigure) Check {
	want := e.Count
	if e.Year != 0 {
		want = e.Year
	}
	c := Check{Kind: "figure", Item: e.What, Got: "not found"}
	for _, f := range doc.Figures {
		if math.Abs(f.Value-want) > 1e-9 {
			continue
		}
		switch {
		case e.Year == 0 && !sameTopic(e.What, f.What+" "+f.Unit+" "+f.Evidence.Text):
			c.Got = "about " + f.What
		case e.Qualifier != "" && !qualifierFits(e.Qualifier, f):
			c.Got = "bound " + f.Bound
		case e.Since != 0 && (f.Since == nil || f.Since.Time.Year() != e.Since):
			c.Got = "no period"
		default:
			c.OK, c.Got = true, ""
			return c
		}
	}
	if e.Year == 0 && assetCounts(doc, e) || e.Year != 0 && yearWritten(doc, e.Year) {
		c.OK, c.Got = true, ""
	}
	return c
}

// yearWritten reports whether a date the text wrote with the year digits
// resolves to the year: sitrep reads "in August 2023" and the "since
// 1984" that dates a toll as dates, not as figures.
func yearWritten(doc *report.Document, year float64) bool {
	digits := strconv.Itoa(int(year))
	for _, t := range doc.Times {
		if t.Date != nil && float64(t.Date.Time.Year()) == year && strings.Contains(t.Text, digits) {
			return true
		}
	}
	return false
}

// qualifierFits reports whether a figure carries the qualifier the
// expectation gives its count, read as package quantity reads the words
// before a number: a bound ("more than", and "over" or "above" with it;
// "at least" and "no fewer than"; "up to", "as many as", "as much as") or
// an approximation ("about", "some", "nearly"), which sitrep flags rather
// than names.
func qualifierFits(q string, f report.Figure) bool {
	q = text.Fold(q)
	bound, approx, ok := quantity.Qualifier(q)
	switch {
	case !ok && vagueCount(q):
		return f.Approximate // "dozens", "several hundred": a count only approximately known
	case !ok:
		return f.Bound == q
	case approx:
		return f.Approximate || bound != "" && f.Bound == bound
	}
	return f.Bound == bound
}

// vagueCount reports whether a qualifier is the vague count an
// expectation gives for a number the text did not write: "dozens",
// "hundreds", "several hundred", "a few thousand".
func vagueCount(q string) bool {
	w := strings.Fields(q)
	if len(w) == 0 {
		return false
	}
	last := w[len(w)-1]
	if _, ok := text.NumberVague[last]; ok {
		return true
	}
	_, scale := text.NumberScales[last]
	return (scale || last == "dozen") && (w[0] == "several" || w[0] == "a" && len(w) == 3 && w[1] == "few")
}

// assetCounts reports whether an asset observation holds the figure: sitrep
// reports counts of equipment and troops ("87 drones destroyed", "400
// extra soldiers") as assets, not figures.
func assetCounts(doc *report.Document, e ExpFigure) bool {
	for _, a := range doc.Assets {
		if a.Count == nil || math.Abs(*a.Count-e.Count) > 1e-9 || !sameTopic(e.What, a.Model+" "+a.Kind+" "+a.Evidence.Text) {
			continue
		}
		if e.Qualifier == "" || a.CountAs != nil && strings.Contains(text.Fold(a.CountAs.Text), text.Fold(e.Qualifier)) {
			return true
		}
	}
	return false
}

// sameTopic reports whether a figure's words share a content word with
// what the expectation says it counts, by the first four letters: "pupils
// who escaped" and "escaped 11 pupils", "turnout, percent" and "67.1%
// turnout". A number alone is no evidence of what it counts.
func sameTopic(want, got string) bool {
	stems := map[string]bool{}
	for _, w := range contentWords(got) {
		stems[w] = true
	}
	for _, w := range contentWords(want) {
		if stems[w] {
			return true
		}
	}
	return false
}

// contentWords returns the four-letter stems of the words of s that have
// at least four letters.
func contentWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(text.Fold(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if k, ok := deathWords[w]; ok {
			w = k // "death toll" counts the killed
		}
		switch {
		case shortContent[w]:
			out = append(out, w)
		case len(w) >= 4 && !figureStopWords[w]:
			out = append(out, w[:4])
		}
	}
	return out
}

// shortContent are the content words of fewer than four letters that say
// what a figure counts: "age of the boy killed" and "12-year-old boy",
// "km from the border" and "25 km (15 miles)".
var shortContent = map[string]bool{"age": true, "boy": true, "km": true, "kg": true, "lb": true, "men": true,
	"war": true, "gun": true, "oil": true, "gas": true, "car": true, "bus": true, "jet": true}

var deathWords = map[string]string{"dead": "killed", "died": "killed", "death": "killed", "deaths": "killed",
	"fatalities": "killed", "toll": "killed"}

var figureStopWords = map[string]bool{"from": true, "with": true, "that": true, "this": true, "were": true,
	"have": true, "been": true, "about": true, "more": true, "than": true, "since": true, "their": true,
	"into": true, "each": true, "other": true, "after": true, "before": true, "during": true}
