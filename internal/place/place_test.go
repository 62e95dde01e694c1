package place_test

import (
	"strings"
	"testing"
	"time"

	"sitrep/internal/actor"
	"sitrep/internal/geo"
	"sitrep/internal/lexicon"
	"sitrep/internal/ner"
	"sitrep/internal/nermodel"
	"sitrep/internal/place"
	"sitrep/internal/report"
	"sitrep/internal/text"
	"sitrep/internal/vocab"
)

func places(t *testing.T, s string) []report.Place {
	return resolved(t, s, nil)
}

// learnedPlaces resolves the places of s with the learned name model as
// the pipeline runs it.
func learnedPlaces(t *testing.T, s string) []report.Place {
	m, err := nermodel.Default()
	if err != nil {
		t.Fatal(err)
	}
	return resolved(t, s, m)
}

func resolved(t *testing.T, s string, m ner.Model) []report.Place {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	v, err := vocab.Default()
	if err != nil {
		t.Fatal(err)
	}
	d := text.New(s)
	r := actor.New(lex, gaz).Link(d, ner.New(lex, gaz, v, m).Find(d), time.Time{})
	return place.New(gaz).Resolve(d, r.Uses, r.Countries(lex))
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name, in, place, country, feature string
	}{
		{"Tripoli in Libya", "Libyan militias clashed in Tripoli as the Libyan government met in Benghazi.", "Tripoli", "LY", "capital"},
		{"Tripoli in Lebanon", "Lebanese troops deployed in Tripoli after Hezbollah and the Lebanese army clashed near Beirut.", "Tripoli", "LB", "city"},
		{"Georgia the state", "U.S. officials said the storm hit Georgia after Savannah and Atlanta were evacuated.", "Georgia", "US", "admin1"},
		{"Georgia the country", "Russian troops moved deeper into Georgia, Tbilisi said.", "Georgia", "GE", "country"},
		{"admin word", "Fighting spread south of Latakia Province.", "Latakia", "SY", "admin1"},
		{"a list of provinces", "Its cells still attack remote areas of Nineveh, Kirkuk, Salahuddin and Diyala provinces.", "Kirkuk", "IQ", "admin1"},
		{"a list of regions", "Most of the displaced are in the Mopti and Segou regions.", "Mopti", "ML", "admin1"},
		{"admin word before the name", "A bomb went off in the southern province of Yala, Thai police said.", "Yala", "TH", "admin1"},
		{"sea", "Warships sailed into the Mediterranean.", "Mediterranean Sea", "", "sea"},
		{"a compass word the gazetteer writes otherwise", "Sudanese troops fought in North Darfur and Kordofan.", "Northern Darfur", "SD", "admin1"},
		{"a town in a compound adjective", "French investigators joined the Toulouse-based manufacturer.", "Toulouse", "FR", "city"},
		{"a hyphenated suburb listed joined", "Haitian gangs attacked homes in Petion-Ville, near Port-au-Prince.", "Pétionville", "HT", "city"},
		{"a feature the gazetteer lacks, in the country the story weighs", "Cameroonian soldiers chased the attackers toward the Mandara Mountains.", "Mandara Mountains", "CM", "mountains"},
		{"an island whose name is another name of a foreign city", "Philippine troops and rebels clashed in Samar. Soldiers fought in the mountains of Samar island near Catbalogan.", "Samar", "PH", "island"},
		{"a town the gazetteer has only abroad, in a story of another country", "ADDIS ABABA, Feb. 3 (Sitrep Wire) - Ethiopian troops and Tigrayan forces clashed near the town of Raya. Ethiopia's army moved in.", "Raya", "ET", "town"},
		{"a dateline's town the gazetteer has only abroad stays in the dateline's country", "LERE, Mali, Nov 24 (Sitrep Wire) - Fighters attacked an army camp at Lere in the Timbuktu region, the army said.", "LERE", "ML", "town"},
		{"the province of a capital the gazetteer names otherwise", "Pakistani air strikes hit villages in Afghanistan's eastern Khost province, Afghan officials said.", "Khowst", "AF", "admin1"},
		{"the district of a town is not its province", "Turkish jets struck targets in the Sinjar district of Iraq's Nineveh province.", "Sinjār", "IQ", "city"},
		{"a district the gazetteer knows no town of", "Clashes in Congo\n\nGOMA, Congo, Nov 3 (Sitrep Wire) - Congolese troops and M23 rebels clashed in Masisi, the army said.", "Masisi Territory", "CD", "admin2"},
		{"a district's name alone after a preposition", "Herders kill 12\n\nMAKURDI, Nigeria, Nov 3 (Sitrep Wire) - Herders killed 12 farmers in Guma, Benue state police said.", "Guma", "NG", "admin2"},
		{"a town keeps its name before a district word", "Turkish jets struck targets in the Sinjar district of Iraq's Nineveh province.", "Sinjār", "IQ", "city"},
		{"a camp named like a foreign town", "Refugees in South Sudan\n\nJUBA, South Sudan, Nov 3 (Sitrep Wire) - South Sudanese troops deployed in Upper Nile after a raid near Malakal. About 5,000 people fled to Gendrassa and Kaya camps, South Sudan's army said.", "Kaya", "SS", "town"},
		{"a river named like a foreign town", "Azerbaijani troops watched Iranian tanks along the Aras river near Baku. Iran said its tanks would not cross the Aras.", "Aras", "AZ", "river"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, p := range places(t, tt.in) {
				if p.Name == tt.place || p.Name == tt.place+" Sea" {
					if p.Country != tt.country || p.Feature != tt.feature {
						t.Errorf("%s resolved to %s %s, want %s %s", p.Name, p.Country, p.Feature, tt.country, tt.feature)
					}
					return
				}
			}
			t.Errorf("%q not among %+v", tt.place, places(t, tt.in))
		})
	}
}

// TestCompassPart checks that a compass word before a country stays with
// its mention: the story means that part of it.
func TestCompassPart(t *testing.T) {
	for _, p := range places(t, "Turkish jets struck targets in northern Iraq, Israeli drones hit cars in southern Lebanon and troops patrolled in northeast Syria.") {
		if want := map[string]string{"IQ": "northern Iraq", "LB": "southern Lebanon", "SY": "northeast Syria"}[p.Country]; p.Mentions[0].Text != want {
			t.Errorf("%s named %q, want %q", p.Name, p.Mentions[0].Text, want)
		}
	}
}

// TestNoForeignRegion checks that a name with an admin word after it is
// no province of a country the story never names: "the Chapare region"
// of a story of Bolivia is not Afghanistan's Paktia.
func TestNoForeignRegion(t *testing.T) {
	in := "Bolivian police fought with protesters on Monday as officers tried to clear road blockades in the Chapare region of Cochabamba department."
	for _, p := range places(t, in) {
		if p.Country != "BO" {
			t.Errorf("%s resolved to %s %s, want no place outside Bolivia", p.Mentions[0].Text, p.Name, p.Country)
		}
	}
}

// TestUnlocatedName checks that a name the learned finder reads as a
// location after a preposition of place is a place, though the gazetteer
// lacks it: "on the Chenab river".
func TestUnlocatedName(t *testing.T) {
	for _, p := range learnedPlaces(t, "Gunmen attacked a labour camp on the Chenab river in Kishtwar district on Thursday, Indian police said.") {
		if p.Name == "Chenab" {
			if p.Precision != report.Unlocated || p.Country != "IN" {
				t.Errorf("Chenab = %+v, want an unlocated place in India, as Kishtwar is", p)
			}
			return
		}
	}
	t.Error("Chenab is no place")
}

// TestUnlocated checks that a feature the gazetteer lacks is a place
// without coordinates, and a foreign village it would take for the name
// gives way to it: not "Mount Hermon" in Virginia.
func TestUnlocated(t *testing.T) {
	ps := places(t, "Israeli troops took positions on Mount Hermon after Syria's army withdrew from Quneitra.")
	for _, p := range ps {
		if p.Name == "Mount Hermon" {
			if p.Located() || p.Country != "SY" || p.Lat != 0 {
				t.Errorf("Mount Hermon = %+v, want an unlocated place in Syria, as Quneitra is", p)
			}
			return
		}
	}
	t.Errorf("Mount Hermon not among %+v", ps)
}

// TestUnlocatedInCountry checks that a place the gazetteer lacks takes
// the country named right after it as holding it, not the nearer one
// before it.
func TestUnlocatedInCountry(t *testing.T) {
	ps := learnedPlaces(t, "Washington, which keeps thousands of troops at Al Udeid Air Base in Qatar and at Al Dhafra Air Base in the UAE, said it was following the dispute.")
	wantCountry(t, ps, "Al Dhafra Air Base", "AE")
}

// wantCountry checks that the place called name among ps lies in country.
func wantCountry(t *testing.T, ps []report.Place, name, country string) {
	t.Helper()
	for _, p := range ps {
		if p.Name == name {
			if p.Country != country {
				t.Errorf("%s = %+v, want a place in %s", name, p, country)
			}
			return
		}
	}
	t.Errorf("%s not among %+v", name, ps)
}

// TestSmallDatelineTown checks that the dateline's town is located
// however small the gazetteer has it.
func TestSmallDatelineTown(t *testing.T) {
	for _, p := range places(t, "QAMISHLI, Jan. 3 (Sitrep Wire) - Drones struck a car near the Turkish border in Syria, Syrian Kurdish officials said.") {
		if p.Mentions[0].Text == "QAMISHLI" {
			if !p.Located() || p.Country != "SY" {
				t.Errorf("QAMISHLI = %+v, want Syria's Qamishli", p)
			}
			return
		}
	}
	t.Error("the dateline's town is no place")
}

// TestSettlementWord checks that a name a word of its kind follows is an
// unlocated place even with no preposition before it, and that a
// description with that word is none.
func TestSettlementWord(t *testing.T) {
	ps := places(t, "Myanmar's army said two jets struck Tabkoura village on Monday. They hit a Tamu Kyi village and a Shan-speaking town.")
	var names []string
	for _, p := range ps {
		names = append(names, p.Name)
		if p.Name == "Tabkoura" && (p.Located() || p.Country != "MM") {
			t.Errorf("Tabkoura = %+v, want an unlocated place in Myanmar", p)
		}
	}
	if got := strings.Join(names, "|"); got != "Tabkoura" {
		t.Errorf("places %s, want Tabkoura alone", got)
	}
}

// TestDatelineTown checks that the town a story was filed from is a
// place even where the gazetteer lacks it.
func TestDatelineTown(t *testing.T) {
	for _, p := range places(t, "RANGAMATI, Aug. 14 (Sitrep Wire) - Shops burned in Rangamati on Wednesday.") {
		if p.Name == "RANGAMATI" || p.Name == "Rangamati" {
			if p.Located() || len(p.Mentions) != 2 {
				t.Errorf("Rangamati = %+v, want one unlocated place with two mentions", p)
			}
			return
		}
	}
	t.Error("the dateline's town is no place")
}

func TestSmallTownNeedsPreposition(t *testing.T) {
	if ps := places(t, "Black Hawk helicopters flew over the border."); len(ps) != 0 {
		t.Errorf("a village name without a preposition became a place: %+v", ps)
	}
}

func TestForeignVillageIsNoPlace(t *testing.T) {
	for _, in := range []string{
		"Sudanese families fled El Fasher to Tawila, where Sudan's aid groups run camps.",
		// The village alone must not make its namesake's country one
		// the story weighs.
		"Somali soldiers fled into Kenya's Lamu county, where police disarmed them near the village of Kiunga.",
		// A town the text calls one is the story's own, though a big
		// city abroad bears its name.
		"Mozambican troops cleared Pemba and Montepuez in Mozambique's north, years after insurgents attacked the town of Palma.",
	} {
		// The village itself may stay a place the gazetteer cannot
		// locate.
		for _, p := range places(t, in) {
			if p.Precision != report.Unlocated && p.Country != "SD" && p.Country != "KE" && p.Country != "SO" && p.Country != "MZ" {
				t.Errorf("%q: a village of a country the story never names was resolved: %+v", in, p)
			}
		}
	}
}

// TestContainingCountry checks that a country the story names only as an
// actor is a place when it holds the story's places, with a mention that
// is no site, and not when it holds none of them.
func TestContainingCountry(t *testing.T) {
	tests := []struct {
		in      string
		country bool
	}{
		{"Police fired tear gas in Lome. The family has ruled Togo since 1967.", true},
		{"Police fired tear gas in Lome. Ghana condemned the crackdown.", false},
	}
	for _, tt := range tests {
		found := false
		for _, p := range places(t, tt.in) {
			if p.Feature != "country" {
				continue
			}
			found = true
			if p.Country != "TG" || len(p.Mentions) != 1 || p.Mentions[0].Site() {
				t.Errorf("%q: country place %+v, want Togo named once, as no site", tt.in, p)
			}
		}
		if found != tt.country {
			t.Errorf("%q: country place %v, want %v", tt.in, found, tt.country)
		}
	}
}

// TestPossessorCountry checks that a place the gazetteer lacks is in the
// country whose possessive names it, not in the country the story weighs
// most or that its sentence names nearest.
func TestPossessorCountry(t *testing.T) {
	ps := places(t, "North Korea fired shells off its coast, forcing residents of South Korea's Tabkoura island into shelters, as North Korean troops drilled near Haeju.")
	for _, p := range ps {
		if p.Name == "Tabkoura" {
			if p.Located() || p.Country != "KR" {
				t.Errorf("Tabkoura = %+v, want an unlocated place in South Korea", p)
			}
			return
		}
	}
	t.Errorf("Tabkoura not among %+v", ps)
}

// TestKindAppositionCountry checks that a place the gazetteer lacks lies
// in the country whose demonym qualifies its kind in an apposition, not
// in the country its sentence names nearest.
func TestKindAppositionCountry(t *testing.T) {
	ps := places(t, "Gunmen walked from the Indian village of Tabkoura towards Zande Kyi, a small Bhutanese town on the border, officials in Assam said.")
	wantCountry(t, ps, "Zande Kyi", "BT")
}

// TestOtherTongue checks that a name that matches a foreign city only by
// its name in another tongue is not that city: Kuria is China's Korla in
// Uyghur, and a story of Kenya's Kuria has nothing of China.
func TestOtherTongue(t *testing.T) {
	for _, p := range places(t, "Raiders from Tanzania killed three herders in Kuria, Kenyan police said. Police in Kuria and Migori pursued them.") {
		if p.Country == "CN" {
			t.Errorf("%s placed in China, want no Chinese place in a story of Kenya", p.Name)
		}
	}
}

// TestNameCutShort checks that a name one letter short of a foreign
// city's is not that city: "Turi", a parish of Cuenca, is no Turin.
func TestNameCutShort(t *testing.T) {
	for _, p := range places(t, "CUENCA, Ecuador, Mar 9 (Sitrep Wire) - Gangs fought inside the prison in Turi outside Cuenca, Ecuador's prison agency said. Ecuador's army retook the prison in Turi.") {
		if p.Country == "IT" {
			t.Errorf("%s placed in Italy, want no Italian place in a story of Ecuador", p.Name)
		}
	}
}

// TestFeatureNameNoVillage checks that a name its words make a natural
// feature is no village of that name, even in a country the story weighs.
func TestFeatureNameNoVillage(t *testing.T) {
	for _, p := range places(t, "U.S. envoys and Lebanese officials met in Beirut. The United States urged calm. A mortar round was fired toward an army post on Mount Hermon, the Israeli military said. Washington and the United States Congress said so.") {
		if p.Name == "Mount Hermon" && p.Located() {
			t.Errorf("Mount Hermon = %+v, want an unlocated mountain, no village of Virginia", p)
		}
	}
}

// TestDemonymTownOf checks that a town the gazetteer lacks is in the
// country whose people's adjective qualifies the kind of place before its
// name, not in the country the story names most.
func TestDemonymTownOf(t *testing.T) {
	ps := places(t, "Mali's army and Mali's junta said so. Gunmen from Mali attacked a customs office in the Senegalese border town of Tabkoura before dawn.")
	wantCountry(t, ps, "Tabkoura", "SN")
}
