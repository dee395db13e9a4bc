package derivation

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/precompile/bindings"
)

// Reasons a registry log is skipped. Each names one rule; Skipped.Reason wraps one.
var (
	// ErrRegistryTopics: the log does not have exactly the event's topics.
	ErrRegistryTopics = errors.New("derivation: registry log has the wrong topics")
	// ErrRegistryData: the log data does not decode against the event's ABI.
	ErrRegistryData = errors.New("derivation: registry log data does not decode")
	// ErrRegistryEncoding: the log decodes, but is not the canonical ABI encoding of
	// what it decodes to (dirty high bits, odd offsets, padding or trailing bytes), or a
	// value lies outside its Solidity type (a stake above 96 bits).
	ErrRegistryEncoding = errors.New("derivation: registry log is not canonically encoded")
	// ErrRegistryPoint: a key or proof of possession fails the strict point decoding
	// of interop/bls (coordinate not below p, off the curve, outside the subgroup, or
	// the identity); the wrapped error says which.
	ErrRegistryPoint = errors.New("derivation: registry log has an invalid BN254 point")
)

// Skipped is a registry log that names one of the operator-table events but could not
// be turned into an update. Skipping is never fatal: it is reported and counted.
type Skipped struct {
	Index    int         // position of the log in the slice given to RegistryUpdates
	TxHash   common.Hash // the log's transaction
	LogIndex uint        // the log's index in its block
	Event    string      // the event its first topic names
	Reason   error       // wraps one of the ErrRegistry* errors
}

func (s Skipped) String() string {
	return fmt.Sprintf("registry log %d (tx %s, %s): %v", s.LogIndex, s.TxHash, s.Event, s.Reason)
}

// The four operator-table events of ParleyRegistry, from the committed ABI
// (precompile/bindings, generated from precompile/artifacts/ParleyRegistry.json).
const (
	evRegistration = "NewPubkeyRegistration"
	evAdded        = "OperatorAddedToQuorums"
	evRemoved      = "OperatorRemovedFromQuorums"
	evStake        = "OperatorStakeUpdate"
)

type registryEvents struct {
	byID map[common.Hash]abi.Event
}

var registryABI = sync.OnceValue(func() registryEvents {
	a, err := bindings.ParleyRegistryMetaData.GetAbi()
	if err != nil {
		// The ABI is generated and committed; the tests parse it.
		panic(fmt.Sprintf("derivation: ParleyRegistry ABI: %v", err))
	}
	r := registryEvents{byID: map[common.Hash]abi.Event{}}
	for _, name := range []string{evRegistration, evAdded, evRemoved, evStake} {
		ev, ok := a.Events[name]
		if !ok {
			panic("derivation: ParleyRegistry ABI lacks event " + name)
		}
		r.byID[ev.ID] = ev
	}
	return r
})

// RegistryUpdates turns the operator registry's logs of one L1 block into
// operator-table updates, in log order:
//
//	NewPubkeyRegistration(operator, pubkeyG1, pubkeyG2, proofOfPossession) -> Register
//	OperatorAddedToQuorums(operator, operatorId, quorumNumbers)             -> Join
//	OperatorRemovedFromQuorums(operator, operatorId, quorumNumbers)         -> Leave
//	OperatorStakeUpdate(operatorId, quorumNumber, stake)                    -> SetStake
//
// Only logs emitted by registry are read, and logs marked Removed are ignored; so are
// the registry's other events (ownership, stake oracle). A table event that does not
// decode strictly (exact topic count, canonical ABI encoding, points that pass
// bls.DecodeG1/DecodeG2) yields no update and a Skipped entry instead. The rules of
// the table itself (proof of possession, membership, limits) are left to
// optable.Table.Apply. RegistryUpdates never panics, whatever the logs hold.
func RegistryUpdates(registry common.Address, logs []*types.Log) ([]optable.Update, []Skipped) {
	events := registryABI()
	var (
		updates []optable.Update
		skipped []Skipped
	)
	for i, lg := range logs {
		if lg == nil || lg.Removed || lg.Address != registry || len(lg.Topics) == 0 {
			continue
		}
		ev, ok := events.byID[lg.Topics[0]]
		if !ok {
			continue
		}
		u, err := registryUpdate(ev, lg)
		if err != nil {
			skipped = append(skipped, Skipped{Index: i, TxHash: lg.TxHash, LogIndex: lg.Index, Event: ev.Name, Reason: err})
			continue
		}
		updates = append(updates, u)
	}
	return updates, skipped
}

// registryUpdate decodes one table event.
func registryUpdate(ev abi.Event, lg *types.Log) (u optable.Update, err error) {
	defer func() {
		// The ABI decoder is not ours: whatever it does with hostile input, a log can
		// only ever be skipped.
		if r := recover(); r != nil {
			u, err = optable.Update{}, fmt.Errorf("%w: decoder panic: %v", ErrRegistryData, r)
		}
	}()
	switch ev.Name {
	case evRegistration:
		var e bindings.ParleyRegistryNewPubkeyRegistration
		if err := decodeRegistryLog(ev, lg, &e); err != nil {
			return u, err
		}
		u.Kind, u.Address = optable.Register, e.Operator
		if u.PubkeyG1, err = g1FromABI(e.PubkeyG1); err != nil {
			return optable.Update{}, fmt.Errorf("%w: pubkeyG1: %w", ErrRegistryPoint, err)
		}
		if u.PubkeyG2, err = g2FromABI(e.PubkeyG2); err != nil {
			return optable.Update{}, fmt.Errorf("%w: pubkeyG2: %w", ErrRegistryPoint, err)
		}
		if u.PoP, err = g1FromABI(e.ProofOfPossession); err != nil {
			return optable.Update{}, fmt.Errorf("%w: proofOfPossession: %w", ErrRegistryPoint, err)
		}
	case evAdded:
		var e bindings.ParleyRegistryOperatorAddedToQuorums
		if err := decodeRegistryLog(ev, lg, &e); err != nil {
			return u, err
		}
		u.Kind, u.ID, u.Quorums = optable.Join, e.OperatorId, slices.Clone(e.QuorumNumbers)
	case evRemoved:
		var e bindings.ParleyRegistryOperatorRemovedFromQuorums
		if err := decodeRegistryLog(ev, lg, &e); err != nil {
			return u, err
		}
		u.Kind, u.ID, u.Quorums = optable.Leave, e.OperatorId, slices.Clone(e.QuorumNumbers)
	case evStake:
		var e bindings.ParleyRegistryOperatorStakeUpdate
		if err := decodeRegistryLog(ev, lg, &e); err != nil {
			return u, err
		}
		if e.Stake.BitLen() > optable.StakeBits {
			return u, fmt.Errorf("%w: stake %s exceeds uint96", ErrRegistryEncoding, e.Stake)
		}
		u.Kind, u.ID, u.Quorum = optable.SetStake, e.OperatorId, e.QuorumNumber
		u.Stake.SetFromBig(e.Stake)
	default:
		return u, fmt.Errorf("%w: unexpected event %s", ErrRegistryData, ev.Name)
	}
	return u, nil
}

// decodeRegistryLog unpacks a log into out, one of the bindings' event structs, and
// insists on the canonical encoding: exactly the event's topics, each equal to the
// topic of the value it decodes to, and data equal to the ABI encoding of the values
// it decodes to.
func decodeRegistryLog(ev abi.Event, lg *types.Log, out any) error {
	var indexed abi.Arguments
	for _, in := range ev.Inputs {
		if in.Indexed {
			indexed = append(indexed, in)
		}
	}
	if len(lg.Topics) != 1+len(indexed) {
		return fmt.Errorf("%w: %d topics, want %d", ErrRegistryTopics, len(lg.Topics), 1+len(indexed))
	}
	nonIndexed := ev.Inputs.NonIndexed()
	values, err := nonIndexed.Unpack(lg.Data)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrRegistryData, err)
	}
	again, err := nonIndexed.Pack(values...)
	if err != nil || !bytes.Equal(again, lg.Data) {
		return ErrRegistryEncoding
	}
	if err := nonIndexed.Copy(out, values); err != nil {
		return fmt.Errorf("%w: %v", ErrRegistryData, err)
	}
	if err := abi.ParseTopics(out, indexed, lg.Topics[1:]); err != nil {
		return fmt.Errorf("%w: %v", ErrRegistryTopics, err)
	}
	fields := reflect.ValueOf(out).Elem()
	for i, arg := range indexed {
		v := fields.FieldByName(abi.ToCamelCase(arg.Name)).Interface()
		topics, err := abi.MakeTopics([]any{v})
		if err != nil || topics[0][0] != lg.Topics[1+i] {
			return fmt.Errorf("%w: topic %d", ErrRegistryEncoding, 1+i)
		}
	}
	return nil
}

// word writes a decoded uint256 as 32 big-endian bytes (the ABI decoder never yields
// more than 256 bits for a uint256).
func word(dst []byte, v *big.Int) { v.FillBytes(dst[:32]) }

func g1FromABI(p bindings.G1Point) (bls.G1Point, error) {
	var b [bls.G1Size]byte
	word(b[0:], p.X)
	word(b[32:], p.Y)
	return bls.DecodeG1(b[:])
}

func g2FromABI(p bindings.G2Point) (bls.G2Point, error) {
	var b [bls.G2Size]byte
	word(b[0:], p.X[0])
	word(b[32:], p.X[1])
	word(b[64:], p.Y[0])
	word(b[96:], p.Y[1])
	return bls.DecodeG2(b[:])
}
