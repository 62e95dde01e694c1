// Package event codes who did what to whom: events in CAMEO and PLOVER,
// read from sitrep's own dependency parse with the CAMEO verb patterns of
// package cameo.
//
// The coder reads the syntax layer of the document (Input.Syntax). For
// each sentence that has an actor and a word that may be a dictionary verb
// or an event noun (Candidates names them, so a caller that parses only
// for events can parse just those), and for every verb:
//
//   - finds the verb in the dictionary, multi-word verbs ("set up", "call
//     off") first;
//   - collects its arguments on the parse: the subject (inherited through
//     "aimed to create" and "and expanded"; "who" stands for the noun it
//     modifies), objects and prepositional phrases; a passive's subject is
//     its target and its "by" phrase its source;
//   - matches the block's patterns: words before the verb against the
//     subject, words after it against the objects and complements, with
//     prepositional groups, synonym sets and the source and target marks.
//     The longest matching pattern wins; with none, the verb's or the
//     block's code applies, or the block's fallback (cameo.Block), and a
//     verb with none codes nothing;
//   - resolves actors: entities of the actor stage (metonyms such as
//     "Moscow" act for their country), agents alone ("police" is COP, or
//     PERCOP in a story about Peru: Input.Focus; its "protesters" PEROPP,
//     its "rebels" PERREB; "Syria's army" SYRMIL, "a Panama-flagged tanker"
//     PANBUS, but "the RSF said its fighters" the RSF), pronouns to the last
//     source or, opening a sentence, to the subject before, and "his
//     country" to the country of the person that the sentence names;
//   - leaves out what reports no event (idiom.go): "asked not to be
//     named", "took office", "linked to", "struggled to", a state the
//     subject stays in ("remained fully engaged"); codes declining
//     comment as such ("declined to comment", "did not respond to a
//     request for comment": 011), and what the dictionary misreads
//     (recode.go): naming with a word of condemnation (111), summoning an
//     envoy (110), taking a country to a court (115);
//   - sets the modality from the verb's auxiliaries, negation and the
//     verbs that govern it: possible ("may be setting up"), intended
//     ("aimed to create"), future, hypothetical ("would"), negated, and
//     denied (the verb is a denial, or the event is its object);
//   - attaches who reports it (the enclosing quote), the place and the
//     date of the sentence, and the evidence: the verb, the sentence.
//
// Event nouns ("the deployment of troops", "Russian airstrikes") code as
// their verbs, with the possessor, a demonym or a "by" phrase as source,
// and light verbs ("carried out airstrikes") lend them their subject.
// Reporting verbs ("Washington said Moscow was expanding...") take the
// subject of what is said as their target when they have no other.
//
// The coder repairs what a parse of news often gets wrong: subjects the
// parser coordinated with their verb ("The US, Russia, and Switzerland
// met"), an actor stranded before its verb by a time word ("Iran today
// threatened"), an "it" taken for an expletive ("it is willing to"). Role
// nouns take the countries of their modifiers and "in" phrases ("lawmakers
// in France and Germany" are FRALEG and DEULEG), and two sectors of one
// country are two actors (GEOOPP fires at GEOGOV). Patterns read through
// a count or a group to what it is of ("dozens of aircraft flew over",
// "a convoy of armoured vehicles"). A transnational group acts as the
// one local branch the story names ("Islamic State" where "Islamic State
// Khorasan Province" is Afghan). Bare "soldiers" or "troops" are of
// the one country the story names them with, else of the force that last
// acted ("Israeli troops pushed into two villages ... Soldiers searched
// homes"). A definite attack noun is the attack of whoever last struck
// or used force ("the strikes had hit a village"); a weapon or attack
// with no attacker named otherwise acts as an unidentified armed force
// (UAF) when the target is known, and force told with no agent at all
// ("Five women were abducted") is the act of whoever used force in the
// sentence before. A headline drops its auxiliaries, so its "seven
// civilians killed" is a passive. An attempt is the act ("attempted to
// assassinate" is 186). Readiness and offers ("said it was ready to send
// a team") are intents, coded 03x as the CAMEO codebook reads them.
//
// Events answer the events before them: condemning "the attack" or "the
// takeover", or calling "it" or "them" a violation, targets the last
// asserted users of force (or, when no one claimed it, its victims), and
// rejecting "the accusation" or "the criticism", or denying involvement, the
// last accuser. A consequence a speaker promises in a quote ("Hezbollah will
// pay the price", "anyone who ... will be dealt with firmly") is a threat
// (130) by the speaker against whoever is to suffer it; so is an answer the
// speaker's side promises ("we will answer fire with fire", "would take all
// necessary measures", "will not remain silent", "our response will be
// painful"), a deed that "will not go unanswered" or "will receive a
// stronger answer", force that "will continue", consequences that "will rest
// with Tehran", and a deed that "will not be tolerated" (against whoever
// commits it, the speaker's own people too). A threat that names no target
// gives way to the same side's threat in its sentence that names one. The
// speaker is the subject of the verb of saying or warning, else the quote's
// speaker, else the actor in the words that name an unnamed one ("a senior
// Moroccan security official"). A threat, or a pledge (03), takes the
// modality of what it promises: "warned that it would respond" is a future
// threat and "pledged to send more police" a future pledge, as the
// analysts of the example articles code 172 of the 194 threats and 36 of
// the 37 pledges whose modality they name (the rest possible or
// hypothetical). A threat whose words name only the threatener's side
// ("warned that Iran's answer would be painful") is against the foreign
// actor named after it in its sentence, or else the last foreign side to
// use force, or the last foreign victims of force, or the last foreign
// side that accused the threatener's. A denial is coded as a rejection
// (120), as the analysts of the examples code every denial of a charge,
// not as denying responsibility (016), which has no PLOVER type. A protest that names no target is against
// the protesters' government (or the country it is "against"), a deployment
// against the foreign country whose ground it faces (at home, against its
// own country: "sent 400 police to Comrat"), force used on places of
// another country against that country (on the attackers' own ground,
// against their own country: a civil war's); forces sent to a place rather
// than to an actor a deployment (154), not the military aid (072) the
// dictionary reads in sending weapons; arrests, seizures and deployments
// with no agent named are the force's that reports them ("the military said
// the men had been detained"), else the story's country's, and an appeal,
// or any other verbal or material act of that country's own actors (aid,
// a concession, a protest, a deployment, a cut in relations, an arrest,
// force), that names no one is addressed to it; the target is shown, not
// remembered as anyone's victims. A party's report that charges
// another side (the quote stage's allegation) is an accusation (112) of that
// side; unnamed "terrorists" or "militants" in a story about one armed group
// are its fighters. A compound subject that agreed, met, exchanged or fought
// did so with each other, not with the place it happened in ("signed a pact
// in Astana"). The dictionary's gaps in news English are filled by the
// project's own verbs and patterns (package cameo, extra.tsv), and its
// PLOVER types amended where PLOVER's coded records read a code otherwise
// (recode.go).
//
// More of the same kind: a curfew, ban,
// state of emergency or violent repression that names no one falls on
// the state's own country; a state's measure told without its doer ("the
// energy ministry said exports would be suspended") is the teller's, and a
// reduction of relations with no target falls on the foreign country its
// object names ("exports to Ecuador"); a time after "by" is no agent
// ("arrested by Sunday evening"); force promised to whoever acts ("those
// responsible will be hunted down") is a threat against the story's
// country; weapons told before that a side shoots down ("52 of the
// drones") are the launcher's; "the group", "the ministry" or "the
// command" refers back to the body of that kind named before it, and "the
// alliance" or "the bloc" to the international body its own sentence named
// by another name ("A NATO spokesperson said the alliance …"); forces
// scrambled, rushed or airlifted with no doer named are deployed by their
// own country; the government a request's words open with is the one
// asked, not the speaker's own ("the U.S. Embassy … urged the government
// to release those detained"); fighters
// "of" a group act for the group, not as unknown attackers; an effort verb
// yields to its complement only when that is a to-infinitive ("fought
// running gunbattles" is a fight, "fought to keep" is not); a state named by its kind alone in a sentence that
// opens in a capital ("In Banjul, the government said") is that capital's;
// forces a count or group noun names ("dozens of riot police were
// deployed") are deployed by their own country's police or army; and a
// condemnation is of the last foreign side to use force, not of the
// speaker's own troops sent since.
//
// Shows of force (posture.go) are coded where the dictionary reads
// something else or nothing: forces of a state that arrive, move in,
// cross into another country's airspace or enter a town in strength, take
// up positions, set up or man checkpoints, step up patrols or reinforce
// posts mobilise (154), and units placed on alert or standby raise their
// alert status (152). Craft whose owner the text does not name ("a
// helicopter circled over the town") are the story's country's only
// while no foreign or unknown side has used force and no one merely
// saw or heard them.
//
// Protests the dictionary reads as something else or not at all
// (protest.go): going or being "on strike" and what people of no state's
// power do "in protest" strike (143) or protest (140), a crowd gathering
// outside a building or returning "to the streets" demonstrates (141),
// and a crowd told by its size alone ("thousands marched") is the story's
// country's protesters.
//
// Aid the dictionary lacks (aid.go): care for the wounded and the
// displaced and relief handed out are humanitarian aid (073), money the
// bereaved will "receive" economic aid (071) from the state that tells
// it, and a government named by its tier ("the state will pay") is the
// story's. Trucks and boats sent are forces only when a word of arms
// names them so, and a craft sent with relief goods ("a C-130 with 15
// tonnes of tents") brings aid (073) to where it lands.
//
// Weapons in flight shot down, downed or intercepted are force (190)
// against whoever launched them (a country the weapons' own words name,
// else the last foreign side to use force), by the story's own forces
// when the text names none ("air defence units shot down 51 of the
// drones"); arms, craft and goods seized are confiscated (1711), not
// ground occupied, and charging someone "with" a crime is legal action
// (173).
//
// Consultations the dictionary reads as statements or lacks (consult.go):
// speaking by telephone or with a side that is no news outlet, raising
// an incident with a side, and being "in contact with" it consult (040).
//
// A state's appeal, demand, charge, rejection, threat or cut in relations
// that names no one is addressed to the other side the story names beside
// it ("Baku demanded a clear explanation", Iran named in the sentence
// before), else to its own country.
//
// An event is told once: a definite noun that refers back to an event of
// the same root, modality and countries ("the shelling", "the attack")
// becomes one of its Mentions instead of an event of its own.
package event
