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
//     surname that refers back to a full name, or a role description.
//   - Place: a toponym resolved against the gazetteer (GeoNames id when
//     there is one), with country, coordinates, feature kind and the
//     resolver's confidence. Metonyms of capitals are actors, not places.
//   - Quote, Asset, Figure, Event, Claim and Signal: statements with
//     speakers, force observations, numbers, coded events, propositions
//     with the stances of their holders, and signals about the text itself.
//
// Items refer to each other by ID ("e3", "p1"), never by pointer, so a
// report serialises and merges across documents without cycles.
package report
