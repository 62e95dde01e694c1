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
		{"a dozen BTR-80 armed personnel carriers at the base", []string{"a dozen=12~ n:carriers"}},
		{"dozens of tanks", []string{"dozens=24~ [at least] n:tanks"}},
		{"hundreds of thousands to seek shelter", []string{"hundreds of thousands=200000~ [at least]"}},
		{"tens of thousands of people", []string{"tens of thousands=20000~ [at least] u:people n:people"}},
		{"millions of dollars", []string{"millions of dollars=2e+06~ [at least] u:dollar"}},
		{"a couple of drones", []string{"a couple=2~ n:drones"}},
		{"several hundred civilians", []string{"several hundred=200~ [at least] n:civilians"}},
		{"a few thousand troops", []string{"a few thousand=2000~ [at least] n:troops"}},
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
