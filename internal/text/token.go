package text

import (
	"unicode"
	"unicode/utf8"
)

// tokenize appends the tokens of paragraph p to out.
func tokenize(s string, p Span, out []Token) []Token {
	i := p.Start
	for i < p.End {
		r, n := utf8.DecodeRuneInString(s[i:p.End])
		switch {
		case unicode.IsSpace(r) || unicode.Is(unicode.Cf, r):
			i += n
		case isAlnum(r):
			end := scanWord(s[:p.End], i)
			out = append(out, wordToken(s, Span{i, end}))
			i = end
		case isApostrophe(r) && possessiveAt(s[:p.End], i, out):
			end := i + n + 1
			out = append(out, Token{Span: Span{i, end}, Kind: Word})
			i = end
		default:
			end := i + n
			if r == '.' {
				for end < p.End && s[end] == '.' {
					end++
				}
			}
			out = append(out, Token{Span: Span{i, end}, Kind: Punct})
			i = end
		}
	}
	return out
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// scanWord returns the end of the word that starts at i. A word keeps its
// inner hyphens (al-Assad, T-90), apostrophes (O'Neill) and number marks
// (250,000 and 3.5), and the dots of initials and known abbreviations
// (U.S., Gen.). A possessive 's is left for the next token.
func scanWord(s string, i int) int {
	start := i
	segStart := i // start of the current dot-separated segment
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isAlnum(r) || unicode.Is(unicode.Mn, r) {
			i += n
			continue
		}
		next, m := utf8.DecodeRuneInString(s[i+n:])
		prev, _ := utf8.DecodeLastRuneInString(s[start:i])
		switch {
		case isHyphen(r) && isAlnum(next):
		case isApostrophe(r) && unicode.IsLetter(prev) && unicode.IsLetter(next):
			if isPossessive(s, i+n, next, m) {
				return i
			}
		case (r == ',' || r == '.') && unicode.IsDigit(next) && unicode.IsDigit(prev):
			// "3.5", "250,000", and after a currency prefix "RM23.50";
			// not "Syria,2011"
		case r == '.' && unicode.IsLetter(next) && isInitial(s[segStart:i]):
			segStart = i + n
		case r == '.' && keepsDot(s[start:i], s[segStart:i]):
			return i + n
		default:
			return i
		}
		i += n
		if r == '.' {
			segStart = i
		}
	}
	return i
}

// Possessive reports whether the lower-case token w is the mark of a
// possessive: "'s", or the bare apostrophe of "the rebels'".
func Possessive(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }

// possessiveAt reports whether the apostrophe at i starts a possessive "'s"
// right after the previous word.
func possessiveAt(s string, i int, out []Token) bool {
	if len(out) == 0 || out[len(out)-1].End != i || out[len(out)-1].Kind == Punct {
		return false
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	next, m := utf8.DecodeRuneInString(s[i+n:])
	return isPossessive(s, i+n, next, m)
}

// isPossessive reports whether the apostrophe before position j starts "'s"
// closing the word.
func isPossessive(s string, j int, next rune, m int) bool {
	if next != 's' && next != 'S' {
		return false
	}
	after, _ := utf8.DecodeRuneInString(s[j+m:])
	return j+m >= len(s) || !unicode.IsLetter(after)
}

// isInitial reports whether seg is one letter, as in each part of "U.S.".
func isInitial(seg string) bool {
	r, n := utf8.DecodeRuneInString(seg)
	return n > 0 && n == len(seg) && unicode.IsLetter(r)
}

// keepsDot reports whether a final dot belongs to the word: initials
// ("U.S.", "J.") and known abbreviations ("Gen.", "Sept.").
func keepsDot(word, seg string) bool {
	if isInitial(seg) {
		r, _ := utf8.DecodeRuneInString(seg)
		return unicode.IsUpper(r) || len(word) > len(seg)
	}
	return abbreviations[word]
}

func wordToken(s string, sp Span) Token {
	t := Token{Span: sp, Kind: Word}
	w := s[sp.Start:sp.End]
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsDigit(r) {
		t.Kind = Number
	}
	t.Cap, t.Upper = CaseFlags(w)
	return t
}

// CaseFlags reports whether word w starts with a capital, and whether it
// is written in capitals (two letters at least, all of them upper case).
func CaseFlags(w string) (capital, allUpper bool) {
	r, _ := utf8.DecodeRuneInString(w)
	letters, upper := 0, 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				upper++
			}
		}
	}
	return unicode.IsUpper(r), letters >= 2 && upper == letters
}

// AllLetters reports whether s is a non-empty run of letters.
func AllLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// abbreviations are words that take a dot without ending a sentence:
// titles, ranks, months and a few Latin and corporate forms seen in news.
var abbreviations = SetOf(
	"Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm",
	"Cmdr", "Cdr", "Brig", "Gov", "Sen", "Sens", "Rep", "Reps", "Rev", "Fr", "St", "Ste", "Jr", "Sr", "Pres", "Amb",
	"Supt", "Insp", "Comr", "Cmdt", "Det", "Atty", "Hon", "Mt", "Ft", "Dept", "Univ", "Assn", "Inc", "Corp", "Ltd", "Co", "Bros",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
	"No", "Nos", "Vol", "vs", "etc", "approx", "est", "al", "cf", "ca", "Ave", "Blvd", "Rd",
)

// Capitalize returns w with its first letter upper case: "ministry"
// gives "Ministry", for names built from the text's words.
func Capitalize(w string) string {
	if w == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// SetOf returns the set of words, for the word tables of the stages.
func SetOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
