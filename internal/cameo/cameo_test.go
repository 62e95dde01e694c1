package cameo

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// testDict is a small dictionary in PETRARCH's format, written for these
// tests.
const testDict = `
####### SYNONYM SETS #######
&ARMY
+TROOPS
+ARMED_FORCES
+CASH_

####### VERB PATTERNS #######
---  SEND   [---]  ---
SEND {SENDS SENDING SENT }
DISPATCH
- * &ARMY (TO +)                  [154]   # a comment
- $ * {PEACE ENVOY}               [042:043]
- * (TO BORDER) ) broken          [150]
- * (WITH)                        [130]   # DISPATCH , SEND
- * &ARMY                         [154]   # ab 18 Nov 2005
---  CALL   [020]  ---
+CALL_OFF [160]
CALL
- * (FOR TALKS)                   [:036]
`

func TestParseVerbs(t *testing.T) {
	d, err := ParseVerbs(strings.NewReader(testDict))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Blocks) != 2 || len(d.Blocks[0].Patterns) != 4 || len(d.Rejected) != 1 {
		t.Fatalf("blocks %d, send patterns %d, rejected %v", len(d.Blocks), len(d.Blocks[0].Patterns), d.Rejected)
	}
	tests := []struct {
		form  string
		verbs []string
	}{
		{"send", []string{"send"}},
		{"sent", []string{"send"}},
		{"sending", []string{"send"}},
		{"dispatched", []string{"dispatch"}},
		{"dispatches", []string{"dispatch"}},
		{"calls", []string{"call off", "call"}},
		{"sand", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, v := range d.Verbs(tt.form) {
			got = append(got, strings.Join(v.Words, " "))
		}
		if !reflect.DeepEqual(got, tt.verbs) {
			t.Errorf("Verbs(%q) = %v, want %v", tt.form, got, tt.verbs)
		}
	}
	p := d.Blocks[0].Patterns[0]
	want := []Elem{{Kind: KindSynset, Name: "army"}, {Kind: KindTarget, Prep: "to"}}
	if !reflect.DeepEqual(p.After, want) || p.Code != (Code{Fwd: "154"}) {
		t.Errorf("pattern %q = %+v %v", p.Text, p.After, p.Code)
	}
	p = d.Blocks[0].Patterns[1]
	if p.Before[0].Kind != KindSource || !reflect.DeepEqual(p.After[0].Words, []string{"peace", "envoy"}) ||
		p.Code != (Code{Fwd: "042", Rev: "043"}) {
		t.Errorf("pattern %q = %+v %+v %v", p.Text, p.Before, p.After, p.Code)
	}
	// A comment that names verbs of the block restricts the pattern to
	// them; one that names none restricts nothing.
	for i, want := range [][]string{nil, nil, {"dispatch", "send"}, nil} {
		if got := d.Blocks[0].Patterns[i].For; !reflect.DeepEqual(got, want) {
			t.Errorf("pattern %q serves %q, want %q", d.Blocks[0].Patterns[i].Text, got, want)
		}
	}
	send, call := d.Blocks[0].Verbs[0], d.Blocks[1].Verbs[0]
	if p := d.Blocks[0].Patterns[2]; !p.Serves(send) || p.Serves(call) || !d.Blocks[0].Patterns[0].Serves(call) {
		t.Error("Serves wrong")
	}
	if c := d.Blocks[1].Patterns[0].Code; c != (Code{Rev: "036"}) {
		t.Errorf("reverse-only code = %+v", c)
	}
	if !d.Exact("cash") || d.Exact("troops") {
		t.Error("exact synset words wrong")
	}
	if got := d.Members("army", "armed"); len(got) != 1 || len(got[0]) != 2 {
		t.Errorf("Members(army, armed) = %v", got)
	}
}

func TestParseCode(t *testing.T) {
	tests := []struct {
		in   string
		want Code
		err  bool
	}{
		{"072", Code{Fwd: "072"}, false},
		{"072:086", Code{Fwd: "072", Rev: "086"}, false},
		{":173", Code{Rev: "173"}, false},
		{"---", Code{}, false},
		{"0874", Code{Fwd: "0874"}, false},
		{"080!", Code{}, true},
		{"12345", Code{}, true},
	}
	for _, tt := range tests {
		got, err := ParseCode(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("ParseCode(%q) = %+v, %v", tt.in, got, err)
		}
	}
}

// TestCompactRoundTrip checks that the compact form keeps everything the
// coder reads.
func TestCompactRoundTrip(t *testing.T) {
	d, err := ParseVerbs(strings.NewReader(testDict))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteCompact(&buf, d); err != nil {
		t.Fatal(err)
	}
	back, err := ReadCompact(&buf)
	if err != nil {
		t.Fatal(err)
	}
	back.Rejected = d.Rejected
	for i := range d.Blocks {
		for _, v := range d.Blocks[i].Verbs {
			v.Block = nil
		}
		for _, v := range back.Blocks[i].Verbs {
			v.Block = nil
		}
	}
	if !reflect.DeepEqual(d, back) {
		t.Errorf("round trip differs:\n%+v\n%+v", d, back)
	}
}

func TestCodes(t *testing.T) {
	c, err := DefaultCodes()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		code, plover string
		quad         int
		goldstein    float64
	}{
		{"072", "AID", 2, 8.3},
		{"0874", "RETREAT", 2, 10},
		{"195", "ASSAULT", 4, -10},
		{"112", "ACCUSE", 3, -2},
		{"1214", "REJECT", 3, -4}, // scored by its parent
		{"010", "", 1, 0},
	}
	for _, tt := range tests {
		in, _ := c.Lookup(tt.code)
		if in.PLOVER != tt.plover || QuadClass(tt.code) != tt.quad || in.Goldstein != tt.goldstein {
			t.Errorf("%s: %+v quad %d", tt.code, in, QuadClass(tt.code))
		}
	}
	if Root("0874") != "08" || Base("0874") != "087" || Base("08") != "08" {
		t.Error("Root or Base wrong")
	}
}

func TestDefault(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, b := range d.Blocks {
		n += len(b.Patterns)
	}
	if len(d.Blocks) != 440 || n < 4600 {
		t.Errorf("embedded dictionary has %d blocks and %d patterns", len(d.Blocks), n)
	}
	// The project's own verbs are read after the generated ones.
	for form, code := range map[string]string{"urged": "020", "initialled": "057", "retook": "192", "neutralised": "190"} {
		if vs := d.Verbs(form); len(vs) != 1 || vs[0].Block.Code.Fwd != code {
			t.Errorf("%s: verbs %v, want one of block code %s", form, vs, code)
		}
	}
}

// TestRealDictionary reads the PETRARCH dictionaries themselves, when
// ../shared is there, and checks what the generator drops.
func TestRealDictionary(t *testing.T) {
	dir := "../../../shared/data/event-coding/petrarch2/dictionaries"
	for _, name := range []string{"CAMEO.2.0.txt", "PETR.Validate.verbs.txt"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Skipf("../shared/data not found: %v", err)
		}
		d, err := ParseVerbs(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(d.Rejected) > 10 {
			t.Errorf("%s: %d patterns rejected: %v", name, len(d.Rejected), d.Rejected)
		}
	}
}

func FuzzParseVerbs(f *testing.F) {
	f.Add(testDict)
	f.Add("--- X [---] ---\nX\n- * ((A B) [01]\n")
	f.Add("&S\n+A_\n+&S\n--- Y [9] ---\n+A_+B {C_D}\n- {A * [1:2]\n")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseVerbs(strings.NewReader(s))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteCompact(&buf, d); err != nil {
			t.Fatal(err)
		}
		for _, b := range d.Blocks {
			for _, v := range b.Verbs {
				_ = d.Verbs(v.Words[v.Head])
			}
		}
	})
}

func TestParseActors(t *testing.T) {
	const dict = `<!-- test actors, written for sitrep -->
ARNOR_ [ARN]
+ARNORIAN
GONDOR  # no code here: it follows
	[GON <950101]
	[GONREB >950101]
HIGH_COUNCIL_OF_ROHAN [ROHGOV]
`
	a, err := ParseActors(strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	tests := []struct {
		key, day, want string
		ok             bool
	}{
		{"arnor", "2000-01-01", "ARN", true},
		{"arnorian", "2000-01-01", "ARN", true},
		{"gondor", "1990-01-01", "GON", true},
		{"gondor", "1999-01-01", "GONREB", true},
		{"high council of rohan", "2000-01-01", "ROHGOV", true},
		{"mordor", "2000-01-01", "", false},
	}
	for _, tt := range tests {
		got, ok := a.Code(tt.key, day(tt.day))
		if got != tt.want || ok != tt.ok {
			t.Errorf("Code(%q, %s) = %q, %v", tt.key, tt.day, got, ok)
		}
	}
	if a.MaxWords() != 4 {
		t.Errorf("MaxWords = %d", a.MaxWords())
	}
}

func TestParseAgents(t *testing.T) {
	const dict = `!PERSON! = MAN, WOMAN
FOREIGN_MINISTER [~GOVFRM]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
CONGRESS!PERSON! [~LEG]
`
	got, err := ParseAgents(strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{"foreign minister": "GOVFRM", "foreign ministers": "GOVFRM",
		"attorneys general": "GOV", "congressman": "LEG", "congresswoman": "LEG"} {
		if got[k] != want {
			t.Errorf("agent %q = %q, want %q (all: %v)", k, got[k], want, got)
		}
	}
}
