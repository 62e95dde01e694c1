package article

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// english is a short English paragraph for inputs built in the tests.
const english = "The ministry said on Monday that the talks would continue next week in the capital."

func TestParseEncoding(t *testing.T) {
	utf16 := func(s string, bigEndian, bom bool) []byte {
		var b []byte
		if bom {
			if bigEndian {
				b = append(b, 0xfe, 0xff)
			} else {
				b = append(b, 0xff, 0xfe)
			}
		}
		for _, r := range s { // ASCII and Latin-1 only
			if bigEndian {
				b = append(b, byte(r>>8), byte(r))
			} else {
				b = append(b, byte(r), byte(r>>8))
			}
		}
		return b
	}
	tests := []struct {
		name string
		raw  []byte
		want string
	}{
		{"utf8", []byte(english), english},
		{"utf8 bom", append([]byte{0xef, 0xbb, 0xbf}, english...), english},
		{"crlf", []byte("Line one.\r\nLine two.\r\n\r\nLine three."), "Line one.\nLine two.\n\nLine three."},
		{"cr", []byte("Line one.\rLine two."), "Line one.\nLine two."},
		{"surrounding space", []byte("\n\n  " + english + " \n"), english},
		{"utf16le bom", utf16("Caf\u00e9 owners said.\r\nYes.", false, true), "Caf\u00e9 owners said.\nYes."},
		{"utf16be bom", utf16("Caf\u00e9 owners said.", true, true), "Caf\u00e9 owners said."},
		{"utf16le no bom", utf16(english, false, false), english},
		{"windows-1252", []byte("The caf\xe9 said \x93no\x94 \x96 twice."), "The caf\u00e9 said \u201cno\u201d \u2013 twice."},
		{"mostly utf8", []byte("S\u00e3o Paulo and Bras\u00edlia and Bogot\u00e1 said \xff yes."), "S\u00e3o Paulo and Bras\u00edlia and Bogot\u00e1 said \ufffd yes."},
		{"controls dropped", []byte("The\x01 talks\x7f went on.\fNext page."), "The talks went on.\nNext page."},
		{"soft hyphen and bom", []byte("The nego\u00adtiations\ufeff ended."), "The negotiations ended."},
		{"nfc", []byte("The cafe\u0301 closed."), "The caf\u00e9 closed."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(tt.raw, "in.txt", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tt.want {
				t.Errorf("Text = %q, want %q", a.Text, tt.want)
			}
			if a.Format != FormatText || a.Bytes != len(tt.raw) {
				t.Errorf("Format, Bytes = %q, %d; want text, %d", a.Format, a.Bytes, len(tt.raw))
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name    string
		raw     []byte
		file    string
		opt     Options
		want    error
		message string
	}{
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "report.pdf", Options{}, ErrBinary, "read report.pdf: input looks like a PDF file, not text"},
		{"zip", []byte("PK\x03\x04\x14\x00\x06\x00"), "a.docx", Options{}, ErrBinary, "a ZIP archive"},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "a.png", Options{}, ErrBinary, "a PNG image"},
		{"jpeg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), "a.jpg", Options{}, ErrBinary, "a JPEG image"},
		{"gif", []byte("GIF89a\x01\x00\x01\x00"), "a.gif", Options{}, ErrBinary, "a GIF image"},
		{"elf", []byte("\x7fELF\x02\x01\x01"), "a.out", Options{}, ErrBinary, "an ELF executable"},
		{"gzip", []byte("\x1f\x8b\x08\x00"), "a.gz", Options{}, ErrBinary, "a gzip file"},
		{"nul", []byte("some text\x00with a NUL"), "a", Options{}, ErrBinary, "NUL bytes"},
		{"controls", bytes.Repeat([]byte("abc\x01\x02\x03def\x04"), 20), "a", Options{}, ErrBinary, "control bytes"},
		{"lone surrogates", append([]byte{0xff, 0xfe}, bytes.Repeat([]byte{0x00, 0xd8}, 20)...), "a.txt", Options{}, ErrEncoding, "20 of 20 characters are invalid"},
		{"empty", nil, "-", Options{}, ErrEmpty, "read stdin: no text in input"},
		{"blank", []byte(" \n\t\r\n "), "a.txt", Options{}, ErrEmpty, ""},
		{"bom only", []byte{0xef, 0xbb, 0xbf}, "a.txt", Options{}, ErrEmpty, ""},
		{"controls only", []byte("\x01\n"), "a.txt", Options{}, ErrEmpty, ""},
		{"too large", []byte(english), "a.txt", Options{MaxBytes: 10}, ErrTooLarge, "limit 10"},
		{"boilerplate only", readTestdata(t, "boilerplate.html"), "b.html", Options{}, ErrEmpty, ""},
		{"script only", []byte("<html><body><script>var a = 'the of and to in';</script></body></html>"), "s.html", Options{}, ErrEmpty, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(tt.raw, tt.file, tt.opt)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v (article %+v)", err, tt.want, a)
			}
			if !strings.Contains(err.Error(), tt.message) {
				t.Errorf("message %q does not contain %q", err, tt.message)
			}
		})
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct {
		file    string
		english bool
	}{
		{"en_news.txt", true},
		{"en_dense.txt", true},
		{"fr.txt", false},
		{"es.txt", false},
		{"de.txt", false},
		{"it.txt", false},
		{"pt.txt", false},
		{"nl.txt", false},
		{"ru.txt", false},
		{"ar.txt", false},
		{"zh.txt", false},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := Parse(readTestdata(t, tt.file), tt.file, Options{})
			if tt.english && err != nil {
				t.Fatalf("English text refused: %v", err)
			}
			if !tt.english && !errors.Is(err, ErrNotEnglish) {
				t.Fatalf("err = %v, want ErrNotEnglish", err)
			}
		})
	}
}

func TestLanguageEdges(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		english bool
	}{
		{"short foreign", "Le gouvernement a annoncé jeudi une mesure temporaire.", true},
		{"short cyrillic name", "Officials in Moscow said Сергей had left.", true},
		{"english quoting french", string(readTestdata(t, "en_news.txt")) + "\n\n" + string(readTestdata(t, "fr.txt")), true},
		{"word salad", strings.Repeat("harbour navy boats fishermen bay ", 10), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkEnglish(tt.text)
			if tt.english != (err == nil) {
				t.Fatalf("checkEnglish = %v, want English %v", err, tt.english)
			}
		})
	}
}

func TestParseText(t *testing.T) {
	raw := readTestdata(t, "en_news.txt")
	a, err := Parse(raw, "en_news.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != strings.TrimSpace(string(raw)) || a.Title != "" || a.Format != FormatText {
		t.Errorf("got Format %q Title %q Text %.60q", a.Format, a.Title, a.Text)
	}
}

func TestParseHTML(t *testing.T) {
	a, err := Parse(readTestdata(t, "page.html"), "page.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := Article{
		Title:     "Navy moves patrol boats to northern harbour",
		Published: time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC),
		URL:       "https://herald.example.com/world/navy-moves-patrol-boats",
		Source:    "The Coastal Herald",
		Byline:    "Elena Marsh",
		Format:    FormatHTML,
	}
	got := *a
	got.Text, got.Bytes = "", 0
	if got != want {
		t.Errorf("metadata\n got %+v\nwant %+v", got, want)
	}
	paras := strings.Split(a.Text, "\n\n")
	if len(paras) != 5 {
		t.Errorf("%d paragraphs, want 5:\n%s", len(paras), a.Text)
	}
	if !strings.HasPrefix(a.Text, "The coastal state\u2019s navy has sent") {
		t.Errorf("text does not start with the first paragraph: %.80q", a.Text)
	}
	for _, keep := range []string{"\u201cpurely defensive\u201d", "come ashore\nand that", "on Monday."} {
		if !strings.Contains(a.Text, keep) {
			t.Errorf("text lacks %q", keep)
		}
	}
	for _, drop := range []string{"Navy moves", "Share on", "Privacy", "Reader42", "cookies", "Related stories",
		"dataLayer", "Sign up", "Home", "All rights", "font-family", "Elena"} {
		if strings.Contains(a.Text, drop) {
			t.Errorf("boilerplate %q left in text", drop)
		}
	}
}

func TestParseHTMLVariants(t *testing.T) {
	tests := []struct {
		name, file string
		raw        []byte
		contains   string
		paras      int
	}{
		{"fragment sniffed", "fragment", readTestdata(t, "fragment.html"), "Emergency crews worked", 3},
		{"declared charset", "cp1250.html", readTestdata(t, "cp1250.html"), "city of \u0141\u00f3d\u017a will open", 2},
		{"url extension", "https://news.example.org/story.html", readTestdata(t, "fragment.html"), "Nobody was hurt", 3},
		{"entities and breaks", "x.html", []byte("<p>" + strings.Repeat(english+" ", 5) + "Tom &amp; Jerry &lt;said&gt; &#8220;yes&#8221;&nbsp;today.</p>"), "Tom & Jerry <said> \u201cyes\u201d today.", 1},
		{"broken markup", "x.html", []byte("<div><p>" + strings.Repeat(english+" ", 4) + "<b>bold <i>both</b> italic</i> end.<p>Second " + english + "</div></span></p></td>"), "Second The ministry", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(tt.raw, tt.file, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Format != FormatHTML || !strings.Contains(a.Text, tt.contains) {
				t.Errorf("Format %q, text lacks %q:\n%s", a.Format, tt.contains, a.Text)
			}
			if n := len(strings.Split(a.Text, "\n\n")); n != tt.paras {
				t.Errorf("%d paragraphs, want %d:\n%s", n, tt.paras, a.Text)
			}
		})
	}
}

func TestIsHTML(t *testing.T) {
	tests := []struct {
		name, file, contentType, text string
		want                          bool
	}{
		{"html extension", "a.HTM", "", english, true},
		{"txt extension wins", "a.txt", "", "<!doctype html><p>x</p>", false},
		{"content type", "a", "text/html; charset=utf-8", english, true},
		{"doctype", "a", "", "\n  <!DOCTYPE HTML PUBLIC>", true},
		{"html tag", "a", "", "<html lang=en>", true},
		{"xml prolog", "a", "", "<?xml version=\"1.0\"?>\n<html xmlns=\"x\">", true},
		{"xml feed", "a", "", "<?xml version=\"1.0\"?>\n<rss><channel>", false},
		{"comment first", "a", "", "<!-- generated -->\n<p>" + english + "</p>", true},
		{"starts with element", "a", "", "<p>" + english, true},
		{"dense tags", "a", "", "Title\n" + strings.Repeat("<p>"+english+"</p>\n", 5), true},
		{"prose quoting a tag", "a", "", strings.Repeat(english+" ", 10) + "Use <b> for bold. " + strings.Repeat(english+" ", 10), false},
		{"angle brackets", "a", "", "if a < b and b > c then a < c", false},
		{"plain", "a", "", english, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isHTML(tt.file, tt.contentType, tt.text); got != tt.want {
				t.Errorf("isHTML = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestBuildTree(t *testing.T) {
	deep := strings.Repeat("<div>", 2*maxDepth) + "deep text" + strings.Repeat("</div>", 2*maxDepth)
	tests := []struct {
		name, html string
		want       []string
	}{
		{"implied p", "<p>one<p>two<div>three</div>", []string{"one", "two", "three"}},
		{"implied li", "<ul><li>one<li>two</ul><p>after", []string{"one", "two", "after"}},
		{"table", "<table><tr><td>a<td>b<tr><td>c</table>", []string{"a b", "c"}},
		{"br", "<p>one<br>two</br>three", []string{"one\ntwo\nthree"}},
		{"self-closing div", "<div/>one<div/>two", []string{"one", "two"}},
		{"head elements", "<title>T</title><style>p{}</style>body text", []string{"body text"}},
		{"flattened", deep, []string{"deep text"}},
		{"comments inside text", "<p>a<!-- x -->b<!-- y -->c</p>", []string{"abc"}},
		{"svg self-closing", "<p>x<svg><path/><path/></svg>y</p>", []string{"xy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := buildTree(tt.html)
			if err != nil {
				t.Fatal(err)
			}
			got := render(doc)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("render = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHostileHTML checks that crafted pages end quickly with text or an
// error. Each would take html.Parse minutes or gigabytes.
func TestHostileHTML(t *testing.T) {
	var reopen strings.Builder
	reopen.WriteString("<div>")
	for i := range 500 {
		reopen.WriteString("<b id=" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + ">")
	}
	tests := []struct{ name, html string }{
		{"nested divs", strings.Repeat("<div>", 100_000) + english},
		{"reopened formatting", reopen.String() + strings.Repeat("</div><div>"+english, 2000)},
		{"unclosed elements", strings.Repeat("<font size=2>"+english, 5000)},
		{"huge attribute", `<p title="` + strings.Repeat("a", 1<<20) + `">` + english + "</p>"},
		{"many attributes", "<p " + strings.Repeat("a=b ", 100_000) + ">" + english},
		{"unterminated tag", "<p " + strings.Repeat("x", 100_000)},
		{"unterminated comment", "<p>" + english + "<!--" + strings.Repeat("-", 100_000)},
		{"entity soup", "<p>" + strings.Repeat("&#xFFFFFFFF;&#0;&bogus;&amp", 20_000)},
		{"nul bytes in text", "<html><body><p>a\x00b</p></body></html>"},
		{"too many nodes", "<html>" + strings.Repeat("<i>x</i>", maxNodes)},
		{"plaintext", "<plaintext><p>" + english},
		{"tables in tables", strings.Repeat("<table><tr><td>", 20_000) + english},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			a, err := Parse([]byte(tt.html), "hostile.html", Options{})
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %v", d)
			}
			if err == nil && (a.Text == "" || !utf8.ValidString(a.Text)) {
				t.Errorf("bad text %.80q", a.Text)
			}
		})
	}
}

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(path, readTestdata(t, "en_news.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		input string
		stdin string
		opt   Options
		want  error
	}{
		{"file", path, "", Options{}, nil},
		{"stdin", "-", english, Options{}, nil},
		{"file too large", path, "", Options{MaxBytes: 100}, ErrTooLarge},
		{"stdin too large", "-", strings.Repeat("x", 200), Options{MaxBytes: 100}, ErrTooLarge},
		{"missing file", filepath.Join(dir, "nope.txt"), "", Options{}, os.ErrNotExist},
		{"no name", "", "", Options{}, ErrBadURL},
		{"ftp", "ftp://example.com/a.txt", "", Options{}, ErrBadURL},
		{"file url", "file:///etc/passwd", "", Options{}, ErrBadURL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Open(context.Background(), tt.input, strings.NewReader(tt.stdin), tt.opt)
			if tt.want == nil {
				if err != nil || a.Text == "" {
					t.Fatalf("Open = %v, %v", a, err)
				}
				return
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := Open(context.Background(), dir, nil, Options{}); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("Open(dir) = %v, want a directory error", err)
	}
}

func BenchmarkParse(b *testing.B) {
	for _, bb := range []struct{ name, file string }{
		{"text", "en_news.txt"},
		{"html", "page.html"},
	} {
		raw := readTestdata(b, bb.file)
		b.Run(bb.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(raw, bb.file, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
