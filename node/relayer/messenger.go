package relayer

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/parley-xyz/parley/precompile/bindings"
)

// The ABIs of the messenger and the inbox (whose reverts relayMessage passes on).
var (
	messengerABI = mustABI(bindings.ParleyMessengerMetaData)
	inboxABI     = mustABI(bindings.IParleyInboxMetaData)
	// SentMessageTopic is topic 0 of ParleyMessenger's SentMessage log.
	SentMessageTopic = messengerABI.Events["SentMessage"].ID
	// hashArgs is hashMessage's abi.encode(destination, source, nonce, sender, target, message).
	hashArgs = abi.Arguments{{Type: mustType("uint256")}, {Type: mustType("uint256")}, {Type: mustType("uint256")},
		{Type: mustType("address")}, {Type: mustType("address")}, {Type: mustType("bytes")}}
	sentFilterer = func() *bindings.ParleyMessengerFilterer {
		f, err := bindings.NewParleyMessengerFilterer(common.Address{}, nil)
		if err != nil {
			panic(err)
		}
		return f
	}()
)

func mustABI(m *bind.MetaData) *abi.ABI {
	a, err := m.GetAbi()
	if err != nil {
		panic(err)
	}
	return a
}

func mustType(t string) abi.Type {
	typ, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err)
	}
	return typ
}

// SentMessage is a ParleyMessenger message, read from its SentMessage log on the source.
type SentMessage struct {
	Source      uint64
	Destination *big.Int
	Target      common.Address
	Nonce       *big.Int
	Sender      common.Address
	Message     []byte
}

// ParseSentMessage reads a SentMessage log that messenger emitted on chain source.
func ParseSentMessage(source uint64, messenger common.Address, l *types.Log) (*SentMessage, error) {
	if l.Address != messenger || len(l.Topics) != 4 || l.Topics[0] != SentMessageTopic {
		return nil, fmt.Errorf("%w: log %d of block %d is not the messenger's SentMessage", ErrNotAMessage, l.Index, l.BlockNumber)
	}
	ev, err := sentFilterer.ParseSentMessage(*l)
	if err != nil {
		return nil, fmt.Errorf("%w: log %d of block %d: %v", ErrNotAMessage, l.Index, l.BlockNumber, err)
	}
	return &SentMessage{Source: source, Destination: ev.Destination, Target: ev.Target, Nonce: ev.MessageNonce,
		Sender: ev.Sender, Message: ev.Message}, nil
}

// Hash is the hash relayMessage records the message under (the messenger's
// hashMessage, OP's hashL2toL2CrossDomainMessage).
func (m *SentMessage) Hash() common.Hash {
	enc, err := hashArgs.Pack(m.Destination, new(big.Int).SetUint64(m.Source), m.Nonce, m.Sender, m.Target, m.Message)
	if err != nil {
		panic(err) // the arguments always pack
	}
	return crypto.Keccak256Hash(enc)
}

// Destination is what the relayer needs of the destination's messenger.
type Destination interface {
	// Relayed returns the messenger's successfulMessages(hash).
	Relayed(ctx context.Context, hash common.Hash) (bool, error)
	// Estimate runs the call from an account against the destination's latest state
	// and returns its gas, or a *RevertError if it reverts.
	Estimate(ctx context.Context, from common.Address, data []byte) (uint64, error)
}

// DestinationClient is what a Messenger needs of a destination node (*ethclient.Client
// is one).
type DestinationClient interface {
	bind.ContractCaller
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
}

// Messenger is the messenger on the destination, read over JSON-RPC.
type Messenger struct {
	client  DestinationClient
	address common.Address
	caller  *bindings.ParleyMessengerCaller
}

// NewMessenger returns the messenger at address on the destination read through client.
func NewMessenger(client DestinationClient, address common.Address) *Messenger {
	c, err := bindings.NewParleyMessengerCaller(address, client)
	if err != nil {
		panic(err) // only for a malformed embedded ABI
	}
	return &Messenger{client: client, address: address, caller: c}
}

// Relayed returns successfulMessages(hash).
func (m *Messenger) Relayed(ctx context.Context, hash common.Hash) (bool, error) {
	return m.caller.SuccessfulMessages(&bind.CallOpts{Context: ctx}, hash)
}

// Estimate estimates the gas of a call to the messenger (a *RevertError if it reverts).
func (m *Messenger) Estimate(ctx context.Context, from common.Address, data []byte) (uint64, error) {
	gas, err := m.client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &m.address, Data: data})
	if err != nil {
		if rev, ok := revertOf(err); ok {
			return 0, rev
		}
		return 0, err
	}
	return gas, nil
}

// RevertError is a reverted call, with the custom error it reverted with when the
// messenger's or the inbox's ABI names it.
type RevertError struct {
	// Name is the error's name ("MessageAlreadyRelayed", "RangeNotCertified", "Error"
	// for a reason string, "" when unknown).
	Name string
	// Args are the error's arguments, decoded.
	Args []any
	Data []byte
}

func (e *RevertError) Error() string {
	switch {
	case e.Name == "":
		return fmt.Sprintf("relayMessage reverts (data 0x%x)", e.Data)
	case len(e.Args) == 0:
		return fmt.Sprintf("relayMessage reverts with %s()", e.Name)
	}
	return fmt.Sprintf("relayMessage reverts with %s%v", e.Name, e.Args)
}

// DecodeRevert decodes revert data with the messenger's and the inbox's errors.
func DecodeRevert(data []byte) *RevertError {
	rev := &RevertError{Data: data}
	if len(data) < 4 {
		return rev
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		rev.Name, rev.Args = "Error", []any{reason}
		return rev
	}
	for _, a := range []*abi.ABI{messengerABI, inboxABI} {
		for name, e := range a.Errors {
			if [4]byte(e.ID[:4]) != [4]byte(data[:4]) {
				continue
			}
			rev.Name = name
			if args, err := e.Inputs.Unpack(data[4:]); err == nil {
				rev.Args = args
			}
			return rev
		}
	}
	return rev
}

// revertOf extracts a revert from a JSON-RPC error (the node's "execution reverted"
// with its data).
func revertOf(err error) (*RevertError, bool) {
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok || !strings.HasPrefix(s, "0x") {
		return nil, false
	}
	data, herr := hex.DecodeString(s[2:])
	if herr != nil {
		return nil, false
	}
	return DecodeRevert(data), true
}

// relayCall is the calldata of relayMessage(id, sentMessage, proof).
func relayCall(id bindings.Identifier, sentMessage, proof []byte) []byte {
	data, err := messengerABI.Pack("relayMessage", id, sentMessage, proof)
	if err != nil {
		panic(err) // the arguments always pack
	}
	return data
}
