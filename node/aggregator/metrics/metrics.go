// Package metrics is the aggregator's Prometheus metrics, in op-service's style: a
// Metricer interface the driver and service are given (Metrics, or NoopMetrics in tests),
// composed with op-service's transaction-manager and RPC metrics.
//
// Operator labels are the operator's address when it is a member of a snapshot the
// aggregator has read, and "unknown" otherwise, so that pushed messages claiming
// arbitrary addresses cannot grow the label space.
package metrics

import (
	"io"
	"math/big"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"

	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
)

// Namespace is the metrics' namespace.
const Namespace = "parley_aggregator"

// UnknownOperator is the operator label of a signature whose claimed operator is not a
// member of any snapshot the aggregator has read.
const UnknownOperator = "unknown"

// Metricer is what the aggregator records.
type Metricer interface {
	RecordInfo(version string)
	RecordUp()

	// Transactions (op-service/txmgr) and RPC (server and clients).
	txmetrics.TxMetricer
	opmetrics.RPCMetricer

	// StartBalanceMetrics reports the submitter's L1 balance until closed.
	StartBalanceMetrics(l log.Logger, client *ethclient.Client, account common.Address) io.Closer

	// RecordSignatureReceived counts one key signature received from an operator,
	// pushed or asked for, before it is checked.
	RecordSignatureReceived(operator string)
	// RecordSignatureRejected counts one key signature (or one whole message, when
	// it fails before its signatures are looked at) dropped, with the reason.
	RecordSignatureRejected(operator, reason string)
	// RecordEarly reports how many pushed messages wait for their range to be built,
	// and counts the ones used when it is.
	RecordEarlyBuffered(n int)
	RecordEarlyUsed(n int)
	// RecordQuorum records the time from a range's attestation being built to every
	// operator set reaching its threshold.
	RecordQuorum(d time.Duration)
	// RecordPosted records a certificate on L1: its range's last block, its signers and
	// non-signers, and the L1 gas and fee its transaction cost.
	RecordPosted(toBlock uint64, signers, nonSigners int, gasUsed uint64, feeWei *big.Int)
	// RecordPostFailed counts a failed posting attempt (its gas, if it was mined and reverted).
	RecordPostFailed(gasUsed uint64, feeWei *big.Int)
	// RecordBacklog reports the source blocks at or below the safe head not yet posted.
	RecordBacklog(blocks uint64)
	// RecordPending reports the lowest range not yet posted (0, 0: none).
	RecordPending(from, to uint64)
	// RecordHalted reports whether the aggregator cannot make progress without help.
	RecordHalted(halted bool)
}

// Metrics is the Prometheus Metricer.
type Metrics struct {
	ns       string
	registry *prometheus.Registry
	factory  opmetrics.Factory

	txmetrics.TxMetrics
	opmetrics.RPCMetrics

	info prometheus.GaugeVec
	up   prometheus.Gauge

	sigReceived   *prometheus.CounterVec
	sigRejected   *prometheus.CounterVec
	earlyBuffered prometheus.Gauge
	earlyUsed     prometheus.Counter
	timeToQuorum  prometheus.Histogram
	posted        prometheus.Counter
	lastPosted    prometheus.Gauge
	signers       prometheus.Gauge
	nonSigners    prometheus.Gauge
	gasUsed       prometheus.Counter
	feesGwei      prometheus.Counter
	postFailed    prometheus.Counter
	backlog       prometheus.Gauge
	pendingFrom   prometheus.Gauge
	pendingTo     prometheus.Gauge
	halted        prometheus.Gauge
}

var (
	_ Metricer                   = (*Metrics)(nil)
	_ opmetrics.RegistryMetricer = (*Metrics)(nil)
)

// NewMetrics returns the metrics of one aggregator process.
func NewMetrics(procName string) *Metrics {
	if procName == "" {
		procName = "default"
	}
	ns := Namespace + "_" + procName
	registry := opmetrics.NewRegistry()
	factory := opmetrics.With(registry)
	return &Metrics{
		ns:         ns,
		registry:   registry,
		factory:    factory,
		TxMetrics:  txmetrics.MakeTxMetrics(ns, factory),
		RPCMetrics: opmetrics.MakeRPCMetrics(ns, factory),
		info: *factory.NewGaugeVec(prometheus.GaugeOpts{
			Namespace: ns, Name: "info", Help: "Pseudo-metric tracking version and config info",
		}, []string{"version"}),
		up: factory.NewGauge(prometheus.GaugeOpts{
			Namespace: ns, Name: "up", Help: "1 if the aggregator has finished starting up",
		}),
		sigReceived: factory.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "signatures_received_total",
			Help: "Key signatures received from operators (pushed or asked for), before checking",
		}, []string{"operator"}),
		sigRejected: factory.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "signatures_rejected_total",
			Help: "Key signatures (or whole messages) dropped, by operator and reason; never aggregated",
		}, []string{"operator", "reason"}),
		earlyBuffered: factory.NewGauge(prometheus.GaugeOpts{
			Namespace: ns, Name: "early_buffered",
			Help: "Pushed signatures waiting for their range to be built",
		}),
		earlyUsed: factory.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "early_used_total",
			Help: "Pushed signatures that arrived before their range was built and were verified and used when it was",
		}),
		timeToQuorum: factory.NewHistogram(prometheus.HistogramOpts{
			Namespace: ns, Name: "time_to_quorum_seconds",
			Help:    "Time from a range's attestation being built to every operator set reaching its threshold",
			Buckets: []float64{.01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 300, 1800},
		}),
		posted: factory.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "certificates_posted_total", Help: "Certificates posted to L1 by this aggregator",
		}),
		lastPosted: factory.NewGauge(prometheus.GaugeOpts{
			Namespace: ns, Name: "last_posted_block", Help: "Last source block of the last range certified on L1",
		}),
		signers: factory.NewGauge(prometheus.GaugeOpts{
			Namespace: ns, Name: "last_certificate_signers", Help: "Signing keys of the last certificate posted",
		}),
		nonSigners: factory.NewGauge(prometheus.GaugeOpts{
			Namespace: ns, Name: "last_certificate_non_signers", Help: "Non-signers of the last certificate posted",
		}),
		gasUsed: factory.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "l1_gas_used_total", Help: "L1 gas used by the aggregator's transactions (from receipts)",
		}),
		feesGwei: factory.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "l1_fees_gwei_total", Help: "L1 fees paid by the aggregator's transactions, in gwei (gas used x effective gas price, from receipts)",
		}),
		postFailed: factory.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "post_failures_total", Help: "Failed attempts to post a certificate (retried)",
		}),
		backlog: factory.NewGauge(prometheus.GaugeOpts{
			Namespace: ns, Name: "backlog_blocks", Help: "Source blocks at or below the safe head whose range is not yet certified on L1",
		}),
		pendingFrom: factory.NewGauge(prometheus.GaugeOpts{
			Namespace: ns, Name: "pending_range_from", Help: "First block of the lowest range not yet posted (0: none)",
		}),
		pendingTo: factory.NewGauge(prometheus.GaugeOpts{
			Namespace: ns, Name: "pending_range_to", Help: "Last block of the lowest range not yet posted (0: none)",
		}),
		halted: factory.NewGauge(prometheus.GaugeOpts{
			Namespace: ns, Name: "halted", Help: "1 when the aggregator cannot make progress without intervention (see its ERROR logs)",
		}),
	}
}

// Registry returns the registry the metrics are in.
func (m *Metrics) Registry() *prometheus.Registry { return m.registry }

// Document lists the metrics (for `doc metrics`-style tooling).
func (m *Metrics) Document() []opmetrics.DocumentedMetric { return m.factory.Document() }

// StartBalanceMetrics implements Metricer.
func (m *Metrics) StartBalanceMetrics(l log.Logger, client *ethclient.Client, account common.Address) io.Closer {
	return opmetrics.LaunchBalanceMetrics(l, m.registry, m.ns, client, account)
}

// RecordInfo implements Metricer.
func (m *Metrics) RecordInfo(version string) { m.info.WithLabelValues(version).Set(1) }

// RecordUp implements Metricer.
func (m *Metrics) RecordUp() { m.up.Set(1) }

// RecordSignatureReceived implements Metricer.
func (m *Metrics) RecordSignatureReceived(operator string) {
	m.sigReceived.WithLabelValues(operator).Inc()
}

// RecordSignatureRejected implements Metricer.
func (m *Metrics) RecordSignatureRejected(operator, reason string) {
	m.sigRejected.WithLabelValues(operator, reason).Inc()
}

// RecordEarlyBuffered implements Metricer.
func (m *Metrics) RecordEarlyBuffered(n int) { m.earlyBuffered.Set(float64(n)) }

// RecordEarlyUsed implements Metricer.
func (m *Metrics) RecordEarlyUsed(n int) { m.earlyUsed.Add(float64(n)) }

// RecordQuorum implements Metricer.
func (m *Metrics) RecordQuorum(d time.Duration) { m.timeToQuorum.Observe(d.Seconds()) }

// RecordPosted implements Metricer.
func (m *Metrics) RecordPosted(toBlock uint64, signers, nonSigners int, gasUsed uint64, feeWei *big.Int) {
	m.posted.Inc()
	m.lastPosted.Set(float64(toBlock))
	m.signers.Set(float64(signers))
	m.nonSigners.Set(float64(nonSigners))
	m.addGas(gasUsed, feeWei)
}

// RecordPostFailed implements Metricer.
func (m *Metrics) RecordPostFailed(gasUsed uint64, feeWei *big.Int) {
	m.postFailed.Inc()
	m.addGas(gasUsed, feeWei)
}

func (m *Metrics) addGas(gasUsed uint64, feeWei *big.Int) {
	m.gasUsed.Add(float64(gasUsed))
	if feeWei != nil {
		gwei, _ := new(big.Float).Quo(new(big.Float).SetInt(feeWei), big.NewFloat(1e9)).Float64()
		m.feesGwei.Add(gwei)
	}
}

// RecordBacklog implements Metricer.
func (m *Metrics) RecordBacklog(blocks uint64) { m.backlog.Set(float64(blocks)) }

// RecordPending implements Metricer.
func (m *Metrics) RecordPending(from, to uint64) {
	m.pendingFrom.Set(float64(from))
	m.pendingTo.Set(float64(to))
}

// RecordHalted implements Metricer.
func (m *Metrics) RecordHalted(halted bool) {
	v := 0.0
	if halted {
		v = 1
	}
	m.halted.Set(v)
}
