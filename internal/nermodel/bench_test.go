package nermodel

import (
	"strings"
	"testing"

	"sitrep/internal/text"
)

// benchText is written for the benchmark: news-like prose with people,
// places, organisations, equipment and numbers.
const benchText = `Defence Minister Anna Kowalczyk told reporters in Warsaw on Tuesday that the government would send two more battalions to the eastern border. ` +
	`The move follows a meeting of NATO ambassadors in Brussels, where officials from Germany, France and the United States discussed air defence. ` +
	`According to the Institute for Strategic Studies, at least 40 T-90 tanks and a dozen BTR-80 carriers were seen near the town of Kupiansk last week. ` +
	`“We will not be intimidated,” said Kowalczyk, who met Lithuania’s defence minister, Tomas Zilinskas, at the Ministry of Defence. ` +
	`Shares of Vesta Holdings rose 3.5 percent in Frankfurt after the company won a contract worth 250 million euros from the European Union. ` +
	`Red Cross workers evacuated about 1,200 civilians from Mariupol, the International Committee of the Red Cross said in Geneva.`

func benchDoc() *text.Doc {
	return text.New(strings.Repeat(benchText+"\n\n", 8))
}

func BenchmarkFind(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	d := benchDoc()
	m.Find(d)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		m.Find(d)
	}
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
