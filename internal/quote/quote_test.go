package quote_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"sitrep/internal/actor"
	"sitrep/internal/geo"
	"sitrep/internal/lexicon"
	"sitrep/internal/ner"
	"sitrep/internal/quote"
	"sitrep/internal/report"
	"sitrep/internal/text"
	"sitrep/internal/vocab"
)

type stages struct {
	finder *ner.Finder
	linker *actor.Linker
	quotes *quote.Extractor
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
	q, err := quote.New(lex)
	if err != nil {
		return stages{}, err
	}
	return stages{ner.New(lex, gaz, v, nil), actor.New(lex, gaz), q}, nil
})

func extract(t testing.TB, s string) []report.Quote {
	t.Helper()
	st, err := load()
	if err != nil {
		t.Fatal(err)
	}
	d := text.New(s)
	r := st.linker.Link(d, st.finder.Find(d), time.Time{})
	return st.quotes.Extract(d, r.Entities, r.Focus)
}

// line renders a quote as "speaker|as|cue|stance|direct|audience|words".
func line(q report.Quote) string {
	as, cue, aud := "", "", ""
	if q.SpeakerAs != nil {
		as = q.SpeakerAs.Text
	}
	if q.Cue != nil {
		cue = q.Cue.Text
	}
	if q.Audience != nil {
		aud = q.Audience.Text
	}
	d := "I"
	if q.Direct {
		d = "D"
	}
	anon := ""
	if q.Anonymous {
		anon = "?"
	}
	return strings.Join([]string{q.SpeakerName + anon, as, cue, q.Stance, d, aud, q.Text.Text}, "|")
}

func TestPatterns(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"direct, attribution after", "“We will not retreat,” Defence Minister Ana Ruiz told reporters.",
			[]string{"Ana Ruiz|Defence Minister Ana Ruiz|told|neutral|D|reporters|We will not retreat,"}},
		{"direct, inverted attribution", "“The road is closed,” said Col. Omar Haidari.",
			[]string{"Omar Haidari|Col. Omar Haidari|said|asserts|D||The road is closed,"}},
		{"indirect, inverted before an apposition", "Armed bandits stormed a school on Monday and abducted 87 pupils, police said, the largest kidnapping in a year.",
			[]string{"police|police|said|asserts|I||Armed bandits stormed a school on Monday and abducted 87 pupils"}},
		{"direct, attribution before", "Army spokesman Col. Omar Haidari told a news conference: “The road is closed.”",
			[]string{"Omar Haidari|Army spokesman Col. Omar Haidari|told|asserts|D|a news conference|The road is closed."}},
		{"direct, two sentences", "“We are ready,” Ruiz said. “We have always been ready.”",
			[]string{"Ruiz|Ruiz|said|asserts|D||We are ready,", "Ruiz|Ruiz|said|asserts|D||We have always been ready."}},
		{"a plural noun after a verb is no cue", "Amnesty International, a rights group that takes calls from detainees, said it had alerted the authorities.",
			[]string{"Amnesty International|Amnesty International|said|asserts|I||it had alerted the authorities"}},
		{"a pronoun after the cue opens what was said: no speaker, rather than the pronoun with the name before as the words", "The National Guard said four boats sank. Volunteers running boats in distress, mostly fishermen, said it had alerted the authorities.",
			[]string{"National Guard|The National Guard|said|asserts|I||four boats sank"}},
		{"a name no actor holds, that an indefinite apposition describes", "Sea Relief, a volunteer hotline for boats in distress, said it had alerted the authorities.",
			[]string{"Sea Relief|Sea Relief|said|asserts|I||it had alerted the authorities"}},
		{"a name no actor holds, that a relative clause describes", "Faleme Ciments, which employs about 900 people at Diamou, said it had suspended production.",
			[]string{"Faleme Ciments|Faleme Ciments|said|asserts|I||it had suspended production"}},
		{"a role the apposition describes is no name", "The Mayor, a former general, said the curfew would end.",
			[]string{"The Mayor|The Mayor|said|neutral|I||the curfew would end"}},
		{"the staff of a place speak, not the place", "At least 31 people were killed in the town, staff at its main hospital said on Tuesday.",
			[]string{"staff at its main hospital?|staff at its main hospital|said|asserts|I||At least 31 people were killed in the town"}},
		{"a general staff is a body, no people", "Mali's army said so. Four soldiers were killed, the army's general staff said.",
			[]string{"Army (Mali)|the army|said|asserts|I||Four soldiers were killed"}},
		{"a comparison with what someone said reports nothing", "A Pokot elder said eight bodies had been brought to the village, and that only about 800 animals had been returned, far fewer than the police said.",
			[]string{"A Pokot elder?|A Pokot elder|said|asserts|I||eight bodies had been brought to the village, and that only about 800 animals had been returned, far fewer than the police said"}},
		{"an appeal for something, then a clause of its own", "Brazil, which borders both countries, urged restraint, and a Brazilian diplomat said Brasilia had offered to host talks.",
			[]string{"Brazil|Brazil|urged|neutral|I||restraint", "a Brazilian diplomat?|a Brazilian diplomat|said|asserts|I||Brasilia had offered to host talks"}},
		{"what a statement says was seen is part of the statement", "In a statement, the Border Police said a patrol spotted a boat leaving the bank. It said two patrol boats gave chase.",
			[]string{"Border Police|the Border Police|said|asserts|I|a statement|a patrol spotted a boat leaving the bank", "Border Police|It|said|asserts|I||two patrol boats gave chase"}},
		{"a relative clause of place between the speaker and the cue", "Two fishermen at Sop Ruak, where the borders of Thailand, Laos and Myanmar meet, said they had heard gunfire.",
			[]string{"Two fishermen at Sop Ruak?|Two fishermen at Sop Ruak|said|asserts|I||they had heard gunfire"}},
		{"a person's relative clause that ends in a town named for a general", "Police arrested 14 people near the border town of General Farfan. Trade union leader Ana Ruiz, who heads a river transport cooperative in General Farfan, denied that his members carried fuel.",
			[]string{"Ana Ruiz|leader Ana Ruiz|denied|denies|I||his members carried fuel"}},
		{"what a speaker says he could not verify is part of his words", "Army spokesman Col. Omar Haidari said two soldiers died. A local official confirmed that herders had been killed but said he could not verify the number. “The families buried them,” he told reporters.",
			[]string{"Omar Haidari|Army spokesman Col. Omar Haidari|said|asserts|I||two soldiers died", "A local official?|A local official|confirmed|confirms|I||herders had been killed", "A local official?|A local official|said|asserts|I||he could not verify the number", "A local official?|he|told|asserts|D|reporters|The families buried them,"}},
		{"a family speaks, not the dead man it is of", "The family of the dead man, a 27-year-old Colombian, disputed the police account, saying he had been unarmed.",
			[]string{"The family of the dead man?|The family of the dead man|disputed|disputes|I||the police account", "The family of the dead man?|The family of the dead man|saying|asserts|I||he had been unarmed"}},
		{"the rank of an officer named before speaks for him", "Army spokesman Colonel Omar Haidari said troops had swept the islands. He said four soldiers were killed.\n\n“The islands were prisons,” the colonel told reporters.",
			[]string{"Omar Haidari|Army spokesman Colonel Omar Haidari|said|asserts|I||troops had swept the islands", "Omar Haidari|He|said|asserts|I||four soldiers were killed", "Omar Haidari|the colonel|told|asserts|D|reporters|The islands were prisons,"}},
		{"a plural-noun form after a relative pronoun is a cue", "Lawmakers voted to remove President Ana Ruiz, who calls the vote illegal and has refused to step down.",
			[]string{"Ana Ruiz|President Ana Ruiz|calls|asserts|I||the vote illegal and has refused to step down"}},
		{"a coordinated cue speaks for the person the subject's apposition names", "Arauca's governor, Ana Ruiz, ordered schools closed and asked the government in Bogota to send more troops.",
			[]string{"Ana Ruiz|Ana Ruiz|asked|neutral|I|the government in Bogota|the government in Bogota to send more troops"}},
		{"a place's apposition inside the speaker's", "Ana Ruiz, chairman of the council of chiefs in Ogoloma, a fishing settlement near Okrika, said a dozen canoes had been set alight.",
			[]string{"Ana Ruiz|Ana Ruiz|said|asserts|I||a dozen canoes had been set alight"}},
		{"the words before a cue that only name its speaker are no quote", "Ana Ruiz, head of the women's group, said prices rose.", nil},
		{"'it' after a fronted phrase that names the channel takes up the body before", "Algeria's Foreign Ministry rejected that account. In a statement carried by the official APS news agency, it said the farmers had been arrested inside Algeria.",
			[]string{"Foreign Ministry (Algeria)|Algeria's Foreign Ministry|rejected|denies|I||that account", "Foreign Ministry (Algeria)|it|said|asserts|I|a statement|the farmers had been arrested inside Algeria"}},
		{"one of those who spoke before, after the cue", "Jets bombed the village, two residents said. \"The first bomb fell on the market road,\" said one of them, a rice farmer.",
			[]string{"two residents?|two residents|said|asserts|I||Jets bombed the village", "one of the two residents?|one of them|said|asserts|D||The first bomb fell on the market road,"}},
		{"a cell named before speaks as the cell", "Iraq's Security Media Cell said six militants were killed. Troops seized four rifles, the cell added.",
			[]string{"Security Media Cell|Iraq's Security Media Cell|said|asserts|I||six militants were killed", "Security Media Cell|the cell|added|asserts|I||Troops seized four rifles"}},
		{"a social media post speaks for whoever posted it", `The Zorbaq Front said in a post on its Facebook page that it had seized a base. "The enemy fled," the post said.`,
			[]string{"Zorbaq Front|The Zorbaq Front|said|asserts|I|a post|it had seized a base", "Zorbaq Front|the post|said|asserts|D||The enemy fled,"}},
		{"straight marks", `"Nothing has changed," the ministry said in a statement.`,
			[]string{"the ministry|the ministry|said|asserts|D|a statement|Nothing has changed,"}},
		{"a quoted word before a coordinated cue", "Guards clashed at the border. The ministry said the claims were \"baseless\", and denied that any armed group had crossed.",
			[]string{`The ministry|The ministry|said|denies|I||the claims were "baseless`, "The ministry|The ministry|denied|denies|I||any armed group had crossed"}},
		{"a lead whose attribution is followed by what went on meanwhile",
			"At least 17 people were killed in two days of fighting, police said on Monday, as the governor imposed a curfew.",
			[]string{"police|police|said|asserts|I||At least 17 people were killed in two days of fighting"}},
		{"a relative clause that reports what its noun will do", "The agency advised against border closures, which Ana Ruiz said would only push travellers onto informal crossings.",
			[]string{"Ana Ruiz|Ana Ruiz|said|neutral|I||would only push travellers onto informal crossings"}},
		{"a source named by what it is", "Gunmen killed a driver. At least 12 bus drivers have been killed this year, according to the transport owners.",
			[]string{"the transport owners?|the transport owners|according to|asserts|I||At least 12 bus drivers have been killed this year"}},
		{"a quoted word before a participle", "Gunmen killed a driver. Ana Ruiz rejected that account as \"false\", saying a patrol had engaged the gunmen within 40 minutes.",
			[]string{`Ana Ruiz|Ana Ruiz|rejected|denies|I||that account as "false`, "Ana Ruiz|Ana Ruiz|saying|denies|I||a patrol had engaged the gunmen within 40 minutes"}},
		{"generic sources, a body a relative clause describes, an official with a relative clause, and one of a group",
			"Police fired tear gas at protesters. Critics say the measures have done little. The Zorbaq Red Cross, which said it was short of tents, sent trucks. At least 19 of the dead were civilians, said a local health official who asked not to be named. Two residents said the town was empty. One said he counted 20 shelters burned.",
			[]string{"Critics?|Critics|say|asserts|I||the measures have done little",
				"Zorbaq Red Cross|The Zorbaq Red Cross|said|asserts|I||it was short of tents",
				"a local health official?|a local health official who asked not to be named|said|asserts|I||At least 19 of the dead were civilians",
				"Two residents?|Two residents|said|asserts|I||the town was empty", "one of the two residents?|One|said|asserts|I||he counted 20 shelters burned"}},
		{"what is urged before a participle", "Fighting went on. The Zorbaq mission urged restraint, saying the fighting drew troops away from the front.",
			[]string{"The Zorbaq mission|The Zorbaq mission|urged|neutral|I||restraint", "The Zorbaq mission|The Zorbaq mission|saying|asserts|I||the fighting drew troops away from the front"}},
		{"a figure someone puts", "Clashes went on overnight. Organisers put the crowd at more than 2,000. The army put pressure on the rebels.",
			[]string{"Organisers?|Organisers|put|neutral|I||the crowd at more than 2,000"}},
		{"indirect with that", "Prime Minister Amina Diallo said on Monday that the border would reopen.",
			[]string{"Amina Diallo|Prime Minister Amina Diallo|said|neutral|I||the border would reopen"}},
		{"indirect with the channel before that", "A guard at the camp said by telephone that the road was closed.",
			[]string{"A guard at the camp?|A guard at the camp|said|asserts|I||the road was closed"}},
		{"indirect, speaker after, the channel last", "Homes were looted after the shooting stopped, commissioner Ana Ruiz said by telephone.",
			[]string{"Ana Ruiz|commissioner Ana Ruiz|said|asserts|I||Homes were looted after the shooting stopped"}},
		{"a name given in a clause after the speaker's", "Prime Minister Amina Diallo condemned the raid, calling it \"an act of war\".",
			[]string{"Amina Diallo|Prime Minister Amina Diallo|condemned|asserts|I||the raid", "Amina Diallo|Prime Minister Amina Diallo|calling|asserts|I||it \"an act of war"}},
		{"a document calling on someone inside another's words", "Diplomats said the council was preparing a statement calling on Zorbaq to withdraw.",
			[]string{"Diplomats?|Diplomats|said|asserts|I||the council was preparing a statement calling on Zorbaq to withdraw"}},
		{"the reasons given for a denial deny", "The army denied the report, saying its troops were far from the village.",
			[]string{"The army|The army|denied|denies|I||the report", "The army|The army|saying|denies|I||its troops were far from the village"}},
		{"what is added to a denial is stated", "“Not a single live round was fired,” Ruiz said, adding that all four dead had been stabbed.",
			[]string{"Ruiz|Ruiz|said|denies|D||Not a single live round was fired,", "Ruiz|Ruiz|adding|asserts|I||all four dead had been stabbed"}},
		{"what is added to a denial that says what alone was done denies", "The ministry denied that its troops had crossed the border, adding that its forces were only strengthening positions.",
			[]string{"The ministry|The ministry|denied|denies|I||its troops had crossed the border", "The ministry|The ministry|adding|denies|I||its forces were only strengthening positions"}},
		{"a figure set against another denies it", "The army said three soldiers had died, not seven.",
			[]string{"The army|The army|said|denies|I||three soldiers had died, not seven"}},
		{"false words someone is said to spread are a charge", "Police said the reporter was suspected of spreading \"knowingly false information\" about the vote.",
			[]string{`Police|Police|said|asserts|I||the reporter was suspected of spreading "knowingly false information" about the vote`}},
		{"a role noun before the speaker's own phrase", "The dead included a driver the official described as a civilian contractor.",
			[]string{"the official?|the official|described|neutral|I||as a civilian contractor"}},
		{"inverted after a fronted place", "In Bangassou, about 1,500 residents took refuge in the cathedral when the shooting began, said Father Omar Haidari, a priest there.",
			[]string{"Omar Haidari|Father Omar Haidari|said|asserts|I||about 1,500 residents took refuge in the cathedral when the shooting began"}},
		{"how a statement went out is not part of it", "The army said in a statement read on state television that the escort had repelled the assault.",
			[]string{"The army|The army|said|asserts|I|a statement|the escort had repelled the assault"}},
		{"'nobody' denies a burning or a starving", "“Nobody burned anything,” Omar Haidari said. “Nobody is being starved,” he added.",
			[]string{"Omar Haidari|Omar Haidari|said|denies|D||Nobody burned anything,", "Omar Haidari|he|added|denies|D||Nobody is being starved,"}},
		{"'nobody' denies a charge a few words on", "“Nobody in the village heard a warning shot,” Omar Haidari said.",
			[]string{"Omar Haidari|Omar Haidari|said|denies|D||Nobody in the village heard a warning shot,"}},
		{"a pledge claims nothing", "NATO said it would step up air patrols in the Baltic Sea.",
			[]string{"NATO|NATO|said|neutral|I||it would step up air patrols in the Baltic Sea"}},
		{"a question claims nothing", "“Who will pay for this?” Ana Ruiz said.",
			[]string{"Ana Ruiz|Ana Ruiz|said|neutral|D||Who will pay for this?"}},
		{"sources close to a person speak unnamed", "Sources close to Ana Ruiz said she had been held for 40 days.",
			[]string{"Sources close to Ana Ruiz?|Sources close to Ana Ruiz|said|asserts|I||she had been held for 40 days"}},
		{"a coordinated speaker named in apposition to a description", "Reuters could not independently verify the claim, and the military's media wing, Inter-Services Public Relations (ISPR), dismissed it as false.",
			[]string{"Reuters|Reuters|verify|unverified|I||the claim", "Inter-Services Public Relations|Inter-Services Public Relations (ISPR)|dismissed|denies|I||it as false"}},
		{"who asks is named after the question", "“Who will pay for this?” asked the Reverend Ana Ruiz, a church leader.",
			[]string{"Ana Ruiz|Reverend Ana Ruiz|asked|neutral|D||Who will pay for this?"}},
		{"an appeal to someone", "Kenya's foreign ministry called on Pretoria to step in.",
			[]string{"Foreign Ministry (Kenya)|Kenya's foreign ministry|called on|neutral|I|Pretoria|Pretoria to step in"}},
		{"an appeal for something", "Archbishop Ana Ruiz called for sanctions against the junta.",
			[]string{"Ana Ruiz|Archbishop Ana Ruiz|called for|neutral|I||sanctions against the junta"}},
		{"a condemnation", "Kenya's foreign ministry condemned the attack as a breach of the truce.",
			[]string{"Foreign Ministry (Kenya)|Kenya's foreign ministry|condemned|asserts|I||the attack as a breach of the truce"}},
		{"a demand", "Kenya's foreign ministry demanded the immediate release of the fishermen.",
			[]string{"Foreign Ministry (Kenya)|Kenya's foreign ministry|demanded|neutral|I||the immediate release of the fishermen"}},
		{"according to a body whose seat a relational names", "He was hanged on Tuesday, according to the Norway-based group Hengaw.",
			[]string{"Hengaw Organization for Human Rights|the Norway-based group Hengaw|according to|asserts|I||He was hanged on Tuesday"}},
		{"a gerund after a comma shares the clause's subject", "A senior doctor gave a far higher figure, telling reporters that the morgue had received 71 bodies.",
			[]string{"A senior doctor?|A senior doctor|telling|asserts|I|reporters|the morgue had received 71 bodies"}},
		{"a count that opens the words before a second that", "Mayor Ana Ruiz said at least 15 hectares of orchards were lost and that families had left.",
			[]string{"Ana Ruiz|Mayor Ana Ruiz|said|asserts|I||at least 15 hectares of orchards were lost and that families had left"}},
		{"a charge in the present", "The rebels accuse the army of shelling villages.",
			[]string{"The rebels?|The rebels|accuse|asserts|I||the army of shelling villages"}},
		{"a charge of blame", "Safety chief Ana Ruiz blamed the taxi council for the violence.",
			[]string{"Ana Ruiz|Safety chief Ana Ruiz|blamed|asserts|I||the taxi council for the violence"}},
		{"indirect, a group of people a reporter meets", "Several teenagers told reporters they had swum from Fnideq.",
			[]string{"Several teenagers?|Several teenagers|told|asserts|I|reporters|they had swum from Fnideq"}},
		{"indirect, speaker after", "The border would reopen next week, Diallo said.",
			[]string{"Diallo|Diallo|said|neutral|I||The border would reopen next week"}},
		{"metonym", "Beijing denied that its ships had rammed the boat.",
			[]string{"China|Beijing|denied|denies|I||its ships had rammed the boat"}},
		{"anonymous source", "A senior official, who spoke on condition of anonymity, said talks had stalled.",
			[]string{"A senior official?|A senior official|said|asserts|I||talks had stalled"}},
		{"a count after the cue", "A senior official, who asked not to be named, said at least 40 fighters were manning checkpoints.",
			[]string{"A senior official?|A senior official|said|asserts|I||at least 40 fighters were manning checkpoints"}},
		{"a report of beatings charges someone", "The rights group Amnesty said at least 190 people had died in custody, many of them with signs of beatings.",
			[]string{"Amnesty International|The rights group Amnesty|said|asserts|I||at least 190 people had died in custody, many of them with signs of beatings"}},
		{"a report of seized goods charges someone", "Smugglers seized two trucks of fuel near the border, the army said.",
			[]string{"the army|the army|said|asserts|I||Smugglers seized two trucks of fuel near the border"}},
		{"'no one' before a charge denies it", "“No one attacked the peacekeepers,” the ministry said.",
			[]string{"the ministry|the ministry|said|denies|D||No one attacked the peacekeepers,"}},
		{"an agency of an organisation named before", "The World Food Programme halted deliveries after gunmen looted a convoy, the U.N. agency said.",
			[]string{"World Food Programme|the U.N. agency|said|asserts|I||The World Food Programme halted deliveries after gunmen looted a convoy"}},
		{"inverted after an apposition that could be a speaker", "Police found the bodies on a riverbank near the village, a hamlet north of the town, said Chief Inspector Omar Haidari, the provincial police commander.",
			[]string{"Omar Haidari|Chief Inspector Omar Haidari|said|asserts|I||Police found the bodies on a riverbank near the village, a hamlet north of the town"}},
		{"a role noun at the end of the reported words is no inverted speaker", "Ana Ruiz, a spokeswoman for the council, denied that soldiers had fired on civilians.",
			[]string{"Ana Ruiz|Ana Ruiz|denied|denies|I||soldiers had fired on civilians"}},
		{"inverted after a clause with a place phrase", "Jets struck two posts near the temple, in the hills between the provinces, said Col. Omar Haidari, a spokesman.",
			[]string{"Omar Haidari|Col. Omar Haidari|said|asserts|I||Jets struck two posts near the temple, in the hills between the provinces"}},
		{"a place phrase in apposition to the speaker", "The ministry, in a statement, said the border would reopen.",
			[]string{"The ministry|The ministry|said|neutral|I|a statement|the border would reopen"}},
		{"a person met in the street", "“I have been waiting since dawn,” said a taxi driver in the district.",
			[]string{"a taxi driver?|a taxi driver|said|asserts|D||I have been waiting since dawn,"}},
		{"a pronoun after an agency's words and a minister's charge", "The World Food Programme said its aircraft had spotted the boat. Migration Minister Omar Haidari blamed networks run by the allies of Ana Ruiz. “Gangs will not decide,” he told reporters.",
			[]string{"World Food Programme|The World Food Programme|said|asserts|I||its aircraft had spotted the boat", "Omar Haidari|Migration Minister Omar Haidari|blamed|asserts|I||networks run by the allies of Ana Ruiz", "Omar Haidari|he|told|neutral|D|reporters|Gangs will not decide,"}},
		{"a pronoun after a body that spoke by its own name takes up the person who spoke before it", "MONROVIA, Liberia (Sitrep Wire) - Troops caught 41 inmates, police spokesman Omar Haidari said. Police had earlier said 12 were caught. He said roads were closed.",
			[]string{"Omar Haidari|police spokesman Omar Haidari|said|asserts|I||Troops caught 41 inmates", "Police (Liberia)|Police|said|asserts|I||12 were caught", "Omar Haidari|He|said|asserts|I||roads were closed"}},
		{"a body that spoke by its own name is taken up where no person spoke in the paragraph", "MONROVIA, Liberia (Sitrep Wire) - Omar Haidari, an analyst, said talks had failed.\n\nPolice said troops had arrived. He said no jets were seen.",
			[]string{"Omar Haidari|Omar Haidari|said|asserts|I||talks had failed", "Police (Liberia)|Police|said|asserts|I||troops had arrived", "Police (Liberia)|He|said|denies|I||no jets were seen"}},
		{"a ranked name in apposition after an inverted role speaks", "“Our men held their ground,” said the spokesman, Lt. Col. Omar Haidari.",
			[]string{"Omar Haidari|Lt. Col. Omar Haidari|said|asserts|D||Our men held their ground,"}},
		{"an unnamed speaker who names himself after the cue", "“The smoke came under the door,” a detainee told Reuters, asking to be identified only by his first name, Ayoub.",
			[]string{"Ayoub|a detainee|told|asserts|D|Reuters|The smoke came under the door,"}},
		{"an adverb of time between the body and its cue", "The Zorbaq Constabulary Force raided the district. The force first said six gunmen had been killed.",
			[]string{"Zorbaq Constabulary Force|The force|said|asserts|I||six gunmen had been killed"}},
		{"relatives in a person's role tell nothing of the person's gender", "“They made us kneel,” said Omar Haidari, a trader travelling with his wife and daughter. He said the gang took $300.",
			[]string{"Omar Haidari|Omar Haidari|said|asserts|D||They made us kneel,", "Omar Haidari|He|said|asserts|I||the gang took $300"}},
		{"pronoun", "Foreign Minister Ana Ruiz met envoys on Monday. She said the talks were useful.",
			[]string{"Ana Ruiz|She|said|asserts|I||the talks were useful"}},
		{"according to", "According to the Red Cross, 40 people were wounded.",
			[]string{"International Committee of the Red Cross|the Red Cross|According to|asserts|I||40 people were wounded"}},
		{"confirms", "Interior Minister Karim Nassar confirmed that troops had entered the town.",
			[]string{"Karim Nassar|Interior Minister Karim Nassar|confirmed|confirms|I||troops had entered the town"}},
		{"channel", "The army said on Telegram that two drones were shot down.",
			[]string{"The army|The army|said|asserts|I|Telegram|two drones were shot down"}},
		{"unverified", "Reuters could not independently verify the claims made in the video.",
			[]string{"Reuters|Reuters|verify|unverified|I||the claims made in the video"}},
		{"passive is not a quote", "It was said that the war would end.", nil},
		{"a participle after the speakers", "The three coalition partners refused, saying the plan would breach the law.",
			[]string{"The three coalition partners?|The three coalition partners|saying|asserts|I||the plan would breach the law"}},
		{"a participle after a titled name", "Interior Minister Karim Nassar went further, saying visas would be suspended.",
			[]string{"Karim Nassar|Interior Minister Karim Nassar|saying|neutral|I||visas would be suspended"}},
		{"according to a body named in apposition", "The ship had been used as a mother ship, according to the European Union's naval force, Operation Atalanta.",
			[]string{"Operation Atalanta|Operation Atalanta|according to|asserts|I||The ship had been used as a mother ship"}},
		{"an acronym that spells a pronoun", "Cases rose to 84 in the town of Beni, WHO regional director Ana Ruiz told a briefing.",
			[]string{"Ana Ruiz|WHO regional director Ana Ruiz|told|asserts|I|a briefing|Cases rose to 84 in the town of Beni"}},
		{"a thing declared is no quote", "The government declared a state of emergency in three provinces on Sunday.", nil},
		{"a clause announced is", "The ministry announced the border would reopen.",
			[]string{"The ministry|The ministry|announced|neutral|I||the border would reopen"}},
		{"naming as false denies", "Syria called the reports of troops on its soil a lie.",
			[]string{"Syria|Syria|called|denies|I||the reports of troops on its soil a lie"}},
		{"naming otherwise charges", "Amnesty International called the use of force unacceptable.",
			[]string{"Amnesty International|Amnesty International|called|asserts|I||the use of force unacceptable"}},
		{"scare quotes are not quotes", "The so-called “peace plan” failed.", nil},
		{"an investigator is a source, not a body", "A senior police investigator, who asked not to be named, said the gang had fled.",
			[]string{"A senior police investigator?|A senior police investigator|said|asserts|I||the gang had fled"}},
		{"an institution takes the story's home country, not the most named one", "Brazilian police raided illegal mines near Boa Vista and in Roraima state in northern Brazil. Venezuela said it would help, and Venezuelan troops and Venezuelan boats patrolled the frontier.\n\nDredges were destroyed, a police spokesman said.",
			[]string{"Venezuela|Venezuela|said|neutral|I||it would help, and Venezuelan troops and Venezuelan boats patrolled the frontier", "Police (Brazil)?|a police spokesman|said|asserts|I||Dredges were destroyed"}},
		{"a spokesman of a kind of body named before speaks for it", "Syria's foreign ministry condemned the strikes and called on the U.N. Security Council to compel Israel to stop its attacks. A ministry spokesman said the base was empty.",
			[]string{"Foreign Ministry (Syria)|Syria's foreign ministry|condemned|asserts|I||the strikes", "Foreign Ministry (Syria)|Syria's foreign ministry|called on|neutral|I|the U.N. Security Council|the U.N. Security Council to compel Israel to stop its attacks", "Foreign Ministry (Syria)?|A ministry spokesman|said|asserts|I||the base was empty"}},
		{"what someone said is no report of the clause around it", "Jets struck sites near the city, hitting what Israel said were depots, the agency SANA reported.",
			[]string{"SANA|the agency SANA|reported|asserts|I||Jets struck sites near the city, hitting what Israel said were depots"}},
		{"whom a request asks is part of it", "Amnesty International urged both sides to stop the violence.",
			[]string{"Amnesty International|Amnesty International|urged|neutral|I|both sides|both sides to stop the violence"}},
		{"words that deny make a said a denial", "“We have never fired on a civilian aircraft,” the army said.",
			[]string{"the army|the army|said|denies|D||We have never fired on a civilian aircraft,"}},
		{"a determiner that denies", "The ministry said no troops had crossed the border.",
			[]string{"The ministry|The ministry|said|denies|I||no troops had crossed the border"}},
		{"nothing to do with", "The group told reporters it had nothing to do with the kidnapping.",
			[]string{"The group|The group|told|denies|I|reporters|it had nothing to do with the kidnapping"}},
		{"words that call a charge a lie deny it", "“This is a lie to cover up murder,” the police chief said.",
			[]string{"the police chief|the police chief|said|denies|D||This is a lie to cover up murder,"}},
		{"a body's chief is a person", "“Calm has returned,” said the regional police chief.",
			[]string{"the regional police chief|the regional police chief|said|asserts|D||Calm has returned,"}},
		{"a verb that looks like a lie is none", "“They made the men lie on the ground,” a witness said.",
			[]string{"a witness?|a witness|said|asserts|D||They made the men lie on the ground,"}},
		{"a negated subject with a modal vows", "“Not a single inch of our land will be traded away,” the minister said.",
			[]string{"the minister|the minister|said|neutral|D||Not a single inch of our land will be traded away,"}},
		{"a limit of knowledge is no denial", "The army said it could not confirm the toll.",
			[]string{"The army|The army|said|asserts|I||it could not confirm the toll"}},
		{"a resolve is no denial", "“We will not be intimidated,” the minister said.",
			[]string{"the minister|the minister|said|neutral|D||We will not be intimidated,"}},
		{"a negation after the first clause is no denial", "The army said it struck depots, not homes.",
			[]string{"The army|The army|said|asserts|I||it struck depots, not homes"}},
		{"a continued quotation takes its cue's stance", "“We did not start this,” the army said. “Our units are ready.”",
			[]string{"the army|the army|said|denies|D||We did not start this,", "the army|the army|said|asserts|D||Our units are ready."}},
		{"a body, not its chair named in a participle phrase", "Pakistan's National Security Committee, chaired by Prime Minister Ana Ruiz, warned that any move to divert water would be an act of war.",
			[]string{"National Security Committee|Pakistan's National Security Committee|warned|asserts|I||any move to divert water would be an act of war"}},
		{"a possessed body is not the last of its kind named", "Iran's Revolutionary Guards began drills after the U.S. Navy said boats had harassed a tanker. Dozens of boats took part, the Guards' navy said.",
			[]string{"U.S. Navy|the U.S. Navy|said|asserts|I||boats had harassed a tanker", "Navy (Iran)|navy|said|asserts|I||Dozens of boats took part"}},
		{"the military is the force its sentence named", "Kenya Defence Forces troops crossed into Somalia's Gedo region, the military said.",
			[]string{"Kenya Defence Forces|the military|said|asserts|I||Kenya Defence Forces troops crossed into Somalia's Gedo region"}},
		{"words that call something false deny it from the first word", "“That is propaganda,” the minister said.",
			[]string{"the minister|the minister|said|denies|D||That is propaganda,"}},
		{"a falsehood after a clause of its subject denies", "“The claim that we fired first is simply false,” the colonel said.",
			[]string{"the colonel|the colonel|said|denies|D||The claim that we fired first is simply false,"}},
		{"none of them denies", "The group said none of its members was involved.",
			[]string{"The group|The group|said|denies|I||none of its members was involved"}},
		{"described as a falsehood denies", "The ministry described the report as \"a fabrication meant to sow panic\".",
			[]string{"The ministry|The ministry|described|denies|I||the report as \"a fabrication meant to sow panic"}},
		{"described as something else keeps its stance", "The ministry described the situation as calm.",
			[]string{"The ministry|The ministry|described|neutral|I||the situation as calm"}},
		{"a witness's beating is a charge", "Ana Ruiz Vega, a welder, said police beat workers with batons.",
			[]string{"Ana Ruiz Vega|Ana Ruiz Vega|said|asserts|I||police beat workers with batons"}},
		{"nobody charged with a wrong denies", "“Nobody forced us to come out,” the villager said.",
			[]string{"the villager?|the villager|said|denies|D||Nobody forced us to come out,"}},
		{"nobody hurt only reports", "“Nobody was hurt,” the villager said.",
			[]string{"the villager?|the villager|said|asserts|D||Nobody was hurt,"}},
		{"nothing indicates that, in a later sentence, denies", "“Our crew was on a supply run. Nothing at this stage indicates that the plane was hit,” the spokesman said.",
			[]string{"the spokesman|the spokesman|said|denies|D||Our crew was on a supply run. Nothing at this stage indicates that the plane was hit,"}},
		{"there is no dispute, in a later sentence, denies", "“The islands are ours. There is no dispute to discuss,” the spokeswoman said.",
			[]string{"the spokeswoman|the spokeswoman|said|denies|D||The islands are ours. There is no dispute to discuss,"}},
		{"nothing was found only reports", "“We searched the ship. Nothing was found that points to smuggling,” the spokeswoman said.",
			[]string{"the spokeswoman|the spokeswoman|said|asserts|D||We searched the ship. Nothing was found that points to smuggling,"}},
		{"only shots into the air, said further on, pleads restraint", "A police source said only two shots had been fired into the air.",
			[]string{"A police source?|A police source|said|denies|I||only two shots had been fired into the air"}},
		{"nowhere near denies", "“Our men were nowhere near that road,” the rebel commander said.",
			[]string{"the rebel commander|the rebel commander|said|denies|D||Our men were nowhere near that road,"}},
		{"nowhere near after a comma denies", "“Our soldiers are in the capital, nowhere near the town,” the army spokesman said.",
			[]string{"the army|the army spokesman|said|denies|D||Our soldiers are in the capital, nowhere near the town,"}},
		{"a correction that names a culprit denies", "“Our members are herdsmen, not killers,” the association's chairman said.",
			[]string{"the association's chairman|the association's chairman|said|denies|D||Our members are herdsmen, not killers,"}},
		{"a correction that names criminals denies", "“We are farmers, not criminals,” the spokesman said.",
			[]string{"the spokesman|the spokesman|said|denies|D||We are farmers, not criminals,"}},
		{"no one gave an order to fire denies", "“No one in this ministry gave an order to fire on anyone,” the spokesman said.",
			[]string{"the spokesman|the spokesman|said|denies|D||No one in this ministry gave an order to fire on anyone,"}},
		{"fairy tales deny", "“These are fairy tales for Russian television,” the colonel said.",
			[]string{"the colonel|the colonel|said|denies|D||These are fairy tales for Russian television,"}},
		{"not been near denies", "The border committee said its officers had not been near the site.",
			[]string{"The border committee|The border committee|said|denies|I||its officers had not been near the site"}},
		{"force held back pleads against the charge", "“Our men fired only into the air,” the brigadier said.",
			[]string{"the brigadier|the brigadier|said|denies|D||Our men fired only into the air,"}},
		{"only as a number limits nothing", "“Only two shops opened today,” the trader said.",
			[]string{"the trader?|the trader|said|asserts|D||Only two shops opened today,"}},
		{"nowhere to go denies nothing", "“The families have nowhere to go,” the mayor said.",
			[]string{"the mayor|the mayor|said|asserts|D||The families have nowhere to go,"}},
		{"a later sentence denies outright", "“We send leaflets by balloon. We have never flown a drone near the capital,” the activist told reporters.",
			[]string{"the activist?|the activist|told|denies|D|reporters|We send leaflets by balloon. We have never flown a drone near the capital,"}},
		{"a later sentence that denies a harm of the speaker's side denies", "“We protect our villages. We do not kill women or old men,” the chief said.",
			[]string{"the chief|the chief|said|denies|D||We protect our villages. We do not kill women or old men,"}},
		{"a later sentence's mere not is no denial", "“They shelled our homes. If they do not stop, we will answer,” the commander said.",
			[]string{"the commander|the commander|said|asserts|D||They shelled our homes. If they do not stop, we will answer,"}},
		{"a plea of innocence in a later clause denies", "Ana Ruiz Vega, his lawyer, said his client enjoyed immunity and had done nothing wrong.",
			[]string{"Ana Ruiz Vega|Ana Ruiz Vega|said|denies|I||his client enjoyed immunity and had done nothing wrong"}},
		{"units posted somewhere are no speakers", "The town was calm, with gendarmerie units posted at the crossroads, a shopkeeper said.",
			[]string{"a shopkeeper?|a shopkeeper|said|asserts|I||The town was calm, with gendarmerie units posted at the crossroads"}},
		{"a message posted is no speaker", "The group claimed the attack in a message posted on Telegram, saying its fighters had struck a convoy.",
			[]string{"The group|The group|claimed|asserts|I|a message|the attack in a message posted on Telegram", "The group|The group|saying|asserts|I|Telegram|its fighters had struck a convoy"}},
		{"a video posted online is no speaker", "“We will not give up a street,” Governor Lena Ortiz said in a video posted online.",
			[]string{"Lena Ortiz|Governor Lena Ortiz|said|neutral|D|a video|We will not give up a street,"}},
		{"the accused of a passive is no speaker", "Police arrested nine people, including two men accused of supplying the gang, the minister said.",
			[]string{"the minister|the minister|said|asserts|I||Police arrested nine people, including two men accused of supplying the gang"}},
		{"a party's charge makes a said an assertion", "Turkey's defence ministry said Kurdish militants had shelled a border post.",
			[]string{"Defence Ministry (Türkiye)|Turkey's defence ministry|said|asserts|I||Kurdish militants had shelled a border post"}},
		{"a party's name of fault is an assertion", "“This is a direct violation of the truce,” Armenia's foreign ministry said.",
			[]string{"Foreign Ministry (Armenia)|Armenia's foreign ministry|said|asserts|D||This is a direct violation of the truce,"}},
		{"an international body's charge is an assertion too", "The U.N. mission said militants had shelled a border post.",
			[]string{"United Nations|The U.N. mission|said|asserts|I||militants had shelled a border post"}},
		{"a rights group's charge is an assertion", "Human Rights Watch said soldiers had executed 12 villagers.",
			[]string{"Human Rights Watch|Human Rights Watch|said|asserts|I||soldiers had executed 12 villagers"}},
		{"a news outlet's report stays neutral", "The Associated Press said militants had shelled a border post.",
			[]string{"Associated Press|The Associated Press|said|neutral|I||militants had shelled a border post"}},
		{"a negated charge asserts nothing", "Armenia's defence ministry said its units were on alert but had not opened fire.",
			[]string{"Defence Ministry (Armenia)|Armenia's defence ministry|said|asserts|I||its units were on alert but had not opened fire"}},
		{"a threat guarded against is no charge", "Pakistan's foreign ministry said it would protect its citizens from terrorism.",
			[]string{"Foreign Ministry (Pakistan)|Pakistan's foreign ministry|said|neutral|I||it would protect its citizens from terrorism"}},
		{"a culprit named before the threat charges", "Russia's defence ministry said its soldiers guard the plant from Ukrainian sabotage.",
			[]string{"Defence Ministry (Russia)|Russia's defence ministry|said|asserts|I||its soldiers guard the plant from Ukrainian sabotage"}},
		{"an official at a named ministry in a city speaks, not the ministry", "An official at India's Ministry of External Affairs in New Delhi, who asked not to be named, said the talks had stalled.",
			[]string{"An official at India's Ministry of External Affairs in New Delhi?|An official at India's Ministry of External Affairs in New Delhi|said|asserts|I||the talks had stalled"}},
		{"an official of a body named with its acronym", "A senior official of the Patriotic Union of Kurdistan (PUK), which governs Sulaimaniyah, said a second group was expected.",
			[]string{"A senior official of the Patriotic Union of Kurdistan (PUK)?|A senior official of the Patriotic Union of Kurdistan (PUK)|said|neutral|I||a second group was expected"}},
		{"a feared charge asserts nothing", "Rwanda's government said it would not wait to be attacked.",
			[]string{"Government (Rwanda)|Rwanda's government|said|neutral|I||it would not wait to be attacked"}},
		{"an appeal before a closing reporting clause", "Kenya urged both sides to show restraint, the foreign ministry in Nairobi said in a statement.",
			[]string{"Foreign Ministry (Kenya)|the foreign ministry in Nairobi|said|asserts|I|a statement|Kenya urged both sides to show restraint", "Kenya|Kenya|urged|neutral|I|both sides|both sides to show restraint"}},
		{"a statement read on a channel is its author's", "A police statement read on state television said two officers were wounded.",
			[]string{"A police statement|A police statement|said|asserts|I||two officers were wounded"}},
		{"a rank before the name names the speaker", "The army's spokesman, Col. Ana Ruiz, said the force was ready.",
			[]string{"Ana Ruiz|Col. Ana Ruiz|said|asserts|I||the force was ready"}},
		{"a named body in apposition with its acronym speaks", "The opposition's war monitor, Syrian Observatory for Human Rights (SOHR), said soldiers had killed the gunmen.",
			[]string{"Syrian Observatory for Human Rights|Syrian Observatory for Human Rights (SOHR)|said|asserts|I||soldiers had killed the gunmen"}},
		{"a body led by a person named after it acts", "The Rapid Support Forces (RSF) of General Ana Ruiz accused the army of shelling the market.",
			[]string{"Rapid Support Forces|The Rapid Support Forces (RSF)|accused|asserts|I||the army of shelling the market"}},
		{"the ministry named paragraphs before", "Bahrain's Interior Ministry said the cleric had been arrested. Crowds gathered. Shops closed. Roads were blocked. Schools shut. The ministry said seven policemen were hurt.",
			[]string{"Interior Ministry (Bahrain)|Bahrain's Interior Ministry|said|asserts|I||the cleric had been arrested", "Interior Ministry (Bahrain)|The ministry|said|asserts|I||seven policemen were hurt"}},
		{"a source that passed on someone's quoted words", "Gen. Ana Ruiz watched the drill. \"We threaten no one,\" she told officers, according to the ministry.",
			[]string{"Ana Ruiz|she|told|asserts|D|officers|We threaten no one,"}},
		{"no rank across a sentence break", "Defence Minister Ana Ruiz posted the video on X.\n\nRuiz said 300 more soldiers would be sent.",
			[]string{"Ana Ruiz|Defence Minister Ana Ruiz|posted|neutral|I||the video on X.", "Ana Ruiz|Ruiz|said|neutral|I||300 more soldiers would be sent"}},
		{"the speaker's own relative clause before the cue", "At least six guards were killed, a security official who asked not to be named said.",
			[]string{"a security official?|a security official who asked not to be named|said|asserts|I||At least six guards were killed"}},
		{"a participle after a noun with per is no cue", "Villagers demand 1.8 million pesos per family promised under a substitution programme.",
			nil},
		{"he is the subject named since the last speaker", "\"We will not wait,\" Commissioner Chuol Thiep said. Governor Gatluak Biel gave a different account. He said the raiders came from the north.",
			[]string{"Chuol Thiep|Commissioner Chuol Thiep|said|neutral|D||We will not wait,", "Gatluak Biel|He|said|asserts|I||the raiders came from the north"}},
		{"a spokeswoman for a body is named by the whole phrase", "A spokeswoman for the Home Office said the ship had acted properly.",
			[]string{"Home Office|A spokeswoman for the Home Office|said|asserts|I||the ship had acted properly"}},
		{"it is the body named in its own clause", "A British patrol ship ordered a Mauritian boat away, Mauritian officials said, and Port Louis lodged a protest over what it called \"an act of intimidation\".",
			[]string{"Mauritian officials?|Mauritian officials|said|asserts|I||A British patrol ship ordered a Mauritian boat away", "Mauritius|it|called|asserts|I||\"an act of intimidation"}},
		{"a second speaker with a relative clause after a comma and", "Bangkok urged Naypyitaw to keep the fighting away, and a Thai official who asked not to be named said soldiers had orders to return fire.",
			[]string{"Thailand|Bangkok|urged|neutral|I|Naypyitaw|Naypyitaw to keep the fighting away", "a Thai official?|a Thai official who asked not to be named|said|asserts|I||soldiers had orders to return fire"}},
		{"a speaker who names himself after the cue, without a comma", "\"They came down our street,\" said a Syrian tailor who gave his name only as Abu Khaled.",
			[]string{"Abu Khaled|Abu Khaled|said|asserts|D||They came down our street,"}},
		{"a guard is one of a body's people, unnamed; the coast guard is a body", "A prison guard said the inmates had overpowered two guards.",
			[]string{"A prison guard?|A prison guard|said|asserts|I||the inmates had overpowered two guards"}},
		{"a speaker who names herself at the end of a long clause", "\"They came down our street,\" said a woman who was inside the church when the attack began and who gave her name only as Nadege.",
			[]string{"Nadege|Nadege|said|asserts|D||They came down our street,"}},
		{"according to is the cue of its report", "At least 40 people were killed, according to the health ministry.",
			[]string{"the health ministry|the health ministry|according to|asserts|I||At least 40 people were killed"}},
		{"told reporters in a town, and the clause after that", "A senior official told reporters in Washington that further measures could follow.",
			[]string{"A senior official?|A senior official|told|asserts|I|reporters in Washington|further measures could follow"}},
		{"an apposition of the audience's town is no reported words", "Forty attackers stormed the camp, spokesman Ana Ruiz told a news conference in Jijiga, the regional capital.",
			[]string{"Ana Ruiz|spokesman Ana Ruiz|told|asserts|I|a news conference in Jijiga|Forty attackers stormed the camp"}},
		{"a second speaker after a comma and", "Ana Ruiz told reporters that the talks had failed, and the ministry accused the rebels of lying.",
			[]string{"Ana Ruiz|Ana Ruiz|told|asserts|I|reporters|the talks had failed", "the ministry|the ministry|accused|asserts|I||the rebels of lying"}},
		{"what is urged, with no one named to do it, is the request", "Malaysian Prime Minister Anwar Ibrahim, whose country chairs ASEAN, urged an immediate ceasefire.",
			[]string{"Anwar Ibrahim|Malaysian Prime Minister Anwar Ibrahim|urged|neutral|I||an immediate ceasefire"}},
		{"a request, and a second body advising its citizens", "Paris urged restraint on all sides, and the embassy advised its citizens to avoid the city centre.",
			[]string{"France|Paris|urged|neutral|I||restraint on all sides", "Embassy (France)|the embassy|advised|neutral|I|its citizens|its citizens to avoid the city centre"}},
		{"a second speaker after an apposition", "Dakar said it had put troops on alert along its border, and Lisbon, the former colonial power, urged all sides to respect the constitution.",
			[]string{"Senegal|Dakar|said|asserts|I||it had put troops on alert along its border", "Portugal|Lisbon|urged|neutral|I|all sides|all sides to respect the constitution"}},
		{"an appeal for one thing", "The African Union appealed for calm.",
			[]string{"African Union|The African Union|appealed|neutral|I||for calm"}},
		{"that before a single noun is a determiner", "Mali's army rejected that account.",
			[]string{"Army (Mali)|Mali's army|rejected|denies|I||that account"}},
		{"a quoted fragment that ends a reported clause", "The army said two drones had struck the attackers as they withdrew, \"neutralising more than 100 terrorists\".",
			[]string{"The army|The army|said|asserts|I||two drones had struck the attackers as they withdrew, \"neutralising more than 100 terrorists"}},
		{"a quoted fragment that ends the writer's sentence before its attribution", "Doctors found broken ribs and signs of \"prolonged and systematic beatings,\" the prosecutor's office said.",
			[]string{"the prosecutor's office|the prosecutor's office|said|asserts|I||Doctors found broken ribs and signs of \"prolonged and systematic beatings"}},
		{"a full quotation after a cue and its time still opens after the cue", "The minister said on Monday, \"We will not negotiate with gunmen.\"",
			[]string{"The minister|The minister|said|neutral|D||We will not negotiate with gunmen."}},
		{"an insisted negation denies", "Ethiopia's government insisted on Wednesday that it was not massing forces in the area.",
			[]string{"Government (Ethiopia)|Ethiopia's government|insisted|denies|I||it was not massing forces in the area"}},
		{"saying what others are not says what they are", "\"These are not freedom fighters,\" the governor said.",
			[]string{"the governor|the governor|said|asserts|D||These are not freedom fighters,"}},
		{"saying a thing is not true denies it", "\"This is not true,\" the governor said.",
			[]string{"the governor|the governor|said|denies|D||This is not true,"}},
		{"not doing something, with no contrast after, denies", "The ministry said it was not massing forces on the border.",
			[]string{"The ministry|The ministry|said|denies|I||it was not massing forces on the border"}},
		{"a plural noun after a role noun is no cue", "Iran barred inspectors, the agency said in a report to member states seen by Reuters on Tuesday.",
			[]string{"the agency|the agency|said|asserts|I||Iran barred inspectors"}},
		{"one of the sources is one of the sources who spoke before", "Militants killed 34 people near Djibo, two security sources said. Gunmen attacked the post, one of the sources said.",
			[]string{"two security sources?|two security sources|said|asserts|I||Militants killed 34 people near Djibo", "one of the two security sources?|one of the sources|said|asserts|I||Gunmen attacked the post"}},
		{"nobody crossed denies a crossing", "\"Nobody crossed anything,\" the official said.",
			[]string{"the official?|the official|said|denies|D||Nobody crossed anything,"}},
		{"a compound audience joined by and", "The army urged both the security forces and the armed groups to stop fighting.",
			[]string{"The army|The army|urged|neutral|I|both the security forces and the armed groups|both the security forces and the armed groups to stop fighting"}},
		{"an acronym in brackets belongs to the audience", "Zambia urged the Southern African Development Community (SADC) to send observers.",
			[]string{"Zambia|Zambia|urged|neutral|I|the Southern African Development Community (SADC)|the Southern African Development Community (SADC) to send observers"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range extract(t, tt.in) {
				got = append(got, line(q))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Extract(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMultiParagraphQuote(t *testing.T) {
	s := "Crisis deepens\n\n“We will hold the line,” said General Tomas Berg. “Every unit is in place.\n\n“Nobody will pass.”"
	qs := extract(t, s)
	if len(qs) != 2 {
		t.Fatalf("got %d quotes, want 2: %+v", len(qs), qs)
	}
	if !strings.Contains(qs[1].Text.Text, "Every unit") || !strings.Contains(qs[1].Text.Text, "Nobody will pass") {
		t.Errorf("second quote does not span both paragraphs: %q", qs[1].Text.Text)
	}
	if qs[1].SpeakerName != "Tomas Berg" {
		t.Errorf("continued quote speaker = %q", qs[1].SpeakerName)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"“unbalanced, he said.", "\"a\" \"b\" \"c", "“x”\n\n“y", "said said said, said.", "“”", "according to",
		"“Nested ‘single’ and \"straight\"” marks,” she said.", "He said: “", "'Tis ‘quoted’, they told.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range extract(t, s) {
			for _, e := range []*report.Evidence{&q.Text, q.Cue, q.SpeakerAs, q.Audience} {
				if e != nil && (e.Start < 0 || e.End > len(s) || e.Start > e.End || s[e.Start:e.End] != e.Text) {
					t.Fatalf("evidence %d-%d %q outside or unlike the text", e.Start, e.End, e.Text)
				}
			}
		}
	})
}
