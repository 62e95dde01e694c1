package gdelt

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"sitrep/internal/text"
)

// The tables come from tools/genfips.
var (
	//go:embed data/fips.tsv
	fipsTSV string
	//go:embed data/adm1.tsv.gz
	adm1GZ []byte
)

// country is one row of fips.tsv.
type country struct {
	ISO2, FIPS, Name string
	Lat, Lon         float64
	Centroid         bool // Lat and Lon are known
}

// tables maps sitrep's codes to GDELT's.
type tables struct {
	byCode map[string]*country // by CAMEO and ISO alpha-3 code
	byISO2 map[string]*country
	adm1   map[string]string // ISO2 + "\t" + folded admin1 name -> GeoNames admin1 code
}

// loadTables parses the embedded tables once.
var loadTables = sync.OnceValues(parseTables)

func parseTables() (*tables, error) {
	t := &tables{byCode: map[string]*country{}, byISO2: map[string]*country{}, adm1: map[string]string{}}
	if err := t.parseCountries(fipsTSV); err != nil {
		return nil, fmt.Errorf("gdelt: fips.tsv: %w", err)
	}
	if err := t.parseAdmin1(adm1GZ); err != nil {
		return nil, fmt.Errorf("gdelt: adm1.tsv.gz: %w", err)
	}
	return t, nil
}

// emptyTables stands in when the embedded tables cannot be read, so that
// an export still works, without FIPS codes.
var emptyTables = &tables{}

func (t *tables) parseCountries(src string) error {
	for n, line := range strings.Split(src, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			return fmt.Errorf("line %d: %d columns, want 7", n+1, len(f))
		}
		c := &country{ISO2: f[0], FIPS: f[3], Name: f[6]}
		if f[4] != "" {
			lat, err1 := strconv.ParseFloat(f[4], 64)
			lon, err2 := strconv.ParseFloat(f[5], 64)
			if err1 != nil || err2 != nil {
				return fmt.Errorf("line %d: bad centroid", n+1)
			}
			c.Lat, c.Lon, c.Centroid = lat, lon, true
		}
		t.byISO2[f[0]] = c
		t.byCode[f[1]] = c
		t.byCode[f[2]] = c
	}
	return nil
}

func (t *tables) parseAdmin1(gz []byte) error {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return err
	}
	for n, line := range strings.Split(string(raw), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return fmt.Errorf("line %d: %d columns, want 3", n+1, len(f))
		}
		t.adm1[f[0]+"\t"+text.Fold(f[2])] = f[1]
	}
	return nil
}

// fips returns the FIPS country code and the ADM1 code of a place in the
// country with ISO code iso and the named admin1 division. Palestine is
// two FIPS countries, whose codes GeoNames uses as admin1 codes.
func (t *tables) fips(iso, admin1 string) (cc, adm1 string) {
	c := t.byISO2[iso]
	if c == nil || c.FIPS == "" {
		return "", ""
	}
	code := ""
	if admin1 != "" {
		code = t.adm1[iso+"\t"+text.Fold(admin1)]
	}
	switch {
	case code == "":
		return c.FIPS, c.FIPS
	case iso == "PS":
		return code, code
	}
	return c.FIPS, c.FIPS + code
}
