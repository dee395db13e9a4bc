package derivation

// Metricer records what the hook does. The op-node glue passes a Prometheus-backed one
// (node/opnode); NoopMetrics discards everything.
type Metricer interface {
	// RecordSkipped counts one L1 input skipped as invalid: kind is "certificate" or
	// "snapshot seal".
	RecordSkipped(kind string)
	// RecordCertified counts one certificate that became a recordRange deposit.
	RecordCertified()
	// RecordSnapshotResolved counts one snapshot resolved for verification, from the
	// cache or by fetching the receipts of fetched L1 blocks.
	RecordSnapshotResolved(cached bool, fetched int)
}

// NoopMetrics is a Metricer that records nothing.
var NoopMetrics Metricer = noopMetrics{}

type noopMetrics struct{}

func (noopMetrics) RecordSkipped(string)             {}
func (noopMetrics) RecordCertified()                 {}
func (noopMetrics) RecordSnapshotResolved(bool, int) {}
