package derivation

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/precompile"
)

// errReadOnly is recorded if a view ever tried to write: it cannot, since only the
// inbox's view methods run over a stateReader.
var errReadOnly = errors.New("derivation: write attempted through an L2 state reader")

// stateReader is a read-only precompile.Environment over the inbox's storage at one L2
// block, read through L2Storage. It lets the hook read L2 state with the precompile's
// own code (storage layout included) instead of a copy of it. Gas is unlimited: views
// run off-chain here. The first read error is kept and reported by Err.
type stateReader struct {
	ctx   context.Context
	l2    L2Storage
	block common.Hash
	err   error
}

var _ precompile.Environment = (*stateReader)(nil)

func (r *stateReader) GetState(k common.Hash) (common.Hash, common.Hash) {
	if r.err != nil {
		return common.Hash{}, common.Hash{}
	}
	v, err := r.l2.ReadStorageAt(r.ctx, precompile.Address, k, r.block)
	if err != nil {
		r.err = fmt.Errorf("derivation: reading inbox slot %s at L2 block %s: %w", k, r.block, err)
	}
	return v, v
}
func (r *stateReader) SetState(common.Hash, common.Hash) { r.err = errReadOnly }
func (r *stateReader) SlotWarm(common.Hash) bool         { return true }
func (r *stateReader) WarmSlot(common.Hash)              {}
func (r *stateReader) Nonce() uint64                     { return 1 }
func (r *stateReader) SetNonce(uint64)                   { r.err = errReadOnly }
func (r *stateReader) AddLog([]common.Hash, []byte)      { r.err = errReadOnly }
func (r *stateReader) Caller() common.Address            { return common.Address{} }
func (r *stateReader) Value() *uint256.Int               { return new(uint256.Int) }
func (r *stateReader) ReadOnly() bool                    { return true }
func (r *stateReader) CallType() precompile.CallType     { return precompile.StaticCall }
func (r *stateReader) BlockNumber() uint64               { return 0 }
func (r *stateReader) BlockTime() uint64                 { return math.MaxUint64 }
func (r *stateReader) Gas() uint64                       { return math.MaxUint64 }
func (r *stateReader) UseGas(uint64) bool                { return true }

// InboxState reads the inbox's state at one L2 block.
type InboxState struct {
	cfg *precompile.Config
	r   *stateReader
	in  *precompile.Inbox
}

// NewInboxState returns a reader of the inbox's state at L2 block hash.
func NewInboxState(ctx context.Context, cfg *precompile.Config, l2 L2Storage, block common.Hash) *InboxState {
	r := &stateReader{ctx: ctx, l2: l2, block: block}
	return &InboxState{cfg: cfg, r: r, in: precompile.NewInbox(cfg, r)}
}

// check turns a view's outcome into the reader's: a read failure wins (the caller may
// retry), then the view's own error.
func (s *InboxState) check(err error) error {
	if s.r.err != nil {
		return s.r.err
	}
	return err
}

// TableVersion returns the latest stored operator-table version.
func (s *InboxState) TableVersion() (uint64, error) {
	v, err := s.in.OperatorTableVersion()
	return v, s.check(err)
}

// Table returns stored table version v (within the window).
func (s *InboxState) Table(v uint64) (*optable.Table, error) {
	snap, err := s.in.OperatorTable(v)
	if err = s.check(err); err != nil {
		return nil, err
	}
	return optable.DecodeSnapshot(s.cfg.AVS, snap)
}

// TableShape returns the stored table's shape, for sizing table-update deposits.
func (s *InboxState) TableShape() (precompile.TableShape, error) {
	sh, err := s.in.TableShape()
	return sh, s.check(err)
}

// LatestCertifiedBlock returns the last block of a source chain's latest certified
// range, and whether it has one.
func (s *InboxState) LatestCertifiedBlock(chain uint64) (uint64, bool, error) {
	b, ok, err := s.in.LatestCertifiedBlock(new(big.Int).SetUint64(chain))
	return b, ok, s.check(err)
}
