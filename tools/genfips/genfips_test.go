package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func world(names ...string) []country {
	var out []country
	for _, n := range names {
		iso, name, _ := strings.Cut(n, "=")
		var c country
		c.CCA2, c.Name.Common = iso, name
		out = append(out, c)
	}
	return out
}

func TestMatchFIPS(t *testing.T) {
	w := world("KR=South Korea", "DE=Germany", "CI=Ivory Coast", "ZZ=Nowhere")
	w[2].AltSpellings = []string{"Côte d'Ivoire"}
	profiles := []profile{
		{GEC: "KS", Short: "Korea, South"},
		{GEC: "GM", Short: "Germany", Long: "Federal Republic of Germany"},
		{GEC: "IV", Short: "Cote d'Ivoire"},
		{GEC: "XX", Short: "World"},
	}
	got, unmatched := matchFIPS(w, profiles)
	for iso, want := range map[string]string{"KR": "KS", "DE": "GM", "CI": "IV", "ZZ": ""} {
		if got[iso] != want {
			t.Errorf("%s: got %q, want %q", iso, got[iso], want)
		}
	}
	want := []string{"profile XX (World)", "country ZZ (Nowhere)"}
	if strings.Join(unmatched, "|") != strings.Join(want, "|") {
		t.Errorf("unmatched: got %q, want %q", unmatched, want)
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The Gambia", "gambia"},
		{"Côte d'Ivoire", "cote d'ivoire"},
		{"Svalbard (sometimes referred to as Spitsbergen)", "svalbard"},
		{"(none)", ""},
	}
	for _, tt := range tests {
		if got := key(tt.in); got != tt.want {
			t.Errorf("key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRun runs the generator on the shared data and checks that every
// independent state gets a FIPS code.
func TestRun(t *testing.T) {
	data := filepath.Join("..", "..", "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(data, "lexicons", "factbook")); err != nil {
		t.Skip("../shared/data not found: ", err)
	}
	var log strings.Builder
	out := t.TempDir()
	if err := run(data, out, &log); err != nil {
		t.Fatal(err)
	}
	w, err := loadWorld(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range w {
		if c.independent() && strings.Contains(log.String(), "country "+c.CCA2+" ") {
			t.Errorf("independent %s (%s) has no FIPS code", c.CCA2, c.Name.Common)
		}
	}
	for _, name := range []string{"fips.tsv", "adm1.tsv.gz"} {
		if fi, err := os.Stat(filepath.Join(out, name)); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v", name, err)
		}
	}
}
