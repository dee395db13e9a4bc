package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/message"
	"github.com/parley-xyz/parley/interop/msgtree"
	"github.com/parley-xyz/parley/precompile"
	"github.com/parley-xyz/parley/precompile/bindings"
)

const (
	smokeL1ChainID = 11155111
	sourceChain    = 10 // the source chain whose range the genesis certifies
)

var smokeAVS = common.HexToAddress("0x000000000000000000000000000000000000a11c")

// TestSmokeInbox runs the patched op-geth in dev mode on a chain that activates Parley
// at genesis and exercises the inbox over JSON-RPC: eth_call, transactions straight to
// it and through a contract, the STATICCALL, DELEGATECALL and CALLCODE rules, gas
// estimation, tracing, and the parley_ namespace.
//
// The genesis pre-populates the inbox's storage with one certified range and one
// operator-table snapshot, computed by running the precompile package itself as the
// system sender, so messages can be validated for real without an op-node or L1.
func TestSmokeInbox(t *testing.T) {
	bin := gethBinary(t)
	fix := newInboxFixture(t)
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("parley e2e smoke")))
	user := crypto.PubkeyToAddress(key.PublicKey)

	genesis := &core.Genesis{
		Config:     cancunConfig(901),
		GasLimit:   30_000_000,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: common.Big0,
		Alloc: types.GenesisAlloc{
			user:                      {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))},
			params.BeaconRootsAddress: {Code: params.BeaconRootsCode, Nonce: 1, Balance: new(big.Int)},
			precompile.Address:        {Nonce: fix.nonce, Storage: fix.storage, Balance: new(big.Int)},
		},
	}
	dir := t.TempDir()
	datadir := filepath.Join(dir, "data")
	writeGenesis(t, filepath.Join(dir, "genesis.json"), genesis, map[string]any{
		"activationTime": 0, "l1ChainId": smokeL1ChainID, "avs": smokeAVS,
	})
	mustRunGeth(t, bin, "--datadir", datadir, "init", filepath.Join(dir, "genesis.json"))
	// Dev mode on the initialised datadir: the simulated beacon builds a block as soon
	// as a transaction arrives (--dev.period 0), on our genesis (dev mode only checks it
	// is merged at genesis).
	node := startGeth(t, bin, datadir, "--dev", "--dev.period", "0", "--http.api", "eth,net,web3,debug,parley")
	s := &smoke{t: t, ctx: t.Context(), node: node, key: key, user: user, fix: fix}
	s.setup()

	t.Run("eth_call", s.testEthCall)
	t.Run("transactions", s.testTransactions)
	t.Run("static context", s.testStatic)
	t.Run("delegatecall and callcode", s.testDelegate)
	t.Run("gas estimation", s.testEstimate)
	t.Run("tracing", s.testTracing)
	t.Run("typed call without return values", s.testTypedCall)
	t.Run("parley rpc", s.testParleyRPC)
}

// TestParleyConfigRequiredAtStartup shows that op-geth refuses to start on a chain
// whose Parley configuration is invalid, and serves no parley_ namespace without one.
func TestParleyConfigRequiredAtStartup(t *testing.T) {
	bin := gethBinary(t)
	dir := t.TempDir()
	genesis := &core.Genesis{
		Config: cancunConfig(902), GasLimit: 30_000_000, BaseFee: big.NewInt(params.InitialBaseFee), Difficulty: common.Big0,
		Alloc: types.GenesisAlloc{params.BeaconRootsAddress: {Code: params.BeaconRootsCode, Nonce: 1, Balance: new(big.Int)}},
	}

	// No AVS: invalid.
	bad := filepath.Join(dir, "bad")
	writeGenesis(t, filepath.Join(dir, "bad.json"), genesis, map[string]any{"activationTime": 0, "l1ChainId": smokeL1ChainID})
	mustRunGeth(t, bin, "--datadir", bad, "init", filepath.Join(dir, "bad.json"))
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--datadir", bad, "--dev", "--ipcdisable", "--http", "--http.addr", "127.0.0.1", "--http.port", "0",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", "0")
	cmd.WaitDelay = 5 * time.Second
	out, err := cmd.CombinedOutput()
	if err == nil || ctx.Err() != nil || !strings.Contains(string(out), "invalid Parley configuration") {
		t.Fatalf("geth with an invalid Parley configuration: err=%v (ctx %v), want a start-up failure naming it\n%s", err, ctx.Err(), tail(string(out), 20))
	}

	// Not configured: plain op-geth, no parley_ namespace.
	plain := filepath.Join(dir, "plain")
	writeGenesis(t, filepath.Join(dir, "plain.json"), genesis, nil)
	mustRunGeth(t, bin, "--datadir", plain, "init", filepath.Join(dir, "plain.json"))
	node := startGeth(t, bin, plain, "--dev", "--dev.period", "0", "--http.api", "eth,parley")
	var res any
	err = node.RPC.CallContext(t.Context(), &res, "parley_config")
	if err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("parley_config without Parley: %v, %v; want method not found", res, err)
	}
}

// inboxFixture is the inbox's genesis state and the messages it certifies.
type inboxFixture struct {
	storage       map[common.Hash]common.Hash
	nonce         uint64
	snapshot      snapshotFixture // the snapshot recorded at genesis
	root          common.Hash
	lastBlockHash common.Hash
	msgs          []message.Message
	proofs        [][]byte // validateMessage proofs: be64(from) || merkle proof
}

// snapshotFixture is a recorded operator-table snapshot.
type snapshotFixture struct {
	l1Block uint64
	root    common.Hash
	ids     []uint32
	weights []*big.Int
}

// newInboxFixture certifies source-chain blocks 1..5 with three messages and records
// one operator-table snapshot, by running the precompile itself as the system sender
// against an in-memory environment, and returns the resulting storage.
func newInboxFixture(t *testing.T) *inboxFixture {
	t.Helper()
	f := &inboxFixture{
		lastBlockHash: crypto.Keccak256Hash([]byte("source block 5")),
		snapshot: snapshotFixture{
			l1Block: 77, root: crypto.Keccak256Hash([]byte("snapshot 77")),
			ids: []uint32{0, 5}, weights: []*big.Int{big.NewInt(3e18), new(big.Int).Lsh(big.NewInt(1), 100)},
		},
	}
	origin := common.HexToAddress("0x00000000000000000000000000000000000abcde")
	for i, at := range []struct{ block, log uint64 }{{2, 0}, {2, 3}, {4, 1}} {
		f.msgs = append(f.msgs, message.Message{
			ID:          message.Identifier{Origin: origin, BlockNumber: at.block, LogIndex: uint32(at.log), Timestamp: 1000 + 2*at.block, ChainID: sourceChain},
			PayloadHash: crypto.Keccak256Hash([]byte{byte(i)}),
		})
	}
	tree, err := msgtree.Commit(msgtree.Range{ChainID: sourceChain, From: 1, To: 5}, f.msgs)
	if err != nil {
		t.Fatal(err)
	}
	f.root = tree.Root()
	for i := range f.msgs {
		p, err := tree.Proof(uint64(i))
		if err != nil {
			t.Fatal(err)
		}
		f.proofs = append(f.proofs, append(binary.BigEndian.AppendUint64(nil, 1), p...))
	}

	cfg := &precompile.Config{}
	cfg.AVS.L1ChainID, cfg.AVS.Address = smokeL1ChainID, smokeAVS
	env := &memEnv{storage: map[common.Hash]common.Hash{}}
	run := func(caller common.Address, name string, args ...any) []byte {
		input, err := precompile.ABI.Pack(name, args...)
		if err != nil {
			t.Fatal(err)
		}
		env.caller, env.gas = caller, 100_000_000
		out, err := precompile.Run(cfg, env, input)
		if err != nil {
			t.Fatalf("precompile %s: %v", name, err)
		}
		return out
	}
	run(precompile.SystemSender, "recordRange", big.NewInt(sourceChain), uint64(1), uint64(5), f.lastBlockHash, f.root)
	sn := f.snapshot
	run(precompile.SystemSender, "recordSnapshot", sn.l1Block, sn.root, sn.ids, sn.weights)
	f.storage, f.nonce = env.storage, env.nonce
	if f.nonce != 1 || len(f.storage) == 0 {
		t.Fatalf("fixture: nonce %d, %d slots", f.nonce, len(f.storage))
	}
	return f
}

// id returns message i's identifier in the bindings' form.
func (f *inboxFixture) id(i int) bindings.Identifier {
	m := f.msgs[i].ID
	return bindings.Identifier{
		Origin:      m.Origin,
		BlockNumber: new(big.Int).SetUint64(m.BlockNumber),
		LogIndex:    new(big.Int).SetUint64(uint64(m.LogIndex)),
		Timestamp:   new(big.Int).SetUint64(m.Timestamp),
		ChainId:     new(big.Int).SetUint64(m.ChainID),
	}
}

// memEnv is a precompile.Environment over a map: enough to compute genesis storage.
type memEnv struct {
	storage map[common.Hash]common.Hash
	warm    map[common.Hash]bool
	nonce   uint64
	caller  common.Address
	gas     uint64
}

func (e *memEnv) GetState(k common.Hash) (common.Hash, common.Hash) {
	return e.storage[k], e.storage[k]
}
func (e *memEnv) SetState(k, v common.Hash) {
	if v == (common.Hash{}) {
		delete(e.storage, k)
	} else {
		e.storage[k] = v
	}
}
func (e *memEnv) SlotWarm(k common.Hash) bool { return e.warm[k] }
func (e *memEnv) WarmSlot(k common.Hash) {
	if e.warm == nil {
		e.warm = map[common.Hash]bool{}
	}
	e.warm[k] = true
}
func (e *memEnv) Nonce() uint64                 { return e.nonce }
func (e *memEnv) SetNonce(n uint64)             { e.nonce = n }
func (e *memEnv) AddLog([]common.Hash, []byte)  {}
func (e *memEnv) Caller() common.Address        { return e.caller }
func (e *memEnv) Value() *uint256.Int           { return new(uint256.Int) }
func (e *memEnv) ReadOnly() bool                { return false }
func (e *memEnv) CallType() precompile.CallType { return precompile.Call }
func (e *memEnv) BlockNumber() uint64           { return 0 }
func (e *memEnv) BlockTime() uint64             { return 0 }
func (e *memEnv) Gas() uint64                   { return e.gas }
func (e *memEnv) UseGas(n uint64) bool {
	if e.gas < n {
		return false
	}
	e.gas -= n
	return true
}

// smoke is the state shared by TestSmokeInbox's steps.
type smoke struct {
	t     *testing.T
	ctx   context.Context
	node  *gethNode
	key   *ecdsa.PrivateKey
	user  common.Address
	fix   *inboxFixture
	chain *big.Int
	auth  *bind.TransactOpts
	inbox *bindings.IParleyInbox
	probe *bindings.InboxProbe
	paddr common.Address
}

// inboxCall packs call data for an inbox method.
func (s *smoke) inboxCall(name string, args ...any) []byte {
	s.t.Helper()
	b, err := precompile.ABI.Pack(name, args...)
	if err != nil {
		s.t.Fatal(err)
	}
	return b
}

// probeCall packs call data for an InboxProbe method.
func (s *smoke) probeCall(name string, args ...any) []byte {
	s.t.Helper()
	a, err := bindings.InboxProbeMetaData.GetAbi()
	if err != nil {
		s.t.Fatal(err)
	}
	b, err := a.Pack(name, args...)
	if err != nil {
		s.t.Fatal(err)
	}
	return b
}

// selector returns the 4-byte selector of an IParleyInbox custom error.
func selector(name string) []byte {
	id := precompile.ABI.Errors[name].ID
	return id[:4]
}

func (s *smoke) setup() {
	t := s.t
	var err error
	if s.chain, err = s.node.Client.ChainID(s.ctx); err != nil {
		t.Fatal(err)
	}
	if s.auth, err = bind.NewKeyedTransactorWithChainID(s.key, s.chain); err != nil {
		t.Fatal(err)
	}
	s.auth.Context = s.ctx
	if s.inbox, err = bindings.NewIParleyInbox(precompile.Address, s.node.Client); err != nil {
		t.Fatal(err)
	}
	addr, tx, probe, err := bindings.DeployInboxProbe(s.auth, s.node.Client)
	if err != nil {
		t.Fatal(err)
	}
	if r := s.wait(tx); r.Status != types.ReceiptStatusSuccessful || r.ContractAddress != addr {
		t.Fatalf("probe deployment: status %d at %s", r.Status, r.ContractAddress)
	}
	s.probe, s.paddr = probe, addr
}

// wait waits for a transaction's receipt (the dev node seals it immediately).
func (s *smoke) wait(tx *types.Transaction) *types.Receipt {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(s.ctx, 30*time.Second)
	defer cancel()
	for {
		r, err := s.node.Client.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r
		}
		select {
		case <-ctx.Done():
			s.t.Fatalf("no receipt for %s: %v", tx.Hash(), err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// opts returns transaction options with a fixed gas limit (0: estimate).
func (s *smoke) opts(gas uint64) *bind.TransactOpts {
	o := *s.auth
	o.GasLimit = gas
	return &o
}

// send sends a transaction from the user straight to an address and waits for it.
func (s *smoke) send(to common.Address, data []byte, gas uint64) *types.Receipt {
	s.t.Helper()
	c := s.node.Client
	nonce, err := c.PendingNonceAt(s.ctx, s.user)
	if err != nil {
		s.t.Fatal(err)
	}
	tip, err := c.SuggestGasTipCap(s.ctx)
	if err != nil {
		s.t.Fatal(err)
	}
	head, err := c.HeaderByNumber(s.ctx, nil)
	if err != nil {
		s.t.Fatal(err)
	}
	tx := types.MustSignNewTx(s.key, types.LatestSignerForChainID(s.chain), &types.DynamicFeeTx{
		ChainID: s.chain, Nonce: nonce, GasTipCap: tip, Gas: gas, To: &to, Data: data,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
	})
	if err := c.SendTransaction(s.ctx, tx); err != nil {
		s.t.Fatal(err)
	}
	return s.wait(tx)
}

// probed returns the Probed event of a probe transaction.
func (s *smoke) probed(r *types.Receipt) *bindings.InboxProbeProbed {
	s.t.Helper()
	if r.Status != types.ReceiptStatusSuccessful {
		s.t.Fatalf("probe transaction failed (status %d)", r.Status)
	}
	for _, l := range r.Logs {
		if ev, err := s.probe.ParseProbed(*l); err == nil {
			return ev
		}
	}
	s.t.Fatal("probe transaction without a Probed event")
	return nil
}

// wantRevert checks revert data against an inbox custom error.
func wantRevert(t *testing.T, what string, data []byte, name string) {
	t.Helper()
	if len(data) < 4 || !bytes.Equal(data[:4], selector(name)) {
		t.Fatalf("%s: revert data %x, want %s (%x)", what, data, name, selector(name))
	}
}

func (s *smoke) testEthCall(t *testing.T) {
	call := &bind.CallOpts{Context: s.ctx}
	sn := s.fix.snapshot
	snap, err := s.inbox.LatestSnapshot(call)
	if err != nil || snap.L1Block != sn.l1Block || snap.Root != sn.root {
		t.Fatalf("latestSnapshot = %+v, %v; want %d, %s", snap, err, sn.l1Block, sn.root)
	}
	for id, want := range map[uint32]*big.Int{0: sn.weights[0], 5: sn.weights[1], 1: new(big.Int)} {
		if w, err := s.inbox.OperatorSetWeight(call, id); err != nil || w.Cmp(want) != 0 {
			t.Fatalf("operatorSetWeight(%d) = %v, %v; want %v", id, w, err, want)
		}
	}
	latest, err := s.inbox.LatestCertifiedBlock(call, big.NewInt(sourceChain))
	if err != nil || latest.BlockNumber != 5 || !latest.Certified {
		t.Fatalf("latestCertifiedBlock = %+v, %v; want 5, true", latest, err)
	}
	r, err := s.inbox.CertifiedRange(call, big.NewInt(sourceChain), 3)
	if err != nil || r.FromBlock != 1 || r.ToBlock != 5 || r.MessageRoot != s.fix.root || r.LastBlockHash != s.fix.lastBlockHash {
		t.Fatalf("certifiedRange = %+v, %v", r, err)
	}
	for i := range s.fix.msgs {
		ok, err := s.inbox.IsValidMessage(call, s.fix.id(i), s.fix.msgs[i].PayloadHash, s.fix.proofs[i])
		if err != nil || !ok {
			t.Fatalf("isValidMessage(message %d) = %v, %v", i, ok, err)
		}
	}
	ok, err := s.inbox.IsValidMessage(call, s.fix.id(0), common.Hash{0xba, 0xd}, s.fix.proofs[0])
	if err != nil || ok {
		t.Fatalf("isValidMessage(wrong payload) = %v, %v", ok, err)
	}

	// Writes: the system sender may (in a call: nothing persists), anyone else reverts.
	rr := s.inboxCall("recordRange", big.NewInt(sourceChain), uint64(6), uint64(9), common.Hash{1}, common.Hash{2})
	if _, err := s.node.Client.CallContract(s.ctx, ethereum.CallMsg{From: precompile.SystemSender, To: &precompile.Address, Data: rr}, nil); err != nil {
		t.Fatalf("recordRange from the system sender: %v", err)
	}
	_, err = s.node.Client.CallContract(s.ctx, ethereum.CallMsg{From: s.user, To: &precompile.Address, Data: rr}, nil)
	data, _ := revertData(err)
	wantRevert(t, "recordRange from a user", data, "NotSystemSender")

	// The same for snapshots; and a snapshot not after the latest one reverts even
	// from the system sender.
	rs := s.inboxCall("recordSnapshot", sn.l1Block+1, common.Hash{3}, []uint32{1}, []*big.Int{big.NewInt(1)})
	if _, err := s.node.Client.CallContract(s.ctx, ethereum.CallMsg{From: precompile.SystemSender, To: &precompile.Address, Data: rs}, nil); err != nil {
		t.Fatalf("recordSnapshot from the system sender: %v", err)
	}
	_, err = s.node.Client.CallContract(s.ctx, ethereum.CallMsg{From: s.user, To: &precompile.Address, Data: rs}, nil)
	data, _ = revertData(err)
	wantRevert(t, "recordSnapshot from a user", data, "NotSystemSender")
	stale := s.inboxCall("recordSnapshot", sn.l1Block, common.Hash{3}, []uint32{1}, []*big.Int{big.NewInt(1)})
	_, err = s.node.Client.CallContract(s.ctx, ethereum.CallMsg{From: precompile.SystemSender, To: &precompile.Address, Data: stale}, nil)
	data, _ = revertData(err)
	wantRevert(t, "recordSnapshot of the latest snapshot again", data, "StaleSnapshot")
}

func (s *smoke) testTransactions(t *testing.T) {
	// validateMessage through the probe's typed interface call: success and an
	// ExecutingMessage log from the inbox.
	tx, err := s.probe.Validate(s.opts(0), s.fix.id(1), s.fix.msgs[1].PayloadHash, s.fix.proofs[1])
	if err != nil {
		t.Fatal(err)
	}
	r := s.wait(tx)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("validate: status %d", r.Status)
	}
	s.wantExecutingMessage(t, r, 1)

	// The same straight from an EOA.
	r = s.send(precompile.Address, s.inboxCall("validateMessage", s.fix.id(2), s.fix.msgs[2].PayloadHash, s.fix.proofs[2]), 200_000)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("validateMessage from an EOA: status %d", r.Status)
	}
	s.wantExecutingMessage(t, r, 2)

	// A message that is not certified: the transaction reverts, and eth_call shows why.
	bad := s.fix.id(0)
	bad.BlockNumber = big.NewInt(7) // outside the range the proof names
	tx, err = s.probe.Validate(s.opts(300_000), bad, s.fix.msgs[0].PayloadHash, s.fix.proofs[0])
	if err != nil {
		t.Fatal(err)
	}
	if r := s.wait(tx); r.Status != types.ReceiptStatusFailed {
		t.Fatalf("validate(uncertified message): status %d, want a revert", r.Status)
	}
	_, err = s.probe.Validate(&bind.TransactOpts{From: s.user, Signer: s.auth.Signer, Context: s.ctx, NoSend: true}, bad, s.fix.msgs[0].PayloadHash, s.fix.proofs[0])
	data, _ := revertData(err)
	wantRevert(t, "validate(uncertified message) estimate", data, "BlockOutsideRange")

	// recordRange from an EOA: reverts with the gas not consumed (a revert, not a fault).
	rr := s.inboxCall("recordRange", big.NewInt(sourceChain), uint64(6), uint64(9), common.Hash{1}, common.Hash{2})
	r = s.send(precompile.Address, rr, 200_000)
	if r.Status != types.ReceiptStatusFailed || r.GasUsed >= 100_000 {
		t.Fatalf("recordRange from an EOA: status %d, gas used %d; want a cheap revert", r.Status, r.GasUsed)
	}
	rs := s.inboxCall("recordSnapshot", s.fix.snapshot.l1Block+1, common.Hash{3}, []uint32{1}, []*big.Int{big.NewInt(1)})
	r = s.send(precompile.Address, rs, 200_000)
	if r.Status != types.ReceiptStatusFailed || r.GasUsed >= 100_000 {
		t.Fatalf("recordSnapshot from an EOA: status %d, gas used %d; want a cheap revert", r.Status, r.GasUsed)
	}

	// Through the probe with CALL: the inbox sees the probe as its caller.
	tx, err = s.probe.CallInbox(s.opts(300_000), rr)
	if err != nil {
		t.Fatal(err)
	}
	ev := s.probed(s.wait(tx))
	if ev.Ok {
		t.Fatal("recordRange through a contract succeeded")
	}
	wantRevert(t, "recordRange through the probe", ev.Ret, "NotSystemSender")
}

func (s *smoke) wantExecutingMessage(t *testing.T, r *types.Receipt, i int) {
	t.Helper()
	for _, l := range r.Logs {
		if l.Address != precompile.Address {
			continue
		}
		ev, err := s.inbox.ParseExecutingMessage(*l)
		if err != nil {
			t.Fatal(err)
		}
		if ev.MsgHash != s.fix.msgs[i].PayloadHash || ev.Id.BlockNumber.Cmp(s.fix.id(i).BlockNumber) != 0 || ev.Id.Origin != s.fix.msgs[i].ID.Origin {
			t.Fatalf("ExecutingMessage %+v does not name message %d", ev, i)
		}
		if l.BlockNumber != r.BlockNumber.Uint64() || l.TxHash != r.TxHash {
			t.Fatalf("ExecutingMessage log not attributed to its block and transaction: %+v", l)
		}
		return
	}
	t.Fatalf("no ExecutingMessage log from the inbox in %d logs", len(r.Logs))
}

func (s *smoke) testStatic(t *testing.T) {
	writes := map[string][]byte{
		"recordRange":     s.inboxCall("recordRange", big.NewInt(sourceChain), uint64(6), uint64(9), common.Hash{1}, common.Hash{2}),
		"validateMessage": s.inboxCall("validateMessage", s.fix.id(0), s.fix.msgs[0].PayloadHash, s.fix.proofs[0]),
		"recordSnapshot":  s.inboxCall("recordSnapshot", s.fix.snapshot.l1Block+1, common.Hash{3}, []uint32{1}, []*big.Int{big.NewInt(1)}),
	}
	for name, data := range writes {
		tx, err := s.probe.StaticcallInbox(s.opts(300_000), data)
		if err != nil {
			t.Fatal(err)
		}
		ev := s.probed(s.wait(tx))
		if ev.Ok || ev.Kind != 1 {
			t.Fatalf("STATICCALL %s: ok=%v kind=%d", name, ev.Ok, ev.Kind)
		}
		wantRevert(t, "STATICCALL "+name, ev.Ret, "WriteInStaticContext")
	}
	// Views are fine in a static context (and from eth_call).
	res, err := s.probe.StaticcallView(&bind.CallOpts{Context: s.ctx}, precompile.Address,
		s.inboxCall("isValidMessage", s.fix.id(0), s.fix.msgs[0].PayloadHash, s.fix.proofs[0]))
	if err != nil || !res.Ok || new(big.Int).SetBytes(res.Ret).Uint64() != 1 {
		t.Fatalf("STATICCALL isValidMessage: %+v, %v", res, err)
	}
	// Even the system sender cannot write through a STATICCALL.
	res, err = s.probe.StaticcallView(&bind.CallOpts{Context: s.ctx, From: precompile.SystemSender}, precompile.Address, writes["recordRange"])
	if err != nil || res.Ok {
		t.Fatalf("system sender STATICCALL recordRange: %+v, %v", res, err)
	}
	wantRevert(t, "system sender STATICCALL", res.Ret, "WriteInStaticContext")
}

func (s *smoke) testDelegate(t *testing.T) {
	view := s.inboxCall("latestSnapshot")
	for _, c := range []struct {
		kind uint8
		send func(*bind.TransactOpts, []byte) (*types.Transaction, error)
	}{{2, s.probe.DelegatecallInbox}, {3, s.probe.CallcodeInbox}} {
		tx, err := c.send(s.opts(300_000), view)
		if err != nil {
			t.Fatal(err)
		}
		ev := s.probed(s.wait(tx))
		if ev.Ok || ev.Kind != c.kind {
			t.Fatalf("kind %d: ok=%v kind=%d", c.kind, ev.Ok, ev.Kind)
		}
		wantRevert(t, "DELEGATECALL/CALLCODE", ev.Ret, "DelegateCallForbidden")
	}
	// A plain CALL of the same view succeeds.
	tx, err := s.probe.CallInbox(s.opts(300_000), view)
	if err != nil {
		t.Fatal(err)
	}
	if ev := s.probed(s.wait(tx)); !ev.Ok || len(ev.Ret) != 64 || new(big.Int).SetBytes(ev.Ret[:32]).Uint64() != s.fix.snapshot.l1Block ||
		common.BytesToHash(ev.Ret[32:]) != s.fix.snapshot.root {
		t.Fatalf("CALL latestSnapshot: ok=%v ret=%x", ev.Ok, ev.Ret)
	}
}

func (s *smoke) testEstimate(t *testing.T) {
	validate := s.probeCall("validate", s.fix.id(0), s.fix.msgs[0].PayloadHash, s.fix.proofs[0])
	for _, c := range []struct {
		name string
		to   common.Address
		data []byte
	}{
		{"validateMessage from an EOA", precompile.Address, s.inboxCall("validateMessage", s.fix.id(0), s.fix.msgs[0].PayloadHash, s.fix.proofs[0])},
		{"certifiedRange from an EOA", precompile.Address, s.inboxCall("certifiedRange", big.NewInt(sourceChain), uint64(4))},
		{"validate through the probe", s.paddr, validate},
	} {
		est, err := s.node.Client.EstimateGas(s.ctx, ethereum.CallMsg{From: s.user, To: &c.to, Data: c.data})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		r := s.send(c.to, c.data, est)
		if r.Status != types.ReceiptStatusSuccessful || r.GasUsed > est {
			t.Fatalf("%s: estimate %d, transaction with exactly that: status %d, used %d", c.name, est, r.Status, r.GasUsed)
		}
		// The estimate is tight: geth's binary search stops within 1.5% of the minimum.
		if float64(est) > float64(r.GasUsed)*1.02+2300 {
			t.Fatalf("%s: estimate %d far above the %d used", c.name, est, r.GasUsed)
		}
		t.Logf("%s: estimate %d, used %d", c.name, est, r.GasUsed)
	}
	// A call that reverts cannot be estimated, and the error carries the inbox's reason.
	rr := s.inboxCall("recordRange", big.NewInt(sourceChain), uint64(6), uint64(9), common.Hash{1}, common.Hash{2})
	_, err := s.node.Client.EstimateGas(s.ctx, ethereum.CallMsg{From: s.user, To: &precompile.Address, Data: rr})
	data, _ := revertData(err)
	wantRevert(t, "estimate recordRange from a user", data, "NotSystemSender")
}

// testTypedCall checks the pattern ParleyMessenger.relayMessage uses: a typed Solidity
// call of validateMessage. The inbox is a precompile without code; solc checks
// EXTCODESIZE > 0 before a typed call to a function without return values, so every
// inbox function returns something (validateMessage: the message checksum). A
// regression here would make every relay revert with empty data on a real chain.
func (s *smoke) testTypedCall(t *testing.T) {
	data := s.probeCall("validateTyped", s.fix.id(0), s.fix.msgs[0].PayloadHash, s.fix.proofs[0])
	if _, err := s.node.Client.EstimateGas(s.ctx, ethereum.CallMsg{From: s.user, To: &s.paddr, Data: data}); err != nil {
		t.Fatalf("typed validateMessage call from a contract: %v", err)
	}
}

func (s *smoke) testTracing(t *testing.T) {
	tx, err := s.probe.Validate(s.opts(0), s.fix.id(0), s.fix.msgs[0].PayloadHash, s.fix.proofs[0])
	if err != nil {
		t.Fatal(err)
	}
	r := s.wait(tx)
	type frame struct {
		Type    string         `json:"type"`
		To      common.Address `json:"to"`
		GasUsed hexutil.Uint64 `json:"gasUsed"`
		Error   string         `json:"error"`
		Calls   []frame        `json:"calls"`
		Logs    []struct {
			Address common.Address `json:"address"`
		} `json:"logs"`
	}
	var top frame
	if err := s.node.RPC.CallContext(s.ctx, &top, "debug_traceTransaction", tx.Hash(), map[string]any{
		"tracer": "callTracer", "tracerConfig": map[string]any{"withLog": true},
	}); err != nil {
		t.Fatal(err)
	}
	if len(top.Calls) != 1 || top.Calls[0].To != precompile.Address || top.Calls[0].Error != "" || top.Calls[0].GasUsed == 0 {
		t.Fatalf("call trace %+v lacks a successful, charged call to the inbox", top)
	}
	if inner := top.Calls[0]; len(inner.Logs) != 1 || inner.Logs[0].Address != precompile.Address {
		t.Fatalf("call trace of the inbox frame has logs %+v, want its ExecutingMessage", inner.Logs)
	}
	if uint64(top.GasUsed) > r.GasUsed {
		t.Fatalf("trace gas %d above the receipt's %d", top.GasUsed, r.GasUsed)
	}
}

func (s *smoke) testParleyRPC(t *testing.T) {
	var cfg struct {
		Address        common.Address `json:"address"`
		SystemSender   common.Address `json:"systemSender"`
		ActivationTime hexutil.Uint64 `json:"activationTime"`
		L1ChainID      hexutil.Uint64 `json:"l1ChainId"`
		AVS            common.Address `json:"avs"`
		Active         bool           `json:"active"`
		HookVersion    string         `json:"hookVersion"`
	}
	if err := s.node.RPC.CallContext(s.ctx, &cfg, "parley_config"); err != nil {
		t.Fatal(err)
	}
	if cfg.Address != precompile.Address || cfg.SystemSender != precompile.SystemSender || cfg.ActivationTime != 0 ||
		cfg.L1ChainID != smokeL1ChainID || cfg.AVS != smokeAVS || !cfg.Active || cfg.HookVersion == "" {
		t.Fatalf("parley_config = %+v", cfg)
	}

	type certified struct {
		BlockNumber   hexutil.Uint64 `json:"blockNumber"`
		Certified     bool           `json:"certified"`
		FromBlock     hexutil.Uint64 `json:"fromBlock"`
		ToBlock       hexutil.Uint64 `json:"toBlock"`
		MessageRoot   common.Hash    `json:"messageRoot"`
		LastBlockHash common.Hash    `json:"lastBlockHash"`
	}
	want := certified{5, true, 1, 5, s.fix.root, s.fix.lastBlockHash}
	genesis, err := s.node.Client.HeaderByNumber(s.ctx, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]any{
		{sourceChain, "latest"},
		{"0xa", "latest"},
		{"10"}, // the block defaults to latest
		{sourceChain, rpc.BlockNumberOrHashWithHash(genesis.Hash(), true)},
	} {
		var got certified
		if err := s.node.RPC.CallContext(s.ctx, &got, "parley_latestCertified", args...); err != nil {
			t.Fatalf("parley_latestCertified%v: %v", args, err)
		}
		if got != want {
			t.Fatalf("parley_latestCertified%v = %+v, want %+v", args, got, want)
		}
	}
	var none certified
	if err := s.node.RPC.CallContext(s.ctx, &none, "parley_latestCertified", 11, "latest"); err != nil || none != (certified{}) {
		t.Fatalf("parley_latestCertified(11) = %+v, %v; want nothing certified", none, err)
	}
	type snapshot struct {
		L1Block hexutil.Uint64 `json:"l1Block"`
		Root    common.Hash    `json:"root"`
	}
	for _, args := range [][]any{{"latest"}, {}, {rpc.BlockNumberOrHashWithHash(genesis.Hash(), true)}} {
		var got snapshot
		if err := s.node.RPC.CallContext(s.ctx, &got, "parley_latestSnapshot", args...); err != nil {
			t.Fatalf("parley_latestSnapshot%v: %v", args, err)
		}
		if got != (snapshot{hexutil.Uint64(s.fix.snapshot.l1Block), s.fix.snapshot.root}) {
			t.Fatalf("parley_latestSnapshot%v = %+v, want %d, %s", args, got, s.fix.snapshot.l1Block, s.fix.snapshot.root)
		}
	}
	var got snapshot
	if err := s.node.RPC.CallContext(s.ctx, &got, "parley_latestSnapshot", "0xffffff"); err == nil {
		t.Fatal("parley_latestSnapshot at a future block succeeded")
	}
}
