package actor_test

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"sitrep/internal/actor"
	"sitrep/internal/article"
	"sitrep/internal/geo"
	"sitrep/internal/lexicon"
	"sitrep/internal/ner"
	"sitrep/internal/pipeline"
	"sitrep/internal/report"
	"sitrep/internal/text"
	"sitrep/internal/vocab"
)

type stages struct {
	finder *ner.Finder
	linker *actor.Linker
}

var load = sync.OnceValues(func() (stages, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return stages{}, err
	}
	gaz, err := geo.Default()
	if err != nil {
		return stages{}, err
	}
	v, err := vocab.Default()
	if err != nil {
		return stages{}, err
	}
	return stages{ner.New(lex, gaz, v, nil), actor.New(lex, gaz)}, nil
})

func link(t *testing.T, s string) (*text.Doc, *actor.Result) {
	t.Helper()
	st, err := load()
	if err != nil {
		t.Fatal(err)
	}
	d := text.New(s)
	return d, st.linker.Link(d, st.finder.Find(d), time.Time{})
}

// linked links text in and returns its entity named name, failing the test
// when there is none.
func linked(t *testing.T, in, name string) *report.Entity {
	t.Helper()
	_, r := link(t, in)
	e := entity(r, name)
	if e == nil {
		t.Fatalf("no entity %q in %+v", name, r.Entities)
	}
	return e
}

func entity(r *actor.Result, name string) *report.Entity {
	for i, e := range r.Entities {
		if e.Name == name {
			return &r.Entities[i]
		}
	}
	return nil
}

// forms lists an entity's mentions as "text/form/code".
func forms(e *report.Entity) string {
	var out []string
	for _, m := range e.Mentions {
		out = append(out, m.Text+"/"+m.Form+"/"+m.Code)
	}
	return strings.Join(out, " ")
}

func TestMentions(t *testing.T) {
	tests := []struct {
		name, in, entity, want string
	}{
		{"capital acting is a metonym", "Moscow said the talks had failed.", "Russia", "Moscow/metonym/RUSGOV"},
		{"seat of government", "The Kremlin declined to comment.", "Russia", "The Kremlin/metonym/RUSGOV"},
		{"a capital blamed for something is its government", "The governor blamed the shortfall partly on Tehran.", "Iran", "Tehran/metonym/IRNGOV"},
		{"demonym with a sector noun", "Syrian government forces advanced.", "Syria", "Syrian government forces/demonym/SYRMIL"},
		{"formal name", "The Russian Federation may respond.", "Russia", "The Russian Federation/alias/"},
		{"acronym in capitals only", "US officials met.", "United States", "US officials/alias/USAGOV"},
		{"an agency credited in the dateline spells no name of the country", "KIDAL, Mali (AP) — Police sent 150 officers to Gao. Mali said so.", "Mali", "Mali/name/ Mali/name/"},
		{"surname refers back", "Prime Minister Amina Diallo spoke. Diallo later left.", "Amina Diallo", "Amina Diallo/name/ Diallo/surname/"},
		{"family name first", "Col. Park Ji-hoon briefed. Park said more.", "Park Ji-hoon", "Park Ji-hoon/name/ Park/surname/"},
		{"a name given only as a name", "Ecuador's police and Spanish diplomats said so. A woman who gave her name only as Maria said she was afraid.", "Maria", "Maria/name/"},
		{"a surname of two words", "Mustafa Ben Ghalia briefed. Ben Ghalia said more.", "Mustafa Ben Ghalia", "Mustafa Ben Ghalia/name/ Ben Ghalia/surname/"},
		{"the given names of a longer name", "Deputy Commissioner Mohd Azlan Sharif briefed. Mohd Azlan said more.", "Mohd Azlan Sharif", "Mohd Azlan Sharif/name/ Mohd Azlan/"},
		{"a shared family name is the latest bearer's", "Spokesman Wang Lichen briefed. Wang said more. Commerce Minister Wang Wentao will travel.", "Wang Lichen", "Wang Lichen/name/ Wang/surname/"},
		{"the first of two surnames", "Col. Mario Andrade Vera briefed. Andrade said more.", "Mario Andrade Vera", "Mario Andrade Vera/name/ Andrade/surname/"},
		{"regime of a leader", "Bashar al-Assad spoke. The Assad regime fell.", "Syria", "Assad regime/metonym/SYRGOV"},
		{"regime of a leader named by his surname alone", "Latvia accused the Lukashenko regime of sending migrants.", "Belarus", "Lukashenko regime/metonym/BLRGOV"},
		{"acronym defined in parentheses", "The Union for National Progress (UNP) met. The UNP said no.", "Union for National Progress", "UNP/alias/ The UNP/alias/"},
		{"the text's acronym beats the lexicon's", "The Rapid Support Forces (RSF) attacked the town. The RSF said so.", "Rapid Support Forces", "RSF/alias/ The RSF/alias/"},
		{"an unknown body's acronym beats another body's", "The Ambazonia Defence Forces (ADF) claimed the attack. The ADF said so.", "Ambazonia Defence Forces", "ADF/alias/ The ADF/alias/"},
		{"the seat of an organisation the story names", "The EU imposed sanctions. Brussels said the list was final.", "European Union", "Brussels/metonym/"},
		{"the North of a divided country", "North Korea fired a missile. Seoul will watch the North.", "North Korea", "the North/metonym/PRKGOV"},
		{"titled surname of a leader", "President Bush spoke. Bush left.", "George Bush", "Bush/surname/ Bush/surname/"},
		{"leader among namesakes", "Prime Minister Blair spoke.", "Tony Blair", "Blair/surname/"},
		{"a country that is also a city abroad", "Nigerian jets flew to Abuja. Beninese soldiers fought. Benin said it had foiled a coup.", "Benin", "Benin/name/"},
		{"an office names its body", "U.N. Secretary-General Antonio Guterres urged restraint.", "United Nations", "U.N./alias/"},
		{"an agency names its body", "The U.N. refugee agency UNHCR said 2,000 people had fled.", "United Nations", "U.N./alias/"},
		{"a body's name with its complement names no other", "The UN Mission in South Sudan said its peacekeepers were on patrol.", "United Nations", "UN/alias/"},
		{"a country's ministry", "Russia's defence ministry said so.", "Defence Ministry (Russia)", "Russia's defence ministry/name/RUSGOVMIL"},
		{"a demonym's ministry", "The Indian foreign ministry said so.", "Foreign Ministry (India)", "The Indian foreign ministry/name/INDGOV"},
		{"a demonym's border guards", "Iranian border guards opened fire on the porters.", "Border Guards (Iran)", "Iranian border guards/name/IRNMIL"},
		{"a demonym's gendarmes", "Serbian gendarmes removed the memorial.", "Gendarmes (Serbia)", "Serbian gendarmes/name/SRBCOP"},
		{"a demonym's military intelligence", "Ukrainian military intelligence said it had struck the depot.", "Military Intelligence (Ukraine)", "Ukrainian military intelligence/name/UKRMILSPY"},
		{"a demonym's security forces", "Iranian security forces fired tear gas at the crowd.", "Security Forces (Iran)", "Iranian security forces/name/IRNCOP"},
		{"a wartime seat of government", "Juba called on Port Sudan to keep oil out of the war.", "Sudan", "Port Sudan/metonym/SDNGOV"},
		{"a seat of government that is not the capital", "The Hague, which has fought gangs in Rotterdam, has offered to post liaison officers in Antwerp.", "Netherlands", "The Hague/metonym/NLDGOV"},
		{"a president's seat that is not the capital", "Cotonou denied hosting foreign troops.", "Benin", "Cotonou/metonym/BENGOV"},
		{"a country's civic body named by its kind", "Chile's national truck owners' confederation urged the government to act.", "National Truck Owners' Confederation (Chile)", "Chile's national truck owners' confederation/name/CHLBUS"},
		{"the maker of a weapon", "Two Turkish-made drones circled the town.", "Türkiye", "Turkish-made/relational/"},
		{"the leader of a coalition", "The U.S.-led coalition said its jets had struck the depot.", "United States", "U.S./relational/"},
		{"a ministry the lexicon lacks", "Ukraine's infrastructure ministry said so.", "Infrastructure Ministry (Ukraine)", "Ukraine's infrastructure ministry/name/UKRGOV"},
		{"the ministry of a group that governs a country is the country's", "A spokesman for the Taliban's interior ministry said so.", "Interior Ministry (Afghanistan)", "interior ministry/name/AFGGOV"},
		{"the country of its institution", "The Indian foreign ministry said so.", "India", "Indian/demonym/"},
		{"a surname the text wrote of a longer lexicon name", "Opposition leader Riek Machar was placed under house arrest. Machar said the move was illegal.", "Riek Machar", "Riek Machar/name/ Machar/surname/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := linked(t, tt.in, tt.entity)
			if got := forms(e); !strings.Contains(got, tt.want) {
				t.Errorf("mentions = %s, want %s", got, tt.want)
			}
		})
	}
}

// TestRoles checks the roles people take from their titles and
// appositions, and organisations from the description set beside their
// name, with the owner it names (for organisations the affiliation is
// checked even when none is wanted).
func TestRoles(t *testing.T) {
	tests := []struct {
		name, in, entity, role, aff string
		body                        bool
	}{
		{"demonym title", "Russian President Ivan Petrov spoke.", "Ivan Petrov", "Russian President", "RUS", false},
		{"possessive and envoy", "Syria’s Ambassador to Russia Sami Kassem spoke.", "Sami Kassem", "Syria’s Ambassador to Russia", "SYR", false},
		{"institution", "State Department spokesman Tom Reed spoke.", "Tom Reed", "State Department spokesman", "USA", false},
		{"apposition", "Lena Moss, a military analyst, said so.", "Lena Moss", "military analyst", "", false},
		{"the rank Major between the role and the name", "\"Nobody was hurt,\" army spokeswoman Major Lena Moss told reporters.", "Lena Moss", "army spokeswoman", "", false},
		{"an apposition after a police grade", "Commissioner Lena Moss, the police spokeswoman, said so.", "Lena Moss", "police spokeswoman", "", false},
		{"an office before the name that holds a grade in lower case", "MSS force commander Lena Moss said so.", "Lena Moss", "MSS force commander", "", false},
		{"a capitalised office in apposition before the name", "An official said the Commissioner for Refugees, Lena Moss, would travel to the camps.", "Lena Moss", "Commissioner for Refugees", "", false},
		{"the dateline's country where no country dominates", "SAN JOSE, Costa Rica, Jan. 5 (Sitrep Wire) - Soldiers detained tourists in San Juan and in Ponce. Security Minister Laura Quesada said the tourists were freed.", "Laura Quesada", "Security Minister", "CRI", false},
		{"who summons a country's envoy is not of it", "BANJUL, Gambia, Jan. 5 (Sitrep Wire) - Senegal said so. Senegal's army fought rebels. Senegal denied it. Foreign Minister Lamin Ceesay summoned Senegal's ambassador on Sunday.", "Lamin Ceesay", "Foreign Minister", "GMB", false},
		{"a leader of a named body", "Union leader Ali Hassan said so.", "Ali Hassan", "Union leader", "", false},
		{"a body named by its kind and what it does", "The Ministry of Fisheries and Marine Resources said so.", "Ministry of Fisheries and Marine Resources", "ministry", "", true},
		{"a military operation", "The town was held, Operation Zorbaq Kai said.", "Operation Zorbaq Kai", "operation", "", true},
		{"a trading company after the trade that names it", "The depot's owner, the arms trader Kestrel Defence Trading, said the hall burned.", "Kestrel Defence Trading", "arms trader", "", true},
		{"a title of two words joined", "Deputy Prosecutor-General Ana Ruiz Vega said charges were filed.", "Ana Ruiz Vega", "Deputy Prosecutor-General", "", false},
		{"a district's collector", "District collector Omar Basri said the roads were shut.", "Omar Basri", "District collector", "", false},
		{"an office named for its holder is the holder's", "Police fired on the crowd, the Ombudsman's Office said.", "Ombudsman's Office", "ombudsman's office", "", true},
		{"a civic body named for rights is a rights group", "Police fired on the crowd, the Zorbaq League for Human Rights said.", "Zorbaq League for Human Rights", "rights group", "", true},
		{"a force whose name says only its kind takes the lexicon's role", "Frontier Corps troops fired, the Frontier Corps said.", "Frontier Corps", "paramilitary force", "", true},
		{"an adviser by portfolio", "Labour adviser Nasrin Chowdhury appealed to workers.", "Nasrin Chowdhury", "Labour adviser", "", false},
		{"an editor-in-chief", "Editor-in-chief Leyla Mammadzada said so.", "Leyla Mammadzada", "Editor-in-chief", "", false},
		{"leader of", "France backs the Malian junta of Assimi Goita.", "Assimi Goita", "leader of the Malian junta", "MLI", false},
		{"a counterpart holds the office for the demonym's country", "Syrian Foreign Minister Sami Kassem called his Turkish counterpart Ana Ruiz Vega.", "Ana Ruiz Vega", "Foreign Minister", "TUR", false},
		{"country as first name", "Defence Minister Israel Katz said so.", "Israel Katz", "Defence Minister", "", false},
		{"apposition after an age", "\"They took people,\" said Ana Ruiz Vega, 31, a bricklayer.", "Ana Ruiz Vega", "bricklayer", "", false},
		{"a body's own name says its kind", "The Zorbaq Chamber of Industry and Commerce said so.", "Zorbaq Chamber of Industry and Commerce", "chamber", "", true},
		{"an apposition that names a town outranks the rank", "A defence spokesman in Jammu, Lt. Col. Ravi Sethi, said so.", "Ravi Sethi", "defence spokesman in Jammu", "", false},
		{"apposition before the name", "Police detained a 40-year-old teacher, Ana Ruiz Vega, on Friday.", "Ana Ruiz Vega", "teacher", "", false},
		{"apposition before an age and the name", "The driver, 21-year-old Ana Ruiz Vega, was delivering food.", "Ana Ruiz Vega", "driver", "", false},
		{"a long apposition before the name", "The city's mayoral committee member for safety, Ana Ruiz Vega, blamed the taxi council.", "Ana Ruiz Vega", "city's mayoral committee member for safety", "", false},
		{"no role from a place phrase", "In the capital, Ana Ruiz Vega said so.", "Ana Ruiz Vega", "", "", false},
		{"no role from a longer place phrase", "In the capital of the region, Ana Ruiz Vega said so.", "Ana Ruiz Vega", "", "", false},
		{"a role with a phrase of its own before the name", "The governor of the North-West region, Ana Ruiz Vega, ordered schools closed.", "Ana Ruiz Vega", "governor of the North-West region", "", false},
		{"a role whose phrase holds a count", "A lawyer for three of the detainees, Ana Ruiz Vega, denied the charge.", "Ana Ruiz Vega", "lawyer for three of the detainees", "", false},
		{"a role before a name given only as", "A farmer who gave his name only as Ana said so.", "Ana", "farmer", "", false},
		{"no role from a plain noun before a name given only as", "A woman who gave her name only as Ana said so.", "Ana", "", "", false},
		{"a role toward someone", "\"No,\" his lawyer, Ana Ruiz Vega, told reporters.", "Ana Ruiz Vega", "lawyer", "", false},
		{"a first name is no role", "\"No,\" said a kiosk owner who gave only her first name, Marta.", "Marta", "kiosk owner", "", false},
		{"a day before a title is no part of it", "On Monday Foreign Ministry spokesman Ana Ruiz Vega said so.", "Ana Ruiz Vega", "Foreign Ministry spokesman", "", false},
		{"the head a participle names", "The Presidential Council, headed by Ana Ruiz Vega, named a governor.", "Ana Ruiz Vega", "head of the Presidential Council", "", false},
		{"a role of a body in the plural possessive", "The Houthis' military spokesman, Ana Ruiz Vega, said so.", "Ana Ruiz Vega", "military spokesman", "", false},
		{"a body's spokesman by its", "The Zande Defence Front attacked. Its spokesman, Ana Ruiz Vega, said so.", "Ana Ruiz Vega", "spokesman", "", false},
		{"apposition before a rank", "A defence ministry official, Col. Ana Ruiz Vega, said so.", "Ana Ruiz Vega", "defence ministry official", "", false},
		{"a portfolio in the title", "Digital Affairs Minister Ana Ruiz Vega said so.", "Ana Ruiz Vega", "Digital Affairs Minister", "", false},
		{"a two-word country's minister before a rank", "Burkina Faso's defence minister, Col. Ana Ruiz Vega, said so.", "Ana Ruiz Vega", "defence minister", "BFA", false},
		{"a town's officer after the name", "Gunmen fired, said Ana Ruiz Vega, Kandahar's police chief.", "Ana Ruiz Vega", "police chief", "AFG", false},
		{"a lower-case title of local government", "More than 1,200 people have fled to Mecula, district administrator Ana Ruiz Vega said.", "Ana Ruiz Vega", "administrator", "", false},
		{"a party's officer by a hyphenated title", "The government knew and did nothing, BJD vice-president Ana Ruiz Vega told a news conference.", "Ana Ruiz Vega", "BJD vice-president", "", false},
		{"a prefect named by the prefecture", "The two residents said so. Ouaka prefect Ana Ruiz Vega said the town was calm.", "Ana Ruiz Vega", "prefect", "", false},
		{"a secretary's portfolio", "\"It is gold,\" Environmental Control Secretary Ana Ruiz Vega said.", "Ana Ruiz Vega", "Environmental Control Secretary", "", false},
		{"a title across its 'of' portfolio before the name", "\"It is gold,\" Undersecretary of Foreign Affairs Ignacio Ruiz Vega said.", "Ignacio Ruiz Vega", "Undersecretary of Foreign Affairs", "", false},
		{"a minister across the 'of' of the portfolio", "\"It is gold,\" Deputy Minister of Foreign Affairs Ignacio Ruiz Vega said.", "Ignacio Ruiz Vega", "Deputy Minister of Foreign Affairs", "", false},
		{"the one served after 'for' is no portfolio", "\"It is gold,\" a spokesman for Prime Minister Ignacio Ruiz Vega said.", "Ignacio Ruiz Vega", "Prime Minister", "", false},
		{"a minister of one portfolio word", "\"It is gold,\" Minister of Defence Ignacio Ruiz Vega said.", "Ignacio Ruiz Vega", "Minister of Defence", "", false},
		{"the lexicon's role of an alliance of states", "The Alliance of Sahel States condemned the attack.", "Alliance of Sahel States", "alliance of Mali, Burkina Faso and Niger", "IGOWAFAES", true},
		{"a regional force of several states", "The Multinational Joint Task Force said it had deployed two gunboats.", "Multinational Joint Task Force", "regional military force of the Lake Chad countries", "IGOAFRMNJ", true},
		{"a separatist force the lexicon knows", "The Ambazonia Defence Forces said they had attacked the convoy.", "Ambazonia Defence Forces", "separatist armed group", "", true},
		{"a lone name after a folk honorific is no leader's", "LASHKAR GAH, Afghanistan, Nov 24 (Sitrep Wire) - Residents spoke. \"They took everything,\" said Haji Gul, a village elder.", "Gul", "village elder", "AFG", false},
		{"a lone name before an apposition with an article is no leader's", "LASHKAR GAH, Afghanistan, Nov 24 (Sitrep Wire) - Residents spoke. \"They took everything,\" said Gul, a farmer from Marja.", "Gul", "farmer from Marja", "AFG", false},
		{"a leader as news spells her", "BELIZE CITY, Belize, Nov 24 (Sitrep Wire) - Belize said so. Claudia Sheinbaum said Mexico would send aid.", "Claudia Sheinbaum", "President", "MEX", false},
		{"a role before a spelled-out rank", "Police fired, provincial police spokesman Inspector Ana Ruiz Vega said.", "Ana Ruiz Vega", "police spokesman", "", false},
		{"a country's office before the name", "Kenya's health minister, Ana Ruiz Vega, said so.", "Ana Ruiz Vega", "health minister", "KEN", false},
		{"an international office outranks a national one the lexicon knew", "European Council President Antonio Costa spoke.", "Antonio Costa", "European Council President", "IGOEUREEC", false},
		{"an office of a place the gazetteer lacks before the name", "Villagers fought, Banke's chief district officer, Ana Ruiz Vega, told reporters.", "Ana Ruiz Vega", "chief district officer", "", false},
		{"a client's lawyer before the name", "Obame was charged. Obame's lawyer, Ana Ruiz Vega, said he would appeal.", "Ana Ruiz Vega", "lawyer", "", false},
		{"a province's office before the name", "Kherson's regional governor, Ana Ruiz Vega, said so.", "Ana Ruiz Vega", "regional governor", "UKR", false},
		{"a country's office in apposition", "Ana Ruiz Vega, Ukraine's human rights commissioner, said so.", "Ana Ruiz Vega", "Ukraine's human rights commissioner", "UKR", false},
		{"a relative clause that names an office", "Gen. Ana Ruiz Vega, who heads the Venezuelan armed forces' strategic command, said so.", "Ana Ruiz Vega", "head of the Venezuelan armed forces' strategic command", "VEN", false},
		{"a title across 'of'", "Police fired, said Inspector General of Police Ana Ruiz Vega.", "Ana Ruiz Vega", "Inspector General of Police", "", false},
		{"a dated title", "Protests followed the ouster of then-president Ana Ruiz Vega.", "Ana Ruiz Vega", "then-president", "", false},
		{"an agency's office in apposition", "\"No,\" said Ana Ruiz Vega, UNICEF's representative in Nigeria, on Monday.", "Ana Ruiz Vega", "UNICEF's representative in Nigeria", "", false},
		{"a group's office", "Amnesty International condemned it. \"No,\" said Ana Ruiz Vega, the group's Americas researcher.", "Ana Ruiz Vega", "Americas researcher", "", false},
		{"an office of a body named after the person", "Ana Ruiz Vega, chairperson of the Kivu Relief Commission, said so.", "Ana Ruiz Vega", "chairperson of the Kivu Relief Commission", "", false},
		{"a role whose words qualify its noun, after the name", "\"No,\" said Ana Ruiz Vega, Sudan country director for the Norwegian Refugee Council.", "Ana Ruiz Vega", "Sudan country director for the Norwegian Refugee Council", "", false},
		{"no role from a verb after the name", "Ana Ruiz Vega, claimed his fighters had won.", "Ana Ruiz Vega", "", "", false},
		{"a head is a role", "\"No,\" communications bureau head Ana Ruiz Vega told reporters.", "Ana Ruiz Vega", "head", "", false},
		{"an honorific between the role and the name", "Taliban deputy spokesman Mawlawi Ana Ruiz Vega rejected the account.", "Ana Ruiz Vega", "Taliban deputy spokesman", "AFG", false},
		{"an elder is a role", "Herders fled, and elder Ana Ruiz Vega said so.", "Ana Ruiz Vega", "elder", "", false},
		{"a member is a role", "Elders met, and jirga member Ana Ruiz Vega said so.", "Ana Ruiz Vega", "member", "", false},
		{"a body's apposition before", "The U.N. peacekeeping mission, MINUSCA, said so.", "MINUSCA", "U.N. peacekeeping mission", "IGOUNO", true},
		{"a body's apposition after", "Fighters of the Zande Defence Front, the largest armed faction, said so.", "Zande Defence Front", "largest armed faction", "", true},
		{"a body's apposition after its acronym, and its country", "Fighters of the Zande Defence Front (ZDF), a Chadian rebel group, said so.", "Zande Defence Front", "Chadian rebel group", "TCD", true},
		{"a relative clause that says what a person heads", "\"No,\" said Ana Ruiz Vega, who heads a civil society group in Lubero.", "Ana Ruiz Vega", "head of a civil society group in Lubero", "", false},
		{"a body's apposition closing its sentence", "Iran blamed Zorbaq, a Kurdish armed group.", "Zorbaq", "Kurdish armed group", "", true},
		{"no apposition from a clause that closes the sentence", "In a statement carried by the state news agency ZUMCA, the North's defence ministry accused Seoul of sending drones.", "ZUMCA", "state news agency", "", true},
		{"where a body sits is not whose it is", "Troops of the Lake Joint Force (LJF), a regional force headquartered in N'Djamena, said so.", "Lake Joint Force", "regional force headquartered in N'Djamena", "", true},
		{"a body's kind before the name", "The United Nations peacekeeping force UNIFIL said so.", "UNIFIL", "United Nations peacekeeping force", "IGOUNO", true},
		{"a country's body", "Kenya's electoral body, the Independent Boundaries Commission, rejected it.", "Independent Boundaries Commission", "Kenya's electoral body", "KEN", true},
		{"a body's kind opening the sentence", "State rail operator SNCF cancelled most trains.", "SNCF", "State rail operator", "", true},
		{"a state body of the story's country", "France's unions struck. France's courts agreed. State rail operator SNCF cancelled most trains.", "SNCF", "State rail operator", "FRA", true},
		{"a body with no description", "ZUMCA said so.", "ZUMCA", "", "", true},
		{"the lexicon's kind of body", "MINUSCA said so.", "MINUSCA", "U.N. peacekeeping mission", "IGOUNO", true},
		{"what a known bloc is, when its name does not say", "ECOWAS said so.", "ECOWAS", "regional bloc", "IGOWAFWAS", true},
		{"what a known charity is, when its name does not say", "Doctors Without Borders said its hospital had received 62 wounded.", "Médecins Sans Frontières", "medical charity", "", true},
		{"the text's apposition over the lexicon's kind", "KFOR, the NATO-led peacekeeping mission, said so.", "KFOR", "NATO-led peacekeeping mission", "IGOWSTNAT", true},
		{"a state-run company is no outlet", "Iraq's oil exports stopped. Iraq's courts agreed. The state-run North Oil Company said the pipeline was cut.", "North Oil Company", "state-run company", "IRQ", true},
		{"an apposition before a name with its acronym", "India said so. Pakistan's military media wing, the Zorbaq Media Directorate (ZMD), accused India.", "Zorbaq Media Directorate", "Pakistan's military media wing", "PAK", true},
		{"a demonym inside a body's name", "Iraq said so. Iraq's police agreed. The National Iranian Gas Company rejected the charge.", "National Iranian Gas Company", "company", "IRN", true},
		{"a body's kind after its name", "The powerful UGTT union called a general strike.", "UGTT", "union", "", true},
		{"a body's kind after its name, in words", "Buses stopped after the UTA transport workers' union said so.", "UTA", "transport workers' union", "", true},
		{"where a body stands, before a name that ends in its kind", "The opposition Zande Democratic Party said so.", "Zande Democratic Party", "opposition party", "", true},
		{"a member of a body is no kind of it", "Officers detained a Zande Broadcasting Corporation producer on Monday.", "Zande Broadcasting Corporation", "", "", true},
		{"another body in the possessive is no kind", "Police raided the Zande Radio's provincial office.", "Zande Radio", "", "", true},
		{"a body's name gives its kind where the text does not", "Police raided the Zande Party's provincial office.", "Zande Party", "party", "", true},
		{"the kind before 'of' in a name", "The National Police of Zande said so.", "National Police of Zande", "police", "", true},
		{"the agency a dateline credits", "LAGOS, Nov. 24 (Zorbaq Press) - Police fired tear gas.", "Zorbaq Press", "news agency", "", true},
		{"a body named for its kind and its country", "DHAKA, Nov. 3 (Sitrep Wire) - Bangladesh said so. Bangladesh's police fired tear gas.", "Police (Bangladesh)", "police", "BGD", true},
		{"a state-run news agency is an outlet", "Lebanon's army said so, and the state-run Cedar News Agency reported it.", "Cedar News Agency", "state-run outlet", "LBN", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := linked(t, tt.in, tt.entity)
			person := e.Kind == report.KindPerson
			if person == tt.body || e.Role != tt.role || (tt.aff != "" || tt.body) && e.Affiliation != tt.aff {
				t.Errorf("got %s %q role %q aff %q, want role %q aff %q", e.Kind, e.Name, e.Role, e.Affiliation, tt.role, tt.aff)
			}
		})
	}
}

func TestLocative(t *testing.T) {
	tests := []struct {
		name, in, word string
		locative       bool
	}{
		{"talks in a capital", "Talks were held in Moscow.", "Moscow", true},
		{"capital that speaks", "Moscow denied it.", "Moscow", false},
		{"ties to a capital", "Critics say it drifts towards Moscow.", "Moscow", false},
		{"deployed to a capital", "Troops were deployed to Kyiv.", "Kyiv", true},
		{"where a pipeline leads", "Crude cannot enter the pipeline to Port Sudan.", "Port Sudan", true},
		{"people carried to a capital", "Helicopters flew the most seriously wounded to Kabul.", "Kabul", true},
		{"permission from a capital", "Dublin had received permission from Lome to board the vessel.", "Lome", false},
		{"people taken back towards a capital", "The crew took the others back towards Tripoli, the charity said.", "Tripoli", true},
		{"a note sent to a capital", "The ministry sent a protest note to Kabul.", "Kabul", false},
		{"a ship escorted to a capital's port", "A navy patrol ship boarded a trawler and escorted it to Tallinn.", "Tallinn", true},
		{"country's town", "A strike hit Lebanon's Tripoli.", "Tripoli", true},
		{"envoy to a country", "Ambassador to Russia Sami Kassem left.", "Russia", false},
		{"town near", "Shelling hit a base near Latakia.", "Latakia", true},
		{"a country a region borders", "The province borders Kazakhstan and Turkmenistan.", "Turkmenistan", true},
		{"both countries a region borders", "The region borders both China and Pakistan.", "China", true},
		{"coordinated with a located town", "Fighting spread between Gao and Ansongo.", "Ansongo", true},
		{"rural areas of a town", "Clashes hit rural areas of Tibu.", "Tibu", true},
		{"a comma before a verb ends the list", "Missiles flew toward the East Sea, Seoul says.", "Seoul", false},
		{"a capital that owns", "The sanctions choke off Moscow's supply of drones.", "Moscow", false},
		{"a capital's suburbs", "Strikes hit strongholds in Beirut's southern suburbs.", "Beirut", true},
		{"a dateline", "VIENNA, Nov 19 (Sitrep Wire) - Iran let inspectors in.", "VIENNA", true},
		{"a part of a capital", "Shelling hit homes in northern Kyiv.", "Kyiv", true},
		{"a capital called on", "Brazil called on Caracas to release the records.", "Caracas", false},
		{"a capital flights are diverted to", "Flights were diverted to Kaunas and Riga.", "Riga", true},
		{"a country cargo is bound for", "Much of the cargo is bound for Uganda and Rwanda.", "Uganda", true},
		{"a country the cargo is paid for", "Kenya pays for Uganda's fuel.", "Uganda", false},
		{"a country whose town the demonym names", "Militia overran the South Sudanese town of Nasir.", "South Sudanese", true},
		{"a territory the lexicon lists as an actor, after 'in'", "Strikes hit homes in central Gaza on Monday.", "Gaza", true},
		{"capitals messages pass between", "Oman has carried messages between Tehran and Washington.", "Washington", false},
		{"towns a road runs between", "Fighting spread along the road between Gao and Ansongo.", "Gao", true},
		{"a seat's name for a part of town", "He was detained in the Miraflores district of La Paz.", "Miraflores", true},
		{"a regional seat that acts", "Somalia's president spoke. Hargeisa wants to take the town by force.", "Hargeisa", false},
		{"a regional seat that only saw what befell it", "Myanmar's junta spoke. Sagaing has seen some of the heaviest fighting since 2021.", "Sagaing", true},
		{"a regional seat that urges, past its apposition", "Somalia's president spoke. Hargeisa, the seat of the breakaway region, urged calm.", "Hargeisa", false},
		{"a regional seat in the apposition of another's title", "Somalia's president spoke. The mayor of Hargeisa, the seat of the breakaway region, urged calm.", "Hargeisa", true},
		{"a regional seat called on", "Somalia's president called on Hargeisa to pull back.", "Hargeisa", false},
		{"a regional seat where something happens", "Somalia's president spoke. Talks were held in Hargeisa.", "Hargeisa", true},
		{"a territory the lexicon lists as an actor, entered", "Trucks were stuck before entering Gaza on Monday.", "Gaza", true},
		{"a territory the lexicon lists as an actor, before a crossing", "Trucks were stuck at the Rafah crossing on Monday.", "Rafah", true},
		{"a territory the lexicon lists as an actor, that speaks", "Gaza's civil defence said four men died.", "Gaza", false},
		{"a territory the lexicon lists as an actor, a border is shared with", "Troops cleared a buffer zone along the border with the Gaza Strip.", "Gaza Strip", true},
		{"a territory the lexicon lists as an actor, west of which something happens", "Gunmen fired at a post on the coastal road west of Rafah.", "Rafah", true},
		{"a territory the lexicon lists as an actor, its residents", "Residents of Rafah were displaced.", "Rafah", true},
		{"a country's side of a crossing", "Trucks waited on the Egyptian side of the crossing.", "Egyptian", true},
		{"a country's side that speaks", "The Egyptian side said talks would resume.", "Egyptian", false},
		{"a body the gazetteer also knows, after 'to'", "The captives were handed to the Red Cross on Monday.", "Red Cross", false},
		{"a dateline's country", "QUETTA, Pakistan, March 4 (Sitrep Wire) - A bomb killed 31 people.", "Pakistan", true},
		{"a country in a list after a comma", "NATO, Germany and France met on Monday.", "Germany", false},
		{"a capital besieged", "Rebels besieged Tripoli in 2019.", "Tripoli", true},
		{"a capital held", "The Houthis have held Sanaa since 2014.", "Sanaa", true},
		{"a capital named by its kind before", "The Houthis seized the capital Sanaa in 2014.", "Sanaa", true},
		{"a capital held to account", "Moscow said it would hold Kyiv \"fully responsible\" for any accident.", "Kyiv", false},
		{"a share of a country", "The Houthis run most of Yemen.", "Yemen", true},
		{"a share of a country's allies", "Most of Russia's allies kept silent.", "Russia", false},
		{"a capital coordinated with a government", "Tokyo conveyed its concern to Moscow and Beijing.", "Beijing", false},
		{"a capital coordinated with a place", "Talks were held in Moscow and Beijing.", "Beijing", true},
		{"a country bordering", "Diyala is a province bordering Iran.", "Iran", true},
		{"a country a border is shared with", "The territory runs along the border with Venezuela.", "Venezuela", true},
		{"a town a road links with another", "Protesters cut the road linking Cochabamba with Oruro.", "Oruro", true},
		{"a capital protests come from", "The survey drew protests from Nicosia on Sunday.", "Nicosia", false},
		{"a country before its own province", "A bomb killed the governor of Iraq's eastern Diyala province.", "Iraq", true},
		{"a country before its leader", "Kenya's Ruto names new ministers.", "Kenya", false},
		{"a country's soil", "The Taliban vowed to defend the soil of Afghanistan.", "Afghanistan", true},
		{"a country left", "The embassy urged citizens to leave Mali immediately.", "Mali", true},
		{"a country's coast by its demonym", "The boat had left the Venezuelan coast.", "Venezuelan", true},
		{"a demonym's government", "The Venezuelan government condemned it.", "Venezuelan", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, r := link(t, tt.in)
			for _, u := range r.Uses {
				if d.Str(d.SpanOf(u.Span.First, u.Span.End)) == tt.word {
					if u.Locative != tt.locative {
						t.Errorf("%q locative = %v, want %v", tt.word, u.Locative, tt.locative)
					}
					return
				}
			}
			t.Errorf("%q not found among the names", tt.word)
		})
	}
}

func TestCountryOrState(t *testing.T) {
	_, r := link(t, "Georgia's governor sent the National Guard to Atlanta. Washington offered help and U.S. officials praised Georgia.")
	for _, e := range r.Entities {
		if e.Code == "GEO" {
			t.Errorf("Georgia the US state was linked to the country: %+v", e)
		}
	}
	_, r = link(t, "Russian troops moved the fence in Georgia. Moscow and Tbilisi traded blame.")
	if entity(r, "Georgia") == nil {
		t.Error("Georgia the country was not linked")
	}
}

// TestAffiliation checks the country an entity is given from its context
// and, where the row names one, the code it acts under.
func TestAffiliation(t *testing.T) {
	tests := []struct {
		name, in, entity, aff, code string
	}{
		{"a party of an ethnic people is no party of their namesake state", "SKOPJE, Jan. 4 (Sitrep Wire) - Macedonian police raided homes in North Macedonia. The Zande Union (ZU), the largest ethnic Albanian party, protested.", "Zande Union", "MKD", ""},
		{"a spokeswoman of the other country's body", "DUSHANBE, Oct. 7 (Sitrep Wire) - Tajik officials said Tajikistan was attacked. Tajikistan's security committee said so. Kyrgyzstan's Border Service gave the opposite account. Its spokeswoman, Ana Ruiz Vega, said Tajik guards fired first.", "Ana Ruiz Vega", "KGZ", ""},
		{"an official named after the words he said, which name a foreign crew", "LIBREVILLE, Gabon, Jan. 5 (Sitrep Wire) - Gabon's navy seized two trawlers off Port-Gentil. The crews, among them Chinese officers, were held in port, said Jean Mba, deputy director of the fisheries authority.", "Jean Mba", "GAB", ""},
		{"a body named as the words' subject after an inverted cue is not the speaker", "MAHBES, Western Sahara, Jan. 5 (Sitrep Wire) - A drone strike killed three men near Mahbes, the Polisario Front said. Algeria condemned the strike. A Moroccan military source, who asked not to be named, said the Royal Armed Forces had targeted a column.", "Royal Armed Forces", "MAR", "MARMIL"},
		{"the director of a body the story described paragraphs before", "LOME, Jan. 5 (Sitrep Wire) - Gunmen kidnapped two aid workers in northern Togo. They work for Fundacion Sol, a Madrid-based charity.\n\nTogo's army searched the area. The government said so. UNHCR suspended its missions.\n\n\"We are worried,\" the charity's director, Ana Ruiz Vega, said.", "Ana Ruiz Vega", "ESP", ""},
		{"a bare ministry whose minister opens its sentence", "SAN JOSE, Jan. 5 (Sitrep Wire) - Costa Rica protested. Foreign Minister Ana Ruiz Vega handed a note to Nicaragua's envoy and demanded that Managua punish the soldiers, the foreign ministry said.", "Foreign Ministry (Costa Rica)", "CRI", "CRIGOV"},
		{"an official of the story's country", "Kenya's president named a cabinet. Kenya's courts agreed. Interior Minister Ana Wambui will appeal.", "Ana Wambui", "KEN", "KENGOV"},
		{"a minister after another country's charge d'affaires was summoned", "VIROLAHTI, Finland (Sitrep Wire) - A Russian helicopter crossed the border, the border guard said.\n\nThe Foreign Ministry summoned Russia's charge d'affaires. Foreign Minister Ana Ruiz Vega said Finland would not accept it.", "Ana Ruiz Vega", "FIN", "FINGOV"},
		{"a department's spokeswoman after the department a country owns", "RIGA, Latvia (Sitrep Wire) - Latvia arrested three people.\n\nCanada's defence department said Ottawa had been informed. \"It is not negotiable,\" department spokeswoman Ana Ruiz Vega said.", "Ana Ruiz Vega", "CAN", ""},
		{"a command of a country's armed forces in a story that names another country more", "AMMAN, Jordan (Sitrep Wire) - Syria denied it. Syrian troops were not involved, Syria said. The General Command of the Jordan Armed Forces said five smugglers were killed.", "General Command of the Jordan Armed Forces", "JOR", "JORMIL"},
		{"a police spokesman after police a sentence puts in another country", "ZAGREB, Croatia, Jan. 5 (Sitrep Wire) - Croatian police denied the claims. Croatia said so.\n\nIn Bosnia, police in the canton confirmed that a patrol had found 29 migrants. Three men were taken to hospital, canton police spokesman Edin Mujagic said.", "Edin Mujagic", "BIH", "BIHCOP"},
		{"a ministry's spokesman after a paragraph of another country's ministry", "GUNSAN, South Korea, Jan. 5 (Sitrep Wire) - South Korea's coast guard detained 11 Chinese fishermen. South Korea said so.\n\nIn Beijing, the foreign ministry said China had lodged representations.\n\nSeoul pushed back. Foreign Ministry spokesman Lim Jae-won said the case would be handled by law.", "Lim Jae-won", "KOR", "KORGOV"},
		{"an official of the ministry of the capital that opens his paragraph", "KUWAIT CITY, Jan. 5 (Sitrep Wire) - Kuwait's coast guard seized an Iranian dhow. Kuwait said so.\n\nIn Tehran, the foreign ministry summoned Kuwait's ambassador. Ali Rezaei, the ministry's director general for Gulf affairs, said the sailors were fishermen.", "Ali Rezaei", "IRN", ""},
		{"a spokesman of the capital his role names, in apposition before his name", "GEORGETOWN, Guyana, Jan. 5 (Sitrep Wire) - Guyana protested. Guyana said so. Guyana's police said so.\n\nAn army spokesman in Paramaribo, Captain Rinaldo Sabajo, denied that any soldier had aimed a weapon.", "Rinaldo Sabajo", "SUR", "SURMIL"},
		{"a spokesman is not of the body named in his own words", "VILNIUS, Lithuania, Jan. 5 (Sitrep Wire) - Lithuania summoned Belarus's envoy. Lithuania's army said so. The helicopter turned back, the State Border Guard Service said.\n\n\"Our officers saw the markings of the Belarusian air force,\" Tomas Vaitkus, a spokesman for the service, told Reuters.", "Tomas Vaitkus", "LTU", ""},
		{"a group's researcher", "Amnesty International condemned it. \"No,\" said Ana Ruiz Vega, the group's Americas researcher.", "Ana Ruiz Vega", "", "NGOHRIAMN"},
		{"an army spokesman after the army the lexicon names", "JUBA, Jan. 4 (Sitrep Wire) - The Sudanese army blamed the RSF. Army spokesman Ana Ruiz Vega said so.", "Ana Ruiz Vega", "SDN", "SDNMIL"},
		{"a military spokeswoman after her military's statement two sentences before", "DAMASCUS, Jan. 9 (Sitrep Wire) - Syria's governor said houses were destroyed. The Israeli military said its forces found rifles. It said two men were released. \"We will act,\" military spokeswoman Maj. Ana Ruiz Vega said.", "Ana Ruiz Vega", "ISR", "ISRMIL"},
		{"a bare ministry's spokesman after a quote that follows his country", "SEOUL, Nov. 18 (Sitrep Wire) - North Korea said drones flew over Pyongyang. North Korea's army was put on alert.\n\nSeoul declined to confirm Pyongyang's account. \"It is not appropriate for us to confirm every claim. But it will face a response,\" defence ministry spokesman Ana Ruiz Vega said.", "Ana Ruiz Vega", "KOR", "KORGOV"},
		{"a unit of a state army the lexicon knows, named with its of", "TAIPEI, Jan. 5 (Sitrep Wire) - Taiwan said 20 ships were seen. The Zorbaq Command of the People's Liberation Army said its forces drilled near the island.", "Zorbaq Command of the People's Liberation Army", "CHN", "CHNMIL"},
		{"an air arm's hyphenated name of the story's country takes its sector", "TOKYO, Jan. 5 (Sitrep Wire) - Japan protested. Japan said a Russian plane entered its airspace. Four Air Self-Defense Force F-15 fighters were scrambled.", "Air Self-Defense Force", "JPN", "JPNMIL"},
		{"a ministry named after a foreign embassy is the host's", "TASHKENT, Uzbekistan, May 3 (Sitrep Wire) - Police in Uzbekistan detained a blogger. Uzbekistan said he was a suspect. Uzbekistan's courts agreed.\n\nThe U.S. Embassy in Tashkent said it was following the case closely. The Foreign Ministry did not respond to a request for comment.", "Foreign Ministry", "UZB", "UZBGOV"},
		{"an official of a town another country's gazetteer entry shares", "ABECHE, Chad, Jan. 5 (Sitrep Wire) - Refugees crossed from Sudan into Chad. Chad said so, and Chad's army sent troops. Most sheltered in schools, said Hassan Abakar Djibrine, the prefect of Tissi department.", "Hassan Abakar Djibrine", "TCD", ""},
		{"a local leader in the town the sentence opens with", "MALE, Maldives (AFP) - The Maldivian coast guard seized three Sri Lankan boats. The Maldives said so, and Maldivian officials agreed.\n\nIn Beruwala, Ana Ruiz Vega, chairman of a local boat owners' association, said a crewman had been hit.", "Ana Ruiz Vega", "LKA", ""},
		{"an armed group of a common name the lexicon gives a country the story never names", "SKOPJE, Jan. 5 (Sitrep Wire) - A rail bridge near Kumanovo was blown up. North Macedonia said so, and North Macedonia's police searched. The National Liberation Army denied any role.", "National Liberation Army", "MKD", "MKDREB"},
		{"a state of the story's country named like another country", "KONTAGORA, Nigeria (Sitrep Wire) - Gunmen attacked a convoy in Niger State, police said. Ana Ruiz Vega, a spokesman for the Niger State governor, condemned the attack.", "Ana Ruiz Vega", "NGA", ""},
		{"the second of two countries' ministries", "Armenia's Defence Ministry said Azerbaijani units fired. Azerbaijan's Defence Ministry gave a different account.", "Defence Ministry (Azerbaijan)", "AZE", "AZEGOV"},
		{"a spokeswoman of an international mission named by its kind", "YEREVAN, Aug. 3 (Sitrep Wire) - Armenia said so. The European Union Mission in Armenia said a patrol had visited Tegh. \"We urge restraint,\" mission spokeswoman Ana Ruiz Vega said.", "Ana Ruiz Vega", "IGOEUREEC", "IGOEUREEC"},
		{"a minister who spoke in a capital", "QUITO, Oct. 22 (Sitrep Wire) - Ecuador sent troops. Ecuador's army said so. Ecuador's navy said so. \"We were received with gunfire,\" Interior Minister Ana Ruiz Vega told reporters in Lima.", "Ana Ruiz Vega", "PER", "PERGOV"},
		{"an aid group named for its country's people", "KHARTOUM, Jan. 5 (Sitrep Wire) - Sudan's army shelled the town. The Norwegian Refugee Council said two of its staff were wounded.", "Norwegian Refugee Council", "NOR", "NGOREF"},
		{"a mission named for the EU belongs to it", "YEREVAN, Jan. 5 (Sitrep Wire) - Armenia said so. The European Union Mission in Armenia said a patrol visited the village.", "European Union Mission in Armenia", "IGOEUREEC", "IGOEUREEC"},
		{"a gang of several countries is the story's country's", "SAN PEDRO SULA, Honduras, Nov 24 (Sitrep Wire) - Members of the Barrio 18 gang attacked a bus, police said. Barrio 18 denied it. Honduras said so.", "Barrio 18", "HND", "HNDCRM"},
		{"an EU police agency belongs to the EU", "Frontex sent 40 officers to the border, the agency said.", "Frontex", "IGOEUREEC", "IGOEURCOP"},
		{"a U.N. agency's staff belong to the U.N.", "The U.N. refugee agency UNHCR urged restraint, spokeswoman Ana Ruiz Vega said.", "UNHCR", "IGOUNO", "IGOUNOREFHCR"},
		{"a protester in a story filed from home about trade with a country named as places", "ULAANBAATAR, Dec. 6 (Sitrep Wire) - Mongolian police detained dozens after protests over coal bound for China. Mongolia sells coal to China. Mongolia ships it by road into China. Exports to China fell. \"We want justice,\" said Ana Ruiz Vega, a student.", "Ana Ruiz Vega", "MNG", ""},
		{"a commander of a body named after him, in a story filed from another country", "KOLKATA, Dec. 9 (Sitrep Wire) - Indian guards killed three men, India's border force said. India's police agreed.\n\nBorder Guard Bangladesh (BGB) rejected the account. Lt. Col. Ana Ruiz Vega, who commands the BGB battalion in Lalmonirhat, said so.", "Ana Ruiz Vega", "BGD", "BGDMIL"},
		{"a body named for its country after 'in the'", "Officials blamed the Union for Justice in the Central African Republic (UJC) for it.", "Union for Justice in the Central African Republic", "CAF", ""},
		{"an armed group named for a region of a country the story names, filed from another", "AIZAWL, Nov. 24 (Sitrep Wire) - Refugees from Myanmar's Chin state crossed into India. India sent troops. India said so. The Chin Liberation Army said its fighters had taken a post.", "Chin Liberation Army", "MMR", "MMRREB"},
		{"a command named for an island of the story's country, after a compass word", "ZAMBOANGA CITY, Aug. 9 (Sitrep Wire) - Philippine marines freed an Indonesian hostage, said Ramon Dacanay, a spokesman for the military's Western Mindanao Command.", "Western Mindanao Command", "PHL", ""},
		{"a body the dictionaries do not know, of the country the story is about", "SANTIAGO, Jan. 5 (Sitrep Wire) - Chile's miners struck. Chile's government said so. Chile's police agreed. The Zorbaq Workers' Federation called the strike.", "Zorbaq Workers' Federation", "CHL", ""},
		{"a person from a town of another country than the story's", "DAKAR, Jan. 5 (Sitrep Wire) - Senegal's navy searched the coast. Senegal said so. Senegal's army agreed. Ana Ruiz Vega, a fisherman from Mindelo, said the boat sank.", "Ana Ruiz Vega", "CPV", ""},
		{"a body named for its country after 'of'", "The Movement for the Liberation of Zorbaq of Mali said so.", "Movement for the Liberation of Zorbaq of Mali", "MLI", ""},
		{"a ministry of three words that closes the sentence, of the country it is filed from", "BUCHAREST, Romania, Nov. 3 (Sitrep Wire) - Two Russian jets flew over a Romanian frigate in the Black Sea, prompting Romania to send two fighters, the Defence Ministry said.", "Defence Ministry", "ROU", "ROUGOV"},
		{"a ministry whose words the sentence goes on with is not the closing attribution", "TOKYO, Nov. 3 (Sitrep Wire) - Japan's coast guard held a Korean trawler. In Seoul, the Foreign Ministry said it had asked Japan to free the crew.", "Foreign Ministry", "KOR", "KORGOV"},
		{"a spokeswoman of the ministry that summoned another country's unnamed envoy", "HELSINKI, Finland, Nov. 3 (Sitrep Wire) - A Russian drone crossed into Finnish airspace.\n\nThe Foreign Ministry summoned Russia's ambassador on Monday and demanded an explanation, ministry spokeswoman Ana Ruiz Vega said.", "Ana Ruiz Vega", "FIN", "FINGOV"},
		{"a minister who urges the capital of the country the story weighs is of the other", "KARONGA, Malawi, Nov. 3 (Sitrep Wire) - Tanzanian fishermen clashed with Malawians on the lake, police said.\n\nTanzania's police sent boats. Tanzania's army sent troops. Tanzania's government said so.\n\n\"Armed men killed our citizens,\" Foreign Minister Ana Ruiz Vega said in a statement, urging Dodoma to hand over those responsible.", "Ana Ruiz Vega", "MWI", "MWIGOV"},
		{"a bare ministry in a capital", "Hours later the Defence Ministry in Baku said some 10,000 troops were taking part.", "Defence Ministry", "AZE", "AZEGOV"},
		{"a U.N. agency's envoy posted in a country", "\"The camp is full,\" said Ana Ruiz Vega, UNICEF's deputy representative in Syria.", "Ana Ruiz Vega", "IGOUNO", "IGOUNOKID"},
		{"a minister after a capital that a whole quote follows", "TEHRAN, Jan. 27 (Sitrep Wire) - Iran arrested the gunman. Iran said so. Turkey condemned the attack. Ankara stands \"shoulder to shoulder with brotherly Azerbaijan\", Foreign Minister Ana Ruiz Vega wrote on X.", "Ana Ruiz Vega", "TUR", "TURGOV"},
		{"the dateline's country of two names is the one the story names plainly", "Unpaid Congolese soldiers loot northern town of Ouesso, thousands flee to Cameroon\n\nBRAZZAVILLE, Congo, Nov 24 (Sitrep Wire) - Soldiers looted shops in the northern Republic of Congo town of Ouesso, sending thousands of residents fleeing across the river into Cameroon, officials said.\n\nSangha department prefect Ana Ruiz Vega said four civilians were killed.", "Ana Ruiz Vega", "COG", "COGGOV"},
		{"a body of one name in two countries is the one of the story's country", "DHAKA, May 2 (Sitrep Wire) - Bangladesh deployed troops. Bangladesh's army said so. Inter-Services Public Relations said 14 rebels were killed.", "Inter Services Public Relations (Bangladesh)", "", "BGDMIL"},
		{"the same name in a story of the other country", "ISLAMABAD, May 2 (Sitrep Wire) - Pakistan deployed troops. Pakistan's army said so. Inter Services Public Relations said 14 militants were killed.", "Inter-Services Public Relations", "", "PAKMIL"},
		{"a name spelled like a former president's is the president", "PARIS, May 2 (Sitrep Wire) - President Francois Mitterand welcomed South African leader F.W. de Klerk.", "Francois Mitterand", "FRA", ""},
		{"a ranked officer whose name is spelled like a former minister's is no minister", "BAMAKO, May 2 (Sitrep Wire) - Mali's army convoy was attacked near Lere. An army spokesman, Col. Issa Diakite, denied that weapons were lost.", "Issa Diakite", "MLI", "MLIMIL"},
		{"a bare spokeswoman of the body that spoke, not of the one it spoke of", "HANOI, May 2 (Sitrep Wire) - Vietnam's foreign ministry said it had handed a protest note to a representative of the Chinese embassy. \"We did our duty,\" spokeswoman Ana Ruiz Vega told a briefing.", "Ana Ruiz Vega", "VNM", ""},
		{"a spokeswoman of the body her title names, not of another country's named after it", "MANILA, May 2 (Sitrep Wire) - Philippine officials said a Philippine boat was hit. The Department of Foreign Affairs said it had summoned the Chinese embassy's deputy chief of mission. \"We will not leave,\" department spokeswoman Ana Ruiz Vega said.", "Ana Ruiz Vega", "PHL", ""},
		{"a spokeswoman after her ministry's statement", "ISLAMABAD, Feb. 12 (Sitrep Wire) - Iran struck. Pakistan's foreign ministry condemned the strikes. \"Iran chose to bomb us. The consequences will rest with Tehran,\" spokeswoman Ana Ruiz Vega told a briefing.", "Ana Ruiz Vega", "PAK", ""},
		{"a commander of the force a plural possessive names", "ISLAMABAD, Feb. 12 (Sitrep Wire) - Pakistan protested. The Revolutionary Guards said they struck. \"We will hunt them,\" Brig. Gen. Ana Ruiz Vega, the Guards' ground forces commander, said.", "Ana Ruiz Vega", "IRN", "IRNMIL"},
		{"a bare ministry's spokesman after a country's rejection", "The U.S. Navy said boats harassed a tanker. Tehran rejected the American account. Foreign Ministry spokesman Ana Ruiz Vega denied it.", "Ana Ruiz Vega", "IRN", "IRNGOV"},
		{"a bare ministry's spokesman after a country's rejection, another ministry named before", "Azerbaijan's Foreign Ministry summoned Iran's envoy. Troops massed. Drones flew.\n\nThe drills went on. Tehran brushed the protest aside. Foreign ministry spokesman Ana Ruiz Vega denied it.", "Ana Ruiz Vega", "IRN", "IRNGOV"},
		{"an ambassador after a country's envoy was summoned", "BAKU, Nov. 24 (Sitrep Wire) - Azerbaijan summoned Iran's ambassador on Sunday. Azerbaijan said drones flew. Azerbaijan closed the border.\n\n\"This is a violation,\" a spokesman said after Ambassador Ana Ruiz Vega was handed a protest note.", "Ana Ruiz Vega", "IRN", ""},
		{"an aide to a known leader serves his country", "Russia summoned the envoy. Russia said so. \"It will not go unanswered,\" Ana Ruiz Vega, a foreign policy aide to President Ilham Aliyev, told reporters.", "Ana Ruiz Vega", "AZE", "AZEGOV"},
		{"an apposition before a name that names the body served", "SANAA, Jan. 3 (Sitrep Wire) - Yemen's government met. A spokesman for the World Food Programme, Ana Ruiz Vega, said aid was stuck.", "Ana Ruiz Vega", "IGOUNO", ""},
		{"a country in the possessive after a preposition owns the body", "KATHMANDU, Nov. 3 (Sitrep Wire) - About 30 personnel of India's Sashastra Seema Bal (SSB) crossed to the island, according to Nepal's Armed Police Force (APF).", "Armed Police Force (Nepal)", "NPL", "NPLCOP"},
		{"a spokeswoman after what she said, a foreign country in it", "RIYADH, Nov. 2 (Sitrep Wire) - Saudi Arabia's defence ministry said drones struck a post. Air defences shot down four drones that crossed from Iraq, ministry spokesman Ana Ruiz Vega said.", "Ana Ruiz Vega", "SAU", "SAUGOV"},
		{"a spokesman after what he said, his capital opening it", "SEOUL, Nov. 2 (Sitrep Wire) - China built a platform. Seoul summoned China's ambassador and demanded that the platform be dismantled, foreign ministry spokesman Ana Ruiz Vega said.", "Ana Ruiz Vega", "KOR", "KORGOV"},
		{"a ministry named by its kind alone", "BUCHAREST, Sept. 9 (Sitrep Wire) - A Russian drone crossed into Romania. Romania summoned the Russian envoy. The foreign ministry said the incursion was unacceptable.", "Foreign Ministry (Romania)", "ROU", "ROUGOV"},
		{"a force named by its kind alone is the story's", "BAMAKO, Sept. 9 (Sitrep Wire) - Gunmen attacked a school in Bamako. Mali said so. Mali said more. The army said 20 attackers were killed.", "Army (Mali)", "MLI", "MLIMIL"},
		{"a ministry named by its kind alone in a sentence that opens in a capital", "ERBIL, Oct. 9 (Sitrep Wire) - Iran struck. Iran said so. Iran, Iran. In Baghdad, the foreign ministry summoned Iran's ambassador.", "Foreign Ministry (Iraq)", "IRQ", "IRQGOV"},
		{"a bare ministry merges with the same named by its country", "Romania's foreign ministry summoned the envoy. Russia denied it. The foreign ministry said so.", "Foreign Ministry (Romania)", "ROU", "ROUGOV"},
		{"a civilian where the role places her", "Tajikistan blamed Kyrgyzstan. Tajik troops fired. \"We ran,\" said Ana Ruiz Vega, a 38-year-old teacher sheltering at a school in Batken.", "Ana Ruiz Vega", "KGZ", ""},
		{"a civilian placed by the apposition after her age", "Turkey struck. Turkey said so. Turkey warned.\n\n\"We ran,\" said Ana Ruiz Vega, 41, a mother of five reached by phone at a school in Raqqa.", "Ana Ruiz Vega", "SYR", ""},
		{"someone with a role that names no body, of the story's country", "Bangladesh's police fired. Bangladesh's courts agreed. \"We were hungry,\" said Ana Ruiz Vega, a sewing machine operator.", "Ana Ruiz Vega", "BGD", ""},
		{"a civilian of the story's country", "Uganda's army pursued the ADF. Uganda's police agreed. \"They came shooting,\" said Ana Ruiz Vega, a 15-year-old student.", "Ana Ruiz Vega", "UGA", ""},
		{"a province before a title in lower case", "Gunmen killed five Thai rangers near the Malaysian border. Bangkok urged Malaysia to act. Kelantan police chief Ana Ruiz Vega rejected the charge.", "Ana Ruiz Vega", "MYS", "MYSCOP"},
		{"a province in a minister's title", "Sri Lanka's navy arrested 22 Indian fishermen. Colombo said so. Tamil Nadu Fisheries Minister Ana Ruiz Vega wrote to Colombo.", "Ana Ruiz Vega", "IND", "INDGOV"},
		{"a state carrier opening its sentence", "Argentina's unions struck. Argentina's courts agreed. State carrier Aerolineas Argentinas cancelled 312 flights.", "Aerolineas Argentinas", "ARG", ""},
		{"a state operator owned in the possessive", "Ukraine's state nuclear operator Energoatom said the line was cut.", "Energoatom", "UKR", ""},
		{"a state outlet the lexicon knows keeps its country", "COTONOU, Benin (Sitrep Wire) - Benin said so. Benin's army agreed. Benin closed the border. In a statement read on state television Tele Sahel, Niger's junta said the bridge was shut.", "Tele Sahel", "NER", "NERMED"},
		{"a state outlet of the country its sentence names", "France expelled nine diplomats. Paris said France would act. The Algerian foreign ministry said in a statement carried by the state news agency ZPS that it was a breach.", "ZPS", "DZA", ""},
		{"a ministry with an 'of' name", "Sudan's Ministry of Energy and Oil said so.", "Ministry of Energy and Oil", "SDN", "SDNGOV"},
		{"a group's researcher on a country", "Amnesty International condemned it. \"No,\" said Ana Ruiz Vega, the group's Afghanistan researcher.", "Ana Ruiz Vega", "", "NGOHRIAMN"},
		{"an agency's director general", "Iran's talks went on. Iran's envoy met IAEA Director General Ana Ruiz Vega in Iran.", "Ana Ruiz Vega", "IGOUNO", "IGOUNOIAE"},
		{"a government spokesman after his government's statement", "NIAMEY, Sept. 16 (Sitrep Wire) - Gunmen blew up the pipeline to Benin, Niger's military government said. Benin, Benin and Benin denied it, Benin said. Government spokesman Ana Ruiz Vega said so.", "Ana Ruiz Vega", "NER", "NERGOV"},
		{"an official of the country the story is filed from and happens in", "CULIACAN, Jan. 21 (Sitrep Wire) - Gunmen fought Mexican troops in Culiacan, Navolato and Mazatlan in Sinaloa state. The kingpin is in U.S. custody, U.S. officials said, and the United States watched. Governor Ana Ruiz Vega urged calm.", "Ana Ruiz Vega", "MEX", "MEXGOV"},
		{"an official of the capital the story is filed from, over a neighbour where a few more places lie", "BAMAKO (Sitrep Wire) - Gunmen killed three Malian soldiers near Mopti, Mali's army said. Mali blamed jihadists who fled towards Djibo and Dori in Burkina Faso. Burkina Faso's army denied it, and Burkina Faso said so. Malian officials in Mali were angry.\n\nGovernment spokesman Ana Ruiz Vega gave a toll.", "Ana Ruiz Vega", "MLI", "MLIGOV"},
		{"a police spokesman", "Kenya's police said so. Kenya's courts agreed. Police spokesman Ana Wambui spoke.", "Ana Wambui", "KEN", "KENCOP"},
		{"an office of the UN in apposition", "Ana Ruiz Vega, the United Nations relief coordinator, said so.", "Ana Ruiz Vega", "IGOUNO", "IGOUNO"},
		{"an army spokesman in apposition", "A Rwandan army spokesman, Brig. Gen. Ana Ruiz Vega, said so.", "Ana Ruiz Vega", "RWA", "RWAMIL"},
		{"a regional administration the lexicon knows", "Somalia's president spoke. Puntland rejected the new constitution.", "Puntland", "", "SOMGOV"},
		{"a state's army the lexicon knows", "Cambodia's army fired shells. The Royal Thai Army said its soldiers had responded.", "Royal Thai Army", "", "THAMIL"},
		{"an insurgent army the lexicon gives its country", "Myanmar's junta bombed villages. The Karen National Liberation Army said it had taken an outpost.", "Karen National Liberation Army", "", "MMRREB"},
		{"a fleet the lexicon knows", "Kyiv said its drones hit two ships. Moscow said its Black Sea Fleet had destroyed them all.", "Black Sea Fleet", "", "RUSMIL"},
		{"an official a foreign state installed, in apposition", "Drones hit Kerch in Crimea. Ukraine said so. The Russian-installed head of Kerch, Ana Ruiz Vega, said three men were hurt.", "Ana Ruiz Vega", "RUS", ""},
		{"the namesake whose office began last", "President Salva Kiir asked Uganda for troops.", "Salva Kiir", "SSD", "SSDGOV"},
		{"a national body of a story on two countries is where it happens", "VILNIUS, Nov. 18 (Sitrep Wire) - Balloons from Belarus closed Vilnius airport. Belarus denied it. Lithuania shut the crossings at Medininkai and Salcininkai, the State Border Guard Service said. Belarus called it a provocation.", "State Border Guard Service", "LTU", ""},
		{"a body named national", "Kenya's police said so. Kenya's courts agreed. Radar tracked the balloons, the National Crisis Management Centre said.", "National Crisis Management Centre", "KEN", ""},
		{"an army chief spoken with, in apposition", "Tanzania's president said he had spoken with Kenya's army chief, Gen. Ana Ruiz Vega, about the border.", "Ana Ruiz Vega", "KEN", "KENMIL"},
		{"a country's ambassador beside a namesake state", "Nigerian officials met Niger's ambassador Brah Mohamane.", "Brah Mohamane", "NER", "NERGOV"},
		{"the chairperson of a body linked after the name serves it", "Ana Ruiz Vega, chairperson of the African Union Commission, said so.", "Ana Ruiz Vega", "IGOAFRAFU", "IGOAFRAFU"},
		{"possessive owner beats an earlier country", "Israeli jets struck a car, Lebanon's Health Ministry said.", "Health Ministry (Lebanon)", "LBN", "LBNGOV"},
		{"a country named as often as another where the places lie", "Brazil raided mines near Boa Vista and in Roraima state. Venezuela said nothing. \"No,\" said Ana Ruiz Vega.", "Ana Ruiz Vega", "BRA", ""},
		{"dominant country of the story", "Kenya's president named a cabinet. Kenya's courts agreed. Critics in Kenya and Uganda objected. The Interior Ministry will appeal.", "Interior Ministry", "KEN", ""},
		{"a generic name abroad is the story's own", "In Libya, the House of Representatives sits in Tobruk. Libya's rival governments met.", "House of Representatives", "LBY", ""},
		{"no dominant country", "Kenya and Uganda signed a pact. Both will trade more. The Interior Ministry will appeal.", "Interior Ministry", "", ""},
		{"where the story's places lie", "Russia said its drones hit Kharkiv and Odesa. Ukraine said Russia lied, and Ukraine's allies agreed. Air force spokesman Col. Ana Ruiz Vega said most were downed.", "Ana Ruiz Vega", "UKR", ""},
		{"the country a story was filed from", "BERLIN (Sitrep Wire) - Russia denied it. Russia's envoy left. German police said so, and a German court agreed. Interior Minister Ana Ruiz Vega spoke.", "Ana Ruiz Vega", "DEU", ""},
		{"a person named without a title", "Kenya's president named a cabinet. Kenya's courts agreed. Ana Wambui Otieno walked out.", "Ana Wambui Otieno", "KEN", ""},
		{"a party of the story's country", "Kenya's president named a cabinet. Kenya's courts agreed. The Orange Unity Party walked out.", "Orange Unity Party", "KEN", ""},
		{"a demonym that refers back", "Acme Logistics said it would resume work. The French company declined to comment.", "Acme Logistics", "FRA", ""},
		{"a dateline that names its country as its capital", "DJIBOUTI, March 9 (Sitrep Wire) - Djibouti accused Eritrea. Eritrea denied it, and Djibouti and Eritrea argued.\n\nDefence Minister Ana Ruiz Vega spoke.", "Ana Ruiz Vega", "DJI", ""},
		{"the country of a dateline town", "HERAKLION, July 9 (Sitrep Wire) - Greece rescued 49 people. Libya objected. Greece and Libya argued.\n\nMigration Minister Ana Ruiz Vega blamed the smugglers.", "Ana Ruiz Vega", "GRC", ""},
		{"a headline's country outweighs a former ruler", "Soldiers seize Chad palace\n\nN'DJAMENA, May 2 (Sitrep Wire) - Soldiers took the palace, the latest coup since independence from France. France said it was worried and French citizens were told to stay home.\n\nAna Ruiz Vega, the army's chief of operations, spoke on television.", "Ana Ruiz Vega", "TCD", "TCDMIL"},
		{"a spokesman for a body named sentences before", "China's Eastern Theater Command said the drills had begun. It posted a video online. The drills would last three days. Col. Ana Ruiz Vega, a spokesman for the command, said jets took part.", "Ana Ruiz Vega", "CHN", ""},
		{"a spokesman for a state body", "Pakistan's army said a bomb had killed 31 people. Pakistan's courts agreed.\n\nNo group has claimed it, said Ana Ruiz Vega, a spokesman for the provincial government.", "Ana Ruiz Vega", "PAK", "PAKGOV"},
		{"an opposition leader of the story's country", "Kenya's president named a cabinet. Kenya's courts agreed.\n\nOpposition leader Ana Wambui Otieno walked out.", "Ana Wambui Otieno", "KEN", ""},
		{"a local leader in a story filed from the country", "BANDA ACEH, Indonesia, May 2 (Sitrep Wire) - Myanmar and Bangladesh blamed each other. Myanmar and Bangladesh argued.\n\nAna Wambui, a leader of the local fishermen's council, said so.", "Ana Wambui", "IDN", ""},
		{"a state broadcaster", "Kenya's president named a cabinet. Kenya's courts agreed.\n\nThe minister told state broadcaster KBX on Monday.", "KBX", "KEN", ""},
		{"another country's state broadcaster", "Kenya's president named a cabinet. Kenya's courts agreed.\n\nThe ministry denied a report by China's state broadcaster CCTV.", "CCTV", "CHN", ""},
		{"an international body belongs to itself", "The European Commission said so on Monday.", "European Commission", "IGOEUREEC", "IGOEUREEC"},
		{"a state body named before its country", "Officials of Coast Guard Bangladesh said so on Monday.", "Coast Guard Bangladesh", "BGD", "BGDMIL"},
		{"a company named before a country is none of its bodies", "Officials of Grameen Bangladesh said so on Monday.", "Grameen Bangladesh", "", ""},
		{"a gang leader with no dominant country", "Kenya and Uganda signed a pact. Both will trade more.\n\nGang leader Ana Wambui Otieno walked out.", "Ana Wambui Otieno", "", ""},
		{"a ministry spokesman after his ministry", "Kenya accused Uganda of backing the raid. Uganda's foreign ministry rejected the claim. \"Kenya should look inward,\" ministry spokesman Ana Ruiz Vega said.", "Ana Ruiz Vega", "UGA", "UGAGOV"},
		{"a spokesman of a body named before by its country", "Greece's coast guard rescued 49 people. Greece and Libya argued. Libya's government objected.\n\n\"It was overloaded,\" coast guard spokesman Ana Ruiz Vega told reporters.", "Ana Ruiz Vega", "GRC", "GRCMIL"},
		{"a spokesman for a royal army", "Thailand and Cambodia traded fire. Thailand and Cambodia blamed each other.\n\nTwo were killed, said Col. Ana Ruiz Vega, a spokesman for the Royal Thai Army.", "Ana Ruiz Vega", "THA", ""},
		{"an envoy's posting is not his country", "Kenya's president named a cabinet. Kenya's courts agreed.\n\nAna Wambui, a former ambassador to Ethiopia, was nominated as Defence Cabinet Secretary.", "Ana Wambui", "KEN", ""},
		{"a spokesman in a town of one of two countries", "India and Pakistan traded fire. India and Pakistan blamed each other.\n\nTwo were killed, said Lt. Col. Ana Ruiz Vega, a defence spokesman in Srinagar.", "Ana Ruiz Vega", "IND", "INDMIL"},
		{"a spokeswoman in a capital that opens the sentence", "India and Pakistan traded fire. India and Pakistan blamed each other.\n\nIn Islamabad, foreign ministry spokeswoman Ana Ruiz Vega said so.", "Ana Ruiz Vega", "PAK", ""},
		{"a coalition of the story's country", "Kenya's president named a cabinet. Kenya's courts agreed.\n\nThe Coalition for Renewal walked out.", "Coalition for Renewal", "KEN", ""},
		{"a national body of the story's country", "Kenya's president named a cabinet. Kenya's courts agreed.\n\nThe Constitutional Council will rule on Friday.", "Constitutional Council", "KEN", ""},
		{"a body of several countries is no one's", "Kenya's president named a cabinet. Kenya's courts agreed.\n\nThe Inter-American Commission on Human Rights will rule on Friday.", "Inter-American Commission on Human Rights", "", ""},
		{"the government's negotiator", "Kenya's president named a cabinet. Kenya's courts agreed.\n\n\"We agreed,\" the government's chief negotiator, Ana Wambui, told reporters.", "Ana Wambui", "KEN", "KENGOV"},
		{"an armed group's negotiator in apposition", "Ana Ruiz Vega, the ELN's chief negotiator, said so.", "Ana Ruiz Vega", "COL", "COLREB"},
		{"a country named as a place is no official's", "Kosovo's police said gunmen attacked. Kosovo's courts agreed.\n\nTwo gunmen were arrested as they tried to cross into Serbia, Col. Ana Ruiz Vega, the police commander for the north, said.", "Ana Ruiz Vega", "KSV", ""},
		{"a ministry's press secretary in a capital", "North Korea fired. South Korea said so.\n\nIn Tokyo, foreign ministry press secretary Ana Ruiz Vega said so.", "Ana Ruiz Vega", "JPN", "JPNGOV"},
		{"the host of a foreign envoy", "DUSHANBE, May 3 (Sitrep Wire) - Tajikistan blamed the Taliban. Tajikistan said so.\n\nChinese Ambassador Ana Ruiz Vega met Deputy Foreign Minister Ana Wambui on Tuesday.", "Ana Wambui", "TJK", "TJKGOV"},
		{"an armed group the lexicon lacks, of the story's country", "NIAMEY, May 3 (Sitrep Wire) - Niger's army said so. Niger's courts agreed.\n\nThe Zande Liberation Front (ZLF), a rebel group that attacked the pipeline in 2024, denied any role.", "Zande Liberation Front", "NER", "NERREB"},
		{"the side of a frontier is no official's country", "Kenya's president named a cabinet. Kenya's courts agreed.\n\nThe clash took place a few kilometres from the Ugandan border, Interior Minister Ana Ruiz Vega said.", "Ana Ruiz Vega", "KEN", "KENGOV"},
		{"a minister after the capital that opens the sentence before", "KANUNGU, Uganda, Nov 24 (Sitrep Wire) - Rebels seized a Congolese town and 9,000 people fled into Uganda. Uganda's army deployed.\n\nKinshasa accused Rwanda of backing the assault. \"We hold two of them,\" Communications Minister Ana Ruiz Vega told reporters.", "Ana Ruiz Vega", "COD", "CODGOV"},
		{"a company described as based in a town after its name", "Nigeria's navy said pirates boarded a tanker off Nigeria's coast, said Acme Shipping Company, the Piraeus-based company that manages the vessel.", "Acme Shipping Company", "GRC", ""},
		{"a company of the town it is based in", "Yemen's Houthis seized a tanker in the Red Sea, Yemen's government said, according to its Piraeus-based manager, Acme Shipping Company.", "Acme Shipping Company", "GRC", ""},
		{"a country named after an official is what the official speaks of", "Air force spokesman Col. Ana Ruiz Vega said Russia launched drones.", "Ana Ruiz Vega", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := linked(t, tt.in, tt.entity)
			if e.Affiliation != tt.aff || tt.code != "" && e.Code != tt.code {
				t.Errorf("%s affiliation %q code %q, want %q %q", e.Name, e.Affiliation, e.Code, tt.aff, tt.code)
			}
		})
	}
}

// TestHomeArmy checks that "the army" of a story is its country's armed
// forces named once by their own name, however far back, and not its
// navy.
func TestHomeArmy(t *testing.T) {
	in := "KOTIDO, Jan. 27 (Sitrep Wire) - A patrol of the Uganda People's Defence Forces clashed with raiders in Uganda. " +
		"The Ugandan navy was not involved. Ugandan police arrested six men. Residents fled. Cattle were recovered. " +
		"The army said four soldiers died."
	e := linked(t, in, "Uganda People's Defence Forces")
	if e.Code != "UGAMIL" || len(e.Mentions) < 2 || e.Mentions[len(e.Mentions)-1].Text != "The army" {
		t.Errorf("got %s %s with mentions %+v, want UGAMIL with 'The army'", e.Name, e.Code, e.Mentions)
	}
}

// TestItsOfTheSubject checks that "its" before a role is the body that
// opened the sentence before as its subject, not the last body it named.
func TestItsOfTheSubject(t *testing.T) {
	in := "SUDAN, May 3 (Sitrep Wire) - Sudan's army fought on. The Zande Relief Council appealed to the United Nations and the African Union. " +
		"\"Let the trucks in,\" its coordinator, Ana Ruiz Vega, said."
	if e := linked(t, in, "Ana Ruiz Vega"); strings.HasPrefix(e.Affiliation, "IGO") || strings.HasPrefix(e.Code, "IGO") {
		t.Errorf("got %s code %q affiliation %q, want the council's coordinator, not the African Union's", e.Name, e.Code, e.Affiliation)
	}
}

// TestOnlyArmy checks that "the army" is the only army the story named,
// however far back, though the story weighs another country more.
func TestOnlyArmy(t *testing.T) {
	in := "The Lebanese army fought smugglers near Hermel. Syria denied any role. Syrian officials said Syria had closed " +
		"its side. Damascus summoned an envoy. Syria's minister spoke. Residents fled. The army said it had sent reinforcements."
	e := linked(t, in, "Army (Lebanon)")
	if last := e.Mentions[len(e.Mentions)-1]; last.Text != "The army" {
		t.Errorf("mentions %+v, want the last to be 'The army'", e.Mentions)
	}
}

// TestGenericBodies checks that a body the lexicon files under a country
// the story never names, by a name any state's body may bear, is the
// story's country's, as are the people who serve it; and that a story
// that names that country keeps it.
func TestGenericBodies(t *testing.T) {
	tests := []codeCase{
		{"South Korea's president spoke in Seoul. South Korea's courts agreed. The National Security Council met in Seoul.",
			"National Security Council (South Korea)", "KORGOV"},
		{"South Korea's president spoke in Seoul. South Korea's courts agreed. The United States and Japan met. The National Security Council met in Washington.",
			"National Security Council", "USAGOV"},
		{"SEOUL, Jan. 5 (Sitrep Wire) - North Korea fired shells near the border. South Korea said so. South Korea's president spoke. The United States condemned the firing. The Joint Chiefs of Staff said the shells fell at sea.",
			"Joint Chiefs of Staff (South Korea)", "KORMIL"},
		{"TALLINN, Jan. 5 (Sitrep Wire) - Estonia protested. Estonia said so. Estonia's minister spoke. Russia's Federal Security Service said the buoys were in Russian waters.",
			"FSB", "RUSCOP"},
		{"NEW DELHI, Jan. 5 (Sitrep Wire) - Indian police fired on protesters. The federal home ministry blamed activists.",
			"Home Ministry (India)", "INDGOV"},
		{"JAIPUR, India, Jan. 5 (Sitrep Wire) - Rioters burned shops. New Delhi sent 600 troops, a federal home ministry official said.",
			"Home Ministry (India)", "INDGOV"},
		{"ABUJA, Nigeria, Jan. 5 (Sitrep Wire) - Gunmen killed 12 worshippers. China urged calm. The president condemned the attack, the presidency said.",
			"Presidency (Nigeria)", "NGAGOV"},
		{"TIKRIT, Iraq, Jan. 5 (Sitrep Wire) - A bomber drove a truck into an army checkpoint, killing 14 people, police said.",
			"Army (Iraq)", "IRQMIL"},
		{"The U.S. embassy in Baghdad condemned the attack.", "Embassy (United States)", "USAGOV"},
		{"KYIV, Jan. 5 (Sitrep Wire) - Ukraine said its drones hit a refinery. Ukraine's army said so. Over Russia, 112 Ukrainian drones were shot down, the defence ministry in Moscow said.", "Defence Ministry (Russia)", "RUSGOV"},
		{"Rockets hit a base used by the U.S.-led coalition. The coalition said no one was hurt.", "U.S.-led coalition", "USAMIL"},
		{"The Saudi-led coalition said it intercepted a missile.", "Saudi-led coalition", "SAUMIL"},
		{"ADDIS ABABA, Jan. 5 (Sitrep Wire) - Ethiopian police arrested 11 men, said a spokesman for the Oromia regional government. The regional government blamed rebels.", "Oromia regional government", "ETHGOV"},
		{"ADRE, Chad, Jan. 5 (Sitrep Wire) - Sudan's army shelled the border. Sudan said so. A Chadian security official said the army had sent 30 pickup trucks to Adre.", "Army (Chad)", "TCDMIL"},
		{"ZAGREB, Croatia, Jan. 5 (Sitrep Wire) - Croatian police denied the claims. Croatia said so.\n\nIn Bosnia, police in the canton confirmed that a patrol had found 29 migrants.", "Police (Bosnia and Herzegovina)", "BIHCOP"},
		{"KARACHI, Pakistan, Jan. 5 (Sitrep Wire) - Gunmen attacked a convoy. Pakistan said so. Pakistan's police searched. In Beijing, foreign ministry spokesman Liu Jiahao said China condemned the attack.", "Foreign Ministry (China)", "CHNGOV"},
		{"DAJABON, Dominican Republic, Jan. 5 (Sitrep Wire) - The Dominican Republic closed the market. Haiti protested. The Dominican Foreign Ministry rejected the accusation.", "Dominican Foreign Ministry", "DOMGOV"},
		{"BELEDWEYNE, Somalia, Jan. 5 (Sitrep Wire) - A truck bomb hit a checkpoint. The Zorbaqelle state government accused Mogadishu of leaving the town exposed.", "Zorbaqelle state government", "SOMGOV"},
		{"MEKELLE, Jan. 5 (Sitrep Wire) - Ethiopian troops moved north. Gunmen declared the head of Tigray's interim administration removed.", "Tigray's interim administration", "ETHGOV"},
		{"BUENOS AIRES, Jan. 5 (Sitrep Wire) - Argentine pensioners marched. The federal police detained 20 people.", "Federal Police (Argentina)", "ARGCOP"},
		{"China's embassy urged calm.", "Embassy (China)", "CHNGOV"},
		{"ZAPORIZHZHIA, Ukraine, Jan. 5 (Sitrep Wire) - Russian aircraft dropped glide bombs on a plant in Zaporizhzhia and on homes in Dnipro and Kharkiv, the regional governor said, as Moscow claimed it hit a depot. Russia said so. Russian jets flew. Moscow said more. Russia's army said so. Police said nine people died.",
			"Police (Ukraine)", "UKRCOP"},
		{"SAN LORENZO, Ecuador, Jan. 5 (Sitrep Wire) - A bomb hit a police station. Colombian rebels were blamed. Colombia denied it. Colombian officials said so. Ecuador closed the border. Police said 14 people were hurt.",
			"Police (Ecuador)", "ECUCOP"},
		{"NEW DELHI, Jan. 5 (Sitrep Wire) - India blamed militants. India said so. India's police searched the hills. Pakistan's Foreign Office rejected the claims.",
			"Foreign Office (Pakistan)", "PAKGOV"},
		{"NEW DELHI, Jan. 5 (Sitrep Wire) - India blamed militants. India said so. India's police searched the hills. Islamabad rejected the account as propaganda. Foreign Office spokesman Ali Rana said Pakistan wanted calm.",
			"Foreign Office (Pakistan)", "PAKGOV"},
		// An armed group is no state whose ministry speaks.
		{"MAROUA, Cameroon, Jan. 5 (Sitrep Wire) - Boko Haram fighters attacked a post near Mora in Cameroon's Far North region, the defence ministry said.",
			"Defence Ministry (Cameroon)", "CMRGOV"},
		// The body named without its country is the one named with it.
		{"BEN GARDANE, Tunisia, Jan. 5 (Sitrep Wire) - Armed men from the Libyan town of Zuwara fought an Interior Ministry force at the border, prompting Tunisia to close its side. Tunisia said so. Tunisia's army spoke. Libyan Interior Ministry spokesman Ali Salem said the force would stay.",
			"Libyan Interior Ministry", "LBYGOV"},
		{"QUITO, Jan. 5 (Sitrep Wire) - Protesters blocked roads in Ecuador. Police said 64 people were held. Riot police fired tear gas.", "Police (Ecuador)", "ECUCOP"},
	}
	checkCodes(t, tests)
	if e := linked(t, tests[len(tests)-2].in, "Libyan Interior Ministry"); !strings.HasPrefix(forms(e), "Interior Ministry/name") {
		t.Errorf("twins: mentions %q, want the unqualified Interior Ministry among them", forms(e))
	}
	if e := linked(t, tests[len(tests)-1].in, "Police (Ecuador)"); forms(e) != "Police/alias/ECUCOP Riot police/alias/ECUCOP" {
		t.Errorf("police opening sentences: mentions %q, want Police and Riot police", forms(e))
	}
}

// TestMentionOf checks which entity a mention belongs to: a force named
// by its kind alone is the one the story named last by that kind, else
// the story's own; a name two countries share is the one the story names
// alone elsewhere.
func TestMentionOf(t *testing.T) {
	tests := []struct{ in, name, text string }{
		{"MANDERA, Kenya (Sitrep Wire) - Somalia said gunmen crossed. Somalia, Somalia and Somalia agreed. Kenyan police arrested two men. The men were smugglers, police said.",
			"Police (Kenya)", "police"},
		{"BAMAKO, Sept. 9 (Sitrep Wire) - Gunmen attacked a school in Bamako. Mali said so. Mali said more. The army said 20 attackers were killed.",
			"Army (Mali)", "The army"},
		{"IMPHAL, India (Sitrep Wire) - Militants ambushed an Indian convoy. India said so. The banned People's Liberation Army claimed the attack. It warned of more. India condemned it. India mourned. The army said it had launched a search operation.",
			"Army (India)", "The army"},
		{"Gunmen attacked a train in Congo's Pool region. The Republic of Congo sent troops. The Congolese army said so.",
			"Republic of the Congo", "Congo"},
		// Both Congos named plainly: the one the dateline's town is in.
		{"IMPFONDO, Congo, May 7 (Sitrep Wire) - Gunmen seized 23 passengers from a barge in northern Congo, the Republic of Congo's gendarmerie said. Kinshasa denied that they came from the Democratic Republic of Congo.",
			"Republic of the Congo", "northern Congo"},
	}
	for _, tt := range tests {
		e := linked(t, tt.in, tt.name)
		if !slices.ContainsFunc(e.Mentions, func(m report.Mention) bool { return m.Text == tt.text }) {
			t.Errorf("%q: %q is no mention of %s: %+v", tt.in, tt.text, tt.name, e.Mentions)
		}
	}
}

// TestSpokesmanOfUnplacedGroup reads through the whole pipeline: the
// spokesman of a group the story gives no country is of the country the
// story is about.
func TestSpokesmanOfUnplacedGroup(t *testing.T) {
	doc := read(t, "Rebels kill six road workers in Indonesia's Papua\n\nJAKARTA, Feb 3 (Sitrep Wire) - Gunmen killed six workers in Indonesia's Papua province, Indonesia's army said.\n\n"+
		"The West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua Movement (OPM), claimed responsibility. Its spokesman, Markus Tabuni, said the dead were soldiers.")
	for _, e := range doc.Entities {
		if e.Name == "Markus Tabuni" {
			if e.Affiliation != "IDN" || e.Role != "spokesman" {
				t.Errorf("Markus Tabuni is %q of %q, want spokesman of IDN", e.Role, e.Affiliation)
			}
			return
		}
	}
	t.Errorf("no Markus Tabuni among %+v", doc.Entities)
}

// TestNamedForces reads through the whole pipeline: the forces any state
// has, named apart from their country, take its name once it is known.
func TestNamedForces(t *testing.T) {
	doc := read(t, "A helicopter of Nigeria's Air Force flew over Bokkos.")
	for _, e := range doc.Entities {
		if e.Name == "Air Force (Nigeria)" && e.Code == "NGAMIL" {
			return
		}
	}
	t.Errorf("no Air Force (Nigeria) among %+v", doc.Entities)
}

// read reads text through the whole pipeline, with the learned NER model
// the actor stage works on in a read.
func read(t *testing.T, text string) *report.Document {
	t.Helper()
	p, err := pipeline.New(slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := p.Read(context.Background(), &article.Article{Text: text}, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestOffices checks that an office named by its holder is an
// organisation of its own, of the holder's country, named by title.
func TestOffices(t *testing.T) {
	tests := []struct{ in, name, code, mention string }{
		{"Israel struck Gaza. Prime Minister Benjamin Netanyahu's office said the strikes would go on.",
			"Prime Minister's Office", "ISRGOV", "Prime Minister Benjamin Netanyahu's office"},
		{"BAGHDAD, Jan. 5 (Sitrep Wire) - Rockets hit Baghdad. Iraq protested. The prime minister's office said it had ordered an inquiry.",
			"Prime Minister's Office", "IRQGOV", "The prime minister's office"},
		{"ANKARA, Jan. 5 (Sitrep Wire) - Turkey banned the march. The Istanbul governor's office said 400 people were held.",
			"Istanbul Governor's Office", "TURGOV", "The Istanbul governor's office"},
		{"TRIPOLI, Jan. 5 (Sitrep Wire) - Libya mourned the dead. The Attorney General's office said six officials were held.",
			"Attorney General's Office", "LBYGOV", "The Attorney General's office"},
		{"ANKARA, Jan. 5 (Sitrep Wire) - Turkey banned the march. The governor's office said so. The Diyarbakir governor's office said 400 people were held.",
			"Diyarbakir Governor's Office", "TURGOV", "The governor's office"},
		{"ANKARA, Jan. 5 (Sitrep Wire) - Turkey held the mayor. The Istanbul chief prosecutor's office said he took bribes.",
			"Istanbul Chief Prosecutor's Office", "TURJUD", "The Istanbul chief prosecutor's office"},
		{"BAGHDAD, Jan. 5 (Sitrep Wire) - Gunmen killed 12 soldiers. Prime Minister Mohammed Shia al-Sudani ordered an investigation, his office said.",
			"Prime Minister's Office", "IRQGOV", "his office"},
	}
	for _, tt := range tests {
		e := linked(t, tt.in, tt.name)
		if e.Code != tt.code || len(e.Mentions) == 0 || e.Mentions[0].Text != tt.mention {
			t.Errorf("%q: %s is %s %q, want %s %q", tt.in, tt.name, e.Code, forms(e), tt.code, tt.mention)
		}
	}
}

// TestArmedDescription checks that a body its description calls a rebel
// or armed group is an armed group of the description's country.
func TestArmedDescription(t *testing.T) {
	for _, tt := range []struct{ in, entity, kind, code string }{
		{"Fighters of the Zande Defence Front (ZDF), a Chadian rebel group, said so.", "Zande Defence Front", report.KindArmedGroup, "TCDREB"},
		{"The Zorbaq National Army said it had taken the town.", "Zorbaq National Army", report.KindArmedGroup, "REB"},
		{"The Front for the Liberation of Zorbaq said it had taken the town.", "Front for the Liberation of Zorbaq", report.KindArmedGroup, "REB"},
		{"The Zorbaq Cartel said it had taken the town.", "Zorbaq Cartel", report.KindArmedGroup, "REB"},
		{"The Zorbaq War Front said it had taken the town.", "Zorbaq War Front", report.KindArmedGroup, "REB"},
		{"The 36th Front said it had taken the town.", "36th Front", report.KindArmedGroup, "REB"},
		{"The Zorbaq Popular Front said it had won the vote.", "Zorbaq Popular Front", report.KindOrganization, ""},
		{"The Zorbaq Defence Forces said they had taken the town.", "Zorbaq Defence Forces", report.KindOrganization, ""},
		{"The Bangsamoro Islamic Freedom Fighters said they had attacked the post.", "Bangsamoro Islamic Freedom Fighters", report.KindArmedGroup, "PHLREBMUS"},
		{"The Eastern Security Network denied the attack.", "Eastern Security Network", report.KindArmedGroup, "NGAREB"},
		{"TOKYO, Jan. 5 (Sitrep Wire) - Japan protested. Japan said so. Japan's Defence Ministry said Air Self-Defense Force fighters also scrambled as the Russian planes flew south.", "Air Self-Defense Force", report.KindOrganization, "JPNMIL"},
		{"KABUL, Nov. 24 (Sitrep Wire) - Afghanistan said so. The National Resistance Front said its fighters had killed 11 Taliban members.", "National Resistance Front", report.KindArmedGroup, "REB"},
		{"Fighters of the Zande Defence Front, the largest armed faction, said so.", "Zande Defence Front", report.KindArmedGroup, "REB"},
		{"The Zande Relief Council, a Chadian charity group, said so.", "Zande Relief Council", report.KindOrganization, ""},
		// A description ends at its relative clause; a militia is armed;
		// the country that backs it does not own it.
		{"Police blamed Kataib Zande, an Iran-backed militia that belongs to the PMF, for the attack.", "Kataib Zande", report.KindArmedGroup, "REB"},
		// Deeds and company make an armed group of a body no lexicon
		// knows; the same names in plain company stay organisations.
		{"Police said Zorbaq Brigade gunmen opened fire on the checkpoint.", "Zorbaq Brigade", report.KindArmedGroup, "REB"},
		{"Police said Zorbaq Brigade militants opened fire on the checkpoint.", "Zorbaq Brigade", report.KindArmedGroup, "REB"},
		// A party's "militants" are its activists, as French usage has it.
		{"The minister said members of the opposition National Congress for Zorbaq (CNZ) were held. CNZ militants attacked a police post.", "National Congress for Zorbaq", report.KindOrganization, ""},
		{"Clashes broke out between fighters of the Zorbaq Brigade and the army.", "Zorbaq Brigade", report.KindArmedGroup, "REB"},
		{"Gunmen loyal to the Zorbaq Brigade seized the port.", "Zorbaq Brigade", report.KindArmedGroup, "REB"},
		{"The army said it had seized four bases of the separatist Zorbaq Movement.", "Zorbaq Movement", report.KindArmedGroup, "REB"},
		{"Ansar Zorbaq, a faction of the Taliban, said it had sent the fighters.", "Ansar Zorbaq", report.KindArmedGroup, "REB"},
		// Militant and criminal bodies are armed too, described before,
		// after or in apposition; a part of an armed group is one.
		{"The militant group Jaish al-Zorbaq said it had attacked the post.", "Jaish al-Zorbaq", report.KindArmedGroup, "REB"},
		{"Police raided slums held by the Zorbaq Command drug faction.", "Zorbaq Command", report.KindArmedGroup, "REB"},
		{"A Turkish drone hit a car in Iraq. The People's Defence Forces (HPG), the PKK's armed wing, confirmed the deaths.", "People's Defence Forces", report.KindArmedGroup, "REB"},
		{"Ansar Zorbaq, a group that pledged allegiance to Islamic State, said so.", "Ansar Zorbaq", report.KindArmedGroup, "REB"},
		{"The Zorbaq Tribal Union, an alliance of Bedouin fighters, said so.", "Zorbaq Tribal Union", report.KindArmedGroup, "REB"},
		{"Ansar Zorbaq, which operates in the hills, claimed responsibility for the blast.", "Ansar Zorbaq", report.KindArmedGroup, "REB"},
		{"The Volunteers of Zorbaq (VZ), a civilian militia armed by the state, lost 11 men.", "VZ", report.KindArmedGroup, "REB"},
		{"Armed men from the Zorbaq Liberation Council robbed two bank branches.", "Zorbaq Liberation Council", report.KindArmedGroup, "REB"},
		{"The fighting pitted the Zorbaq Deterrence Force against a brigade from the port.", "Zorbaq Deterrence Force", report.KindArmedGroup, "REB"},
		{"Clashes broke out between the Zorbaq Police Command and the Yorbaq Brigade.", "Zorbaq Police Command", report.KindOrganization, ""},
		{"A truce collapsed, and shootings between the Zorbaq Movement and the Yorbaq Movement killed nine.", "Yorbaq Movement", report.KindArmedGroup, "REB"},
		{"The Zorbaq Brigade said members of the Zorbaq Relief Council had fled.", "Zorbaq Relief Council", report.KindOrganization, ""},
		{"Police said the Zorbaq Relief Council condemned the militants who claimed responsibility.", "Zorbaq Relief Council", report.KindOrganization, ""},
	} {
		e := linked(t, tt.in, tt.entity)
		if e.Kind != tt.kind || e.Code != tt.code {
			t.Errorf("%q: %s is %s %q, want %s %q", tt.in, tt.entity, e.Kind, e.Code, tt.kind, tt.code)
		}
	}
}

// TestTownNoSurname checks that a town the text names after a preposition
// stays a town where it is named again without one, though a leader of
// the lexicon bears it as a surname.
func TestTownNoSurname(t *testing.T) {
	_, r := link(t, "Niger's army said gunmen attacked a post near the town of Gaya. Residents of Gaya said they heard two blasts.")
	for _, e := range r.Entities {
		if e.Kind == report.KindPerson {
			t.Errorf("the town became a person: %s", e.Name)
		}
	}
}

// TestSpelledOtherwise checks that a known person's name in another
// transliteration links to the lexicon's person.
func TestSpelledOtherwise(t *testing.T) {
	checkCodes(t, []codeCase{
		{"Moscow offered help after President Vladimir Putin spoke with President Kassym-Jomart Tokayev.", "Kassym-Jomart Tokayev", "KAZGOV"},
		{"Protesters marched in Almaty, and Ana Tokayev, a teacher, said so.", "Ana Tokayev", ""},
		{"The Kremlin said drones hit an airbase. President Volodymyr Zelenskiy urged allies to send air defences.", "Volodymyr Zelenskiy", "UKRGOV"},
	})
}

// codeCase is a text, an entity it names and the code it should have.
type codeCase struct{ in, name, code string }

func checkCodes(t *testing.T, tests []codeCase) {
	t.Helper()
	for _, tt := range tests {
		if e := linked(t, tt.in, tt.name); e.Code != tt.code {
			t.Errorf("%q: %s is %q, want %q", tt.in, tt.name, e.Code, tt.code)
		}
	}
}

// TestSpelledOutAcronym checks that an acronym two bodies share stands
// for the one the story spells out, even where it comes first.
func TestSpelledOutAcronym(t *testing.T) {
	for _, tt := range []struct{ in, name string }{
		{"RSF overruns a town. Fighters of the Rapid Support Forces took the market. The RSF said so.", "Rapid Support Forces"},
		{"RSF condemns the arrest. Reporters Without Borders said the journalist was held.", "Reporters Without Borders"},
	} {
		_, r := link(t, tt.in)
		if len(r.Entities) != 1 || r.Entities[0].Name != tt.name {
			t.Errorf("%q: entities %+v, want only %s", tt.in, r.Entities, tt.name)
		}
	}
}

// TestAcronymSpelledBefore checks that an acronym whose letters open the
// words of a body named before it, without brackets, or after it, is
// that body, and
// that a description after a name stops at a verb.
func TestAcronymSpelledBefore(t *testing.T) {
	_, r := link(t, "Armed men from the Zorbaq-Chin National Front robbed two bank branches. The ZNF denied any role. The ZCNF said nothing.")
	e := entity(r, "Zorbaq-Chin National Front")
	if e == nil || len(e.Mentions) != 3 || e.Role != "front" {
		t.Errorf("the front is %+v, want it named three times, its role its own name's kind", e)
	}
	_, r = link(t, "ZNF fighters robbed two banks. Armed men from the Zorbaq National Front robbed the branches. The ZNF denied any role.")
	if e := entity(r, "Zorbaq National Front"); e == nil || len(e.Mentions) != 3 {
		t.Errorf("the front is %+v, want the headline's acronym before its name one of its three mentions", e)
	}
	_, r = link(t, "The Zorbaq Press Service said so. The state news agency ZPS said more.")
	if e := entity(r, "Zorbaq Press Service"); e == nil || len(e.Mentions) != 1 {
		t.Errorf("the service is %+v, want the agency the text introduces apart", e)
	}
}

// TestDescribedBodies checks that a definite description refers back to
// the one body of its kind named just before, and to none where two are
// or the description opens a name of its own.
func TestDescribedBodies(t *testing.T) {
	tests := []struct{ in, entity, want string }{
		{"Chile's Interior Ministry said the border was closed. The ministry said 40 officers were sent.", "Interior Ministry (Chile)", "The ministry"},
		{"The Zorbaq Relief Council said aid had stopped. Later the council said trucks were looted.", "Zorbaq Relief Council", "the council"},
		{"The Directorate of Fisheries said the boat was boarded. Later the directorate said fish were found.", "Directorate of Fisheries", "the directorate"},
		{"The Zorbaq Maritime Centre said a drone struck. Later the centre said the crew were safe.", "Zorbaq Maritime Centre", "the centre"},
		{"The UN refugee agency said 3,000 people crossed. Later the agency said camps were full.", "UNHCR", "the agency"},
		{"Zorbaq rebels shelled the town, the army said. Later the militia said it had withdrawn.", "Zorbaq", "the militia"},
		{"Islamic State claimed an attack. Troops moved. Zorbaq rebels denied the charge. The group said it had withdrawn.", "Zorbaq", "The group"},
		{"The Zorbaq State Police Command said it acted with restraint. Shops burned. Roads closed. Schools shut. Banks stayed shut. The command said 400 officers were sent.", "Zorbaq State Police Command", "The command"},
		{"Protesters marched, the U.N. mission said. The U.N. Peacekeeping Force in Cyprus (UNFICYP) sent troops. Later the mission said two were hurt.", "UNFICYP", "the mission"},
		{"MINURSO, the U.N. peacekeeping mission in Western Sahara, sent monitors. Later the mission said two drones struck.", "MINURSO", "the mission"},
		{"The Zorbaq Defence Force sent troops to the river. Later the force said two boats were hit.", "Zorbaq Defence Force", "the force"},
		{"The Zorbaq Coast Guard stopped a boat. The guard said 40 people were on board.", "Zorbaq Coast Guard", "The guard"},
		{"The Zorbaq Bureau of Corrections said 132 inmates escaped. Later the bureau said 41 were caught.", "Zorbaq Bureau of Corrections", "the bureau"},
		{"The Zorbaq Coast Guard stopped a boat. The coast guard said 40 people were on board.", "Zorbaq Coast Guard", "The coast guard"},
		{"The Zorbaq Relief Council and the Yorbaq Relief Council met. The council said so.", "Zorbaq Relief Council", ""},
		{"The Zorbaq Relief Council met. Days later the council, known as ZRC, said so.", "Zorbaq Relief Council", "the council"},
		{"Zorbaq's National Relief Institute said so. The institute, known as INR, said 60 trucks were looted.", "National Relief Institute", "The institute"},
	}
	for _, tt := range tests {
		_, r := link(t, tt.in)
		e := entity(r, tt.entity)
		if e == nil {
			t.Fatalf("%q: no entity %q in %+v", tt.in, tt.entity, r.Entities)
		}
		got := ""
		for _, m := range e.Mentions {
			if m.Form == report.FormDescription {
				got = m.Text
			}
		}
		if got != tt.want {
			t.Errorf("%q: %s described as %q, want %q", tt.in, tt.entity, got, tt.want)
		}
	}
}

// TestKnownAsAcronym checks that an acronym the text gives a body after
// "the <kind>, known as" names that body, though it spells another name.
func TestKnownAsAcronym(t *testing.T) {
	_, r := link(t, "Zorbaq's National Relief Institute said so. The institute, known as INR, said 60 trucks were looted. INR later denied it.")
	if e := entity(r, "National Relief Institute"); e == nil || len(e.Mentions) != 4 {
		t.Errorf("the institute is %+v, want it named four times", e)
	}
}

// TestFoldedMinistries checks that a ministry named "Ministry of X" and
// "X ministry" in one story is one body of its country, and that another
// country's keeps apart.
func TestFoldedMinistries(t *testing.T) {
	_, r0 := link(t, "YEREVAN, Armenia, Nov 24 (Sitrep Wire) - Azerbaijan's Defence Ministry rejected the account. The Azerbaijani ministry also said its troops had shot down a drone.")
	if e := entity(r0, "Defence Ministry (Azerbaijan)"); e == nil || len(e.Mentions) != 2 {
		t.Errorf("Azerbaijan's defence ministry is %+v, want it named twice", e)
	}

	_, r := link(t, "TBILISI, Georgia, Nov 24 (Sitrep Wire) - Georgian police detained 43 people, the interior ministry said. The Ministry of Internal Affairs said officers acted lawfully. "+
		"The Ministry of National Defence said troops stayed in barracks. The defence ministry said so again. Armenia's Defence Ministry said it was calm.")
	if e := entity(r, "Interior Ministry (Georgia)"); e == nil || len(e.Mentions) != 2 {
		t.Errorf("the interior ministry is %+v, want it named twice", e)
	}
	if e := entity(r, "Defence Ministry (Georgia)"); e == nil || len(e.Mentions) != 2 {
		t.Errorf("Georgia's defence ministry is %+v, want it named twice", e)
	}
	if e := entity(r, "Defence Ministry (Armenia)"); e == nil || len(e.Mentions) != 1 {
		t.Errorf("Armenia's defence ministry is %+v, want it named once", e)
	}

	// A bare ministry of a story filed from one country is not another
	// country's named later.
	_, r2 := link(t, "BAQUBA, Iraq, Nov 24 (Sitrep Wire) - Gunmen stormed a prison, the Interior Ministry said. Baghdad asked Iran for help. Iran's Interior Ministry said its guards were on alert.")
	if e := entity(r2, "Interior Ministry (Iran)"); e == nil || len(e.Mentions) != 1 {
		t.Errorf("Iran's interior ministry is %+v, want it named once, apart from Iraq's", e)
	}
	// Nor is one of a story filed from a capital alone.
	_, r3 := link(t, "SOFIA, Nov 24 (Sitrep Wire) - Two jets entered Bulgarian airspace, the Defence Ministry said. Romania's Defence Ministry said its radars had tracked them.")
	if e := entity(r3, "Defence Ministry (Romania)"); e == nil || len(e.Mentions) != 1 {
		t.Errorf("Romania's defence ministry is %+v, want it named once, apart from Bulgaria's", e)
	}
}

// TestMissionByCountry checks that the U.N. mission in a country is that
// mission, named or not by its acronym.
func TestMissionByCountry(t *testing.T) {
	for in, want := range map[string]string{
		"The U.N. mission in Afghanistan urged both sides to show restraint.":    "UNAMA",
		"The United Nations mission in Somalia said the talks had stalled.":      "UNSOM",
		"The U.N. peacekeeping mission in Western Sahara said it was concerned.": "MINURSO",
	} {
		_, r := link(t, in)
		if entity(r, want) == nil {
			t.Errorf("%q: no %s in %+v", in, want, r.Entities)
		}
	}
}

// TestVillageNamesNoForce checks that a village the gazetteer has abroad
// names no force with the agent noun after it: "Barrett sniper rifles"
// are rifles, not the forces of a Texas village.
func TestVillageNamesNoForce(t *testing.T) {
	_, r := link(t, "CULIACAN, Mexico, Nov 24 (Sitrep Wire) - Troops found two Barrett sniper rifles in the house. Washington renewed its warning to U.S. citizens.")
	if e := entity(r, "United States"); e == nil || strings.Contains(forms(e), "Barrett") {
		t.Errorf("the United States is %+v, want it named without the rifles", e)
	}
}

// TestAcronymAfterCountryInName checks that an acronym in brackets after
// a body's name that ends in a country stands for the body.
func TestAcronymAfterCountryInName(t *testing.T) {
	_, r := link(t, "The Committee of Relatives of the Detained and Disappeared in Honduras (COFADEH), a rights group, said so. COFADEH urged calm.")
	e := entity(r, "Committee of Relatives of the Detained and Disappeared")
	if e == nil || len(e.Mentions) != 3 {
		t.Fatalf("the committee is %+v, want it named three times in %+v", e, r.Entities)
	}
	if c := entity(r, "Honduras"); c == nil || len(c.Mentions) != 1 {
		t.Errorf("Honduras is %+v, want it named once", c)
	}
}

// TestSeatOverCapital checks that a capital that is also the seat of a
// body the story names stands for that body as an actor, and stays a
// place after a preposition of place.
func TestSeatOverCapital(t *testing.T) {
	e := linked(t, "Rights groups urged Brussels to act. The European Union said it was concerned.", "European Union")
	if !strings.Contains(forms(e), "Brussels/") {
		t.Errorf("urged Brussels: EU mentions %q, want Brussels among them", forms(e))
	}
	e = linked(t, "Ministers met in Brussels. The European Union said it was concerned.", "European Union")
	if strings.Contains(forms(e), "Brussels/") {
		t.Errorf("met in Brussels: EU mentions %q, want no Brussels", forms(e))
	}
}

// TestFoldedForces checks that a force named by its country and kind
// alone is the one body of that country and sector whose name holds the
// same words, and that a defence force is its state's army.
func TestFoldedForces(t *testing.T) {
	tests := []struct{ in, entity, code, role, mention string }{
		{"Lesotho police arrested 46 people in Mafeteng. Officers from the Lesotho Mounted Police Service searched 60 homes, the police said.",
			"Lesotho Mounted Police Service", "LSOCOP", "police service", "Lesotho police"},
		{"Soldiers of the Malawi Defence Force guarded the depot in Lilongwe, the army said.",
			"Malawi Defence Force", "MWIMIL", "army", "the Malawi Defence Force"},
		{"Protest turns violent\n\nPODGORICA, Montenegro, Nov 24 (Sitrep Wire) - Police fired tear gas at protesters. The Police Directorate said 14 officers were hurt.",
			"Police Directorate", "MNECOP", "police directorate", "Police"},
		{"The army sent 60 soldiers to Bumbuna in Sierra Leone. The Republic of Sierra Leone Armed Forces said they would stay.",
			"Republic of Sierra Leone Armed Forces", "SLEMIL", "", "The army"},
		{"Six held\n\nCHISINAU, Moldova, Nov 24 (Sitrep Wire) - Police detained six people, the General Police Inspectorate said.",
			"General Police Inspectorate", "MDACOP", "police inspectorate", "Police"},
	}
	for _, tt := range tests {
		doc := read(t, tt.in)
		var got *report.Entity
		for i, e := range doc.Entities {
			if e.Name == tt.entity {
				got = &doc.Entities[i]
			}
		}
		if got == nil {
			t.Fatalf("%q: no entity %q in %+v", tt.in, tt.entity, doc.Entities)
		}
		if got.Code != tt.code || got.Role != tt.role || !slices.Contains(got.Aliases, tt.mention) {
			t.Errorf("%q: %s is %s, %q, %q; want %s, %q, mentioned as %q", tt.in, tt.entity, got.Code, got.Role, got.Aliases, tt.code, tt.role, tt.mention)
		}
	}
}

// TestMissionMentions checks that the parent body named before "mission"
// is the one mission of it the story names, while the parent keeps the
// names it goes by elsewhere.
func TestMissionMentions(t *testing.T) {
	in := "The United Nations condemned the raid. The United Nations mission in Cyprus said nine were held. The U.N. Peacekeeping Force in Cyprus, UNFICYP, urged their release."
	_, r := link(t, in)
	un, mission := entity(r, "United Nations"), entity(r, "UNFICYP")
	if un == nil || mission == nil {
		t.Fatalf("no United Nations or UNFICYP in %+v", r.Entities)
	}
	if !strings.Contains(forms(mission), "United Nations/") || !strings.Contains(forms(un), "United Nations/") {
		t.Errorf("UNFICYP mentioned as %q, the U.N. as %q; want one \"United Nations\" each", forms(mission), forms(un))
	}
}

// TestHome checks the country a story is about: the one whose places
// outnumber any other's where the dateline names it, though a neighbour
// the story blames is named twice as often.
func TestHome(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"KIFFA, Mauritania, Jan. 5 (Sitrep Wire) - Gunmen attacked a Mauritanian army post near the border with Mali. " +
			"Mali said its forces were not involved. Malian officials said so. Mali's army said it patrolled its side. " +
			"Bamako rejected any blame. Malian refugees fled toward Nema, Aioun and Kiffa, and some to Kayes and Segou. " +
			"Traders waited in Dakar.", "MRT"},
		{"KIFFA, Mauritania, Jan. 5 (Sitrep Wire) - Gunmen attacked a post in Mali. Mali said so. Malian officials said so. " +
			"Mali's army said it patrolled. Bamako rejected any blame. Malian refugees fled toward Kayes and Segou.", "MLI"},
	} {
		if _, r := link(t, tt.in); r.Focus != tt.want {
			t.Errorf("%q: about %q, want %q", tt.in, r.Focus, tt.want)
		}
	}
}

// TestCapitalNamesake checks that a capital's name is a city of the
// country the story names when the story names the capital's own country
// by no other word, and that it is the surname of a person named in full
// before.
func TestCapitalNamesake(t *testing.T) {
	_, r := link(t, "Wildfires spread across British Columbia in Canada. Victoria said it would send more crews to Kamloops.")
	if e := entity(r, "Seychelles"); e != nil {
		t.Errorf("Victoria made %+v, want the capital of British Columbia, no country", e)
	}
	_, r = link(t, "Wildfires spread across the Seychelles. Victoria said it would send more crews.")
	if e := entity(r, "Seychelles"); e == nil || len(e.Mentions) != 2 {
		t.Errorf("Seychelles is %+v, want it named and its capital its metonym", e)
	}
	_, r = link(t, "Commodore Rogelio Santiago briefed reporters in Manila. Santiago said 16 vessels were seen.")
	if e := entity(r, "Rogelio Santiago"); e == nil || len(e.Mentions) != 2 || entity(r, "Chile") != nil {
		t.Errorf("the commodore is %+v, want his surname his second mention, not Chile's capital", e)
	}
}

// TestStateHouse checks that "State House" that speaks is the story's
// government, while one after a preposition of place and the State House
// of Assembly are not.
func TestStateHouse(t *testing.T) {
	_, r := link(t, "NAIROBI, May 2 (Sitrep Wire) - Kenya's protesters marched on State House. State House said the president would speak. The Zorbaq State House of Assembly met.")
	e := entity(r, "Kenya")
	if e == nil {
		t.Fatalf("no Kenya in %+v", r.Entities)
	}
	var got []string
	for _, m := range e.Mentions {
		if m.Form == report.FormMetonym {
			got = append(got, m.Text)
		}
	}
	if len(got) != 1 || got[0] != "State House" {
		t.Errorf("Kenya's metonyms are %q, want only the State House that said", got)
	}
}

// TestKinRole checks that a person named right after "his", "her" or
// "their" and a kinship noun takes the kinship as role.
func TestKinRole(t *testing.T) {
	_, r := link(t, "MASERU, May 2 (Sitrep Wire) - A worker was shot near the parliament, his sister Palesa Makhetha told Sitrep Wire.")
	if e := entity(r, "Palesa Makhetha"); e == nil || e.Role != "sister" {
		t.Errorf("the sister is %+v, want the role sister", e)
	}
}
