package article

import (
	"mime"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"sitrep/internal/text"
)

// isHTML decides the format: a known extension wins, then the HTTP
// Content-Type, then the content itself.
func isHTML(name, contentType, s string) bool {
	switch extension(name) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return true
	case ".txt", ".text", ".md":
		return false
	}
	if mt, _, err := mime.ParseMediaType(contentType); err == nil {
		if mt == "text/html" || mt == "application/xhtml+xml" {
			return true
		}
	}
	return looksLikeHTML(s[:min(len(s), sniffLen)])
}

// looksLikeHTML sniffs a page: it starts with a doctype, <html> or a known
// element, or known tags are dense enough that it cannot be prose that
// merely mentions one.
func looksLikeHTML(head string) bool {
	t := skipProlog(head)
	lower := strings.ToLower(t[:min(len(t), 64)])
	if strings.HasPrefix(lower, "<!doctype html") || strings.HasPrefix(lower, "<html") {
		return true
	}
	if name, ok := tagAt(t, 0); ok && htmlTags[name] {
		return true
	}
	known := 0
	for i := strings.IndexByte(t, '<'); i >= 0; {
		if name, ok := tagAt(t, i); ok && htmlTags[name] {
			known++
		}
		j := strings.IndexByte(t[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	// A paragraph-per-<p> page has about one tag per 150 bytes; prose
	// that quotes a tag has a handful in a whole article.
	return known >= 4 && known*500 >= len(t)
}

// skipProlog drops leading white space, comments and an XML declaration,
// which can come before <html>.
func skipProlog(s string) string {
	for {
		s = strings.TrimLeft(s, " \t\r\n\ufeff")
		end := ""
		switch {
		case strings.HasPrefix(s, "<!--"):
			end = "-->"
		case strings.HasPrefix(s, "<?"):
			end = "?>"
		default:
			return s
		}
		i := strings.Index(s, end)
		if i < 0 {
			return s
		}
		s = s[i+len(end):]
	}
}

// tagAt returns the lower-case element name of a start or end tag at s[i].
func tagAt(s string, i int) (string, bool) {
	if i >= len(s) || s[i] != '<' {
		return "", false
	}
	i++
	if i < len(s) && s[i] == '/' {
		i++
	}
	j := i
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9') {
		j++
	}
	if j == i || j == len(s) || !strings.ContainsRune(" \t\r\n/>", rune(s[j])) {
		return "", false
	}
	return strings.ToLower(s[i:j]), true
}

var htmlTags = set("html", "head", "body", "title", "meta", "link", "script", "style", "div",
	"span", "p", "a", "b", "i", "em", "strong", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
	"ul", "ol", "li", "table", "tr", "td", "th", "img", "article", "section", "header", "footer",
	"nav", "main", "aside", "figure", "figcaption", "blockquote", "pre", "form", "iframe",
	"noscript", "time", "small", "sup", "sub")

// extractHTML fills a from an HTML page.
func extractHTML(a *Article, s string) error {
	a.Format = FormatHTML
	doc, err := buildTree(s)
	if err != nil {
		return err
	}
	res, err := runTrafilatura(doc, a.URL)
	if err != nil {
		return err
	}
	md := res.Metadata
	a.Title = strings.Join(strings.Fields(clean(md.Title)), " ")
	a.Byline = clean(md.Author)
	a.Published = md.Date
	if a.URL == "" && isURL(md.URL) {
		a.URL = md.URL
	}
	a.Source = clean(md.Sitename)
	if a.Source == "" {
		a.Source = clean(md.Hostname)
	}
	paras := dropTitle(render(res.ContentNode), a.Title)
	a.Text = strings.Join(paras, "\n\n")
	return nil
}

// runTrafilatura extracts the main content. It recovers from panics: the
// extractor is a large third-party port that indexes into node lists and
// strings of arbitrary web pages, and one bad page must fail alone with an
// error instead of taking down a batch ingest. Nowhere else in sitrep is a
// panic recovered.
func runTrafilatura(doc *html.Node, pageURL string) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, detail(ErrHTML, "html extractor failed: %v", r)
		}
	}()
	opts := trafilatura.Options{
		ExcludeComments: true,
		// Fast: dates from metadata and markup, without the slow
		// multilingual date parser.
		HtmlDateMode: trafilatura.Fast,
	}
	if u, perr := url.Parse(pageURL); perr == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	res, err = trafilatura.ExtractDocument(doc, opts)
	if err == nil && utf8.RuneCountInString(res.ContentText) < trafilatura.DefaultConfig().MinExtractedSize {
		// Below this size trafilatura falls back to a baseline that, on a
		// page with no article at all, returns the whole page's text,
		// title and menus included. The precise mode has no such fallback:
		// what it finds in a short page is the article, and finding
		// nothing means there is none.
		opts.Focus = trafilatura.FavorPrecision
		res, err = trafilatura.ExtractDocument(doc, opts)
	}
	if err != nil {
		// Its only error with these options is "not enough text".
		return nil, detail(ErrEmpty, "no article text found in html")
	}
	return res, nil
}

// hostOf names the source of a page that has no site name.
func hostOf(pageURL string) string {
	if u, err := url.Parse(pageURL); err == nil && u.Hostname() != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return ""
}

// dropTitle removes a leading block that repeats the title: trafilatura
// keeps the page's <h1>, and the title already has its own field.
func dropTitle(paras []string, title string) []string {
	if len(paras) > 0 && title != "" && text.Fold(paras[0]) == text.Fold(title) {
		return paras[1:]
	}
	return paras
}

// render turns the extracted content into paragraphs: one per block
// element, white space collapsed, <br> kept as a line break.
func render(root *html.Node) []string {
	r := &renderer{}
	r.walk(root)
	r.flush()
	return r.paras
}

type renderer struct {
	paras []string
	line  strings.Builder
	lines []string
}

func (r *renderer) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.line.WriteString(n.Data)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	switch {
	case skipElems[n.Data]:
		return
	case n.Data == "br":
		r.breakLine()
		return
	case n.Data == "td" || n.Data == "th":
		r.line.WriteByte(' ')
	}
	block := blockElems[n.Data]
	if block {
		r.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c)
	}
	if block {
		r.flush()
	}
}

func (r *renderer) breakLine() {
	if l := strings.Join(strings.Fields(clean(r.line.String())), " "); l != "" {
		r.lines = append(r.lines, l)
	}
	r.line.Reset()
}

// flush ends a paragraph. One without a letter or digit is left over from
// removed boilerplate (the comma between a dropped byline and date).
func (r *renderer) flush() {
	r.breakLine()
	if p := strings.Join(r.lines, "\n"); strings.IndexFunc(p, isAlnum) >= 0 {
		r.paras = append(r.paras, p)
	}
	r.lines = r.lines[:0]
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

var (
	skipElems  = set("script", "style", "noscript", "template", "head", "svg", "math", "iframe", "button", "select", "textarea")
	blockElems = set("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
		"blockquote", "pre", "table", "tr", "thead", "tbody", "tfoot", "caption", "section", "article",
		"header", "footer", "main", "aside", "nav", "figure", "figcaption", "hr", "address", "details",
		"summary", "center", "form", "fieldset", "body", "html", "listing")
)
