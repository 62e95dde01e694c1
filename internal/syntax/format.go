package syntax

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// A model file is a gzip stream of uvarints, zigzag varints, fixed 64-bit
// little-endian hashes and length-prefixed strings, starting with a magic
// string that names the part and the format version. A weight table is
// its bits and class count, the number of non-zero weights, and for each
// the gap from the previous non-zero slot and the int8 value.

var errFormat = errors.New("bad model file")

type encoder struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) uvarint(v uint64) {
	if e.err == nil {
		_, e.err = e.w.Write(binary.AppendUvarint(e.buf[:0], v))
	}
}

func (e *encoder) varint(v int64) {
	if e.err == nil {
		_, e.err = e.w.Write(binary.AppendVarint(e.buf[:0], v))
	}
}

func (e *encoder) u64(v uint64) {
	if e.err == nil {
		_, e.err = e.w.Write(binary.LittleEndian.AppendUint64(e.buf[:0], v))
	}
}

func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

// bytes writes a short list of small numbers.
func (e *encoder) bytes(b []uint8) {
	e.uvarint(uint64(len(b)))
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

func (e *encoder) weights(t *weights) {
	e.uvarint(uint64(t.bits))
	e.uvarint(uint64(t.nclass))
	n := 0
	for _, v := range t.b {
		if v != weightBias {
			n++
		}
	}
	e.uvarint(uint64(n))
	last := 0
	for i, v := range t.b {
		if v != weightBias {
			e.uvarint(uint64(i - last))
			e.varint(int64(v) - weightBias)
			last = i
		}
	}
}

// writeGzip writes a model part to w through gzip.
func writeGzip(w io.Writer, magic string, body func(e *encoder)) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(zw, 1<<16)
	e := &encoder{w: bw}
	e.str(magic)
	body(e)
	if e.err != nil {
		return e.err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

type decoder struct {
	r   *bufio.Reader
	err error
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	d.fail(err)
	return v
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadVarint(d.r)
	d.fail(err)
	return v
}

func (d *decoder) u64() uint64 {
	if d.err != nil {
		return 0
	}
	var b [8]byte
	_, err := io.ReadFull(d.r, b[:])
	d.fail(err)
	return binary.LittleEndian.Uint64(b[:])
}

// count reads a length and checks it against a bound, so a corrupt file
// cannot ask for a huge allocation.
func (d *decoder) count(limit int) int {
	n := d.uvarint()
	if n > uint64(limit) {
		d.fail(errFormat)
		return 0
	}
	return int(n)
}

func (d *decoder) str() string {
	n := d.count(1 << 20)
	if d.err != nil {
		return ""
	}
	b := make([]byte, n)
	_, err := io.ReadFull(d.r, b)
	d.fail(err)
	return string(b)
}

func (d *decoder) bytes(limit int) []uint8 {
	n := d.count(limit)
	if d.err != nil || n == 0 {
		return nil
	}
	b := make([]byte, n)
	_, err := io.ReadFull(d.r, b)
	d.fail(err)
	return b
}

func (d *decoder) weights() *weights {
	bits := d.count(maxTableBits)
	nclass := d.count(maxClasses)
	if d.err != nil || bits < 8 || nclass == 0 {
		d.fail(errFormat)
		return nil
	}
	t := newWeights(uint8(bits), nclass)
	n := d.count(len(t.b))
	i := 0
	for range n {
		i += int(d.uvarint())
		v := d.varint()
		if d.err != nil || i >= len(t.b) || v < math.MinInt8 || v > math.MaxInt8 {
			d.fail(errFormat)
			return nil
		}
		t.set(i, int8(v))
	}
	return t
}

// readGzip reads a model part written by writeGzip.
func readGzip(r io.Reader, magic string, body func(d *decoder)) error {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return err
	}
	defer zr.Close()
	d := &decoder{r: bufio.NewReaderSize(zr, 1<<16)}
	if m := d.str(); d.err == nil && m != magic {
		return fmt.Errorf("%w: want %q, got %q", errFormat, magic, m)
	}
	body(d)
	return d.err
}
