package quote_test

import (
	"strings"
	"testing"

	"sitrep/internal/report"
)

// who renders a quote as "speaker|as|words", with "?" after an anonymous
// speaker.
func who(q report.Quote) string {
	as := ""
	if q.SpeakerAs != nil {
		as = q.SpeakerAs.Text
	}
	anon := ""
	if q.Anonymous {
		anon = "?"
	}
	return q.SpeakerName + anon + "|" + as + "|" + q.Text.Text
}

// TestSpeakers covers the families of speaker resolution, one table per
// family, in sentences written for these tests.
func TestSpeakers(t *testing.T) {
	type tc struct {
		name, in string
		want     []string
	}
	families := map[string][]tc{
		"pronoun": {
			{"refers to an anonymous source quoted indirectly",
				"A nurse at the clinic, who declined to give her name, told Reuters that the wards were full. “We have no more beds,” she said.",
				[]string{"A nurse at the clinic?|A nurse at the clinic|the wards were full", "A nurse at the clinic?|she|We have no more beds,"}},
			{"takes up the unnamed person who opens the sentence before",
				"\"Every guard stayed at his post,\" director Omar Basri said. A guard who asked not to be named gave a different account. He told Reuters that most guards had left the cell blocks.",
				[]string{"Omar Basri|director Omar Basri|Every guard stayed at his post,", "A guard?|He|most guards had left the cell blocks"}},
			{"agrees in gender with a title",
				"Mrs. Lena Ortiz, the mayor, said the bridge would reopen on Friday. Police chief Mr. Omar Basri said the road was safe. She added that buses would run again.",
				[]string{"Lena Ortiz|Mrs. Lena Ortiz|the bridge would reopen on Friday", "Omar Basri|Police chief Mr. Omar Basri|the road was safe", "Lena Ortiz|She|buses would run again"}},
			{"a police grade of several words before the name",
				"Assistant Commissioner of Police Lena Ortiz, the regional police commander, said the road was safe. Senior Commissioner Omar Basri, a police spokesman, said buses would run again.",
				[]string{"Lena Ortiz|Assistant Commissioner of Police Lena Ortiz|the road was safe", "Omar Basri|Senior Commissioner Omar Basri|buses would run again"}},
			{"it skips a person",
				"Kenya's Defence Ministry said the drills had ended. “The troops are home,” Defence Minister Joseph Kiprono said. It added that no one had been hurt.",
				[]string{"Defence Ministry (Kenya)|Kenya's Defence Ministry|the drills had ended", "Joseph Kiprono|Defence Minister Joseph Kiprono|The troops are home,", "Defence Ministry (Kenya)|It|no one had been hurt"}},
			{"it stands for a company the names layer took for a person",
				"Copperbelt Resources Plc said it had suspended work at the mine. It said output would fall by a tenth.",
				[]string{"Copperbelt Resources Plc|Copperbelt Resources Plc|it had suspended work at the mine", "Copperbelt Resources Plc|It|output would fall by a tenth"}},
			{"it stands for the body its own sentence names, not the last speaker",
				"The United Nations said it had halted flights. Kenya's Electoral Commission condemned what it called “a campaign of lies”. No Kenyan official was hurt, it said.",
				[]string{"United Nations|The United Nations|it had halted flights", "Electoral Commission|Kenya's Electoral Commission|what it called “a campaign of lies", "Electoral Commission|it|“a campaign of lies", "Electoral Commission|it|No Kenyan official was hurt"}},
			{"it stands for the body its sentence names when no one spoke before",
				"Kenya's foreign ministry summoned Uganda's envoy to protest against what it called the “inhumane” treatment of the fishermen.",
				[]string{"Foreign Ministry (Kenya)|it|the “inhumane” treatment of the fishermen"}},
			{"it stands for the subject of the sentence before, not the last speaker",
				"Russia's defence ministry said 40 drones were downed. Ukraine's General Staff gave a different account. It said its forces had hit the depot.",
				[]string{"Defence Ministry (Russia)|Russia's defence ministry|40 drones were downed", "General Staff|It|its forces had hit the depot"}},
			{"it stands for the subject that did not comment",
				"Kenya's foreign ministry said the envoy had left. Uganda's government did not respond to a request for comment. It has previously rejected claims that it armed the raiders.",
				[]string{"Foreign Ministry (Kenya)|Kenya's foreign ministry|the envoy had left", "Uganda|It|claims that it armed the raiders"}},
			{"quotation over three paragraphs",
				"The army said the convoy was attacked at dawn.\n\n“Two soldiers were wounded,” it said.\n\n“The road is now open.”",
				[]string{"The army|The army|the convoy was attacked at dawn", "The army|it|Two soldiers were wounded,", "The army|it|The road is now open."}},
		},
		"coordination": {
			{"but said",
				"Health Minister Sara Okafor confirmed that three clinics had closed but said vaccines were still available.",
				[]string{"Sara Okafor|Health Minister Sara Okafor|three clinics had closed", "Sara Okafor|Health Minister Sara Okafor|vaccines were still available"}},
			{"saying",
				"The Kenyan navy denied the report, saying its ships had stayed in port.",
				[]string{"Navy (Kenya)|The Kenyan navy|the report", "Navy (Kenya)|The Kenyan navy|its ships had stayed in port"}},
			{"saying after a dateline",
				"NAIROBI, March 3 - Kenya's Interior Ministry on Monday rejected the claims, saying no curfew was planned.",
				[]string{"Interior Ministry (Kenya)|Kenya's Interior Ministry|the claims", "Interior Ministry (Kenya)|Kenya's Interior Ministry|no curfew was planned"}},
			{"and has accused",
				"Moscow says the new line marks its border, and has accused Tbilisi of staging provocations.",
				[]string{"Russia|Moscow|the new line marks its border", "Russia|Moscow|Tbilisi of staging provocations"}},
		},
		"definite description": {
			{"the body itself some paragraphs back, not its spokesman",
				"Peru's Joint Command said a patrol was ambushed. The patrol had 30 soldiers. Five rifles were taken. Two helicopters flew in. \"They were waiting for us,\" Col. Omar Basri, a spokesman for the command, said. The command blamed the rebels.",
				[]string{"Joint Command|Peru's Joint Command|a patrol was ambushed", "Omar Basri|Col. Omar Basri|They were waiting for us,", "Joint Command|The command|the rebels"}},
			{"the ministry",
				"Norway's fisheries ministry said quotas would fall next year. The ministry said talks with Russia would continue.",
				[]string{"Fisheries Ministry (Norway)|Norway's fisheries ministry|quotas would fall next year", "Fisheries Ministry (Norway)|The ministry|talks with Russia would continue"}},
			{"plain words between a possessive and the head",
				"Zambia's mines ministry said inspectors had been sent to the area.",
				[]string{"Mines Ministry (Zambia)|Zambia's mines ministry|inspectors had been sent to the area"}},
			{"the company",
				"Baltic Freight Lines said its vessel was undamaged. The company said the crew of 12 was safe.",
				[]string{"Baltic Freight Lines|Baltic Freight Lines|its vessel was undamaged", "Baltic Freight Lines|The company|the crew of 12 was safe"}},
			{"the company, a trading house named in a clause before",
				"BRNO, Czech Republic (Sitrep Wire) - A fire destroyed a hall owned by Kestrel Defence Trading on Saturday, police said. The company said the loss was large.",
				[]string{"Police (Czechia)|police|A fire destroyed a hall owned by Kestrel Defence Trading on Saturday", "Kestrel Defence Trading|The company|the loss was large"}},
			{"the service",
				"The Zande Border Service said the villagers crossed first. The service said its guards fired in the air.",
				[]string{"Zande Border Service|The Zande Border Service|the villagers crossed first", "Zande Border Service|The service|its guards fired in the air"}},
			{"the company its description named, past a body described otherwise",
				"Workers of the state energy company Kazenergo went on strike on Monday. Police moved in on Tuesday. Riot police beat dozens of them. Many fled the square. Internet was cut, the monitoring group NetBlocks said. The company said it was ready to talk.",
				[]string{"NetBlocks|the monitoring group NetBlocks|Internet was cut", "Kazenergo|The company|it was ready to talk"}},
			{"the report is its author's",
				"The World Bank said in a report that growth had slowed sharply. The report said exports fell sharply in the third quarter.",
				[]string{"World Bank|The World Bank|growth had slowed sharply", "World Bank|The report|exports fell sharply in the third quarter"}},
			{"the governor",
				"Governor Ana Lima said on Monday that roads were flooded. The governor said schools would close on Tuesday.",
				[]string{"Ana Lima|Governor Ana Lima|roads were flooded", "Ana Lima|The governor|schools would close on Tuesday"}},
			{"the diplomat is the anonymous one",
				"One of the diplomats, who spoke on condition of anonymity, said the talks had stalled. The diplomat said a new round was unlikely before June.",
				[]string{"One of the diplomats?|One of the diplomats|the talks had stalled", "One of the diplomats?|The diplomat|a new round was unlikely before June"}},
			{"a body's delegation to a country is the body's",
				"Police detained 64 people. The European Union's delegation to Kazakhstan urged restraint.",
				[]string{"European Union|The European Union's delegation to Kazakhstan|restraint"}},
			{"a local body is not the country's",
				"Chile's mining ministry said copper output rose by a third. The province's health department said 40 people were hurt in the blast.",
				[]string{"Mining Ministry (Chile)|Chile's mining ministry|copper output rose by a third", "The province's health department|The province's health department|40 people were hurt in the blast"}},
		},
		"bodies": {
			{"a country's body named with the country's possessive",
				"Myanmar jets bombed a village in Sagaing, killing 38 people, the country's shadow government said.",
				[]string{"Shadow Government (Myanmar)|the country's shadow government|Myanmar jets bombed a village in Sagaing, killing 38 people"}},
		},
		"kin": {
			{"a suspect's relative speaks, not the suspect",
				"\"He has never held a gun,\" the uncle of the younger suspect told reporters.",
				[]string{"the uncle of the younger suspect?|the uncle of the younger suspect|He has never held a gun,"}},
		},
		"inverted": {
			{"a name and its apposition before told, not whom he told",
				"At least 34 people were injured, Freddy Arandia, the police commander for the department, told reporters.",
				[]string{"Freddy Arandia|Freddy Arandia|At least 34 people were injured"}},
		},
		"anonymous source": {
			{"one of a body's people described by where he is, who asks for anonymity, speaks for the body unnamed",
				"An African Union observer at the Aozou site, who asked not to be named, said 318 fighters had been disarmed.",
				[]string{"African Union?|An African Union observer at the Aozou site|318 fighters had been disarmed"}},
			{"one of a body's people who asks for anonymity is a person, not the body",
				"A Greek border guard who spoke on condition of anonymity said the migrants arrived in buses.",
				[]string{"A Greek border guard?|A Greek border guard who spoke on condition of anonymity|the migrants arrived in buses"}},
			{"a member of a force named by its kind is a person, not the force",
				"A gendarme at the post, who asked not to be identified, said the soldiers had opened fire.",
				[]string{"A gendarme at the post?|A gendarme at the post|the soldiers had opened fire"}},
			{"a long description of where the sources live",
				"Two residents of a hamlet at the foot of the mountain said they heard a blast at dawn.",
				[]string{"Two residents of a hamlet at the foot of the mountain?|Two residents of a hamlet at the foot of the mountain|they heard a blast at dawn"}},
			{"one of them",
				"Two witnesses in the village said the power had been cut for days. “We worked by torchlight,” one of them said.",
				[]string{"Two witnesses in the village?|Two witnesses in the village|the power had been cut for days", "one of the two witnesses in the village?|one of them|We worked by torchlight,"}},
			{"a body's office or delegation in a country speaks for the body",
				"Police fired tear gas in Zorbaq. The United Nations office in Nepal urged restraint. The EU delegation in Georgia said it was concerned.",
				[]string{"United Nations|The United Nations office in Nepal|restraint", "European Union|The EU delegation in Georgia|it was concerned"}},
			{"a name after a quote with an age and a hometown in apposition",
				"Dr. Ali Zorbaq said four were hurt. “Nobody warned us,” Jawad Ahmadi, 19, from Ghor province, told Sitrep Wire.",
				[]string{"Ali Zorbaq|Dr. Ali Zorbaq|four were hurt", "Jawad Ahmadi|Jawad Ahmadi|Nobody warned us,"}},
			{"a body's surface takes the kind or the country before its name",
				"Pakistan's Foreign Office said the envoy had left. The West African bloc ZOWAS said it would meet.",
				[]string{"Foreign Office|Pakistan's Foreign Office|the envoy had left", "ZOWAS|The West African bloc ZOWAS|it would meet"}},
			{"a source who names himself before the cue",
				"In a video, a man who identified himself as the group's commander Ali Zorbaq denied that his fighters had attacked the village.",
				[]string{"Ali Zorbaq|commander Ali Zorbaq|his fighters had attacked the village"}},
			{"a country's customs speak as a body, and a committee they head is the committee",
				"Chinese customs said the loads did not match the papers. The customs committee of the breakaway republic said that not a single pack had left.",
				[]string{"Customs (China)|Chinese customs|the loads did not match the papers",
					"The customs committee of the breakaway republic|The customs committee of the breakaway republic|not a single pack had left"}},
			{"a free relative of naming quotes nothing before it and is no subject a later cue shares",
				"A Portuguese navy ship tracked the yacht, the navy said. Cape Verde's justice minister, Ali Zorbaq, thanked Lisbon for what he called \"exemplary cooperation\" and said his government would ask Portugal for more help.",
				[]string{"Navy (Portugal)|the navy|A Portuguese navy ship tracked the yacht", "Ali Zorbaq|Ali Zorbaq|his government would ask Portugal for more help"}},
			{"a source who gives his role in a group, not his name, speaks for the group unnamed",
				"In a video, a man who identified himself as a commander of the Zorbaq Liberation Front denied that his fighters had attacked the village and accused the army of lying.",
				[]string{"Zorbaq Liberation Front?|a man who identified himself as a commander of the Zorbaq Liberation Front|his fighters had attacked the village",
					"Zorbaq Liberation Front?|a man who identified himself as a commander of the Zorbaq Liberation Front|the army of lying"}},
			{"one of them, of a group no count gives",
				"Several witnesses in the village said the power had been cut for days. “We worked by torchlight,” one of them said.",
				[]string{"Several witnesses in the village?|Several witnesses in the village|the power had been cut for days", "one of the witnesses in the village?|one of them|We worked by torchlight,"}},
			{"one of them with an apposition that says who",
				"Two fishermen said the boats had burned. “We lost everything,” one of them, a boat owner, said.",
				[]string{"Two fishermen?|Two fishermen|the boats had burned", "one of the two fishermen, a boat owner?|one of them, a boat owner|We lost everything,"}},
			{"a source who names himself later",
				"A rebel spokesman, reached by telephone, said the army had lied. “We never attacked civilians,” said the spokesman, who gave his name as Abdel Moussa.",
				[]string{"Abdel Moussa|A rebel spokesman|the army had lied", "Abdel Moussa|Abdel Moussa|We never attacked civilians,"}},
			{"according to the statement is its author's",
				"The Interior Ministry said in a statement that seven men had been arrested. The coast guard had seized two boats, according to the statement.",
				[]string{"Interior Ministry|The Interior Ministry|seven men had been arrested", "Interior Ministry|the statement|The coast guard had seized two boats"}},
			{"the name in apposition after a body's role",
				"“The picture was taken at a rally,” said Amnesty International's researcher, Ana Ruiz Vega.",
				[]string{"Ana Ruiz Vega|Ana Ruiz Vega|The picture was taken at a rally,"}},
			{"a leader a reporter meets",
				"The gunmen burned a warehouse, said a tribal leader in the camp.",
				[]string{"a tribal leader?|a tribal leader|The gunmen burned a warehouse"}},
			{"a body's leaders speak for the body",
				"ECOWAS leaders said the sanctions would stay.",
				[]string{"ECOWAS|ECOWAS|the sanctions would stay"}},
			{"apposition without a relative pronoun",
				"Three residents of the town, reached by telephone, said the shelling had stopped.",
				[]string{"Three residents of the town?|Three residents of the town|the shelling had stopped"}},
			{"a long relative clause of anonymity without commas",
				"A Ukrainian officer who asked not to be named because he was not authorised to speak to the press said his brigade had captured three soldiers.",
				[]string{"A Ukrainian officer?|A Ukrainian officer who asked not to be named|his brigade had captured three soldiers"}},
			{"relative clause without commas",
				"A resident who asked not to be identified told Reuters the soldiers had left the village.",
				[]string{"A resident?|A resident who asked not to be identified|the soldiers had left the village"}},
			{"the clause that grants anonymity is cited with the source, another relative clause is not",
				"The bridge was shelled twice, a security official in Goma who spoke on condition of anonymity said. A farmer who lives by the river said the water was rising.",
				[]string{"a security official in Goma?|a security official in Goma who spoke on condition of anonymity|The bridge was shelled twice", "A farmer?|A farmer|the water was rising"}},
			{"prepositional phrase after the head",
				"A doctor at the district hospital said 12 people were treated for burns.",
				[]string{"A doctor at the district hospital?|A doctor at the district hospital|12 people were treated for burns"}},
			{"a spokeswoman speaks for her ministry, unnamed",
				"A Chilean foreign ministry spokeswoman said the envoy had been recalled.",
				[]string{"Foreign Ministry (Chile)?|A Chilean foreign ministry spokeswoman|the envoy had been recalled"}},
		},
		"dateline": {
			{"the words before the speaker start after it",
				"KABUL, May 2 - Heavy rain flooded 30 villages in the north, officials said.",
				[]string{"officials?|officials|Heavy rain flooded 30 villages in the north"}},
			{"according to",
				"LIMA, May 2 - Two miners died in a landslide, according to a local rescue group.",
				[]string{"a local rescue group?|a local rescue group|Two miners died in a landslide"}},
			{"a report a body wrote is the body's",
				"MALMO, Sweden, May 2 (Reuters) - Police sealed off the square. According to a police report seen by Reuters, two gunmen fired at least 12 shots.",
				[]string{"Police (Sweden)|a police report|two gunmen fired at least 12 shots"}},
		},
		"names": {
			{"the full name before an acronym",
				"The Rapid Support Forces (RSF) said the drill had ended.",
				[]string{"Rapid Support Forces|The Rapid Support Forces (RSF)|the drill had ended"}},
			{"a cue inside a name",
				"The United States said the sanctions would stay in place.",
				[]string{"United States|The United States|the sanctions would stay in place"}},
		},
		"institution named again": {
			{"a presidency named by its country, then alone",
				"Algeria's presidency said two drivers were killed. The presidency said it would respond.",
				[]string{"Presidency (Algeria)|Algeria's presidency|two drivers were killed", "Presidency (Algeria)|The presidency|it would respond"}},
			{"the group is the rights initiative that spoke last",
				"Police detained 64 people, a rights group said. The Zorbaq Initiative for Personal Rights said it had documented the arrests. Prosecutors ordered 41 of them held, the group said.",
				[]string{"Zorbaq Initiative for Personal Rights|a rights group|Police detained 64 people", "Zorbaq Initiative for Personal Rights|The Zorbaq Initiative for Personal Rights|it had documented the arrests",
					"Zorbaq Initiative for Personal Rights|the group|Prosecutors ordered 41 of them held"}},
		},
		"an international body's unnamed officers": {
			{"an unnamed official speaks for the body, as the text words it",
				"Jets hit the camp, a U.N. official who asked not to be named said.",
				[]string{"United Nations?|a U.N. official who asked not to be named|Jets hit the camp"}},
			{"an envoy whose title the body's name opens keeps the whole title",
				"The U.N. special envoy for Yemen urged both sides to respect the ceasefire.",
				[]string{"The U.N. special envoy for Yemen|The U.N. special envoy for Yemen|both sides to respect the ceasefire"}},
		},
		"a description named in apposition": {
			{"a party described, then named", "The main opposition party, the Zorbaq Union, rejected any suggestion that it was involved.",
				[]string{"Zorbaq Union|the Zorbaq Union|any suggestion that it was involved"}},
			{"a source inside a body named after it is still the source", "A source in the country's intelligence agency, the Zorbaq Bureau, said 40 drones were launched.",
				[]string{"A source in the country's intelligence agency?|A source in the country's intelligence agency|40 drones were launched"}},
		},
		"some of a group, and who says": {
			{"several, some of them, and a person a relative clause describes",
				"Reporters met relatives at the prison gate. Several said their sons had been detained. Three of them said they had heard gunfire. Ana Ruiz Vega, 31, who said she had walked from Arica, cried.",
				[]string{"Several?|Several|their sons had been detained", "Three of them?|Three of them|they had heard gunfire", "Ana Ruiz Vega|Ana Ruiz Vega|she had walked from Arica"}},
			{"a coordinated cue shares the subject a title of several words opens, after a fronted place",
				"At the Zorbaq Ministry, Deputy Foreign Minister Lena Ortiz handed the envoy a note and demanded a full explanation.",
				[]string{"Lena Ortiz|Deputy Foreign Minister Lena Ortiz|a full explanation"}},
			{"the group an apposition calls another's affiliate",
				"JNIM, Al-Qaeda's affiliate in the Sahel, claimed the kidnapping in June. In a short message posted on Sunday, the group said the engineers had been released.",
				[]string{"Jama'at Nusrat al-Islam wal-Muslimin|JNIM|the kidnapping in June", "Jama'at Nusrat al-Islam wal-Muslimin|the group|the engineers had been released"}},
			{"a coordinated cue shares an officer of a body, not the body",
				"BUEA, Cameroon (Reuters) - Cameroon's government signed a deal with the rebels. A senior army officer, who asked not to be named, put the number at 400 and said the group held a few hundred rifles.",
				[]string{"A senior army officer?|A senior army officer|the number at 400", "A senior army officer?|A senior army officer|the group held a few hundred rifles"}},
			{"a coordinated clause whose speaker a relative clause describes",
				"The European Union called on Bishkek to respect the right to assemble, while Moscow, which keeps an air base at Kant outside the capital, described the vote as an internal affair.",
				[]string{"European Union|The European Union|Bishkek to respect the right to assemble", "Russia|Moscow|the vote as an internal affair"}},
			{"a body's relative clause that ends in a person's name",
				"The Zorbaq Front (ZF), which says it is fighting to topple President Lena Ortiz, claimed the attack in a message sent to journalists.",
				[]string{"Zorbaq Front|The Zorbaq Front (ZF)|it is fighting to topple President Lena Ortiz", "Zorbaq Front|The Zorbaq Front (ZF)|the attack in a message sent to journalists"}},
			{"a long relative clause between a body and its cue",
				"Zorbaq Bank, which keeps thousands of staff at its tower in Nairobi and at a second office in the port of Mombasa, said it was following the dispute closely.",
				[]string{"Zorbaq Bank|Zorbaq Bank|it was following the dispute closely"}},
			{"a group an indefinite apposition describes says, then acts",
				"Zorbaq Front, an armed movement that says it defends herders, denied any role in the raid.",
				[]string{"Zorbaq Front|Zorbaq Front|it defends herders", "Zorbaq Front|Zorbaq Front|any role in the raid"}},
		},
		"one of a named community": {
			{"an elder of a tribe the finder linked, or did not, speaks unnamed, not for the tribe",
				"Tribesmen fought at a checkpoint near Kut. A Hamas leader said 12 men died. An Al-Zubaid elder said his men had only returned fire.",
				[]string{"A Hamas leader?|A Hamas leader|12 men died", "An Al-Zubaid elder?|An Al-Zubaid elder|his men had only returned fire"}},
		},
		"participle after a direct quote": {
			{"the participle shares the speaker before it, not the noun after it",
				"Opposition leader Omar Basri spoke in Honiara. \"The town was a tinderbox, and they did nothing,\" he said, demanding the resignation of the police minister.",
				[]string{"Omar Basri|he|The town was a tinderbox, and they did nothing,", "Omar Basri|he|the resignation of the police minister"}},
		},
		"body named after the lead": {
			{"a rights group is the rights league that speaks next",
				"Police shot seven protesters, a rights group said on Monday. Shops stayed shut. The Zorbaq League of Human Rights said the dead included two boys.",
				[]string{"Zorbaq League of Human Rights|a rights group|Police shot seven protesters", "Zorbaq League of Human Rights|The Zorbaq League of Human Rights|the dead included two boys"}},
			{"a war monitor is the body later called a monitor",
				"Jets struck a depot, a war monitor said. The Zorbaq Observatory, a London-based monitor, said 17 people died.",
				[]string{"Zorbaq Observatory|a war monitor|Jets struck a depot", "Zorbaq Observatory|The Zorbaq Observatory|17 people died"}},
			{"not the body the reported words name before it",
				"Iranian border guards fired on the porters, killing three, a rights group said. Shops stayed shut.",
				[]string{"a rights group|a rights group|Iranian border guards fired on the porters, killing three"}},
			{"nor a force whose name its kindred words fit",
				"Iranian security forces fired on the crowd, killing three, a rights group said. Shops stayed shut.",
				[]string{"a rights group|a rights group|Iranian security forces fired on the crowd, killing three"}},
			{"not a body of another kind",
				"Police shot seven protesters, a rights group said. The Zorbaq Interior Ministry said the police had fired in self-defence.",
				[]string{"a rights group|a rights group|Police shot seven protesters", "Zorbaq Interior Ministry|The Zorbaq Interior Ministry|the police had fired in self-defence"}},
		},
		"body named in apposition": {
			{"a description with a place, then the body's name",
				"The U.N. force in Cyprus, UNFICYP, said observers had reached the wreckage.",
				[]string{"UNFICYP|UNFICYP|observers had reached the wreckage"}},
			{"a body's name and its acronym in apposition",
				"The Zorbaq Forestry Corporation, ZFC, said 38 fires were burning.",
				[]string{"Zorbaq Forestry Corporation|The Zorbaq Forestry Corporation|38 fires were burning"}},
		},
		"rank": {
			{"a rank of two words spelled out",
				"\"We struck at dawn,\" air force spokesman Air Commodore Omar Basri said.",
				[]string{"Omar Basri|air force spokesman Air Commodore Omar Basri|We struck at dawn,"}},
			{"a priest's title",
				"\"The church is full,\" said Father Omar Basri.",
				[]string{"Omar Basri|Father Omar Basri|The church is full,"}},
			{"an office and a rank before a name that a place follows",
				"Gunmen raided the camp near the Niger border. Governor Col. Omar Basri of the Sahel region said 38 bodies had been recovered.",
				[]string{"Omar Basri|Governor Col. Omar Basri|38 bodies had been recovered"}},
		},
		"a report coordinated by while": {
			{"the words end where the other side's begin",
				"Gunmen attacked a camp. Addis Ababa accused the militia of attacking civilians, while the European Union's delegation called for a swift inquiry.",
				[]string{"Ethiopia|Addis Ababa|the militia of attacking civilians", "European Union|the European Union's delegation|a swift inquiry"}},
		},
		"a person of the body after him": {
			{"a ranked officer of a regional police",
				"A convoy was hit. Lt. Col. Omar Basri of the Anbar police said officers had arrested two men.",
				[]string{"Omar Basri|Lt. Col. Omar Basri|officers had arrested two men"}},
		},
		"a verb of beginning before the cue": {
			{"began saying",
				"Relations have soured since Prime Minister Omar Basri began saying that the country needs a port.",
				[]string{"Omar Basri|Prime Minister Omar Basri|the country needs a port"}},
		},
		"a cue's participle after an article": {
			{"is an adjective",
				"Riot police detained 47 people after officials refused to recount ballots in a disputed mayoral runoff, the Interior Ministry said on Monday.",
				[]string{"Interior Ministry|the Interior Ministry|Riot police detained 47 people after officials refused to recount ballots in a disputed mayoral runoff"}},
		},
		"a cue's form as a name": {
			{"a town called as a verb is",
				"Niger's defence ministry spoke. Gunmen attacked the post at Tamou, a town southwest of Say in the Tillaberi region, the ministry said.",
				[]string{"Defence Ministry (Niger)|the ministry|Gunmen attacked the post at Tamou, a town southwest of Say in the Tillaberi region"}},
		},
		"a spokesman's report of what the one he speaks for said": {
			{"the principal's own cues report his words",
				"Gunmen attacked a camp. U.N. Secretary-General Omar Basri urged all sides to exercise restraint, his spokesman said.",
				[]string{"Omar Basri|U.N. Secretary-General Omar Basri|all sides to exercise restraint"}},
		},
		"quoted as saying": {
			{"the speaker before the words that name the cue",
				"Interior Minister Omar Basri rejected the account. \"Our guards fired back,\" he was quoted as saying by the state news agency.",
				[]string{"Omar Basri|Interior Minister Omar Basri|the account", "Omar Basri|he|Our guards fired back,"}},
		},
		"the place whose office a title is": {
			{"a region of two words before the title",
				"\"The roads are closed,\" Upper Nile Governor Omar Basri said on Monday.",
				[]string{"Omar Basri|Upper Nile Governor Omar Basri|The roads are closed,"}},
			{"at the start of a sentence",
				"Mombasa County Commissioner Lena Ortiz said 12 homes had burned.",
				[]string{"Lena Ortiz|Mombasa County Commissioner Lena Ortiz|12 homes had burned"}},
			{"a lower-case kind of office between the place and the title",
				"Gunmen attacked. Mombasa county commissioner Lena Ortiz said 12 homes had burned.",
				[]string{"Lena Ortiz|Mombasa county commissioner Lena Ortiz|12 homes had burned"}},
			{"not a day or a word that opens the sentence",
				"On Monday Governor Omar Basri said the curfew would stay. But Mayor Sara Okafor said the market would open.",
				[]string{"Omar Basri|Governor Omar Basri|the curfew would stay", "Sara Okafor|Mayor Sara Okafor|the market would open"}},
		},
		"pronoun after a newer person": {
			{"a woman named after the last speaker",
				"Its spokesman, Col. Omar Basri, said the drill had ended. In Lima, Lena Ortiz, a spokeswoman for the ministry, blamed the rebels. \"It was planned,\" she told reporters.",
				[]string{"Omar Basri|Col. Omar Basri|the drill had ended", "Lena Ortiz|Lena Ortiz|the rebels", "Lena Ortiz|she|It was planned,"}},
		},
		"a claim's object before where it was made": {
			{"the object stands between the cue and the channel",
				"The Movement for Justice in the Sahel claimed responsibility in a statement on Telegram.",
				[]string{"Movement for Justice|The Movement for Justice in the Sahel|responsibility in a statement on Telegram"}},
		},
		"apposition": {
			{"a body with its acronym, described after it",
				"The Movement for Justice in the Sahel (MJS), al Qaeda's Sahel affiliate, said that its fighters had killed 13 soldiers.",
				[]string{"Movement for Justice in the Sahel|The Movement for Justice in the Sahel (MJS)|its fighters had killed 13 soldiers"}},
			{"a person described by another person",
				"Omar Basri, an adviser to army commander Lena Ortiz, said the drill had ended.",
				[]string{"Omar Basri|Omar Basri|the drill had ended"}},
			{"a person whose body is described in a second apposition",
				"Lt. Col. Omar Basri, a spokesman for Operation Safe Harbour, the joint operation in the region, said troops had reached the village.",
				[]string{"Omar Basri|Lt. Col. Omar Basri|troops had reached the village"}},
			{"a person whose body a relative clause after the apposition describes",
				"Superintendent Omar Basri, commander of the 4th Border Police Battalion (BPB), which guards the camps, said gunmen exchanged fire.",
				[]string{"Omar Basri|Superintendent Omar Basri|gunmen exchanged fire"}},
			{"a role named by a person",
				"The army's spokesman, Omar Basri, said the drill had ended.",
				[]string{"Omar Basri|Omar Basri|the drill had ended"}},
			{"a body before a title qualifies the person after",
				"Rescuers dug all night. Nine bodies were recovered, said Copperbelt Province Police Commissioner Mary Chanda Mwale.",
				[]string{"Mary Chanda Mwale|Copperbelt Province Police Commissioner Mary Chanda Mwale|Nine bodies were recovered"}},
			{"an inverted speaker the region he serves follows",
				"Rebels attacked. At least 27 civilians were killed when shells hit Kamanyola, which sits on the road to Uvira, said Deputy Governor Omar Basri of South Kivu.",
				[]string{"Omar Basri|Deputy Governor Omar Basri|At least 27 civilians were killed when shells hit Kamanyola, which sits on the road to Uvira"}},
			{"a count opening the words before the cue is no circumstance",
				"Herders fled. At least seven people were killed when raiders attacked herders on Sunday, police said, the latest bout of violence between rival communities.",
				[]string{"police|police|At least seven people were killed when raiders attacked herders on Sunday"}},
			{"why a source spoke unnamed is no reported words",
				"Students clashed with police. Late on Sunday, militants fired eight mortar rounds at an army base, a doctor at the city's main hospital said, asking not to be named.",
				[]string{"a doctor at the city's main hospital?|a doctor at the city's main hospital|Late on Sunday, militants fired eight mortar rounds at an army base"}},
			{"a medic at a hospital named for a person speaks, not the hospital",
				"Soldiers mutinied. Four soldiers were killed, a medic at the Omar Basri Teaching Hospital said.",
				[]string{"a medic at the Omar Basri Teaching Hospital?|a medic at the Omar Basri Teaching Hospital|Four soldiers were killed"}},
			{"a body before a role noun qualifies it",
				"Kenyan police said the road was open. The ransom was $1 million, according to a police official who asked not to be named.",
				[]string{"Police (Kenya)|Kenyan police|the road was open", "a police official?|a police official who asked not to be named|The ransom was $1 million"}},
			{"a time phrase between subject and verb",
				"The ministry said the road was open. It has in the past rejected claims that it armed the militia.",
				[]string{"The ministry|The ministry|the road was open", "The ministry|It|claims that it armed the militia"}},
			{"a relative clause whose place ends in a country",
				"The Harbour Workers Union, which works from Mombasa, Kenya, said the strike would go on.",
				[]string{"Harbour Workers Union|The Harbour Workers Union|the strike would go on"}},
		},
		"no reported words": {
			{"a charge denied where no words come before is the charge noun",
				"The group is widely believed to run camps in Pakistan, a charge Islamabad denies.",
				[]string{"Pakistan|Islamabad|a charge"}},
			{"a charge denied takes the charge",
				"Ukraine accused Russia of shelling the plant, a charge Moscow denied.",
				[]string{"Ukraine|Ukraine|Russia of shelling the plant", "Russia|Moscow|Russia of shelling the plant, a charge"}},
			{"an idea a named speaker dismissed as a name for it",
				"Interior Minister Lena Ortiz spoke first. The mayor, Omar Basri, demanded soldiers on the streets, an idea Ortiz dismissed as \"a show, not a solution\".",
				[]string{"Omar Basri|Omar Basri|soldiers on the streets", "Lena Ortiz|Ortiz|a show, not a solution"}},
			{"an anonymous source after an indefinite apposition says the words before it",
				"Baghdad asked Tehran to tighten its border controls, a senior Iraqi official said.",
				[]string{"a senior Iraqi official?|a senior Iraqi official|Baghdad asked Tehran to tighten its border controls", "Iraq|Baghdad|Tehran to tighten its border controls"}},
			{"a figure disputed by a group",
				"Police chief Daniel Moyo said 14 people had been arrested at the site, a figure the protesters disputed.",
				[]string{"Daniel Moyo|Police chief Daniel Moyo|14 people had been arrested at the site", "the protesters?|the protesters|14 people had been arrested at the site, a figure"}},
			{"a cue that names what its speaker covered",
				"Police fired tear gas at protesters on Sunday, the third night of protests over the arrest of a journalist who had reported on a land deal, police and witnesses said.",
				[]string{"police and witnesses?|police and witnesses|Police fired tear gas at protesters on Sunday, the third night of protests over the arrest of a journalist who had reported on a land deal"}},
			{"a cue on a channel reports words before it",
				"The army shelled the town, a reporter who had reported on a radio channel said.",
				[]string{"a reporter?|a reporter|The army shelled the town"}},
			{"a noun that looks like a cue",
				"Kenya's claims that the border was closed were false, Uganda said.",
				[]string{"Uganda|Uganda|Kenya's claims that the border was closed were false"}},
			{"negated cues",
				"The ministry did not say how many troops were involved. Reuters could not independently confirm the report.",
				[]string{"Reuters|Reuters|the report"}},
			{"object of a relative clause",
				"Serbia does not recognise the border that Kosovo declared in 2008.", nil},
			{"second-hand report",
				"The mission said in a statement that its monitors had observed heavy shelling near the town.",
				[]string{"The mission|The mission|its monitors had observed heavy shelling near the town"}},
		},
	}
	for family, tests := range families {
		for _, tt := range tests {
			t.Run(family+"/"+tt.name, func(t *testing.T) {
				var got []string
				for _, q := range extract(t, tt.in) {
					got = append(got, who(q))
				}
				if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
					t.Errorf("Extract(%q)\n got %q\nwant %q", tt.in, got, tt.want)
				}
			})
		}
	}
}

// TestAudience checks that the object of "told" stops where the reported
// clause starts without "that".
// TestContinuedAudience checks that the second sentence of a direct
// quotation keeps the audience of the attribution in the first.
func TestContinuedAudience(t *testing.T) {
	qs := extract(t, "\"We ran into the bush,\" one resident told Sitrep Wire. \"They burned everything behind us and shot at the cattle.\"")
	if len(qs) != 2 || qs[1].Audience == nil || qs[1].Audience.Text != "Sitrep Wire" {
		var got []string
		for _, q := range qs {
			got = append(got, line(q))
		}
		t.Errorf("got %q, want two quotes told to Sitrep Wire", got)
	}
}

func TestAudience(t *testing.T) {
	tests := []struct{ in, audience, words string }{
		{"Mayor Ivan Petrov told reporters the bridge had collapsed.", "reporters", "the bridge had collapsed"},
		{"Mayor Ivan Petrov told Reuters Moscow had closed the road.", "Reuters", "Moscow had closed the road"},
		{"The rebels said on Telegram that the town had fallen, and denied shelling it.", "Telegram", "the town had fallen"},
		{"Governor Ana Lima appealed to parents to keep their children at home.", "parents", "to parents to keep their children at home"},
		{"Governor Ana Lima appealed to aid agencies for food and tents.", "aid agencies", "to aid agencies for food and tents"},
		{"Governor Ana Lima urged mayors along the river to stop issuing permits.", "mayors along the river", "mayors along the river to stop issuing permits"},
	}
	for _, tt := range tests {
		qs := extract(t, tt.in)
		if len(qs) == 0 || qs[0].Audience == nil || qs[0].Audience.Text != tt.audience || qs[0].Text.Text != tt.words {
			var got []string
			for _, q := range qs {
				got = append(got, line(q))
			}
			t.Errorf("Extract(%q) = %q, want audience %q and words %q first", tt.in, got, tt.audience, tt.words)
		}
	}
}
