package conformance

import (
	"context"
	"errors"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"

	"github.com/ethereum-optimism/optimism/op-service/eth"

	"github.com/parley-xyz/parley/derivation"
	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/precompile"
)

// --- L1 as the vectors give it ---

// l1LogJSON is a log of an L1 receipt; logIndex is its index in the block. dataZeros
// zero bytes follow data (a compact form for the size-limit vectors).
type l1LogJSON struct {
	Address   common.Address `json:"address"`
	Topics    []common.Hash  `json:"topics"`
	Data      hexutil.Bytes  `json:"data"`
	DataZeros uint32         `json:"dataZeros,omitempty"`
	LogIndex  uint32         `json:"logIndex"`
}

// receiptJSON is an L1 receipt: status 1 (success) or 0 (failure), the transaction's
// hash and the logs.
type receiptJSON struct {
	Status uint32      `json:"status"`
	TxHash common.Hash `json:"txHash"`
	Logs   []l1LogJSON `json:"logs"`
}

// l1BlockJSON is an L1 block: its hash, number and receipts, in order. The hash is
// taken as given (the vectors do not include headers): an L1 fetcher returns these
// receipts for this hash, as op-node's validating fetcher would.
type l1BlockJSON struct {
	Hash     common.Hash   `json:"hash"`
	Number   dec64         `json:"number"`
	Receipts []receiptJSON `json:"receipts"`
}

func (b *l1BlockJSON) receipts() types.Receipts {
	out := make(types.Receipts, len(b.Receipts))
	for i, r := range b.Receipts {
		rc := &types.Receipt{Status: uint64(r.Status), TxHash: r.TxHash, TransactionIndex: uint(i), Logs: []*types.Log{}}
		for _, l := range r.Logs {
			rc.Logs = append(rc.Logs, &types.Log{
				Address: l.Address, Topics: l.Topics, Data: append(append([]byte{}, l.Data...), make([]byte, l.DataZeros)...), Index: uint(l.LogIndex),
				TxHash: r.TxHash, TxIndex: uint(i), BlockHash: b.Hash, BlockNumber: uint64(b.Number),
			})
		}
		out[i] = rc
	}
	return out
}

// blockInfo is the part of eth.BlockInfo the hook reads: the hash and the number.
// Calling anything else panics (the embedded interface is nil), which would show the
// hook depending on more than the vectors give.
type blockInfo struct {
	eth.BlockInfo
	hash   common.Hash
	number uint64
}

func (b blockInfo) Hash() common.Hash { return b.hash }
func (b blockInfo) NumberU64() uint64 { return b.number }

// memL1 serves the vector's L1 blocks by hash.
type memL1 map[common.Hash]*l1BlockJSON

var errUnknownBlock = errors.New("conformance: L1 block not in the vector")

func (m memL1) FetchReceipts(_ context.Context, h common.Hash) (eth.BlockInfo, types.Receipts, error) {
	b, ok := m[h]
	if !ok {
		return nil, nil, fmt.Errorf("%w: %s", errUnknownBlock, h)
	}
	return blockInfo{hash: b.Hash, number: uint64(b.Number)}, b.receipts(), nil
}

// --- Deposits ---

type depositJSON struct {
	SourceHash          common.Hash    `json:"sourceHash"`
	From                common.Address `json:"from"`
	To                  common.Address `json:"to"`
	Value               decBig         `json:"value"`
	Gas                 dec64          `json:"gas"`
	IsSystemTransaction bool           `json:"isSystemTransaction"`
	Data                hexutil.Bytes  `json:"data"`
	Raw                 hexutil.Bytes  `json:"raw"` // types.Transaction.MarshalBinary: 0x7e || rlp(...)
}

func depositOf(d *types.DepositTx) (depositJSON, error) {
	raw, err := types.NewTx(d).MarshalBinary()
	if err != nil {
		return depositJSON{}, err
	}
	if d.To == nil || d.Mint != nil {
		return depositJSON{}, errors.New("deposit without a recipient or with a mint")
	}
	v, overflow := uint256.FromBig(d.Value)
	if overflow {
		return depositJSON{}, errors.New("deposit value overflows")
	}
	return depositJSON{SourceHash: d.SourceHash, From: d.From, To: *d.To, Value: bigOf(v), Gas: dec64(d.Gas),
		IsSystemTransaction: d.IsSystemTransaction, Data: d.Data, Raw: raw}, nil
}

type sourceHashInput struct {
	L1BlockHash common.Hash `json:"l1BlockHash"`
	Index       dec64       `json:"index"`
}

type sourceHashExpected struct {
	SourceHash common.Hash `json:"sourceHash"`
}

type intrinsicGasInput struct {
	Data hexutil.Bytes `json:"data"`
}

type intrinsicGasExpected struct {
	Gas dec64 `json:"gas"`
}

type recordRangeInput struct {
	L1BlockHash   common.Hash `json:"l1BlockHash"`
	Index         dec64       `json:"index"`
	SourceChainID dec64       `json:"sourceChainId"`
	FromBlock     dec64       `json:"fromBlock"`
	ToBlock       dec64       `json:"toBlock"`
	LastBlockHash common.Hash `json:"lastBlockHash"`
	MessageRoot   common.Hash `json:"messageRoot"`
}

type snapshotSetJSON struct {
	ID          uint32 `json:"id"`
	TotalWeight decBig `json:"totalWeight"`
}

type recordSnapshotInput struct {
	L1BlockHash common.Hash       `json:"l1BlockHash"`
	Index       dec64             `json:"index"`
	L1Block     dec64             `json:"l1Block"`
	Root        common.Hash       `json:"root"`
	Sets        []snapshotSetJSON `json:"sets"`
}

// --- The whole hook ---

type deriveConfigJSON struct {
	ActivationTime dec64           `json:"activationTime"`
	L1ChainID      dec64           `json:"l1ChainId"` // 0: the input's
	AVS            common.Address  `json:"avs"`
	Publisher      common.Address  `json:"publisher"`
	CertInbox      common.Address  `json:"certInbox"`
	Window         dec64           `json:"window"`
	Thresholds     []thresholdJSON `json:"thresholds"`
}

type deriveInput struct {
	Config     deriveConfigJSON `json:"config"`
	L1ChainID  dec64            `json:"l1ChainId"`
	NextL2Time dec64            `json:"nextL2Time"`
	Origin     l1BlockJSON      `json:"origin"`
	L1         []l1BlockJSON    `json:"l1"` // earlier blocks, fetchable by hash
}

type skippedJSON struct {
	Kind     string      `json:"kind"`
	TxHash   common.Hash `json:"txHash"`
	LogIndex uint32      `json:"logIndex"`
	Rule     string      `json:"rule"`
	Causes   []string    `json:"causes,omitempty"`
}

type deriveExpected struct {
	Deposits []depositJSON `json:"deposits"`
	Gas      dec64         `json:"gas"`
	Skipped  []skippedJSON `json:"skipped"`
}

func depositsArea() *area {
	return &area{
		file: "deposits.json",
		spec: "SPEC §9, §10 (derivation)",
		kinds: map[string]evaluator{
			"sourceHash": eval(func(in *sourceHashInput) (sourceHashExpected, error) {
				return sourceHashExpected{SourceHash: derivation.SourceHash(in.L1BlockHash, uint64(in.Index))}, nil
			}),
			"intrinsicGas": eval(func(in *intrinsicGasInput) (intrinsicGasExpected, error) {
				return intrinsicGasExpected{Gas: dec64(derivation.IntrinsicGas(in.Data))}, nil
			}),
			"recordRange": eval(func(in *recordRangeInput) (depositJSON, error) {
				a := attestation.Attestation{SourceChainID: uint64(in.SourceChainID), FromBlock: uint64(in.FromBlock), ToBlock: uint64(in.ToBlock), LastBlockHash: in.LastBlockHash, MessageRoot: in.MessageRoot}
				return depositOf(derivation.RecordRangeDeposit(in.L1BlockHash, uint64(in.Index), a))
			}),
			"recordSnapshot": eval(func(in *recordSnapshotInput) (depositJSON, error) {
				seal := &optable.Seal{Root: in.Root}
				for _, s := range in.Sets {
					if s.ID > math.MaxUint8 {
						return depositJSON{}, fmt.Errorf("set id %d does not fit the Go API's uint8", s.ID)
					}
					seal.Sets = append(seal.Sets, optable.SealSet{ID: uint8(s.ID), TotalWeight: s.TotalWeight.Int})
				}
				d, err := derivation.RecordSnapshotDeposit(in.L1BlockHash, uint64(in.Index), uint64(in.L1Block), seal)
				if err != nil {
					return depositJSON{}, err
				}
				return depositOf(d)
			}),
			"derive": eval(evalDerive),
		},
		constants: func() (any, error) {
			return struct {
				InboxAddress        common.Address `json:"inboxAddress"`
				SystemSender        common.Address `json:"systemSender"`
				SourceDomain        common.Hash    `json:"sourceDomain"`
				CertificatePostedID common.Hash    `json:"certificatePostedTopic"`
				MaxCertsPerBlock    int            `json:"maxCertsPerBlock"`
				MaxSnapshots        int            `json:"maxSnapshotsPerBlock"`
			}{precompile.Address, precompile.SystemSender, common.BigToHash(derivation.SourceDomain), derivation.CertificatePostedID,
				derivation.MaxCertsPerBlock, derivation.MaxSnapshotsPerBlock}, nil
		},
		generate: genDeposits,
	}
}

// evalDerive runs derivation.Deriver.Derive on the vector's origin with a fresh
// deriver (no cache) and an L1 of the vector's blocks.
func evalDerive(in *deriveInput) (deriveExpected, error) {
	var th []verifier.Threshold
	for _, t := range in.Config.Thresholds {
		if t.Quorum > math.MaxUint8 || t.BPS > math.MaxUint16 {
			return deriveExpected{}, fmt.Errorf("threshold %+v does not fit the Go API", t)
		}
		th = append(th, verifier.Threshold{Quorum: uint8(t.Quorum), BPS: uint16(t.BPS)})
	}
	cfg := derivation.Config{
		ActivationTime: uint64(in.Config.ActivationTime), L1ChainID: uint64(in.Config.L1ChainID),
		AVS: in.Config.AVS, Publisher: in.Config.Publisher, CertInbox: in.Config.CertInbox,
		Window: uint64(in.Config.Window), Thresholds: th, SnapshotCacheSize: -1,
	}
	d, err := derivation.NewDeriver(cfg, log.NewLogger(log.DiscardHandler()), nil)
	if err != nil {
		return deriveExpected{}, err
	}
	l1 := memL1{}
	for i := range in.L1 {
		b := &in.L1[i]
		if _, dup := l1[b.Hash]; dup {
			return deriveExpected{}, fmt.Errorf("L1 block %s listed twice", b.Hash)
		}
		l1[b.Hash] = b
	}
	r, err := d.Derive(context.Background(), &derivation.Input{
		L1ChainID: uint64(in.L1ChainID), L1Info: blockInfo{hash: in.Origin.Hash, number: uint64(in.Origin.Number)},
		Receipts: in.Origin.receipts(), L1: l1, NextL2Time: uint64(in.NextL2Time),
	})
	if err != nil {
		return deriveExpected{}, err
	}
	out := deriveExpected{Deposits: []depositJSON{}, Skipped: []skippedJSON{}}
	raw, gas, err := derivation.Encode(r.Deposits)
	if err != nil {
		return deriveExpected{}, err
	}
	out.Gas = dec64(gas)
	for i, dep := range r.Deposits {
		j, err := depositOf(dep)
		if err != nil {
			return deriveExpected{}, err
		}
		if string(j.Raw) != string(raw[i]) {
			return deriveExpected{}, errors.New("derivation.Encode and MarshalBinary disagree")
		}
		out.Deposits = append(out.Deposits, j)
	}
	for _, s := range r.Skipped {
		o, err := rejected(s.Reason)
		if err != nil {
			return deriveExpected{}, err
		}
		out.Skipped = append(out.Skipped, skippedJSON{Kind: s.Kind, TxHash: s.TxHash, LogIndex: uint32(s.LogIndex), Rule: o.Rule, Causes: o.Causes})
	}
	return out, nil
}
