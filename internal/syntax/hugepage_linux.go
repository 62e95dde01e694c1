//go:build linux

package syntax

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page.
const hugePage = 2 << 20

// tableBytes returns n zero bytes for a weight table, aligned to a huge
// page and marked for transparent huge pages. The tables are read at
// random, and with 4 KiB pages most reads also miss the TLB; with huge
// pages the model parses about a tenth faster. The kernel may decline
// the advice, which only costs that speed; the alignment costs up to
// 2 MiB of address space per table that is never touched.
func tableBytes(n int) []byte {
	b := make([]byte, n+hugePage)
	off := (hugePage - int(uintptr(unsafe.Pointer(&b[0]))%hugePage)) % hugePage
	b = b[off : off+n : off+n]
	_ = syscall.Madvise(b, syscall.MADV_HUGEPAGE)
	return b
}
