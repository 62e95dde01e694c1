package cameo

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"

	"sitrep/internal/text"
)

// ActorDict is an actor dictionary in PETRARCH's format: names with their
// codes, some of them restricted to a period ("[HOBREB >990816]").
// sitrep's own actors come from the lexicon; this reader exists so the
// evaluation can load the dictionaries of PETRARCH's unit tests.
type ActorDict struct {
	names    map[string][]dated // folded name -> codes
	maxWords int
}

// dated is a code valid after From and before To (zero for open).
type dated struct {
	Code     string
	From, To time.Time
}

// ParseActors reads an actor dictionary: "NAME [CODE]" lines, "+NAME"
// lines adding a synonym to the actor above, and indented "[CODE >YYMMDD]"
// or "[CODE <YYMMDD]" lines giving dated codes. Underscores join words;
// lines it cannot read are skipped.
func ParseActors(r io.Reader) (*ActorDict, error) {
	a := &ActorDict{names: map[string][]dated{}}
	var cur []string // names of the actor being read
	var codes []dated
	flush := func() {
		for _, n := range cur {
			a.names[n] = append(a.names[n], codes...)
		}
		cur, codes = nil, nil
	}
	err := eachLine(r, func(trimmed string) {
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "<!--"):
		case strings.HasPrefix(trimmed, "+"):
			cur = append(cur, a.key(trimmed[1:]))
		case strings.HasPrefix(trimmed, "["):
			if d, ok := parseDated(trimmed); ok {
				codes = append(codes, d)
			}
		default:
			flush()
			name, code, _ := strings.Cut(trimmed, "[")
			cur = []string{a.key(name)}
			if d, ok := parseDated("[" + code); ok && code != "" {
				codes = append(codes, d)
			}
		}
	})
	flush()
	if err != nil {
		return nil, fmt.Errorf("actor dictionary: %w", err)
	}
	return a, nil
}

// eachLine calls f with each line of r, without its "#" comment and
// surrounding space.
func eachLine(r io.Reader, f func(line string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f(strings.TrimSpace(line))
	}
	return sc.Err()
}

// key folds a dictionary name and counts its words.
func (a *ActorDict) key(name string) string {
	k := strings.Join(splitWords(text.Fold(strings.TrimSpace(name))), " ")
	a.maxWords = max(a.maxWords, strings.Count(k, " ")+1)
	return k
}

// parseDated reads "[CODE]", "[CODE >YYMMDD]" or "[CODE <YYMMDD]".
func parseDated(s string) (dated, bool) {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "[]"))
	f := strings.Fields(s)
	if len(f) == 0 || strings.Trim(f[0], "-#") == "" {
		return dated{}, false
	}
	d := dated{Code: strings.ToUpper(f[0])}
	for _, g := range f[1:] {
		t, err := time.Parse("060102", strings.TrimLeft(g, "<>"))
		if err != nil {
			continue
		}
		if strings.HasPrefix(g, ">") {
			d.From = t
		} else {
			d.To = t
		}
	}
	return d, true
}

// Code returns the code of a folded name on a day, and whether the name
// is in the dictionary.
func (a *ActorDict) Code(key string, day time.Time) (string, bool) {
	ds, ok := a.names[key]
	if !ok || len(ds) == 0 {
		return "", ok
	}
	for _, d := range ds {
		if (d.From.IsZero() || !day.Before(d.From)) && (d.To.IsZero() || day.Before(d.To)) {
			return d.Code, true
		}
	}
	return ds[0].Code, true
}

// MaxWords is the length in words of the longest name.
func (a *ActorDict) MaxWords() int { return a.maxWords }

// ParseAgents reads an agent dictionary: "NAME {PLURALS} [~CODE]" lines
// and "!MACRO! = A, B" substitutions. It returns each folded name, and its
// regular plural, with its code without the "~".
func ParseAgents(r io.Reader) (map[string]string, error) {
	macros := map[string][]string{}
	out := map[string]string{}
	err := eachLine(r, func(line string) {
		if name, alts, ok := strings.Cut(line, "="); ok && strings.HasPrefix(line, "!") {
			for _, a := range strings.Split(alts, ",") {
				macros[strings.TrimSpace(name)] = append(macros[strings.TrimSpace(name)], strings.TrimSpace(a))
			}
			return
		}
		name, rest, ok := strings.Cut(line, "[")
		if !ok || strings.HasPrefix(line, "<") {
			return
		}
		code := strings.Trim(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "]")), "~")
		var plurals []string
		if i := strings.IndexByte(name, '{'); i >= 0 {
			if j := strings.IndexByte(name[i:], '}'); j > 0 {
				plurals = strings.Fields(name[i+1 : i+j])
			}
			name = name[:i]
		}
		for _, n := range append(expand(strings.TrimSpace(name), macros), plurals...) {
			k := strings.Join(splitWords(text.Fold(n)), " ")
			if k != "" && code != "" {
				out[k] = code
				if _, ok := out[k+"s"]; !ok {
					out[k+"s"] = code
				}
			}
		}
	})
	if err != nil {
		return nil, fmt.Errorf("agent dictionary: %w", err)
	}
	return out, nil
}

// expand replaces each "!MACRO!" of name by its alternatives.
func expand(name string, macros map[string][]string) []string {
	for m, alts := range macros {
		if strings.Contains(name, m) {
			var out []string
			for _, a := range alts {
				out = append(out, expand(strings.Replace(name, m, a, 1), macros)...)
			}
			return out
		}
	}
	return []string{name}
}
