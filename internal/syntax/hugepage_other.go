//go:build !linux

package syntax

// tableBytes returns n zero bytes for a weight table.
func tableBytes(n int) []byte { return make([]byte, n) }
