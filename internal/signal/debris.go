package signal

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/report"
	"sitrep/internal/text"
)

// Debris categories: page furniture that a scraper left in the text.
const (
	DebrisRepeat     = "repeated headline"
	DebrisReadMore   = "read-more link"
	DebrisShare      = "share bar"
	DebrisCaption    = "photo caption"
	DebrisByline     = "byline in the body"
	DebrisCredit     = "agency credit line"
	DebrisAd         = "advertisement"
	DebrisNewsletter = "newsletter prompt"
	DebrisFurniture  = "site boilerplate"
)

type debrisHit struct {
	cat  string
	span text.Span
}

type debrisSet struct{ hits []debrisHit }

// prefixRule is a paragraph that starts with one of the prefixes (folded)
// and has at most max words.
type prefixRule struct {
	cat      string
	max      int
	prefixes []string
}

var prefixRules = []prefixRule{
	{DebrisReadMore, 30, []string{"read more:", "read also:", "also read:", "related:", "see also:", "more on this:",
		"recommended:", "watch:", "read:", "more:", "read more about"}},
	{DebrisReadMore, 8, []string{"read more", "read also", "also read", "related coverage", "related stories",
		"related articles", "related content", "see also", "more on this", "more from", "continue reading", "click here",
		"tap here", "read the full", "read next", "you may also like", "most read", "recommended stories", "watch now"}},
	{DebrisShare, 15, []string{"share this", "share on", "share:", "share via", "share article", "share story"}},
	{DebrisCaption, 40, []string{"(photo", "photo:", "photo by", "photo credit", "photograph:", "file photo", "file picture",
		"picture:", "image:", "image caption", "image source", "caption:", "[photo", "(image", "(file", "(ap photo"}},
	{DebrisCredit, 40, []string{"reporting by", "writing by", "editing by", "additional reporting", "compiled by", "edited by",
		"(reporting by"}},
	{DebrisNewsletter, 40, []string{"sign up for", "sign up to", "subscribe to our", "subscribe now", "subscribe for",
		"enter your email", "get the latest", "get our", "join our newsletter", "newsletter:"}},
	{DebrisFurniture, 25, []string{"follow us on", "follow us:", "follow @", "listen to this article", "copyright ©",
		"copyright (c)", "©", "all rights reserved", "our standards:", "(c) ", "print this page", "comments (", "view comments"}},
}

// adLines are whole paragraphs, folded and without final marks, that mark
// an advertisement.
var adLines = map[string]bool{
	"ad": true, "advert": true, "advertisement": true, "advertisements": true, "sponsored": true, "sponsored content": true,
	"story continues below": true, "story continues below advertisement": true, "article continues below": true,
	"article continues below advertisement": true, "continue reading the main story": true,
	"scroll to continue with content": true, "ad feedback": true, "promoted content": true, "paid content": true,
}

// initialRule is one prefix of a prefix rule.
type initialRule struct {
	cat, prefix string
	max         int
}

// rulesByInitial indexes the prefix rules by their first byte, so that a
// paragraph is compared with the few that may match.
var rulesByInitial = func() *[256][]initialRule {
	m := new([256][]initialRule)
	for _, r := range prefixRules {
		for _, p := range r.prefixes {
			m[p[0]] = append(m[p[0]], initialRule{cat: r.cat, prefix: p, max: r.max})
		}
	}
	return m
}()

// socialWords make up share bars.
var socialWords = map[string]bool{
	"share": true, "facebook": true, "twitter": true, "x": true, "whatsapp": true, "linkedin": true, "email": true,
	"e-mail": true, "telegram": true, "reddit": true, "pinterest": true, "messenger": true, "copy": true, "link": true,
	"print": true, "tweet": true, "flipboard": true, "mail": true, "sms": true, "viber": true, "bluesky": true,
	"threads": true, "this": true, "article": true, "story": true, "on": true, "via": true,
}

// findDebris finds the debris paragraphs and inline captions of d.
func findDebris(d *text.Doc, meta Meta) debrisSet {
	var ds debrisSet
	if d.HasRepeat {
		ds.add(DebrisRepeat, d.Repeat)
	}
	metaTitle := hasWords(meta.Title)
	for pi, p := range d.Paragraphs {
		if d.HasRepeat && p == d.Repeat {
			continue
		}
		s := d.Str(p)
		if metaTitle && (pi == 0 || pi == len(d.Paragraphs)-1) && sameWords(s, meta.Title) {
			ds.add(DebrisRepeat, p)
			continue
		}
		if cat := paragraphDebris(s); cat != "" {
			ds.add(cat, p)
			continue
		}
		ds.inline(d, p)
	}
	return ds
}

func (ds *debrisSet) add(cat string, sp text.Span) {
	ds.hits = append(ds.hits, debrisHit{cat: cat, span: sp})
}

// maxDebrisWords is the longest paragraph any debris rule accepts.
const maxDebrisWords = 40

// paragraphDebris returns the debris category of a whole paragraph, or "".
// Paragraphs of prose are longer than any debris and are passed over
// before any folding.
func paragraphDebris(s string) string {
	words := strings.Count(s, " ") + 1
	if words > maxDebrisWords || s == "" {
		return ""
	}
	for _, r := range rulesByInitial[lowerASCII(s[0])] {
		if words <= r.max && len(s) >= len(r.prefix) && strings.EqualFold(s[:len(r.prefix)], r.prefix) {
			return r.cat
		}
	}
	var buf [128]byte
	switch {
	case words <= 6 && adLines[string(bytes.Trim(appendFold(buf[:0], s), " .:-"))]:
		return DebrisAd
	case words <= 15 && isShareBar(s):
		return DebrisShare
	case isByline(s):
		return DebrisByline
	case isCaption(s, words):
		return DebrisCaption
	case isNewsletter(s):
		return DebrisNewsletter
	case len(s) < 60 && isCreditLine(s):
		return DebrisCredit
	}
	return ""
}

// isShareBar reports whether a short line is mostly social network names.
// It folds one word at a time, as folding the line would: the words of
// the folded line are the folded words of the line.
func isShareBar(line string) bool {
	social, named, n := 0, 0, 0
	var buf keyBuf
	for f := range strings.FieldsSeq(line) {
		w := trimShareMarks(appendFold(buf[:0], f))
		if len(w) == 0 {
			continue
		}
		n++
		if socialWords[string(w)] {
			social++
			if !sharePrompt[string(w)] {
				named++
			}
		}
	}
	return named >= 2 && social*10 >= n*7
}

// trimShareMarks trims the marks that part the names of a share bar
// (",|·•/:-") off both ends of w, as bytes.Trim would, without its
// slower path for marks beyond ASCII.
func trimShareMarks(w []byte) []byte {
	for len(w) > 0 {
		r, n := utf8.DecodeRune(w)
		if !isShareMark(r) {
			break
		}
		w = w[n:]
	}
	for len(w) > 0 {
		r, n := utf8.DecodeLastRune(w)
		if !isShareMark(r) {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}

func isShareMark(r rune) bool {
	switch r {
	case ',', '|', '·', '•', '/', ':', '-':
		return true
	}
	return false
}

// sharePrompt are the social words that name no network.
var sharePrompt = map[string]bool{"this": true, "on": true, "via": true, "article": true, "story": true}

// isByline reports whether s is a short "By Jane Doe, Reuters" line.
func isByline(s string) bool {
	rest, ok := strings.CutPrefix(s, "By ")
	if !ok {
		rest, ok = strings.CutPrefix(s, "BY ")
	}
	if !ok || strings.HasSuffix(strings.TrimSpace(s), ".") {
		return false
	}
	fields := strings.FieldsFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",|;·•-–—", r) })
	if len(fields) == 0 || len(fields) > 10 {
		return false
	}
	for _, f := range fields {
		r := []rune(f)[0]
		if !unicode.IsUpper(r) && !bylineLinks[f] {
			return false
		}
	}
	return true
}

var bylineLinks = map[string]bool{"and": true, "in": true, "for": true, "of": true, "the": true, "with": true, "staff": true, "&": true}

// isCaption reports whether a short paragraph credits a photo: "Smoke
// rises over the port. REUTERS/Jane Doe", "(AP Photo/John Roe)".
func isCaption(s string, words int) bool {
	if strings.IndexByte(s, '/') < 0 && indexFold(s, "photo") < 0 && indexFold(s, "getty") < 0 {
		return false
	}
	for _, m := range []string{"/file photo", "(ap photo", "reuters/", "afp photo", "getty images", "/afp", "photo/"} {
		if indexFold(s, m) >= 0 && (words <= 25 || !strings.HasSuffix(s, ".")) {
			return true
		}
	}
	return false
}

// isNewsletter reports whether a short paragraph asks the reader to sign
// up for a newsletter.
func isNewsletter(s string) bool {
	if indexFold(s, "newsletter") < 0 {
		return false
	}
	for _, m := range []string{"sign up", "subscribe", "inbox", "get our", "delivered"} {
		if indexFold(s, m) >= 0 {
			return true
		}
	}
	return false
}

// isCreditLine reports whether s only names a wire agency: "- AFP",
// "(Reuters)", "With agencies".
func isCreditLine(s string) bool {
	var buf [128]byte
	key := bytes.TrimPrefix(bytes.Trim(appendFold(buf[:0], s), " -()[]."), []byte("with "))
	if string(key) == "agencies" || string(key) == "wire services" {
		return true
	}
	_, ok := agencyByForm[string(key)]
	return ok && len(s) < 60
}

// inline finds photo credits and captions in parentheses and "click here"
// sentences inside a paragraph of prose.
func (ds *debrisSet) inline(d *text.Doc, p text.Span) {
	s := d.Str(p)
	var buf [128]byte
	for off := 0; off < len(s); {
		i := strings.IndexByte(s[off:], '(')
		if i < 0 {
			break
		}
		i += off
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			break
		}
		inner := appendFold(buf[:0], s[i+1:i+j])
		if slices.ContainsFunc(captionOpenings, func(o string) bool { return bytes.HasPrefix(inner, []byte(o)) }) {
			ds.add(DebrisCaption, text.Span{Start: p.Start + i, End: p.Start + i + j + 1})
		}
		off = i + j + 1
	}
	if k := indexFold(s, "click here"); k >= 0 {
		ds.add(DebrisReadMore, sentenceAround(d, p.Start+k))
	}
}

// captionOpenings start the parentheses that credit a photo, folded.
var captionOpenings = []string{"photo", "file photo", "pictured", "picture", "image", "ap photo", "reuters/", "afp/", "getty"}

// indexFold returns the index of the lower-case ASCII phrase w in s in
// any case, or -1, without copying s. It looks for the rarest letter of w
// ("k" in "click here"), so that it stops at few places in prose; a match
// is all ASCII, so it has that letter in one case or the other.
func indexFold(s, w string) int {
	if len(w) > len(s) {
		return -1
	}
	k := 0
	for i := 1; i < len(w); i++ {
		if commonness[w[i]] < commonness[w[k]] {
			k = i
		}
	}
	lo, up := w[k], w[k]
	if lo >= 'a' && lo <= 'z' {
		up = lo - 'a' + 'A'
	}
	// the next places of the letter in either case; each is looked for
	// again only once passed, so a case that s lacks costs one scan
	nl, nu := indexByteFrom(s, lo, k), indexByteFrom(s, up, k)
	for {
		i := nl
		if nu >= 0 && (i < 0 || nu < i) {
			i = nu
		}
		if i < 0 || i-k+len(w) > len(s) {
			return -1
		}
		if strings.EqualFold(s[i-k:i-k+len(w)], w) {
			return i - k
		}
		if i == nl {
			nl = indexByteFrom(s, lo, i+1)
		}
		if i == nu {
			nu = indexByteFrom(s, up, i+1)
		}
	}
}

// commonness ranks the bytes of lower-case text by how often English prose
// has them: space first, then the letters from "e" to "z", then the rest.
var commonness = func() *[256]uint8 {
	var c [256]uint8
	c[' '] = 30
	for i, l := range []byte("zqxjkvbpygfwmucldrhsnioate") {
		c[l] = uint8(i + 1)
	}
	return &c
}()

// indexByteFrom returns the index of the first c in s at or after from, or -1.
func indexByteFrom(s string, c byte, from int) int {
	if j := strings.IndexByte(s[from:], c); j >= 0 {
		return from + j
	}
	return -1
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// sentenceAround returns the sentence that holds byte at, or the paragraph.
func sentenceAround(d *text.Doc, at int) text.Span {
	for _, s := range d.Sentences {
		if at >= s.Start && at < s.Span.End {
			return s.Span
		}
	}
	for _, p := range d.Paragraphs {
		if at >= p.Start && at < p.End {
			return p
		}
	}
	return text.Span{Start: at, End: at}
}

// spans returns the debris spans sorted and merged.
func (ds debrisSet) spans() []text.Span {
	if len(ds.hits) == 0 {
		return nil
	}
	out := make([]text.Span, 0, len(ds.hits))
	for _, h := range ds.hits {
		out = append(out, h.span)
	}
	slices.SortFunc(out, func(a, b text.Span) int { return a.Start - b.Start })
	merged := out[:1]
	for _, sp := range out[1:] {
		last := &merged[len(merged)-1]
		if sp.Start <= last.End {
			last.End = max(last.End, sp.End)
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

func (ds debrisSet) hasByline() bool {
	for _, h := range ds.hits {
		if h.cat == DebrisByline {
			return true
		}
	}
	return false
}

// signals reports one signal a category, in the order of first appearance.
func (ds debrisSet) signals(d *text.Doc) []report.Signal {
	var out []report.Signal
	var cats []string // the category of each signal; there are few
	for _, h := range ds.hits {
		i := slices.Index(cats, h.cat)
		if i < 0 {
			kind := KindDebris
			if h.cat == DebrisRepeat {
				kind = KindRepeatedHeadline
			}
			i = len(out)
			cats = append(cats, h.cat)
			out = append(out, report.Signal{Kind: kind})
		}
		out[i].Evidence = append(out[i].Evidence, report.Evidence{
			Span: report.Span{Start: h.span.Start, End: h.span.End}, Text: d.Str(h.span)})
	}
	for i, cat := range cats {
		if cat == DebrisRepeat {
			out[i].Detail = "the headline is repeated in the body; the repeat is excluded from the analysis"
			continue
		}
		n := len(out[i].Evidence)
		out[i].Detail = fmt.Sprintf("%s: %d left in the text by the scraper, excluded from the analysis", cat, n)
	}
	return out
}
