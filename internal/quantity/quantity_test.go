package quantity

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"sitrep/internal/text"
)

// show writes a quantity compactly: words=value, "..high" for a range,
// "/total" for a ratio, "~" when approximate, the bound in brackets, then
// the unit and the counted noun.
func show(d *text.Doc, q Quantity) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s=%g", d.Str(q.Words), q.Value)
	if q.Range {
		fmt.Fprintf(&b, "..%g", q.High)
	}
	if q.Total != 0 {
		fmt.Fprintf(&b, "/%g", q.Total)
	}
	if q.Approximate {
		b.WriteString("~")
	}
	if q.Bound != "" {
		fmt.Fprintf(&b, " [%s]", q.Bound)
	}
	if q.Unit != "" {
		fmt.Fprintf(&b, " u:%s", q.Unit)
	}
	if q.Noun != "" {
		fmt.Fprintf(&b, " n:%s", q.Noun)
	}
	return b.String()
}

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		// Digits and separators.
		{"Syria's civil war has killed more than 250,000 people since 2011.", []string{"more than 250,000=250000 [more than] u:people n:people"}},
		{"The convoy had 3.5 tonnes of aid.", []string{"3.5 tonnes=3.5 u:metric ton"}},
		{"It holds 1,000,000 barrels.", []string{"1,000,000 barrels=1e+06 u:barrel"}},
		{"A budget of 1.000.000 euros.", []string{"1.000.000 euros=1e+06 u:euro"}},
		{"A rise of 2,5 per cent.", []string{"2,5 per cent=2.5 u:percentage"}},
		{"They found 1,234.5 kg of explosives.", []string{"1,234.5 kg=1234.5 u:kilogram"}},
		{"Only 0.03 millimeter thick.", []string{"0.03 millimeter=0.03 u:millimetre"}},
		{"He has 12 apples.", []string{"12=12 n:apples"}},
		// Units joined by a hyphen, written by case, and rates past a
		// conversion.
		{"Nissan is 43.4 percent-owned by Renault.", []string{"43.4 percent-owned=43.4 u:percentage"}},
		{"a 52,000 barrel-a-day refinery", []string{"52,000 barrel-a-day=52000 u:barrel per day"}},
		{"a 3 mile-long queue", []string{"3 mile-long=3 u:mile"}},
		// A unit's letters before a hyphen and digits name a model.
		{"They sent three Mi-17 helicopters.", []string{"three=3 n:helicopters"}},
		{"fees rose by up to £24 a-year.", []string{"up to £24 a-year=24 [up to] u:pound sterling per year"}},
		{"Both forces must pull back within 48 hours.", []string{"within 48 hours=48 [up to] u:hour"}},
		// A conversion in brackets is as approximate as what it converts.
		{"The mine lies about 15 km (9 miles) south of the town.", []string{"about 15 km=15~ u:kilometre", "9 miles=9~ u:mile"}},
		{"They were paid 5,000 kwanzas ($5.50) a day.", []string{"5,000=5000 n:kwanzas", "$5.50=5.5 u:dollar"}},
		{"9 billion shekels ($2.408 billion) a year", []string{"9 billion shekels=9e+09 u:shekel per year", "$2.408 billion=2.408e+09 u:dollar"}},
		{"the offer of C $6 (US $4.46) per share", []string{"C $6=6 u:canadian dollar per share", "US $4.46=4.46 u:dollar"}},
		{"It makes 450 Nm of torque and a 7 nm chip.", []string{"450 Nm=450 u:newton metre", "7 nm=7 u:nanometre"}},
		{"a 5 W charger and 300 PS", []string{"5 W=5 u:watt", "300 PS=300 u:horsepower"}},
		{"The neck is 25.5″ long.", []string{"25.5″=25.5 u:inch"}},
		{"Unite Group, down 68 p at 1112 p", []string{"68 p=68 u:penny", "1112 p=1112 u:penny"}},
		// A share of a measure is an amount in it.
		{"1/16 of a US pint", []string{"1/16=0.0625 u:pint"}},
		{"a third of an inch", []string{"a third=0.3333333333333333 u:inch"}},
		{"a third of the vote", []string{"a third=0.3333333333333333 u:fraction n:vote"}},
		// An index level is in the points of its move.
		{"The S&P 500 rose 64.06 points to 4,577.10.", []string{"64.06 points=64.06 u:point", "4,577.10=4577.1 u:point"}},
		{"Toronto Stock Exchange (16369.03 up 58.06 points)", []string{"16369.03=16369.03 u:point", "58.06 points=58.06 u:point"}},
		{"Shares rose 8.15% to 3.65.", []string{"8.15%=8.15 u:percentage", "3.65=3.65"}},
		// Spelled numbers.
		{"seven Russian T-90 tanks had been observed", []string{"seven=7 n:tanks"}},
		{"two million people fled", []string{"two million=2e+06 u:people n:people"}},
		{"one hundred and twenty-five soldiers", []string{"one hundred and twenty-five=125 n:soldiers"}},
		{"a hundred and fifty", []string{"a hundred and fifty=150"}},
		{"twenty five thousand troops", []string{"twenty five thousand=25000 n:troops"}},
		{"forty-two villages", []string{"forty-two=42 n:villages"}},
		{"eleven ships docked", []string{"eleven=11 n:ships"}},
		{"zero casualties were reported", []string{"zero=0 n:casualties"}},
		{"a million refugees", []string{"a million=1e+06 n:refugees"}},
		{"three billion dollars", []string{"three billion dollars=3e+09 u:dollar"}},
		{"one two three", []string{"one=1", "two=2", "three=3"}},
		{"ninety nine problems", []string{"ninety nine=99 n:problems"}},
		{"one million two hundred thousand voters", []string{"one million two hundred thousand=1.2e+06 n:voters"}},
		// Vague and approximate counts.
		{"The USA has spotted half a dozen howitzers", []string{"half a dozen=6~ n:howitzers"}},
		{"They moved two dozen launchers", []string{"two dozen=24~ n:launchers"}},
		{"They moved a couple of dozen launchers", []string{"a couple of dozen=24~ n:launchers"}},
		{"a dozen BTR-80 armed personnel carriers at the base", []string{"a dozen=12~ n:carriers"}},
		{"dozens of tanks", []string{"dozens=24~ [at least] n:tanks"}},
		{"hundreds of thousands to seek shelter", []string{"hundreds of thousands=200000~ [at least]"}},
		{"tens of thousands of people", []string{"tens of thousands=20000~ [at least] u:people n:people"}},
		{"millions of dollars", []string{"millions of dollars=2e+06~ [at least] u:dollar"}},
		{"a couple of drones", []string{"a couple=2~ n:drones"}},
		{"several hundred civilians", []string{"several hundred=300~ [at least] n:civilians"}},
		{"a few thousand troops", []string{"a few thousand=2000~ [at least] n:troops"}},
		{"several hundred thousand shells", []string{"several hundred thousand=300000~ [at least] n:shells"}},
		{"a few hundred thousand refugees", []string{"a few hundred thousand=200000~ [at least] n:refugees"}},
		{"scores of homes", []string{"scores=40~ [at least] n:homes"}},
		{"half a million people", []string{"half a million=500000 u:people n:people"}},
		{"thousands of miles", []string{"thousands of miles=2000~ [at least] u:mile"}},
		{"20-odd vehicles", []string{"20-odd=20~ n:vehicles"}},
		{"some 200 marines", []string{"some 200=200~ n:marines"}},
		{"about 3,000 miles", []string{"about 3,000 miles=3000~ u:mile"}},
		{"roughly 40 km", []string{"roughly 40 km=40~ u:kilometre"}},
		{"approximately 15 percent", []string{"approximately 15 percent=15~ u:percentage"}},
		{"around 60 aircraft", []string{"around 60=60~ n:aircraft"}},
		{"an estimated 400 fighters", []string{"an estimated 400=400~ n:fighters"}},
		{"50 or so protesters", []string{"50 or so=50~ n:protesters"}},
		// Bounds.
		{"at least 12 soldiers", []string{"at least 12=12 [at least] n:soldiers"}},
		{"up to 400 troops", []string{"up to 400=400 [up to] n:troops"}},
		{"nearly 100 tanks", []string{"nearly 100=100~ [nearly] n:tanks"}},
		{"almost 50 people", []string{"almost 50=50~ [nearly] u:people n:people"}},
		{"over 100 rockets", []string{"over 100=100 [more than] n:rockets"}},
		{"fewer than 10 boats", []string{"fewer than 10=10 [less than] n:boats"}},
		{"less than 5%", []string{"less than 5%=5 [less than] u:percentage"}},
		{"as many as 30 jets", []string{"as many as 30=30 [up to] n:jets"}},
		{"no more than 20 advisers", []string{"no more than 20=20 [up to] n:advisers"}},
		{"in excess of 1,000 shells", []string{"in excess of 1,000=1000 [more than] n:shells"}},
		{"20+ drones", []string{"20+=20 [at least] n:drones"}},
		{"20 or more aircraft", []string{"20 or more=20 [at least] n:aircraft"}},
		{"more than $5 million", []string{"more than $5 million=5e+06 [more than] u:dollar"}},
		// Ranges and ratios.
		{"10-12 people were hurt", []string{"10-12=10..12 u:people n:people"}},
		{"between 5 and 10 people", []string{"between 5 and 10=5..10 u:people n:people"}},
		{"from 20 to 30 km", []string{"from 20 to 30 km=20..30 u:kilometre"}},
		{"1 to 2 thousand people", []string{"1 to 2 thousand=1000..2000 u:people n:people"}},
		{"10–12 missiles", []string{"10–12=10..12 n:missiles"}},
		{"$5 to $10", []string{"$5 to $10=5..10 u:dollar"}},
		{"10 to 15 years", []string{"10 to 15 years=10..15 u:year"}},
		{"38 of 47 members voted", []string{"38 of 47=38/47 n:members"}},
		{"10 out of 12 tanks", []string{"10 out of 12=10/12 n:tanks"}},
		{"prices rose from 5 to 7 percent", []string{"from 5 to 7 percent=5..7 u:percentage"}},
		{"the score was 3-1", nil},
		{"tied at 89-89", nil},
		// Money.
		{"$5 million", []string{"$5 million=5e+06 u:dollar"}},
		{"$5m", []string{"$5m=5e+06 u:dollar"}},
		{"US$7.2bn", []string{"US$7.2bn=7.2e+09 u:dollar"}},
		{"A$30", []string{"A$30=30 u:australian dollar"}},
		{"HK$3 billion", []string{"HK$3 billion=3e+09 u:hong kong dollar"}},
		{"€5bn", []string{"€5bn=5e+09 u:euro"}},
		{"£3.2m", []string{"£3.2m=3.2e+06 u:pound sterling"}},
		{"INR1 trillion", []string{"INR1 trillion=1e+12 u:indian rupee"}},
		{"Rs 500 crore", []string{"Rs 500 crore=5e+09 u:indian rupee"}},
		{"USD 40 million", []string{"USD 40 million=4e+07 u:dollar"}},
		{"10.5 million Australian dollars", []string{"10.5 million Australian dollars=1.05e+07 u:australian dollar"}},
		{"5 million pounds", []string{"5 million pounds=5e+06 u:pound sterling"}},
		{"300 pounds", []string{"300 pounds=300 u:pound-mass"}},
		{"500 euros", []string{"500 euros=500 u:euro"}},
		{"2 billion yuan", []string{"2 billion yuan=2e+09 u:chinese yuan"}},
		{"$50 a barrel", []string{"$50 a barrel=50 u:dollar per barrel"}},
		{"5 cents per share", []string{"5 cents per share=5 u:cent per share"}},
		{"¥500", []string{"¥500=500 u:japanese yen"}},
		// Units.
		{"10%", []string{"10%=10 u:percentage"}},
		{"3 percentage points", []string{"3 percentage points=3 u:percentage point"}},
		{"50 basis points", []string{"50 basis points=50 u:basis point"}},
		{"10km away", []string{"10km=10 u:kilometre"}},
		{"120mph", []string{"120mph=120 u:mile per hour"}},
		{"60 km/h", []string{"60 km/h=60 u:kilometre per hour"}},
		{"40C heat", []string{"40C=40 u:celsius"}},
		{"5 degrees Celsius", []string{"5 degrees Celsius=5 u:celsius"}},
		{"3 million barrels per day", []string{"3 million barrels per day=3e+06 u:barrel per day"}},
		{"a 100m sprint", []string{"100m=100 u:metre"}},
		{"5m people", []string{"5m=5e+06 u:people n:people"}},
		{"2.7m sales", []string{"2.7m=2.7e+06 n:sales"}},
		{"5,000 square kilometres", []string{"5,000 square kilometres=5000 u:square kilometre"}},
		{"12 nautical miles", []string{"12 nautical miles=12 u:nautical mile"}},
		{"800 households", []string{"800=800 u:household n:households"}},
		{"30 years old", []string{"30 years old=30 u:year of age"}},
		{"a five-year-old boy", []string{"five-year-old=5 u:year of age"}},
		{"three years in prison", []string{"three years=3 u:year"}},
		{"3 times", []string{"3 times=3 u:count"}},
		{"5 GB", []string{"5 GB=5 u:gigabyte"}},
		{"2GHz", []string{"2GHz=2 u:gigahertz"}},
		{"500 MW", []string{"500 MW=500 u:megawatt"}},
		// Compounds: sizes.
		{"the 60-member coalition", []string{"60-member=60 n:member"}},
		{"the 27-nation bloc", []string{"27-nation=27 n:nation"}},
		{"a 5,000-strong force", []string{"5,000-strong=5000 n:strong"}},
		{"a 24-hour curfew", []string{"24-hour=24 u:hour n:hour"}},
		// Counted nouns.
		{"a company of 200 Naval Infantrymen", []string{"200=200 n:infantrymen"}},
		{"One of the US officials said", []string{"One=1 n:officials"}},
		{"200 of the protesters", []string{"200=200 n:protesters"}},
		{"five Su-25s were shot down", []string{"five=5 n:su-25s"}},
		{"seven more tanks", []string{"seven=7 n:tanks"}},
		{"200 troops stationed there", []string{"200=200 n:troops"}},
		{"63000 Model 3 sedans", []string{"63000=63000 n:sedans"}},
		{"800,000 eligible pensioners were", []string{"800,000=800000 n:pensioners"}},
		// Not quantities: dates, years, times, labels, designations.
		{"in 1971, when", nil},
		{"since 2011", nil},
		{"the 2015 election", nil},
		{"In 2000 soldiers", nil},
		{"the 2000 soldiers", []string{"2000=2000 n:soldiers"}},
		{"1500 troops arrived", []string{"1500=1500 n:troops"}},
		{"about 2000", []string{"about 2000=2000~"}},
		{"on Sept. 11, 2015", nil},
		{"March 4", nil},
		{"4 March 2015", nil},
		{"at 4:39 p.m.", nil},
		{"at 3 pm", nil},
		{"1:36.6", nil},
		{"24/7 and 9/11", nil},
		{"Route 66", nil},
		{"Game 7", nil},
		{"No. 10", nil},
		{"the 22nd amendment", nil},
		{"in the 1990s", nil},
		{"COVID-19", nil},
		{"G-7", nil},
		{"5G networks", nil},
		{"2S19 Msta", nil},
		{"T-90", nil},
		{"no one came", nil},
		{"one another", nil},
		// Currency codes glued to amounts, cut by the tokenizer at their marks.
		{"Heineken rose 18 sen to RM23.50 on Monday.", []string{"18 sen=18 u:sen", "RM23.50=23.5 u:malaysian ringgit"}},
		{"The price was USD1,700 an ounce.", []string{"USD1,700 an ounce=1700 u:dollar per ounce"}},
		{"It sold for AUD1.5m last year.", []string{"AUD1.5m=1.5e+06 u:australian dollar"}},
		{"A PS2.7m package, not a PS5 console.", []string{"PS2.7m=2.7e+06 u:pound sterling"}},
		{"worth $US55,931,000 ($A82,615,680)", []string{"$US55,931,000=5.5931e+07 u:dollar", "$A82,615,680=8.261568e+07 u:australian dollar"}},
		{"It cost HK $3.7 billion.", []string{"HK $3.7 billion=3.7e+09 u:hong kong dollar"}},
		{"The yen rose to Y=590 billion.", []string{"Y=590 billion=5.9e+11 u:japanese yen"}},
		{"a notebook for 1,200€", []string{"1,200€=1200 u:euro"}},
		{"7.5 million Danish crowns", []string{"7.5 million Danish crowns=7.5e+06 u:danish krone"}},
		// Signs, leading points and powers of ten.
		{"Stoxx 50 -1.3% and FTSE -0.6% today.", []string{"50=50", "-1.3%=-1.3 u:percentage", "-0.6%=-0.6 u:percentage"}},
		{"The trade balance fell to $-50.8bn.", []string{"$-50.8bn=-5.08e+10 u:dollar"}},
		{"The offense was minus-5 yards.", []string{"minus-5 yards=-5 u:yard"}},
		{"It can dip to minus 130 degrees Fahrenheit.", []string{"minus 130 degrees Fahrenheit=-130 u:fahrenheit"}},
		{"They procured thousands of COVID -19 tests.", []string{"thousands=2000~ [at least] n:covid", "19=19 n:tests"}},
		{"a .500 record and a rate of .001 per cent", []string{"500=0.5 n:record", "001 per cent=0.001 u:percentage"}},
		{"It was 2.14degF (1.19deg C) warmer.", []string{"2.14degF=2.14 u:fahrenheit", "1.19deg C=1.19 u:celsius"}},
		{"The mass is 1.99×10−30 kilograms.", []string{"1.99×10−30 kilograms=1.99e-30 u:kilogram"}},
		{"It is 3 x 10^999 km away.", nil},
		// Shares of a whole.
		{"A third of those screened were obese.", []string{"A third=0.3333333333333333 u:fraction"}},
		{"Nearly two-thirds of the sales came from CDs.", []string{"Nearly two-thirds=0.6666666666666666~ [nearly] u:fraction n:sales"}},
		{"Half the condos have sold.", []string{"Half=0.5 u:fraction n:condos"}},
		{"in the first half of 2019", nil},
		{"a third Patriot battery", nil},
		{"The recipe needs 1/2 pound of chips.", []string{"1/2 pound=0.5 u:pound-mass"}},
		{"One out of three Germans have problems.", []string{"One out of three=1/3 n:germans"}},
		{"the attacks of 9/11 shook the city", nil},
		{"Revenue grew more than sixfold.", []string{"more than sixfold=6 [more than] u:count"}},
		// Ranges and changes.
		{"There are four to five thousand people.", []string{"four to five thousand=4000..5000 u:people n:people"}},
		{"prices rose between 5% and 6% this year", []string{"5% and 6%=5..6 u:percentage"}},
		{"a 5-10W laser", []string{"5-10W=5..10 u:watt"}},
		{"The deficit increased by $43.6 billion to $419.2 billion.", []string{"$43.6 billion=4.36e+10 u:dollar", "$419.2 billion=4.192e+11 u:dollar"}},
		{"Prices fell by 5 to 10 percent.", []string{"5 to 10 percent=5..10 u:percentage"}},
		{"demand for sub-300 sq m offices", []string{"sub-300 sq m=300 [less than] u:square metre"}},
		{"Revenue rose from $6.78 billion a year earlier.", []string{"$6.78 billion=6.78e+09 u:dollar"}},
		// Names, ages and compounds.
		{"The S&P 500 rose 0.2%.", []string{"0.2%=0.2 u:percentage"}},
		{"Apple Watch 5 and iPhone 11 Pro", nil},
		{"Maddon, 66, has lost weight.", []string{"66=66 u:year of age"}},
		{"He will be 35 by the end of the year.", []string{"35=35 u:year of age"}},
		{"on a 7- or 8-inch touchscreen", []string{"7=7 u:inch", "8-inch=8 u:inch n:inch"}},
		{"She turned 50 on Monday.", []string{"50=50 u:year of age"}},
		{"He was 35 points ahead.", []string{"35 points=35 u:point"}},
		{"5 million children under the age of 5 years died", []string{"5 million=5e+06 n:children", "5 years=5 u:year of age"}},
		{"400 million-year-old bedrock", []string{"400 million-year-old=4e+08 u:year of age"}},
		{"a 1.8 billion-mile journey", []string{"1.8 billion-mile=1.8e+09 u:mile n:mile"}},
		{"a 2.4-liter four-cylinder engine", []string{"2.4-liter=2.4 u:litre n:liter", "four-cylinder=4 n:cylinder"}},
		{"at 100km/hr in 3.5 seconds", []string{"100km/hr=100 u:kilometre per hour", "3.5 seconds=3.5 u:second"}},
		{"about 80 m.p.h. on the road", []string{"about 80 m.p.h.=80~ u:mile per hour"}},
		// Hostile input.
		{"1e999", nil},
		{"99999999999999999999999999999999", nil},
		{"9999999999999999 people", nil},
		{strings.Repeat("9", 400), nil},
		{"٣٠ جنديا", nil},
		{"９ tanks", nil},
		{"NaN Inf -Inf +Inf", nil},
		{"1,23,4 km", nil},
		{"$$$ €€ %%", nil},
		{"999 trillion trillion", []string{"999 trillion=9.99e+14"}},
		{"Сирия 5 танков", []string{"5=5 n:танков"}},
		{"1-800-555-0199", nil},
		{"RM" + strings.Repeat("9", 40) + ".5m", nil}, // one word now, too long a number
		{"minus-" + strings.Repeat("1", 30), nil},
		{"1×10−" + strings.Repeat("9", 5), []string{"1=1", "10=10", "99999=99999"}},
		{". . .5 .", []string{"5=0.5"}},
		{"sub-1e999 km", nil},
		{"0/0 of 1⁄0 of", []string{"1=1", "0=0"}},
	}
	if len(tests) < 100 {
		t.Fatalf("only %d cases", len(tests))
	}
	for _, tt := range tests {
		d := text.New(tt.in)
		var got []string
		for _, q := range Parse(d) {
			got = append(got, show(d, q))
			checkQuantity(t, d, q)
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%q:\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// checkQuantity asserts what must hold of every quantity: finite values
// and spans that point at the words.
func checkQuantity(t *testing.T, d *text.Doc, q Quantity) {
	t.Helper()
	for _, v := range []float64{q.Value, q.Low, q.High, q.Total} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("non-finite value in %+v", q)
		}
	}
	if q.First < 0 || q.End > len(d.Tokens) || q.First >= q.End {
		t.Fatalf("bad token range %d..%d", q.First, q.End)
	}
	if q.Words != d.SpanOf(q.First, q.End) {
		t.Fatalf("words span %v, tokens say %v", q.Words, d.SpanOf(q.First, q.End))
	}
	if q.NounTok >= 0 && (q.NounSpan != d.Tokens[q.NounTok].Span || q.NounFirst > q.NounTok) {
		t.Fatalf("noun span %v for token %d", q.NounSpan, q.NounTok)
	}
	if q.Range && !(q.Low < q.High) {
		t.Fatalf("range %g..%g", q.Low, q.High)
	}
}
