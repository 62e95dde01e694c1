package cameo

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Info is what sitrep knows of one CAMEO event code.
type Info struct {
	Code      string
	Name      string  // "Provide military aid"
	Goldstein float64 // -10 to +10
	PLOVER    string  // event type: "AID"
	Mode      string  // PLOVER mode, often empty
	Context   []string
}

// Codes is the table of event codes.
type Codes struct{ m map[string]Info }

// Lookup returns the information of code, falling back to its parents
// ("0874" to "087" to "08") for what a code lacks. ok is false when not
// even the root is known.
func (c *Codes) Lookup(code string) (Info, bool) {
	for k := code; len(k) >= 2; k = k[:len(k)-1] {
		if in, ok := c.m[k]; ok {
			in.Code = code
			return in, true
		}
	}
	return Info{Code: code}, false
}

// Root returns the two-digit root class of a code: "0874" -> "08".
func Root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// Base returns the three-digit base code: "0874" -> "087", "08" -> "08".
func Base(code string) string {
	if len(code) < 3 {
		return code
	}
	return code[:3]
}

// QuadClass returns GDELT's four classes of a code: 1 verbal cooperation
// (roots 01-05), 2 material cooperation (06-08), 3 verbal conflict
// (09-13), 4 material conflict (14-20); 0 for anything else.
func QuadClass(code string) int {
	r, err := strconv.Atoi(Root(code))
	switch {
	case err != nil || r < 1 || r > 20:
		return 0
	case r <= 5:
		return 1
	case r <= 8:
		return 2
	case r <= 13:
		return 3
	}
	return 4
}

// ParseCodes reads the codes table: code, Goldstein score, PLOVER type,
// mode, contexts joined by ";", name, separated by tabs.
func ParseCodes(r io.Reader) (*Codes, error) {
	c := &Codes{m: map[string]Info{}}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("codes line %d: %d fields, want 6", n, len(f))
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, fmt.Errorf("codes line %d: %w", n, err)
		}
		in := Info{Code: f[0], Goldstein: g, PLOVER: f[2], Mode: f[3], Name: f[5]}
		if f[4] != "" {
			in.Context = strings.Split(f[4], ";")
		}
		c.m[f[0]] = in
	}
	return c, sc.Err()
}

// WriteCodes writes a table that ParseCodes reads, in the order given.
func WriteCodes(w io.Writer, infos []Info) error {
	bw := bufio.NewWriter(w)
	for _, in := range infos {
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%s\n", in.Code, strconv.FormatFloat(in.Goldstein, 'f', -1, 64),
			in.PLOVER, in.Mode, strings.Join(in.Context, ";"), in.Name)
	}
	return bw.Flush()
}
