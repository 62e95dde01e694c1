package cameo

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// The compact form of a Dict, one record a line, fields separated by tabs:
//
//	S  name  member|member      a synonym set; words of a member joined by
//	                            spaces, "_" ending one that takes no inflection
//	B  name  code [exact]       a verb block; the lines below belong to it;
//	                            "exact": its patterns are all it codes
//	V  words  head  forms  code a verb: its words, the index of the verb
//	                            word, irregular forms joined by "|"
//	P  code  pattern [verbs]    a pattern, written as in PETRARCH, and the
//	                            verbs of the block it serves, joined by
//	                            "|", when not all of them
//	# ...                       a comment

// WriteCompact writes d in the compact form that ReadCompact reads.
func WriteCompact(w io.Writer, d *Dict) error {
	bw := bufio.NewWriter(w)
	for _, name := range slices.Sorted(maps.Keys(d.Synsets)) {
		var ms []string
		for _, m := range d.Synsets[name] {
			s := strings.Join(m, " ")
			if len(m) == 1 && d.exact[s] {
				s += "_"
			}
			ms = append(ms, s)
		}
		fmt.Fprintf(bw, "S\t%s\t%s\n", name, strings.Join(ms, "|"))
	}
	for _, b := range d.Blocks {
		exact := ""
		if b.Exact {
			exact = "\texact"
		}
		fmt.Fprintf(bw, "B\t%s\t%s%s\n", b.Name, b.Code, exact)
		for _, v := range b.Verbs {
			fmt.Fprintf(bw, "V\t%s\t%d\t%s\t%s\n", strings.Join(v.Words, " "), v.Head, strings.Join(v.Forms, "|"), v.Code)
		}
		for _, p := range b.Patterns {
			verbs := ""
			if len(p.For) > 0 {
				verbs = "\t" + strings.Join(p.For, "|")
			}
			fmt.Fprintf(bw, "P\t%s\t%s%s\n", p.Code, p.Text, verbs)
		}
	}
	return bw.Flush()
}

// ReadCompact reads the compact form of a Dict.
func ReadCompact(r io.Reader) (*Dict, error) {
	d := newDict()
	var b *Block
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	for n := 1; sc.Scan(); n++ {
		f := strings.Split(sc.Text(), "\t")
		var err error
		switch {
		case strings.HasPrefix(f[0], "#"):
		case f[0] == "S" && len(f) == 3:
			readSynset(d, f[1], f[2])
		case f[0] == "B" && (len(f) == 3 || len(f) == 4 && f[3] == "exact"):
			b = &Block{Name: f[1], Exact: len(f) == 4}
			b.Code, err = ParseCode(f[2])
			d.Blocks = append(d.Blocks, b)
		case f[0] == "V" && len(f) == 5 && b != nil:
			err = readVerb(b, f[1:])
		case f[0] == "P" && (len(f) == 3 || len(f) == 4) && b != nil:
			err = readPattern(b, f[1:])
		default:
			err = fmt.Errorf("bad record")
		}
		if err != nil {
			return nil, fmt.Errorf("compact dictionary line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("compact dictionary: %w", err)
	}
	d.index()
	return d, nil
}

func readSynset(d *Dict, name, members string) {
	for _, m := range strings.Split(members, "|") {
		if strings.HasSuffix(m, "_") {
			m = strings.TrimSuffix(m, "_")
			d.exact[m] = true
		}
		d.Synsets[name] = append(d.Synsets[name], strings.Fields(m))
	}
}

func readVerb(b *Block, f []string) error {
	v := &Verb{Words: strings.Fields(f[0]), Block: b}
	if _, err := fmt.Sscan(f[1], &v.Head); err != nil || v.Head < 0 || v.Head >= len(v.Words) {
		return fmt.Errorf("bad verb head %q", f[1])
	}
	if f[2] != "" {
		v.Forms = strings.Split(f[2], "|")
	}
	var err error
	v.Code, err = ParseCode(f[3])
	b.Verbs = append(b.Verbs, v)
	return err
}

// readPattern reads a pattern's code, text and, when there, its verbs.
func readPattern(b *Block, f []string) error {
	c, err := ParseCode(f[0])
	if err != nil {
		return err
	}
	p, err := newPattern(c, f[1])
	if len(f) == 3 {
		p.For = strings.Split(f[2], "|")
	}
	b.Patterns = append(b.Patterns, p)
	return err
}
