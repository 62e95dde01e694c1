package signal

import (
	"fmt"
	"strings"

	"sitrep/internal/lexicon"
	"sitrep/internal/text"
)

// stateWords are the words of formal state names ("Russian Federation",
// "Kingdom of Saudi Arabia"); a formal name is only looked for around one.
var stateWords = map[string]bool{
	"Republic": true, "Federation": true, "Kingdom": true, "Commonwealth": true, "States": true,
	"Principality": true, "Confederation": true, "Sultanate": true, "Union": true, "State": true,
	"Emirate": true, "Duchy": true, "Jamahiriya": true,
}

// stateFilter passes the state words and few other words.
var stateFilter = filterOf(stateWords)

// nameLinks are the lower-case words inside formal names.
var nameLinks = map[string]bool{"of": true, "the": true, "and": true, "'s": true, "’s": true}

// Weights of a formal name by how it is used.
const (
	wFormalBare      = 1.0 // no article: "Russian Federation may be", a spinner's string swap
	wFormalAlternate = 0.6 // "the Russian Federation" in a text that also says "Russia"
	wFormalTitle     = 0.5 // a bare formal name in a headline, where articles drop
	wUSA             = 0.5 // "the USA", where news style says "the U.S."
)

// formalHit is one formal name in the text.
type formalHit struct {
	i, j  int // tokens
	entry *lexicon.Entry
}

// formalNames flags formal country names that stand where news prose has
// the short name. A formal name after "of the" ("the embassy of the
// Russian Federation"), inside a quotation or inside a longer name is in
// its place; one with "the" counts only when the text also uses the short
// name, so it alternates; one without an article is a string swap.
func (s *scan) formalNames() {
	for _, h := range s.formal {
		s.judgeFormal(h)
	}
}

// shortUses returns how often the text uses a short name of the country
// with the ID. The counts are taken on first need, as most formal names
// are judged without them.
func (s *scan) shortUses(id string) int {
	if s.short == nil {
		s.short = s.shortNames(s.formal)
	}
	return s.short[id]
}

// formalAt finds a formal country name that contains the state word at
// token k, longest first.
func (s *scan) formalAt(sen text.Sentence, k int) (formalHit, bool) {
	t := s.d.Tokens[k]
	if t.Kind != text.Word || !t.Cap || !isStateWord(s.d.Word(k), t.Upper) {
		return formalHit{}, false
	}
	lo := k
	for lo > sen.First && k-lo < 3 && s.nameWord(lo-1) {
		lo--
	}
	hi := k + 1
	for hi < sen.End && hi-k < 7 && s.nameWord(hi) {
		hi++
	}
	var buf keyBuf
	for n := hi - lo; n >= 2; n-- {
		for i := lo; i <= k && i+n <= hi; i++ {
			if i+n <= k || !s.d.Tokens[i].Cap || !s.d.Tokens[i+n-1].Cap {
				continue // names start and end with a capital
			}
			key := string(appendKey(buf[:0], s.d, i, i+n))
			for _, h := range s.x.lex.Lookup(key) {
				if h.Entry.Kind == lexicon.KindCountry && h.Form == lexicon.FormFormal && s.x.formalNotNews(key) {
					return formalHit{i: i, j: i + n, entry: h.Entry}, true
				}
			}
		}
	}
	return formalHit{}, false
}

// isStateWord reports whether w is a state word, written so or in
// capitals ("REPUBLIC"). Capitals are compared in title case; an ASCII
// word is put in title case on the stack, as most words in capitals are
// abbreviations that fail.
func isStateWord(w string, upper bool) bool {
	if !upper || len(w) < 2 {
		return stateFilter.mayHold(w) && stateWords[w]
	}
	var buf [16]byte
	if len(w) > len(buf) || !isASCII(w) {
		return stateWords[w[:1]+strings.ToLower(w[1:])]
	}
	buf[0] = w[0]
	for i := 1; i < len(w); i++ {
		buf[i] = lowerASCII(w[i])
	}
	key := string(buf[:len(w)])
	return stateFilter.mayHold(key) && stateWords[key]
}

// nameWord reports whether token i can be part of a name: a capitalised
// word or a link word.
func (s *scan) nameWord(i int) bool {
	t := s.d.Tokens[i]
	if t.Kind != text.Word {
		return false
	}
	if t.Cap {
		return true
	}
	_, ok := text.Lookup(nameLinks, s.d.Word(i))
	return ok
}

// formalInNews are formal names that news prose uses because the short
// name is ambiguous or names something else.
var formalInNews = map[string]bool{
	"republic of ireland": true, "republic of congo": true, "republic of the congo": true,
	"democratic republic of congo": true, "democratic republic of the congo": true, "republic of china": true,
	"czech republic": true, "dominican republic": true, "central african republic": true,
}

// formalNotNews reports whether news prose avoids the formal name: the
// corpora use it rarely beside the short name ("Czech Republic" is news
// usage, "Russian Federation" is not).
func (x *Detector) formalNotNews(key string) bool {
	if !strings.Contains(key, " ") || formalInNews[key] {
		return false
	}
	f := x.col.formal[key]
	return f.count < 3 || f.count*4 < f.short
}

// shortNames counts, for each country with a formal name in hits, the
// places where the text uses one of its short names.
func (s *scan) shortNames(hits []formalHit) map[string]int {
	if len(hits) == 0 {
		return nil
	}
	want := map[string]bool{}
	for _, h := range hits {
		want[h.entry.ID] = true
	}
	out := map[string]int{}
	toks := s.d.Tokens
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != text.Word || !toks[i].Cap {
			continue
		}
		for n := 3; n >= 1; n-- {
			if i+n > len(toks) || toks[i+n-1].Kind != text.Word || !toks[i+n-1].Cap {
				continue
			}
			if id, ok := s.shortName(i, i+n, want); ok {
				out[id]++
				i += n - 1
				break
			}
		}
	}
	return out
}

func (s *scan) shortName(i, j int, want map[string]bool) (string, bool) {
	surface := s.d.Text[s.d.Tokens[i].Start:s.d.Tokens[j-1].End]
	var buf keyBuf
	for _, h := range s.x.lex.Lookup(string(appendFold(buf[:0], surface))) {
		if !want[h.Entry.ID] || (h.CaseSensitive && h.Surface != surface) {
			continue
		}
		switch h.Form {
		case lexicon.FormName, lexicon.FormAlias, lexicon.FormAbbrev:
			return h.Entry.ID, true
		}
	}
	return "", false
}

func (s *scan) judgeFormal(h formalHit) {
	sp := s.d.SpanOf(h.i, h.j)
	if s.inQuote(sp) || h.j < len(s.d.Tokens) && s.d.Tokens[h.j].Cap && s.d.Tokens[h.j].Kind == text.Word {
		return // quoted, or part of a longer name ("Russian Federation Council")
	}
	prev, prev2 := s.wordBefore(h.i, 1), s.wordBefore(h.i, 2)
	inTitle := s.d.HasTitle && sp.Start < s.d.Title.End
	name := h.entry.Name
	switch {
	case prev == "the" && prev2 == "of", prev == "of":
		return // "the embassy of the Russian Federation"
	case prev == "the":
		if s.shortUses(h.entry.ID) > 0 {
			s.add(sp, RuleFormalName, fmt.Sprintf("alternates with %q in the same text", name), wFormalAlternate)
		}
	case inTitle:
		s.add(sp, RuleFormalName, fmt.Sprintf("formal name where news says %q", name), wFormalTitle)
	default:
		s.add(sp, RuleFormalName, fmt.Sprintf("formal name without an article where news says %q", name), wFormalBare)
	}
}

// usaAt flags "the USA" in running prose.
func (s *scan) usaAt(sen text.Sentence, i int) {
	if i == sen.First || s.d.Word(i) != "USA" || !strings.EqualFold(s.d.Word(i-1), "the") {
		return
	}
	sp := s.d.SpanOf(i-1, i+1)
	if !s.inQuote(sp) {
		s.add(sp, RuleFormalName, `news style writes "the U.S." or "the United States"`, wUSA)
	}
}

// wordBefore returns the folded word n tokens before token i, or "".
func (s *scan) wordBefore(i, n int) string {
	if i-n < 0 || s.d.Tokens[i-n].Kind != text.Word {
		return ""
	}
	return text.Fold(s.d.Word(i - n))
}

// inQuote reports whether sp lies inside quotation marks of its paragraph.
func (s *scan) inQuote(sp text.Span) bool {
	if s.quotes == nil {
		s.quotes = quotedSpans(s.d)
	}
	for _, q := range s.quotes {
		if sp.Start >= q.Start && sp.End <= q.End {
			return true
		}
	}
	return false
}

// quotedSpans returns the spans between double quotation marks, paragraph
// by paragraph: curly marks and guillemets open and close, a straight mark
// toggles. It reads bytes, as all the marks but '"' start with 0xC2 or 0xE2.
func quotedSpans(d *text.Doc) []text.Span {
	out := []text.Span{}
	for _, p := range d.Paragraphs {
		s := d.Text[p.Start:p.End]
		open := -1
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c != '"' && c != 0xC2 && c != 0xE2 {
				continue
			}
			opens, closes, n := quoteMark(s[i:])
			switch {
			case opens && (!closes || open < 0):
				open = p.Start + i
			case closes && open >= 0:
				out = append(out, text.Span{Start: open, End: p.Start + i + n})
				open = -1
			}
			i += max(n, 1) - 1
		}
	}
	return out
}

// quoteMark reports whether s starts with a double quotation mark that
// opens or closes (a straight mark may do either), and its length.
func quoteMark(s string) (opens, closes bool, n int) {
	for _, m := range []struct {
		mark        string
		open, close bool
	}{{`"`, true, true}, {"“", true, false}, {"«", true, false}, {"”", false, true}, {"»", false, true}} {
		if strings.HasPrefix(s, m.mark) {
			return m.open, m.close, len(m.mark)
		}
	}
	return false, false, 0
}
