// Package cameo holds the CAMEO event ontology as sitrep codes it: the verb
// pattern dictionary (converted from PETRARCH-2's CAMEO.2.0 dictionary by
// tools/gencameo into a compact form of our own), and the table of event
// codes with their names, QuadClass, Goldstein score and PLOVER type,
// mode and context.
//
// # Verb dictionary
//
// A Dict has verbs and synonym sets. Each verb belongs to a Block, the
// PETRARCH verb block it came from ("--- SEND [---] ---"), and the block's
// patterns refine its code by the words around the verb:
//
//   - * &MILITARY                 [072]   sends troops
//   - * (TO BORDER) POLICE        [153]
//   - $ TROOP * TOWARD +          [154]   $ source, + target
//   - * DELEGATION                [042:043] paired: source visits, target hosts
//
// Elements before the asterisk are read in the verb's subject, those after
// it in its objects and complements. A parenthesised group is a
// prepositional phrase whose first word is the preposition; braces join
// words into one phrase; &NAME is a synonym set; $ and + mark where the
// source and the target sit; ^ marks words that are skipped as actors.
// A code "[072:086]" codes the event and its reverse (target to source);
// "[:173]" only the reverse; "[---]" codes nothing (the pattern only stops
// a wrong match).
//
// CAMEO 2.0 merged verbs into shared blocks and notes after each pattern
// the verb it was written for ("# BREAK"); Pattern.For keeps those verbs.
// A pattern serves every verb of its block, except that a verb with a
// code of its own is not recoded into another root by a pattern written
// for another verb: "beat protesters with batons" stays an assault (182),
// not "break with" (130).
//
// A block with no code of its own falls back to the root most of its
// patterns share (Block.Fallback), except force: CROSS's patterns are
// mostly attacks, but a crossing is none. The project's own blocks
// (data/extra.tsv) may be marked exact, with no fallback, where their
// patterns name the few objects that make the event ("boarded a ship" is
// a seizure, "boarded a plane" is not).
//
// Dictionaries in PETRARCH's own format are read by ParseVerbs, so the
// evaluation can load the fictional PETR.Validate dictionaries that
// PETRARCH's unit tests are written against.
//
// # Codes
//
// Lookup returns what sitrep knows of a CAMEO code. Names and the PLOVER
// conversion come from the PLOVER project's CAMEO2PLOVER table, Goldstein
// scores from the scale published with GDELT (Goldstein 1992), QuadClass
// from the root. The codes table is generated with the dictionary.
package cameo
