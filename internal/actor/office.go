package actor

import (
	"cmp"
	"strings"

	"sitrep/internal/ner"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// offices makes organisations of the offices a text names by whoever
// holds them: "Prime Minister Benjamin Netanyahu's office said", "the
// prime minister's office", "Istanbul governor's office". Analysts list
// the office, not the person, as the actor: it speaks for the person, who
// may not have said a word. A head of state's or government's office is
// named by the title ("Prime Minister's Office", of the holder's
// country); a local one by its place and title ("Istanbul Governor's
// Office"); one whose holder has no title the text or lexicon gives by
// the holder's name ("Bola Tinubu's Office").
func (x *doc) offices(home string) {
	sentence, _ := x.countryMentions()
	for k := 2; k < len(x.d.Tokens); k++ {
		if x.d.Lower(k) != "office" || x.tokSpan[k] >= 0 {
			continue
		}
		var first int
		var place, title, country string
		switch {
		case text.Possessive(x.d.Word(k - 1)):
			first, place, title, country = x.holder(k - 2)
		case x.d.Lower(k-1) == "his" || x.d.Lower(k-1) == "her":
			first, title, country = x.pronounHolder(k - 1)
		}
		if title == "" {
			continue
		}
		if country == "" {
			at := x.d.Tokens[first].Start
			country = cmp.Or(x.openingState(first), onlyBefore(sentence[x.d.SentenceOf(k)], at), home)
		}
		if country == "" {
			continue
		}
		name := strings.TrimSpace(place+" "+title) + "'s Office"
		ei := x.officeNamed(name, country)
		if ei < 0 {
			// A prosecutor's office is judicial, any other the
			// government's ("Attorney General" is no general).
			sector := "GOV"
			if x.stateSector(title) == "JUD" {
				sector = "JUD"
			}
			ei = x.entity("office:"+text.Fold(name)+":"+country, report.Entity{Name: name, Kind: report.KindOrganization,
				Code: country + sector, Country: country, Sector: sector, Affiliation: country,
				Role: "office of the " + strings.ToLower(title)})
		}
		e := &x.entities[ei]
		e.Mentions = append(e.Mentions, report.Mention{Evidence: x.evidenceOf(x.withThe(first), k+1),
			Form: report.FormAlias, Code: e.Code, Sentence: x.d.SentenceOf(k)})
	}
}

// officeNamed returns the office of the country that name or its place
// names, or -1: "the governor's office" before or after "the Diyarbakir
// governor's office" is the one office, the Diyarbakir Governor's Office.
func (x *doc) officeNamed(name, country string) int {
	for i := range x.entities {
		e := &x.entities[i]
		if e.Country != country || !strings.HasPrefix(e.Role, "office of") {
			continue
		}
		if strings.HasSuffix(name, " "+e.Name) {
			e.Name = name
		}
		if e.Name == name || strings.HasSuffix(e.Name, " "+name) {
			return i
		}
	}
	return -1
}

// holder reads who holds the office whose possessive ends at token p:
// the first token of the phrase, the place of a local office, the title
// (or the name of a holder the text gives no title) and the country when
// the holder gives it; title is "" when no person or title holds it.
func (x *doc) holder(p int) (first int, place, title, country string) {
	if si := x.tokSpan[p]; si >= 0 {
		sp, ei := x.spans[si], x.uses[si].Entity
		if ei < 0 || x.entities[ei].Kind != report.KindPerson {
			return 0, "", "", ""
		}
		e := x.entities[ei]
		title = cmp.Or(headTitle(e.Role), x.d.Str(x.d.SpanOf(sp.First, sp.End)))
		return x.titleStart(sp.First), "", title, cmp.Or(e.Affiliation, e.Country)
	}
	first = x.titleStart(p + 1)
	if first > p {
		return 0, "", "", ""
	}
	title = titleWords(x.d, first, p+1)
	if si := x.tokSpan[max(first-1, 0)]; first > 0 && si >= 0 && (x.uses[si].Locative || x.spans[si].Label == ner.LOC || x.spans[si].Label == ner.GPE) {
		// "Istanbul governor's office": a local office, of the place's
		// country.
		sp := x.spans[si]
		if c := x.placeCountry(sp.First, sp.End); c != "" {
			return sp.First, x.d.Str(x.d.SpanOf(sp.First, sp.End)), title, c
		}
	}
	return first, "", title, ""
}

// pronounHolder reads who holds the office that the pronoun at token p
// gives an owner ("Prime Minister X ordered an inquiry, his office
// said"): the head of state, government or region named last in its
// sentence or the one before. It returns p, the holder's title and
// country, or a title of "" when none is.
func (x *doc) pronounHolder(p int) (first int, title, country string) {
	s, at := x.d.SentenceOf(p), x.d.Tokens[p].Start
	last, lastAt := -1, -1
	for i := range x.entities {
		e := &x.entities[i]
		if e.Kind != report.KindPerson || headTitle(e.Role) == "" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start < at && m.Sentence >= s-1 && m.Start > lastAt {
				last, lastAt = i, m.Start
			}
		}
	}
	if last < 0 {
		return p, "", ""
	}
	e := x.entities[last]
	return p, headTitle(e.Role), cmp.Or(e.Affiliation, e.Country)
}

// titleStart returns the first of the title words that end right before
// token i: "Prime Minister" before "Benjamin Netanyahu".
func (x *doc) titleStart(i int) int {
	first := i
	for first > 0 && x.tokSpan[first-1] < 0 && x.isRoleWord(x.d.Lower(first-1)) {
		first--
	}
	// "Attorney General": a capitalised word of the title that is no
	// role of its own.
	for first < i && first > 0 && x.tokSpan[first-1] < 0 && x.d.Tokens[first-1].Cap && x.d.Tokens[first-1].Kind == text.Word &&
		!openers[x.d.Lower(first-1)] && first-1 != x.d.Sentences[x.d.SentenceOf(first-1)].First {
		first--
	}
	return first
}

// headTitle returns the title of a head of state, government or region
// that role holds, capitalised ("Prime Minister"), or "".
func headTitle(role string) string {
	r := text.Fold(role)
	for _, t := range headTitles {
		if strings.Contains(r, t) {
			return titleCase(t)
		}
	}
	return ""
}

// headTitles are the titles whose holders have an office of their own,
// longest first.
var headTitles = []string{"vice president", "prime minister", "president", "premier", "chancellor", "governor", "mayor"}

// titleCase capitalises each word of s.
func titleCase(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = text.Capitalize(w)
	}
	return strings.Join(f, " ")
}
