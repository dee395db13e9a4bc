package rollup_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/node/chainconfig"
	"github.com/parley-xyz/parley/node/devnode"
	"github.com/parley-xyz/parley/node/rollup"
)

const l1ChainID = 900

// binaries returns the binaries in .forks/bin/, skipping the test without them
// (failing it under PARLEY_E2E_REQUIRED=1, as in CI).
func binaries(t *testing.T) rollup.Binaries {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	b, err := rollup.FindBinaries(filepath.Join(filepath.Dir(file), "..", "..", ".forks", "bin"))
	if err != nil {
		if os.Getenv("PARLEY_E2E_REQUIRED") == "1" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	return b
}

func key(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("parley rollup test " + name)))
	if err != nil {
		panic(err)
	}
	return k
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

// TestRollups starts an L1 dev node (1-s blocks) and on it two rollups from the real
// binaries, one plain and one with Parley active from genesis (placeholder AVS
// addresses: no certificates ever arrive, so the hook runs and finds none). For each it
// checks that the unsafe head advances, that batches are derived from L1 into safe
// blocks, and that a transaction from a funded L2 account is included and becomes
// safe; it logs the time to the first safe block. A verifier of the Parley rollup
// re-derives the same blocks from L1. After Stop no process, port or state directory
// is left.
func TestRollups(t *testing.T) {
	bins := binaries(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	batcherA, batcherB, user := key("batcher A"), key("batcher B"), key("user")
	l1 := startL1(ctx, t, bins, batcherA, batcherB)
	logDir := t.TempDir()
	if dir := os.Getenv("PARLEY_ROLLUP_LOGS"); dir != "" {
		logDir = dir
	}

	parley := &chainconfig.Parley{L1ChainID: l1ChainID, Settings: chainconfig.Settings{
		AVS:        common.HexToAddress("0x000000000000000000000000000000000000a11c"),
		Publisher:  common.HexToAddress("0x000000000000000000000000000000000000b0b0"),
		CertInbox:  common.HexToAddress("0x000000000000000000000000000000000000c0c0"),
		Thresholds: []verifier.Threshold{{Quorum: 0, BPS: 6667}}, Window: 16,
	}}
	configs := []rollup.Config{
		{Name: "A", ChainID: 901, L1: rollup.L1{URL: l1.URL, ChainID: l1ChainID, BatcherKey: batcherA}},
		{Name: "B", ChainID: 902, L1: rollup.L1{URL: l1.URL, ChainID: l1ChainID, BatcherKey: batcherB}, Parley: parley},
	}
	for _, cfg := range configs {
		t.Run(cfg.Name, func(t *testing.T) {
			cfg.BlockTime = 1
			cfg.Binaries = bins
			cfg.LogDir = logDir
			cfg.Logf = t.Logf
			cfg.Alloc = types.GenesisAlloc{crypto.PubkeyToAddress(user.PublicKey): {Balance: ether(100)}}
			r, err := rollup.Start(ctx, cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Stop()
			t.Logf("rollup %s: first unsafe block after %.1fs, first safe block after %.1fs", cfg.Name, r.FirstUnsafe.Seconds(), r.FirstSafe.Seconds())
			if (cfg.Parley != nil) != (r.Chain.Parley != nil) || (r.Chain.Parley != nil && r.Chain.Parley.ActivationTime != r.Chain.Rollup.Genesis.L2Time) {
				t.Fatalf("parley %+v, want active at genesis time %d", r.Chain.Parley, r.Chain.Rollup.Genesis.L2Time)
			}
			if r.Chain.Parley != nil && !strings.Contains(r.Log("op-node"), "Parley enabled: op-geth's configuration agrees") {
				t.Fatal("op-node did not report Parley's start-up check")
			}
			if id, err := r.Client.ChainID(ctx); err != nil || id.Uint64() != cfg.ChainID {
				t.Fatalf("L2 chain id %v, %v", id, err)
			}

			st, err := r.SyncStatus(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := r.WaitUnsafe(ctx, st.UnsafeL2.Number+3); err != nil {
				t.Fatal(err)
			}

			// A transfer on L2: included, then safe.
			to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
			receipt := transfer(ctx, t, r, user, to, big.NewInt(12345))
			start := time.Now()
			if _, err := r.WaitSafe(ctx, receipt.BlockNumber.Uint64()); err != nil {
				t.Fatal(err)
			}
			t.Logf("rollup %s: transfer included in block %d, safe %.1fs later", cfg.Name, receipt.BlockNumber, time.Since(start).Seconds())
			safe, err := r.Client.HeaderByNumber(ctx, big.NewInt(int64(rpc.SafeBlockNumber)))
			if err != nil {
				t.Fatal(err)
			}
			if safe.Number.Cmp(receipt.BlockNumber) < 0 {
				t.Fatalf("op-geth's safe head %d is before the transfer's block %d", safe.Number, receipt.BlockNumber)
			}
			b, err := r.Client.HeaderByNumber(ctx, receipt.BlockNumber)
			if err != nil || b.Hash() != receipt.BlockHash {
				t.Fatalf("block %d is %v (%v), the receipt names %s: reorged", receipt.BlockNumber, b.Hash(), err, receipt.BlockHash)
			}
			if bal, err := r.Client.BalanceAt(ctx, to, nil); err != nil || bal.Cmp(big.NewInt(12345)) != 0 {
				t.Fatalf("recipient's balance %v, %v", bal, err)
			}

			if cfg.Parley == nil {
				faults(ctx, t, r)
				start := time.Now()
				if _, err := r.WaitFinalized(ctx, receipt.BlockNumber.Uint64()); err != nil {
					t.Fatal(err)
				}
				t.Logf("rollup %s: transfer's block finalized %.1fs after the safe faults", cfg.Name, time.Since(start).Seconds())
			} else {
				// A verifier derives the same blocks from L1 alone.
				v, err := r.StartVerifier(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := v.WaitSafe(ctx, receipt.BlockNumber.Uint64()); err != nil {
					t.Fatal(err)
				}
				vb, err := v.Client.HeaderByNumber(ctx, receipt.BlockNumber)
				if err != nil || vb.Hash() != receipt.BlockHash {
					t.Fatalf("verifier's block %d is %v (%v), the sequencer's %s", receipt.BlockNumber, vb.Hash(), err, receipt.BlockHash)
				}
				t.Logf("rollup %s: verifier derived block %d identically", cfg.Name, receipt.BlockNumber)
			}

			// Stop leaves nothing behind.
			ports, pids, dir := r.Ports(), r.PIDs(), r.Dir
			if len(ports) < 4 || len(pids) < 3 {
				t.Fatalf("ports %v, processes %v: want at least 4 and 3", ports, pids)
			}
			r.Stop()
			for name, pid := range pids {
				if err := syscall.Kill(pid, 0); err == nil {
					t.Errorf("%s (pid %d) still runs after Stop", name, pid)
				}
			}
			for _, p := range ports {
				if c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", p), time.Second); err == nil {
					c.Close()
					t.Errorf("port %d still open after Stop", p)
				}
			}
			if _, err := os.Stat(dir); !os.IsNotExist(err) {
				t.Errorf("state directory %s still there after Stop (%v)", dir, err)
			}
		})
	}
}

// startL1 starts an L1 dev node with 1-s blocks and funded accounts, stopped when the
// test ends.
func startL1(ctx context.Context, t *testing.T, bins rollup.Binaries, funded ...*ecdsa.PrivateKey) *devnode.Node {
	t.Helper()
	var addrs []common.Address
	for _, k := range funded {
		addrs = append(addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	l1, err := devnode.Start(ctx, devnode.Config{Binary: bins.Geth, Period: 1, Genesis: &core.Genesis{
		Config: devnode.DevChainConfig(l1ChainID), GasLimit: 60_000_000, Difficulty: common.Big0, BaseFee: big.NewInt(params.InitialBaseFee),
		Alloc: devnode.DevAlloc(ether(1000), addrs...),
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l1.Stop)
	if err := l1.WaitForBlock(ctx, 1); err != nil {
		t.Fatal(err)
	}
	return l1
}

// TestStartFailure starts a rollup whose op-node exits at once: Start fails naming
// op-node and quoting its output, and leaves no process or temporary directory.
func TestStartFailure(t *testing.T) {
	bins := binaries(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	batcher := key("batcher F")
	l1 := startL1(ctx, t, bins, batcher)
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)

	fake := filepath.Join(tmp, "fake-op-node")
	if err := os.WriteFile(fake, []byte("#!/bin/sh\necho 'fake op-node: no way'\nexit 3\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	bins.Node = fake
	_, err := rollup.Start(ctx, rollup.Config{Name: "F", ChainID: 909, Binaries: bins, Logf: t.Logf,
		L1: rollup.L1{URL: l1.URL, ChainID: l1ChainID, BatcherKey: batcher}})
	if err == nil {
		t.Fatal("Start succeeded with an op-node that exits")
	}
	t.Logf("Start: %v", err)
	for _, want := range []string{"rollup F", "F op-node exited during start-up", "fake op-node: no way"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not say %q", want)
		}
	}
	entries, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() != "fake-op-node" {
			t.Errorf("%s left in the temporary directory", e.Name())
		}
	}
	// No process whose command line names the state directory is left.
	procs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, p := range procs {
		if b, err := os.ReadFile(p); err == nil && strings.Contains(string(b), filepath.Join(tmp, "parley-rollup-F-")) {
			t.Errorf("%s: %q still runs", p, strings.ReplaceAll(string(b), "\x00", " "))
		}
	}

	// A bad configuration is refused before anything starts, each problem named.
	_, err = rollup.Start(ctx, rollup.Config{Name: "bad name", Binaries: rollup.Binaries{Geth: "/nonexistent"}})
	for _, want := range []string{"name \"bad name\"", "L1.URL not set", "L1.BatcherKey not set", "ChainID not set", "/nonexistent"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Start with a bad configuration: %v; want it to say %q", err, want)
		}
	}
}

// transfer sends value from key's account to to on the rollup and waits for its receipt.
func transfer(ctx context.Context, t *testing.T, r *rollup.Rollup, key *ecdsa.PrivateKey, to common.Address, value *big.Int) *types.Receipt {
	t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := r.Client.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(params.GWei)
	head, err := r.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(new(big.Int).SetUint64(r.ChainID)), &types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(r.ChainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &to, Value: value,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	for {
		receipt, err := r.Client.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if receipt.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("transfer failed: %+v", receipt)
			}
			return receipt
		}
		select {
		case <-ctx.Done():
			t.Fatalf("transfer %s not included: %v", tx.Hash(), ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// faults stops and restarts the batcher (the safe head stalls, then catches up) and
// restarts op-node (the chain goes on from the same blocks).
func faults(ctx context.Context, t *testing.T, r *rollup.Rollup) {
	t.Helper()
	r.StopBatcher()
	if r.BatcherRunning() {
		t.Fatal("batcher still runs after StopBatcher")
	}
	st, err := r.SyncStatus(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st, err = r.WaitUnsafe(ctx, st.UnsafeL2.Number+6); err != nil {
		t.Fatal(err)
	}
	if lag := st.UnsafeL2.Number - st.SafeL2.Number; lag < 4 {
		t.Fatalf("without a batcher the safe head %d still follows the unsafe head %d", st.SafeL2.Number, st.UnsafeL2.Number)
	}
	if err := r.StartBatcher(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if _, err := r.WaitSafe(ctx, st.UnsafeL2.Number); err != nil {
		t.Fatal(err)
	}
	t.Logf("rollup %s: safe head caught up %d blocks %.1fs after the batcher restarted", r.Name, st.UnsafeL2.Number-st.SafeL2.Number, time.Since(start).Seconds())

	head, err := r.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.RestartOpNode(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := r.WaitUnsafe(ctx, head.Number.Uint64()+3); err != nil {
		t.Fatal(err)
	}
	if _, err := r.WaitSafe(ctx, head.Number.Uint64()+1); err != nil {
		t.Fatal(err)
	}
	again, err := r.Client.HeaderByNumber(ctx, head.Number)
	if err != nil || again.Hash() != head.Hash() {
		t.Fatalf("block %d was %s before op-node restarted, %v (%v) after", head.Number, head.Hash(), again.Hash(), err)
	}
	t.Logf("rollup %s: op-node restarted, chain went on from block %d", r.Name, head.Number)
}
