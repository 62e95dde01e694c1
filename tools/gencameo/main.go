// Command gencameo converts PETRARCH-2's CAMEO verb dictionary and the
// PLOVER project's CAMEO2PLOVER table into internal/cameo/data: the verb
// patterns in sitrep's compact form (verbs.tsv.gz) and the table of event
// codes with names, Goldstein scores and PLOVER types (codes.tsv). The
// Goldstein scores come from goldstein.tsv beside this file, the scale
// that GDELT publishes for CAMEO (Goldstein 1992).
//
// Run it from the repository root: go run ./tools/gencameo
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"sitrep/internal/cameo"
)

func main() {
	shared := flag.String("shared", "../shared/data/event-coding", "event-coding data folder")
	out := flag.String("out", "internal/cameo/data", "output folder")
	flag.Parse()
	if err := run(*shared, *out); err != nil {
		log.Fatal(err)
	}
}

func run(shared, out string) error {
	f, err := os.Open(filepath.Join(shared, "petrarch2/dictionaries/CAMEO.2.0.txt"))
	if err != nil {
		return err
	}
	defer f.Close()
	d, err := cameo.ParseVerbs(f)
	if err != nil {
		return err
	}
	for _, r := range d.Rejected {
		log.Printf("gencameo: skipped %s", r)
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err := cameo.WriteCompact(zw, d); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "verbs.tsv.gz"), buf.Bytes(), 0o644); err != nil {
		return err
	}
	infos, err := codes(filepath.Join(shared, "plover/CAMEO2PLOVER-2021.txt"), "tools/gencameo/goldstein.tsv",
		"tools/gencameo/names.tsv")
	if err != nil {
		return err
	}
	buf.Reset()
	if err := cameo.WriteCodes(&buf, infos); err != nil {
		return err
	}
	patterns := 0
	for _, b := range d.Blocks {
		patterns += len(b.Patterns)
	}
	log.Printf("gencameo: %d verb blocks, %d patterns, %d synsets, %d codes", len(d.Blocks), patterns, len(d.Synsets), len(infos))
	return os.WriteFile(filepath.Join(out, "codes.tsv"), buf.Bytes(), 0o644)
}

// codes joins the PLOVER conversion table, the names it leaves out and
// the Goldstein scale.
func codes(plover, goldstein, names string) ([]cameo.Info, error) {
	scores, err := readTable(goldstein)
	if err != nil {
		return nil, err
	}
	extra, err := readTable(names)
	if err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(plover)
	if err != nil {
		return nil, err
	}
	byCode := map[string]*cameo.Info{}
	for _, line := range strings.Split(string(raw), "\n") {
		in, ok := ploverLine(line)
		if !ok {
			continue
		}
		byCode[in.Code] = &in
	}
	for code, v := range extra {
		if byCode[code] == nil {
			name, typ, _ := strings.Cut(v, "\t")
			byCode[code] = &cameo.Info{Code: code, Name: name, PLOVER: typ}
		}
	}
	var out []cameo.Info
	for code, in := range byCode {
		if in.Name == "" && byCode[code+"0"] != nil {
			in.Name = byCode[code+"0"].Name // a root takes its base code's name
		}
		g, ok := score(scores, code)
		if !ok {
			return nil, fmt.Errorf("no Goldstein score for %s", code)
		}
		in.Goldstein = g
		out = append(out, *in)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out, nil
}

// score returns the Goldstein score of code, or of its nearest parent for
// the codes CAMEO added after the scale was published (1213, 1214).
func score(scores map[string]string, code string) (float64, bool) {
	for k := code; len(k) >= 2; k = k[:len(k)-1] {
		if g, ok := scores[k]; ok {
			f, err := strconv.ParseFloat(g, 64)
			return f, err == nil
		}
	}
	return 0, false
}

// ploverLine reads "0312: AGREE,  ,   military # Express intent ...".
func ploverLine(line string) (cameo.Info, bool) {
	if strings.HasPrefix(line, "#") {
		return cameo.Info{}, false
	}
	code, rest, ok := strings.Cut(line, ":")
	code = strings.TrimSpace(code)
	if !ok || code == "" || strings.Trim(code, "0123456789") != "" {
		return cameo.Info{}, false
	}
	rest, name, _ := strings.Cut(rest, "#")
	f := strings.Split(rest, ",")
	in := cameo.Info{Code: code, Name: strings.TrimSpace(name), PLOVER: strings.TrimSpace(f[0])}
	if len(f) > 1 {
		in.Mode = strings.TrimSpace(f[1])
	}
	if len(f) > 2 {
		for _, c := range strings.Split(f[2], ";") {
			if c = strings.TrimSpace(c); c != "" {
				in.Context = append(in.Context, c)
			}
		}
	}
	return in, true
}

// readTable reads "code<TAB>value" lines; "#" starts a comment line.
func readTable(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		code, v, ok := strings.Cut(sc.Text(), "\t")
		if ok && !strings.HasPrefix(code, "#") {
			m[code] = v
		}
	}
	return m, sc.Err()
}
