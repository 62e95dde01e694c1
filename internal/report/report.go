package report

import (
	"strings"
	"time"
)

// OffsetUnit names the unit of every Span in a report.
const OffsetUnit = "bytes"

// Span is a half-open byte range into Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Evidence is a span with the words it covers, so a reader can audit a fact
// without re-slicing the text.
type Evidence struct {
	Span
	Text string `json:"text"`
}

// Document is the report for one article.
type Document struct {
	ID        string   `json:"id"` // hex SHA-256 prefix of Text
	URL       string   `json:"url,omitempty"`
	Source    string   `json:"source,omitempty"`
	Title     string   `json:"title,omitempty"`
	TitleSpan *Span    `json:"title_span,omitempty"` // where the title sits in Text, if it does
	Byline    string   `json:"byline,omitempty"`
	Published *Date    `json:"published,omitempty"`
	Language  string   `json:"language"`
	Offsets   string   `json:"offsets"` // always OffsetUnit
	Text      string   `json:"text"`
	Stats     Stats    `json:"stats"`
	Entities  []Entity `json:"entities"`
	Places    []Place  `json:"places"`
	Quotes    []Quote  `json:"quotes,omitempty"`
	Assets    []Asset  `json:"assets,omitempty"`
	Figures   []Figure `json:"figures,omitempty"`
	Times     []Time   `json:"times,omitempty"`
	Events    []Event  `json:"events,omitempty"`
	Claims    []Claim  `json:"claims,omitempty"`
	Signals   []Signal `json:"signals,omitempty"`
	Trust     *Trust   `json:"trust,omitempty"`
}

// Trust sums up how far the text itself can be trusted: a level, the
// spun-text score with its threshold, the wire agencies it names as
// origin, and the reasons in plain words. The Signals hold the evidence.
type Trust struct {
	Level     string   `json:"level"` // high, medium, low
	SpinScore float64  `json:"spin_score"`
	Spun      bool     `json:"spun"`
	Threshold float64  `json:"threshold"`
	Agencies  []string `json:"agencies,omitempty"`
	Summary   []string `json:"summary"`
}

// Stats counts the layers of the text the pipeline analysed.
type Stats struct {
	Paragraphs int `json:"paragraphs"`
	Sentences  int `json:"sentences"`
	Tokens     int `json:"tokens"`
	Words      int `json:"words"`
}

// Date is a calendar date with the precision the text supports.
type Date struct {
	Time      time.Time `json:"time"`
	Precision string    `json:"precision"` // "day", "week", "month", "year"
}

// Entity kinds.
const (
	KindCountry      = "country"
	KindPerson       = "person"
	KindOrganization = "organization"
	KindArmedGroup   = "armed_group"
	KindIGO          = "igo"
)

// Mention forms: how the text names an entity or a place.
const (
	FormName     = "name"     // the canonical or a full name
	FormAlias    = "alias"    // an alternative or formal name, or an abbreviation
	FormDemonym  = "demonym"  // "Russian", "Syrians"
	FormMetonym  = "metonym"  // a capital or a seat of government standing for it
	FormSurname  = "surname"  // a surname alone, referring back to a full name
	FormLocative = "locative" // a place named as the site of something
	// FormDescription is a definite description that refers back to a
	// body named before ("the ministry", "the group"), when one body
	// named in the sentences just before fits it.
	FormDescription = "description"
	// FormRelational is a country named as the backer of another actor
	// ("Iranian-backed", "Saudi-led"): it does not act, own or speak there.
	FormRelational = "relational"
)

// Mention is one place in the text that refers to an entity or a place.
type Mention struct {
	Evidence
	Form     string `json:"form"`
	Code     string `json:"code,omitempty"` // actor code of this mention when it differs: "Syrian government" -> SYRGOV
	Sentence int    `json:"sentence"`       // index into the text layer's sentences
}

// Entity is an actor the document mentions.
type Entity struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	Kind        string    `json:"kind"`
	Code        string    `json:"code,omitempty"`        // CAMEO-style actor code: RUS, RUSGOV, IGOUNO
	Country     string    `json:"country,omitempty"`     // CAMEO country code of the actor or its affiliation
	Sector      string    `json:"sector,omitempty"`      // GOV, MIL, REB, ...
	Role        string    `json:"role,omitempty"`        // "foreign minister", "State Department spokesman"
	Affiliation string    `json:"affiliation,omitempty"` // CAMEO country code the role belongs to
	Known       bool      `json:"known"`                 // found in the lexicon rather than only in the text
	Aliases     []string  `json:"aliases,omitempty"`     // the distinct surfaces that name it
	Mentions    []Mention `json:"mentions"`
}

// International reports whether an actor code is that of a body above
// states (IGOUNOIAE, NGOHRIAMN, MNC...): its people act for it, not for the
// country a story is about.
func International(code string) bool {
	return strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "MNC")
}

// Place is a location the document names, resolved against the gazetteer.
// A named feature the gazetteer lacks ("the Mandara Mountains", "Abu
// Nuwas Street"), or a name the finder reads as a location after a
// preposition of place ("on the Chenab river"), is a place too, with
// precision "unlocated": it has no coordinates (lat and lon are 0 and mean
// nothing), and its country is that of the nearest located place its
// sentence names, else the country the story weighs most. An asset may be
// at such a place; maps and exports leave it out. Its mentions are
// locative, naming it as the site of something, except a country's that
// holds the story's places but is only named as an actor ("ruled Togo"):
// those have the form "name".
type Place struct {
	ID         string    `json:"id"`
	GeoNamesID int       `json:"geonames_id,omitempty"`
	Name       string    `json:"name"`
	Country    string    `json:"country,omitempty"` // ISO 3166-1 alpha-2
	Admin1     string    `json:"admin1,omitempty"`
	Lat        float64   `json:"lat"`
	Lon        float64   `json:"lon"`
	Feature    string    `json:"feature"`   // country, admin1, admin2, city, capital, sea, region...
	Precision  string    `json:"precision"` // point, region, country, water, town (its town's point), near (a neighbour's point), unlocated
	Confidence float64   `json:"confidence"`
	Mentions   []Mention `json:"mentions"`
}

// Unlocated is the precision of a place the gazetteer does not know.
const Unlocated = "unlocated"

// Located reports whether the place has coordinates.
func (p Place) Located() bool { return p.Precision != Unlocated }

// Site reports whether m names a place as the site of something.
func (m Mention) Site() bool { return m.Form == FormLocative }

// Quote is a statement attributed to a speaker: the words inside quotation
// marks (Direct) or the reported clause of indirect speech ("X said that
// …", "according to X, …"). A quote that runs over several paragraphs has
// one span from its first word to its last.
type Quote struct {
	ID          string    `json:"id"`
	Text        Evidence  `json:"text"`
	Direct      bool      `json:"direct"`
	Speaker     string    `json:"speaker,omitempty"`      // entity ID; empty for anonymous or unresolved speakers
	SpeakerName string    `json:"speaker_name,omitempty"` // the entity's name, or the description of an anonymous source
	SpeakerAs   *Evidence `json:"speaker_as,omitempty"`   // the words that name the speaker here: "He", "the ministry", "Interior Minister Paula Ortuzar"
	Affiliation string    `json:"affiliation,omitempty"`  // CAMEO country code of the speaker, when known
	Anonymous   bool      `json:"anonymous,omitempty"`
	Cue         *Evidence `json:"cue,omitempty"` // the reporting verb or phrase
	Stance      string    `json:"stance"`        // neutral, asserts, confirms, denies, disputes, unverified
	// Negation is the word that makes a report with a neutral cue a
	// denial ("We have never fired …," he said): the stance is then read
	// from the quote's own words.
	Negation *Evidence `json:"negation,omitempty"`
	// Allegation is the word that makes a party's report with a neutral
	// cue an assertion ("Tajik forces opened fire," the border service
	// said): the side charges another with force or fault.
	Allegation *Evidence `json:"allegation,omitempty"`
	// Fragments are the words inside quotation marks within indirect
	// speech: the speaker's own words ("called the stoppage "a political
	// strike by union bosses"").
	Fragments []Evidence `json:"fragments,omitempty"`
	Audience  *Evidence  `json:"audience,omitempty"`
	Sentence  int        `json:"sentence"` // the sentence of the cue
}

// Stances of a quote or of a claim holder.
const (
	StanceNeutral    = "neutral"
	StanceAsserts    = "asserts"
	StanceConfirms   = "confirms"
	StanceDenies     = "denies"
	StanceDisputes   = "disputes"
	StanceUnverified = "unverified"
)

// Asset is an observation of military force or equipment: seven T-90
// tanks at an airfield, half a dozen howitzers, no fighter jets.
type Asset struct {
	ID    string `json:"id"`
	Kind  string `json:"kind"`            // tank, apc, artillery, combat_aircraft, drone, personnel…
	Model string `json:"model,omitempty"` // "T-90", or the class noun ("howitzer")
	Unit  string `json:"unit,omitempty"`  // "company" in "a company of 200 marines"
	// Count is how many; for a vague count it is the least number the
	// words say, with Approximate set: "half a dozen" 6, "dozens" 24,
	// "several" 3, a plural without a count ("drones") 2. A singular with
	// an article or possessive counts 1, a negation 0.
	Count       *float64  `json:"count,omitempty"`
	Approximate bool      `json:"approximate,omitempty"`
	CountAs     *Evidence `json:"count_as,omitempty"` // the words of the count: "half a dozen"
	Owner       string    `json:"owner,omitempty"`    // entity ID
	OwnerName   string    `json:"owner_name,omitempty"`
	Place       string    `json:"place,omitempty"` // place ID
	// Recipient is the entity ID of the country a transfer goes to ("sent
	// 30 tanks to Ukraine"), and RecipientName its name.
	Recipient     string    `json:"recipient,omitempty"`
	RecipientName string    `json:"recipient_name,omitempty"`
	Status        string    `json:"status"`             // present, absent, fired, destroyed, damaged, delivered, planned, seized
	Cue           *Evidence `json:"cue,omitempty"`      // the words that give the status
	Observer      string    `json:"observer,omitempty"` // ID of the quote that reports it
	ObserverName  string    `json:"observer_name,omitempty"`
	Date          *Date     `json:"date,omitempty"`
	Evidence      Evidence  `json:"evidence"`
}

// Figure is a number that matters and is not equipment: casualties (and the
// part of them a text singles out: "including 11 children"), sizes,
// distances, money, shares, durations, amounts, other counts of a named
// noun ("2,487,612 votes"), years.
type Figure struct {
	ID          string   `json:"id"`
	Kind        string   `json:"kind"` // casualty, size, distance, money, share, duration, amount, count, year, age
	What        string   `json:"what"`
	Value       float64  `json:"value"`
	Bound       string   `json:"bound,omitempty"` // "more than", "at least", "up to"
	Approximate bool     `json:"approximate,omitempty"`
	Unit        string   `json:"unit,omitempty"`
	Since       *Date    `json:"since,omitempty"` // start of the period a count covers: "since 2011"
	Evidence    Evidence `json:"evidence"`
}

// Time is a date or time expression of the text, resolved against the
// publication date when one is known; Date is nil when it is not.
type Time struct {
	Evidence
	Kind string `json:"kind"`
	Date *Date  `json:"date,omitempty"`
}

// Event is a coded interaction: who did what to whom, in CAMEO and PLOVER.
// Compound actors stay lists ("Hungarian and Romanian officials" is one
// event with two sources), as PLOVER records them; exports that need dyads
// expand them.
type Event struct {
	ID        string       `json:"id"`
	Source    []EventActor `json:"source,omitempty"`
	Target    []EventActor `json:"target,omitempty"`
	Action    Evidence     `json:"action"`               // the verb or noun that carries the event
	CAMEO     string       `json:"cameo"`                // full code: "0874"
	Base      string       `json:"cameo_base"`           // three-digit base code: "087"
	Root      string       `json:"cameo_root"`           // root class: "08"
	Name      string       `json:"cameo_name,omitempty"` // "Retreat or surrender militarily"
	QuadClass int          `json:"quad_class"`           // 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict
	Goldstein float64      `json:"goldstein"`            // -10 (conflict) to +10 (cooperation)
	PLOVER    string       `json:"plover,omitempty"`     // "RETREAT"
	Mode      string       `json:"plover_mode,omitempty"`
	Context   []string     `json:"plover_context,omitempty"`
	Modality  string       `json:"modality"`          // one of the Modality constants
	Cue       *Evidence    `json:"cue,omitempty"`     // the words that set the modality: "may", "denied"
	Pattern   string       `json:"pattern,omitempty"` // the dictionary pattern that coded it
	Place     string       `json:"place,omitempty"`   // place ID
	Date      *Date        `json:"date,omitempty"`
	// ReportedBy is the ID of the quote whose words carry the event, and
	// Reporter that quote's speaker as written ("US officials").
	ReportedBy string   `json:"reported_by,omitempty"`
	Reporter   string   `json:"reporter,omitempty"`
	Sentence   int      `json:"sentence"`
	Evidence   Evidence `json:"evidence"` // the sentence that states it
	// Mentions are the later words that refer back to the same event ("the
	// shelling", "the attack"), which are not coded again.
	Mentions []Evidence `json:"mentions,omitempty"`
}

// EventActor is one participant of an event: an entity of the document, or
// an agent the text names without one ("protesters", "police").
type EventActor struct {
	Evidence
	Entity  string `json:"entity,omitempty"` // entity ID; empty for agents alone
	Name    string `json:"name"`
	Code    string `json:"code"`              // CAMEO actor code: "RUSMIL", "IGOUNO", "CVL"
	Country string `json:"country,omitempty"` // CAMEO country code
}

// Modalities of an event: how the text commits to it.
const (
	ModalityAsserted     = "asserted"     // the text or its source states it
	ModalityPossible     = "possible"     // "may be setting up", "could"
	ModalityIntended     = "intended"     // "aimed to create", "plans to"
	ModalityFuture       = "future"       // "will send"
	ModalityHypothetical = "hypothetical" // "if ... would"
	ModalityNegated      = "negated"      // "did not mention"
	ModalityDenied       = "denied"       // the object of a denial
)

// Claim is a proposition that holders take stances on, such as a country's
// military presence somewhere. Key identifies the proposition across
// documents: its topic and the CAMEO codes of the countries it is about
// ("military_presence|RUS|SYR").
type Claim struct {
	ID        string   `json:"id"`
	Key       string   `json:"key"`
	Topic     string   `json:"topic"`
	Statement string   `json:"statement"`
	Stances   []Stance `json:"stances"`
}

// Stance is one holder's position on a claim, backed by one quote.
type Stance struct {
	Holder     string   `json:"holder,omitempty"` // entity ID; empty for anonymous holders
	HolderName string   `json:"holder_name"`
	Stance     string   `json:"stance"`
	Quote      string   `json:"quote"` // quote ID
	Evidence   Evidence `json:"evidence"`
}

// Signal is something about the text itself that bears on trust.
type Signal struct {
	Kind     string     `json:"kind"`
	Score    float64    `json:"score,omitempty"`
	Detail   string     `json:"detail,omitempty"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// SignalRepeatedHeadline is the kind of the signal for a headline repeated
// at the end of the text; package signal defines the other kinds.
const SignalRepeatedHeadline = "repeated_headline"
