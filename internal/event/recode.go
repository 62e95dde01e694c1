package event

import (
	"sitrep/internal/cameo"
	"sitrep/internal/report"
	"sitrep/internal/syntax"
)

// recode turns an event the text only announces or refuses into the
// CAMEO code for that, as CAMEO codes them: "will give aid" is an
// intent to provide aid (033), "threatened to attack" or "wants to
// attack" a threat of force (138), "would not provide support" a
// rejection of cooperation (121). Other events keep their code, and the
// modality says the rest.
func recode(code, modality string, refused bool) string {
	root, sub := cameo.Root(code), code[min(2, len(code)):]
	switch {
	case refused:
		return refuse(root, sub, code)
	case modality == report.ModalityFuture || modality == report.ModalityIntended:
		return intend(root, sub, code)
	}
	return code
}

// intend maps a cooperative event to its intent (03x) and a coercive one
// to its threat (13x).
func intend(root, sub, code string) string {
	switch root {
	case "04":
		return "036"
	case "05":
		return "032"
	case "06":
		return pick(sub, map[string]string{"1": "0311", "2": "0312", "3": "0313", "4": "0314"}, "031")
	case "07":
		return pick(sub, map[string]string{"1": "0331", "2": "0332", "3": "0333", "4": "0334"}, "033")
	case "08":
		return pick(sub, map[string]string{"1": "0351", "2": "0352", "3": "0353", "5": "0354", "6": "0355", "7": "0356"}, "035")
	case "16":
		return "131"
	case "17":
		return "137"
	case "18", "19", "20":
		return "138"
	}
	return code
}

// refuse maps a cooperative event to its rejection (12x).
func refuse(root, sub, code string) string {
	switch root {
	case "03", "05":
		return "120"
	case "04":
		return "125"
	case "06", "07":
		return pick(sub, map[string]string{"1": "1211", "2": "1212"}, "121")
	case "08":
		return pick(sub, map[string]string{"1": "1241", "2": "1242", "3": "1243", "5": "1244", "6": "1245", "7": "1246"}, "124")
	}
	return code
}

// pick returns the code for the first digit of sub, or def.
func pick(sub string, m map[string]string, def string) string {
	if len(sub) > 0 {
		if c, ok := m[sub[:1]]; ok {
			return c
		}
	}
	return def
}

// refusal reports whether the text refuses the verb's event: "would not
// provide", "will not give", "refused to meet".
func (x *doc) refusal(v int) bool {
	if h := x.head(v); h >= 0 && x.syn.Tokens[v].Rel == syntax.Xcomp && refusal[x.lemma(h)] {
		return true
	}
	negated, modal := false, false
	s := x.d.Sentences[x.d.SentenceOf(v)]
	for j := s.First; j < s.End; j++ {
		if x.head(j) != v {
			continue
		}
		w := x.d.Lower(j)
		switch {
		case w == "not" || w == "never":
			negated = true
		case w == "won't" || w == "wouldn't":
			negated, modal = true, true
		case futureAux[w] || hypoAux[w]:
			modal = true
		}
	}
	return negated && modal
}
