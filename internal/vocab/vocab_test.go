package vocab

import (
	"bytes"
	"compress/gzip"
	"testing"
)

func TestDefault(t *testing.T) {
	v, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word string
		want Class
	}{
		{"officials", Noun}, {"said", Verb}, {"the", Det}, {"responding", Verb}, {"military", Adj},
	}
	for _, tt := range tests {
		if v.Classes(tt.word)&tt.want == 0 {
			t.Errorf("Classes(%q) = %b, want bit %b", tt.word, v.Classes(tt.word), tt.want)
		}
	}
	for _, name := range []string{"kirby", "putin", "latakia"} {
		if v.Common(name) {
			t.Errorf("Common(%q) = true, want a name to be uncommon", name)
		}
	}
}

func TestParseErrors(t *testing.T) {
	gz := func(s string) []byte {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.Bytes()
	}
	for _, in := range [][]byte{[]byte("not gzip"), gz("word-without-tab\n"), gz("word\tx\n")} {
		if _, err := Parse(in); err == nil {
			t.Errorf("Parse(%q) succeeded, want an error", in)
		}
	}
}
