package ner_test

import (
	"strings"
	"sync"
	"testing"

	"sitrep/internal/geo"
	"sitrep/internal/lexicon"
	"sitrep/internal/ner"
	"sitrep/internal/text"
	"sitrep/internal/vocab"
)

var finder = sync.OnceValues(func() (*ner.Finder, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	gaz, err := geo.Default()
	if err != nil {
		return nil, err
	}
	v, err := vocab.Default()
	if err != nil {
		return nil, err
	}
	return ner.New(lex, gaz, v, nil), nil
})

// labels renders the names of s as "words/LABEL/rule".
func labels(t *testing.T, s string) string {
	t.Helper()
	f, err := finder()
	if err != nil {
		t.Fatal(err)
	}
	d := text.New(s)
	var out []string
	for _, sp := range f.Find(d) {
		out = append(out, d.Str(d.SpanOf(sp.First, sp.End))+"/"+string(sp.Label)+"/"+sp.Why)
	}
	return strings.Join(out, " ")
}

func TestFind(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"lexicon longest match", "The Russian Federation and the Islamic State clashed.", "Russian Federation/GPE/lexicon Islamic State/ORG/lexicon"},
		{"demonym", "Syrian troops left.", "Syrian/NORP/lexicon"},
		{"an indefinite common noun ends no name, unless a noun follows", "The rebels want an Islamic state in the north. A UN refugee agency spokeswoman said so.", "Islamic/MISC/ UN refugee agency/ORG/lexicon"},
		{"acronym only in capitals", "Let us see what US officials do.", "US/GPE/lexicon"},
		{"a mixed-case abbreviation only as written", "BiH police came. “They took every boy,” said Bih, a trader.", "BiH/GPE/lexicon Bih/PER/apposition"},
		{"acronym after a name", "the Islamic State (IS) group", "Islamic State/ORG/lexicon IS/ORG/lexicon"},
		{"title before a name", "Gen. Amadou Keita arrived.", "Amadou Keita/PER/title"},
		{"abbreviated police grades before a name", "Police sent officers, says Sr. Comr. Bayu Prasetyo, a spokesman.", "Bayu Prasetyo/PER/title"},
		{"a town whose name opens with a capital's", "Relatives marched through Victoria Falls.", "Victoria Falls/LOC/gazetteer"},
		{"a town whose name opens with a capital's before a particle", "Troops were flown to San Jose del Guaviare.", "San Jose del Guaviare/LOC/gazetteer"},
		{"a town before an attribution, not an apposition", "Troops set up checkpoints north of Jericho, an Israeli security official said.", "Jericho/LOC/gazetteer Israeli/NORP/lexicon"},
		{"a hyphenated title before a name", "Vice-President Amadou Keita arrived.", "Amadou Keita/PER/title"},
		{"a border line", "Troops fired across the Line of Control and the Durand Line.", "Line of Control/LOC/facility Durand Line/LOC/facility"},
		{"a cell is a body", "Iraq's Security Media Cell said 17 militants were killed.", "Iraq/GPE/lexicon Security Media Cell/ORG/org-word"},
		{"a name said in full elsewhere, cut short where it opens a sentence", "The volunteer hotline Alarm Relay said so on Thursday.\n\nAlarm Relay said it had received a call.", "Alarm Relay/PER/speaker Alarm Relay/PER/speaker"},
		{"an office named for the title that ends it", "Uganda's Office of the Prime Minister, which runs the settlements, said so.", "Uganda/GPE/lexicon Office of the Prime Minister/ORG/org-word"},
		{"an organisation's name split by and before its head", "Nepal's National Disaster Risk Reduction and Management Authority said 180 people died.", "Nepal/GPE/lexicon National Disaster Risk Reduction and Management Authority/ORG/joined"},
		{"an organisation's name split by and after its for", "The Zorbaq Centre for Democracy and Human Rights said nine people died.", "Zorbaq Centre for Democracy and Human Rights/ORG/joined"},
		{"no join with a name the lexicon knows", "The Zorbaq Centre for Democracy and Amnesty International said so.", "Zorbaq Centre for Democracy/ORG/org-word Amnesty International/ORG/lexicon"},
		{"the Arabic article assimilated to the name", "Fighting spread to Deir ez-Zor on Monday.", "Deir ez-Zor/LOC/gazetteer"},
		{"an honorific inside a name", "“We counted 19 bodies,” said Abdiweli Sheikh Nur, director of the hospital.", "Abdiweli Sheikh Nur/PER/given-name"},
		{"a body's general directorate", "The Directorate General of Zorbaq Affairs said so.", "Directorate General of Zorbaq Affairs/ORG/org-word"},
		{"a short common word before a romanised two-syllable given name is a surname", "Park Jin-woo, a coast guard spokesman, said so. The Saudi-led coalition struck. Global Affairs Canada agreed.", "Park Jin-woo/PER/given-name Saudi-led/NORP/relational Global Affairs Canada/ORG/lexicon"},
		{"a church's diocese", "The Catholic Diocese of Zorbaq urged calm.", "Catholic Diocese of Zorbaq/ORG/org-word"},
		{"a unit's number is part of its name, a count is not", "Troops of the 103rd Infantry Brigade and 600 Zorbaq Corps troops left.", "103rd Infantry Brigade/ORG/org-word Zorbaq Corps/ORG/org-word"},
		{"a company's legal suffix makes a body", "The concession belongs to Zorbaq Quebrada SAC, a unit of Condor Plc.", "Zorbaq Quebrada SAC/ORG/org-word Condor Plc/ORG/org-word"},
		{"two particles inside a name", "Capt. Ignacio de la Vega, a spokesman, said so.", "Ignacio de la Vega/PER/title"},
		{"a numbered unit of the body after it is a name apart", "Soldiers of the 48th Battalion of the Somali National Army ended the siege.", "48th Battalion/ORG/org-word Somali National Army/ORG/lexicon"},
		{"no number joins a body that is no unit", "The 3rd Zorbaq Relief Council met.", "Zorbaq Relief Council/ORG/org-word"},
		{"an adjective that opens the sentence opens the body's name", "Environmental Rights Action, a campaign group, said so.", "Environmental Rights Action/ORG/apposition"},
		{"a capital that is a given name before a surname", "Sofia Lindqvist, a UNHCR spokeswoman in Pemba, said so.", "Sofia Lindqvist/PER/given UNHCR/ORG/lexicon Pemba/LOC/gazetteer"},
		{"a capital before a word that names a person later", "His lawyer, Hamilton Vaz, denied it. \"Nobody has shown us evidence,\" Vaz told reporters.", "Hamilton Vaz/PER/given Nobody/MISC/common-noun Vaz/PER/speaker"},
		{"the place after a person's of is no part of the name", "Bishop Tomas Nhamussua of Nacala appealed for calm.", "Tomas Nhamussua/PER/title"},
		{"a league is a body", "The Togolese League of Human Rights said seven people died.", "Togolese League of Human Rights/ORG/org-word"},
		{"a dateline town before its country", "ZORBAQI, Kenya, Nov 24 (Sitrep Wire) - Shops burned.", "ZORBAQI/LOC/dateline Kenya/GPE/lexicon Sitrep Wire/MISC/"},
		{"a dateline town before its country and a credit", "ZORBAQI, Kenya (Reuters) - Shops burned.", "ZORBAQI/LOC/dateline Kenya/GPE/lexicon Reuters/ORG/lexicon"},
		{"a dateline town before a credit alone", "ZORBAQI (AFP) - Shops burned. COGAT (Coordination Office) said so.", "ZORBAQI/LOC/dateline AFP/ORG/lexicon COGAT/ORG/acronym Coordination Office/ORG/org-word"},
		{"a dateline town before a dash", "ZORBAQI, Kenya — Shops burned.", "ZORBAQI/LOC/dateline Kenya/GPE/lexicon"},
		{"a dateline town whose name is a common word", "CORK, Ireland, Nov 14 (Reuters) - Shops burned.", "CORK/LOC/dateline Ireland/GPE/lexicon Reuters/ORG/lexicon"},
		{"a dateline town the gazetteer lacks", "RANGAMATI, Aug. 14 - Shops burned across Rangamati. COGAT, the agency, said so.", "RANGAMATI/LOC/dateline Rangamati/LOC/one-sense COGAT/ORG/acronym"},
		{"a name before fighters", "Jaish al-Zorbaq gunmen attacked. Separatist fighters attacked.", "Jaish al-Zorbaq/ORG/group-noun Separatist/MISC/"},
		{"an air arm's fighters are jets", "Two Zorbaq Air Force fighters took off. Four Zorbaq Navy F-18 fighters followed.", "Zorbaq Air Force/ORG/org-word Zorbaq Navy/ORG/org-word"},
		{"a body named by its members and its cause", "Zimbabwe Lawyers for Human Rights said so.", "Zimbabwe Lawyers for Human Rights/ORG/org-word"},
		{"a place word in the name", "Troops poured into Plaza Murillo and Abu Nuwas Street.", "Plaza Murillo/LOC/facility Abu Nuwas Street/LOC/facility"},
		{"a rank opened by a capital", "Spokesman Rear Adm. Kerem Aydin spoke.", "Kerem Aydin/PER/title"},
		{"an alias of a capital and a digit", "G7 leaders met.", "G7/ORG/lexicon"},
		{"religious title before a name", "Its spokesman, Mawlawi Abdul Wahid Rahimi, said so.", "Abdul Wahid Rahimi/PER/title"},
		{"title before a town's name", "President Bush arrived.", "Bush/PER/title"},
		{"organisation name across a preposition", "The Council for Rural Renewal said so.", "Council for Rural Renewal/ORG/org-word"},
		{"organisation name across 'for the'", "The Office for the Coordination of Relief Affairs warned.", "Office for the Coordination of Relief Affairs/ORG/org-word"},
		{"a hyphenated participle qualifies the name after it", "They fought the Qaeda-linked Islamic State.", "Qaeda-linked/ORG/relational Islamic State/ORG/lexicon"},
		{"a country before a hyphenated participle", "The Iran-aligned Houthis attacked.", "Iran-aligned/NORP/relational Houthis/ORG/lexicon"},
		{"a country of two words before a hyphenated participle", "The Marshall Islands-flagged tanker sank.", "Marshall Islands-flagged/NORP/relational"},
		{"a ship's flag state", "A Maltese-flagged tanker sank.", "Maltese-flagged/NORP/relational"},
		{"a title that opens a body's name", "The General Confederation of Workers met.", "General Confederation of Workers/ORG/org-word"},
		{"a commission's name across 'on'", "The Andean Commission on Water Rights said so.", "Andean Commission on Water Rights/ORG/org-word"},
		{"'on' after another noun ends the name", "The Kivu Relief Committee met on Monday.", "Kivu Relief Committee/ORG/org-word"},
		{"an acronym spells a sentence's first word into the name", "Border Guard Zorbaq (BGZ) said so.", "Border Guard Zorbaq/ORG/org-word BGZ/ORG/acronym"},
		{"an acronym that spells no more leaves the word before out", "Yesterday Guard Zorbaq (GZ) said so.", "Guard Zorbaq/ORG/org-word GZ/ORG/acronym"},
		{"a title of several title words before a name", "Police fired, said Deputy Inspector General Ana Ruiz Vega.", "Ana Ruiz Vega/PER/title"},
		{"a title of a body before a name", "Police fired, said Inspector General of Police Ana Ruiz Vega.", "Ana Ruiz Vega/PER/title"},
		{"a pronoun that opens a sentence is no name", "Troops fired on Monday. Nobody has claimed the attack.", "Nobody/MISC/common-noun"},
		{"people named by a plural noun are no one's name", "Troops fired on Monday. Survivors said the boat capsized.", "Survivors/MISC/common-noun"},
		{"a news outlet named like a place", "The Houthi-run Saba news agency quoted an official.", "Houthi-run/ORG/relational Saba/ORG/outlet"},
		{"a mission's word after a country before a reporting verb", "Troops fired. The U.S. Embassy said it was concerned.", "U.S./GPE/lexicon Embassy/MISC/mission-word"},
		{"a name between commas after a role noun", "The mission condemned it. Its spokeswoman, Ndeye Zorba Sarr, said so.", "Ndeye Zorba Sarr/PER/role-apposition"},
		{"a collective's name across 'against'", "The Collective against Zorbaq Torture said so.", "Collective against Zorbaq Torture/ORG/org-word"},
		{"a Spanish plural name is a group", "Police said Los Zorbaquitos attacked the town.", "Police/MISC/ Los Zorbaquitos/ORG/plural-name"},
		{"a Spanish plural name after a preposition of place may be a town", "Police patrolled in Los Zorbaquitos.", "Los Zorbaquitos/LOC/locative"},
		{"a one-word title of a body before a name", "Police fired, said Superintendent of Police Ana Ruiz Vega.", "Ana Ruiz Vega/PER/title"},
		{"a spelled-out rank the vocabulary lacks before a name", "Police said so, Superintendent Ana Ruiz Vega said.", "Police/MISC/ Ana Ruiz Vega/PER/title"},
		{"a priest's title before a name", "Residents fled, said Father Ana Ruiz Vega, a priest there.", "Ana Ruiz Vega/PER/title"},
		{"a title word opening a body's name", "The General Confederation of Zorbaq (GCZ) said so.", "General Confederation of Zorbaq/ORG/org-word GCZ/ORG/acronym"},
		{"an acronym vouches for 'in the' before a country", "Officials blamed the Union for Justice in the Central African Republic (UJC) for it.", "Union for Justice in the Central African Republic/ORG/org-word UJC/ORG/acronym"},
		{"a number inside a gang's name", "Members of the Zorbaq 18 gang attacked inmates.", "Zorbaq 18/ORG/group-noun"},
		{"a people's church is a body", "He heads the Armenian Apostolic Church's diocese in Tavush.", "Armenian Apostolic Church/ORG/org-word Tavush/LOC/gazetteer"},
		{"an acronym vouches for 'and'", "The Front for Unity and Renewal (FUR) met.", "Front for Unity and Renewal/ORG/org-word FUR/ORG/acronym"},
		{"a ministry's 'of' name goes on after 'and'", "The Ministry of Energy and Oil said so.", "Ministry of Energy and Oil/ORG/org-word"},
		{"a given name after a place's preposition opens a town", "Smugglers crossed near Pedro Juan Caballero on Monday.", "Smugglers/MISC/common-noun Pedro Juan Caballero/LOC/gazetteer"},
		{"the name a source gave himself", "A commander, who gave his name only as Ali, denied it.", "Ali/PER/self-named"},
		{"a suspect named by initials", "The leader, identified only by the initials R.S. under court rules, was held. A lawyer for R.S. said so.", "R.S./PER/self-named R.S./PER/one-sense"},
		{"a body's initials are its acronym", "The service, known by its Latvian initials VDD, said so.", "Latvian/NORP/lexicon VDD/ORG/acronym"},
		{"a town's name that opens a sentence with a common word", "Port Harcourt urged the council to meet.", "Port Harcourt/LOC/gazetteer"},
		{"a region's name that opens a sentence with a common word", "South West State's security minister urged calm.", "South West State/LOC/gazetteer"},
		{"a body named for its cause", "Mwatana for Human Rights, a Yemeni rights group, said so.", "Mwatana for Human Rights/ORG/apposition Yemeni/NORP/lexicon"},
		{"a ministry's sector that opens a sentence", "Defence Ministry spokesman Ani Badalyan said so.", "Defence Ministry/ORG/org-word Ani Badalyan/PER/title"},
		{"words joined by 'and' share the body word after them", "The Truth and Reconciliation Commission said so.", "Truth and Reconciliation Commission/ORG/org-word"},
		{"a country joined by 'and' keeps its own name", "Kenya and Uganda Revenue Authority officials met.", "Kenya/GPE/lexicon Uganda Revenue Authority/ORG/org-word"},
		{"'and' after a body's plain name ends it", "The Kivu Relief Committee and Oxfam met.", "Kivu Relief Committee/ORG/org-word Oxfam/ORG/lexicon"},
		{"a body's kind before its name", "The grid operator Volterra said so.", "Volterra/ORG/descriptor"},
		{"a prosecution service", "The court jailed them, the Public Prosecution said.", "Public Prosecution/ORG/org-word"},
		{"a clan named before the noun", "Gunmen of the Zorbaq clan fired grenades.", "Gunmen/MISC/ Zorbaq/ORG/group-noun"},
		{"a squad's name", "Members of the police special unit, known as the Zorbaq Squad, boarded it.", "Zorbaq Squad/ORG/org-word"},
		{"a coalition's kind before its name", "The opposition coalition Zorbaq-Terra Vanka denied any link.", "Zorbaq-Terra Vanka/ORG/descriptor"},
		{"a town named in the possessive", "They reached Cox's Bazar on Monday.", "Cox's Bazar/LOC/gazetteer"},
		{"a town named with a lower-case particle", "Ships diverted cargo to Dar es Salaam on Monday.", "Dar es Salaam/LOC/gazetteer"},
		{"a hospital named with a title is a body, not a person", "The wounded were taken to Coast General Hospital on Monday.", "Coast General Hospital/ORG/org-word"},
		{"a hospital named for a person is a body", "A doctor at the Edward Francis Small Teaching Hospital said so.", "Edward Francis Small Teaching Hospital/ORG/org-word"},
		{"a holder's name after the portfolio's body word", "Superintendent of Police Anil Kujur spoke.", "Anil Kujur/PER/title"},
		{"a holder's name after a title's 'of' portfolio", "Undersecretary of Foreign Affairs Ignacio Zorbaq said so.", "Undersecretary of Foreign Affairs/MISC/ Ignacio Zorbaq/PER/title"},
		{"a holder's given names after the portfolio stay one name", "The ministry said Vice Minister of Hydrocarbons Rosa Elena Zorbaq would lead it.", "Hydrocarbons/MISC/ Rosa Elena Zorbaq/PER/title"},
		{"a body named with a given name after a title's 'of' is one name", "The director of Bani Walid General Hospital said so.", "Bani Walid General Hospital/ORG/org-word"},
		{"a minister's name after the portfolio", "It is over, Minister of Defence Carlos Zorbaq said.", "Defence/MISC/ Carlos Zorbaq/PER/title"},
		{"a town whose name is a common word", "The convoy neared the town of Dire at dawn.", "Dire/LOC/gazetteer"},
		{"a port whose name holds a word of bodies", "Talks will be held in the port of La Union.", "La Union/LOC/gazetteer"},
		{"a city named after a capital and a country", "Protests spread to Santiago de Cuba.", "Santiago de Cuba/LOC/gazetteer"},
		{"a force is an organisation", "The Nigerian Air Force said so.", "Nigerian Air Force/ORG/org-word"},
		{"an international body before a hyphenated participle", "ZFOR, the NATO-led force, said so.", "ZFOR/ORG/acronym NATO-led/ORG/relational"},
		{"an acronym vouches for 'in'", "The Zorbaq Interim Force in Lebanon (ZIFIL) said so.", "Zorbaq Interim Force in Lebanon/ORG/org-word ZIFIL/ORG/acronym"},
		{"an acronym written as a word before a name is a given name", "Minister Eyal Katz spoke.", "Eyal Katz/PER/title"},
		{"an acronym written as a word before a title is the acronym", "Nato Secretary-General Mark Rutte spoke.", "Nato Secretary-General/ORG/lexicon Mark Rutte/PER/lexicon"},
		{"company word", "Acme Logistics said so.", "Acme Logistics/ORG/org-word"},
		{"a seat of government whose name opens with The", "The Hague said so.", "The Hague/GPE/lexicon"},
		{"a gang whose name opens with a number", "The attackers belonged to the 400 Mawozo gang.", "400 Mawozo/ORG/lexicon"},
		{"a news agency whose article is capitalised", "A leader told The Associated Press so.", "The Associated Press/ORG/lexicon"},
		{"initials after The may be any body's", "A leader told The RSF so.", "The RSF/MISC/"},
		{"an aerospace company", "Kavir Aerospace said so.", "Kavir Aerospace/ORG/org-word"},
		{"nationality after then-", "It was brokered by then-French officials.", "then-French/NORP/lexicon"},
		{"the pronoun I is no name", "I met Amadou Keita.", "Amadou Keita/PER/given-name"},
		{"an Arabic article written apart", "Troops fought al Shabaab as Ethiopia watched.", "al Shabaab/ORG/lexicon Ethiopia/GPE/lexicon"},
		{"envoy title across a country", "Kenya's Ambassador to Japan Otieno Wafula left.", "Kenya/GPE/lexicon Japan/GPE/lexicon Otieno Wafula/PER/title"},
		{"apposition", "Zorba Quell, a security analyst, said so.", "Zorba Quell/PER/apposition"},
		{"an office without an article in apposition", "Zorba Quell, humanitarian affairs minister of the state, said so.", "Zorba Quell/PER/apposition"},
		{"no apposition where a verb follows the comma", "Gunmen struck Zorbaq, residents told reporters of the town.", "Gunmen/MISC/ Zorbaq/MISC/"},
		{"a body in apposition", "Zande Qarib, one of the most powerful factions in the PMF, vowed revenge.", "Zande Qarib/ORG/apposition PMF/ORG/lexicon"},
		{"a first name given in apposition to 'name'", "\"We stay,\" said a student, who gave only her first name, Elene.", "Elene/PER/self-named"},
		{"a place's name with an age in apposition is a person's", "\"They took the engine,\" Hamid, a 24-year-old Afghan from Herat, said.", "Hamid/PER/apposition Afghan/NORP/lexicon Herat/LOC/gazetteer"},
		{"a body's 'of' name ends in a country named with 'and'", "The Football Federation of Bosnia and Herzegovina suspended the league.", "Football Federation of Bosnia and Herzegovina/ORG/org-word"},
		{"a surname a town also bears", "Chief Minister Ana Ruiz Sai spoke. Officials spoke to Sai by telephone.", "Ana Ruiz Sai/PER/title Sai/PER/surname"},
		{"a cartel named after a town", "Police blamed the Santa Rosa de Lima Cartel for the ambush.", "Santa Rosa de Lima Cartel/ORG/org-word"},
		{"a bishops' conference named after its country", "The Zambia Conference of Catholic Bishops criticised the ban.", "Zambia Conference of Catholic Bishops/ORG/org-word"},
		{"an armed group named by an Arabic head word", "Kataib Sayyid al-Zande denied the attack.", "Kataib Sayyid al-Zande/ORG/org-word"},
		{"no speaker after the residents of a place", "Several residents of Gambela accused the refugees.", "Gambela/LOC/gazetteer"},
		{"no apposition after a bearing", "They struck 35 km south of Tal Abyad, an official said.", "Tal Abyad/LOC/gazetteer"},
		{"no apposition after a preposition of place", "Four soldiers died in Zorbaqa, the official said.", "Zorbaqa/LOC/locative"},
		{"a new name after a kind of place", "The convoy reached the border town of Tabkoura.", "Tabkoura/LOC/place-of"},
		{"a list of places after a preposition of place", "Men blocked roads in Tabkoura, Zande Kyi and Umm Tal with tyres.", "Tabkoura/LOC/locative Zande Kyi/LOC/coordinated Umm Tal/LOC/coordinated"},
		{"a list of places after 'to' names them all, there and after", "Fighting spread to Zande Kyi and Latakia. Zande Kyi was quiet.", "Zande Kyi/LOC/coordinated Latakia/LOC/gazetteer Zande Kyi/LOC/one-sense"},
		{"a demonym and a plural noun name a body", "Estonian Ports said two ships waited.", "Estonian Ports/ORG/demonym-body"},
		{"an Italian name's particle, and guards by their Spanish or Italian word", "Officers of the Guardia di Zorbaq and the Guardia Republicana came.", "Guardia di Zorbaq/ORG/org-word Guardia Republicana/ORG/org-word"},
		{"customs are a body, also as a modifier before another body's word", "Singapore Customs said so. The Customs and Excise Department agreed.", "Singapore Customs/ORG/org-word Customs and Excise Department/ORG/org-word"},
		{"a demonym that opens a region's or a town's name is part of it", "Fires spread from British Columbia to Spanish Town. British troops left.", "British Columbia/LOC/gazetteer Spanish Town/LOC/gazetteer British/NORP/lexicon"},
		{"a body's seat before its name is no part of it", "The Paris-based Zande Rights Network said so.", "Paris-based/NORP/relational Zande Rights Network/ORG/org-word"},
		{"a list of places after a kind of place", "Troops moved to the northern provinces of Tabkoura, Zande Kyi and Umm Tal.", "Tabkoura/LOC/place-of Zande Kyi/LOC/coordinated Umm Tal/LOC/coordinated"},
		{"no list in an apposition", "The mayor of Batman, Ana Ruiz Vega, said so.", "Batman/LOC/gazetteer Ana Ruiz Vega/PER/given-name"},
		{"new names inside places", "Tanks rolled into Bir Kafra and neighbouring Umm Tal.", "Bir Kafra/LOC/locative Umm Tal/LOC/locative"},
		{"a language after a preposition", "She spoke in Tigrinian and then in Kurmanic.", "Tigrinian/MISC/ Kurmanic/MISC/"},
		{"a name that modifies a noun", "Fighting spread in Tabkoura villages.", "Tabkoura/MISC/"},
		{"a part of town by its word after the article", "Police raided an office in the capital's Tembali district.", "Tembali/LOC/facility"},
		{"a river by its word", "Troops moved along the Zorbaq river at dawn.", "Zorbaq/LOC/facility"},
		{"a market by its word", "Shops around the Kasamba market stayed shut.", "Kasamba/LOC/facility"},
		{"the last of a list before a plural part of town", "Men blocked roads in the Kaswe and Mbolo neighbourhoods.", "Kaswe/LOC/coordinated Mbolo/LOC/facility"},
		{"a facility after what it holds", "Gunmen stormed the Zorbaq copper mine and the Tabkoura border crossing.", "Gunmen/MISC/ Zorbaq/LOC/facility Tabkoura/LOC/facility"},
		{"a division the gazetteer knows, though its name is a word", "Rebels attacked a train in the Pool region.", "Pool/LOC/gazetteer"},
		{"a see after a bishop's name is no surname", "Bishop Omar Basri of Mamfe urged calm. Gunmen killed 11 in Mamfe.", "Omar Basri/PER/title Gunmen/MISC/ Mamfe/LOC/gazetteer"},
		{"a body whose name opens with the lexicon's one-word body", "The opposition Congress for Democratic Change rejected it.", "Congress for Democratic Change/ORG/org-word"},
		{"a company's legal form opens its name", "Workers of PT Zande Konstruksi were killed.", "PT Zande Konstruksi/ORG/company"},
		{"a people's neighbourhoods are no place", "Men paid youths to attack Zande neighbourhoods.", "Zande/MISC/"},
		{"a new name after 'towards'", "Families fled south towards Agwok at night.", "Agwok/LOC/locative"},
		{"shares in a company", "Shares in Ortiva Brands fell sharply.", "Ortiva Brands/MISC/"},
		{"a possessive after a preposition is no place", "He served in Obuya's cabinet.", "Obuya/MISC/"},
		{"a town that opens with a given name after a preposition of passage", "Buses drove through Abu Simbel to the border.", "Abu Simbel/LOC/gazetteer"},
		{"a town that opens with a preposition", "Buses left Tamanrasset and In Guezzam at dawn.", "Tamanrasset/LOC/gazetteer In Guezzam/LOC/gazetteer"},
		{"a town by its apposition, though it opens with a given name, there and after", "Ben Zorbaq, a town some 30 km from the border, lives on trade. Ben Zorbaq breathes through the crossing.",
			"Ben Zorbaq/LOC/place-apposition Ben Zorbaq/LOC/one-sense"},
		{"a Bengali or Spanish conjunction inside a name", "The Zorbaq o Marun Council and the Zorbaq y Marun Party met.",
			"Zorbaq o Marun Council/ORG/org-word Zorbaq y Marun Party/ORG/org-word"},
		{"a party's wing in apposition", "Police said activists of Zorbaq Marun, the student wing of the ruling party, attacked the march.", "Police/MISC/ Zorbaq Marun/ORG/apposition"},
		{"a town whose name holds an organisation's word, after a preposition of place", "Farmers clashed with police near Lashkar Gah.", "Farmers/MISC/common-noun Lashkar Gah/LOC/gazetteer"},
		{"no town in a village head", "Umaru Zorbaq, a village head, said so.", "Umaru Zorbaq/PER/apposition"},
		{"a place-of rule spreads to the name's other mentions", "They reached the town of Tabkoura. Tabkoura said nothing.", "Tabkoura/LOC/place-of Tabkoura/LOC/one-sense"},
		{"a party named like a town", "Units loyal to the Islah party fired.", "Islah/ORG/party"},
		{"a party named after its country", "The ruling Georgian Dream party won.", "Georgian Dream/ORG/party"},
		{"a kind of militia is no group's name", "He leads an ethnic Zorbaq militia.", "Zorbaq/MISC/"},
		{"a gang named before its kind", "Police raided the Zorbaq Vermelho drug gang.", "Zorbaq Vermelho/ORG/group-noun"},
		{"a coalition named with its acronym", "The Alliance Zorbaq Congo (AZC) rebel coalition said so.", "Alliance Zorbaq Congo/ORG/group-noun AZC/ORG/acronym"},
		{"speaker", "The deal is dead, Okafor told reporters.", "Okafor/PER/speaker"},
		{"a Tuareg name's particle", "The deal is dead, Alhousseini ag Bilal told reporters.", "Alhousseini ag Bilal/PER/speaker"},
		{"common word opening a sentence", "Officials said the road was closed.", "Officials/MISC/"},
		{"organisation word", "The Kivu Relief Committee appealed for help.", "Kivu Relief Committee/ORG/org-word"},
		{"descriptor", "the newspaper Kavir Chronicle reported", "Kavir Chronicle/ORG/descriptor"},
		{"a chamber's kind before its name", "The business chamber Zorbaq put losses at $45 million.", "Zorbaq/ORG/descriptor"},
		{"country starts an organisation", "The Malawi Defence Force deployed.", "Malawi Defence Force/ORG/org-word"},
		{"feature after a country", "Two boats sank on the Niger River.", "Niger River/LOC/feature"},
		{"gazetteer", "It rained in Latakia overnight.", "Latakia/LOC/gazetteer"},
		{"an office of its holder", "The Ombudsman's Office counted the dead.", "Ombudsman's Office/ORG/org-word"},
		{"one body owning another", "The Kivu Relief Department's Office of Grants acted.", "Kivu Relief Department/ORG/org-word Office of Grants/ORG/org-word"},
		{"a group named before its members", "Zorbaq rebels shelled the town. Later the Zorbaq said so.", "Zorbaq/ORG/group-noun Zorbaq/ORG/one-sense"},
		{"a ship's name", "The destroyer INS Kolkata intercepted the MV Ruen.", "INS Kolkata/ORG/vessel MV Ruen/ORG/vessel"},
		{"a ship named after its kind, without a prefix", "The navy boarded the 64-metre trawler Kapitan Sorokin.", "Kapitan Sorokin/ORG/vessel"},
		{"a military operation acts", "The ship was freed, Operation Zorbaq said.", "Operation Zorbaq/ORG/org-word"},
		{"a body that has a leader", "Zorbaq, whose leader is in jail, called a strike.", "Zorbaq/ORG/members"},
		{"a brand written in camel case", "Later, PetroNova said it would resume drilling.", "PetroNova/ORG/brand"},
		{"a facility named for someone", "They marched on Zorba Quell airport.", "Zorba Quell/LOC/facility"},
		{"title words are not names", "Deputy Foreign Minister Ana Ruiz spoke.", "Ana Ruiz/PER/title"},
		{"calendar words are not names", "On Monday in September nothing happened.", ""},
		{"a national society of an international body", "The Kenya Red Cross said so, and the Kurdish Red Crescent agreed.",
			"Kenya Red Cross/ORG/chapter Kurdish Red Crescent/ORG/chapter"},
		{"an honorific after a given name is a surname, before one a title", "“The mountain shook,” said Khalaf Hajji, a farmer, and Sheikh Ahmed Sultan agreed.",
			"Khalaf Hajji/PER/apposition Ahmed Sultan/PER/title"},
		{"a national society named by its demonym", "The Libyan Red Crescent said so, and the Lebanese Red Cross agreed.",
			"Libyan Red Crescent/ORG/chapter Lebanese Red Cross/ORG/chapter"},
		{"a body named for its members", "The Zorbaq People's Defence Force said so, and Zorbaq's Defence Ministry agreed.",
			"Zorbaq People's Defence Force/ORG/org-word Zorbaq/MISC/ Defence Ministry/ORG/org-word"},
		{"a government by its own name", "The shadow Zorbaq Unity Government accused the army.", "Zorbaq Unity Government/ORG/org-word"},
		{"an armed group turned modifier", "They fought the al Qaeda-linked group JNIM and Hezbollah-aligned militias.", "al Qaeda-linked/ORG/relational JNIM/ORG/lexicon Hezbollah-aligned/ORG/relational"},
		{"a forum is a body", "The Zorbaq Islands Forum urged calm.", "Zorbaq Islands Forum/ORG/org-word"},
		{"a body's name ends before a machine's model", "A Zorbaq Air Force C-130J landed at the base.", "Zorbaq Air Force/ORG/org-word"},
		{"a body's name ends before a machine's model and its name", "A Zorbaq Air Force C-130 Hercules landed at the base.", "Zorbaq Air Force/ORG/org-word"},
		{"an initiative is a body", "The Zorbaq Initiative for Personal Rights (ZIPR) said 64 people were held.", "Zorbaq Initiative for Personal Rights/ORG/org-word ZIPR/ORG/acronym"},
		{"a surname that opens with a particle in lower case", "Gen. Osman Hamid al-Sayed spoke. Later al-Sayed told reporters.",
			"Osman Hamid al-Sayed/PER/title al-Sayed/PER/speaker"},
		{"a broadcaster after its kind", "The army said so in a statement read on state television Zorba Sahel.", "Zorba Sahel/ORG/descriptor"},
		{"a command's headquarters and staff are bodies", "The Zorbaq Joint Headquarters said jets flew. The Joint Staff said so.", "Zorbaq Joint Headquarters/ORG/org-word Joint Staff/ORG/org-word"},
		{"a month shortened without a stop", "Zorbaq declared a truce on Nov 12 and ended it in Dec.", "Zorbaq/PER/speaker"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := labels(t, tt.in); got != tt.want {
				t.Errorf("Find(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func BenchmarkFind(b *testing.B) {
	f, err := finder()
	if err != nil {
		b.Fatal(err)
	}
	d := text.New(strings.Repeat("Russian President Vladimir Putin met Syria’s Ambassador to Russia Sami Kassem in Moscow on Monday, the Kremlin said. ", 20))
	b.ReportAllocs()
	for b.Loop() {
		f.Find(d)
	}
}
