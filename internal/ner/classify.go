package ner

import (
	"strings"

	"sitrep/internal/geo"
	"sitrep/internal/text"
)

// classify labels the chunk [i, j) from the evidence around it.
func (f *Finder) classify(d *text.Doc, i, j int, s text.Sentence) Span {
	sp := Span{First: i, End: j, Label: MISC}
	commonWord := j-i == 1 && f.vocab.Common(d.Lower(i))
	switch {
	case dateline(d, i, j, s):
		sp.Label, sp.Why = LOC, "dateline" // "RANGAMATI, Aug. 14 (Sitrep Wire) -": where the story was filed
	case j-i > 1 && vessel(d.Word(i)) || i > s.First && vesselNouns[d.Word(i-1)]:
		// "INS Kolkata", "MV Ruen", "the trawler Kapitan Sorokin": a
		// ship, no person
		sp.Label, sp.Why = ORG, "vessel"
	case j-i > 1 && companyForms[d.Word(i)]:
		sp.Label, sp.Why = ORG, "company" // "PT Freeport Indonesia": a company's legal form opens its name
	case f.isTitle(d.Lower(j-1)) && !officeOf(d, i, j-1, s.End) && !(j-i > 1 && surnameHonorifics[d.Lower(j-1)] && !f.isTitle(d.Lower(i))):
		// "Defence Cabinet Secretary" is a title, not a name; "Khalaf
		// Hajji" is a name.
	case commonWord && f.opensClause(d, i, s):
		// "Officials said" or "Park said": only a surname seen in full
		// elsewhere makes it a name.
	case f.capitalTitle(d, i, s):
		// "President Bush" is a person even where a town is named Bush.
		sp.Label, sp.Why = PER, "title"
	case j < s.End && !d.Tokens[j].Cap && Outlet(d.Lower(j)) && !afterLocative(d, i, s):
		sp.Label, sp.Why = ORG, "outlet" // "the Houthi-run Saba news agency", not Saba in the Caribbean
	case !commonWord && f.wellKnownPlace(d.Key(i, j)) && !agedApposition(d, j, s.End):
		sp.Label, sp.Why = LOC, "gazetteer"
	case f.gaz != nil && PlaceOf(d, i-2) && len(f.gaz.Lookup(d.Key(i, j))) > 0:
		// "the town of Dire" though "dire" is a word, "the port of La
		// Union" though "union" names bodies.
		sp.Label, sp.Why = LOC, "gazetteer"
	case f.gaz != nil && j < s.End && !d.Tokens[j].Cap && divisionWords[d.Lower(j)] && len(f.gaz.Lookup(d.Key(i, j))) > 0:
		// "Congo's Pool region", "Lac province", "Angola's Lunda
		// Norte province": a division the gazetteer knows, though its
		// name is a word or a given name
		sp.Label, sp.Why = LOC, "gazetteer"
	case PlaceOf(d, i-2) && !d.Tokens[i-2].Cap && !f.hasOrgWord(d, i, j):
		sp.Label, sp.Why = LOC, "place-of" // "the border town of Assamaka", which the gazetteer lacks
	case j-i > 1 && FeatureName(d.Lower(i), d.Lower(j-1)) && !f.hasOrgWord(d, i, j):
		sp.Label, sp.Why = LOC, "facility" // "Plaza Murillo", "Abu Nuwas Street", "the Mandara Mountains"
	case facilityAfter(d, j, s) && !f.hasOrgWord(d, i, j) && !indefinite(d, i, s) &&
		!describing(d.Word(j-1)) && (!pluralParts[d.Lower(j)] || lastListed(d, i)):
		// "Inca Manco Capac airport", "Chernobyl plant": a place
		// named for someone is no organisation; "a Dinka Ngok
		// village" and "a Russian-speaking town" name none.
		sp.Label, sp.Why = LOC, "facility"
	case groupAfter(d, j, s) && !indefinite(d, i, s) && !(j-i == 1 && armedKinds[d.Lower(i)]) && !AirArm(d, i, j): // not "Separatist fighters"
		sp.Label, sp.Why = ORG, "group-noun" // "M23 rebels", "ADF fighters"
	case j-i == 1 && d.Tokens[i].Upper && personInitials(d, i):
		sp.Label, sp.Why = PER, "self-named"
	case j-i == 1 && d.Tokens[i].Upper:
		sp.Label, sp.Why = ORG, "acronym"
	case j-i > 1 && pluralArticles[d.Word(i)] && isPlural(d.Lower(j-1)) && !afterLocative(d, i, s) &&
		(f.gaz == nil || len(f.gaz.Lookup(d.Key(i, j))) == 0):
		sp.Label, sp.Why = ORG, "plural-name" // "Los Chapitos", "Los Mezcales": a gang, no person nor place
	case !commonWord && j-i > 1 && afterLocative(d, i, s) && f.placeOf(d.Key(i, j), 20000):
		sp.Label, sp.Why = LOC, "gazetteer" // "near Lashkar Gah", though "lashkar" names armies
	case f.hasOrgWord(d, i, j):
		sp.Label, sp.Why = ORG, "org-word"
	case j-i > 1 && f.chapterEnds(d, i, j):
		sp.Label, sp.Why = ORG, "chapter" // "the Kurdish Red Crescent"
	case j-i == 1 && camelCase(d.Word(i)):
		sp.Label, sp.Why = ORG, "brand"
	case j < s.End && !d.Tokens[j].Cap && partyNouns[d.Lower(j)] && !indefinite(d, i, s):
		sp.Label, sp.Why = ORG, "party"
	case j+2 < s.End && d.Word(j) == "," && d.Lower(j+1) == "whose" && memberNouns[d.Lower(j+2)]:
		sp.Label, sp.Why = ORG, "members" // "Chadema, whose leader …"
	case f.afterDescriptor(d, i, s):
		sp.Label, sp.Why = ORG, "descriptor"
	case f.afterTitle(d, i, s):
		sp.Label, sp.Why = PER, "title"
	case roleApposition(d, i, j, s):
		sp.Label, sp.Why = PER, "role-apposition" // "Its spokeswoman, Ndeye Fatou Sarr, said"
	case i-2 >= s.First && SelfNamed(d, i):
		sp.Label, sp.Why = PER, "self-named" // "who gave his name only as Ali"
	case placeApposition(d, j, s.End):
		sp.Label, sp.Why = LOC, "place-apposition" // "Ben Gardane, a town in Tunisia's Medenine governorate,"
	case f.lex.GivenName(d.Lower(i)) && j-i > 1 && !(i > s.First && placePreps[d.Lower(i-1)]) && !locativePreps[d.Lower(i)]:
		// Not "at Ras Doumeira", where "Ras" only looks like a name, nor
		// "In Guezzam", where "In" does.
		sp.Label, sp.Why = PER, "given-name"
	case bodyApposition(d, j, s.End) && !afterLocative(d, i, s):
		sp.Label, sp.Why = ORG, "apposition" // "Harakat al-Nujaba, one of the most powerful factions in the PMF,"
	case f.apposition(d, j, s.End) && !afterLocative(d, i, s):
		sp.Label, sp.Why = PER, "apposition" // not "killed in Hadramawt, the official said"
	case j-i == 1 && missionWords[d.Lower(i)]:
		sp.Why = "mission-word" // "The U.S. Embassy said": a body the actor layer names by its country, no person
	case j-i == 1 && (indefinites[d.Lower(i)] || f.peopleNoun(d.Lower(i))):
		sp.Why = "common-noun" // "Nobody has claimed", "Survivors said": no one's name
	case j-i <= 3 && f.beforeReportingVerb(d, j, s.End) && !afterLocative(d, i, s):
		sp.Label, sp.Why = PER, "speaker"
	case f.gaz != nil && !commonWord && len(f.gaz.Lookup(d.Key(i, j))) > 0:
		sp.Label, sp.Why = LOC, "gazetteer"
	case !commonWord && f.inPlace(d, i, j, s):
		sp.Label, sp.Why = LOC, "locative" // "rolled into Bir Ajam and neighbouring Bariqa"
	}
	return sp
}

// dateline reports whether the chunk [i, j) is a dateline's town: capitals
// that open a dateline the text layer split off at its dash, "KIDAL, Mali
// (Reuters) -", "GAO (AFP) -", or that open the sentence before a comma
// and a date, "RANGAMATI, Aug. 14", or before its country and a date,
// "GARISSA, Kenya, Nov 24"; not an agency's acronym ("COGAT, the agency
// ...", "COGAT (Coordination of Government Activities) said").
func dateline(d *text.Doc, i, j int, s text.Sentence) bool {
	if i != s.First || !d.Dateline(i, j) {
		return false
	}
	if d.DatelineSentence(d.SentenceOf(i)) {
		return true
	}
	if j+1 >= s.End || d.Word(j) != "," {
		return false
	}
	k := j + 1
	if d.Tokens[k].Cap && !calendar[d.Lower(k)] && !calendar[d.Lower(k)+"."] {
		// "GARISSA, Kenya, Nov 24": the country or state after the town
		for k < s.End && k < j+6 && (d.Tokens[k].Cap || d.Lower(k) == "of" || d.Lower(k) == "and") {
			k++
		}
		if k+1 >= s.End || d.Word(k) != "," {
			return false
		}
		k++
	}
	w := d.Lower(k)
	return calendar[w] || calendar[w+"."]
}

// companyForms are the legal forms that open companies' names in some
// countries: Indonesia's PT, Russia's PJSC, JSC, OAO and ZAO.
var companyForms = text.SetOf("PT", "PJSC", "JSC", "OAO", "ZAO")

// divisionWords name the divisions of a country after their names.
var divisionWords = text.SetOf("province", "region", "state", "governorate", "oblast", "prefecture", "department",
	"county", "division")

// facilityAfter reports whether a lower-case word of a kind of place, a
// facility or a natural feature, follows the name that ends before j, after at most two words of what
// it holds or serves: "the Mes Aynak copper mine", "the Torkham border
// crossing", "Abadam local government area".
func facilityAfter(d *text.Doc, j int, s text.Sentence) bool {
	for k := j; k < s.End && k < j+3 && !d.Tokens[k].Cap; k++ {
		if w := d.Lower(k); facilities[w] || featureWords[w] {
			return true
		} else if !facilityModifiers[w] {
			return false
		}
	}
	return false
}

// facilityModifiers may stand between a name and the kind of place it
// names.
var facilityModifiers = text.SetOf("border", "land", "dry", "deep-sea", "transit", "detention", "convention", "oil",
	"gas", "copper", "gold", "coal", "power", "naval", "military", "air", "refugee", "bus", "training", "police",
	"army", "regional", "teaching", "local", "government")

// lastListed reports whether the name at i is the last of a list ("the
// Kondele and Nyalenda neighbourhoods"), so that a plural of pluralParts
// after it names places; "attack Kusasi neighbourhoods" are a people's.
func lastListed(d *text.Doc, i int) bool {
	return i > 0 && (d.Lower(i-1) == "and" || d.Lower(i-1) == "or" || d.Word(i-1) == ",")
}

// indefinite reports whether "a" or "an" opens the phrase of the name at
// i, which then describes a kind, not a group: "an ethnic Zande militia".
func indefinite(d *text.Doc, i int, s text.Sentence) bool {
	for k := i - 1; k >= s.First && k >= i-3; k-- {
		switch w := d.Lower(k); {
		case w == "a" || w == "an":
			return true
		case d.Tokens[k].Cap || d.Tokens[k].Kind != text.Word:
			return false
		}
	}
	return false
}

// inPlace reports whether the words before the new name [i, j) put
// something inside it, so that the name is a place whatever it looks
// like: "a farmer in Bariqa", "rolled into Bir Ajam", "neighbouring
// Bariqa". "At" and "from" also come before people and companies, and a
// possessive ("in Ruto's cabinet") or an organisation's word makes the
// name something else.
func (f *Finder) inPlace(d *text.Doc, i, j int, s text.Sentence) bool {
	if i > s.First && d.Lower(i-1) == "from" && j+1 < s.End && d.Lower(j) == "in" && d.Tokens[j+1].Cap &&
		!f.hasOrgWord(d, i, j) && !f.isTitle(d.Lower(j+1)) {
		return true // "villagers from Mogalhat in Lalmonirhat district": a place within a place
	}
	if i == s.First || !insidePreps[d.Lower(i-1)] || f.hasOrgWord(d, i, j) || i-2 >= s.First && holdings[d.Lower(i-2)] {
		return false
	}
	if last := d.Lower(j - 1); describing(d.Word(j-1)) || j-i == 1 && peopleSuffix(last) {
		return false // "the UAE-brokered swap", "speaking in Kurdish"
	}
	if j >= s.End || d.Tokens[j].Kind == text.Punct {
		return j >= s.End || !text.Possessive(d.Lower(j))
	}
	// A name that a common noun follows modifies it ("in Kurdish areas",
	// "in Dar es Salaam"), unless the noun is the kind of place it is.
	w := d.Lower(j)
	return !d.Tokens[j].Cap && (afterPlace[w] || placeKinds[w] && !strings.HasSuffix(w, "s") || adminNouns[w])
}

// placeApposition reports whether ", a|an|the … <kind of place>" follows
// token j, the kind ending its phrase: "Ben Gardane, a town in
// Tunisia's Medenine governorate", "Kolom, a village near ...". "A city
// official" is no place.
func placeApposition(d *text.Doc, j, end int) bool {
	if j+2 >= end || d.Word(j) != "," {
		return false
	}
	if w := d.Lower(j + 1); w != "a" && w != "an" && w != "the" {
		return false
	}
	for k := j + 2; k < end && k < j+6; k++ {
		w := d.Lower(k)
		if d.Tokens[k].Kind != text.Word || d.Tokens[k].Cap && k > j+2 {
			return false
		}
		if placeKinds[w] && !strings.HasSuffix(w, "s") {
			return k+1 < end && afterPlaceKind[d.Lower(k+1)]
		}
	}
	return false
}

// afterPlaceKind may follow the kind of place an apposition names, where
// "a village head" or "the region's governor" name a person.
var afterPlaceKind = text.SetOf(",", ".", ";", "in", "of", "on", "near", "at", "along", "across", "outside", "some",
	"about", "close", "that", "where", "which", "with", "north", "south", "east", "west", "northeast", "northwest",
	"southeast", "southwest", "bordering")

// describing reports whether w is a compound that describes rather than
// names: "Russian-speaking", "UAE-brokered".
func describing(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i >= 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
}

// peopleSuffix reports whether w ends as the adjectives of peoples and
// their languages do: "Kurdish", "Arabic", "Ossetian", "Sudanese".
func peopleSuffix(w string) bool {
	for _, suf := range []string{"ish", "ic", "ian", "ese"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// afterPlace are the words that may follow a place's name in its clause.
var afterPlace = text.SetOf("and", "or", "but", "whose", "which", "where", "when", "while", "on", "in", "at", "for",
	"to", "with", "from", "near", "after", "before", "since", "until", "during", "as", "by", "that", "who", "late",
	"early", "last", "this", "over", "into", "across", "was", "were", "is", "are", "had", "has", "have", "overnight",
	"earlier", "later", "of", "about", "some", "every", "each", "without", "the", "a", "an")

// adminNouns follow the names of places: "Orakzai district".
var adminNouns = text.SetOf("district", "province", "region", "county", "governorate", "area", "valley", "camp",
	"neighbourhood", "neighborhood", "settlement", "island", "border", "crossing")

// holdings are what one holds "in" a company: "shares in Remy Cointreau".
var holdings = text.SetOf("shares", "stake", "stakes", "investment", "investments", "invested", "interest")

// insidePreps put what follows them inside a place, or next to it.
var insidePreps = text.SetOf("in", "into", "near", "inside", "outside", "around", "neighbouring", "neighboring", "towards", "toward",
	"nearby")

// afterLocative reports whether a preposition of place comes before the
// name at i: "in Hadramawt".
func afterLocative(d *text.Doc, i int, s text.Sentence) bool {
	if i-2 >= s.First && d.Lower(i-1) == "of" && (Bearing(d.Lower(i-2)) || Inhabitants(d.Lower(i-2))) {
		return true // "35 km south of Tal Abyad, an official said", "residents of Gambela accused"
	}
	return i > s.First && locativePreps[d.Lower(i-1)]
}

// Bearing reports whether lower-case w, before "of", puts what follows
// at a distance or a side of a place: "north of", "35 km", "the
// outskirts of".
func Bearing(w string) bool { return bearings[w] }

// Inhabitants reports whether lower-case w names people who live in the
// place named after "of" them: "residents of Itang".
func Inhabitants(w string) bool { return inhabitants[w] }

var inhabitants = text.SetOf("residents", "inhabitants", "villagers", "townspeople", "dwellers", "natives")

// Compass reports whether lower-case w names the part of a place that
// a story means, before the place's name: "central Gaza", "north-eastern
// Nigeria", "northeast Syria".
func Compass(w string) bool { return compass[w] }

var compass = text.SetOf("central", "northern", "southern", "eastern", "western", "northeastern", "northwestern",
	"southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "northeast",
	"northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west")

var bearings = text.SetOf("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
	"north-east", "north-west", "south-east", "south-west", "outskirts", "suburbs", "km", "kilometres",
	"kilometers", "miles")

// camelCase reports whether w is written as two capitalised words run
// together, as brands are ("TotalEnergies", "ExxonMobil"). A first part
// of four letters or more leaves out the names "McDonald", "MacArthur"
// and "DiCaprio".
func camelCase(w string) bool {
	lower := 0
	for i, r := range w {
		switch {
		case i == 0:
			if r < 'A' || r > 'Z' {
				return false
			}
		case r >= 'a' && r <= 'z':
			lower++
		case r >= 'A' && r <= 'Z':
			return lower >= 3 && len(w)-i >= 3 && strings.ToLower(w[i+1:]) == w[i+1:]
		default:
			return false
		}
	}
	return false
}

// groupAfter reports whether the words after a name that ends before j
// make it the name of an armed group: "M23 rebels", "the Comando
// Vermelho drug gang", "the Alliance Fleuve Congo (AFC) rebel
// coalition".
func groupAfter(d *text.Doc, j int, s text.Sentence) bool {
	if j+2 < s.End && d.Word(j) == "(" && d.Word(j+2) == ")" {
		j += 3 // the name's acronym
	}
	if j >= s.End || d.Tokens[j].Cap {
		return false
	}
	if groupNouns[d.Lower(j)] {
		return true
	}
	return armedKinds[d.Lower(j)] && j+1 < s.End && (groupNouns[d.Lower(j+1)] || groupWords[d.Lower(j+1)])
}

// AirArm reports whether the name [i, j) is an air arm or ends on an
// aircraft's designation, whose "fighters" are jets: "Air Self-Defense
// Force F-15 fighters", "Zorbaq Air Force fighters".
func AirArm(d *text.Doc, i, j int) bool {
	for k := i; k < j; k++ {
		if d.Lower(k) == "air" {
			return true
		}
	}
	return strings.ContainsAny(d.Word(j-1), "0123456789") && strings.Contains(d.Word(j-1), "-")
}

// groupNouns after a name make it the name of an armed group: "M23
// rebels"; groupWords do after one of the armedKinds: "rebel coalition".
var (
	groupNouns = text.SetOf("rebels", "militants", "insurgents", "militiamen", "guerrillas", "jihadists", "militia", "gunmen", "fighters",
		"gang", "gangs", "cartel", "clan", "tribe")
	groupWords = text.SetOf("group", "coalition", "alliance", "movement", "organisation", "organization", "network")
	armedKinds = text.SetOf("drug", "rebel", "armed", "militant", "jihadist", "separatist", "criminal", "insurgent",
		"islamist", "paramilitary")
)

// partyNouns after a name make it the name of a party: "the Islah party"
// (no Isla, a town), "Spain's Vox party".
var partyNouns = text.SetOf("party", "movement")

func vessel(w string) bool { _, ok := vesselPrefixes[w]; return ok }

// vesselNouns, in lower case before a name, make it a ship's.
var vesselNouns = text.SetOf("ship", "vessel", "tanker", "trawler", "freighter", "ferry", "yacht",
	"carrier", "dhow", "tug", "tugboat", "barge", "frigate", "destroyer", "corvette", "submarine", "cruiser",
	"longliner", "seiner", "containership", "boat")

// VesselPrefix returns the navy that a ship's prefix names ("INS" India,
// "USS" the United States) as a CAMEO country code, "" for a merchant
// ship ("MV", "MT"), and whether w is a ship's prefix at all.
func VesselPrefix(w string) (string, bool) {
	c, ok := vesselPrefixes[w]
	return c, ok
}

var vesselPrefixes = map[string]string{"MV": "", "MT": "", "MS": "", "SS": "", "USS": "USA", "USNS": "USA",
	"HMS": "GBR", "HMAS": "AUS", "HMCS": "CAN", "HMNZS": "NZL", "INS": "IND", "BRP": "PHL", "RFS": "RUS",
	"ROKS": "KOR", "JS": "JPN", "TCG": "TUR", "ARA": "ARG", "HNLMS": "NLD", "KRI": "IDN", "PNS": "PAK",
	"NRP": "PRT", "ITS": "ITA", "ESPS": "ESP", "FGS": "DEU"}

// memberNouns are the people a body has: "X, whose leader" is a body.
var memberNouns = text.SetOf("leader", "leaders", "members", "fighters", "supporters", "founder", "chairman",
	"chairwoman", "spokesman", "spokeswoman", "candidate", "candidates", "militants", "lawmakers")

// facilities are the lower-case nouns that make the name before them a
// place.
var facilities = text.SetOf("airport", "airbase", "port", "harbour", "harbor", "bridge", "dam", "stadium", "square",
	"prison", "camp", "crossing", "checkpoint", "refinery", "mine", "plant", "terminal", "pipeline", "highway",
	"village", "town", "township", "hamlet",
	"district", "districts", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "suburb", "suburbs",
	"commune", "communes", "quarter", "townships", "subdivision", "settlement", "market", "grounds", "interchange",
	"roundabout", "area", "areas", "hospital", "centre", "center", "post", "station", "base", "field", "intersection",
	"junction", "forest", "hills")

// pluralParts are the facilities whose plural after a name may be a
// people's: "Kusasi neighbourhoods".
var pluralParts = text.SetOf("districts", "neighbourhoods", "neighborhoods", "suburbs", "communes", "townships", "areas")

// PlaceOf reports whether a kind of place and "of" start at token i: "the
// South Sudanese town of Nasir".
func PlaceOf(d *text.Doc, i int) bool {
	return i >= 0 && i+1 < len(d.Tokens) && PlaceKind(d.Lower(i)) && d.Lower(i+1) == "of"
}

// Facility reports whether lower-case w, singular or plural, names a kind
// of facility or settlement that comes after its name: "the Kaya camp",
// "the Gendrassa and Kaya camps".
func Facility(w string) bool { return facilities[w] || facilities[strings.TrimSuffix(w, "s")] }

// PlaceKind reports whether lower-case w names a kind of place that comes
// before "of" its name.
func PlaceKind(w string) bool { return placeKinds[w] }

// placeKinds name the kind of a place before "of" its name: "the city of
// Aleppo", "the eastern state of Sucre".
var placeKinds = text.SetOf("city", "town", "village", "state", "province", "region", "district", "county",
	"governorate", "municipality", "island", "port", "capital", "cities", "towns", "villages", "provinces",
	"regions", "districts", "counties", "islands")

// FeatureName reports whether a name whose first and last words, in
// lower case, are first and last names a place by its kind: "Plaza
// Murillo", "the Mandara Mountains", "Abu Nuwas Street".
func FeatureName(first, last string) bool {
	return placeHeads[first] || placeTails[last] || featureWords[last]
}

// placeHeads open the names of places, and placeTails end them (as do
// featureWords), that
// may look like a person's or an organisation's: "Plaza Murillo" (a
// surname), "Abu Nuwas Street" (a given name), "the Green Zone".
var (
	placeHeads = text.SetOf("plaza", "piazza", "mount", "lake", "cape", "avenida", "calle", "rue", "wadi", "jebel", "jabal",
		"kafr", "tel", "sungai", "tanjung", "kampung", "bukit", "pulau", "line")
	placeTails = text.SetOf("street", "avenue", "boulevard", "road", "square", "plaza", "bridge", "highway", "zone",
		"hills", "bay", "forest", "canal", "corridor", "neighbourhood", "neighborhood", "line")
)

// wellKnownPlace reports whether key names a country, a region, a body of
// water or a city of 100,000 people: such a name is a place even when it
// holds a word that usually names an organisation ("West Bank").
func (f *Finder) wellKnownPlace(key string) bool { return f.placeOf(key, 100000) }

// placeOf reports whether key names a country, a region, a body of water
// or a city of at least pop people.
func (f *Finder) placeOf(key string, pop int) bool {
	if f.gaz == nil {
		return false
	}
	ps := f.gaz.Lookup(key)
	if len(ps) == 0 {
		return false
	}
	p := ps[0]
	return p.Kind != geo.KindCity || p.Population >= pop
}

// hasOrgWord reports whether the chunk holds a word that names an
// organisation ("Ministry", "Front", "Brigade").
func (f *Finder) hasOrgWord(d *text.Doc, i, j int) bool {
	for k := i; k < j; k++ {
		if orgWords[d.Lower(k)] || k+1 < j && campaigners[d.Lower(k)] && causePreps[d.Lower(k+1)] {
			return true // "Zimbabwe Lawyers for Human Rights", "Doctors Without Borders"
		}
		if k == j-1 && k > i && d.Lower(k) == "government" {
			return true // "the National Unity Government", not a lone "the Government"
		}
	}
	return false
}

// campaigners name a campaigning body by its members, whom causePreps
// join to its cause.
var (
	campaigners = text.SetOf("lawyers", "doctors", "physicians", "journalists", "reporters", "mothers", "veterans",
		"scientists", "engineers", "women", "students", "citizens", "lawyer's", "parents", "families")
	causePreps = text.SetOf("for", "without", "against")
)

// afterDescriptor reports whether a noun that introduces an organisation's
// name comes right before the chunk: "the newspaper Le Monde".
func (f *Finder) afterDescriptor(d *text.Doc, i int, s text.Sentence) bool {
	return i-1 >= s.First && descriptors[d.Lower(i-1)]
}

// afterTitle reports whether a title, rank or role noun comes right before
// the chunk ("Gen. …", "spokesman …", "President …"), also across the
// country of an envoy's title ("Ambassador to Russia …").
func (f *Finder) afterTitle(d *text.Doc, i int, s text.Sentence) bool {
	if i-1 < s.First {
		return false
	}
	if f.titleWord(d.Word(i - 1)) {
		return true
	}
	k := i - 1
	for k > s.First && d.Tokens[k].Cap && i-k <= 3 {
		k--
	}
	return k < i-1 && k > s.First && complementPreps[d.Lower(k)] && f.titleWord(d.Word(k-1))
}

// roleApposition reports whether the chunk [i, j) stands between commas
// right after a role noun: "Its spokeswoman, Ndeye Fatou Sarr, said".
func roleApposition(d *text.Doc, i, j int, s text.Sentence) bool {
	return i-2 >= s.First && j < s.End && d.Word(i-1) == "," && d.Word(j) == "," && !d.Tokens[i-2].Cap &&
		titleNouns[titleHead(d.Lower(i-2))]
}

// capitalTitle reports whether a capitalised title stands right before
// the chunk: "President …", "Gen. …".
func (f *Finder) capitalTitle(d *text.Doc, i int, s text.Sentence) bool {
	return i-1 >= s.First && d.Tokens[i-1].Cap && f.titleWord(d.Word(i-1))
}

func (f *Finder) titleWord(w string) bool {
	low := titleHead(text.Fold(w))
	if honorifics[low] {
		return true
	}
	a, ok := f.lex.Agent(low)
	return ok && a.Person
}

var complementPreps = text.SetOf("to", "of", "for", "in", "at")

// apposition reports whether ", a|an|the … <role noun>" follows token j:
// the head of the phrase, the word before "of", "who", "and" or the comma
// that ends it, must name a person ("a military analyst", not "the only
// forum where officials meet").
func (f *Finder) apposition(d *text.Doc, j, end int) bool {
	if j+2 >= end || d.Word(j) != "," {
		return false
	}
	bare := !appositionOpeners[d.Lower(j+1)] // "Fadumo Abdi Gurey, humanitarian affairs minister of Hirshabelle state,"
	if bare && (d.Tokens[j+1].Cap || d.Tokens[j+1].Kind != text.Word || appositionStops[d.Lower(j+1)]) {
		return false
	}
	if agedApposition(d, j, end) {
		return true // "Hamid, a 24-year-old Afghan from Herat,"
	}
	k := j + 2
	if bare {
		k = j + 1
	}
	for k < end && k < j+12 && !appositionStops[d.Lower(k)] {
		k++
	}
	if k == j+2 || k == end || reportingVerbs[d.Lower(k)] {
		return false // "north of Jericho, an Israeli security official said": an attribution
	}
	if bare && !bareOffice(d, j+1, k) {
		return false
	}
	head := d.Lower(k - 1)
	if a, ok := f.lex.Agent(head); ok && a.Person {
		return true
	}
	return personNouns[head]
}

// bareOffice reports whether words [i, k) without an article name an
// office that the "of" or "for" at k says whose it is, with no verb among
// them: not "in Gao, residents told reporters".
func bareOffice(d *text.Doc, i, k int) bool {
	if w := d.Lower(k); w != "of" && w != "for" {
		return false
	}
	for m := i; m < k; m++ {
		if reportingVerbs[d.Lower(m)] || strings.HasSuffix(d.Lower(m), "ed") {
			return false
		}
	}
	return true
}

// appositionOpeners open an apposition that describes the name before it.
var appositionOpeners = text.SetOf("a", "an", "the", "its", "his", "her")

// agedApposition reports whether ", a|an <age>-year-old" follows token j:
// the name before it is a person's, whatever place bears it.
func agedApposition(d *text.Doc, j, end int) bool {
	return j+2 < end && d.Word(j) == "," && (d.Lower(j+1) == "a" || d.Lower(j+1) == "an") &&
		strings.HasSuffix(d.Lower(j+2), "-year-old")
}

// bodyApposition reports whether ", a|the … <body>" or ", one of the …
// <bodies>" follows token j: the name before it is a body's.
func bodyApposition(d *text.Doc, j, end int) bool {
	if j+3 >= end || d.Word(j) != "," {
		return false
	}
	k := j + 1
	if d.Lower(k) == "one" && d.Lower(k+1) == "of" {
		k += 2
	}
	switch d.Lower(k) {
	case "a", "an", "the", "its":
	default:
		return false
	}
	start := k + 1
	for k = start; k < end && k < start+10 && !appositionStops[d.Lower(k)]; k++ {
	}
	return k > start && k < end && !reportingVerbs[d.Lower(k)] && bodyHeads[d.Lower(k-1)]
}

// bodyHeads head the descriptions of bodies.
var bodyHeads = text.SetOf("group", "groups", "faction", "factions", "party", "parties", "movement", "movements",
	"militia", "militias", "organisation", "organization", "coalition", "alliance", "network", "agency", "union",
	"association", "council", "platform", "federation", "front", "bloc", "charity", "company", "firm", "wing")

var appositionStops = text.SetOf(",", ".", "of", "who", "that", "which", "where", "and", "in", "for", "at",
	"with", "to", "from", "on", "said", ";", "(")

// beforeReportingVerb reports whether a reporting verb follows token j,
// as in "Kirby told reporters" or "Smith, 54, said".
func (f *Finder) beforeReportingVerb(d *text.Doc, j, end int) bool {
	return j < end && reportingVerbs[d.Lower(j)]
}

// locativePreps come before the name of a place.
// placePreps come before places, seldom before people.
var placePreps = text.SetOf("in", "at", "near", "off", "outside", "inside", "around", "toward", "towards", "into",
	"through", "via", "across")

var locativePreps = text.SetOf("in", "at", "near", "into", "from", "outside", "inside", "across", "around",
	"toward", "towards", "via", "through", "throughout", "within", "off", "over", "along", "beyond")

var orgWords = text.SetOf("ministry", "department", "army", "party", "council", "conference", "cartel", "agency", "front", "force", "forces",
	"union", "confederation", "committee", "brigade", "brigades", "battalion", "corps", "guard", "command", "bank", "university",
	"institute", "organization", "organisation", "commission", "court", "parliament", "assembly", "navy",
	"coalition", "movement", "alliance", "authority", "office", "service", "services", "company",
	"corporation", "inc.", "ltd", "plc", "llc", "sac", "gmbh", "group", "news", "times", "post", "agency", "association", "federation",
	"congress", "senate", "cabinet", "police", "militia", "network", "television", "radio", "foundation",
	"fund", "programme", "program", "mission", "bureau", "directorate", "regiment", "division", "fleet",
	"legion", "airways", "airlines", "club", "society", "centre", "center", "tribunal", "observatory", "initiative", "forum",
	"operation", "survey", "administration", "academy", "inspectorate", "secretariat", "registry",
	"headquarters", "rangers", "carabineros", "carabinieri", "guardia", "gendarmerie", "chamber", "treasury", "staff", "league", "collective",
	"campaign", "hospital", "cell", "unit", "hotline", "squad", "squadron", "prosecution", "customs",
	// the heads of the names armed groups and parties take in Arabic,
	// Urdu and Pashto: "Kataib Hezbollah", "Jaish al-Adl", "Lashkar-e-Taiba"
	"kataib", "kata'ib", "liwa", "jaish", "harakat", "saraya", "asaib", "jabhat", "jamaat", "jama'at", "hizb",
	"ansar", "tehreek", "tehrik", "lashkar",
	// the bodies of churches
	"diocese", "archdiocese", "eparchy", "synod",
	// companies and the press
	"logistics", "holdings", "industries", "technologies", "systems", "motors", "partners", "pharmaceuticals",
	"petroleum", "telecom", "communications", "insurance", "securities", "investments", "ventures",
	"laboratories", "enterprises", "corp", "corp.", "co.", "plc", "llc", "gmbh", "international", "watch",
	"aerospace", "dynamics", "shipbuilding", "electronics", "engineering", "shipping", "maritime", "trading",
	"press", "tribune", "herald", "journal", "gazette")

var descriptors = text.SetOf("newspaper", "daily", "weekly", "magazine", "agency", "broadcaster", "channel",
	"outlet", "website", "group", "party", "militia", "movement", "company", "firm", "organisation",
	"organization", "network", "station", "tabloid", "think-tank", "insurgents", "faction", "operator",
	"watchdog", "regulator", "utility", "airline", "carrier", "manufacturer", "lender", "insurer", "monitor",
	"television", "radio", "tv", "chamber", "bureau", "gazette", "union", "federation", "association", "miner",
	"producer", "exporter", "coalition", "alliance", "bloc")

// personNouns are professions and roles that an apposition gives a person
// and that the agent lexicon, which is about political actors, lacks.
var personNouns = text.SetOf("analyst", "editor", "expert", "researcher", "professor", "scholar", "journalist",
	"reporter", "correspondent", "lawyer", "resident", "witness", "farmer", "teacher", "doctor", "author",
	"director", "founder", "fellow", "economist", "historian", "activist", "student", "mother", "father",
	"son", "daughter", "wife", "husband", "veteran", "commentator", "columnist", "owner", "manager")

// ReportingVerb reports whether lower-case w is a verb of saying in the
// past or present: what a speaker's name stands before.
func ReportingVerb(w string) bool { return reportingVerbs[w] }

var reportingVerbs = text.SetOf("said", "says", "told", "tells", "added", "stated", "reiterated", "confirmed",
	"denied", "argued", "warned", "noted", "insisted", "claimed", "wrote", "explained", "declared",
	"announced", "tweeted", "posted", "acknowledged", "admitted", "alleged", "accused", "asserted",
	"stressed", "urged", "replied", "responded", "recalled", "suggested", "estimated", "predicted")

// personInitials reports whether the capitals at token i are the
// initials a person is named by ("identified only by the initials R.S.",
// "named by his initials"), not a body's ("known by its Latvian initials
// VDD").
func personInitials(d *text.Doc, i int) bool {
	if i < 2 || d.Lower(i-1) != "initials" {
		return false
	}
	switch d.Lower(i - 2) {
	case "the", "his", "her":
		return true
	}
	return false
}

// SelfNamed reports whether token i opens the name a source gave
// himself: "who gave his name only as Ali", "identified herself as Amina".
func SelfNamed(d *text.Doc, i int) bool {
	if i >= 2 && d.Word(i-1) == "," && d.Lower(i-2) == "name" {
		return true // "who gave only her first name, Elene"
	}
	if i < 2 || d.Lower(i-1) != "as" {
		return false
	}
	switch d.Lower(i - 2) {
	case "name", "himself", "herself", "only", "identified":
		return true
	}
	return false
}

// pluralArticles open the names of groups in Spanish and Portuguese,
// written as a plural: "Los Chapitos", "Las Tres Letras".
var pluralArticles = text.SetOf("Los", "Las", "Os")

// isPlural guesses from its ending whether a Spanish or English word is
// plural.
func isPlural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// missionWords are a state's missions abroad, which a country's name
// before them owns: "the U.S. Embassy", "the Chinese Consulate".
var missionWords = text.SetOf("embassy", "consulate", "legation")

// indefinites are the pronouns that open a sentence in capitals and name
// no one.
var indefinites = text.SetOf("nobody", "somebody", "everybody", "anybody", "everyone", "someone", "anyone", "none")

// peopleNoun reports whether lower-case w is a plural noun of people the
// lexicon's agents know: "survivors", "villagers", "organisers".
func (f *Finder) peopleNoun(w string) bool {
	if f.lex == nil || !strings.HasSuffix(w, "s") {
		return false
	}
	a, ok := f.lex.Agent(w)
	return ok && a.Person && a.Plural
}

// Outlet reports whether lower-case w names a kind of news outlet, as it
// follows an outlet's name ("the Saba news agency", "the Kabul Times
// newspaper") or opens its role ("state broadcaster CRTV").
func Outlet(w string) bool { return outletWords[w] }

var outletWords = text.SetOf("news", "newspaper", "daily", "broadcaster", "television", "radio", "tv", "website")
