package signal

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Swap is one line of the swap list: the word or phrase news prose uses
// and the substitutes that spinners put in its place.
type Swap struct {
	Orig string
	Subs []string
}

// ParseSwaps reads a swap list: one "orig<TAB>sub|sub" a line, lower case,
// '#' starting a comment line.
func ParseSwaps(r io.Reader) ([]Swap, error) {
	var out []Swap
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		orig, subs, ok := strings.Cut(line, "\t")
		if !ok || orig == "" || subs == "" {
			return nil, fmt.Errorf("swaps line %d: want orig<TAB>sub|sub", n)
		}
		s := Swap{Orig: strings.TrimSpace(orig)}
		for sub := range strings.SplitSeq(subs, "|") {
			if sub = strings.TrimSpace(sub); sub != "" {
				s.Subs = append(s.Subs, sub)
			}
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("swaps: %w", err)
	}
	return out, nil
}
