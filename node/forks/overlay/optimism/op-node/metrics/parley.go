//go:build parleyoverlay

package metrics

// Parley glue (parley-hooks/3), added by `parley forks build`. The marked line in
// metrics.go calls this when op-node creates its metrics registry.

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/parley-xyz/parley/node/opnode"
)

// parleyRegister adds Parley's metrics (parley_skipped_inputs_total) to op-node's
// registry. They stay at zero while Parley is not configured.
func parleyRegister(r prometheus.Registerer) {
	r.MustRegister(opnode.Collectors()...)
}
