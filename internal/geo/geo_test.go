package geo

import (
	"bytes"
	"runtime"
	"slices"
	"testing"
	"time"
)

func mustDefault(tb testing.TB) *Gazetteer {
	tb.Helper()
	g, err := Default()
	if err != nil {
		tb.Fatalf("Default: %v", err)
	}
	return g
}

// TestLoadFootprint loads the embedded data afresh and reports how long it
// takes and how much heap the index keeps.
func TestLoadFootprint(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	g, err := Read(bytes.NewReader(embedded))
	elapsed := time.Since(start)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	heap := float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
	t.Logf("load %v, heap %.1f MiB, %d places, %d keys, %d postings, max %d words, file %.2f MiB",
		elapsed.Round(time.Millisecond), heap, g.Len(), g.Keys(), len(g.post), g.MaxWords(),
		float64(len(embedded))/(1<<20))
	if heap > 60 {
		t.Errorf("heap %.1f MiB, want < 60", heap)
	}
	runtime.KeepAlive(g)
}

func TestLookup(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		key      string
		wantName string
		wantCC   string
		wantKind Kind
	}{
		{"Tripoli", "Tripoli", "LY", KindCapital},
		{"TRIPOLI", "Tripoli", "LY", KindCapital},
		{"kiev", "Kyiv", "UA", KindCapital},
		{"Kharkov", "Kharkiv", "UA", KindCity},
		{"georgia", "Georgia", "GE", KindCountry},
		{"Mediterranean", "Mediterranean Sea", "", KindSea},
		{"latakia governorate", "Latakia", "SY", KindAdmin1},
		{"Kyiv Oblast", "Kyiv Oblast", "UA", KindAdmin1},
		{"u.s.", "United States", "US", KindCountry},
		{"Sant Julià de Lòria", "Sant Julià de Lòria", "AD", KindCity},
		{"Deir al-Balah", "Dayr al Balaḩ", "PS", KindCity}, // listed as "Deir el-Balah"
		{"Graivoron", "Grayvoron", "RU", KindCity},
		{"Khor Maksar", "Khawr Maksar", "YE", KindCity},
		{"Amadiya", "Al ‘Amādīyah", "IQ", KindCity}, // "Al 'Amadiyah": the article and the ayn's apostrophe dropped
		{"Astravets", "Astravyets", "BY", KindCity}, // a town of 11,000 under another spelling
		{"Jebeniana", "Djebeniana", "TN", KindCity},
	}
	for _, tt := range tests {
		got := g.Lookup(tt.key)
		if len(got) == 0 {
			t.Errorf("Lookup(%q): none", tt.key)
			continue
		}
		if p := got[0]; p.Name != tt.wantName || p.Country != tt.wantCC || p.Kind != tt.wantKind {
			t.Errorf("Lookup(%q)[0] = %s/%s/%s, want %s/%s/%s", tt.key, p.Name, p.Country, p.Kind,
				tt.wantName, tt.wantCC, tt.wantKind)
		}
	}
	if got := g.Lookup("no such place anywhere"); got != nil {
		t.Errorf("Lookup(unknown) = %v, want nil", got)
	}
}

func TestCountry(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		iso, want string
		ok        bool
	}{
		{"SY", "Syria", true},
		{"us", "United States", true},
		{"ZZ", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		p, ok := g.Country(tt.iso)
		if ok != tt.ok || p.Name != tt.want {
			t.Errorf("Country(%q) = %q, %v; want %q, %v", tt.iso, p.Name, ok, tt.want, tt.ok)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b     Place
		min, max float64
	}{
		{Place{Lat: 48.8534, Lon: 2.3488}, Place{Lat: 51.5085, Lon: -0.1257}, 335, 350}, // Paris-London
		{Place{Lat: 0, Lon: 0}, Place{Lat: 0, Lon: 180}, 20010, 20020},
		{Place{Lat: 10, Lon: 10}, Place{Lat: 10, Lon: 10}, 0, 0},
	}
	for _, tt := range tests {
		if d := Distance(tt.a, tt.b); d < tt.min || d > tt.max {
			t.Errorf("Distance(%v, %v) = %.1f, want [%v, %v]", tt.a, tt.b, d, tt.min, tt.max)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Read(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	g := mustDefault(b)
	keys := []string{"tripoli", "paris", "kharkiv", "south china sea", "springfield", "no such place"}
	for b.Loop() {
		for _, k := range keys {
			g.Lookup(k)
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	g := mustDefault(b)
	c := Context{Countries: map[string]float64{"SY": 1, "RU": 0.5}}
	keys := []string{"tripoli", "paris", "kharkiv", "south china sea", "springfield", "no such place"}
	for b.Loop() {
		for _, k := range keys {
			g.Resolve(k, c)
		}
	}
}

func TestSpellings(t *testing.T) {
	tests := map[string]string{
		"deir al-balah": "deir el-balah", "north darfur": "northern darfur", "southern kordofan": "south kordofan",
		"petion-ville": "petionville", "zuwara": "zuwarah", "misratah": "misrata", "graivoron": "grayvoron",
		"hadramawt": "hadramaout", "khor maksar": "khawr maksar", "oromia": "oromiya", "buryatiya": "buryatia",
		"sistan-baluchestan": "sistan and baluchestan", "southwest region": "south-west region",
	}
	for key, want := range tests {
		if got := spellings(key); !slices.Contains(got, want) {
			t.Errorf("spellings(%q) = %q, want %q among them", key, got, want)
		}
	}
}
