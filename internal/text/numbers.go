package text

// The spelled numbers of English, by value: the number parser reads them
// and the tagger's repairs tell a number from a word read as one.
var (
	// NumberOnes covers zero to nineteen, NumberTens the multiples of ten.
	NumberOnes = map[string]float64{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
		"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
		"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	}
	NumberTens = map[string]float64{
		"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	}
	// NumberScales multiply the number before them, spelled or in digits.
	NumberScales = map[string]float64{
		"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "lakh": 1e5, "crore": 1e7,
		"mil": 1e6, "bil": 1e9,
	}
	// NumberGluedScales are the scales written onto the digits: "2.7m",
	// "1.2bn", or after them: "81 K".
	NumberGluedScales = map[string]float64{
		"m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "k": 1e3,
		"mil": 1e6, "bil": 1e9,
	}
	// NumberVague are the plurals that name an unknown count of at least
	// two of their base: "dozens" is 24 or more, "hundreds of thousands"
	// 200,000 or more.
	NumberVague = map[string]float64{
		"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
		"tens": 10,
	}
)

// NumberWord reports whether the lower-case word w spells a number, a
// scale or a vague plural of one: "seven", "thousand", "bn", "dozens".
func NumberWord(w string) bool {
	for _, m := range []map[string]float64{NumberOnes, NumberTens, NumberScales, NumberGluedScales, NumberVague} {
		if _, ok := m[w]; ok {
			return true
		}
	}
	return false
}
