package syntax

import "strings"

// UPOS is a Universal Dependencies part-of-speech tag. The zero value is
// NoUPOS, for tokens that were not analysed.
type UPOS uint8

// The 17 universal tags, in the order of the UD documentation.
const (
	NoUPOS UPOS = iota
	ADJ
	ADP
	ADV
	AUX
	CCONJ
	DET
	INTJ
	NOUN
	NUM
	PART
	PRON
	PROPN
	PUNCT
	SCONJ
	SYM
	VERB
	X
)

var uposNames = [...]string{"", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	"PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

func (t UPOS) String() string {
	if int(t) < len(uposNames) {
		return uposNames[t]
	}
	return ""
}

// XPOS is a Penn Treebank tag as used by the English Web Treebank; its
// String is the tag ("NNP", "VBD", "-LRB-").
type XPOS uint8

var xposNames = [...]string{"", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "WP", "WP$", "EX",
	"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "JJ", "JJR", "JJS", "RB", "RBR", "RBS", "WRB",
	"IN", "TO", "RP", "DT", "PDT", "WDT", "CC", "CD", "POS", "UH", "FW", "LS", "SYM", "$", "ADD",
	"AFX", "GW", "NFP", "HYPH", ".", ",", ":", "``", "''", "-LRB-", "-RRB-"}

func (t XPOS) String() string {
	if int(t) < len(xposNames) {
		return xposNames[t]
	}
	return ""
}

// Rel is a dependency relation: the 37 universal relations and the
// English subtypes of UD 2.15 EWT and GUM. String gives the full label
// ("nsubj:pass"); Base drops the subtype.
type Rel uint8

// The relations.
const (
	NoRel Rel = iota
	Acl
	AclRelcl
	Advcl
	AdvclRelcl
	Advmod
	Amod
	Appos
	Aux
	AuxPass
	Case
	Cc
	CcPreconj
	Ccomp
	Clf
	Compound
	CompoundPrt
	Conj
	Cop
	Csubj
	CsubjOuter
	CsubjPass
	Dep
	Det
	DetPredet
	Discourse
	Dislocated
	Expl
	Fixed
	Flat
	Goeswith
	Iobj
	List
	Mark
	Nmod
	NmodDesc
	NmodPoss
	NmodUnmarked
	Nsubj
	NsubjOuter
	NsubjPass
	Nummod
	Obj
	Obl
	OblAgent
	OblUnmarked
	Orphan
	Parataxis
	Punct
	Reparandum
	Root
	Vocative
	Xcomp
	numRels
)

var relNames = [numRels]string{"", "acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "amod",
	"appos", "aux", "aux:pass", "case", "cc", "cc:preconj", "ccomp", "clf", "compound",
	"compound:prt", "conj", "cop", "csubj", "csubj:outer", "csubj:pass", "dep", "det", "det:predet",
	"discourse", "dislocated", "expl", "fixed", "flat", "goeswith", "iobj", "list", "mark", "nmod",
	"nmod:desc", "nmod:poss", "nmod:unmarked", "nsubj", "nsubj:outer", "nsubj:pass", "nummod", "obj",
	"obl", "obl:agent", "obl:unmarked", "orphan", "parataxis", "punct", "reparandum", "root",
	"vocative", "xcomp"}

func (r Rel) String() string {
	if r < numRels {
		return relNames[r]
	}
	return ""
}

// Base returns the universal relation of r ("nsubj" for "nsubj:pass").
func (r Rel) Base() Rel {
	s := r.String()
	if i := strings.IndexByte(s, ':'); i >= 0 {
		return lookupRel(s[:i])
	}
	return r
}

var (
	uposByName = indexOf(uposNames[:])
	xposByName = indexOf(xposNames[:])
	relByName  = indexOf(relNames[:])
)

func indexOf(names []string) map[string]uint8 {
	m := make(map[string]uint8, len(names))
	for i, n := range names {
		if n != "" {
			m[n] = uint8(i)
		}
	}
	return m
}

// lookupRel maps a treebank label to a Rel; an unknown subtype falls back
// to its universal relation, and an unknown relation to Dep.
func lookupRel(s string) Rel {
	if r, ok := relByName[s]; ok {
		return Rel(r)
	}
	if i := strings.IndexByte(s, ':'); i >= 0 {
		return lookupRel(s[:i])
	}
	return Dep
}
