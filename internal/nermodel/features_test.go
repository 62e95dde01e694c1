package nermodel

import (
	"testing"

	"sitrep/internal/text"
)

// tokenInfo returns the spelling features of a one-word document.
func tokenInfo(t *testing.T, w string) tokInfo {
	t.Helper()
	d := text.New(w)
	if len(d.Tokens) != 1 {
		t.Fatalf("%q is %d tokens", w, len(d.Tokens))
	}
	return lexical(d.Word(0), d.Tokens[0])
}

func TestLexicalShapes(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Kowalczyk", "Nowak", true},     // Xx
		{"T-90", "BTR-80", true},         // X-d
		{"NATO", "UNICEF", true},         // X
		{"Nowak", "NOWAK", false},        // Xx against X
		{"T-90", "Nowak", false},         // X-d against Xx
		{"1996-08-22", "2024-1-3", true}, // d-d-d
	}
	for _, tt := range tests {
		a, b := tokenInfo(t, tt.a), tokenInfo(t, tt.b)
		if got := a.short == b.short; got != tt.same {
			t.Errorf("short shape of %q and %q: same %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

func TestLexicalWordForms(t *testing.T) {
	a, b := tokenInfo(t, "Kherson"), tokenInfo(t, "KHERSON")
	if a.lower != b.lower || a.word == b.word {
		t.Errorf("Kherson/KHERSON: lower forms must match and exact forms differ")
	}
	// Digits fold to 0, so dates and counts share their lower form.
	if tokenInfo(t, "1996-08-22").lower != tokenInfo(t, "2031-12-01").lower {
		t.Error("dates of the same shape should share their lower form")
	}
	k := tokenInfo(t, "Kowalski")
	if k.suf[2] != tokenInfo(t, "Nowski").suf[2] || k.pre[0] != tokenInfo(t, "kilo").pre[0] {
		t.Error("prefixes and suffixes must be case-free and shared")
	}
	// Only proper affixes: a two-letter word has a one-letter prefix only.
	un := tokenInfo(t, "UN")
	if un.pre[0] == 0 || un.pre[1] != 0 || un.suf[1] != 0 {
		t.Errorf("UN affixes = %v %v", un.pre, un.suf)
	}
}

func TestLexicalFlags(t *testing.T) {
	tests := []struct {
		w    string
		want uint16
		not  uint16
	}{
		{"Nowak", fCap | fHasUpper | fLetter, fUpper | fDigit},
		{"NATO", fCap | fUpper | fHasUpper | fLetter, fDigit},
		{"al-Assad", fHasUpper | fHyphen | fLetter, fCap},
		{"T-90", fCap | fHasUpper | fHyphen | fDigit | fLetter, fAllDigit},
		{"250,000", fDigit | fAllDigit, fLetter},
		{"J.", fCap | fInitial | fDot, fUpper},
		{"(", fPunct, fLetter},
	}
	for _, tt := range tests {
		f := tokenInfo(t, tt.w).flags
		if f&tt.want != tt.want || f&tt.not != 0 {
			t.Errorf("flags(%q) = %b, want %b set and %b clear", tt.w, f, tt.want, tt.not)
		}
	}
}

func TestFoldSpanMatchesFold(t *testing.T) {
	tests := []string{
		"United Nations", "UNITED  NATIONS", "Kyiv\tOblast", "al-Assad", "Sant Julià de Lòria",
		"People’s Liberation Army", "T-90", "Ñandú", "O'Neill", "ÇAVUŞOĞLU",
	}
	st := newDocState()
	for _, s := range tests {
		d := text.New(s)
		if len(d.Tokens) == 0 {
			t.Fatalf("%q has no tokens", s)
		}
		got := st.foldSpan(d, 0, len(d.Tokens))
		if want := text.Fold(d.Str(d.SpanOf(0, len(d.Tokens)))); got != want {
			t.Errorf("foldSpan(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestCapsSentence(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"SOCCER - LEADING RESULTS FROM THE WEEKEND", true},
		{"The UN and NATO met in Brussels.", false},
		{"NATO", false},
	}
	for _, tt := range tests {
		d := text.New(tt.s)
		info := make([]tokInfo, len(d.Tokens))
		for i, tok := range d.Tokens {
			info[i] = lexical(d.Word(i), tok)
		}
		if got := capsSentence(info); got != tt.want {
			t.Errorf("capsSentence(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestPrepareWordLists checks the lexicon, gazetteer and name-list marks
// on a sentence of well-known names.
func TestPrepareWordLists(t *testing.T) {
	res, err := loadResources()
	if err != nil {
		t.Fatal(err)
	}
	d := text.New("The United Nations met in Paris with Vladimir Putin and Mr. Nowak.")
	st := newDocState()
	res.prepare(d, st)
	at := func(w string) *tokInfo {
		for i := range d.Tokens {
			if d.Word(i) == w {
				return &st.info[i]
			}
		}
		t.Fatalf("no token %q", w)
		return nil
	}
	igo := lexKinds["igo"]*4 + 1
	if got := at("United").lex; got != igo<<2|0 {
		t.Errorf("United: lex tag %d, want IGO begin %d", got, igo<<2)
	}
	if got := at("Nations").lex; got != igo<<2|2 {
		t.Errorf("Nations: lex tag %d, want IGO last %d", got, igo<<2|2)
	}
	if p := at("Paris"); p.geo == 0 || p.geo&3 != 3 {
		t.Errorf("Paris: geo tag %d, want a unit match", p.geo)
	}
	if at("Vladimir").name&nGiven == 0 {
		t.Error("Vladimir should be a given name")
	}
	if at("met").voc == 0 || at("met").lex != 0 {
		t.Error("met: want a vocabulary class and no lexicon tag")
	}
}

func TestStaticRows(t *testing.T) {
	d := text.New("Jan Nowak visited Kherson.")
	info := make([]tokInfo, len(d.Tokens))
	for i, tok := range d.Tokens {
		info[i] = lexical(d.Word(i), tok)
	}
	const bits = 16
	s := sentence{info: info, shift: 64 - bits}
	s.static(1)
	first := append([]uint32(nil), s.rows...)
	s.rows = s.rows[:0]
	s.static(1)
	if len(first) < 20 || len(first) != len(s.rows) {
		t.Fatalf("rows: %d then %d", len(first), len(s.rows))
	}
	for k, r := range first {
		if r != s.rows[k] || r >= 1<<bits {
			t.Fatalf("row %d: %d then %d (table of %d)", k, r, s.rows[k], 1<<bits)
		}
	}
}

func TestHistoryValue(t *testing.T) {
	tests := []struct {
		h    history
		want uint64
		ok   bool
	}{
		{history{}, 0, false},
		{history{0, 3}, 2 | 8, true},      // always PER
		{history{1, 3}, 2, true},          // mostly PER
		{history{0, 0, 1, 2, 0}, 4, true}, // mostly ORG
	}
	for _, tt := range tests {
		if got, ok := tt.h.value(); got != tt.want || ok != tt.ok {
			t.Errorf("%v.value() = %d, %v; want %d, %v", tt.h, got, ok, tt.want, tt.ok)
		}
	}
}
