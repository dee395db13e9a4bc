package action

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/ethereum-optimism/optimism/op-e2e/actions/helpers"
	"github.com/ethereum-optimism/optimism/op-service/clock"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum-optimism/optimism/op-service/oppprof"
	oprpc "github.com/ethereum-optimism/optimism/op-service/rpc"
	"github.com/ethereum-optimism/optimism/op-service/testlog"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/parley-xyz/parley/node/prove"
	"github.com/parley-xyz/parley/node/relayer"
	"github.com/parley-xyz/parley/node/relayer/flags"
	"github.com/parley-xyz/parley/node/relayer/relayertest"
	"github.com/parley-xyz/parley/node/source"
	"github.com/parley-xyz/parley/precompile/bindings"
)

// TestRelayer delivers a ParleyMessenger message on a destination whose inbox really
// holds the certified range. Two rollups of the world: S, the source, and D, the
// destination, each deriving Parley's certificates from L1; ParleyMessenger deployed
// on both at one address, a relay target on D. A user sends a message on S. Before
// any certificate, node/prove says what the message waits for, and two relayers
// (node/relayer's service, in-process, each with its own key file, pointed at the
// engines' JSON-RPC, served with the log filters) see it and send nothing. The operators then sign S's range as
// node/source reads it from S's engine, the certificate is posted to L1, and D's
// derivation records the range in its inbox. Both relayers build the proof and send
// relayMessage through op-service's txmgr; D's next block includes both transactions:
// the first delivers the message, the second reverts with MessageAlreadyRelayed and
// its relayer counts the message as done. The target was called exactly once, by the
// messenger, with the message's sender and source; the messenger recorded the
// message; the verifier derives the same chain; nothing is left pending.
func TestRelayer(gt *testing.T) {
	w := newWorld(gt)
	t := w.t
	ctx := w.ctx
	deployer, user := keyOf("messenger deployer"), keyOf("messenger user")
	relayers := []*ecdsa.PrivateKey{keyOf("relayer A"), keyOf("relayer B")}
	target := common.HexToAddress("0x000000000000000000000000000000000000a4e7")
	fund := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	w.l2Alloc = types.GenesisAlloc{
		addrOf(deployer): {Balance: fund}, addrOf(user): {Balance: fund},
		addrOf(relayers[0]): {Balance: fund}, addrOf(relayers[1]): {Balance: fund},
		target: {Code: relayertest.TargetCode(), Nonce: 1, Balance: common.Big0},
	}
	d := w.newRollup("D")
	s := w.newRollup("S")
	dID, sID := d.sd.RollupCfg.L2ChainID.Uint64(), s.sd.RollupCfg.L2ChainID.Uint64()
	w.joinAll()
	tab := w.table(w.publish(0))

	// ParleyMessenger at one address on both: the deployer's first transaction.
	messenger := d.relayDeploy(deployer)
	require.Equal(t, messenger, s.relayDeploy(deployer), "the messenger's address on S")

	// A message from S to D, in a block made safe by the next L1 block.
	sendMsg, err := bindings.ParleyMessengerMetaData.GetAbi()
	require.NoError(t, err)
	payload := []byte("hello from S")
	call, err := sendMsg.Pack("sendMessage", new(big.Int).SetUint64(dID), target, payload)
	require.NoError(t, err)
	rc := s.relayBlock(s.relayTx(user, &messenger, call, 200_000))[0]
	require.Len(t, rc.Logs, 1)
	msgBlock := rc.BlockNumber.Uint64()
	w.mine()
	require.GreaterOrEqual(t, s.ver.L2Safe().Number, msgBlock)

	// Not certified yet: node/prove says so, against D's real inbox.
	srcURL, destURL := engineRPC(gt, s.seqEngine), engineRPC(gt, d.seqEngine)
	srcClient, err := ethclient.DialContext(ctx, srcURL)
	require.NoError(t, err)
	defer srcClient.Close()
	src, err := source.New(ctx, srcClient, source.Safe)
	require.NoError(t, err)
	prover := prove.New(src, prove.NewInbox(d.seqEngine.EthClient()))
	_, err = prover.ProveTx(ctx, srcClient, rc.TxHash, -1, nil)
	require.ErrorIs(t, err, prove.ErrNotCertified)
	require.EqualError(t, err, "block "+big.NewInt(int64(msgBlock)).String()+" of chain 903 is not certified on the destination yet; no block of chain 903 is certified there yet")

	// Two relayers, in-process, on the engines' JSON-RPC.
	dir := gt.TempDir()
	services := make([]*relayer.Service, len(relayers))
	for i, k := range relayers {
		services[i] = relayerService(gt, ctx, dir, string(rune('A'+i)), k, srcURL, destURL, messenger)
		require.NoError(t, services[i].Start(ctx))
		defer func() { require.NoError(t, services[i].Stop(context.Background())) }()
	}
	for _, svc := range services {
		waitUntil(t, "a relayer sees the message", func() bool { return svc.Status().Sources[0].Pending == 1 })
	}
	time.Sleep(time.Second)
	for _, k := range relayers {
		require.Empty(t, d.relayPool(addrOf(k)), "a relay before certification")
	}

	// The operators certify S's blocks 1..safe as S's engine has them; D derives the
	// certificate and records the range.
	safe := s.ver.L2Safe().Number
	r, err := src.Range(ctx, 1, safe)
	require.NoError(t, err)
	_, ok := r.Index(msgBlock, rc.Logs[0].Index)
	require.True(t, ok)
	w.mineOK(w.post(0, w.sign(tab, r.Attestation(w.avs.ID(), tab.Snapshot()), all...)))
	w.mine()
	certified := prove.NewInbox(d.verEngine.EthClient())
	cr, err := certified.CertifiedRange(ctx, sID, msgBlock)
	require.NoError(t, err)
	require.Equal(t, r.Root(), cr.MessageRoot, "D's inbox holds S's range")
	proof, err := prover.ProveTx(ctx, srcClient, rc.TxHash, -1, nil)
	require.NoError(t, err)
	valid, err := certified.IsValidMessage(ctx, proof)
	require.NoError(t, err)
	require.True(t, valid, "D's verifier validates the proof")

	// Both relayers send; one block includes both transactions.
	var txs []*types.Transaction
	waitUntil(t, "both relayers send relayMessage", func() bool {
		a, b := d.relayPool(addrOf(relayers[0])), d.relayPool(addrOf(relayers[1]))
		txs = append(a, b...)
		return len(a) > 0 && len(b) > 0
	})
	receipts := d.relayBlockAllowFailure(txs...)
	statuses := map[uint64]int{}
	for _, rc := range receipts {
		statuses[rc.Status]++
	}
	require.Equal(t, map[uint64]int{types.ReceiptStatusSuccessful: 1, types.ReceiptStatusFailed: 1}, statuses, "one relay delivers, the other reverts")
	for _, svc := range services {
		waitUntil(t, "a relayer is done", func() bool { return svc.Status().Sources[0].Pending == 0 })
	}

	// Delivered once, as the messenger says.
	dc := d.seqEngine.EthClient()
	tg, err := relayertest.ReadTarget(ctx, dc, target)
	require.NoError(t, err)
	require.Equal(t, relayertest.Target{Calls: 1, DataHash: crypto.Keccak256Hash(payload), Caller: messenger, Sender: addrOf(user), Source: sID}, tg)
	m, err := relayer.ParseSentMessage(sID, messenger, rc.Logs[0])
	require.NoError(t, err)
	caller, err := bindings.NewParleyMessengerCaller(messenger, dc)
	require.NoError(t, err)
	done, err := caller.SuccessfulMessages(&bind.CallOpts{Context: ctx}, m.Hash())
	require.NoError(t, err)
	require.True(t, done)
	destClient, err := ethclient.DialContext(ctx, destURL) // the engine's own client serves no eth_getLogs
	require.NoError(t, err)
	defer destClient.Close()
	relayed, err := destClient.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{messenger}, Topics: [][]common.Hash{{relayedMessageTopic()}}})
	require.NoError(t, err)
	require.Len(t, relayed, 1, "one RelayedMessage event")
	require.Equal(t, m.Hash(), relayed[0].Topics[3])

	// The relay is in D's safe chain, derived alike by the verifier; nothing more is sent.
	w.mine()
	w.mine()
	require.GreaterOrEqual(t, d.ver.L2Safe().Number, receipts[0].BlockNumber.Uint64())
	for _, k := range relayers {
		require.Empty(t, d.relayPool(addrOf(k)))
	}
	for _, svc := range services {
		st := svc.Status()
		require.Zero(t, st.Sources[0].Pending)
		require.True(t, st.Healthy, "%v", st.Problems)
	}
}

// relayerService starts a relayer service for the test (not yet relaying): its own key
// file and progress file, a quick poll, one confirmation, no metrics, an RPC server on
// a free port.
func relayerService(gt *testing.T, ctx context.Context, dir, name string, key *ecdsa.PrivateKey, sourceURL, destURL string, messenger common.Address) *relayer.Service {
	keyFile, pwFile := relayertest.KeyFile(gt, dir, key)
	tx := txmgr.NewCLIConfig(destURL, flags.TxMgrDefaults)
	tx.ReceiptQueryInterval = 100 * time.Millisecond
	cfg := &relayer.CLIConfig{
		SourceRPCs: []string{sourceURL}, DestinationRPC: destURL, Messenger: messenger.Hex(),
		ProgressFile: filepath.Join(dir, "progress-"+name+".json"), SourceHead: string(source.Safe),
		PollInterval: 100 * time.Millisecond, MaxBlockRange: 1000, MaxInFlight: 4, ReorgDepth: 64, MaxBackoff: 2 * time.Second,
		MaxScanLag: 1000, MaxRelayLag: 5 * time.Minute, Keystore: keyFile, PasswordFile: pwFile,
		TxMgrConfig: tx, RPCConfig: oprpc.CLIConfig{ListenAddr: "127.0.0.1"}, LogConfig: oplog.DefaultCLIConfig(),
		MetricsConfig: opmetrics.DefaultCLIConfig(), PprofConfig: oppprof.DefaultCLIConfig(),
	}
	svc, err := relayer.NewService(ctx, relayer.Version, cfg, testlog.Logger(gt, log.LevelInfo).New("relayer", name), clock.SystemClock)
	require.NoError(gt, err)
	return svc
}

// engineRPC serves an engine's JSON-RPC APIs over HTTP, with the log filters
// (eth_getLogs) that geth's command registers and the action helpers' engines do not,
// and returns its URL.
func engineRPC(gt *testing.T, eng *helpers.L2Engine) string {
	srv := rpc.NewServer()
	for _, api := range eng.Eth.APIs() {
		require.NoError(gt, srv.RegisterName(api.Namespace, api.Service))
	}
	require.NoError(gt, srv.RegisterName("eth", filters.NewFilterAPI(filters.NewFilterSystem(eng.Eth.APIBackend, filters.Config{}))))
	hs := httptest.NewServer(srv)
	gt.Cleanup(func() { hs.Close(); srv.Stop() })
	return hs.URL
}

// relayTx signs an L2 transaction of the rollup from key at its next nonce (to nil:
// a contract creation).
func (r *rollup) relayTx(key *ecdsa.PrivateKey, to *common.Address, data []byte, gas uint64) *types.Transaction {
	t := r.w.t
	cl := r.seqEngine.EthClient()
	nonce, err := cl.NonceAt(t.Ctx(), addrOf(key), nil)
	require.NoError(t, err)
	return types.MustSignNewTx(key, types.LatestSignerForChainID(r.sd.RollupCfg.L2ChainID), &types.DynamicFeeTx{
		ChainID: r.sd.RollupCfg.L2ChainID, Nonce: nonce, To: to, Data: data, Gas: gas,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
	})
}

// relayDeploy deploys ParleyMessenger on the rollup from key and returns its address.
func (r *rollup) relayDeploy(key *ecdsa.PrivateKey) common.Address {
	rc := r.relayBlock(r.relayTx(key, nil, common.FromHex(bindings.ParleyMessengerMetaData.Bin), 3_000_000))[0]
	return rc.ContractAddress
}

// relayBlock builds one block of the rollup's sequencer holding txs, which must
// succeed, and returns their receipts.
func (r *rollup) relayBlock(txs ...*types.Transaction) []*types.Receipt {
	rcs := r.relayBlockAllowFailure(txs...)
	for i, rc := range rcs {
		require.Equal(r.w.t, types.ReceiptStatusSuccessful, rc.Status, "L2 tx %d of %s", i, r.name)
	}
	return rcs
}

// relayBlockAllowFailure builds one block of the rollup's sequencer holding txs and
// returns their receipts, whatever their status.
func (r *rollup) relayBlockAllowFailure(txs ...*types.Transaction) []*types.Receipt {
	t := r.w.t
	signer := types.LatestSignerForChainID(r.sd.RollupCfg.L2ChainID)
	r.seq.ActL2PipelineFull(t)
	r.seq.ActL2StartBlock(t)
	for _, tx := range txs {
		from, err := types.Sender(signer, tx)
		require.NoError(t, err)
		_, err = r.seqEngine.EngineApi.IncludeTx(tx, from)
		require.NoError(t, err)
	}
	r.seq.ActL2EndBlock(t)
	cl := r.seqEngine.EthClient()
	var out []*types.Receipt
	for _, tx := range txs {
		rc, err := cl.TransactionReceipt(t.Ctx(), tx.Hash())
		require.NoError(t, err)
		out = append(out, rc)
	}
	return out
}

// relayPool returns the pending transactions of an account in the sequencer engine's
// pool that are not in a block yet.
func (r *rollup) relayPool(from common.Address) []*types.Transaction {
	t := r.w.t
	pending, _ := r.seqEngine.Eth.TxPool().ContentFrom(from)
	nonce, err := r.seqEngine.EthClient().NonceAt(t.Ctx(), from, nil)
	require.NoError(t, err)
	var out []*types.Transaction
	for _, tx := range pending {
		if tx.Nonce() >= nonce {
			out = append(out, tx)
		}
	}
	return out
}

// waitUntil polls cond for up to a minute.
func waitUntil(t require.TestingT, what string, cond func() bool) {
	deadline := time.Now().Add(time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			require.FailNow(t, "timed out waiting until "+what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func relayedMessageTopic() common.Hash {
	a, err := bindings.ParleyMessengerMetaData.GetAbi()
	if err != nil {
		panic(err)
	}
	return a.Events["RelayedMessage"].ID
}
