// Package metrics is the relayer's Prometheus metrics, behind the Metricer interface
// the relayer is given (NoopMetrics when metrics are disabled).
package metrics

import (
	"io"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/prometheus/client_golang/prometheus"

	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
)

// Namespace prefixes every metric of the relayer.
const Namespace = "parley_relayer"

// Metricer is what the relayer records. Source chains are labelled by their chain id.
type Metricer interface {
	RecordInfo(version string)
	RecordUp()

	// The transaction manager's and the RPC server's metrics.
	txmetrics.TxMetricer
	opmetrics.RPCMetricer

	StartBalanceMetrics(l log.Logger, client *ethclient.Client, account common.Address) io.Closer

	// RecordScan records a source's scan: the next block to scan and the source's head.
	RecordScan(source uint64, next, head uint64)
	// RecordScanError counts a failed log fetch.
	RecordScanError(source uint64)
	// RecordPending sets the number of messages of a source waiting to be relayed, and
	// the age of the oldest certified one (0 if none).
	RecordPending(source uint64, pending int, relayLag time.Duration)
	// RecordRelayed counts a message this relayer relayed, with the time from its
	// source block to its relay.
	RecordRelayed(source uint64, latency time.Duration)
	// RecordAlreadyRelayed counts a message found relayed (by another relayer, or by
	// hand) before this relayer's transaction.
	RecordAlreadyRelayed(source uint64)
	// RecordFailure counts a failed attempt to relay a message, retried later.
	RecordFailure(source uint64, reason string)
	// RecordDropped counts a message given up for good.
	RecordDropped(source uint64, reason string)
	// RecordHealthy sets the health gauge.
	RecordHealthy(healthy bool)
}

// Metrics is the Prometheus Metricer.
type Metrics struct {
	ns       string
	registry *prometheus.Registry
	factory  opmetrics.Factory

	txmetrics.TxMetrics
	opmetrics.RPCMetrics

	info           *prometheus.GaugeVec
	up             prometheus.Gauge
	healthy        prometheus.Gauge
	scanNext       *prometheus.GaugeVec
	scanLag        *prometheus.GaugeVec
	scanErrors     *prometheus.CounterVec
	pending        *prometheus.GaugeVec
	relayLag       *prometheus.GaugeVec
	relayed        *prometheus.CounterVec
	alreadyRelayed *prometheus.CounterVec
	failures       *prometheus.CounterVec
	dropped        *prometheus.CounterVec
	latency        *prometheus.HistogramVec
}

var (
	_ Metricer                   = (*Metrics)(nil)
	_ opmetrics.RegistryMetricer = (*Metrics)(nil)
)

// NewMetrics returns the metrics on a new registry.
func NewMetrics() *Metrics {
	ns := Namespace
	registry := opmetrics.NewRegistry()
	f := opmetrics.With(registry)
	src := []string{"source"}
	return &Metrics{
		ns:         ns,
		registry:   registry,
		factory:    f,
		TxMetrics:  txmetrics.MakeTxMetrics(ns, f),
		RPCMetrics: opmetrics.MakeRPCMetrics(ns, f),
		info: f.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "info",
			Help: "Pseudo-metric tracking version info"}, []string{"version"}),
		up: f.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "up",
			Help: "1 once the relayer has started"}),
		healthy: f.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "healthy",
			Help: "1 while every source's scan lag and relay lag are within their limits"}),
		scanNext: f.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "scan_next_block",
			Help: "Next source block the relayer scans for SentMessage logs"}, src),
		scanLag: f.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "scan_lag_blocks",
			Help: "Source blocks up to the source's safe (or finalized) head not scanned yet"}, src),
		scanErrors: f.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "scan_errors_total",
			Help: "Failed log fetches from a source (retried with backoff)"}, src),
		pending: f.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "pending_messages",
			Help: "Messages to this destination seen on a source and not relayed yet"}, src),
		relayLag: f.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "relay_lag_seconds",
			Help: "Age of the oldest message certified on the destination and not relayed yet"}, src),
		relayed: f.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "relayed_total",
			Help: "Messages relayed by this relayer"}, src),
		alreadyRelayed: f.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "already_relayed_total",
			Help: "Messages found relayed by someone else before this relayer's transaction"}, src),
		failures: f.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "failures_total",
			Help: "Failed relay attempts, retried with backoff, by reason"}, []string{"source", "reason"}),
		dropped: f.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "dropped_total",
			Help: "Messages given up for good, by reason"}, []string{"source", "reason"}),
		latency: f.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Name: "relay_latency_seconds",
			Help:    "Time from a message's source block to its relay by this relayer",
			Buckets: []float64{5, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200}}, src),
	}
}

// Registry returns the metrics' registry.
func (m *Metrics) Registry() *prometheus.Registry { return m.registry }

// Document lists the metrics.
func (m *Metrics) Document() []opmetrics.DocumentedMetric { return m.factory.Document() }

func (m *Metrics) StartBalanceMetrics(l log.Logger, client *ethclient.Client, account common.Address) io.Closer {
	return opmetrics.LaunchBalanceMetrics(l, m.registry, m.ns, client, account)
}

func (m *Metrics) RecordInfo(version string) { m.info.WithLabelValues(version).Set(1) }
func (m *Metrics) RecordUp()                 { m.up.Set(1) }

func label(source uint64) string { return strconv.FormatUint(source, 10) }

func (m *Metrics) RecordScan(source uint64, next, head uint64) {
	m.scanNext.WithLabelValues(label(source)).Set(float64(next))
	lag := uint64(0)
	if head+1 > next {
		lag = head + 1 - next
	}
	m.scanLag.WithLabelValues(label(source)).Set(float64(lag))
}

func (m *Metrics) RecordScanError(source uint64) { m.scanErrors.WithLabelValues(label(source)).Inc() }

func (m *Metrics) RecordPending(source uint64, pending int, relayLag time.Duration) {
	m.pending.WithLabelValues(label(source)).Set(float64(pending))
	m.relayLag.WithLabelValues(label(source)).Set(relayLag.Seconds())
}

func (m *Metrics) RecordRelayed(source uint64, latency time.Duration) {
	m.relayed.WithLabelValues(label(source)).Inc()
	m.latency.WithLabelValues(label(source)).Observe(latency.Seconds())
}

func (m *Metrics) RecordAlreadyRelayed(source uint64) {
	m.alreadyRelayed.WithLabelValues(label(source)).Inc()
}

func (m *Metrics) RecordFailure(source uint64, reason string) {
	m.failures.WithLabelValues(label(source), reason).Inc()
}

func (m *Metrics) RecordDropped(source uint64, reason string) {
	m.dropped.WithLabelValues(label(source), reason).Inc()
}

func (m *Metrics) RecordHealthy(healthy bool) {
	v := 0.0
	if healthy {
		v = 1
	}
	m.healthy.Set(v)
}
