package cameo

import (
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"sync"
)

// The folder keeps its README so that the embed, and so the generator that
// imports this package, still build before the data exists.
//
//go:embed data
var dataFS embed.FS

var (
	defaultDict  = sync.OnceValues(func() (*Dict, error) { return loadDict("data/verbs.tsv.gz") })
	defaultCodes = sync.OnceValues(func() (*Codes, error) { return loadCodes("data/codes.tsv") })
)

// Default returns the embedded CAMEO verb dictionary, loaded on first use,
// with the project's own verbs (data/extra.tsv) that it lacks.
func Default() (*Dict, error) { return defaultDict() }

// DefaultCodes returns the embedded table of event codes.
func DefaultCodes() (*Codes, error) { return defaultCodes() }

func loadDict(name string) (*Dict, error) {
	raw, err := dataFS.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("cameo: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("cameo: %w", err)
	}
	extra, err := dataFS.ReadFile("data/extra.tsv")
	if err != nil {
		return nil, fmt.Errorf("cameo: %w", err)
	}
	return ReadCompact(io.MultiReader(zr, bytes.NewReader(extra)))
}

func loadCodes(name string) (*Codes, error) {
	raw, err := dataFS.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("cameo: %w", err)
	}
	return ParseCodes(bytes.NewReader(raw))
}
