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
	"damaged": StatusDamaged, "hit": StatusDamaged, "struck": StatusDamaged, "disabled": StatusDamaged,
	"fired": StatusFired, "fire": StatusFired, "fires": StatusFired, "firing": StatusFired,
	"launched": StatusFired, "launch": StatusFired, "launches": StatusFired, "launching": StatusFired,
	"unleashed": StatusFired,
	"delivered": StatusDelivered, "deliver": StatusDelivered, "delivers": StatusDelivered,
	"delivering": StatusDelivered, "supplied": StatusDelivered, "supply": StatusDelivered,
	"supplies": StatusDelivered, "supplying": StatusDelivered, "sent": StatusDelivered, "send": StatusDelivered,
	"sends": StatusDelivered, "sending": StatusDelivered, "shipped": StatusDelivered,
	"transferred": StatusDelivered, "transfer": StatusDelivered, "provided": StatusDelivered,
	"provide": StatusDelivered, "provides": StatusDelivered, "providing": StatusDelivered,
	"gave": StatusDelivered, "give": StatusDelivered, "donated": StatusDelivered, "donate": StatusDelivered,
	"handed over": StatusDelivered, "received": StatusDelivered, "sold": StatusDelivered, "sell": StatusDelivered,
	"pledged": StatusPlanned, "pledge": StatusPlanned, "promised": StatusPlanned, "promise": StatusPlanned,
	"approved": StatusPlanned, "ordered": StatusPlanned, "agreed": StatusPlanned,
	"seized": StatusSeized, "seize": StatusSeized, "seizes": StatusSeized, "seizing": StatusSeized,
	"captured": StatusSeized, "capture": StatusSeized, "captures": StatusSeized, "capturing": StatusSeized,
	"commandeered": StatusSeized, "looted": StatusSeized, "took control": StatusSeized,
	"observed": StatusPresent, "spotted": StatusPresent, "seen": StatusPresent, "deployed": StatusPresent,
	"deploy": StatusPresent, "deploys": StatusPresent, "deploying": StatusPresent, "stationed": StatusPresent,
	"positioned": StatusPresent, "based": StatusPresent, "parked": StatusPresent, "arrived": StatusPresent,
	"present": StatusPresent, "sighted": StatusPresent, "photographed": StatusPresent, "massing": StatusPresent,
	"amassed":   StatusPresent,
	"withdrawn": StatusAbsent, "withdrew": StatusAbsent, "pulled out": StatusAbsent,
}

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

// stopBefore and stopAfter end the search for a cue at a clause boundary.
var (
	stopBefore = map[string]bool{
		";": true, ":": true, "but": true, "while": true, "whereas": true, "because": true, "said": true,
		"says": true, "told": true, "added": true, "according": true, "when": true, "after": true,
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
	fStopBefore uint8 = 1 << iota
	fStopAfter
	fPassive
	fModal
	fKnown
)

// cueWord is what a word can do in a status search: the cue it is, the
// two-word cues it starts, and its flags. One table keeps the search at
// one lookup a token.
type cueWord struct {
	status string
	pairs  map[string]string
	flags  uint8
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
		flag uint8
	}{{stopBefore, fStopBefore}, {stopAfter, fStopAfter}, {passiveAux, fPassive}, {modals, fModal}} {
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
	flags  uint8
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
// ranked, the nearest among equals.
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
	try := func(st string, first, end, dist int) {
		r := statusRank[st]
		if best < 0 || r > best || r == best && dist < bestDist {
			best, bestDist = r, dist
			c.Status, c.CueFirst, c.CueEnd = st, first, end
		}
	}
	for k := c.First - 1; k >= s.First && k >= c.First-8; k-- {
		ci := cues.at(k)
		if ci.flags&fStopBefore != 0 {
			break
		}
		if end := k + int(ci.words); ci.status != 0 && end <= c.First {
			try(planned(cues, statusNames[ci.status], k, s.First), k, end, c.First-end)
		}
	}
	for k := c.End; k < s.End && k < c.End+6; k++ {
		ci := cues.at(k)
		if ci.flags&fStopAfter != 0 {
			break
		}
		if ci.status == 0 {
			continue
		}
		if st, ok := agentOrPatient(c, cues, statusNames[ci.status], k); ok {
			try(planned(cues, st, k, c.End), k, k+int(ci.words), k-c.End)
		}
	}
	if c.CueFirst >= 0 {
		c.Cue = d.SpanOf(c.CueFirst, c.CueEnd)
	}
}

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
// downed") happened to it; an active verb further on is something it did.
// Munitions that hit or destroyed something were fired.
func agentOrPatient(c *Candidate, cues *cueCache, st string, first int) (string, bool) {
	switch st {
	case StatusDestroyed, StatusDamaged, StatusSeized:
	default:
		return st, true
	}
	for k := c.End; k < first; k++ {
		if cues.at(k).flags&fPassive != 0 {
			return st, true
		}
	}
	switch {
	case munitions[c.Mention.Kind]:
		return StatusFired, true
	case c.Mention.Unit:
		return st, false // "Rebels seized": troops before a verb act
	}
	return st, first == c.End
}

var passiveAux = map[string]bool{
	"was": true, "were": true, "been": true, "being": true, "is": true, "are": true, "be": true, "got": true,
	"get": true,
}

// munitions are the kinds that are spent when used.
var munitions = map[string]bool{
	"missile": true, "rocket": true, "bomb": true, "munition": true, "loitering_munition": true,
	"anti_tank": true, "drone": true,
}
