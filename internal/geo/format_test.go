package geo

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"math"
	"testing"
)

// sample builds a small gazetteer: two Tripolis, a country, a region and
// a hyphenated sea.
func sample(t testing.TB) *Builder {
	t.Helper()
	b := NewBuilder()
	places := []struct {
		p     Place
		names []string
		alts  []string
	}{
		{Place{Name: "Libya", Country: "LY", Lat: 25, Lon: 17, Kind: KindCountry}, []string{"Libya"}, nil},
		{Place{ID: 2210247, Name: "Tripoli", Country: "LY", Admin1: "Tripoli", Lat: 32.88743, Lon: 13.18733,
			Kind: KindCapital, Feature: "PPLC", Population: 1150989}, []string{"Tripoli"}, []string{"Tarabulus"}},
		{Place{ID: 266826, Name: "Tripoli", Country: "LB", Admin1: "North Lebanon", Lat: 34.43352, Lon: 35.84415,
			Kind: KindCity, Feature: "PPLA", Population: 229398}, []string{"Tripoli"}, []string{"Trablous"}},
		{Place{Name: "North Lebanon", Country: "LB", Admin1: "North Lebanon", Lat: 34.43352, Lon: 35.84415,
			Kind: KindAdmin1, Feature: "ADM1"}, []string{"North Lebanon"}, []string{"North Lebanon Governorate"}},
		{Place{Name: "Bab el-Mandeb", Lat: 12.6, Lon: 43.4, Kind: KindStrait}, []string{"Bab el-Mandeb"}, nil},
	}
	for _, x := range places {
		i, err := b.Add(x.p)
		if err != nil {
			t.Fatalf("Add(%s): %v", x.p.Name, err)
		}
		for _, n := range x.names {
			b.AddName(i, n, false)
		}
		for _, n := range x.alts {
			b.AddName(i, n, true)
		}
	}
	return b
}

func encodeRaw(tb testing.TB, b *Builder) []byte {
	tb.Helper()
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	if err := b.encode(w); err != nil {
		tb.Fatalf("encode: %v", err)
	}
	w.Flush()
	return buf.Bytes()
}

func TestRoundTrip(t *testing.T) {
	var file bytes.Buffer
	if _, err := sample(t).WriteTo(&file); err != nil {
		t.Fatalf("WriteTo: %v", err)
	}
	g, err := Read(&file)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	tests := []struct {
		key  string
		want []string // Name/Country of each candidate, in order
	}{
		{"tripoli", []string{"Tripoli/LY", "Tripoli/LB"}},
		{"Tarabulus", []string{"Tripoli/LY"}},
		{"bab el-mandeb", []string{"Bab el-Mandeb/"}},
		{"bab el mandeb", []string{"Bab el-Mandeb/"}},
		{"north lebanon governorate", []string{"North Lebanon/LB"}},
		{"libya", []string{"Libya/LY"}},
		{"benghazi", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range g.Lookup(tt.key) {
			got = append(got, p.Name+"/"+p.Country)
		}
		if len(got) != len(tt.want) {
			t.Errorf("Lookup(%q) = %v, want %v", tt.key, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Lookup(%q) = %v, want %v", tt.key, got, tt.want)
				break
			}
		}
	}
	want := Place{ID: 266826, Name: "Tripoli", Country: "LB", Admin1: "North Lebanon", Lat: 34.43352,
		Lon: 35.84415, Kind: KindCity, Feature: "PPLA", Population: 229398}
	if got := g.Lookup("trablous"); len(got) != 1 || got[0] != want {
		t.Errorf("Lookup(trablous) = %+v, want %+v", got, want)
	}
	if p, ok := g.Country("LY"); !ok || p.Name != "Libya" {
		t.Errorf("Country(LY) = %v, %v", p, ok)
	}
	if g.MaxWords() != 3 {
		t.Errorf("MaxWords = %d, want 3", g.MaxWords())
	}
}

func TestAddRejects(t *testing.T) {
	tests := []Place{
		{Name: "x", Kind: "volcano"},
		{Name: "x", Kind: KindCity, Country: "USA"},
		{Name: "x", Kind: KindCity, Lat: 91},
		{Name: "x", Kind: KindCity, Lon: -181},
		{Name: "x", Kind: KindCity, Population: -1},
		{Name: "x", Kind: KindCity, Lat: math.NaN()},
	}
	for _, p := range tests {
		if _, err := NewBuilder().Add(p); err == nil {
			t.Errorf("Add(%+v): no error", p)
		}
	}
}

func TestReadCorrupt(t *testing.T) {
	raw := encodeRaw(t, sample(t))
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	tests := map[string][]byte{
		"empty":       nil,
		"not gzip":    []byte("hello"),
		"no magic":    gz([]byte("hello world")),
		"truncated":   gz(raw[:len(raw)/2]),
		"trailing":    gz(append(bytes.Clone(raw), 0)),
		"only magic":  gz([]byte(magic)),
		"cut gzip":    gz(raw)[:20],
		"flipped end": gz(append(bytes.Clone(raw[:len(raw)-1]), raw[len(raw)-1]^0xff)),
	}
	for name, data := range tests {
		if _, err := Read(bytes.NewReader(data)); err == nil {
			t.Errorf("%s: Read succeeded", name)
		}
	}
}

// FuzzDecode checks that no input makes the decoder, or a gazetteer it
// accepts, panic.
func FuzzDecode(f *testing.F) {
	raw := encodeRaw(f, sample(f))
	f.Add(raw)
	f.Add(raw[:len(raw)-3])
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := decode(data)
		if err != nil {
			return
		}
		for i := range g.Keys() {
			key := g.key(i)
			g.Lookup(key)
			g.Resolve(key, Context{Countries: map[string]float64{"LY": 1}, Admin: i%2 == 0})
		}
		for _, iso := range g.isos {
			g.Country(iso)
		}
	})
}
