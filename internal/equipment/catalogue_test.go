package equipment

import (
	"regexp"
	"strings"
	"testing"

	"sitrep/internal/text"
)

func load(t testing.TB) *Catalogue {
	t.Helper()
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var kinds = map[string]bool{
	"tank": true, "ifv": true, "apc": true, "armoured_car": true, "vehicle": true, "artillery": true,
	"mortar": true, "mlrs": true, "air_defence": true, "combat_aircraft": true, "bomber": true,
	"surveillance_aircraft": true, "transport_aircraft": true, "trainer": true, "helicopter": true,
	"drone": true, "loitering_munition": true, "missile": true, "anti_tank": true, "rocket": true, "bomb": true,
	"munition": true, "warship": true, "aircraft_carrier": true, "amphibious_ship": true, "boat": true,
	"submarine": true, "naval_drone": true, "small_arms": true, "radar": true, "equipment": true, "unit": true,
	"personnel": true, "light_aircraft": true, "emergency_vehicle": true, "merchant_ship": true,
}

var makerCodes = regexp.MustCompile(`^[A-Z]{3}(,[A-Z]{3})*$`)

func TestCatalogue(t *testing.T) {
	c := load(t)
	models, classes, units, makers := c.Count()
	t.Logf("%d models, %d class nouns, %d unit nouns, %d makers", models, classes, units, makers)
	if models < 400 || classes < 20 || units < 20 {
		t.Errorf("catalogue too small: %d models, %d classes, %d units", models, classes, units)
	}
	for _, e := range c.Entries() {
		switch e.Type {
		case typeModel, typeMaker:
			if e.Maker != "" && !makerCodes.MatchString(e.Maker) {
				t.Errorf("%s: maker %q", e.Name, e.Maker)
			}
		case typeUnit:
			if e.SizeMin > e.SizeMax {
				t.Errorf("%s: size %d-%d", e.Name, e.SizeMin, e.SizeMax)
			}
		}
		if e.Type != typeMaker && !kinds[e.Kind] {
			t.Errorf("%s: kind %q", e.Name, e.Kind)
		}
	}
}

// TestEveryModelMatches reads every model by its catalogue name, counted,
// as an article would write it: no alias of another entry may shadow it.
func TestEveryModelMatches(t *testing.T) {
	c := load(t)
	for _, e := range c.Entries() {
		if e.Type != typeModel {
			continue
		}
		d := text.New("They saw two " + e.Name + " near the front.")
		ms := c.Match(d)
		if len(ms) == 0 || ms[0].Model != e.Name {
			got := ""
			if len(ms) > 0 {
				got = ms[0].Model + " " + d.Str(ms[0].Span)
			}
			t.Errorf("%q: got %q", e.Name, got)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"M\tT-90\ttank", "X\tT-90\ttank\tRUS\t", "M\t\ttank\tRUS\t"} {
		if _, err := Parse(in); err == nil {
			t.Errorf("Parse(%q): no error", in)
		}
	}
	c, err := Parse("# comment\nM\tT-90\ttank\tRUS\tT-90A|?Vladimir\nC\ttank\ttank\t-\ttanks\n")
	if err != nil {
		t.Fatal(err)
	}
	if m, _, _, _ := c.Count(); m != 1 {
		t.Errorf("models = %d", m)
	}
	d := text.New("Seven T-90As and Vladimir tanks.")
	var got []string
	for _, m := range c.Match(d) {
		got = append(got, d.Str(m.Span)+"="+m.Model)
	}
	if strings.Join(got, "|") != "T-90As=T-90|Vladimir tanks=T-90" {
		t.Errorf("got %q", got)
	}
}
