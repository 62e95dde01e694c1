// Package article is the input stage of sitrep: it turns raw bytes from a
// file, stdin or an http(s) URL into one clean plain-text article that the
// text layer (package text) indexes by byte offsets.
//
// The steps, in order:
//
//   - Size: at most Options.MaxBytes (default 10 MiB) are read; a longer
//     input is ErrTooLarge. Only MaxBytes+1 bytes are ever read.
//   - Binary: known magic numbers (PDF, ZIP, PNG, JPEG, GIF, ELF, gzip),
//     NUL bytes or many control bytes in the first 8 KiB give ErrBinary
//     with a message that says what the input looks like.
//   - Encoding: UTF-8 (a BOM is dropped) passes; UTF-16 with a BOM (or
//     plainly ASCII-in-UTF-16 without one) is decoded; an HTML page's
//     declared charset (Content-Type or <meta>) is honoured when the bytes
//     are not UTF-8; UTF-8 with a few damaged bytes keeps its good
//     characters; any other invalid UTF-8 is read as Windows-1252, which
//     maps every byte to a character and so loses nothing. Text that is a
//     quarter or more U+FFFD after decoding is ErrEncoding. The result is
//     NFC, with CRLF and CR turned into "\n", soft hyphens, stray BOMs and
//     control characters other than tab and newline removed.
//   - HTML (by extension .html/.htm/.xhtml, Content-Type, or sniffing: a
//     doctype, <html>, a leading element or dense known tags) is parsed by
//     a bounded tree builder (see buildTree) and goes through
//     go-trafilatura, which drops navigation, share bars, footers,
//     comments, scripts and styles. Article.Text is the main text, one
//     block (paragraph, heading, list item, table row) per paragraph,
//     paragraphs separated by "\n\n", <br> kept as "\n"; the headline goes
//     to Article.Title and is not repeated in Text. Title, date (day
//     precision), author and site name come from the page's metadata
//     (<title>, OpenGraph, JSON-LD, <meta>), never from the network. Pages
//     beyond the builder's limits, or that make the extractor fail, are
//     ErrHTML.
//   - Plain text is kept as it is apart from the normalisation above; the
//     text layer finds its title.
//   - Empty text after all that is ErrEmpty. Text that is mostly in a
//     non-Latin script is ErrNotEnglish, and so is text of at least 30
//     words with too few English function words ("the", "of", "said" ...)
//     for English, checked against the function words of six other
//     European languages.
//
// Offsets of later stages index Article.Text, the normalised text, not the
// raw bytes. Errors carry a short prefix naming the input ("read x.pdf:
// input looks like a PDF file, not text", "fetch https://...: http status
// 404 Not Found") and match the sentinels below with errors.Is.
//
// URLs are fetched only over http and https, with timeouts, no proxy, at
// most five redirects, Content-Type text/html, application/xhtml+xml or
// text/plain (else ErrContentType), and a guard that refuses loopback,
// private, link-local, CGNAT, unique-local, reserved, unspecified and
// multicast addresses (ErrPrivateAddress) when the host and each redirect
// are resolved and again on the address actually dialled, so DNS
// rebinding cannot bypass it.
package article

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"
	"strings"
	"time"
	"unicode/utf8"
)

// Format says how the raw input was read.
type Format string

// Input formats.
const (
	FormatText Format = "text"
	FormatHTML Format = "html"
)

// Article is one decoded article.
type Article struct {
	// Text is the plain UTF-8 text the report's offsets index into. For
	// HTML it is the extracted main text without the title, paragraphs
	// separated by "\n\n".
	Text string
	// Title comes from the HTML metadata; it is "" for plain text, whose
	// title the text layer detects.
	Title string
	// Published is the HTML metadata date (day precision), zero if unknown.
	Published time.Time
	URL       string
	// Source is the site name, or the host when no name is known.
	Source string
	// Byline is the author when known.
	Byline string
	Format Format
	// Bytes is the size of the raw input.
	Bytes int
}

// Options tune reading. The zero value is ready to use.
type Options struct {
	// MaxBytes bounds the raw input; 0 means DefaultMaxBytes.
	MaxBytes int64
	// HTTPClient fetches URLs. Nil means a client with timeouts whose
	// dialler refuses private addresses. A caller's client keeps its own
	// transport; Open still checks the resolved host and every redirect.
	HTTPClient *http.Client
	// AllowPrivate lets tests fetch from loopback and private addresses.
	AllowPrivate bool
}

// DefaultMaxBytes is the input limit when Options.MaxBytes is 0.
const DefaultMaxBytes = 10 << 20

// Sentinel errors; the returned errors wrap them with details.
var (
	ErrTooLarge       = errors.New("input too large")
	ErrBinary         = errors.New("input is binary, not text")
	ErrEmpty          = errors.New("no text in input")
	ErrNotEnglish     = errors.New("text is not English")
	ErrBadURL         = errors.New("bad url")
	ErrPrivateAddress = errors.New("refusing private network address")
	ErrEncoding       = errors.New("cannot decode text")
	// ErrContentType is a URL whose response is neither text nor HTML.
	ErrContentType = errors.New("unsupported content type")
	// ErrHTML is a page beyond the tree builder's limits (nodes, text),
	// or one that made the extractor fail.
	ErrHTML = errors.New("cannot extract text from html")
)

// detailError gives a sentinel a more precise message while errors.Is
// still matches the sentinel.
type detailError struct {
	msg      string
	sentinel error
}

func (e *detailError) Error() string { return e.msg }
func (e *detailError) Unwrap() error { return e.sentinel }

func detail(sentinel error, format string, args ...any) error {
	return &detailError{msg: fmt.Sprintf(format, args...), sentinel: sentinel}
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// Open reads name, which is a file path, "-" for stdin, or an http(s) URL,
// and parses it.
func Open(ctx context.Context, name string, stdin io.Reader, opt Options) (*Article, error) {
	switch {
	case name == "":
		return nil, fmt.Errorf("open: %w", detail(ErrBadURL, "no input named"))
	case isURL(name):
		return openURL(ctx, name, opt)
	case name == "-":
		raw, err := readLimited(stdin, opt.maxBytes())
		if err != nil {
			return nil, fmt.Errorf("read stdin: %w", err)
		}
		return Parse(raw, name, opt)
	}
	raw, err := readFile(name, opt.maxBytes())
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return Parse(raw, name, opt)
}

// isURL reports whether name has a scheme; unsupported schemes are
// rejected later with ErrBadURL rather than read as a file path.
func isURL(name string) bool {
	i := strings.Index(name, "://")
	if i <= 0 {
		return false
	}
	for _, r := range name[:i] {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '+' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

func readFile(name string, limit int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, errors.New("is a directory")
	}
	if st.Mode().IsRegular() && st.Size() > limit {
		return nil, detail(ErrTooLarge, "input too large: %d bytes, limit %d", st.Size(), limit)
	}
	return readLimited(f, limit)
}

// readLimited reads at most limit+1 bytes, so a huge or endless input
// costs no more than the limit.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	if r == nil {
		return nil, errors.New("no reader")
	}
	raw, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(raw)) > limit {
		return nil, detail(ErrTooLarge, "input too large: more than %d bytes", limit)
	}
	return raw, nil
}

// Parse decodes raw, read from name, into an article. name picks the
// format by extension and names the input in errors; an http(s) name also
// becomes Article.URL.
func Parse(raw []byte, name string, opt Options) (*Article, error) {
	return parse(raw, name, "", opt)
}

// parse is Parse with the Content-Type of a fetched page, which can name
// the format and the charset.
func parse(raw []byte, name, contentType string, opt Options) (*Article, error) {
	a, err := decodeArticle(raw, name, contentType, opt)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", displayName(name), err)
	}
	return a, nil
}

func decodeArticle(raw []byte, name, contentType string, opt Options) (*Article, error) {
	if int64(len(raw)) > opt.maxBytes() {
		return nil, detail(ErrTooLarge, "input too large: %d bytes, limit %d", len(raw), opt.maxBytes())
	}
	if err := checkBinary(raw); err != nil {
		return nil, err
	}
	s, err := decode(raw, contentType)
	if err != nil {
		return nil, err
	}
	if err := checkDecoded(s); err != nil {
		return nil, err
	}
	a := &Article{Format: FormatText, Bytes: len(raw)}
	if isURL(name) {
		a.URL = name
	}
	if isHTML(name, contentType, s) {
		if err := extractHTML(a, s); err != nil {
			return nil, err
		}
	} else {
		a.Text = clean(s)
	}
	if a.Text == "" {
		return nil, ErrEmpty
	}
	if a.Source == "" {
		a.Source = hostOf(a.URL)
	}
	if err := checkEnglish(a.Text); err != nil {
		return nil, err
	}
	return a, nil
}

// displayName keeps error lines short and printable.
func displayName(name string) string {
	switch {
	case name == "-":
		return "stdin"
	case name == "":
		return "input"
	case !utf8.ValidString(name) || utf8.RuneCountInString(name) > 200:
		return fmt.Sprintf("%.200q", name)
	}
	return name
}

// extension is the lower-case extension of name's path, for a file or a URL.
func extension(name string) string {
	if isURL(name) {
		rest := name[strings.Index(name, "://")+3:]
		if i := strings.IndexAny(rest, "?#"); i >= 0 {
			rest = rest[:i]
		}
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			return strings.ToLower(path.Ext(rest[i:]))
		}
		return ""
	}
	return strings.ToLower(path.Ext(strings.ReplaceAll(name, "\\", "/")))
}
