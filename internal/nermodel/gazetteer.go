package nermodel

import (
	"strings"
	"sync"
	"unsafe"

	"sitrep/internal/geo"
	"sitrep/internal/lexicon"
	"sitrep/internal/text"
)

// maxSpan is the longest name, in tokens, looked up in the lexicons.
const maxSpan = 6

// connectors are the lower-case words a multi-word name may hold.
var connectors = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "on": true, "de": true, "del": true, "la": true,
	"le": true, "al": true, "el": true, "bin": true, "ibn": true, "von": true, "van": true, "der": true,
	"den": true, "du": true, "da": true, "dos": true, "'s": true, "&": true,
}

// docState holds the per-document features and the buffers of one Find.
type docState struct {
	info   []tokInfo
	dcase  map[uint64]uint8
	hist   map[uint64]history
	key    []byte
	folded map[string]string
}

func newDocState() *docState {
	return &docState{dcase: make(map[uint64]uint8), hist: make(map[uint64]history), folded: make(map[string]string)}
}

// prepare computes the features of every token of d that do not depend on
// the model: spelling, word classes, name lists, gazetteer matches and
// document casing.
func (r *resources) prepare(d *text.Doc, st *docState) {
	st.info = st.info[:0]
	clear(st.dcase)
	clear(st.hist)
	for i, t := range d.Tokens {
		ti := lexical(d.Word(i), t)
		if t.Kind != text.Punct {
			r.wordLists(d, i, &ti, st)
		}
		st.info = append(st.info, ti)
	}
	for _, s := range d.Sentences {
		if !valid(d, s) {
			continue
		}
		r.tag(d, s.First, s.End, st, true)
		r.tag(d, s.First, s.End, st, false)
		if !capsSentence(st.info[s.First:s.End]) {
			st.noteCasing(s.First, s.End)
		}
	}
	for i := range st.info {
		st.info[i].dcase = st.dcase[st.info[i].lower]
	}
}

// wordLists looks the word up in the vocabulary and the name lists.
func (r *resources) wordLists(d *text.Doc, i int, ti *tokInfo, st *docState) {
	key := st.foldSpan(d, i, i+1)
	ti.voc = r.voc.Classes(key)
	if ti.flags&fHasUpper == 0 {
		return
	}
	if r.lex.GivenName(key) {
		ti.name |= nGiven
	}
	if len(r.lex.Surname(key)) > 0 {
		ti.name |= nSurname
	}
}

// noteCasing records how the words inside a sentence are written.
func (st *docState) noteCasing(first, end int) {
	for i := first + 1; i < end; i++ {
		t := &st.info[i]
		switch {
		case t.flags&fLetter == 0:
		case t.flags&fCap != 0:
			st.dcase[t.lower] |= cCapMid
		case t.flags&fHasUpper == 0:
			st.dcase[t.lower] |= cLowerMid
		}
	}
}

// capsSentence reports whether most words are in capitals: a headline.
func capsSentence(info []tokInfo) bool {
	words, caps := 0, 0
	for i := range info {
		if info[i].flags&fLetter != 0 {
			words++
			if info[i].flags&fUpper != 0 {
				caps++
			}
		}
	}
	return words > 1 && caps*3 > words*2
}

// tag marks the tokens of the longest lexicon (lex) or gazetteer matches
// in tokens [first, end).
func (r *resources) tag(d *text.Doc, first, end int, st *docState, lex bool) {
	for i := first; i < end; {
		j, cls := r.longest(d, i, end, st, lex)
		if cls == 0 {
			i++
			continue
		}
		for k := i; k < j; k++ {
			pos := uint16(posI)
			switch {
			case j-i == 1:
				pos = posU
			case k == i:
				pos = posB
			case k == j-1:
				pos = posL
			}
			if lex {
				st.info[k].lex = cls<<2 | pos
			} else {
				st.info[k].geo = cls<<2 | pos
			}
		}
		i = j
	}
}

// longest returns the end and class of the longest match at token i.
func (r *resources) longest(d *text.Doc, i, end int, st *docState, lex bool) (int, uint16) {
	if st.info[i].flags&fHasUpper == 0 {
		return i, 0
	}
	stop := i + 1
	for stop < end && stop-i < maxSpan && (st.info[stop].flags&fHasUpper != 0 || st.connector(d, stop)) {
		stop++
	}
	for j := stop; j > i; j-- {
		if st.info[j-1].flags&fHasUpper == 0 {
			continue
		}
		key := st.foldSpan(d, i, j)
		var cls uint16
		if lex {
			cls = lexClass(r.lex.Lookup(key), d.Text[d.Tokens[i].Start:d.Tokens[j-1].End])
		} else {
			cls = r.geoClass(key)
		}
		if cls != 0 {
			return j, cls
		}
	}
	return i, 0
}

func (st *docState) connector(d *text.Doc, i int) bool {
	return connectors[st.foldSpan(d, i, i+1)]
}

// foldSpan returns the text.Fold key of tokens [i, j). ASCII text, nearly
// all of it, is folded into st.key without allocating; the key is a view
// of st.key, valid until the next call.
func (st *docState) foldSpan(d *text.Doc, i, j int) string {
	s := d.Text[d.Tokens[i].Start:d.Tokens[j-1].End]
	buf := st.key[:0]
	space := false
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch {
		case c >= 0x80:
			return st.fold(s)
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			space = true
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			buf = append(buf, ' ')
			space = false
		}
		buf = append(buf, c)
	}
	st.key = buf
	return bytesView(buf)
}

// fold returns text.Fold(s), from a cache: the few words with non-ASCII
// letters or marks ("’s", "Zürich") recur, and Fold allocates.
func (st *docState) fold(s string) string {
	if f, ok := st.folded[s]; ok {
		return f
	}
	if len(st.folded) >= maxCachedFolds {
		clear(st.folded)
	}
	f := text.Fold(s)
	st.folded[strings.Clone(s)] = f
	return f
}

const maxCachedFolds = 4096

// Lexicon classes: the kind of the entry times the group of the form.
var lexKinds = map[lexicon.Kind]uint16{
	lexicon.KindCountry: 0, lexicon.KindIGO: 1, lexicon.KindArmedGroup: 2,
	lexicon.KindOrganization: 3, lexicon.KindPerson: 4, lexicon.KindOffice: 5,
}

func lexClass(hits []lexicon.Hit, surface string) uint16 {
	for _, h := range hits {
		if h.CaseSensitive && h.Surface != surface {
			continue
		}
		form := uint16(0)
		switch h.Form {
		case lexicon.FormDemonym, lexicon.FormDemonymPlural:
			form = 1
		case lexicon.FormCapital:
			form = 2
		case lexicon.FormSeat:
			form = 3
		}
		return lexKinds[h.Entry.Kind]*4 + form + 1
	}
	return 0
}

var geoKinds = map[geo.Kind]uint16{
	geo.KindCountry: 0, geo.KindAdmin1: 1, geo.KindCity: 2, geo.KindCapital: 3, geo.KindSea: 4,
	geo.KindOcean: 5, geo.KindGulf: 6, geo.KindStrait: 7, geo.KindLake: 8, geo.KindRiver: 9,
	geo.KindRegion: 10, geo.KindIsland: 11, geo.KindShoal: 12,
}

// geoClass returns the class of the best place named key: its kind and
// the decade of its population, as villages share names with people.
func (r *resources) geoClass(key string) uint16 {
	r.mu.RLock()
	cls, ok := r.places[key]
	r.mu.RUnlock()
	if ok {
		return cls
	}
	places := r.gaz.Lookup(key)
	if len(places) == 0 {
		return 0
	}
	p := places[0]
	pop := uint16(0)
	for n := p.Population; n > 0 && pop < 7; n /= 10 {
		pop++
	}
	cls = (geoKinds[p.Kind]*8 + pop) + 1
	r.mu.Lock()
	if len(r.places) >= maxCachedPlaces {
		clear(r.places)
	}
	r.places[strings.Clone(key)] = cls
	r.mu.Unlock()
	return cls
}

// maxCachedPlaces bounds the cache of gazetteer hits. The gazetteer
// allocates its answers, so Find keeps the classes of the names it met.
const maxCachedPlaces = 1 << 16

// placeCache is the part of resources that caches gazetteer classes.
type placeCache struct {
	mu     sync.RWMutex
	places map[string]uint16
}

// bytesView returns b as a string without copying. The lookups it feeds
// keep no reference to their key, and b is not written while it is used.
func bytesView(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
