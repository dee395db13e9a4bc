package derivation

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"

	"github.com/ethereum-optimism/optimism/op-service/eth"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
	"github.com/parley-xyz/parley/precompile"
)

// Config configures a Deriver.
type Config struct {
	ActivationTime uint64
	Registry       common.Address // the AVS operator registry on L1
	CertInbox      common.Address
	Submitters     []common.Address
	MaxCerts       int
	Window         uint64               // table versions kept readable (the chain's)
	Thresholds     []verifier.Threshold // per-quorum thresholds certificates must meet
}

// Deriver is the derivation hook: for the first L2 block of each epoch it mirrors the
// L1 origin's registry events into a table-update deposit, then verifies the
// certificates posted there and turns each valid one into a range-recording deposit.
// Its output is a pure function of the L1 block and the L2 parent state; invalid data
// is skipped and logged, and only fetch failures are errors.
type Deriver struct {
	cfg Config
	log log.Logger
	// Skipped counts skipped inputs by reason, for metrics.
	Skipped func(reason string)
}

// NewDeriver returns a hook for cfg.
func NewDeriver(cfg Config, logger log.Logger) *Deriver {
	if logger == nil {
		logger = log.Root()
	}
	return &Deriver{cfg: cfg, log: logger, Skipped: func(string) {}}
}

var _ Hook = (*Deriver)(nil)

func (d *Deriver) skip(what string, err error, ctx ...any) {
	d.log.Warn("Parley: skipped "+what, append([]any{"reason", err}, ctx...)...)
	d.Skipped(what)
}

// Deposits implements Hook.
func (d *Deriver) Deposits(ctx context.Context, in *Input) ([]hexutil.Bytes, uint64, error) {
	if in.NextL2Time < d.cfg.ActivationTime {
		return nil, 0, nil
	}
	if in.L1 == nil || in.L2 == nil {
		return nil, 0, fmt.Errorf("parley: op-node did not provide L1 transactions or L2 storage access")
	}
	l1Hash := in.L1Info.Hash()

	// Find the block's Parley data first: most L1 blocks have none, and those cost no
	// L2 read at all.
	var logs []*types.Log
	for _, r := range in.Receipts {
		if r.Status == types.ReceiptStatusSuccessful {
			logs = append(logs, r.Logs...)
		}
	}
	updates, skipped := RegistryUpdates(d.cfg.Registry, logs)
	for _, s := range skipped {
		d.skip("registry log", s.Reason, "tx", s.TxHash, "log", s.LogIndex)
	}
	_, txs, err := in.L1.InfoAndTxsByHash(ctx, l1Hash)
	if err != nil {
		return nil, 0, fmt.Errorf("parley: fetching L1 transactions of %s: %w", l1Hash, err)
	}
	found, skips, err := d.scanner(in.L1ChainID).Scan(txs, in.Receipts)
	if err != nil {
		return nil, 0, err
	}
	for _, s := range skips {
		d.skip("certificate", s.Reason, "tx", s.TxHash)
	}
	if len(updates) == 0 && len(found) == 0 {
		return nil, 0, nil
	}

	avs := attestation.AVS{L1ChainID: in.L1ChainID, Registry: d.cfg.Registry}
	icfg := &precompile.Config{ActivationTime: d.cfg.ActivationTime, AVS: avs, Window: d.cfg.Window}
	state := NewInboxState(ctx, icfg, in.L2, in.L2Parent.Hash)
	latest, err := state.TableVersion()
	if err != nil {
		return nil, 0, err
	}
	tables := map[uint64]*optable.Table{}
	var deps []*types.DepositTx

	// 1. Operator-table updates, applied before any certificate of the block.
	if len(updates) > 0 {
		if len(updates) > precompile.MaxUpdates {
			d.skip("registry updates", fmt.Errorf("%d updates, at most %d per L1 block", len(updates), precompile.MaxUpdates), "l1", l1Hash)
			updates = updates[:precompile.MaxUpdates]
		}
		cur, err := state.Table(latest)
		if err != nil {
			return nil, 0, err
		}
		shape, err := state.TableShape()
		if err != nil {
			return nil, 0, err
		}
		next, rejected := cur.Apply(updates)
		for _, r := range rejected {
			d.skip("registry update", r.Err, "index", r.Index)
		}
		dep, err := TableUpdateDeposit(l1Hash, uint64(len(deps)), shape, icfg.Window, updates)
		if err != nil {
			return nil, 0, err
		}
		deps = append(deps, dep)
		tables[cur.Version()], tables[next.Version()] = cur, next
		latest = next.Version()
	}

	// 2. Certificates.
	if len(found) > 0 {
		// Load every table version a certificate names (within the window) before
		// verifying: a fetch failure must be retried, never turn into a rejection.
		for _, c := range found {
			v := c.Cert.Attestation.TableVersion
			if _, ok := tables[v]; ok || optable.CheckWindow(v, latest, icfg.Window) != nil {
				continue
			}
			t, err := state.Table(v)
			if err != nil {
				return nil, 0, err
			}
			tables[v] = t
		}
		v, err := verifier.New(verifier.Config{Policy: verifier.Policy{AVS: avs, Thresholds: d.cfg.Thresholds}})
		if err != nil {
			return nil, 0, err
		}
		certs := make([]*certificate.Certificate, len(found))
		for i, c := range found {
			certs[i] = c.Cert
		}
		results := v.VerifyBatch(certs, &memSource{tables: tables, latest: latest, window: icfg.Window})
		next := map[uint64]nextRange{}
		for i, c := range found {
			if results[i] != nil {
				d.skip("certificate", results[i], "tx", c.TxHash)
				continue
			}
			a := c.Cert.Attestation
			nr, ok := next[a.SourceChainID]
			if !ok {
				b, certified, err := state.LatestCertifiedBlock(a.SourceChainID)
				if err != nil {
					return nil, 0, err
				}
				nr = nextRange{from: b + 1, any: certified}
			}
			if nr.any && a.FromBlock != nr.from {
				d.skip("certificate", fmt.Errorf("range %d..%d does not continue chain %d at %d", a.FromBlock, a.ToBlock, a.SourceChainID, nr.from), "tx", c.TxHash)
				continue
			}
			dep, err := RecordRangeDeposit(l1Hash, uint64(len(deps)), a)
			if err != nil {
				return nil, 0, err
			}
			deps = append(deps, dep)
			next[a.SourceChainID] = nextRange{from: a.ToBlock + 1, any: true}
			d.log.Info("Parley: certified range", "chain", a.SourceChainID, "from", a.FromBlock, "to", a.ToBlock, "root", a.MessageRoot, "l1", l1Hash)
		}
	}
	return Encode(deps)
}

type nextRange struct {
	from uint64
	any  bool
}

// scanner returns the certificate scanner for an L1 chain.
func (d *Deriver) scanner(l1ChainID uint64) *Scanner {
	submitters := make(map[common.Address]bool, len(d.cfg.Submitters))
	for _, s := range d.cfg.Submitters {
		submitters[s] = true
	}
	return &Scanner{Inbox: d.cfg.CertInbox, Submitters: submitters, MaxCerts: d.cfg.MaxCerts, Signer: types.LatestSignerForChainID(new(big.Int).SetUint64(l1ChainID))}
}

// StripGas implements Hook.
func (d *Deriver) StripGas(payload *eth.ExecutionPayload) (uint64, error) { return StripGas(payload) }

// memSource serves preloaded table versions to the verifier.
type memSource struct {
	tables map[uint64]*optable.Table
	latest uint64
	window uint64
}

func (s *memSource) Latest() *optable.Table { return s.tables[s.latest] }

func (s *memSource) At(v uint64) (*optable.Table, error) {
	if err := optable.CheckWindow(v, s.latest, s.window); err != nil {
		return nil, err
	}
	t, ok := s.tables[v]
	if !ok {
		return nil, fmt.Errorf("%w: version %d not loaded", optable.ErrStaleVersion, v)
	}
	return t, nil
}
