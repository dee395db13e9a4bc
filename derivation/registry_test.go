package derivation_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/precompile/bindings"
)

// simChainID is the chain id of go-ethereum's simulated backend.
const simChainID = 1337

// regChain is a ParleyRegistry on a simulated L1, with the mirror the derivation hook
// keeps of it: each committed block's registry logs, turned into updates by
// RegistryUpdates, applied to an optable.Table.
type regChain struct {
	t        *testing.T
	sim      *simulated.Backend
	client   simulated.Client
	addr     common.Address
	registry *bindings.ParleyRegistry
	owner    *bind.TransactOpts
	oracle   *bind.TransactOpts
	ops      []*regOperator
	table    *optable.Table
	pending  []*types.Transaction // sent since the last commit
	nonces   simNonces
	regGas   []uint64 // gas used by each successful registerOperator
}

type regOperator struct {
	auth *bind.TransactOpts
	key  *bls.SecretKey
}

func (o *regOperator) addr() common.Address   { return o.auth.From }
func (o *regOperator) id() optable.OperatorID { return optable.IDOf(o.key.PublicKeyG1()) }

func regTransactor(t *testing.T, seed string) *bind.TransactOpts {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	if err != nil {
		t.Fatal(err)
	}
	auth, err := bind.NewKeyedTransactorWithChainID(k, big.NewInt(simChainID))
	if err != nil {
		t.Fatal(err)
	}
	return auth
}

func newRegChain(t *testing.T, operators int) *regChain {
	c := &regChain{t: t, nonces: simNonces{}}
	c.owner = regTransactor(t, "owner")
	c.oracle = regTransactor(t, "oracle")
	alloc := types.GenesisAlloc{}
	fund := new(big.Int).Lsh(big.NewInt(1), 100)
	alloc[c.owner.From] = types.Account{Balance: fund}
	alloc[c.oracle.From] = types.Account{Balance: fund}
	for i := 0; i < operators; i++ {
		auth := regTransactor(t, fmt.Sprintf("operator %d", i))
		k, err := bls.SecretKeyFromBytes(crypto.Keccak256([]byte("bls"), []byte{byte(i)}))
		if err != nil {
			t.Fatal(err)
		}
		c.ops = append(c.ops, &regOperator{auth: auth, key: k})
		alloc[auth.From] = types.Account{Balance: fund}
	}
	c.sim = simulated.NewBackend(alloc)
	t.Cleanup(func() { c.sim.Close() })
	c.client = c.sim.Client()
	if id, err := c.client.ChainID(context.Background()); err != nil || id.Uint64() != simChainID {
		t.Fatalf("simulated chain id %v (%v), want %d", id, err, simChainID)
	}

	addr, tx, reg, err := bindings.DeployParleyRegistry(c.nonces.opts(c.owner, 0), c.client, c.owner.From)
	c.send(tx, err)
	c.addr, c.registry = addr, reg
	c.table = optable.New(avsOf(simChainID, addr))
	c.commit()
	return c
}

// send records a transaction for the next commit and advances its sender's nonce,
// failing the test on a send error.
func (c *regChain) send(tx *types.Transaction, err error) *types.Transaction {
	c.t.Helper()
	c.nonces.sent(c.t, tx, err)
	c.pending = append(c.pending, tx)
	return tx
}

// commit mines a block with the pending transactions, then mirrors it: every receipt's
// logs in block order through RegistryUpdates into the table. Every event the
// registry emits must decode and be accepted by the table.
func (c *regChain) commit() []*types.Receipt {
	c.t.Helper()
	ctx := context.Background()
	hash := c.sim.Commit()
	block, err := c.client.BlockByHash(ctx, hash)
	if err != nil {
		c.t.Fatal(err)
	}
	if len(block.Transactions()) != len(c.pending) {
		c.t.Fatalf("block has %d transactions, sent %d", len(block.Transactions()), len(c.pending))
	}
	var (
		logs     []*types.Log
		receipts []*types.Receipt
	)
	for _, tx := range block.Transactions() {
		r, err := c.client.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			c.t.Fatal(err)
		}
		receipts = append(receipts, r)
		logs = append(logs, r.Logs...)
	}
	c.pending = nil
	updates, skipped := derivation.RegistryUpdates(c.addr, logs)
	if len(skipped) != 0 {
		c.t.Fatalf("block %d: registry logs skipped: %v", block.NumberU64(), skipped)
	}
	next, rejected := c.table.Apply(updates)
	if len(rejected) != 0 {
		c.t.Fatalf("block %d: the table rejected registry events: %v", block.NumberU64(), rejected)
	}
	c.table = next
	return receipts
}

// receiptOf returns the receipt of tx among a commit's receipts.
func receiptOf(t *testing.T, rs []*types.Receipt, tx *types.Transaction) *types.Receipt {
	t.Helper()
	for _, r := range rs {
		if r.TxHash == tx.Hash() {
			return r
		}
	}
	t.Fatalf("no receipt for %s", tx.Hash())
	return nil
}

func abiWords(b []byte) []*big.Int {
	out := make([]*big.Int, len(b)/32)
	for i := range out {
		out[i] = new(big.Int).SetBytes(b[32*i : 32*i+32])
	}
	return out
}

func regArgs(k *bls.SecretKey, pop bls.G1Point) ([2]*big.Int, [4]*big.Int, [2]*big.Int) {
	g1, g2, p := k.PublicKeyG1().Bytes(), k.PublicKeyG2().Bytes(), pop.Bytes()
	w1, w2, wp := abiWords(g1[:]), abiWords(g2[:]), abiWords(p[:])
	return [2]*big.Int{w1[0], w1[1]}, [4]*big.Int{w2[0], w2[1], w2[2], w2[3]}, [2]*big.Int{wp[0], wp[1]}
}

// register sends o's registration with a proof of possession made for `for`.
func (c *regChain) register(o *regOperator, forAddr common.Address, gasLimit uint64) *types.Transaction {
	c.t.Helper()
	pop, err := o.key.ProvePossession(simChainID, c.addr, forAddr)
	if err != nil {
		c.t.Fatal(err)
	}
	g1, g2, p := regArgs(o.key, pop)
	return c.send(c.registry.RegisterOperator(c.nonces.opts(o.auth, gasLimit), g1, g2, p))
}

func (c *regChain) join(o *regOperator, qs ...byte) *types.Transaction {
	return c.send(c.registry.JoinQuorums(c.nonces.opts(o.auth, 0), qs))
}

func (c *regChain) leave(o *regOperator, qs ...byte) *types.Transaction {
	return c.send(c.registry.LeaveQuorums(c.nonces.opts(o.auth, 0), qs))
}

func (c *regChain) setStake(by *bind.TransactOpts, o *regOperator, q uint8, stake *big.Int) *types.Transaction {
	return c.send(c.registry.SetStake(c.nonces.opts(by, 0), o.id(), q, stake))
}

// checkMirror asserts that the mirrored table is exactly what the contract's state
// implies: operators in registration order with their ids and keys, memberships and
// stakes, and per quorum the member count, total stake and aggregate keys (G1 as the
// contract keeps it, G2 as the sum of the members' known keys).
func (c *regChain) checkMirror() {
	t := c.t
	t.Helper()
	call := &bind.CallOpts{}
	n, err := c.registry.OperatorCount(call)
	if err != nil {
		t.Fatal(err)
	}
	if int(n.Int64()) != c.table.Len() {
		t.Fatalf("contract has %d operators, table %d", n, c.table.Len())
	}
	byAddr := map[common.Address]*regOperator{}
	for _, o := range c.ops {
		byAddr[o.addr()] = o
	}
	memberKeys := map[uint8][]*bls.SecretKey{}
	for i, o := range c.table.Operators() {
		addr, err := c.registry.OperatorAt(call, big.NewInt(int64(i)))
		if err != nil {
			t.Fatal(err)
		}
		if addr != o.Address || int(o.Index) != i {
			t.Fatalf("operator %d: contract %s, table %s (index %d)", i, addr, o.Address, o.Index)
		}
		id, err := c.registry.OperatorIdOf(call, addr)
		if err != nil || common.Hash(id) != o.ID {
			t.Fatalf("operator %s: contract id %x, table %s (%v)", addr, id, o.ID, err)
		}
		pk, err := c.registry.PubkeyG1Of(call, id)
		if err != nil {
			t.Fatal(err)
		}
		if want := abiG1(o.PubkeyG1); pk.X.Cmp(want.X) != 0 || pk.Y.Cmp(want.Y) != 0 {
			t.Fatalf("operator %s: G1 key differs", addr)
		}
		known := byAddr[addr]
		if known == nil || !o.PubkeyG2.Equal(known.key.PublicKeyG2()) || !o.PubkeyG1.Equal(known.key.PublicKeyG1()) {
			t.Fatalf("operator %s: keys are not the ones it registered", addr)
		}
		bitmap, err := c.registry.QuorumBitmap(call, id)
		if err != nil {
			t.Fatal(err)
		}
		var want big.Int
		for q, stake := range o.Stakes {
			want.SetBit(&want, int(q), 1)
			s, err := c.registry.StakeOf(call, id, q)
			if err != nil {
				t.Fatal(err)
			}
			if s.Cmp(stake.ToBig()) != 0 {
				t.Fatalf("operator %s quorum %d: contract stake %s, table %s", addr, q, s, stake.Dec())
			}
			memberKeys[q] = append(memberKeys[q], known.key)
		}
		if bitmap.Cmp(&want) != 0 {
			t.Fatalf("operator %s: contract quorums %x, table %x", addr, bitmap, &want)
		}
	}
	for q := 0; q < optable.MaxQuorums; q++ {
		got, err := c.registry.Quorum(call, uint8(q))
		if err != nil {
			t.Fatal(err)
		}
		qu, ok := c.table.Quorum(uint8(q))
		if !ok {
			if got.Members != 0 || got.TotalStake.Sign() != 0 || got.Apk.X.Sign() != 0 || got.Apk.Y.Sign() != 0 {
				t.Fatalf("quorum %d: contract has state, table none", q)
			}
			continue
		}
		if int(got.Members) != qu.Members || got.TotalStake.Cmp(qu.TotalStake.ToBig()) != 0 {
			t.Fatalf("quorum %d: contract %d members / stake %s, table %d / %s",
				q, got.Members, got.TotalStake, qu.Members, qu.TotalStake.Dec())
		}
		var wantApk bindings.G1Point // the contract writes the identity as (0, 0)
		if qu.ApkG1.IsIdentity() {
			wantApk = bindings.G1Point{X: new(big.Int), Y: new(big.Int)}
		} else {
			wantApk = abiG1(qu.ApkG1)
		}
		if got.Apk.X.Cmp(wantApk.X) != 0 || got.Apk.Y.Cmp(wantApk.Y) != 0 {
			t.Fatalf("quorum %d: contract apk differs from the table's", q)
		}
		var g1 bls.G1Sum
		var g2 bls.G2Sum
		for _, k := range memberKeys[uint8(q)] {
			g1.Add(k.PublicKeyG1())
			g2.Add(k.PublicKeyG2())
		}
		if !g1.Point().Equal(qu.ApkG1) || !g2.Point().Equal(qu.ApkG2) {
			t.Fatalf("quorum %d: aggregate keys are not the members' sums", q)
		}
	}
}

// TestRegistryCrossCheck runs the Solidity registry on a simulated L1 and mirrors it,
// block by block, with RegistryUpdates and the operator table: the contract's proof of
// possession check agrees with interop/bls (valid proofs pass on both, a proof made
// for another sender fails on both), and the table equals the contract's state after
// every block.
func TestRegistryCrossCheck(t *testing.T) {
	c := newRegChain(t, 6)
	ctx := context.Background()
	ops := c.ops

	// The contract's digest and hash-to-curve are interop/bls's.
	for _, o := range ops {
		d, err := c.registry.PopDigest(&bind.CallOpts{}, o.addr())
		if err != nil {
			t.Fatal(err)
		}
		if want := bls.PoPDigest(simChainID, c.addr, o.addr()); d != want {
			t.Fatalf("popDigest(%s) = %x, Go %x", o.addr(), d, want)
		}
		h, err := c.registry.HashToG1(&bind.CallOpts{}, d)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := bls.HashToG1(d)
		if wb := abiG1(want); h.X.Cmp(wb.X) != 0 || h.Y.Cmp(wb.Y) != 0 {
			t.Fatalf("hashToG1 differs for %s", o.addr())
		}
	}

	// A proof of possession made for another sender: Go and Solidity both reject it.
	wrong, err := ops[5].key.ProvePossession(simChainID, c.addr, ops[0].addr())
	if err != nil {
		t.Fatal(err)
	}
	if bls.VerifyPossession(ops[5].key.PublicKeyG1(), ops[5].key.PublicKeyG2(), wrong, simChainID, c.addr, ops[5].addr()) {
		t.Fatal("Go accepts a proof made for another sender")
	}
	g1, g2, p := regArgs(ops[5].key, wrong)
	_, err = c.registry.RegisterOperator(c.nonces.opts(ops[5].auth, 0), g1, g2, p) // gas estimation runs it
	var de interface{ ErrorData() interface{} }
	a, _ := bindings.ParleyRegistryMetaData.GetAbi()
	sel := a.Errors["InvalidProofOfPossession"].ID
	if !errors.As(err, &de) || fmt.Sprint(de.ErrorData()) != fmt.Sprintf("0x%x", sel[:4]) {
		t.Fatalf("registration with a proof for another sender: %v, want InvalidProofOfPossession", err)
	}

	// G2 keys the pairing precompile rejects (off the twist; outside the subgroup):
	// the precompile's failure reverts the registration on geth too.
	pop0, _ := ops[0].key.ProvePossession(simChainID, c.addr, ops[0].addr())
	g1, g2, p = regArgs(ops[0].key, pop0)
	offTwist := g2
	offTwist[3] = new(big.Int).Add(g2[3], big.NewInt(1))
	notInGroup := [4]*big.Int{big.NewInt(0), big.NewInt(1),
		new(big.Int).SetBytes(common.FromHex("0x0d1271953ed9ea0836846e70a1934187998c7f790cb4d7511b7f8da82de048a4")),
		new(big.Int).SetBytes(common.FromHex("0x2869111d5381f072f8e2728fdb825a51aadd70e52c9830e9ab4b871c0531f1bb"))}
	sel = a.Errors["InvalidPoint"].ID
	for _, bad := range [][4]*big.Int{offTwist, notInGroup} {
		_, err = c.registry.RegisterOperator(c.nonces.opts(ops[0].auth, 0), g1, bad, p)
		if !errors.As(err, &de) || fmt.Sprint(de.ErrorData()) != fmt.Sprintf("0x%x", sel[:4]) {
			t.Fatalf("registration with an invalid G2 key: %v, want InvalidPoint", err)
		}
	}

	// Block: five registrations, a stake oracle, and the wrong proof mined anyway.
	var regs []*types.Transaction
	for _, o := range ops[:5] {
		regs = append(regs, c.register(o, o.addr(), 0))
	}
	bad := c.register(ops[5], ops[0].addr(), 1_000_000)
	c.send(c.registry.SetStakeOracle(c.nonces.opts(c.owner, 0), c.oracle.From))
	rs := c.commit()
	for _, tx := range regs {
		r := receiptOf(t, rs, tx)
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatal("registration failed")
		}
		c.regGas = append(c.regGas, r.GasUsed)
	}
	if r := receiptOf(t, rs, bad); r.Status != types.ReceiptStatusFailed || len(r.Logs) != 0 {
		t.Fatal("the wrong proof was accepted on chain")
	}
	if c.table.Len() != 5 {
		t.Fatalf("table has %d operators", c.table.Len())
	}
	c.checkMirror()

	// Block: quorum memberships.
	c.join(ops[0], 0, 1)
	c.join(ops[1], 0)
	c.join(ops[2], 1, 2, 191)
	c.join(ops[3], 0, 2)
	c.join(ops[4], 2)
	c.commit()
	c.checkMirror()

	// Block: stakes by the owner and by the oracle.
	maxStake := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	c.setStake(c.owner, ops[0], 0, big.NewInt(100))
	c.setStake(c.owner, ops[0], 1, big.NewInt(200))
	c.setStake(c.owner, ops[2], 1, maxStake)
	c.setStake(c.owner, ops[2], 191, big.NewInt(9))
	c.setStake(c.oracle, ops[1], 0, big.NewInt(300))
	c.setStake(c.oracle, ops[3], 0, big.NewInt(5))
	c.setStake(c.oracle, ops[3], 2, big.NewInt(7))
	c.commit()
	c.checkMirror()
	if q, _ := c.table.Quorum(0); q.TotalStake.Cmp(uint256.NewInt(405)) != 0 || q.Members != 3 {
		t.Fatalf("quorum 0: %d members, stake %s", q.Members, q.TotalStake.Dec())
	}

	// Block: a late registration and join (same sender, in order), a leave with stakes,
	// an ejection, a stake change, and a failing join (already a member).
	c.register(ops[5], ops[5].addr(), 1_000_000)
	c.send(c.registry.JoinQuorums(c.nonces.opts(ops[5].auth, 300_000), []byte{0, 2})) // estimation would see no registration
	c.leave(ops[0], 1)
	c.send(c.registry.EjectOperator(c.nonces.opts(c.owner, 0), ops[3].addr(), []byte{2}))
	c.setStake(c.owner, ops[1], 0, big.NewInt(50))
	failing := c.send(c.registry.JoinQuorums(c.nonces.opts(ops[4].auth, 200_000), []byte{2}))
	rs = c.commit()
	if receiptOf(t, rs, failing).Status != types.ReceiptStatusFailed {
		t.Fatal("joining twice succeeded")
	}
	c.checkMirror()
	if o, _ := c.table.OperatorByAddress(ops[0].addr()); !slices.Equal(o.QuorumNumbers(), []uint8{0}) {
		t.Fatalf("operator 0 quorums %v", o.QuorumNumbers())
	}

	// Block: the rest, until quorums 1 and 2 are empty again.
	c.setStake(c.owner, ops[5], 2, big.NewInt(11))
	c.leave(ops[2], 1, 2, 191)
	c.leave(ops[4], 2)
	c.commit()
	c.leave(ops[5], 2)
	c.commit()
	c.checkMirror()
	for _, q := range []uint8{1, 2, 191} {
		qu, _ := c.table.Quorum(q)
		if qu.Members != 0 || !qu.TotalStake.IsZero() || !qu.ApkG1.IsIdentity() || !qu.ApkG2.IsIdentity() {
			t.Fatalf("quorum %d is not empty: %+v", q, qu)
		}
	}
	if v := c.table.Version(); v != 7 {
		t.Fatalf("table version %d after 7 blocks", v)
	}

	head, err := c.client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d L1 blocks mirrored; registerOperator gas used: %v", head, c.regGas)
}
