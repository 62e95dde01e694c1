package quantity

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"sitrep/internal/syntax"
)

func TestZZDump(t *testing.T) {
	raw, _ := os.ReadFile("/work/shared/data/quantities/NewsQuant.json")
	var items []newsQuantItem
	json.Unmarshal(raw, &items)
	m, _ := syntax.Default()
	f, _ := os.Create("/tmp/nq_dump.txt")
	defer f.Close()
	for i, it := range items {
		fmt.Fprintf(f, "## %d %s\n", i, strings.ReplaceAll(it.Text, "\n", " "))
		for _, g := range goldQuantities(it) {
			fmt.Fprintf(f, "G %g %g %v | %q | [%s] | -\n", g.lo, g.hi, g.isRange, g.unit, strings.Join(g.concepts, " "))
		}
		for _, p := range predict(m, it.Text) {
			fmt.Fprintf(f, "P %g %g %v | %q | [%s] | -\n", p.lo, p.hi, p.isRange, p.unit, strings.Join(p.concepts, " "))
		}
	}
}
