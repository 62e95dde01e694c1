package lexicon

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Name is one key of an entry, as the generator writes it.
type Name struct {
	Key           string // folded, without a leading "the"
	Form          Form
	CaseSensitive bool
	Surface       string
	Sector        string // seats
	Institution   bool   // seats
	Display       string // seats
}

var formLetter = map[Form]byte{
	FormName: 'n', FormFormal: 'f', FormAlias: 'a', FormAbbrev: 'b', FormDemonym: 'd',
	FormDemonymPlural: 'p', FormCapital: 'c', FormSeat: 's',
}

var letterForm = func() map[string]Form {
	m := map[string]Form{}
	for f, c := range formLetter {
		m[string(c)] = f
	}
	return m
}()

var kinds = map[string]Kind{
	string(KindCountry): KindCountry, string(KindIGO): KindIGO, string(KindArmedGroup): KindArmedGroup,
	string(KindOrganization): KindOrganization, string(KindPerson): KindPerson, string(KindOffice): KindOffice,
}

// Encoder writes the lexicon's text format (see the package comment).
type Encoder struct {
	w   *bufio.Writer
	err error
}

// NewEncoder returns an Encoder that writes to w after a header line.
func NewEncoder(w io.Writer) *Encoder {
	e := &Encoder{w: bufio.NewWriter(w)}
	e.line("# sitrep lexicon v1")
	return e
}

// Entry writes an entry; the names that follow belong to it.
func (e *Encoder) Entry(en *Entry) {
	roles := make([]string, len(en.Roles))
	for i, r := range en.Roles {
		roles[i] = strings.Join([]string{cleanRole(r.Code), cleanRole(r.From), cleanRole(r.To), cleanRole(r.Title)}, "|")
	}
	e.line("E", en.ID, string(en.Kind), en.Code, en.Country, en.ISO2, en.ISO3, en.Sector, en.Capital,
		cleanRole(en.Role), en.Name, strings.Join(roles, ";"))
}

// Name writes a name of the last entry.
func (e *Encoder) Name(n Name) {
	flags := ""
	if n.CaseSensitive {
		flags += "c"
	}
	if n.Institution {
		flags += "i"
	}
	e.line("N", string(formLetter[n.Form]), flags, n.Key, n.Surface, n.Sector, n.Display)
}

// Agent writes a role noun.
func (e *Encoder) Agent(a Agent) {
	flags := ""
	for _, f := range []struct {
		on bool
		c  string
	}{{a.Plural, "p"}, {a.Title, "t"}, {a.Person, "h"}, {a.Prefix, "x"}} {
		if f.on {
			flags += f.c
		}
	}
	e.line("A", a.Key, a.Sector, flags)
}

// Close flushes the output and returns the first error.
func (e *Encoder) Close() error {
	if e.err != nil {
		return e.err
	}
	return e.w.Flush()
}

func (e *Encoder) line(fields ...string) {
	if e.err != nil {
		return
	}
	for i, f := range fields {
		if i > 0 {
			e.w.WriteByte('\t')
		}
		e.w.WriteString(clean(f))
	}
	_, e.err = e.w.WriteString("\n")
}

// clean keeps the field and record separators out of a field.
func clean(s string) string { return replaceAny(s, "\t\n\r") }

// cleanRole also keeps out the separators of the roles list.
func cleanRole(s string) string { return replaceAny(s, "\t\n\r|;") }

func replaceAny(s, chars string) string {
	if !strings.ContainsAny(s, chars) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(chars, r) {
			return ' '
		}
		return r
	}, s)
}

// pending is a name read before the entries are final.
type pending struct {
	entry int
	hit   Hit
	key   string
}

// Parse builds a lexicon from texts in the format of the package comment.
// The texts are parsed in order as if concatenated.
func Parse(texts ...string) (*Lexicon, error) {
	nEntries, nNames, nAgents := 0, 0, 0
	for _, t := range texts {
		nEntries += strings.Count(t, "\nE\t") + 1
		nNames += strings.Count(t, "\nN\t")
		nAgents += strings.Count(t, "\nA\t") + 1
	}
	l := &Lexicon{agents: make(map[string]Agent, nAgents), entries: make([]Entry, 0, nEntries)}
	names := make([]pending, 0, nNames)
	for _, t := range texts {
		for n := 1; t != ""; n++ {
			line, rest, _ := strings.Cut(t, "\n")
			t = rest
			if err := l.parseLine(strings.TrimSuffix(line, "\r"), &names); err != nil {
				return nil, fmt.Errorf("lexicon: line %d: %w", n, err)
			}
		}
	}
	l.build(names)
	return l, nil
}

var errFields = errors.New("too few fields")

// maxFields is the most fields a record has.
const maxFields = 12

// splitTabs splits a line at tabs into dst without allocating; a field
// beyond maxFields stays joined to the last.
func splitTabs(line string, dst []string) []string {
	for len(dst) < maxFields-1 {
		i := strings.IndexByte(line, '\t')
		if i < 0 {
			break
		}
		dst = append(dst, line[:i])
		line = line[i+1:]
	}
	return append(dst, line)
}

func (l *Lexicon) parseLine(line string, names *[]pending) error {
	if line == "" || line[0] == '#' {
		return nil
	}
	var buf [maxFields]string
	f := splitTabs(line, buf[:0])
	switch f[0] {
	case "E":
		return l.parseEntry(f)
	case "N":
		if len(l.entries) == 0 {
			return errors.New("name before any entry")
		}
		p, err := parseName(f)
		if err != nil {
			return err
		}
		p.entry = len(l.entries) - 1
		*names = append(*names, p)
	case "A":
		if len(f) < 4 || f[1] == "" {
			return errFields
		}
		l.agents[f[1]] = Agent{Key: f[1], Sector: f[2], Plural: strings.Contains(f[3], "p"),
			Title: strings.Contains(f[3], "t"), Person: strings.Contains(f[3], "h"),
			Prefix: strings.Contains(f[3], "x")}
		l.maxWords = max(l.maxWords, words(f[1]))
	default:
		return fmt.Errorf("unknown record %q", f[0])
	}
	return nil
}

func (l *Lexicon) parseEntry(f []string) error {
	if len(f) < 12 {
		return errFields
	}
	kind, ok := kinds[f[2]]
	if !ok {
		return fmt.Errorf("unknown kind %q", f[2])
	}
	if f[1] == "" {
		return errors.New("entry without id")
	}
	e := Entry{ID: f[1], Kind: kind, Code: f[3], Country: f[4], ISO2: f[5], ISO3: f[6], Sector: f[7],
		Capital: f[8], Role: f[9], Name: f[10]}
	if f[11] != "" {
		e.Roles = make([]Role, 0, strings.Count(f[11], ";")+1)
		for r := range strings.SplitSeq(f[11], ";") {
			var p [4]string
			n := 0
			for part := range strings.SplitSeq(r, "|") {
				if n == len(p) {
					return fmt.Errorf("bad role %q", r)
				}
				p[n] = part
				n++
			}
			if n != len(p) {
				return fmt.Errorf("bad role %q", r)
			}
			e.Roles = append(e.Roles, Role{Code: p[0], From: p[1], To: p[2], Title: p[3]})
		}
	}
	l.entries = append(l.entries, e)
	return nil
}

func parseName(f []string) (pending, error) {
	if len(f) < 7 || f[3] == "" {
		return pending{}, errFields
	}
	form, ok := letterForm[f[1]]
	if !ok {
		return pending{}, fmt.Errorf("unknown form %q", f[1])
	}
	return pending{key: f[3], hit: Hit{Form: form, CaseSensitive: strings.Contains(f[2], "c"),
		Surface: f[4], Sector: f[5], Institution: strings.Contains(f[2], "i"), Name: f[6]}}, nil
}

// build indexes the names once the entries no longer move in memory.
func (l *Lexicon) build(names []pending) {
	count := make(map[string]int32, len(names))
	for _, p := range names {
		count[p.key]++
	}
	l.index = make(map[string]span, len(count))
	var next int32
	for _, p := range names {
		if _, ok := l.index[p.key]; !ok {
			l.index[p.key] = span{start: next}
			next += count[p.key]
			l.maxWords = max(l.maxWords, words(p.key))
		}
	}
	l.hits = make([]Hit, len(names))
	for _, p := range names {
		s := l.index[p.key]
		h := p.hit
		h.Entry = &l.entries[p.entry]
		l.hits[s.start+s.n] = h
		s.n++
		l.index[p.key] = s
	}
	for _, sp := range l.index {
		personsFirst(l.hits[sp.start : sp.start+sp.n])
		newestFirst(l.hits[sp.start : sp.start+sp.n])
	}
	l.byID = make(map[string]*Entry, len(l.entries))
	l.country = map[string]*Entry{}
	l.surname = map[string][]*Entry{}
	l.spelled = map[string][]*Entry{}
	for i := range l.entries {
		e := &l.entries[i]
		l.byID[e.ID] = e
		switch e.Kind {
		case KindCountry:
			for _, c := range []string{e.ISO2, e.ISO3, e.Code} {
				if _, taken := l.country[c]; c != "" && !taken {
					l.country[c] = e
				}
			}
		}
	}
	first := map[string]int{}
	for _, p := range names {
		if e := &l.entries[p.entry]; e.Kind == KindPerson && p.hit.Form == FormName {
			l.addSurname(SurnameKey(p.key), e)
			if w, _, ok := strings.Cut(p.key, " "); ok {
				first[w]++
			}
		}
	}
	l.given = map[string]bool{}
	for w, n := range first {
		if n >= 2 && len(w) > 1 && !strings.Contains(w, ".") && !particles[w] {
			l.given[w] = true
		}
	}
}

// personsFirst moves a person before a body of the same name: the
// country actor files list a few leaders among their bodies ("o:ALEKSANDAR_VUCIC"
// beside the people file's "p:ALEKSANDAR_VUCIC"), and the first hit
// names the kind.
func personsFirst(hits []Hit) {
	for i, h := range hits {
		if h.Entry.Kind != KindPerson || !strings.HasPrefix(h.Entry.ID, "p:") {
			continue
		}
		for j := range i {
			if hits[j].Entry.ID == "o:"+h.Entry.ID[2:] {
				hits[j], hits[i] = hits[i], hits[j]
				break
			}
		}
	}
}

// newestFirst orders the people a key names by the start of the latest
// office they still hold, the newest first, keeping the places of other
// hits: the actor files list "Salva Kiir" under Sudan from 2005 and under
// South Sudan from 2011, and today's news means the president of South
// Sudan.
func newestFirst(hits []Hit) {
	var at []int
	for i, h := range hits {
		if h.Entry.Kind == KindPerson {
			if openSince(h.Entry) == "" {
				return // an undated or curated person keeps its place
			}
			at = append(at, i)
		}
	}
	if len(at) < 2 {
		return
	}
	people := make([]Hit, len(at))
	for k, i := range at {
		people[k] = hits[i]
	}
	slices.SortStableFunc(people, func(a, b Hit) int { return strings.Compare(openSince(b.Entry), openSince(a.Entry)) })
	for k, i := range at {
		hits[i] = people[k]
	}
}

// openSince is the start of the latest role of e that has not ended, ""
// when none is dated.
func openSince(e *Entry) string {
	s := ""
	for _, r := range e.Roles {
		if r.To == "" && r.From > s {
			s = r.From
		}
	}
	return s
}

// particles start some names but are no given names.
var particles = map[string]bool{"al": true, "el": true, "bin": true, "ibn": true, "de": true, "da": true,
	"van": true, "von": true, "la": true, "le": true, "di": true, "du": true}

// addSurname indexes a person under a surname once; the folded names of a
// person spare folding at load time.
func (l *Lexicon) addSurname(k string, e *Entry) {
	if k == "" {
		return
	}
	if s := l.surname[k]; len(s) > 0 && s[len(s)-1] == e {
		return
	}
	l.surname[k] = append(l.surname[k], e)
	t := Transliterated(k)
	if s := l.spelled[t]; len(s) == 0 || s[len(s)-1] != e {
		l.spelled[t] = append(l.spelled[t], e)
	}
}

func words(key string) int { return strings.Count(key, " ") + 1 }
