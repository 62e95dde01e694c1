package cameo

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// maxLine bounds one dictionary line; PETRARCH's longest is under 200
// bytes, so a longer one is not a dictionary.
const maxLine = 64 << 10

// ParseVerbs reads a verb dictionary in PETRARCH's format: synonym sets
// ("&NAME" then "+WORD" lines), verb blocks ("--- NAME [code] ---"), verb
// lines ("SEND {SENDS SENT}", "+ASK_FOR [020]") and pattern lines
// ("- * &MILITARY [072]"). Transformations ("~ a (b . Q) SAY = a b 112")
// are not read: the event coder handles reported speech itself. Lines it
// cannot read are listed in Dict.Rejected; only a read error fails.
func ParseVerbs(r io.Reader) (*Dict, error) {
	p := &parser{d: newDict()}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	for sc.Scan() {
		p.line++
		if strings.Contains(sc.Text(), "TRANSFORMATIONS ####") {
			break
		}
		// A malformed line costs only itself: real dictionaries have a
		// few typos, and the rest still codes.
		if err := p.parse(sc.Text()); err != nil {
			p.d.Rejected = append(p.d.Rejected, fmt.Sprintf("line %d: %v", p.line, err))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("verb dictionary: %w", err)
	}
	p.d.index()
	return p.d, nil
}

func newDict() *Dict {
	return &Dict{Synsets: map[string][][]string{}, verbs: map[string][]*Verb{}, exact: map[string]bool{},
		forms: map[string]bool{}}
}

type parser struct {
	d       *Dict
	line    int
	block   *Block
	synset  string // the set whose members are being read
	comment string // the text after "#" on the current line
}

func (p *parser) parse(raw string) error {
	s := raw
	p.comment = ""
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s, p.comment = s[:i], s[i+1:]
	}
	s = strings.TrimSpace(s)
	switch {
	case s == "" || strings.HasPrefix(s, "<!--"):
		p.synset = ""
		return nil
	case strings.HasPrefix(s, "---"):
		return p.header(s)
	case strings.HasPrefix(s, "&"):
		p.synset = strings.ToLower(strings.Fields(s)[0][1:])
		return nil
	case strings.HasPrefix(s, "+") && p.synset != "":
		p.member(s[1:])
		return nil
	case strings.HasPrefix(s, "~"):
		return nil
	case p.block == nil:
		return nil // words before the first block: auxiliaries, notes
	case strings.HasPrefix(s, "-"):
		return p.pattern(strings.TrimSpace(s[1:]))
	}
	return p.verb(s)
}

// header starts a verb block: "---  SEND   [---]  ---".
func (p *parser) header(s string) error {
	s = strings.Trim(s, "- ")
	name, code, err := splitCode(s)
	if err != nil {
		return err
	}
	p.block = &Block{Name: strings.TrimSpace(name), Code: code}
	p.d.Blocks = append(p.d.Blocks, p.block)
	p.synset = ""
	return nil
}

// member adds one member to the current synonym set.
func (p *parser) member(s string) {
	s = strings.TrimSpace(s)
	exact := strings.HasSuffix(s, "_")
	words := splitWords(strings.ToLower(s))
	if len(words) == 0 {
		return
	}
	if exact && len(words) == 1 {
		p.d.exact[words[0]] = true
	}
	p.d.Synsets[p.synset] = append(p.d.Synsets[p.synset], words)
}

// splitWords splits a phrase written with spaces or underscores.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '_' })
}

// verb reads "SEND {SENDS SENT} [072]" or "+ASK_FOR {+ASKED_FOR} [020]".
func (p *parser) verb(s string) error {
	s, code, err := splitCode(s)
	if err != nil {
		return err
	}
	var forms []string
	if i := strings.IndexByte(s, '{'); i >= 0 {
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return fmt.Errorf("unclosed braces in verb %q", s)
		}
		forms = strings.Fields(strings.ToLower(strings.ReplaceAll(s[i+1:i+j], "+", "")))
		s = s[:i]
	}
	words, head := verbWords(s)
	if len(words) == 0 {
		return fmt.Errorf("verb line without a verb")
	}
	v := &Verb{Words: words, Head: head, Forms: forms, Code: code, Block: p.block}
	p.block.Verbs = append(p.block.Verbs, v)
	return nil
}

// pattern reads "* &MILITARY (TO +) [072:086]".
func (p *parser) pattern(s string) error {
	s, code, err := splitCode(s)
	if err != nil {
		return err
	}
	pt, err := newPattern(code, strings.Join(strings.Fields(s), " "))
	if err != nil {
		return err
	}
	pt.For = p.block.verbsNamed(p.comment)
	p.block.Patterns = append(p.block.Patterns, pt)
	return nil
}

// verbsNamed returns the verbs of b that a pattern's comment names,
// "BREAK" or "CONFIRM , REAFFIRM", each as its words joined by spaces; a
// comment that names none of them (a date, a note) restricts nothing.
func (b *Block) verbsNamed(comment string) []string {
	var out []string
	for _, name := range strings.FieldsFunc(comment, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		words := strings.Join(splitWords(strings.ToLower(strings.TrimPrefix(name, "+"))), " ")
		for _, v := range b.Verbs {
			if strings.Join(v.Words, " ") == words && !slices.Contains(out, words) {
				out = append(out, words)
			}
		}
	}
	return out
}

// newPattern reads the elements of a pattern written as in PETRARCH.
func newPattern(code Code, text string) (Pattern, error) {
	before, after, ok := strings.Cut(text, "*")
	if !ok {
		return Pattern{}, fmt.Errorf("pattern %q has no verb marker", text)
	}
	p := Pattern{Code: code, Text: text}
	var err error
	if p.Before, err = parseElems(before); err != nil {
		return Pattern{}, err
	}
	if p.After, err = parseElems(after); err != nil {
		return Pattern{}, err
	}
	for _, e := range append(p.Before[:len(p.Before):len(p.Before)], p.After...) {
		for _, w := range e.Words {
			if !strings.HasPrefix(w, "&") {
				p.Words = append(p.Words, w)
			}
		}
	}
	return p, nil
}

// splitCode cuts the bracketed code off the end of s: "[072:086]".
func splitCode(s string) (string, Code, error) {
	i := strings.LastIndexByte(s, '[')
	if i < 0 {
		return s, Code{}, nil
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return "", Code{}, fmt.Errorf("unclosed code in %q", s)
	}
	raw := strings.TrimSpace(s[i+1 : i+j])
	rest := s[:i] + s[i+j+1:]
	c, err := ParseCode(raw)
	return strings.TrimSpace(rest), c, err
}

// ParseCode reads a code as the dictionary writes it inside brackets:
// "072", "072:086", ":173", "---".
func ParseCode(raw string) (Code, error) {
	fwd, rev, _ := strings.Cut(raw, ":")
	c := Code{Fwd: cleanCode(fwd), Rev: cleanCode(rev)}
	for _, x := range []string{c.Fwd, c.Rev} {
		if !validCode(x) {
			return Code{}, fmt.Errorf("bad event code %q", raw)
		}
	}
	return c, nil
}

func cleanCode(s string) string {
	s = strings.TrimSpace(s)
	if strings.Trim(s, "-+") == "" { // "---" and "+++" code nothing
		return ""
	}
	return s
}

// validCode accepts CAMEO's digit codes and the hexadecimal-looking codes
// of the test dictionaries, up to four characters.
func validCode(s string) bool {
	if len(s) > 4 {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'F' || r >= 'a' && r <= 'f') {
			return false
		}
	}
	return true
}

// verbWords splits "KLM_NOP_+RST" into its words and the index of the
// verb, the word marked "+" (the first when none is marked after it).
func verbWords(s string) ([]string, int) {
	raw := splitWords(strings.ToLower(strings.TrimSpace(s)))
	head := 0
	for i, w := range raw {
		if strings.HasPrefix(w, "+") && i > 0 {
			head = i
		}
		raw[i] = strings.TrimPrefix(w, "+")
	}
	return raw, head
}

// parseElems reads the elements on one side of the verb marker.
func parseElems(s string) ([]Elem, error) {
	var out []Elem
	prep := ""
	depth := 0
	for _, tok := range groupTokens(s) {
		switch tok {
		case "(":
			if depth > 0 {
				return nil, fmt.Errorf("nested parentheses in %q", s)
			}
			depth, prep = 1, "?"
			continue
		case ")":
			if depth == 0 {
				return nil, fmt.Errorf("unbalanced parentheses in %q", s)
			}
			if prep == "?" {
				prep = ""
			} else if len(out) == 0 || out[len(out)-1].Prep != prep {
				out = append(out, Elem{Kind: KindPrep, Prep: prep})
			}
			depth, prep = 0, ""
			continue
		}
		if prep == "?" {
			prep = strings.ToLower(tok)
			continue
		}
		out = append(out, elem(tok, prep))
	}
	if depth != 0 {
		return nil, fmt.Errorf("unclosed parenthesis in %q", s)
	}
	return out, nil
}

// elem reads one token of a pattern: a word, {a phrase}, &SET, $, +, ^, %.
func elem(tok, prep string) Elem {
	switch tok {
	case "$":
		return Elem{Kind: KindSource, Prep: prep}
	case "+":
		return Elem{Kind: KindTarget, Prep: prep}
	case "^":
		return Elem{Kind: KindSkip, Prep: prep}
	case "%":
		return Elem{Kind: KindBoth, Prep: prep}
	}
	if strings.HasPrefix(tok, "&") && !strings.ContainsAny(tok, "_ {") {
		return Elem{Kind: KindSynset, Name: strings.ToLower(tok[1:]), Prep: prep}
	}
	exact := strings.HasSuffix(tok, "_")
	words := splitWords(strings.ToLower(strings.Trim(tok, "{}")))
	return Elem{Kind: KindWords, Words: words, Prep: prep, Exact: exact}
}

// groupTokens splits a pattern side into words, braced phrases and
// parentheses.
func groupTokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c == '(' || c == ')':
			out = append(out, s[i:i+1])
			i++
		case c == '{':
			j := strings.IndexByte(s[i:], '}')
			if j < 0 {
				j = len(s) - i - 1
			}
			out = append(out, s[i:i+j+1])
			i += j + 1
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(" \t(){", rune(s[j])) {
				j++
			}
			out = append(out, s[i:j])
			i = j
		}
	}
	return out
}

// index builds the verb lookup from every verb's base and written forms.
func (d *Dict) index() {
	d.indexSynsets()
	d.fallbacks()
	for _, b := range d.Blocks {
		for _, v := range b.Verbs {
			d.addVerb(v.Words[v.Head], v)
			for _, f := range v.Forms {
				if ws := splitWords(f); len(ws) == len(v.Words) {
					d.addVerb(ws[v.Head], v)
				}
			}
		}
	}
}

func (d *Dict) addVerb(key string, v *Verb) {
	d.inflect(key)
	for _, have := range d.verbs[key] {
		if have == v {
			return
		}
	}
	d.verbs[key] = append(d.verbs[key], v)
}
