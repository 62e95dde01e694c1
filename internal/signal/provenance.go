package signal

import (
	"fmt"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/report"
	"sitrep/internal/text"
)

// provResult is what the provenance checks found.
type provResult struct {
	signals  []report.Signal
	agencies []string
}

// wireMark is one place where the text credits or cites an agency.
type wireMark struct {
	ev     report.Evidence
	agency string // normalised name, or the credit as written when the agency is unknown
	credit bool   // a dateline credit "(Reuters) -" rather than a citation
}

// provenance finds wire credits and citations, datelines, a missing byline
// and signs that the text was stitched from several stories. d is the
// document without its debris and sc the scan of it, which holds the
// citations and style habits; orig holds the credit lines the debris stage
// took out.
func provenance(d *text.Doc, meta Meta, ds debrisSet, orig *text.Doc, sc *scan) provResult {
	datelines, marks, leadDateline := datelines(d)
	for _, h := range ds.hits {
		if h.cat == DebrisCredit || h.cat == DebrisByline {
			marks = append(marks, creditLineMarks(orig, h.span)...)
		}
	}
	marks = append(marks, sc.citations...)
	r := provResult{agencies: agencyNames(marks), signals: make([]report.Signal, 0, 4)} // room for all four kinds
	if s, ok := wireSignal(ownCopy(marks, meta.Source)); ok {
		r.signals = append(r.signals, s)
	}
	if meta.Byline == "" && !ds.hasByline() {
		r.signals = append(r.signals, report.Signal{Kind: KindNoByline, Detail: "no byline: the text does not say who wrote it"})
	}
	if !leadDateline {
		detail := noDateline
		if !meta.HasDate {
			detail = noDateline + ", and the text carries no publication date"
		}
		r.signals = append(r.signals, report.Signal{Kind: KindNoDateline, Detail: detail})
	}
	if s, ok := stitched(datelines, marks, sc.style.mixes()); ok {
		r.signals = append(r.signals, s)
	}
	return r
}

// noDateline is the detail of the no_dateline signal.
const noDateline = "no dateline: the lead does not say where the story was filed"

// datelines returns the datelines at the starts of the body paragraphs,
// the agency credits among them, and whether one of the first two
// paragraphs, the lead, has one.
func datelines(d *text.Doc) (all []report.Evidence, credits []wireMark, lead bool) {
	for n, sp := range bodyParagraphs(d) {
		m, ok := datelineAt(d, sp)
		if !ok {
			continue
		}
		all = append(all, m.ev)
		if m.credit {
			credits = append(credits, m)
		}
		lead = lead || n < 2
	}
	return all, credits, lead
}

// bodyParagraphs yields the paragraphs that still hold sentences of the
// body (not the title, not debris), numbered, each from its first
// sentence on.
func bodyParagraphs(d *text.Doc) iter.Seq2[int, text.Span] {
	return func(yield func(int, text.Span) bool) {
		n, last := 0, -1
		for _, s := range d.Sentences {
			if s.Para == last {
				continue
			}
			last = s.Para
			p := d.Paragraphs[s.Para]
			if d.HasTitle && p == d.Title || d.HasRepeat && p == d.Repeat {
				continue
			}
			if !yield(n, text.Span{Start: s.Start, End: p.End}) {
				return
			}
			n++
		}
	}
}

func agencyNames(marks []wireMark) []string {
	var out []string
	for _, m := range marks {
		if m.agency != "" && !slices.Contains(out, m.agency) {
			out = append(out, m.agency)
		}
	}
	slices.Sort(out)
	return out
}

// ownCopy drops the credits of the agency that publishes the text itself:
// a Reuters story on reuters.com is no reprint.
func ownCopy(marks []wireMark, source string) []wireMark {
	src := lettersOnly(source)
	if src == "" {
		return marks
	}
	out := marks[:0:0]
	for _, m := range marks {
		if !m.credit || !strings.Contains(src, lettersOnly(m.agency)) {
			out = append(out, m)
		}
	}
	return out
}

// lettersOnly folds s and keeps its letters: "Thomson Reuters" ->
// "thomsonreuters".
func lettersOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, text.Fold(s))
}

// wireSignal reports the credits and citations of agencies.
func wireSignal(marks []wireMark) (report.Signal, bool) {
	if len(marks) == 0 {
		return report.Signal{}, false
	}
	var credited, cited []string
	for _, m := range marks {
		switch {
		case m.credit && !slices.Contains(credited, m.agency):
			credited = append(credited, m.agency)
		case !m.credit && !slices.Contains(cited, m.agency):
			cited = append(cited, m.agency)
		}
	}
	cited = slices.DeleteFunc(cited, func(a string) bool { return slices.Contains(credited, a) })
	s := report.Signal{Kind: KindWireReprint, Score: 0.6}
	for _, m := range marks {
		s.Evidence = append(s.Evidence, m.ev)
	}
	var parts []string
	if len(credited) > 0 {
		s.Score = 1
		parts = append(parts, "wire copy credited to "+strings.Join(credited, ", "))
	}
	if len(cited) > 0 {
		parts = append(parts, "cites reporting by "+strings.Join(cited, ", "))
	}
	s.Detail = strings.Join(parts, "; ") + ": the facts may come from one wire story, not independent reporting"
	return s, true
}

// maxDateline bounds the bytes before the dash of a dateline.
const maxDateline = 100

// datelineAt recognises a dateline at the start of the paragraph span:
// "MOSCOW, Sept 15 (Reuters) - ", "KYIV, Ukraine (AP) — ", "(AFP) - ",
// "WASHINGTON — ".
func datelineAt(d *text.Doc, p text.Span) (wireMark, bool) {
	s := d.Text[p.Start:p.End]
	if s == "" || s[0] != '(' && (s[0] < 'A' || s[0] > 'Z') {
		return wireMark{}, false
	}
	cut, dashLen := datelineDash(s[:min(len(s), maxDateline)])
	if cut <= 0 {
		return wireMark{}, false
	}
	head := strings.TrimSpace(s[:cut])
	place, credit := head, ""
	if strings.HasSuffix(head, ")") {
		open := strings.LastIndexByte(head, '(')
		if open < 0 {
			return wireMark{}, false
		}
		place, credit = strings.TrimRight(strings.TrimSpace(head[:open]), ","), head[open+1:len(head)-1]
	}
	if !datelinePlace(place, credit != "") || credit != "" && !creditName(credit) || place == "" && credit == "" {
		return wireMark{}, false
	}
	sp := report.Span{Start: p.Start, End: p.Start + cut + dashLen}
	m := wireMark{ev: report.Evidence{Span: sp, Text: d.Text[sp.Start:sp.End]}, credit: credit != "", agency: credit}
	if f, ok := agencyByForm[text.Fold(credit)]; ok {
		m.agency = f.name
	}
	return m, true
}

// datelineDash finds the first dash in s that separates rather than
// joins: an en or em dash, or hyphens with a space on each side. It
// returns where the dash starts (after any space before it) and its
// length, or -1.
func datelineDash(s string) (int, int) {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94):
			return i, 3 // "–" or "—"
		case s[i] != '-':
			continue
		}
		n := 1
		if i+1 < len(s) && s[i+1] == '-' {
			n = 2
		}
		if i > 0 && s[i-1] == ' ' && i+n < len(s) && s[i+n] == ' ' {
			return i, n
		}
		i += n - 1
	}
	return -1, 0
}

// datelinePlace accepts "", "MOSCOW", "NEW YORK, Sept 15", "KYIV, Ukraine"
// and, before a credit, "Moscow": a place in capitals (or capitalised
// before a credit), then optional parts that are capitalised names or a
// date.
func datelinePlace(place string, credited bool) bool {
	if place == "" {
		return true
	}
	parts := strings.Split(place, ",")
	if len(strings.Fields(place)) > 8 {
		return false
	}
	first := strings.TrimSpace(parts[0])
	if first == "" || !(isCapsPlace(first) || credited && isTitlePlace(first)) {
		return false
	}
	for _, part := range parts[1:] {
		part = strings.TrimSpace(part)
		if part == "" || !(isTitlePlace(part) || isDate(part)) {
			return false
		}
	}
	return true
}

// isCapsPlace accepts a place in capitals: "MOSCOW", "RIO DE JANEIRO".
func isCapsPlace(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLower(r):
			if !strings.Contains(" "+s+" ", " de ") && !strings.Contains(" "+s+" ", " al ") {
				return false
			}
		case !strings.ContainsRune(" .'’-", r):
			return false
		}
	}
	return letters >= 2
}

// isTitlePlace accepts capitalised words: "Ukraine", "New York".
func isTitlePlace(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "de" && w != "al" {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && !strings.ContainsRune(".'’-", c) {
				return false
			}
		}
	}
	return s != ""
}

// isDate accepts the short dates of datelines: "Sept 15", "15 September",
// "Jan. 5 2024", "2024-09-15".
func isDate(s string) bool {
	digits, months := 0, 0
	for _, w := range strings.Fields(s) {
		w = strings.TrimSuffix(w, ".")
		switch {
		case strings.Trim(w, "0123456789-") == "":
			digits++
		case months == 0 && isMonth(w):
			months++
		default:
			return false
		}
	}
	return digits >= 1 && digits <= 2
}

var monthNames = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

func isMonth(w string) bool {
	w = strings.ToLower(w)
	return len(w) >= 3 && slices.Contains(monthNames, w[:3])
}

// creditName accepts a known agency or up to four capitalised words.
func creditName(c string) bool {
	if _, ok := agencyByForm[text.Fold(c)]; ok {
		return true
	}
	return len(strings.Fields(c)) <= 4 && isTitlePlace(c)
}

// creditLineMarks reads the agency of a credit line ("- AFP", "With
// Reuters") or at the end of a byline ("By Jane Doe, Reuters").
func creditLineMarks(d *text.Doc, sp text.Span) []wireMark {
	line := d.Str(sp)
	tail := line
	if i := strings.LastIndexAny(line, ",|;-–—"); i >= 0 {
		tail = line[i+1:]
	}
	for _, cand := range []string{line, tail} {
		key := strings.TrimPrefix(strings.Trim(text.Fold(cand), " -()[]."), "with ")
		if f, ok := agencyByForm[key]; ok {
			return []wireMark{{ev: report.Evidence{Span: report.Span{Start: sp.Start, End: sp.End}, Text: line},
				agency: f.name, credit: true}}
		}
	}
	return nil
}

// citeBefore are the words before an agency that make it a source: "told
// Reuters", "citing AFP"; citeBefore2 the pairs ending in "to" or "by".
var (
	citeBefore  = map[string]bool{"told": true, "citing": true, "cited": true, "via": true, "telling": true}
	citeBefore2 = map[string]bool{
		"according to": true, "spoke to": true, "speaking to": true, "talked to": true, "said to": true,
		"reported by": true, "seen by": true, "obtained by": true, "quoted by": true, "reviewed by": true,
		"interviewed by": true, "contacted by": true, "verified by": true, "compiled by": true, "cited by": true,
		"interview with": true, "carried by": true, "published by": true,
	}
	citeAfter = map[string]bool{
		"reported": true, "reports": true, "reporter": true, "reporters": true, "correspondent": true,
		"journalist": true, "journalists": true, "witness": true, "witnesses": true, "photographer": true,
		"calculations": true, "tally": true, "quoted": true, "cited": true, "learned": true, "could": true,
	}
)

// citationAt returns the agency credited "(AFP)" or cited as a source
// ("told Reuters") at token i of sen, and the token after it.
func citationAt(d *text.Doc, sen text.Sentence, i int) (wireMark, int, bool) {
	f, ok := agencyAt(d, i)
	if !ok {
		return wireMark{}, 0, false
	}
	j := min(i+f.words, sen.End)
	credit := i > sen.First && d.Word(i-1) == "(" && j < sen.End && d.Word(j) == ")"
	if !credit && !citedAt(d, sen, i, j, f.weak) {
		return wireMark{}, 0, false
	}
	sp := d.SpanOf(i, j)
	return wireMark{ev: report.Evidence{Span: report.Span{Start: sp.Start, End: sp.End}, Text: d.Str(sp)},
		agency: f.name, credit: credit}, j, true
}

// citedAt reports whether the agency at tokens [i, j) is cited as a source.
func citedAt(d *text.Doc, sen text.Sentence, i, j int, weak bool) bool {
	word := func(k int) string {
		if k < sen.First || k >= sen.End || d.Tokens[k].Kind != text.Word {
			return ""
		}
		return text.Fold(d.Word(k))
	}
	b := i - 1
	if word(b) == "the" {
		b--
	}
	newsAgency := word(j) == "news" && word(j+1) == "agency" || word(b) == "agency" && word(b-1) == "news"
	if weak {
		return newsAgency
	}
	return newsAgency || citeBefore[word(b)] || citeBefore2[word(b-1)+" "+word(b)] || citeAfter[word(j)] ||
		word(j) == "has" && word(j+1) == "learned"
}

// stitched reports a text put together from several stories: several
// datelines or agency credits, or two or more clashes of house style.
func stitched(datelines []report.Evidence, marks []wireMark, mixes []styleMix) (report.Signal, bool) {
	credits := map[string]bool{}
	for _, m := range marks {
		if m.credit && m.agency != "" {
			credits[m.agency] = true
		}
	}
	s := report.Signal{Kind: KindStitched}
	var why []string
	if len(datelines) >= 2 {
		why = append(why, fmt.Sprintf("%d datelines", len(datelines)))
		s.Evidence = append(s.Evidence, datelines...)
	}
	if len(credits) >= 2 {
		why = append(why, fmt.Sprintf("credits to %d agencies", len(credits)))
		for _, m := range marks {
			if m.credit && !slices.Contains(s.Evidence, m.ev) {
				s.Evidence = append(s.Evidence, m.ev)
			}
		}
	}
	strong := len(why) > 0
	for _, m := range mixes {
		why = append(why, m.what)
		s.Evidence = append(s.Evidence, m.a, m.b)
	}
	switch {
	case strong:
		s.Score = 1
	case len(mixes) >= 2:
		s.Score = 0.5
	default:
		return report.Signal{}, false
	}
	s.Detail = "stitched from several stories: " + strings.Join(why, "; ")
	return s, true
}
