package article

import (
	"unicode"
)

// Thresholds of the English check, calibrated on news prose written for
// the tests: English runs at 40-55% English function words, down to about
// 19% in dense financial copy; French, Spanish, German, Italian,
// Portuguese and Dutch run at 0-11% (look-alikes such as "a", "in", "is",
// "was", "do", "no") and at 25-45% of their own function words. Text under
// minEnglishShare is refused outright; text under maybeEnglishShare only
// when its foreign function words are at least as frequent.
const (
	minWordsForLang   = 30
	minEnglishShare   = 0.10
	maybeEnglishShare = 0.25
	// minLettersForScript: below this a non-Latin text is too short to
	// judge (a name in its own script inside an English line is fine).
	minLettersForScript = 40
)

// functionWords are frequent English words that carry grammar, not topic,
// so any English prose is full of them whatever it is about.
var functionWords = set(
	"the", "of", "and", "to", "in", "a", "an", "is", "are", "was", "were", "be", "been", "being",
	"that", "this", "these", "those", "it", "its", "he", "she", "they", "them", "his", "her",
	"their", "we", "our", "you", "your", "i", "my", "him", "us", "who", "whom", "whose",
	"which", "what", "when", "where", "why", "how", "said", "says", "told", "for", "on", "with",
	"at", "by", "from", "as", "but", "or", "not", "have", "has", "had", "do", "does", "did",
	"will", "would", "can", "could", "should", "may", "might", "must", "there", "than", "then",
	"if", "about", "into", "over", "after", "before", "also", "more", "most", "some", "any",
	"all", "up", "out", "other", "only", "just", "such", "while", "since", "because",
	"during", "between", "against", "under", "very", "no", "so", "according", "own", "both", "each", "few", "many", "much", "through", "until", "upon", "whether",
	"without", "within", "among", "off", "again", "once", "here", "now", "even", "still",
)

// langStats counts what the English check needs.
type langStats struct {
	letters, latin  int
	other           map[string]int // letters by non-Latin script
	words, function int
	foreign         int // words in foreignWords
}

func countLang(s string) langStats {
	st := langStats{other: map[string]int{}}
	var word []byte
	foreign := false
	endWord := func() {
		if len(word) > 0 || foreign {
			st.words++
			switch {
			case foreign:
			case functionWords[string(word)]:
				st.function++
			case foreignWords[string(word)]:
				st.foreign++
			}
		}
		word, foreign = word[:0], false
	}
	for _, r := range s {
		switch {
		case !unicode.IsLetter(r):
			endWord()
			continue
		case r < 0x80:
			st.latin++
			word = append(word, byte(unicode.ToLower(r)))
		case unicode.Is(unicode.Latin, r):
			st.latin++
			foreign = true
		default:
			st.other[scriptName(r)]++
			foreign = true
		}
		st.letters++
	}
	endWord()
	return st
}

// shares are the English and the foreign function words per word.
func (st langStats) shares() (english, foreign float64) {
	if st.words == 0 {
		return 0, 0
	}
	return float64(st.function) / float64(st.words), float64(st.foreign) / float64(st.words)
}

// foreignWords are function words of the other big Latin-script languages
// of the news (French, Spanish, Portuguese, Italian, German, Dutch) that
// are not English words. Names such as "de Gaulle" or "Los Angeles" add a
// few, which the comparison with the English share absorbs.
var foreignWords = set(
	"le", "la", "les", "des", "du", "et", "est", "une", "que", "qui", "dans", "pour", "pas",
	"sur", "aux", "ce", "il", "elle", "ont", "sont", "avec", "los", "las", "del", "y", "en",
	"una", "por", "con", "para", "es", "se", "su", "lo", "como", "der", "das", "und", "ist",
	"nicht", "ein", "eine", "den", "dem", "mit", "von", "zu", "auf", "sich", "im", "auch",
	"di", "che", "e", "della", "non", "sono", "nel", "o", "os", "da", "dos", "em", "um",
	"uma", "mais", "het", "een", "van", "dat", "niet", "op", "te", "zijn", "voor", "aan",
	"de", "werd", "heeft",
)

// checkEnglish refuses text that is mostly another script, or long enough
// to judge and too poor in English function words.
func checkEnglish(s string) error {
	st := countLang(s)
	if st.letters >= minLettersForScript && st.latin*2 < st.letters {
		name, n := dominant(st.other)
		return detail(ErrNotEnglish, "text is not English: %d%% of its letters are %s", n*100/st.letters, name)
	}
	if st.words < minWordsForLang {
		return nil
	}
	en, fo := st.shares()
	if en < minEnglishShare || en < maybeEnglishShare && fo >= en {
		return detail(ErrNotEnglish, "text does not look like English: %.0f%% of %d words are English function words, %.0f%% are French, Spanish, German, Italian, Portuguese or Dutch ones",
			en*100, st.words, fo*100)
	}
	return nil
}

var scripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Cyrillic", unicode.Cyrillic},
	{"Arabic", unicode.Arabic},
	{"Chinese", unicode.Han},
	{"Japanese", unicode.Hiragana},
	{"Japanese", unicode.Katakana},
	{"Korean", unicode.Hangul},
	{"Greek", unicode.Greek},
	{"Hebrew", unicode.Hebrew},
	{"Devanagari", unicode.Devanagari},
	{"Thai", unicode.Thai},
	{"Armenian", unicode.Armenian},
	{"Georgian", unicode.Georgian},
	{"Bengali", unicode.Bengali},
	{"Tamil", unicode.Tamil},
	{"Ethiopic", unicode.Ethiopic},
}

func scriptName(r rune) string {
	for _, s := range scripts {
		if unicode.Is(s.table, r) {
			return s.name
		}
	}
	return "non-Latin"
}

func dominant(counts map[string]int) (string, int) {
	best, n := "non-Latin", 0
	for name, c := range counts {
		if c > n || c == n && name < best {
			best, n = name, c
		}
	}
	return best, n
}
