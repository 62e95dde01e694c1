package signal

import (
	"strings"

	"sitrep/internal/text"
)

// agencyForms maps each news agency, by the name the report uses, to the
// ways texts write it. A form marked with '~' is also a common word, name
// or abbreviation ("PA", "Petra"): it counts only in a credit "(PA) -" or
// next to "news agency". Forms in capitals match only in capitals.
var agencyForms = map[string][]string{
	"Reuters":                     {"Reuters", "Thomson Reuters"},
	"Associated Press":            {"Associated Press", "AP"},
	"Agence France-Presse":        {"AFP", "Agence France-Presse", "Agence France Presse", "France-Presse"},
	"Deutsche Presse-Agentur":     {"dpa", "DPA", "Deutsche Presse-Agentur"},
	"Xinhua":                      {"Xinhua", "Xinhua News Agency"},
	"TASS":                        {"TASS", "Tass", "ITAR-TASS"},
	"RIA Novosti":                 {"RIA Novosti", "RIA"},
	"Interfax":                    {"Interfax", "Interfax-Ukraine"},
	"Anadolu Agency":              {"Anadolu", "Anadolu Agency"},
	"Kyodo News":                  {"Kyodo", "Kyodo News"},
	"Yonhap":                      {"Yonhap"},
	"Jiji Press":                  {"Jiji", "Jiji Press"},
	"ANSA":                        {"ANSA"},
	"EFE":                         {"EFE"},
	"Europa Press":                {"Europa Press"},
	"Bloomberg":                   {"Bloomberg", "Bloomberg News"},
	"United Press International":  {"UPI", "United Press International"},
	"Press Trust of India":        {"PTI", "Press Trust of India"},
	"Asian News International":    {"~ANI", "Asian News International"},
	"Bernama":                     {"Bernama"},
	"Antara":                      {"~Antara"},
	"IRNA":                        {"IRNA"},
	"Fars":                        {"~Fars"},
	"Tasnim":                      {"Tasnim"},
	"Mehr":                        {"~Mehr"},
	"ISNA":                        {"ISNA"},
	"SANA":                        {"SANA"},
	"KCNA":                        {"KCNA", "Korean Central News Agency"},
	"WAFA":                        {"WAFA", "~Wafa"},
	"Ukrinform":                   {"Ukrinform"},
	"UNIAN":                       {"UNIAN"},
	"Sputnik":                     {"~Sputnik"},
	"PA Media":                    {"PA Media", "Press Association", "~PA"},
	"Australian Associated Press": {"AAP", "Australian Associated Press"},
	"The Canadian Press":          {"Canadian Press", "~CP"},
	"Saudi Press Agency":          {"Saudi Press Agency", "~SPA"},
	"Emirates News Agency":        {"Emirates News Agency", "~WAM"},
	"Qatar News Agency":           {"Qatar News Agency", "QNA"},
	"Kuwait News Agency":          {"Kuwait News Agency", "KUNA"},
	"Middle East News Agency":     {"Middle East News Agency", "~MENA"},
	"National News Agency":        {"~National News Agency", "~NNA"},
	"Petra":                       {"~Petra"},
	"Lusa":                        {"Lusa"},
	"Agência Brasil":              {"Agência Brasil", "Agencia Brasil"},
	"Prensa Latina":               {"Prensa Latina"},
	"Polish Press Agency":         {"Polish Press Agency", "~PAP"},
	"Czech News Agency":           {"Czech News Agency", "CTK"},
	"Vietnam News Agency":         {"Vietnam News Agency", "~VNA"},
	"Philippine News Agency":      {"Philippine News Agency", "~PNA"},
	"Ethiopian News Agency":       {"Ethiopian News Agency", "~ENA"},
	"Kenya News Agency":           {"Kenya News Agency", "~KNA"},
	"News Agency of Nigeria":      {"News Agency of Nigeria", "~NAN"},
	"Algeria Press Service":       {"Algeria Press Service", "~APS"},
	"Maghreb Arabe Presse":        {"Maghreb Arabe Presse", "~MAP"},
	"Tunis Afrique Presse":        {"Tunis Afrique Presse", "~TAP"},
}

// agencyForm is one way of writing an agency.
type agencyForm struct {
	name    string // the agency
	surface string // as written
	folded  string // folded
	words   int
	weak    bool // needs a credit or "news agency"
	caps    bool // an abbreviation: matches only as written
}

// agencyByForm indexes the forms by their folded text, agencyHeads by their
// first word as written and in capitals ("Reuters", "REUTERS").
var agencyByForm, agencyHeads = func() (map[string]agencyForm, map[string][]agencyForm) {
	byForm := map[string]agencyForm{}
	heads := map[string][]agencyForm{}
	for name, forms := range agencyForms {
		for _, f := range forms {
			weak := strings.HasPrefix(f, "~")
			f = strings.TrimPrefix(f, "~")
			af := agencyForm{name: name, surface: f, folded: text.Fold(f), words: len(strings.Fields(f)), weak: weak,
				caps: f == strings.ToUpper(f)}
			byForm[af.folded] = af
			head, _, _ := strings.Cut(f, " ")
			heads[head] = append(heads[head], af)
			if up := strings.ToUpper(head); up != head {
				heads[up] = append(heads[up], af)
			}
		}
	}
	return byForm, heads
}()

// agencyHeadFilter passes the first words of the agency forms and few
// other words.
var agencyHeadFilter = filterOf(agencyHeads)

// agencyAt returns the agency form that starts at token i, longest first.
func agencyAt(d *text.Doc, i int) (agencyForm, bool) {
	t := d.Tokens[i]
	if t.Kind != text.Word || !agencyHeadFilter.mayHold(d.Word(i)) {
		return agencyForm{}, false
	}
	var best agencyForm
	found := false
	var buf keyBuf
	for _, f := range agencyHeads[d.Word(i)] {
		j := i + f.words
		if j > len(d.Tokens) || found && f.words <= best.words {
			continue
		}
		surface := d.Text[t.Start:d.Tokens[j-1].End]
		if f.caps && surface != f.surface || !f.caps && string(appendFold(buf[:0], surface)) != f.folded {
			continue
		}
		best, found = f, true
	}
	return best, found
}
