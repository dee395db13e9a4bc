package relayer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/clock"
	"github.com/ethereum-optimism/optimism/op-service/dial"
	"github.com/ethereum-optimism/optimism/op-service/httputil"
	"github.com/ethereum-optimism/optimism/op-service/oppprof"
	oprpc "github.com/ethereum-optimism/optimism/op-service/rpc"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/parley-xyz/parley/node/daemon"
	"github.com/parley-xyz/parley/node/prove"
	"github.com/parley-xyz/parley/node/relayer/metrics"
	"github.com/parley-xyz/parley/node/source"
)

// ErrAlreadyStopped is returned by Stop after the first call.
var ErrAlreadyStopped = errors.New("relayer: already stopped")

// Version is the relayer's version.
const Version = "v0.1.0"

// Service is a running relayer: its clients, metrics, transaction manager, driver and
// servers.
type Service struct {
	Log       log.Logger
	Metrics   metrics.Metricer
	Clock     clock.Clock
	Version   string
	Messenger common.Address

	Destination   *ethclient.Client
	DestinationID uint64
	Sources       []*ethclient.Client
	TxManager     txmgr.TxManager

	driver     *Driver
	rpcServer  *oprpc.Server
	metricsSrv *httputil.HTTPServer
	pprof      *oppprof.Service
	balance    io.Closer

	stopped atomic.Bool
}

// NewService sets the relayer up, in order: RPC clients (with the start-up checks),
// metrics, transaction manager, driver, RPC server, metrics and profiling servers.
// Nothing is relayed before Start. On failure everything set up is stopped again.
func NewService(ctx context.Context, version string, cfg *CLIConfig, l log.Logger, clk clock.Clock) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("invalid configuration: %w", err)
	}
	s := &Service{Log: l, Clock: clk, Version: version}
	if err := s.init(ctx, cfg); err != nil {
		return nil, errors.Join(err, s.Stop(context.Background()))
	}
	return s, nil
}

func (s *Service) init(ctx context.Context, cfg *CLIConfig) error {
	s.initMetrics(cfg)
	if err := s.initRPCClients(ctx, cfg); err != nil {
		return err
	}
	if err := s.initTxManager(cfg); err != nil {
		return err
	}
	if err := s.initDriver(ctx, cfg); err != nil {
		return err
	}
	if err := s.initRPCServer(cfg); err != nil {
		return err
	}
	if err := s.initMetricsServer(cfg); err != nil {
		return err
	}
	if err := s.initPprof(cfg); err != nil {
		return err
	}
	s.Metrics.RecordInfo(s.Version)
	s.Metrics.RecordUp()
	return nil
}

func (s *Service) initMetrics(cfg *CLIConfig) {
	s.Metrics = metrics.NoopMetrics
	if cfg.MetricsConfig.Enabled {
		s.Metrics = metrics.NewMetrics()
	}
}

// initRPCClients dials the nodes and checks what the chains decide: the messenger has
// the same code on the destination and every source, and the destination runs the
// inbox precompile.
func (s *Service) initRPCClients(ctx context.Context, cfg *CLIConfig) error {
	var err error
	if s.Messenger, err = ParseMessenger(cfg.Messenger); err != nil {
		return err
	}
	if s.Destination, err = dial.DialEthClientWithTimeout(ctx, dial.DefaultDialTimeout, s.Log, cfg.DestinationRPC); err != nil {
		return fmt.Errorf("relayer: destination: %w", err)
	}
	id, err := s.Destination.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("relayer: destination chain id: %w", err)
	}
	if !id.IsUint64() {
		return fmt.Errorf("relayer: destination chain id %s exceeds 64 bits", id)
	}
	s.DestinationID = id.Uint64()
	code, err := s.Destination.CodeAt(ctx, s.Messenger, nil)
	if err != nil {
		return fmt.Errorf("relayer: destination: messenger code: %w", err)
	}
	if len(code) == 0 {
		return fmt.Errorf("relayer: no contract at the messenger address %s on the destination (chain %d)", s.Messenger, s.DestinationID)
	}
	if _, _, err := prove.NewInbox(s.Destination).LatestCertifiedBlock(ctx, 0); err != nil {
		return fmt.Errorf("relayer: destination (chain %d) inbox: %w", s.DestinationID, err)
	}
	for _, url := range cfg.SourceRPCs {
		c, err := dial.DialEthClientWithTimeout(ctx, dial.DefaultDialTimeout, s.Log, url)
		if err != nil {
			return fmt.Errorf("relayer: source %s: %w", url, err)
		}
		s.Sources = append(s.Sources, c)
		srcCode, err := c.CodeAt(ctx, s.Messenger, nil)
		if err != nil {
			return fmt.Errorf("relayer: source %s: messenger code: %w", url, err)
		}
		if !bytes.Equal(srcCode, code) {
			return fmt.Errorf("relayer: the messenger %s on source %s is not the destination's (code hash %s, destination %s)",
				s.Messenger, url, crypto.Keccak256Hash(srcCode), crypto.Keccak256Hash(code))
		}
	}
	return nil
}

func (s *Service) initTxManager(cfg *CLIConfig) error {
	pw := cfg.Password
	if cfg.PasswordFile != "" {
		var err error
		if pw, err = ReadPassword(cfg.PasswordFile); err != nil {
			return err
		}
	}
	txm, err := NewTxManager(s.Log, s.Metrics, cfg.DestinationRPC, cfg.TxMgrConfig, KeyConfig{Keystore: cfg.Keystore, Password: pw})
	if err != nil {
		return err
	}
	s.TxManager = txm
	if id := txm.ChainID(); id.ToBig().Uint64() != s.DestinationID {
		return fmt.Errorf("relayer: the transaction manager is on chain %s, the destination is %d", id, s.DestinationID)
	}
	if cfg.MetricsConfig.Enabled {
		s.balance = s.Metrics.StartBalanceMetrics(s.Log, s.Destination, txm.From())
	}
	s.Log.Info("Relaying from", "account", txm.From())
	return nil
}

func (s *Service) initDriver(ctx context.Context, cfg *CLIConfig) error {
	var sources []SourceChain
	for _, c := range s.Sources {
		sources = append(sources, c)
	}
	d, err := NewDriver(ctx, DriverSetup{
		Log: s.Log, Metrics: s.Metrics, Clock: s.Clock, Config: cfg.DriverConfig(),
		Sources: sources, Head: source.Head(cfg.SourceHead),
		Inbox: prove.NewInbox(s.Destination),
		Relayer: &Relayer{Destination: NewMessenger(s.Destination, s.Messenger), ChainID: s.DestinationID,
			Messenger: s.Messenger, Sender: s.TxManager},
		Store: NewStore(cfg.ProgressFile),
	})
	if err != nil {
		return err
	}
	s.driver = d
	return nil
}

func (s *Service) initRPCServer(cfg *CLIConfig) error {
	srv := oprpc.NewServer(cfg.RPCConfig.ListenAddr, cfg.RPCConfig.ListenPort, s.Version,
		oprpc.WithLogger(s.Log),
		oprpc.WithRPCRecorder(s.Metrics.NewRecorder("main")),
		oprpc.WithHealthzHandler(HealthHandler(s.driver.Status)))
	srv.AddAPI(rpc.API{Namespace: "relayer", Service: &API{d: s.driver}})
	if cfg.RPCConfig.EnableAdmin {
		srv.AddAPI(s.TxManager.API())
	}
	if err := srv.Start(); err != nil {
		return fmt.Errorf("relayer: RPC server: %w", err)
	}
	s.rpcServer = srv
	return nil
}

func (s *Service) initMetricsServer(cfg *CLIConfig) (err error) {
	s.metricsSrv, err = daemon.StartMetrics(cfg.MetricsConfig, s.Metrics, s.Log)
	return err
}

func (s *Service) initPprof(cfg *CLIConfig) (err error) {
	s.pprof, err = daemon.StartPprof(cfg.PprofConfig)
	return err
}

// Start starts relaying.
func (s *Service) Start(context.Context) error {
	s.Log.Info("Starting relayer", "destination", s.DestinationID, "messenger", s.Messenger, "sources", len(s.Sources))
	return s.driver.Start()
}

// Stop stops everything, in the reverse order of set-up. Calls after the first return
// ErrAlreadyStopped.
func (s *Service) Stop(ctx context.Context) error {
	if !s.stopped.CompareAndSwap(false, true) {
		return ErrAlreadyStopped
	}
	var errs []error
	if s.pprof != nil {
		errs = append(errs, s.pprof.Stop(ctx))
	}
	if s.metricsSrv != nil {
		errs = append(errs, s.metricsSrv.Stop(ctx))
	}
	if s.rpcServer != nil {
		errs = append(errs, s.rpcServer.Stop())
	}
	if s.driver != nil {
		s.driver.Stop()
	}
	if s.balance != nil {
		errs = append(errs, s.balance.Close())
	}
	if s.TxManager != nil {
		s.TxManager.Close()
	}
	for _, c := range s.Sources {
		c.Close()
	}
	if s.Destination != nil {
		s.Destination.Close()
	}
	s.Log.Info("Relayer stopped")
	return errors.Join(errs...)
}

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool { return s.stopped.Load() }

// Status returns the relayer's status.
func (s *Service) Status() Status { return s.driver.Status() }

// HTTPEndpoint returns the RPC server's endpoint (with /healthz).
func (s *Service) HTTPEndpoint() string { return "http://" + s.rpcServer.Endpoint() }

var _ cliapp.Lifecycle = (*Service)(nil)
