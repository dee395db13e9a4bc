package relayer

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ethereum-optimism/optimism/op-service/clock"
	"github.com/ethereum-optimism/optimism/op-service/testlog"

	"github.com/parley-xyz/parley/node/relayer/relayertest"
)

// TestService sets the service up against dev nodes: the start-up checks refuse a
// messenger address without code, a destination without the inbox, a messenger whose
// code differs on the source, and a source that is the destination; a good set-up
// starts, serves /healthz and relayer_status, and stops once.
func TestService(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := relayertest.StartChains(ctx, t)
	dir := t.TempDir()
	keyFile, pwFile := relayertest.KeyFile(t, dir, c.Relayers[0])
	config := func() *CLIConfig {
		cfg := validConfig()
		cfg.SourceRPCs, cfg.DestinationRPC = []string{c.Source.URL}, c.Destination.URL
		cfg.TxMgrConfig.L1RPCURL = c.Destination.URL
		cfg.Messenger, cfg.Keystore, cfg.PasswordFile = c.Messenger.Hex(), keyFile, pwFile
		cfg.ProgressFile = filepath.Join(dir, "progress.json")
		cfg.RPCConfig.ListenAddr, cfg.RPCConfig.ListenPort = "127.0.0.1", 0
		return cfg
	}
	lg := testlog.Logger(t, log.LevelInfo)
	for name, tc := range map[string]struct {
		edit func(*CLIConfig)
		want string
	}{
		"no messenger":     {func(c *CLIConfig) { c.Messenger = "0x00000000000000000000000000000000000000ff" }, "no contract at the messenger address"},
		"no inbox":         {func(cfg *CLIConfig) { cfg.DestinationRPC, cfg.SourceRPCs = c.Source.URL, []string{c.Destination.URL} }, "is Parley active"},
		"code differs":     {func(cfg *CLIConfig) { cfg.Messenger = c.Target.Hex() }, "is not the destination's"},
		"source is dest":   {func(cfg *CLIConfig) { cfg.SourceRPCs = []string{c.Destination.URL} }, "is the destination"},
		"wrong password":   {func(cfg *CLIConfig) { cfg.PasswordFile, cfg.Password = "", "wrong" }, "could not decrypt"},
		"source twice":     {func(cfg *CLIConfig) { cfg.SourceRPCs = []string{c.Source.URL, c.Source.URL} }, "configured twice"},
		"invalid settings": {func(cfg *CLIConfig) { cfg.MaxInFlight = 0 }, "invalid configuration"},
	} {
		cfg := config()
		tc.edit(cfg)
		if _, err := NewService(ctx, Version, cfg, lg, clock.SystemClock); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v", name, err)
		}
	}

	s, err := NewService(ctx, Version, config(), lg, clock.SystemClock)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	var st Status
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if st = s.Status(); !st.Sources[0].LastScan.IsZero() {
			break
		}
	}
	if !st.Healthy || st.Sources[0].ChainID != relayertest.SourceChainID {
		t.Fatalf("status %+v", st)
	}
	res, err := http.Get(s.HTTPEndpoint() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	var hz Status
	if err := json.NewDecoder(res.Body).Decode(&hz); err != nil || res.StatusCode != http.StatusOK || !hz.Healthy {
		t.Fatalf("healthz %d %+v %v", res.StatusCode, hz, err)
	}
	res.Body.Close()
	cl, err := rpc.Dial(s.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	var rs Status
	if err := cl.CallContext(ctx, &rs, "relayer_status"); err != nil || len(rs.Sources) != 1 {
		t.Fatalf("relayer_status %+v %v", rs, err)
	}
	cl.Close()
	if s.TxManager.From() != relayertest.Address(c.Relayers[0]) || s.DestinationID != relayertest.DestinationChainID || s.Messenger != c.Messenger {
		t.Fatal("service set-up")
	}
	if err := s.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(ctx); !errors.Is(err, ErrAlreadyStopped) || !s.Stopped() {
		t.Fatalf("second stop: %v", err)
	}
}
