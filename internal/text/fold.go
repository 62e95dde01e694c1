package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the matching key of s: lower case, diacritics removed,
// typographic quotes, apostrophes, dashes and ellipses mapped to ASCII, and
// runs of white space collapsed to one space. Lexicons and gazetteers store
// their names folded, and the pipeline folds the words of a span before it
// looks them up, so "Sant Julià", "SANT JULIA" and "sant  julia" meet.
// Fold never changes the document: offsets always point into the original.
func Fold(s string) string {
	if isFolded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		foldRune(&b, r)
	}
	return b.String()
}

// isFolded reports whether s is already lower-case ASCII with single spaces,
// which is the common case for lexicon keys and saves an allocation.
func isFolded(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf, c >= 'A' && c <= 'Z', c < ' ', c == '\x7f':
			return false
		case c == ' ' && i+1 < len(s) && s[i+1] == ' ':
			return false
		}
	}
	return true
}

func foldRune(b *strings.Builder, r rune) {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteByte(byte(r))
		return
	}
	if m, ok := punctFold[r]; ok {
		b.WriteString(m)
		return
	}
	if m, ok := latinFold[r]; ok {
		b.WriteString(m)
		return
	}
	if m, ok := decomposeLatin(r); ok {
		b.WriteString(m)
		return
	}
	b.WriteRune(unicode.ToLower(r))
}

// decomposeLatin folds the rarer Latin letters that the table lacks
// (ḥ, ṣ, ạ, ơ…) to their base letter by canonical decomposition, and drops
// the ayn and hamza marks of transliterated Arabic (ʿ, ʾ, ʻ).
func decomposeLatin(r rune) (string, bool) {
	switch r {
	case 'ʿ', 'ʾ', 'ʻ', 'ʽ':
		return "", true
	}
	if !unicode.Is(unicode.Latin, r) {
		return "", false
	}
	base, _ := utf8.DecodeRuneInString(norm.NFD.String(string(r)))
	if base >= utf8.RuneSelf {
		return "", false
	}
	return strings.ToLower(string(base)), true
}

var punctFold = map[rune]string{
	'\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u02bc': "'",
	'\u201c': `"`, '\u201d': `"`, '\u201e': `"`, '\u201f': `"`, '\u00ab': `"`, '\u00bb': `"`, '\u2033': `"`,
	'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2013': "-", '\u2014': "-", '\u2015': "-", '\u2212': "-",
	'\u2026': "...", '\u00a0': " ", '\u00ad': "",
}

// latinFold strips the diacritics of the Latin letters that place and person
// names in English news use; a table keeps Fold free of a Unicode
// normalisation pass on the hot path.
var latinFold = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l", 'ı': "i", 'þ': "th", 'ð': "d"}
	groups := map[string]string{
		"a": "àáâãäåāăąǎ", "c": "çćĉċč", "d": "ď", "e": "èéêëēĕėęěə", "g": "ĝğġģ", "h": "ĥħ",
		"i": "ìíîïĩīĭįǐ", "j": "ĵ", "k": "ķ", "l": "ĺļľŀ", "n": "ñńņňŉ", "o": "òóôõöōŏőǒ",
		"r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűųǔ", "w": "ŵ", "y": "ýÿŷ", "z": "źżž",
	}
	for ascii, letters := range groups {
		for _, r := range letters {
			m[r] = ascii
			if u := unicode.ToUpper(r); u != r {
				m[u] = ascii
			}
		}
	}
	return m
}()

// LastWord returns the last of the space-separated words of s, or "":
// the head of a name or a role ("Interior Ministry" -> "Ministry").
func LastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// RoleHead returns the folded head noun of a role, the last word before
// its first prepositional phrase: "U.N. peacekeeping force in southern
// Lebanon" gives "force", "Governor of Kano" "governor".
func RoleHead(role string) string {
	f := Fold(role)
	for _, sep := range []string{",", " in ", " of ", " for ", " on ", " to ", " at "} {
		f, _, _ = strings.Cut(f, sep)
	}
	return LastWord(f)
}

// EditDistance is the Levenshtein distance of a and b in bytes: how many
// single-byte insertions, deletions and substitutions turn one into the
// other. The generators use it on folded ASCII keys to tell a spelling of
// a name from another name.
func EditDistance(a, b string) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
