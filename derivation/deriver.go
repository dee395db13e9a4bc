package derivation

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"

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
	ActivationTime uint64               // L2 time from which the hook derives deposits
	Registry       common.Address       // the AVS operator registry on L1
	CertInbox      common.Address       // the ParleyCertificateInbox contract on L1
	Submitters     []common.Address     // accounts allowed to post certificates there
	MaxCerts       int                  // certificates taken from one L1 block
	Window         uint64               // table versions kept readable (the chain's)
	Thresholds     []verifier.Threshold // per-quorum thresholds certificates must meet
	// TableCacheSize bounds the cache of restored operator-table versions
	// (0: DefaultTableCacheSize, negative: no cache). The cache only saves work: see
	// Deriver.
	TableCacheSize int
}

// DefaultTableCacheSize is the default number of restored operator-table versions a
// Deriver keeps: twice the versions of the default table window (optable.DefaultWindow
// older versions and the latest), room for reorged alternatives of some of them.
const DefaultTableCacheSize = 2 * (optable.DefaultWindow + 1)

// Deriver is the derivation hook: for the first L2 block of each epoch it mirrors the
// L1 origin's registry events into a table-update deposit, then verifies the
// certificates posted there (the certificate inbox's CertificatePosted logs, found by
// a Scanner) and turns each valid one into a range-recording deposit. It reads L1 only
// through the receipts in its Input. Its output is a pure function of the L1 block
// (its hash and receipts) and the L2 parent state; invalid data is skipped and logged,
// and only fetch failures are errors.
//
// A Deriver is safe for concurrent use and keeps two caches across calls, both keyed
// by content, so that they can only save work and never change a result:
//
//   - restored operator tables, keyed by keccak256 of the AVS identity and the
//     table version's complete storage image (precompile.Inbox.StoredOperatorTable,
//     read from the L2 parent state on every call). Restoring is a deterministic
//     function of exactly those bytes, so a hit returns what restoring would; a
//     reorged version with the same number but other contents has another image,
//     hence another key. Only tables restored from storage are cached, never the
//     next version a block's registry updates produce in memory. A hit skips decoding
//     and subgroup-checking every operator key and recomputing the quorum aggregates,
//     not the L2 reads; it hits in every epoch until the table changes, whatever the
//     L2 parent block.
//   - one verifier per L1 chain, whose signer-set cache is keyed by the table's
//     commitment, the quorums and the non-signers (see interop/verifier). Its
//     digest-to-curve cache is disabled: a certificate's digest is only ever seen again
//     when the same L1 block is derived again. Verification results are never cached.
type Deriver struct {
	cfg Config
	log log.Logger
	// Skipped counts skipped inputs by reason, for metrics.
	Skipped func(reason string)

	scanner *Scanner // read-only after NewDeriver
	chain   atomic.Pointer[chainContext]
	tables  *tableCache // nil: no cache
}

// chainContext is what a Deriver derives from its configuration and the L1 chain id,
// built once per chain and then only read.
type chainContext struct {
	id   uint64
	icfg *precompile.Config // its AVS is the chain's
	// verifier is created on first use; verr records why it could not be (an
	// invalid policy), reported whenever certificates need verifying.
	verifierOnce sync.Once
	verifier     *verifier.Verifier
	verr         error
	thresholds   []verifier.Threshold
}

// NewDeriver returns a hook for cfg.
func NewDeriver(cfg Config, logger log.Logger) *Deriver {
	if logger == nil {
		logger = log.Root()
	}
	d := &Deriver{cfg: cfg, log: logger, Skipped: func(string) {}}
	submitters := make(map[common.Address]bool, len(cfg.Submitters))
	for _, s := range cfg.Submitters {
		submitters[s] = true
	}
	d.scanner = &Scanner{Inbox: cfg.CertInbox, Submitters: submitters, MaxCerts: cfg.MaxCerts}
	size := cfg.TableCacheSize
	if size == 0 {
		size = DefaultTableCacheSize
	}
	if size > 0 {
		d.tables = newTableCache(size)
	}
	return d
}

var _ Hook = (*Deriver)(nil)

// forChain returns the context of L1 chain id, building it on first use.
func (d *Deriver) forChain(id uint64) *chainContext {
	if c := d.chain.Load(); c != nil && c.id == id {
		return c
	}
	c := &chainContext{
		id: id,
		icfg: &precompile.Config{ActivationTime: d.cfg.ActivationTime, Window: d.cfg.Window,
			AVS: attestation.AVS{L1ChainID: id, Registry: d.cfg.Registry}},
		thresholds: slices.Clone(d.cfg.Thresholds),
	}
	d.chain.Store(c)
	return c
}

// getVerifier returns the chain's verifier, created on first use.
func (c *chainContext) getVerifier() (*verifier.Verifier, error) {
	c.verifierOnce.Do(func() {
		c.verifier, c.verr = verifier.New(verifier.Config{
			Policy:        verifier.Policy{AVS: c.icfg.AVS, Thresholds: c.thresholds},
			HashCacheSize: -1, // a digest recurs only when a block is derived again
		})
	})
	return c.verifier, c.verr
}

// TableCacheStats returns how often a restored operator table was found in the cache
// and how often one had to be restored, for metrics and tests.
func (d *Deriver) TableCacheStats() (hits, misses uint64) {
	if d.tables == nil {
		return 0, 0
	}
	return d.tables.hits.Load(), d.tables.misses.Load()
}

func (d *Deriver) skip(what string, err error, ctx ...any) {
	d.log.Warn("Parley: skipped "+what, append([]any{"reason", err}, ctx...)...)
	d.Skipped(what)
}

// Deposits implements Hook.
func (d *Deriver) Deposits(ctx context.Context, in *Input) ([]hexutil.Bytes, uint64, error) {
	if in.NextL2Time < d.cfg.ActivationTime {
		return nil, 0, nil
	}
	if in.L2 == nil {
		return nil, 0, fmt.Errorf("parley: op-node did not provide L2 storage access")
	}
	l1Hash := in.L1Info.Hash()

	// Find the block's Parley data first, by log address alone: most L1 blocks have
	// none, and those cost one pass over the receipts' log addresses, no allocation and
	// no L2 read.
	var regLogs []*types.Log
	posted := false
	for _, r := range in.Receipts {
		if r == nil || r.Status != types.ReceiptStatusSuccessful {
			continue
		}
		for _, lg := range r.Logs {
			if lg == nil {
				continue
			}
			switch lg.Address {
			case d.cfg.Registry:
				regLogs = append(regLogs, lg)
			case d.cfg.CertInbox:
				posted = true
			}
		}
	}
	if len(regLogs) == 0 && !posted {
		return nil, 0, nil
	}

	c := d.forChain(in.L1ChainID)
	updates, skipped := RegistryUpdates(d.cfg.Registry, regLogs)
	for _, s := range skipped {
		d.skip("registry log", s.Reason, "tx", s.TxHash, "log", s.LogIndex)
	}
	var found []Candidate
	if posted {
		var skips []Skip
		found, skips = d.scanner.Scan(in.Receipts)
		for _, s := range skips {
			d.skip("certificate", s.Reason, "tx", s.TxHash, "log", s.LogIndex)
		}
	}
	if len(updates) == 0 && len(found) == 0 {
		return nil, 0, nil
	}

	state := newInboxState(ctx, c.icfg, in.L2, in.L2Parent.Hash, d.tables)
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
		dep, err := TableUpdateDeposit(l1Hash, uint64(len(deps)), shape, c.icfg.Window, updates)
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
		for _, f := range found {
			v := f.Cert.Attestation.TableVersion
			if _, ok := tables[v]; ok || optable.CheckWindow(v, latest, c.icfg.Window) != nil {
				continue
			}
			t, err := state.Table(v)
			if err != nil {
				return nil, 0, err
			}
			tables[v] = t
		}
		v, err := c.getVerifier()
		if err != nil {
			return nil, 0, err
		}
		certs := make([]*certificate.Certificate, len(found))
		for i, f := range found {
			certs[i] = f.Cert
		}
		results := v.VerifyBatch(certs, &memSource{tables: tables, latest: latest, window: c.icfg.Window})
		next := map[uint64]nextRange{}
		for i, f := range found {
			if results[i] != nil {
				d.skip("certificate", results[i], "tx", f.TxHash, "log", f.LogIndex)
				continue
			}
			a := f.Cert.Attestation
			nr, ok := next[a.SourceChainID]
			if !ok {
				b, certified, err := state.LatestCertifiedBlock(a.SourceChainID)
				if err != nil {
					return nil, 0, err
				}
				nr = nextRange{from: b + 1, any: certified}
			}
			if nr.any && a.FromBlock != nr.from {
				d.skip("certificate", fmt.Errorf("range %d..%d does not continue chain %d at %d", a.FromBlock, a.ToBlock, a.SourceChainID, nr.from), "tx", f.TxHash, "log", f.LogIndex)
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
