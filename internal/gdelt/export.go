package gdelt

import (
	"hash/fnv"
	"math"
	"strconv"
	"strings"
	"time"

	"sitrep/internal/report"
)

// Limits of the GLOBALEVENTID scheme (see the package comment).
const (
	maxEvents = 10000
	maxDyads  = 1000
)

// FromDocument returns the GDELT rows of the asserted events of doc, one
// per dyad, in the order of the events.
func FromDocument(doc *report.Document) []Row {
	if doc == nil {
		return nil
	}
	t, err := loadTables()
	if err != nil {
		t = emptyTables
	}
	x := exporter{doc: doc, t: t, places: map[string]*report.Place{}, lead: leadEnd(doc)}
	for i := range doc.Places {
		x.places[doc.Places[i].ID] = &doc.Places[i]
	}
	base := idBase(doc.ID)
	var rows []Row
	for i, e := range doc.Events[:min(len(doc.Events), maxEvents)] {
		r, ok := x.event(&e)
		if !ok {
			continue
		}
		for j, d := range dyads(e) {
			if j == maxDyads {
				break
			}
			r.GlobalEventID = base + int64(i)*1000 + int64(j)
			r.Actor1, r.Actor1Geo = x.actor(d[0])
			r.Actor2, r.Actor2Geo = x.actor(d[1])
			rows = append(rows, r)
		}
	}
	return rows
}

// idBase is H·10⁷ of the GLOBALEVENTID scheme.
func idBase(docID string) int64 {
	h := fnv.New64a()
	h.Write([]byte(docID))
	return (1e11 + int64(h.Sum64()%8e11)) * 1e7
}

// leadEnd is where the lead paragraph ends: at the first line break after
// the title.
func leadEnd(doc *report.Document) int {
	start := 0
	if doc.TitleSpan != nil {
		start = min(max(doc.TitleSpan.End, 0), len(doc.Text))
	}
	rest := doc.Text[start:]
	body := len(rest) - len(strings.TrimLeft(rest, " \t\r\n"))
	if i := strings.IndexByte(rest[body:], '\n'); i >= 0 {
		return start + body + i
	}
	return len(doc.Text)
}

// dyads pairs every source with every target, an empty actor standing in
// for a missing side, and drops pairs of an actor with itself.
func dyads(e report.Event) [][2]report.EventActor {
	src, tgt := e.Source, e.Target
	if len(src) == 0 {
		src = []report.EventActor{{}}
	}
	if len(tgt) == 0 {
		tgt = []report.EventActor{{}}
	}
	var out [][2]report.EventActor
	for _, s := range src {
		for _, t := range tgt {
			if !same(s, t) { // two empty sides are the same too
				out = append(out, [2]report.EventActor{s, t})
			}
		}
	}
	return out
}

func empty(a report.EventActor) bool { return a.Entity == "" && a.Code == "" && a.Name == "" }

func same(a, b report.EventActor) bool {
	if a.Entity != "" || b.Entity != "" {
		return a.Entity == b.Entity
	}
	return a.Code == b.Code && strings.EqualFold(a.Name, b.Name)
}

type exporter struct {
	doc    *report.Document
	t      *tables
	places map[string]*report.Place
	lead   int
}

// event returns the columns an event's rows share, or false when it is not
// exported.
func (x *exporter) event(e *report.Event) (Row, bool) {
	if e.Modality != "" && e.Modality != report.ModalityAsserted {
		return Row{}, false
	}
	code, base, root, ok := eventCodes(e.CAMEO, e.Base)
	if !ok {
		return Row{}, false
	}
	quad := e.QuadClass
	if quad < 1 || quad > 4 {
		quad = quadOf(root)
	}
	r := Row{
		IsRootEvent: e.Evidence.Start < x.lead, EventCode: code, EventBaseCode: base, EventRootCode: root,
		QuadClass: quad, GoldsteinScale: goldstein(e.Goldstein), NumMentions: 1 + len(e.Mentions), NumSources: 1, NumArticles: 1,
		SourceURL: clean(x.doc.URL),
	}
	if r.SourceURL == "" {
		r.SourceURL = clean(x.doc.Source)
	}
	r.setDate(eventDate(x.doc, e))
	if p := x.doc.Published; p != nil && !p.Time.IsZero() {
		r.DateAdded = stamp(p.Time.UTC())
	}
	if p := x.places[e.Place]; p != nil && e.Place != "" {
		r.ActionGeo = x.placeGeo(p)
	}
	return r, true
}

func goldstein(g float64) float64 {
	if math.IsNaN(g) {
		return 0
	}
	return max(-10, min(10, g))
}

// eventDate is the event's own date, else the document's, else zero.
func eventDate(doc *report.Document, e *report.Event) time.Time {
	if e.Date != nil && !e.Date.Time.IsZero() {
		return e.Date.Time
	}
	if doc.Published != nil {
		return doc.Published.Time
	}
	return time.Time{}
}

// setDate fills the four date columns from the calendar date of t.
func (r *Row) setDate(t time.Time) {
	if t.IsZero() || t.Year() < 1000 || t.Year() > 9999 {
		return
	}
	y, m, d := t.Date()
	r.SQLDate = y*10000 + int(m)*100 + d
	r.MonthYear, r.Year = r.SQLDate/100, y
	r.FractionDate = math.Round((float64(y)+float64(t.YearDay())/365)*1e4) / 1e4
}

func stamp(t time.Time) int64 {
	if t.Year() < 1000 || t.Year() > 9999 {
		return 0
	}
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	return int64(y)*1e10 + int64(mo)*1e8 + int64(d)*1e6 + int64(h)*1e4 + int64(mi)*100 + int64(s)
}

// actor returns the actor columns of a and its geography: its country.
func (x *exporter) actor(a report.EventActor) (Actor, Geo) {
	if empty(a) {
		return Actor{}, Geo{}
	}
	out := Actor{Name: strings.ToUpper(clean(a.Name))}
	home := a.Country
	if !upper(home) || len(home) != 3 {
		home = ""
	}
	if code := strings.TrimSpace(a.Code); actorCode(code) {
		out.Code = code
		splitCode(&out, code, home)
	}
	if out.CountryCode == "" {
		out.CountryCode = home
	}
	return out, x.countryGeo(out.CountryCode)
}

// countryGeo is the type-1 location of a CAMEO country: where the report
// places that country, else its centroid.
func (x *exporter) countryGeo(code string) Geo {
	c := x.t.byCode[code]
	if c == nil || c.FIPS == "" {
		return Geo{}
	}
	for i := range x.doc.Places {
		if p := &x.doc.Places[i]; p.Feature == "country" && p.Country == c.ISO2 {
			return x.placeGeo(p)
		}
	}
	if !c.Centroid {
		return Geo{}
	}
	return Geo{Type: GeoCountry, FullName: c.Name, CountryCode: c.FIPS, ADM1Code: c.FIPS,
		Lat: c.Lat, Long: c.Lon, FeatureID: c.FIPS}
}

// placeGeo is the location of a report place: a country, an ADM1 division
// or a point, told apart for the United States as GDELT does.
func (x *exporter) placeGeo(p *report.Place) Geo {
	if !p.Located() || !(p.Lat >= -90 && p.Lat <= 90 && p.Lon >= -180 && p.Lon <= 180) {
		return Geo{}
	}
	cc, adm1 := x.t.fips(p.Country, p.Admin1)
	g := Geo{FullName: x.fullName(p), CountryCode: cc, ADM1Code: adm1, Lat: p.Lat, Long: p.Lon}
	us := p.Country == "US"
	switch {
	case p.Feature == "country":
		g.Type, g.FeatureID = GeoCountry, cc
	case p.Feature == "admin1" && us:
		g.Type, g.FeatureID = GeoUSState, adm1
	case p.Feature == "admin1":
		g.Type, g.FeatureID = GeoWorldState, adm1
	case us:
		g.Type = GeoUSCity
	default:
		g.Type = GeoWorldCity
	}
	if g.Type == GeoUSCity || g.Type == GeoWorldCity {
		g.FeatureID = featureOf(p.GeoNamesID)
	}
	return g
}

func featureOf(id int) string {
	if id == 0 {
		return ""
	}
	return strconv.Itoa(id)
}

// fullName writes a place as GDELT does: "City, Region, Country".
func (x *exporter) fullName(p *report.Place) string {
	parts := []string{clean(p.Name)}
	if a := clean(p.Admin1); a != "" && p.Feature != "country" && !strings.EqualFold(a, parts[0]) {
		parts = append(parts, a)
	}
	if c := x.t.byISO2[p.Country]; c != nil && p.Feature != "country" && !strings.EqualFold(c.Name, parts[0]) {
		parts = append(parts, c.Name)
	}
	return strings.Join(parts, ", ")
}
