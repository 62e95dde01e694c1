package nermodel

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/lexicon"
	"sitrep/internal/text"
	"sitrep/internal/vocab"
)

// mapRe3d turns a re3d sentence into CoNLL-2003 annotation. re3d marks
// mentions, not names: "he", "the Foreign Secretary", "Iraqi forces",
// "tactical vehicles" and "the city of Mosul" are entities there. CoNLL
// marks only the proper name inside, so each re3d span is cut down to it:
//
//   - Temporal, Quantity, Money and DocumentReference are dropped.
//   - Leading and trailing lower-case words, punctuation and function
//     words go ("the city of Mosul" is Mosul, "Anbar province" Anbar); a
//     Person also loses the titles around the name ("Foreign Secretary
//     Philip Hammond").
//   - What is left must hold a capitalised word and not be a pronoun or a
//     bare title ("He", "We", "Secretary"), else it is no name.
//   - A name the lexicon knows as a demonym is MISC and as a country or
//     capital LOC, whatever re3d called it (re3d calls "the United States"
//     an Organisation when it acts); otherwise Person is PER, Organisation
//     ORG, Location LOC, Nationality MISC, and a MilitaryPlatform or Weapon
//     is MISC when it is a designation (a digit or several capitalised
//     words: "KC-135R Stratotanker", "FS Forbin"), not an acronym for a
//     class of things ("VBIED", "UAV").
//   - A name that only modifies the mention's lower-case head ("ISIL" in
//     "an ISIL-held building") keeps its type only for organisations
//     ("ISIL tactical units"); for the other types its CoNLL type is
//     unknown and the sentence is left out (ok is false), in training and
//     in scoring alike.
func mapRe3d(words, tags []string) (GoldSentence, bool) {
	lex, voc := re3dResources()
	out := GoldSentence{Words: words}
	for _, e := range chunks(tags) {
		for _, part := range splitCommas(words, e) {
			ents, ok := mapMention(words, part, lex, voc)
			if !ok {
				return GoldSentence{}, false
			}
			out.Entities = append(out.Entities, ents...)
		}
	}
	return out, true
}

// re3dResources returns the lexicon and vocabulary, or nil when they fail
// to load; the mapping then relies on case alone.
func re3dResources() (*lexicon.Lexicon, *vocab.Vocab) {
	r, err := loadResources()
	if err != nil {
		return nil, nil
	}
	return r.lex, r.voc
}

// splitCommas cuts "Palmyra , Syria" into its parts.
func splitCommas(words []string, e Entity) []Entity {
	var out []Entity
	start := e.First
	for i := e.First; i < e.End; i++ {
		if words[i] == "," {
			out = append(out, Entity{First: start, End: i, Label: e.Label})
			start = i + 1
		}
	}
	return append(out, Entity{First: start, End: e.End, Label: e.Label})
}

// mapMention returns the CoNLL entities inside one re3d mention. ok is
// false when the mention has no CoNLL reading.
func mapMention(words []string, e Entity, lex *lexicon.Lexicon, voc *vocab.Vocab) ([]Entity, bool) {
	if _, ok := mentionTypes[e.Label]; !ok {
		return nil, true
	}
	i, j, headless := trimMention(words, e, voc)
	var out []Entity
	if e.Label == "Person" {
		// A demonym before a title is a name of its own: "Iraqi
		// President Fuad Masum".
		if i+2 < j && re3dLabel(words[i:i+1], "", lex) == "MISC" && isTitleWord(words[i+1], lex, voc) {
			out = append(out, Entity{First: i, End: i + 1, Label: "MISC", Score: 1})
			i++
		}
		for i+1 < j && isTitleWord(words[i], lex, voc) {
			i++
		}
		for j-1 > i && isTitleWord(words[j-1], lex, voc) {
			j--
		}
	}
	if i == j || bareWord(words[i:j], lex, voc) {
		return out, true
	}
	label := re3dLabel(words[i:j], e.Label, lex)
	switch {
	case label == "?" && headless && e.Label == "Organisation":
		label = "ORG" // "ISIL tactical units"
	case headless && (label == "?" || label == ""):
		return nil, false
	case label == "?":
		label = mentionTypes[e.Label]
	}
	if label == "" {
		return out, true
	}
	return append(out, Entity{First: i, End: j, Label: label, Score: 1}), true
}

// trimMention cuts the lower-case words, punctuation and function words
// off both ends of a mention. headless reports a lower-case head noun cut
// off the end (other than a place word: "Anbar province").
func trimMention(words []string, e Entity, voc *vocab.Vocab) (i, j int, headless bool) {
	i, j = e.First, e.End
	for i < j && (!nameWord(words[i]) || functionWord(words[i], voc)) {
		i++
	}
	for j > i && !nameWord(words[j-1]) && !namePiece(words, j-1) {
		headless = headless || (isLowerWord(words[j-1]) && !(e.Label == "Location" && placeWords[words[j-1]]))
		j--
	}
	return i, j, headless
}

// mentionTypes are the re3d types that can hold a name, with their CoNLL
// type when the lexicon does not decide it ("" for equipment, which is
// MISC only as a designation).
var mentionTypes = map[string]string{
	"Person": "PER", "Organisation": "ORG", "Location": "LOC", "Nationality": "MISC",
	"MilitaryPlatform": "", "Weapon": "",
}

// re3dLabel returns the CoNLL type the lexicon or the form of words gives,
// "?" when the re3d type decides, and "" for a class acronym.
func re3dLabel(words []string, typ string, lex *lexicon.Lexicon) string {
	if lex != nil {
		for _, h := range lex.Lookup(text.Fold(joinWords(words))) {
			switch {
			case h.CaseSensitive && h.Surface != joinWords(words):
			case h.Form == lexicon.FormDemonym || h.Form == lexicon.FormDemonymPlural:
				return "MISC"
			case h.Entry.Kind == lexicon.KindCountry && h.Form != lexicon.FormSeat:
				return "LOC"
			}
		}
	}
	if typ != "MilitaryPlatform" && typ != "Weapon" {
		return "?"
	}
	designation := len(words) > 1
	for _, w := range words {
		designation = designation || strings.ContainsAny(w, "0123456789")
	}
	if designation {
		return "MISC"
	}
	return ""
}

// joinWords joins re3d tokens as text would write them: "al - Jaafari" is
// "al-Jaafari".
func joinWords(words []string) string {
	return strings.ReplaceAll(strings.Join(words, " "), " - ", "-")
}

// nameWord reports whether w can start or end a name: it has a capital or
// a digit and is not an article.
func nameWord(w string) bool {
	switch w {
	case "The", "A", "An":
		return false
	}
	for _, r := range w {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// placeWords follow a place name in lower case without being part of it
// in CoNLL: "Anbar province", "the Tigris river".
var placeWords = map[string]bool{
	"province": true, "district": true, "governorate": true, "region": true, "river": true,
	"mountains": true, "neighborhood": true, "neighbourhood": true, "city": true, "town": true,
	"village": true, "area": true, "valley": true,
}

// namePiece reports whether the lower-case word i ends a name split at an
// apostrophe: "Qa ' im" is Qa'im.
func namePiece(words []string, i int) bool {
	return i >= 2 && words[i] != "s" && (words[i-1] == "'" || words[i-1] == "’") && nameWord(words[i-2])
}

// functionWord reports whether a capitalised word is a determiner, a
// pronoun or another function word that starts a sentence ("Some Iraqis").
func functionWord(w string, voc *vocab.Vocab) bool {
	return voc != nil && voc.Classes(text.Fold(w))&(vocab.Det|vocab.Pron|vocab.Adp|vocab.Conj) != 0
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// isTitleWord reports whether a capitalised word around a person's name is
// a title: a common word ("Foreign", "Minister"), a role noun or an
// abbreviation ("Lt.").
func isTitleWord(w string, lex *lexicon.Lexicon, voc *vocab.Vocab) bool {
	if !nameWord(w) || strings.HasSuffix(w, ".") {
		return true
	}
	k := text.Fold(w)
	if voc != nil && voc.Common(k) {
		return true
	}
	if lex != nil {
		_, ok := lex.Agent(k)
		return ok
	}
	return false
}

// bareWord reports whether a one-word remainder is a pronoun ("He", "We")
// or a role noun ("Secretary"), which CoNLL does not mark.
func bareWord(words []string, lex *lexicon.Lexicon, voc *vocab.Vocab) bool {
	if len(words) != 1 {
		return false
	}
	k := text.Fold(words[0])
	if voc != nil && voc.Classes(k)&(vocab.Pron|vocab.Det) != 0 {
		return true
	}
	if lex != nil {
		_, ok := lex.Agent(k)
		return ok
	}
	return false
}
