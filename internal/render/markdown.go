package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"sitrep/internal/report"
)

// Markdown writes the situation report as Markdown tables, for notes and
// issue trackers. Text from the article is escaped so it cannot break the
// tables or inject markup.
func Markdown(w io.Writer, doc *report.Document) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "# %s\n\n", md(orUntitled(doc.Title)))
	fmt.Fprintf(b, "Document `%s`, %d words, %s.\n\n", doc.ID, doc.Stats.Words, dateLine(doc))
	fmt.Fprintf(b, "## Actors\n\n| actor | kind | code | role | mentions |\n|---|---|---|---|---|\n")
	for _, e := range byMentions(doc.Entities) {
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", md(e.Name), e.Kind, e.Code, md(e.Role), md(surfaces(e)))
	}
	fmt.Fprintf(b, "\n## Places\n\n| place | country | kind | lat | lon | mentions |\n|---|---|---|---|---|---|\n")
	for _, p := range doc.Places {
		lat, lon := fmt.Sprintf("%.4f", p.Lat), fmt.Sprintf("%.4f", p.Lon)
		if !p.Located() {
			lat, lon = "–", "–"
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %d |\n", md(p.Name), p.Country, p.Feature, lat, lon, len(p.Mentions))
	}
	if len(doc.Quotes) > 0 {
		fmt.Fprintf(b, "\n## Quotes\n\n| speaker | cue | stance | direct | words |\n|---|---|---|---|---|\n")
		for _, q := range doc.Quotes {
			cue := ""
			if q.Cue != nil {
				cue = q.Cue.Text
			}
			fmt.Fprintf(b, "| %s | %s | %s | %v | %s |\n", md(speakerLabel(q)), md(cue), q.Stance, q.Direct, md(clip(q.Text.Text, 200)))
		}
	}
	if len(doc.Claims) > 0 {
		fmt.Fprintf(b, "\n## Claim board\n\n| claim | asserted by | confirmed by | denied by |\n|---|---|---|---|\n")
		for _, c := range doc.Claims {
			fmt.Fprintf(b, "| %s | %s | %s | %s |\n", md(c.Statement), md(holders(c, report.StanceAsserts)),
				md(holders(c, report.StanceConfirms)), md(holders(c, report.StanceDenies)))
		}
	}
	if len(doc.Assets) > 0 {
		fmt.Fprintf(b, "\n## Forces\n\n")
		for _, a := range doc.Assets {
			fmt.Fprintf(b, "- %s\n", md(assetLine(doc, a)))
		}
	}
	if len(doc.Events) > 0 {
		fmt.Fprintf(b, "\n## Events\n\n")
		for _, e := range doc.Events {
			fmt.Fprintf(b, "- %s\n", md(eventLine(doc, e)))
		}
	}
	if len(doc.Figures) > 0 {
		fmt.Fprintf(b, "\n## Figures\n\n")
		for _, f := range doc.Figures {
			fmt.Fprintf(b, "- %s\n", md(figureLine(f)))
		}
	}
	if doc.Trust != nil {
		fmt.Fprintf(b, "\n## Can this text be trusted?\n\n")
		for _, l := range doc.Trust.Summary {
			fmt.Fprintf(b, "- %s\n", md(strings.TrimSpace(l)))
		}
	}
	return b.Flush()
}

func orUntitled(s string) string {
	if s == "" {
		return "(untitled)"
	}
	return s
}

var mdEscaper = strings.NewReplacer("\\", "\\\\", "|", "\\|", "*", "\\*", "_", "\\_", "`", "\\`",
	"[", "\\[", "]", "\\]", "<", "&lt;", ">", "&gt;", "#", "\\#", "\n", " ")

func md(s string) string { return mdEscaper.Replace(s) }
