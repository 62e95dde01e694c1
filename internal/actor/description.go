package actor

import (
	"slices"
	"strings"

	"sitrep/internal/report"
	"sitrep/internal/text"
)

// describedBodies adds the definite descriptions that refer back to a
// body as its mentions: "the ministry" after "Chile's Interior Ministry",
// "the group" after "Jund al-Khilafa, a group that …". A description
// names a body when exactly one body of that kind (its name's kind word,
// or its role's head) was named in the sentences just before it.
func (x *doc) describedBodies() {
	for k := 0; k+1 < len(x.d.Tokens); k++ {
		if x.d.Lower(k) != "the" || x.tokSpan[k+1] >= 0 || x.d.Tokens[k+1].Cap && !x.sentenceStart(k) {
			continue
		}
		w, end := x.d.Lower(k+1), k+2
		if kindModifiers[w] && end < len(x.d.Tokens) && x.tokSpan[end] < 0 && !x.d.Tokens[end].Cap {
			w, end = x.d.Lower(end), end+1 // "the coast guard"
		}
		if !descriptionKinds[w] || !x.describesAlone(end) && !x.foldKnownAs(w, end-2) {
			continue
		}
		if ei := x.describedBy(w, k); ei >= 0 {
			s := x.d.SpanOf(k, end)
			x.entities[ei].Mentions = append(x.entities[ei].Mentions, report.Mention{
				Evidence: report.Evidence{Span: report.Span{Start: s.Start, End: s.End}, Text: x.d.Str(s)},
				Form:     report.FormDescription,
				Sentence: x.d.SentenceOf(k),
			})
		}
	}
}

// missionMentions gives a mission the mentions of its parent body that
// name it by its kind before its own name does: "the United Nations
// mission in Afghanistan said" opens a story whose next paragraph says
// "The mission, known as UNAMA". It does so only where the story names
// exactly one mission or force of that body.
func (x *doc) missionMentions() {
	for i := range x.entities {
		e := &x.entities[i]
		if e.Kind != report.KindIGO || !parentBodies[e.Name] {
			continue
		}
		into := x.onlyMission(i)
		if into < 0 {
			continue
		}
		texts := map[string]int{}
		for _, m := range e.Mentions {
			texts[m.Text]++
		}
		kept := e.Mentions[:0]
		for _, m := range e.Mentions {
			_, end := x.d.TokensIn(m.Start, m.End)
			// the parent keeps each of its names once: "the AU mission"
			// alone still names the AU
			if texts[m.Text] > 1 && end+1 < len(x.d.Tokens) &&
				(x.d.Lower(end) == "mission" || x.d.Lower(end) == "peacekeeping" && x.d.Lower(end+1) == "mission") {
				texts[m.Text]--
				x.entities[into].Mentions = append(x.entities[into].Mentions, m)
				x.moveUse(m.Start, i, into)
				continue
			}
			kept = append(kept, m)
		}
		e.Mentions = kept
	}
}

// onlyMission returns the one international body of parent body i's
// family whose role or name says it is a mission or a force, or -1.
func (x *doc) onlyMission(i int) int {
	code, found := x.entities[i].Code, -1
	for j, o := range x.entities {
		role := text.RoleHead(o.Role)
		if j == i || o.Kind != report.KindIGO || parentBodies[o.Name] || len(o.Code) < 6 || !strings.HasPrefix(code, o.Code[:6]) ||
			role != "mission" && role != "force" {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = j
	}
	return found
}

// moveUse hands the use that starts at byte start from entity from to
// entity to.
func (x *doc) moveUse(start, from, to int) {
	for k := range x.uses {
		if u := &x.uses[k]; u.Entity == from && x.d.Tokens[u.Span.First].Start == start {
			u.Entity = to
		}
	}
}

// foldKnownAs reports whether the acronym after "the <kind>, known as"
// names the body the description refers back to, folding it into that
// body where the lexicon does not know it: "Mexico's National Migration
// Institute said ... The institute, known as INM, said" names one body,
// whose English name the acronym does not spell.
func (x *doc) foldKnownAs(w string, k int) bool {
	a := k + 4
	if a < len(x.d.Tokens) && x.d.Lower(a) == "as" {
		a++
	}
	if a >= len(x.d.Tokens) || x.d.Lower(k+3) != "known" && x.d.Lower(k+3) != "called" || x.tokSpan[a] < 0 {
		return false
	}
	si := x.tokSpan[a]
	ai := x.uses[si].Entity
	if sp := x.spans[si]; ai < 0 || sp.First != a || sp.End != a+1 || !x.d.Tokens[a].Upper || !describable(x.entities[ai].Kind) {
		return false
	}
	switch ei := x.describedBy(w, k); {
	case ei < 0:
		return false
	case ei == ai:
		return true // "the council, known as ZRC": the acronym already names it
	case x.entities[ai].Known:
		return false // a body of the lexicon is its own
	default:
		x.fold(ai, ei)
		return true
	}
}

// describesAlone reports whether the description ends before token k: no
// name, "of" or noun goes on after it ("the ministry of defence", "the
// group leaders").
func (x *doc) describesAlone(k int) bool {
	if k >= len(x.d.Tokens) || x.d.SentenceOf(k) != x.d.SentenceOf(k-1) {
		return true
	}
	t := x.d.Tokens[k]
	if t.Kind == text.Punct {
		// "the mission, known as MINUSCA," names the body it describes
		return !(x.d.Word(k) == "," && k+1 < len(x.d.Tokens) && (x.d.Lower(k+1) == "known" || x.d.Lower(k+1) == "called"))
	}
	w := x.d.Lower(k)
	return !t.Cap && (text.Possessive(w) || followers[w])
}

// followers are the words after a description that end it: a verb of
// saying or doing, an auxiliary, a relative pronoun.
var followers = text.SetOf("said", "says", "added", "denied", "rejected", "accused", "urged", "called", "has", "had",
	"have", "is", "was", "were", "would", "will", "could", "did", "does", "which", "that", "who", "also", "in", "on",
	"at", "and", "to", "for", "with", "by", "told", "claimed", "warned", "reported", "confirmed", "dismissed",
	"condemned", "demanded", "appealed", "announced", "declined", "issued", "posted", "wrote", "gave", "estimated")

// descriptionKinds are the nouns a story uses to refer back to a body it
// named: a ministry, a group, a mission.
var descriptionKinds = text.SetOf("ministry", "group", "mission", "council", "agency", "company", "commission",
	"observatory", "movement", "faction", "union", "society", "party", "office", "organisation", "organization",
	"committee", "front", "coalition", "alliance", "militia", "network", "watchdog", "federation", "association",
	"charity", "foundation", "institute", "bank", "firm", "authority", "command", "directorate", "service", "centre",
	"center", "guard", "force", "bureau", "department", "secretariat")

// kindModifiers say which kind of guard or service a description
// means: "the coast guard", "the border guard".
var kindModifiers = text.SetOf("coast", "border")

// describedBy returns the one body of kind w named in its sentence or the
// one before, else in the three sentences before token k, else the one
// named anywhere before it ("The Kano State Police Command said … [four
// paragraphs] … The command said"), or -1 when none or several are.
func (x *doc) describedBy(w string, k int) int {
	s, at := x.d.SentenceOf(k), x.d.Tokens[k].Start
	// From the nearest window out: how many bodies of kind w each names,
	// and the last of them.
	from := [...]int{s - 1, s - 3, 0}
	var last, n [len(from)]int
	for i := range x.entities {
		e := &x.entities[i]
		named := lastNamed(e, at)
		if named < 0 || !describable(e.Kind) || !x.ofKind(e, w) || x.wireCredit(e) {
			continue
		}
		for wi := range from {
			if named >= from[wi] {
				last[wi], n[wi] = i, n[wi]+1
			}
		}
	}
	switch {
	case n[0] == 1:
		return last[0] // "Kataib Hezbollah denied … The group blamed", though Islamic State was named a paragraph up
	case n[1] > 1:
		return -1
	case n[1] == 1:
		return last[1]
	case n[2] == 1:
		return last[2]
	}
	return -1
}

// ofKind reports whether body e is of kind w by its name or its role.
func (x *doc) ofKind(e *report.Entity, w string) bool {
	name := strings.ToLower(e.Name)
	if head, _, ok := strings.Cut(name, " of "); ok && !strings.Contains(head, " ") && head == w {
		return true // "the Directorate of Fisheries … the directorate"
	}
	if nameKind(e.Name) == w || text.LastWord(name) == w {
		return true
	}
	if e.Kind == report.KindArmedGroup && (w == "group" || w == "militia") {
		return true // "the Rapid Support Forces … the group"
	}
	if w != "mission" && slices.ContainsFunc(e.Mentions, func(m report.Mention) bool {
		return m.Form != report.FormDescription && strings.EqualFold(text.LastWord(m.Text), w)
	}) {
		return true // "the U.N. refugee agency … the agency"
	}
	if e.Kind == report.KindIGO {
		// "the EU mission" gives the EU a role its missions share; a
		// mission of the U.N. is "the mission" whether its role calls it
		// a mission or a force ("the U.N. Peacekeeping Force in Cyprus
		// (UNFICYP) ... the mission said")
		role := text.RoleHead(e.Role)
		return w == "mission" && (role == "mission" || role == "force") && !parentBodies[e.Name]
	}
	role, _, _ := strings.Cut(strings.ToLower(e.Role), " of ")
	return role != "" && text.LastWord(role) == w
}

// parentBodies are the international organisations whose missions and
// forces the text names apart.
var parentBodies = map[string]bool{"United Nations": true, "European Union": true, "African Union": true,
	"NATO": true, "OSCE": true}

// lastNamed returns the sentence of the last mention of e that starts
// before byte offset before, or -1.
func lastNamed(e *report.Entity, before int) int {
	last := -1
	for _, m := range e.Mentions {
		if m.Span.Start < before {
			last = max(last, m.Sentence)
		}
	}
	return last
}
