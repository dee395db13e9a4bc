package operator

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/clock"
	"github.com/ethereum-optimism/optimism/op-service/httputil"
	"github.com/ethereum-optimism/optimism/op-service/oppprof"
	oprpc "github.com/ethereum-optimism/optimism/op-service/rpc"

	"github.com/parley-xyz/parley/node/avs"
	"github.com/parley-xyz/parley/node/daemon"
	"github.com/parley-xyz/parley/node/operator/flags"
	"github.com/parley-xyz/parley/node/operator/metrics"
	"github.com/parley-xyz/parley/node/operator/protection"
	"github.com/parley-xyz/parley/node/source"
)

// Version is the operator daemon's version (node API node_version, metrics info).
const Version = "v0.1.0"

// ErrAlreadyStopped is returned by Start after Stop.
var ErrAlreadyStopped = errors.New("operator: already stopped")

// Service is the operator daemon: set up in order (keys, RPC clients and the AVS's
// contracts, metrics, slashing protection, start-up checks, attester and driver, RPC
// server, node API, metrics and pprof servers), started by Start and stopped by Stop in
// the reverse order.
type Service struct {
	Log     log.Logger
	Metrics metrics.Metricer
	Version string

	Keys             []*Key
	L1Client         *ethclient.Client
	SourceClient     *ethclient.Client
	AggregatorClient *rpc.Client
	AVS              *avs.AVS
	Source           *source.Source
	DB               *protection.DB
	Attester         *Attester
	Driver           *Driver

	clock      clock.Clock
	rpcServer  *oprpc.Server
	nodeAPI    *httputil.HTTPServer
	metricsSrv *httputil.HTTPServer
	pprof      *oppprof.Service

	stopped atomic.Bool
}

var _ cliapp.Lifecycle = (*Service)(nil)

// Option changes how the service is built.
type Option func(*Service)

// WithClock sets the driver's clock (default: the system clock).
func WithClock(c clock.Clock) Option { return func(s *Service) { s.clock = c } }

// WithMetrics sets the metricer (default: Prometheus metrics if enabled, else none).
func WithMetrics(m metrics.Metricer) Option { return func(s *Service) { s.Metrics = m } }

// NewService checks the configuration and sets the daemon up; on an error it releases
// what it set up.
func NewService(ctx context.Context, version string, cfg *CLIConfig, lg log.Logger, opts ...Option) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	s := &Service{Log: lg, Version: version, clock: clock.SystemClock}
	for _, o := range opts {
		o(s)
	}
	if err := s.init(ctx, cfg); err != nil {
		_ = s.Stop(context.Background())
		return nil, err
	}
	return s, nil
}

func (s *Service) init(ctx context.Context, cfg *CLIConfig) error {
	if err := s.initKeys(cfg); err != nil {
		return err
	}
	if err := s.initRPCClients(ctx, cfg); err != nil {
		return err
	}
	s.initMetrics(cfg)
	if err := s.initProtection(cfg); err != nil {
		return err
	}
	if err := s.checkKeys(ctx, cfg); err != nil {
		return err
	}
	s.initDriver(ctx, cfg)
	if err := s.initRPCServer(cfg); err != nil {
		return err
	}
	if err := s.initNodeAPI(cfg); err != nil {
		return err
	}
	if err := s.initMetricsServer(cfg); err != nil {
		return err
	}
	return s.initPProf(cfg)
}

func (s *Service) initKeys(cfg *CLIConfig) error {
	specs, err := ParseKeySpecs(cfg.BLSKeys)
	if err != nil {
		return err
	}
	pw := cfg.BLSPassword
	if cfg.BLSPasswordFile != "" {
		if pw, err = ReadPasswordFile(cfg.BLSPasswordFile); err != nil {
			return fmt.Errorf("BLS password file: %w", err)
		}
	}
	s.Keys, err = LoadKeys(specs, pw)
	return err
}

func (s *Service) initRPCClients(ctx context.Context, cfg *CLIConfig) error {
	var err error
	if s.L1Client, err = ethclient.DialContext(ctx, cfg.L1EthRPC); err != nil {
		return fmt.Errorf("dialing L1 %s: %w", cfg.L1EthRPC, err)
	}
	if s.SourceClient, err = ethclient.DialContext(ctx, cfg.SourceRPC); err != nil {
		return fmt.Errorf("dialing the source %s: %w", cfg.SourceRPC, err)
	}
	if s.Source, err = source.New(ctx, s.SourceClient, source.Head(cfg.SourceHead)); err != nil {
		return fmt.Errorf("source %s: %w", cfg.SourceRPC, err)
	}
	if cfg.AggregatorRPC != "" {
		if s.AggregatorClient, err = rpc.DialContext(ctx, cfg.AggregatorRPC); err != nil {
			return fmt.Errorf("dialing the aggregator %s: %w", cfg.AggregatorRPC, err)
		}
	}
	var registrar common.Address
	if cfg.AVS != "" {
		registrar = common.HexToAddress(cfg.AVS)
	}
	if s.AVS, err = AttachAVS(ctx, s.L1Client, registrar, common.HexToAddress(cfg.Publisher)); err != nil {
		return err
	}
	s.Log.Info("Attached to the AVS", "avs", s.AVS.ID(), "publisher", s.AVS.Addresses.Publisher,
		"allocationManager", s.AVS.Core.Addresses.AllocationManager, "keyRegistrar", s.AVS.Core.Addresses.KeyRegistrar,
		"sourceChain", s.Source.ChainID(), "sourceHead", cfg.SourceHead)
	return nil
}

func (s *Service) initMetrics(cfg *CLIConfig) {
	if s.Metrics != nil {
		return
	}
	if cfg.MetricsConfig.Enabled {
		s.Metrics = metrics.NewMetrics()
	} else {
		s.Metrics = metrics.NoopMetrics
	}
}

func (s *Service) initProtection(cfg *CLIConfig) error {
	db, info, err := protection.Open(cfg.ProtectionDB, protection.Options{Create: cfg.Fresh})
	switch {
	case errors.Is(err, protection.ErrMissing):
		return fmt.Errorf("%w: give --fresh only if these keys never signed for this AVS and source chain, or import their history first (parley operator protection import)", err)
	case errors.Is(err, protection.ErrCorrupt):
		return fmt.Errorf("%w: restore it from a backup or an export; --fresh would move it aside and start an EMPTY history", err)
	case err != nil:
		return err
	}
	s.DB = db
	if info.MovedAside != "" {
		s.Log.Error("The protection database was corrupt: moved aside, starting with an EMPTY history (--fresh)",
			"path", cfg.ProtectionDB, "movedTo", info.MovedAside, "cause", info.Cause)
	} else if info.Created {
		s.Log.Warn("Created a new, empty protection database (--fresh)", "path", cfg.ProtectionDB)
	}
	return nil
}

// checkKeys compares each key with the KeyRegistrar: another key registered for the
// set is a configuration error; none, or no membership, is reported (the operator may
// be registering).
func (s *Service) checkKeys(ctx context.Context, cfg *CLIConfig) error {
	operator := common.HexToAddress(cfg.Operator)
	avsAddr := s.AVS.Addresses.Registrar
	for _, k := range s.Keys {
		isSet, err := s.AVS.Registrar.IsOperatorSet(&bind.CallOpts{Context: ctx}, uint32(k.Set))
		if err != nil {
			return fmt.Errorf("registrar.isOperatorSet(%d): %w", k.Set, err)
		}
		if !isSet {
			return fmt.Errorf("--%s %d:%s: operator set %d is not one of the AVS %s's sets", flags.BLSKeyName, k.Set, k.Path, k.Set, avsAddr)
		}
		g1, g2, ok, err := s.AVS.Core.BN254Key(ctx, operator, avsAddr, uint32(k.Set))
		if err != nil {
			return fmt.Errorf("reading %s's key for operator set %d: %w", operator, k.Set, err)
		}
		switch {
		case !ok:
			s.Log.Warn("Key not registered in the KeyRegistrar: run `parley operator register`", "set", k.Set, "key", k.ID(), "operator", operator)
			continue
		case !g1.Equal(k.G1) || !g2.Equal(k.G2):
			return fmt.Errorf("the KeyRegistrar holds another key for operator %s in set %d than %s (%s): use the key file registered for the set",
				operator, k.Set, k.Path, k.ID())
		}
		member, err := s.AVS.Core.IsMember(ctx, operator, avsAddr, uint32(k.Set))
		if err != nil {
			return err
		}
		s.Log.Info("Operator key", "set", k.Set, "key", k.ID(), "registered", true, "member", member)
	}
	return nil
}

func (s *Service) initDriver(ctx context.Context, cfg *CLIConfig) {
	grid := Grid{Start: cfg.RangeStart, Length: cfg.RangeLength}
	id := Identity{AVS: s.AVS.ID(), Operator: common.HexToAddress(cfg.Operator), Keys: s.Keys}
	snaps := NewL1Snapshots(s.AVS, s.L1Client, cfg.MaxSnapshotAge)
	s.Attester = NewAttester(s.Log, s.Metrics, id, grid, s.Source, snaps, s.DB)
	// The ranges signed before this start must still be the source's: a reorg while
	// the daemon was down halts it before it signs anything.
	if err := s.Attester.CheckSigned(ctx); err != nil {
		s.Log.Warn("Cannot re-check the last signed ranges yet", "err", err)
	}
	var agg Aggregator
	if s.AggregatorClient != nil {
		agg = RPCAggregator{Client: s.AggregatorClient}
	} else {
		s.Log.Warn("No aggregator endpoint: signatures are only given on request")
	}
	s.Driver = NewDriver(s.Log, s.Metrics, s.clock, DriverConfig{
		PollInterval: cfg.PollInterval, NetworkTimeout: cfg.NetworkTimeout, MaxRangesPerPoll: cfg.MaxRangesPerPoll,
		PushAttempts: cfg.PushAttempts, MaxLagRanges: cfg.MaxLagRanges,
	}, grid, s.Attester, agg)
}

func (s *Service) initRPCServer(cfg *CLIConfig) error {
	srv := oprpc.NewServer(cfg.RPCConfig.ListenAddr, cfg.RPCConfig.ListenPort, s.Version,
		oprpc.WithLogger(s.Log), oprpc.WithRPCRecorder(s.Metrics.NewRecorder("main")))
	srv.AddAPI(NewAPI(s.Attester).RPC())
	if err := srv.Start(); err != nil {
		return fmt.Errorf("starting the JSON-RPC server: %w", err)
	}
	s.rpcServer = srv
	return nil
}

func (s *Service) initNodeAPI(cfg *CLIConfig) error {
	if cfg.NodeAPIAddr == "" {
		return nil
	}
	srv, err := httputil.StartHTTPServer(cfg.NodeAPIAddr, NodeAPI(cfg.NodeName, s.Version, s.Driver))
	if err != nil {
		return fmt.Errorf("starting the node API: %w", err)
	}
	s.nodeAPI = srv
	s.Log.Info("Started EigenLayer's node API", "endpoint", "http://"+srv.Addr().String()+"/eigen/node")
	return nil
}

func (s *Service) initMetricsServer(cfg *CLIConfig) (err error) {
	s.metricsSrv, err = daemon.StartMetrics(cfg.MetricsConfig, s.Metrics, s.Log)
	return err
}

func (s *Service) initPProf(cfg *CLIConfig) (err error) {
	s.pprof, err = daemon.StartPprof(cfg.PprofConfig)
	return err
}

// Start starts the driver.
func (s *Service) Start(_ context.Context) error {
	if s.stopped.Load() {
		return ErrAlreadyStopped
	}
	s.Driver.Start()
	s.Metrics.RecordInfo(s.Version)
	s.Metrics.RecordUp()
	s.Log.Info("Operator started", "operator", s.Attester.id.Operator, "keys", len(s.Keys), "rpc", s.RPCEndpoint())
	return nil
}

// Stop stops everything in the reverse order of set-up. It is idempotent.
func (s *Service) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return nil
	}
	var errs []error
	if s.pprof != nil {
		if err := s.pprof.Stop(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stopping pprof: %w", err))
		}
	}
	if s.metricsSrv != nil {
		if err := s.metricsSrv.Stop(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stopping the metrics server: %w", err))
		}
	}
	if s.nodeAPI != nil {
		if err := s.nodeAPI.Stop(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stopping the node API: %w", err))
		}
	}
	if s.rpcServer != nil {
		if err := s.rpcServer.Stop(); err != nil {
			errs = append(errs, fmt.Errorf("stopping the RPC server: %w", err))
		}
	}
	if s.Driver != nil {
		s.Driver.Stop()
	}
	if s.DB != nil {
		if err := s.DB.Close(); err != nil {
			errs = append(errs, fmt.Errorf("closing the protection database: %w", err))
		}
	}
	if s.AggregatorClient != nil {
		s.AggregatorClient.Close()
	}
	if s.SourceClient != nil {
		s.SourceClient.Close()
	}
	if s.L1Client != nil {
		s.L1Client.Close()
	}
	if s.Log != nil {
		s.Log.Info("Operator stopped")
	}
	return errors.Join(errs...)
}

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool { return s.stopped.Load() }

// RPCEndpoint returns the parleyOperator JSON-RPC server's URL.
func (s *Service) RPCEndpoint() string {
	if s.rpcServer == nil {
		return ""
	}
	return "http://" + s.rpcServer.Endpoint()
}

// NodeAPIEndpoint returns the node API's base URL ("" when off).
func (s *Service) NodeAPIEndpoint() string {
	if s.nodeAPI == nil {
		return ""
	}
	return "http://" + s.nodeAPI.Addr().String()
}
