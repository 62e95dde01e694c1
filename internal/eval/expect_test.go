package eval

import (
	"strings"
	"testing"
	"time"

	"sitrep/internal/report"
)

func TestScore(t *testing.T) {
	text := "Syria’s Ambassador to Russia Sami Kassem said Moscow lied. Talks in Damascus."
	ev := func(w string) report.Evidence {
		s := strings.Index(text, w)
		return report.Evidence{Span: report.Span{Start: s, End: s + len(w)}, Text: w}
	}
	doc := &report.Document{
		Text: text,
		Entities: []report.Entity{
			{Name: "Sami Kassem", Kind: report.KindPerson, Role: "Syria’s Ambassador to Russia", Affiliation: "SYR",
				Mentions: []report.Mention{{Evidence: ev("Sami Kassem"), Form: report.FormName}}},
			{Name: "Russia", Kind: report.KindCountry, Code: "RUS",
				Mentions: []report.Mention{{Evidence: ev("Moscow"), Form: report.FormMetonym}}},
		},
		Places: []report.Place{{Name: "Damascus", Country: "SY", Lat: 33.51, Lon: 36.29, Feature: "capital", Precision: "point",
			Mentions: []report.Mention{{Evidence: ev("Damascus")}}}},
	}
	lat, lon := 33.5, 36.3
	far := 40.0
	e := &Expect{
		Actors: []ExpActor{
			{Name: "Sami Kassem", Kind: "person", Role: "Ambassador to Russia", Affiliation: "SYR", Surfaces: []string{"Kassem"}},
			{Name: "Russia", Kind: "country", Code: "RUS", Surfaces: []string{"Moscow", "Russian"}},
			{Name: "Nobody", Kind: "person"},
		},
		Metonyms:  []ExpMetonym{{Surface: "Moscow", Count: 1, Means: "RUS"}},
		Places:    []ExpPlace{{Name: "Damascus", Country: "SY", Lat: &lat, Lon: &lon, WithinKm: 5}, {Name: "Damascus", Lat: &far, Lon: &lon, WithinKm: 5}},
		NotPlaces: []string{"Moscow", "Damascus"},
		NotCodes:  []string{"RUS"},
	}
	want := map[string]bool{
		"actor Sami Kassem": true, "kind Sami Kassem: person": true, "role Sami Kassem: Ambassador to Russia": true,
		"affiliation Sami Kassem: SYR": true, "surface Sami Kassem: Kassem": true,
		"actor Russia": true, "kind Russia: country": true, "code Russia: RUS": true,
		"surface Russia: Moscow": true, "surface Russia: Russian": false, "actor Nobody": false,
		"metonym Moscow": true, "place Damascus": true, "not_place Moscow": true, "not_place Damascus": false,
		"not_code RUS": false,
	}
	places := 0
	for _, c := range Score(doc, e) {
		key := c.Kind + " " + c.Item
		if c.Kind == "place" {
			// the second expectation is 2,000 km away and must fail
			if places++; places == 2 {
				if c.OK {
					t.Errorf("a place far from the expected point passed")
				}
				continue
			}
		}
		w, ok := want[key]
		if !ok {
			t.Errorf("unexpected check %q", key)
			continue
		}
		if c.OK != w {
			t.Errorf("%s: ok = %v, want %v (got %s)", key, c.OK, w, c.Got)
		}
	}
}

func TestRoleHead(t *testing.T) {
	tests := []struct {
		want, got string
		ok        bool
	}{
		{"Russian foreign minister", "The Russian foreign minister", true},
		{"leader of the Syrian regime", "leader of the Syrian regime", true},
		{"military analyst; deputy editor of X", "deputy editor", true},
		{"Syria's Ambassador to Russia", "Ambassador", true},
		{"Defence Minister", "Gen.", false},
		{"regional governor (Kharkiv)", "regional governor", true},
		{"Defence Cabinet Secretary (nominee)", "former ambassador", false},
		{"Kurdish militia that leads the SDF", "Kurdish militia", true},
		{"Kurdish militia that leads the SDF", "SDF", false},
	}
	for _, tt := range tests {
		if roleFits(tt.want, tt.got) != tt.ok {
			t.Errorf("roleFits(%q, %q) = %v", tt.want, tt.got, !tt.ok)
		}
	}
}

// TestScoreAssetLongest checks that an expected surface is matched to the
// asset whose evidence covers most of it, not to an earlier bare noun.
func TestScoreAssetLongest(t *testing.T) {
	two := 2.0
	doc := &report.Document{Assets: []report.Asset{
		{Evidence: report.Evidence{Text: "tanks"}, Status: "present"},
		{Evidence: report.Evidence{Text: "46 K2 tanks"}, Count: &two, Status: "delivered"},
	}}
	for _, c := range scoreAsset(doc, ExpAsset{Surface: "46 K2 tanks", Count: 2, Status: "delivered"}, nil) {
		if !c.OK {
			t.Errorf("%s %s: got %s", c.Kind, c.Item, c.Got)
		}
	}
}

// TestScoreAssetOwner checks that an owner matches as actor codes do:
// the Taliban's fighters (AFGREB) are Afghanistan's, not Pakistan's.
func TestScoreAssetOwner(t *testing.T) {
	doc := &report.Document{
		Entities: []report.Entity{{ID: "e1", Name: "Taliban", Code: "AFGREB"}},
		Assets:   []report.Asset{{Evidence: report.Evidence{Text: "200 fighters"}, Owner: "e1"}},
	}
	for _, tt := range []struct {
		owner string
		ok    bool
	}{{"AFG", true}, {"AFGREB", true}, {"PAK", false}, {"AF", false}} {
		for _, c := range scoreAsset(doc, ExpAsset{Surface: "200 fighters", Owner: tt.owner}, nil) {
			if c.Kind == "asset_owner" && c.OK != tt.ok {
				t.Errorf("owner %s: OK = %v, want %v", tt.owner, c.OK, tt.ok)
			}
		}
	}
}

// TestScoreFigureTopic checks that a figure must share a word with what
// the expectation says it counts: the same number counting something else
// is no match.
func TestScoreFigureTopic(t *testing.T) {
	drones, rifles := 87.0, 1500.0
	doc := &report.Document{Figures: []report.Figure{
		{Kind: "casualty", What: "wounded", Value: 2, Evidence: report.Evidence{Text: "two were wounded"}},
		{Kind: "casualty", What: "killed", Value: 19, Evidence: report.Evidence{Text: "dead at 19"}},
		{Kind: "count", What: "displaced", Value: 40000, Approximate: true, Evidence: report.Evidence{Text: "about 40,000 displaced"}},
		{Kind: "count", What: "arrested", Value: 300, Bound: "up to", Evidence: report.Evidence{Text: "as many as 300 arrested"}},
		{Kind: "age", What: "age of boy", Value: 12, Evidence: report.Evidence{Text: "12-year-old boy"}},
		{Kind: "distance", What: "distance", Value: 25, Unit: "kilometre", Evidence: report.Evidence{Text: "25 km (15 miles)"}},
	}, Assets: []report.Asset{
		{Kind: "drone", Count: &drones, Status: "destroyed", Evidence: report.Evidence{Text: "87 Ukrainian drones"}},
		{Kind: "small_arms", Model: "AK-47", Count: &rifles, CountAs: &report.Evidence{Text: "more than 1,500"},
			Evidence: report.Evidence{Text: "more than 1,500 AK-47 rifles"}},
	}}
	tests := []struct {
		what      string
		value     float64
		qualifier string
		ok        bool
	}{
		{"hours the gunfight lasted", 2, "", false},
		{"police wounded", 2, "", true},
		{"initial death toll", 19, "", true},
		{"drones destroyed", 87, "", true}, // an asset's count
		{"regions hit", 87, "", false},     // the same number of something else
		{"AK-47 rifles seized", 1500, "more than", true},
		{"AK-47 rifles seized", 1500, "at least", false}, // the asset's count has another bound
		{"AK-47 rifles seized", 1500, "More than", true}, // the expectation's capital is no other bound
		{"people displaced", 40000, "about", true},       // an approximation is flagged, not named
		{"people arrested", 300, "as many as", true},
		{"people arrested", 300, "about", false},
		{"age of the boy killed", 12, "", true}, // words of three letters say what too
		{"km from the border to the town", 25, "", true},
		{"hours the siege lasted", 25, "", false},
	}
	for _, tt := range tests {
		if c := scoreFigure(doc, ExpFigure{What: tt.what, Count: tt.value, Qualifier: tt.qualifier}); c.OK != tt.ok {
			t.Errorf("%q = %v: ok %v, want %v (got %s)", tt.what, tt.value, c.OK, tt.ok, c.Got)
		}
	}
}

// TestScoreFigureYear checks that a year the text wrote inside a date
// ("in August 2023") holds a year expectation, and that a date the text
// did not write with those digits does not.
func TestScoreFigureYear(t *testing.T) {
	at := func(y int, words string) report.Time {
		return report.Time{Evidence: report.Evidence{Text: words},
			Date: &report.Date{Time: time.Date(y, 8, 1, 0, 0, 0, 0, time.UTC), Precision: "month"}}
	}
	doc := &report.Document{Times: []report.Time{at(2023, "in August 2023"), at(2026, "on Monday")}}
	for _, tt := range []struct {
		year float64
		ok   bool
	}{{2023, true}, {2026, false}, {1984, false}} {
		if c := scoreFigure(doc, ExpFigure{What: "year it began", Year: tt.year}); c.OK != tt.ok {
			t.Errorf("year %v: ok %v, want %v", tt.year, c.OK, tt.ok)
		}
	}
}

// TestSameBody checks how an institution's name in the report meets the
// analyst's: the country may be written as a demonym or in parentheses,
// but it must be the same country.
func TestSameBody(t *testing.T) {
	tests := []struct {
		got, gotAff, want, wantAff string
		ok                         bool
	}{
		{"Defence Ministry (Russia)", "RUS", "Russian Defence Ministry", "RUS", true},
		{"Foreign Ministry (France)", "FRA", "French Foreign Ministry", "FRA", true},
		{"Foreign Ministry (Iran)", "IRN", "Iranian foreign ministry", "", true},
		{"Defence Ministry", "JPN", "Defence Ministry (Japan)", "JPN", true},
		{"Defence Ministry", "KOR", "Defence Ministry (Japan)", "JPN", false},
		{"Foreign Ministry (France)", "FRA", "Italian Foreign Ministry", "ITA", false},
		{"Interior Ministry (Syria)", "SYR", "Syrian Defence Ministry", "SYR", false},
		{"UN Human Rights Office", "IGOUNO", "United Nations human rights office", "", true},
		{"U.S. Air Force", "USA", "United States Air Force", "", true},
		{"UN Human Rights Office", "IGOUNO", "United Nations refugee agency", "", false},
	}
	for _, tt := range tests {
		en := report.Entity{Name: tt.got, Kind: report.KindOrganization, Affiliation: tt.gotAff, Country: tt.gotAff}
		if got := sameBody(en, ExpActor{Name: tt.want, Affiliation: tt.wantAff}); got != tt.ok {
			t.Errorf("sameBody(%q, %q) = %v, want %v", tt.got, tt.want, got, tt.ok)
		}
	}
}

// TestFindEntityByPossessedSurface checks that the analyst's surface
// finds the body whose mention opens with a possessive country, only
// where that country is the analyst's.
func TestFindEntityByPossessedSurface(t *testing.T) {
	doc := &report.Document{Entities: []report.Entity{
		{Name: "Foreign Ministry (Sudan)", Kind: report.KindOrganization, Country: "SDN", Affiliation: "SDN",
			Mentions: []report.Mention{{Evidence: report.Evidence{Text: "Sudan's foreign ministry"}}}},
		{Name: "Foreign Ministry (Burundi)", Kind: report.KindOrganization, Country: "BDI", Affiliation: "BDI",
			Mentions: []report.Mention{{Evidence: report.Evidence{Text: "Burundi's foreign ministry"}}}},
	}}
	for _, tt := range []struct{ aff, want string }{{"BDI", "Foreign Ministry (Burundi)"}, {"SDN", "Foreign Ministry (Sudan)"}, {"RWA", ""}} {
		en, got := findEntity(doc, ExpActor{Name: "Ministry of Foreign Affairs", Affiliation: tt.aff, Surfaces: []string{"foreign ministry"}}), ""
		if en != nil {
			got = en.Name
		}
		if got != tt.want {
			t.Errorf("%s: found %q, want %q", tt.aff, got, tt.want)
		}
	}
}

// TestScorePlaceCountry checks that a country the analyst names in full
// is the place of its code, whatever sitrep calls it, and no other.
func TestScorePlaceCountry(t *testing.T) {
	doc := &report.Document{Places: []report.Place{{Name: "DR Congo", Country: "CD", Feature: "country",
		Mentions: []report.Mention{{Evidence: report.Evidence{Text: "Congo"}}}}}}
	if c := scorePlace(doc, ExpPlace{Name: "Democratic Republic of the Congo", Country: "CD", Kind: "country"}); !c.OK {
		t.Errorf("DR Congo: %+v, want it found", c)
	}
	if c := scorePlace(doc, ExpPlace{Name: "Republic of the Congo", Country: "CG", Kind: "country"}); c.OK {
		t.Errorf("Republic of the Congo: %+v, want it not found", c)
	}
}

func TestRefines(t *testing.T) {
	tests := []struct {
		got, want string
		ok        bool
	}{
		{"IGOUNO", "IGOUNO", true},
		{"IGOUNOHRI", "IGOUNO", true},
		{"NGOHRIAMN", "NGOHRI", true},
		{"IGOUNO", "IGOUNOHRI", false},
		{"IGOUNOH", "IGOUNO", false},
		{"RUSGOV", "RUSMIL", false},
	}
	for _, tt := range tests {
		if got := refines(tt.got, tt.want); got != tt.ok {
			t.Errorf("refines(%q, %q) = %v, want %v", tt.got, tt.want, got, tt.ok)
		}
	}
}

func TestAssetAt(t *testing.T) {
	doc := &report.Document{Places: []report.Place{
		{ID: "p1", Name: "Cox’s Bāzār", Mentions: []report.Mention{{Evidence: report.Evidence{Text: "Cox's Bazar"}}}},
		{ID: "p2", Name: "Valparaíso", Mentions: []report.Mention{{Evidence: report.Evidence{Text: "Valparaiso"}}}},
		{ID: "p3", Name: "Oruro", Mentions: []report.Mention{{Evidence: report.Evidence{Text: "Oruro"}}}},
	}}
	tests := []struct {
		id, want string
		ok       bool
	}{
		{"p1", "Cox's Bazar", true},
		{"p2", "Valparaiso Region", true},
		{"p3", "Parotani", false},
		{"p9", "Oruro", false},
	}
	for _, tt := range tests {
		if got := assetAt(doc, tt.id, tt.want); got != tt.ok {
			t.Errorf("assetAt(%s, %q) = %v, want %v", tt.id, tt.want, got, tt.ok)
		}
	}
}

func TestSameCountry(t *testing.T) {
	tests := []struct {
		got, want string
		ok        bool
	}{
		{"FRA", "FRA", true},
		{"FRANCL", "NCL", true}, // Phoenix codes New Caledonia under France
		{"TMP", "TLS", true},    // CAMEO's code for Timor-Leste, and ISO's
		{"FRANCL", "FRA", true},
		{"FRA", "NCL", false},
		{"USA", "USAGOV", false},
		{"", "", true},
	}
	for _, tt := range tests {
		if got := sameCountry(tt.got, tt.want); got != tt.ok {
			t.Errorf("sameCountry(%q, %q) = %v, want %v", tt.got, tt.want, got, tt.ok)
		}
	}
}

func TestFindEntityBySurface(t *testing.T) {
	doc := &report.Document{Entities: []report.Entity{{Name: "Army (Sudan)", Kind: report.KindOrganization, Code: "SDNMIL",
		Mentions: []report.Mention{{Evidence: report.Evidence{Text: "Sudan's army"}}}}}}
	if en := findEntity(doc, ExpActor{Name: "Sudanese Armed Forces", Surfaces: []string{"Sudan's army"}}); en == nil || en.Code != "SDNMIL" {
		t.Errorf("findEntity by surface = %+v, want Army (Sudan)", en)
	}
	if en := findEntity(doc, ExpActor{Name: "Sudanese Armed Forces", Surfaces: []string{"the RSF"}}); en != nil {
		t.Errorf("findEntity = %+v, want none: no mention is the surface", en)
	}
}

// TestFindEntityUntitled checks that an honorific or rank that opens the
// analyst's name for a person is no part of the name, and that a title
// does not stand for a name by itself.
func TestFindEntityUntitled(t *testing.T) {
	doc := &report.Document{Entities: []report.Entity{{Name: "Sharafuddin Azizi", Kind: report.KindPerson}}}
	if en := findEntity(doc, ExpActor{Name: "Mawlawi Sharafuddin Azizi"}); en == nil {
		t.Errorf("findEntity(Mawlawi Sharafuddin Azizi) = nil, want Sharafuddin Azizi")
	}
	doc = &report.Document{Entities: []report.Entity{{Name: "Azizi", Kind: report.KindPerson}}}
	if en := findEntity(doc, ExpActor{Name: "Mawlawi Azizi"}); en != nil {
		t.Errorf("findEntity(Mawlawi Azizi) = %+v, want none: a title and a surname are no full name", en)
	}
}

func TestScoreAssetObserverByActor(t *testing.T) {
	doc := &report.Document{
		Entities: []report.Entity{{ID: "e1", Name: "Army (Sudan)", Code: "SDNMIL",
			Mentions: []report.Mention{{Evidence: report.Evidence{Text: "Sudan's army"}}}}},
		Quotes: []report.Quote{{ID: "q1", Speaker: "e1", SpeakerName: "Army (Sudan)"}},
		Assets: []report.Asset{{Evidence: report.Evidence{Text: "two drones"}, Observer: "q1"}},
	}
	actors := []ExpActor{{Name: "Sudanese Armed Forces", Surfaces: []string{"Sudan's army"}}}
	for _, c := range scoreAsset(doc, ExpAsset{Surface: "two drones", ReportedBy: "Sudanese Armed Forces"}, actors) {
		if c.Kind == "asset_observer" && !c.OK {
			t.Error("the army that the analysts name otherwise observes nothing")
		}
	}
}

func TestQualifierFits(t *testing.T) {
	tests := []struct {
		q      string
		bound  string
		approx bool
		want   bool
	}{
		{"more than", "more than", false, true},
		{"over", "more than", false, true},
		{"no fewer than", "at least", false, true},
		{"as much as", "up to", false, true},
		{"about", "", true, true},
		{"about", "", false, false},
		{"nearly", "nearly", true, true},
		{"at least", "more than", false, false},
		{"dozens", "at least", true, true},
		{"several hundred", "at least", true, true},
		{"a few thousand", "at least", true, true},
		{"dozens", "at least", false, false},
		{"several", "at least", true, false},
	}
	for _, tt := range tests {
		f := report.Figure{Bound: tt.bound, Approximate: tt.approx}
		if got := qualifierFits(tt.q, f); got != tt.want {
			t.Errorf("qualifierFits(%q, bound %q approx %v) = %v, want %v", tt.q, tt.bound, tt.approx, got, tt.want)
		}
	}
}

// TestScoreEventIGOAlias checks that an event of an international body
// passes under the code an analyst made up for it only where the
// analyst's actors give that code to the body the report coded.
func TestScoreEventIGOAlias(t *testing.T) {
	text := "NATO urged Russia to stop."
	urged := report.Evidence{Span: report.Span{Start: 5, End: 10}, Text: "urged"}
	doc := &report.Document{
		Text: text,
		Entities: []report.Entity{{Name: "NATO", Kind: report.KindIGO, Code: "IGOWSTNAT",
			Mentions: []report.Mention{{Evidence: report.Evidence{Span: report.Span{Start: 0, End: 4}, Text: "NATO"}}}}},
		Events: []report.Event{{Root: "02", CAMEO: "020", Action: urged, Evidence: urged,
			Source: []report.EventActor{{Code: "IGOWSTNAT"}}, Target: []report.EventActor{{Code: "RUS", Country: "RUS"}}}},
	}
	want := ExpEvent{Source: "IGONAT", Target: "RUS", Root: "02", What: "NATO urged Russia to stop"}
	tests := []struct {
		name   string
		actors []ExpActor
		ok     bool
	}{
		{"the analyst's code names the body", []ExpActor{{Name: "NATO", Kind: report.KindIGO, Code: "IGONAT"}}, true},
		{"the analyst gives the code to another body", []ExpActor{{Name: "African Union", Kind: report.KindIGO, Code: "IGONAT"}}, false},
		{"no actor has the code", nil, false},
	}
	for _, tt := range tests {
		if c := scoreEvent(doc, want, igoAliases(doc, tt.actors)); c.OK != tt.ok {
			t.Errorf("%s: ok = %v, want %v (got %s)", tt.name, c.OK, tt.ok, c.Got)
		}
	}
}
