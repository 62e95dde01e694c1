package place

import (
	"fmt"
	"strings"

	"sitrep/internal/report"
	"sitrep/internal/text"
)

// Facilities adds the places that organisations named for a facility
// stand for ("the Litoral Penitentiary in Guayaquil", "Mitiga airport",
// "Camp Film City"): the gazetteer lists no prisons, hotels or airports,
// so a facility is placed at the town named right after it ("in", "near",
// "outside"), else, for a prison, a hotel or an airport, at the town the
// story was filed from. Its precision is "town": the point is the town's,
// not the facility's.
func Facilities(d *text.Doc, ents []report.Entity, places []report.Place) []report.Place {
	filed := datelinePlace(d, places)
	for _, e := range ents {
		if e.Kind != report.KindOrganization || !facility(e.Name) || len(e.Mentions) == 0 {
			continue
		}
		at := -1
		if urban(e.Name) {
			at = filed // a story's prisons, hotels and airports are its town's
		}
		for _, m := range e.Mentions {
			if p := placeAfter(d, m, places); p >= 0 {
				at = p
				break
			}
		}
		if at < 0 {
			continue
		}
		town := places[at]
		f := report.Place{ID: fmt.Sprintf("p%d", len(places)+1), Name: e.Name, Country: town.Country, Admin1: town.Admin1,
			Lat: town.Lat, Lon: town.Lon, Feature: "facility", Precision: "town", Confidence: round(town.Confidence * 0.8)}
		for _, m := range e.Mentions {
			f.Mentions = append(f.Mentions, report.Mention{Evidence: m.Evidence, Form: report.FormLocative, Sentence: m.Sentence})
		}
		places = append(places, f)
	}
	return places
}

// facility reports whether a name is that of a facility: its head
// word or, for camps and hotels, its first.
func facility(name string) bool {
	f := strings.Fields(text.Fold(name))
	if len(f) < 2 {
		return false
	}
	return facilityHeads[head(f)] || facilityOpeners[f[0]] || f[0] == "the" && facilityOpeners[f[1]]
}

// head returns the word that says what a facility's name f is: its last,
// or the one before a closing "complex" ("the Anisio Jobim Penitentiary
// Complex").
func head(f []string) string {
	last := len(f) - 1
	if compounds[f[last]] && last >= 2 {
		last--
	}
	return f[last]
}

// compounds close the name of a facility of several buildings.
var compounds = map[string]bool{"complex": true, "compound": true}

var facilityHeads = map[string]bool{"airport": true, "airbase": true, "prison": true, "penitentiary": true,
	"jail": true, "hotel": true, "hospital": true, "barracks": true, "refinery": true, "port": true,
	"stadium": true, "camp": true, "base": true, "terminal": true, "dam": true, "mine": true}

// urban reports whether a facility stands in a town, so that a story
// filed there names it without saying where: a prison, a hotel, an
// airport. A base, a camp or a mine may lie far from the dateline.
func urban(name string) bool {
	f := strings.Fields(text.Fold(name))
	return urbanHeads[head(f)] || f[0] == "hotel" || len(f) > 1 && f[0] == "the" && f[1] == "hotel"
}

var urbanHeads = map[string]bool{"airport": true, "prison": true, "penitentiary": true, "jail": true,
	"hotel": true, "hospital": true, "stadium": true}

var facilityOpeners = map[string]bool{"camp": true, "hotel": true, "fort": true}

// placeAfter returns the index of the town named right after mention m
// ("the Litoral Penitentiary in Guayaquil"), or -1.
func placeAfter(d *text.Doc, m report.Mention, places []report.Place) int {
	if at := holderAt(d, m); at >= 0 {
		return townAt(at, places)
	}
	return -1
}

// datelinePlace returns the index of the located town whose name opens
// the story as its dateline, or -1.
func datelinePlace(d *text.Doc, places []report.Place) int {
	for i, p := range places {
		for _, pm := range p.Mentions {
			first, end := d.TokensIn(pm.Start, pm.End)
			if d.Dateline(first, end) && p.Located() {
				return i // a town the gazetteer lacks places nothing: "KAKUMA"
			}
		}
	}
	return -1
}

// Nearby places the places the gazetteer lacks at the town the text ties
// them to, as Facilities places facilities: the town named right after
// them ("villagers from Mogalhat in Lalmonirhat district"), else, for a
// street, a square or a bridge, the town the story was filed from
// ("Skanderbeg Square" in a story from Tirana), or the town an apposition
// makes it part of (townPart); their precision is "town". Failing those,
// a place takes the point of the town or province of its country that the
// first sentence to name one beside it names nearest it ("checkpoints
// around Tafas, Dael and Nawa" in "Daraa province"), with precision Near and
// half its confidence, else the town the story was filed from when it is
// of the place's country ("clashes in Cazenga" filed from Luanda), else
// the one province of its country the story names, with precision Near
// and 0.4 of its confidence. Villages lie within a few tens
// of kilometres of the places a story names beside them, a distance a map
// can show and 0, 0 cannot.
func Nearby(d *text.Doc, places []report.Place) []report.Place {
	filed := datelinePlace(d, places)
	for i := range places {
		p := &places[i]
		if p.Located() || len(p.Mentions) == 0 {
			continue
		}
		at, precision, weight := -1, "town", 0.8
		if streetHeads[text.LastWord(text.Fold(p.Name))] {
			at = filed
		}
		for _, m := range p.Mentions {
			if k := placeAfter(d, m, places); k >= 0 {
				at = k
				break
			}
			if k := townPart(d, m, places, filed); k >= 0 {
				at = k
				break
			}
		}
		if at < 0 {
			precision, weight = Near, 0.5
			for _, m := range p.Mentions {
				if at = sentenceTown(places, m, p.Country); at >= 0 {
					break
				}
			}
		}
		if at < 0 && filed >= 0 && places[filed].Country == p.Country {
			// "clashes in Cazenga" in a story filed from Luanda: the
			// town the story was filed from, of the place's country
			at, precision, weight = filed, Near, 0.4
		}
		if at < 0 && p.Country != "" {
			// "CHBAR MON, Cambodia" in a story of Kampong Speu province:
			// the one province of its country the story names
			at, precision, weight = onlyProvince(places, p.Country), Near, 0.4
		}
		if at < 0 || p.Country != "" && places[at].Country != p.Country {
			continue
		}
		town := places[at]
		p.Country, p.Admin1, p.Lat, p.Lon, p.Precision = town.Country, town.Admin1, town.Lat, town.Lon, precision
		p.Confidence = round(min(p.Confidence, town.Confidence*weight))
	}
	return places
}

// onlyProvince returns the index of the one located admin1 region of
// country c among places, or -1 when there is none or more than one.
func onlyProvince(places []report.Place, c string) int {
	at := -1
	for i, p := range places {
		if p.Feature != "admin1" || p.Country != c || !p.Located() {
			continue
		}
		if at >= 0 {
			return -1
		}
		at = i
	}
	return at
}

// townPart returns the index of the town that an apposition after
// mention m makes the place a part of: the town it names ("Shubra, a
// district of Cairo"), else the town the story was filed from when it
// calls the place a neighbourhood of the capital ("Shubra, a crowded
// district in the north of the capital"), or of the city, unless its
// sentence names another; or -1.
func townPart(d *text.Doc, m report.Mention, places []report.Place, filed int) int {
	_, end := d.TokensIn(m.Start, m.End)
	if end+1 >= len(d.Tokens) || d.Str(d.Tokens[end].Span) != "," || !articles[d.Lower(end+1)] {
		return -1
	}
	part, town := false, ""
	for i := end + 2; i < min(end+12, len(d.Tokens)) && d.Tokens[i].Kind == text.Word; i++ {
		if k := townAt(d.Tokens[i].Start, places); k >= 0 && part {
			return k
		}
		w := d.Lower(i)
		part = part || partHeads[w]
		if w == "capital" || w == "city" {
			town = w
		}
	}
	switch {
	case !part || town == "":
		return -1
	case town == "city":
		if k := sentenceTown(places, m, ""); k >= 0 {
			return k // "in Saint-Louis, ... at Guet Ndar, the city's fishing quarter"
		}
	}
	return filed
}

// articles open the apposition that says what a place is.
var articles = text.SetOf("a", "an", "the")

// partHeads are the words that call a place a part of a town.
var partHeads = text.SetOf("district", "neighbourhood", "neighborhood", "suburb", "quarter", "slum", "township")

// townAt returns the index of the located town mentioned at offset
// start, or -1.
func townAt(start int, places []report.Place) int {
	for i, p := range places {
		if p.Feature != "city" && p.Feature != "capital" {
			continue
		}
		for _, pm := range p.Mentions {
			if pm.Start == start {
				return i
			}
		}
	}
	return -1
}

// Near is the precision of a place at the point of another place its
// sentence names.
const Near = "near"

// streetHeads end the names of places inside a town.
var streetHeads = text.SetOf("street", "avenue", "square", "road", "bridge", "boulevard", "market", "roundabout",
	"neighbourhood", "neighborhood", "quarter", "district", "park", "plaza")

// sentenceTown returns the index of the located town or province of
// country c (any, if "") whose mention in m's sentence lies nearest m, or
// -1; a place itself placed near another is no anchor.
func sentenceTown(places []report.Place, m report.Mention, c string) int {
	best, at := -1, -1
	for i, p := range places {
		if !p.Located() || p.Precision == "country" || p.Precision == Near || c != "" && p.Country != c {
			continue
		}
		for _, pm := range p.Mentions {
			if pm.Sentence != m.Sentence {
				continue
			}
			if dist := abs(pm.Start - m.Start); best < 0 || dist < best {
				best, at = dist, i
			}
		}
	}
	return at
}
