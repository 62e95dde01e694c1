package equipment

import (
	"fmt"
	"strings"
	"testing"

	"sitrep/internal/quantity"
	"sitrep/internal/text"
)

func mentions(c *Catalogue, s string) []string {
	d := text.New(s)
	var out []string
	for _, m := range c.Match(d) {
		if m.Span != d.SpanOf(m.First, m.End) {
			panic("span does not match tokens")
		}
		tag := m.Kind
		switch {
		case m.Pattern:
			tag += ",pattern"
		case m.Generic:
			tag += ",generic"
		case m.Unit:
			tag += ",unit"
		}
		out = append(out, fmt.Sprintf("%s=%s/%s", d.Str(m.Span), m.Model, tag))
	}
	return out
}

func TestMatch(t *testing.T) {
	c := load(t)
	tests := []struct {
		in   string
		want []string
	}{
		{"seven Russian T-90 tanks had been observed", []string{"T-90 tanks=T-90/tank"}},
		{"a dozen BTR-80 armed personnel carriers", []string{"BTR-80 armed personnel carriers=BTR-80/apc"}},
		{"half a dozen howitzers", []string{"howitzers=howitzer/artillery,generic"}},
		{"a roadside bomb and two suicide vests", []string{"roadside bomb=improvised explosive device/bomb,generic", "suicide vests=improvised explosive device/bomb,generic"}},
		{"there are no fighter jets on the ground", []string{"fighter jets=fighter jet/combat_aircraft,generic"}},
		{"a company of 200 Naval Infantrymen", []string{"company=company/unit,unit", "Naval Infantrymen=marines/personnel,unit"}},
		{"Su-24M bombers and Su-34s", []string{"Su-24M bombers=Su-24/bomber", "Su-34s=Su-34/bomber"}},
		{"Iskander-M missiles", []string{"Iskander-M missiles=9K720 Iskander/missile"}},
		{"a swarm of Shahed-136 drones", []string{"Shahed-136 drones=Shahed-136/loitering_munition"}},
		{"an MQ-9 Reaper", []string{"MQ-9 Reaper=MQ-9 Reaper/drone"}},
		{"two F-16s", []string{"F-16s=F-16/combat_aircraft"}},
		{"HIMARS launchers", []string{"HIMARS launchers=M142 HIMARS/mlrs"}},
		{"S-400 air defence systems", []string{"S-400 air defence systems=S-400 Triumf/air_defence"}},
		{"the 2S19 Msta-S", []string{"2S19 Msta-S=2S19 Msta-S/artillery"}},
		{"a third Patriot battery", []string{"Patriot battery=MIM-104 Patriot/air_defence"}},
		{"31 Abrams tanks", []string{"Abrams tanks=M1 Abrams/tank"}},
		{"Leopard 2A6 tanks", []string{"Leopard 2A6 tanks=Leopard 2/tank"}},
		{"Sukhoi Su-35 jets", []string{"Sukhoi Su-35 jets=Su-35/combat_aircraft"}},
		{"a Bayraktar TB2", []string{"Bayraktar TB2=Bayraktar TB2/drone"}},
		{"the Admiral Kuznetsov carrier", []string{"Admiral Kuznetsov carrier=Admiral Kuznetsov/aircraft_carrier"}},
		{"Kilo-class submarines", []string{"Kilo-class submarines=Kilo class/submarine"}},
		{"AK-47 rifles", []string{"AK-47 rifles=AK-47/small_arms"}},
		{"1,200 rounds of ammunition and live rounds", []string{"rounds of ammunition=munition/munition,generic", "live rounds=munition/munition,generic"}},
		{"riders on motorcycles fired tear gas", []string{"motorcycles=motorcycle/vehicle,generic", "tear gas=munition/munition,generic"}},
		{"armed pickup trucks and police buses", []string{"pickup trucks=armoured vehicle/vehicle,generic", "police buses=military truck/vehicle,generic"}},
		{"men with machetes", []string{"machetes=rifle/small_arms,generic"}},
		{"took 20 rifles, two machine guns and a pickup truck", []string{"rifles=rifle/small_arms,generic", "machine guns=rifle/small_arms,generic", "pickup truck=armoured vehicle/vehicle,generic"}},
		{"exchanged machine-gun and mortar fire", []string{"machine-gun=rifle/small_arms,generic", "mortar=mortar/mortar,generic"}},
		{"a man drove a pickup truck", []string{"pickup truck=armoured vehicle/vehicle,generic"}}, // the golds list 537 of 576 pickups as observations
		{"about 600 police and 300 extra officers", []string{"police=border guards/personnel,unit", "officers=border guards/personnel,unit"}},
		{"the police said", nil},
		{"seized 17 fishing boats", []string{"fishing boats=boat/boat,generic"}},
		{"a Croatian fishing trawler and two fishing vessels", []string{"fishing trawler=boat/boat,generic", "fishing vessels=boat/boat,generic"}},
		{"intercepted a semi-submersible", []string{"semi-submersible=boat/boat,generic"}},
		{"a dhow, a longliner and a patrol craft", []string{"dhow=boat/boat,generic", "longliner=boat/boat,generic", "patrol craft=boat/boat,generic"}},
		{"guided two coast guard interceptors", []string{"coast guard interceptors=boat/boat,generic"}},
		{"burned a police Toyota Hilux and two Hiluxes", []string{"Toyota Hilux=Toyota Hilux/vehicle", "Hiluxes=Toyota Hilux/vehicle"}},
		{"came in about 30 motorised canoes", []string{"motorised canoes=boat/boat,generic"}},
		{"two military jeeps and four armoured vans", []string{"military jeeps=military truck/vehicle,generic", "armoured vans=military truck/vehicle,generic"}},
		{"about 40 rangers guard the park", []string{"rangers=border guards/personnel,unit"}},
		{"drove an explosives-laden pickup truck", []string{"pickup truck=armoured vehicle/vehicle,generic"}},
		{"30 rounds landed in the compound", []string{"rounds=munition/munition,generic"}},
		{"after three rounds of talks", nil},
		{"4,000 rounds of 155 mm ammunition and 300 rounds of 7.62mm bullets", []string{"rounds of 155 mm ammunition=munition/munition,generic", "rounds of 7.62mm bullets=munition/munition,generic"}},
		{"two rounds of 2024 talks", nil},
		{"a strike hit a militant convoy near the rebel stronghold", nil},
		{"a militant was killed and two militants fled", []string{"militant=militiamen/personnel,unit", "militants=militiamen/personnel,unit"}},
		{"dozens of extra officers and three army lorries", []string{"officers=border guards/personnel,unit", "army lorries=military truck/vehicle,generic"}},
		{"dozens of police vans and six army trucks", []string{"police vans=military truck/vehicle,generic", "army trucks=military truck/vehicle,generic"}},
		{"Javelin missiles and NLAWs", []string{"Javelin missiles=FGM-148 Javelin/anti_tank", "NLAWs=NLAW/anti_tank"}},
		{"a Type 055 destroyer", []string{"Type 055 destroyer=Type 055/warship"}},
		{"two battalions of marines", []string{"battalions=battalion/unit,unit", "marines=marines/personnel,unit"}},
		{"US military advisers", []string{"military advisers=advisers/personnel,unit"}},
		{"Wagner mercenaries", []string{"Wagner mercenaries=mercenaries/personnel,unit"}},
		{"an infantry company", []string{"infantry company=company/unit,unit"}},
		{"an army Antonov transport plane", []string{"Antonov transport plane=Antonov/transport_aircraft"}},
		{"27 Shahed drones", []string{"Shahed drones=Shahed-136/loitering_munition"}},
		{"dozens of vehicles and five of the pickup trucks", []string{"vehicles=armoured vehicle/vehicle,generic",
			"pickup trucks=armoured vehicle/vehicle,generic"}},
		{"half a dozen Polonez rocket launchers", []string{"Polonez rocket launchers=Polonez/mlrs"}},
		{"120 interceptor missiles", []string{"interceptor missiles=missile/missile,generic"}},
		{"14 fire engines and no ambulances", []string{"fire engines=fire engine/emergency_vehicle,generic", "ambulances=ambulance/emergency_vehicle,generic"}},
		{"called an ambulance", nil},
		{"36 fuel tankers, three buses, a cargo ship, two tankers and 40 spent cartridges", []string{"fuel tankers=civilian vehicle/vehicle,generic",
			"buses=civilian vehicle/vehicle,generic", "cargo ship=merchant ship/merchant_ship,generic", "tankers=merchant ship/merchant_ship,generic",
			"spent cartridges=munition/munition,generic"}},
		{"took the bus to the tanker", nil},
		{"a revolver, 40 sticks of dynamite, batons and riot shields, and bows and arrows", []string{"revolver=rifle/small_arms,generic",
			"sticks of dynamite=improvised explosive device/bomb,generic", "batons=riot gear/equipment,generic", "riot shields=riot gear/equipment,generic",
			"bows and arrows=rifle/small_arms,generic"}},
		{"a shield against criticism and a knife-edge vote", nil},
		{"fired two warning shots and flares; no shots hit the boat, and youths used slingshots", []string{"warning shots=munition/munition,generic",
			"flares=munition/munition,generic", "shots=munition/munition,generic", "slingshots=rifle/small_arms,generic"}},
		{"the shot of the day", nil},
		{"11 mobile phones, two satellite phones and a radio set", []string{"mobile phones=communications equipment/equipment,generic",
			"satellite phones=communications equipment/equipment,generic", "radio set=communications equipment/equipment,generic"}},
		{"reached by satellite phone", nil},
		{"11 anti-personnel mines, three coast guard cutters, two cars and three outboard engines", []string{"anti-personnel mines=munition/munition,generic",
			"coast guard cutters=warship/warship,generic", "cars=civilian vehicle/vehicle,generic", "outboard engines=outboard engine/equipment,generic"}},
		{"the car he drove and the mines of Katanga", nil},
		{"tractors, dozens of ore trucks and a tow truck, pepper spray and stun grenades", []string{"tractors=civilian vehicle/vehicle,generic",
			"ore trucks=civilian vehicle/vehicle,generic", "tow truck=civilian vehicle/vehicle,generic",
			"pepper spray=munition/munition,generic", "stun grenades=munition/munition,generic"}},
		{"three other tankers reached the town", []string{"tankers=merchant ship/merchant_ship,generic"}},
		{"other tankers reached the town", nil},
		{"two rescue boats, three navy launches and a fisheries surveillance ship", []string{"rescue boats=boat/boat,generic", "navy launches=boat/boat,generic",
			"fisheries surveillance ship=warship/warship,generic"}},
		{"five Chinese customs officers and half a dozen customs vans", []string{"customs officers=border guards/personnel,unit", "customs vans=military truck/vehicle,generic"}},
		{"a sailing yacht, dozens of yachts, a coast guard launch, two incendiary devices and bush knives", []string{"sailing yacht=boat/boat,generic",
			"yachts=boat/boat,generic", "coast guard launch=boat/boat,generic", "incendiary devices=improvised explosive device/bomb,generic", "bush knives=rifle/small_arms,generic"}},
		{"a twin-engine plane and a Cessna Caravan patrol plane", []string{"twin-engine plane=light aircraft/light_aircraft,generic",
			"Cessna Caravan patrol plane=Cessna 208 Caravan/light_aircraft"}},
		{"no plane and an air force spotter plane", []string{"plane=aircraft/combat_aircraft,generic", "spotter plane=surveillance aircraft/surveillance_aircraft,generic"}},
		// Designations the catalogue lacks.
		{"a BTR-87 convoy", []string{"BTR-87=BTR-87/apc,pattern"}},
		{"Shahed-191 drones", []string{"Shahed-191 drones=Shahed-191/drone,pattern"}},
		{"the new Hwasong-20", []string{"Hwasong-20=Hwasong-20/missile,pattern"}},
		{"Zolfaghar-9 missiles", []string{"Zolfaghar-9 missiles=Zolfaghar-9/missile,pattern"}},
		{"XK-42 tanks", []string{"XK-42 tanks=XK-42/tank,pattern"}},
		{"9K999 launchers", []string{"9K999 launchers=9K999/air_defence,pattern"}},
		// Not equipment.
		{"COVID-19 cases rose", nil},
		{"the G-7 summit", nil},
		{"Route 66 runs west", nil},
		{"A-level results", nil},
		{"K-pop stars", nil},
		{"H-1B visas", nil},
		{"J-1 visa holders", nil},
		{"the company said on Monday", nil},
		{"11 companies signed contracts", nil},
		{"two company cars", nil},
		{"two more companies of the holding", nil},
		// A company of troops: troops after "of", a count that adds to
		// a force, or "reserve" before it.
		{"a company of special forces", []string{"company=company/unit,unit", "special forces=special forces/personnel,unit"}},
		{"ordered 10 more companies to the district", []string{"companies=company/unit,unit"}},
		{"placed a reserve company on standby", []string{"company=company/unit,unit"}},
		{"four companies of the Rapid Action Force", []string{"companies=company/unit,unit"}},
		{"about 300 members of the Special Reserve Force", []string{"members=troops/personnel,unit"}},
		{"300 members of parliament", nil},
		{"about 300 riot officers", []string{"officers=border guards/personnel,unit"}},
		{"two injured crew members", []string{"crew members=sailors/personnel,unit"}},
		{"Patriots fans cheered", nil},
		{"The Tornado hit Kansas", nil},
		{"a T-shirt and an X-ray", nil},
		{"the M25 motorway and the M1", nil},
		{"climbed K2 last year", nil},
		{"N95 masks and CO2", nil},
		{"the MH17 crash", nil},
		{"an Airbus A380", nil},
		{"SARS-CoV-2 and H5N1", nil},
		{"the G20 summit", nil},
		{"Vision 2030", nil},
		{"Milan and Jericho", nil},
		{"Abrams said", nil},
		{"Samad Mohajer and Noor", nil},
		{"the vehicles were parked", nil},
		{"11 companies and two divisions were sanctioned", nil},
		{"police used water cannon", []string{"water cannon=water cannon/equipment,generic"}},
		{"three pump-action shotguns and hand grenades", []string{"shotguns=rifle/small_arms,generic", "hand grenades=munition/munition,generic"}},
		// A count reaches an ordinary word past a participle or a
		// material, not past any word.
		{"the navy burned 112 wooden boats and 14 uncrewed boats", []string{"wooden boats=boat/boat,generic", "boats=boat/boat,generic"}},
		{"12 big boats", nil},
	}
	for _, tt := range tests {
		got := mentions(c, tt.in)
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%q:\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestDesignation(t *testing.T) {
	tests := []struct {
		in     string
		family string
		strong bool
		ok     bool
	}{
		{"T-90", "t", true, true}, {"BTR-80A", "btr", true, true}, {"Su-24M", "su", true, true},
		{"MQ-9", "mq", true, true}, {"S-300PMU-2", "s", true, true}, {"Shahed-136", "shahed", true, true},
		{"Iskander-M", "iskander", true, true}, {"Buk-M2", "buk", true, true}, {"2S19", "2s", true, true},
		{"9K720", "9k", true, true}, {"48N6", "48n", true, true}, {"M777", "m", false, true},
		{"J-1", "j", false, true}, {"H-1B", "h", false, true}, {"COVID-19", "covid", true, true},
		{"A-level", "", false, false}, {"K-pop", "", false, false}, {"t-90", "", false, false},
		{"1990s", "", false, false}, {"2015", "", false, false}, {"X-12345", "", false, false},
		{"", "", false, false}, {"Ä-12", "ä", true, true},
	}
	for _, tt := range tests {
		s, ok := designation(tt.in)
		if ok != tt.ok || (ok && (s.family != tt.family || s.strong != tt.strong)) {
			t.Errorf("designation(%q) = %+v %v, want %q %v %v", tt.in, s, ok, tt.family, tt.strong, tt.ok)
		}
	}
}

func TestCandidates(t *testing.T) {
	c := load(t)
	nat := func(w string) (string, bool) {
		code, ok := map[string]string{"russian": "RUS", "russia": "RUS", "ukrainian": "UKR", "us": "USA",
			"malian": "MLI", "north korean": "PRK", "korean": "KOR", "dutch": "NLD", "israeli": "ISR"}[w]
		return code, ok
	}
	tests := []struct {
		in   string
		want []string // [span] model count nat/code unit status<cue>
	}{
		{"One of the US officials said seven Russian T-90 tanks had been observed at the airfield near Latakia.",
			[]string{"[seven Russian T-90 tanks] T-90 7 Russian/RUS present<observed>"}},
		{"The USA has also spotted half a dozen howitzers and a dozen BTR-80 armed personnel carriers at the base along with a company of 200 Naval Infantrymen.",
			[]string{"[half a dozen howitzers] howitzer 6~ present<spotted>",
				"[a dozen BTR-80 armed personnel carriers] BTR-80 12~ present<spotted> conj",
				"[a company of 200 Naval Infantrymen] marines 200 unit:company present"}},
		{"He said that there are no fighter jets on the ground.", []string{"[no fighter jets] fighter jet 0 absent<no>"}},
		{"He said two pickup trucks, 14 rifles and a mortar had been seized at the camp, and two drones and a helicopter were tracking the herds.",
			[]string{"[two pickup trucks] armoured vehicle 2 seized<seized>", "[14 rifles] rifle 14 seized<seized> conj",
				"[mortar] mortar seized<seized> conj", "[two drones] drone 2 present", "[helicopter] helicopter present conj"}},
		{"Ukraine said it shot down two Su-25s.", []string{"[two Su-25s] Su-25 2 destroyed<shot down>"}},
		{"Germany would deliver a third Patriot battery.", []string{"[Patriot battery] MIM-104 Patriot planned<deliver>"}},
		{"Iran plans to send 200 Shahed-136 drones.", []string{"[200 Shahed-136 drones] Shahed-136 200 planned<send>"}},
		{"Poland signed a contract with Germany on Monday for 40 Leopard 2 tanks.", []string{"[40 Leopard 2 tanks] Leopard 2 40 planned<contract>"}},
		{"Poland ordered 12 FA-50 light combat jets.", []string{"[12 FA-50 light combat jets] FA-50 12 planned<ordered>"}},
		{"Poland bought 40 Leopard 2 tanks.", []string{"[40 Leopard 2 tanks] Leopard 2 40 planned<bought>"}},
		{"Poland sent a convoy on Monday for 40 Leopard 2 tanks.", []string{"[40 Leopard 2 tanks] Leopard 2 40 present"}},
		{"Police confiscated three T-72 tanks.", []string{"[three T-72 tanks] T-72 3 seized<confiscated>"}},
		{"Rebels seized three T-72 tanks.", []string{"[Rebels] militiamen present", "[three T-72 tanks] T-72 3 seized<seized>"}},
		{"Troops found nine rifles in a search.", []string{"[Troops] troops present", "[nine rifles] rifle 9 seized<found>"}},
		{"About 900 officers were deployed around the building.", []string{"[About 900 officers] border guards 900~ present<deployed>"}},
		{"The officers were deployed around the building.", nil},
		{"Mortar shells hit the village.", []string{"[Mortar shells] munition fired<hit>"}},
		{"Mortar rounds fired by the army hit the village.", []string{"[Mortar rounds] munition fired<fired>"}},
		{"Police seized several rocket-propelled grenade launchers.",
			[]string{"[rocket-propelled grenade launchers] anti-tank weapon seized<seized>"}},
		{"Police seized three machine guns and two rocket-propelled grenade launchers.",
			[]string{"[three machine guns] rifle 3 seized<seized>", "[two rocket-propelled grenade launchers] anti-tank weapon 2 seized<seized> conj"}},
		{"Russia fired 20 Kalibr cruise missiles.", []string{"[20 Kalibr cruise missiles] Kalibr 20 fired<fired>"}},
		{"It said ships had shot down six missiles, and that two jets had joined the defence.", []string{"[six missiles] missile 6 destroyed<shot down>", "[two jets] fighter jet 2 present"}},
		{"Two fighter jets struck at least six villages.", []string{"[Two fighter jets] fighter jet 2 present"}},
		{"The rebels fired from three 122 mm multiple rocket launchers.", []string{"[rebels] militiamen present", "[three 122 mm multiple rocket launchers] rocket launcher 3 fired<from>"}},
		{"Two Russian drones hit a hospital.", []string{"[Two Russian drones] drone 2 Russian/RUS fired<hit>"}},
		{"Russia's S-400 systems were destroyed.", []string{"[Russia's S-400 systems] S-400 Triumf Russia/RUS destroyed<destroyed>"}},
		{"Two Ukrainian jets downed over Kherson.", []string{"[Two Ukrainian jets] fighter jet 2 Ukrainian/UKR destroyed<downed>"}},
		{"The US has sent 31 Abrams tanks.", []string{"[31 Abrams tanks] M1 Abrams 31 delivered<sent>"}},
		{"There were not any tanks.", []string{"[not any tanks] tank 0 absent<not any>"}},
		{"Russian soldiers are present in Syria.", []string{"[Russian soldiers] troops Russian/RUS present<present>"}},
		// Counts: a negation outranks "a single"; the number of a model's
		// name counts nothing.
		{"Not a single warship remained.", []string{"[Not a single warship] warship 0 absent<Not a single>"}},
		{"Officers saw no second boat on the river.", []string{"[no second boat] boat 0 absent<no>"}},
		{"No additional Russian troops arrived.", []string{"[No additional Russian troops] troops 0 Russian/RUS absent<No>"}},
		{"Troops seized 14 pistols, a shotgun, about 40 homemade knives and half a dozen hand grenades in the cells.", []string{"[Troops] troops present", "[14 pistols] rifle 14 seized<seized>", "[shotgun] rifle seized<seized> conj", "[about 40 homemade knives] rifle 40~ seized<seized> conj", "[half a dozen hand grenades] munition 6~ seized<seized> conj"}},
		{"The navy intercepted a pirogue carrying 214 people.", []string{"[pirogue] boat seized<intercepted>"}},
		{"Militants used quadcopter drones to drop shells.", []string{"[Militants] militiamen present", "[quadcopter drones] drone fired<used>", "[shells] munition fired<drop>"}},
		{"Residents said no fighter jets or helicopters were seen.", []string{"[no fighter jets] fighter jet 0 absent<no>", "[helicopters] helicopter 0 absent<no> conj"}},
		{"No Malian or Russian ground troops were seen.", []string{"[No Malian or Russian ground troops] troops 0 Russian/RUS absent<No>"}},
		{"It said no mortars or other heavy weapons were used.", []string{"[no mortars] mortar 0 absent<no>", "[heavy weapons] military equipment 0 absent<no> conj"}},
		{"No Venezuelan military boats were seen on the river.", []string{"[No Venezuelan military boats] boat 0 military absent<No>"}},
		{"Troops seized a pickup truck fitted with an anti-aircraft gun and 17 rifles.", []string{"[Troops] troops present", "[pickup truck] armoured vehicle seized<seized>", "[anti-aircraft gun] air defence system seized<seized>", "[17 rifles] rifle 17 seized<seized> conj"}},
		{"Nobody fired a live round in the town.", []string{"[Nobody fired a live round] munition 0 absent<Nobody>"}},
		{"Not one of those boys had a gun.", []string{"[Not one of those boys had a gun] rifle 0 absent<Not one of those boys>"}},
		{"None of the detainees carried weapons.", []string{"[None of the detainees carried weapons] military equipment 0 absent<None of the detainees>"}},
		{"Police said no one used tear gas.", []string{"[no one used tear gas] munition 0 absent<no one>"}},
		{"No complete missiles were found on board.", []string{"[No complete missiles] missile 0 absent<No>"}},
		{"Police found no ready-made bombs.", []string{"[no ready-made bombs] bomb 0 absent<no>"}},
		{"No other pirate skiffs were seen in the area.", []string{"[No other pirate skiffs] boat 0 absent<No>"}},
		{"The navy found no fibreglass skiffs.", []string{"[no fibreglass skiffs] boat 0 absent<no>"}},
		{"\"No Armenian drone flew over the line,\" she said.", []string{"[No Armenian drone] drone 0 absent<No>"}},
		{"They saw German Leopard 2 tanks.", []string{"[Leopard 2 tanks] Leopard 2 present<saw>"}},
		// A navy's or a coast guard's ships and boats named by the service.
		{"Four Guatemalan navy boats encircled the patrol.", []string{"[Four Guatemalan navy boats] boat 4 present"}},
		{"Taiwan said 14 navy ships were tracked.", []string{"[14 navy ships] warship 14 present"}},
		// A count across words that qualify the noun, but not across a
		// mention or a noun of its own.
		{"Police seized 14 locally made guns.", []string{"[14 locally made guns] rifle 14 seized<seized>"}},
		{"Officers searching 11 addresses seized two Kalashnikov rifles.", []string{"[two Kalashnikov rifles] AK-47 2 seized<seized>"}},
		{"Two sons said a military helicopter circled.", []string{"[military helicopter] helicopter present"}},
		// Sides and nationalities of two words.
		{"Rebels shot down a Malian army Mi-24.", []string{"[Rebels] militiamen present",
			"[Malian army Mi-24] Mi-24 Malian/MLI army destroyed<shot down>"}},
		{"North Korean soldiers crossed.", []string{"[North Korean soldiers] troops North Korean/PRK present"}},
		{"A battalion of US marines arrived.", []string{"[A battalion of US marines] marines US/USA unit:battalion present<arrived>"}},
		{"Soldiers seized 23 motorcycles, two pickup trucks fitted with machine guns and 31 assault rifles.",
			[]string{"[Soldiers] troops present", "[23 motorcycles] motorcycle 23 seized<seized>", "[two pickup trucks] armoured vehicle 2 seized<seized> conj",
				"[machine guns] rifle seized<seized>", "[31 assault rifles] rifle 31 seized<seized> conj"}},
		{"Troops seized two pickups, one of them fitted with a 12.7 mm machine gun, 11 assault rifles and nine motorcycles.",
			[]string{"[Troops] troops present", "[two pickups] armoured vehicle 2 seized<seized>", "[machine gun] rifle seized<seized>",
				"[11 assault rifles] rifle 11 seized<seized> conj", "[nine motorcycles] motorcycle 9 seized<seized> conj"}},
		{"The gang was armed with two anti-aircraft guns and rocket-propelled grenades.",
			[]string{"[two anti-aircraft guns] air defence system 2 present<armed with>", "[rocket-propelled grenades] anti-tank weapon present<armed with> conj"}},
		{"The coast guard seized a speedboat carrying 17 rifles and 3,000 rounds of ammunition.",
			[]string{"[speedboat] boat seized<seized>", "[17 rifles] rifle 17 seized<seized>", "[3,000 rounds of ammunition] munition 3000 seized<seized> conj"}},
		{"Officers had collected 118 rifles.", []string{"[118 rifles] rifle 118 seized<collected>"}},
		{"Police deployed two companies of riot police.", []string{"[two companies of riot police] border guards 2 unit:company present<deployed>"}},
		{"New Delhi ordered 10 more companies of central forces to the district.",
			[]string{"[10 more companies of central forces] troops 10 unit:company planned<ordered>"}},
		// The verb that governs: the nearest, across coordination, not
		// across a preposition, and an instrument of an attack.
		{"They destroyed a Bradley fighting vehicle and a Leopard 2 tank.", []string{"[Bradley fighting vehicle] M2 Bradley destroyed<destroyed>",
			"[Leopard 2 tank] Leopard 2 destroyed<destroyed> conj"}},
		{"They destroyed five vehicles and damaged a tank.", []string{"[five vehicles] armoured vehicle 5 destroyed<destroyed>",
			"[tank] tank damaged<damaged>"}},
		{"Missiles were launched from Su-34 jets.", []string{"[Missiles] missile fired<launched>", "[Su-34 jets] Su-34 present"}},
		{"Russia attacked the city with three Iskander-M missiles.", []string{"[three Iskander-M missiles] 9K720 Iskander 3 fired<with>"}},
		{"Russian forces used Lancet drones.", []string{"[Russian forces] troops Russian/RUS present", "[Lancet drones] Lancet fired<used>"}},
		// After the mention: a future, an active verb with its object, a
		// relative clause and a participle after a verb before it.
		{"Two Dutch F-35s will join the drills.", []string{"[Two Dutch F-35s] F-35 2 Dutch/NLD planned<will>"}},
		{"Israeli jets struck what it called launch sites.", []string{"[Israeli jets] fighter jet Israeli/ISR present"}},
		{"Ukraine damaged a tank that later withdrew.", []string{"[tank] tank damaged<damaged>"}},
		{"The US delivered 11 HIMARS ordered in 2022.", []string{"[11 HIMARS] M142 HIMARS 11 delivered<delivered>"}},
		{"Several drones evaded the defences and hit a depot.", []string{"[drones] drone fired<hit>"}},
		// Weapons fired, munitions let go of, things taken or set on fire.
		{"Guards fired a machine gun into the air.", []string{"[machine gun] rifle fired<fired>"}},
		{"Gunmen opened fire with a pistol.", []string{"[Gunmen] militiamen present", "[pistol] rifle fired<with>"}},
		{"More than 60 rounds from 120 mm mortars hit the positions.", []string{"[More than 60 rounds] munition 60 fired<hit>", "[mortars] mortar fired<from>"}},
		{"Marines fired 260 rounds from K9 howitzers.", []string{"[Marines] marines present", "[260 rounds] munition 260 fired<fired>", "[K9 howitzers] K9 Thunder fired<from>"}},
		{"Two Yak-130 jets dropped four bombs.", []string{"[Two Yak-130 jets] Yak-130 2 present", "[four bombs] bomb 4 fired<dropped>"}},
		{"Two grenades were thrown into the crowd.", []string{"[Two grenades] munition 2 fired<thrown>"}},
		{"Rebels used mortars and armoured vehicles.", []string{"[Rebels] militiamen present", "[mortars] mortar fired<used>",
			"[armoured vehicles] armoured vehicle present conj"}},
		{"About 600 reinforcements arrived.", []string{"[About 600 reinforcements] troops 600~ present<arrived>"}},
		{"Gunmen on more than 30 motorcycles fired on two boats and six trucks.", []string{"[Gunmen] militiamen present", "[more than 30 motorcycles] motorcycle 30 present", "[two boats] boat 2 present", "[six trucks] military truck 6 present conj"}},
		{"Motorcycle taxi drivers went on strike.", nil},
		{"The attackers took two rifles.", []string{"[attackers] militiamen present", "[two rifles] rifle 2 seized<took>"}},
		{"Two rifles were taken to the depot.", []string{"[Two rifles] rifle 2 present"}},
		{"Images taken a month earlier showed two frigates.", []string{"[two frigates] warship 2 present"}},
		{"They set fire to two armoured vehicles.", []string{"[two armoured vehicles] armoured vehicle 2 destroyed<set fire to>"}},
		{"Soldiers destroyed nine vehicles mounted with heavy machine guns.", []string{"[Soldiers] troops present",
			"[nine vehicles] armoured vehicle 9 destroyed<destroyed>", "[heavy machine guns] rifle present"}},
		{"Two F-16 fighters flew patrols.", []string{"[Two F-16 fighters] F-16 2 present"}},
		{"Four Georgian border police jeeps and three police pickup trucks arrived.", []string{"[Four Georgian border police jeeps] military truck 4 police present",
			"[three police pickup trucks] military truck 3 police present<arrived> conj"}},
		// Nouns that look like verbs.
		{"Warships blocked a Philippine supply boat.", []string{"[Warships] warship present", "[supply boat] boat present"}},
		{"Iran will supply drones to Russia.", []string{"[drones] drone planned<supply>"}},
	}
	for _, tt := range tests {
		d := text.New(tt.in)
		var got []string
		for _, k := range Candidates(d, c.Match(d), quantity.Parse(d), nat) {
			got = append(got, showCandidate(d, k))
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%q:\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func showCandidate(d *text.Doc, k Candidate) string {
	var b strings.Builder
	fmt.Fprintf(&b, "[%s] %s", d.Str(k.Span), k.Mention.Model)
	if k.Span != d.SpanOf(k.First, k.End) {
		panic("candidate span does not match tokens")
	}
	if k.Count != nil {
		fmt.Fprintf(&b, " %g", k.Count.Value)
		if k.Count.Approximate {
			b.WriteString("~")
		}
	}
	if k.NationalityTok >= 0 {
		fmt.Fprintf(&b, " %s/%s", d.Str(k.NationalitySpan), k.NationalityCode)
	}
	if k.Force != "" {
		fmt.Fprintf(&b, " %s", k.Force)
	}
	if k.UnitOf != nil {
		fmt.Fprintf(&b, " unit:%s", k.UnitOf.Model)
	}
	fmt.Fprintf(&b, " %s", k.Status)
	if k.CueFirst >= 0 {
		fmt.Fprintf(&b, "<%s>", d.Str(k.Cue))
	}
	if k.Conj >= 0 {
		b.WriteString(" conj")
	}
	return b.String()
}
