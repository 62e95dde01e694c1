package render

import (
	"io"

	"sitrep/internal/gdelt"
	"sitrep/internal/report"
)

// GDELT writes the asserted events of the report as GDELT 2.0 event rows,
// one per dyad, tab-separated and without a header, as GDELT's own files.
func GDELT(w io.Writer, doc *report.Document) error {
	return gdelt.NewWriter(w).WriteAll(gdelt.FromDocument(doc))
}
