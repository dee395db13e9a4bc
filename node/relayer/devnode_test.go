package relayer

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ethereum-optimism/optimism/op-service/clock"
	"github.com/ethereum-optimism/optimism/op-service/retry"
	"github.com/ethereum-optimism/optimism/op-service/testlog"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"

	"github.com/parley-xyz/parley/node/prove"
	"github.com/parley-xyz/parley/node/relayer/flags"
	"github.com/parley-xyz/parley/node/relayer/metrics"
	"github.com/parley-xyz/parley/node/relayer/relayertest"
	"github.com/parley-xyz/parley/node/source"
	"github.com/parley-xyz/parley/precompile/bindings"
)

// TestRelayDevNodes runs two relayers against real processes: the patched op-geth as a
// source and as a destination dev node, ParleyMessenger deployed on both, messages
// sent with sendMessage, each relayer with its own key file, transaction manager and
// progress file, reading the destination's inbox over JSON-RPC. Certification is stood
// in for (a dev node derives nothing: the destination's inbox is relayertest's
// stand-in, given the range the source node has); e2e/action runs the real precompile.
// The relayers wait for certification, then deliver every message to this destination
// exactly once between them; the Go message hash is the messenger's hashMessage; the
// target saw the messenger's crossDomainMessageSender and Source; a restarted relayer
// resumes from its progress file.
func TestRelayDevNodes(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	c := relayertest.StartChains(ctx, t)
	dir := t.TempDir()

	msgs := []string{"first", "second", "third"}
	var last uint64
	var hashes []common.Hash
	srcCaller, err := bindings.NewParleyMessengerCaller(c.Messenger, c.Source.Client)
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range msgs {
		rc, err := relayertest.Send(ctx, c.SourceChain, c.User, c.Messenger, relayertest.DestinationChainID, c.Target, []byte(m))
		if err != nil {
			t.Fatal(err)
		}
		last = rc.BlockNumber.Uint64()
		sm, err := ParseSentMessage(relayertest.SourceChainID, c.Messenger, rc.Logs[0])
		if err != nil {
			t.Fatal(err)
		}
		want, err := srcCaller.HashMessage(&bind.CallOpts{Context: ctx}, big.NewInt(relayertest.DestinationChainID), big.NewInt(relayertest.SourceChainID),
			big.NewInt(int64(i)), c.User.Address, c.Target, []byte(m))
		if err != nil {
			t.Fatal(err)
		}
		if sm.Hash() != want {
			t.Fatalf("message %d: Go hash %s, the messenger's hashMessage %x", i, sm.Hash(), want)
		}
		hashes = append(hashes, want)
	}
	if _, err := relayertest.Send(ctx, c.SourceChain, c.User, c.Messenger, 903, c.Target, []byte("elsewhere")); err != nil {
		t.Fatal(err)
	}

	in := prove.NewInbox(c.Destination.Client)
	dest := NewMessenger(c.Destination.Client, c.Messenger)
	keyFiles, pwFiles := make([]string, 2), make([]string, 2)
	for i := range keyFiles {
		keyFiles[i], pwFiles[i] = relayertest.KeyFile(t, dir, c.Relayers[i])
	}
	newDriver := func(i int) *Driver {
		keyFile := keyFiles[i]
		pw, err := ReadPassword(pwFiles[i])
		if err != nil {
			t.Fatal(err)
		}
		lg := testlog.Logger(t, log.LevelInfo).New("relayer", i)
		txCfg := txmgr.NewCLIConfig("", flags.TxMgrDefaults)
		txCfg.ReceiptQueryInterval = 200 * time.Millisecond
		txm, err := NewTxManager(lg, &txmetrics.NoopTxMetrics{}, c.Destination.URL, txCfg, KeyConfig{Keystore: keyFile, Password: pw})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(txm.Close)
		cfg := testConfig()
		cfg.PollInterval, cfg.Backoff = 200*time.Millisecond, &retry.ExponentialStrategy{Max: time.Second}
		d, err := NewDriver(ctx, DriverSetup{Log: lg, Metrics: metrics.NoopMetrics, Clock: clock.SystemClock, Config: cfg,
			Sources: []SourceChain{c.Source.Client}, Head: source.Safe, Inbox: in,
			Relayer: &Relayer{Destination: dest, ChainID: relayertest.DestinationChainID, Messenger: c.Messenger, Sender: txm},
			Store:   NewStore(filepath.Join(dir, "progress-"+string(rune('a'+i))+".json"))})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	a, b := newDriver(0), newDriver(1)
	for _, d := range []*Driver{a, b} {
		if err := d.Start(); err != nil {
			t.Fatal(err)
		}
		defer d.Stop()
	}

	// Seen, not certified: nothing is relayed.
	waitFor(t, ctx, "both relayers see the three messages", func() bool { return pendingOf(a) == 3 && pendingOf(b) == 3 })
	time.Sleep(time.Second)
	for _, h := range hashes {
		if ok, _ := dest.Relayed(ctx, h); ok {
			t.Fatal("relayed before certification")
		}
	}

	// Certified: delivered once.
	safe, err := c.Source.Client.HeaderByNumber(ctx, big.NewInt(int64(rpc.SafeBlockNumber)))
	if err != nil || safe.Number.Uint64() < last {
		t.Fatalf("safe head %v below %d: %v", safe.Number, last, err)
	}
	if _, err := c.Certify(ctx, 1, safe.Number.Uint64()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "both relayers are done", func() bool { return pendingOf(a) == 0 && pendingOf(b) == 0 })
	for _, h := range hashes {
		if ok, err := dest.Relayed(ctx, h); err != nil || !ok {
			t.Fatalf("message %s not relayed: %v", h, err)
		}
	}
	tg, err := relayertest.ReadTarget(ctx, c.Destination.Client, c.Target)
	if err != nil {
		t.Fatal(err)
	}
	if tg.Calls != 3 || tg.Caller != c.Messenger || tg.Sender != c.User.Address || tg.Source != relayertest.SourceChainID {
		t.Fatalf("target %+v", tg)
	}
	events, err := c.Destination.Client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{c.Messenger},
		Topics: [][]common.Hash{{messengerABI.Events["RelayedMessage"].ID}}})
	if err != nil || len(events) != 3 {
		t.Fatalf("%d RelayedMessage events: %v", len(events), err)
	}

	// A restart resumes from the progress file: nothing pending, nothing rescanned.
	a.Stop()
	next := a.Status().Sources[0].NextBlock
	a2 := newDriver(0)
	if st := a2.Status().Sources[0]; st.NextBlock != next || st.Pending != 0 {
		t.Fatalf("restarted at %+v, stopped at block %d", st, next)
	}
}

func waitFor(t *testing.T, ctx context.Context, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting until %s", what)
		case <-time.After(50 * time.Millisecond):
		}
	}
}
