package derivation_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/precompile/bindings"
)

// inboxChain is a ParleyCertificateInbox on go-ethereum's simulated L1.
type inboxChain struct {
	t      *testing.T
	sim    *simulated.Backend
	client simulated.Client
	addr   common.Address
	inbox  *bindings.ParleyCertificateInbox
	nonces simNonces
}

func newInboxChain(t *testing.T, accounts ...*bind.TransactOpts) *inboxChain {
	c := &inboxChain{t: t, nonces: simNonces{}}
	alloc := types.GenesisAlloc{}
	for _, a := range accounts {
		alloc[a.From] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	c.sim = simulated.NewBackend(alloc)
	t.Cleanup(func() { c.sim.Close() })
	c.client = c.sim.Client()
	addr, tx, inbox, err := bindings.DeployParleyCertificateInbox(c.nonces.opts(accounts[0], 0), c.client)
	c.send(tx, err)
	c.addr, c.inbox = addr, inbox
	if rs := c.commit(); rs[0].Status != types.ReceiptStatusSuccessful {
		t.Fatal("deployment failed")
	}
	return c
}

// send advances the sender's nonce for a transaction the pool accepted.
func (c *inboxChain) send(tx *types.Transaction, err error) *types.Transaction {
	c.t.Helper()
	c.nonces.sent(c.t, tx, err)
	return tx
}

// commit mines a block and returns its receipts in block order, as op-node fetches them.
func (c *inboxChain) commit() types.Receipts {
	c.t.Helper()
	ctx := context.Background()
	block, err := c.client.BlockByHash(ctx, c.sim.Commit())
	if err != nil {
		c.t.Fatal(err)
	}
	var rs types.Receipts
	for _, tx := range block.Transactions() {
		r, err := c.client.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			c.t.Fatal(err)
		}
		rs = append(rs, r)
	}
	return rs
}

// rawTx sends a transaction with the given calldata from auth (to nil: a creation).
func (c *inboxChain) rawTx(auth *bind.TransactOpts, to *common.Address, gas uint64, data []byte) *types.Transaction {
	c.t.Helper()
	tx, err := auth.Signer(auth.From, types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(simChainID), Nonce: c.nonces[auth.From],
		GasTipCap: big.NewInt(2e9), GasFeeCap: big.NewInt(1e12), Gas: gas, To: to, Data: data}))
	if err != nil {
		c.t.Fatal(err)
	}
	return c.send(tx, c.client.SendTransaction(context.Background(), tx))
}

// deployRelay deploys a contract that, called with a 32-byte length n, calls
// inbox.post(bytes) with n zero bytes built in memory and bubbles up a revert: a way to
// post more than a transaction may carry.
func (c *inboxChain) deployRelay(auth *bind.TransactOpts) common.Address {
	c.t.Helper()
	sel := certInboxABI().Methods["post"].ID
	runtime := cat(
		// mstore(0, sel << 224); mstore(4, 0x20), the offset
		[]byte{0x63}, sel, []byte{0x60, 0xe0, 0x1b, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x04, 0x52},
		// n := calldataload(0); mstore(36, n); argsSize := n + 100 (head and padding)
		[]byte{0x60, 0x00, 0x35, 0x80, 0x60, 0x24, 0x52, 0x60, 0x64, 0x01},
		// call(gas, inbox, 0, 0, argsSize, 0, 0)
		[]byte{0x60, 0x00, 0x60, 0x00, 0x82, 0x60, 0x00, 0x60, 0x00, 0x73}, c.addr[:], []byte{0x5a, 0xf1},
		// if success, stop (0x47); else revert with the return data
		[]byte{0x60, 0x47, 0x57, 0x3d, 0x60, 0x00, 0x60, 0x00, 0x3e, 0x3d, 0x60, 0x00, 0xfd, 0x5b, 0x00},
	)
	if runtime[0x47] != 0x5b {
		c.t.Fatal("relay: misplaced jump destination")
	}
	initcode := cat([]byte{0x60, byte(len(runtime)), 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}, runtime)
	tx := c.rawTx(auth, nil, 200_000, initcode)
	if r := c.commit(); len(r) != 1 || r[0].Status != types.ReceiptStatusSuccessful {
		c.t.Fatal("relay deployment failed")
	}
	addr := crypto.CreateAddress(auth.From, tx.Nonce())
	code, err := c.client.CodeAt(context.Background(), addr, nil)
	if err != nil || !bytes.Equal(code, runtime) {
		c.t.Fatalf("relay code %x (%v)", code, err)
	}
	return addr
}

// TestCertificateInboxOnL1 runs ParleyCertificateInbox on a simulated L1 and feeds the
// mined block's receipts to the Scanner: an allowed submitter's certificate is found,
// exactly as posted and as the contract's ABI decodes its log; another account's post
// is mined and logged but skipped; an oversize post reverts in the contract, leaving a
// failed receipt without logs, which the Scanner ignores.
func TestCertificateInboxOnL1(t *testing.T) {
	ctx := context.Background()
	deployer, submitter, stranger := regTransactor(t, "deployer"), regTransactor(t, "submitter"), regTransactor(t, "stranger")
	c := newInboxChain(t, deployer, submitter, stranger)

	if max, err := c.inbox.MAXCERTIFICATESIZE(&bind.CallOpts{}); err != nil || !max.IsUint64() || max.Uint64() != certificate.MaxSize {
		t.Fatalf("MAX_CERTIFICATE_SIZE() = %v (%v), certificate.MaxSize = %d", max, err, certificate.MaxSize)
	}

	// The size bound is the contract's: MaxSize is accepted, one byte more reverts with
	// CertificateTooLarge(size), posted directly or through the relay (eth_call).
	relay := c.deployRelay(deployer)
	call := func(to common.Address, data []byte) error {
		_, err := c.client.CallContract(ctx, ethereum.CallMsg{From: submitter.From, To: &to, Data: data}, nil)
		return err
	}
	post := func(cert []byte) []byte {
		data, err := certInboxABI().Pack("post", cert)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	huge := make([]byte, certificate.MaxSize+1)
	relayHuge := common.BigToHash(big.NewInt(int64(len(huge)))).Bytes()
	if err := call(c.addr, post(make([]byte, certificate.MaxSize))); err != nil {
		t.Fatalf("posting MaxSize bytes: %v", err)
	}
	if err := call(relay, common.BigToHash(big.NewInt(certificate.MaxSize)).Bytes()); err != nil {
		t.Fatalf("relaying MaxSize bytes: %v", err)
	}
	tooLarge := certInboxABI().Errors["CertificateTooLarge"]
	arg, err := tooLarge.Inputs.Pack(big.NewInt(int64(len(huge))))
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("0x%x%x", tooLarge.ID[:4], arg)
	var de interface{ ErrorData() interface{} }
	for name, do := range map[string]func() error{
		"posting":  func() error { return call(c.addr, post(huge)) },
		"relaying": func() error { return call(relay, relayHuge) },
	} {
		if err := do(); !errors.As(err, &de) || fmt.Sprint(de.ErrorData()) != want {
			t.Fatalf("%s MaxSize+1 bytes: %v, want CertificateTooLarge(%d)", name, err, len(huge))
		}
	}

	// One block: a valid post, a stranger's post, and an oversize post. The pool
	// refuses an oversize post sent directly (over 128 KiB), so it is also made through
	// a relay contract that builds post(MaxSize+1 zero bytes) in memory: mined, and
	// reverted by the inbox.
	good, other := sampleCertificate(t, 1), sampleCertificate(t, 11)
	posted := c.send(c.inbox.Post(c.nonces.opts(submitter, 0), good))
	strangers := c.send(c.inbox.Post(c.nonces.opts(stranger, 0), other))
	var directs []*types.Transaction
	switch tx, err := c.inbox.Post(c.nonces.opts(submitter, 2_000_000), huge); {
	case err == nil:
		directs = append(directs, c.send(tx, nil)) // mined below, and must revert
	case strings.Contains(err.Error(), "oversized data"):
		t.Logf("the pool refuses the oversize post: %v", err)
	default:
		t.Fatalf("oversize post: %v", err)
	}
	relayed := c.rawTx(submitter, &relay, 1_000_000, relayHuge)
	rs := c.commit()
	if n := 3 + len(directs); len(rs) != n {
		t.Fatalf("block has %d transactions, want %d", len(rs), n)
	}
	for _, tx := range append(directs, relayed) {
		if r := receiptOf(t, rs, tx); r.Status != types.ReceiptStatusFailed || len(r.Logs) != 0 {
			t.Fatalf("an oversize post (%s) did not revert", r.TxHash)
		}
	}
	index := map[common.Hash]int{}
	for i, r := range rs {
		index[r.TxHash] = i
	}
	for _, tx := range []*types.Transaction{posted, strangers} {
		if r := receiptOf(t, rs, tx); r.Status != types.ReceiptStatusSuccessful || len(r.Logs) != 1 {
			t.Fatalf("post %s: status %d, %d logs", r.TxHash, r.Status, len(r.Logs))
		}
	}

	s := &derivation.Scanner{Inbox: c.addr, Submitters: map[common.Address]bool{submitter.From: true}, MaxCerts: 4}
	found, skipped := s.Scan(rs)
	if len(found) != 1 || len(skipped) != 1 {
		t.Fatalf("found %v, skipped %v", found, skipped)
	}
	f, r := found[0], receiptOf(t, rs, posted)
	lg := r.Logs[0]
	if f.TxHash != posted.Hash() || f.TxIndex != index[posted.Hash()] || f.LogIndex != lg.Index || f.Submitter != submitter.From || !bytes.Equal(f.Cert.Encode(), good) {
		t.Fatalf("candidate %+v", f)
	}
	ev, err := c.inbox.ParseCertificatePosted(*lg)
	if err != nil || ev.Submitter != f.Submitter || !bytes.Equal(ev.Certificate, good) {
		t.Fatalf("the contract's ABI decodes the log as %+v (%v)", ev, err)
	}
	sr := receiptOf(t, rs, strangers)
	if sk := skipped[0]; sk.TxHash != strangers.Hash() || sk.TxIndex != index[strangers.Hash()] || sk.LogIndex != sr.Logs[0].Index || !errors.Is(sk.Reason, derivation.ErrCertSender) {
		t.Fatalf("skip %v", sk)
	}
	// With the stranger allowed too, both are found, in block order.
	s.Submitters[stranger.From] = true
	found, skipped = s.Scan(rs)
	if len(found) != 2 || len(skipped) != 0 || found[0].TxIndex >= found[1].TxIndex {
		t.Fatalf("found %v, skipped %v", found, skipped)
	}
	for _, f := range found {
		if want := map[common.Hash][]byte{posted.Hash(): good, strangers.Hash(): other}[f.TxHash]; !bytes.Equal(f.Cert.Encode(), want) {
			t.Fatalf("candidate %+v is not what its transaction posted", f)
		}
	}
}
