package signal

import (
	"strings"
	"testing"

	"sitrep/internal/text"
)

// prose is a paragraph of ordinary news prose that no rule may take.
const prose = "Officials said on Monday that the talks had ended without a deal, and that both sides would meet again next month to discuss the remaining issues."

func TestDebris(t *testing.T) {
	x := testDetector(t)
	tests := []struct {
		name   string
		debris string // a paragraph, or a phrase inside the prose paragraph when inline
		inline bool
		cat    string
	}{
		{"read more", "Read more: Floods cut off villages in the north", false, DebrisReadMore},
		{"related", "RELATED: What we know about the ceasefire", false, DebrisReadMore},
		{"click here inline", "Click here to watch the video.", true, DebrisReadMore},
		{"share this", "Share this article", false, DebrisShare},
		{"share bar", "Facebook Twitter WhatsApp Email", false, DebrisShare},
		{"share bar with pipes", "Share | Facebook | X | LinkedIn | Copy link", false, DebrisShare},
		{"photo caption inline", "(Photo: Jane Doe/Reuters)", true, DebrisCaption},
		{"file photo", "File photo: Soldiers stand guard outside the ministry", false, DebrisCaption},
		{"agency photo credit", "Smoke rises over the port after the strike. REUTERS/John Roe", false, DebrisCaption},
		{"AP photo", "A man walks past a damaged building (AP Photo/Jane Doe)", false, DebrisCaption},
		{"byline", "By Jane Doe, Reuters", false, DebrisByline},
		{"byline of two", "By JANE DOE and JOHN ROE", false, DebrisByline},
		{"advertisement", "Advertisement", false, DebrisAd},
		{"story continues", "Story continues below advertisement", false, DebrisAd},
		{"newsletter", "Sign up for our daily newsletter to get the latest news in your inbox.", false, DebrisNewsletter},
		{"newsletter inside", "Get our free newsletter: subscribe here", false, DebrisNewsletter},
		{"reporting credits", "Reporting by Jane Doe; Editing by John Roe", false, DebrisCredit},
		{"agency credit line", "- AFP", false, DebrisCredit},
		{"follow us", "Follow us on Twitter and Facebook for the latest updates", false, DebrisFurniture},
		{"copyright", "© 2024 Example News Ltd. All rights reserved.", false, DebrisFurniture},
		{"copyright sign", "Copyright © 2024 Example News", false, DebrisFurniture},
	}
	for _, tt := range tests {
		in := "Talks end without a deal\n\n" + prose + "\n\n" + tt.debris + "\n\n" + prose
		if tt.inline {
			in = "Talks end without a deal\n\n" + prose + " " + tt.debris + "\n\n" + prose
		}
		r := x.Analyze(text.New(in), Meta{})
		start := strings.Index(in, tt.debris)
		if !covered(r.Debris, start, start+len(tt.debris)) {
			t.Errorf("%s: %q not in the debris %v", tt.name, tt.debris, r.Debris)
		}
		if !hasSignal(r, KindDebris, tt.cat) {
			t.Errorf("%s: no %q debris signal in %v", tt.name, tt.cat, r.Signals)
		}
		if p := strings.Index(in, prose); covered(r.Debris, p, p+10) {
			t.Errorf("%s: the prose was taken as debris", tt.name)
		}
	}
}

func TestDebrisLeavesProse(t *testing.T) {
	x := testDetector(t)
	for _, p := range []string{
		"By the end of the week, officials said, the road would reopen.",
		"Share prices rose 3% on Monday as investors welcomed the deal.",
		"The photo showed soldiers standing by a damaged tank near the border.",
		"Read the full statement, the ministry urged journalists on Tuesday.",
		"Advertisements for the rally appeared across the city on Sunday morning, police said.",
		"The ad campaign cost more than $2 million, the party said in a statement on Friday.",
		"Advertising revenue fell 5%.",
		"Copyright lawsuits rose sharply last year, lawyers said.",
	} {
		r := x.Analyze(text.New("Title of the story\n\n"+p+"\n\n"+prose), Meta{})
		if len(r.Debris) > 0 {
			t.Errorf("%q taken as debris: %v", p, r.Debris)
		}
	}
}

func TestRepeatedHeadline(t *testing.T) {
	x := testDetector(t)
	tests := []struct {
		name string
		in   string
		meta Meta
	}{
		{"plain text", "Floods hit the north\n\n" + prose + "\n\nFloods hit the north", Meta{}},
		{"page title repeated in the body", prose + "\n\n" + prose + "\n\nFloods hit the north", Meta{Title: "Floods hit the north"}},
	}
	for _, tt := range tests {
		r := x.Analyze(text.New(tt.in), tt.meta)
		at := strings.LastIndex(tt.in, "Floods")
		if !hasSignal(r, KindRepeatedHeadline, "") || !covered(r.Debris, at, len(tt.in)) {
			t.Errorf("%s: repeat not reported: %v %v", tt.name, r.Signals, r.Debris)
		}
	}
}

func covered(spans []text.Span, start, end int) bool {
	for _, s := range spans {
		if s.Start <= start && end <= s.End {
			return true
		}
	}
	return false
}

// hasSignal reports whether r has a signal of kind whose detail starts
// with prefix.
func hasSignal(r Report, kind, prefix string) bool {
	for _, s := range r.Signals {
		if s.Kind == kind && strings.HasPrefix(s.Detail, prefix) {
			return true
		}
	}
	return false
}
