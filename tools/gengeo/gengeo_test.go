package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"sitrep/internal/geo"
	"sitrep/internal/text"
)

func TestFeaturesTable(t *testing.T) {
	feats, err := parseFeatures(featuresTSV)
	if err != nil {
		t.Fatalf("parseFeatures: %v", err)
	}
	names := make(map[string]geo.Kind)
	places := 0
	for _, f := range feats {
		if f.kind != geo.KindCountry {
			places++
			if _, err := geo.NewBuilder().Add(geo.Place{Name: f.name, Country: f.country, Lat: f.lat, Lon: f.lon, Kind: f.kind}); err != nil {
				t.Errorf("%s: %v", f.name, err)
			}
		}
		for _, n := range append([]string{f.name}, f.aliases...) {
			key := text.Fold(n)
			if k, dup := names[key]; dup && k == f.kind {
				t.Errorf("%q is listed twice as a %s", n, k)
			}
			names[key] = f.kind
		}
	}
	if places < 150 {
		t.Errorf("%d features, want at least 150", places)
	}
	// The names news about conflicts and shipping uses most.
	for _, n := range []string{"Mediterranean", "Black Sea", "Red Sea", "Baltic", "South China Sea",
		"East China Sea", "Sea of Azov", "Sea of Japan", "East Sea", "Persian Gulf", "Gulf", "Gulf of Aden",
		"Gulf of Oman", "Strait of Hormuz", "Bab el-Mandeb", "Taiwan Strait", "Kerch Strait", "Bosphorus",
		"English Channel", "Caribbean Sea", "Gulf of Mexico", "Arctic", "Atlantic", "Pacific", "Indian Ocean",
		"Yellow Sea", "Caspian Sea", "Lake Chad", "Sahel", "Donbas", "Crimea", "Golan Heights", "Gaza Strip",
		"West Bank", "Sinai", "Kashmir", "Nagorno-Karabakh", "Darfur", "Tigray", "Second Thomas Shoal",
		"Scarborough Shoal", "Spratly Islands", "Paracel Islands", "DMZ", "Horn of Africa", "Balkans",
		"Caucasus", "Middle East", "Kurdistan Region"} {
		if _, ok := names[text.Fold(n)]; !ok {
			t.Errorf("features.tsv lacks %q", n)
		}
	}
}

func TestParseFeatureRejects(t *testing.T) {
	for _, line := range []string{
		"Black Sea\t\tsea\t-\t43.4",
		"Black Sea\t\tsea\tXXX\t43.4\t34",
		"\t\tsea\t-\t43.4\t34",
		"Black Sea\t\tsea\t-\tnorth\t34",
	} {
		if _, err := parseFeature(line); err == nil {
			t.Errorf("parseFeature(%q): no error", line)
		}
	}
}

func TestEnglishAlternate(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Kharkov", true},
		{"al-Mawsil", true},
		{"Bình Nhưỡng", true},
		{"ji fu", false}, // machine transliteration
		{"Киев", false},  // Cyrillic
		{"KBP", false},   // airport code
		{"SEOUL", false}, // all capitals
		{"Sol", false},   // too short to trust
		{"Seoul-si 2", false},
		{"City of New York of the Pacific", false}, // a description
		{"Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu", false},
	}
	for _, tt := range tests {
		if got := englishAlternate(tt.name); got != tt.want {
			t.Errorf("englishAlternate(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestCityAlternates(t *testing.T) {
	tests := []struct {
		name       string
		c          city
		alternates []string
	}{
		{"a large town keeps its exonyms", city{ascii: "Silvania", alternates: "Bonfim,Silvânia", population: 20000},
			[]string{"Bonfim", "Silvânia"}},
		{"a small town keeps other spellings of its name only",
			city{ascii: "Astravyets", alternates: "Astravets,Ostrovets,Bonfim", population: 10878}, []string{"Astravets"}},
		{"and the words that begin or end it", city{ascii: "Lamitan City", alternates: "Lamitan,Isabela", population: 6114},
			[]string{"Lamitan"}},
		{"a village keeps none", city{ascii: "Djebeniana", alternates: "Jebeniana", population: 4000}, nil},
		{"a provincial seat keeps all", city{ascii: "Djebeniana", alternates: "Jebeniana,Sfax South", population: 4000,
			feature: "PPLA"}, []string{"Jebeniana", "Sfax South"}},
	}
	for _, tt := range tests {
		if got := cityAlternates(&tt.c); !slices.Equal(got, tt.alternates) {
			t.Errorf("%s: cityAlternates = %q, want %q", tt.name, got, tt.alternates)
		}
	}
}

func TestAdminNames(t *testing.T) {
	tests := []struct {
		name     string
		types    []string
		names    []string
		variants []string // a subset that must be there
	}{
		{"Latakia", []string{"province"}, []string{"Latakia"}, []string{"Latakia governorate", "Latakia province"}},
		{"Damascus Governorate", nil, []string{"Damascus Governorate"}, []string{"Damascus", "Damascus region"}},
		{"Kyiv Oblast", nil, []string{"Kyiv Oblast"}, []string{"Kyiv", "Kyiv region"}},
		{"Central District", nil, []string{"Central District"}, []string{"Central District province"}},
		{"Province of Bologna", nil, []string{"Province of Bologna"}, []string{"Bologna"}},
	}
	for _, tt := range tests {
		names, variants := adminNames(tt.name, tt.types)
		if !slices.Equal(names, tt.names) {
			t.Errorf("adminNames(%q) names = %v, want %v", tt.name, names, tt.names)
		}
		for _, v := range tt.variants {
			if !slices.Contains(variants, v) {
				t.Errorf("adminNames(%q) variants = %v, want %q among them", tt.name, variants, v)
			}
		}
		if slices.Contains(variants, "Central") {
			t.Errorf("adminNames(%q) reduced to a bare direction", tt.name)
		}
	}
}

func TestCleanNames(t *testing.T) {
	got := cleanNames([]string{"Cofradía de Navolato (Cofradía de los Rocha)", "Arenys de Lledó / Arens de Lledó", "Goma"})
	want := []string{"Cofradía de Navolato", "Arenys de Lledó", "Arens de Lledó", "Goma"}
	if !slices.Equal(got, want) {
		t.Errorf("cleanNames = %q, want %q", got, want)
	}
}

func TestWithoutArticle(t *testing.T) {
	got := withoutArticle([]string{"Al Hasakah", "El-Hodeidah", "Ar Raqqah", "Aleppo", "Al Ba", "Al 'Amadiyah"})
	want := []string{"hasakah", "hodeidah", "raqqah", "amadiyah"}
	if !slices.Equal(got, want) {
		t.Errorf("withoutArticle = %q, want %q", got, want)
	}
}

// TestGenerate builds the gazetteer from the shared data and reads it
// back.
func TestWithoutApostrophes(t *testing.T) {
	got := withoutApostrophes([]string{"Ts’khinvali", "Ts'khinvali", "Aleppo", "O'o"})
	want := []string{"Tskhinvali", "Tskhinvali"}
	if !slices.Equal(got, want) {
		t.Errorf("withoutApostrophes = %q, want %q", got, want)
	}
}

func TestGenerate(t *testing.T) {
	data := filepath.Join("..", "..", "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(data, "geo", "cities500.txt")); err != nil {
		t.Skip("../shared/data not found: ", err)
	}
	out := filepath.Join(t.TempDir(), "gazetteer.bin.gz")
	if err := run(data, out); err != nil {
		t.Fatalf("run: %v", err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := geo.Read(f)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	for key, want := range map[string]string{"latakia": "SY", "kharkov": "UA", "strait of hormuz": "", "qamishli": "SY"} {
		p, _, ok := g.Resolve(key, geo.Context{})
		if !ok || p.Country != want {
			t.Errorf("Resolve(%q) = %+v, %v; want country %q", key, p, ok, want)
		}
	}
}

func TestStripDistrictAffix(t *testing.T) {
	for in, want := range map[string]string{
		"Gedeo Zone": "Gedeo", "Twic County": "Twic", "Masisi Territory": "Masisi", "Kurram District": "Kurram",
		"South Waziristan Agency": "South Waziristan", "Metekel Āwraja": "Metekel", "Kaiama": "Kaiama",
		"Central District": "Central District",
	} {
		if got := stripDistrictAffix(in); got != want {
			t.Errorf("stripDistrictAffix(%q) = %q, want %q", in, got, want)
		}
	}
}
