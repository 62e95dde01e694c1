package geo

import "math"

// Context is what the document tells about which of several places of the
// same name it means.
type Context struct {
	// Countries the document is about (upper-case ISO2) with relative
	// weights; only the ratio to the largest weight matters.
	Countries map[string]float64
	// Near is a place the text puts this one near ("near X", "south of
	// X"): candidates close to it are preferred.
	Near *Place
	// Admin is set when the text said "X Province", "X Governorate",
	// "X region"...: admin1 regions are preferred over cities.
	Admin bool
	// Regions are the admin1 regions ("US/Georgia") that the document's
	// other places lie in: a town there is preferred over its namesakes,
	// so "Brunswick" beside Atlanta and Savannah is Brunswick, Georgia.
	Regions map[string]bool
	// Districts asks for the second-level divisions of the name (KindAdmin2)
	// instead of every other place: "Masisi territory", or a name the
	// gazetteer knows no town or region by. Context.Admin favours them.
	Districts bool
}

// Score weights, in log-odds units (Resolve's confidence is a softmax of
// the scores). A focus country outweighs the prior of kind and size, so
// "Tripoli" in a story about Lebanon is Lebanon's Tripoli, and "Paris" in a
// story about the United States alone is a US Paris (Paris, Texas, the
// largest), with a low confidence because several US towns share the name.
// Focus counts less for small towns (see focusScale), so "Tripoli" in US
// news stays Libya's capital rather than Tripoli, Iowa (1,300 people).
// Hand-written features (seas, straits, regions) start high enough that a
// small town sharing their name, such as Atlantic, Iowa, does not win even
// in its own country's news.
const (
	focusWeight = 4.0
	popWeight   = 0.5 // per decade of population
	altPenalty  = 0.5 // the key is only an alternate name of the place
	// adminAltPenalty: the key is an admin1 region's name without its
	// suffix or with another one; "Gaza" is rarely Mozambique's Gaza
	// Province.
	adminAltPenalty = 1.5
	adminBonus      = 3.0 // Context.Admin and an admin1 candidate
	regionBonus     = 1.5 // a town in one of Context.Regions
	seatPenalty     = 3.0 // a region that shares its name with a city of its own (see sharesNameWithCity)
	nearWeight      = 4.0
	nearScaleKm     = 250.0
	// softmaxScale sharpens the confidence, so a clear winner over many
	// weak namesakes (Washington, D.C. over the US towns) is trusted.
	softmaxScale = 1.5
	// sameKm: candidates this close to the winner in its country (a city
	// and the region it is the seat of) are the same answer, not rivals.
	sameKm = 25.0
)

func kindPrior(k Kind) float64 {
	switch k {
	case KindCountry:
		return 4
	case KindCapital:
		return 2.5
	case KindAdmin1, KindAdmin2:
		return 2
	case KindCity:
		return 0
	}
	return 6 // hand-written features
}

// featurePrior favours administrative seats among cities of one size.
func featurePrior(code string) float64 {
	switch code {
	case "PPLA":
		return 1
	case "PPLA2":
		return 0.4
	case "PPLA3":
		return 0.1
	}
	return 0
}

// initPrior computes the context-free score of every place.
func (g *Gazetteer) initPrior() {
	feat := make([]float64, len(g.feats))
	for i, f := range g.feats {
		feat[i] = featurePrior(f)
	}
	g.prior = make([]float32, len(g.ids))
	for i := range g.prior {
		g.prior[i] = float32(kindPrior(kinds[g.kind[i]]) + feat[g.feat[i]] +
			popWeight*math.Log10(float64(g.pops[i])+1))
	}
}

// entryPrior ranks a posting: the place's prior, less the alternate-name
// penalty.
func (g *Gazetteer) entryPrior(e uint32) float32 {
	i := e >> 1
	p := g.prior[i]
	switch {
	case e&1 == 0:
	case kinds[g.kind[i]] == KindAdmin1:
		p -= adminAltPenalty
	default:
		p -= altPenalty
	}
	return p
}

// Resolve picks the place key most likely names in context c, with a
// confidence in [0, 1]: the softmax share of its score among the
// candidates, lowered for small places known only by an alternate name.
// It reports false when key names no place.
func (g *Gazetteer) Resolve(key string, c Context) (Place, float64, bool) {
	post := g.postings(key)
	if len(post) == 0 {
		return Place{}, 0, false
	}
	var top float64 // the largest focus weight
	for _, w := range c.Countries {
		if usable(w) {
			top = max(top, w)
		}
	}
	if c.Near != nil && !(finite(c.Near.Lat) && finite(c.Near.Lon)) {
		c.Near = nil
	}
	best, bestScore := -1, math.Inf(-1)
	scores := make([]float64, len(post))
	for i, e := range post {
		if (kinds[g.kind[e>>1]] == KindAdmin2) != c.Districts {
			scores[i] = math.Inf(-1)
			continue
		}
		s := g.score(e, post, &c, top)
		scores[i] = s
		if best < 0 || s > bestScore {
			best, bestScore = i, s
		}
	}
	if best < 0 {
		return Place{}, 0, false
	}
	b := int(post[best] >> 1)
	var same, all float64
	for i, s := range scores {
		if math.IsInf(s, -1) {
			continue
		}
		w := math.Exp(softmaxScale * (s - bestScore))
		all += w
		if j := int(post[i] >> 1); g.country[j] == g.country[b] && g.distance(j, b) <= sameKm {
			same += w
		}
	}
	return g.place(b), g.quality(post[best]) * same / all, true
}

// usable reports whether a weight from the caller is positive and finite.
func usable(w float64) bool { return w > 0 && finite(w) }

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

func (g *Gazetteer) distance(i, j int) float64 {
	return haversine(float64(g.lats[i])/coordScale, float64(g.lons[i])/coordScale,
		float64(g.lats[j])/coordScale, float64(g.lons[j])/coordScale)
}

func (g *Gazetteer) score(e uint32, post []uint32, c *Context, top float64) float64 {
	i := int(e >> 1)
	s := float64(g.entryPrior(e))
	if w := c.Countries[g.isos[g.country[i]]]; top > 0 && usable(w) {
		s += focusWeight * g.focusScale(i) * w / top
	}
	if k := kinds[g.kind[i]]; k == KindAdmin1 || k == KindAdmin2 {
		if c.Admin {
			s += adminBonus
		} else if k == KindAdmin1 && g.sharesNameWithCity(i, post) {
			s -= seatPenalty
		}
	}
	if k := kinds[g.kind[i]]; len(c.Regions) > 0 && k == KindCity && g.admin[i] > 0 &&
		c.Regions[g.isos[g.country[i]]+"/"+g.admins[g.admin[i]-1].name] {
		s += regionBonus
	}
	if near := c.Near; near != nil {
		d := haversine(near.Lat, near.Lon, float64(g.lats[i])/coordScale, float64(g.lons[i])/coordScale)
		s += nearWeight * math.Exp(-d/nearScaleKm)
	}
	return s
}

// focusScale is the share of the focus bonus place i gets: all of it for
// countries, regions and cities of 100,000 or more, down to a quarter for
// villages, whose namesakes elsewhere are usually what the news means.
func (g *Gazetteer) focusScale(i int) float64 {
	if k := kinds[g.kind[i]]; k != KindCity && k != KindCapital {
		return 1
	}
	return min(1, max(0.25, (math.Log10(float64(g.pops[i])+1)-2)/3))
}

// sharesNameWithCity reports whether region i's name, as looked up, is also
// a name of a city in the region or of a large city (100,000 or more) in
// its country: news that says "Kharkiv", "Raqqa" or "Kyiv" without
// "region" or "province" means the city.
func (g *Gazetteer) sharesNameWithCity(i int, post []uint32) bool {
	for _, e := range post {
		j := int(e >> 1)
		k := kinds[g.kind[j]]
		if (k == KindCity || k == KindCapital) && g.country[j] == g.country[i] &&
			(g.admin[j] == g.admin[i] && (e&1 == 0 || g.pops[j] >= 50000) || g.pops[j] >= 100000) {
			return true // not a small town that only goes by the name too ("Santa Fe de Antioquia")
		}
	}
	return false
}

// quality is how much a lone candidate is to be trusted: fully for
// countries, regions and features, less for small places and for places
// matched only by an alternate name.
func (g *Gazetteer) quality(e uint32) float64 {
	i := int(e >> 1)
	q := 1.0
	if k := kinds[g.kind[i]]; k == KindCity {
		q = min(1, 0.5+0.1*math.Log10(float64(g.pops[i])+1))
		if featurePrior(g.feats[g.feat[i]]) > 0 {
			q = max(q, 0.8) // a seat, often with no population in GeoNames
		}
	}
	if e&1 != 0 {
		q *= 0.9
	}
	return q
}
