package signal

import "testing"

// sharedData is the shared data folder, seen from this package.
const sharedData = "../../../shared/data"

func testDetector(t testing.TB) *Detector {
	t.Helper()
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return x
}
