package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/geo"
	"sitrep/internal/lexicon"
	"sitrep/internal/text"
)

// nameStart reports whether token i can begin a name: a capitalised word
// that is not a title or a calendar word, and not a common word opening a
// sentence or a quotation unless it opens the name of a town or region
// ("Port Sudan").
func (f *Finder) nameStart(d *text.Doc, i int, s text.Sentence) bool {
	t := d.Tokens[i]
	if t.Kind == text.Punct || !(t.Cap || t.Upper || hasCapAfterParticle(d.Word(i))) {
		return false // "al-Sayed told reporters" may start a name
	}
	low := d.Lower(i)
	if low == "i" && d.Word(i) == "I" {
		return false // the pronoun, not a name (and not worth the model's time)
	}
	if relational(low) {
		return false // "Qaeda-linked", "Iran-backed" qualify the name after them
	}
	if rankPrefixes[low] && i+1 < s.End && f.isTitle(d.Lower(i+1)) {
		return false // "Rear Adm. Kerem Aydin": part of the rank
	}
	if calendar[low] || (f.isTitle(low) || f.inTitle(d, i, s.End)) && !f.titledOffice(d, i, s.End) && !titledBody(d, i, s.End) {
		return false
	}
	if f.opensClause(d, i, s) && f.vocab.Common(low) {
		// "Park said" may be a surname; later stages decide. A common
		// word that opens a town's name is a name: "Port Sudan urged".
		// "Defence Ministry spokesman X said" opens with the ministry's
		// sector.
		// A dateline's town is a name though a word ("CORK, Ireland").
		return f.beforeReportingVerb(d, i+1, s.End) || f.townName(d, i, s.End) || dateline(d, i, i+1, s) ||
			lexicon.RoleModifier(low) && titledBody(d, i, s.End) ||
			len(low) <= 5 && i+1 < s.End && syllabicGivenName(d.Word(i+1))
	}
	return true
}

// syllabicGivenName reports whether w is a given name of two syllables
// joined by a hyphen, as Korean and Taiwanese names are romanised
// ("Jin-woo", "Ing-wen"): the short common word before it is a surname
// ("Park Jin-woo", "Song Min-ho"), not a word opening the sentence.
func syllabicGivenName(w string) bool {
	head, tail, ok := strings.Cut(w, "-")
	if !ok || relational(strings.ToLower(w)) || len(head) < 2 || len(head) > 5 || len(tail) < 2 || len(tail) > 5 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(head)
	return unicode.IsUpper(r) && isLowerASCII(head[1:]) && isLowerASCII(tail)
}

func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// townName reports whether the capitalised word at i and the one or two
// after it name a town of at least townSize inhabitants or a region ("South
// West State"), not a country, whose names the lexicon reads.
func (f *Finder) townName(d *text.Doc, i, end int) bool {
	if f.gaz == nil {
		return false
	}
	for n := 2; n <= 3 && i+n <= end && d.Tokens[i+n-1].Cap; n++ {
		key := d.Key(i, i+n)
		for _, p := range f.gaz.Lookup(key) {
			if (p.Population >= townSize || p.Kind == geo.KindRegion || p.Kind == geo.KindAdmin1) && p.Kind != geo.KindCountry && text.Fold(p.Name) == key {
				return true // a town or a region by its own name, not "The Netherlands" nor an alias
			}
		}
	}
	return false
}

// townSize is the population from which a gazetteer name that opens with
// a common word ("Port", "Cape", "Long") is taken for a name.
const townSize = 50000

// opensClause reports whether token i is the first word of its sentence or
// of a quotation or bracket, where capitals say nothing about names.
func (f *Finder) opensClause(d *text.Doc, i int, s text.Sentence) bool {
	for j := i - 1; j >= s.First; j-- {
		w := d.Word(j)
		if d.Tokens[j].Kind != text.Punct {
			return false
		}
		if !strings.ContainsAny(w, `"'“‘«(-–—:`) {
			return false
		}
	}
	return true
}

// inTitle reports whether token i is a capitalised modifier inside a
// title: "Foreign" in "Deputy Foreign Minister".
func (f *Finder) inTitle(d *text.Doc, i, end int) bool {
	j := i
	for j < end && lexicon.RoleModifier(d.Lower(j)) {
		j++
	}
	return j > i && j < end && f.isTitle(d.Lower(j))
}

func (f *Finder) isTitle(low string) bool {
	low = titleHead(low)
	if honorifics[low] {
		return true
	}
	a, ok := f.lex.Agent(low)
	return ok && a.Title
}

// titlesOnly reports whether words [i, j) are all title words.
func (f *Finder) titlesOnly(d *text.Doc, i, j int) bool {
	for k := i; k < j; k++ {
		if low := d.Lower(k); !f.isTitle(low) && !titleNouns[titleHead(low)] {
			return false
		}
	}
	return true
}

// titleHead returns the title noun a hyphenated title ends on:
// "president" of "vice-president", "general" of "secretary-general".
func titleHead(low string) string {
	if i := strings.LastIndexAny(low, "-‐"); i > 0 && i+1 < len(low) {
		return low[i+1:]
	}
	return low
}

// chunkEnd returns the end of the capitalised chunk that starts at i. Name
// particles ("al", "bin", "de", "of", and the conjunctions of Bengali,
// Spanish and Portuguese names: "Ain o Salish Kendra") join capitalised
// words on both sides.
func (f *Finder) chunkEnd(d *text.Doc, i, end int) int {
	j := i + 1
	for j < end {
		t := d.Tokens[j]
		low := d.Lower(j)
		switch {
		case f.namedAfterPortfolio(d, i, j, end):
			return j // "Secretary for Maritime Affairs Esther Karanja": the person's name starts here
		case t.Kind != text.Punct && (t.Cap || t.Upper || hasCapAfterParticle(d.Word(j))) && !calendar[low] &&
			(!f.isTitle(low) || f.titledOffice(d, j, end) || titledBody(d, j, end) || titledPlace(d, j, end) || officeOf(d, i, j, end) ||
				low == "general" && orgWords[d.Lower(j-1)]): // "Directorate General of Maritime Affairs"
			j++
		case t.Kind == text.Number && len(low) <= 3 && j+1 < end && !d.Tokens[j+1].Cap && (groupNouns[d.Lower(j+1)] || groupWords[d.Lower(j+1)]):
			j++ // "the Barrio 18 gang": the number is part of the name
		case t.Cap && f.isTitle(low) && f.titlesOnly(d, i, j):
			j++ // "Deputy Inspector General Arvind Negi": one title, then the name
		case t.Cap && surnameHonorifics[low] && !f.titlesOnly(d, i, j) && (j+1 >= end || !d.Tokens[j+1].Cap || !f.isTitle(d.Lower(j+1))):
			// "said Khalaf Hajji, a Yazidi farmer": an honorific after
			// the name is its surname; "Abdiweli Sheikh Nur": one
			// inside the name is part of it
			j++
		case particles[low] && j+1 < end && d.Tokens[j+1].Cap && !f.isTitle(d.Lower(j+1)):
			j += 2
		case particles[low] && low != "of" && j+2 < end && particles[d.Lower(j+1)] && d.Tokens[j+2].Cap && !f.isTitle(d.Lower(j+2)):
			j += 3 // "Ignacio de la Vega", "Pieter van der Berg"
		case f.orgLink(d, i, j, end) > 0:
			j += f.orgLink(d, i, j, end)
		case f.possessivePlace(d, i, j, end) || f.joinedPlace(d, i, j, end):
			j += 2 // "Cox's Bazar", "Dar es Salaam", "Jammu and Kashmir" are one place
		case f.membersBody(d, j, end):
			j += 2 // "the Mandalay People's Defence Force", "the Kurdistan Workers' Party"
		default:
			return j
		}
	}
	return j
}

// officeOf reports whether the title at j ends the name of a body that
// a word of bodies and "of" open at i: "the Office of the Prime Minister
// said", where no name follows the title.
func officeOf(d *text.Doc, i, j, end int) bool {
	if j+1 < end && d.Tokens[j+1].Cap {
		return false
	}
	for k := i + 1; k < j; k++ {
		if d.Lower(k) == "of" && orgWords[d.Lower(k-1)] {
			return true
		}
	}
	return false
}

// possessivePlace reports whether the possessive at j joins the words
// from i to the capitalised word after it into a place the gazetteer
// knows: "Cox's Bazar", "Martha's Vineyard".
func (f *Finder) possessivePlace(d *text.Doc, i, j, end int) bool {
	low := d.Lower(j)
	return (low == "'s" || low == "’s") && j+1 < end && d.Tokens[j+1].Cap && f.gaz != nil &&
		len(f.gaz.Lookup(d.Key(i, j+2))) > 0
}

// membersBody reports whether the possessive at j joins a body's members
// to the rest of its name: a plural of people before it and capitalised
// words after it that end in a word of a body ("People's Liberation Army"),
// not a country's possessive ("Russia's Defence Ministry").
func (f *Finder) membersBody(d *text.Doc, j, end int) bool {
	switch d.Lower(j) {
	case "'s", "’s", "'", "’":
	default:
		return false
	}
	if j+1 >= end || !members[d.Lower(j-1)] || !d.Tokens[j+1].Cap {
		return false
	}
	k := j + 1
	for k < end && d.Tokens[k].Cap && d.Tokens[k].Kind != text.Punct {
		k++
	}
	return f.hasOrgWord(d, j+1, k)
}

var members = text.SetOf("people", "workers", "women", "martyrs", "farmers", "peasants", "mothers",
	"children", "veterans", "students", "teachers", "soldiers", "citizens", "youth", "nations")

// namedAfterPortfolio reports whether a given name and a surname start
// at j right after a word of a body's name, in a chunk from i that a title
// or the "of" or "for" of a portfolio opens or follows: the holder of the
// portfolio ("Superintendent of Police Anil Kujur"), not "Air Force Alpha
// Jets". After a title and its "of" or "for" any portfolio ends before
// the name: "Undersecretary of Foreign Affairs Ignacio Fuenzalida",
// "Minister of Defence Carlos Ruiz".
func (f *Finder) namedAfterPortfolio(d *text.Doc, i, j, end int) bool {
	if j+1 >= end || !d.Tokens[j].Cap || !d.Tokens[j+1].Cap || d.Tokens[j].Upper ||
		!f.lex.GivenName(d.Lower(j)) || orgWords[d.Lower(j)] {
		return false
	}
	body := orgWords[d.Lower(j-1)]
	for k := max(i-3, 0); k < j-1; k++ {
		low := d.Lower(k)
		title := f.isTitle(low) || f.titleWord(d.Word(k))
		if body && (title || low == "of" || low == "for") {
			return true
		}
		if title && k+2 < j && k+2 >= i && !bodyWordIn(d, k+2, capsEnd(d, j, end)) {
			// the "of" opens the chunk or lies inside it; a body's word
			// in the portfolio leaves it to the rule above, so that a
			// name after a name goes on ("of Police Zulfiqar Ali"), and
			// one after it makes the whole a body ("director of Bani
			// Walid General Hospital")
			if next := d.Lower(k + 1); next == "of" || next == "for" {
				return true
			}
		}
	}
	return false
}

// bodyWordIn reports whether a word of a body's name lies in [i, j).
func bodyWordIn(d *text.Doc, i, j int) bool {
	for k := i; k < j; k++ {
		if orgWords[d.Lower(k)] {
			return true
		}
	}
	return false
}

// joinedPlace reports whether the short lower-case word at j joins the
// words from i to the capitalised word after it into a place the
// gazetteer knows: "Dar es Salaam", "Jammu and Kashmir".
func (f *Finder) joinedPlace(d *text.Doc, i, j, end int) bool {
	return d.Tokens[j].Kind == text.Word && !d.Tokens[j].Cap && len(d.Lower(j)) <= 3 && j+1 < end && d.Tokens[j+1].Cap &&
		f.gaz != nil && len(f.gaz.Lookup(d.Key(i, j+2))) > 0
}

// hasCapAfterParticle reports whether w is a lower-case name particle
// joined to a capitalised name, as in "al-Assad" or "bin-Salman".
func hasCapAfterParticle(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	if !ok || !particles[strings.ToLower(p)] && !assimilated[strings.ToLower(p)] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// assimilated are the Arabic article's forms before the sun letters, as
// they are transliterated only joined to the name: "Deir ez-Zor",
// "as-Suwayda", "Abd ar-Rahman".
var assimilated = text.SetOf("ez", "es", "ed", "ad", "an", "ar", "as", "at", "az", "ash", "ath", "adh", "en", "er",
	"et", "ud", "ur", "us", "un")

// relational reports whether w is a name turned adjective by a hyphenated
// participle: "Qaeda-linked", "Iran-backed", "Saudi-led".
func relational(w string) bool {
	switch participle(w) {
	case "linked", "backed", "led", "allied", "aligned", "based", "born", "affiliated", "controlled", "held", "run", "made", "funded", "sponsored", "supported",
		"operated":
		return true
	}
	return Registered(w)
}

// Registered reports whether w names the country a vessel or a firm
// belongs to by a hyphenated participle: a "Panamanian-flagged" tanker
// or a "Greek-owned" ship is Panama's or Greece's, as a "Panamanian
// tanker" is, where an "Iranian-backed" militia is not Iran.
func Registered(w string) bool {
	switch participle(w) {
	case "flagged", "registered", "owned":
		return true
	}
	return false
}

// participle returns what follows the first hyphen of w, "" if none.
func participle(w string) string {
	_, part, _ := strings.Cut(w, "-")
	return part
}

// acronyms adds "(IS)" after a name of spans[first:] as a span with the
// same label and entries, and returns the spans.
func acronyms(d *text.Doc, spans []Span, first int) []Span {
	n := len(spans)
	for k := first; k < n; k++ {
		sp := spans[k]
		a := sp.End + 1
		if a+1 >= len(d.Tokens) || d.Word(sp.End) != "(" || d.Word(a+1) != ")" || !d.Tokens[a].Upper {
			continue
		}
		prev := 0
		if k > 0 {
			prev = spans[k-1].End
		}
		spans[k].First = spelledBack(d, sp, d.Word(a), prev)
		if k+1 < n && spans[k+1].First == a {
			continue
		}
		spans = append(spans, Span{First: a, End: a + 1, Label: sp.Label, Hits: sp.Hits, Why: "acronym"})
	}
	if len(spans) > n {
		slices.SortFunc(spans[first:], func(a, b Span) int { return a.First - b.First })
	}
	return spans
}

// orgLink returns how many tokens from j join an organisation's name begun
// at i to the capitalised word after them, or 0: "Movement for Democratic
// Change", "Office for the Coordination of…", "Support Mission in Libya",
// and "… Islam and Muslims (JNIM)" or "Interim Force in Lebanon
// (UNIFIL)", where the acronym after the name vouches for the "and" or
// the "in". Not after a title ("Secretary for"), and not
// "in" after any other word ("Center in Miami" is a place).
func (f *Finder) orgLink(d *text.Doc, i, j, end int) int {
	n := 1
	switch low := d.Lower(j); {
	case (low == "'" || low == "’") && strings.HasSuffix(d.Lower(j-1), "s") && j+1 < end && d.Tokens[j+1].Cap &&
		f.hasOrgWord(d, j+1, capsEnd(d, j+1, end)):
		return 1 // "European Automobile Manufacturers' Association", "the Teachers' Union"
	case (low == "'s" || low == "’s") && j+1 < end && d.Tokens[j+1].Cap && officeWords[d.Lower(j+1)] && !f.hasOrgWord(d, i, j):
		// "the Ombudsman's Office", but not "the Treasury Department's
		// Office of …", one body owning another.
		return 2
	case low == "of" && i > 0 && Ordinal(d.Word(i-1)) && unitWords[d.Lower(j-1)]:
		return 0 // "the 48th Battalion of the Somali National Army": a unit of the body after it
	case (low == "for" || low == "of" || low == "in" && acronymAhead(d, j+2, end)) && j+1 < end && d.Lower(j+1) == "the":
		n = 2 // "Union for Peace in the Central African Republic (UPC)"
	case causePreps[low] && campaigners[d.Lower(j-1)] && j+1 < end && d.Tokens[j+1].Cap:
		return 2 // "Lawyers for Human Rights", "Reporters Without Borders"
	case low == "for" && j+2 < end && d.Word(j+1) == "Human" && d.Word(j+2) == "Rights":
		return 2 // "Mwatana for Human Rights": only a body is named for its cause
	case low == "for" || low == "against" || low == "in" && (d.Lower(j-1) == "mission" || acronymAhead(d, j+1, end)) ||
		low == "on" && onBodies[d.Lower(j-1)]: // "Inter-American Commission on Human Rights"
	case low == "and" && (acronymAhead(d, j+1, end) || ministryOf(d, i, j)):
	case low == "and" && f.sharedHead(d, i, j, end):
		return 2 // "Truth and Reconciliation Commission": the body is named by both
	case low == "and" && f.nameAcross(d, i, j, end) > 0:
		return f.nameAcross(d, i, j, end) // "Football Federation of Bosnia and Herzegovina"
	default:
		return 0
	}
	k := j + n
	if k >= end || !d.Tokens[k].Cap || calendar[d.Lower(k)] || f.isTitle(d.Lower(j-1)) || titleNouns[d.Lower(j-1)] || !f.hasOrgWord(d, i, j) {
		return 0
	}
	return n + 1
}

// ministryOf reports whether the name from i to j is a ministry's "of"
// name, which goes on after "and": "Ministry of Energy and Oil",
// "Department of Peace and Security".
func ministryOf(d *text.Doc, i, j int) bool {
	if d.Lower(i) == "the" {
		i++
	}
	return i+2 < j && ministryHeads[d.Lower(i)] && d.Lower(i+1) == "of"
}

var ministryHeads = text.SetOf("ministry", "department", "secretariat", "directorate", "commission")

// sharedHead reports whether the one or two capitalised words from i to
// the "and" at j share the body word that ends the capitalised words
// after it: "Truth and Reconciliation Commission". The words before are
// no name the lexicon knows ("Bosnia and Herzegovina" is one name).
func (f *Finder) sharedHead(d *text.Doc, i, j, end int) bool {
	if d.Lower(i) == "the" {
		i++
	}
	k := capsEnd(d, j+1, end)
	customs := j-i == 1 && d.Lower(i) == "customs" // "Customs and Excise Department": a body's word as a modifier
	if j-i < 1 || j-i > 2 || k == j+1 || !orgWords[d.Lower(k-1)] || f.hasOrgWord(d, i, j) && !customs || len(f.lex.Lookup(d.Key(i, j))) > 0 {
		return false
	}
	for t := i; t < j; t++ {
		if !d.Tokens[t].Cap || len(f.lex.Lookup(d.Key(t, t+1))) > 0 {
			return false
		}
	}
	return true
}

// nameAcross returns how many tokens from the "and" at j belong to a name
// the lexicon knows that the "of" phrase of a body's name ends in
// ("Federation of Bosnia and Herzegovina", "Bank of Trinidad and
// Tobago"), or 0.
func (f *Finder) nameAcross(d *text.Doc, i, j, end int) int {
	s := j
	for s > i && d.Tokens[s-1].Cap {
		s--
	}
	if s <= i || d.Lower(s-1) != "of" || !f.hasOrgWord(d, i, s) {
		return 0
	}
	k := capsEnd(d, j+1, end)
	if k == j+1 || len(f.lex.Lookup(d.Key(s, k))) == 0 {
		return 0
	}
	return k - j
}

// onBodies are the bodies whose name goes on with "on": "Commission on
// Human Rights", "Council on Foreign Relations".
var onBodies = text.SetOf("commission", "committee", "council", "conference", "panel", "court")

// titledOffice reports whether the capitalised words from i are a title
// that owns an office: "Federal Prosecutor's Office", "the President's
// Office" name a body, not a person's title.
func (f *Finder) titledOffice(d *text.Doc, i, end int) bool {
	j := capsEnd(d, i, end)
	return j > i && j+1 < end && (d.Lower(j) == "'s" || d.Lower(j) == "’s") && officeWords[d.Lower(j+1)] && d.Tokens[j+1].Cap
}

// titledBody reports whether the title at i opens the name of a body:
// "General Confederation of Labour", "General Assembly".
func titledBody(d *text.Doc, i, end int) bool {
	return i+1 < end && d.Tokens[i+1].Cap && orgWords[d.Lower(i+1)]
}

// titledPlace reports whether the title at i opens the rest of a
// place's name: "Coast General Hospital".
func titledPlace(d *text.Doc, i, end int) bool {
	return i+1 < end && d.Tokens[i+1].Cap && hospitals[d.Lower(i+1)]
}

var hospitals = text.SetOf("hospital", "hospitals", "clinic", "infirmary")

// capsEnd returns the end of the run of capitalised words from j.
func capsEnd(d *text.Doc, j, end int) int {
	for j < end && d.Tokens[j].Cap {
		j++
	}
	return j
}

// spelledBack returns where name sp starts once the capitalised words
// just before it, after token prev, that its acronym also spells are
// taken in: "Border Guard Bangladesh (BGB)", where a sentence's first
// word was left out as a common noun.
func spelledBack(d *text.Doc, sp Span, acronym string, prev int) int {
	initials, ok := capInitials(d, sp.First, sp.End)
	if !ok {
		return sp.First // "Ministry of Defence (MoD)": not spelled word by word
	}
	extra := len(acronym) - len(initials)
	if extra < 1 || extra > 2 || sp.First-extra < prev || !strings.HasSuffix(acronym, initials) {
		return sp.First
	}
	if before, ok := capInitials(d, sp.First-extra, sp.First); !ok || before != acronym[:extra] {
		return sp.First
	}
	return sp.First - extra
}

// capInitials returns the first letters of the words [first, end), and
// whether each is a word written with a capital.
func capInitials(d *text.Doc, first, end int) (string, bool) {
	var b strings.Builder
	for k := first; k < end; k++ {
		if d.Tokens[k].Kind != text.Word || !d.Tokens[k].Cap {
			return "", false
		}
		b.WriteByte(d.Word(k)[0])
	}
	return b.String(), true
}

// officeWords name an office after the possessive of its holder.
var officeWords = text.SetOf("office", "bureau", "chambers", "secretariat")

// acronymAhead reports whether the capitalised words from k end in an
// acronym in parentheses: "Muslims (JNIM)".
func acronymAhead(d *text.Doc, k, end int) bool {
	for k < end && d.Tokens[k].Cap {
		k++
	}
	return k+2 < end && d.Word(k) == "(" && d.Tokens[k+1].Upper && d.Word(k+2) == ")"
}

// Calendar reports whether lower-case w names a day, a month or a time
// zone: "Monday" in "On Monday Foreign Ministry spokesman X" is no title.
func Calendar(w string) bool { return calendar[w] }

var calendar = text.SetOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
	"oct.", "nov.", "dec.", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "gmt", "utc", "a.m.", "p.m.")

// rankPrefixes open a rank before its title word: "Rear Adm.", "Vice Adm.".
var rankPrefixes = text.SetOf("rear", "vice")

var honorifics = text.SetOf("mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.",
	"cpl.", "pvt.", "adm.", "cmdr.", "cdr.", "brig.", "gov.", "sen.", "rep.", "rev.", "insp.", "supt.", "comr.",
	"cmdt.", "det.", "sr.", "sheikh", "mr", "mrs", "ms",
	"dr", "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "emir", "sultan", "pope",
	"mawlawi", "maulvi", "mullah", "maulana", "mufti", "hajji", "haji", "ayatollah")

// surnameHonorifics are honorifics that are also family names: written
// after a given name and before no other, they end the name.
var surnameHonorifics = text.SetOf("hajji", "haji", "sheikh", "sultan", "mufti", "mullah")

var particles = text.SetOf("al", "el", "bin", "ibn", "bint", "abu", "de", "del", "della", "di", "da", "dos", "das", "du",
	"van", "von", "der", "den", "la", "le", "of", "ul", "ag", "ould", "wad", "ben", "o", "y", "e")
