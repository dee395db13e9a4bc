package opnode

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/parley-xyz/parley/derivation"
)

// MetricsNamespace prefixes Parley's op-node metrics.
const MetricsNamespace = "parley"

// The hook's metrics. Invalid L1 data never halts derivation; skippedInputs (and the
// WARN log line naming the reason) is how operators see it.
var (
	skippedInputs = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: MetricsNamespace,
		Name:      "skipped_inputs_total",
		Help:      "L1 inputs the Parley derivation hook skipped as invalid, by kind (certificate, snapshot seal)",
	}, []string{"kind"})
	certifiedRanges = prometheus.NewCounter(prometheus.CounterOpts{
		Namespace: MetricsNamespace,
		Name:      "certified_ranges_total",
		Help:      "Certificates the Parley derivation hook turned into recordRange deposits",
	})
	snapshotsResolved = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: MetricsNamespace,
		Name:      "snapshots_resolved_total",
		Help:      "Operator-table snapshots resolved for verification, by source (cache, l1)",
	}, []string{"source"})
	snapshotBlocksFetched = prometheus.NewCounter(prometheus.CounterOpts{
		Namespace: MetricsNamespace,
		Name:      "snapshot_blocks_fetched_total",
		Help:      "L1 blocks whose receipts the Parley derivation hook fetched by hash to resolve snapshots",
	})
)

// Collectors returns Parley's op-node metrics. The patched op-node registers them in
// its metrics registry (op-node/metrics, served on --metrics.port), once per registry;
// the same collectors may be registered in several registries.
func Collectors() []prometheus.Collector {
	return []prometheus.Collector{skippedInputs, certifiedRanges, snapshotsResolved, snapshotBlocksFetched}
}

// Metrics is the derivation.Metricer backed by Collectors.
var Metrics derivation.Metricer = promMetrics{}

type promMetrics struct{}

func (promMetrics) RecordSkipped(kind string) { skippedInputs.WithLabelValues(kind).Inc() }
func (promMetrics) RecordCertified()          { certifiedRanges.Inc() }
func (promMetrics) RecordSnapshotResolved(cached bool, fetched int) {
	source := "l1"
	if cached {
		source = "cache"
	}
	snapshotsResolved.WithLabelValues(source).Inc()
	snapshotBlocksFetched.Add(float64(fetched))
}
