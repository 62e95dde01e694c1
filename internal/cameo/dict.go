package cameo

import (
	"slices"
	"strings"
)

// Dict is a verb pattern dictionary. It is read-only once built and safe
// for concurrent use.
type Dict struct {
	Blocks  []*Block
	Synsets map[string][][]string // "military" -> [["troop"] ["armed" "forces"]...]
	// Rejected lists the pattern lines ParseVerbs could not read.
	Rejected []string
	verbs    map[string][]*Verb               // any form of a verb's first word -> verbs
	exact    map[string]bool                  // synset words that take no inflection
	forms    map[string]bool                  // every inflection of every verb word
	members  map[string]map[string][][]string // synset -> first word -> members
}

// Block is one verb block: verbs that share patterns.
type Block struct {
	Name string // the header's name, "SEND"
	Code Code   // the block's default code; zero when "[---]"
	// Fallback is the base code of the root that most of the block's
	// patterns share, for a block without a default: REFUSE's patterns
	// are mostly 12x, so "rejected an ultimatum" is 120. It is zero when
	// no root has 60% of at least three patterns, and for force (19, 20).
	Fallback Code
	// Exact marks a block whose patterns are all it codes, with no
	// Fallback: the project's own blocks (data/extra.tsv) add patterns
	// for a few objects, and "boarded a plane" is no seizure.
	Exact    bool
	Verbs    []*Verb
	Patterns []Pattern
}

// Verb is one verb of a block. Words[Head] is the verb in its base form;
// the other words stand around it ("ask for", "call off").
type Verb struct {
	Words []string
	Head  int
	Forms []string // irregular forms of the whole verb, as written
	Code  Code     // the verb's own code, zero for the block's
	Block *Block
}

// Code is an event code with its reverse: [072:086] gives Fwd "072" and
// Rev "086".
type Code struct{ Fwd, Rev string }

// IsZero reports whether c codes nothing.
func (c Code) IsZero() bool { return c.Fwd == "" && c.Rev == "" }

// String writes c as the dictionary does, without brackets.
func (c Code) String() string {
	switch {
	case c.IsZero():
		return "---"
	case c.Rev == "":
		return c.Fwd
	}
	return c.Fwd + ":" + c.Rev
}

// Pattern refines a block's code by the words around the verb.
type Pattern struct {
	Before []Elem // in the subject, nearest the verb last
	After  []Elem // in the objects and complements
	Code   Code
	Text   string // the pattern as the dictionary writes it, for evidence
	// Words are the literal words the pattern needs, so a matcher can
	// skip it cheaply when one is missing from the clause.
	Words []string
	// For names the verbs of the block the pattern was written for, as
	// the dictionary's comment after it says ("# BREAK"), each verb's
	// words joined by spaces; empty, it serves every verb of the block.
	// CAMEO 2.0 merged verbs into shared blocks, and "beat protesters
	// with batons" is no "break with" (130).
	For []string
}

// Serves reports whether p may code verb v.
func (p *Pattern) Serves(v *Verb) bool {
	return len(p.For) == 0 || slices.Contains(p.For, strings.Join(v.Words, " "))
}

// Kind is what a pattern element matches.
type Kind uint8

// The kinds of pattern element.
const (
	KindWords  Kind = iota // a word or a braced phrase
	KindSynset             // &NAME
	KindSource             // $
	KindTarget             // +
	KindSkip               // ^
	KindBoth               // % (compound: source and target together)
	KindPrep               // a preposition alone: "(TO)"
)

// Elem is one element of a pattern.
type Elem struct {
	Kind  Kind
	Words []string // KindWords: lower-case words of the phrase
	Name  string   // KindSynset: the set's name, lower-case, without "&"
	Prep  string   // the preposition of the group the element sits in, or ""
	Exact bool     // the word takes no inflection ("CASH_")
}

// Verbs returns the verbs that a word form may be the first word of:
// the base form, an irregular form, or a regular inflection of either.
func (d *Dict) Verbs(form string) []*Verb {
	if !d.forms[form] {
		return nil
	}
	out := d.verbs[form]
	for _, base := range baseForms(form) {
		for _, v := range d.verbs[base] {
			if !slices.Contains(out, v) {
				out = append(out[:len(out):len(out)], v)
			}
		}
	}
	return out
}

// MayBeVerb reports cheaply whether a lower-case word could start a verb
// of d, so a caller can skip sentences with none.
func (d *Dict) MayBeVerb(form string) bool { return d.forms[form] }

// inflect adds the regular inflections of a base form to d.forms; it
// over-generates ("shipps"), which costs nothing but a map entry.
func (d *Dict) inflect(w string) {
	d.forms[w] = true
	stems := []string{w}
	if n := len(w); n > 1 {
		switch {
		case w[n-1] == 'e':
			stems = append(stems, w[:n-1])
		case w[n-1] == 'y':
			d.forms[w[:n-1]+"ies"], d.forms[w[:n-1]+"ied"] = true, true
		default:
			stems = append(stems, w+w[n-1:])
		}
	}
	for _, s := range stems {
		for _, suf := range []string{"s", "es", "d", "ed", "ing"} {
			d.forms[s+suf] = true
		}
	}
}

// baseForms guesses the base forms of a regular inflection: "supplies",
// "supplied" and "supplying" give "supply"; "shipped" gives "ship".
func baseForms(w string) []string {
	var out []string
	add := func(s string) {
		if len(s) > 1 {
			out = append(out, s)
		}
	}
	for _, suf := range []string{"ing", "ed", "es", "s", "d"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok {
			continue
		}
		add(stem)
		if suf == "ing" || suf == "ed" {
			add(stem + "e")
			if n := len(stem); n > 2 && stem[n-1] == stem[n-2] {
				add(stem[:n-1])
			}
		}
		if strings.HasSuffix(stem, "i") && suf != "s" {
			add(stem[:len(stem)-1] + "y")
		}
	}
	return out
}

// Exact reports whether the synonym-set word w takes no inflection.
func (d *Dict) Exact(w string) bool { return d.exact[w] }

// Members returns the members of the synonym set name that begin with
// the word first; first "&" gives the members that begin with a set.
func (d *Dict) Members(name, first string) [][]string { return d.members[name][first] }

func (d *Dict) indexSynsets() {
	d.members = map[string]map[string][][]string{}
	for name, ms := range d.Synsets {
		byFirst := map[string][][]string{}
		for _, m := range ms {
			key := m[0]
			if strings.HasPrefix(key, "&") {
				key = "&" // sets inside sets, tried at every word
			}
			byFirst[key] = append(byFirst[key], m)
		}
		d.members[name] = byFirst
	}
}

// fallbacks sets each block's Fallback. No block falls back to force (19)
// or mass violence (20): CROSS's patterns are mostly attacks, but
// "30,000 people crossed into Burundi" is none.
func (d *Dict) fallbacks() {
	for _, b := range d.Blocks {
		b.Fallback = Code{}
		if b.Exact {
			continue
		}
		n, roots := 0, map[string]int{}
		for _, p := range b.Patterns {
			if p.Code.Fwd != "" {
				n++
				roots[Root(p.Code.Fwd)]++
			}
		}
		for r, c := range roots {
			if c >= 3 && c*5 >= n*3 && r != "19" && r != "20" {
				b.Fallback = Code{Fwd: r + "0"}
			}
		}
	}
}
