// Package plover writes the events of a sitrep report as PLOVER records,
// the JSON event format of the Open Event Data Alliance.
//
// The field names are those of the PLOVER specification that the PLOVER
// gold-standard records (PLOVER_GSR_CAMEO) follow: id, date, source and
// target (lists of actors with actorText, code and sector), event,
// eventText, eventLoc (a GeoNames-style location: geonameid, name,
// latitude, longitude, "country code"), quadCode, eventScale, mode,
// context, text, textInfo (sequence, start, end), url, citation, language
// and coder. Later drafts of the specification rename some of them
// (recipient, actor_text, event_text); this package keeps the names of the
// gold records.
//
// Records are written as JSON Lines, one record per line, which the PLOVER
// manual recommends for event data: files of several documents are then a
// concatenation, and a reader can stream them. Read also accepts one JSON
// array, the form of the gold file.
//
// Compound actors stay lists, as PLOVER records them. Events whose CAMEO
// class PLOVER drops (public statements, appeals) have no PLOVER category
// and are left out. The context, a list in sitrep, is written as one
// comma-separated string, as in the gold records. eventScale is the
// Goldstein score of the CAMEO code; quadCode is PLOVER's own quad
// category of the event. The sentence offsets in textInfo, like every
// offset sitrep writes, count UTF-8 bytes, not characters; textInfo says
// so in its "offsets" field.
//
// Fields that PLOVER does not define are sitrep's additions: document
// (the report ID), cameo (the CAMEO event code), modality (how the text
// commits to the event: asserted, possible, denied…), modalityCue (the
// words that set it), eventSpan (the byte offsets of eventText),
// reportedBy and reporter (the quote that carries the event and its
// speaker); on actors cameo (the full CAMEO actor code), entity (the
// report's entity ID), name and span; on locations place (the report's
// place ID), admin1 and feature.
package plover
