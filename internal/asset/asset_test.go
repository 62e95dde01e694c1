package asset_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"

	"sitrep/internal/article"
	"sitrep/internal/pipeline"
	"sitrep/internal/report"
)

var load = sync.OnceValues(func() (*pipeline.Pipeline, error) { return pipeline.New(slog.New(slog.DiscardHandler)) })

func read(t *testing.T, s string) *report.Document {
	t.Helper()
	return readTitled(t, "Forces move", s)
}

func readTitled(t *testing.T, title, s string) *report.Document {
	t.Helper()
	p, err := load()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := p.Read(context.Background(), &article.Article{Text: title + "\n\n" + s}, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// line renders an asset as "words|kind|count|approx|owner|status|place",
// with the owner's code and the place's name.
func line(doc *report.Document, a report.Asset) string {
	count := "-"
	if a.Count != nil {
		count = fmt.Sprint(*a.Count)
	}
	owner, place := "", ""
	for _, e := range doc.Entities {
		if e.ID == a.Owner {
			owner = e.Code
		}
	}
	for _, p := range doc.Places {
		if p.ID == a.Place {
			place = p.Name
		}
	}
	return strings.Join([]string{a.Evidence.Text, a.Kind, count, fmt.Sprint(a.Approximate), owner, a.Status, place}, "|")
}

// check reads in, whose first paragraph is its headline when it starts
// with "# ", and compares its assets with want.
func check(t *testing.T, in string, want []string) {
	t.Helper()
	title, body, ok := strings.Cut(in, "\n\n")
	if !ok || !strings.HasPrefix(title, "# ") {
		title, body = "Forces move", in
	}
	doc := readTitled(t, strings.TrimPrefix(title, "# "), body)
	var got []string
	for _, a := range doc.Assets {
		got = append(got, line(doc, a))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("assets of %q\n got %q\nwant %q", in, got, want)
	}
}

func TestBuild(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a body's name between the article and the noun", "A Kenya Defence Forces helicopter flew the wounded out.",
			[]string{"helicopter|helicopter|1|false|KENMIL|present|"}},
		{"an article across a word of its own and a body's name of several words", "Sailors towed a broken-down Zorbaq Defence Force patrol boat and an Antigua and Barbuda Defence Force coast guard vessel.",
			[]string{"patrol boat|boat|1|false||present|", "coast guard vessel|warship|1|false|ATGMIL|present|"}},
		{"a police vehicle is the story's police's, whoever rides in it", "# Beatings in Burundi\n\nBUJUMBURA, Burundi, May 3 (Sitrep Wire) - Burundi said so. Residents said the attackers arrived in three police pickup trucks.",
			[]string{"three police pickup trucks|vehicle|3|false|BDI|present|Burundi"}},
		{"what people travelled by is one craft", "The wounded were flown by helicopter to Gao, Mali said. Drones were seen by soldiers.",
			[]string{"helicopter|helicopter|1|false|MLI|present|Gao"}},
		{"nationality owns", "Officials said seven Russian T-90 tanks were seen near Kursk.",
			[]string{"seven Russian T-90 tanks|tank|7|false|RUS|present|Kursk"}},
		{"the country of a place is no owner", "The army deployed half a dozen howitzers in Mali.",
			[]string{"half a dozen howitzers|artillery|6|true||present|Mali"}},
		{"negation", "Officials said there were no fighter jets at the Syrian base.",
			[]string{"no fighter jets|combat_aircraft|0|false|SYR|absent|"}},
		{"article counts one", "A Turkish frigate entered the port.",
			[]string{"Turkish frigate|warship|1|false|TUR|present|"}},
		{"a plural coordinated with what is observed is observed", "Kenyan troops launched a search, backed by two army helicopters and surveillance drones.",
			[]string{"Kenyan troops|personnel|2|true|KEN|present|", "two army helicopters|helicopter|2|false|KEN|present|", "surveillance drones|drone|2|true|KEN|present|"}},
		{"the vehicles people ride in", "Kenyan troops in armoured vehicles sealed the roads, and police in four pick-up trucks blocked the bridge.",
			[]string{"Kenyan troops|personnel|2|true|KEN|present|", "armoured vehicles|vehicle|2|true|KEN|present|", "four pick-up trucks|vehicle|4|false|KEN|present|"}},
		{"bare nouns are no observation", "Forces and weapons were everywhere, the army said.", nil},
		{"an article across the words that qualify the noun", "Mali said an air force transport plane landed in Gao.",
			[]string{"transport plane|transport_aircraft|1|false|MLI|present|Gao"}},
		{"what backs a force or strikes is observed", "Army units backed by helicopter gunships attacked rebel positions near Malakal.",
			[]string{"helicopter gunships|helicopter|2|true||present|Malakal"}},
		{"what they carry is there, though bare weapons say no more than armed", "The attackers carried rifles and suicide vests, police in Mali said. The men carried weapons.",
			[]string{"rifles|small_arms|2|true||present|Mali", "suicide vests|bomb|2|true||present|Mali"}},
		{"a country's border guards are its troops, though the actor layer names them a body",
			"Polish border guards fired warning shots near Bialowieza. Dozens of Belarusian border guards watched from the other side.",
			[]string{"Polish border guards|personnel|2|true|POL|present|Białowieża", "warning shots|munition|2|true|POL|fired|Białowieża",
				"Dozens of Belarusian border guards|personnel|24|true|BLR|present|Białowieża"}},
		{"a coalition owns what it flies, not the country that leads it",
			"Guards at the camp near Hasakah said the U.S.-led coalition flew four surveillance drones over it.",
			[]string{"four surveillance drones|drone|4|false|USAMIL|present|Hasakah"}},
		{"a vague plural counts the least it says", "Mali said several armoured vehicles were seen in Gao. Drones struck a depot in Kidal.",
			[]string{"armoured vehicles|vehicle|3|true|MLI|present|Gao", "Drones|drone|2|true|MLI|fired|Kidal"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.in, tt.want) })
	}
}

// TestOwner covers the owner rules, from the mention's own words to the
// story around it.
func TestOwner(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"the story's country over a foreign one named more", "# Clan fighting kills 38 in Papua New Guinea\n\nWABAG, Papua New Guinea, Nov 24 (Sitrep Wire) - Gunmen killed 38 villagers near Wabag, police said. Australia offered help, and Australia's envoy said Australia stood ready. Police said 11 rifles had been seized in raids.",
			[]string{"11 rifles|small_arms|11|false|PNG|seized|Wabag"}},
		{"what stands in a town is its country's, not the story's", "# Ukraine strikes Russian fleet\n\nKYIV, Ukraine, Nov 24 (Sitrep Wire) - Ukraine said its naval drones hit a Russian tanker. Ukraine's navy said Ukraine would strike again. Images showed four frigates moored at Novorossiysk.",
			[]string{"naval drones|naval_drone|2|true|UKR|fired|Novorossiysk", "four frigates|warship|4|false|RUS|present|Novorossiysk"}},
		{"not the country whose border the claim names", "# Jihadists ambush Niger army convoy\n\nNIAMEY, Niger, Nov 24 (Sitrep Wire) - Islamic State fighters ambushed an army convoy near Ayorou on Saturday, the army said.\n\nThe army spokesman said two Bayraktar TB2 drones were deployed after the fighters withdrew toward the Malian border.",
			[]string{"two Bayraktar TB2 drones|drone|2|false|NER|present|Ayorou"}},
		{"the subject moved them, and the mentions coordinated with it",
			"Turkey has moved about 400 soldiers and a dozen Leopard 2 tanks to the city of Gaziantep.",
			[]string{"about 400 soldiers|personnel|400|true|TUR|present|Gaziantep",
				"a dozen Leopard 2 tanks|tank|12|true|TUR|present|Gaziantep"}},
		{"what was seized from a force is that force's, not a country named more", "# Jihadists ambush convoy in Burkina Faso\n\nDORI, Burkina Faso, Nov 24 (Sitrep Wire) - Jihadists ambushed a convoy near Dori, the army said.\n\nJNIM claimed the ambush. The group said its fighters had seized three armoured vehicles from the escort.\n\nOuagadougou also accused France of passing information to the jihadists. France denied it.",
			[]string{"three armoured vehicles|vehicle|3|false|BFA|seized|Dori"}},
		{"what was seized from mutineers is their state's", "# Mutiny crushed in Mauritania\n\nATAR, Mauritania, Nov 24 (Sitrep Wire) - Loyal troops crushed a mutiny in Atar, the government said. Mali denied any role.\n\nTroops seized three armoured vehicles from the mutineers. Mali closed its border. Mali said so.",
			[]string{"three armoured vehicles|vehicle|3|false|MRT|seized|Atar"}},
		{"a range counts approximately", "Between 200 and 300 Honduran soldiers were deployed to the bridge, the army said.",
			[]string{"Between 200 and 300 Honduran soldiers|personnel|200|true|HND|present|"}},
		{"the platforms a state's military source names without a nationality are its state's", "# Fishermen held\n\nCHENNAI, India, Nov 24 (Sitrep Wire) - India protested after Sri Lanka's navy arrested 22 Indian fishermen near Delft and seized three Indian trawlers. India's foreign ministry said so. Indian fishermen went on strike.\n\nNavy spokesman Cmdr. Ruwan Jayalath said two fast attack craft and an inshore patrol boat took part.",
			[]string{"three Indian trawlers|boat|3|false|IND|seized|Delft", "two fast attack craft|boat|2|false|LKA|present|Delft", "patrol boat|boat|1|false|LKA|present|Delft"}},
		{"what was taken from the armoury is its state's, however long the list before it", "# Barracks attack foiled in Gabon\n\nLIBREVILLE, Gabon, Nov 24 (Sitrep Wire) - Gunmen attacked a barracks in Libreville, the army said. Cameroon closed its border. Cameroon said so.\n\nTroops recovered 19 AK-47 rifles, a rocket-propelled grenade launcher and a crate of hand grenades that the attackers had taken from the armoury, the army said.",
			[]string{"19 AK-47 rifles|small_arms|19|false|GAB|seized|Libreville", "rocket-propelled grenade launcher|anti_tank|1|false|GAB|seized|Libreville", "hand grenades|munition|2|true|GAB|seized|Libreville"}},
		{"the watcher's, in a clause of its own after what its radars tracked", "GALATI, Romania, Nov 24 (Sitrep Wire) - A Russian drone crashed near Galati during an attack on Ukraine, Romania's defence ministry said.\n\nThe ministry said its radars tracked at least three drones near the border and that two F-16 fighter jets took off from the Borcea air base.",
			[]string{"Russian drone|drone|1|false|RUS|fired|Galaţi", "at least three drones|drone|3|true|RUS|present|Galaţi", "two F-16 fighter jets|combat_aircraft|2|false|ROU|present|Borcea"}},
		{"the side watched, where the watcher tracks more of it", "TAIPEI, Taiwan, Nov 24 (Sitrep Wire) - China sent warplanes toward Taiwan on Monday, Taiwan's defence ministry said.\n\nThe ministry said it tracked 71 Chinese military aircraft near the island. It also tracked 14 navy ships off the east coast.",
			[]string{"warplanes|combat_aircraft|2|true|CHN|delivered|", "71 Chinese military aircraft|combat_aircraft|71|false|CHN|present|Taiwan", "14 navy ships|warship|14|false|CHN|present|Taiwan"}},
		{"not the mission whose peacekeepers a later clause names, but the subject that fired", "MITROVICA, Kosovo, Nov 24 (Sitrep Wire) - Kosovo police fired tear gas at hundreds of Serb protesters in Zvecan on Sunday, and NATO-led peacekeepers moved in to separate the two sides, witnesses said.",
			[]string{"tear gas|munition|2|true|KSV|fired|Zvečan"}},
		{"a mission owns through no spokesman, and not what its peacekeepers destroyed",
			"# Rebels attack U.N. base in Central African Republic\n\nBANGUI, Central African Republic, Jan. 5 (Sitrep Wire) - Rebels attacked the MINUSCA base in Ndele. Central African Republic said so. Its spokesman, Ousmane Ndiaye, said the peacekeepers destroyed two pickup trucks.",
			[]string{"two pickup trucks|vehicle|2|false|CAF|destroyed|Ndélé"}},
		{"soldiers from a force are its own, not the story's country's",
			"# ADF raid in Congo\n\nBENI, Congo, Jan. 5 (Sitrep Wire) - ADF rebels attacked a village near Beni. Congo said so. Congo's army said so. A local official said about 40 soldiers from the Uganda People's Defence Force had reached the village.",
			[]string{"about 40 soldiers|personnel|40|true|UGAMIL|present|Beni"}},
		{"the vehicles of peacekeepers serve their mission",
			"Cyprus protested. The United Nations said its peacekeepers had blocked the works with three armoured vehicles near Pyla.",
			[]string{"three armoured vehicles|vehicle|3|false|IGOUNO|present|Pýla"}},
		{"a country whose name opens with an article is the subject, not a town",
			"Germany pledged aid.\n\nThe Netherlands, which is paying for part of the package, said it had delivered 14 CV90 infantry fighting vehicles to Ukraine.",
			[]string{"14 CV90 infantry fighting vehicles|ifv|14|false|NLD|delivered|"}},
		{"a list in a relative clause before the verb holds no subject",
			"Poland, which borders Ukraine, Belarus and Lithuania, has sent 300 tanks to Ukraine.",
			[]string{"300 tanks|tank|300|false|POL|delivered|"}},
		{"a subject that only saw them is no owner",
			"Russia is building up its forces in the south.\n\nBritain has spotted 20 howitzers near Kherson.",
			[]string{"20 howitzers|artillery|20|false|RUS|present|Kherson"}},
		{"what the subject destroyed is the other side's",
			"Ukraine's army said Russian troops destroyed a US-made Humvee and a British-supplied Challenger 2 tank near Avdiivka.",
			[]string{"Russian troops|personnel|2|true|RUS|present|Avdiivka",
				"Humvee|vehicle|1|false|UKR|destroyed|Avdiivka", "Challenger 2 tank|tank|1|false|UKR|destroyed|Avdiivka"}},
		{"the actor of a participle", "Israeli air defences intercepted 12 rockets fired by Hezbollah.",
			[]string{"Israeli air defences|air_defence|2|true|ISR|present|", "12 rockets|rocket|12|false|LBNREB|destroyed|"}},
		{"two-word demonyms", "About 40 North Korean soldiers crossed the border.",
			[]string{"About 40 North Korean soldiers|personnel|40|true|PRK|present|"}},
		{"the army of the story", "Sudan's army said on Monday that rebels shot down an army transport plane near El Fasher.",
			[]string{"army transport plane|transport_aircraft|1|false|SDN|destroyed|El Fasher"}},
		{"its of the speaker", "Ukraine's navy said three of its sea drones struck a Russian corvette near Sevastopol.",
			[]string{"three of its sea drones|naval_drone|3|false|UKR|fired|Sevastopol",
				"Russian corvette|warship|1|false|RUS|damaged|Sevastopol"}},
		{"the army of the story's country, whoever else sent forces", "Indonesia's president visited Padang. Indonesia's rescuers searched the hills. The Singapore Armed Forces said a Singapore air force C-130 landed in Padang. Four army helicopters flew in food.",
			[]string{"C-130|transport_aircraft|1|false|SGP|present|Padang", "Four army helicopters|helicopter|4|false|IDN|present|Padang"}},
		{"an army's vessels told with its soldiers", "Guyana's president said Venezuelan soldiers had arrived near Tumeremo and that six navy patrol boats had been sighted.",
			[]string{"Venezuelan soldiers|personnel|2|true|VEN|present|Tumeremo", "six navy patrol boats|boat|6|false|VEN|present|Tumeremo"}},
		{"a possessive owner before the count", "Israel said it shot down Hezbollah's two drones over the Golan Heights.",
			[]string{"two drones|drone|2|false|LBNREB|destroyed|Golan Heights"}},
		{"an owner in an of phrase", "India's army said more than 200 troops of China's People's Liberation Army crossed the line.",
			[]string{"more than 200 troops|personnel|200|true|CHN|present|"}},
		{"the army a state's sources speak of", "Israel struck near the crossing. Egyptian security sources said the army had sent about 200 extra soldiers to the border.",
			[]string{"about 200 extra soldiers|personnel|200|true|EGY|present|"}},
		{"troops a state's source says were not sent are its own", "Chinese crews built a road near the pass. An Indian army officer said no additional troops had been sent to the pass.",
			[]string{"no additional troops|personnel|0|false|IND|absent|"}},
		{"militants belong to no state", "Militants fired 30 rockets at the base.",
			[]string{"30 rockets|rocket|30|false||fired|"}},
		{"what a state's troops seize from its own insurgents is its country's, not an ally's", "# Regional forces kill 20 Islamic State fighters in Somali hills\n\nGAROWE, Somalia, Nov 24 (Sitrep Wire) - Forces from Somalia's Puntland region killed 20 Islamic State fighters in the hills near Bosaso, regional officials said on Tuesday, a day after a U.S. air strike hit a militant camp there.\n\nCol. Ahmed Nur, who leads the operation, said his troops had taken three hideouts.\n\n\"We will clear every valley,\" Nur told reporters in Garowe.\n\nSix soldiers were wounded, he said. The troops also seized 12 AK-47 rifles and a mortar tube, he added.",
			[]string{"Six soldiers|personnel|6|false|SOM|present|Bosaso", "12 AK-47 rifles|small_arms|12|false|SOM|seized|Bosaso", "mortar tube|mortar|1|false|SOM|seized|Bosaso"}},
		{"air defences are the defender's, not the attacker's whose weapons came before", "Russia struck a power plant in western Ukraine with drones and cruise missiles overnight, officials in western Ukraine said.\n\nUkraine's Defence Ministry said air defences shot down 61 of 74 attack drones launched at the country.",
			[]string{"drones|drone|2|true|RUS|fired|Ukraine", "cruise missiles|missile|2|true|RUS|fired|Ukraine",
				"61 of 74 attack drones|drone|61|false|RUS|destroyed|Ukraine"}},
		{"a flag owns the vessel it names, not the craft around it",
			"# Navy boards trawler off Greenland\n\nNUUK, Greenland, March 3 (Sitrep Wire) - A Danish navy patrol ship boarded a Russian-flagged trawler off Paamiut, and a Danish helicopter circled overhead.\n\nA Sierra Leone-flagged cargo ship waited nearby as a coast guard vessel escorted it.",
			[]string{"Danish navy patrol ship|warship|1|false|DNK|present|Paamiut", "Russian-flagged trawler|boat|1|false|RUS|present|Paamiut",
				"Danish helicopter|helicopter|1|false|DNK|present|Paamiut", "Sierra Leone-flagged cargo ship|merchant_ship|1|false|SLE|present|Paamiut",
				"coast guard vessel|warship|1|false|DNK|present|Paamiut"}},
		{"what the country's police seized from suspects is held in the country, not a foreign commentator's",
			"# Malawi arrests general\n\nLILONGWE, Malawi, May 3 (Sitrep Wire) - Malawi arrested its deputy army commander. Malawi said so. The U.S. Embassy urged due process, and the United States called for calm.\n\nPolice said they had found 14 AK-47 rifles at a farm owned by the general in Dowa district.",
			[]string{"14 AK-47 rifles|small_arms|14|false|MWI|seized|Dowa"}},
		{"what flew in from a country is that country's",
			"# Drone crashes in Norway\n\nVADSO, Norway, March 3 (Sitrep Wire) - A military drone that flew in from Russia crashed outside Vadso on Sunday, Norway's armed forces said.",
			[]string{"military drone|drone|1|false|RUS|fired|Vadsø"}},
		{"a flag before a word of the vessel's kind",
			"# Coast guard fires on fishing boat\n\nPUERTO MADRYN, Argentina, May 3 (Sitrep Wire) - Argentina's coast guard turned a water cannon on a Chinese-flagged squid fishing boat off Patagonia.",
			[]string{"fishing boat|boat|-|false|ARG|present|Patagonia", "water cannon|equipment|1|false|ARG|present|Patagonia",
				"fishing boat|boat|1|false|CHN|present|Patagonia"}},
		{"a force named between the count and the model owns it", "# Russian bomber nears Japan\n\nTOKYO, Japan, Mar 3 (Sitrep Wire) - Japan protested after a Russian bomber flew near Okinawa, the Defence Ministry said.\n\nThe Tu-95 bomber circled for an hour near the island. Two Air Self-Defense Force F-15 fighters from Naha were scrambled to follow it.",
			[]string{"Russian bomber|bomber|-|false|RUS|present|Okinawa", "Russian bomber|bomber|1|false|RUS|present|Okinawa", "Tu-95 bomber|bomber|1|false|RUS|present|Okinawa", "F-15|combat_aircraft|-|false|JPN|present|Naha"}},
		{"marines a military source names are its state's, not those of the side named before", "# North Korea moves launchers to coast\n\nSEOUL, May 3 (Sitrep Wire) - South Korea's president called a meeting on Monday. North Korea has moved 30 rocket launchers to the coast, South Korea's military said.\n\nMarines on the border islands fired 90 rounds into the sea, the Marine Corps said.",
			[]string{"30 rocket launchers|mlrs|30|false|PRK|present|", "90 rounds|munition|90|false|KOR|fired|"}},
		{"people coordinated before an of phrase serve in the force it names", "# Herders cross border\n\nKATIMA MULILO, Namibia, May 3 (Sitrep Wire) - Armed herders from Zambia shot a farmer near the river, police said. About 20 Zambian soldiers watched from the far bank. About 30 police officers and soldiers of the Namibian Defence Force drove the herders back, police said.",
			[]string{"About 20 Zambian soldiers|personnel|20|true|ZMB|present|", "About 30 police officers|personnel|30|true|NAM|present|"}},
		{"what goes to the mission's base is the mission's", "# Convoy ambushed in Mali\n\nGAO, Mali, May 3 (Sitrep Wire) - Gunmen attacked a U.N. convoy near Gao, MINUSMA said. Mali condemned the attack. Mali said so.\n\nThe convoy of 9 trucks, escorted by two armoured vehicles, was taking food to the mission's base in Ansongo, MINUSMA said.",
			[]string{"9 trucks|vehicle|9|false|IGOUNO|present|Ansongo", "two armoured vehicles|vehicle|2|false|IGOUNO|present|Ansongo"}},
		{"a police helicopter is the country's whose police it is, not the one shells were bought for",
			"# Depot fire\n\nZLIN, Czech Republic, May 3 (Sitrep Wire) - A fire at an ammunition depot was arson, a senior Czech official said.\n\nDeputy Interior Minister Jan Dvorak said two men set fire to a storage hall holding artillery shells bought for Ukraine.\n\nA police helicopter circled the area through the night, but no crews were sent into the burning hall, fire service spokeswoman Jana Novak said.",
			[]string{"artillery shells|munition|-|false|UKR|destroyed|", "police helicopter|helicopter|1|false|CZE|present|"}},
		{"what others saw in a clause of their own is the subject's before", "# Vote count halted\n\nMAPUTSOE, Lesotho (AP) - South Africa closed the bridge to Ficksburg. South Africa said so, and South Africa's police stood by.\n\nSoldiers of the Lesotho Defence Force arrived in the afternoon, and witnesses counted four army trucks around the hall.",
			[]string{"four army trucks|vehicle|4|false|LSO|present|Ficksburg"}},
		{"a body named before the noun owns it after a preposition of place", "# Helicopter burned\n\nJUBA, South Sudan, March 9 (Reuters) - Gunmen fired grenades at a U.N. helicopter on the airstrip at Pochalla, the U.N. mission said. South Sudan's army blamed rebels.",
			[]string{"Helicopter|helicopter|-|false|SSD|destroyed|Pochalla", "grenades|munition|2|true||fired|Pochalla", "helicopter|helicopter|1|false|IGOUNO|present|Pochalla"}},
		{"what images show is not the imagery company's", "# Armour near border\n\nKYIV, March 3 (Reuters) - Belarus moved troops, Ukraine said. Ukraine closed a crossing.\n\nImages taken by BlackSky, a U.S. satellite imagery company, show at least 40 tanks parked near Bragin in Belarus, the company said.",
			[]string{"at least 40 tanks|tank|40|true|BLR|present|Brahin"}},
		{"a mention taken up again", "Russia launched 40 Shahed drones at Odesa overnight.\n\nAir defences shot down 31 of the drones.",
			[]string{"40 Shahed drones|drone|40|false|RUS|fired|Odesa",
				"31 of the drones|drone|31|false|RUS|destroyed|Odesa"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.in, tt.want) })
	}
}

// TestStatus covers what happened to the asset.
func TestStatus(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"not a single", "Not a single Russian warship was seen in the harbour.",
			[]string{"Not a single Russian warship|warship|0|false|RUS|absent|"}},
		{"what people saw is there", "Kenyan residents said they saw armoured vehicles moving along the riverside road.",
			[]string{"armoured vehicles|vehicle|2|true||present|"}},
		{"brought down is shot down", "Azerbaijani troops brought down two Armenian drones near the border.",
			[]string{"Azerbaijani troops|personnel|2|true|AZE|present|", "two Armenian drones|drone|2|false|ARM|destroyed|"}},
		{"what was stripped off was taken", "Rebels stripped a machine gun from the wreck of a Malian army truck.",
			[]string{"machine gun|small_arms|1|false||seized|", "Malian army truck|vehicle|1|false|MLI|present|"}},
		{"what was carried off was taken", "The fighters carried off 14 rifles and two machine guns from the post.",
			[]string{"14 rifles|small_arms|14|false||seized|", "two machine guns|small_arms|2|false||seized|"}},
		{"what men were caught with was taken", "Gendarmes arrested two men caught with 12 shotguns.",
			[]string{"12 shotguns|small_arms|12|false||seized|"}},
		{"what burns was destroyed", "The group released photographs of captured rifles and a burning armoured car.",
			[]string{"rifles|small_arms|2|true||seized|", "armoured car|vehicle|1|false||destroyed|"}},
		{"an aircraft that came down crashed, a missile that came down landed", "A Mi-35 helicopter came down in farmland. A Russian missile came down in a field.",
			[]string{"Mi-35 helicopter|helicopter|1|false|RUS|destroyed|", "Russian missile|missile|1|false|RUS|fired|"}},
		{"will join", "Two Italian frigates will join the mission next month.",
			[]string{"Two Italian frigates|warship|2|false|ITA|planned|"}},
		{"an attack's instruments were fired", "Russia attacked Odesa with 20 drones and three cruise missiles.",
			[]string{"20 drones|drone|20|false|RUS|fired|Odesa", "three cruise missiles|missile|3|false|RUS|fired|Odesa"}},
		{"jets that struck were there", "Israeli jets struck a weapons depot.",
			[]string{"Israeli jets|combat_aircraft|2|true|ISR|present|"}},
		{"the nearest verb governs", "Ukraine said its brigade destroyed two Russian armoured vehicles and damaged a T-72 tank.",
			[]string{"two Russian armoured vehicles|vehicle|2|false|RUS|destroyed|", "T-72 tank|tank|1|false|RUS|damaged|"}},
		{"troops sent are deployed", "Brazil sent 500 soldiers and 20 armoured vehicles to Roraima.",
			[]string{"500 soldiers|personnel|500|false|BRA|present|Roraima",
				"20 armoured vehicles|vehicle|20|false|BRA|present|Roraima"}},
		{"tanks sent abroad are delivered", "Germany sent 30 Leopard 2 tanks to Ukraine.",
			[]string{"30 Leopard 2 tanks|tank|30|false|DEU|delivered|"}},
		{"a bomb that ripped through a vehicle went off", "In Kenya, a roadside bomb ripped through a police vehicle.",
			[]string{"roadside bomb|bomb|1|false||fired|Kenya", "police vehicle|vehicle|1|false||present|Kenya"}},
		{"boats sent to a line are deployed", "India sent two patrol vessels to the boundary line.",
			[]string{"two patrol vessels|warship|2|false|IND|present|"}},
		{"boats sent on a mission are deployed", "Vietnam sent one patrol ship to escort the boat home.",
			[]string{"one patrol ship|warship|1|false|VNM|present|"}},
		{"arms sent to rebels are delivered", "Sudan sent 200 rifles to the rebels.",
			[]string{"200 rifles|small_arms|200|false|SDN|delivered|"}},
		{"a supply boat is not supplied", "Chinese ships blocked a Philippine supply boat near Second Thomas Shoal.",
			[]string{"Philippine supply boat|boat|1|false|PHL|present|Second Thomas Shoal"}},
		{"weapons fought with were fired; armed with says they were there", "In Nigeria, villagers fought with Dane guns. Bandits armed with machine guns raided Jibia.",
			[]string{"Dane guns|small_arms|2|true||fired|Nigeria", "machine guns|small_arms|2|true|NGA|present|Nigeria"}},
		{"the platform a missile was launched from", "Russia fired four Kh-101 missiles from Tu-95 bombers.",
			[]string{"four Kh-101 missiles|missile|4|false|RUS|fired|", "Tu-95 bombers|bomber|2|true|RUS|present|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.in, tt.want) })
	}
}

// TestPlace covers where the asset is.
func TestPlace(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"what was not seen was not seen where the story happens", "# Herders kill villager\n\nRUACANA, Namibia, May 3 (Sitrep Wire) - Armed herders shot a villager near Ruacana, police said.\n\nNo Angolan military vehicles were seen near the border, a Namibian official said.",
			[]string{"No Angolan military vehicles|vehicle|0|false|AGO|absent|RUACANA"}},
		{"not where the speaker told what follows",
			"# Gunmen storm jail\n\nPUERTO LEMPIRA, Honduras, May 3 (Sitrep Wire) - Gunmen stormed the jail in Puerto Lempira on Sunday.\n\nThe security minister told reporters in Tegucigalpa that 300 soldiers and two helicopters had arrived.",
			[]string{"300 soldiers|personnel|300|false|HND|present|Puerto Lempira", "two helicopters|helicopter|2|false|HND|present|Puerto Lempira"}},
		{"a year that dates a noun sends nothing elsewhere",
			"# Rebels hit police station\n\nJAMUNDI, Colombia, May 3 (Sitrep Wire) - Rebels attacked the police station in Jamundi on Sunday.\n\nFighters of a faction that rejected the 2016 peace deal flew at least seven drones over the station, police said.",
			[]string{"at least seven drones|drone|7|true|COL|present|Jamundí"}},
		{"a site taken up again is not the town a statement was issued in",
			"# Troops overrun rebel camp\n\nBUNIA, Congo, May 3 (Sitrep Wire) - Troops overran a rebel camp near Komanda on Monday.\n\nThe army said in a statement issued in Kampala that 14 rifles had been seized at the camp.",
			[]string{"14 rifles|small_arms|14|false|COD|seized|Komanda"}},
		{"the nearest place after it", "Not a single frigate remained at Sevastopol, the main base in Crimea.",
			[]string{"Not a single frigate|warship|0|false||absent|Sevastopol"}},
		{"the most precise place before it",
			"At the port of Tartus on Syria's Mediterranean coast, images showed two Russian frigates.",
			[]string{"two Russian frigates|warship|2|false|RUS|present|Ţarţūs"}},
		{"not where troops head", "Russia massed 10,000 troops in the Belgorod region for a push towards Kharkiv.",
			[]string{"10,000 troops|personnel|10000|false|RUS|present|Belgorod Oblast"}},
		{"the town filed from, not the country a crossing leads into",
			"BENI, Congo, Nov 24 (Sitrep Wire) - Gunmen stormed a post at the main crossing into Uganda, the army said.\n\nAbout 30 attackers arrived on 15 motorcycles. The post at Beni stays shut.",
			[]string{"About 30 attackers|personnel|30|true||present|Beni", "15 motorcycles|vehicle|15|false||present|Beni"}},
		{"the main place of the story", "Russian drones hit targets in Odesa overnight.\n\nThe attack involved 30 Shahed drones, the air force said.",
			[]string{"Russian drones|drone|2|true|RUS|fired|Odesa", "30 Shahed drones|drone|30|false|RUS|present|Odesa"}},
		{"background names a year", "Russian drones hit targets in Odesa overnight.\n\nFrench troops left Mali's north in 2022.",
			[]string{"Russian drones|drone|2|true|RUS|fired|Odesa", "French troops|personnel|2|true|FRA|present|"}},
		{"the city, not the country whose demonym names it", "Ukrainian drones hit a refinery in the southern Russian city of Saratov.",
			[]string{"Ukrainian drones|drone|2|true|UKR|fired|Saratov"}},
		{"not where flights were diverted to", "Mortars hit the airport in Mogadishu.\n\nTwo airliners were diverted to Nairobi. Dozens of Ugandan troops sealed off the airport road.",
			[]string{"Dozens of Ugandan troops|personnel|24|true|UGA|present|Mogadishu"}},
		{"not where it came from when it went somewhere", "Fighting broke out in Homs.\n\nThe army moved 300 soldiers from Hama to Aleppo.",
			[]string{"300 soldiers|personnel|300|false|SYRMIL|present|Aleppo"}},
		{"where it came from, else nothing", "Clashes were reported in Mosul.\n\nAt least 60 soldiers were brought in by boat from Basra.",
			[]string{"At least 60 soldiers|personnel|60|true||present|Basrah"}},
		{"what backs a force is where the force is",
			"The army said it had sent 300 soldiers, backed by two helicopters, into the hills south of Kirkuk.",
			[]string{"300 soldiers|personnel|300|false||present|Kirkuk", "two helicopters|helicopter|2|false||present|Kirkuk"}},
		{"not the speaker's town", "Fighting raged in Kidal.\n\nAn officer in Gao said 30 armed men had attacked the camp.",
			[]string{"30 armed men|personnel|30|false||present|Kidal"}},
		{"a unit that says what it destroyed fights where it is", "Fighting raged in Kharkiv.\n\nA Ukrainian drone unit near Vovchansk said it had destroyed two T-80 tanks.",
			[]string{"two T-80 tanks|tank|2|false||destroyed|Vovchansk"}},
		{"the speaker's town where the force arrived from elsewhere",
			"An official in Latakia said 40 armoured vehicles had arrived from Homs.",
			[]string{"40 armoured vehicles|vehicle|40|false||present|Latakia"}},
		{"where forces were moved toward", "Fighting broke out in Batken.\n\nTajikistan moved 12 armoured personnel carriers toward Vorukh overnight.",
			[]string{"12 armoured personnel carriers|apc|12|false|TJK|present|Vorukh"}},
		{"a place the gazetteer lacks", "Cameroon deployed two armoured vehicles in the Mandara Mountains.",
			[]string{"two armoured vehicles|vehicle|2|false|CMR|present|Mandara Mountains"}},
		{"the village the text called a village", "Fighting broke out in Syunik.\n\nShots hit farmers in Nrnadzor, a village near the town of Meghri. Two Azerbaijani armoured personnel carriers moved into positions opposite the village.",
			[]string{"Two Azerbaijani armoured personnel carriers|apc|2|false|AZE|present|Nrnadzor"}},
		{"not the country whose boundary the headline names", "# Police raid village near Kosovo boundary\n\nVRANJE, Serbia, Nov 24 (Sitrep Wire) - Police raided an ethnic Albanian village on Monday.\n\nThe raid in Bujanovac involved six armoured vehicles, police said.\n\nPolice said 40 officers now guard the village.",
			[]string{"six armoured vehicles|vehicle|6|false|SRB|present|Bujanovac", "40 officers|personnel|40|false|SRB|present|Bujanovac"}},
		{"not the sea the goods go to", "RIOHACHA, Colombia, Nov 24 (Sitrep Wire) - Police broke up a blockade of the railway that carries coal to the Caribbean coast on Sunday.\n\nWayuu had camped on the track near Uribia.\n\nPolice said six armoured vehicles now guard the track.",
			[]string{"six armoured vehicles|vehicle|6|false|COL|present|Uribia"}},
		{"a town named like a class noun is no tank", "About 30 militants stormed a police station in the northwestern Pakistani town of Tank overnight.",
			[]string{"About 30 militants|personnel|30|true||present|Tank"}},
		{"the town the lead says was attacked", "KADUGLI, Sudan, Nov 24 (Sitrep Wire) - The paramilitary Rapid Support Forces shelled Kadugli, the capital of Sudan's South Kordofan state, on Monday.\n\nThe army said seven armed pickup trucks were destroyed.",
			[]string{"seven armed pickup trucks|vehicle|7|false|SDN|destroyed|Kadugli"}},
		{"the town a story is filed from, where its lead names only the country", "# Police raid Uralsk weekly\n\nURALSK, Kazakhstan, Nov 24 (Sitrep Wire) - Police raided the offices of a weekly in western Kazakhstan on Monday.\n\nAbout 30 officers took part, the editor said in Uralsk.",
			[]string{"About 30 officers|personnel|30|true|KAZ|present|Oral"}},
		{"the lead after its dateline, before the headline", "# Gunmen kill four in Kenya\n\nGARISSA, Kenya, Nov 24 (Sitrep Wire) - Gunmen attacked a police post near Liboi on Monday, police said.\n\nPolice said 40 officers now guard the post.",
			[]string{"40 officers|personnel|40|false|KEN|present|Liboi"}},
		{"the town near which a story in a country happened", "Gunmen ambushed a convoy in northern Mali on Tuesday, the army said.\n\nThe attackers opened fire about 20 km south of Gao.\n\nThey burned two trucks, the army said.",
			[]string{"two trucks|vehicle|2|false||destroyed|Gao"}},
		{"not the ocean that names a port", "MANTA, Ecuador, Nov 24 (Sitrep Wire) - Gunmen stormed the jail in the Pacific port city of Manta overnight.\n\nAbout 650 soldiers now guard it, the army said.",
			[]string{"About 650 soldiers|personnel|650|true|ECU|present|Manta"}},
		{"not the country whose border is near", "KUFRA, Libya, Nov 24 (Sitrep Wire) - Libyan forces intercepted a convoy in the desert near the Sudanese border, the army said.\n\nSix Libyan armoured vehicles took part, it said.",
			[]string{"Six Libyan armoured vehicles|vehicle|6|false|LBY|present|"}},
		{"the place a multi-word possessive owns", "Police stormed a favela in Rio de Janeiro's North Zone on Monday, officials said.\n\nOfficers seized 57 rifles, the officials said. Some came from Paraguay.",
			[]string{"57 rifles|small_arms|57|false||seized|North Zone"}},
		{"the town near which a story in a province happened", "Gunmen attacked a mining camp in Kasai province on Sunday, police said.\n\nOfficers found the bodies near Tshikapa.\n\nPolice later seized four rifles.",
			[]string{"four rifles|small_arms|4|false||seized|Tshikapa"}},
		{"the town of the lead, not the country crossed into", "# Guards fire on migrants\n\nHERAT, Afghanistan, Nov 24 (Sitrep Wire) - Border guards opened fire on migrants trying to cross into Iran near Herat, officials said.\n\nThe guards used two pickup trucks.",
			[]string{"two pickup trucks|vehicle|2|false|AFG|present|Herāt"}},
		{"the town in which the next sentence places a province's story", "Gunmen attacked farmers in Kasai province on Sunday, police said.\n\nThe violence broke out in Tshikapa when the gunmen arrived.\n\nPolice later seized four rifles.",
			[]string{"four rifles|small_arms|4|false||seized|Tshikapa"}},
		{"what a force sends within the story's country is at the story's place", "# Mortars hit Mogadishu\n\nMOGADISHU, Somalia, Nov 24 (Sitrep Wire) - Mortar shells hit the presidential palace in Mogadishu overnight, police said.\n\nThe army sent four armoured personnel carriers to help secure the area.",
			[]string{"Mortar shells|munition|2|true|SOM|fired|Mogadishu", "four armoured personnel carriers|apc|4|false|SOM|present|Mogadishu"}},
		{"what a foreign country sends is not at the story's place", "# Mortars hit Mogadishu\n\nMOGADISHU, Somalia, Nov 24 (Sitrep Wire) - Mortar shells hit the presidential palace in Mogadishu overnight, police said.\n\nTurkey sent four armoured personnel carriers to help secure the area.",
			[]string{"Mortar shells|munition|2|true|SOM|fired|Mogadishu", "four armoured personnel carriers|apc|4|false|TUR|present|"}},
		{"the town in which the next sentence places a story told of a part of a country", "Gunmen attacked farmers in northern Ghana on Sunday, police said.\n\nThe violence broke out in Bawku when the gunmen arrived.\n\nPolice later seized four rifles.",
			[]string{"four rifles|small_arms|4|false||seized|Bawku"}},
		{"not the town the next sentence names where the lead gave a whole country", "Gunmen attacked farmers in Ghana on Sunday, police said.\n\nThe violence broke out in Bawku when the gunmen arrived.\n\nPolice later seized four rifles.",
			[]string{"four rifles|small_arms|4|false||seized|Ghana"}},
		{"the story's place though a source is named after 'according to'", "BAKU, Azerbaijan, Nov 24 (Sitrep Wire) - Riot police broke up a rally in central Baku on Sunday.\n\nTwo water cannon trucks drove into the crowd, according to a Sitrep Wire reporter.",
			[]string{"Two water cannon trucks|vehicle|2|false|AZE|present|Baku"}},
		{"not the country smugglers came from", "# Troops kill smugglers crossing from Syria\n\nAMMAN, Feb. 9 (Sitrep Wire) - Jordanian troops killed 11 smugglers on the Syrian border on Sunday, the army said.\n\nThe smugglers crossed into the frontier in Mafraq province at night.\n\nTroops seized nine rifles.",
			[]string{"Jordanian troops|personnel|2|true|JOR|present|Mafraq", "nine rifles|small_arms|9|false|SYR|seized|Mafraq"}},
		{"the town a crowd was cleared from, not its country", "# Police break up strike\n\nALMATY, Sept. 12 (Sitrep Wire) - Riot police fired tear gas to clear striking oil workers from the central square of Zhanaozen in western Kazakhstan, residents said.\n\nPolice brought two water cannon trucks.",
			[]string{"tear gas|munition|2|true|KAZ|fired|Kazakhstan", "two water cannon trucks|vehicle|2|false|KAZ|present|Zhanaozen"}},
		{"not the towns a road runs between", "# Police break blockade\n\nLA PAZ, Bolivia, Nov 24 (Sitrep Wire) - Police fired tear gas to break up a blockade of the highway between Cochabamba and Santa Cruz, officials said.\n\nBarricades burned near Villa Tunari. About 800 police officers took part.",
			[]string{"tear gas|munition|2|true|BOL|fired|Cochabamba", "About 800 police officers|personnel|800|true|BOL|present|Villa Tunari"}},
		{"the city taken up again", "Rebels besieged Goma for a month, and 500 Congolese soldiers are inside the city.",
			[]string{"500 Congolese soldiers|personnel|500|false|COD|present|Goma"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.in, tt.want) })
	}
}

// TestObserved covers the mentions that are no observation.
// TestOwnerNoPerson checks that a person coded as the body he serves
// (the U.N. Secretary-General) owns nothing: the body does.
func TestOwnerNoPerson(t *testing.T) {
	doc := read(t, "Rebels attacked the base of the U.N. mission in Ndele. U.N. Secretary-General Antonio Guterres said 40 more peacekeepers would be sent to the town.")
	for _, a := range doc.Assets {
		for _, e := range doc.Entities {
			if e.ID == a.Owner && e.Kind == report.KindPerson {
				t.Errorf("%q is owned by %s, a person", a.Evidence.Text, e.Name)
			}
		}
	}
}

func TestObserved(t *testing.T) {
	tests := []struct{ name, in string }{
		{"casualties", "The strike killed three soldiers and wounded two sailors."},
		{"modifiers", "The drone footage showed missile and drone strikes."},
		{"needs", "Kyiv needs many more air defence systems."},
		{"appeals", "Zelenskiy urged allies to speed up deliveries of Patriot air defence systems."},
		{"questions", "He did not say how many drones were used."},
		{"a unit that reports", "Ukrainian brigade says it repelled an assault."},
		{"forces", "Russian forces advanced near the river."},
		{"names", "The Rapid Support Forces said nothing."},
		{"firms", "Washington sanctioned 11 companies and two divisions."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.in, nil) })
	}
}

// TestKindAndCount covers the kind a text gives a model and counts that
// are not what they seem.
func TestKindAndCount(t *testing.T) {
	check(t, "Germany delivered more than 60 Shahed drones, 120 interceptor missiles, two reserve brigades and German Leopard 2 tanks.",
		[]string{"more than 60 Shahed drones|drone|60|true|DEU|delivered|",
			"120 interceptor missiles|missile|120|false|DEU|delivered|",
			"two reserve brigades|personnel|2|false|DEU|delivered|",
			"German Leopard 2 tanks|tank|2|true|DEU|delivered|"})
	check(t, "The Chinese aircraft carrier Liaoning sailed past the island.",
		[]string{"Chinese aircraft carrier|aircraft_carrier|1|false|CHN|present|"})
	check(t, "The Indian destroyer INS Kolkata intercepted the ship.",
		[]string{"INS Kolkata|warship|1|false|IND|present|"})
	// A ship a generic noun and its name introduce is one ship.
	check(t, "Palau said the patrol boat PSS Kedam intercepted the longliner.",
		[]string{"patrol boat|boat|1|false|PLW|present|", "longliner|boat|1|false|PLW|seized|"})
	// A body named by its kind in lower case and counted is its people.
	check(t, "Kenya's military police fired tear gas. About 300 military police remained at the site in Kenya, the ministry said.",
		[]string{"tear gas|munition|2|true|KEN|fired|Kenya", "About 300 military police|personnel|300|true|KEN|present|Kenya"})
	// One company of troops is its usual strength; two companies are
	// counted as units.
	check(t, "Kenya sent a company of special forces and two companies of riot police to the town.",
		[]string{"a company of special forces|personnel|100|true|KEN|present|",
			"two companies of riot police|personnel|2|false|KEN|present|"})
	// "a" counts one across a body's long name.
	check(t, "New Zealand sent 50 police officers aboard a Royal New Zealand Air Force C-130J.",
		[]string{"50 police officers|personnel|50|false|NZL|present|", "C-130J|transport_aircraft|1|false|NZL|present|"})
	// A source who asked not to be named asks for nothing.
	check(t, "A security official who asked not to be named said 11 G3 rifles were missing.",
		[]string{"11 G3 rifles|small_arms|11|false||present|"})
	check(t, `Russia moved "a couple of dozen" rocket launchers and two dozen howitzers to the border.`,
		[]string{`a couple of dozen" rocket launchers|mlrs|24|true|RUS|present|`,
			"two dozen howitzers|artillery|24|true|RUS|present|"})
}

// TestRecipient covers the country a transfer goes to.
func TestRecipient(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"to a country", "Germany delivered two Patriot batteries to Ukraine on Tuesday.", "UKR"},
		{"carried over to the next transfer", "Germany delivered two Patriot batteries to Ukraine and would deliver a third battery in May.", "UKR,UKR"},
		{"no transfer, no recipient", "Two Russian frigates sailed to Syria.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := read(t, tt.in)
			var got []string
			for _, a := range doc.Assets {
				for _, e := range doc.Entities {
					if e.ID == a.Recipient {
						got = append(got, e.Code)
					}
				}
			}
			if strings.Join(got, ",") != tt.want {
				t.Errorf("recipients of %q = %v, want %s", tt.in, got, tt.want)
			}
		})
	}
}

// TestBorne covers equipment that people rode or carried, which the words
// before it make an observation without a count.
func TestBorne(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"ridden", "Fighters on motorcycles raided the village.", []string{"motorcycles|vehicle|2|true||present|"}},
		{"mounted", "Gunmen came in two pickup trucks mounted with machine guns.",
			[]string{"two pickup trucks|vehicle|2|false||present|", "machine guns|small_arms|2|true||present|"}},
		{"mounted across a calibre", "Gunmen came in two pickup trucks mounted with 12.7 mm machine guns.",
			[]string{"two pickup trucks|vehicle|2|false||present|", "machine guns|small_arms|2|true||present|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.in, tt.want) })
	}
}

// TestClaimActorNamed checks that a claim the story holds against a
// foreign backer does not make it the owner of what a quote that does
// not name it describes: the residents of an example article describe
// the RSF's trucks and drones, while Port Sudan accuses the UAE elsewhere.
func TestClaimActorNamed(t *testing.T) {
	b, err := os.ReadFile("../../examples/sudan-kosti-rsf-offensive-barges-repelled.txt")
	if err != nil {
		t.Fatal(err)
	}
	title, body, _ := strings.Cut(string(b), "\n\n")
	doc := readTitled(t, title, body)
	found := false
	for _, a := range doc.Assets {
		l := line(doc, a)
		if strings.HasPrefix(l, "heavy machine guns|") || strings.HasPrefix(l, "drones|") {
			found = true
			if owner := strings.Split(l, "|")[4]; owner != "SDN" {
				t.Errorf("%s: owner %q, want SDN", l, owner)
			}
		}
	}
	if !found {
		t.Error("the trucks' machine guns and the drones were not found")
	}
}
