package quantity

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"sitrep/internal/syntax"
)

func TestZZDump(t *testing.T) {
	raw, err := os.ReadFile("../../../shared/data/quantities/NewsQuant.json")
	if err != nil {
		t.Skip(err)
	}
	var items []newsQuantItem
	json.Unmarshal(raw, &items)
	m, _ := syntax.Default()
	for _, it := range items {
		gold := goldQuantities(it)
		pred := predict(m, it.Text)
		for _, g := range gold {
			for _, p := range pred {
				if !valueMatch(g, p) {
					continue
				}
				full, _ := conceptMatch(g.concepts, p.concepts)
				mark := "OK "
				if !full {
					mark = "BAD"
				}
				fmt.Printf("%s\t%q\t%q\t%g\t%s\n", mark, g.concepts, p.concepts, g.lo, it.Text)
				break
			}
		}
	}
}
