package render

import (
	"bufio"
	"fmt"
	"io"

	"sitrep/internal/report"
)

// Text writes the situation report for people: actors by weight with how
// the text names them, places with coordinates, and signals about the text.
func Text(w io.Writer, doc *report.Document) error {
	b := bufio.NewWriter(w)
	title := doc.Title
	if title == "" {
		title = "(untitled)"
	}
	fmt.Fprintf(b, "SITREP  %s\n", title)
	fmt.Fprintf(b, "document %s, %d words, %s\n", doc.ID, doc.Stats.Words, dateLine(doc))

	fmt.Fprintf(b, "\nACTORS (%d)\n", len(doc.Entities))
	for _, e := range byMentions(doc.Entities) {
		fmt.Fprintf(b, "  %s\n", actorLine(e))
		fmt.Fprintf(b, "      %d mention(s): %s\n", len(e.Mentions), surfaces(e))
	}
	fmt.Fprintf(b, "\nPLACES (%d)\n", len(doc.Places))
	for _, p := range doc.Places {
		fmt.Fprintf(b, "  %s\n", placeLine(p))
		for _, m := range p.Mentions {
			fmt.Fprintf(b, "      %q at %s\n", m.Text, offsets(m.Evidence))
		}
	}
	if len(doc.Assets) > 0 {
		fmt.Fprintf(b, "\nFORCES (%d)\n", len(doc.Assets))
		for _, a := range doc.Assets {
			fmt.Fprintf(b, "  %s\n", assetLine(doc, a))
		}
	}
	if len(doc.Figures) > 0 {
		fmt.Fprintf(b, "\nFIGURES (%d)\n", len(doc.Figures))
		for _, f := range doc.Figures {
			fmt.Fprintf(b, "  %s\n", figureLine(f))
		}
	}
	if len(doc.Times) > 0 {
		fmt.Fprintf(b, "\nDATES (%d)\n", len(doc.Times))
		for _, t := range doc.Times {
			fmt.Fprintf(b, "  %s\n", timeLine(t))
		}
	}
	if len(doc.Events) > 0 {
		fmt.Fprintf(b, "\nEVENTS (%d)\n", len(doc.Events))
		for _, e := range doc.Events {
			fmt.Fprintf(b, "  %s\n", eventLine(doc, e))
		}
	}
	if len(doc.Quotes) > 0 {
		fmt.Fprintf(b, "\nQUOTES (%d), by speaker\n", len(doc.Quotes))
		for _, g := range bySpeaker(doc.Quotes) {
			fmt.Fprintf(b, "  %s\n", g.name)
			for _, q := range g.quotes {
				fmt.Fprintf(b, "      %s\n", quoteLine(q))
			}
		}
	}
	if len(doc.Claims) > 0 {
		fmt.Fprintf(b, "\nCLAIM BOARD (%d)\n", len(doc.Claims))
		for _, c := range doc.Claims {
			fmt.Fprintf(b, "  %s  [%s]\n", c.Statement, c.Key)
			for _, st := range boardStances {
				if h := holders(c, st.stance); h != "" {
					fmt.Fprintf(b, "      %-16s %s\n", st.label+":", h)
				}
			}
		}
	}
	if doc.Trust != nil {
		fmt.Fprintf(b, "\nCAN THIS TEXT BE TRUSTED?\n")
		for _, l := range doc.Trust.Summary {
			fmt.Fprintf(b, "  %s\n", l)
		}
	}
	fmt.Fprintf(b, "\nOffsets are %s into the document text; --format json has every mention.\n", doc.Offsets)
	return b.Flush()
}
