package gdelt

import "strings"

// actorTypes are the CAMEO role, sector and organisation codes that GDELT
// puts in the Type columns.
var actorTypes = setOf(`COP GOV INS JUD MIL OPP REB SEP SPY UAF
	AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED MOD RAD REF REL PTY
	IGO IMG INT MNC NGM NGO UIS`)

// religions are the CAMEO religion codes, with Phoenix's MUS beside
// CAMEO's MOS for Islam.
var religions = setOf(`ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITJ JAN JEW JHW LDS
	MOS MUS MRN NRM PAG PRO SFI SHI SHN SIK SUN TAO ZRO`)

func setOf(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}

// splitCode fills the columns of a from its CAMEO code, read in parts of
// three: a country first (the actor's own country wins over a religion or
// type that reads the same, as SUN for the Soviet Union), then types,
// religions, a lower-case ethnic code and a known group ("UNO" in
// "IGOUNO"). Parts beyond the columns are left in the code alone.
func splitCode(a *Actor, code, country string) {
	for i := 0; i+3 <= len(code); i += 3 {
		p := code[i : i+3]
		switch {
		case i == 0 && p == country:
			a.CountryCode = p
		case actorTypes[p]:
			fill(p, &a.Type1Code, &a.Type2Code, &a.Type3Code)
		case religions[p]:
			fill(p, &a.Religion1Code, &a.Religion2Code)
		case i == 0 && upper(p):
			a.CountryCode = p
		case strings.ToLower(p) == p:
			fill(p, &a.EthnicCode)
		default:
			fill(p, &a.KnownGroupCode)
		}
	}
}

// fill puts p in the first empty slot.
func fill(p string, slots ...*string) {
	for _, s := range slots {
		if *s == "" {
			*s = p
			return
		}
	}
}

// actorCode reports whether s has the shape of a CAMEO actor code.
func actorCode(s string) bool { return s != "" && len(s)%3 == 0 && alnum(s) }

// eventCodes returns the code, base and root columns of a CAMEO event
// code, padding a root alone ("08" -> "080", CAMEO's "not specified
// below"). The base is the coder's when it is a prefix of the code.
func eventCodes(code, base string) (c, b, r string, ok bool) {
	if !digits(code) || len(code) < 2 || len(code) > 4 {
		return "", "", "", false
	}
	if len(code) == 2 {
		code += "0"
	}
	if len(base) != 3 || !strings.HasPrefix(code, base) {
		base = code[:3]
	}
	root := code[:2]
	if root < "01" || root > "20" {
		return "", "", "", false
	}
	return code, base, root, true
}

// quadOf is the CAMEO quad class of a root code.
func quadOf(root string) int {
	switch {
	case root <= "04":
		return 1
	case root <= "08":
		return 2
	case root <= "13":
		return 3
	}
	return 4
}
