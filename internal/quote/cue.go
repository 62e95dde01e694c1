package quote

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"

	"sitrep/internal/report"
	"sitrep/internal/text"
)

// cue is a reporting verb: its lemma, the stance it gives the speaker and
// whether it takes an audience as object ("told reporters").
type cue struct {
	lemma    string
	stance   string
	audience bool
}

//go:embed cues.tsv
var cuesTSV string

// parseCues reads the reporting-verb table.
func parseCues(src string) (map[string]cue, error) {
	out := map[string]cue{}
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 || !validStance[f[2]] {
			return nil, fmt.Errorf("cues.tsv line %d: want form, lemma, stance: %q", n, line)
		}
		out[f[0]] = cue{lemma: f[1], stance: f[2], audience: len(f) > 3 && f[3] == "a"}
	}
	return out, sc.Err()
}

var validStance = map[string]bool{report.StanceNeutral: true, report.StanceAsserts: true,
	report.StanceConfirms: true, report.StanceDenies: true, report.StanceDisputes: true}

// markCues marks the tokens that are reporting verbs. A form that is also
// a plural noun ("claims", "states", "disputes") is a verb only after a
// subject: a name, a pronoun, a role noun, a document or an adverb, not
// after a possessive or a modifier ("Armenia's claims", "member states").
func (q *doc) markCues() {
	q.cueAt = make([]bool, len(q.d.Tokens))
	for i := range q.d.Tokens {
		w := q.word(i)
		if _, ok := q.x.cues[w]; !ok || q.owner[i] >= 0 || q.capitalised(i) ||
			i > 0 && determiners[q.word(i-1)] && strings.HasSuffix(w, "ed") {
			continue // "the United States", "southwest of Say", "a disputed runoff"
		}
		next := ""
		if i+1 < len(q.d.Tokens) {
			next = q.word(i + 1)
		}
		switch {
		case next == "not" && i+2 < len(q.d.Tokens) && q.word(i+2) == "to":
			// "who asked not to be named" reports nothing.
		case w == "put" || w == "puts":
			// "Organisers put the crowd at more than 2,000": a figure
			// someone gives, not "put pressure on"
			q.cueAt[i] = q.putAt(i)
		case w == "confirm" || w == "verify":
			// Bare forms report only when negated: "could not verify".
			q.cueAt[i] = q.negated(i)
		case nounForms[w]:
			// "the ministry claims", but not "member states seen by Reuters":
			// after a bare role noun only a clause makes it a verb.
			q.cueAt[i] = i > 0 && q.subjectEnd(i-1) && (q.owner[i-1] >= 0 || !q.roleNoun(i-1) || next == "that" || next == ":")
		case w == "calls":
			// "the UN calls for calm", "Toweh, who calls the vote
			// illegal", not "a hotline that takes calls from boats": the
			// noun after a verb
			q.cueAt[i] = i > 0 && (q.subjectEnd(i-1) || relativePronouns[q.word(i-1)])
		case participles[w] && w != "saying":
			// "adding that …", not "adding to the tension"
			q.cueAt[i] = next == "that" || next == ":"
		case namingGerunds[w]:
			// "…, calling the strike an act of aggression", not "a
			// statement calling on Rwanda to withdraw" inside the words
			// of someone else.
			q.cueAt[i] = i > 0 && q.d.Word(i-1) == ","
		case q.reducedRelative(i, next):
			// "in a message posted on Telegram": the message is no speaker
		case next != "" && passiveFrames[w] == next:
			// "two men accused of supplying the group": the verb wants
			// an object before its preposition, so without one it is a
			// passive and its subject is the one accused, not a speaker.
		default:
			q.cueAt[i] = true
		}
	}
}

// putAt reports whether "put" at token i gives a figure: a noun phrase
// and "at" with a number a few words on follow it in its clause ("put the
// death toll at 17", "put the crowd at more than 2,000"), not "put
// pressure on them at the border".
func (q *doc) putAt(i int) bool {
	end := min(len(q.d.Tokens), i+10)
	for k := i + 2; k < end; k++ {
		switch {
		case q.word(k) == "at":
			for n := k + 1; n < len(q.d.Tokens) && n <= k+4 && q.d.Tokens[n].Kind != text.Punct; n++ {
				if q.d.Tokens[n].Kind == text.Number || text.NumberWord(q.word(n)) {
					return true
				}
			}
			return false
		case q.d.Tokens[k].Kind == text.Punct:
			return false
		}
	}
	return false
}

// subjectEnd reports whether token i can end the subject of a verb.
func (q *doc) subjectEnd(i int) bool {
	w := q.word(i)
	return q.owner[i] >= 0 || pronouns[w] || documents[w] || posts[w] || skipBeforeCue[w] || q.roleNoun(i)
}

// namingGerunds name what the speaker of the clause before spoke of.
var namingGerunds = map[string]bool{"calling": true, "describing": true, "branding": true, "labelling": true}

// nounForms are reporting verbs that are also plural nouns.
var nounForms = map[string]bool{"claims": true, "states": true, "notes": true, "disputes": true}

// reducedRelative reports whether the cue at i is a participle after a
// noun with its determiner, read as a passive: "a message posted on
// Telegram", "the statement issued by the army".
func (q *doc) reducedRelative(i int, next string) bool {
	if i < 2 || !strings.HasSuffix(q.word(i), "ed") || !relativePreps[next] {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch w := q.word(k); {
		case determiners[w] || w == "per" || w == "each" || w == "with" || w == "without":
			// "1.8 million pesos per family promised under a programme",
			// "with gendarmerie units posted at the crossroads"
			return k < i-1
		case q.d.Tokens[k].Kind != text.Word || q.d.Tokens[k].Cap || auxiliaries[w] || pronouns[w],
			w == "and" || w == "but" || w == "or": // "condemned the strikes and called on": a verb
			return false
		}
	}
	return false
}

var relativePreps = text.SetOf("on", "in", "by", "via", "to", "at", "from", "through", "under", "online")

// passiveFrames are charges whose active form puts its object before the
// preposition ("accused the army of"), so the preposition right after
// the verb marks a passive.
var passiveFrames = map[string]string{"accused": "of", "blamed": "for", "charged": "with", "condemned": "for",
	"denounced": "for"}

// capitalised reports whether token i is written with a capital inside
// its sentence, out of a headline and not opening a quotation: a name
// ("the town of Say"), not a verb.
func (q *doc) capitalised(i int) bool {
	if !q.d.Tokens[i].Cap || i == q.sentenceFirst(i) || q.d.HasTitle && q.d.Tokens[i].Start < q.d.Title.End {
		return false
	}
	switch q.d.Word(i - 1) {
	case `"`, "“", "‘", "'", "(", ":", "-", "–", "—":
		return false
	}
	return true
}
