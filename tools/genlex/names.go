package main

import (
	"strings"
	"unicode"

	"sitrep/internal/text"
)

// keyOf returns the lookup key of a name: folded, without a leading "the".
// It returns "" for a name with no letters.
func keyOf(name string) string {
	k := strings.Trim(text.Fold(stripParens(name)), "' ")
	for strings.HasPrefix(k, "the ") {
		k = k[4:]
	}
	if !strings.ContainsFunc(k, unicode.IsLetter) {
		return ""
	}
	return k
}

// caseSensitive reports whether a name must match as written: a name of
// at most three letters without dots that is all capitals ("US", "UN",
// "MI6"), which in lower case is usually an English word, or that has a
// capital after its first letter ("BiH"), which capitalised is usually a
// surname ("Bih").
func caseSensitive(name string) bool {
	letters, lower, inner := 0, false, false
	for _, r := range name {
		switch {
		case r == '.':
			return false
		case unicode.IsLower(r):
			lower = true
			letters++
		case unicode.IsLetter(r):
			inner = inner || letters > 0
			letters++
		}
	}
	return letters > 0 && letters <= 3 && (!lower || inner)
}

// words returns the words of a folded key.
func words(key string) []string { return strings.Fields(key) }

// nameParticles are the lower-case words inside names: "bin", "van".
var nameParticles = set(`de del della da das do dos du van von der den bin ibn bint al el y la le des wa wal`)

// lowerParticles stay in lower case inside a title-cased name.
var lowerParticles = func() map[string]bool {
	m := set(`of the and for in on at to`)
	for w := range nameParticles {
		m[w] = true
	}
	return m
}()

// titleCase turns an upper-case Phoenix name into display case:
// "BASHAR_AL-ASSAD" -> "Bashar al-Assad". Words in keep stay in capitals.
func titleCase(name string, keep map[string]bool) string {
	f := strings.Fields(name)
	for i, w := range f {
		f[i] = titleWord(w, i == 0, keep)
	}
	return strings.Join(f, " ")
}

func titleWord(w string, first bool, keep map[string]bool) string {
	up := strings.ToUpper(w)
	lw := strings.ToLower(w)
	switch {
	case keep[up] || (!first && isRoman(up)) || dottedInitials(up):
		return up
	case !first && lowerParticles[lw]:
		return lw
	}
	if i := strings.IndexByte(lw, '-'); i > 0 && !first && lowerParticles[lw[:i]] {
		return lw[:i+1] + titleWord(w[i+1:], true, keep)
	}
	var b strings.Builder
	start := true
	for i, r := range lw {
		switch {
		case start:
			b.WriteRune(unicode.ToUpper(r))
		case i == 2 && strings.HasPrefix(lw, "mc"):
			b.WriteRune(unicode.ToUpper(r))
		default:
			b.WriteRune(r)
		}
		start = r == '-' || r == '/' || (r == '\'' && i == 1)
	}
	return b.String()
}

// dottedInitials reports whether w is written like "U.S." or "U.N.".
func dottedInitials(w string) bool {
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

func isRoman(w string) bool {
	switch w {
	case "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI":
		return true
	}
	return false
}

// splitParens removes the parenthesised parts of a Phoenix name and returns
// the ones that are acronyms of it: "ANIMAL LIBERATION FRONT (ALF)" ->
// "ANIMAL LIBERATION FRONT", ["ALF"]. Other parentheses ("(GREECE)") are
// qualifiers and go.
func splitParens(name string) (string, []string) {
	var acr []string
	var b strings.Builder
	for {
		i := strings.IndexByte(name, '(')
		if i < 0 {
			b.WriteString(name)
			break
		}
		b.WriteString(name[:i])
		j := strings.IndexByte(name[i:], ')')
		if j < 0 {
			break
		}
		acr = append(acr, strings.TrimSpace(name[i+1:i+j]))
		name = name[i+j+1:]
	}
	base := strings.Join(strings.Fields(b.String()), " ")
	kept := acr[:0]
	for _, a := range acr {
		if isAcronymOf(a, base) {
			kept = append(kept, a)
		}
	}
	return base, kept
}

// isAcronymOf reports whether a looks like the acronym of name: 2-6
// capitals whose first is the initial of the name.
func isAcronymOf(a, name string) bool {
	if len(a) < 2 || len(a) > 6 || strings.ContainsFunc(a, func(r rune) bool { return !unicode.IsUpper(r) }) {
		return false
	}
	return name != "" && a[0] == name[0]
}

// plural returns the plural of an English noun phrase: the head before a
// preposition, or the last word, takes the ending.
func plural(phrase string) string {
	f := strings.Fields(phrase)
	if len(f) == 0 {
		return ""
	}
	head := len(f) - 1
	for i, w := range f {
		if i > 0 && prepositions[w] {
			head = i - 1
			break
		}
	}
	f[head] = pluralWord(f[head])
	return strings.Join(f, " ")
}

var prepositions = map[string]bool{"of": true, "for": true, "to": true, "in": true, "at": true, "on": true,
	"with": true, "from": true, "without": true, "against": true, "under": true}

func pluralWord(w string) string {
	switch {
	case w == "":
		return w
	case strings.HasSuffix(w, "man") && !manNotMen[w]:
		return w[:len(w)-3] + "men"
	case strings.HasSuffix(w, "person"):
		return w[:len(w)-6] + "people"
	case strings.HasSuffix(w, "child"):
		return w + "ren"
	case strings.HasSuffix(w, "thief"):
		return w[:len(w)-1] + "ves"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// manNotMen are nouns in -man whose plural is -mans.
var manNotMen = map[string]bool{"human": true, "german": true, "roman": true, "shaman": true,
	"ottoman": true, "talisman": true, "caiman": true, "oman": true}

// variants returns extra keys of a key: with hyphens as spaces
// ("al-shabaab" -> "al shabaab") and, for people, without middle initials
// ("donald j. trump" -> "donald trump").
func variants(key string, person bool) []string {
	var out []string
	if strings.Contains(key, "-") {
		out = append(out, strings.Join(strings.Fields(strings.ReplaceAll(key, "-", " ")), " "))
	}
	if person {
		f := words(key)
		if len(f) == 3 && koreanSurnames[f[0]] && !strings.Contains(key, "-") {
			out = append(out, f[0]+" "+f[1]+"-"+f[2]) // "kim jong un" -> "kim jong-un"
		}
		kept := f[:0:0]
		for i, w := range f {
			if i > 0 && i < len(f)-1 && isInitial(w) {
				continue
			}
			kept = append(kept, w)
		}
		if len(kept) >= 2 && len(kept) < len(f) {
			out = append(out, strings.Join(kept, " "))
		}
	}
	return out
}

// koreanSurnames are the common Korean family names, whose bearers' given
// names news writes both "Jong Un" and "Jong-un".
var koreanSurnames = set(`kim lee ri yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang
	lim im han oh seo shin kwon hwang ahn an song ryu yoo yu jeon chun hong ko moon mun yang son
	bae baek paek heo ho nam noh roh ha kwak sung cha joo ju woo koo ku min`)

func isInitial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return len(w) == 1 && w[0] >= 'a' && w[0] <= 'z'
}

// ascii reports whether a folded key is plain ASCII: a name in another
// script, or in phonetic letters, is no key that English text matches.
func ascii(key string) bool {
	for i := 0; i < len(key); i++ {
		if key[i] >= 0x80 {
			return false
		}
	}
	return true
}

// stripParens removes parenthesised parts: "Holy See (Vatican City State)".
func stripParens(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	base, _ := splitParens(s)
	return base
}

// looksAcronym guesses whether a one-word upper-case name is an acronym
// ("DPKO", "CEMAC") rather than a word ("TOYOTA"): short, or starting with
// three consonants, or without a vowel.
func looksAcronym(name string) bool {
	if strings.ContainsFunc(name, func(r rune) bool { return !unicode.IsUpper(r) }) {
		return false
	}
	if len(name) <= 4 || !strings.ContainsAny(name, "AEIOUY") {
		return true
	}
	return !strings.ContainsAny(name[:3], "AEIOUY")
}
