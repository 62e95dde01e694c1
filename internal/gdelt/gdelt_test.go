package gdelt

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"sitrep/internal/report"
)

func day(y int, m time.Month, d int) *report.Date {
	return &report.Date{Time: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), Precision: "day"}
}

func actor(entity, name, code, country string) report.EventActor {
	return report.EventActor{Entity: entity, Name: name, Code: code, Country: country}
}

func event(id, cameo string, src, tgt []report.EventActor) report.Event {
	return report.Event{ID: id, Source: src, Target: tgt, CAMEO: cameo, Modality: report.ModalityAsserted}
}

// testDoc has compound actors, a missing target, missing places and dates,
// an event the text denies, one without a code, one without actors, and
// places of each kind.
func testDoc() *report.Document {
	text := "Fighting near Latakia\nRussian forces attacked Syrian troops near Latakia on Monday.\n\nMore news."
	rus, syr := actor("e1", "Russian military", "RUSMIL", "RUS"), actor("e2", "Syria", "SYRGOV", "SYR")
	hun, rou := actor("e3", "Hungary", "HUNGOV", "HUN"), actor("e4", "Romania", "ROUGOV", "ROU")
	un, tur := actor("e5", "United Nations", "IGOUNO", ""), actor("e6", "Turkey", "TUR", "TUR")
	protesters, police := actor("", "protesters", "CVL", ""), actor("", "police", "COP", "")

	ev1 := event("ev1", "190", []report.EventActor{rus}, []report.EventActor{syr})
	ev1.Base, ev1.Root, ev1.QuadClass, ev1.Goldstein = "190", "19", 4, -10
	ev1.Place, ev1.Date = "p1", day(2024, time.March, 4)
	ev1.Evidence = report.Evidence{Span: report.Span{Start: 22, End: 85}}
	ev2 := event("ev2", "030", []report.EventActor{hun, rou}, nil)
	ev2.QuadClass, ev2.Goldstein = 1, 4
	ev2.Evidence = report.Evidence{Span: report.Span{Start: 88, End: 98}}
	ev3 := event("ev3", "1124", []report.EventActor{un}, []report.EventActor{syr, tur})
	ev3.Base, ev3.QuadClass, ev3.Goldstein, ev3.Place = "112", 3, -2, "p6"
	ev3.Evidence = report.Evidence{Span: report.Span{Start: 88, End: 98}}
	ev4 := event("ev4", "190", []report.EventActor{tur}, []report.EventActor{syr})
	ev4.Modality = report.ModalityDenied
	ev5 := event("ev5", "145", []report.EventActor{protesters}, []report.EventActor{police})
	ev5.QuadClass, ev5.Place = 4, "p4"
	ev6 := event("ev6", "042", []report.EventActor{rus}, []report.EventActor{rus, syr})
	ev7 := event("ev7", "", []report.EventActor{rus}, []report.EventActor{syr})
	ev8 := event("ev8", "08", []report.EventActor{syr}, nil)
	ev8.Place = "p3"
	ev9 := event("ev9", "0874", []report.EventActor{actor("e7", "Gunmen\tin\nboats", "UAF", "")}, nil)
	ev9.Place, ev9.QuadClass = "p5", 7
	ev10 := event("ev10", "010", nil, nil)

	return &report.Document{
		ID: "3f2a9c", URL: "https://example.org/a\tb", Text: text, TitleSpan: &report.Span{Start: 0, End: 21},
		Published: &report.Date{Time: time.Date(2024, time.March, 5, 14, 30, 9, 0, time.UTC), Precision: "day"},
		Places: []report.Place{
			{ID: "p1", GeoNamesID: 173579, Name: "Latakia", Country: "SY", Admin1: "Latakia", Lat: 35.5317, Lon: 35.7901, Feature: "city"},
			{ID: "p2", Name: "Syria", Country: "SY", Lat: 35, Lon: 38, Feature: "country"},
			{ID: "p3", Name: "Texas", Country: "US", Admin1: "Texas", Lat: 31.25, Lon: -99.25, Feature: "admin1"},
			{ID: "p4", GeoNamesID: 4699066, Name: "Houston", Country: "US", Admin1: "Texas", Lat: 29.7633, Lon: -95.3633, Feature: "city"},
			{ID: "p5", Name: "Black Sea", Lat: 43, Lon: 35, Feature: "sea"},
			{ID: "p6", GeoNamesID: 281133, Name: "Gaza", Country: "PS", Admin1: "Gaza Strip", Lat: 31.5, Lon: 34.4667, Feature: "city"},
		},
		Events: []report.Event{ev1, ev2, ev3, ev4, ev5, ev6, ev7, ev8, ev9, ev10},
	}
}

// undatedDoc has no date anywhere and a file as its source.
func undatedDoc() *report.Document {
	ev := event("ev1", "0231", []report.EventActor{actor("e1", "Ukraine", "UKR", "UKR")}, nil)
	return &report.Document{ID: "77", Source: "/tmp/article.txt", Text: "Ukraine appealed for aid.", Events: []report.Event{ev}}
}

type want struct {
	a1, a2, code, base, root string
	quad                     int
	root1                    bool
	sqlDate                  int
	action                   int    // ActionGeo type
	actionCountry, adm1      string // ActionGeo FIPS country and ADM1
}

func TestFromDocument(t *testing.T) {
	tests := []struct {
		name string
		doc  *report.Document
		want []want
	}{
		{"events", testDoc(), []want{
			{"RUSMIL", "SYRGOV", "190", "190", "19", 4, true, 20240304, GeoWorldCity, "SY", "SY02"},
			{"HUNGOV", "", "030", "030", "03", 1, false, 20240305, GeoNone, "", ""},
			{"ROUGOV", "", "030", "030", "03", 1, false, 20240305, GeoNone, "", ""},
			{"IGOUNO", "SYRGOV", "1124", "112", "11", 3, false, 20240305, GeoWorldCity, "GZ", "GZ"},
			{"IGOUNO", "TUR", "1124", "112", "11", 3, false, 20240305, GeoWorldCity, "GZ", "GZ"},
			{"CVL", "COP", "145", "145", "14", 4, true, 20240305, GeoUSCity, "US", "USTX"},
			{"RUSMIL", "SYRGOV", "042", "042", "04", 1, true, 20240305, GeoNone, "", ""},
			{"SYRGOV", "", "080", "080", "08", 2, true, 20240305, GeoUSState, "US", "USTX"},
			{"UAF", "", "0874", "087", "08", 2, true, 20240305, GeoWorldCity, "", ""},
		}},
		{"undated", undatedDoc(), []want{
			{"UKR", "", "0231", "023", "02", 1, true, 0, GeoNone, "", ""},
		}},
		{"nil", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := FromDocument(tt.doc)
			if len(rows) != len(tt.want) {
				t.Fatalf("got %d rows, want %d", len(rows), len(tt.want))
			}
			seen := map[int64]bool{}
			for i, r := range rows {
				w := tt.want[i]
				got := want{r.Actor1.Code, r.Actor2.Code, r.EventCode, r.EventBaseCode, r.EventRootCode, r.QuadClass,
					r.IsRootEvent, r.SQLDate, r.ActionGeo.Type, r.ActionGeo.CountryCode, r.ActionGeo.ADM1Code}
				if got != w {
					t.Errorf("row %d:\n got %+v\nwant %+v", i, got, w)
				}
				if err := r.Validate(); err != nil {
					t.Errorf("row %d: %v", i, err)
				}
				if seen[r.GlobalEventID] {
					t.Errorf("row %d: GLOBALEVENTID %d repeats", i, r.GlobalEventID)
				}
				seen[r.GlobalEventID] = true
				checkLine(t, r)
			}
		})
	}
}

// checkLine writes a row and reads the line back field by field.
func checkLine(t *testing.T, r Row) {
	t.Helper()
	line := string(r.appendLine(nil))
	if n := strings.Count(line, "\t") + 1; n != NumColumns {
		t.Fatalf("%d columns, want %d: %q", n, NumColumns, line)
	}
	if _, err := ParseRow(strings.TrimSuffix(line, "\n")); err != nil {
		t.Errorf("%v: %q", err, line)
	}
}

func TestRowDetails(t *testing.T) {
	rows := FromDocument(testDoc())
	first, un, gunmen := rows[0], rows[3], rows[8]
	tests := []struct {
		name      string
		got, want any
	}{
		{"id", first.GlobalEventID % 1e7, int64(0)},
		{"id of second dyad", rows[4].GlobalEventID - rows[3].GlobalEventID, int64(1)},
		{"id of event 2", rows[3].GlobalEventID - first.GlobalEventID, int64(2000)},
		{"fraction", first.FractionDate, 2024.1753},
		{"month", first.MonthYear, 202403},
		{"added", first.DateAdded, int64(20240305143009)},
		{"url", first.SourceURL, "https://example.org/a b"},
		{"name", first.Actor1.Name, "RUSSIAN MILITARY"},
		{"country", first.Actor1.CountryCode, "RUS"},
		{"type", first.Actor1.Type1Code, "MIL"},
		{"actor geo from the report", first.Actor2Geo, Geo{Type: GeoCountry, FullName: "Syria", CountryCode: "SY",
			ADM1Code: "SY", Lat: 35, Long: 38, FeatureID: "SY"}},
		{"actor geo from the centroid", first.Actor1Geo.FullName + " " + first.Actor1Geo.CountryCode, "Russia RS"},
		{"action geo", first.ActionGeo, Geo{Type: GeoWorldCity, FullName: "Latakia, Syria", CountryCode: "SY",
			ADM1Code: "SY02", Lat: 35.5317, Long: 35.7901, FeatureID: "173579"}},
		{"known group", un.Actor1.KnownGroupCode + " " + un.Actor1.Type1Code + " " + un.Actor1.CountryCode, "UNO IGO "},
		{"no actor geo", un.Actor1Geo, Geo{}},
		{"clean name", gunmen.Actor1.Name, "GUNMEN IN BOATS"},
		{"quad from root", gunmen.QuadClass, 2},
		{"sea", gunmen.ActionGeo.FullName + "|" + gunmen.ActionGeo.CountryCode, "Black Sea|"},
		{"mentions", [4]float64{float64(first.NumMentions), float64(first.NumSources), float64(first.NumArticles), first.AvgTone},
			[4]float64{1, 1, 1, 0}},
	}
	for _, tt := range tests {
		if !reflect.DeepEqual(tt.got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	undated := FromDocument(undatedDoc())[0]
	if undated.SourceURL != "/tmp/article.txt" || undated.DateAdded != 0 || undated.FractionDate != 0 {
		t.Errorf("undated row: %+v", undated)
	}
}

func TestRoundTrip(t *testing.T) {
	rows := append(FromDocument(testDoc()), FromDocument(undatedDoc())...)
	for _, header := range []bool{false, true} {
		var buf bytes.Buffer
		w := NewWriter(&buf)
		w.Header = header
		if err := w.WriteAll(rows); err != nil {
			t.Fatal(err)
		}
		if got := strings.HasPrefix(buf.String(), "GLOBALEVENTID\t"); got != header {
			t.Errorf("header %v: starts with the header: %v", header, got)
		}
		back, err := NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(back, rows) {
			t.Errorf("header %v: read back differs:\n got %+v\nwant %+v", header, back, rows)
		}
	}
}

func TestWriterRefusesBadRows(t *testing.T) {
	good := FromDocument(testDoc())[0]
	tests := []struct {
		name   string
		change func(*Row)
		col    string
	}{
		{"id", func(r *Row) { r.GlobalEventID = 0 }, "GLOBALEVENTID"},
		{"day", func(r *Row) { r.SQLDate, r.MonthYear, r.Year = 20240230, 202402, 2024 }, "SQLDATE"},
		{"month", func(r *Row) { r.MonthYear = 202404 }, "MonthYear"},
		{"code", func(r *Row) { r.Actor1.Code = "RUSM" }, "Actor1Code"},
		{"base", func(r *Row) { r.EventBaseCode = "191" }, "EventBaseCode"},
		{"root", func(r *Row) { r.EventCode, r.EventBaseCode, r.EventRootCode = "210", "210", "21" }, "EventRootCode"},
		{"goldstein", func(r *Row) { r.GoldsteinScale = 11 }, "GoldsteinScale"},
		{"geo none", func(r *Row) { r.Actor2Geo = Geo{Lat: 1} }, "Actor2Geo_Type"},
		{"us", func(r *Row) { r.ActionGeo.Type = GeoUSCity }, "ActionGeo_CountryCode"},
		{"adm1", func(r *Row) { r.ActionGeo.ADM1Code = "RS48" }, "ActionGeo_ADM1Code"},
		{"lat", func(r *Row) { r.ActionGeo.Lat = 91 }, "ActionGeo_Lat"},
		{"added", func(r *Row) { r.DateAdded = 20240305246000 }, "DATEADDED"},
	}
	for _, tt := range tests {
		r := good
		tt.change(&r)
		err := NewWriter(io.Discard).Write(r)
		if !errors.Is(err, ErrValue) || !strings.Contains(err.Error(), "column "+tt.col+":") {
			t.Errorf("%s: got %v, want a bad %s", tt.name, err, tt.col)
		}
	}
}

func TestParseRowErrors(t *testing.T) {
	good := strings.TrimSuffix(string(FromDocument(testDoc())[0].appendLine(nil)), "\n")
	set := func(col int, v string) string {
		f := strings.Split(good, "\t")
		f[col] = v
		return strings.Join(f, "\t")
	}
	tests := []struct {
		name, line, col string
	}{
		{"short", "1\t2", ""},
		{"long", good + "\textra", ""},
		{"id", set(0, "x"), "GLOBALEVENTID"},
		{"plus", set(0, "+5"), "GLOBALEVENTID"},
		{"date", set(1, "2024-03-04"), "SQLDATE"},
		{"root flag", set(25, "yes"), "IsRootEvent"},
		{"nan", set(30, "NaN"), "GoldsteinScale"},
		{"lat missing", set(40, ""), "Actor1Geo_Lat"},
		{"feature", set(42, "a b"), "Actor1Geo_FeatureID"},
		{"country", set(7, "rus"), "Actor1CountryCode"},
		{"part", set(12, "MILITARY"), "Actor1Type1Code"},
	}
	for _, tt := range tests {
		_, err := ParseRow(tt.line)
		pe, ok := errors.AsType[*ParseError](err)
		if !ok || pe.Column != tt.col {
			t.Errorf("%s: got %v, want an error in column %q", tt.name, err, tt.col)
		}
	}
}

func TestReaderLines(t *testing.T) {
	line := string(FromDocument(testDoc())[0].appendLine(nil))
	in := "\n" + strings.Join(Columns[:], "\t") + "\n" + strings.TrimSuffix(line, "\n") + "\r\n" + "bad\n"
	r := NewReader(strings.NewReader(in))
	if _, err := r.Read(); err != nil {
		t.Fatalf("first row: %v", err)
	}
	_, err := r.Read()
	if pe, ok := errors.AsType[*ParseError](err); !ok || pe.Line != 4 || !errors.Is(err, ErrFieldCount) {
		t.Errorf("bad line: got %v, want a column count error on line 4", err)
	}
	if _, err := r.Read(); err != io.EOF {
		t.Errorf("end: got %v, want EOF", err)
	}
}

func TestSplitCode(t *testing.T) {
	tests := []struct {
		code, country string
		want          Actor
	}{
		{"RUSMIL", "RUS", Actor{CountryCode: "RUS", Type1Code: "MIL"}},
		{"IGOUNO", "", Actor{KnownGroupCode: "UNO", Type1Code: "IGO"}},
		{"PSEREBHMS", "PSE", Actor{CountryCode: "PSE", KnownGroupCode: "HMS", Type1Code: "REB"}},
		{"IRQCVLkur", "IRQ", Actor{CountryCode: "IRQ", EthnicCode: "kur", Type1Code: "CVL"}},
		{"USAGOVMILSPY", "USA", Actor{CountryCode: "USA", Type1Code: "GOV", Type2Code: "MIL", Type3Code: "SPY"}},
		{"SUN", "SUN", Actor{CountryCode: "SUN"}},
		{"SUN", "", Actor{Religion1Code: "SUN"}},
		{"CHRCTH", "", Actor{Religion1Code: "CHR", Religion2Code: "CTH"}},
		{"CVL", "", Actor{Type1Code: "CVL"}},
	}
	for _, tt := range tests {
		var got Actor
		splitCode(&got, tt.code, tt.country)
		if got != tt.want {
			t.Errorf("%s: got %+v, want %+v", tt.code, got, tt.want)
		}
	}
}

func TestTables(t *testing.T) {
	tb, err := loadTables()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		iso, admin1, fips, adm1 string
	}{
		{"RU", "", "RS", "RS"},
		{"GB", "England", "UK", "UK"},
		{"DE", "Bavaria", "GM", "GM02"},
		{"US", "California", "US", "USCA"},
		{"PS", "West Bank", "WE", "WE"},
		{"PS", "", "WE", "WE"},
		{"XK", "", "KV", "KV"},
		{"SS", "", "OD", "OD"},
		{"ZZ", "", "", ""},
	}
	for _, tt := range tests {
		if f, a := tb.fips(tt.iso, tt.admin1); f != tt.fips || a != tt.adm1 {
			t.Errorf("%s %q: got %s %s, want %s %s", tt.iso, tt.admin1, f, a, tt.fips, tt.adm1)
		}
	}
	if c := tb.byCode["KSV"]; c == nil || c.ISO2 != "XK" {
		t.Errorf("CAMEO KSV: got %+v, want Kosovo", c)
	}
}

func FuzzParseRow(f *testing.F) {
	for _, r := range append(FromDocument(testDoc()), FromDocument(undatedDoc())...) {
		f.Add(strings.TrimSuffix(string(r.appendLine(nil)), "\n"))
	}
	f.Add("1\t2\t3")
	f.Add(strings.Repeat("\t", NumColumns-1))
	f.Fuzz(func(t *testing.T, line string) {
		r, err := ParseRow(line)
		if err != nil {
			return
		}
		again, err := ParseRow(strings.TrimSuffix(string(r.appendLine(nil)), "\n"))
		if err != nil {
			t.Fatalf("a parsed row does not parse once written: %v", err)
		}
		if !reflect.DeepEqual(again, r) {
			t.Fatalf("written and read again:\n got %+v\nwant %+v", again, r)
		}
	})
}

func BenchmarkFromDocument(b *testing.B) {
	doc := testDoc()
	for b.Loop() {
		FromDocument(doc)
	}
}

func BenchmarkTables(b *testing.B) {
	for b.Loop() {
		if _, err := parseTables(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWrite(b *testing.B) {
	rows := FromDocument(testDoc())
	for b.Loop() {
		if err := NewWriter(io.Discard).WriteAll(rows); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRead(b *testing.B) {
	var buf bytes.Buffer
	if err := NewWriter(&buf).WriteAll(FromDocument(testDoc())); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := NewReader(bytes.NewReader(buf.Bytes())).ReadAll(); err != nil {
			b.Fatal(err)
		}
	}
}
