package gdelt

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ErrFieldCount is the error of a line without exactly NumColumns columns.
var ErrFieldCount = errors.New("wrong number of columns")

// ParseError is the error of a line that is not a valid event row.
type ParseError struct {
	Line   int    // 1-based line number
	Column string // the first bad column, "" when the line is bad as a whole
	Err    error
}

func (e *ParseError) Error() string {
	if e.Column == "" {
		return fmt.Sprintf("gdelt: line %d: %v", e.Line, e.Err)
	}
	return fmt.Sprintf("gdelt: line %d, column %s: %v", e.Line, e.Column, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// maxLine bounds a line: GDELT rows are well under a kilobyte, and a long
// source URL should not stop a reader.
const maxLine = 1 << 20

// Reader reads GDELT event lines. It skips blank lines and a header line.
type Reader struct {
	s    *bufio.Scanner
	line int
}

// NewReader returns a reader of r.
func NewReader(r io.Reader) *Reader {
	s := bufio.NewScanner(r)
	s.Buffer(make([]byte, 0, 4096), maxLine)
	return &Reader{s: s}
}

// Read returns the next row, or io.EOF after the last. A bad line gives a
// *ParseError; the reader can go on with the next line.
func (r *Reader) Read() (Row, error) {
	for r.s.Scan() {
		r.line++
		line := strings.TrimSuffix(r.s.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, Columns[0]+"\t") {
			continue
		}
		row, err := ParseRow(line)
		if pe, ok := errors.AsType[*ParseError](err); ok {
			pe.Line = r.line
		}
		return row, err
	}
	if err := r.s.Err(); err != nil {
		return Row{}, fmt.Errorf("gdelt: line %d: %w", r.line+1, err)
	}
	return Row{}, io.EOF
}

// ReadAll returns all rows, or the first error.
func (r *Reader) ReadAll() ([]Row, error) {
	var out []Row
	for {
		row, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, row)
	}
}

// ParseRow parses and validates one line without its newline.
func ParseRow(line string) (Row, error) {
	var f [NumColumns]string
	n := 0
	for n < NumColumns-1 {
		i := strings.IndexByte(line, '\t')
		if i < 0 {
			break
		}
		f[n], line = line[:i], line[i+1:]
		n++
	}
	if n != NumColumns-1 || strings.IndexByte(line, '\t') >= 0 {
		return Row{}, &ParseError{Err: ErrFieldCount}
	}
	f[n] = line
	p := parser{f: f[:]}
	r := p.row()
	if p.err != nil {
		return Row{}, p.err
	}
	if col := r.badColumn(); col != "" {
		return Row{}, &ParseError{Column: col, Err: ErrValue}
	}
	return r, nil
}

// parser reads columns in order and keeps the first error.
type parser struct {
	f   []string
	i   int
	err error
}

func (p *parser) next() string {
	s := p.f[p.i]
	p.i++
	return s
}

func (p *parser) fail(err error) {
	if p.err == nil {
		p.err = &ParseError{Column: Columns[p.i-1], Err: err}
	}
}

func (p *parser) int64(empty bool) int64 {
	s := p.next()
	if s == "" && empty {
		return 0
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || s[0] == '+' {
		p.fail(ErrValue)
	}
	return n
}

func (p *parser) int(empty bool) int { return int(p.int64(empty)) }

func (p *parser) float(empty bool) float64 {
	s := p.next()
	if s == "" && empty {
		return 0
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || !numeric(s) {
		p.fail(ErrValue)
	}
	return v
}

// numeric accepts plain decimals only, not "NaN", "Inf" or hex floats.
func numeric(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != '.' && r != '-' })
}

func (p *parser) row() Row {
	r := Row{GlobalEventID: p.int64(false), SQLDate: p.int(true), MonthYear: p.int(true), Year: p.int(true)}
	r.FractionDate = p.float(true)
	r.Actor1, r.Actor2 = p.actor(), p.actor()
	switch p.next() {
	case "1":
		r.IsRootEvent = true
	case "0":
	default:
		p.fail(ErrValue)
	}
	r.EventCode, r.EventBaseCode, r.EventRootCode = p.next(), p.next(), p.next()
	r.QuadClass = p.int(false)
	r.GoldsteinScale = p.float(false)
	r.NumMentions, r.NumSources, r.NumArticles = p.int(false), p.int(false), p.int(false)
	r.AvgTone = p.float(false)
	r.Actor1Geo, r.Actor2Geo, r.ActionGeo = p.geo(), p.geo(), p.geo()
	r.DateAdded = p.int64(true)
	r.SourceURL = p.next()
	return r
}

func (p *parser) actor() Actor {
	return Actor{Code: p.next(), Name: p.next(), CountryCode: p.next(), KnownGroupCode: p.next(),
		EthnicCode: p.next(), Religion1Code: p.next(), Religion2Code: p.next(),
		Type1Code: p.next(), Type2Code: p.next(), Type3Code: p.next()}
}

// geo reads a location; its coordinates are empty exactly when its type
// is GeoNone.
func (p *parser) geo() Geo {
	g := Geo{Type: p.int(false), FullName: p.next(), CountryCode: p.next(), ADM1Code: p.next(), ADM2Code: p.next()}
	none := g.Type == GeoNone
	g.Lat, g.Long = p.float(none), p.float(none)
	if none && (p.f[p.i-2] != "" || p.f[p.i-1] != "") {
		p.fail(ErrValue)
	}
	g.FeatureID = p.next()
	return g
}
