package nermodel

import (
	"fmt"
	"sync"

	"sitrep/internal/geo"
	"sitrep/internal/lexicon"
	"sitrep/internal/vocab"
)

// resources are the project's embedded word lists that the gazetteer and
// word-class features read. The model was trained with them, so it loads
// the same ones.
type resources struct {
	lex *lexicon.Lexicon
	gaz *geo.Gazetteer
	voc *vocab.Vocab
	placeCache
}

var loadResources = sync.OnceValues(func() (*resources, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return nil, fmt.Errorf("ner model lexicon: %w", err)
	}
	gaz, err := geo.Default()
	if err != nil {
		return nil, fmt.Errorf("ner model gazetteer: %w", err)
	}
	voc, err := vocab.Default()
	if err != nil {
		return nil, fmt.Errorf("ner model vocabulary: %w", err)
	}
	return &resources{lex: lex, gaz: gaz, voc: voc, placeCache: placeCache{places: make(map[string]uint16)}}, nil
})
