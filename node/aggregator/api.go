package aggregator

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/parley-xyz/parley/node/avsapi"
)

// Submit takes a signed attestation an operator pushed (parleyAggregator_submit).
// A message for an open range is verified at once against the range's attestation;
// one for a range not built yet is buffered (bounded) and verified when it is; one
// for a range already certified, another chain or off the grid is refused. Every
// dropped signature is counted and logged.
func (d *Driver) Submit(s *avsapi.Signed) avsapi.SubmitResult {
	d.mu.Lock()
	defer d.mu.Unlock()
	label := d.operatorLabel(s.Operator)
	refuse := func(reason string, err error) avsapi.SubmitResult {
		d.Metrics.RecordSignatureRejected(label, reason)
		d.Log.Warn("Pushed signature dropped", "operator", s.Operator, "range", rangeName(s.Attestation.FromBlock, s.Attestation.ToBlock), "reason", reason, "err", err)
		return avsapi.SubmitResult{Reason: fmt.Sprintf("%s: %v", reason, err)}
	}
	if err := s.Check(); err != nil {
		d.Metrics.RecordSignatureReceived(label)
		return refuse(ReasonShape, err)
	}
	for range s.Signatures {
		d.Metrics.RecordSignatureReceived(label)
	}
	a := &s.Attestation
	if a.AVS != d.Cfg.AVS || a.SourceChainID != d.Source.ChainID() {
		return refuse(ReasonChain, fmt.Errorf("attestation of %s, source chain %d; this aggregator certifies chain %d for %s", a.AVS, a.SourceChainID, d.Source.ChainID(), d.Cfg.AVS))
	}
	k, ok := d.Cfg.Grid.Index(a.FromBlock, a.ToBlock)
	if !ok {
		return refuse(ReasonGrid, fmt.Errorf("%d..%d is not a range of the grid (start %d, length %d)", a.FromBlock, a.ToBlock, d.Cfg.Grid.Start, d.Cfg.Grid.Length))
	}
	// Before reconciliation nothing is open and the next range is not known yet:
	// every push is early (the per-operator bound still holds, and the ones below the
	// next range are dropped once it is known).
	if d.reconciled && k < d.postedK {
		// Late, not wrong: not counted as a rejection.
		d.Log.Debug("Pushed signature too late", "operator", s.Operator, "range", rangeName(a.FromBlock, a.ToBlock))
		return avsapi.SubmitResult{Late: true, Reason: "range already certified on L1"}
	}
	if i := k - d.postedK; d.reconciled && i < uint64(len(d.open)) {
		r := d.open[i]
		if r.phase != phaseCollecting {
			return avsapi.SubmitResult{Late: true, Reason: fmt.Sprintf("range %s is already %s", rangeName(r.from, r.to), r.phase)}
		}
		_, dropped := r.col.add(s)
		d.reportDropped(label, s, "push", rangeName(r.from, r.to), dropped)
		d.poke()
		if len(dropped) > 0 {
			return avsapi.SubmitResult{Reason: reasons(dropped)}
		}
		return avsapi.SubmitResult{Accepted: true}
	}
	if d.reconciled && k >= d.postedK+uint64(len(d.open))+MaxEarlyAhead {
		return refuse(ReasonAhead, fmt.Errorf("more than %d ranges ahead of the last one open", MaxEarlyAhead))
	}
	// Early: only members of the latest snapshot are buffered, and a message naming
	// that snapshot is authenticated now (its own attestation, its keys) so that a
	// forgery never takes an operator's slot.
	if d.latestTab == nil || !d.members[s.Operator] {
		return refuse(ReasonUnknownOp, fmt.Errorf("operator %s is in no snapshot read", s.Operator))
	}
	authentic := false
	if a.Snapshot == d.latestTab.Snapshot() {
		if col, err := newCollection(d.latestTab, d.Cfg.Policy, *a); err == nil {
			if _, dropped := col.add(s); len(dropped) > 0 {
				d.reportDropped(label, s, "push (early)", rangeName(a.FromBlock, a.ToBlock), dropped)
				return avsapi.SubmitResult{Reason: reasons(dropped)}
			}
			authentic = true
		}
	}
	if !d.early.put(k, s, authentic) {
		return refuse(ReasonBufferFull, fmt.Errorf("early buffer full for operator %s or range %s", s.Operator, rangeName(a.FromBlock, a.ToBlock)))
	}
	d.Metrics.RecordEarlyBuffered(d.early.len())
	return avsapi.SubmitResult{Accepted: true, Buffered: true}
}

func reasons(dropped []rejection) string {
	var b strings.Builder
	for i, r := range dropped {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s: %v", r.reason, r.err)
	}
	return b.String()
}

// Status returns the aggregator's progress (parleyAggregator_status).
func (d *Driver) Status() avsapi.AggregatorStatus {
	d.mu.Lock()
	defer d.mu.Unlock()
	cs := avsapi.ChainStatus{SourceChainID: d.Source.ChainID(), Backlog: d.backlog()}
	if d.reconciled && d.postedK > 0 {
		_, cs.LastPosted = d.Cfg.Grid.Range(d.postedK - 1)
	}
	if from, to, ok := d.pending(); ok {
		req := &avsapi.RangeRequest{Version: avsapi.Version, SourceChainID: cs.SourceChainID, FromBlock: from, ToBlock: to}
		if len(d.open) > 0 && d.open[0].phase != phaseRebuild {
			req.Snapshot = d.open[0].ref.Snapshot
		}
		cs.Pending = req
	}
	return avsapi.AggregatorStatus{Version: avsapi.Version, AVS: d.Cfg.AVS, Chains: []avsapi.ChainStatus{cs}}
}

// Health is the aggregator's health as EigenLayer's node API reports it.
type Health int

// Healths.
const (
	Healthy          Health = http.StatusOK                 // posting, backlog within bounds
	PartiallyHealthy Health = http.StatusPartialContent     // starting, or backlog above --max-backlog
	Unhealthy        Health = http.StatusServiceUnavailable // halted: needs intervention
)

// Health derives the node's health from its state, and says why.
func (d *Driver) Health() (Health, []string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if h := d.haltReasons(); len(h) > 0 {
		return Unhealthy, h
	}
	if !d.reconciled {
		return PartiallyHealthy, []string{"starting: not reconciled with L1 yet"}
	}
	if b := d.backlog(); b > d.Cfg.MaxBacklog {
		return PartiallyHealthy, []string{fmt.Sprintf("backlog of %d source blocks (above %d)", b, d.Cfg.MaxBacklog)}
	}
	return Healthy, nil
}

// Service statuses of EigenLayer's node API.
const (
	ServiceUp           = "Up"
	ServiceDown         = "Down"
	ServiceInitializing = "Initializing"
)

// NodeService is one backing service in EigenLayer's node API.
type NodeService struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Status      string `json:"status"`
}

// Services lists the aggregator's backing services: L1, the source, the poster and
// each configured operator.
func (d *Driver) Services() []NodeService {
	d.mu.Lock()
	defer d.mu.Unlock()
	up := func(err error, started bool) string {
		switch {
		case !started:
			return ServiceInitializing
		case err != nil:
			return ServiceDown
		}
		return ServiceUp
	}
	polled := !d.lastPoll.IsZero()
	posterStatus := up(d.postErr, d.reconciled)
	if d.notAllowed {
		posterStatus = ServiceDown
	}
	out := []NodeService{
		{ID: "l1", Name: "L1", Description: "L1 endpoint: snapshots, the certificate inbox", Status: up(d.l1Err, polled)},
		{ID: "source", Name: "source", Description: fmt.Sprintf("source rollup %d endpoint", d.Source.ChainID()), Status: up(d.srcErr, polled)},
		{ID: "poster", Name: "poster", Description: "posting certificates to L1 (" + d.Cfg.Submitter.Hex() + ")", Status: posterStatus},
	}
	for i, o := range d.ops {
		st := ServiceInitializing
		switch {
		case o.lastErr != nil:
			st = ServiceDown
		case !o.lastOK.IsZero():
			st = ServiceUp
		}
		desc := "operator daemon"
		if o.address != (common.Address{}) {
			desc += " " + o.address.Hex()
		}
		out = append(out, NodeService{ID: fmt.Sprintf("operator-%d", i), Name: o.op.Name(), Description: desc, Status: st})
	}
	return out
}

// NodeAPISpecVersion is the version of EigenLayer's AVS node API specification served.
const NodeAPISpecVersion = "v0.0.1"

// NodeAPI serves EigenLayer's AVS node API: GET /eigen/node, /eigen/node/health
// (200 healthy, 206 partially healthy, 503 unhealthy), /eigen/node/services and
// /eigen/node/services/{id}/health.
func NodeAPI(d *Driver, name, version string) http.Handler {
	mux := http.NewServeMux()
	write := func(w http.ResponseWriter, v any) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(v)
	}
	mux.HandleFunc("GET /eigen/node", func(w http.ResponseWriter, _ *http.Request) {
		write(w, map[string]string{"node_name": name, "spec_version": NodeAPISpecVersion, "node_version": version})
	})
	mux.HandleFunc("GET /eigen/node/health", func(w http.ResponseWriter, _ *http.Request) {
		h, _ := d.Health()
		w.WriteHeader(int(h))
	})
	mux.HandleFunc("GET /eigen/node/services", func(w http.ResponseWriter, _ *http.Request) {
		write(w, map[string][]NodeService{"services": d.Services()})
	})
	mux.HandleFunc("GET /eigen/node/services/{id}/health", func(w http.ResponseWriter, r *http.Request) {
		for _, s := range d.Services() {
			if s.ID == r.PathValue("id") {
				switch s.Status {
				case ServiceUp:
					w.WriteHeader(http.StatusOK)
				case ServiceInitializing:
					w.WriteHeader(http.StatusPartialContent)
				default:
					w.WriteHeader(http.StatusServiceUnavailable)
				}
				return
			}
		}
		w.WriteHeader(http.StatusNotFound)
	})
	return mux
}

// API is the parleyAggregator JSON-RPC namespace.
type API struct{ d *Driver }

// SubmitSnapshotWait is how long a push received before the aggregator has read any
// snapshot waits for it: without a snapshot no operator is known, and a push refused
// then would be lost (an operator that only pushes never hears the request).
const SubmitSnapshotWait = 10 * time.Second

// Submit implements parleyAggregator_submit.
func (a *API) Submit(ctx context.Context, s avsapi.Signed) (avsapi.SubmitResult, error) {
	t := time.NewTimer(SubmitSnapshotWait)
	defer t.Stop()
	select {
	case <-a.d.haveSnapshot:
	case <-t.C:
	case <-ctx.Done():
		return avsapi.SubmitResult{}, ctx.Err()
	}
	return a.d.Submit(&s), nil
}

// Status implements parleyAggregator_status.
func (a *API) Status(context.Context) (avsapi.AggregatorStatus, error) {
	return a.d.Status(), nil
}

// RPCAPI returns the parleyAggregator namespace for an RPC server.
func RPCAPI(d *Driver) rpc.API {
	return rpc.API{Namespace: avsapi.AggregatorNamespace, Service: &API{d: d}}
}
