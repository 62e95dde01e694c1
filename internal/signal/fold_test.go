package signal

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"sitrep/internal/text"
)

// foldCases mix ASCII, spaces of all kinds, typographic marks, accents and
// broken UTF-8, the inputs on which the fast folds must agree with
// text.Fold.
var foldCases = []string{
	"", " ", "Russia", "RUSSIAN  Federation", "  the\tUnited\n\nStates ", "U.S.", "a\x01b\x7f", "Sant Julià",
	"Erdoğan’s", "“Quoted” — dash", "Straße", "al-Ḥasan", "ʿAbd", "x\u00a0y", "soft\u00adhyphen", "\xff\xfeA",
	"İSTANBUL", "ǅ", "Ⅻ", "١٢٣ word", "… and so", "ends with space ", "FBI-led", "’",
}

// TestAppendFold checks appendFold against text.Fold.
func TestAppendFold(t *testing.T) {
	for _, s := range append(foldCases, randomTexts(500)...) {
		if got, want := string(appendFold([]byte("x"), s)), "x"+text.Fold(s); got != want {
			t.Errorf("appendFold(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSameWords checks sameWords and hasWords against their definition:
// the words of the folded texts, split at anything but letters and digits.
func TestSameWords(t *testing.T) {
	texts := append(foldCases, randomTexts(500)...)
	texts = append(texts, "Syria’s war: “no end”", "SYRIA'S WAR - NO END", "syria s war no end ", "Syria's war")
	for i, a := range texts {
		if got, want := hasWords(a), wordsKey(a) != ""; got != want {
			t.Errorf("hasWords(%q) = %v, want %v", a, got, want)
		}
		for _, b := range []string{a, texts[(i+1)%len(texts)], texts[(i+7)%len(texts)], strings.ToUpper(a), a + " x", "x" + a} {
			if got, want := sameWords(a, b), wordsKey(a) == wordsKey(b); got != want {
				t.Errorf("sameWords(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// wordsKey is the definition of the words of a text that sameWords
// compares.
func wordsKey(s string) string {
	var b strings.Builder
	for _, f := range strings.FieldsFunc(text.Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		b.WriteString(f)
		b.WriteByte(' ')
	}
	return b.String()
}

// TestFilters checks that the cheap tests before the tables pass every key.
func TestFilters(t *testing.T) {
	for w := range stateWords {
		if !isStateWord(w, false) || !isStateWord(strings.ToUpper(w), true) {
			t.Errorf("isStateWord drops %q", w)
		}
	}
	for w := range agencyHeads {
		if !agencyHeadFilter.mayHold(w) {
			t.Errorf("agencyHeadFilter drops %q", w)
		}
	}
}

// randomTexts returns n short strings drawn from an alphabet of letters,
// marks, spaces and stray bytes.
func randomTexts(n int) []string {
	parts := []string{"a", "B", "z", "Z", "1", " ", "  ", "\t", "\n", ".", "-", "'", "’", "é", "É", "ß", "…", "\u00a0",
		"\u00ad", "ʿ", "\xff", "—", "“", "Ω", "ı", "İ", "x"}
	r := rand.New(rand.NewPCG(7, 11))
	out := make([]string, n)
	for i := range out {
		var b []byte
		for range r.IntN(12) {
			b = append(b, parts[r.IntN(len(parts))]...)
		}
		out[i] = string(b)
	}
	return out
}

// TestWithoutRandomSpans checks Without against its definition, token by
// token, on random sorted spans over the examples: a token goes when a
// span holds it whole, a sentence when it has no token left, and the
// document itself comes back when nothing goes.
func TestWithoutRandomSpans(t *testing.T) {
	files, _ := filepath.Glob("../../examples/*.txt")
	if len(files) == 0 {
		t.Skip("no examples")
	}
	r := rand.New(rand.NewPCG(3, 5))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := text.New(string(raw))
		for range 50 {
			spans := randomSpans(r, d)
			got := Without(d, spans)
			var want []text.Token
			for _, tok := range d.Tokens {
				if !slices.ContainsFunc(spans, func(sp text.Span) bool { return tok.Start >= sp.Start && tok.End <= sp.End }) {
					want = append(want, tok)
				}
			}
			if !slices.Equal(got.Tokens, want) {
				t.Fatalf("%s %v: kept %d tokens, want %d", f, spans, len(got.Tokens), len(want))
			}
			if len(want) == len(d.Tokens) && got.HasTitle == d.HasTitle && got != d {
				t.Errorf("%s %v: nothing left out, but a new document", f, spans)
			}
			n := 0
			for _, s := range got.Sentences {
				if s.First != n || s.End <= s.First || s.Start != got.Tokens[s.First].Start || s.Span.End != got.Tokens[s.End-1].End {
					t.Fatalf("%s %v: sentence %+v does not match its tokens", f, spans, s)
				}
				n = s.End
			}
			if n != len(got.Tokens) {
				t.Fatalf("%s %v: sentences cover %d of %d tokens", f, spans, n, len(got.Tokens))
			}
		}
	}
}

// randomSpans returns up to four sorted, disjoint spans of d: whole
// paragraphs, pieces of them, or gaps between tokens.
func randomSpans(r *rand.Rand, d *text.Doc) []text.Span {
	var out []text.Span
	at := 0
	for range r.IntN(5) {
		if at >= len(d.Text) {
			break
		}
		start := at + r.IntN(len(d.Text)-at)
		end := start + r.IntN(min(len(d.Text)-start, 400)+1)
		if r.IntN(3) == 0 {
			for _, p := range d.Paragraphs {
				if p.Start >= at {
					start, end = p.Start, p.End
					break
				}
			}
		}
		if start < at || end < start {
			break
		}
		out = append(out, text.Span{Start: start, End: end})
		at = end + 1
	}
	return out
}

// TestIndexFold checks indexFold against the plain search: the first place
// where s has w in any case.
func TestIndexFold(t *testing.T) {
	needles := []string{"photo", "getty", "newsletter", "click here", "reuters/", "(ap photo", "sign up", "/afp", "k", "zz"}
	texts := append(foldCases, randomTexts(300)...)
	texts = append(texts, "Click HERE", "see PHOTO: x", "a (AP Photo/Jane)", "newsletters", "REUTERS/Jo", "kkk", "\u212a")
	for _, s := range texts {
		for _, s := range []string{s, "Click photo " + s, s + " PHOTO getty"} {
			for _, w := range needles {
				want := -1
				for i := 0; i+len(w) <= len(s); i++ {
					if strings.EqualFold(s[i:i+len(w)], w) {
						want = i
						break
					}
				}
				if got := indexFold(s, w); got != want {
					t.Errorf("indexFold(%q, %q) = %d, want %d", s, w, got, want)
				}
			}
		}
	}
}

// TestTrimShareMarks checks trimShareMarks against bytes.Trim.
func TestTrimShareMarks(t *testing.T) {
	for _, s := range append(foldCases, "·x•", "--a-b--", "•", ",|·•/:-", "x\xff·", "·\xff", "a·b") {
		if got, want := string(trimShareMarks([]byte(s))), string(bytes.Trim([]byte(s), ",|·•/:-")); got != want {
			t.Errorf("trimShareMarks(%q) = %q, want %q", s, got, want)
		}
	}
}
