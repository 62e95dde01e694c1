package lexicon

import (
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

// Kind is the kind of actor an entry is.
type Kind string

// The kinds of entry. An office is a post named without its holder ("US
// Secretary of State").
const (
	KindCountry      Kind = "country"
	KindIGO          Kind = "igo"
	KindArmedGroup   Kind = "armed_group"
	KindOrganization Kind = "organization"
	KindPerson       Kind = "person"
	KindOffice       Kind = "office"
)

// Form says how a key names its entry.
type Form string

// The forms of a name.
const (
	FormName          Form = "name"
	FormFormal        Form = "formal"
	FormAlias         Form = "alias"
	FormAbbrev        Form = "abbrev"
	FormDemonym       Form = "demonym"
	FormDemonymPlural Form = "demonym_plural"
	FormCapital       Form = "capital"
	FormSeat          Form = "seat"
)

// Entry is one actor.
type Entry struct {
	ID      string // stable: "RUS", "IGOUNO", "p:VLADIMIR_PUTIN"
	Name    string // display name
	Kind    Kind
	Code    string // CAMEO actor code now: "RUS", "IGOUNO", "SYRREB", "RUSGOV"
	Country string // CAMEO country code the actor belongs to, "" for IGOs
	ISO2    string // countries only
	ISO3    string // countries only
	Sector  string // "GOV", "MIL", "REB"... from the code, for organisations
	Capital string // countries only
	Role    string // current title when known ("President")
	Roles   []Role // dated codes, most recent first, undated last
}

// Role is a code an actor held over a period.
type Role struct {
	Code  string
	Title string
	From  string // YYYY-MM-DD, "" when open
	To    string // YYYY-MM-DD, "" when open
}

// Hit is one entry that a key names.
type Hit struct {
	Entry         *Entry
	Form          Form
	CaseSensitive bool   // matches only when written in capitals
	Surface       string // the capitalised form, when CaseSensitive
	Sector        string // seats: the sector the seat stands for ("MIL")
	Institution   bool   // seats: names a body of its own
	Name          string // seats: display form ("the Pentagon")
}

// Agent is a role noun: "minister", "troops", "rebels".
type Agent struct {
	Key    string
	Sector string // "GOV", "MIL", "REB", "GOVMIL"...
	Plural bool
	Title  bool // used as a title before a name ("President", "Foreign Minister")
	Person bool // names people rather than an institution ("soldiers", not "army")
	Prefix bool // the sector goes before the actor's code ("NGO~")
}

// Lexicon is the loaded lexicon. It is read-only and safe for concurrent
// use.
type Lexicon struct {
	entries  []Entry
	hits     []Hit
	index    map[string]span
	byID     map[string]*Entry
	country  map[string]*Entry
	surname  map[string][]*Entry
	spelled  map[string][]*Entry // surnames as Transliterated spells them
	given    map[string]bool
	agents   map[string]Agent
	maxWords int
}

type span struct{ start, n int32 }

// The folder keeps its README so that the embed, and so the generator that
// imports this package, still build before the data exists.
//
//go:embed data
var dataFS embed.FS

var defaultOnce = sync.OnceValues(loadDefault)

// Default returns the embedded lexicon, loaded on first use.
func Default() (*Lexicon, error) { return defaultOnce() }

func loadDefault() (*Lexicon, error) {
	files, err := dataFS.ReadDir("data")
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	var parts []string
	for _, f := range files {
		if !strings.HasSuffix(f.Name(), ".tsv.gz") {
			continue
		}
		raw, err := dataFS.ReadFile("data/" + f.Name())
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		text, err := gunzip(raw)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %s: %w", f.Name(), err)
		}
		parts = append(parts, text)
	}
	if len(parts) == 0 {
		return nil, errors.New("lexicon: no data: run go run ./tools/genlex")
	}
	return Parse(parts...)
}

func gunzip(raw []byte) (string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if n := len(raw); n >= 4 {
		// The gzip trailer holds the size: one allocation for the text.
		b.Grow(int(binary.LittleEndian.Uint32(raw[n-4:])))
	}
	if _, err := io.Copy(&b, zr); err != nil {
		return "", err
	}
	return b.String(), zr.Close()
}

// Lookup returns the entries that key names, in priority order. key is a
// phrase folded with text.Fold, without a leading "the". The slice is
// shared: do not modify it.
func (l *Lexicon) Lookup(key string) []Hit {
	s, ok := l.index[key]
	if !ok {
		return nil
	}
	return l.hits[s.start : s.start+s.n : s.start+s.n]
}

// MaxWords is the largest number of space-separated words in a key of
// Lookup or Agent, so that a caller knows how long a span to try.
func (l *Lexicon) MaxWords() int { return l.maxWords }

// Agent returns the role noun with the folded key.
func (l *Lexicon) Agent(key string) (Agent, bool) {
	a, ok := l.agents[key]
	return a, ok
}

// Country returns the country with a CAMEO, ISO 3166 alpha-3 or alpha-2
// code (upper case), or nil.
func (l *Lexicon) Country(code string) *Entry { return l.country[code] }

// Entry returns the entry with the ID, or nil.
func (l *Lexicon) Entry(id string) *Entry { return l.byID[id] }

// Surname returns the people whose name ends in the folded surname key,
// without a particle: "assad" for "Bashar al-Assad".
func (l *Lexicon) Surname(key string) []*Entry { return l.surname[key] }

// SurnameSpelled returns the people whose surname is the folded key
// spelled another way: "zelenskiy" for "Volodymyr Zelenskyy".
func (l *Lexicon) SurnameSpelled(key string) []*Entry { return l.spelled[Transliterated(key)] }

// Transliterated reduces a folded name to the letters its
// transliterations share: no hyphens, apostrophes or doubled letters, and
// one spelling for zh/j, kh/h, y/i, w/v, ph/f, ou/u.
func Transliterated(s string) string {
	s = translit.Replace(s)
	var b strings.Builder
	var last rune
	for _, r := range s {
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

var translit = strings.NewReplacer("-", "", "'", "", " ", "", "zh", "j", "kh", "h", "ph", "f", "ou", "u", "y", "i", "w", "v")

// GivenName reports whether a folded word is a given name: the first word
// of the names of at least two people of the lexicon ("vladimir", "jose").
func (l *Lexicon) GivenName(key string) bool { return l.given[key] }

// Entries returns all entries. The slice is shared: do not modify it.
func (l *Lexicon) Entries() []Entry { return l.entries }

// Agents returns the number of role nouns.
func (l *Lexicon) Agents() int { return len(l.agents) }

// RoleAt returns the role that e held on day (YYYY-MM-DD): the most recent
// dated role that covers it, else the first undated role.
func (e *Entry) RoleAt(day string) (Role, bool) {
	for _, r := range e.Roles {
		if r.From == "" && r.To == "" {
			continue
		}
		if (r.From == "" || r.From <= day) && (r.To == "" || day <= r.To) {
			return r, true
		}
	}
	for _, r := range e.Roles {
		if r.From == "" && r.To == "" {
			return r, true
		}
	}
	return Role{}, false
}

// SurnameKey returns the key under which Surname finds a person: the last
// word of the folded name without an Arabic particle ("al-", "bin-"...).
func SurnameKey(folded string) string {
	i := strings.LastIndexByte(folded, ' ')
	if i < 0 {
		return ""
	}
	last := folded[i+1:]
	for _, p := range [...]string{"al-", "el-", "ul-", "bin-", "ibn-"} {
		last = strings.TrimPrefix(last, p)
	}
	return last
}

// Spokesperson reports whether a folded word names those who speak for a
// body: "spokesman", "spokeswomen".
func Spokesperson(w string) bool { return spokespeople[w] }

var spokespeople = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokespeople": true,
	"spokesmen": true, "spokeswomen": true}

// Rank reports whether a folded word is a rank, an honorific or a
// clerical title written before a name: "Col.", "Sergeant", "Dr.",
// "Father". A role modifier may open a rank of several words ("Air
// Commodore", "Deputy Inspector General").
func Rank(w string) bool { return ranks[w] }

var ranks = map[string]bool{"lt.": true, "gen.": true, "col.": true, "maj.": true, "capt.": true, "sgt.": true,
	"brig.": true, "adm.": true, "cmdr.": true, "cpl.": true, "pvt.": true, "dr.": true, "mr.": true, "mrs.": true,
	"ms.": true, "gov.": true, "sen.": true, "rep.": true, "rev.": true, "prof.": true, "insp.": true, "supt.": true,
	"sr.": true, "comr.": true, "cdr.": true, "det.": true, "cmdt.": true,
	"colonel": true, "commodore": true, "corporal": true, "sergeant": true, "lieutenant": true, "captain": true, "major": true,
	"admiral": true, "brigadier": true, "superintendent": true, "inspector": true, "constable": true, "father": true,
	"imam": true, "pastor": true, "rabbi": true, "bishop": true, "archbishop": true, "cardinal": true,
	"monsignor": true, "reverend": true, "sheikh": true, "mullah": true, "mawlawi": true, "maulana": true, "mufti": true,
	"haji": true, "ayatollah": true}

// AddressTitle reports whether a folded word is a title that, written
// with a capital before a name, addresses a police or military officer
// by grade rather than naming an office: "Commissioner X, a police
// spokeswoman,", "Commander X, head of the contingent,"; "MSS force
// commander X" holds an office.
func AddressTitle(w string) bool { return w == "commissioner" || w == "commander" }

// RoleModifier reports whether a folded word qualifies a role noun in a
// title ("deputy", "foreign", "defence" in "Deputy Foreign Minister"); such
// words are capitalised in titles but never start a name.
func RoleModifier(w string) bool { return roleModifiers[w] }

var roleModifiers = map[string]bool{"deputy": true, "vice": true, "foreign": true, "defence": true,
	"defense": true, "interior": true, "prime": true, "chief": true, "senior": true, "former": true,
	"acting": true, "top": true, "finance": true, "justice": true, "army": true, "military": true,
	"assistant": true, "general": true, "special": true, "supreme": true, "first": true, "press": true,
	"economy": true, "health": true, "trade": true, "energy": true, "security": true, "outgoing": true,
	"intelligence": true, "navy": true, "naval": true, "air": true, "force": true, "opposition": true,
	"rebel": true, "militant": true, "government": true, "state": true, "national": true, "regional": true,
	"cabinet": true, "transport": true, "education": true, "agriculture": true, "environment": true,
	"home": true, "treasury": true, "information": true, "communications": true, "labour": true,
	"labor": true, "culture": true, "economic": true, "political": true, "executive": true, "principal": true,
	"director": true, "policy": true, "coast": true, "guard": true, "border": true, "police": true,
	"migration": true}
