package main

import "strings"

// English word lists that classify names. They are general knowledge of
// the language, not of any source.

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// stopKeys are common English words that a generated alias may not be,
// even in capitals ("IN", "IT", "AS" are ISO codes and US states too).
var stopKeys = set(`a an and are as at be been but by can did do for from go had has have he her his
	how i if in into is it its me my no not now of off oh ok on one or our out own say see she so than
	that the then they this to too two up us was way we were what when who why will with yes yet you
	all any may new old war law oil gas sea air aid aim act end arm art bad big box top low key man
	men day age job hit run set put get let use via per pro con ngo ngos mnc mncs island male`)

// orgWords mark a name as a body rather than a person.
var orgWords = set(`ministry ministries department departments party parties council councils front army armies forces
	force police agency agencies service services bank banks union unions committee committees assembly
	parliament court courts government governments organization organisation organizations organisations
	association associations movement movements brigade brigades group groups company companies
	corporation corp inc ltd co plc llc fund institute institutes commission commissions office offices
	bureau league federation alliance coalition network foundation society center centre university
	college school schools church mosque news times post radio tv television board corps guard guards
	command mission missions program programme project initiative trust club industries industry
	airlines airways systems holdings international national republic state states cartel militia
	militias battalion battalions division regiment fleet navy cell cells faction factions nuclei
	martyrs authority authorities administration cabinet junta regime senate congress house palace
	embassy consulate secretariat directorate unit units squad squadron region province district city
	county islands kingdom emirate federal tribunal forum partnership conference summit treaty pact bloc
	fraternity brotherhood sisterhood order legion detachment garrison media press newspaper magazine
	channel broadcasting publishing mobilization mobilisation resistance liberation revolutionary
	revolution jihad islamic democratic socialist communist workers peoples people's people popular
	patriotic development investment trade energy petroleum oil gas mining motors electric technologies
	pharmaceutical pharmaceuticals jund jaish jaysh ansar harakat harakat-ul jabhat kataib kata'ib liwa
	saraya tanzim hizb jamaat jama'at jamaat-ul tehrik tehreek lashkar sipah harkat jamiat majlis
	ittihad tahrir ahrar fatah`)

// titleHeads are the nouns that serve as titles before a name.
var titleHeads = set(`president minister premier chancellor secretary ambassador envoy spokesman
	spokeswoman spokesperson king queen prince princess emir amir sultan sheikh shaikh emperor empress
	general admiral colonel commander governor mayor senator congressman congresswoman representative
	chief leader director chairman chairwoman chairperson chair marshal captain lieutenant sergeant major judge
	justice pope cardinal bishop archbishop patriarch ayatollah imam cleric rapporteur commissioner
	prosecutor attorney-general attorney inspector secretary-general lord lady baroness baron sir
	chief-of-staff deputy vice-president viceroy regent dictator caliph mufti rabbi reverend mp
	speaker prefect consul attaché attache president-elect premier-designate ombudsman superintendent
	coordinator negotiator mediator administrator`)

// titleWords may stand in a title before a name besides the agents' words
// and the names of countries.
var titleWords = set(`former ex ex- then acting interim transitional transition incoming outgoing late
	deputy vice first second senior junior chief supreme grand crown co co- mr mr. mrs mrs. ms ms. dr dr.
	prof prof. gen gen. lt lt. col col. maj maj. capt capt. sgt sgt. adm adm. sr sr. jr jr. rev rev.
	hon hon. sen sen. rep rep. gov gov. pres pres. sec sec. amb amb. said says the of for and to a an
	under-secretary undersecretary high special designate elect elected de facto self-proclaimed
	self-declared so-called exiled jailed slain`)

// personNouns are role nouns that name people rather than a body; nouns
// in -er, -or, -ist and -ian mostly do too (see isPersonNoun).
var personNouns = set(`head heads rebel rebels troop troops soldier soldiers diplomat diplomats envoy envoys official
	officials militant militants chief chiefs king queen prince princess emir sultan sheikh general
	generals admiral colonel captain lieutenant sergeant major judge judges monk monks priest priests
	imam imams cleric clerics bishop pope rabbi nun nuns student students youth youths child children
	citizen citizens civilian civilians refugee refugees worker workers farmer farmers lawyer lawyers
	doctor doctors nurse nurses medic medics paramedic paramedics surgeon surgeons physician physicians
	aide aides deputy deputies delegate delegates spy spies agent agents
	hostage hostages prisoner prisoners captive captives victim victims man men woman women person
	people boy boys girl girls personnel guerrilla guerrillas insurgent insurgents jihadist jihadists
	separatist separatists commando commandos marine marines pilot pilots sniper snipers mercenary
	mercenaries paramilitary paramilitaries gunman gunmen militiaman militiamen fighter fighters
	president premier chancellor secretary ambassador spokesman spokeswoman spokesperson governor
	mayor senator representative chairman chairwoman marshal commissioner prosecutor inspector consul consuls
	witness witnesses survivor survivors editor-in-chief editors-in-chief
	delegate mp mps lawmaker lawmakers legislator legislators protester protesters demonstrator
	demonstrators activist activists dissident dissidents journalist journalists reporter reporters
	resident residents veteran veterans recruit recruits conscript conscripts cadet cadets infantry
	infantryman infantrymen settler settlers migrant migrants pilgrim pilgrims tribesman tribesmen
	elder elders chieftain warlord warlords thug thugs criminal criminals smuggler smugglers pirate
	pirates terrorist terrorists extremist extremists islamist islamists radical radicals candidate
	candidates ombudsman chairperson vice-president secretary-general headman headmen prefect prefects sub-prefect sub-prefects
	gendarme gendarmes constable constables corporal corporals commandant commandants ensign ensigns
	sublieutenant sublieutenants sheriff sheriffs magistrate magistrates attorney attorneys counsel
	advocate advocates analyst analysts academic academics scholar scholars correspondent correspondents
	emissary emissaries legate legates undersecretary undersecretaries bandit bandits assailant assailants
	combatant combatants non-combatant non-combatants noncombatant noncombatants suspect suspects inmate
	inmates convict convicts felon felons culprit culprits thief thieves crook crooks outlaw outlaws
	operative operatives immigrant immigrants exile exiles expatriate expatriates repatriate repatriates
	relative relatives peasant peasants merchant merchants tenant tenants landlord landlords pupil pupils
	infant infants athlete athletes entrepreneur entrepreneurs tycoon tycoons boss bosses ceo ceos
	bureaucrat bureaucrats monarch sovereign tyrant tyrants autocrat autocrats despot despots mullah
	mullahs missionary missionaries midwife`)

// institutionNouns end a role noun that names a body, not people.
var institutionNouns = set(`army navy force forces government ministry ministries department regime
	administration cabinet court parliament assembly council committee commission agency office service
	services police military junta party movement front group organization organisation authority
	authorities embassy union bank company industry media press newspaper radio television station
	base unit patrol delegation corps guard militia brigade battalion regiment division fleet squad
	network board bureau house palace building source sources leadership command headquarters
	intelligence apparatus machine presence rule tribunal justice system center centre`)

// isPersonNoun reports whether the head noun of a role names people.
func isPersonNoun(head string) bool {
	switch {
	case institutionNouns[head]:
		return false
	case personNouns[head]:
		return true
	}
	for _, suf := range []string{"er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "man", "men",
		"person", "people", "woman", "women", "ee", "ees"} {
		if strings.HasSuffix(head, suf) && !notPersonNouns[head] {
			return true
		}
	}
	return false
}

var notPersonNouns = set(`center centre border order tower paper power water quarter quarters headquarters
	chamber chambers corner cluster sector sectors motor motors reactor reactors monitor monitors
	container containers carrier carriers helicopter helicopters tanker tankers bomber bombers
	fighter-bomber launcher launchers computer computers cover letter letters number numbers matter
	matters meter meters shelter shelters theater theatre register charter manner`)

// formalWords mark a country name as its formal name.
var formalWords = set(`republic kingdom state states federation commonwealth principality union emirate
	emirates sultanate duchy federal democratic people's islamic socialist plurinational bolivarian
	oriental hashemite co-operative territory`)

// countryQualifiers may surround a country's name in a variant of it.
var countryQualifiers = set(`republic of the kingdom state federal democratic people's islamic arab
	socialist united commonwealth federation union country nation principality sultanate emirate grand
	duchy independent sovereign plurinational bolivarian cooperative co-operative hashemite`)

// wordSets are the word lists built from the data.
type wordSets struct {
	given    map[string]int  // first names of the people of the country dictionary
	agent    map[string]bool // words of the role nouns
	heads    map[string]bool // head nouns of the role nouns
	place    map[string]bool // words of country names and demonyms
	acronyms map[string]bool // upper-case acronyms of organisations
}

func newWordSets() *wordSets {
	return &wordSets{given: map[string]int{}, agent: map[string]bool{}, heads: map[string]bool{},
		place: map[string]bool{}, acronyms: map[string]bool{}}
}

// isHead reports whether a folded word is the noun of a title or role.
func (w *wordSets) isHead(word string) bool { return titleHeads[word] || w.heads[word] }

// inTitle reports whether a folded word can be part of a title before a
// name: "russian", "foreign", "minister", "un".
func (w *wordSets) inTitle(word string) bool {
	if titleWords[word] || titleHeads[word] || w.agent[word] || w.place[word] || w.acronyms[strings.ToUpper(word)] {
		return true
	}
	parts := strings.Split(word, "-")
	if len(parts) == 1 {
		return false
	}
	for _, p := range parts {
		if p != "" && !w.inTitle(p) {
			return false
		}
	}
	return true
}
