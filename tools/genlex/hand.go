package main

import (
	"strings"
	"unicode"

	"sitrep/internal/lexicon"
	"sitrep/internal/lexicon/phoenix"
)

// handOrgs adds the curated organisations, armed groups and offices of
// hand/orgs.tsv.
func (b *builder) handOrgs(rows [][]string) map[string]*entry {
	byID := map[string]*entry{}
	for _, r := range rows {
		e := b.add(&entry{group: groupHand, hand: true, Entry: lexicon.Entry{Kind: lexicon.Kind(field(r, 0)),
			ID: field(r, 1), Code: field(r, 2), Name: field(r, 3), Role: field(r, 6)}})
		if roles := handRoles(field(r, 5)); len(roles) > 0 {
			e.Code = current(roles)
			e.Roles = rolesOf(roles)
		}
		e.Country, e.Sector = b.countryPrefix(e.Code), b.sectorOf(e.Code)
		byID[e.ID] = e
		b.addName(e, e.Name, lexicon.FormName, nameOpts{curated: true})
		for _, a := range splitList(field(r, 4)) {
			b.addName(e, a, orgForm(a), nameOpts{curated: true})
			if rest, ok := strings.CutPrefix(a, "UN "); ok {
				b.addName(e, "U.N. "+rest, orgForm(a), nameOpts{curated: true}) // wire copy writes U.N.
			}
		}
		for _, n := range e.names {
			if n.Form == lexicon.FormAbbrev {
				b.words.acronyms[strings.ToUpper(n.Key)] = true
			}
		}
		if acronymLike(e.Name) {
			b.words.acronyms[strings.ToUpper(e.Name)] = true
		}
	}
	return byID
}

// handRoles reads "AFGGOV 2021-08-15 -;AFGREB 1994-01-01 2021-08-15".
func handRoles(s string) []phoenix.Code {
	var out []phoenix.Code
	for _, r := range strings.Split(s, ";") {
		f := strings.Fields(r)
		if len(f) != 3 {
			continue
		}
		c := phoenix.Code{Code: f[0], From: f[1], To: f[2]}
		if c.From == "-" {
			c.From = ""
		}
		if c.To == "-" {
			c.To = ""
		}
		out = append(out, c)
	}
	return out
}

// orgForm classifies an alias of an organisation.
func orgForm(name string) lexicon.Form {
	if acronymLike(name) {
		return lexicon.FormAbbrev
	}
	return lexicon.FormAlias
}

// acronymLike reports whether a name is written as an acronym: one word,
// mostly capitals ("NATO", "U.N.", "ISIS-K", "IRGC-QF").
func acronymLike(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	upper, lower := 0, 0
	for _, r := range name {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper >= 2 && lower <= 1
}

// seats adds hand/seats.tsv: names of places that stand for a country's
// government or an organisation, as seat forms of that entry.
func (b *builder) seats(rows [][]string, hand map[string]*entry) {
	for _, r := range rows {
		target := b.country[field(r, 0)]
		if target == nil {
			target = hand[field(r, 0)]
		}
		if target == nil {
			continue
		}
		o := nameOpts{curated: true, seat: true, sector: strings.Trim(field(r, 1), "-"),
			inst: field(r, 2) == "1", display: field(r, 3)}
		for _, a := range append([]string{field(r, 3)}, splitList(field(r, 4))...) {
			b.addName(target, a, lexicon.FormSeat, o)
		}
	}
}

// handPeople adds the leaders of hand/people.tsv as news names them, with
// their office: the Factbook writes "Aleksandr LUKASHENKA" and "Claudia
// SHEINBAUM Pardo", wire copy "Alexander Lukashenko" and "Claudia
// Sheinbaum".
func (b *builder) handPeople(rows [][]string) {
	for _, r := range rows {
		c := b.country[field(r, 0)]
		if c == nil {
			continue
		}
		name := field(r, 1)
		b.leader(c, leader{Name: name, Title: field(r, 3), Since: field(r, 4)}, "")
		e := b.leaderByKey[keyOf(name)]
		for _, a := range splitList(field(r, 2)) {
			b.addName(e, a, lexicon.FormAlias, nameOpts{person: true})
		}
		if until := field(r, 5); until != "" {
			e.Roles[len(e.Roles)-1].To = until
		}
	}
}
