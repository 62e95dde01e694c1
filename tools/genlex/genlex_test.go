package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestParseLeaders(t *testing.T) {
	tests := []struct {
		in   string
		want []leader
	}{
		{"President Vladimir Vladimirovich PUTIN (since 7 May 2012)", []leader{{Name: "Vladimir Vladimirovich Putin",
			Given: []string{"Vladimir", "Vladimirovich"}, Surname: []string{"Putin"}, Title: "President", Since: "2012-05-07"}}},
		{"President XI Jinping (since 14 March 2013)", []leader{{Name: "Xi Jinping", Surname: []string{"Xi"},
			Before: true, Title: "President", Since: "2013-03-14"}}},
		{"Prime Minister ABIY Ahmed Ali (since April 2018)", []leader{{Name: "Abiy Ahmed Ali", Surname: []string{"Abiy"},
			Before: true, Title: "Prime Minister", Since: "2018-04-01"}}},
		{"Transitional President Capt. Ibrahim TRAORE (since 30 September 2022)", []leader{{Name: "Ibrahim Traore",
			Given: []string{"Ibrahim"}, Surname: []string{"Traore"}, Title: "Transitional President", Since: "2022-09-30"}}},
		{"Prime Minister Mohammed Shia al-SUDANI (since 27 October 2022)", []leader{{Name: "Mohammed Shia al-Sudani",
			Given: []string{"Mohammed", "Shia"}, Surname: []string{"al-Sudani"}, Title: "Prime Minister", Since: "2022-10-27"}}},
		{"King CHARLES III (since 8 September 2022); represented by Governor General Mary SIMON (since 26 July 2021)",
			[]leader{{Name: "Charles III", Surname: []string{"Charles", "III"}, Before: true, Title: "King", Since: "2022-09-08"}}},
		{"Ahmad al-Shara'; former President Bashar al-ASAD was overthrown", []leader{{Name: "Ahmad al-Shara'"}}},
		{"President of China XI Jinping (since 14 March 2013)", []leader{{Name: "Xi Jinping", Surname: []string{"Xi"},
			Before: true, Title: "President of China", Since: "2013-03-14"}}},
		{"overall Taliban Leader HAYBATULLAH Akhundzada is the head", nil},
	}
	for _, tt := range tests {
		if got := parseLeaders(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseLeaders(%q)\n got  %+v\n want %+v", tt.in, got, tt.want)
		}
	}
}

func TestTitleCase(t *testing.T) {
	keep := map[string]bool{"UN": true}
	tests := map[string]string{
		"VLADIMIR PUTIN":           "Vladimir Putin",
		"BASHAR AL-ASSAD":          "Bashar al-Assad",
		"JOHN J MCCLOY":            "John J McCloy",
		"UN SECRETARY GENERAL":     "UN Secretary General",
		"CARL XVI GUSTAF":          "Carl XVI Gustaf",
		"MARTIN O'NEILL":           "Martin O'Neill",
		"U.S. DEPARTMENT OF STATE": "U.S. Department of State",
	}
	for in, want := range tests {
		if got := titleCase(in, keep); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeyOf(t *testing.T) {
	tests := map[string]string{
		"The Kremlin": "kremlin", "Élysée Palace": "elysee palace", "U.S.": "u.s.", "Holy See (Vatican City State)": "holy see",
		"Ahmad al-Shara'": "ahmad al-shara", "  ": "", "123": "",
	}
	for in, want := range tests {
		if got := keyOf(in); got != want {
			t.Errorf("keyOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCaseSensitive(t *testing.T) {
	tests := map[string]bool{"US": true, "UN": true, "MI6": true, "U.S.": false, "NATO": false, "Us": false, "G 7": true, "BiH": true, "Bih": false}
	for in, want := range tests {
		if got := caseSensitive(in); got != want {
			t.Errorf("caseSensitive(%q) = %v", in, got)
		}
	}
}

func TestPlural(t *testing.T) {
	tests := map[string]string{
		"troop": "troops", "spokesman": "spokesmen", "foreign minister": "foreign ministers",
		"minister of defence": "ministers of defence", "militia": "militias", "authority": "authorities",
		"attorney": "attorneys", "boss": "bosses", "german": "germans", "spokesperson": "spokespeople",
		"youth and sports ministry": "youth and sports ministries",
	}
	for in, want := range tests {
		if got := plural(in); got != want {
			t.Errorf("plural(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDemonymPlural(t *testing.T) {
	tests := map[string]string{"Russian": "Russians", "Iraqi": "Iraqis", "Chinese": "", "French": "", "Czech": "Czechs",
		"Swiss": "", "British": "", "Malagasy": ""}
	for in, want := range tests {
		if got := demonymPlural(in); got != want {
			t.Errorf("demonymPlural(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitParens(t *testing.T) {
	tests := []struct {
		in, base string
		acr      []string
	}{
		{"ANIMAL LIBERATION FRONT (ALF)", "ANIMAL LIBERATION FRONT", []string{"ALF"}},
		{"DIRECT ACTION (GREECE)", "DIRECT ACTION", nil},
		{"NATIONAL LIBERATION ARMY (COLOMBIA)", "NATIONAL LIBERATION ARMY", nil},
		{"NO PARENS", "NO PARENS", nil},
		{"BROKEN (PAREN", "BROKEN", nil},
	}
	for _, tt := range tests {
		base, acr := splitParens(tt.in)
		if base != tt.base || len(acr) != len(tt.acr) || (len(acr) > 0 && acr[0] != tt.acr[0]) {
			t.Errorf("splitParens(%q) = %q, %q", tt.in, base, acr)
		}
	}
}

func TestSimilarCountryName(t *testing.T) {
	known := []string{"georgia", "georgian", "russia"}
	tests := map[string]bool{
		"republic of georgia": true, "georgian republic": true, "gheorghia": true, "russland": true,
		"western georgia": false, "tbilisi": false, "moscow": false, "abkhazia": false,
	}
	for in, want := range tests {
		if got := similarCountryName(in, known); got != want {
			t.Errorf("similarCountryName(%q) = %v", in, got)
		}
	}
}

func TestUninvert(t *testing.T) {
	tests := map[string]string{"Korea, Republic of": "Republic of Korea", "Iran, Islamic Republic of": "Islamic Republic of Iran",
		"Russia": "Russia", "Bonaire, Sint Eustatius and Saba": "Sint Eustatius and Saba Bonaire"}
	for in, want := range tests {
		if got := uninvert(in); got != want {
			t.Errorf("uninvert(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestReproducible runs the generator and compares its output with the
// committed data: the same input must give the same bytes.
func TestReproducible(t *testing.T) {
	data := filepath.Join("..", "..", "..", "shared", "data")
	if _, err := os.Stat(data); err != nil {
		t.Skip("../shared/data not found: ", err)
	}
	if testing.Short() {
		t.Skip("slow: runs the generator")
	}
	out := t.TempDir()
	if err := run(data, out, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"actors.tsv.gz", "people.tsv.gz", "agents.tsv.gz"} {
		got, err := os.ReadFile(filepath.Join(out, f))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("..", "..", "internal", "lexicon", "data", f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the committed file: run go run ./tools/genlex", f)
		}
	}
}

func TestPhysicalFeature(t *testing.T) {
	for name, want := range map[string]bool{
		"Indian Ocean":            true,
		"Niger River":             true,
		"Indian Ocean Commission": false,
		"Advisory Committee on Protection of the Sea": false,
		"al-Qaeda in the Arabian Peninsula":           false,
		"Ocean":                                       false,
	} {
		if got := physicalFeature(name); got != want {
			t.Errorf("physicalFeature(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestPlaceholder(t *testing.T) {
	tests := map[string]bool{"NA": true, "": true, "Fijian": false, "Thai": false, "Lao": false}
	for in, want := range tests {
		if got := placeholder(in); got != want {
			t.Errorf("placeholder(%q) = %v, want %v", in, got, want)
		}
	}
}
