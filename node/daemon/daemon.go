// Package daemon holds what Parley's daemons (operator, aggregator, relayer) start
// alike around their own work: op-service's metrics and pprof servers. Each daemon keeps
// its own lifecycle, flags and configuration; this package only removes the copies of
// the same few start-up lines.
package daemon

import (
	"fmt"

	"github.com/ethereum/go-ethereum/log"

	"github.com/ethereum-optimism/optimism/op-service/httputil"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum-optimism/optimism/op-service/oppprof"
)

// StartMetrics serves m's Prometheus registry as cfg says. It returns nil when metrics
// are disabled, and an error when they are enabled but m has no registry to serve.
func StartMetrics(cfg opmetrics.CLIConfig, m any, lg log.Logger) (*httputil.HTTPServer, error) {
	if !cfg.Enabled {
		return nil, nil
	}
	rm, ok := m.(opmetrics.RegistryMetricer)
	if !ok {
		return nil, fmt.Errorf("metrics are enabled, but %T has no registry to serve", m)
	}
	srv, err := opmetrics.StartServer(rm.Registry(), cfg.ListenAddr, cfg.ListenPort)
	if err != nil {
		return nil, fmt.Errorf("starting the metrics server: %w", err)
	}
	lg.Info("Started the metrics server", "addr", srv.Addr())
	return srv, nil
}

// StartPprof starts op-service's pprof service as cfg says (it does nothing when
// disabled); Stop it with the daemon.
func StartPprof(cfg oppprof.CLIConfig) (*oppprof.Service, error) {
	s := oppprof.New(cfg.ListenEnabled, cfg.ListenAddr, cfg.ListenPort, cfg.ProfileType, cfg.ProfileDir, cfg.ProfileFilename)
	if err := s.Start(); err != nil {
		return nil, fmt.Errorf("starting pprof: %w", err)
	}
	return s, nil
}
