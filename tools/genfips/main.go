// Command genfips builds the country and admin1 code tables that package
// gdelt embeds: GDELT writes places with FIPS 10-4 codes, while sitrep's
// places carry ISO 3166 codes and GeoNames admin1 names.
//
// Run it from the repository root:
//
//	go run ./tools/genfips [-data ../shared/data] [-out internal/gdelt/data]
//
// The FIPS code of a country is the GEC code of its World Factbook profile
// (the file name: GEC is the continuation of FIPS 10-4, and the codes GDELT
// uses), matched to world-countries by name. The CAMEO code comes from the
// lexicon. It writes fips.tsv and adm1.tsv.gz, and reports on stderr the
// countries and profiles it could not match. The output is the same for the
// same input.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	data := flag.String("data", "../shared/data", "folder of the shared source data")
	out := flag.String("out", "internal/gdelt/data", "folder to write the tables to")
	flag.Parse()
	if err := run(*data, *out, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "genfips:", err)
		os.Exit(1)
	}
}

func run(data, out string, log io.Writer) error {
	world, err := loadWorld(data)
	if err != nil {
		return fmt.Errorf("load world-countries: %w", err)
	}
	profiles, err := loadFactbook(data)
	if err != nil {
		return fmt.Errorf("load factbook: %w", err)
	}
	cameo, err := cameoCodes()
	if err != nil {
		return fmt.Errorf("load lexicon: %w", err)
	}
	fips, unmatched := matchFIPS(world, profiles)
	for _, u := range unmatched {
		fmt.Fprintln(log, "genfips: unmatched", u)
	}
	admins, err := loadAdmin1(data, fips)
	if err != nil {
		return fmt.Errorf("load admin1: %w", err)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := writeCountries(out, world, fips, cameo); err != nil {
		return err
	}
	return writeAdmin1(out, admins)
}
