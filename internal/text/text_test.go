package text

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func words(d *Doc) []string {
	var out []string
	for i := range d.Tokens {
		out = append(out, d.Word(i))
	}
	return out
}

func sentences(d *Doc) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Str(s.Span))
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"The U.S. Army said.", "The|U.S.|Army|said|."},
		{"Gen. Mark Milley met Lt. Col. Ann Roe.", "Gen.|Mark|Milley|met|Lt.|Col.|Ann|Roe|."},
		{"Russia’s base and Syria's ports", "Russia|’s|base|and|Syria|'s|ports"},
		{"more than 250,000 people, 3.5 km, in 2011.", "more|than|250,000|people|,|3.5|km|,|in|2011|."},
		{"seven T-90 tanks and BTR-80s near al-Assad", "seven|T-90|tanks|and|BTR-80s|near|al-Assad"},
		{"“continual, steady” flow", "“|continual|,|steady|”|flow"},
		{"as though… they – and", "as|though|…|they|–|and"},
		{"wait... what", "wait|...|what"},
		{"O’Neill and d'Estaing", "O’Neill|and|d'Estaing"},
		{"Syria,2011", "Syria|,|2011"},
		{"fares of RM23.50, or US$4.99.", "fares|of|RM23.50|,|or|US|$|4.99|."},
		{"It cost 5.Next", "It|cost|5|.|Next"},
		{"John F. Kennedy", "John|F.|Kennedy"},
		{"the ‘escalates’ line", "the|‘|escalates|’|line"},
		{"officials' remarks", "officials|'|remarks"},
		{"Sept. 11 attacks", "Sept.|11|attacks"},
		{"(IS) group", "(|IS|)|group"},
	}
	for _, tt := range tests {
		d := New(tt.in)
		if got := strings.Join(words(d), "|"); got != tt.want {
			t.Errorf("New(%q) tokens = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestTokenFlags(t *testing.T) {
	d := New("The ISIL and nato 2015 Moscow")
	want := []struct {
		kind       Kind
		cap, upper bool
	}{{Word, true, false}, {Word, true, true}, {Word, false, false}, {Word, false, false}, {Number, false, false}, {Word, true, false}}
	for i, w := range want {
		tok := d.Tokens[i]
		if tok.Kind != w.kind || tok.Cap != w.cap || tok.Upper != w.upper {
			t.Errorf("token %q = %+v, want kind %d cap %v upper %v", d.Word(i), tok, w.kind, w.cap, w.upper)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviations", "Gen. Smith met Mr. Jones in Sept. 2015. They talked.",
			[]string{"Gen. Smith met Mr. Jones in Sept. 2015.", "They talked."}},
		{"police grades", "Police sent 150 officers, says Sr. Comr. Bayu Prasetyo. They left.",
			[]string{"Police sent 150 officers, says Sr. Comr. Bayu Prasetyo.", "They left."}},
		{"us mid sentence", "The U.S. Navy sailed. It left.", []string{"The U.S. Navy sailed.", "It left."}},
		{"us at end", "Sanctions came from the U.S. The move angered Beijing.",
			[]string{"Sanctions came from the U.S.", "The move angered Beijing."}},
		{"closing quote", "“We will go,” he said. “Now.” She left.",
			[]string{"“We will go,” he said.", "“Now.”", "She left."}},
		{"question", "Why now? Nobody knows!", []string{"Why now?", "Nobody knows!"}},
		{"lower case after stop", "It cost 3.5 bn. and more.", []string{"It cost 3.5 bn. and more."}},
		{"paragraph ends sentence", "Headline here\n\nFirst para without stop\n\nSecond one.",
			[]string{"Headline here", "First para without stop", "Second one."}},
		{"initials", "J. R. Smith spoke.", []string{"J. R. Smith spoke."}},
		{"number start", "He left. 2015 was hard.", []string{"He left.", "2015 was hard."}},
		{"abbreviation before a number", "The vz. 58 rifle is Czech. It works.", []string{"The vz. 58 rifle is Czech.", "It works."}},
		{"middle initial", "The USS Gerald R. Ford sailed.", []string{"The USS Gerald R. Ford sailed."}},
		{"a clock time ends a sentence", "They struck at 4 a.m. Four children died at 9 p.m. GMT on Monday.",
			[]string{"They struck at 4 a.m.", "Four children died at 9 p.m. GMT on Monday."}},
		{"dateline", "Title\n\nDAR ES SALAAM, Nov 2 (Sitrep Wire) - Police fired. They left.",
			[]string{"Title", "DAR ES SALAAM, Nov 2 (Sitrep Wire) -", "Police fired.", "They left."}},
		{"no dateline without a dash", "Title\n\nNATO, the alliance, met. It agreed.", []string{"Title", "NATO, the alliance, met.", "It agreed."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentences(New(tt.in))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("sentences\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestParagraphsAndTitle(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		paras      int
		title      string
		repeat     bool
		sentences0 string
	}{
		{"blank lines", "Rebels seize town\n\nRebels seized the town.\n\nThey held it.", 3, "Rebels seize town", false, "Rebels seize town"},
		{"repeated headline", "Rebels seize ‘key’ town\n\nRebels seized the town.\n\nThey held it.\n\nRebels seize 'key' town", 4, "Rebels seize ‘key’ town", true, "Rebels seize ‘key’ town"},
		{"one line paragraphs", "Title line\nFirst paragraph ends here.\nSecond paragraph.", 3, "Title line", false, "Title line"},
		{"hard wrapped", "A long sentence of prose that has been wrapped by the author at a\nfixed column so it continues here.", 1, "", false, ""},
		{"sentence first", "It rained.\n\nIt stopped.", 2, "", false, "It rained."},
		{"crlf", "Title\r\n\r\nBody text.\r\n", 2, "Title", false, "Title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := New(tt.in)
			if len(d.Paragraphs) != tt.paras {
				t.Errorf("paragraphs = %d, want %d", len(d.Paragraphs), tt.paras)
			}
			title := ""
			if d.HasTitle {
				title = d.Str(d.Title)
			}
			if title != tt.title || d.HasRepeat != tt.repeat {
				t.Errorf("title = %q repeat %v, want %q %v", title, d.HasRepeat, tt.title, tt.repeat)
			}
			if tt.sentences0 != "" && d.Str(d.Sentences[0].Span) != tt.sentences0 {
				t.Errorf("first sentence = %q", d.Str(d.Sentences[0].Span))
			}
			if d.HasRepeat {
				last := d.Sentences[len(d.Sentences)-1]
				if last.End > d.Repeat.Start {
					t.Errorf("repeated headline is analysed: %q", d.Str(last.Span))
				}
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sant Julià  de Lòria", "sant julia de loria"},
		{"‘escalates’ “now”", `'escalates' "now"`},
		{"Cold War – 1971…", "cold war - 1971..."},
		{"  Ñuñoa\tŁódź\n", "nunoa lodz"},
		{"already folded", "already folded"},
		{"Straße", "strasse"},
		{"МОСКВА", "москва"},
		{"Ḩalab Ṣaydā Đà Nẵng ʿAdan", "halab sayda da nang adan"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKeySurvivesNormalisation(t *testing.T) {
	s := "Syria’s  Ambassador\nto Russia said “no”."
	d := New(s)
	// tokens 0..1 are "Syria" and "’s"; 2..5 "Ambassador to Russia said".
	if got := d.Key(2, 5); got != "ambassador to russia" {
		t.Errorf("Key = %q", got)
	}
	sp := d.SpanOf(0, 2)
	if s[sp.Start:sp.End] != "Syria’s" {
		t.Errorf("SpanOf = %q", s[sp.Start:sp.End])
	}
	if got := d.Key(0, 2); got != "syria's" {
		t.Errorf("Key folded = %q", got)
	}
}

func TestSentenceOf(t *testing.T) {
	d := New("One two. Three four. Five.")
	for i := range d.Tokens {
		si := d.SentenceOf(i)
		s := d.Sentences[si]
		if i < s.First || i >= s.End {
			t.Errorf("SentenceOf(%d) = %d (%d..%d)", i, si, s.First, s.End)
		}
	}
	if d.SentenceOf(len(d.Tokens)) != -1 {
		t.Error("SentenceOf past the end should be -1")
	}
}

func checkInvariants(t *testing.T, s string) {
	t.Helper()
	d := New(s)
	prev := 0
	for i, tok := range d.Tokens {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
			t.Fatalf("token %d span %v out of order or bounds (len %d)", i, tok.Span, len(s))
		}
		if utf8.ValidString(s) && !utf8.ValidString(s[tok.Start:tok.End]) {
			t.Fatalf("token %d splits a rune: %q", i, s[tok.Start:tok.End])
		}
		prev = tok.End
	}
	next := 0
	for _, se := range d.Sentences {
		if se.First != next || se.End <= se.First || se.End > len(d.Tokens) {
			t.Fatalf("sentence tokens %d..%d do not tile (want start %d)", se.First, se.End, next)
		}
		next = se.End
	}
	if next != len(d.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
	_ = Fold(s)
}

func FuzzNew(f *testing.F) {
	for _, s := range []string{
		"", "Title\n\nBody. More.", "U.S.A.", "“unbalanced", "’s", "1,2,3.4.5", "a-", "-a", "..", "\xff\xfe",
		"Gen.\n\nGen.", "A\r\nB", "‘’“”", "Syria’s’s", "x\u200by",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkInvariants(t, s) })
}

func BenchmarkNew(b *testing.B) {
	s := strings.Repeat("The U.S. Army said on Monday that Russia’s forces had moved 250,000 troops near al-Assad’s base. “We will see,” Gen. Smith told reporters.\n\n", 50)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		New(s)
	}
}

func TestWordFilter(t *testing.T) {
	keys := map[string]bool{"tank": true, "howitzer": true, "drone": true, "ça": true}
	f := NewWordFilter(keys)
	for k := range keys {
		if !f.MayHave(k) || !f.MayHave(strings.ToUpper(k)) {
			t.Errorf("MayHave(%q) = false: a filter never has false negatives", k)
		}
	}
	misses := 0
	for _, w := range strings.Fields("the of and to in said on that with was for it as by at from his her") {
		if !f.MayHave(w) {
			misses++
		}
	}
	if misses < 15 {
		t.Errorf("only %d of 18 common words filtered out", misses)
	}
}

// TestWithoutResetsFolds guards the cached folds: after tokens are left
// out, Lower must fold the new token at an index, not the old one.
func TestWithoutResetsFolds(t *testing.T) {
	d := New("Share This Story. Rebels took Gao.")
	if d.Lower(0) != "share" {
		t.Fatalf("Lower(0) = %q", d.Lower(0))
	}
	w := d.Without(d.Tokens[4:], []Sentence{{Span: d.SpanOf(4, len(d.Tokens)), First: 0, End: len(d.Tokens) - 4}})
	if got := w.Lower(0); got != "rebels" {
		t.Errorf("Lower(0) after Without = %q, want rebels", got)
	}
	if d.Lower(0) != "share" {
		t.Error("Without changed the original document")
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		in   string
		n    int // tokens of the place
		want bool
	}{
		{"KYIV, Aug 30 - Russia attacked.", 1, true},
		{"BERLIN (Reuters) - Police said so.", 1, true},
		{"KYIV/MOSCOW, Dec 5 - They swapped.", 1, true},
		{"NEW YORK, May 1 - Talks began.", 2, true},
		{"COX'S BAZAR, Bangladesh, Nov 24 - Camps burned.", 3, true},
		{"COX’S BAZAR, Bangladesh, Nov 24 - Camps burned.", 3, true},
		{"Kyiv, the capital, was calm.", 1, false},
		{"NATO and allies met.", 1, false},
	}
	for _, tt := range tests {
		d := New(tt.in)
		if got := d.Dateline(0, tt.n); got != tt.want {
			t.Errorf("Dateline(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestDatelineSentence(t *testing.T) {
	tests := []struct {
		in   string
		want []bool // per sentence
	}{
		{"GARISSA, Kenya, Nov 24 (Sitrep Wire) - Gunmen attacked a post. Police fled.", []bool{true, false, false}},
		{"COX'S BAZAR, Bangladesh, Nov 24 (Sitrep Wire) - Gunmen attacked a camp. Police fled.", []bool{true, false, false}},
		{"Gunmen attacked a post near Garissa. Police fled.", []bool{false, false}},
	}
	for _, tt := range tests {
		d := New(tt.in)
		var got []bool
		for si := range d.Sentences {
			got = append(got, d.DatelineSentence(si))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("DatelineSentence of %q = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestCapitalize(t *testing.T) {
	for in, want := range map[string]string{"ministry": "Ministry", "élysée": "Élysée", "Army": "Army", "u.s.": "U.s.", "": ""} {
		if got := Capitalize(in); got != want {
			t.Errorf("Capitalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRoleHead(t *testing.T) {
	for in, want := range map[string]string{"U.N. peacekeeping force in southern Lebanon": "force", "Governor of Kano": "governor",
		"spokesman for the army": "spokesman", "Interior Minister": "minister", "": ""} {
		if got := RoleHead(in); got != want {
			t.Errorf("RoleHead(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLastWord(t *testing.T) {
	for in, want := range map[string]string{"Interior Ministry": "Ministry", "army": "army", "": "", "  the  group ": "group"} {
		if got := LastWord(in); got != want {
			t.Errorf("LastWord(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"jebeniana", "djebeniana", 1},
		{"lokichogio", "lokichokio", 1},
		{"kitten", "sitting", 3},
		{"bonfim", "silvania", 7},
		{"abc", "", 3},
	}
	for _, tt := range tests {
		if got := EditDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
