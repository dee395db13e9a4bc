package aggregator_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ethereum-optimism/optimism/op-service/testlog"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/node/aggregator"
	"github.com/parley-xyz/parley/node/aggregator/flags"
	"github.com/parley-xyz/parley/node/avs"
	"github.com/parley-xyz/parley/node/avsapi"
	"github.com/parley-xyz/parley/node/formats"
	"github.com/parley-xyz/parley/node/source"
	"github.com/parley-xyz/parley/node/testworld"
)

// The grid and policy of the tests.
const (
	rangeLength = 2
	threshold   = "0:6667"
)

// Operator behaviours.
const (
	honest   int32 = iota
	garbage        // answers with a signature on another digest
	offline        // the HTTP endpoint answers 503
	pushOnly       // refuses requests; pushes (when its pusher runs)
)

// testOperator is the operators' side for these tests (the real daemon is
// node/operator): a JSON-RPC server answering parleyOperator_signRange by computing the
// attestation itself with node/source from the source node and signing it with the
// operator's testworld key, under a minimal slashing protection (a range is signed
// against one snapshot only), and optionally pushing each range to the aggregator.
type testOperator struct {
	addr  common.Address
	key   *bls.SecretKey
	src   *source.Source
	avsID attestation.AVS
	pub   *avs.AVS
	grid  aggregator.Grid

	mode  atomic.Int32
	calls atomic.Int64 // signRange requests

	mu     sync.Mutex
	signed map[[2]uint64]attestation.Snapshot

	srv *httptest.Server
}

func newTestOperator(t *testing.T, ctx context.Context, w *testworld.World, i int) *testOperator {
	t.Helper()
	src, err := source.New(ctx, w.Source.Client, source.Safe)
	if err != nil {
		t.Fatal(err)
	}
	o := &testOperator{addr: w.Operators[i].Account.Address, key: w.Operators[i].Keys[0], src: src, avsID: w.AVS.ID(), pub: w.AVS,
		grid: grid(), signed: map[[2]uint64]attestation.Snapshot{}}
	server := rpc.NewServer()
	if err := server.RegisterName(avsapi.OperatorNamespace, &operatorAPI{o}); err != nil {
		t.Fatal(err)
	}
	o.srv = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if o.mode.Load() == offline {
			http.Error(rw, "offline", http.StatusServiceUnavailable)
			return
		}
		server.ServeHTTP(rw, r)
	}))
	t.Cleanup(o.srv.Close)
	t.Cleanup(server.Stop)
	return o
}

// sign signs att, unless it signed the same range against another snapshot.
func (o *testOperator) sign(att attestation.Attestation) (*avsapi.Signed, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	k := [2]uint64{att.FromBlock, att.ToBlock}
	if s, ok := o.signed[k]; ok && s != att.Snapshot {
		return nil, fmt.Errorf("slashing protection: range %d..%d already signed against snapshot %s", att.FromBlock, att.ToBlock, s)
	}
	o.signed[k] = att.Snapshot
	digest := att.Digest()
	if o.mode.Load() == garbage {
		// Another digest altogether: neighbouring digests can hash to the same point
		// (EigenLayer's try-and-increment hash), so a flipped low bit is no garbage.
		digest = crypto.Keccak256Hash(digest[:])
	}
	sig, err := o.key.Sign(digest)
	if err != nil {
		return nil, err
	}
	return &avsapi.Signed{Version: avsapi.Version, Operator: o.addr, Attestation: att,
		Signatures: []avsapi.KeySignature{{Set: 0, Key: optable.IDOf(o.key.PublicKeyG1()), Sigma: formats.G1Of(sig)}}}, nil
}

// attest computes the attestation of from..to against a snapshot sealed on L1.
func (o *testOperator) attest(ctx context.Context, from, to uint64, snap attestation.Snapshot) (attestation.Attestation, error) {
	root, err := o.pub.Publisher.SnapshotRoot(&bind.CallOpts{Context: ctx}, snap.Block)
	if err != nil {
		return attestation.Attestation{}, err
	}
	if root != snap.Root || root == (common.Hash{}) {
		return attestation.Attestation{}, fmt.Errorf("snapshot %s not sealed on L1", snap)
	}
	head, err := o.src.Head(ctx)
	if err != nil {
		return attestation.Attestation{}, err
	}
	if to > head {
		return attestation.Attestation{}, fmt.Errorf("range %d..%d above the safe head %d", from, to, head)
	}
	rng, err := o.src.Range(ctx, from, to)
	if err != nil {
		return attestation.Attestation{}, err
	}
	return rng.Attestation(o.avsID, snap), nil
}

type operatorAPI struct{ o *testOperator }

func (a *operatorAPI) SignRange(ctx context.Context, req avsapi.RangeRequest) (*avsapi.Signed, error) {
	a.o.calls.Add(1)
	if err := req.Check(); err != nil {
		return nil, err
	}
	if a.o.mode.Load() == pushOnly {
		return nil, errors.New("this operator only pushes")
	}
	att, err := a.o.attest(ctx, req.FromBlock, req.ToBlock, req.Snapshot)
	if err != nil {
		return nil, err
	}
	return a.o.sign(att)
}

func (a *operatorAPI) Status(context.Context) (*avsapi.OperatorStatus, error) {
	return &avsapi.OperatorStatus{Version: avsapi.Version, Operator: a.o.addr, AVS: a.o.avsID, SourceChainID: a.o.src.ChainID(), Sets: []uint8{0}}, nil
}

// push signs every range from range k on, as the source's safe head covers it, against
// the latest snapshot, and pushes it to the aggregator at url, until ctx ends. It
// returns how many pushes the aggregator buffered and accepted.
func (o *testOperator) push(ctx context.Context, t *testing.T, url string, k uint64) (buffered, accepted *atomic.Int64) {
	buffered, accepted = new(atomic.Int64), new(atomic.Int64)
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	logged := 0
	report := func(err error) {
		if logged < 5 && ctx.Err() == nil {
			logged++
			t.Logf("pusher: %v", err)
		}
	}
	go func() {
		defer c.Close()
		for ctx.Err() == nil {
			from, to := o.grid.Range(k)
			head, err := o.src.Head(ctx)
			if err != nil || to > head {
				sleep(ctx, 50*time.Millisecond)
				continue
			}
			snap, err := o.pub.Publisher.LatestSnapshot(&bind.CallOpts{Context: ctx})
			if err != nil {
				report(err)
				sleep(ctx, 50*time.Millisecond)
				continue
			}
			att, err := o.attest(ctx, from, to, attestation.Snapshot{Block: snap.BlockNumber, Root: snap.Root})
			if err != nil {
				report(err)
				sleep(ctx, 50*time.Millisecond)
				continue
			}
			s, err := o.sign(att)
			if err != nil {
				report(err)
				sleep(ctx, 50*time.Millisecond)
				continue
			}
			var res avsapi.SubmitResult
			if err := c.CallContext(ctx, &res, avsapi.AggregatorNamespace+"_submit", s); err != nil {
				report(err)
				sleep(ctx, 50*time.Millisecond)
				continue
			}
			if !res.Accepted {
				report(fmt.Errorf("range %d..%d not accepted: %s", from, to, res.Reason))
			}
			if res.Buffered {
				buffered.Add(1)
			}
			if res.Accepted {
				accepted.Add(1)
			}
			k++
		}
	}()
	return buffered, accepted
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

// logEmitter keeps sending contract creations whose init code logs (LOG0), so that the
// source's ranges hold messages.
func logEmitter(ctx context.Context, t *testing.T, c *ethclient.Client, key *ecdsa.PrivateKey) {
	chainID, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(chainID)
	code := common.FromHex("0x60006000a000") // PUSH1 0, PUSH1 0, LOG0 (empty data), STOP
	go func() {
		for ctx.Err() == nil {
			tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1e9),
				GasFeeCap: big.NewInt(50e9), Gas: 100_000, Data: code})
			if err == nil && c.SendTransaction(ctx, tx) == nil {
				nonce++
			}
			sleep(ctx, 400*time.Millisecond)
		}
	}()
}

// l1Cert is a certificate read back from the inbox's logs.
type l1Cert struct {
	block uint64
	ref   derivation.SnapshotRef
	cert  *certificate.Certificate
}

// inboxCertificates reads every CertificatePosted log of the inbox.
func inboxCertificates(ctx context.Context, t *testing.T, w *testworld.World) []l1Cert {
	t.Helper()
	logs, err := w.L1.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0),
		Addresses: []common.Address{w.AVS.Addresses.Inbox}, Topics: [][]common.Hash{{derivation.CertificatePostedID}}})
	if err != nil {
		t.Fatal(err)
	}
	var out []l1Cert
	for i := range logs {
		_, h, raw, err := derivation.ParseCertificatePosted(&logs[i])
		if err != nil {
			t.Fatalf("log %d: %v", i, err)
		}
		c, err := certificate.Decode(raw)
		if err != nil {
			t.Fatalf("log %d: %v", i, err)
		}
		out = append(out, l1Cert{block: logs[i].BlockNumber, ref: derivation.SnapshotRef{BlockHash: h, Snapshot: c.Attestation.Snapshot}, cert: c})
	}
	return out
}

// checkInbox verifies every certificate on L1 with interop/verifier against its
// snapshot read back from L1, and checks that they are the grid's ranges in order, from
// the first, each once. It returns them.
func checkInbox(ctx context.Context, t *testing.T, w *testworld.World) []l1Cert {
	t.Helper()
	certs := inboxCertificates(ctx, t, w)
	v, err := verifier.New(verifier.Config{Policy: policy(t, w)})
	if err != nil {
		t.Fatal(err)
	}
	g := grid()
	for i, c := range certs {
		tab, err := w.AVS.Table(ctx, w.L1.Client, c.ref)
		if err != nil {
			t.Fatal(err)
		}
		if err := v.Verify(c.cert, optable.Of(tab)); err != nil {
			t.Fatalf("certificate %d (L1 block %d): %v", i, c.block, err)
		}
		from, to := g.Range(uint64(i))
		if a := c.cert.Attestation; a.FromBlock != from || a.ToBlock != to {
			t.Fatalf("certificate %d on L1 covers %d..%d, want %d..%d (a gap, a duplicate or out of order)", i, a.FromBlock, a.ToBlock, from, to)
		}
		if c.block-c.ref.Block > optable.MaxSnapshotAge {
			t.Fatalf("certificate %d outside the window", i)
		}
	}
	return certs
}

func policy(t *testing.T, w *testworld.World) verifier.Policy {
	th, err := aggregator.ParseThresholds([]string{threshold})
	if err != nil {
		t.Fatal(err)
	}
	return verifier.Policy{AVS: w.AVS.ID(), Thresholds: th}
}

// nonSigner reports whether operator i's key is a non-signer of c.
func nonSigner(w *testworld.World, c *certificate.Certificate, i int) bool {
	return slices.Contains(c.NonSigners, optable.IDOf(w.Operators[i].Keys[0].PublicKeyG1()))
}

// aggregatorConfig is an in-process aggregator's configuration against the world.
func aggregatorConfig(w *testworld.World, ops []*testOperator) *aggregator.CLIConfig {
	var urls []string
	for _, o := range ops {
		urls = append(urls, o.srv.URL)
	}
	return aggregatorConfigFor(w, urls)
}

// aggregatorConfigFor configures an aggregator asking the operators at urls.
func aggregatorConfigFor(w *testworld.World, urls []string) *aggregator.CLIConfig {
	tx := txmgr.NewCLIConfig(w.L1.URL, flags.TxMgrDefaults)
	tx.PrivateKey = common.Bytes2Hex(crypto.FromECDSA(testworld.Key("submitter")))
	tx.ReceiptQueryInterval = 50 * time.Millisecond
	tx.NetworkTimeout = 5 * time.Second
	tx.ResubmissionTimeout = 5 * time.Second
	tx.TxNotInMempoolTimeout = 10 * time.Second
	cfg := &aggregator.CLIConfig{
		L1EthRpc: w.L1.URL, SourceRpc: w.Source.URL, Inbox: w.AVS.Addresses.Inbox.Hex(), SourceHead: "safe",
		RangeStart: grid().Start, RangeLength: rangeLength, Thresholds: []string{threshold},
		Window: optable.MaxSnapshotAge, SnapshotMinLife: flags.DefaultSnapshotMinLife, PostMargin: flags.DefaultPostMargin,
		Linger: 500 * time.Millisecond, OperatorTimeout: 2 * time.Second, AskBackoffMax: 2 * time.Second,
		PollInterval: 100 * time.Millisecond, MaxOpenRanges: 4,
		TxMgrConfig: tx,
	}
	cfg.OperatorRpcs = urls
	cfg.RPCConfig.ListenAddr = "127.0.0.1"
	cfg.MetricsConfig.Enabled = true
	cfg.MetricsConfig.ListenAddr = "127.0.0.1"
	cfg.LogConfig.Level = log.LevelInfo
	return cfg
}

// startAggregator runs an aggregator in this process until the returned stop is called
// (or the test ends).
func startAggregator(ctx context.Context, t *testing.T, cfg *aggregator.CLIConfig) (*aggregator.Service, func()) {
	t.Helper()
	lg := testlog.Logger(t, log.LevelInfo)
	s, err := aggregator.ServiceFromCLIConfig(ctx, "test", cfg, lg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	stop := func() {
		once.Do(func() {
			if err := s.Stop(context.Background()); err != nil {
				t.Error(err)
			}
		})
	}
	t.Cleanup(stop)
	return s, stop
}

// waitPosted waits until the inbox holds at least n certificates.
func waitPosted(ctx context.Context, t *testing.T, w *testworld.World, n int, within time.Duration) []l1Cert {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		certs := inboxCertificates(ctx, t, w)
		if len(certs) >= n {
			return certs
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d certificates on L1 after %s, want %d", len(certs), within, n)
		}
		sleep(ctx, 200*time.Millisecond)
	}
}
