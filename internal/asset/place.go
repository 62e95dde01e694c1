package asset

import (
	"strings"

	"sitrep/internal/report"

	"sitrep/internal/equipment"
	"sitrep/internal/ner"
	"sitrep/internal/text"
)

// place returns the index in l.Places of the place of candidate i, or -1:
// the place after it in its clause, else that of the force it backs, else
// the most precise before it in its sentence but not in the words of
// whoever says so, else where it came from ("from Homs"), else the place
// of the mention it is coordinated with or takes up again, else, for what
// is there or was used, the main place of the document. A negation, or a
// delivery or a planned transfer whose sentence names a foreign country,
// locates nothing, and a country a transfer goes to is its recipient.
func (s *scene) place(i int) int {
	p := s.placeAfter(i, false)
	if h := s.backs(i); p < 0 && h >= 0 && s.placeOf[h] >= 0 {
		return s.placeOf[h] // "300 soldiers, backed by two helicopters, into the hills south of Mindouli"
	}
	if p < 0 {
		p = s.placeBefore(i, false, false)
	}
	if o := s.placeIn(i, true); p < 0 && o >= 0 {
		// Only where it came from ("a dozen tanks sent from Homs"): a
		// speaker's town is where it arrived ("an official in Latakia
		// said 40 armoured vehicles had arrived from Homs").
		if p = s.placeBefore(i, false, true); p < 0 {
			p = o
		}
	}
	if p >= 0 && s.l.Places[p].Feature == "country" && s.transfer(i) {
		return -1 // "sent 30 tanks to Ukraine": a recipient, no place
	}
	if p >= 0 {
		return p
	}
	c := &s.cands[i]
	if c.Conj >= 0 && s.placeOf[c.Conj] >= 0 {
		return s.placeOf[c.Conj]
	}
	if a := s.antecedent(i); a >= 0 && s.placeOf[a] >= 0 {
		return s.placeOf[a]
	}
	if s.transfer(i) && s.foreignIn(c.Sentence) || s.elsewhere(i) {
		return -1
	}
	return s.main
}

// foreignIn reports whether sentence si names a country other than the
// story's own: "the United States will send 31 Abrams tanks" goes
// abroad, but "AUSSOM said it had sent four armoured personnel carriers
// to help Somali forces" moves them within the story.
func (s *scene) foreignIn(si int) bool {
	for _, u := range s.actors {
		if e := s.l.Entities[u.entity]; u.sentence == si && e.Kind == report.KindCountry && e.Code != s.l.Home {
			return true
		}
	}
	return false
}

// placeIn returns the place after candidate i in its clause, else the
// most precise before it in its sentence; origin picks the places after
// "from", which count only where no other is named.
func (s *scene) placeIn(i int, origin bool) int {
	if p := s.placeAfter(i, origin); p >= 0 {
		return p
	}
	return s.placeBefore(i, origin, false)
}

// recipient returns the index in l.Entities of the country a transfer of
// candidate i goes to, or -1.
func (s *scene) recipient(i int) int {
	if !s.transfer(i) || s.l.Country == nil {
		return -1
	}
	p := s.placeAfter(i, false)
	if p < 0 || s.l.Places[p].Feature != "country" {
		return -1
	}
	code := s.l.Country(s.l.Places[p].Country)
	for ei, e := range s.l.Entities {
		if code != "" && e.Kind == report.KindCountry && e.Code == code {
			return ei
		}
	}
	return -1
}

// transfer reports whether candidate i was or will be handed over:
// delivered, or planned with a verb of delivery ("plans to send").
func (s *scene) transfer(i int) bool {
	switch s.status[i] {
	case equipment.StatusDelivered:
		return true
	case equipment.StatusPlanned:
		return equipment.CueStatus(s.d.Str(s.cue[i])) == equipment.StatusDelivered
	}
	return false
}

// elsewhere reports whether the sentence of candidate i places it where
// the main place may not be: it names a year ("French troops left in
// 2022": background), or a place after a preposition that the gazetteer
// did not resolve ("on Lebanese soil", "from Anefis").
func (s *scene) elsewhere(i int) bool {
	c := &s.cands[i]
	for _, t := range s.l.Dates {
		if s.d.SentenceOf(t.First) == c.Sentence && hasYear(s.d, t.First, t.End) && !namesThing(s.d, t.First, t.End) {
			return true
		}
	}
	sent := s.d.Sentences[c.Sentence]
	for k := sent.First; k+1 < sent.End; k++ {
		if !placePreps[s.d.Lower(k)] || k > sent.First && s.d.Lower(k-1) == "according" {
			continue // "according to a Sitrep Wire reporter" names a source, not a place
		}
		j := k + 1
		for j < sent.End && phraseWords[s.d.Lower(j)] {
			j++
		}
		if j < sent.End && s.d.Tokens[j].Cap && !s.known(j) {
			return true
		}
	}
	return false
}

// namesThing reports whether the date at tokens [first, end) qualifies
// the noun after it, between a determiner and that noun: "a faction that
// rejected the 2016 peace deal" dates the deal, not what the sentence
// reports.
func namesThing(d *text.Doc, first, end int) bool {
	return first > 0 && end < len(d.Tokens) && determiners[d.Lower(first-1)] && d.Tokens[end].Kind == text.Word && !d.Tokens[end].Cap
}

// hasYear reports whether tokens [first, end) hold a year.
func hasYear(d *text.Doc, first, end int) bool {
	for k := first; k < end; k++ {
		if w := d.Word(k); d.Tokens[k].Kind == text.Number && len(w) == 4 && (w[0] == '1' || w[0] == '2') &&
			strings.Trim(w, "0123456789") == "" {
			return true
		}
	}
	return false
}

// known reports whether token k belongs to a place, an actor, a date or
// an equipment mention: a name that was read.
func (s *scene) known(k int) bool {
	for _, u := range s.places {
		if u.first <= k && k < u.end {
			return true
		}
	}
	for _, u := range s.actors {
		if u.first <= k && k < u.end {
			return true
		}
	}
	for _, t := range s.l.Dates {
		if t.First <= k && k < t.End {
			return true
		}
	}
	return s.inCandidate(k)
}

// usable reports whether a place mention can locate candidate c: it is
// introduced by a preposition, or it is what munitions struck ("attacked
// Odesa with 20 drones"); it names no owner ("Russia's Belgorod region");
// it is where a force came from ("flown in from La Paz") only when
// origin is set; and it is not where troops head ("a push towards
// Kharkiv"), though it is where munitions were fired.
func (s *scene) usable(u placeUse, c *equipment.Candidate, origin bool) bool {
	if u.modifier || (u.prep == "from") != origin || u.prep == "" && !(u.target && equipment.Spent(c.Mention)) {
		return false
	}
	if u.prep == "towards" || u.prep == "toward" {
		return equipment.Spent(c.Mention) || s.movedBefore(c)
	}
	return true
}

// movedBefore reports whether a verb of moving forces stands just before
// candidate c: "moved at least 12 armoured personnel carriers toward
// Vorukh" puts them there, where "massed troops for a push towards
// Kharkiv" does not.
func (s *scene) movedBefore(c *equipment.Candidate) bool {
	first := s.d.Sentences[c.Sentence].First
	for k := c.First - 1; k >= first && k >= c.First-4; k-- {
		if movedForces[s.d.Lower(k)] {
			return true
		}
	}
	return false
}

// movedForces are the verbs that send forces somewhere.
var movedForces = text.SetOf("moved", "sent", "deployed", "dispatched", "rushed", "redeployed", "shifted",
	"transferred", "moving", "sending", "deploying")

// placeAfter scans the clause after candidate i for a place. The
// mentions coordinated with it share the place after the last of them
// ("two submarines and four frigates moored at Novorossiysk"). A comma
// ends the clause unless a coordinated mention follows it or a relative
// clause of the candidate itself ("four HIMARS launchers, which will
// conduct live firing at the Pabrade training area"); so does a relative
// clause of another noun or a reporting verb.
func (s *scene) placeAfter(i int, origin bool) int {
	c := &s.cands[i]
	d := s.d
	end := d.Sentences[c.Sentence].End
	pi := s.firstPlaceFrom(c.End)
	for k := c.End; k < end; k++ {
		for pi < len(s.places) && s.places[pi].first < k {
			pi++
		}
		if pi < len(s.places) && s.places[pi].first == k {
			if u := s.places[pi]; s.usable(u, c, origin) {
				return u.place
			}
		}
		if j, ok := s.candAt[k]; ok && s.chained(i, j) {
			k = s.cands[j].End - 1
			continue
		}
		w := d.Lower(k)
		if locatives[w] && k+2 < end && d.Lower(k+1) == "the" && placeNouns[d.Lower(k+2)] &&
			(k+3 >= end || d.Lower(k+3) != "of") {
			if p := s.calledBefore(k+1, d.Lower(k+2)); p >= 0 {
				return p // "opposite the village": "Nrnadzor, a village near Meghri"
			}
			if p := s.placeSaidBefore(k, c.Sentence-1); p >= 0 {
				return p // "massing around the city"
			}
		}
		switch {
		case w == "," && backing(d, k+1):
			if k = nextComma(d, k+1, end); k < 0 {
				return -1 // "300 soldiers, backed by two helicopters, into the hills"
			}
		case w == ",":
			if s.chainAt(i, k+1) || k+1 < end && (d.Lower(k+1) == "and" || d.Lower(k+1) == "or") && s.chainAt(i, k+2) {
				continue
			}
			if k == c.End && k+1 < end && relativeWords[d.Lower(k+1)] {
				k++
				continue
			}
			return -1
		case relativeWords[w] && k != c.End, placeBarriers[w], asClause(d, k):
			return -1
		}
	}
	return -1
}

// backs returns the candidate that candidate i backs, or -1: "troops,
// backed by two helicopters and four armoured vehicles," is where the
// troops are.
func (s *scene) backs(i int) int {
	r := i
	for s.cands[r].Conj >= 0 {
		r = s.cands[r].Conj
	}
	k := s.cands[r].First - 2
	if k < 1 || !backing(s.d, k) {
		return -1
	}
	if s.d.Word(k-1) == "," {
		k--
	}
	// The force backed ends right before, or a few words before ("800
	// soldiers and police, backed by").
	if j := r - 1; j >= 0 && s.cands[j].Sentence == s.cands[r].Sentence && s.cands[j].End <= k && k-s.cands[j].End <= 2 {
		return j
	}
	return -1
}

// backing reports whether a participle of support and "by" start at
// token k: "backed by", "escorted by".
func backing(d *text.Doc, k int) bool {
	return k+1 < len(d.Tokens) && backers[d.Lower(k)] && d.Lower(k+1) == "by"
}

var backers = text.SetOf("backed", "supported", "escorted", "accompanied", "covered")

// nextComma returns the first comma at or after token k before end, or -1.
func nextComma(d *text.Doc, k, end int) int {
	for ; k < end; k++ {
		if d.Word(k) == "," {
			return k
		}
	}
	return -1
}

// placeNouns name a town or a site that a text names before and takes up
// again with "the": "around the city", "at the base".
var placeNouns = map[string]bool{"city": true, "town": true, "port": true, "harbour": true, "harbor": true,
	"base": true, "airport": true, "airfield": true, "village": true, "capital": true, "camp": true}

// calledBefore returns the index in l.Places of the last place before
// token k, in the eight sentences before, that the text calls by noun:
// "Nrnadzor, a village near Meghri", "the town of Karimama", "Tibnin
// village"; or -1.
func (s *scene) calledBefore(k int, noun string) int {
	floor := s.d.SentenceOf(k) - 8
	for j := len(s.places) - 1; j >= 0; j-- {
		u := s.places[j]
		if u.sentence < floor {
			break
		}
		if u.first < k && !u.modifier && u.prep != "to" && s.calls(u.first, u.end, noun) {
			return u.place
		}
	}
	return -1
}

// calls reports whether the text calls the place named at [first, end) by
// noun, right after it, in an apposition, or before "of".
func (s *scene) calls(first, end int, noun string) bool {
	d := s.d
	if end < len(d.Tokens) && d.Lower(end) == noun && (first == 0 || !determiners[d.Lower(first-1)]) {
		return true // "Tibnin village", not "the Red Sea city"
	}
	if first >= 2 && d.Lower(first-1) == "of" && d.Lower(first-2) == noun {
		return true
	}
	if end+2 >= len(d.Tokens) || d.Word(end) != "," || d.Lower(end+1) != "a" && d.Lower(end+1) != "an" {
		return false
	}
	for k := end + 2; k < len(d.Tokens) && k <= end+4; k++ {
		if d.Lower(k) == noun {
			return true // "Nrnadzor, a village", "Beni Ounif, an Algerian town"
		}
	}
	return false
}

// placeSaidBefore returns the last town named before token k, from
// sentence floor on, as a subject or object as well as after a
// preposition, else the main place if it is a town; -1 when none.
func (s *scene) placeSaidBefore(k, floor int) int {
	for j := len(s.places) - 1; j >= 0; j-- {
		u := s.places[j]
		if u.first >= k || u.modifier || u.prep == "to" || u.prep == "in" && s.saidIn(u.first, u.end) {
			// "diverted to Nairobi" says where something went, not where
			// the story is; "a statement issued in Kampala that" says
			// where the speaker was
			continue
		}
		if u.sentence < floor {
			break
		}
		if s.l.Places[u.place].Precision == "point" {
			return u.place
		}
	}
	if s.main >= 0 && s.l.Places[s.main].Precision == "point" {
		return s.main // "on the port's landing pad": the story's port
	}
	return -1
}

// asClause reports whether "as" at token k opens a clause of its own
// ("pound Kharkiv as fighting grinds on near Kupiansk"), not "as well as"
// or "such as".
func asClause(d *text.Doc, k int) bool {
	if d.Lower(k) != "as" || k+1 >= len(d.Tokens) || k == 0 {
		return false
	}
	return d.Lower(k+1) != "well" && d.Lower(k-1) != "well" && d.Lower(k-1) != "such"
}

// firstPlaceFrom returns the index of the first place mention at or after
// token k.
func (s *scene) firstPlaceFrom(k int) int {
	for i, u := range s.places {
		if u.first >= k {
			return i
		}
	}
	return len(s.places)
}

var (
	relativeWords = map[string]bool{"which": true, "who": true, "that": true, "whose": true, "where": true}
	placeBarriers = map[string]bool{";": true, ":": true, "while": true, "whereas": true, "but": true,
		"because": true, "although": true, "\"": true, "“": true, "”": true, "(": true}
)

// chained reports whether candidate j follows i in a chain of coordinated
// mentions.
func (s *scene) chained(i, j int) bool {
	for j > i {
		j = s.cands[j].Conj
	}
	return j == i
}

// chainAt reports whether a candidate coordinated with i starts at k.
func (s *scene) chainAt(i, k int) bool {
	j, ok := s.candAt[k]
	return ok && s.chained(i, j)
}

// placeBefore returns the most precise usable place named before
// candidate i in its sentence, the nearest among equals: "at the port of
// Tartus on Syria's Mediterranean coast, ... with a single frigate" is
// Tartus. speaker picks the places a verb of saying stands between ("an
// official in Latakia said"), which count only where the text says the
// force came from elsewhere.
func (s *scene) placeBefore(i int, origin, speaker bool) int {
	c := &s.cands[i]
	best, bestRank := -1, -1
	for _, u := range s.places {
		if u.sentence != c.Sentence || u.end > c.First {
			continue
		}
		if !s.usable(u, c, origin) || (u.prep == "in" && (s.attribution(u.end, c.First) || s.saidIn(u.first, u.end))) != speaker {
			continue
		}
		if r := precision[s.l.Places[u.place].Precision]; r >= bestRank {
			best, bestRank = u.place, r
		}
	}
	return best
}

// attribution reports whether a verb of saying stands in tokens [from,
// to): a place "in" which a speaker sits before it is the speaker's ("a
// senior officer in Gao said some 30 armed men ..."), not the asset's,
// though a unit "near Vovchansk" that says what it destroyed fights
// there.
func (s *scene) attribution(from, to int) bool {
	for k := from; k < to; k++ {
		if sayings[s.d.Lower(k)] {
			return true
		}
	}
	return false
}

var sayings = text.SetOf("said", "says", "told", "added", "reported", "according")

// statements are what a speaker issues somewhere.
var statements = text.SetOf("statement", "communique", "communiqué", "briefing", "conference", "interview")

// saidIn reports whether the place "in" which at tokens [first, end)
// follows a verb of saying or a statement within its clause and opens
// what is said: "told reporters in Tegucigalpa that 300 soldiers had been
// sent to the region" and "said in a statement issued in Kampala that"
// say where the speaker spoke.
func (s *scene) saidIn(first, end int) bool {
	if end >= len(s.d.Tokens) || s.d.Lower(end) != "that" {
		return false
	}
	lo := s.d.Sentences[s.d.SentenceOf(first)].First
	for k := first - 1; k >= lo && k >= first-4; k-- {
		if sayings[s.d.Lower(k)] || statements[s.d.Lower(k)] {
			return true
		}
		if s.d.Tokens[k].Kind == text.Punct {
			return false
		}
	}
	return false
}

// precision ranks how closely a place locates.
var precision = map[string]int{"point": 3, "region": 2, "water": 1, "country": 0}

// mainPlace is the place the story is about: the first named after a
// preposition in its lead, else in its headline, else anywhere, since a
// news story says where at its start.
func (s *scene) mainPlace() int {
	lead, title, any, town := -1, -1, -1, -1
	toward := false // the lead names its country as whither: "a crossing into Burkina Faso"
	first := 0
	if s.d.HasTitle {
		first = 1
	}
	if s.d.DatelineSentence(first) {
		first++ // the lead goes on after its dateline
	}
	for _, u := range s.places {
		if u.prep == "" && !u.target || u.modifier {
			continue // "shelled Kadugli" says where as "in Kadugli" does
		}
		if u.sentence == first && town < 0 && townish[s.l.Places[u.place].Precision] {
			town = u.place
		}
		switch {
		case u.prep == "from" || u.prep == "between":
			// "smugglers crossing from Syria", "the highway between
			// Cochabamba and Santa Cruz": whence or which way, not where
		case u.prep == "to" && s.l.Places[u.place].Precision == "water":
			// "the railway that carries coal to the Caribbean coast":
			// where the goods go, not where the story is
		case u.sentence == first && lead < 0:
			lead, toward = u.place, u.prep == "into" || u.prep == "to"
		case u.sentence == 0 && s.d.HasTitle && title < 0:
			title = u.place
		case any < 0:
			any = u.place
		}
	}
	if filed := s.datelineTown(); lead >= 0 && town < 0 && filed >= 0 && s.l.Places[lead].Feature == "country" &&
		(toward || s.l.Places[filed].Country == s.l.Places[lead].Country) {
		// "URALSK, Kazakhstan - Police raided the offices of a weekly
		// in western Kazakhstan": the town it was filed from says where;
		// "PAGA, Ghana - Fighters stormed a post at Ghana's main crossing
		// into Burkina Faso" too, though the country is another
		town = filed
	}
	switch {
	case lead >= 0 && town >= 0 && s.l.Places[lead].Feature == "country":
		// "trying to cross into Iran near the Islam Qala border post",
		// "to clear workers from the central square of Zhanaozen in
		// western Kazakhstan": the town says where, the country only
		// which way
		return town
	case lead >= 0:
		return s.townIn(lead, first)
	case title >= 0:
		return s.townIn(title, first)
	}
	return any
}

// datelineTown returns the index in l.Places of the located town the
// dateline names and the story names again, or -1: a capital, or a town
// named only to say where the story was filed from, is where reporters
// sit, not where things happen.
func (s *scene) datelineTown() int {
	for i, p := range s.l.Places {
		if !townish[p.Precision] || p.Feature == "capital" {
			continue
		}
		filed, again := false, false
		for _, m := range p.Mentions {
			first, end := s.d.TokensIn(m.Start, m.End)
			if s.d.Dateline(first, end) {
				filed = true
			} else {
				again = true
			}
		}
		if filed && again {
			return i
		}
	}
	return -1
}

// townIn returns the first town of country or province p named after a preposition
// of place in the lead, or near which the two sentences after it say
// something happened (or, in a province, in which the next one says it
// did), else p: "an ambush in the northwest of the Central
// African Republic ... 25 km southeast of Paoua" happened near Paoua, but
// troops in Lithuania that "will fire at the Pabrade range" are in
// Lithuania.
func (s *scene) townIn(p, lead int) int {
	if f := s.l.Places[p].Feature; f != "country" && f != "admin1" {
		return p
	}
	// A province's story goes on "in the Darayim district" the next
	// sentence, and so does a story that gave only a part of a country
	// ("in northeastern Cambodia ... The clash began in Siem Pang
	// district"); a country's names where its forces only are.
	goesOn := s.l.Places[p].Feature == "admin1" || s.partOf(p, lead)
	for _, u := range s.places {
		inLead := u.sentence == lead && u.prep != "" && u.prep != "from" && u.prep != "to"
		within := goesOn && u.sentence == lead+1 && (u.prep == "in" || u.prep == "at")
		if u.sentence < lead || u.modifier || !inLead && !within && !vicinity[u.prep] {
			continue
		}
		if u.sentence > lead+2 {
			break
		}
		if q := s.l.Places[u.place]; townish[q.Precision] && q.Country == s.l.Places[p].Country {
			return u.place
		}
	}
	return p
}

// partOf reports whether the lead names place p with a compass word
// before it, a part of a country: "in northeastern Cambodia".
func (s *scene) partOf(p, lead int) bool {
	for _, u := range s.places {
		if u.place == p && u.sentence == lead && ner.Compass(s.d.Lower(u.first)) {
			return true
		}
	}
	return false
}

// antecedent returns the earlier candidate that a definite mention takes
// up again ("19 of the drones", "two of the missiles", "the tanks"): the
// nearest one of the same kind in the three sentences before, or -1.
func (s *scene) antecedent(i int) int {
	c := &s.cands[i]
	if c.NationalityTok >= 0 || !(c.Mention.Generic && definite(s, c) || another(s, c)) {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		p := &s.cands[j]
		if p.Sentence < c.Sentence-3 {
			break
		}
		if p.Mention.Kind == c.Mention.Kind || kindOf(p.Mention) == kindOf(c.Mention) {
			return j
		}
	}
	return -1
}

// definite reports whether the mention is introduced by "the", over a
// few words of its own: "the drones", "19 of the drones", "the chartered
// supply boat".
func definite(s *scene, c *equipment.Candidate) bool {
	for k := c.Mention.First - 1; k >= 0 && k >= c.Mention.First-3; k-- {
		switch w := s.d.Lower(k); {
		case w == "the" || w == "these" || w == "those":
			return true
		case s.d.Tokens[k].Kind != text.Word || s.d.Tokens[k].Cap:
			return false
		}
	}
	return false
}

// another reports whether the mention adds one more to earlier ones: "a
// second supply boat", "a third Patriot battery", "another warship".
func another(s *scene, c *equipment.Candidate) bool {
	for k := max(c.First-2, 0); k < c.Mention.First; k++ {
		switch s.d.Lower(k) {
		case "second", "third", "fourth", "fifth", "another", "other", "more":
			return true
		}
	}
	return false
}

// vicinity prepositions say where an incident took place, in the
// sentences after a lead: "about 30 km west of Karimama", "near Gao".
var vicinity = map[string]bool{"of": true, "near": true, "outside": true, "around": true}

// townish precisions locate a town: its own point, or a neighbour's.
var townish = map[string]bool{"point": true, "town": true, "near": true}
