package e2e

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/avs"
	"github.com/parley-xyz/parley/node/devnet"
	"github.com/parley-xyz/parley/node/eigenlayer"
	"github.com/parley-xyz/parley/node/prove"
	"github.com/parley-xyz/parley/node/rollup"
	"github.com/parley-xyz/parley/node/source"
)

// This file holds what the devnet certificate suites share (devnet_invalid_test.go,
// devnet_opset_test.go): a devnet started for a test, and a kit that builds
// certificates with the devnet operators' BLS keys over real ranges of rollup A, posts
// them from a submitter of its own, and reads what each rollup made of them.

// certWindow is rollup C's window in these suites (devnet.JoinWindow): small enough that
// the devnet's first snapshot expires on C within a test, while A and B keep
// devnet.Window and still accept it.
const certWindow = 48

// certDevnetBinaries returns the patched binaries in .forks/bin/, skipping the test without
// them (failing it under PARLEY_E2E_REQUIRED=1).
func certDevnetBinaries(t *testing.T) rollup.Binaries {
	t.Helper()
	b, err := rollup.FindBinaries(filepath.Join("..", ".forks", "bin"))
	if err != nil {
		if os.Getenv("PARLEY_E2E_REQUIRED") == "1" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	return b
}

// certTimelineLog sends a devnet's timeline to the test log.
type certTimelineLog struct{ t *testing.T }

func (w certTimelineLog) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// startCertDevnet starts a devnet's L1, A, B and daemons (not C), stopped at the test's end.
func startCertDevnet(t *testing.T, ctx context.Context) *devnet.Devnet {
	t.Helper()
	d, err := devnet.New(devnet.Config{Binaries: certDevnetBinaries(t), Out: certTimelineLog{t}, LogDir: os.Getenv("PARLEY_DEVNET_LOGS")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(d.Stop)
	start := time.Now()
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("devnet started in %.1fs", time.Since(start).Seconds())
	return d
}

// certKit builds and posts certificates on a devnet.
type certKit struct {
	t   *testing.T
	d   *devnet.Devnet
	sub *eigenlayer.Account
}

// newCertKit allows a submitter of the kit's own (devnet.Submitter): the aggregators'
// transaction managers keep their accounts' nonces to themselves.
func newCertKit(t *testing.T, ctx context.Context, d *devnet.Devnet) *certKit {
	t.Helper()
	sub, err := d.Submitter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return &certKit{t: t, d: d, sub: sub}
}

// table reads a published snapshot back from L1 as destinations resolve it.
func (k *certKit) table(ctx context.Context, p avs.Published) *optable.Table {
	k.t.Helper()
	tbl, err := k.d.L1.AVS.Table(ctx, k.d.L1.L1.Client, p.Ref())
	if err != nil {
		k.t.Fatalf("resolving snapshot %d: %v", p.Snapshot.Block, err)
	}
	return tbl
}

// setWeight is operator set 0's total weight in a table.
func setWeight(t *testing.T, tbl *optable.Table) *big.Int {
	t.Helper()
	s, ok := tbl.Set(0)
	if !ok {
		t.Fatal("operator set 0 is not in the snapshot")
	}
	return s.TotalWeight.ToBig()
}

// rangeOfA reads blocks from..to of rollup A (safe), waiting for them to be safe.
func (k *certKit) rangeOfA(ctx context.Context, from, to uint64) *source.Range {
	k.t.Helper()
	if _, err := k.d.A.WaitSafe(ctx, to); err != nil {
		k.t.Fatal(err)
	}
	src, err := source.New(ctx, k.d.A.Client, source.Safe)
	if err != nil {
		k.t.Fatal(err)
	}
	r, err := src.Range(ctx, from, to)
	if err != nil {
		k.t.Fatalf("reading A's blocks %d..%d: %v", from, to, err)
	}
	return r
}

// attest returns the attestation of a range of A by the devnet's AVS against a
// snapshot, labelled with source chain chainID (the digest binds it: a certificate
// signed for one chain id is a certificate of that chain only).
func (k *certKit) attest(r *source.Range, snap attestation.Snapshot, chainID uint64) attestation.Attestation {
	att := r.Attestation(k.d.L1.AVS.ID(), snap)
	att.SourceChainID = chainID
	return att
}

// sign aggregates the signatures of the devnet operators ops (indexes into
// L1.Operators) on att, against tbl; each signature by a key of keys[i] instead of
// operator i's own when keys has one (a key not in the snapshot).
func (k *certKit) sign(tbl *optable.Table, att attestation.Attestation, ops []int, keys map[int]*bls.SecretKey) *certificate.Certificate {
	k.t.Helper()
	digest := att.Digest()
	sigs := map[optable.OperatorID]bls.G1Point{}
	for _, i := range ops {
		op := k.d.L1.Operators[i]
		at, ok := tbl.Find(op.Account.Address, 0)
		if !ok {
			k.t.Fatalf("operator %d is not in snapshot %d", i, tbl.Snapshot().Block)
		}
		key := op.Keys[0]
		if keys[i] != nil {
			key = keys[i]
		}
		sig, err := key.Sign(digest)
		if err != nil {
			k.t.Fatal(err)
		}
		sigs[tbl.Entries()[at].ID] = sig
	}
	c, err := certificate.Aggregate(tbl, att, []uint8{0}, sigs)
	if err != nil {
		k.t.Fatal(err)
	}
	return c
}

// postedCert is a certificate on L1.
type postedCert struct {
	name    string
	tx      common.Hash
	l1Block uint64
	cert    *certificate.Certificate
}

// post posts a certificate from the kit's submitter and waits for it to be mined.
func (k *certKit) post(ctx context.Context, name string, c *certificate.Certificate) postedCert {
	k.t.Helper()
	// The inbox wants the snapshot before the posting block, and the transaction's gas
	// is estimated at the head.
	k.waitL1Past(ctx, c.Attestation.Snapshot.Block)
	tx, err := k.d.L1.AVS.Post(ctx, k.sub, c)
	if err != nil {
		k.t.Fatalf("posting %s: %v", name, err)
	}
	p := postedCert{name: name, tx: tx.Receipt.TxHash, l1Block: tx.Receipt.BlockNumber.Uint64(), cert: c}
	a := c.Attestation
	k.t.Logf("posted %s: chain %d blocks %d..%d against snapshot %d, tx %s in L1 block %d", name, a.SourceChainID,
		a.FromBlock, a.ToBlock, a.Snapshot.Block, p.tx, p.l1Block)
	return p
}

// waitL1Past waits until L1's head is after block n.
func (k *certKit) waitL1Past(ctx context.Context, n uint64) {
	k.t.Helper()
	for {
		head, err := k.d.L1.L1.Client.BlockNumber(ctx)
		if err != nil {
			k.t.Fatal(err)
		}
		if head > n {
			return
		}
		if err := certSleep(ctx, 200*time.Millisecond); err != nil {
			k.t.Fatalf("L1 does not pass block %d: %v", n, err)
		}
	}
}

// aggregatorCertificate waits for a certificate of chain src against snapshot snap
// that the aggregators posted, and returns the first and its L1 block.
func (k *certKit) aggregatorCertificate(ctx context.Context, src uint64, snap attestation.Snapshot) (*certificate.Certificate, uint64) {
	k.t.Helper()
	l1 := k.d.L1.L1.Client
	for {
		logs, err := l1.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(snap.Block),
			Addresses: []common.Address{k.d.L1.AVS.Addresses.Inbox}, Topics: [][]common.Hash{{derivation.CertificatePostedID}}})
		if err != nil {
			k.t.Fatal(err)
		}
		for i := range logs {
			sub, _, raw, err := derivation.ParseCertificatePosted(&logs[i])
			if err != nil || sub == k.sub.Address {
				continue
			}
			if c, err := certificate.Decode(raw); err == nil && c.Attestation.SourceChainID == src && c.Attestation.Snapshot == snap {
				return c, logs[i].BlockNumber
			}
		}
		if err := certSleep(ctx, time.Second); err != nil {
			k.t.Fatalf("no certificate of chain %d against snapshot %d on L1: %v", src, snap.Block, err)
		}
	}
}

// certificateOf returns the certificate of chain src's block n posted in L1 block
// l1Block.
func (k *certKit) certificateOf(ctx context.Context, src, n, l1Block uint64) *certificate.Certificate {
	k.t.Helper()
	b := new(big.Int).SetUint64(l1Block)
	logs, err := k.d.L1.L1.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: b, ToBlock: b,
		Addresses: []common.Address{k.d.L1.AVS.Addresses.Inbox}, Topics: [][]common.Hash{{derivation.CertificatePostedID}}})
	if err != nil {
		k.t.Fatal(err)
	}
	for i := range logs {
		if _, _, raw, err := derivation.ParseCertificatePosted(&logs[i]); err == nil {
			if c, err := certificate.Decode(raw); err == nil && c.Attestation.SourceChainID == src &&
				c.Attestation.FromBlock <= n && n <= c.Attestation.ToBlock {
				return c
			}
		}
	}
	k.t.Fatalf("no certificate of chain %d block %d in L1 block %d", src, n, l1Block)
	return nil
}

// waitSafeOrigin waits until every chain's safe head derives from L1 block n or later: the
// certificates of L1 blocks up to n are then in their inboxes (or were skipped).
func waitSafeOrigin(t *testing.T, ctx context.Context, n uint64, chains ...*devnet.Chain) {
	t.Helper()
	for _, c := range chains {
		for {
			st, err := c.SyncStatus(ctx)
			if err == nil && st.SafeL2.L1Origin.Number >= n {
				t.Logf("%s: safe head %d derived from L1 block %d (>= %d)", c.Name, st.SafeL2.Number, st.SafeL2.L1Origin.Number, n)
				break
			}
			if err := certSleep(ctx, 500*time.Millisecond); err != nil {
				t.Fatalf("%s's safe head does not reach L1 origin %d: %v (status %+v)", c.Name, n, err, st)
			}
		}
	}
}

// safeHeadsAdvance checks that every chain's safe head moves past where it is now.
func safeHeadsAdvance(t *testing.T, ctx context.Context, chains ...*devnet.Chain) {
	t.Helper()
	for _, c := range chains {
		st, err := c.SyncStatus(ctx)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		if _, err := c.WaitSafe(ctx, st.SafeL2.Number+3); err != nil {
			t.Fatalf("%s's safe head stuck at %d: %v", c.Name, st.SafeL2.Number, err)
		}
	}
}

// certifiedThrough is the last block of chain src certified in c's inbox (0, false:
// none).
func certifiedThrough(t *testing.T, ctx context.Context, c *devnet.Chain, src uint64) (uint64, bool) {
	t.Helper()
	n, ok, err := prove.NewInbox(c.Client).LatestCertifiedBlock(ctx, src)
	if err != nil {
		t.Fatalf("%s: latestCertifiedBlock(%d): %v", c.Name, src, err)
	}
	return n, ok
}

// skipLine returns the line of c's op-node log that skips the certificate posted in
// tx (SPEC §9: every skip is logged at WARN, "Parley: skipped certificate", with the
// reason and the transaction), or "".
func skipLine(c *devnet.Chain, tx common.Hash) string {
	short := fmt.Sprintf("%x..%x", tx[:3], tx[29:])
	for _, l := range strings.Split(c.Log("op-node"), "\n") {
		if strings.Contains(l, "Parley: skipped certificate") && (strings.Contains(l, tx.Hex()) || strings.Contains(l, short)) {
			return l
		}
	}
	return ""
}

// skippedCertificates reads c's op-node metric parley_skipped_inputs_total{kind=
// "certificate"} (node/opnode), served on its --metrics.port.
func skippedCertificates(t *testing.T, ctx context.Context, c *devnet.Chain) float64 {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.OpNodeMetricsURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s: op-node metrics: %v", c.Name, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	const series = `parley_skipped_inputs_total{kind="certificate"} `
	for _, l := range strings.Split(string(body), "\n") {
		if v, ok := strings.CutPrefix(l, series); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil {
				t.Fatalf("%s: %q: %v", c.Name, l, err)
			}
			return f
		}
	}
	// A counter vector has no series before its first increment; the plain counter
	// beside it shows the hook's metrics are registered.
	if !strings.Contains(string(body), "parley_certified_ranges_total") {
		t.Fatalf("%s: op-node serves no Parley metrics at %s", c.Name, c.OpNodeMetricsURL)
	}
	return 0
}

// certSleep waits d or until ctx ends.
func certSleep(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}
