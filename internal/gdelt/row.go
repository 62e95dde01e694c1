package gdelt

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// NumColumns is the number of columns of a GDELT 2.0 event row.
const NumColumns = 61

// Columns are the column names of the GDELT 2.0 event table, in order.
var Columns = [NumColumns]string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// Row is one event row. Dates are the integers GDELT writes (20240131);
// zero stands for an empty column.
type Row struct {
	GlobalEventID  int64
	SQLDate        int // YYYYMMDD
	MonthYear      int // YYYYMM
	Year           int
	FractionDate   float64
	Actor1, Actor2 Actor
	IsRootEvent    bool
	EventCode      string // CAMEO event code: "0874"
	EventBaseCode  string // "087"
	EventRootCode  string // "08"
	QuadClass      int    // 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict
	GoldsteinScale float64
	NumMentions    int
	NumSources     int
	NumArticles    int
	AvgTone        float64
	Actor1Geo      Geo
	Actor2Geo      Geo
	ActionGeo      Geo
	DateAdded      int64 // YYYYMMDDHHMMSS, UTC
	SourceURL      string
}

// Actor holds the ten actor columns: the CAMEO code and its parts.
type Actor struct {
	Code           string // "RUSMIL", "IGOUNO"
	Name           string
	CountryCode    string // CAMEO country code: "RUS"
	KnownGroupCode string // "UNO"
	EthnicCode     string
	Religion1Code  string
	Religion2Code  string
	Type1Code      string // "GOV", "MIL", "IGO"…
	Type2Code      string
	Type3Code      string
}

// Geo types: the resolution of a location.
const (
	GeoNone       = 0
	GeoCountry    = 1
	GeoUSState    = 2
	GeoUSCity     = 3
	GeoWorldCity  = 4
	GeoWorldState = 5 // an ADM1 division outside the United States
)

// Geo holds the eight columns of a location. Lat and Long are written only
// when Type is not GeoNone.
type Geo struct {
	Type        int
	FullName    string
	CountryCode string // FIPS 10-4
	ADM1Code    string // FIPS country and admin1 code: "SY13"; the country code alone for a country
	ADM2Code    string
	Lat, Long   float64
	FeatureID   string // GNS ID in GDELT, GeoNames ID here; the ADM1 or country code for regions
}

// ErrValue is the error of a column whose value breaks its format.
var ErrValue = errors.New("bad value")

// Validate checks every column of r against its GDELT format and the
// columns against each other (MonthYear against SQLDATE, the event codes
// against each other). The error names the first bad column.
func (r *Row) Validate() error {
	if col := r.badColumn(); col != "" {
		return fmt.Errorf("column %s: %w", col, ErrValue)
	}
	return nil
}

// badColumn returns the name of the first column that breaks its format,
// or "".
func (r *Row) badColumn() string {
	for _, c := range r.checks() {
		if !c.ok {
			return c.col
		}
	}
	return ""
}

type check struct {
	col string
	ok  bool
}

// Column indexes of the first column of each actor and location.
const (
	colActor1    = 5
	colActor2    = 15
	colActor1Geo = 35
	colActor2Geo = 43
	colActionGeo = 51
)

func (r *Row) checks() []check {
	out := make([]check, 0, NumColumns)
	out = append(out,
		check{"GLOBALEVENTID", r.GlobalEventID > 0},
		check{"SQLDATE", r.SQLDate == 0 || validDay(r.SQLDate)},
		check{"MonthYear", r.MonthYear == r.SQLDate/100},
		check{"Year", r.Year == r.SQLDate/10000},
		check{"FractionDate", validFraction(r)},
	)
	out = r.Actor1.checks(out, colActor1)
	out = r.Actor2.checks(out, colActor2)
	out = append(out,
		check{"EventCode", digits(r.EventCode) && (len(r.EventCode) == 3 || len(r.EventCode) == 4)},
		check{"EventBaseCode", digits(r.EventBaseCode) && len(r.EventBaseCode) == 3 && strings.HasPrefix(r.EventCode, r.EventBaseCode)},
		check{"EventRootCode", digits(r.EventRootCode) && len(r.EventRootCode) == 2 &&
			strings.HasPrefix(r.EventBaseCode, r.EventRootCode) && r.EventRootCode >= "01" && r.EventRootCode <= "20"},
		check{"QuadClass", r.QuadClass >= 1 && r.QuadClass <= 4},
		check{"GoldsteinScale", r.GoldsteinScale >= -10 && r.GoldsteinScale <= 10},
		check{"NumMentions", r.NumMentions >= 1},
		check{"NumSources", r.NumSources >= 1},
		check{"NumArticles", r.NumArticles >= 1},
		check{"AvgTone", r.AvgTone >= -100 && r.AvgTone <= 100},
	)
	out = r.Actor1Geo.checks(out, colActor1Geo)
	out = r.Actor2Geo.checks(out, colActor2Geo)
	out = r.ActionGeo.checks(out, colActionGeo)
	return append(out,
		check{"DATEADDED", r.DateAdded == 0 || validStamp(r.DateAdded)},
		check{"SOURCEURL", plain(r.SourceURL)},
	)
}

// checks appends the checks of the actor whose columns start at Columns[c].
func (a *Actor) checks(out []check, c int) []check {
	col := Columns[c : c+10]
	return append(out,
		check{col[0], a.Code == "" || (len(a.Code)%3 == 0 && alnum(a.Code))},
		check{col[1], plain(a.Name)},
		check{col[2], a.CountryCode == "" || (len(a.CountryCode) == 3 && upper(a.CountryCode))},
		check{col[3], part(a.KnownGroupCode)},
		check{col[4], part(a.EthnicCode)},
		check{col[5], part(a.Religion1Code)},
		check{col[6], part(a.Religion2Code)},
		check{col[7], part(a.Type1Code)},
		check{col[8], part(a.Type2Code)},
		check{col[9], part(a.Type3Code)},
	)
}

// checks appends the checks of the location whose columns start at
// Columns[c].
func (g *Geo) checks(out []check, c int) []check {
	col := Columns[c : c+8]
	if g.Type == GeoNone {
		return append(out, check{col[0], *g == Geo{}})
	}
	country := g.CountryCode == "" || (len(g.CountryCode) == 2 && upperAlnum(g.CountryCode))
	us := g.Type != GeoUSState && g.Type != GeoUSCity || g.CountryCode == "US"
	return append(out,
		check{col[0], g.Type > GeoNone && g.Type <= GeoWorldState},
		check{col[1], plain(g.FullName)},
		check{col[2], country && us},
		check{col[3], g.ADM1Code == "" || (len(g.ADM1Code) <= 6 && upperAlnum(g.ADM1Code) && strings.HasPrefix(g.ADM1Code, g.CountryCode))},
		check{col[4], plain(g.ADM2Code)},
		check{col[5], g.Lat >= -90 && g.Lat <= 90},
		check{col[6], g.Long >= -180 && g.Long <= 180},
		check{col[7], g.FeatureID == "" || (len(g.FeatureID) <= 20 && featureID(g.FeatureID))},
	)
}

// validDay reports whether d is a calendar date written YYYYMMDD.
func validDay(d int) bool {
	if d < 10000101 || d > 99991231 {
		return false
	}
	y, m, day := d/10000, d/100%100, d%100
	t := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
	return t.Year() == y && int(t.Month()) == m && t.Day() == day
}

// validStamp reports whether s is a time written YYYYMMDDHHMMSS.
func validStamp(s int64) bool {
	hms := int(s % 1000000)
	return validDay(int(s/1000000)) && hms/10000 < 24 && hms/100%100 < 60 && hms%100 < 60
}

// validFraction accepts the fraction of the year by any of the formulas
// GDELT has used, which keep it between the year and a little past it.
func validFraction(r *Row) bool {
	if r.SQLDate == 0 {
		return r.FractionDate == 0
	}
	y := float64(r.Year)
	return r.FractionDate >= y && r.FractionDate <= y+1.01
}

// plain reports whether free text fits in a column.
func plain(s string) bool { return !strings.ContainsAny(s, "\t\r\n") }

// part reports whether s is empty or one three-character code part.
func part(s string) bool { return s == "" || (len(s) == 3 && alnum(s)) }

func digits(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return r < '0' || r > '9' })
}

func alnum(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool {
		return (r < '0' || r > '9') && (r < 'A' || r > 'Z') && (r < 'a' || r > 'z')
	})
}

func upper(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool { return r < 'A' || r > 'Z' })
}

func upperAlnum(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool { return (r < 'A' || r > 'Z') && (r < '0' || r > '9') })
}

// featureID accepts a signed GNS or GeoNames number or a code ("SY13").
func featureID(s string) bool {
	if n, ok := strings.CutPrefix(s, "-"); ok {
		return digits(n)
	}
	return upperAlnum(s)
}
