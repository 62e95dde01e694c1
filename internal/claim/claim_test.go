package claim_test

import (
	"context"
	"log/slog"
	"strings"
	"testing"

	"sitrep/internal/article"
	"sitrep/internal/pipeline"
	"sitrep/internal/report"
)

func board(t *testing.T, s string) []report.Claim {
	t.Helper()
	p, err := pipeline.New(slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := p.Read(context.Background(), &article.Article{Text: s}, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc.Claims
}

func holders(c report.Claim, stance string) string {
	var out []string
	for _, s := range c.Stances {
		if s.Stance == stance {
			out = append(out, s.HolderName)
		}
	}
	return strings.Join(out, "; ")
}

func TestBoard(t *testing.T) {
	s := "Troops cross border\n\n" +
		"Ukraine's military said on Tuesday that Belarusian troops had moved tanks into Ukraine near Chernihiv.\n\n" +
		"Belarusian Defence Minister Viktor Khrenin confirmed that his country had sent armoured units to the border.\n\n" +
		"Russia denied that Belarusian soldiers were present in Ukraine.\n\n" +
		"The talks in Geneva will resume next week, officials said."
	claims := board(t, s)
	if len(claims) == 0 {
		t.Fatal("no claims")
	}
	c := claims[0]
	if c.Topic != "military_presence" || !strings.Contains(c.Key, "BLR") || !strings.Contains(c.Key, "UKR") {
		t.Errorf("claim key = %q topic %q", c.Key, c.Topic)
	}
	if got := holders(c, report.StanceAsserts); !strings.Contains(got, "Ukraine") {
		t.Errorf("asserted by %q, want Ukraine", got)
	}
	if got := holders(c, report.StanceConfirms); !strings.Contains(got, "Viktor Khrenin") {
		t.Errorf("confirmed by %q, want Viktor Khrenin", got)
	}
	if got := holders(c, report.StanceDenies); !strings.Contains(got, "Russia") {
		t.Errorf("denied by %q, want Russia", got)
	}
	for _, c := range claims {
		if c.Topic == "military_presence" && strings.Contains(holders(c, report.StanceAsserts), "officials") {
			t.Errorf("the talks statement joined the military claim: %+v", c)
		}
	}
}

func TestNoTopicNoClaim(t *testing.T) {
	if cs := board(t, "Weather\n\nThe minister said the weather was fine and the harvest good."); len(cs) != 0 {
		t.Errorf("claims from a statement without a topic: %+v", cs)
	}
}
