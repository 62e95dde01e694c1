package gdelt

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Writer writes rows as GDELT event lines.
type Writer struct {
	// Header writes the column names as a first line. GDELT's own files
	// have none, so it is off by default.
	Header bool

	w      *bufio.Writer
	buf    []byte
	header bool // written
}

// NewWriter returns a writer to w. Call Flush when done.
func NewWriter(w io.Writer) *Writer { return &Writer{w: bufio.NewWriter(w)} }

// Write writes one row. Tabs and line breaks in its free text become
// spaces; a row that breaks the format is refused.
func (w *Writer) Write(r Row) error {
	if err := w.writeHeader(); err != nil {
		return err
	}
	r.cleanText()
	if err := r.Validate(); err != nil {
		return fmt.Errorf("gdelt: event %d: %w", r.GlobalEventID, err)
	}
	w.buf = r.appendLine(w.buf[:0])
	_, err := w.w.Write(w.buf)
	return err
}

// WriteAll writes rows and flushes.
func (w *Writer) WriteAll(rows []Row) error {
	if err := w.writeHeader(); err != nil {
		return err
	}
	for _, r := range rows {
		if err := w.Write(r); err != nil {
			return err
		}
	}
	return w.Flush()
}

// Flush writes what is buffered.
func (w *Writer) Flush() error { return w.w.Flush() }

func (w *Writer) writeHeader() error {
	if !w.Header || w.header {
		return nil
	}
	w.header = true
	_, err := w.w.WriteString(strings.Join(Columns[:], "\t") + "\n")
	return err
}

// cleanText makes the free-text columns fit on one line.
func (r *Row) cleanText() {
	r.Actor1.Name, r.Actor2.Name = clean(r.Actor1.Name), clean(r.Actor2.Name)
	for _, g := range []*Geo{&r.Actor1Geo, &r.Actor2Geo, &r.ActionGeo} {
		g.FullName, g.ADM2Code = clean(g.FullName), clean(g.ADM2Code)
	}
	r.SourceURL = clean(r.SourceURL)
}

var lineBreaks = strings.NewReplacer("\t", " ", "\r\n", " ", "\r", " ", "\n", " ")

// clean puts s on one line without tabs, the only escaping GDELT knows.
func clean(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return strings.TrimSpace(s)
	}
	return strings.TrimSpace(lineBreaks.Replace(s))
}

// appendLine appends the tab-separated columns of r and a newline.
func (r *Row) appendLine(b []byte) []byte {
	b = strconv.AppendInt(b, r.GlobalEventID, 10)
	b = appendDate(b, int64(r.SQLDate))
	b = appendDate(b, int64(r.MonthYear))
	b = appendDate(b, int64(r.Year))
	b = append(b, '\t')
	if r.SQLDate != 0 {
		b = appendNum(b, r.FractionDate)
	}
	b = r.Actor1.appendTo(b)
	b = r.Actor2.appendTo(b)
	root := "0"
	if r.IsRootEvent {
		root = "1"
	}
	b = appendStr(b, root, r.EventCode, r.EventBaseCode, r.EventRootCode)
	b = strconv.AppendInt(append(b, '\t'), int64(r.QuadClass), 10)
	b = appendNum(append(b, '\t'), r.GoldsteinScale)
	for _, n := range []int{r.NumMentions, r.NumSources, r.NumArticles} {
		b = strconv.AppendInt(append(b, '\t'), int64(n), 10)
	}
	b = appendNum(append(b, '\t'), r.AvgTone)
	b = r.Actor1Geo.appendTo(b)
	b = r.Actor2Geo.appendTo(b)
	b = r.ActionGeo.appendTo(b)
	b = appendDate(b, r.DateAdded)
	return append(appendStr(b, r.SourceURL), '\n')
}

func (a *Actor) appendTo(b []byte) []byte {
	return appendStr(b, a.Code, a.Name, a.CountryCode, a.KnownGroupCode, a.EthnicCode,
		a.Religion1Code, a.Religion2Code, a.Type1Code, a.Type2Code, a.Type3Code)
}

func (g *Geo) appendTo(b []byte) []byte {
	b = strconv.AppendInt(append(b, '\t'), int64(g.Type), 10)
	b = appendStr(b, g.FullName, g.CountryCode, g.ADM1Code, g.ADM2Code)
	if g.Type == GeoNone {
		return append(b, "\t\t\t"...)
	}
	b = appendNum(append(b, '\t'), g.Lat)
	b = appendNum(append(b, '\t'), g.Long)
	return appendStr(b, g.FeatureID)
}

// appendStr appends each string after a tab.
func appendStr(b []byte, ss ...string) []byte {
	for _, s := range ss {
		b = append(append(b, '\t'), s...)
	}
	return b
}

// appendDate appends a tab and the date, or nothing for zero.
func appendDate(b []byte, d int64) []byte {
	b = append(b, '\t')
	if d == 0 {
		return b
	}
	return strconv.AppendInt(b, d, 10)
}

// appendNum writes the shortest form that reads back as f, with at least
// one decimal as GDELT writes its scores: "-10.0", "2024.0849".
func appendNum(b []byte, f float64) []byte {
	start := len(b)
	b = strconv.AppendFloat(b, f, 'f', -1, 64)
	for _, c := range b[start:] {
		if c == '.' {
			return b
		}
	}
	return append(b, ".0"...)
}
