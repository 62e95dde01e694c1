package equipment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/text"
)

// shape is what a token's form says about it being a designation.
type shape struct {
	family string // folded prefix: "su" of "Su-24M", "shahed" of "Shahed-136", "2s" of "2S19"
	strong bool   // a designation on its own: "BTR-87", not "J-1" or "M777"
}

// designation reads the shape of a model designation:
//
//	T-90, BTR-80A, Su-24M, MQ-9, S-300PMU-2   letters, hyphen, digits
//	Shahed-136, Hwasong-15                    a word, hyphen, digits
//	Iskander-M, Buk-M2, Pantsir-S1            a word, hyphen, capitals
//	2S19, 9K720, 48N6                         digits, a capital, digits
//	M777, K9                                  capitals and digits (weak)
//
// One letter with one digit ("J-1", "H-1B") is weak: visas and grades look
// the same.
func designation(w string) (shape, bool) {
	if w == "" || !utf8.ValidString(w) {
		return shape{}, false
	}
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case unicode.IsDigit(r):
		return digitFirst(w)
	case !unicode.IsUpper(r):
		return shape{}, false
	}
	head, tail, hyphen := strings.Cut(w, "-")
	if !hyphen {
		return lettersDigits(w)
	}
	if !text.AllLetters(head) || tail == "" {
		return shape{}, false
	}
	t, _ := utf8.DecodeRuneInString(tail)
	fam := strings.ToLower(head)
	switch {
	case unicode.IsDigit(t):
		digits := leadingDigits(tail)
		if digits > 4 {
			return shape{}, false
		}
		strong := !(utf8.RuneCountInString(head) == 1 && digits == 1)
		return shape{fam, strong}, true
	case unicode.IsUpper(t) && len(head) >= 3 && len(tail) <= 4 && isCode(tail):
		return shape{fam, true}, true
	}
	return shape{}, false
}

// digitFirst reads "2S19", "9K720", "48N6".
func digitFirst(w string) (shape, bool) {
	d := leadingDigits(w)
	if d == 0 || d > 2 || d >= len(w) {
		return shape{}, false
	}
	r, n := utf8.DecodeRuneInString(w[d:])
	if !unicode.IsUpper(r) || d+n >= len(w) || !isDigitByte(w[d+n]) || !isCode(w[d+n:]) {
		return shape{}, false
	}
	return shape{strings.ToLower(w[:d+n]), true}, true
}

// lettersDigits reads "M777", "K9", "AS90": weak on its own.
func lettersDigits(w string) (shape, bool) {
	i := 0
	for i < len(w) && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	if i == 0 || i > 3 || i >= len(w) || !isDigitByte(w[i]) || !isCode(w[i:]) {
		return shape{}, false
	}
	return shape{strings.ToLower(w[:i]), false}, true
}

// family returns the designation family of an alias, for the kind votes.
func family(a string) (string, bool) {
	if strings.Contains(a, " ") {
		return "", false
	}
	s, ok := designation(a)
	return s.family, ok && s.strong
}

func leadingDigits(s string) int {
	n := 0
	for n < len(s) && isDigitByte(s[n]) {
		n++
	}
	return n
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// isCode reports whether s is letters, digits and hyphens only.
func isCode(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
			return false
		}
	}
	return true
}

// notDesignations are prefixes of codes that are not equipment even before
// a class noun: diseases, summits, roads and product lines.
var notDesignations = map[string]bool{
	"covid": true, "sars": true, "mers": true, "g": true, "i": true, "route": true, "level": true,
	"phase": true, "type": true, "windows": true, "iphone": true, "galaxy": true, "model": true, "class": true,
	"grade": true, "stage": true, "category": true, "article": true, "section": true, "omicron": true,
	"ebola": true, "hiv": true, "h": true, "pm": true, "co": true, "no": true, "ps": true, "mh": true, "ms": true,
	"a": true, "cop": true, "ukraine": true, "russia": true,
}
