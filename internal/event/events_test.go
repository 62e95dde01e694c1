package event_test

import (
	"bufio"
	"context"
	"log/slog"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"sitrep/internal/article"
	"sitrep/internal/pipeline"
	"sitrep/internal/report"
)

// shared is the pipeline the tests read through, built once: its models
// take most of a test's time to load.
var shared = sync.OnceValues(func() (*pipeline.Pipeline, error) { return pipeline.New(slog.New(slog.DiscardHandler)) })

func newPipeline(t *testing.T) *pipeline.Pipeline {
	t.Helper()
	p, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestModalities reads each sentence of testdata/events.tsv through the
// whole pipeline and looks for the event the file expects: one
// phenomenon a line (each modality, passives, event nouns, light verbs,
// metonyms, reported attacks).
func TestModalities(t *testing.T) {
	p := newPipeline(t)
	f, err := os.Open("testdata/events.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 6 {
			t.Fatalf("bad line %q", line)
		}
		t.Run(c[5], func(t *testing.T) {
			doc, err := p.Read(context.Background(), &article.Article{Text: c[0]}, pipeline.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range doc.Events {
				if e.Root == c[1] && side(e.Source, c[2]) && side(e.Target, c[3]) && e.Modality == c[4] {
					if doc.Text[e.Action.Start:e.Action.End] != e.Action.Text {
						t.Errorf("evidence %+v does not cut its words out of the text", e.Action)
					}
					return
				}
			}
			t.Errorf("%q: no %s %s>%s %s event in %s", c[0], c[1], c[2], c[3], c[4], describe(doc.Events))
		})
	}
}

// side reports whether actors match an expected country prefix; "-"
// expects no country (none, or roles only).
func side(as []report.EventActor, want string) bool {
	for _, a := range as {
		if want != "-" && strings.HasPrefix(a.Code, want) {
			return true
		}
		if want == "-" && a.Country != "" {
			return false
		}
	}
	return want == "-"
}

func describe(evs []report.Event) string {
	var b strings.Builder
	for _, e := range evs {
		b.WriteString("[" + e.CAMEO + " ")
		for _, a := range e.Source {
			b.WriteString(a.Code + " ")
		}
		b.WriteString(">")
		for _, a := range e.Target {
			b.WriteString(" " + a.Code)
		}
		b.WriteString(" " + e.Modality + "] ")
	}
	return b.String()
}

// TestMerge checks that nouns referring back to an event are its mentions,
// that verbs are never folded, that what a force comes with is no event,
// and that a threat against no one gives way to the same side's threat
// against someone.
func TestMerge(t *testing.T) {
	p := newPipeline(t)
	tests := []struct {
		name, in, root string
		events         int // events of the root
		mentions       int // mentions of the first
	}{
		{"shelling and attack refer back", "Syrian forces shelled Turkish troops on Monday. The Syrian shelling of Turkish troops lasted hours. Ankara condemned the Syrian attack on its troops.", "19", 1, 2},
		{"two verbs, two attacks", "Syrian forces shelled Turkish troops on Monday. Syrian forces shelled Iraqi troops on Tuesday.", "19", 2, 0},
		{"what a force comes with strikes no one", "Israeli forces backed by drones and armoured bulldozers raided the Jenin refugee camp on Wednesday.", "19", 1, 0},
		{"a warning whose words threaten someone of their own", "HAVANA, March 10 (Sitrep Wire) - Cuban President Miguel Diaz-Canel blamed the blackout on the U.S. embargo and warned that \"vandalism\" would not be tolerated.", "13", 1, 0},
		{"a threat against no one", "HAVANA, March 10 (Sitrep Wire) - Cuban President Miguel Diaz-Canel warned that \"vandalism\" would not be tolerated.", "13", 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := p.Read(context.Background(), &article.Article{Text: tt.in}, pipeline.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var evs []report.Event
			for _, e := range doc.Events {
				if e.Root == tt.root {
					evs = append(evs, e)
				}
			}
			if len(evs) != tt.events || len(evs[0].Mentions) != tt.mentions {
				t.Fatalf("got %s", describe(evs))
			}
			for _, m := range evs[0].Mentions {
				if doc.Text[m.Start:m.End] != m.Text {
					t.Errorf("mention %+v does not cut its words out of the text", m)
				}
			}
		})
	}
}

// TestImpliedHomeNamed checks that the story's country, which a verb
// implies as the target of its own measure, is named as the country and
// cites the verb as its evidence.
func TestImpliedHomeNamed(t *testing.T) {
	p := newPipeline(t)
	for _, tt := range []struct{ in, verb, name, code string }{
		{"DUSHANBE, May 3 (Sitrep Wire) - Gunmen attacked a border post in Tajikistan on Monday. Tajikistan closed the crossing.",
			"closed", "Tajikistan", "TJK"},
		{"NAIROBI, May 3 (Sitrep Wire) - Gunmen attacked a police post in Kenya on Monday. Kenya imposed a nationwide curfew.",
			"imposed", "Kenya", "KEN"},
	} {
		e, _, ok := eventOn(t, p, tt.in, tt.verb)
		if !ok {
			continue
		}
		if tg := e.Target; len(tg) != 1 || tg[0].Name != tt.name || tg[0].Code != tt.code || tg[0].Text != tt.verb {
			t.Errorf("target of %q: %+v, want %s (%s) implied by the verb", tt.verb, tg, tt.name, tt.code)
		}
	}
}

// eventOn reads text in through the whole pipeline and returns the event
// whose action is verb, with all the events, reporting an error where
// there is none.
func eventOn(t *testing.T, p *pipeline.Pipeline, in, verb string) (report.Event, []report.Event, bool) {
	t.Helper()
	doc, err := p.Read(context.Background(), &article.Article{Text: in}, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(doc.Events, func(e report.Event) bool { return e.Action.Text == verb })
	if i < 0 {
		t.Errorf("%q: no event on %q in %s", in, verb, describe(doc.Events))
		return report.Event{}, doc.Events, false
	}
	return doc.Events[i], doc.Events, true
}

// TestForceFacesOtherSide checks that a show of force with no foreign
// target, in a story of two countries that names the other one around
// it, faces that other one, and that police sent at home face no one
// abroad.
func TestForceFacesOtherSide(t *testing.T) {
	p := newPipeline(t)
	story := "VILNIUS, May 3 (Sitrep Wire) - Lithuania accused Belarus of sending balloons over the border. " +
		"Belarus denied it. Belarus said Lithuania was lying. Lithuania closed two crossings. "
	for _, tt := range []struct {
		in, verb, other string
		faces           bool
	}{
		{story + "Belarus warned of a response, and Belarus's Defence Ministry moved about 150 soldiers to the frontier.", "moved", "LTU", true},
		{story + "Lithuania's police sent 400 officers to Vilnius after a protest against Belarus.", "sent", "BLR", false},
	} {
		e, all, ok := eventOn(t, p, tt.in, tt.verb)
		if !ok {
			continue
		}
		faces := slices.ContainsFunc(e.Target, func(a report.EventActor) bool { return a.Country == tt.other })
		if faces != tt.faces {
			t.Errorf("%q faces %s: %v, want %v, in %s", tt.verb, tt.other, faces, tt.faces, describe(all))
		}
	}
	// A third country's move faces neither side, nor an actor of no country.
	in := story + "Gunmen fired at a border post. Poland moved 200 soldiers to the frontier."
	if e, all, ok := eventOn(t, p, in, "moved"); ok && slices.ContainsFunc(e.Target, func(a report.EventActor) bool { return a.Code == "" }) {
		t.Errorf("Poland's move faces %+v, want no actor without a code, in %s", e.Target, describe(all))
	}
}

// TestCondemnedAttack checks that a condemnation of an attack noun
// answers the last attack, not a show of force told since, nor another
// condemnation of the same attack.
func TestCondemnedAttack(t *testing.T) {
	p := newPipeline(t)
	story := "MOGADISHU, May 3 (Sitrep Wire) - Al-Shabaab fighters fired mortar shells at the presidential palace in Mogadishu. "
	for _, tt := range []struct{ in, verb string }{
		{"Kenya sent two armoured vehicles to the airport. Turkey condemned the shelling.", "condemned"},
		{"Turkey condemned the shelling. Qatar denounced the shelling as cowardly.", "denounced"},
	} {
		e, all, ok := eventOn(t, p, story+tt.in, tt.verb)
		if !ok {
			continue
		}
		if !slices.ContainsFunc(e.Target, func(a report.EventActor) bool { return strings.HasSuffix(a.Code, "REB") }) {
			t.Errorf("%s targets %+v, want al-Shabaab, in %s", tt.verb, e.Target, describe(all))
		}
	}
}

// TestOthersBack checks that "others", the object of a verb joined to
// one before, are that verb's object.
func TestOthersBack(t *testing.T) {
	p := newPipeline(t)
	in := "MUSCAT, May 3 (Sitrep Wire) - Omani police killed three suspected smugglers and arrested 14 others in a gunfight at sea, the police said."
	e, all, ok := eventOn(t, p, in, "arrested")
	if !ok {
		return
	}
	if !slices.ContainsFunc(e.Target, func(a report.EventActor) bool { return strings.HasSuffix(a.Code, "CRM") }) {
		t.Errorf("arrested targets %+v, want the smugglers, in %s", e.Target, describe(all))
	}
}

// TestNoEvent checks sentences that tell no event between actors.
func TestNoEvent(t *testing.T) {
	p := newPipeline(t)
	for _, in := range []string{
		"A gas explosion killed five miners in northern China.", // an accident is no attack
		"In the capital, Kenyan officials said the weather was fine.",
		"The base dates from 1971, when Assad's father held power.",                        // the father is not Assad
		"Patriot air defence systems protect Kenyan cities.",                               // weapons that protect are no attackers
		"A Kenyan official, who asked not to be named, said the weather was fine.",         // anonymity is no request
		"The Kenyan minister told a news conference in Nairobi that the weather was fine.", // a place hears no statement
		"A 2023 quake in Herat killed more than 1,500 people in Afghanistan.",              // a quake is no attacker, Herat neither
		"Kenyan President William Ruto took office in 2022.",                               // an idiom of "take" seizes nothing
		"Fighters linked to al Shabaab were seen near Mandera in Kenya.",                   // "linked to" tells who they are
		"Doctors in Kenya struggled to reach the wounded.",                                 // an effort is no fight
		"Kenya began what it called security operations in Mandera.",                       // naming is no telephone call
		"It was the festival that Nairobi called Madaraka Day.",                            // nor is a name given in a relative clause
		"The Kenyan army gave a different account of the clash.",                           // an account given is words, to no one
		"The Kenyan army gave a far heavier toll on state radio.",                          // and so is a toll
		"The border was calm on Monday, the Kenyan army added.",                            // words added are no grant
		"The Kenyan campaign, which Nairobi called Operation Linda, ended in 2012.",
		"Kenyan firefighters battled the blaze in Mombasa for six hours.",                                  // a fire is fought, no one is attacked
		"Kenya's last cholera outbreak killed more than 700 people.",                                       // a disease kills, it attacks no one
		"The Kenyan minister boarded a plane to Moscow.",                                                   // the project's patterns for "board" seize vessels, and no more
		"Kenyan police entered the stadium.",                                                               // nor do those for "enter" show force anywhere but in airspace and waters
		"More than 30,000 Congolese civilians crossed into Kenya.",                                         // a crossing is no attack: no fallback guesses force
		"The wounded were taken to a hospital in Nairobi by Kenyan police.",                                // carried to hospital, not seized
		"Fishermen crossed into Kenyan waters in two fishing boats.",                                       // boats of fishermen are no state's forces
		"NAIROBI, Nov 24 (Sitrep Wire) - Kenya's president spoke. A drone was seen circling over Mandera.", // whose drone, the text does not say
		"The IMF remained fully engaged with Kenya.",                                                       // a state the subject stays in is no act
		"Since 2011 Kenya has remained split between the government in the south and a rival administration.",
		"The road to Mandera was closed on Monday, according to the Kenyan Red Cross.", // an attribution is no act of according
		"Reuters could not independently verify the Kenyan army's figure.",             // an outlet's checking is no act
	} {
		doc, err := p.Read(context.Background(), &article.Article{Text: in}, pipeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Events) > 0 {
			t.Errorf("%q: got %s, want no event", in, describe(doc.Events))
		}
	}
}

// TestNoShowOfForce checks that what only looks like forces moving shows
// no force of anyone's: craft seen or heard whose owner the text does not
// name, after a side of no known country struck, and trucks sent to move
// refugees.
func TestNoShowOfForce(t *testing.T) {
	p := newPipeline(t)
	for _, in := range []string{
		"BAGHDAD, Nov 24 (Sitrep Wire) - Iraq's president spoke. Residents said they had heard a drone circling over the area.",
		"BAGHDAD, Nov 24 (Sitrep Wire) - A drone strike killed two men near Hilla. A helicopter circled over the town, residents said.",
		"ABUJA, Nov 24 (Sitrep Wire) - Nigeria's president spoke. The UNHCR sent 18 trucks to move refugees to camps near Sokoto.",
	} {
		doc, err := p.Read(context.Background(), &article.Article{Text: in}, pipeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range doc.Events {
			if e.Root == "15" {
				t.Errorf("%q: got %s, want no show of force", in, describe(doc.Events))
			}
		}
	}
}

// TestPloverTypes checks the PLOVER types that depart from the 2021
// conversion of the CAMEO code: agreeing is AGREE whatever code the
// dictionary gives the verb (050 maps to SUPPORT), lifting a curfew is a
// concession, sanctions are SANCTION, leaving office is RETREAT, and force that would come if
// something happened is a threat.
func TestPloverTypes(t *testing.T) {
	p := newPipeline(t)
	tests := []struct{ text, action, want string }{
		{"Hungary and Romania agreed on Wednesday that their countries should cooperate.", "agreed", "AGREE"},
		{"Serbia lifted a night curfew in Montenegro on Sunday.", "lifted", "CONCEDE"},
		{"The United States imposed sanctions on Iran on Monday.", "imposed", "SANCTION"},
		{"Turkey said it would impose sanctions on Syria if the attacks continued.", "impose", "THREATEN"},
		{"Peru's president resigned on Sunday as protesters surrounded Congress.", "resigned", "RETREAT"},
		{"Peru's president agreed to resign on Sunday.", "resign", "AGREE"},
		{"Peru's president declined to resign on Sunday.", "resign", "REJECT"},
		{"Peruvian soldiers fired on the protesters for two hours.", "fired", "ASSAULT"}, // a length of time is no "blast X for" (111)
	}
	for _, tt := range tests {
		doc, err := p.Read(context.Background(), &article.Article{Text: "Story\n\n" + tt.text}, pipeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range doc.Events {
			if e.Action.Text == tt.action {
				got = append(got, e.CAMEO+" "+e.PLOVER)
			}
		}
		if !slices.ContainsFunc(got, func(s string) bool { return strings.HasSuffix(s, " "+tt.want) }) {
			t.Errorf("%q: %q coded %v, want PLOVER %s", tt.text, tt.action, got, tt.want)
		}
	}
}

// TestHeadlineHarm checks that a headline's "seven civilians killed", which
// drops its auxiliary, makes the civilians the target of the killing, not
// its source.
func TestHeadlineHarm(t *testing.T) {
	p := newPipeline(t)
	const in = "Kenyan and Somali forces trade fire at Mandera crossing; seven civilians killed, border shut\n\nMANDERA, Jan. 5 (Sitrep Wire) - Kenyan and Somali forces traded fire on Monday."
	doc, err := p.Read(context.Background(), &article.Article{Text: in}, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range doc.Events {
		if ev.Action.Text != "killed" {
			continue
		}
		for _, a := range ev.Source {
			if strings.Contains(a.Name, "civilians") {
				t.Errorf("the civilians killed act: %s", describe(doc.Events))
			}
		}
		for _, a := range ev.Target {
			if strings.Contains(a.Name, "civilians") {
				return
			}
		}
	}
	t.Errorf("no killing of the civilians in %s", describe(doc.Events))
}

// TestCompensation checks that money a government pays or promises to
// those who suffered is aid (07), whatever the dictionary says of "pay"
// and "compensate", while a purchase and a threat stay what they are.
func TestCompensation(t *testing.T) {
	p := newPipeline(t)
	for _, tt := range []struct {
		in, verb, root string
	}{
		{"The Kano state government will pay 5 million naira to each victim's family, the governor said.", "pay", "07"},
		{"The Kenyan government will compensate traders whose stalls were burned.", "compensate", "07"},
		{"The Punjab government announced compensation for the victims.", "announced", "07"},
		{"The Haitian government announced 25 million gourdes in emergency aid for the displaced.", "announced", "07"},
		{"Iran paid $2 billion for the drones.", "paid", "06"},
	} {
		if e, all, ok := eventOn(t, p, tt.in, tt.verb); ok && e.Root != tt.root {
			t.Errorf("%q: %q coded %s, want root %s, in %s", tt.in, tt.verb, e.CAMEO, tt.root, describe(all))
		}
	}
}

// TestSides checks who acts and on whom where the parse alone misleads:
// whoever summons an envoy "to protest" protests, though a time phrase
// stands between the envoy and the infinitive and the parser hangs it on
// the verb; a demand for the release of the source's own people is made
// of the one its coordinated verb accused, not of the people themselves.
func TestSides(t *testing.T) {
	p := newPipeline(t)
	for _, tt := range []struct {
		name, in, verb string
		target         bool // check the target, else the source
		want           string
	}{
		{"summoned to protest", "LUSAKA, May 3 (Sitrep Wire) - Lusaka called the border checks unfair. Zambia's foreign ministry summoned Zimbabwe's high commissioner on Saturday to protest.",
			"protest", false, "ZMB"},
		{"release asked of the accused", "MANAMA, May 3 (Sitrep Wire) - Qatar's coast guard seized three Bahraini boats. Manama accused Doha of \"a pattern of harassment against Bahraini fishermen\" and demanded the immediate release of the crews and their boats.",
			"demanded", true, "QAT"},
		{"not the place it spoke in", "OUARGLA, Algeria, May 3 (Sitrep Wire) - Police fired tear gas at protesters in Ouargla, witnesses said.\n\nIn Geneva, the U.N. human rights office urged the authorities to show restraint.",
			"urged", true, "DZA"},
		{"the whole a part noun names", "NIAMEY, May 3 (Sitrep Wire) - Niger said so. Gunmen stormed the perimeter of a Malian army base in the Nigerien town of Ayorou.",
			"stormed", true, "MLI"},
		{"the phrase a pattern asks for alone", "CAIRO, May 3 (Sitrep Wire) - Sudan accused Ethiopia of flooding its farms. Cairo said it stood by Sudan.",
			"stood", true, "SDN"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e, all, ok := eventOn(t, p, tt.in, tt.verb)
			if !ok {
				return
			}
			side := e.Source
			if tt.target {
				side = e.Target
			}
			if len(side) == 0 || side[0].Country != tt.want {
				t.Errorf("%q by/of %+v, want %s, in %s", tt.verb, side, tt.want, describe(all))
			}
		})
	}
}

// TestAgentCodes checks the codes of actors named by a role noun: a
// vessel takes its flag, a state's agents its sector, a group's fighters
// the group, and a backer named before a participle is no owner.
func TestAgentCodes(t *testing.T) {
	p := newPipeline(t)
	for _, tt := range []struct {
		name, in, verb string
		source, target string // the code of one actor of each side
	}{
		{"a flag names the vessel's state",
			"Iran's Revolutionary Guards seized a Panama-flagged tanker in the Gulf of Oman.", "seized", "", "PANBUS"},
		{"a vessel a verb pattern matched still takes its flag",
			"TALLINN, May 3 (Sitrep Wire) - The Estonian navy boarded a Russian-flagged tanker in the Gulf of Finland.", "boarded", "ESTMIL", "RUSBUS"},
		{"a flag of two words is no subject",
			"Pirates fired on and boarded a Marshall Islands-flagged products tanker and kidnapped seven of its crew.", "kidnapped", "CRM", ""},
		{"a rebel group's fighters are the group",
			"KHARTOUM, May 3 (Sitrep Wire) - The Rapid Support Forces said in a statement that its fighters had stormed the army base in Sinja.", "stormed", "SDNREB", ""},
		{"a ministry's border guards are its state's military",
			"BAGHDAD, May 3 (Sitrep Wire) - Iran's Interior Ministry said its border guards had been placed on alert along the frontier with Iraq.", "placed", "IRNMIL", ""},
		{"a backer before a split participle is not the force",
			"AL-SHADDADI, Syria, May 3 (Sitrep Wire) - U.S.-backed forces stormed a prison in northeastern Syria on Monday to end a siege by Islamic State militants, the Kurdish-led Syrian Democratic Forces (SDF) said.", "stormed", "SYR", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e, all, ok := eventOn(t, p, tt.in, tt.verb)
			if !ok {
				return
			}
			if tt.source != "" && !hasCode(e.Source, tt.source) {
				t.Errorf("source %+v, want %s, in %s", e.Source, tt.source, describe(all))
			}
			if tt.target != "" && !hasCode(e.Target, tt.target) {
				t.Errorf("target %+v, want %s, in %s", e.Target, tt.target, describe(all))
			}
		})
	}
}

// hasCode reports whether an actor's code is code, or begins with it
// when code names a country only.
func hasCode(as []report.EventActor, code string) bool {
	return slices.ContainsFunc(as, func(a report.EventActor) bool {
		return a.Code == code || len(code) == 3 && strings.HasPrefix(a.Code, code)
	})
}

// TestBranchActs checks that a transnational group acts as the one
// local branch the story names: its deeds are coded to the branch's
// country, and without a branch it has none.
func TestBranchActs(t *testing.T) {
	p := newPipeline(t)
	for _, tt := range []struct{ in, want string }{
		{"KABUL, May 3 (Sitrep Wire) - Islamic State Khorasan Province has grown in the north, officials say. " +
			"Islamic State fighters attacked a mosque in Kunduz on Friday.", "AFG"},
		{"KABUL, May 3 (Sitrep Wire) - Islamic State fighters attacked a mosque in Kunduz on Friday.", ""},
	} {
		e, all, ok := eventOn(t, p, tt.in, "attacked")
		if !ok {
			continue
		}
		if len(e.Source) == 0 || e.Source[0].Country != tt.want {
			t.Errorf("%q: attackers %+v, want country %q, in %s", tt.in, e.Source, tt.want, describe(all))
		}
	}
}
