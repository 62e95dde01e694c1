package article

import (
	"bytes"
	"mime"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// sniffLen is how much of the input the binary and format checks look at.
const sniffLen = 8 << 10

// magics are file signatures that can never start a text article.
var magics = []struct {
	prefix string
	what   string
}{
	{"%PDF-", "a PDF file"},
	{"PK\x03\x04", "a ZIP archive"},
	{"PK\x05\x06", "a ZIP archive"},
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"\x7fELF", "an ELF executable"},
	{"\x1f\x8b", "a gzip file"},
}

var (
	bomUTF8    = []byte{0xef, 0xbb, 0xbf}
	bomUTF16LE = []byte{0xff, 0xfe}
	bomUTF16BE = []byte{0xfe, 0xff}
)

// checkBinary refuses inputs that are files of another kind. UTF-16 is let
// through here, since its NUL bytes are text; decode handles it.
func checkBinary(raw []byte) error {
	for _, m := range magics {
		if bytes.HasPrefix(raw, []byte(m.prefix)) {
			return detail(ErrBinary, "input looks like %s, not text", m.what)
		}
	}
	if utf16Order(raw) != nil {
		return nil
	}
	head := raw[:min(len(raw), sniffLen)]
	if bytes.IndexByte(head, 0) >= 0 {
		return detail(ErrBinary, "input looks like binary data (NUL bytes), not text")
	}
	ctrl := 0
	for _, b := range head {
		if isControlByte(b) {
			ctrl++
		}
	}
	// Text has next to no control bytes; compressed or machine data has
	// about one in ten. A stray few are dropped by clean instead.
	if ctrl > 4 && ctrl*50 >= len(head) {
		return detail(ErrBinary, "input looks like binary data (%d control bytes in the first %d), not text", ctrl, len(head))
	}
	return nil
}

// isControlByte reports C0 controls other than the whitespace ones, ESC
// (ANSI colour codes appear in text logs) and DEL.
func isControlByte(b byte) bool {
	switch b {
	case '\t', '\n', '\r', '\f', '\v', 0x1b:
		return false
	}
	return b < 0x20 || b == 0x7f
}

// utf16Order returns the UTF-16 decoder for raw when it starts with a
// UTF-16 BOM, or when it is plainly ASCII text in UTF-16 without one (every
// other byte NUL); otherwise nil.
func utf16Order(raw []byte) *encoding.Decoder {
	switch {
	case bytes.HasPrefix(raw, bomUTF16LE):
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder()
	case bytes.HasPrefix(raw, bomUTF16BE):
		return xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder()
	}
	head := raw[:min(len(raw), sniffLen)&^1]
	if len(head) < 16 {
		return nil
	}
	switch {
	case asciiUTF16(head, 1):
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM).NewDecoder()
	case asciiUTF16(head, 0):
		return xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM).NewDecoder()
	}
	return nil
}

// asciiUTF16 reports whether head is mostly printable ASCII encoded as
// UTF-16, each unit's zero high byte at offset zero of its pair (big
// endian) or one (little endian).
func asciiUTF16(head []byte, zero int) bool {
	ok, half := 0, len(head)/2
	for i := 0; i+1 < len(head); i += 2 {
		hi, lo := head[i+zero], head[i+1-zero]
		if hi == 0 && lo != 0 && !isControlByte(lo) && lo < 0x80 {
			ok++
		}
	}
	return ok*10 >= half*9
}

// decode turns raw bytes into a UTF-8 string. contentType, from an HTTP
// response, may name the charset.
func decode(raw []byte, contentType string) (string, error) {
	if dec := utf16Order(raw); dec != nil {
		out, err := dec.Bytes(raw)
		if err != nil {
			return "", detail(ErrEncoding, "cannot decode UTF-16: %v", err)
		}
		if bytes.IndexByte(out, 0) >= 0 {
			return "", detail(ErrBinary, "input looks like binary data (NUL characters), not text")
		}
		return string(out), nil
	}
	raw = bytes.TrimPrefix(raw, bomUTF8)
	if utf8.Valid(raw) {
		return string(raw), nil
	}
	if enc := declaredCharset(raw, contentType); enc != nil {
		out, err := enc.NewDecoder().Bytes(raw)
		if err == nil {
			return string(out), nil
		}
	}
	if mostlyUTF8(raw) {
		return strings.ToValidUTF8(string(raw), "\uFFFD"), nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		return "", detail(ErrEncoding, "cannot decode as Windows-1252: %v", err)
	}
	return string(out), nil
}

// declaredCharset is the charset an HTTP header or an HTML <meta> names,
// when it is a real one other than UTF-8 (bytes that fail UTF-8 were
// mislabelled, so the fallbacks decide).
func declaredCharset(raw []byte, contentType string) encoding.Encoding {
	label := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		label = params["charset"]
	}
	if label == "" {
		if !looksLikeHTML(string(raw[:min(len(raw), 1024)])) {
			return nil
		}
		_, label, _ = charset.DetermineEncoding(raw, "")
	}
	enc, name := charset.Lookup(label)
	if enc == nil || name == "utf-8" || name == "windows-1252" {
		return nil
	}
	return enc
}

// mostlyUTF8 reports whether invalid UTF-8 is really UTF-8 with a few
// damaged bytes: then re-reading it all as Windows-1252 would garble every
// good multi-byte character to save a few bad ones.
func mostlyUTF8(raw []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			bad++
		case n > 1:
			good++
		}
		i += n
	}
	return good > 2*bad
}

// checkDecoded refuses text of which decoding replaced a quarter or more
// with U+FFFD: it was in an encoding that could not be recognised, and
// what is left would not be worth reading.
func checkDecoded(s string) error {
	bad, total := 0, 0
	for _, r := range s {
		if r == utf8.RuneError {
			bad++
		}
		if !unicode.IsSpace(r) {
			total++
		}
	}
	if bad > 0 && bad*4 >= total {
		return detail(ErrEncoding, "cannot decode text: %d of %d characters are invalid", bad, total)
	}
	return nil
}

// clean normalises decoded text: NFC, "\n" line endings, no control
// characters but tab and newline, no soft hyphens or inner BOMs, and no
// surrounding white space.
func clean(s string) string {
	if needsCleaning(s) {
		var b strings.Builder
		b.Grow(len(s))
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			i += n
			switch {
			case r == '\r':
				b.WriteByte('\n')
				if i < len(s) && s[i] == '\n' {
					i++
				}
			case r == '\f' || r == '\v' || r == '\u2028' || r == '\u2029':
				b.WriteByte('\n')
			case r == '\t' || r == '\n':
				b.WriteRune(r)
			case r == '\u00ad' || r == '\ufeff' || unicode.IsControl(r):
			default:
				b.WriteRune(r)
			}
		}
		s = b.String()
	}
	return strings.TrimSpace(norm.NFC.String(s))
}

// needsCleaning spares the copy for the usual clean input.
func needsCleaning(s string) bool {
	for _, r := range s {
		if r == '\n' || r == '\t' {
			continue
		}
		if r < 0x20 || (r >= 0x7f && r <= 0x9f) || r == '\u00ad' || r == '\ufeff' || r == '\u2028' || r == '\u2029' {
			return true
		}
	}
	return false
}
