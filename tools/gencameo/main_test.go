package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestPloverLine(t *testing.T) {
	in, ok := ploverLine("0312: AGREE,  ,   military # Express intent to cooperate militarily")
	if !ok || in.Code != "0312" || in.PLOVER != "AGREE" || in.Mode != "" ||
		!reflect.DeepEqual(in.Context, []string{"military"}) || in.Name != "Express intent to cooperate militarily" {
		t.Errorf("ploverLine = %+v, %v", in, ok)
	}
	in, ok = ploverLine("094: ACCUSE, investigate, military; legal # Investigate war crimes")
	if !ok || in.Mode != "investigate" || !reflect.DeepEqual(in.Context, []string{"military", "legal"}) {
		t.Errorf("ploverLine = %+v", in)
	}
	for _, bad := range []string{"# 03: AGREE", "", "PLOVER manual: draft"} {
		if _, ok := ploverLine(bad); ok {
			t.Errorf("ploverLine(%q) accepted", bad)
		}
	}
}

func TestScore(t *testing.T) {
	scores := map[string]string{"12": "-4.0", "121": "-4.0", "1211": "-4.0"}
	if g, ok := score(scores, "1214"); !ok || g != -4 {
		t.Errorf("score(1214) = %v, %v; want the parent's -4", g, ok)
	}
	if _, ok := score(scores, "07"); ok {
		t.Error("score(07) found a score that is not there")
	}
}

// TestReproducible regenerates the tables into a temporary folder and
// compares them with the committed ones.
func TestReproducible(t *testing.T) {
	shared := "../../../shared/data/event-coding"
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("../shared/data not found: %v", err)
	}
	out := t.TempDir()
	t.Chdir(filepath.Join("..", ".."))
	if err := run(filepath.Join("..", "shared", "data", "event-coding"), out); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"verbs.tsv.gz", "codes.tsv"} {
		got, _ := os.ReadFile(filepath.Join(out, name))
		want, _ := os.ReadFile(filepath.Join("internal", "cameo", "data", name))
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the committed file: run go run ./tools/gencameo", name)
		}
	}
}
