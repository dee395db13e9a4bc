// Package metrics is the operator daemon's Prometheus metrics, behind the Metricer
// interface the daemon is given (NoopMetrics when metrics are off, and in tests).
//
// Metrics (namespace parley_operator):
//
//	info{version}                      1, with the daemon's version
//	up                                 1 once the daemon has started
//	signed_ranges_total                ranges signed (fresh signatures, not repeats)
//	repeated_signings_total            exact repeats answered with the stored signature
//	last_signed_block                  last block of the highest range signed
//	source_head                        the source's safe (or finalized) head as last read
//	lag_blocks                         source head minus last signed block
//	refusals_total{reason}             ranges not signed, by reason (see Refusal reasons)
//	rpc_errors_total{endpoint}         failed calls to "source", "l1" or "aggregator"
//	aggregator_push_failures_total     signed ranges the aggregator did not take
//	halted                             1 while signing is halted (source content changed)
//	health                             0 healthy, 1 partially healthy, 2 unhealthy
//	eigen_performance_score            EigenLayer's metrics spec: 100, 50 or 0 by health
//
// plus op-service's rpc_server_* metrics of the parleyOperator JSON-RPC server.
package metrics

import (
	"github.com/prometheus/client_golang/prometheus"

	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
)

// Namespace is the metrics' namespace.
const Namespace = "parley_operator"

// Refusal reasons (the reason label of refusals_total).
const (
	ReasonHalted          = "halted"
	ReasonAboveHead       = "above_head"
	ReasonOffGrid         = "off_grid"
	ReasonWrongChain      = "wrong_chain"
	ReasonBadRequest      = "bad_request"
	ReasonUnknownSnapshot = "unknown_snapshot"
	ReasonSnapshotTooOld  = "snapshot_too_old"
	ReasonNotMember       = "not_member"
	ReasonProtection      = "protection"
	ReasonContentChanged  = "content_changed"
)

// Endpoints (the endpoint label of rpc_errors_total).
const (
	EndpointSource     = "source"
	EndpointL1         = "l1"
	EndpointAggregator = "aggregator"
)

// Metricer records what the daemon does.
type Metricer interface {
	RecordInfo(version string)
	RecordUp()

	// RecordSigned records a range signed; repeat marks an exact repeat.
	RecordSigned(from, to uint64, repeat bool)
	// RecordHead records the source's head and the lag behind it.
	RecordHead(head, lag uint64)
	RecordRefusal(reason string)
	RecordRPCError(endpoint string)
	RecordPushFailure()
	RecordHalted(halted bool)
	// RecordHealth records the node API's health (0, 1, 2).
	RecordHealth(health int)

	opmetrics.RPCMetricer
}

// Metrics is the Prometheus Metricer.
type Metrics struct {
	registry *prometheus.Registry
	factory  opmetrics.Factory

	opmetrics.RPCMetrics

	info         *prometheus.GaugeVec
	up           prometheus.Gauge
	signed       prometheus.Counter
	repeated     prometheus.Counter
	lastSigned   prometheus.Gauge
	sourceHead   prometheus.Gauge
	lag          prometheus.Gauge
	refusals     *prometheus.CounterVec
	rpcErrors    *prometheus.CounterVec
	pushFailures prometheus.Counter
	halted       prometheus.Gauge
	health       prometheus.Gauge
	performance  prometheus.Gauge
}

var (
	_ Metricer                   = (*Metrics)(nil)
	_ opmetrics.RegistryMetricer = (*Metrics)(nil)
)

// NewMetrics returns the daemon's metrics in a registry of their own.
func NewMetrics() *Metrics {
	ns := Namespace
	registry := opmetrics.NewRegistry()
	f := opmetrics.With(registry)
	return &Metrics{
		registry:   registry,
		factory:    f,
		RPCMetrics: opmetrics.MakeRPCMetrics(ns, f),
		info: f.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "info",
			Help: "Pseudo-metric with the daemon's version"}, []string{"version"}),
		up: f.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "up",
			Help: "1 once the operator daemon has started"}),
		signed: f.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "signed_ranges_total",
			Help: "Ranges signed (fresh signatures)"}),
		repeated: f.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "repeated_signings_total",
			Help: "Exact repeats of a signed attestation, answered with the stored signature"}),
		lastSigned: f.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "last_signed_block",
			Help: "Last block of the highest range signed"}),
		sourceHead: f.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "source_head",
			Help: "The source chain's safe (or finalized) head as last read"}),
		lag: f.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "lag_blocks",
			Help: "Blocks between the source head and the last signed block"}),
		refusals: f.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "refusals_total",
			Help: "Ranges not signed, by reason"}, []string{"reason"}),
		rpcErrors: f.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "rpc_errors_total",
			Help: "Failed calls to the source, L1 or aggregator endpoints"}, []string{"endpoint"}),
		pushFailures: f.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "aggregator_push_failures_total",
			Help: "Signed ranges the aggregator did not take (unreachable, or refused)"}),
		halted: f.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "halted",
			Help: "1 while signing is halted because the source's content of a signed range changed"}),
		health: f.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "health",
			Help: "Node API health: 0 healthy, 1 partially healthy, 2 unhealthy"}),
		performance: f.NewGauge(prometheus.GaugeOpts{Name: "eigen_performance_score",
			Help: "EigenLayer metrics spec performance score: 100 healthy, 50 partially healthy, 0 unhealthy"}),
	}
}

// Registry returns the metrics' registry, for the metrics server.
func (m *Metrics) Registry() *prometheus.Registry { return m.registry }

// Document lists the metrics.
func (m *Metrics) Document() []opmetrics.DocumentedMetric { return m.factory.Document() }

func (m *Metrics) RecordInfo(version string) { m.info.WithLabelValues(version).Set(1) }
func (m *Metrics) RecordUp()                 { m.up.Set(1) }

func (m *Metrics) RecordSigned(from, to uint64, repeat bool) {
	if repeat {
		m.repeated.Inc()
		return
	}
	m.signed.Inc()
	m.lastSigned.Set(float64(to))
}

func (m *Metrics) RecordHead(head, lag uint64) {
	m.sourceHead.Set(float64(head))
	m.lag.Set(float64(lag))
}

func (m *Metrics) RecordRefusal(reason string)    { m.refusals.WithLabelValues(reason).Inc() }
func (m *Metrics) RecordRPCError(endpoint string) { m.rpcErrors.WithLabelValues(endpoint).Inc() }
func (m *Metrics) RecordPushFailure()             { m.pushFailures.Inc() }

func (m *Metrics) RecordHalted(halted bool) {
	if halted {
		m.halted.Set(1)
	} else {
		m.halted.Set(0)
	}
}

func (m *Metrics) RecordHealth(health int) {
	m.health.Set(float64(health))
	m.performance.Set(float64(100 - 50*min(max(health, 0), 2)))
}

type noopMetrics struct{ opmetrics.NoopRPCMetrics }

// NoopMetrics records nothing.
var NoopMetrics Metricer = new(noopMetrics)

func (*noopMetrics) RecordInfo(string)                 {}
func (*noopMetrics) RecordUp()                         {}
func (*noopMetrics) RecordSigned(uint64, uint64, bool) {}
func (*noopMetrics) RecordHead(uint64, uint64)         {}
func (*noopMetrics) RecordRefusal(string)              {}
func (*noopMetrics) RecordRPCError(string)             {}
func (*noopMetrics) RecordPushFailure()                {}
func (*noopMetrics) RecordHalted(bool)                 {}
func (*noopMetrics) RecordHealth(int)                  {}
