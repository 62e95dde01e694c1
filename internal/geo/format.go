package geo

// The gazetteer file is a gzip stream of one binary record. Integers are
// unsigned varints (encoding/binary) unless marked zigzag, which are signed
// varints; a string is a varint length and its bytes. Columns keep like
// values together so that gzip finds the repetition.
//
//	magic    "sitrep-geo-1"
//	features count, strings, ascending    GeoNames feature codes ("" first)
//	isos     count, strings, ascending    ISO2 codes ("" first)
//	admins   count, (iso index, name)...  admin1 regions
//	places   count n, then n values of each column in turn:
//	         kind byte, feature index, iso index, admin (0 none, else index+1),
//	         id (zigzag delta from the previous place), lat and lon (1e-5
//	         degrees, zigzag delta), population; the total bytes of the
//	         names, then each name (string)
//	keys     count, total bytes of the keys, then per key in ascending byte order: bytes shared with
//	         the previous key, the rest as a string, the number of places,
//	         and per place (ascending) its gap from the previous place
//	         shifted left by one, or-ed with 1 when the key is an alternate
//	         name of the place
//
// Readers reject anything else, so a corrupt file gives an error and never
// an index that could panic later.

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"sitrep/internal/text"
)

const magic = "sitrep-geo-1"

// maxKeyLen bounds the keys a file may hold, and so the memory that a
// corrupt key count can claim.
const maxKeyLen = 255

// Builder collects places and their names and writes a gazetteer file. It
// is used by tools/gengeo; Read loads what it writes.
type Builder struct {
	places []Place
	keys   map[string][]uint32 // folded name -> place<<1 | alt
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{keys: make(map[string][]uint32)}
}

// Add adds a place and returns its number for AddName.
func (b *Builder) Add(p Place) (int, error) {
	if _, ok := kindByte(p.Kind); !ok {
		return 0, fmt.Errorf("geo: add %q: unknown kind %q", p.Name, p.Kind)
	}
	if p.Country != "" && len(p.Country) != 2 {
		return 0, fmt.Errorf("geo: add %q: bad country %q", p.Name, p.Country)
	}
	if !(math.Abs(p.Lat) <= 90 && math.Abs(p.Lon) <= 180) { // NaN fails too
		return 0, fmt.Errorf("geo: add %q: bad coordinates %v,%v", p.Name, p.Lat, p.Lon)
	}
	if p.Population < 0 || p.Population > math.MaxUint32 || p.ID < 0 || p.ID > math.MaxInt32 {
		return 0, fmt.Errorf("geo: add %q: id or population out of range", p.Name)
	}
	b.places = append(b.places, p)
	return len(b.places) - 1, nil
}

// AddName indexes place under the folded name, and under the name with
// hyphens as spaces when it has any. alt marks an alternate name, which
// ranks below a place's main names.
func (b *Builder) AddName(place int, name string, alt bool) {
	key := text.Fold(name)
	if key == "" || len(key) > maxKeyLen || place < 0 || place >= len(b.places) {
		return
	}
	e := uint32(place) << 1
	if alt {
		e |= 1
	}
	b.keys[key] = append(b.keys[key], e)
	if strings.Contains(key, "-") {
		spaced := strings.Join(strings.FieldsFunc(key, func(r rune) bool { return r == '-' || r == ' ' }), " ")
		if spaced != "" {
			b.keys[spaced] = append(b.keys[spaced], e)
		}
	}
}

// WriteTo writes the gazetteer as a gzip stream.
func (b *Builder) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, fmt.Errorf("geo: write: %w", err)
	}
	bw := bufio.NewWriter(zw)
	if err := b.encode(bw); err != nil {
		return 0, err
	}
	if err := bw.Flush(); err != nil {
		return cw.n, fmt.Errorf("geo: write: %w", err)
	}
	if err := zw.Close(); err != nil {
		return cw.n, fmt.Errorf("geo: write: %w", err)
	}
	return cw.n, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

type encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) uvarint(v uint64) { e.w.Write(binary.AppendUvarint(e.buf[:0], v)) }
func (e *encoder) varint(v int64)   { e.w.Write(binary.AppendVarint(e.buf[:0], v)) }
func (e *encoder) str(s string)     { e.uvarint(uint64(len(s))); e.w.WriteString(s) }

// encode writes the uncompressed record; bufio keeps the first write error
// for Flush to report. It refuses what the reader would reject.
func (b *Builder) encode(w *bufio.Writer) error {
	feats := sortedSet(b.places, func(p Place) string { return p.Feature })
	isos := sortedSet(b.places, func(p Place) string { return p.Country })
	admins := b.admins()
	if len(feats) > 256 || len(isos) > 256 || len(admins) >= math.MaxUint16 || len(b.places) > math.MaxInt32>>1 {
		return errors.New("geo: write: too many features, countries, regions or places")
	}
	e := &encoder{w: w}
	w.WriteString(magic)
	for _, list := range [][]string{feats, isos} {
		e.uvarint(uint64(len(list)))
		for _, s := range list {
			e.str(s)
		}
	}
	e.uvarint(uint64(len(admins)))
	for _, a := range admins {
		i, _ := slices.BinarySearch(isos, a.country)
		e.uvarint(uint64(i))
		e.str(a.name)
	}
	b.encodePlaces(e, feats, isos, admins)
	b.encodeKeys(e)
	return nil
}

type adminName struct{ country, name string }

func (b *Builder) admins() []adminName {
	seen := make(map[adminName]bool)
	var out []adminName
	for _, p := range b.places {
		a := adminName{p.Country, p.Admin1}
		if p.Admin1 != "" && !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	slices.SortFunc(out, func(x, y adminName) int {
		return cmp.Or(strings.Compare(x.country, y.country), strings.Compare(x.name, y.name))
	})
	return out
}

func sortedSet(places []Place, field func(Place) string) []string {
	set := []string{""}
	for _, p := range places {
		set = append(set, field(p))
	}
	slices.Sort(set)
	return slices.Compact(set)
}

func (b *Builder) encodePlaces(e *encoder, feats, isos []string, admins []adminName) {
	e.uvarint(uint64(len(b.places)))
	for _, p := range b.places {
		k, _ := kindByte(p.Kind)
		e.w.WriteByte(k)
	}
	column := func(v func(p Place) uint64) {
		for _, p := range b.places {
			e.uvarint(v(p))
		}
	}
	column(func(p Place) uint64 { i, _ := slices.BinarySearch(feats, p.Feature); return uint64(i) })
	column(func(p Place) uint64 { i, _ := slices.BinarySearch(isos, p.Country); return uint64(i) })
	column(func(p Place) uint64 {
		if p.Admin1 == "" {
			return 0
		}
		i, _ := slices.BinarySearchFunc(admins, adminName{p.Country, p.Admin1}, func(x, y adminName) int {
			return cmp.Or(strings.Compare(x.country, y.country), strings.Compare(x.name, y.name))
		})
		return uint64(i) + 1
	})
	delta := func(v func(p Place) int64) {
		var prev int64
		for _, p := range b.places {
			x := v(p)
			e.varint(x - prev)
			prev = x
		}
	}
	delta(func(p Place) int64 { return int64(p.ID) })
	delta(func(p Place) int64 { return int64(math.Round(p.Lat * coordScale)) })
	delta(func(p Place) int64 { return int64(math.Round(p.Lon * coordScale)) })
	column(func(p Place) uint64 { return uint64(p.Population) })
	total := 0
	for _, p := range b.places {
		total += len(p.Name)
	}
	e.uvarint(uint64(total))
	for _, p := range b.places {
		e.str(p.Name)
	}
}

func (b *Builder) encodeKeys(e *encoder) {
	keys := make([]string, 0, len(b.keys))
	for k := range b.keys {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e.uvarint(uint64(len(keys)))
	total := 0
	for _, k := range keys {
		total += len(k)
	}
	e.uvarint(uint64(total))
	prev := ""
	for _, k := range keys {
		shared := commonPrefix(prev, k)
		e.uvarint(uint64(shared))
		e.str(k[shared:])
		prev = k
		post := mergePostings(b.keys[k])
		e.uvarint(uint64(len(post)))
		last := -1
		for _, p := range post {
			place := int(p >> 1)
			e.uvarint(uint64(place-last-1)<<1 | uint64(p&1))
			last = place
		}
	}
}

// mergePostings sorts by place and keeps one entry per place, a main-name
// entry winning over an alternate one.
func mergePostings(post []uint32) []uint32 {
	slices.Sort(post)
	out := post[:0]
	for _, p := range post {
		if n := len(out); n > 0 && out[n-1]>>1 == p>>1 {
			out[n-1] &= p
			continue
		}
		out = append(out, p)
	}
	return out
}

func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

var errCorrupt = errors.New("geo: corrupt gazetteer data")

// reader decodes the record; after the first error every method returns
// zero values and err stays set.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail() { r.err, r.b = errCorrupt, nil }

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// count reads a number of items that take at least one byte each, so a
// corrupt count cannot make the reader allocate more than the input.
func (r *reader) count(limit int) int {
	v := r.uvarint()
	if v > uint64(len(r.b)) || v > uint64(limit) {
		r.fail()
		return 0
	}
	return int(v)
}

// index reads a value that must be below n.
func (r *reader) index(n int) int {
	v := r.uvarint()
	if v >= uint64(n) {
		r.fail()
		return 0
	}
	return int(v)
}

func (r *reader) bytes() []byte {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail()
		return nil
	}
	s := r.b[:n]
	r.b = r.b[n:]
	return s
}

func (r *reader) strings(limit int) []string {
	n := r.count(limit)
	out := make([]string, n)
	for i := range out {
		out[i] = string(r.bytes())
		if i > 0 && out[i] <= out[i-1] {
			r.fail()
		}
	}
	return out
}

func decode(raw []byte) (*Gazetteer, error) {
	if !strings.HasPrefix(string(raw), magic) {
		return nil, errCorrupt
	}
	r := &reader{b: raw[len(magic):]}
	g := &Gazetteer{}
	g.feats = r.strings(256)
	g.isos = r.strings(256)
	for _, iso := range g.isos {
		if len(iso) != 0 && len(iso) != 2 {
			r.fail()
		}
	}
	g.admins = make([]admin1, r.count(math.MaxUint16-1))
	for i := range g.admins {
		g.admins[i] = admin1{country: uint8(r.index(len(g.isos))), name: string(r.bytes())}
	}
	g.decodePlaces(r)
	g.decodeKeys(r)
	if r.err == nil && len(r.b) > 0 {
		r.fail()
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(g.feats) == 0 || len(g.isos) == 0 || g.isos[0] != "" {
		return nil, errCorrupt
	}
	g.finish()
	return g, nil
}

func (g *Gazetteer) decodePlaces(r *reader) {
	n := r.count(math.MaxInt32 >> 1)
	g.kind = make([]uint8, n)
	for i := range g.kind {
		g.kind[i] = uint8(r.index(len(kinds)))
	}
	g.feat = make([]uint8, n)
	g.country = make([]uint8, n)
	g.admin = make([]uint16, n)
	for i := range n {
		g.feat[i] = uint8(r.index(len(g.feats)))
	}
	for i := range n {
		g.country[i] = uint8(r.index(len(g.isos)))
	}
	for i := range n {
		g.admin[i] = uint16(r.index(len(g.admins) + 1))
	}
	g.ids = r.deltas(n, 0, math.MaxInt32)
	g.lats = r.deltas(n, -90*coordScale, 90*coordScale)
	g.lons = r.deltas(n, -180*coordScale, 180*coordScale)
	g.pops = make([]uint32, n)
	for i := range g.pops {
		v := r.uvarint()
		if v > math.MaxUint32 {
			r.fail()
		}
		g.pops[i] = uint32(v)
	}
	total := r.count(math.MaxUint32)
	var names strings.Builder
	names.Grow(total)
	g.nameOff = make([]uint32, n+1)
	for i := range n {
		names.Write(r.bytes())
		if names.Len() > total {
			r.fail()
			return
		}
		g.nameOff[i+1] = uint32(names.Len())
	}
	if names.Len() != total {
		r.fail()
	}
	g.names = names.String()
}

// deltas reads n zigzag deltas whose running sums must stay in [lo, hi].
func (r *reader) deltas(n int, lo, hi int64) []int32 {
	out := make([]int32, n)
	var v int64
	for i := range out {
		d := r.varint()
		if d < lo-hi || d > hi-lo {
			r.fail()
			return out
		}
		v += d
		if v < lo || v > hi {
			r.fail()
			return out
		}
		out[i] = int32(v)
	}
	return out
}

func (g *Gazetteer) decodeKeys(r *reader) {
	n := r.count(math.MaxInt32 >> 1)
	g.keyOff = make([]uint32, 1, n+1)
	g.postOff = make([]uint32, 1, n+1)
	// Front coding lets keys outgrow the input, but not by more than the
	// longest key allowed per byte of input.
	total := r.uvarint()
	if total > uint64(maxKeyLen)*uint64(len(r.b)) || total > math.MaxUint32 {
		r.fail()
		return
	}
	g.post = make([]uint32, 0, n+n/4)
	// A strings.Builder hands out its bytes as a string without copying,
	// so the keys are held once.
	var keys strings.Builder
	keys.Grow(int(total))
	prev := 0 // start of the previous key
	for i := 0; i < n && r.err == nil; i++ {
		shared := r.uvarint()
		suffix := r.bytes()
		start := keys.Len()
		if shared > uint64(start-prev) || len(suffix) == 0 || uint64(start+len(suffix))+shared > total {
			r.fail()
			return
		}
		keys.WriteString(keys.String()[prev : prev+int(shared)])
		keys.Write(suffix)
		all := keys.String()
		if i > 0 && all[start:] <= all[prev:start] {
			r.fail()
			return
		}
		prev = start
		g.keyOff = append(g.keyOff, uint32(keys.Len()))
		g.decodePostings(r)
		g.postOff = append(g.postOff, uint32(len(g.post)))
	}
	if uint64(keys.Len()) != total {
		r.fail()
	}
	g.keys = keys.String()
}

func (g *Gazetteer) decodePostings(r *reader) {
	m := r.count(len(g.ids))
	if m == 0 {
		r.fail()
		return
	}
	last := -1
	for range m {
		v := r.uvarint()
		place := uint64(last) + 1 + v>>1
		if v>>1 >= uint64(len(g.ids)) || place >= uint64(len(g.ids)) {
			r.fail()
			return
		}
		last = int(place)
		g.post = append(g.post, uint32(place)<<1|uint32(v&1))
	}
}

// finish builds what the file leaves implicit: postings best first, the
// place of each country, the longest key in words.
func (g *Gazetteer) finish() {
	g.initPrior()
	for i := range len(g.keyOff) - 1 {
		post := g.post[g.postOff[i]:g.postOff[i+1]]
		if len(post) > 1 {
			g.sortPostings(post)
		}
		if w := strings.Count(g.key(i), " ") + 1; w > g.maxWords {
			g.maxWords = w
		}
	}
	g.countryPlace = make([]int32, len(g.isos))
	for i := range g.countryPlace {
		g.countryPlace[i] = -1
	}
	for i, k := range g.kind {
		if kinds[k] == KindCountry && g.countryPlace[g.country[i]] < 0 {
			g.countryPlace[g.country[i]] = int32(i)
		}
	}
}

// sortPostings orders one key's places as Resolve ranks them without
// context.
func (g *Gazetteer) sortPostings(post []uint32) {
	type scored struct {
		e uint32
		s float64
	}
	tmp := make([]scored, len(post))
	for i, e := range post {
		tmp[i] = scored{e, g.score(e, post, &Context{}, 0)}
	}
	slices.SortStableFunc(tmp, func(a, b scored) int { return cmp.Compare(b.s, a.s) })
	for i := range tmp {
		post[i] = tmp[i].e
	}
}
