package event

import "testing"

func TestRecode(t *testing.T) {
	tests := []struct {
		code    string
		refused bool
		want    string
	}{
		{"072", false, "072"},
		{"072", true, "1212"}, // refusing military aid rejects military cooperation
		{"070", true, "121"},
		{"061", true, "1211"},
		{"040", true, "125"},
		{"085", true, "1244"},
		{"0841", true, "1243"}, // refusing a release
		{"0831", true, "1231"}, // declining to resign rejects the demand for a change of leader
		{"083", true, "123"},
		{"154", true, "120"}, // refusing to deploy troops rejects a request
		{"190", true, "190"}, // refusing force is no rejection code
	}
	for _, tt := range tests {
		if got := recode(tt.code, tt.refused, false); got != tt.want {
			t.Errorf("recode(%s, %v) = %s, want %s", tt.code, tt.refused, got, tt.want)
		}
	}
}

func TestIntend(t *testing.T) {
	for code, want := range map[string]string{"060": "031", "072": "0332", "190": "138", "112": "112"} {
		if got := recode(code, false, true); got != want {
			t.Errorf("recode(%s, sought) = %s, want %s", code, got, want)
		}
	}
}

func TestPloverType(t *testing.T) {
	tests := []struct{ typ, modality, want string }{
		{"AID", "asserted", "AID"},
		{"AID", "future", "AGREE"},
		{"ASSAULT", "intended", "THREATEN"},
		{"ASSAULT", "possible", "ASSAULT"},
		{"SANCTION", "hypothetical", "THREATEN"},
		{"AID", "hypothetical", "AID"},
		{"ACCUSE", "future", "ACCUSE"},
	}
	for _, tt := range tests {
		if got := ploverType(tt.typ, tt.modality); got != tt.want {
			t.Errorf("ploverType(%s, %s) = %s, want %s", tt.typ, tt.modality, got, tt.want)
		}
	}
}
