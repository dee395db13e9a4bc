package optable

import (
	"errors"
	"fmt"
	"sync"
)

// Errors of version lookups.
var (
	ErrFutureVersion = errors.New("optable: table version not reached yet")
	ErrStaleVersion  = errors.New("optable: table version older than the allowed window")
)

// DefaultWindow is the number of versions before the latest that stay valid for new
// certificates. Certificates are signed against the table operators see when they
// sign; the window lets them land after a few registry changes.
const DefaultWindow = 16

// Source gives a verifier the table versions it may check certificates against.
type Source interface {
	// Latest returns the newest version.
	Latest() *Table
	// At returns version v, or ErrFutureVersion / ErrStaleVersion (wrapped) when v is
	// outside [latest-window, latest].
	At(v uint64) (*Table, error)
}

// History keeps the latest table and the `window` versions before it. It is safe for
// concurrent use.
type History struct {
	mu     sync.RWMutex
	window uint64
	tables []*Table // ascending versions, contiguous, at most window+1
}

// NewHistory starts a history at table t, keeping `window` older versions.
func NewHistory(t *Table, window uint64) *History {
	return &History{window: window, tables: []*Table{t}}
}

// Window returns how many versions before the latest stay valid.
func (h *History) Window() uint64 { return h.window }

// Push appends the next version. It must be exactly Latest().Version()+1.
func (h *History) Push(t *Table) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	last := h.tables[len(h.tables)-1]
	if t.Version() != last.Version()+1 {
		return fmt.Errorf("optable: pushing version %d after %d", t.Version(), last.Version())
	}
	h.tables = append(h.tables, t)
	if uint64(len(h.tables)) > h.window+1 {
		h.tables = append(h.tables[:0:0], h.tables[uint64(len(h.tables))-h.window-1:]...)
	}
	return nil
}

// Apply applies updates to the latest version and pushes the result.
func (h *History) Apply(updates []Update) (*Table, []Rejected) {
	next, rej := h.Latest().Apply(updates)
	_ = h.Push(next) // cannot fail: next is Latest()+1 (callers serialise Apply)
	return next, rej
}

// Latest returns the newest version.
func (h *History) Latest() *Table {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return h.tables[len(h.tables)-1]
}

// At returns version v if it is within the window.
func (h *History) At(v uint64) (*Table, error) {
	h.mu.RLock()
	defer h.mu.RUnlock()
	latest := h.tables[len(h.tables)-1].Version()
	if err := CheckWindow(v, latest, h.window); err != nil {
		return nil, err
	}
	first := h.tables[0].Version()
	if v < first {
		return nil, fmt.Errorf("%w: version %d no longer kept (oldest %d)", ErrStaleVersion, v, first)
	}
	return h.tables[v-first], nil
}

// CheckWindow reports whether version v may be used when latest is the newest version:
// latest-window <= v <= latest. It is the staleness rule every verifier applies.
func CheckWindow(v, latest, window uint64) error {
	if v > latest {
		return fmt.Errorf("%w: version %d, latest %d", ErrFutureVersion, v, latest)
	}
	if latest-v > window {
		return fmt.Errorf("%w: version %d, latest %d, window %d", ErrStaleVersion, v, latest, window)
	}
	return nil
}
