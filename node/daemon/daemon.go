// Package daemon holds what Parley's daemons (operator, aggregator, relayer, watch)
// do alike around their own work: op-service's metrics and pprof servers, and the L1
// signer of those that send transactions. Each daemon keeps
// its own lifecycle, flags and configuration; this package only removes the copies of
// the same few start-up lines.
package daemon

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ethereum/go-ethereum/log"

	"github.com/ethereum-optimism/optimism/op-service/httputil"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum-optimism/optimism/op-service/oppprof"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
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

// CheckTxMgr is op-service's transaction-manager check plus Parley's rule: exactly one
// L1 signer (keystore: --l1-keystore is given).
func CheckTxMgr(c txmgr.CLIConfig, keystore bool) error {
	err := c.Check()
	n := 0
	for _, set := range []bool{c.PrivateKey != "", c.Mnemonic != "", c.SignerCLIConfig.Enabled(), keystore} {
		if set {
			n++
		}
	}
	if n != 1 {
		err = errors.Join(err, fmt.Errorf("give exactly one L1 signer (--l1-keystore, the remote signer's --signer.endpoint, --private-key or --mnemonic): %d given", n))
	}
	return err
}

// LoadL1Key decrypts a go-ethereum keystore file (--l1-keystore) with the first line of
// the password file (--l1-password-file) and returns the key as hex, for the
// transaction manager's local signer (in memory only).
func LoadL1Key(path, passwordFile string) (string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("--l1-keystore: %w", err)
	}
	pw, err := os.ReadFile(passwordFile)
	if err != nil {
		return "", fmt.Errorf("--l1-password-file: %w", err)
	}
	line, _, _ := strings.Cut(string(pw), "\n")
	k, err := keystore.DecryptKey(raw, strings.TrimSuffix(line, "\r"))
	if err != nil {
		return "", fmt.Errorf("--l1-keystore %s: %w", path, err)
	}
	return hexutil.Encode(crypto.FromECDSA(k.PrivateKey))[2:], nil
}

// L1TxMgrDefaults are the defaults of op-service's transaction manager for the daemons
// that post to L1 (aggregator, watch): op-batcher's, except one confirmation (the
// daemons re-read L1 between attempts and after a restart), receipts polled every 2 s,
// and a bounded send.
var L1TxMgrDefaults = txmgr.DefaultFlagValues{
	NumConfirmations:          1,
	SafeAbortNonceTooLowCount: 3,
	FeeLimitMultiplier:        5,
	FeeLimitThresholdGwei:     100.0,
	MinTipCapGwei:             1.0,
	MinBaseFeeGwei:            1.0,
	RebroadcastInterval:       12 * time.Second,
	ResubmissionTimeout:       48 * time.Second,
	NetworkTimeout:            10 * time.Second,
	RetryInterval:             1 * time.Second,
	MaxRetries:                10,
	TxSendTimeout:             10 * time.Minute,
	TxNotInMempoolTimeout:     2 * time.Minute,
	ReceiptQueryInterval:      2 * time.Second,
	CellProofTime:             txmgr.DefaultBatcherFlagValues.CellProofTime,
	BlobTipCapPercentile:      60,
	BlobTipCapRange:           20,
}

// NewTxManager builds op-service's transaction manager named name from cfg, with the
// key of an --l1-keystore file (keystore, passwordFile; empty: cfg's own signer) held
// in memory only, handed to the manager's local signer.
func NewTxManager(name string, lg log.Logger, m txmetrics.TxMetricer, cfg txmgr.CLIConfig, keystore, passwordFile string) (*txmgr.SimpleTxManager, error) {
	if keystore != "" {
		key, err := LoadL1Key(keystore, passwordFile)
		if err != nil {
			return nil, err
		}
		cfg.PrivateKey = key
	}
	return txmgr.NewSimpleTxManager(name, lg, m, cfg)
}
