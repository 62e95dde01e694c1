// Package gdelt writes and reads the event table of GDELT 2.0: one event per
// line, 61 tab-separated columns in the order of the GDELT 2.0 Event
// codebook (Columns lists them), no header line and no quoting. Free text
// (names, place names, the source URL) loses its tabs and line breaks
// instead of being escaped, as GDELT does.
//
// FromDocument turns the events of a sitrep report into rows:
//
//   - GDELT records dyads, so an event with several sources or targets
//     becomes one row per source-target pair. A pair whose two sides are
//     the same actor is left out, and so is an event with no actor at all.
//   - Only events the text asserts are exported. GDELT has no column for
//     modality, and a row for "did not attack" would say that an attack
//     took place; the PLOVER export keeps every event with its modality.
//   - GLOBALEVENTID is H·10⁷ + i·10³ + j, where H is 10¹¹ plus the FNV-1a
//     hash of the document ID modulo 8·10¹¹, i the index of the event in
//     the document (up to 9999) and j the index of the dyad in the event
//     (up to 999). The same report always gives the same IDs; IDs of
//     different documents differ unless their 12-digit prefixes collide,
//     with a chance of about n²/1.6·10¹² for n documents.
//   - SQLDATE, MonthYear, Year and FractionDate are the event's date when
//     the text gives one, else the publication date, else empty.
//     FractionDate is the year plus the day of the year divided by 365,
//     to four decimals, as GDELT computes it.
//   - DATEADDED (YYYYMMDDHHMMSS, UTC) is the publication time of the
//     document, the closest deterministic stand-in for the time GDELT adds
//     a record; it is empty when the document has no date.
//   - IsRootEvent is 1 for events in the title or the lead paragraph,
//     which is taken to run from the end of the title to the next line
//     break.
//   - NumMentions counts the words of the document that tell the event
//     (sitrep folds "the attack" into the "shelled" it refers back to);
//     NumSources and NumArticles are 1: one document. AvgTone
//     is 0, because sitrep does not measure tone.
//   - Actor codes are split into the country, known group, ethnic,
//     religion and type columns by the CAMEO code lists; the name is
//     written in capitals, as in GDELT.
//   - Geography uses FIPS 10-4 country codes (GEC codes, the list GDELT
//     uses), ADM1 codes made of the FIPS country and the GeoNames admin1
//     code where that is a FIPS code, and GeoNames IDs as FeatureID where
//     GDELT would give a GNS ID. The action geography is the event's
//     place; an actor's geography is its country (type 1), at the place
//     the report gives for that country or else at the country's centroid.
//     ADM2Code stays empty: sitrep has no GAUL codes.
//   - SOURCEURL is the document's URL, or its source (a file path) when it
//     has none.
package gdelt
