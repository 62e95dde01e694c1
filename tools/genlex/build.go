package main

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"sitrep/internal/lexicon"
	"sitrep/internal/lexicon/phoenix"
)

// maxNameWords caps the length of a name: longer ones are descriptions
// that never recur verbatim, and every extra word costs the pipeline a
// lookup per token.
const maxNameWords = 9

// group orders the output: countries first, then the curated entries, so
// that their hits come first under a shared key.
type group int

const (
	groupCountry group = iota
	groupHand
	groupIGO
	groupArmed
	groupOrg
	groupOffice
	groupPerson
)

// entry is an actor being built.
type entry struct {
	lexicon.Entry
	group  group
	names  []lexicon.Name
	keys   map[string]bool
	hand   bool
	titles map[string]int // titles seen before the person's name in aliases
}

// builder accumulates the lexicon.
type builder struct {
	entries []*entry
	byKey   map[string][]*entry
	country map[string]*entry // by ISO3, ISO2 and CAMEO code
	words   *wordSets
	// independent marks the sovereign countries by ISO3 code.
	independent map[string]bool
	// used are the Phoenix blocks that became countries.
	used map[*phoenix.Actor]bool
	// leaderByKey holds the Factbook's leaders, who may lead several
	// countries (the British king, the French president in Andorra).
	leaderByKey map[string]*entry
}

func newBuilder() *builder {
	return &builder{byKey: map[string][]*entry{}, country: map[string]*entry{}, words: newWordSets(), independent: map[string]bool{}, used: map[*phoenix.Actor]bool{},
		leaderByKey: map[string]*entry{}}
}

func (b *builder) add(e *entry) *entry {
	e.keys = map[string]bool{}
	b.entries = append(b.entries, e)
	return e
}

// nameOpts qualify a name.
type nameOpts struct {
	curated bool // written by hand: bypasses the stop keys
	person  bool // add the person variants
	seat    bool
	sector  string
	inst    bool
	display string
}

// addName adds a name to e, with its variants, unless e has its key
// already or the key is no good: too long, not in Latin letters, or a
// common word that a generated name may not take.
func (b *builder) addName(e *entry, surface string, form lexicon.Form, o nameOpts) {
	surface = stripParens(surface)
	key := keyOf(surface)
	if key == "" || len(words(key)) > maxNameWords || !ascii(key) || e.keys[key] {
		return
	}
	cs := caseSensitive(surface)
	if !o.curated && (stopKeys[key] || b.generic(key)) {
		return
	}
	e.keys[key] = true
	n := lexicon.Name{Key: key, Form: form, CaseSensitive: cs}
	if cs {
		n.Surface = strings.TrimSpace(surface)
	}
	if o.seat {
		n.Sector, n.Institution, n.Display = o.sector, o.inst, o.display
	}
	e.names = append(e.names, n)
	b.byKey[key] = append(b.byKey[key], e)
	if cs {
		return
	}
	for _, v := range variants(key, o.person) {
		if !e.keys[v] && len(words(v)) <= maxNameWords {
			e.keys[v] = true
			alias := n
			alias.Key = v
			if alias.Form == lexicon.FormName {
				alias.Form = lexicon.FormAlias
			}
			e.names = append(e.names, alias)
			b.byKey[v] = append(b.byKey[v], e)
		}
	}
}

// generic reports whether a one-word key is a common noun of bodies or
// roles ("organization", "police"), which no actor owns.
func (b *builder) generic(key string) bool {
	return !strings.Contains(key, " ") && (orgWords[key] || b.words.agent[key] || personNouns[key])
}

// countryPrefix returns the CAMEO country code that code starts with, or "".
func (b *builder) countryPrefix(code string) string {
	if len(code) < 3 {
		return ""
	}
	if c, ok := b.country[code[:3]]; ok && c.Code[:3] == code[:3] {
		return code[:3]
	}
	return ""
}

// sectorOf returns the sector part of a code: the three letters after a
// country prefix ("RUSCOP" -> "COP").
func (b *builder) sectorOf(code string) string {
	if b.countryPrefix(code) == "" || len(code) < 6 {
		return ""
	}
	if s := code[3:6]; sectors[s] {
		return s
	}
	return ""
}

// sectors are the CAMEO role codes an actor code can continue with.
var sectors = map[string]bool{
	"GOV": true, "MIL": true, "REB": true, "OPP": true, "PTY": true, "COP": true, "JUD": true,
	"SPY": true, "LEG": true, "MED": true, "BUS": true, "CRM": true, "CVL": true, "EDU": true,
	"HLH": true, "HRI": true, "LAB": true, "REF": true, "REL": true, "AGR": true, "DEV": true,
	"ENV": true, "ELI": true, "MOD": true, "RAD": true, "UAF": true, "INS": true, "SEP": true,
	"NGO": true, "IGO": true, "MNC": true, "UNR": true,
}

// current picks the code an actor holds now: the open code that started
// last, else an undated one, else the one that ended last.
func current(codes []phoenix.Code) string {
	best, bestFrom := "", ""
	for _, c := range codes {
		if c.To == "" && c.From != "" && c.From > bestFrom {
			best, bestFrom = c.Code, c.From
		}
	}
	if best != "" {
		return best
	}
	for _, c := range codes {
		if c.To == "" {
			return c.Code
		}
	}
	bestTo := ""
	for _, c := range codes {
		if c.To > bestTo {
			best, bestTo = c.Code, c.To
		}
	}
	return best
}

// activeSince reports whether some code is undated or ends on or after day.
func activeSince(codes []phoenix.Code, day string) bool {
	for _, c := range codes {
		if c.To == "" || c.To >= day {
			return true
		}
	}
	return false
}

// rolesOf converts codes to roles, most recent first and undated last.
func rolesOf(codes []phoenix.Code) []lexicon.Role {
	roles := make([]lexicon.Role, 0, len(codes))
	seen := map[phoenix.Code]bool{}
	for _, c := range codes {
		if !seen[c] && strings.Trim(c.Code, "-") != "" {
			seen[c] = true
			roles = append(roles, lexicon.Role{Code: c.Code, From: c.From, To: c.To})
		}
	}
	sortRoles(roles)
	return roles
}

func sortRoles(roles []lexicon.Role) {
	slices.SortStableFunc(roles, func(a, b lexicon.Role) int {
		ua, ub := a.From == "" && a.To == "", b.From == "" && b.To == ""
		if ua != ub {
			if ua {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(b.From, a.From), cmp.Compare(b.To, a.To))
	})
}

// finish orders the entries for output (see group) and makes their IDs
// unique.
func (b *builder) finish() []*entry {
	out := slices.Clone(b.entries)
	slices.SortStableFunc(out, func(x, y *entry) int {
		if x.group != y.group {
			return cmp.Compare(x.group, y.group)
		}
		if x.group <= groupHand {
			return 0 // in the order they were written
		}
		return cmp.Compare(x.ID, y.ID)
	})
	ids := map[string]int{}
	for _, e := range out {
		ids[e.ID]++
		if n := ids[e.ID]; n > 1 {
			e.ID += "~" + strconv.Itoa(n)
		}
	}
	return out
}

// slug makes an ID part of a name: "Vladimir Putin" -> "VLADIMIR_PUTIN".
func slug(name string) string {
	k := keyOf(name)
	return strings.ToUpper(strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		case r == ' ', r == '-', r == '/':
			return '_'
		}
		return -1
	}, k))
}
