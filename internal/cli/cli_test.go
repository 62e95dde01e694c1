package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const example = "../../examples/korea-missile-launch.txt"

func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestRunExitCodes(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	binary := write("x.bin", append([]byte("%PDF-1.4\n"), make([]byte, 64)...))
	empty := write("empty.txt", []byte("   \n\n"))
	french := write("fr.txt", []byte(strings.Repeat("Le gouvernement a annoncé mardi que les troupes resteront dans la région pendant plusieurs mois encore, selon le ministre. ", 5)))
	tests := []struct {
		name    string
		args    []string
		stdin   string
		code    int
		stderr  string
		stdouts string
	}{
		{"no args", nil, "", ExitUsage, "", "usage"},
		{"help", []string{"help"}, "", ExitOK, "", "usage"},
		{"unknown verb", []string{"frobnicate"}, "", ExitUsage, "unknown verb", ""},
		{"read no file", []string{"read"}, "", ExitUsage, "want exactly one", ""},
		{"read missing", []string{"read", filepath.Join(dir, "nope.txt")}, "", ExitBadInput, "nope.txt", ""},
		{"read binary", []string{"read", binary}, "", ExitBadInput, "PDF", ""},
		{"read empty", []string{"read", empty}, "", ExitBadInput, "empty", ""},
		{"read french", []string{"read", french}, "", ExitBadInput, "English", ""},
		{"bad format", []string{"read", "--format", "xml", example}, "", ExitUsage, "format", ""},
		{"bad date", []string{"read", "--published", "15/09/2015", example}, "", ExitUsage, "YYYY-MM-DD", ""},
		{"too large", []string{"read", "--max-bytes", "100", example}, "", ExitBadInput, "large", ""},
		{"private url", []string{"read", "http://127.0.0.1:1/x"}, "", ExitBadInput, "private", ""},
		{"read example", []string{"read", example}, "", ExitOK, "", "ACTORS"},
		{"read greedy", []string{"read", "--beam", "1", example}, "", ExitOK, "", "EVENTS"},
		{"bad beam", []string{"read", "--beam", "x", example}, "", ExitUsage, "beam", ""},
		{"read stdin", []string{"read", "-"}, "Rebels attack town in Mali\n\nRebels attacked the town of Gao in Mali on Tuesday, the army said in a statement. The government said it would send troops to the region.", ExitOK, "", "Gao"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, tt.stdin, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr: %s", code, tt.code, errs)
			}
			if !strings.Contains(strings.ToLower(errs), strings.ToLower(tt.stderr)) {
				t.Errorf("stderr %q does not mention %q", errs, tt.stderr)
			}
			if !strings.Contains(out, tt.stdouts) {
				t.Errorf("stdout does not contain %q:\n%s", tt.stdouts, out)
			}
			if tt.code != ExitOK && strings.Count(strings.TrimSpace(errs), "\n") > 0 && tt.code != ExitUsage {
				t.Errorf("error is not one line: %q", errs)
			}
		})
	}
}

func TestReadFormats(t *testing.T) {
	for _, f := range []string{"json", "geojson", "md", "text"} {
		t.Run(f, func(t *testing.T) {
			code, out, errs := run(t, "", "read", "--format", f, "--published", "2025-03-04", example)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			switch f {
			case "json", "geojson":
				var v map[string]any
				if err := json.Unmarshal([]byte(out), &v); err != nil {
					t.Fatalf("invalid JSON: %v", err)
				}
				if f == "json" && v["offsets"] != "bytes" {
					t.Errorf("offsets = %v, want bytes", v["offsets"])
				}
				if f == "geojson" && v["type"] != "FeatureCollection" {
					t.Errorf("type = %v", v["type"])
				}
			case "md":
				if !strings.Contains(out, "## Actors") {
					t.Errorf("markdown lacks the actor table:\n%s", out)
				}
			}
		})
	}
}
