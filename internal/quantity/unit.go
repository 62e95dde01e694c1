package quantity

import "strings"

// Unit classes.
const (
	ClassPercent     = "percent"
	ClassCurrency    = "currency"
	ClassLength      = "length"
	ClassMass        = "mass"
	ClassTime        = "time"
	ClassAge         = "age"
	ClassSpeed       = "speed"
	ClassArea        = "area"
	ClassVolume      = "volume"
	ClassEnergy      = "energy"
	ClassPower       = "power"
	ClassData        = "data"
	ClassFrequency   = "frequency"
	ClassTemperature = "temperature"
	ClassCount       = "count"
	ClassPeople      = "people"
	// ClassFraction is a share of a whole: "a third of", "half the",
	// "1/2". Its unit is "fraction" unless a unit follows ("1/2 pound").
	ClassFraction = "fraction"
)

// unit is a canonical unit: its name is singular, British-spelled and
// lower case ("kilometre", "metric ton", "percentage"), the convention of
// the NewsQuant gold set, so that the evaluation compares names as they are.
type unit struct {
	name, class string
}

// unitNames lists, per canonical unit, the folded ways news writes it after
// a number. Plurals are listed; "m" alone is ambiguous and only counts as
// metres when it follows the digits as a separate word.
var unitNames = map[unit]string{
	{"percentage", ClassPercent}:               "% | percent | per cent | pct | pc | percentage",
	{"percentage point", ClassPercent}:         "percentage point | percentage points | points percentage",
	{"basis point", ClassPercent}:              "basis point | basis points | bps | bp",
	{"dollar", ClassCurrency}:                  "dollar | dollars | us dollars | us dollar | american dollars | usd",
	{"australian dollar", ClassCurrency}:       "australian dollar | australian dollars | aud",
	{"canadian dollar", ClassCurrency}:         "canadian dollar | canadian dollars | cad",
	{"hong kong dollar", ClassCurrency}:        "hong kong dollar | hong kong dollars | hkd",
	{"new zealand dollar", ClassCurrency}:      "new zealand dollar | new zealand dollars | nzd",
	{"singapore dollar", ClassCurrency}:        "singapore dollar | singapore dollars | sgd",
	{"new taiwan dollar", ClassCurrency}:       "taiwan dollars | new taiwan dollars | twd",
	{"euro", ClassCurrency}:                    "euro | euros | eur",
	{"pound sterling", ClassCurrency}:          "pound sterling | pounds sterling | sterling | british pounds | gbp",
	{"japanese yen", ClassCurrency}:            "yen | japanese yen | jpy",
	{"chinese yuan", ClassCurrency}:            "yuan | chinese yuan | renminbi | rmb | cny",
	{"indian rupee", ClassCurrency}:            "rupee | rupees | indian rupees | inr",
	{"pakistani rupee", ClassCurrency}:         "pakistani rupees | pkr",
	{"russian ruble", ClassCurrency}:           "rouble | roubles | ruble | rubles | russian rubles | rub",
	{"ukrainian hryvnia", ClassCurrency}:       "hryvnia | hryvnias | hryvnias | uah",
	{"shekel", ClassCurrency}:                  "shekel | shekels | new shekels | nis | ils",
	{"malaysian ringgit", ClassCurrency}:       "ringgit | myr",
	{"turkish lira", ClassCurrency}:            "lira | liras | turkish lira",
	{"saudi riyal", ClassCurrency}:             "riyal | riyals | saudi riyals | sar",
	{"uae dirham", ClassCurrency}:              "dirham | dirhams | aed",
	{"south african rand", ClassCurrency}:      "rand | zar",
	{"brazilian real", ClassCurrency}:          "reais | brl",
	{"mexican peso", ClassCurrency}:            "mexican pesos | mxn",
	{"philippine peso", ClassCurrency}:         "philippine pesos | php",
	{"peso", ClassCurrency}:                    "peso | pesos",
	{"nigerian naira", ClassCurrency}:          "naira | ngn",
	{"egyptian pound", ClassCurrency}:          "egyptian pounds | egp",
	{"iranian rial", ClassCurrency}:            "rial | rials | iranian rials | irr",
	{"dinar", ClassCurrency}:                   "dinar | dinars",
	{"swiss franc", ClassCurrency}:             "franc | francs | swiss francs | chf",
	{"swedish krona", ClassCurrency}:           "krona | kronor | swedish crowns | sek",
	{"danish krone", ClassCurrency}:            "danish krone | danish kroner | danish crowns | dkk",
	{"czech koruna", ClassCurrency}:            "koruna | korunas | czech crowns | czk",
	{"hungarian forint", ClassCurrency}:        "forint | forints | huf",
	{"romanian leu", ClassCurrency}:            "romanian lei",
	{"bulgarian lev", ClassCurrency}:           "leva | bgn",
	{"croatian kuna", ClassCurrency}:           "kuna | kunas | hrk",
	{"icelandic krona", ClassCurrency}:         "icelandic kronur | isk",
	{"vietnamese dong", ClassCurrency}:         "dong | vnd",
	{"bangladeshi taka", ClassCurrency}:        "taka | bdt",
	{"sri lankan rupee", ClassCurrency}:        "sri lankan rupees | lkr",
	{"nepalese rupee", ClassCurrency}:          "nepalese rupees | npr",
	{"kenyan shilling", ClassCurrency}:         "kenyan shillings | kes",
	{"ugandan shilling", ClassCurrency}:        "ugandan shillings | ugx",
	{"tanzanian shilling", ClassCurrency}:      "tanzanian shillings | tzs",
	{"ghanaian cedi", ClassCurrency}:           "cedi | cedis | ghs",
	{"ethiopian birr", ClassCurrency}:          "birr | etb",
	{"argentine peso", ClassCurrency}:          "argentine pesos",
	{"chilean peso", ClassCurrency}:            "chilean pesos | clp",
	{"colombian peso", ClassCurrency}:          "colombian pesos",
	{"peruvian sol", ClassCurrency}:            "peruvian soles",
	{"venezuelan bolivar", ClassCurrency}:      "bolivar | bolivars | bolivares | ves",
	{"qatari riyal", ClassCurrency}:            "qatari riyals | qar",
	{"omani rial", ClassCurrency}:              "omani rials | omr",
	{"kuwaiti dinar", ClassCurrency}:           "kuwaiti dinars | kwd",
	{"bahraini dinar", ClassCurrency}:          "bahraini dinars | bhd",
	{"jordanian dinar", ClassCurrency}:         "jordanian dinars | jod",
	{"iraqi dinar", ClassCurrency}:             "iraqi dinars | iqd",
	{"libyan dinar", ClassCurrency}:            "libyan dinars | lyd",
	{"algerian dinar", ClassCurrency}:          "algerian dinars | dzd",
	{"tunisian dinar", ClassCurrency}:          "tunisian dinars | tnd",
	{"serbian dinar", ClassCurrency}:           "serbian dinars | rsd",
	{"moroccan dirham", ClassCurrency}:         "moroccan dirhams",
	{"lebanese pound", ClassCurrency}:          "lebanese pounds | lbp",
	{"syrian pound", ClassCurrency}:            "syrian pounds | syp",
	{"sudanese pound", ClassCurrency}:          "sudanese pounds | sdg",
	{"kazakhstani tenge", ClassCurrency}:       "tenge | kzt",
	{"georgian lari", ClassCurrency}:           "lari",
	{"azerbaijani manat", ClassCurrency}:       "manat | azn",
	{"belarusian ruble", ClassCurrency}:        "belarusian rubles | byn",
	{"afghan afghani", ClassCurrency}:          "afghani | afghanis | afn",
	{"myanmar kyat", ClassCurrency}:            "kyat | kyats | mmk",
	{"cambodian riel", ClassCurrency}:          "riel | riels | khr",
	{"north korean won", ClassCurrency}:        "north korean won | kpw",
	{"norwegian krone", ClassCurrency}:         "krone | kroner | nok",
	{"polish zloty", ClassCurrency}:            "zloty | zlotys | pln",
	{"thai baht", ClassCurrency}:               "baht | thb",
	{"indonesian rupiah", ClassCurrency}:       "rupiah | idr",
	{"south korean won", ClassCurrency}:        "krw",
	{"bitcoin", ClassCurrency}:                 "bitcoin | bitcoins | btc",
	{"cent", ClassCurrency}:                    "cent | cents",
	{"penny", ClassCurrency}:                   "pence | penny",
	{"sen", ClassCurrency}:                     "sen",
	{"kilometre", ClassLength}:                 "km | kms | kilometre | kilometres | kilometer | kilometers",
	{"metre", ClassLength}:                     "m | metre | metres | meter | meters",
	{"centimetre", ClassLength}:                "cm | centimetre | centimetres | centimeter | centimeters",
	{"millimetre", ClassLength}:                "mm | millimetre | millimetres | millimeter | millimeters",
	{"micrometre", ClassLength}:                "micrometre | micrometres | micrometer | micrometers | micron | microns | μm | µm",
	{"nanometre", ClassLength}:                 "nm | nanometre | nanometres | nanometer | nanometers",
	{"mile", ClassLength}:                      "mile | miles | mi",
	{"nautical mile", ClassLength}:             "nautical mile | nautical miles",
	{"yard", ClassLength}:                      "yard | yards | yd | yds",
	{"foot", ClassLength}:                      "foot | feet | ft | ′",
	{"inch", ClassLength}:                      "inch | inches | ″",
	{"light-year", ClassLength}:                "light year | light years | light-year | light-years",
	{"kilogram", ClassMass}:                    "kg | kgs | kilogram | kilograms | kilogramme | kilogrammes | kilo | kilos",
	{"gram", ClassMass}:                        "gram | grams | gramme | grammes",
	{"milligram", ClassMass}:                   "mg | milligram | milligrams",
	{"metric ton", ClassMass}:                  "tonne | tonnes | metric ton | metric tons | metric tonnes",
	{"ton", ClassMass}:                         "ton | tons",
	{"pound-mass", ClassMass}:                  "lb | lbs | pound | pounds",
	{"ounce", ClassMass}:                       "ounce | ounces | oz",
	{"year", ClassTime}:                        "year | years | yr | yrs",
	{"month", ClassTime}:                       "month | months",
	{"week", ClassTime}:                        "week | weeks",
	{"day", ClassTime}:                         "day | days",
	{"hour", ClassTime}:                        "hour | hours | hr | hrs",
	{"minute", ClassTime}:                      "minute | minutes | min | mins",
	{"second", ClassTime}:                      "second | seconds | sec | secs",
	{"decade", ClassTime}:                      "decade | decades",
	{"century", ClassTime}:                     "century | centuries",
	{"year of age", ClassAge}:                  "year old | years old | year-old | years-old",
	{"month of age", ClassAge}:                 "month old | months old | month-old | months-old",
	{"week of age", ClassAge}:                  "week old | weeks old | week-old | weeks-old",
	{"day of age", ClassAge}:                   "day old | days old | day-old | days-old",
	{"mile per hour", ClassSpeed}:              "mph | m.p.h. | m.p.h | miles per hour | miles an hour | mile per hour",
	{"kilometre per hour", ClassSpeed}:         "kph | kmh | km/h | km / h | km/hr | kilometres per hour | kilometers per hour | kilometres an hour | kilometers an hour",
	{"knot", ClassSpeed}:                       "knot | knots",
	{"square kilometre", ClassArea}:            "square kilometre | square kilometres | square kilometer | square kilometers | sq km | km2 | km²",
	{"square mile", ClassArea}:                 "square mile | square miles | sq mi",
	{"square metre", ClassArea}:                "square metre | square metres | square meter | square meters | sq m | m2 | m²",
	{"square foot", ClassArea}:                 "square foot | square feet | sq ft",
	{"acre", ClassArea}:                        "acre | acres",
	{"hectare", ClassArea}:                     "hectare | hectares | ha",
	{"litre", ClassVolume}:                     "litre | litres | liter | liters",
	{"millilitre", ClassVolume}:                "ml | millilitre | millilitres | milliliter | milliliters",
	{"gallon", ClassVolume}:                    "gallon | gallons",
	{"barrel", ClassVolume}:                    "barrel | barrels",
	{"barrel per day", ClassVolume}:            "bpd | barrels per day | barrels a day",
	{"cubic metre", ClassVolume}:               "cubic metre | cubic metres | cubic meter | cubic meters",
	{"pint", ClassVolume}:                      "pint | pints",
	{"quart", ClassVolume}:                     "quart | quarts",
	{"fluid ounce", ClassVolume}:               "fluid ounce | fluid ounces | fl oz",
	{"cubic foot", ClassVolume}:                "cubic foot | cubic feet | cu ft",
	{"gigaton", ClassMass}:                     "gigaton | gigatons | gigatonne | gigatonnes | gt",
	{"megaton", ClassMass}:                     "megaton | megatons | megatonne | megatonnes",
	{"kiloton", ClassMass}:                     "kiloton | kilotons | kilotonne | kilotonnes | kt",
	{"pound-foot", ClassEnergy}:                "lb-ft | lb ft | pound-feet | pound-foot | pound feet",
	{"mile per gallon", ClassSpeed}:            "mpg | miles per gallon",
	{"metre per second", ClassSpeed}:           "m/s | m / s | metres per second | meters per second",
	{"kilometre per second", ClassSpeed}:       "km/s | km / s | kilometres per second | kilometers per second",
	{"part per million", ClassCount}:           "ppm | parts per million",
	{"parts-per-billion", ClassCount}:          "ppb | parts per billion",
	{"pound per square inch", ClassPower}:      "psi | pounds per square inch",
	{"kilopound per square inch", ClassPower}:  "ksi",
	{"megapascal", ClassPower}:                 "mpa | megapascal | megapascals",
	{"kilopascal", ClassPower}:                 "kpa | kilopascal | kilopascals",
	{"point per game", ClassCount}:             "ppg | points per game",
	{"assist per game", ClassCount}:            "apg | assists per game",
	{"rebound per game", ClassCount}:           "rpg | rebounds per game",
	{"kilowatt hour", ClassEnergy}:             "kwh | kilowatt hour | kilowatt hours | kilowatt-hour | kilowatt-hours",
	{"megawatt hour", ClassEnergy}:             "mwh | megawatt hour | megawatt hours | megawatt-hour | megawatt-hours",
	{"gigawatt hour", ClassEnergy}:             "gwh | gigawatt hour | gigawatt hours | gigawatt-hour | gigawatt-hours",
	{"terawatt hour", ClassEnergy}:             "twh | terawatt hour | terawatt hours | terawatt-hours",
	{"calorie", ClassEnergy}:                   "calorie | calories | kcal",
	{"milliampere-hour", ClassEnergy}:          "mah | milliampere-hour | milliamp hours",
	{"watt", ClassPower}:                       "watt | watts",
	{"kilowatt", ClassPower}:                   "kw | kilowatt | kilowatts",
	{"megawatt", ClassPower}:                   "mw | megawatt | megawatts",
	{"gigawatt", ClassPower}:                   "gw | gigawatt | gigawatts",
	{"horsepower", ClassPower}:                 "hp | horsepower",
	{"brake horsepower", ClassPower}:           "bhp | brake horsepower",
	{"volt", ClassPower}:                       "volt | volts",
	{"kilovolt", ClassPower}:                   "kv | kilovolt | kilovolts",
	{"kilobyte", ClassData}:                    "kb | kilobyte | kilobytes",
	{"megabyte", ClassData}:                    "mb | megabyte | megabytes",
	{"gigabyte", ClassData}:                    "gb | gigabyte | gigabytes",
	{"terabyte", ClassData}:                    "tb | terabyte | terabytes",
	{"megabit per second", ClassData}:          "mbps | mbit/s | megabits per second",
	{"gigabit per second", ClassData}:          "gbps | gbit/s | gigabits per second",
	{"hertz", ClassFrequency}:                  "hz | hertz",
	{"kilohertz", ClassFrequency}:              "khz | kilohertz",
	{"megahertz", ClassFrequency}:              "mhz | megahertz",
	{"gigahertz", ClassFrequency}:              "ghz | gigahertz",
	{"revolutions per minute", ClassFrequency}: "rpm | revolutions per minute",
	{"celsius", ClassTemperature}:              "°c | ° c | degrees celsius | degree celsius | celsius | degrees centigrade | centigrade | degc | deg c",
	{"fahrenheit", ClassTemperature}:           "°f | ° f | degrees fahrenheit | degree fahrenheit | fahrenheit | degf | deg f",
	{"degree", ClassTemperature}:               "° | degree | degrees | deg",
	{"count", ClassCount}:                      "times | time",
	{"point", ClassCount}:                      "point | points | pts",
	{"people", ClassPeople}:                    "people",
	{"person", ClassPeople}:                    "person | persons",
	{"household", ClassPeople}:                 "household | households",
	{"family", ClassPeople}:                    "family | families",
}

var (
	// units indexes unitNames by phrase.
	units = func() phrases[unit] {
		m := map[string]unit{}
		for u, names := range unitNames {
			for n := range strings.SplitSeq(names, "|") {
				m[strings.TrimSpace(n)] = u
			}
		}
		return newPhrases(m)
	}()
	// gluedUnits are the units written onto the digits: "10km", "5kg".
	// Single letters stay out: "5G", "3D" and "4x4" are not measures.
	gluedUnits = func() map[string]unit {
		m := map[string]unit{}
		for u, names := range unitNames {
			for n := range strings.SplitSeq(names, "|") {
				n = strings.TrimSpace(n)
				if len(n) >= 2 && !strings.Contains(n, " ") && u.class != ClassCount && u.class != ClassPeople {
					m[n] = u
				}
			}
		}
		return m
	}()
)

// currencySigns are the symbols written before an amount. A letter prefix
// ("US", "A", "HK") in front of "$" picks the dollar.
var (
	currencySigns = map[string]string{
		"$": "dollar", "€": "euro", "£": "pound sterling", "¥": "japanese yen", "₹": "indian rupee",
		"₽": "russian ruble", "₩": "south korean won", "₪": "shekel", "₺": "turkish lira", "₴": "ukrainian hryvnia",
		"₦": "nigerian naira", "￥": "japanese yen", "＄": "dollar", "￡": "pound sterling", "₱": "philippine peso",
		"₫": "vietnamese dong", "₸": "kazakhstani tenge", "₼": "azerbaijani manat", "₾": "georgian lari",
	}
	dollarPrefixes = map[string]string{
		"us": "dollar", "u.s.": "dollar", "a": "australian dollar", "au": "australian dollar", "c": "canadian dollar",
		"ca": "canadian dollar", "can": "canadian dollar", "hk": "hong kong dollar", "nz": "new zealand dollar",
		"s": "singapore dollar", "nt": "new taiwan dollar", "r": "brazilian real",
	}
	// currencyCodes are written before the amount in capitals: "USD 5",
	// "Rs 500", or glued to it: "INR1".
	currencyCodes = map[string]string{
		"usd": "dollar", "eur": "euro", "gbp": "pound sterling", "jpy": "japanese yen", "cny": "chinese yuan",
		"rmb": "chinese yuan", "inr": "indian rupee", "rs": "indian rupee", "rs.": "indian rupee", "aud": "australian dollar",
		"cad": "canadian dollar", "hkd": "hong kong dollar", "chf": "swiss franc", "rub": "russian ruble",
		"uah": "ukrainian hryvnia", "ils": "shekel", "nis": "shekel", "sar": "saudi riyal", "aed": "uae dirham",
		"krw": "south korean won", "brl": "brazilian real", "zar": "south african rand", "ngn": "nigerian naira",
		"myr": "malaysian ringgit", "rm": "malaysian ringgit", "sgd": "singapore dollar", "nzd": "new zealand dollar",
		"pkr": "pakistani rupee", "egp": "egyptian pound", "rp": "indonesian rupiah", "btc": "bitcoin",
	}
)

// denominators are the words after "per", "a" or "/" that make a rate:
// "$50 a barrel", "5 cents per share", "km/h".
var denominators = map[string]string{
	"day": "day", "week": "week", "month": "month", "year": "year", "annum": "year", "hour": "hour", "h": "hour",
	"minute": "minute", "second": "second", "share": "share", "barrel": "barrel", "person": "person",
	"capita": "capita", "head": "head", "night": "night", "game": "game", "ton": "ton", "tonne": "metric ton",
	"kilogram": "kilogram", "kg": "kilogram", "kilo": "kilogram", "litre": "litre", "liter": "litre", "gallon": "gallon",
	"ounce": "ounce", "pound": "pound", "lb": "pound", "kwh": "kilowatt hour", "mwh": "megawatt hour", "unit": "unit",
	"mile": "mile", "km": "kilometre", "square foot": "square foot", "square metre": "square metre", "sq ft": "square foot",
	"month's": "month", "seat": "seat", "ticket": "ticket", "dose": "dose", "vehicle": "vehicle", "car": "car",
	"hr": "hour", "hrs": "hour", "gram": "gram", "g": "gram", "cm": "centimetre", "m": "metre", "sq m": "square metre",
	"square meter": "square metre", "century": "century", "decade": "decade", "acre": "acre", "hectare": "hectare",
	"ha": "hectare", "mmbtu": "million british thermal unit", "passenger": "passenger", "household": "household",
}

// denominatorPhrases indexes denominators by phrase.
var denominatorPhrases = newPhrases(denominators)
