package opnode

import (
	"github.com/prometheus/client_golang/prometheus"
)

// MetricsNamespace prefixes Parley's op-node metrics.
const MetricsNamespace = "parley"

// skippedInputs counts L1 inputs the derivation hook skipped, by kind ("certificate",
// "registry log", "registry update", "registry updates"). Invalid L1 data never halts
// derivation; this counter (and the WARN log line naming the reason) is how operators
// see it.
var skippedInputs = prometheus.NewCounterVec(prometheus.CounterOpts{
	Namespace: MetricsNamespace,
	Name:      "skipped_inputs_total",
	Help:      "L1 inputs (certificates, registry logs and updates) the Parley derivation hook skipped as invalid, by kind",
}, []string{"kind"})

// Collectors returns Parley's op-node metrics. The patched op-node registers them in
// its metrics registry (op-node/metrics, served on --metrics.port), once per registry;
// the same collectors may be registered in several registries.
func Collectors() []prometheus.Collector {
	return []prometheus.Collector{skippedInputs}
}

// countSkipped is the hook's Skipped callback.
func countSkipped(kind string) { skippedInputs.WithLabelValues(kind).Inc() }
