package main

import (
	"slices"
	"strings"

	"sitrep/internal/lexicon"
	"sitrep/internal/lexicon/phoenix"
)

// stems are the word stems the agents file uses where it means several
// words ("DEFENCE_MINIST" for minister and ministry), with what they stand
// for.
var stems = map[string][]string{
	"minist":  {"minister", "ministry"},
	"ministr": {"minister", "ministry"},
}

// maxAgentWords caps role nouns: the longer ones are full names of
// ministries that the actor names already cover.
const maxAgentWords = 6

// agents converts the Phoenix agents and the hand supplement into role
// nouns, each singular with its plural. The first sector given for a
// phrase wins.
func agents(ph []phoenix.Agent, hand [][]string) []lexicon.Agent {
	seen := map[string]bool{}
	var out []lexicon.Agent
	// add adds a role noun whose singular is sing: a plural names people
	// when its singular does.
	add := func(a lexicon.Agent, sing string) {
		if a.Key == "" || seen[a.Key] || len(words(a.Key)) > maxAgentWords {
			return
		}
		seen[a.Key] = true
		head := headNoun(sing)
		a.Person = isPersonNoun(head) || isPersonNoun(headNoun(a.Key))
		a.Title = !a.Plural && titleHeads[head]
		out = append(out, a)
	}
	for _, p := range ph {
		for _, phrase := range expandStem(keyOf(p.Phrase)) {
			sector := p.Code
			add(lexicon.Agent{Key: phrase, Sector: sector, Prefix: p.Prefix, Plural: looksPlural(phrase)}, phrase)
			pl := keyOf(p.Plural)
			if !p.PluralGiven {
				pl = plural(phrase)
			}
			if pl != "" {
				add(lexicon.Agent{Key: pl, Sector: sector, Prefix: p.Prefix, Plural: true}, phrase)
			}
		}
	}
	for _, r := range hand {
		phrase, sector, pl := keyOf(field(r, 0)), field(r, 1), field(r, 2)
		add(lexicon.Agent{Key: phrase, Sector: sector, Plural: pl == "-" && looksPlural(phrase)}, phrase)
		switch pl {
		case "-":
		case "":
			add(lexicon.Agent{Key: plural(phrase), Sector: sector, Plural: true}, phrase)
		default:
			add(lexicon.Agent{Key: keyOf(pl), Sector: sector, Plural: true}, phrase)
		}
	}
	slices.SortFunc(out, func(a, b lexicon.Agent) int { return strings.Compare(a.Key, b.Key) })
	return out
}

// expandStem replaces a final stem by the words it stands for.
func expandStem(phrase string) []string {
	i := strings.LastIndexByte(phrase, ' ')
	words, ok := stems[phrase[i+1:]]
	if !ok {
		return []string{phrase}
	}
	out := make([]string, len(words))
	for j, w := range words {
		out[j] = phrase[:i+1] + w
	}
	return out
}

// headNoun returns the noun a role phrase is about: the word before its
// first preposition, or its last word.
func headNoun(phrase string) string {
	f := words(phrase)
	for i, w := range f {
		if i > 0 && prepositions[w] {
			return f[i-1]
		}
	}
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// looksPlural reports whether a phrase the file gives without a plural is
// already one ("government troops").
func looksPlural(phrase string) bool {
	h := headNoun(phrase)
	if personNouns[h] && strings.HasSuffix(h, "s") || strings.HasSuffix(h, "men") || strings.HasSuffix(h, "people") {
		return true
	}
	return strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") && !strings.HasSuffix(h, "us") &&
		!strings.HasSuffix(h, "is") && !strings.HasSuffix(h, "ics")
}
