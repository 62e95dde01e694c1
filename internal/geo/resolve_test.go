package geo

import (
	"math"
	"testing"
)

func focus(isos ...string) map[string]float64 {
	m := make(map[string]float64, len(isos))
	for i, iso := range isos {
		m[iso] = 1 / float64(i+1)
	}
	return m
}

func TestResolve(t *testing.T) {
	g := mustDefault(t)
	kharkiv, _, _ := g.Resolve("kharkiv", Context{})
	tests := []struct {
		name     string
		key      string
		ctx      Context
		wantName string
		wantCC   string
		wantKind Kind
		lat, lon float64 // checked when not zero, within 0.1 degree
		minConf  float64
	}{
		{"Tripoli no focus", "Tripoli", Context{}, "Tripoli", "LY", KindCapital, 32.89, 13.19, 0.5},
		{"Tripoli Libya", "Tripoli", Context{Countries: focus("LY")}, "Tripoli", "LY", KindCapital, 0, 0, 0.9},
		{"Tripoli Lebanon", "Tripoli", Context{Countries: focus("LB")}, "Tripoli", "LB", KindCity, 34.43, 35.84, 0.9},
		{"Georgia no focus", "Georgia", Context{}, "Georgia", "GE", KindCountry, 0, 0, 0.5},
		{"Georgia Caucasus", "Georgia", Context{Countries: focus("RU", "GE", "AM")}, "Georgia", "GE", KindCountry, 0, 0, 0.9},
		{"Georgia US", "Georgia", Context{Countries: focus("US")}, "Georgia", "US", KindAdmin1, 0, 0, 0.5},
		{"Latakia Syria", "Latakia", Context{Countries: focus("SY")}, "Latakia", "SY", KindCity, 35.52, 35.79, 0.5},
		{"Latakia province", "Latakia", Context{Countries: focus("SY"), Admin: true}, "Latakia", "SY", KindAdmin1, 0, 0, 0.5},
		{"Latakia Governorate", "latakia governorate", Context{}, "Latakia", "SY", KindAdmin1, 0, 0, 0.5},
		{"Aleppo", "Aleppo", Context{}, "Aleppo", "SY", KindCity, 36.2, 37.16, 0.5},
		{"a compass point joined where the gazetteer has it hyphened, though another country has it joined", "Northwest",
			Context{Countries: focus("CM"), Admin: true}, "North-West", "CM", KindAdmin1, 0, 0, 0.5},
		{"Kharkiv", "Kharkiv", Context{}, "Kharkiv", "UA", KindCity, 49.98, 36.25, 0.5},
		{"a region by its common English spelling", "Lower Shabelle", Context{Countries: focus("SO")}, "Lower Shabeelle", "SO", KindAdmin1, 0, 0, 0.5},
		{"a region a small town of it only goes by too", "Antioquia", Context{Countries: focus("CO"), Regions: map[string]bool{"CO/Antioquia": true}}, "Antioquia", "CO", KindAdmin1, 0, 0, 0.5},
		{"a region a town of 50,000 or more goes by too is the town", "Daraa", Context{Countries: focus("SY")}, "Dar‘ā", "SY", KindCity, 0, 0, 0.5},
		{"Kharkov", "Kharkov", Context{Countries: focus("UA")}, "Kharkiv", "UA", KindCity, 0, 0, 0.5},
		{"Brunswick in Georgia's news", "Brunswick", Context{Countries: focus("US"), Regions: map[string]bool{"US/Georgia": true}}, "Brunswick", "US", KindCity, 31.15, -81.49, 0},
		{"Brunswick in New Jersey's news", "Brunswick", Context{Countries: focus("US"), Regions: map[string]bool{"US/New Jersey": true}}, "New Brunswick", "US", KindCity, 0, 0, 0},
		{"Kyiv", "Kyiv", Context{}, "Kyiv", "UA", KindCapital, 50.45, 30.52, 0.5},
		{"Kiev", "Kiev", Context{}, "Kyiv", "UA", KindCapital, 0, 0, 0.5},
		{"Mariupol", "Mariupol", Context{Countries: focus("UA", "RU")}, "Mariupol", "UA", KindCity, 47.1, 37.55, 0.5},
		{"Goma", "Goma", Context{Countries: focus("CD")}, "Goma", "CD", KindCity, -1.67, 29.23, 0.9},
		{"Goma no focus", "Goma", Context{}, "Goma", "CD", KindCity, 0, 0, 0.5},
		{"Gao", "Gao", Context{Countries: focus("ML")}, "Gao", "ML", KindCity, 16.27, -0.04, 0.5},
		{"Timbuktu", "Timbuktu", Context{Countries: focus("ML")}, "Timbuktu", "ML", KindCity, 16.77, -3.01, 0.5},
		{"Mosul", "Mosul", Context{}, "Mosul", "IQ", KindCity, 36.34, 43.12, 0.5},
		{"Pyongyang", "Pyongyang", Context{}, "Pyongyang", "KP", KindCapital, 39.03, 125.75, 0.9},
		{"Seoul", "Seoul", Context{}, "Seoul", "KR", KindCapital, 37.57, 126.98, 0.9},
		{"Gaza", "Gaza", Context{}, "Gaza", "PS", KindCity, 0, 0, 0.5},
		{"Mediterranean", "Mediterranean", Context{}, "Mediterranean Sea", "", KindSea, 0, 0, 0.9},
		{"South China Sea", "South China Sea", Context{Countries: focus("PH")}, "South China Sea", "", KindSea, 0, 0, 0.9},
		{"Strait of Hormuz", "Strait of Hormuz", Context{}, "Strait of Hormuz", "", KindStrait, 0, 0, 0.9},
		{"Donbas", "Donbas", Context{Countries: focus("UA")}, "Donbas", "UA", KindRegion, 0, 0, 0.9},
		{"Donbass", "Donbass", Context{}, "Donbas", "UA", KindRegion, 0, 0, 0.9},
		{"Second Thomas Shoal", "Second Thomas Shoal", Context{}, "Second Thomas Shoal", "", KindShoal, 0, 0, 0.9},
		{"Atlantic in US news", "Atlantic", Context{Countries: focus("US")}, "Atlantic Ocean", "", KindOcean, 0, 0, 0.5},
		{"Paris no focus", "Paris", Context{}, "Paris", "FR", KindCapital, 48.85, 2.35, 0.5},
		{"Paris US focus", "Paris", Context{Countries: focus("US")}, "Paris", "US", KindCity, 33.66, -95.56, 0},
		{"Congo", "Congo", Context{}, "DR Congo", "CD", KindCountry, 0, 0, 0.5},
		{"Washington", "Washington", Context{Countries: focus("US")}, "Washington", "US", KindCapital, 38.9, -77.04, 0.5},
		{"Washington state", "Washington", Context{Countries: focus("US"), Admin: true}, "Washington", "US", KindAdmin1, 0, 0, 0.5},
		{"Kherson near Kharkiv", "Kherson", Context{Near: &kharkiv}, "Kherson", "UA", KindCity, 0, 0, 0.5},
		// Second-level divisions only where asked for, at their seat.
		{"a territory of Congo", "Masisi", Context{Countries: focus("CD"), Districts: true}, "Masisi Territory", "CD", KindAdmin2, 0, 0, 0.5},
		{"a local government area of Nigeria", "Guma", Context{Countries: focus("NG"), Districts: true}, "Guma", "NG", KindAdmin2, 0, 0, 0.5},
		{"a district's full name", "kurram district", Context{Countries: focus("PK"), Districts: true}, "Kurram District", "PK", KindAdmin2, 0, 0, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, conf, ok := g.Resolve(tt.key, tt.ctx)
			if !ok {
				t.Fatalf("Resolve(%q) not found", tt.key)
			}
			if p.Name != tt.wantName || p.Country != tt.wantCC || p.Kind != tt.wantKind {
				t.Errorf("Resolve(%q) = %s/%s/%s (%.5f,%.5f), want %s/%s/%s", tt.key, p.Name, p.Country, p.Kind,
					p.Lat, p.Lon, tt.wantName, tt.wantCC, tt.wantKind)
			}
			if tt.lat != 0 && (math.Abs(p.Lat-tt.lat) > 0.1 || math.Abs(p.Lon-tt.lon) > 0.1) {
				t.Errorf("Resolve(%q) at %.3f,%.3f, want %.2f,%.2f", tt.key, p.Lat, p.Lon, tt.lat, tt.lon)
			}
			if conf < tt.minConf || conf > 1 {
				t.Errorf("Resolve(%q) confidence %.2f, want in [%.2f, 1]", tt.key, conf, tt.minConf)
			}
		})
	}
}

// TestResolvePrefersNear checks that nearness picks between places of the
// same name that focus alone cannot separate.
func TestResolvePrefersNear(t *testing.T) {
	g := mustDefault(t)
	near := Place{Lat: 33.66, Lon: -95.55} // north-east Texas
	tex, _, _ := g.Resolve("paris", Context{Countries: focus("US"), Near: &Place{Lat: 36.3, Lon: -88.3}})
	if tex.Admin1 != "Tennessee" {
		t.Errorf("Paris near Tennessee = %s, %s", tex.Name, tex.Admin1)
	}
	p, _, _ := g.Resolve("paris", Context{Near: &near})
	if p.Country != "US" || p.Admin1 != "Texas" {
		t.Errorf("Paris near Texas = %s, %s/%s", p.Name, p.Country, p.Admin1)
	}
}

func TestResolveUnknown(t *testing.T) {
	g := mustDefault(t)
	for _, key := range []string{"", "zzqx", "no such place anywhere"} {
		if p, conf, ok := g.Resolve(key, Context{Countries: focus("US")}); ok || conf != 0 || p.Name != "" {
			t.Errorf("Resolve(%q) = %v, %v, %v; want not found", key, p, conf, ok)
		}
	}
}

// TestResolveOddContext checks that weights and coordinates a caller got
// wrong neither panic nor spoil the confidence.
func TestResolveOddContext(t *testing.T) {
	g := mustDefault(t)
	nan := math.NaN()
	for _, c := range []Context{
		{Countries: map[string]float64{"LB": nan}},
		{Countries: map[string]float64{"LB": math.Inf(1), "LY": -1}},
		{Countries: map[string]float64{"": 1, "lb": 1}},
		{Near: &Place{Lat: nan, Lon: math.Inf(-1)}},
	} {
		p, conf, ok := g.Resolve("tripoli", c)
		if !ok || p.Country != "LY" || !(conf > 0 && conf <= 1) {
			t.Errorf("Resolve(tripoli, %+v) = %s/%s, %v, %v", c, p.Name, p.Country, conf, ok)
		}
	}
}

// TestDistrictsApart checks that second-level divisions stay out of
// Lookup and of Resolve unless asked for: "Masisi" names no town.
func TestDistrictsApart(t *testing.T) {
	g := mustDefault(t)
	if ps := g.Lookup("masisi"); len(ps) > 0 {
		t.Errorf("Lookup(masisi) = %+v, want nothing", ps)
	}
	if p, _, ok := g.Resolve("masisi", Context{Countries: focus("CD")}); ok {
		t.Errorf("Resolve(masisi) = %+v, want nothing without Districts", p)
	}
	if p, _, ok := g.Resolve("goma", Context{Countries: focus("CD"), Districts: true}); ok && p.Kind != KindAdmin2 {
		t.Errorf("Resolve(goma, Districts) = %+v, want a district or nothing", p)
	}
}
