package operator

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/avsapi"
	"github.com/parley-xyz/parley/node/formats"
	"github.com/parley-xyz/parley/node/operator/metrics"
	"github.com/parley-xyz/parley/node/operator/protection"
	"github.com/parley-xyz/parley/node/source"
)

// Source is what the operator reads of its source chain; *source.Source is one.
type Source interface {
	ChainID() uint64
	// Head returns the safe (or finalized) head.
	Head(ctx context.Context) (uint64, error)
	Range(ctx context.Context, from, to uint64) (*source.Range, error)
	BlockHash(ctx context.Context, n uint64) (common.Hash, error)
}

var _ Source = (*source.Source)(nil)

// Identity is who signs: the AVS, the operator's L1 address and its keys.
type Identity struct {
	AVS      attestation.AVS
	Operator common.Address
	Keys     []*Key
}

// Attester is the signing core that the driver (pushing) and the RPC API (answering the
// aggregator) share: it computes an attestation from the operator's own source endpoint
// against a snapshot read from L1, signs it with each key that is a member of that
// snapshot's table, if slashing protection allows, and halts for good when the source's
// content of a signed range changes. It is safe for concurrent use.
type Attester struct {
	log       log.Logger
	metrics   metrics.Metricer
	id        Identity
	grid      Grid
	source    Source
	snapshots Snapshots
	db        *protection.DB

	mu         sync.Mutex
	halted     string
	head       uint64
	headErr    error
	l1Err      error
	memberSets []uint8
}

// NewAttester returns the attester.
func NewAttester(lg log.Logger, m metrics.Metricer, id Identity, grid Grid, src Source, snaps Snapshots, db *protection.DB) *Attester {
	return &Attester{log: lg, metrics: m, id: id, grid: grid, source: src, snapshots: snaps, db: db, headErr: errors.New("not read yet")}
}

// Halt stops signing for good (until the process restarts, when the check of the
// signed ranges runs again), logging why at ERROR once.
func (a *Attester) Halt(reason string) {
	a.mu.Lock()
	first := a.halted == ""
	if first {
		a.halted = reason
	}
	a.mu.Unlock()
	if first {
		a.log.Error("HALTED: the operator stops signing", "reason", reason)
		a.metrics.RecordHalted(true)
	}
}

// Halted returns why the operator halted ("" if it did not).
func (a *Attester) Halted() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.halted
}

// Head reads the source's head (and remembers it and whether the read failed).
func (a *Attester) Head(ctx context.Context) (uint64, error) {
	h, err := a.source.Head(ctx)
	a.mu.Lock()
	a.headErr = err
	if err == nil {
		a.head = h
	}
	a.mu.Unlock()
	if err != nil {
		a.metrics.RecordRPCError(metrics.EndpointSource)
	}
	return h, err
}

// LastHead returns the head last read and the error of the last read.
func (a *Attester) LastHead() (uint64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.head, a.headErr
}

// L1Err returns the error of the last snapshot read from L1 (nil: it worked).
func (a *Attester) L1Err() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.l1Err
}

func (a *Attester) scope(k *Key) protection.Scope {
	return protection.Scope{Key: k.ID(), AVS: a.id.AVS, SourceChainID: a.source.ChainID()}
}

// Watermark returns the highest block signed with any key (ok false: none).
func (a *Attester) Watermark() (wm uint64, ok bool, err error) {
	for _, k := range a.id.Keys {
		w, has, err := a.db.Watermark(a.scope(k))
		if err != nil {
			return 0, false, err
		}
		if has && (!ok || w > wm) {
			wm, ok = w, true
		}
	}
	return wm, ok, nil
}

// CheckSigned re-reads, for each key, the hash of the last block of the highest range
// it signed, and halts if the source now has another block there: the source's content
// for a signed range changed (a reorg below the attested head, or a faulty node).
func (a *Attester) CheckSigned(ctx context.Context) error {
	checked := map[uint64]bool{}
	for _, k := range a.id.Keys {
		r, ok, err := a.db.Last(a.scope(k))
		if err != nil {
			return err
		}
		if !ok || checked[r.ToBlock] {
			continue
		}
		checked[r.ToBlock] = true
		h, err := a.source.BlockHash(ctx, r.ToBlock)
		if err != nil {
			a.metrics.RecordRPCError(metrics.EndpointSource)
			return fmt.Errorf("operator: re-reading signed block %d: %w", r.ToBlock, err)
		}
		if h != r.LastBlockHash {
			a.Halt(fmt.Sprintf("source chain %d: block %d is now %s, but range %d..%d was signed with it as %s (a reorg below the attested head, or a faulty source node); the new content will not be signed",
				a.source.ChainID(), r.ToBlock, h, r.FromBlock, r.ToBlock, r.LastBlockHash))
			return nil
		}
	}
	return nil
}

// refuse counts a refusal and returns it.
func (a *Attester) refuse(e *Error) *Error {
	a.metrics.RecordRefusal(e.Reason)
	return e
}

// members returns the keys that are members of their set in the table, as this
// operator.
func (a *Attester) members(t *optable.Table) []*Key {
	var out []*Key
	sets := []uint8{}
	for _, k := range a.id.Keys {
		e, ok := t.Entry(k.ID())
		switch {
		case !ok:
		case e.SetID != k.Set || e.Operator != a.id.Operator:
			a.log.Warn("A configured key is in the snapshot as another operator's or set's", "key", k.ID(), "set", k.Set,
				"tableSet", e.SetID, "tableOperator", e.Operator, "operator", a.id.Operator)
		default:
			out = append(out, k)
			sets = append(sets, k.Set)
		}
	}
	a.mu.Lock()
	a.memberSets = sets
	a.mu.Unlock()
	return out
}

// Attest computes the attestation of the grid range from..to against a snapshot (nil:
// the latest sealed on L1), and signs it with each member key if protection allows.
// Errors are *Error.
func (a *Attester) Attest(ctx context.Context, from, to uint64, want *attestation.Snapshot) (*avsapi.Signed, error) {
	if reason := a.Halted(); reason != "" {
		return nil, a.refuse(fail(CodeHalted, metrics.ReasonHalted, "operator halted: %s", reason))
	}
	if err := a.grid.On(from, to); err != nil {
		return nil, a.refuse(&Error{Code: CodeInvalidRequest, Reason: metrics.ReasonOffGrid, Err: err})
	}
	head, err := a.Head(ctx)
	if err != nil {
		return nil, unavailable(fmt.Errorf("operator: source head: %w", err))
	}
	if to > head {
		return nil, a.refuse(fail(CodeAboveHead, metrics.ReasonAboveHead, "operator: range %d..%d ends above the source's head %d", from, to, head))
	}
	var snap *Snapshot
	if want == nil {
		snap, err = a.snapshots.Latest(ctx)
	} else {
		snap, err = a.snapshots.Get(ctx, *want)
	}
	a.mu.Lock()
	a.l1Err = err
	a.mu.Unlock()
	switch {
	case errors.Is(err, ErrSnapshotTooOld):
		return nil, a.refuse(&Error{Code: CodeUnknownSnapshot, Reason: metrics.ReasonSnapshotTooOld, Err: err})
	case errors.Is(err, ErrUnknownSnapshot):
		return nil, a.refuse(&Error{Code: CodeUnknownSnapshot, Reason: metrics.ReasonUnknownSnapshot, Err: err})
	case err != nil:
		a.metrics.RecordRPCError(metrics.EndpointL1)
		return nil, unavailable(err)
	}
	keys := a.members(snap.Table)
	if len(keys) == 0 {
		return nil, a.refuse(fail(CodeNotMember, metrics.ReasonNotMember, "operator: none of %s's keys is a member of snapshot %s", a.id.Operator, snap.Ref.Snapshot))
	}
	r, err := a.source.Range(ctx, from, to)
	if err != nil {
		a.metrics.RecordRPCError(metrics.EndpointSource)
		return nil, unavailable(err)
	}
	att := r.Attestation(a.id.AVS, snap.Ref.Snapshot)
	signers := make([]protection.Signer, len(keys))
	for i, k := range keys {
		signers[i] = k
	}
	sigs, err := a.db.Sign(&att, signers)
	switch {
	case errors.Is(err, protection.ErrContentChanged):
		a.Halt(err.Error())
		return nil, a.refuse(&Error{Code: CodeHalted, Reason: metrics.ReasonContentChanged, Err: err})
	case errors.Is(err, protection.ErrRefused):
		return nil, a.refuse(&Error{Code: CodeRefused, Reason: metrics.ReasonProtection, Err: err})
	case err != nil:
		a.log.Error("Slashing protection failed", "from", from, "to", to, "err", err)
		return nil, &Error{Code: CodeInternal, Reason: "internal", Err: err}
	}
	out := &avsapi.Signed{Version: avsapi.Version, Operator: a.id.Operator, Attestation: att}
	repeat := true
	for i, s := range sigs {
		out.Signatures = append(out.Signatures, avsapi.KeySignature{Set: keys[i].Set, Key: s.Key, Sigma: formats.G1Of(s.Sigma)})
		repeat = repeat && s.Repeat
	}
	a.metrics.RecordSigned(from, to, repeat)
	a.log.Info("Signed range", "from", from, "to", to, "messages", len(r.Messages), "root", att.MessageRoot,
		"snapshot", att.Snapshot, "keys", len(sigs), "repeat", repeat)
	return out, nil
}

// Status returns the operator's state as parleyOperator_status reports it.
func (a *Attester) Status() (*avsapi.OperatorStatus, error) {
	wm, _, err := a.Watermark()
	if err != nil {
		return nil, err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	// The sets it is a member of in the latest snapshot it signed against; before
	// that, the sets it has keys for.
	sets := a.memberSets
	if sets == nil {
		for _, k := range a.id.Keys {
			sets = append(sets, k.Set)
		}
	}
	return &avsapi.OperatorStatus{Version: avsapi.Version, Operator: a.id.Operator, AVS: a.id.AVS, SourceChainID: a.source.ChainID(),
		Sets: sets, LastSigned: wm, SourceHead: a.head, Halted: a.halted}, nil
}
