package place

import (
	"fmt"
	"strings"
	"testing"

	"sitrep/internal/report"
	"sitrep/internal/text"
)

func TestFacilities(t *testing.T) {
	tests := []struct {
		name, in, org, town, want string // want: the town the facility is placed at, "" for none
	}{
		{"the town after it", "Riots broke out at the Litoral Penitentiary in Guayaquil on Monday.", "Litoral Penitentiary", "Guayaquil", "Guayaquil"},
		{"the dateline's town", "BISSAU, Feb 12 (Sitrep Wire) - Soldiers closed Osvaldo Vieira International Airport.", "Osvaldo Vieira International Airport", "BISSAU", "BISSAU"},
		{"a camp in its town", "The commander spoke at Camp Film City in Pristina.", "Camp Film City", "Pristina", "Pristina"},
		{"a prison's complex in the dateline's town", "MANAUS, Brazil, Nov 24 (Sitrep Wire) - Troops took the Anisio Jobim Penitentiary Complex in the Amazon city.", "Anisio Jobim Penitentiary Complex", "MANAUS", "MANAUS"},
		{"no complex of a facility", "MANAUS, Brazil, Nov 24 (Sitrep Wire) - Troops guarded the Amazonas Sports Complex.", "Amazonas Sports Complex", "MANAUS", ""},
		{"no facility word", "Riots broke out at the Litoral Council in Guayaquil.", "Litoral Council", "Guayaquil", ""},
		{"a base far from the dateline", "MOSCOW, May 2 (Sitrep Wire) - Jets flew from Hmeimim air base.", "Hmeimim air base", "MOSCOW", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := text.New(tt.in)
			ev := func(w string) report.Evidence {
				s := strings.Index(tt.in, w)
				return report.Evidence{Span: report.Span{Start: s, End: s + len(w)}, Text: w}
			}
			ents := []report.Entity{{Name: tt.org, Kind: report.KindOrganization, Mentions: []report.Mention{{Evidence: ev(tt.org)}}}}
			places := []report.Place{{ID: "p1", Name: tt.town, Country: "XX", Feature: "city", Lat: 1, Lon: 2,
				Confidence: 1, Mentions: []report.Mention{{Evidence: ev(tt.town)}}}}
			got := Facilities(d, ents, places)
			switch {
			case tt.want == "" && len(got) != 1:
				t.Errorf("a facility was placed: %+v", got[1:])
			case tt.want != "" && (len(got) != 2 || got[1].Name != tt.org || got[1].Lat != 1 || got[1].Feature != "facility"):
				t.Errorf("got %+v, want %s at %s", got, tt.org, tt.want)
			}
		})
	}
}

func TestNearby(t *testing.T) {
	tests := []struct {
		name, in, place, town, country, want string // want: the precision the place ends with
	}{
		{"the town after it", "Police shot two villagers from Mogalhat in Lalmonirhat district.", "Mogalhat", "Lalmonirhat", "", "town"},
		{"a square in the dateline's town", "TIRANA, May 2 (Sitrep Wire) - Crowds filled Skanderbeg Square.", "Skanderbeg Square", "TIRANA", "", "town"},
		{"a village beside a town its sentence names", "Troops set up checkpoints around Tafas, Dael and Nawa.", "Dael", "Tafas", "", Near},
		{"a village of another country", "Troops set up checkpoints around Tafas, Dael and Nawa.", "Dael", "Tafas", "YY", report.Unlocated},
		{"a village alone in its sentence", "Troops reached Dael. Others stayed in Tafas.", "Dael", "Tafas", "", report.Unlocated},
		{"a village a later sentence names beside a town", "Troops reached Dael. Buses ran between Dael and Tafas.", "Dael", "Tafas", "", Near},
		{"a district of the capital", "CAIRO, May 2 (Sitrep Wire) - Crowds marched through Shubra, a crowded district in the north of the capital.", "Shubra", "CAIRO", "", "town"},
		{"the quarter of the city its sentence names", "In Tafas, boats stayed at Guet, the city's fishing quarter.", "Guet", "Tafas", "", "town"},
		{"a village of the dateline's country that no town's sentence names", "TIRANA, May 2 (Sitrep Wire) - Troops reached Dael.", "Dael", "TIRANA", "XX", Near},
		{"a district of no town", "TIRANA, May 2 (Sitrep Wire) - Troops reached Dael, a remote district in the hills.", "Dael", "TIRANA", "", report.Unlocated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := text.New(tt.in)
			at := func(w string) []report.Mention {
				var out []report.Mention
				for s, n := 0, strings.Index(tt.in, w); n >= 0; n = strings.Index(tt.in[s:], w) {
					s += n
					out = append(out, report.Mention{Evidence: report.Evidence{Span: report.Span{Start: s, End: s + len(w)}, Text: w},
						Sentence: d.SentenceOf(d.TokenAt(s))})
					s += len(w)
				}
				return out
			}
			places := []report.Place{
				{ID: "p1", Name: tt.town, Country: "XX", Feature: "city", Precision: "point", Lat: 1, Lon: 2, Confidence: 1, Mentions: at(tt.town)},
				{ID: "p2", Name: tt.place, Country: tt.country, Feature: "town", Precision: report.Unlocated, Confidence: 0.5, Mentions: at(tt.place)},
			}
			got := Nearby(d, places)[1]
			if got.Precision != tt.want || got.Located() && (got.Lat != 1 || got.Country != "XX") {
				t.Errorf("got %+v, want precision %s", got, tt.want)
			}
		})
	}
}

// TestNearbyUnlocatedDateline checks that a dateline's town the gazetteer
// lacks places nothing, itself included: it has no point to lend.
func TestNearbyUnlocatedDateline(t *testing.T) {
	in := "KAKUMA, May 2 (Sitrep Wire) - Troops reached Dael."
	d := text.New(in)
	mention := func(w string) []report.Mention { return firstMention(d, in, w) }
	places := []report.Place{
		{ID: "p1", Name: "KAKUMA", Country: "XX", Feature: "town", Precision: report.Unlocated, Confidence: 0.5, Mentions: mention("KAKUMA")},
		{ID: "p2", Name: "Dael", Country: "XX", Feature: "town", Precision: report.Unlocated, Confidence: 0.5, Mentions: mention("Dael")},
	}
	for _, p := range Nearby(d, places) {
		if p.Located() {
			t.Errorf("%s placed at %v,%v (%s), want unlocated", p.Name, p.Lat, p.Lon, p.Precision)
		}
	}
}

// TestNearbyOnlyProvince checks that a place the gazetteer lacks, which
// no sentence names beside a town, takes the point of the one province
// of its country the story names, and stays unlocated when it names two.
func TestNearbyOnlyProvince(t *testing.T) {
	in := "CHBAR MON, May 2 (Sitrep Wire) - Workers marched. Police in Kampong Speu province fired. Others met in Kandal."
	d := text.New(in)
	mention := func(w string) []report.Mention { return firstMention(d, in, w) }
	for _, tt := range []struct {
		name      string
		provinces []string
		want      string
	}{
		{"one province", []string{"Kampong Speu"}, Near},
		{"two provinces", []string{"Kampong Speu", "Kandal"}, report.Unlocated},
	} {
		places := []report.Place{{ID: "p1", Name: "CHBAR MON", Country: "KH", Feature: "town", Precision: report.Unlocated,
			Confidence: 0.5, Mentions: mention("CHBAR MON")}}
		for i, n := range tt.provinces {
			places = append(places, report.Place{ID: fmt.Sprint("p", i+2), Name: n, Country: "KH", Feature: "admin1",
				Precision: "region", Lat: 11.5, Lon: 104.3, Confidence: 1, Mentions: mention(n)})
		}
		if got := Nearby(d, places)[0]; got.Precision != tt.want {
			t.Errorf("%s: CHBAR MON is %s, want %s", tt.name, got.Precision, tt.want)
		}
	}
}

// firstMention is the mention of the first occurrence of w in the text
// in of d.
func firstMention(d *text.Doc, in, w string) []report.Mention {
	s := strings.Index(in, w)
	return []report.Mention{{Evidence: report.Evidence{Span: report.Span{Start: s, End: s + len(w)}, Text: w},
		Sentence: d.SentenceOf(d.TokenAt(s))}}
}
