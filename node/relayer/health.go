package relayer

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Status is the relayer's state and health, as of its last step. The relayer is
// healthy when, on every source, it scanned recently (within MaxRelayLag), it is at
// most MaxScanLag blocks behind the source's head, and no message certified on the
// destination has waited longer than MaxRelayLag to be relayed.
type Status struct {
	Healthy  bool           `json:"healthy"`
	Problems []string       `json:"problems,omitempty"`
	Sources  []SourceStatus `json:"sources"`
}

// SourceStatus is the state of one source.
type SourceStatus struct {
	ChainID uint64 `json:"chainId"`
	// Head is the source's safe (or finalized) head, NextBlock the next block to scan.
	Head      uint64 `json:"head"`
	NextBlock uint64 `json:"nextBlock"`
	ScanLag   uint64 `json:"scanLag"`
	// LatestCertified is the source's latest block certified on the destination.
	LatestCertified uint64 `json:"latestCertified"`
	AnyCertified    bool   `json:"anyCertified"`
	// Pending counts the messages not relayed yet, Certified those of them certified.
	Pending   int `json:"pending"`
	Certified int `json:"certified"`
	// RelayLagSeconds is the age of the oldest certified message not relayed yet.
	RelayLagSeconds float64   `json:"relayLagSeconds"`
	LastScan        time.Time `json:"lastScan"`
	LastError       string    `json:"lastError,omitempty"`
}

// report computes the status, publishes it and records the metrics.
func (d *Driver) report() {
	now := d.clock.Now()
	st := &Status{Healthy: true}
	for _, w := range d.watches {
		s := SourceStatus{ChainID: w.chain, Head: w.head, NextBlock: w.next, LatestCertified: w.latestCertified,
			AnyCertified: w.anyCertified, Pending: len(w.pending), LastScan: w.lastScan, LastError: w.lastErr}
		if w.head+1 > w.next {
			s.ScanLag = w.head + 1 - w.next
		}
		var lag time.Duration
		for _, p := range w.pending {
			if w.anyCertified && p.Block <= w.latestCertified {
				s.Certified++
				if !p.certifiedAt.IsZero() {
					lag = max(lag, now.Sub(p.certifiedAt))
				}
			}
		}
		s.RelayLagSeconds = lag.Seconds()
		switch {
		case w.lastScan.IsZero():
			st.Problems = append(st.Problems, fmt.Sprintf("source %d: not scanned yet", w.chain))
		case now.Sub(w.lastScan) > d.cfg.MaxRelayLag:
			st.Problems = append(st.Problems, fmt.Sprintf("source %d: no successful scan for %s (%s)", w.chain, now.Sub(w.lastScan).Round(time.Second), w.lastErr))
		}
		if s.ScanLag > d.cfg.MaxScanLag {
			st.Problems = append(st.Problems, fmt.Sprintf("source %d: %d blocks behind its head (limit %d)", w.chain, s.ScanLag, d.cfg.MaxScanLag))
		}
		if lag > d.cfg.MaxRelayLag {
			st.Problems = append(st.Problems, fmt.Sprintf("source %d: a certified message has waited %s to be relayed (limit %s)", w.chain, lag.Round(time.Second), d.cfg.MaxRelayLag))
		}
		d.m.RecordPending(w.chain, s.Pending, lag)
		st.Sources = append(st.Sources, s)
	}
	st.Healthy = len(st.Problems) == 0
	d.m.RecordHealthy(st.Healthy)
	d.status.Store(st)
}

// HealthHandler answers GET /healthz: 200 and the status when healthy, 503 otherwise.
func HealthHandler(status func() Status) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		st := status()
		w.Header().Set("Content-Type", "application/json")
		if !st.Healthy {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		_ = json.NewEncoder(w).Encode(st)
	})
}

// API is the relayer's JSON-RPC namespace "relayer".
type API struct{ d *Driver }

// Status returns the relayer's status (relayer_status).
func (a *API) Status() Status { return a.d.Status() }
