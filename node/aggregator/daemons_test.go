package aggregator_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/log"

	"github.com/ethereum-optimism/optimism/op-service/testlog"

	"github.com/parley-xyz/parley/node/keystore"
	"github.com/parley-xyz/parley/node/operator"
	opmetrics "github.com/parley-xyz/parley/node/operator/metrics"
	"github.com/parley-xyz/parley/node/testworld"
)

// operatorDaemon is one of testworld's operators run as the real daemon
// (node/operator's service: its own source reads, its slashing-protection database,
// its JSON-RPC server, pushing to the aggregator).
type operatorDaemon struct {
	svc     *operator.Service
	metrics *opmetrics.Metrics
	url     string
}

// startOperatorDaemons starts testworld's operators as node/operator services on the
// tests' grid, answering parleyOperator_signRange on the ports given and pushing every
// range they sign to aggregatorURL.
func startOperatorDaemons(ctx context.Context, t *testing.T, w *testworld.World, ports []int, aggregatorURL string) []*operatorDaemon {
	t.Helper()
	dir := t.TempDir()
	pwFile := filepath.Join(dir, "pw")
	if err := os.WriteFile(pwFile, []byte("pw\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var out []*operatorDaemon
	for i, op := range w.Operators {
		keyFile := filepath.Join(dir, fmt.Sprintf("operator%d.bls.key.json", i))
		if err := keystore.Save(keyFile, op.Keys[0], "pw", keystore.LightScrypt()); err != nil {
			t.Fatal(err)
		}
		cfg := operator.DefaultCLIConfig()
		cfg.L1EthRPC, cfg.SourceRPC, cfg.AggregatorRPC = w.L1.URL, w.Source.URL, aggregatorURL
		cfg.Publisher, cfg.AVS = w.AVS.Addresses.Publisher.Hex(), w.AVS.Addresses.Registrar.Hex()
		cfg.Operator = op.Account.Address.Hex()
		cfg.BLSKeys, cfg.BLSPasswordFile = []string{"0:" + keyFile}, pwFile
		cfg.RangeStart, cfg.RangeLength = grid().Start, grid().Length
		cfg.PollInterval = 100 * time.Millisecond
		cfg.ProtectionDB, cfg.Fresh = filepath.Join(dir, fmt.Sprintf("operator%d.db", i)), true
		cfg.NodeAPIAddr = ""
		cfg.NodeName = fmt.Sprintf("operator-%d", i)
		cfg.RPCConfig.ListenAddr, cfg.RPCConfig.ListenPort = "127.0.0.1", ports[i]
		m := opmetrics.NewMetrics()
		svc, err := operator.NewService(ctx, "test", &cfg, testlog.Logger(t, log.LevelWarn).New("operator", i), operator.WithMetrics(m))
		if err != nil {
			t.Fatal(err)
		}
		if err := svc.Start(ctx); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = svc.Stop(context.Background()) })
		out = append(out, &operatorDaemon{svc: svc, metrics: m, url: svc.RPCEndpoint()})
	}
	return out
}

// stop stops every daemon.
func stopOperatorDaemons(t *testing.T, ds []*operatorDaemon) {
	t.Helper()
	for _, d := range ds {
		if err := d.svc.Stop(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
}
