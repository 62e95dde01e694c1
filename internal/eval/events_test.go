package eval

import (
	"os"
	"path/filepath"
	"testing"

	"sitrep/internal/report"
)

// TestEventGoldReaders checks that the gold readers see every record of
// the shared event-coding sets.
func TestEventGoldReaders(t *testing.T) {
	dir := "../../../shared/data/event-coding"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("../shared/data not found: %v", err)
	}
	tests := []struct {
		path            string
		read            func(string) ([]eventRecord, error)
		records, events int
	}{
		{"universal-petrarch/PETR2_GSR_validation.xml", readPetrarchXML, 78, 80},
		{"petrarch2/text/PETR.UnitTest.records.xml", readPetrarchXML, 284, 359},
		{"plover/PLOVER_GSR_CAMEO.txt", readPLOVER, 322, 322},
	}
	for _, tt := range tests {
		recs, err := tt.read(filepath.Join(dir, tt.path))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, r := range recs {
			n += len(r.Events)
			if r.Text == "" && len(r.Events) > 0 {
				t.Errorf("%s: record %s has events and no text", tt.path, r.ID)
			}
		}
		if len(recs) != tt.records || n != tt.events {
			t.Errorf("%s: %d records, %d events; want %d, %d", tt.path, len(recs), n, tt.records, tt.events)
		}
	}
}

func TestActorsAgree(t *testing.T) {
	as := []report.EventActor{{Code: "USAGOV"}, {Code: "REB"}}
	tests := []struct {
		gold string
		want bool
	}{
		{"USA", true},
		{"USAMIL", true}, // country level
		{"---REB", true},
		{"---MIL", false},
		{"RUS", false},
	}
	for _, tt := range tests {
		if got := actorsAgree(as, tt.gold); got != tt.want {
			t.Errorf("actorsAgree(%s) = %v", tt.gold, got)
		}
	}
	if !actorsAgree(nil, "") || actorsAgree(as, "") {
		t.Error("an empty gold side wants no actor")
	}
}
