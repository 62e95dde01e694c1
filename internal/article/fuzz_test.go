package article

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func checkArticle(t *testing.T, a *Article, err error) {
	if err != nil {
		return
	}
	if a.Text == "" || !utf8.ValidString(a.Text) {
		t.Fatalf("bad Text %q", a.Text)
	}
	if !utf8.ValidString(a.Title) || !utf8.ValidString(a.Byline) || !utf8.ValidString(a.Source) {
		t.Fatalf("bad metadata %q %q %q", a.Title, a.Byline, a.Source)
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"en_news.txt", "en_dense.txt", "fr.txt", "ru.txt", "page.html", "fragment.html", "cp1250.html"} {
		f.Add(readTestdata(f, name))
	}
	for _, s := range []string{"", "\xef\xbb\xbf", "\xff\xfeH\x00i\x00", "%PDF-1.7", "caf\xe9 \x93x\x94", "a\r\nb\rc", "\x00\x01\x02"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, err := Parse(raw, "fuzz", Options{})
		checkArticle(t, a, err)
	})
}

func FuzzParseHTML(f *testing.F) {
	f.Add(readTestdata(f, "page.html"))
	for _, s := range []string{
		strings.Repeat("<div>", 300) + english,
		"<b id=1><b id=2><b id=3><p>x</b></p>" + english,
		"<table><tr><td><table><td>" + english + "</table></td></tr>",
		"<p title=\"" + strings.Repeat("x", 1000) + "\">" + english,
		"<script>document.write('<p>')</script><style>p{}</style><p>" + english,
		"<p>&amp;&#0;&#x110000;&bogus;&lt" + english,
		"<svg><path/><p>" + english + "</svg>",
		"<html><head><title>" + english + "</title></head><body></body></html>",
		"<select><option>a<option>b</select><ul><li>x<li>y</ul>",
		"<!--", "<p", "</", "<>", "<<p>>", "<plaintext>", "<noscript><p>" + english,
		"<ul><li><ul><li>a</ul></li>" + english,
		"<a href=x>" + english + "<div>block</a></div>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, err := Parse(raw, "fuzz.html", Options{})
		checkArticle(t, a, err)
	})
}
