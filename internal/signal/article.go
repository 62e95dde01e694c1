package signal

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sound is how a word starts when spoken, which is what picks "a" or "an".
type sound uint8

const (
	soundUnknown sound = iota // either article is in use, or we cannot tell
	soundVowel
	soundConsonant
)

// article returns the indefinite article the sound takes.
func (s sound) article() string {
	switch s {
	case soundVowel:
		return "an"
	case soundConsonant:
		return "a"
	}
	return ""
}

// wordSound guesses the first sound of w from its spelling. Spelling is a
// good guide apart from a few known groups: a silent h ("an hour"), a u or
// eu read as "you" ("a university", "a European"), "one" read with a w
// ("a one-off"), and abbreviations read letter by letter ("an FBI agent",
// "a NATO summit"). Where usage is split ("an historic", "a hotel") or an
// abbreviation may be read either way, it returns soundUnknown.
func wordSound(w string) sound {
	if w == "" {
		return soundUnknown
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
		return soundUnknown
	}
	if readAsLetters(w) {
		return letterSound(w)
	}
	return spelledSound(strings.ToLower(w))
}

// readAsLetters reports whether w is an abbreviation or starts with one:
// "FBI", "U.S.", "MPs", "F-16", "X-ray".
func readAsLetters(w string) bool {
	head, _, _ := strings.Cut(w, "-")
	if strings.Contains(head, ".") {
		return true
	}
	if utf8.RuneCountInString(head) == 1 {
		return true // "X-ray", "e-mail", "U-turn"
	}
	up := 0
	for _, r := range head {
		if !unicode.IsUpper(r) {
			break
		}
		up++
	}
	return up >= 2
}

// letterSound is the sound of an abbreviation: the name of its first letter
// when it is spelled out, or the word's own sound when it is read as a
// word (NATO, NASA). Only F, H, L, M, N, R, S and X make the difference:
// their names start with a vowel ("eff", "aitch").
func letterSound(w string) sound {
	head, _, _ := strings.Cut(w, "-")
	letters := strings.ToUpper(strings.ReplaceAll(head, ".", ""))
	r, _ := utf8.DecodeRuneInString(letters)
	if !strings.ContainsRune("FHLMNRSX", r) {
		switch r {
		case 'A', 'E', 'I', 'O':
			return soundVowel
		}
		return soundConsonant
	}
	switch {
	case strings.Contains(head, ".") || len(letters) <= 2:
		return soundVowel // spelled out: "an M.P.", "an MP"
	case len(letters) == 3 && !isVowelByte(letters[1]):
		return soundVowel // "an NGO", "an FBI"
	case len(letters) >= 4 && isVowelByte(letters[1]):
		return soundConsonant // read as a word: "a NATO", "a NASA", "a SARS"
	}
	return soundUnknown // "SIM", "SUV", "SWAT": either reading is in use
}

// silentH are the words whose h is not sounded, by prefix.
var silentH = []string{"hour", "honest", "honor", "honour", "heir"}

// splitH are the words whose article usage is split ("an historic").
var splitH = []string{"histor", "hotel", "heroi", "habitu", "hypoth", "hysteri", "herb", "homage"}

func spelledSound(w string) sound {
	switch w[0] {
	case 'a', 'i':
		return soundVowel
	case 'e':
		if strings.HasPrefix(w, "eu") || strings.HasPrefix(w, "ewe") {
			return soundConsonant
		}
		return soundVowel
	case 'o':
		if w == "one" || w == "once" || strings.HasPrefix(w, "one-") || strings.HasPrefix(w, "ouija") {
			return soundConsonant
		}
		return soundVowel
	case 'u':
		return uSound(w)
	case 'h':
		switch {
		case hasAnyPrefix(w, silentH):
			return soundVowel
		case hasAnyPrefix(w, splitH):
			return soundUnknown
		}
		return soundConsonant
	}
	if w[0] >= 'b' && w[0] <= 'z' {
		return soundConsonant
	}
	return soundUnknown
}

// uSound reads an initial u: "you" before one consonant and a vowel
// (unit, usual, Uganda, uranium), a vowel otherwise (under, urgent, utter,
// Uzbek), with the negative prefix un- as a vowel (unable, unidentified)
// except in the words from Latin unus (union, unique, unanimous).
func uSound(w string) sound {
	if len(w) < 3 {
		return soundUnknown
	}
	switch {
	case strings.HasPrefix(w, "ukr"), strings.HasPrefix(w, "unanim"):
		return soundConsonant
	case strings.HasPrefix(w, "uni"):
		if len(w) > 3 && strings.IndexByte("nmd", w[3]) >= 0 {
			return soundVowel // uninformed, unimportant, unidentified
		}
		return soundConsonant
	case hasAnyPrefix(w, []string{"un", "up", "um", "ul", "uber"}):
		return soundVowel
	}
	if !isVowelByte(w[1]) && isVowelByte(w[2]) {
		return soundConsonant
	}
	return soundVowel
}

func isVowelByte(c byte) bool { return strings.IndexByte("aeiouAEIOU", c) >= 0 }

func hasAnyPrefix(w string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
