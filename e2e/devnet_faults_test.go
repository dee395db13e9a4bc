package e2e

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/parley-xyz/parley/node/devnet"
	"github.com/parley-xyz/parley/node/eigenlayer"
)

// deliverOne sends a message from src to dst and waits until it is relayed.
func deliverOne(ctx context.Context, t *testing.T, d *devnet.Devnet, src, dst *devnet.Chain, from *eigenlayer.Account, payload string) *tracked {
	t.Helper()
	m, err := sendTracked(ctx, d, src, dst, from, payload)
	if err != nil {
		t.Fatal(err)
	}
	if err := waitRelayed(ctx, t, d, func() []*tracked { return []*tracked{m} }, func() bool { return true }, nil); err != nil {
		t.Fatalf("%s %q (%s block %d): %v", m.route, payload, src.Name, m.block, err)
	}
	t.Logf("%s %q (%s block %d) relayed %.1fs after its inclusion", m.route, payload, src.Name, m.block, m.relayed.Sub(m.included).Seconds())
	return m
}

// blockHashes returns the hashes of blocks 0..n.
func blockHashes(ctx context.Context, c *ethclient.Client, n uint64) ([]common.Hash, error) {
	out := make([]common.Hash, n+1)
	for i := range out {
		h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(uint64(i)))
		if err != nil {
			return nil, fmt.Errorf("block %d: %w", i, err)
		}
		out[i] = h.Hash()
	}
	return out, nil
}

// sameBlocks compares blocks 0..n of two nodes and counts the Parley deposits (the
// deposit transactions after each block's L1-info deposit) among them.
func sameBlocks(ctx context.Context, a, b *ethclient.Client, n uint64) (deposits int, err error) {
	for i := uint64(0); i <= n; i++ {
		x, err := a.BlockByNumber(ctx, new(big.Int).SetUint64(i))
		if err != nil {
			return 0, fmt.Errorf("block %d: %w", i, err)
		}
		y, err := b.HeaderByNumber(ctx, new(big.Int).SetUint64(i))
		if err != nil {
			return 0, fmt.Errorf("block %d: %w", i, err)
		}
		if x.Hash() != y.Hash() {
			return 0, fmt.Errorf("block %d: %s, the other node has %s", i, x.Hash(), y.Hash())
		}
		for j, tx := range x.Transactions() {
			if j > 0 && tx.Type() == types.DepositTxType {
				deposits++
			}
		}
	}
	return deposits, nil
}

// notArchive checks that the rollup's op-geth runs with the default garbage collection
// (no --gcmode archive): it keeps the state of recent blocks only.
func notArchive(t *testing.T, c *devnet.Chain) {
	t.Helper()
	for name, pid := range c.PIDs() {
		if name != c.Name+" op-geth" {
			continue
		}
		raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
		if err != nil {
			t.Logf("cannot read %s's command line: %v", name, err)
			return
		}
		args := strings.Split(string(bytes.TrimRight(raw, "\x00")), "\x00")
		for i, a := range args {
			if a == "--gcmode=archive" || a == "--gcmode" && i+1 < len(args) && args[i+1] == "archive" {
				t.Fatalf("%s runs as an archive node: %q", name, args)
			}
		}
		t.Logf("%s runs with the default --gcmode (full, not archive)", name)
		return
	}
	t.Fatalf("no running op-geth of %s in %v", c.Name, c.PIDs())
}

// TestDevnetNodeFaults runs faults of B's nodes and of one of A's operators on one
// devnet, B being the destination of A's messages:
//   - B's batcher stops (B's safe head stalls); meanwhile:
//   - A's smallest operator (1000 of 10000) stops: a message A→B is still certified, by
//     9000 of 10000 ≥ 6667 bps, and relayed; it restarts on the same port and database
//     and signs again (the range of a later message);
//   - B's op-node restarts: B's blocks keep their hashes, B goes on, messages keep
//     flowing; once batches come again, the restarted op-node derives the blocks it had
//     as unsafe, unchanged;
//   - once B's safe head is more than 128 blocks behind its unsafe head (1-s L2 blocks)
//     the batcher restarts and the safe head catches up, on a default (non-archive)
//     op-geth;
//   - a verifier node of B, started at the beginning and deriving only from L1, agrees
//     with B's sequencer block for block over the whole range, Parley deposits included.
func TestDevnetNodeFaults(t *testing.T) {
	d, ctx := startMsgDevnet(t, 4*time.Minute)
	A, B := d.A, d.B
	notArchive(t, B)
	v, err := B.StartVerifier(ctx)
	if err != nil {
		t.Fatal(err)
	}
	user := eigenlayer.NewAccount(d.User)

	st, err := B.SyncStatus(ctx)
	if err != nil {
		t.Fatal(err)
	}
	B.StopBatcher()
	stopped := time.Now()
	t.Logf("B's batcher stopped at B unsafe %d, safe %d", st.UnsafeL2.Number, st.SafeL2.Number)

	// One operator of A down, then back.
	const down = 3
	if err := d.StopOperator(ctx, A, down); err != nil {
		t.Fatal(err)
	}
	t.Logf("A's operator %d (stake %d of 10000) stopped", down, devnet.Weights[down])
	m1 := deliverOne(ctx, t, d, A, B, user, "while an operator is down")
	if A.SignedBy(down, m1.block) {
		t.Errorf("the stopped operator %d signed A's block %d", down, m1.block)
	}
	if err := d.RestartOperator(ctx, A, down); err != nil {
		t.Fatal(err)
	}
	os0, err := A.Operators[down].Attester.Status()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("A's operator %d restarted (its last signed block %d)", down, os0.LastSigned)
	m2 := deliverOne(ctx, t, d, A, B, user, "after the operator's restart")
	for {
		ost, err := A.Operators[down].Attester.Status()
		if err == nil && ost.LastSigned >= m2.block && A.SignedBy(down, m2.block) {
			t.Logf("A's operator %d signs again: the range holding A block %d; its last signed block %d (was %d)", down, m2.block, ost.LastSigned, os0.LastSigned)
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("A's operator %d did not sign A's block %d after its restart (status %+v, %v)", down, m2.block, ost, err)
		}
		time.Sleep(250 * time.Millisecond)
	}

	// B's op-node restarted mid-run: same blocks, and on.
	st, err = B.SyncStatus(ctx)
	if err != nil {
		t.Fatal(err)
	}
	u := st.UnsafeL2.Number
	before, err := blockHashes(ctx, B.Client, u)
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	if err := B.RestartOpNode(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := B.WaitUnsafe(ctx, u+3); err != nil {
		t.Fatal(err)
	}
	after, err := blockHashes(ctx, B.Client, u)
	if err != nil {
		t.Fatal(err)
	}
	for i := range before {
		if before[i] != after[i] {
			t.Fatalf("B's block %d changed across op-node's restart: %s, now %s", i, before[i], after[i])
		}
	}
	t.Logf("B's op-node restarted (unsafe head %d, safe %d): blocks 0..%d unchanged, unsafe head past %d after %.1fs",
		u, st.SafeL2.Number, u, u+3, time.Since(t0).Seconds())
	deliverOne(ctx, t, d, A, B, user, "after B's op-node restart")

	// B's safe head more than 128 blocks behind its unsafe head, then the batcher back.
	deadline := stopped.Add(150 * time.Second)
	last := time.Now()
	for {
		st, err = B.SyncStatus(ctx)
		if err == nil && st.UnsafeL2.Number > st.SafeL2.Number+128 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("B's safe head not 128 blocks behind its unsafe head %s after the batcher stopped (%+v, %v)", time.Since(stopped), st, err)
		}
		if time.Since(last) > 15*time.Second {
			last = time.Now()
			if err == nil {
				t.Logf("batcher stopped %.0fs ago: B unsafe %d, safe %d", time.Since(stopped).Seconds(), st.UnsafeL2.Number, st.SafeL2.Number)
			}
		}
		time.Sleep(time.Second)
	}
	target := st.UnsafeL2.Number
	t.Logf("B's safe head %d is %d blocks behind its unsafe head %d, %.0fs after the batcher stopped: restarting it",
		st.SafeL2.Number, target-st.SafeL2.Number, target, time.Since(stopped).Seconds())
	if err := B.StartBatcher(); err != nil {
		t.Fatal(err)
	}
	t0 = time.Now()
	if _, err := B.WaitSafe(ctx, target); err != nil {
		t.Fatal(err)
	}
	t.Logf("B's safe head caught up with block %d %.1fs after the batcher restarted", target, time.Since(t0).Seconds())
	// The restarted op-node derived, from the batches, the blocks it had before its
	// restart as unsafe: they were kept, not reorged.
	after, err = blockHashes(ctx, B.Client, u)
	if err != nil {
		t.Fatal(err)
	}
	for i := range before {
		if before[i] != after[i] {
			t.Fatalf("B's block %d changed when the restarted op-node derived it: %s, now %s", i, before[i], after[i])
		}
	}

	// The verifier derived the same chain.
	t0 = time.Now()
	if _, err := v.WaitSafe(ctx, target); err != nil {
		t.Fatal(err)
	}
	deposits, err := sameBlocks(ctx, v.Client, B.Client, target)
	if err != nil {
		t.Fatalf("%s and B's sequencer differ: %v", v.Name, err)
	}
	if deposits == 0 {
		t.Errorf("no Parley deposit in B's blocks 0..%d", target)
	}
	t.Logf("%s (derived from L1 only, safe head %d %.1fs after the sequencer's) agrees with B's sequencer on blocks 0..%d, %d Parley deposits among them",
		v.Name, target, time.Since(t0).Seconds(), target, deposits)
}
