package render

import (
	"encoding/json"
	"io"

	"sitrep/internal/report"
)

type featureCollection struct {
	Type     string    `json:"type"`
	Features []feature `json:"features"`
}

type feature struct {
	Type       string         `json:"type"`
	Geometry   geometry       `json:"geometry"`
	Properties map[string]any `json:"properties"`
}

type geometry struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"` // lon, lat as RFC 7946 orders them
}

// GeoJSON writes the places of the report as an RFC 7946 FeatureCollection
// of points, each with its mentions as evidence, and the force observations
// that have a place as points there ("layer": "asset").
func GeoJSON(w io.Writer, doc *report.Document) error {
	fc := featureCollection{Type: "FeatureCollection", Features: []feature{}}
	for _, p := range doc.Places {
		if !p.Located() {
			continue // GeoJSON has no feature without a point
		}
		fc.Features = append(fc.Features, feature{
			Type:     "Feature",
			Geometry: geometry{Type: "Point", Coordinates: [2]float64{p.Lon, p.Lat}},
			Properties: map[string]any{
				"id": p.ID, "layer": "place", "name": p.Name, "country": p.Country, "feature": p.Feature,
				"precision": p.Precision, "confidence": p.Confidence, "geonames_id": p.GeoNamesID,
				"document": doc.ID, "mentions": p.Mentions,
			},
		})
	}
	for _, a := range doc.Assets {
		for _, p := range doc.Places {
			if p.ID != a.Place || a.Place == "" || !p.Located() {
				continue // an asset at a place the gazetteer lacks has no point either
			}
			fc.Features = append(fc.Features, feature{
				Type:     "Feature",
				Geometry: geometry{Type: "Point", Coordinates: [2]float64{p.Lon, p.Lat}},
				Properties: map[string]any{
					"id": a.ID, "layer": "asset", "kind": a.Kind, "model": a.Model, "count": a.Count,
					"approximate": a.Approximate, "owner": a.OwnerName, "status": a.Status, "place": p.Name,
					"observer": a.ObserverName, "document": doc.ID, "evidence": a.Evidence,
				},
			})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(fc)
}
