package aggregator

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
	oprpc "github.com/ethereum-optimism/optimism/op-service/rpc"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/node/aggregator/flags"
	"github.com/parley-xyz/parley/node/aggregator/metrics"
	"github.com/parley-xyz/parley/node/daemon"
	"github.com/parley-xyz/parley/node/source"
)

// Main is the `parley aggregator` command's action: it checks the configuration, sets
// up logging and returns the service for op-service's lifecycle to start and stop.
func Main(version string) cliapp.LifecycleAction {
	return func(cliCtx *cli.Context, closeApp context.CancelCauseFunc) (cliapp.Lifecycle, error) {
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
		l.Info("Initializing the Parley aggregator", "version", version)
		return ServiceFromCLIConfig(cliCtx.Context, version, cfg, l, closeApp)
	}
}

// Service is a running aggregator: its clients, metrics, transaction manager, driver
// and servers.
type Service struct {
	Log     log.Logger
	Metrics metrics.Metricer
	Version string

	L1Client     *ethclient.Client
	SourceClient *ethclient.Client
	operators    []*operatorClient
	L1           *L1View
	TxManager    txmgr.TxManager
	Driver       *Driver

	rpcServer       *oprpc.Server
	metricsSrv      *httputil.HTTPServer
	pprofService    *oppprof.Service
	balanceMetricer io.Closer

	stopped atomic.Bool
}

var _ cliapp.Lifecycle = (*Service)(nil)

// ServiceFromCLIConfig sets the aggregator up in order: RPC clients, metrics, the
// transaction manager, the driver, the servers. It checks what L1 decides against the
// configuration (the inbox's AVS, the submitter's allow-listing, the policy's sets in
// the latest snapshot) and fails on any mismatch. closeApp, when not nil, is called
// when the driver stops on a critical failure.
func ServiceFromCLIConfig(ctx context.Context, version string, cfg *CLIConfig, l log.Logger, closeApp context.CancelCauseFunc) (*Service, error) {
	s := &Service{Log: l, Version: version}
	if err := s.init(ctx, cfg, closeApp); err != nil {
		return nil, errors.Join(err, s.Stop(context.Background()))
	}
	return s, nil
}

func (s *Service) init(ctx context.Context, cfg *CLIConfig, closeApp context.CancelCauseFunc) error {
	if err := s.initRPCClients(ctx, cfg); err != nil {
		return err
	}
	s.initMetrics(cfg)
	if err := s.initTxManager(cfg); err != nil {
		return fmt.Errorf("transaction manager: %w", err)
	}
	if err := s.initDriver(ctx, cfg, closeApp); err != nil {
		return err
	}
	if cfg.MetricsConfig.Enabled {
		s.balanceMetricer = s.Metrics.StartBalanceMetrics(s.Log, s.L1Client, s.TxManager.From())
	}
	if err := s.initMetricsServer(cfg); err != nil {
		return fmt.Errorf("metrics server: %w", err)
	}
	if err := s.initPProf(cfg); err != nil {
		return fmt.Errorf("pprof: %w", err)
	}
	if err := s.initRPCServer(cfg); err != nil {
		return fmt.Errorf("RPC server: %w", err)
	}
	s.Metrics.RecordInfo(s.Version)
	s.Metrics.RecordUp()
	return nil
}

func (s *Service) initRPCClients(ctx context.Context, cfg *CLIConfig) error {
	var err error
	if s.L1Client, err = dial.DialEthClientWithTimeout(ctx, dial.DefaultDialTimeout, s.Log, cfg.L1EthRpc); err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	if s.SourceClient, err = dial.DialEthClientWithTimeout(ctx, dial.DefaultDialTimeout, s.Log, cfg.SourceRpc); err != nil {
		return fmt.Errorf("dial source: %w", err)
	}
	for _, u := range cfg.OperatorRpcs {
		op, err := DialOperator(ctx, u)
		if err != nil {
			return err
		}
		s.operators = append(s.operators, op.(*operatorClient))
	}
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
	m, err := daemon.NewTxManager("aggregator", s.Log, s.Metrics, cfg.TxMgrConfig, cfg.L1Keystore, cfg.L1PasswordFile)
	if err != nil {
		return err
	}
	s.TxManager = m // never a typed nil: Stop checks for nil
	return nil
}

func (s *Service) initDriver(ctx context.Context, cfg *CLIConfig, closeApp context.CancelCauseFunc) error {
	from := s.TxManager.From()
	view, err := NewL1View(ctx, s.L1Client, common.HexToAddress(cfg.Inbox), from)
	if err != nil {
		return err
	}
	s.L1 = view
	if ok, err := view.IsSubmitter(ctx); err != nil {
		return fmt.Errorf("inbox allow-list: %w", err)
	} else if !ok {
		return fmt.Errorf("%s is not an allowed submitter of the certificate inbox %s: ask its owner to allow it (setSubmitter)", from, cfg.Inbox)
	}
	src, err := source.New(ctx, s.SourceClient, source.Head(cfg.SourceHead))
	if err != nil {
		return err
	}
	thresholds, err := ParseThresholds(cfg.Thresholds)
	if err != nil {
		return err
	}
	policy := verifier.Policy{AVS: view.AVS(), Thresholds: thresholds}
	// The policy's sets must be in the snapshot operators sign against.
	if ref, err := view.LatestSnapshot(ctx); err == nil {
		t, err := view.Table(ctx, ref)
		if err != nil {
			return fmt.Errorf("latest snapshot %s: %w", ref.Snapshot, err)
		}
		for _, th := range thresholds {
			if set, ok := t.Set(th.Quorum); !ok || set.Members == 0 {
				return fmt.Errorf("--thresholds names operator set %d, which the latest snapshot %s does not hold (or holds empty)", th.Quorum, ref.Snapshot)
			}
		}
	} else if !errors.Is(err, ErrNoSnapshot) {
		return err
	}
	poster, err := NewTxPoster(s.TxManager, view.Addresses().Inbox)
	if err != nil {
		return err
	}
	ops := make([]Operator, len(s.operators))
	for i, o := range s.operators {
		ops[i] = o
	}
	backoff := &retry.ExponentialStrategy{Max: cfg.AskBackoffMax, MaxJitter: 250 * time.Millisecond}
	d, err := NewDriver(DriverSetup{
		Log: s.Log, Metrics: s.Metrics, Clock: clock.SystemClock,
		Cfg: Config{
			AVS: view.AVS(), Submitter: from, Policy: policy,
			Grid:   Grid{Start: cfg.RangeStart, Length: cfg.RangeLength},
			Window: cfg.Window, SnapshotMinLife: cfg.SnapshotMinLife, PostMargin: cfg.PostMargin,
			Linger: cfg.Linger, OperatorTimeout: cfg.OperatorTimeout,
			AskBackoff: backoff, PostBackoff: backoff,
			PollInterval: cfg.PollInterval, MaxOpenRanges: cfg.MaxOpenRanges,
			L1StartBlock: cfg.L1StartBlock, DrainTimeout: 2 * cfg.TxMgrConfig.ResubmissionTimeout,
			MaxBacklog: cfg.MaxBacklog,
		},
		Source: src, L1: view, Poster: poster, Operators: ops,
		OnCritical: func(err error) {
			if closeApp != nil {
				closeApp(err)
			}
		},
	})
	if err != nil {
		return err
	}
	s.Driver = d
	s.Log.Info("Aggregator configured", "avs", view.AVS(), "inbox", view.Addresses().Inbox, "publisher", view.Addresses().Publisher,
		"submitter", from, "sourceChainId", src.ChainID(), "rangeStart", cfg.RangeStart, "rangeLength", cfg.RangeLength,
		"thresholds", cfg.Thresholds, "operators", len(ops), "window", cfg.Window)
	return nil
}

func (s *Service) initMetricsServer(cfg *CLIConfig) (err error) {
	s.metricsSrv, err = daemon.StartMetrics(cfg.MetricsConfig, s.Metrics, s.Log)
	return err
}

func (s *Service) initPProf(cfg *CLIConfig) (err error) {
	s.pprofService, err = daemon.StartPprof(cfg.PprofConfig)
	return err
}

func (s *Service) initRPCServer(cfg *CLIConfig) error {
	server := oprpc.NewServer(cfg.RPCConfig.ListenAddr, cfg.RPCConfig.ListenPort, s.Version,
		oprpc.WithLogger(s.Log), oprpc.WithRPCRecorder(s.Metrics.NewRecorder("main")))
	server.AddAPI(RPCAPI(s.Driver))
	if cfg.RPCConfig.EnableAdmin {
		server.AddAPI(s.TxManager.API())
		s.Log.Info("Admin RPC enabled")
	}
	server.AddHandler("/eigen/", NodeAPI(s.Driver, "parley-aggregator", s.Version))
	if err := server.Start(); err != nil {
		return err
	}
	s.rpcServer = server
	s.Log.Info("Started RPC server (parleyAggregator, EigenLayer node API under /eigen/node)", "endpoint", s.HTTPEndpoint())
	return nil
}

// HTTPEndpoint returns the RPC server's URL.
func (s *Service) HTTPEndpoint() string {
	if s.rpcServer == nil {
		return ""
	}
	return "http://" + s.rpcServer.Endpoint()
}

// Start starts the driver.
func (s *Service) Start(context.Context) error {
	s.Log.Info("Starting the aggregator")
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
	if s.rpcServer != nil {
		if err := s.rpcServer.Stop(); err != nil {
			result = errors.Join(result, fmt.Errorf("RPC server: %w", err))
		}
	}
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
	for _, o := range s.operators {
		o.Close()
	}
	if s.SourceClient != nil {
		s.SourceClient.Close()
	}
	if s.L1Client != nil {
		s.L1Client.Close()
	}
	s.Log.Info("Aggregator stopped")
	return result
}
