package eigenlayer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"sync"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	am "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	dm "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/DelegationManager"
	epm "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/EigenPodManager"
	kr "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/KeyRegistrar"
	pauser "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/PauserRegistry"
	pc "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/PermissionController"
	sb "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/StrategyBase"
	sm "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/StrategyManager"

	avsbind "github.com/parley-xyz/parley/node/avs/bindings"
)

// Tx is one mined transaction of a harness step.
type Tx struct {
	// Label names the call, e.g. "AllocationManager.modifyAllocations".
	Label string
	// Receipt is the transaction's successful receipt.
	Receipt *types.Receipt
}

// Result is what a harness step did: the transactions it mined, in order, or nothing
// because EigenLayer's state showed the step already done.
type Result struct {
	// Skipped reports that the step was already done and nothing was sent.
	Skipped bool
	// Txs are the step's mined transactions.
	Txs []Tx
}

// GasUsed returns the gas of all the step's transactions.
func (r Result) GasUsed() uint64 {
	var g uint64
	for _, t := range r.Txs {
		g += t.Receipt.GasUsed
	}
	return g
}

// add appends the transactions of another result.
func (r *Result) add(o Result) { r.Txs = append(r.Txs, o.Txs...) }

// Batch sends transactions that do not depend on each other and mines them together:
// one Mine, one block on chains that build blocks on demand. Every transaction's gas is
// estimated against the chain's latest state when it is sent, so a transaction that needs
// another's effects belongs in a later batch. A Batch is not safe for concurrent use.
type Batch struct {
	chain Chain
	sent  []sentTx
}

type sentTx struct {
	label string
	from  *Account
	tx    *types.Transaction
}

// NewBatch returns an empty batch on chain.
func NewBatch(chain Chain) *Batch { return &Batch{chain: chain} }

// Send builds a transaction from the account with send (a binding's method or Deploy
// function, given the options it must use) and sends it. A call that EigenLayer would
// revert fails here, during gas estimation, with a *RevertError.
func (b *Batch) Send(ctx context.Context, from *Account, label string, send func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Transaction, error) {
	tx, err := from.transact(ctx, b.chain, send)
	if err != nil {
		return nil, callError(label, from.Address, err)
	}
	b.sent = append(b.sent, sentTx{label: label, from: from, tx: tx})
	return tx, nil
}

// Mine mines every transaction sent since the last Mine and checks their receipts. It
// returns the mined transactions in the order they were sent, up to and excluding the
// first that failed, and for that one a *RevertError whose reason comes from replaying
// it (see failedTx).
func (b *Batch) Mine(ctx context.Context) ([]Tx, error) {
	sent := b.sent
	b.sent = nil
	if len(sent) == 0 {
		return nil, nil
	}
	if err := b.chain.Mine(ctx); err != nil {
		return nil, err
	}
	out := make([]Tx, 0, len(sent))
	for _, s := range sent {
		r, err := b.chain.TransactionReceipt(ctx, s.tx.Hash())
		if err != nil {
			return out, fmt.Errorf("%s: receipt of %s: %w", s.label, s.tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return out, failedTx(ctx, b.chain, s, r)
		}
		out = append(out, Tx{Label: s.label, Receipt: r})
	}
	return out, nil
}

// Transact sends one transaction (see Batch.Send), mines it and returns it.
func Transact(ctx context.Context, chain Chain, from *Account, label string, send func(*bind.TransactOpts) (*types.Transaction, error)) (Tx, error) {
	b := NewBatch(chain)
	if _, err := b.Send(ctx, from, label, send); err != nil {
		return Tx{}, err
	}
	txs, err := b.Mine(ctx)
	if err != nil {
		return Tx{}, err
	}
	return txs[0], nil
}

// RevertError is a call or transaction that reverted, with its reason decoded by the ABIs
// of every contract the harness deploys.
type RevertError struct {
	// Label names the call, e.g. "KeyRegistrar.registerKey".
	Label string
	// From is the sender.
	From common.Address
	// Name is the error's name: a custom error's ("KeyAlreadyRegistered"), "Error" for a
	// require string, "Panic" for a panic code; "" for empty or unknown revert data.
	Name string
	// Reason is the decoded error with its arguments, e.g. "KeyAlreadyRegistered()".
	Reason string
	// Data is the raw revert data.
	Data []byte
	// TxHash is the mined transaction's hash; zero when the revert came from gas
	// estimation and nothing was sent.
	TxHash common.Hash
	// Cause is the node's error, when there is one.
	Cause error
}

// Error reports the call and its decoded reason.
func (e *RevertError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s from %s reverted: %s", e.Label, e.From, e.Reason)
	if e.TxHash != (common.Hash{}) {
		fmt.Fprintf(&b, " (tx %s)", e.TxHash)
	}
	return b.String()
}

// Unwrap returns the node's error.
func (e *RevertError) Unwrap() error { return e.Cause }

// ErrorName returns the decoded error name of a *RevertError in err's chain ("" if none).
func ErrorName(err error) string {
	var re *RevertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}

// callError turns an error from building or sending a transaction into a *RevertError
// when the node reports a revert (the JSON-RPC error's data is the revert data), and
// labels it otherwise.
func callError(label string, from common.Address, err error) error {
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if data, decErr := hexutil.Decode(s); decErr == nil {
				name, reason := DecodeRevert(data)
				return &RevertError{Label: label, From: from, Name: name, Reason: reason, Data: data, Cause: err}
			}
		}
	}
	if strings.Contains(err.Error(), "execution reverted") {
		_, reason := DecodeRevert(nil)
		return &RevertError{Label: label, From: from, Reason: reason, Cause: err}
	}
	return fmt.Errorf("%s from %s: %w", label, from, err)
}

// failedTx explains a mined transaction that failed by replaying it as a call: first on
// the state after its block (a transaction of a batch usually fails because of an
// earlier one in the same block, which that state includes), then on the parent's.
func failedTx(ctx context.Context, chain Chain, s sentTx, r *types.Receipt) error {
	re := &RevertError{Label: s.label, From: s.from.Address, TxHash: s.tx.Hash()}
	if r.GasUsed >= s.tx.Gas() {
		re.Reason = fmt.Sprintf("out of gas (%d of %d)", r.GasUsed, s.tx.Gas())
		return re
	}
	msg := ethereum.CallMsg{From: s.from.Address, To: s.tx.To(), Gas: s.tx.Gas(), Value: s.tx.Value(), Data: s.tx.Data()}
	for _, at := range []*big.Int{r.BlockNumber, new(big.Int).Sub(r.BlockNumber, common.Big1)} {
		_, err := chain.CallContract(ctx, msg, at)
		if err == nil {
			continue
		}
		var replay *RevertError
		if errors.As(callError(s.label, s.from.Address, err), &replay) {
			re.Name, re.Reason, re.Data = replay.Name, replay.Reason, replay.Data
		} else {
			re.Reason = "failed; replaying it failed too: " + err.Error()
		}
		re.Cause = err
		return re
	}
	re.Reason = "failed, but replays on its block's state and its parent's succeed"
	return re
}

// errorABIs are the ABIs whose custom errors DecodeRevert knows.
var errorABIs = []*bind.MetaData{
	am.AllocationManagerMetaData, dm.DelegationManagerMetaData, sm.StrategyManagerMetaData,
	epm.EigenPodManagerMetaData, pc.PermissionControllerMetaData, kr.KeyRegistrarMetaData,
	pauser.PauserRegistryMetaData, sb.StrategyBaseMetaData,
	avsbind.ProxyAdminMetaData, avsbind.TransparentUpgradeableProxyMetaData,
	avsbind.EmptyContractMetaData, avsbind.TestERC20MetaData,
	avsbind.ParleyRegistrarMetaData, avsbind.ParleyTablePublisherMetaData, avsbind.ParleyCertificateInboxMetaData, avsbind.ParleySlasherMetaData,
}

// knownErrors maps a 4-byte selector to its custom error.
var knownErrors = sync.OnceValue(func() map[[4]byte]abi.Error {
	m := make(map[[4]byte]abi.Error)
	for _, md := range errorABIs {
		parsed, err := md.GetAbi()
		if err != nil {
			panic(fmt.Sprintf("eigenlayer: binding ABI: %v", err)) // compiled in: cannot happen
		}
		for _, e := range parsed.Errors {
			var id [4]byte
			copy(id[:], e.ID[:4])
			if _, ok := m[id]; !ok {
				m[id] = e
			}
		}
	}
	return m
})

// DecodeRevert decodes revert data with the ABIs of every contract the harness deploys:
// a custom error ("KeyAlreadyRegistered", "KeyAlreadyRegistered()"), a require string
// ("Error", `Error("Ownable: caller is not the owner")`) or a panic ("Panic",
// "Panic(arithmetic underflow or overflow)"). Empty data, which an INVALID
// opcode, an inner call out of gas or a bare revert leave, and unknown data return name
// "" and a description.
func DecodeRevert(data []byte) (name, reason string) {
	if len(data) == 0 {
		return "", "execution reverted without data (a bare revert, an INVALID opcode or an inner call out of gas)"
	}
	if len(data) >= 4 {
		var id [4]byte
		copy(id[:], data[:4])
		if e, ok := knownErrors()[id]; ok {
			vals, err := e.Inputs.Unpack(data[4:])
			if err == nil {
				args := make([]string, len(vals))
				for i, v := range vals {
					args[i] = formatArg(v)
				}
				return e.Name, e.Name + "(" + strings.Join(args, ", ") + ")"
			}
		}
		if s, err := abi.UnpackRevert(data); err == nil {
			if [4]byte(data[:4]) == [4]byte{0x08, 0xc3, 0x79, 0xa0} {
				return "Error", fmt.Sprintf("Error(%q)", s)
			}
			return "Panic", "Panic(" + s + ")"
		}
	}
	return "", "unknown revert data " + hexutil.Encode(data)
}

// formatArg prints one decoded error argument: addresses checksummed, byte strings in
// hex, tuples as (a, b) and arrays as [a, b].
func formatArg(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case common.Hash:
		return x.Hex()
	case []byte:
		return hexutil.Encode(x)
	case *big.Int:
		return x.String()
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Array:
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, rv.Len())
			reflect.Copy(reflect.ValueOf(b), rv)
			return hexutil.Encode(b)
		}
		return "[" + formatElems(rv) + "]"
	case reflect.Slice:
		return "[" + formatElems(rv) + "]"
	case reflect.Struct:
		parts := make([]string, rv.NumField())
		for i := range parts {
			parts[i] = formatArg(rv.Field(i).Interface())
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return fmt.Sprint(v)
}

func formatElems(rv reflect.Value) string {
	parts := make([]string, rv.Len())
	for i := range parts {
		parts[i] = formatArg(rv.Index(i).Interface())
	}
	return strings.Join(parts, ", ")
}
