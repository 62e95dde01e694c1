package render

import (
	"io"

	"sitrep/internal/plover"
	"sitrep/internal/report"
)

// PLOVER writes the events of the report as PLOVER records, one JSON
// object per line.
func PLOVER(w io.Writer, doc *report.Document) error {
	return plover.Write(w, plover.FromDocument(doc))
}
