// Package equipment recognises military equipment and forces in text: model
// designations ("T-90", "Su-24M", "Iskander-M", "Patriot"), class nouns
// ("howitzers", "fighter jets", "frigate"), and unit and personnel nouns
// ("a company", "naval infantrymen", "advisers"). The catalogue is data the
// project wrote from general knowledge (catalogue.tsv, embedded; its header
// documents the format). A designation the catalogue lacks is still
// recognised by its shape ("BTR-87", "Shahed-191") when its prefix is a
// known designation family or a class noun follows it.
//
// Candidates combines the mentions with the quantities of the text into
// asset candidates: count, nationality, status cue (negated, destroyed,
// fired, delivered, planned, seized) and offsets, for the asset stage to
// resolve owners, places and observers.
package equipment

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"sitrep/internal/text"
)

//go:embed catalogue.tsv
var catalogueTSV string

// Record types of the catalogue.
const (
	typeModel = 'M'
	typeClass = 'C'
	typeUnit  = 'U'
	typeMaker = 'P'
)

// Entry is one catalogue record.
type Entry struct {
	Type             byte   // 'M' model, 'C' class noun, 'U' unit or personnel, 'P' maker
	Name             string // "T-90", "howitzer", "company", "Sukhoi"
	Kind             string // "tank", "artillery", "unit", "personnel"; "" for makers
	Maker            string // ISO alpha-3 code(s) of the designer's country
	SizeMin, SizeMax int    // usual strength of a unit, people; 0 when unknown
}

// Case rules for a word of an alias.
const (
	anyCase   = iota
	capFirst  // a name: the first word written with a capital
	allUpper  // an acronym: "HIMARS", "MBT"
	exactCase // mixed case that carries meaning: "SEALs"
)

// alias is one way the text names an entry, as folded words with the
// case each word must be written in.
type alias struct {
	words     []string
	orig      []string // the words as the catalogue writes them, for exactCase
	rules     []uint8
	entry     int32
	ambiguous bool // also an ordinary word or name: needs military context
}

// Catalogue is the loaded catalogue. It is read-only and safe for
// concurrent use.
type Catalogue struct {
	entries []Entry
	byFirst map[string][]alias // first folded word -> aliases, longest first
	// families maps a designation prefix ("su", "btr", "2s") to the kind
	// of the catalogue models that use it.
	families map[string]string
	filter   *text.WordFilter // first words of the aliases
}

var defaultOnce = sync.OnceValues(func() (*Catalogue, error) { return Parse(catalogueTSV) })

// Default returns the embedded catalogue, parsed once.
func Default() (*Catalogue, error) { return defaultOnce() }

// Parse reads a catalogue in the TSV format of catalogue.tsv.
func Parse(tsv string) (*Catalogue, error) {
	c := &Catalogue{byFirst: map[string][]alias{}, families: map[string]string{}}
	familyVotes := map[string]map[string]int{}
	for n, line := range strings.Split(tsv, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		e, aliases, err := parseLine(line)
		if err != nil {
			return nil, fmt.Errorf("catalogue line %d: %w", n+1, err)
		}
		id := int32(len(c.entries))
		c.entries = append(c.entries, e)
		for _, a := range aliases {
			c.add(e, id, a, familyVotes)
		}
	}
	for _, list := range c.byFirst {
		sortLongestFirst(list)
	}
	for fam, votes := range familyVotes {
		c.families[fam] = topKind(votes)
	}
	c.filter = text.NewWordFilter(c.byFirst)
	return c, nil
}

func parseLine(line string) (Entry, []string, error) {
	f := strings.Split(line, "\t")
	if len(f) != 5 || len(f[0]) != 1 || f[1] == "" {
		return Entry{}, nil, fmt.Errorf("want 5 tab-separated fields, got %q", line)
	}
	e := Entry{Type: f[0][0], Name: f[1], Kind: f[2], Maker: f[3]}
	switch e.Type {
	case typeModel, typeClass:
	case typeUnit:
		if lo, hi, ok := strings.Cut(f[3], "-"); ok {
			e.SizeMin, _ = strconv.Atoi(lo)
			e.SizeMax, _ = strconv.Atoi(hi)
		}
		e.Maker = ""
	case typeMaker:
		e.Kind = ""
	default:
		return Entry{}, nil, fmt.Errorf("unknown record type %q", f[0])
	}
	if e.Maker == "-" {
		e.Maker = ""
	}
	aliases := []string{e.Name}
	for a := range strings.SplitSeq(f[4], "|") {
		if a = strings.TrimSpace(a); a != "" {
			aliases = append(aliases, a)
		}
	}
	return e, dedupe(aliases), nil
}

// dedupe drops the plain form of a name that is also listed as ambiguous.
func dedupe(aliases []string) []string {
	amb := map[string]bool{}
	for _, a := range aliases {
		if strings.HasPrefix(a, "?") {
			amb[a[1:]] = true
		}
	}
	out := aliases[:0]
	for _, a := range aliases {
		if !amb[a] {
			out = append(out, a)
		}
	}
	return out
}

// add indexes one alias of entry id, and for a model its plural.
func (c *Catalogue) add(e Entry, id int32, a string, votes map[string]map[string]int) {
	amb := strings.HasPrefix(a, "?")
	a = strings.TrimPrefix(a, "?")
	words, orig := splitWords(a)
	if len(words) == 0 {
		return
	}
	rules := make([]uint8, len(orig))
	for k, w := range orig {
		rules[k] = caseRuleOf(e.Type, w, k)
	}
	al := alias{words: words, orig: orig, rules: rules, entry: id, ambiguous: amb}
	c.index(al)
	if e.Type != typeModel {
		return
	}
	if fam, ok := family(a); ok {
		if votes[fam] == nil {
			votes[fam] = map[string]int{}
		}
		votes[fam][e.Kind]++
	}
	if last := words[len(words)-1]; !strings.HasSuffix(last, "s") {
		n := len(words) - 1
		pl := append(append([]string(nil), words[:n]...), last+"s")
		po := append(append([]string(nil), orig[:n]...), orig[n]+"s")
		pr := rules
		if rules[n] == allUpper { // "NLAWs", "ATGMs"
			pr = append(append([]uint8(nil), rules[:n]...), exactCase)
		}
		c.index(alias{words: pl, orig: po, rules: pr, entry: id, ambiguous: amb})
	}
}

func (c *Catalogue) index(a alias) {
	c.byFirst[a.words[0]] = append(c.byFirst[a.words[0]], a)
}

// splitWords tokenises an alias the way the text layer tokenises an
// article, so that the words of both meet; it returns them folded and as
// written.
func splitWords(a string) (folded, orig []string) {
	d := text.New(a)
	folded = make([]string, len(d.Tokens))
	orig = make([]string, len(d.Tokens))
	for i := range d.Tokens {
		orig[i] = d.Word(i)
		folded[i] = text.Fold(orig[i])
	}
	return folded, orig
}

// caseRuleOf decides how word k of an alias must be written to match:
// designations with digits in any case, acronyms in capitals, mixed case
// exactly, and the first word of a model or maker name with a capital.
func caseRuleOf(typ byte, w string, k int) uint8 {
	hasLower, hasUpper, innerUpper, digit := false, false, false, false
	for i, r := range w {
		switch {
		case unicode.IsDigit(r):
			digit = true
		case unicode.IsUpper(r):
			hasUpper = true
			innerUpper = innerUpper || i > 0
		case unicode.IsLower(r):
			hasLower = true
		}
	}
	switch {
	case digit:
		return anyCase
	case hasUpper && !hasLower && len(w) > 1:
		return allUpper
	case innerUpper && hasLower:
		return exactCase
	case k == 0 && (typ == typeModel || typ == typeMaker):
		return capFirst
	}
	return anyCase
}

func sortLongestFirst(list []alias) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && len(list[j].words) > len(list[j-1].words); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}

func topKind(votes map[string]int) string {
	best, n := "", 0
	for k, v := range votes {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	return best
}

// Entries returns the catalogue records.
func (c *Catalogue) Entries() []Entry { return c.entries }

// Count returns how many models, class nouns, unit nouns and makers the
// catalogue holds.
func (c *Catalogue) Count() (models, classes, units, makers int) {
	for _, e := range c.entries {
		switch e.Type {
		case typeModel:
			models++
		case typeClass:
			classes++
		case typeUnit:
			units++
		case typeMaker:
			makers++
		}
	}
	return
}
