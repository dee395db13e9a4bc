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
//
// A slot is read from L2 at most once per reader: the block hash pins its value, and a
// reader lives for one hook call, so the views' repeated reads of the same slots (the
// table's metadata and quorum bitmaps) cost one L2 request each.
type stateReader struct {
	ctx   context.Context
	l2    L2Storage
	block common.Hash
	err   error
	read  map[common.Hash]common.Hash
}

var _ precompile.Environment = (*stateReader)(nil)

func (r *stateReader) GetState(k common.Hash) (common.Hash, common.Hash) {
	if r.err != nil {
		return common.Hash{}, common.Hash{}
	}
	if v, ok := r.read[k]; ok {
		return v, v
	}
	v, err := r.l2.ReadStorageAt(r.ctx, precompile.Address, k, r.block)
	if err != nil {
		r.err = fmt.Errorf("derivation: reading inbox slot %s at L2 block %s: %w", k, r.block, err)
		return common.Hash{}, common.Hash{}
	}
	if r.read == nil {
		r.read = make(map[common.Hash]common.Hash)
	}
	r.read[k] = v
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
	cfg    *precompile.Config
	r      *stateReader
	in     *precompile.Inbox
	tables *tableCache // nil: restore every table read
}

// NewInboxState returns a reader of the inbox's state at L2 block hash.
func NewInboxState(ctx context.Context, cfg *precompile.Config, l2 L2Storage, block common.Hash) *InboxState {
	return newInboxState(ctx, cfg, l2, block, nil)
}

// newInboxState is NewInboxState with a cache of restored tables (nil for none).
func newInboxState(ctx context.Context, cfg *precompile.Config, l2 L2Storage, block common.Hash, tables *tableCache) *InboxState {
	r := &stateReader{ctx: ctx, l2: l2, block: block}
	return &InboxState{cfg: cfg, r: r, in: precompile.NewInbox(cfg, r), tables: tables}
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

// Table returns stored table version v (within the window): the table its storage
// image (precompile.Inbox.StoredOperatorTable) strictly decodes to, which is the table
// the inbox's operatorTable view returns. With a cache, a version whose image was
// restored before is served from the cache; the image is read from L2 every time.
func (s *InboxState) Table(v uint64) (*optable.Table, error) {
	img, err := s.in.StoredOperatorTable(v)
	if err = s.check(err); err != nil {
		return nil, err
	}
	if s.tables == nil {
		return optable.DecodeSnapshot(s.cfg.AVS, img)
	}
	return s.tables.restore(s.cfg.AVS, img)
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
