package equipment

import (
	"strings"

	"sitrep/internal/text"
)

// statusCues map the verbs around a mention to its status. Two-word cues
// are keyed by their words joined with a space.
var statusCues = map[string]string{
	"destroyed": StatusDestroyed, "destroy": StatusDestroyed, "destroys": StatusDestroyed,
	"destroying": StatusDestroyed, "downed": StatusDestroyed, "downing": StatusDestroyed,
	"intercepted": StatusDestroyed, "intercept": StatusDestroyed, "intercepts": StatusDestroyed,
	"intercepting": StatusDestroyed, "shot down": StatusDestroyed, "shoot down": StatusDestroyed,
	"shoots down": StatusDestroyed, "shooting down": StatusDestroyed, "knocked out": StatusDestroyed,
	"wiped out": StatusDestroyed, "took out": StatusDestroyed, "taken out": StatusDestroyed,
	"eliminated": StatusDestroyed, "neutralised": StatusDestroyed, "neutralized": StatusDestroyed,
	"sank": StatusDestroyed, "sunk": StatusDestroyed, "lost": StatusDestroyed, "crashed": StatusDestroyed,
	"obliterated": StatusDestroyed, "burned": StatusDestroyed, "burnt": StatusDestroyed,
	"torched": StatusDestroyed, "dismantled": StatusDestroyed, "brought down": StatusDestroyed, "burning": StatusDestroyed,
	"came down": StatusDestroyed, "come down": StatusDestroyed, "comes down": StatusDestroyed, "went down": StatusDestroyed,
	"set ablaze": StatusDestroyed, "set alight": StatusDestroyed, "wrecked": StatusDestroyed, "charred": StatusDestroyed, "gutted": StatusDestroyed,
	"bring down": StatusDestroyed, "brings down": StatusDestroyed, "bringing down": StatusDestroyed,
	"damaged": StatusDamaged, "damage": StatusDamaged, "damages": StatusDamaged, "damaging": StatusDamaged,
	"hit": StatusDamaged, "hits": StatusDamaged, "hitting": StatusDamaged, "struck": StatusDamaged,
	"disabled": StatusDamaged, "ripped": StatusDamaged, "tore": StatusDamaged,
	"fired": StatusFired, "fire": StatusFired, "fires": StatusFired, "firing": StatusFired,
	"launched": StatusFired, "launch": StatusFired, "launches": StatusFired, "launching": StatusFired,
	"unleashed": StatusFired, "dropped": StatusFired, "drop": StatusFired, "drops": StatusFired,
	"dropping": StatusFired, "threw": StatusFired, "thrown": StatusFired, "throw": StatusFired,
	"throwing": StatusFired, "hurled": StatusFired, "hurling": StatusFired, "lobbed": StatusFired,
	"detonated": StatusFired, "detonate": StatusFired, "detonating": StatusFired, "set off": StatusFired,
	"exploded": StatusFired, "explode": StatusFired, "explodes": StatusFired, "exploding": StatusFired,
	"went off": StatusFired, "blew up": StatusFired, "landed": StatusFired, "fell": StatusFired,
	"slammed": StatusFired, "released": StatusFired,
	"delivered": StatusDelivered, "deliver": StatusDelivered, "delivers": StatusDelivered,
	"delivering": StatusDelivered, "supplied": StatusDelivered, "supply": StatusDelivered,
	"supplies": StatusDelivered, "supplying": StatusDelivered, "sent": StatusDelivered, "send": StatusDelivered,
	"sends": StatusDelivered, "sending": StatusDelivered, "shipped": StatusDelivered,
	"transferred": StatusDelivered, "transfer": StatusDelivered, "provided": StatusDelivered,
	"provide": StatusDelivered, "provides": StatusDelivered, "providing": StatusDelivered,
	"gave": StatusDelivered, "give": StatusDelivered, "donated": StatusDelivered, "donate": StatusDelivered,
	"handed over": StatusDelivered, "received": StatusDelivered, "sold": StatusDelivered, "sell": StatusDelivered,
	"pledged": StatusPlanned, "pledge": StatusPlanned, "promised": StatusPlanned, "promise": StatusPlanned,
	"approved": StatusPlanned, "ordered": StatusPlanned, "agreed": StatusPlanned, "order": StatusPlanned,
	"orders": StatusPlanned, "bought": StatusPlanned, "buy": StatusPlanned, "buys": StatusPlanned,
	"buying": StatusPlanned, "purchased": StatusPlanned, "purchase": StatusPlanned, "procured": StatusPlanned,
	"procure": StatusPlanned,
	"seized":  StatusSeized, "seize": StatusSeized, "seizes": StatusSeized, "seizing": StatusSeized,
	"captured": StatusSeized, "capture": StatusSeized, "captures": StatusSeized, "capturing": StatusSeized,
	"commandeered": StatusSeized, "looted": StatusSeized, "took control": StatusSeized, "confiscated": StatusSeized, "stripped": StatusSeized,
	"carried off": StatusSeized, "carted off": StatusSeized, "stole": StatusSeized, "stolen": StatusSeized,
	"caught with": StatusSeized,
	"confiscate":  StatusSeized, "impounded": StatusSeized, "recovered": StatusSeized, "found": StatusSeized,
	"discovered": StatusSeized, "uncovered": StatusSeized, "recover": StatusSeized, "recovers": StatusSeized,
	"recovering": StatusSeized, "took": StatusSeized, "taken": StatusSeized, "collected": StatusSeized,
	"observed": StatusPresent, "spotted": StatusPresent, "seen": StatusPresent, "saw": StatusPresent, "deployed": StatusPresent,
	"deploy": StatusPresent, "deploys": StatusPresent, "deploying": StatusPresent, "stationed": StatusPresent,
	"positioned": StatusPresent, "based": StatusPresent, "parked": StatusPresent, "arrived": StatusPresent,
	"present": StatusPresent, "sighted": StatusPresent, "photographed": StatusPresent, "massing": StatusPresent,
	"amassed": StatusPresent, "arrive": StatusPresent, "arrives": StatusPresent, "arriving": StatusPresent,
	"station": StatusPresent, "stations": StatusPresent, "stationing": StatusPresent, "moored": StatusPresent,
	"docked": StatusPresent, "carried": StatusPresent, "carrying": StatusPresent, "armed with": StatusPresent,
	"wielding": StatusPresent, "brandishing": StatusPresent,
	"withdrawn": StatusAbsent, "withdrew": StatusAbsent, "pulled out": StatusAbsent,
}

// falls are the verbs of "came down" and "went down", which a munition
// does when it lands.
var falls = text.SetOf("came", "come", "comes", "went")

// statusRank orders the statuses when several cues reach a mention: what
// happened to the thing outranks how it got there.
var statusRank = map[string]int{
	StatusAbsent: 7, StatusDestroyed: 6, StatusDamaged: 5, StatusSeized: 4, StatusPlanned: 3,
	StatusDelivered: 2, StatusFired: 1, StatusPresent: 0,
}

// modals before a delivery or launch make it planned: "would deliver",
// "plans to send", "will fire".
var modals = map[string]bool{
	"would": true, "will": true, "could": true, "may": true, "might": true, "plans": true, "planned": true,
	"plan": true, "pledged": true, "promised": true, "intends": true, "'ll": true, "shall": true,
	"expected": true, "going": true, "agreed": true, "offered": true, "wants": true, "hopes": true,
	"considering": true, "prepared": true, "ready": true,
}

// deals are the nouns whose "for" or "of" phrase names what is ordered,
// not yet delivered: "a contract for 140 tanks", "the purchase of jets".
var deals = map[string]bool{"contract": true, "contracts": true, "deal": true, "deals": true,
	"order": true, "orders": true, "purchase": true, "purchases": true, "procurement": true,
	"sale": true, "sales": true, "agreement": true}

// dealBefore returns the deal noun whose "for" or "of" phrase starts at
// token k, within six tokens before it and its clause ("signed a contract
// with South Korea on Tuesday for 140 tanks"), or -1.
func dealBefore(d *text.Doc, cues *cueCache, k, first int) int {
	if w := d.Lower(k); w != "for" && w != "of" {
		return -1
	}
	for j := k - 1; j >= first && j >= k-6; j-- {
		if deals[d.Lower(j)] {
			return j
		}
		if ci := cues.at(j); ci.flags&fStopBefore != 0 || ci.status != 0 {
			return -1
		}
	}
	return -1
}

// CueStatus returns the status a cue word says ("deliver" delivered,
// "downed" destroyed), or "" for a word that is no cue.
func CueStatus(word string) string {
	st, _ := text.Lookup(statusCues, word)
	return st
}

// future modals right after a mention make it planned: "two F-35s will
// join the drills".
var future = map[string]bool{"will": true, "would": true, "shall": true, "'ll": true}

// prepositions between a verb and a mention make the mention something
// other than the verb's object: "launched from Su-34 jets", "fired at two
// tanks". "with" and "using" name an instrument instead.
var prepositions = map[string]bool{
	"from": true, "by": true, "at": true, "against": true, "on": true, "onto": true, "towards": true,
	"toward": true, "into": true, "over": true, "to": true, "across": true, "near": true, "in": true,
	"for": true, "around": true, "off": true, "inside": true, "outside": true, "within": true, "through": true,
	"via": true, "aboard": true, "with": true, "using": true, "used": true, "use": true, "uses": true,
	"employed": true,
}

// instruments introduce what a verb was carried out with.
var instruments = map[string]bool{"with": true, "using": true, "used": true, "use": true, "uses": true,
	"employed": true}

// attacks are the verbs whose instrument is fired: "attacked Kharkiv with
// three Iskander-M missiles".
var attacks = map[string]bool{
	"attacked": true, "attack": true, "attacks": true, "attacking": true, "struck": true, "strike": true,
	"strikes": true, "striking": true, "hit": true, "hits": true, "hitting": true, "targeted": true,
	"targeting": true, "targets": true, "shelled": true, "shelling": true, "bombarded": true, "pounded": true,
	"pounding": true, "bombed": true, "raided": true, "assaulted": true, "damaged": true, "destroyed": true,
	"fire": true, "fired": true, "firing": true, "killed": true, "shot": true, "fought": true, "fighting": true,
}

// objectOnly cues tell what happened to a thing only as the verb's
// object: "the attackers took 20 rifles", not "the wounded were taken to
// hospital".
var objectOnly = map[string]bool{"took": true, "taken": true}

// shoots are the verbs whose object or instrument, a weapon, was fired:
// "fired a pistol", "opened fire with a machine gun".
var shoots = map[string]bool{"fire": true, "fired": true, "fires": true, "firing": true}

// weapons are the kinds that fire rather than are fired: the object of
// "fired" was used, not merely there.
var weapons = map[string]bool{"small_arms": true, "artillery": true, "mortar": true, "mlrs": true,
	"anti_tank": true}

// relatives open a relative clause after a mention: what it says there
// ("a tank that later withdrew") yields to a verb before the mention.
var relatives = map[string]bool{"that": true, "which": true, "who": true, "whose": true}

// objectStarters begin the object of an active verb: "jets struck what it
// called launch sites", "aircraft destroyed a rocket launcher".
var objectStarters = map[string]bool{
	"a": true, "an": true, "the": true, "what": true, "its": true, "their": true, "his": true, "her": true,
	"several": true, "dozens": true, "some": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true, "one": true, "another": true,
	"more": true, "many": true, "all": true, "both": true, "this": true, "these": true, "those": true,
}

// stopBefore and stopAfter end the search for a cue at a clause boundary.
var (
	stopBefore = map[string]bool{
		";": true, ":": true, "but": true, "while": true, "whereas": true, "because": true, "said": true,
		"says": true, "told": true, "added": true, "according": true, "when": true, "after": true,
		"saying": true, "claiming": true, "adding": true, "stating": true,
		"before": true, "although": true, "“": true, "”": true, "\"": true,
	}
	stopAfter = map[string]bool{
		";": true, ":": true, ",": true, "and": true, "or": true, "but": true, "while": true, "whereas": true,
		"because": true, "said": true, "says": true, "told": true, "when": true, "after": true, "“": true,
		"”": true, "\"": true, "(": true,
	}
)

// Flags of a word in a status search.
const (
	fStopBefore uint16 = 1 << iota
	fStopAfter
	fPassive
	fModal
	fFuture
	fPrep
	fInstrument
	fAttack
	fRelative
	fObject
	fObjectOnly
	fKnown
)

// cueWord is what a word can do in a status search: the cue it is, the
// two-word cues it starts, and its flags. One table keeps the search at
// one lookup a token.
type cueWord struct {
	status string
	pairs  map[string]string
	flags  uint16
}

var cueWords = func() map[string]*cueWord {
	m := map[string]*cueWord{}
	get := func(w string) *cueWord {
		if m[w] == nil {
			m[w] = &cueWord{}
		}
		return m[w]
	}
	for k, st := range statusCues {
		first, second, ok := strings.Cut(k, " ")
		if !ok {
			get(k).status = st
			continue
		}
		cw := get(first)
		if cw.pairs == nil {
			cw.pairs = map[string]string{}
		}
		cw.pairs[second] = st
	}
	for _, f := range []struct {
		set  map[string]bool
		flag uint16
	}{{stopBefore, fStopBefore}, {stopAfter, fStopAfter}, {passiveAux, fPassive}, {modals, fModal},
		{future, fFuture}, {prepositions, fPrep}, {instruments, fInstrument}, {attacks, fAttack},
		{relatives, fRelative}, {objectStarters, fObject}, {objectOnly, fObjectOnly}} {
		for w := range f.set {
			get(w).flags |= f.flag
		}
	}
	return m
}()

var cueFilter = text.NewWordFilter(cueWords)

// cueInfo is a token's part in a status search.
type cueInfo struct {
	status uint8 // index in statusNames of the cue that starts here, 0 if none
	words  uint8 // the words of the cue
	flags  uint16
}

// statusNames number the statuses for the compact cue cache.
var statusNames = []string{"", StatusPresent, StatusAbsent, StatusFired, StatusDestroyed, StatusDamaged,
	StatusDelivered, StatusPlanned, StatusSeized}

func statusIndex(st string) uint8 {
	for i, n := range statusNames {
		if n == st {
			return uint8(i)
		}
	}
	return 0
}

// cueCache classifies each token once, on demand: windows around
// neighbouring mentions overlap.
type cueCache struct {
	d    *text.Doc
	info []cueInfo
}

func newCueCache(d *text.Doc) *cueCache {
	return &cueCache{d: d, info: make([]cueInfo, len(d.Tokens))}
}

func (cc *cueCache) at(k int) cueInfo {
	ci := &cc.info[k]
	if ci.flags&fKnown != 0 {
		return *ci
	}
	ci.flags = fKnown
	d := cc.d
	w := d.Word(k)
	if !cueFilter.MayHave(w) {
		return *ci
	}
	cw, ok := text.Lookup(cueWords, w)
	if !ok {
		return *ci
	}
	ci.flags |= cw.flags
	if cw.pairs != nil && k+1 < len(d.Tokens) && d.SentenceOf(k+1) == d.SentenceOf(k) {
		if st, ok := text.Lookup(cw.pairs, d.Word(k+1)); ok {
			ci.status, ci.words = statusIndex(st), 2
			return *ci
		}
	}
	if cw.status != "" {
		ci.status, ci.words = statusIndex(cw.status), 1
	}
	return *ci
}

// status finds the cue that says what happened to the candidate: within
// eight tokens before it or six after it, in its clause, the highest
// ranked, the nearest among equals. A verb before the mention governs it
// as its object, so a preposition in between ends the search ("launched
// from Su-34 jets"), except an instrument after an attack ("attacked the
// city with three missiles": the missiles were fired). With a verb before
// it, a cue after the mention counts only in the passive ("tanks that
// were destroyed"), not in a participle or a relative clause that tells
// its history ("11 HIMARS ordered in 2022", "a tank that later withdrew").
func status(d *text.Doc, c *Candidate, cues *cueCache) {
	if c.Status == StatusAbsent {
		return
	}
	c.Status = StatusPresent
	if c.Sentence < 0 {
		return
	}
	s := d.Sentences[c.Sentence]
	best, bestDist := -1, 0
	// borne says the mention is the load of a carrier the cue governs.
	borne := false
	// used says the cue fires the weapon it governs: "fired a pistol".
	try := func(st string, first, end, dist int, used bool) {
		if borne && !sharesFate(st) {
			return
		}
		if st == StatusDestroyed && strings.HasPrefix(d.Lower(first), "intercept") && stopped[c.Mention.Kind] {
			st = StatusSeized // "intercepted a wooden pirogue": stopped and held, not shot down
		}
		if st == StatusDestroyed && Spent(c.Mention) && end-first == 2 && falls[d.Lower(first)] {
			st = StatusFired // "the missile came down in the sea": it landed; "the helicopter came down": it crashed
		}
		if st == StatusFired && !Spent(c.Mention) && !(used && weapons[c.Mention.Kind]) {
			return // "jets fired missiles": the jets were there
		}
		r := statusRank[st]
		if best < 0 || r > best || r == best && dist < bestDist {
			best, bestDist = r, dist
			c.Status, c.CueFirst, c.CueEnd = st, first, end
		}
	}
	for k := c.First - 1; k >= s.First && k >= c.First-8; k-- {
		ci := cues.at(k)
		if ci.flags&fStopBefore != 0 || clauseOpeners[d.Lower(k)] && k > s.First && (d.Lower(k-1) == "and" || d.Word(k-1) == ",") {
			break // "..., and that two jets had joined": a clause of its own
		}
		if end := k + int(ci.words); ci.status != 0 && end <= c.First && !nounModifier(d, k, end) && governs(cues, ci, end, c.First) {
			// The nearest verb governs: "destroyed five vehicles and
			// damaged a tank".
			try(planned(cues, statusNames[ci.status], k, s.First), k, end, c.First-end, shoots[d.Lower(k)])
			if best >= 0 {
				break
			}
		}
		if ci.flags&fPrep != 0 {
			if ci.flags&fInstrument != 0 && (d.Lower(k) != "with" || attackBefore(cues, k, s.First) && !fitted(d, k)) {
				try(StatusFired, k, k+1, c.First-k-1, true)
			}
			if d.Lower(k) == "from" && (firedBefore(cues, k, s.First) || k > s.First && shots[d.Lower(k-1)]) {
				// "fired 260 rounds from K9 howitzers", "60 rounds from
				// 120 mm mortars hit the positions"
				try(StatusFired, k, k+1, c.First-k-1, true)
			}
			if k-2 >= s.First && d.Lower(k) == "to" && d.Lower(k-1) == "fire" && d.Lower(k-2) == "set" {
				try(StatusDestroyed, k-2, k+1, c.First-k-1, false) // "set fire to two armoured vehicles"
			}
			if j := dealBefore(d, cues, k, s.First); j >= 0 {
				try(StatusPlanned, j, j+1, c.First-j-1, false) // "a contract for 140 tanks" orders them
			}
			if k > s.First && cues.at(k-1).words == 2 {
				continue // the preposition ends a cue of two words: "armed with rifles"
			}
			if fitted(d, k) {
				// "seized a pickup truck fitted with a gun": a load
				// shares the carrier's seizure or delivery
				borne = true
				k--
				continue
			}
			break
		}
	}
	before := best >= 0
	borne = false // what the load itself does after it is its own
	passive, relative := false, false
	for k := c.End; k < s.End && k < c.End+6 && !fitted(d, c.First-1); k++ {
		ci := cues.at(k)
		if ci.flags&fStopAfter != 0 && !(d.Lower(k) == "and" && k+1 < s.End && cues.at(k+1).status != 0) {
			break // "drones evaded the defences and hit a depot" goes on
		}
		passive = passive || ci.flags&fPassive != 0
		relative = relative || ci.flags&fRelative != 0
		if k == c.End && ci.flags&fFuture != 0 && !before && k+1 < s.End && d.Lower(k+1) != "be" {
			try(StatusPlanned, k, k+1, 0, false) // "two F-35s will join", not "the weapons would be inventoried"
		}
		if ci.status == 0 || ci.flags&fObjectOnly != 0 || before && (!passive || relative) ||
			nounModifier(d, k, k+int(ci.words)) {
			continue
		}
		if st, ok := agentOrPatient(c, cues, statusNames[ci.status], k, passive); ok {
			try(planned(cues, st, k, c.End), k, k+int(ci.words), k-c.End, false)
		}
	}
	if c.CueFirst >= 0 {
		c.Cue = d.SpanOf(c.CueFirst, c.CueEnd)
	}
}

// governs reports whether a cue that ends at token end can govern the
// mention at first: any cue can, but "took" and "taken" only as the verb
// right before their object ("the attackers took two rifles", not
// "images taken a month earlier showed two frigates").
func governs(cues *cueCache, ci cueInfo, end, first int) bool {
	if ci.flags&fObjectOnly == 0 {
		return true
	}
	for k := end; k < first; k++ {
		if cues.at(k).flags&fObject == 0 {
			return false
		}
	}
	return true
}

// nounModifier reports whether the cue at [k, end) is a noun that
// qualifies the noun after it rather than a verb: "a Philippine supply
// boat", "the launch sites", "a second supply boat", not "will supply
// drones".
func nounModifier(d *text.Doc, k, end int) bool {
	if end-k != 1 || !nounish[d.Lower(k)] || end >= len(d.Tokens) || d.Tokens[end].Kind != text.Word {
		return false
	}
	if _, ok := text.Lookup(objectStarters, d.Word(end)); ok {
		return false // "supply the army": a verb and its object
	}
	if k == 0 || d.SentenceOf(k-1) != d.SentenceOf(k) {
		return false
	}
	p := d.Lower(k - 1)
	_, number := text.Lookup(numberWords, p)
	return nounDeterminers[p] || number || d.Tokens[k-1].Kind == text.Number ||
		d.Tokens[k-1].Cap && k-1 != d.Sentences[d.SentenceOf(k)].First
}

// nounish cues are also nouns that qualify a noun: "supply boat", "fire
// trucks", "launch sites".
var nounish = map[string]bool{"supply": true, "fire": true, "launch": true, "transfer": true, "hit": true,
	"damage": true, "capture": true, "strike": true}

var nounDeterminers = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "this": true, "these": true, "those": true, "at": true, "of": true,
	"on": true, "in": true, "for": true, "with": true, "from": true, "by": true}

// attackBefore reports whether an attack verb precedes token k in its
// clause: the instrument of "hit a tank with a missile".
func attackBefore(cues *cueCache, k, floor int) bool {
	for j := k - 1; j >= floor && j >= k-12; j-- {
		f := cues.at(j).flags
		if f&fAttack != 0 {
			return true
		}
		if f&fStopBefore != 0 {
			return false
		}
	}
	return false
}

// fitted reports whether the "with" at token k tells what a thing carries
// rather than what a verb was done with: "vehicles mounted with heavy
// machine guns", "a car packed with explosives". What such a load does
// next is the carrier's doing.
func fitted(d *text.Doc, k int) bool {
	return k >= 1 && d.Lower(k) == "with" && fittings[d.Lower(k-1)]
}

var fittings = map[string]bool{"mounted": true, "fitted": true, "armed": true, "equipped": true,
	"loaded": true, "packed": true, "laden": true, "filled": true, "rigged": true, "stuffed": true}

// firedBefore reports whether a verb of firing ends within six tokens
// before token k in its clause: the "from" of "fired 260 rounds from K9
// howitzers" names the weapon.
func firedBefore(cues *cueCache, k, floor int) bool {
	for j := k - 1; j >= floor && j >= k-6; j-- {
		ci := cues.at(j)
		if ci.flags&fStopBefore != 0 {
			return false
		}
		if ci.status != 0 && statusNames[ci.status] == StatusFired && shoots[cues.d.Lower(j)] {
			return true
		}
	}
	return false
}

// shots are what a weapon fires, named before the "from" of the weapon.
var shots = text.SetOf("rounds", "round", "shells", "shell", "shots", "salvo", "salvoes", "salvos", "volleys", "bursts",
	"fire")

// planned turns a delivery or a launch with a modal before it into a plan.
func planned(cues *cueCache, st string, first, floor int) string {
	if st != StatusDelivered && st != StatusFired && st != StatusPresent {
		return st
	}
	for k := first - 1; k >= floor && k >= first-3; k-- {
		if cues.at(k).flags&fModal != 0 {
			return StatusPlanned
		}
	}
	return st
}

// agentOrPatient decides what a cue after the mention says about it. A
// passive ("were shot down") or a participle right after it ("two jets
// downed over Kherson") happened to it; an active verb, further on or with
// an object after it ("jets struck what it called launch sites"), is
// something it did. Munitions that hit or destroyed something were fired.
func agentOrPatient(c *Candidate, cues *cueCache, st string, first int, passive bool) (string, bool) {
	switch st {
	case StatusDestroyed, StatusDamaged, StatusSeized:
	case StatusFired:
		// "jets dropped four bombs" let go of them, and were not themselves
		// fired; "grenades were thrown" were.
		w := cues.d.Lower(first)
		return st, passive || !releases[w] || !objectAfter(cues, first+int(cues.at(first).words))
	default:
		return st, true
	}
	if passive {
		return st, true
	}
	switch {
	case Spent(c.Mention):
		return StatusFired, true
	case c.Mention.Unit:
		return st, false // "Rebels seized": troops before a verb act
	}
	return st, first == c.End && !objectAfter(cues, first+int(cues.at(first).words))
}

// objectAfter reports whether token k starts the object of a verb.
func objectAfter(cues *cueCache, k int) bool {
	d := cues.d
	if k >= len(d.Tokens) {
		return false
	}
	if k+1 < len(d.Tokens) && countOpeners[d.Lower(k)+" "+d.Lower(k+1)] {
		return true // "struck at least six villages", "hit more than 20 targets"
	}
	return cues.at(k).flags&fObject != 0 || d.Tokens[k].Kind == text.Number ||
		d.Tokens[k].Cap && d.SentenceOf(k) == d.SentenceOf(k-1)
}

// countOpeners are the pairs of words that open a counted object.
var countOpeners = text.SetOf("at least", "more than", "up to", "as many", "fewer than", "less than", "at most")

// releases are the verbs of firing whose subject lets go of its object.
var releases = map[string]bool{"dropped": true, "drop": true, "drops": true, "dropping": true,
	"released": true, "threw": true, "throw": true, "throwing": true, "hurled": true, "hurling": true,
	"lobbed": true}

var passiveAux = map[string]bool{
	"was": true, "were": true, "been": true, "being": true, "is": true, "are": true, "be": true, "got": true,
	"get": true,
}

// Spent reports whether the mention is used up when used: munitions,
// and drones unless a named model says they are aircraft that come back
// (a Bayraktar TB2 that struck a convoy was there, not fired).
func Spent(m Mention) bool {
	return munitions[m.Kind] && (m.Kind != "drone" || m.Generic)
}

// stopped are the kinds that an interception stops rather than destroys:
// boats, vehicles and people.
var stopped = map[string]bool{"boat": true, "vehicle": true, "personnel": true, "motorcycle": true}

// munitions are the kinds that are spent when used.
var munitions = map[string]bool{
	"missile": true, "rocket": true, "bomb": true, "munition": true, "loitering_munition": true,
	"anti_tank": true, "drone": true, "naval_drone": true,
}
