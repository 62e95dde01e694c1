// Package lexicon is the actor lexicon of sitrep: countries, international
// organisations, armed groups, other organisations and people, each with a
// CAMEO-style actor code, and the role nouns ("minister", "troops") that
// give an actor its sector.
//
// # Model
//
// An Entry is one actor. Its names are indexed under keys: the phrase folded
// with text.Fold, without a leading "the" (the pipeline strips a leading
// "the" before it looks a span up), so "the Kremlin", "Kremlin" and
// "KREMLIN" all look up "kremlin". Each Hit says which entry a key names
// and in which Form: the canonical name, a formal name ("Russian
// Federation"), an alias, an abbreviation, a demonym ("Russian") or its
// plural ("Russians"), the capital ("Moscow") or a seat of government
// ("Kremlin"). A key may name several entries ("georgia", "ansar allah");
// the pipeline disambiguates, and hits come in priority order: countries
// and hand-curated entries first, and of people with dated offices the
// one whose current office began last ("salva kiir": South Sudan's
// president from 2011 before Sudan's vice-president from 2005).
//
// A Hit with CaseSensitive set matches only where the text writes it in
// capitals: "US" but not "us", "UN" but not "un". Surface holds that form.
//
// Seats and capitals are forms of the country (or organisation) they stand
// for: "White House" is a FormSeat hit on the United States with Sector GOV,
// "Pentagon" one with Sector MIL. Institution marks a seat that names a
// body of its own ("the State Department") rather than the government as a
// whole ("the Kremlin"), and Name is its display form.
//
// People carry dated Roles: a CAMEO code, a title when known, and From/To
// dates as YYYY-MM-DD ("" is open). Roles are ordered most recent first and
// end with the undated ones, which PETRARCH uses as the default when no
// dated role covers a date; Entry.RoleAt applies that rule. A surname alone
// is no key; Surname finds the people with a surname instead.
//
// Agents are role nouns with their CAMEO sector: "troops" MIL, "foreign
// minister" GOV, "spokesman" MED (as PETRARCH codes it), singular and
// plural, each marked when it is a title before a name ("President") and
// when it names people rather than a body ("soldiers", not "army").
//
// # Data format
//
// The generator (tools/genlex) writes gzip'd UTF-8 text, one record a line,
// fields separated by tabs; lines starting with '#' are comments. Records:
//
//	E  id  kind  code  country  iso2  iso3  sector  capital  role  name  roles
//	N  form  flags  key  surface  sector  name
//	A  key  sector  flags
//
// E starts an entry; the N lines after it are its names. roles is a list of
// code|from|to|title joined by ';'. form is one letter: n name, f formal,
// a alias, b abbreviation, d demonym, p demonym plural, c capital, s seat.
// N flags: c case-sensitive, i institution. A is a role noun (agent) with
// flags: p plural, t title, h a person noun, x the code goes before the
// actor's ("NGO~" in PETRARCH). Keys are stored already folded.
package lexicon
