package syntax

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// Model is the trained syntax core: tagger, lemmatizer and parser. It is
// safe for concurrent use.
type Model struct {
	tagger *tagger
	lex    *table[lexEntry] // by word.lower
	// parser is the parser in use, at its beam width. parsers are the
	// trained ones, with the widths they were trained with: a greedy one
	// first, then one trained with a beam.
	parser  *parser
	parsers []*parser
	lemma   *lemmatizer
	// split maps the lower-case hash of a token that the treebank writes
	// as two words ("cannot", "gonna") to the byte offset between them.
	split *table[uint8]
	pool  sync.Pool
}

// Beam returns the width of the parser's beam search; 1 is greedy.
func (m *Model) Beam() int { return m.parser.beam }

// WithBeam returns a model that shares the weights of m and parses with
// a beam of the given width, from 1 (greedy) to 64. Width 1 uses the
// greedily trained parser when the model has one, wider beams the
// parser trained with a beam. A wider beam is more accurate, up to about
// the width that parser was trained with, and slower in proportion.
func (m *Model) WithBeam(width int) *Model {
	m2 := &Model{tagger: m.tagger, lex: m.lex, parsers: m.parsers, lemma: m.lemma, split: m.split}
	m2.setBeam(width)
	return m2
}

// setBeam sets the parser in use and its width.
func (m *Model) setBeam(width int) {
	src := m.parsers[len(m.parsers)-1]
	if width <= 1 {
		src = m.parsers[0]
	}
	p := *src
	p.beam = min(max(width, 1), maxBeam)
	m.parser = &p
}

// Model file names under model/.
const (
	taggerFile = "tagger.bin.gz"
	parserFile = "parser.bin.gz"
	lemmaFile  = "lemma.bin.gz"
)

// Magic strings, with the format version.
const (
	taggerMagic = "sitrep syntax tagger 2"
	parserMagic = "sitrep syntax parser 3"
	lemmaMagic  = "sitrep syntax lemmas 2"
)

//go:embed model
var modelFS embed.FS

// Default returns the embedded model, loaded once.
func Default() (*Model, error) { return defaultModel() }

var defaultModel = sync.OnceValues(func() (*Model, error) {
	sub, err := fs.Sub(modelFS, "model")
	if err != nil {
		return nil, fmt.Errorf("syntax model: %w", err)
	}
	return Load(sub)
})

// ErrNoModel is returned by Load when the model files are missing, as in
// a checkout where tools/trainsyntax has not been run.
var ErrNoModel = errors.New("syntax model not found; run go run ./tools/trainsyntax")

// Load reads a model from the three files of a model folder.
func Load(fsys fs.FS) (*Model, error) {
	m := &Model{}
	parts := []struct {
		name string
		read func(io.Reader) error
	}{
		{taggerFile, m.readTagger},
		{parserFile, m.readParser},
		{lemmaFile, m.readLemmas},
	}
	for _, p := range parts {
		b, err := fs.ReadFile(fsys, p.name)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, ErrNoModel
		}
		if err != nil {
			return nil, fmt.Errorf("syntax model: %w", err)
		}
		if err := p.read(bytes.NewReader(b)); err != nil {
			return nil, fmt.Errorf("syntax model %s: %w", p.name, err)
		}
	}
	return m, nil
}

// Save writes the model files into dir and returns their total size.
func (m *Model) Save(dir string) (int64, error) {
	parts := []struct {
		name  string
		write func(io.Writer) error
	}{
		{taggerFile, m.writeTagger},
		{parserFile, m.writeParser},
		{lemmaFile, m.writeLemmas},
	}
	var total int64
	for _, p := range parts {
		n, err := writeFile(filepath.Join(dir, p.name), p.write)
		if err != nil {
			return 0, fmt.Errorf("save model: %w", err)
		}
		total += n
	}
	return total, nil
}

// writeFile writes a file through a temporary one, so a failed run never
// leaves half a model behind.
func writeFile(path string, write func(io.Writer) error) (int64, error) {
	f, err := os.CreateTemp(filepath.Dir(path), ".model-*")
	if err != nil {
		return 0, err
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return 0, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return 0, err
	}
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return 0, err
	}
	if err := f.Close(); err != nil {
		return 0, err
	}
	return st.Size(), os.Rename(f.Name(), path)
}

func (m *Model) writeTagger(w io.Writer) error {
	t := m.tagger
	return writeGzip(w, taggerMagic, func(e *encoder) {
		e.uvarint(uint64(len(t.classes)))
		for _, c := range t.classes {
			e.uvarint(uint64(c.UPOS))
			e.uvarint(uint64(c.XPOS))
		}
		e.weights(t.w.(*weights))
		e.bytes(t.open)
		writeMap(e, m.lex, func(v lexEntry) {
			e.u64(v.amb)
			e.u64(v.allowed[0])
			e.u64(v.allowed[1])
		})
	})
}

// findNamed sets the classes the tagger fixes or repairs to: those of
// each knownClass, the past tense, the base form and the third person
// present, -1 where missing.
func (t *tagger) findNamed() {
	c := t.classes
	t.known = [5]int16{-1, findClass(c, PROPN, "NNP"), findClass(c, NOUN, "NN"), findClass(c, NOUN, "NNS"), findClass(c, ADJ, "JJ")}
	t.pastTense, t.baseForm, t.present = findClass(c, VERB, "VBD"), findClass(c, VERB, "VB"), findClass(c, VERB, "VBZ")
	t.subordinator = findClass(c, SCONJ, "IN")
}

// findClass returns the index of the class (u, x), or -1.
func findClass(classes []tagClass, u UPOS, x string) int16 {
	for k, c := range classes {
		if c.UPOS == u && c.XPOS.String() == x {
			return int16(k)
		}
	}
	return -1
}

func (m *Model) readTagger(r io.Reader) error {
	t := &tagger{}
	err := readGzip(r, taggerMagic, func(d *decoder) {
		t.classes = make([]tagClass, d.count(maxClasses))
		for i := range t.classes {
			t.classes[i] = tagClass{UPOS(d.count(len(uposNames) - 1)), XPOS(d.count(len(xposNames) - 1))}
		}
		w := d.weights()
		if d.err == nil && w.nclass != len(t.classes) {
			d.fail(errFormat)
		}
		if d.err != nil {
			return
		}
		t.w, t.bits = w, w.bits
		t.findNamed()
		t.open = d.bytes(len(t.classes))
		for _, c := range t.open {
			if int(c) >= len(t.classes) {
				d.fail(errFormat)
			}
		}
		var valid classSet
		for k := range t.classes {
			valid.add(uint8(k))
		}
		m.lex = readMap(d, func() lexEntry {
			e := lexEntry{d.u64(), classSet{d.u64(), d.u64()}}
			if e.allowed[0]&^valid[0] != 0 || e.allowed[1]&^valid[1] != 0 {
				d.fail(errFormat)
			}
			return e
		})
	})
	m.tagger = t
	return err
}

func (m *Model) writeParser(w io.Writer) error {
	return writeGzip(w, parserMagic, func(e *encoder) {
		e.uvarint(uint64(len(m.parsers)))
		for _, p := range m.parsers {
			e.uvarint(uint64(p.beam))
			e.weights(p.w)
			e.weights(p.lw.(*weights))
			e.uvarint(uint64(len(p.labels)))
			for _, rs := range p.labels {
				e.bytes(rs)
			}
		}
		e.uvarint(uint64(m.parser.beam))
	})
}

// maxParsers bounds the parsers of a model file.
const maxParsers = 4

func (m *Model) readParser(r io.Reader) error {
	var width int
	err := readGzip(r, parserMagic, func(d *decoder) {
		n := d.count(maxParsers)
		for range n {
			p := readParser1(d)
			if d.err != nil {
				return
			}
			m.parsers = append(m.parsers, p)
		}
		width = d.count(maxBeam)
		if len(m.parsers) == 0 || width == 0 {
			d.fail(errFormat)
		}
	})
	if err != nil {
		return err
	}
	m.setBeam(width)
	return nil
}

// readParser1 reads one parser: its trained width, weights and label
// lists.
func readParser1(d *decoder) *parser {
	p := &parser{}
	if p.beam = d.count(maxBeam); p.beam == 0 {
		d.fail(errFormat)
	}
	w, lw := d.weights(), d.weights()
	if d.err == nil && (w.nclass != numActions || lw.nclass != int(numRels)) {
		d.fail(errFormat)
	}
	if d.err != nil {
		return nil
	}
	p.w, p.bits, p.lw, p.lbits = w, w.bits, lw, lw.bits
	p.labels = make([][]uint8, d.count(2*maxClasses))
	for k := range p.labels {
		if p.labels[k] = d.bytes(int(numRels)); d.err != nil {
			return nil
		}
		for _, r := range p.labels[k] {
			if r == 0 || Rel(r) >= numRels {
				d.fail(errFormat)
			}
		}
	}
	return p
}

func (m *Model) writeLemmas(w io.Writer) error {
	l := m.lemma
	return writeGzip(w, lemmaMagic, func(e *encoder) {
		e.uvarint(uint64(len(l.lemmas)))
		for _, s := range l.lemmas {
			e.str(s)
		}
		e.uvarint(uint64(len(l.rules)))
		for _, r := range l.rules {
			e.uvarint(uint64(r.strip))
			e.str(r.add)
		}
		index := func(v uint32) { e.uvarint(uint64(v)) }
		writeMap(e, l.exact, index)
		writeMap(e, l.lower, index)
		writeMap(e, l.suffix, index)
		writeMap(e, l.keepCase, func(bool) {})
		writeMap(e, m.split, func(v uint8) { e.uvarint(uint64(v)) })
		writeMap(e, l.eStems, func(bool) {})
	})
}

func (m *Model) readLemmas(r io.Reader) error {
	l := &lemmatizer{}
	err := readGzip(r, lemmaMagic, func(d *decoder) {
		l.lemmas = make([]string, d.count(1<<22))
		for i := range l.lemmas {
			l.lemmas[i] = d.str()
		}
		l.rules = make([]lemmaRule, d.count(1<<20))
		for i := range l.rules {
			l.rules[i] = lemmaRule{strip: uint8(d.count(255)), add: d.str()}
		}
		if len(l.rules) == 0 {
			d.fail(errFormat)
		}
		lemma := func() uint32 { return uint32(d.count(len(l.lemmas) - 1)) }
		l.exact = readMap(d, lemma)
		l.lower = readMap(d, lemma)
		l.suffix = readMap(d, func() uint32 { return uint32(d.count(len(l.rules) - 1)) })
		l.keepCase = readMap(d, func() bool { return true })
		m.split = readMap(d, func() uint8 { return uint8(d.count(255)) })
		l.eStems = readMap(d, func() bool { return true })
	})
	m.lemma = l
	return err
}

// writeMap writes a table in key order, so files are reproducible.
func writeMap[V any](e *encoder, t *table[V], value func(V)) {
	keys := t.keys()
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.u64(k)
		v, _ := t.get(k)
		value(v)
	}
}

func readMap[V any](d *decoder, value func() V) *table[V] {
	n := d.count(1 << 24)
	t := newTable[V](n)
	for range n {
		k := d.u64()
		t.set(k, value())
		if d.err != nil {
			return nil
		}
	}
	return t
}
