// Package report defines the report model: the one structure that every
// stage of sitrep fills in and every output format renders. It is the
// contract between the reading pipeline, the stores, the API and the
// exports, so its JSON field names are stable.
//
// # Offsets
//
// Every extracted item carries evidence: one or more [Span] values holding
// byte offsets into [Document.Text], half open ([Start, End)). Offsets count
// bytes of the UTF-8 text, as Go strings do, not runes: text[Start:End] is the
// evidence. [Document.Text] is the text after input decoding (HTML reduced to
// its main text, line endings normalised), never a normalised or folded copy.
//
// # Items
//
// A [Document] holds the layers that the pipeline reads out of one article:
//
//   - Entity: an actor (country, person, organisation, armed group, IGO) with
//     its canonical name, kind, CAMEO-style code, role and affiliation, and
//     every mention of it. A mention records its form: a name, an alias, a
//     demonym ("Russian"), a metonym ("Moscow said", "the Kremlin"), a
//     surname that refers back to a full name or a description that refers
//     back to the one body of its kind named just before ("the ministry"),
//     and the actor code of that mention when it differs ("Syrian
//     government" -> SYRGOV).
//   - Place: a toponym resolved against the gazetteer (GeoNames id when
//     there is one), with country, coordinates, feature kind and the
//     resolver's confidence. Metonyms of capitals are actors, not places.
//   - Quote: the words (direct or reported), the speaker (an entity, or the
//     description of an anonymous source), the words that name the speaker
//     here ("He", with the title the text sets before a name: "Interior
//     Minister Paula Ortuzar"), the cue verb, the stance and the
//     audience. The stance is the cue's ("denied": denies), or denies
//     where a neutral cue reports words that deny ("We have never
//     fired"), with the negating word as evidence, or asserts where a
//     neutral report (not a news outlet's) charges someone with force or fault
//     ("militants had shelled the post"), with the charging word as
//     evidence. Fragments are the words inside quotation marks within
//     indirect speech, the speaker's own.
//   - Claim: a proposition keyed by topic and countries
//     ("military_presence|RUS|SYR"), with each holder's stance and the
//     quote that backs it.
//   - Asset: a force observation: kind, model, unit, count with its words
//     and approximate flag, owner, place, status, observer, date.
//   - Figure: casualties with their period, sizes, distances, years.
//   - Time: a date expression, resolved against the publication date.
//   - Event: a coded interaction (CAMEO, PLOVER), filled by the event stage;
//     the nouns that refer back to it ("the attack") are its Mentions, not
//     events of their own.
//   - Signal and Trust: what the text itself says about how far it can be
//     trusted (spun text, scraper debris, wire reprints, missing byline),
//     with evidence, and the summary level.
//
// Items refer to each other by ID ("e3", "p1"), never by pointer, so a
// report serialises and merges across documents without cycles.
package report
