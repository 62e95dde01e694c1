package quantity

import (
	"math"
	"strings"

	"sitrep/internal/text"
)

// maxDigits caps the integer digits of a number: longer runs are phone
// numbers, identifiers or noise, and past 15 digits a float64 no longer
// holds the value exactly.
const maxDigits = 15

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// parseDigits reads the number at the start of w, written with ASCII digits,
// thousands separators and a decimal mark, and returns its value, the rest
// of w and whether the number part had a fraction. "250,000" and
// "1.000.000" are thousands, "3.5" and "2,5" are decimals; "1,23,4" is not
// a number.
func parseDigits(w string) (v float64, rest string, frac bool, ok bool) {
	end := 0
	for end < len(w) && (isDigit(w[end]) || ((w[end] == ',' || w[end] == '.') && end+1 < len(w) && isDigit(w[end+1]))) {
		end++
	}
	if end == 0 || !isDigit(w[0]) {
		return 0, w, false, false
	}
	num, rest := w[:end], w[end:]
	intPart, fracPart, ok := splitMarks(num)
	if !ok || len(intPart) > maxDigits || len(fracPart) > len(pow10)-1 {
		return 0, w, false, false
	}
	var mant float64
	for i := 0; i < len(intPart); i++ {
		mant = mant*10 + float64(intPart[i]-'0')
	}
	var f float64
	for i := 0; i < len(fracPart); i++ {
		f = f*10 + float64(fracPart[i]-'0')
	}
	v = mant + f/pow10[len(fracPart)]
	return v, rest, fracPart != "", finite(v)
}

// splitMarks returns the integer digits and the fraction digits of a number
// written with separators, or false when the marks do not make a number.
func splitMarks(num string) (intPart, frac string, ok bool) {
	commas, dots := strings.Count(num, ","), strings.Count(num, ".")
	switch {
	case commas == 0 && dots == 0:
		return num, "", true
	case commas == 0 && dots == 1:
		i := strings.IndexByte(num, '.')
		return num[:i], num[i+1:], true
	case commas == 1 && dots == 0 && !grouped(num, ','):
		// A lone comma that does not group thousands is a decimal comma.
		i := strings.IndexByte(num, ',')
		return num[:i], num[i+1:], true
	case dots == 0:
		if !grouped(num, ',') {
			return "", "", false
		}
		return strings.ReplaceAll(num, ",", ""), "", true
	case commas == 0:
		if !grouped(num, '.') {
			return "", "", false
		}
		return strings.ReplaceAll(num, ".", ""), "", true
	}
	// Both marks: the last one is the decimal mark.
	dec := byte('.')
	if strings.LastIndexByte(num, ',') > strings.LastIndexByte(num, '.') {
		dec = ','
	}
	i := strings.LastIndexByte(num, dec)
	head := num[:i]
	sep := byte(',')
	if dec == ',' {
		sep = '.'
	}
	if strings.IndexByte(head, dec) >= 0 || !grouped(head, sep) {
		return "", "", false
	}
	return strings.ReplaceAll(head, string(sep), ""), num[i+1:], true
}

// grouped reports whether sep splits num into a head of one to three
// digits and groups of exactly three.
func grouped(num string, sep byte) bool {
	parts := strings.Split(num, string(sep))
	if len(parts) < 2 || len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) && math.Abs(v) < 1e21 }

// Spelled numbers, as package text lists them: ones covers zero to
// nineteen, tens the multiples of ten, scales multiply the number before
// them, gluedScales are written onto the digits ("2.7m"), and vague
// plurals name an unknown count of at least two of their base.
var ones, tens, scales, gluedScales, vague = text.NumberOnes, text.NumberTens, text.NumberScales,
	text.NumberGluedScales, text.NumberVague

// spelledValue returns the value of one spelled token, including the
// hyphenated "twenty-five".
func spelledValue(w string) (float64, bool) {
	if v, ok := text.Lookup(ones, w); ok {
		return v, true
	}
	if v, ok := text.Lookup(tens, w); ok {
		return v, true
	}
	t, u, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	tv, ok1 := text.Lookup(tens, t)
	uv, ok2 := text.Lookup(ones, u)
	if !ok1 || !ok2 || uv == 0 || uv > 9 {
		return 0, false
	}
	return tv + uv, true
}
