package main

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// factbookCountry is what the lexicon takes from a World Factbook profile.
type factbookCountry struct {
	GEC          string
	Short, Long  string // conventional short and long forms
	Capital      string
	Adjective    string // the nationality adjective: "Nepali"
	Chief, Head  string // the executive branch texts
	chiefLeaders []leader
	headLeaders  []leader
}

func loadFactbook(dir string) ([]factbookCountry, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*", "*.json"))
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	var out []factbookCountry
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var doc map[string]any
		if json.Unmarshal(raw, &doc) != nil {
			continue // the meta files are not profiles
		}
		c := factbookCountry{
			GEC:       strings.TrimSuffix(filepath.Base(p), ".json"),
			Short:     fbText(doc, "Government", "Country name", "conventional short form"),
			Long:      fbText(doc, "Government", "Country name", "conventional long form"),
			Capital:   fbText(doc, "Government", "Capital", "name"),
			Adjective: fbText(doc, "People and Society", "Nationality", "adjective"),
			Chief:     fbText(doc, "Government", "Executive branch", "chief of state"),
			Head:      fbText(doc, "Government", "Executive branch", "head of government"),
		}
		c.chiefLeaders, c.headLeaders = parseLeaders(c.Chief), parseLeaders(c.Head)
		if c.Short != "" || c.Long != "" {
			out = append(out, c)
		}
	}
	return out, nil
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// fbText returns the "text" at a path of a profile, without markup, or "".
func fbText(doc map[string]any, path ...string) string {
	var cur any = doc
	for _, p := range append(path, "text") {
		m, ok := cur.(map[string]any)
		if !ok {
			return ""
		}
		cur = m[p]
	}
	s, _ := cur.(string)
	s = html.UnescapeString(tagRE.ReplaceAllString(s, " "))
	s = strings.Join(strings.Fields(s), " ")
	if strings.EqualFold(s, "none") {
		return ""
	}
	return s
}

// leader is a person that a Factbook executive-branch text names.
type leader struct {
	Name    string   // display: "Vladimir Vladimirovich Putin"
	Given   []string // given names in display case
	Surname []string // the words the Factbook writes in capitals, display case
	Before  bool     // the surname comes first ("Xi Jinping")
	Title   string
	Since   string // YYYY-MM-DD or ""
}

var sinceRE = regexp.MustCompile(`\(since ([^)]*)\)`)
var parenRE = regexp.MustCompile(`\([^)]*\)`)

// parseLeaders reads texts like "President Vladimir Vladimirovich PUTIN
// (since 7 May 2012); represented by ...". The Factbook writes surnames in
// capitals, which is what finds the name among the title words.
func parseLeaders(text string) []leader {
	var out []leader
	for _, seg := range strings.Split(text, ";") {
		seg = strings.TrimSpace(seg)
		if seg == "" || !unicode.IsUpper([]rune(seg)[0]) {
			continue // notes, "represented by", "former"
		}
		since := ""
		if m := sinceRE.FindStringSubmatch(seg); m != nil {
			since = factbookDate(m[1])
		}
		seg, _, _ = strings.Cut(parenRE.ReplaceAllString(seg, " "), ",")
		if l, ok := parseLeader(strings.Fields(seg)); ok {
			l.Since = since
			out = append(out, l)
		}
	}
	return out
}

func parseLeader(tok []string) (leader, bool) {
	c := slices.IndexFunc(tok, capsMarked)
	start, end := 0, 0
	if c < 0 {
		for start < len(tok) && isTitleToken(tok[start]) {
			start++
		}
		end = len(tok)
		if n := end - start; n < 2 || n > 5 {
			return leader{}, false
		}
	} else {
		start = c
		for start > 0 && isGivenToken(tok[start-1]) && (start < 2 || !isLowerWord(tok[start-2])) {
			start--
		}
		end = c + 1
		for end < len(tok) && (capsMarked(tok[end]) || isGivenToken(tok[end]) || isParticle(tok[end])) {
			end++
		}
	}
	l := leader{Title: titleOf(tok[:start]), Before: c == start}
	var name []string
	for i, t := range tok[start:end] {
		if capsMarked(t) {
			t = titleWord(t, i == 0, nil)
			l.Surname = append(l.Surname, t)
		} else if c >= 0 && start+i < c {
			l.Given = append(l.Given, t)
		}
		name = append(name, t)
	}
	l.Name = strings.Join(name, " ")
	return l, len(name) > 0
}

// titleOf keeps the title words, without ranks such as "Capt." after them.
func titleOf(tok []string) string {
	for len(tok) > 0 && strings.HasSuffix(tok[len(tok)-1], ".") {
		tok = tok[:len(tok)-1]
	}
	return strings.Join(tok, " ")
}

// capsMarked reports whether a word holds a surname in the Factbook's
// capitals: "PUTIN", "al-SUDANI", "Hoseini-KHAMENEI".
func capsMarked(t string) bool {
	for _, part := range strings.FieldsFunc(t, func(r rune) bool { return r == '-' || r == '\'' }) {
		letters, upper := 0, true
		for _, r := range part {
			if unicode.IsLetter(r) {
				letters++
				upper = upper && unicode.IsUpper(r)
			}
		}
		if letters >= 2 && upper {
			return true
		}
	}
	return false
}

func isTitleToken(t string) bool {
	lw := strings.ToLower(t)
	if titleHeads[lw] || titleWords[lw] || isLowerWord(t) || (strings.HasSuffix(t, ".") && len(t) > 2) {
		return true
	}
	parts := strings.Split(lw, "-")
	return len(parts) > 1 && !slices.ContainsFunc(parts, func(p string) bool { return !titleHeads[p] && !titleWords[p] })
}

// isGivenToken reports whether t can be a given name before a surname:
// capitalised, not a title word or a rank, or an initial.
func isGivenToken(t string) bool {
	r := []rune(t)
	if len(r) == 0 || !unicode.IsUpper(r[0]) {
		return false
	}
	if len(r) == 2 && r[1] == '.' {
		return true
	}
	return !isTitleToken(t)
}

// isParticle reports whether t is a name particle: "bin", "al-Aziz".
func isParticle(t string) bool {
	p, _, _ := strings.Cut(t, "-")
	return nameParticles[p]
}

func isLowerWord(t string) bool {
	r := []rune(t)
	return len(r) > 0 && unicode.IsLower(r[0])
}

var months = map[string]string{"january": "01", "february": "02", "march": "03", "april": "04", "may": "05",
	"june": "06", "july": "07", "august": "08", "september": "09", "october": "10", "november": "11",
	"december": "12"}

// factbookDate reads "7 May 2012", "April 2018" or "2018".
func factbookDate(s string) string {
	f := strings.Fields(s)
	day, month, year := "01", "01", ""
	for _, w := range f {
		w = strings.Trim(w, ",.")
		switch {
		case months[strings.ToLower(w)] != "":
			month = months[strings.ToLower(w)]
		case len(w) == 4 && allDigits(w):
			year = w
		case len(w) <= 2 && allDigits(w):
			day = w
			if len(day) == 1 {
				day = "0" + day
			}
		}
	}
	if year == "" {
		return ""
	}
	return year + "-" + month + "-" + day
}

func allDigits(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return r < '0' || r > '9' })
}
