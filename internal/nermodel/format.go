package nermodel

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// magic starts a model file; its last byte is the feature version, which
// changes whenever the features change, since a model only works with the
// features it was trained on.
const magic = "sitrep-ner\x00\x01"

// Bounds of a model file: the table has 1<<bits rows.
const (
	minBits = 10
	maxBits = 24
)

// WriteTo writes m in the model format (see the package comment).
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.DefaultCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriterSize(zw, 1<<16)
	bw.WriteString(magic)
	bw.WriteByte(byte(64 - m.shift))
	bw.WriteByte(nLabels)
	m.table.write(bw)
	if err := bw.Flush(); err != nil {
		return cw.n, fmt.Errorf("write ner model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return cw.n, fmt.Errorf("write ner model: %w", err)
	}
	return cw.n, nil
}

func (tb *table) write(bw *bufio.Writer) {
	writeFloats(bw, []float32{tb.scale, tb.a, tb.b})
	for i := range tb.tr.trans {
		writeFloats(bw, tb.tr.trans[i][:])
	}
	writeFloats(bw, tb.tr.final[:])
	for _, v := range tb.w {
		bw.WriteByte(byte(v))
	}
}

func writeFloats(w *bufio.Writer, fs []float32) {
	for _, f := range fs {
		var b [4]byte
		binary.LittleEndian.PutUint32(b[:], math.Float32bits(f))
		w.Write(b[:])
	}
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

var errFormat = errors.New("not a sitrep NER model of this version")

// decodeModel reads a model written by WriteTo.
func decodeModel(data []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	r := bufio.NewReaderSize(zr, 1<<16)
	head := make([]byte, len(magic)+2)
	if _, err := io.ReadFull(r, head); err != nil || string(head[:len(magic)]) != magic {
		return nil, errFormat
	}
	bits, labels := int(head[len(magic)]), int(head[len(magic)+1])
	if bits < minBits || bits > maxBits || labels != nLabels {
		return nil, errFormat
	}
	var tb table
	if err := tb.read(r, bits); err != nil {
		return nil, err
	}
	return newModel(uint(64-bits), tb)
}

func (tb *table) read(r io.Reader, bits int) error {
	var head [3]float32
	if err := readFloats(r, head[:]); err != nil {
		return err
	}
	tb.scale, tb.a, tb.b = head[0], head[1], head[2]
	for i := range tb.tr.trans {
		if err := readFloats(r, tb.tr.trans[i][:]); err != nil {
			return err
		}
	}
	if err := readFloats(r, tb.tr.final[:]); err != nil {
		return err
	}
	var err error
	tb.w, err = readWeights(r, (1<<bits)*nLabels)
	return err
}

func readFloats(r io.Reader, fs []float32) error {
	b := make([]byte, 4*len(fs))
	if _, err := io.ReadFull(r, b); err != nil {
		return fmt.Errorf("decode: %w", err)
	}
	for i := range fs {
		fs[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return nil
}

// readWeights reads n int8 weights.
func readWeights(r io.Reader, n int) ([]int8, error) {
	w := make([]int8, n)
	buf := make([]byte, 1<<16)
	for i := 0; i < n; {
		k, err := io.ReadFull(r, buf[:min(len(buf), n-i)])
		if err != nil {
			return nil, fmt.Errorf("decode weights: %w", err)
		}
		for j, b := range buf[:k] {
			w[i+j] = int8(b)
		}
		i += k
	}
	return w, nil
}
