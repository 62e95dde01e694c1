package main

import (
	"slices"
	"strings"

	"sitrep/internal/lexicon"
	"sitrep/internal/lexicon/phoenix"
	"sitrep/internal/text"
)

// leaders adds the chiefs of state and heads of government of the
// Factbook, with their titles and start dates, to the people Phoenix knows
// or as new people. A chief of state "represented by" someone in the
// country (the British king in Canada) is left out, and so is a
// territory's who already leads a country.
func (b *builder) leaders(s *sources) {
	fb := factbookByISO3(s.factbook, s.world)
	leading := map[string]bool{}
	for _, e := range b.entries {
		c := fb[e.ISO3]
		if e.Kind != lexicon.KindCountry || c == nil {
			continue
		}
		indep := b.independent[e.ISO3]
		for _, l := range c.chiefLeaders {
			if strings.Contains(c.Chief, "represented by") {
				break
			}
			if k := keyOf(l.Name); indep || !leading[k] {
				leading[k] = true
				b.leader(e, l, "Chief of state")
			}
		}
		for _, l := range c.headLeaders {
			leading[keyOf(l.Name)] = true
			b.leader(e, l, "Head of government")
		}
	}
}

// leader adds one Factbook leader of country c.
func (b *builder) leader(c *entry, l leader, defaultTitle string) {
	keys := []string{keyOf(l.Name)}
	short := ""
	if !l.Before && len(l.Given) >= 2 && len(l.Surname) > 0 {
		short = l.Given[0] + " " + strings.Join(l.Surname, " ")
		keys = append(keys, keyOf(short))
	}
	code := c.Code + "GOV"
	e := b.leaderByKey[keys[0]]
	if e == nil {
		e = b.findPerson(keys, []phoenix.Code{{Code: code}})
	}
	if e == nil {
		e = b.similarPerson(l.Name, c.Code)
	}
	if e == nil {
		e = b.add(&entry{group: groupPerson, titles: map[string]int{}, Entry: lexicon.Entry{
			ID: "p:" + slug(l.Name), Name: l.Name, Kind: lexicon.KindPerson}})
	}
	for _, n := range []string{l.Name, short} {
		if n != "" && !b.ownedElsewhere(n, e) {
			form := lexicon.FormAlias
			if len(e.names) == 0 {
				form = lexicon.FormName
			}
			b.addName(e, n, form, nameOpts{person: true})
		}
	}
	b.leaderByKey[keys[0]] = e
	title := l.Title
	if title == "" {
		title = defaultTitle
	}
	r := lexicon.Role{Code: code, From: l.Since, Title: title}
	for _, old := range e.Roles {
		if old.Code == r.Code && old.From == r.From && old.To == "" && old.Title == r.Title {
			return
		}
	}
	e.Roles = append(e.Roles, r)
}

// similarPerson finds a person of the country with the same surname and a
// given name spelled alike: the Factbook's "Benyamin Netanyahu" is Phoenix's
// "Benjamin Netanyahu".
func (b *builder) similarPerson(name, country string) *entry {
	w := words(keyOf(name))
	if len(w) < 2 {
		return nil
	}
	for _, x := range b.entries {
		if x.Kind != lexicon.KindPerson || len(x.names) == 0 {
			continue
		}
		xw := words(x.names[0].Key)
		if len(xw) < 2 || xw[len(xw)-1] != w[len(w)-1] || text.EditDistance(xw[0], w[0]) > 2 {
			continue
		}
		for _, r := range x.Roles {
			if codeCountry(r.Code) == country {
				return x
			}
		}
	}
	return nil
}

// finishPeople orders each person's roles, gives the open role its title
// when the aliases agree on one, and sets the current code and title.
func (b *builder) finishPeople() {
	for _, e := range b.entries {
		if e.Kind != lexicon.KindPerson {
			continue
		}
		e.Roles = dedupeRoles(e.Roles)
		sortRoles(e.Roles)
		codes := make([]phoenix.Code, len(e.Roles))
		for i, r := range e.Roles {
			codes[i] = phoenix.Code{Code: r.Code, From: r.From, To: r.To}
		}
		e.Code = current(codes)
		e.Country = b.countryPrefix(e.Code)
		if t := topTitle(e.titles); t != "" {
			for i := range e.Roles {
				if r := &e.Roles[i]; r.Code == e.Code && r.To == "" && r.Title == "" && !strings.HasSuffix(r.Code, "ELI") {
					r.Title = titleCase(t, nil)
					break
				}
			}
		}
		for _, r := range e.Roles {
			if r.Code == e.Code && r.To == "" && r.Title != "" {
				e.Role = r.Title
				break
			}
		}
	}
}

// dedupeRoles drops the roles that another role with a title repeats.
func dedupeRoles(roles []lexicon.Role) []lexicon.Role {
	out := roles[:0:0]
	for _, r := range roles {
		dup := slices.ContainsFunc(out, func(o lexicon.Role) bool {
			return o.Code == r.Code && o.From == r.From && o.To == r.To && (o.Title == r.Title || r.Title == "")
		})
		if !dup {
			out = append(out, r)
		}
	}
	return out
}

// topTitle returns the title the aliases use most, or "" on a tie.
func topTitle(titles map[string]int) string {
	best, n, tie := "", 0, false
	for t, c := range titles {
		switch {
		case c > n:
			best, n, tie = t, c, false
		case c == n:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}
