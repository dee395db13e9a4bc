package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync/atomic"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"

	opservice "github.com/ethereum-optimism/optimism/op-service"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/clock"
	"github.com/ethereum-optimism/optimism/op-service/dial"
	"github.com/ethereum-optimism/optimism/op-service/httputil"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/ethereum-optimism/optimism/op-service/oppprof"
	"github.com/ethereum-optimism/optimism/op-service/retry"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/daemon"
	"github.com/parley-xyz/parley/node/watch/flags"
	"github.com/parley-xyz/parley/node/watch/metrics"
)

// Main is the `parley watch` command's action: it checks the configuration, sets up
// logging and returns the service for op-service's lifecycle to start and stop.
func Main(version string) cliapp.LifecycleAction {
	return func(cliCtx *cli.Context, _ context.CancelCauseFunc) (cliapp.Lifecycle, error) {
		if err := flags.CheckRequired(cliCtx); err != nil {
			return nil, err
		}
		cfg := NewConfig(cliCtx)
		if err := cfg.Check(); err != nil {
			return nil, fmt.Errorf("invalid configuration: %w", err)
		}
		l := oplog.NewLogger(oplog.AppOut(cliCtx), cfg.LogConfig)
		oplog.SetGlobalLogHandler(l.Handler())
		opservice.ValidateEnvVars(flags.EnvVarPrefix, flags.Flags, l)
		l.Info("Initializing the Parley watcher", "version", version)
		return ServiceFromCLIConfig(cliCtx.Context, version, cfg, l)
	}
}

// Service is a running watcher: its L1 client, metrics, transaction manager, driver
// and servers.
type Service struct {
	Log     log.Logger
	Metrics metrics.Metricer
	Version string

	L1Client  *ethclient.Client
	L1        *L1View
	TxManager txmgr.TxManager
	Driver    *Driver

	metricsSrv      *httputil.HTTPServer
	pprofService    *oppprof.Service
	balanceMetricer io.Closer

	stopped atomic.Bool
}

var _ cliapp.Lifecycle = (*Service)(nil)

// ServiceFromCLIConfig sets the watcher up in order: the L1 client, metrics, the
// transaction manager, the driver, the servers. It reads the AVS from the inbox and
// checks that the registrar has a slasher of this AVS.
func ServiceFromCLIConfig(ctx context.Context, version string, cfg *CLIConfig, l log.Logger) (*Service, error) {
	s := &Service{Log: l, Version: version}
	if err := s.init(ctx, cfg); err != nil {
		return nil, errors.Join(err, s.Stop(context.Background()))
	}
	return s, nil
}

func (s *Service) init(ctx context.Context, cfg *CLIConfig) error {
	var err error
	if s.L1Client, err = dial.DialEthClientWithTimeout(ctx, dial.DefaultDialTimeout, s.Log, cfg.L1EthRpc); err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	s.initMetrics(cfg)
	if err := s.initTxManager(cfg); err != nil {
		return fmt.Errorf("transaction manager: %w", err)
	}
	if err := s.initDriver(ctx, cfg); err != nil {
		return err
	}
	if cfg.MetricsConfig.Enabled {
		s.balanceMetricer = s.Metrics.StartBalanceMetrics(s.Log, s.L1Client, s.TxManager.From())
	}
	if s.metricsSrv, err = daemon.StartMetrics(cfg.MetricsConfig, s.Metrics, s.Log); err != nil {
		return fmt.Errorf("metrics server: %w", err)
	}
	if s.pprofService, err = daemon.StartPprof(cfg.PprofConfig); err != nil {
		return fmt.Errorf("pprof: %w", err)
	}
	s.Metrics.RecordInfo(s.Version)
	s.Metrics.RecordUp()
	return nil
}

func (s *Service) initMetrics(cfg *CLIConfig) {
	if cfg.MetricsConfig.Enabled {
		s.Metrics = metrics.NewMetrics("default")
	} else {
		s.Metrics = metrics.NoopMetrics
	}
}

func (s *Service) initTxManager(cfg *CLIConfig) error {
	m, err := daemon.NewTxManager("watch", s.Log, s.Metrics, cfg.TxMgrConfig, cfg.L1Keystore, cfg.L1PasswordFile)
	if err != nil {
		return err
	}
	s.TxManager = m // never a typed nil: Stop checks for nil
	return nil
}

func (s *Service) initDriver(ctx context.Context, cfg *CLIConfig) error {
	view, err := NewL1View(ctx, s.L1Client, common.HexToAddress(cfg.Inbox))
	if err != nil {
		return err
	}
	s.L1 = view
	slasher, err := view.Slasher(ctx)
	if err != nil {
		return fmt.Errorf("the registrar's slasher: %w", err)
	}
	if slasher == (common.Address{}) {
		return fmt.Errorf("the registrar %s has no slasher: nothing can be slashed (its owner sets one with setSlasher)", view.Addresses().Registrar)
	}
	if err := view.CheckSlasher(ctx, slasher); err != nil {
		return err
	}
	start := cfg.L1StartBlock
	if start == 0 {
		head, err := view.Head(ctx)
		if err != nil {
			return fmt.Errorf("L1 head: %w", err)
		}
		if head > optable.MaxSnapshotAge {
			start = head - optable.MaxSnapshotAge
		}
	}
	submitter, err := NewTxSubmitter(s.TxManager)
	if err != nil {
		return err
	}
	d, err := NewDriver(DriverSetup{
		Log: s.Log, Metrics: s.Metrics, Clock: clock.SystemClock,
		Cfg: Config{
			AVS: view.AVS(), StartBlock: start,
			HistoryBlocks: cfg.HistoryBlocks, MaxCertificates: cfg.MaxCertificates,
			PollInterval: cfg.PollInterval, LogChunk: cfg.LogChunk,
			Backoff:     &retry.ExponentialStrategy{Max: cfg.RetryBackoffMax, MaxJitter: 250 * time.Millisecond},
			MaxAttempts: cfg.MaxAttempts, MaxSlashesPerTx: uint32(cfg.MaxSlashesPerTx),
		},
		L1: view, Submitter: submitter,
	})
	if err != nil {
		return err
	}
	s.Driver = d
	s.Log.Info("Watcher configured", "avs", view.AVS(), "inbox", view.Addresses().Inbox, "publisher", view.Addresses().Publisher,
		"slasher", slasher, "from", s.TxManager.From(), "startBlock", start, "historyBlocks", cfg.HistoryBlocks,
		"maxCertificates", cfg.MaxCertificates)
	return nil
}

// Start starts the driver.
func (s *Service) Start(context.Context) error {
	s.Log.Info("Starting the watcher")
	return s.Driver.Start()
}

// Stopped reports whether Stop ran.
func (s *Service) Stopped() bool { return s.stopped.Load() }

// Stop stops everything, in the reverse order of set-up. It is idempotent.
func (s *Service) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return nil
	}
	var result error
	if s.pprofService != nil {
		if err := s.pprofService.Stop(ctx); err != nil {
			result = errors.Join(result, fmt.Errorf("pprof: %w", err))
		}
	}
	if s.metricsSrv != nil {
		if err := s.metricsSrv.Stop(ctx); err != nil {
			result = errors.Join(result, fmt.Errorf("metrics server: %w", err))
		}
	}
	if s.balanceMetricer != nil {
		if err := s.balanceMetricer.Close(); err != nil {
			result = errors.Join(result, fmt.Errorf("balance metrics: %w", err))
		}
	}
	if s.Driver != nil {
		s.Driver.Stop()
	}
	if s.TxManager != nil {
		s.TxManager.Close()
	}
	if s.L1Client != nil {
		s.L1Client.Close()
	}
	s.Log.Info("Watcher stopped")
	return result
}
