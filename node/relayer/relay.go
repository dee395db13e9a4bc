package relayer

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/parley-xyz/parley/node/prove"
	"github.com/parley-xyz/parley/node/source"
)

// Errors of Relay. A *RevertError is returned when the relay would revert for another
// reason than the message being relayed already.
var (
	ErrNotAMessage = errors.New("relayer: not a ParleyMessenger message to this destination")
	ErrSend        = errors.New("relayer: sending the relay transaction")
	ErrReverted    = errors.New("relayer: the relay transaction reverted")
)

// Sender sends the relay transactions (op-service's txmgr.TxManager is one).
type Sender interface {
	Send(ctx context.Context, candidate txmgr.TxCandidate) (*types.Receipt, error)
	From() common.Address
}

// Outcome is how a relay ended.
type Outcome string

// Outcomes.
const (
	// Relayed: this relayer's transaction relayed the message.
	Relayed Outcome = "relayed"
	// AlreadyRelayed: the message was relayed by someone else (found in
	// successfulMessages, or the relay reverted with MessageAlreadyRelayed).
	AlreadyRelayed Outcome = "already relayed"
)

// Result is the outcome of a relay.
type Result struct {
	Outcome Outcome        `json:"outcome"`
	Hash    common.Hash    `json:"messageHash"`
	Message *SentMessage   `json:"-"`
	Receipt *types.Receipt `json:"-"`
}

// gasMarginPercent is added to the estimated gas of relayMessage.
const gasMarginPercent = 20

// Relayer relays ParleyMessenger messages to one destination. It is safe for
// concurrent use.
type Relayer struct {
	// Destination is the messenger on the destination, ChainID the destination's id.
	Destination Destination
	ChainID     uint64
	// Messenger is the messenger's address (the same on every chain).
	Messenger common.Address
	Sender    Sender
}

// Relay relays the message a proof proves, unless it is relayed already. In order:
//
//  1. the proven log must be the messenger's SentMessage to this destination
//     (ErrNotAMessage);
//  2. successfulMessages(hash) on the destination: relayed already, done
//     (AlreadyRelayed);
//  3. relayMessage is simulated from the sender: a MessageAlreadyRelayed revert means
//     done (AlreadyRelayed), any other revert is returned (*RevertError);
//  4. the transaction is sent through the sender (ErrSend) with the simulated gas plus
//     a margin;
//  5. a reverted transaction is done if the message is relayed now (another relayer's
//     transaction came first: AlreadyRelayed), and ErrReverted otherwise.
//
// The messenger relays a message at most once whatever relayers do; these checks keep
// a relayer from paying for transactions that would revert.
func (r *Relayer) Relay(ctx context.Context, p *prove.Proof) (*Result, error) {
	m, err := ParseSentMessage(p.Identifier.ChainID, r.Messenger, &p.Log)
	if err != nil {
		return nil, err
	}
	if !m.Destination.IsUint64() || m.Destination.Uint64() != r.ChainID {
		return nil, fmt.Errorf("%w: message %d of chain %d is for chain %s", ErrNotAMessage, m.Nonce, m.Source, m.Destination)
	}
	res := &Result{Hash: m.Hash(), Message: m}
	if done, err := r.Destination.Relayed(ctx, res.Hash); err != nil {
		return nil, fmt.Errorf("relayer: successfulMessages(%s): %w", res.Hash, err)
	} else if done {
		res.Outcome = AlreadyRelayed
		return res, nil
	}
	data := relayCall(p.BindingID(), p.Payload, p.Proof)
	gas, err := r.Destination.Estimate(ctx, r.Sender.From(), data)
	var rev *RevertError
	if errors.As(err, &rev) && rev.Name == "MessageAlreadyRelayed" {
		res.Outcome = AlreadyRelayed
		return res, nil
	}
	if err != nil {
		return nil, err
	}
	to := r.Messenger
	rc, err := r.Sender.Send(ctx, txmgr.TxCandidate{TxData: data, To: &to, GasLimit: gas + gas*gasMarginPercent/100})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSend, err)
	}
	res.Receipt = rc
	if rc.Status == types.ReceiptStatusSuccessful {
		res.Outcome = Relayed
		return res, nil
	}
	if done, err := r.Destination.Relayed(ctx, res.Hash); err == nil && done {
		res.Outcome = AlreadyRelayed
		return res, nil
	}
	return nil, fmt.Errorf("%w: transaction %s in block %d", ErrReverted, rc.TxHash, rc.BlockNumber)
}

// Permanent reports whether a relay failure can never succeed: the certified chain has
// no such log, or it is not a message to this destination, or its block will never be
// certified here.
func Permanent(err error) bool {
	return errors.Is(err, prove.ErrNoLog) || errors.Is(err, ErrNotAMessage) || errors.Is(err, prove.ErrNeverCertified)
}

// Reason names a relay failure for metrics and logs (a small fixed set of values).
func Reason(err error) string {
	var rev *RevertError
	switch {
	case errors.Is(err, prove.ErrNotCertified):
		return "not_certified"
	case errors.Is(err, prove.ErrNeverCertified):
		return "never_certified"
	case errors.Is(err, prove.ErrMismatch):
		return "source_mismatch"
	case errors.Is(err, prove.ErrNoLog):
		return "no_log"
	case errors.Is(err, ErrNotAMessage):
		return "not_a_message"
	case errors.Is(err, source.ErrInconsistent):
		return "source_inconsistent"
	case errors.As(err, &rev):
		if rev.Name == "" {
			return "revert"
		}
		return "revert_" + rev.Name
	case errors.Is(err, ErrSend):
		return "send"
	case errors.Is(err, ErrReverted):
		return "reverted"
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return "canceled"
	}
	return "rpc"
}
