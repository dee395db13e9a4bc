package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	ethkeystore "github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"

	"github.com/ethereum-optimism/optimism/op-service/clock"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum-optimism/optimism/op-service/oppprof"
	oprpc "github.com/ethereum-optimism/optimism/op-service/rpc"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/parley-xyz/parley/node/aggregator"
	aggflags "github.com/parley-xyz/parley/node/aggregator/flags"
	"github.com/parley-xyz/parley/node/keystore"
	"github.com/parley-xyz/parley/node/operator"
	opmet "github.com/parley-xyz/parley/node/operator/metrics"
	"github.com/parley-xyz/parley/node/relayer"
	relflags "github.com/parley-xyz/parley/node/relayer/flags"
	"github.com/parley-xyz/parley/node/source"
)

// The aggregators' grid and policy.
const (
	// RangeLength is how many source blocks one certificate covers.
	RangeLength = 4
	// Threshold is the operator set and share of its stake a certificate needs.
	Threshold = "0:6667"
	// Window is how many L1 blocks a snapshot stays usable, in every chain's
	// configuration and for the aggregators.
	Window = 4096
)

// version is what the in-process daemons report.
const version = "devnet"

// service is a daemon run in-process.
type service interface {
	Stop(ctx context.Context) error
}

// logger returns a daemon's logger: to LogDir/name.log, or nowhere.
func (d *Devnet) logger(name string) (log.Logger, error) {
	w, err := d.logWriter(name)
	if err != nil {
		return nil, err
	}
	if w == nil {
		return log.NewLogger(log.DiscardHandler()), nil
	}
	return log.NewLogger(log.NewTerminalHandlerWithLevel(w, log.LevelInfo, false)), nil
}

// logWriter opens LogDir/name.log (nil without a log directory).
func (d *Devnet) logWriter(name string) (io.Writer, error) {
	if d.cfg.LogDir == "" {
		return nil, nil
	}
	f, err := os.OpenFile(filepath.Join(d.cfg.LogDir, name+".log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	d.files = append(d.files, f)
	d.mu.Unlock()
	return f, nil
}

// started records a running daemon for Stop.
func (d *Devnet) started(s service) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.services = append(d.services, s)
}

// freePort returns a loopback port free now.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// startAttesters starts, for a source chain, an aggregator (posting from submitter)
// and the four operators as daemons: each operator watches the source, answers the
// aggregator's requests and pushes the ranges it signs to it, with a slashing-protection
// database of its own.
func (d *Devnet) startAttesters(ctx context.Context, src *Chain, submitter *ecdsa.PrivateKey) error {
	ports := make([]int, len(d.L1.Operators))
	urls := make([]string, len(ports))
	for i := range ports {
		p, err := freePort()
		if err != nil {
			return err
		}
		ports[i], urls[i] = p, fmt.Sprintf("http://127.0.0.1:%d", p)
	}

	tx := txmgr.NewCLIConfig(d.L1.L1.URL, aggflags.TxMgrDefaults)
	tx.PrivateKey = common.Bytes2Hex(crypto.FromECDSA(submitter))
	tx.ReceiptQueryInterval = 100 * time.Millisecond
	tx.NetworkTimeout = 5 * time.Second
	tx.ResubmissionTimeout = 10 * time.Second
	tx.TxNotInMempoolTimeout = 20 * time.Second
	acfg := &aggregator.CLIConfig{
		L1EthRpc: d.L1.L1.URL, SourceRpc: src.L2URL, Inbox: d.L1.AVS.Addresses.Inbox.Hex(), SourceHead: string(source.Safe),
		RangeStart: 1, RangeLength: RangeLength, Thresholds: []string{Threshold},
		Window: Window, SnapshotMinLife: 256, PostMargin: 16,
		Linger: 300 * time.Millisecond, OperatorTimeout: 2 * time.Second, AskBackoffMax: 2 * time.Second,
		PollInterval: 200 * time.Millisecond, MaxOpenRanges: 8,
		OperatorRpcs: urls, TxMgrConfig: tx,
		RPCConfig: oprpc.CLIConfig{ListenAddr: "127.0.0.1"}, LogConfig: oplog.DefaultCLIConfig(),
		MetricsConfig: opmetrics.DefaultCLIConfig(), PprofConfig: oppprof.DefaultCLIConfig(),
	}
	lg, err := d.logger(src.Name + "-aggregator")
	if err != nil {
		return err
	}
	agg, err := aggregator.ServiceFromCLIConfig(ctx, version, acfg, lg, nil)
	if err != nil {
		return fmt.Errorf("aggregator of %s: %w", src.Name, err)
	}
	d.started(agg)
	if err := agg.Start(ctx); err != nil {
		return fmt.Errorf("aggregator of %s: %w", src.Name, err)
	}
	src.Aggregator = agg
	src.AggregatorURL = agg.HTTPEndpoint()

	dir := filepath.Join(d.Dir, "operators-"+src.Name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	pwFile := filepath.Join(dir, "password")
	if err := os.WriteFile(pwFile, []byte("devnet\n"), 0o600); err != nil {
		return err
	}
	for i, op := range d.L1.Operators {
		keyFile := filepath.Join(dir, fmt.Sprintf("operator%d.bls.key.json", i))
		if err := keystore.Save(keyFile, op.Keys[0], "devnet", keystore.LightScrypt()); err != nil {
			return err
		}
		svc, err := d.startOperator(ctx, src, i, ports[i], true)
		if err != nil {
			return err
		}
		src.Operators = append(src.Operators, svc)
		src.OperatorURLs = append(src.OperatorURLs, svc.RPCEndpoint())
	}
	return nil
}

// startOperator starts operator i of the L1 world as a daemon attesting src, on the RPC
// port given, with its key file and slashing-protection database in the devnet's
// directory (fresh: create the database; otherwise it must exist).
func (d *Devnet) startOperator(ctx context.Context, src *Chain, i, port int, fresh bool) (*operator.Service, error) {
	dir := filepath.Join(d.Dir, "operators-"+src.Name)
	op := d.L1.Operators[i]
	cfg := operator.DefaultCLIConfig()
	cfg.L1EthRPC, cfg.SourceRPC, cfg.AggregatorRPC = d.L1.L1.URL, src.L2URL, src.AggregatorURL
	cfg.Publisher, cfg.AVS = d.L1.AVS.Addresses.Publisher.Hex(), d.L1.AVS.Addresses.Registrar.Hex()
	cfg.Operator = op.Account.Address.Hex()
	cfg.BLSKeys, cfg.BLSPasswordFile = []string{"0:" + filepath.Join(dir, fmt.Sprintf("operator%d.bls.key.json", i))}, filepath.Join(dir, "password")
	cfg.RangeStart, cfg.RangeLength = 1, RangeLength
	cfg.PollInterval = 200 * time.Millisecond
	cfg.ProtectionDB, cfg.Fresh = filepath.Join(dir, fmt.Sprintf("operator%d.db", i)), fresh
	cfg.NodeAPIAddr = ""
	cfg.NodeName = fmt.Sprintf("operator-%d-%s", i, src.Name)
	cfg.RPCConfig.ListenAddr, cfg.RPCConfig.ListenPort = "127.0.0.1", port
	lg, err := d.logger(fmt.Sprintf("%s-operator-%d", src.Name, i))
	if err != nil {
		return nil, err
	}
	m := &signedRecorder{Metricer: opmet.NoopMetrics, chain: src, operator: i}
	svc, err := operator.NewService(ctx, version, &cfg, lg, operator.WithMetrics(m))
	if err != nil {
		return nil, fmt.Errorf("operator %d on %s: %w", i, src.Name, err)
	}
	d.started(svc)
	if err := svc.Start(ctx); err != nil {
		return nil, fmt.Errorf("operator %d on %s: %w", i, src.Name, err)
	}
	return svc, nil
}

// signedRecorder notes the ranges an operator signs (for the timeline's "attested").
type signedRecorder struct {
	opmet.Metricer
	chain    *Chain
	operator int
}

// RecordSigned notes the range and passes it on.
func (s *signedRecorder) RecordSigned(from, to uint64, repeat bool) {
	s.chain.noteSigned(s.operator, from, to)
	s.Metricer.RecordSigned(from, to, repeat)
}

// signatures tracks which operators signed which ranges of a chain.
type signatures struct {
	mu     sync.Mutex
	ranges map[[2]uint64]map[int]bool
}

// noteSigned records that operator i signed from..to.
func (c *Chain) noteSigned(i int, from, to uint64) {
	c.signed.mu.Lock()
	defer c.signed.mu.Unlock()
	if c.signed.ranges == nil {
		c.signed.ranges = map[[2]uint64]map[int]bool{}
	}
	k := [2]uint64{from, to}
	if c.signed.ranges[k] == nil {
		c.signed.ranges[k] = map[int]bool{}
	}
	c.signed.ranges[k][i] = true
}

// signers returns the range holding block n that operators signed, and how many did.
func (c *Chain) signers(n uint64) (from, to uint64, count int) {
	c.signed.mu.Lock()
	defer c.signed.mu.Unlock()
	for k, ops := range c.signed.ranges {
		if k[0] <= n && n <= k[1] && len(ops) > count {
			from, to, count = k[0], k[1], len(ops)
		}
	}
	return from, to, count
}

// startRelayer starts dst's relayer of the messages of srcs, sending from key.
func (d *Devnet) startRelayer(ctx context.Context, dst *Chain, key *ecdsa.PrivateKey, srcs ...*Chain) error {
	dir := filepath.Join(d.Dir, "relayer-"+dst.Name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	ks := ethkeystore.NewKeyStore(filepath.Join(dir, "keystore"), ethkeystore.LightScryptN, ethkeystore.LightScryptP)
	acc, err := ks.ImportECDSA(key, "devnet")
	if err != nil {
		return err
	}
	pwFile := filepath.Join(dir, "password")
	if err := os.WriteFile(pwFile, []byte("devnet\n"), 0o600); err != nil {
		return err
	}
	var urls []string
	for _, s := range srcs {
		urls = append(urls, s.L2URL)
	}
	tx := txmgr.NewCLIConfig(dst.L2URL, relflags.TxMgrDefaults)
	tx.ReceiptQueryInterval = 100 * time.Millisecond
	cfg := &relayer.CLIConfig{
		SourceRPCs: urls, DestinationRPC: dst.L2URL, Messenger: d.Messenger.Hex(),
		ProgressFile: filepath.Join(dir, "progress.json"), SourceHead: string(source.Safe),
		PollInterval: 200 * time.Millisecond, MaxBlockRange: 1000, MaxInFlight: 4, ReorgDepth: 64, MaxBackoff: 2 * time.Second,
		MaxScanLag: 1000, MaxRelayLag: 10 * time.Minute, Keystore: acc.URL.Path, PasswordFile: pwFile,
		TxMgrConfig: tx, RPCConfig: oprpc.CLIConfig{ListenAddr: "127.0.0.1"}, LogConfig: oplog.DefaultCLIConfig(),
		MetricsConfig: opmetrics.DefaultCLIConfig(), PprofConfig: oppprof.DefaultCLIConfig(),
	}
	lg, err := d.logger(dst.Name + "-relayer")
	if err != nil {
		return err
	}
	svc, err := relayer.NewService(ctx, version, cfg, lg, clock.SystemClock)
	if err != nil {
		return fmt.Errorf("relayer on %s: %w", dst.Name, err)
	}
	d.started(svc)
	if err := svc.Start(ctx); err != nil {
		return fmt.Errorf("relayer on %s: %w", dst.Name, err)
	}
	dst.Relayer = svc
	dst.RelayerURL = svc.HTTPEndpoint()
	return nil
}
