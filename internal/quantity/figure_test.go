package quantity

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"sitrep/internal/text"
	"sitrep/internal/timex"
)

func TestFigures(t *testing.T) {
	tests := []struct {
		in   string
		want []string // kind/what=value [bound] u:unit since:year <evidence>
	}{
		{"Syria's civil war has killed more than 250,000 people since 2011 and prompted a refugee crisis.",
			[]string{"casualty/killed=250000 [more than] u:people since:2011 <killed more than 250,000 people>"}},
		{"Russia's only base on the Mediterranean dates from the Cold War – 1971, when Assad's father held power.",
			[]string{"year/year (dates from)=1971 <dates from the Cold War – 1971>"}},
		{"a more constructive engagement with the 60-member coalition that's led by the United States",
			[]string{"size/size of coalition=60 u:member <60-member coalition>"}},
		{"At least 12 people were killed and 30 wounded in the attack.",
			[]string{"casualty/killed=12 [at least] u:people <At least 12 people were killed>", "casualty/wounded=30 <30 wounded>"}},
		{"The death toll rose to 40.", []string{"casualty/killed=40 <toll rose to 40>"}},
		{"The death toll from a magnitude 6.0 earthquake rose to 1,411.", []string{"casualty/killed=1411 <toll from a magnitude 6.0 earthquake rose to 1,411>"}},
		{"The outbreak has infected 84 people and killed 31.", []string{"count/people=84 u:people <84 people>", "casualty/killed=31 <killed 31>"}},
		{"Gunmen abducted 20 students.", []string{"casualty/abducted=20 <abducted 20 students>"}},
		{"The shooting, in which one fisherman was killed, angered Windhoek.", []string{"casualty/killed=1 <one fisherman was killed>"}},
		{"One cameraman was wounded. It was unclear which one was hit.", []string{"casualty/wounded=1 <One cameraman was wounded>"}},
		{"The storm left 19 missing.", []string{"casualty/missing=19 <19 missing>"}},
		{"The blast wounded at least 12 passers-by. Police detained 3 fishermen.", []string{"casualty/wounded=12 [at least] <wounded at least 12 passers-by>", "casualty/arrested=3 <detained 3 fishermen>"}},
		{"At least 24 Bangladeshis had been killed by the BSF.", []string{"casualty/killed=24 [at least] <At least 24 Bangladeshis had been killed>"}},
		{"The dam lies 140 km (85 miles) north of Kurmuk.", []string{"distance/distance north of Kurmuk=140 u:kilometre <140 km (85 miles) north of>", "distance/distance=85 u:mile <85 miles>"}},
		{"Police arrested 300 protesters on Monday.", []string{"casualty/arrested=300 <arrested 300 protesters>"}},
		{"The fighting has displaced 2 million people.", []string{"casualty/displaced=2e+06 u:people <displaced 2 million people>"}},
		{"Five soldiers are missing.", []string{"casualty/missing=5 <Five soldiers are missing>"}},
		{"dozens of civilians were injured", []string{"casualty/injured=24~ [at least] <dozens of civilians were injured>"}},
		{"the 27-nation bloc", []string{"size/size of bloc=27 u:nation <27-nation bloc>"}},
		{"a 5,000-strong force", []string{"size/size of force=5000 <5,000-strong force>"}},
		{"a coalition of 60 countries", []string{"size/size of coalition=60 u:countries <coalition of 60 countries>"}},
		{"The base lies 40 km south of Latakia.", []string{"distance/distance south of Latakia=40 u:kilometre <40 km south of>"}},
		{"Liboi is a town some 15 km from the frontier.", []string{"distance/distance from the frontier=15~ u:kilometre <some 15 km from>"}},
		{"Troops flew in from Obo, about 150 km to the east, on Monday.", []string{"distance/distance from Obo=150~ u:kilometre <about 150 km to the east>"}},
		{"The post was 30 km west of the town of Karimama.", []string{"distance/distance west of Karimama=30 u:kilometre <30 km west of>"}},
		{"Traffic through the 1,170-km link stopped.", []string{"distance/length of link=1170 u:kilometre <1,170-km link>"}},
		{"It holds the 271-km (168-mile) border.", []string{"distance/length of border=271 u:kilometre <271-km (168-mile) border>", "distance/distance=168 u:mile <168-mile>"}},
		{"The treaty was signed in 1948.", []string{"year/year (signed)=1948 <signed in 1948>"}},
		{"The strikes killed at least 38 people, including 11 children.",
			[]string{"casualty/killed=38 [at least] u:people <killed at least 38 people>", "casualty/killed=11 <11 children>"}},
		{"More than 60 people were wounded, 20 of them critically.",
			[]string{"casualty/wounded=60 [more than] u:people <More than 60 people were wounded>", "casualty/wounded=20 <20 of them>"}},
		{"The war has killed tens of thousands of people and driven more than 12 million from their homes.",
			[]string{"casualty/killed=20000~ [at least] u:people <killed tens of thousands of people>", "casualty/displaced=1.2e+07 [more than] <driven more than 12 million>"}},
		{"At least 27 people drowned and more than 300 passengers were stranded at the port.",
			[]string{"casualty/killed=27 [at least] u:people <At least 27 people drowned>", "casualty/stranded=300 [more than] <more than 300 passengers were stranded>"}},
		{"About 260,000 civilians remain trapped in the city.", []string{"casualty/trapped=260000~ <About 260,000 civilians remain trapped>"}},
		{"Poland signed a deal worth $6.8 billion.", []string{"money/amount (worth)=6.8e+09 u:dollar <worth $6.8 billion>"}},
		{"Prices rose 5% and 12 tanks arrived.", []string{"share/share=5 u:percentage <5%>", "count/tanks=12 <12 tanks>"}},
		{"The company earned $5 million, killing the deal.", []string{"money/amount=5e+06 u:dollar <$5 million>"}},
		{"Turnout was 67.1 percent and 2,487,612 votes were cast in 12 hours; a 60-day state of emergency followed.",
			[]string{"share/share=67.1 u:percentage <67.1 percent>", "count/votes=2.487612e+06 <2,487,612 votes>",
				"duration/duration=12 u:hour <12 hours>", "duration/duration=60 u:day <60-day state>"}},
		{"More than 2,800 ships have used the corridor since 2023.",
			[]string{"count/ships=2800 [more than] since:2023 <More than 2,800 ships>"}},
		{"Police said at least 11 of the looted shops and five of his supporters were hit. Five men suspected of smuggling were seen.",
			[]string{"count/looted shops=11 [at least] <at least 11 of the looted shops>", "count/supporters=5 <five of his supporters>", "count/men=5 <Five men>"}},
		{"One of the US officials said hundreds of the party's supporters marched.",
			[]string{"count/party's supporters=200~ [at least] <hundreds of the party's supporters>"}},
		{"Bertrand Zangoua, 46, leads the militia; sales rose by 12, 14 and 16 units.",
			[]string{"age/age of Bertrand Zangoua=46 u:year of age <Bertrand Zangoua, 46>", "count/units=16 <16 units>"}},
		{"Yelitza Marcano, a 34-year-old nurse, was hurt.", []string{"age/age of nurse, Yelitza Marcano=34 u:year of age <34-year-old nurse>"}},
		{"The 52-year-old crane operator Wilfrid Amazan was shot.", []string{"age/age of crane operator Wilfrid Amazan=52 u:year of age <52-year-old crane>"}},
		{"The dead were named as Tinashe Moyo, 34, and Lovemore Dube, 22.", []string{"age/age of Tinashe Moyo=34 u:year of age <Tinashe Moyo, 34>", "age/age of Lovemore Dube=22 <Lovemore Dube, 22>"}},
		{"\"They shot the men,\" said Wilfrid Amazan, 38, a crane operator who hid.", []string{"age/age of Wilfrid Amazan, crane operator=38 u:year of age <Wilfrid Amazan, 38>"}},
		{"A 54-year-old man in Ashkelon was hurt.", []string{"age/age of man=54 u:year of age <54-year-old man>"}},
		{"A 54-year-old man was killed by falling shrapnel.",
			[]string{"age/age of man=54 u:year of age <54-year-old man>"}},
		{"Its crew were 15 Russian, six Indian and three Georgian nationals.",
			[]string{"count/russian nationals=15 <15 Russian>", "count/indian nationals=6 <six Indian>", "count/georgian nationals=3 <three Georgian nationals>"}},
		{"The ship carried about 30,000 tonnes of wheat; the magnitude 6.0 earthquake hit at dawn.",
			[]string{"amount/amount=30000~ u:metric ton <about 30,000 tonnes>"}},
	}
	for _, tt := range tests {
		d := text.New(tt.in)
		var got []string
		for _, f := range Figures(d, Parse(d), timex.Find(d, time.Time{})) {
			got = append(got, showFigure(d, f))
			if f.Span != d.SpanOf(f.First, f.End) {
				t.Fatalf("%q: span %v does not match tokens", tt.in, f.Span)
			}
			if r := f.Report(d, "f1"); r.Evidence.Text != d.Str(f.Span) {
				t.Fatalf("%q: report evidence %q", tt.in, r.Evidence.Text)
			}
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%q:\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func showFigure(d *text.Doc, f Figure) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s/%s=%g", f.Kind, f.What, f.Value)
	if f.Approximate {
		b.WriteString("~")
	}
	if f.Bound != "" {
		fmt.Fprintf(&b, " [%s]", f.Bound)
	}
	if f.Unit != "" {
		fmt.Fprintf(&b, " u:%s", f.Unit)
	}
	if f.Since != 0 {
		fmt.Fprintf(&b, " since:%d", f.Since)
	}
	fmt.Fprintf(&b, " <%s>", d.Str(f.Span))
	return b.String()
}
