package phoenix

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseActors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Actor
	}{{
		name: "inline code and synonyms",
		in:   "RUSSIAN_FEDERATION_  [RUS]\n+RUSSIA_ \n+MOSCOW_ # capital\n",
		want: []Actor{{Names: []string{"RUSSIAN FEDERATION", "RUSSIA", "MOSCOW"}, Codes: []Code{{Code: "RUS"}}, Comment: "capital", Line: 1}},
	}, {
		name: "a synonym's comment when the base line has none",
		in:   "MUAMMAR_GADDAFI_ \n+MUAMMAR_QADHAFI_  # CountryInfo.txt\n\t[LBYGOV]\n",
		want: []Actor{{Names: []string{"MUAMMAR GADDAFI", "MUAMMAR QADHAFI"}, Codes: []Code{{Code: "LBYGOV"}}, Comment: "CountryInfo.txt", Line: 1}},
	}, {
		name: "dated codes",
		in:   "VLADIMIR_PUTIN_  # CountryInfo.txt\n+PUTIN_\n\t[RUSELI 700101-990809]\n\t[RUSGOV >080508]\n\t[RUSELI]\n",
		want: []Actor{{Names: []string{"VLADIMIR PUTIN", "PUTIN"}, Comment: "CountryInfo.txt", Line: 1, Codes: []Code{
			{Code: "RUSELI", From: "1970-01-01", To: "1999-08-09"}, {Code: "RUSGOV", From: "2008-05-08"}, {Code: "RUSELI"}}}},
	}, {
		name: "variant without plus joins a codeless actor",
		in:   "LEONID_BREZHNEV_\nLEONID_ILYICH_BREZHNEV\n\t[RUSGOV 19641014-821110]\n",
		want: []Actor{{Names: []string{"LEONID BREZHNEV", "LEONID ILYICH BREZHNEV"}, Line: 1,
			Codes: []Code{{Code: "RUSGOV", From: "1964-10-14", To: "1982-11-10"}}}},
	}, {
		name: "a blank line separates codeless actors",
		in:   "U.N._\n\nUN_SECRETARY_GENERAL\n+UNSG\n\t[IGOUNO]\n",
		want: []Actor{{Names: []string{"U.N."}, Line: 1},
			{Names: []string{"UN SECRETARY GENERAL", "UNSG"}, Codes: []Code{{Code: "IGOUNO"}}, Line: 3}},
	}, {
		name: "several inline codes, until-dates and junk",
		in:   "ANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID <050501]# note\nX_ [---]\nY_ [SYROPP > 20120101] [KOR 2004017-1920030320]\n",
		want: []Actor{
			{Names: []string{"ANN VENEMAN"}, Comment: "note", Line: 1, Codes: []Code{
				{Code: "USAGOV", From: "2001-01-20", To: "2005-01-20"}, {Code: "IGOUNOKID", To: "2005-05-01"}}},
			{Names: []string{"X"}, Line: 2},
			{Names: []string{"Y"}, Line: 3, Codes: []Code{{Code: "SYROPP", From: "2012-01-01"}, {Code: "KOR"}}},
		},
	}, {
		name: "codes before any actor are ignored",
		in:   "\t[ABC]\n+SYN\n",
		want: nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseActors(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestDate(t *testing.T) {
	tests := map[string]string{
		"080508": "2008-05-08", "301231": "2030-12-31", "310101": "1931-01-01", "19411207": "1941-12-07",
		"2004017": "", "991301": "", "abcdef": "", "": "", "20120230": "2012-02-30",
	}
	for in, want := range tests {
		if got := Date(in); got != want {
			t.Errorf("Date(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseAgents(t *testing.T) {
	in := `# header
!MINIST! = MINISTER, MINISTRY
FOREIGN_!MINIST! [~GOV]
TROOP [~MIL] # ab 22 Aug 2005
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
HUMAN_RIGHTS_BODY  [NGO~]
NO_CODE_HERE
`
	want := []Agent{
		{Phrase: "FOREIGN MINISTER", PluralGiven: true, Code: "GOV"},
		{Phrase: "FOREIGN MINISTRY", PluralGiven: true, Code: "GOV"},
		{Phrase: "TROOP", Code: "MIL"},
		{Phrase: "POLICE", PluralGiven: true, Code: "COP"},
		{Phrase: "ATTORNEY GENERAL", Plural: "ATTORNEYS GENERAL", PluralGiven: true, Code: "GOVATG"},
		{Phrase: "HUMAN RIGHTS BODY", Code: "NGO", Prefix: true},
	}
	got, err := ParseAgents(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}
