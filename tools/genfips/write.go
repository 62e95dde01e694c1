package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// writeCountries writes fips.tsv: one line per country, sorted by ISO
// code, with its CAMEO and FIPS codes and its centroid for country-level
// GDELT geography.
func writeCountries(dir string, world []country, fips, cameo map[string]string) error {
	rows := slices.Clone(world)
	slices.SortFunc(rows, func(a, b country) int { return strings.Compare(a.CCA2, b.CCA2) })
	return writeFile(filepath.Join(dir, "fips.tsv"), false, func(w io.Writer) {
		fmt.Fprintln(w, "# iso2\tiso3\tcameo\tfips\tlat\tlon\tname")
		for _, c := range rows {
			lat, lon := "", ""
			if len(c.LatLng) == 2 {
				lat, lon = num(c.LatLng[0]), num(c.LatLng[1])
			}
			code := cameo[c.CCA3]
			if code == "" {
				code = c.CCA3
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.CCA2, c.CCA3, code, fips[c.CCA2], lat, lon, c.Name.Common)
		}
	})
}

// writeAdmin1 writes adm1.tsv.gz: ISO country, GeoNames admin1 code and
// name, the name as package geo gives it in report places.
func writeAdmin1(dir string, admins []admin1) error {
	return writeFile(filepath.Join(dir, "adm1.tsv.gz"), true, func(w io.Writer) {
		fmt.Fprintln(w, "# iso2\tcode\tname")
		for _, a := range admins {
			fmt.Fprintf(w, "%s\t%s\t%s\n", a.ISO2, a.Code, a.Name)
		}
	})
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// writeFile writes what fill prints to path, gzipped when zip is set. The
// gzip header has no time or name, so the bytes depend on the content
// alone.
func writeFile(path string, zip bool, fill func(io.Writer)) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	var zw *gzip.Writer
	var dst io.Writer = f
	if zip {
		if zw, err = gzip.NewWriterLevel(f, gzip.BestCompression); err != nil {
			return err
		}
		dst = zw
	}
	bw := bufio.NewWriter(dst)
	fill(bw)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if zw != nil {
		return zw.Close()
	}
	return nil
}
