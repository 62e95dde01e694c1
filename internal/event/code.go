package event

import (
	"strconv"
	"strings"

	"sitrep/internal/cameo"
	"sitrep/internal/report"
	"sitrep/internal/syntax"
)

// code builds the events of a clause whose verb may be any of verbs.
func (x *doc) code(si int, cl clause, verbs []*cameo.Verb) {
	m := x.bestPattern(cl, verbs)
	var code cameo.Code
	pattern := ""
	if m != nil {
		code, pattern = m.pattern.Code, m.pattern.Text
	} else {
		code = defaultCode(verbs)
	}
	if code.IsZero() {
		return
	}
	src := x.sources(cl, m)
	tgt := x.targets(cl, m, src)
	if len(tgt) == 0 && statement(code.Fwd) {
		tgt = x.without(x.reportedSubjects(cl.verb), src)
	}
	if len(src) > 0 {
		x.last = src
	}
	// A dyad codes; one actor alone codes only when the words say exactly
	// what happened (a pattern or the verb's own code), not a block's
	// default: "X said" or "X led" alone is no event.
	specific := m != nil || !verbs[0].Code.IsZero()
	material := cameo.QuadClass(code.Fwd) == 4
	if len(src) == 0 && !(cl.passive && material) || len(tgt) == 0 && !specific {
		return
	}
	if intent[x.lemma(cl.verb)] && x.childWith(cl.verb, syntax.Xcomp) >= 0 {
		return // "aimed to create": the infinitive is the event, intended
	}
	if code.Fwd != "" {
		x.emit(si, cl, code.Fwd, src, tgt, pattern)
	}
	if code.Rev != "" {
		x.emit(si, cl, code.Rev, tgt, src, pattern)
	}
}

// defaultCode is the code of the first verb that has one, or of its block.
func defaultCode(verbs []*cameo.Verb) cameo.Code {
	for _, v := range verbs {
		if !v.Code.IsZero() {
			return v.Code
		}
	}
	for _, v := range verbs {
		if !v.Block.Code.IsZero() {
			return v.Block.Code
		}
	}
	return cameo.Code{}
}

// statement reports whether code is a public statement (root 01), which
// says something about its target only when the text names one.
func statement(code string) bool { return cameo.Root(code) == "01" }

// sources returns the actors that do what the clause says.
func (x *doc) sources(cl clause, m *match) []int {
	if m != nil && len(m.sources) > 0 {
		return m.sources
	}
	if cl.passive {
		return x.actorsOf(cl.agent)
	}
	return x.actorsOf(cl.subject)
}

// targets returns the actors the clause acts on: the pattern's, the
// subject of a passive, the object, or a prepositional object.
func (x *doc) targets(cl clause, m *match, src []int) []int {
	if m != nil && len(m.targets) > 0 {
		return x.without(m.targets, src)
	}
	if cl.passive {
		return x.without(x.actorsOf(cl.subject), src)
	}
	if t := x.without(x.actorsOf(cl.object), src); len(t) > 0 {
		return t
	}
	for _, rels := range [][]syntax.Rel{{syntax.Obj}, {syntax.Iobj}} {
		if o := x.childWith(cl.verb, rels...); o >= 0 {
			if t := x.without(x.actorsOf(o), src); len(t) > 0 {
				return t
			}
			if t := x.without(x.prepActors(o, syntax.Nmod), src); len(t) > 0 {
				return t
			}
		}
	}
	return x.without(x.prepActors(cl.verb, syntax.Obl, syntax.Nmod), src)
}

// targetPreps are the prepositions whose objects an event acts on.
var targetPreps = map[string]bool{"to": true, "with": true, "against": true, "on": true, "at": true,
	"into": true, "toward": true, "towards": true, "for": true, "in": true, "from": true, "upon": true}

// prepActors returns the actors of the prepositional dependents of h or
// of the phrases coordinated with it: "arms and equipment to Syria".
func (x *doc) prepActors(h int, rels ...syntax.Rel) []int {
	s := x.d.Sentences[x.d.SentenceOf(h)]
	heads := []int{h}
	for j := s.First; j < s.End; j++ {
		if x.head(j) == h && x.syn.Tokens[j].Rel == syntax.Conj && x.syn.Tokens[j].UPOS != syntax.VERB {
			heads = append(heads, j)
		}
	}
	for _, hh := range heads {
		for j := s.First; j < s.End; j++ {
			if x.head(j) != hh || !hasRel(x.syn.Tokens[j].Rel, rels) || !targetPreps[x.caseOf(j)] {
				continue
			}
			if a := x.actorsOf(j); len(a) > 0 {
				return a
			}
		}
	}
	return nil
}

func hasRel(r syntax.Rel, rels []syntax.Rel) bool {
	for _, x := range rels {
		if r == x {
			return true
		}
	}
	return false
}

// reportedSubjects returns the subjects of what a reporting verb says:
// "Washington said Moscow was expanding" gives Moscow.
func (x *doc) reportedSubjects(v int) []int {
	c := x.childWith(v, syntax.Ccomp)
	if c < 0 {
		return nil
	}
	s := x.childWith(c, syntax.Nsubj, syntax.NsubjPass)
	return x.actorsOf(s)
}

// without drops from as the actors in not, and repeats.
func (x *doc) without(as, not []int) []int {
	var out []int
	for _, a := range as {
		if !containsActor(not, a) && !containsActor(out, a) && !x.sameEntity(a, not) {
			out = append(out, a)
		}
	}
	return out
}

func containsActor(as []int, a int) bool {
	for _, b := range as {
		if a == b {
			return true
		}
	}
	return false
}

// sameEntity reports whether actor a is one of the entities of as.
func (x *doc) sameEntity(a int, as []int) bool {
	e := x.actors[a].Entity
	for _, b := range as {
		if e != "" && x.actors[b].Entity == e {
			return true
		}
	}
	return false
}

// emit adds one event, once per sentence, code and actors.
func (x *doc) emit(si int, cl clause, code string, src, tgt []int, pattern string) {
	if len(src) == 0 && len(tgt) == 0 {
		return
	}
	key := x.key(si, code, src, tgt)
	if x.seen[key] {
		return
	}
	x.seen[key] = true
	info, _ := x.codes.Lookup(code)
	sent := x.d.Sentences[si]
	ev := report.Event{
		Source: x.eventActors(src), Target: x.eventActors(tgt),
		Action: x.evidence(cl.verb, cl.verb+1),
		CAMEO:  code, Base: cameo.Base(code), Root: cameo.Root(code), Name: info.Name,
		QuadClass: cameo.QuadClass(code), Goldstein: info.Goldstein,
		PLOVER: info.PLOVER, Mode: info.Mode, Context: info.Context,
		Pattern: pattern, Sentence: si, Evidence: x.evidence(sent.First, sent.End),
	}
	ev.Modality, ev.Cue = x.modality(cl)
	x.attach(&ev, cl)
	x.events = append(x.events, ev)
}

func (x *doc) key(si int, code string, src, tgt []int) string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(si) + "|" + code)
	for _, a := range src {
		b.WriteString("|" + x.actors[a].Code)
	}
	b.WriteString(">")
	for _, a := range tgt {
		b.WriteString("|" + x.actors[a].Code)
	}
	return b.String()
}

func (x *doc) eventActors(as []int) []report.EventActor {
	out := make([]report.EventActor, 0, len(as))
	for _, a := range as {
		ac := x.actors[a]
		out = append(out, report.EventActor{Evidence: x.evidence(ac.First, ac.End), Entity: ac.Entity,
			Name: ac.Name, Code: ac.Code, Country: ac.Country})
	}
	return out
}

// evidence returns the words of tokens [i, j).
func (x *doc) evidence(i, j int) report.Evidence {
	sp := x.d.SpanOf(i, j)
	return report.Evidence{Span: report.Span{Start: sp.Start, End: sp.End}, Text: x.d.Str(sp)}
}

// attach sets who reports the event, and its place and date.
func (x *doc) attach(ev *report.Event, cl clause) {
	at := ev.Action.Start
	for _, q := range x.in.Quotes {
		if q.Text.Start <= at && at < q.Text.End {
			ev.ReportedBy, ev.Reporter = q.ID, q.SpeakerName
			if q.Stance == report.StanceDenies && ev.Modality == report.ModalityAsserted {
				ev.Modality = report.ModalityDenied
			}
			break
		}
	}
	sent := ev.Evidence.Span
	for _, p := range x.in.Places {
		for _, m := range p.Mentions {
			if m.Start >= sent.Start && m.End <= sent.End && ev.Place == "" {
				ev.Place = p.ID
			}
		}
	}
	for _, t := range x.in.Times {
		if t.Start >= sent.Start && t.End <= sent.End && t.Date != nil {
			d := *t.Date
			ev.Date = &d
			break
		}
	}
}
