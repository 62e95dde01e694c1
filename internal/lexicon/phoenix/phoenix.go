// Package phoenix reads the PETRARCH/TABARI actor and agent dictionaries
// (Phoenix.*.actors.txt, Phoenix.agents.txt) that tools/genlex converts into
// the lexicon. It is not linked into sitrep itself.
//
// An actor file is a list of blocks. A line that starts with neither '+'
// nor '[' begins an actor: its name, words joined by '_', optionally with
// codes in brackets after it. '+' lines add synonyms, and bracketed lines
// add codes, each a CAMEO code with an optional date restriction:
// "[RUSGOV 991231-080507]", "[RUSGOV >080508]" (from), "[USRGEO <910409]"
// (until). Dates are YYMMDD, where 00-30 mean 20YY, or YYYYMMDD. '#'
// starts a comment.
//
// The files often list a name variant without its '+' right under an actor
// that has no code yet ("LEONID_BREZHNEV_" then "LEONID_ILYICH_BREZHNEV"
// and only then the codes); such a line joins the actor above it instead
// of starting a codeless one, unless a blank or comment line separates
// them.
package phoenix

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Code is a CAMEO code with its validity. From and To are YYYY-MM-DD or
// "" when open.
type Code struct {
	Code, From, To string
}

// Actor is one block of an actor file.
type Actor struct {
	Names   []string // the base name first; '_' replaced by spaces
	Codes   []Code
	Comment string // the comment on the base line, else on a synonym's, e.g. "CountryInfo.txt"
	Line    int    // line number of the base name
}

// ParseActors reads an actor dictionary.
func ParseActors(r io.Reader) ([]Actor, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	var (
		out []Actor
		cur *Actor
		gap = true
	)
	for n := 1; sc.Scan(); n++ {
		body, comment, _ := strings.Cut(sc.Text(), "#")
		s := strings.TrimSpace(body)
		if s == "" {
			gap = true
			continue
		}
		name, codes := splitCodes(s)
		switch {
		case s[0] == '[' || (s[0] == '+' && cur != nil):
			if cur == nil {
				continue
			}
			if s[0] == '+' {
				cur.Names = appendName(cur.Names, name[1:])
				if cur.Comment == "" {
					// "+MUAMMAR_QADHAFI_  # CountryInfo.txt" marks a leader
					// whose base line carries no comment.
					cur.Comment = strings.TrimSpace(comment)
				}
			}
			cur.Codes = append(cur.Codes, codes...)
		case cur != nil && !gap && len(cur.Codes) == 0 && len(codes) == 0:
			cur.Names = appendName(cur.Names, name)
		case s[0] != '+':
			out = append(out, Actor{Codes: codes, Comment: strings.TrimSpace(comment), Line: n})
			cur = &out[len(out)-1]
			cur.Names = appendName(nil, name)
		}
		gap = false
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("phoenix: %w", err)
	}
	return out, nil
}

func appendName(names []string, raw string) []string {
	if n := normName(raw); n != "" {
		return append(names, n)
	}
	return names
}

// normName turns "RUSSIAN_FEDERATION_" into "RUSSIAN FEDERATION".
func normName(raw string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(raw, "_", " ")), " ")
}

// splitCodes separates the bracketed codes of a line from its text.
func splitCodes(s string) (string, []Code) {
	var codes []Code
	var text strings.Builder
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			text.WriteString(s)
			break
		}
		text.WriteString(s[:i])
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			break
		}
		if c, ok := parseCode(s[i+1 : i+j]); ok {
			codes = append(codes, c)
		}
		s = s[i+j+1:]
	}
	return strings.TrimSpace(text.String()), codes
}

// parseCode reads "RUSGOV 991231-080507", "RUSGOV >080508" or "RUSGOV".
// A date it cannot read leaves that end open.
func parseCode(s string) (Code, bool) {
	f := strings.Fields(s)
	if len(f) == 0 || strings.Trim(f[0], "-") == "" {
		return Code{}, false
	}
	c := Code{Code: f[0]}
	restr := strings.Join(f[1:], "")
	switch {
	case restr == "":
	case restr[0] == '>':
		c.From = Date(restr[1:])
	case restr[0] == '<':
		c.To = Date(restr[1:])
	default:
		from, to, _ := strings.Cut(restr, "-")
		c.From, c.To = Date(from), Date(to)
	}
	return c, true
}

// Date converts a YYMMDD or YYYYMMDD date to YYYY-MM-DD, or returns "" when
// s is not a valid date. Two-digit years 00-30 are 20YY, as in PETRARCH.
func Date(s string) string {
	var y, m, d int
	var err error
	switch len(s) {
	case 6:
		y, err = strconv.Atoi(s[:2])
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
		s = s[2:]
	case 8:
		y, err = strconv.Atoi(s[:4])
		s = s[4:]
	default:
		return ""
	}
	if err != nil || y < 1000 {
		return ""
	}
	if m, err = strconv.Atoi(s[:2]); err != nil || m < 1 || m > 12 {
		return ""
	}
	if d, err = strconv.Atoi(s[2:]); err != nil || d < 1 || d > 31 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// Agent is one entry of an agents file.
type Agent struct {
	Phrase      string // words joined by spaces, as written: "FOREIGN MINISTER"
	Plural      string // the plural the file gives
	PluralGiven bool   // the file gives the plural ("{}" means none)
	Code        string // "GOV", "NGO"
	Prefix      bool   // the code was written "NGO~": it goes before the actor's
}

// ParseAgents reads an agents dictionary, expanding its substitution
// markers ("!MINIST! = MINISTER, MINISTRY ...").
func ParseAgents(r io.Reader) ([]Agent, error) {
	sc := bufio.NewScanner(r)
	subst := map[string][]string{}
	var out []Agent
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "<!") {
			continue
		}
		if strings.Contains(line, "!") && strings.Contains(line, "=") {
			defineMarker(subst, line)
			continue
		}
		out = append(out, parseAgent(line, subst)...)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("phoenix: %w", err)
	}
	return out, nil
}

func defineMarker(subst map[string][]string, line string) {
	name, list, _ := strings.Cut(line, "=")
	name = strings.Trim(strings.TrimSpace(name), "!")
	for _, item := range strings.Split(list, ",") {
		if item = strings.TrimSpace(item); item != "" {
			subst[name] = append(subst[name], item)
		}
	}
}

func parseAgent(line string, subst map[string][]string) []Agent {
	phrase, rest, ok := strings.Cut(line, "[")
	if !ok {
		return nil
	}
	raw, _, _ := strings.Cut(rest, "]")
	raw = strings.TrimSpace(raw)
	a := Agent{Code: strings.Trim(raw, "~"), Prefix: strings.HasSuffix(raw, "~") && !strings.HasPrefix(raw, "~")}
	if a.Code == "" {
		return nil
	}
	if i := strings.IndexByte(phrase, '{'); i >= 0 {
		j := strings.IndexByte(phrase[i:], '}')
		if j < 0 {
			return nil
		}
		a.Plural, a.PluralGiven = normName(phrase[i+1:i+j]), true
		phrase = phrase[:i]
	}
	if i := strings.IndexByte(phrase, '!'); i >= 0 {
		return expandMarker(a, phrase, i, subst)
	}
	if a.Phrase = normName(phrase); a.Phrase == "" {
		return nil
	}
	return []Agent{a}
}

// expandMarker writes one agent per member of the marker's set, with no
// plural of its own: the set lists the plurals.
func expandMarker(a Agent, phrase string, i int, subst map[string][]string) []Agent {
	j := strings.IndexByte(phrase[i+1:], '!')
	if j < 0 {
		return nil
	}
	var out []Agent
	for _, s := range subst[phrase[i+1:i+1+j]] {
		p := phrase[:i] + s + phrase[i+j+2:]
		if k := strings.IndexByte(p, '!'); k >= 0 {
			out = append(out, expandMarker(a, p, k, subst)...)
			continue
		}
		b := a
		b.Phrase = normName(p)
		b.Plural, b.PluralGiven = "", true
		if b.Phrase != "" {
			out = append(out, b)
		}
	}
	return out
}
