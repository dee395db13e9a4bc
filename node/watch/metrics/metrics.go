// Package metrics is the watcher's Prometheus metrics, in op-service's style: a
// Metricer interface the driver and service are given (Metrics, or NoopMetrics in
// tests), composed with op-service's transaction-manager metrics. Every name starts
// with parley_watch_ (then the process name, "default").
//
// Labels are bounded: skip and failure reasons are the package's constants, never
// text from L1.
package metrics

import (
	"io"
	"math/big"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"

	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
)

// Namespace is the metrics' namespace.
const Namespace = "parley_watch"

// Metricer is what the watcher records.
type Metricer interface {
	RecordInfo(version string)
	RecordUp()

	// Transactions (op-service/txmgr).
	txmetrics.TxMetricer

	// StartBalanceMetrics reports the watcher's L1 balance until closed.
	StartBalanceMetrics(l log.Logger, client *ethclient.Client, account common.Address) io.Closer

	// RecordScanned reports the last L1 block whose inbox logs were read.
	RecordScanned(block uint64)
	// RecordCertificateSeen counts one CertificatePosted log of the inbox read.
	RecordCertificateSeen()
	// RecordCertificateSkipped counts a log not kept, with the reason (the watch
	// package's Skip* constants).
	RecordCertificateSkipped(reason string)
	// RecordHistory reports the certificates kept.
	RecordHistory(n int)
	// RecordConflict counts a pair of certificates over conflicting attestations.
	RecordConflict()
	// RecordOffenceSkipped counts offences not submitted, with the reason (already
	// slashed, no longer slashable).
	RecordOffenceSkipped(reason string, n int)
	// RecordEvidenceSubmitted counts a slashing transaction handed to the transaction
	// manager.
	RecordEvidenceSubmitted()
	// RecordEvidenceConfirmed counts a slashing transaction mined successfully, the
	// offenders it slashed, and its gas and fee.
	RecordEvidenceConfirmed(slashed int, gasUsed uint64, feeWei *big.Int)
	// RecordEvidenceFailed counts a failed attempt (with its gas if it was mined and
	// reverted), with the reason.
	RecordEvidenceFailed(reason string, gasUsed uint64, feeWei *big.Int)
	// RecordPending reports the evidence waiting to be submitted.
	RecordPending(n int)
}

// Metrics is the Prometheus Metricer.
type Metrics struct {
	ns       string
	registry *prometheus.Registry
	factory  opmetrics.Factory

	txmetrics.TxMetrics

	info prometheus.GaugeVec
	up   prometheus.Gauge

	scanned         prometheus.Gauge
	seen            prometheus.Counter
	skipped         *prometheus.CounterVec
	history         prometheus.Gauge
	conflicts       prometheus.Counter
	offenceSkipped  *prometheus.CounterVec
	submitted       prometheus.Counter
	confirmed       prometheus.Counter
	failed          *prometheus.CounterVec
	offendersSlashd prometheus.Counter
	gasUsed         prometheus.Counter
	feesGwei        prometheus.Counter
	pending         prometheus.Gauge
}

var (
	_ Metricer                   = (*Metrics)(nil)
	_ opmetrics.RegistryMetricer = (*Metrics)(nil)
)

// NewMetrics returns the metrics of one watcher process.
func NewMetrics(procName string) *Metrics {
	if procName == "" {
		procName = "default"
	}
	ns := Namespace + "_" + procName
	registry := opmetrics.NewRegistry()
	factory := opmetrics.With(registry)
	return &Metrics{
		ns:        ns,
		registry:  registry,
		factory:   factory,
		TxMetrics: txmetrics.MakeTxMetrics(ns, factory),
		info: *factory.NewGaugeVec(prometheus.GaugeOpts{
			Namespace: ns, Name: "info", Help: "Pseudo-metric tracking version and config info",
		}, []string{"version"}),
		up: factory.NewGauge(prometheus.GaugeOpts{
			Namespace: ns, Name: "up", Help: "1 if the watcher has finished starting up",
		}),
		scanned: factory.NewGauge(prometheus.GaugeOpts{
			Namespace: ns, Name: "l1_scanned_block", Help: "Last L1 block whose certificate inbox logs were read",
		}),
		seen: factory.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "certificates_seen_total", Help: "CertificatePosted logs of the inbox read",
		}),
		skipped: factory.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "certificates_skipped_total", Help: "CertificatePosted logs not kept, by reason",
		}, []string{"reason"}),
		history: factory.NewGauge(prometheus.GaugeOpts{
			Namespace: ns, Name: "history_certificates", Help: "Certificates kept to compare new ones with",
		}),
		conflicts: factory.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "conflicts_total", Help: "Pairs of certificates over conflicting attestations found",
		}),
		offenceSkipped: factory.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "offences_skipped_total", Help: "Offences found but not submitted, by reason (already slashed, not slashable)",
		}, []string{"reason"}),
		submitted: factory.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "evidence_submitted_total", Help: "Slashing transactions handed to the transaction manager",
		}),
		confirmed: factory.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "evidence_confirmed_total", Help: "Slashing transactions mined successfully",
		}),
		failed: factory.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "evidence_failed_total", Help: "Failed attempts to submit evidence, by reason",
		}, []string{"reason"}),
		offendersSlashd: factory.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "offenders_slashed_total", Help: "Offences slashed by the watcher's transactions (EquivocationSlashed logs)",
		}),
		gasUsed: factory.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "l1_gas_used_total", Help: "L1 gas used by the watcher's transactions (from receipts)",
		}),
		feesGwei: factory.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "l1_fees_gwei_total", Help: "L1 fees paid by the watcher's transactions, in gwei",
		}),
		pending: factory.NewGauge(prometheus.GaugeOpts{
			Namespace: ns, Name: "evidence_pending", Help: "Evidence waiting to be submitted",
		}),
	}
}

// Registry returns the registry the metrics are in.
func (m *Metrics) Registry() *prometheus.Registry { return m.registry }

// Document lists the metrics.
func (m *Metrics) Document() []opmetrics.DocumentedMetric { return m.factory.Document() }

// StartBalanceMetrics implements Metricer.
func (m *Metrics) StartBalanceMetrics(l log.Logger, client *ethclient.Client, account common.Address) io.Closer {
	return opmetrics.LaunchBalanceMetrics(l, m.registry, m.ns, client, account)
}

// RecordInfo implements Metricer.
func (m *Metrics) RecordInfo(version string) { m.info.WithLabelValues(version).Set(1) }

// RecordUp implements Metricer.
func (m *Metrics) RecordUp() { m.up.Set(1) }

// RecordScanned implements Metricer.
func (m *Metrics) RecordScanned(block uint64) { m.scanned.Set(float64(block)) }

// RecordCertificateSeen implements Metricer.
func (m *Metrics) RecordCertificateSeen() { m.seen.Inc() }

// RecordCertificateSkipped implements Metricer.
func (m *Metrics) RecordCertificateSkipped(reason string) { m.skipped.WithLabelValues(reason).Inc() }

// RecordHistory implements Metricer.
func (m *Metrics) RecordHistory(n int) { m.history.Set(float64(n)) }

// RecordConflict implements Metricer.
func (m *Metrics) RecordConflict() { m.conflicts.Inc() }

// RecordOffenceSkipped implements Metricer.
func (m *Metrics) RecordOffenceSkipped(reason string, n int) {
	m.offenceSkipped.WithLabelValues(reason).Add(float64(n))
}

// RecordEvidenceSubmitted implements Metricer.
func (m *Metrics) RecordEvidenceSubmitted() { m.submitted.Inc() }

// RecordEvidenceConfirmed implements Metricer.
func (m *Metrics) RecordEvidenceConfirmed(slashed int, gasUsed uint64, feeWei *big.Int) {
	m.confirmed.Inc()
	m.offendersSlashd.Add(float64(slashed))
	m.addGas(gasUsed, feeWei)
}

// RecordEvidenceFailed implements Metricer.
func (m *Metrics) RecordEvidenceFailed(reason string, gasUsed uint64, feeWei *big.Int) {
	m.failed.WithLabelValues(reason).Inc()
	m.addGas(gasUsed, feeWei)
}

// RecordPending implements Metricer.
func (m *Metrics) RecordPending(n int) { m.pending.Set(float64(n)) }

func (m *Metrics) addGas(gasUsed uint64, feeWei *big.Int) {
	m.gasUsed.Add(float64(gasUsed))
	if feeWei != nil {
		gwei, _ := new(big.Float).Quo(new(big.Float).SetInt(feeWei), big.NewFloat(1e9)).Float64()
		m.feesGwei.Add(gwei)
	}
}
