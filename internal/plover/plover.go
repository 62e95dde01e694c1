package plover

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"sitrep/internal/report"
)

// Record is one PLOVER event record.
type Record struct {
	ID         string    `json:"id"`
	Date       string    `json:"date,omitempty"` // YYYY-MM-DD
	Source     []Actor   `json:"source"`
	Target     []Actor   `json:"target,omitempty"`
	Event      string    `json:"event"` // "ASSAULT"
	EventText  string    `json:"eventText,omitempty"`
	EventLoc   *Location `json:"eventLoc,omitempty"`
	QuadCode   int       `json:"quadCode,omitempty"`
	EventScale float64   `json:"eventScale"` // Goldstein score
	Mode       string    `json:"mode,omitempty"`
	Context    string    `json:"context,omitempty"`
	Text       string    `json:"text,omitempty"` // the sentence
	TextInfo   *TextInfo `json:"textInfo,omitempty"`
	URL        string    `json:"url,omitempty"`
	Citation   string    `json:"citation,omitempty"` // the document's source when it has no URL
	Language   string    `json:"language,omitempty"`
	Coder      string    `json:"coder"`

	// sitrep's additions.
	Document    string `json:"document"`
	CAMEO       string `json:"cameo"`
	Modality    string `json:"modality"`
	ModalityCue *Span  `json:"modalityCue,omitempty"`
	EventSpan   Span   `json:"eventSpan"`
	// MentionSpans are the later words that refer back to the event.
	MentionSpans []Span `json:"mentionSpans,omitempty"`
	ReportedBy   string `json:"reportedBy,omitempty"`
	Reporter     string `json:"reporter,omitempty"`
}

// Actor is one member of a source or target.
type Actor struct {
	ActorText string `json:"actorText,omitempty"`
	Code      string `json:"code"`             // top-level code: country, IGO, NGO; "" for an agent of no known country
	Sector    string `json:"sector,omitempty"` // "GOV", "MIL", "CVL"…

	// sitrep's additions.
	CAMEO  string `json:"cameo,omitempty"`
	Entity string `json:"entity,omitempty"`
	Name   string `json:"name,omitempty"`
	Span   *Span  `json:"span,omitempty"`
}

// Location is a GeoNames-style location object.
type Location struct {
	GeonameID   int     `json:"geonameid,omitempty"`
	Name        string  `json:"name"`
	Latitude    float64 `json:"latitude"`
	Longitude   float64 `json:"longitude"`
	CountryCode string  `json:"country code,omitempty"` // ISO 3166-1 alpha-2

	// sitrep's additions.
	Place   string `json:"place"`
	Admin1  string `json:"admin1,omitempty"`
	Feature string `json:"feature,omitempty"`
}

// TextInfo locates the sentence of a record in its document.
type TextInfo struct {
	Sequence int    `json:"sequence"` // sentence index
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Offsets  string `json:"offsets"` // the unit of Start and End: "bytes"
}

// Span is a byte range of the document, with its words.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
}

// Coder names sitrep in the coder field.
const Coder = "sitrep"

// FromDocument returns a record for each event of doc that has a PLOVER
// category, in the order of the events.
func FromDocument(doc *report.Document) []Record {
	if doc == nil {
		return nil
	}
	var out []Record
	for i := range doc.Events {
		if r, ok := record(doc, &doc.Events[i]); ok {
			out = append(out, r)
		}
	}
	return out
}

func record(doc *report.Document, e *report.Event) (Record, bool) {
	if e.PLOVER == "" {
		return Record{}, false
	}
	r := Record{
		ID: recordID(doc.ID, e.ID), Date: date(doc, e), Source: actors(e.Source), Target: actors(e.Target),
		Event: e.PLOVER, EventText: e.Action.Text, EventLoc: location(doc, e.Place), QuadCode: quadCode(e),
		EventScale: e.Goldstein, Mode: e.Mode, Context: strings.Join(e.Context, ", "), Text: e.Evidence.Text,
		TextInfo: &TextInfo{Sequence: e.Sentence, Start: e.Evidence.Start, End: e.Evidence.End, Offsets: report.OffsetUnit},
		URL:      doc.URL, Language: doc.Language, Coder: Coder,
		Document: doc.ID, CAMEO: e.CAMEO, Modality: e.Modality, EventSpan: span(e.Action),
		ReportedBy: e.ReportedBy, Reporter: e.Reporter,
	}
	for _, m := range e.Mentions {
		r.MentionSpans = append(r.MentionSpans, span(m))
	}
	if r.Source == nil {
		r.Source = []Actor{} // required: an empty list rather than null
	}
	if doc.URL == "" {
		r.Citation = doc.Source
	}
	if e.Cue != nil {
		s := span(*e.Cue)
		r.ModalityCue = &s
	}
	return r, true
}

func recordID(doc, event string) string {
	if doc == "" {
		return event
	}
	return doc + "-" + event
}

// date is the event's date, else the publication date, else "".
func date(doc *report.Document, e *report.Event) string {
	d := e.Date
	if d == nil || d.Time.IsZero() {
		d = doc.Published
	}
	if d == nil || d.Time.IsZero() {
		return ""
	}
	return d.Time.Format("2006-01-02")
}

func span(ev report.Evidence) Span { return Span{Start: ev.Start, End: ev.End, Text: ev.Text} }

// organisations are the CAMEO codes that stand first in the code of an
// actor without a country; the rest of such a code names the
// organisation ("IGOUNO"), not a sector.
var organisations = map[string]bool{"IGO": true, "NGO": true, "IMG": true, "MNC": true, "INT": true, "NGM": true, "UIS": true}

func actors(as []report.EventActor) []Actor {
	var out []Actor
	for _, a := range as {
		text := a.Text
		if text == "" {
			text = a.Name
		}
		top, sector := splitCode(a)
		pa := Actor{ActorText: text, Code: top, Sector: sector, CAMEO: a.Code, Entity: a.Entity, Name: a.Name}
		if a.End > a.Start {
			s := span(a.Evidence)
			s.Text = ""
			pa.Span = &s
		}
		out = append(out, pa)
	}
	return out
}

// splitCode splits a CAMEO actor code into PLOVER's top-level code and
// sector: "RUSMIL" into RUS and MIL, "IGOUNO" into IGO alone, and the code
// of an agent of no known country ("CVL") into its sector alone.
func splitCode(a report.EventActor) (top, sector string) {
	code := a.Code
	switch {
	case len(a.Country) == 3 && strings.HasPrefix(code, a.Country):
		top = a.Country
	case len(a.Country) == 3:
		return a.Country, code
	case a.Entity != "" && len(code) >= 3:
		top = code[:3]
	default:
		return "", code
	}
	if organisations[top] {
		return top, ""
	}
	return top, code[len(top):]
}

func location(doc *report.Document, id string) *Location {
	if id == "" {
		return nil
	}
	for _, p := range doc.Places {
		if p.ID == id && p.Located() {
			return &Location{GeonameID: p.GeoNamesID, Name: p.Name, Latitude: p.Lat, Longitude: p.Lon,
				CountryCode: p.Country, Place: p.ID, Admin1: p.Admin1, Feature: p.Feature}
		}
	}
	return nil
}

// quads is PLOVER's quad category of each event category, with FIGHT,
// which the gold records use for armed combat, as material conflict.
var quads = map[string]int{
	"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
	"COOPERATE": 2, "AID": 2, "RETREAT": 2, "INVESTIGATE": 2,
	"DEMAND": 3, "ACCUSE": 3, "DISAPPROVE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
	"PROTEST": 4, "CRIME": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4, "FIGHT": 4,
}

// quadCode is PLOVER's quad of the event, else the CAMEO quad class.
func quadCode(e *report.Event) int {
	if q, ok := quads[e.PLOVER]; ok {
		return q
	}
	if e.QuadClass >= 1 && e.QuadClass <= 4 {
		return e.QuadClass
	}
	return 0
}

// Write writes records as JSON Lines.
func Write(w io.Writer, recs []Record) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range recs {
		if err := enc.Encode(&recs[i]); err != nil {
			return fmt.Errorf("plover: record %s: %w", recs[i].ID, err)
		}
	}
	return bw.Flush()
}

// Read reads records written as JSON Lines or as one JSON array.
func Read(r io.Reader) ([]Record, error) {
	br := bufio.NewReader(r)
	first, err := firstByte(br)
	if err == io.EOF {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("plover: %w", err)
	}
	dec := json.NewDecoder(br)
	if first == '[' {
		var out []Record
		if err := dec.Decode(&out); err != nil {
			return nil, fmt.Errorf("plover: %w", err)
		}
		return out, nil
	}
	var out []Record
	for {
		var rec Record
		err := dec.Decode(&rec)
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, fmt.Errorf("plover: record %d: %w", len(out)+1, err)
		}
		out = append(out, rec)
	}
}

// firstByte returns the first byte that is not white space, unread.
func firstByte(br *bufio.Reader) (byte, error) {
	for {
		b, err := br.ReadByte()
		if err != nil {
			return 0, err
		}
		switch b {
		case ' ', '\t', '\r', '\n':
		default:
			return b, br.UnreadByte()
		}
	}
}
