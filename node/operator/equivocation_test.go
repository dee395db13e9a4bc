package operator

import (
	"bytes"
	"context"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/node/avsapi"
	"github.com/parley-xyz/parley/node/operator/protection"
)

// TestHonestOperatorNeverEquivocates drives an operator (attester, driver and API over
// a real protection database) through a long random history — the source growing,
// reorgs of signed and unsigned blocks and their reversal, new snapshots, the
// aggregator asking for any grid range against any snapshot, restarts on the same
// database, and moves to a fresh database by export and import — and collects every
// signature that leaves it. No two of them, by one key, sign conflicting attestations
// (interop/SPEC.md §8.4, attestation.Conflicts): an honest operator is never slashable.
// The seeds are fixed, so a failure replays.
func TestHonestOperatorNeverEquivocates(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		t.Run("", func(t *testing.T) { runHistory(t, seed) })
	}
}

func runHistory(t *testing.T, seed uint64) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	r := newRig(t, 12)
	snaps := []attestation.Snapshot{r.snaps.latest.Ref.Snapshot}
	// Every signature out, by key id.
	signed := map[common.Hash][]attestation.Attestation{}
	collect := func(s *avsapi.Signed) {
		sigmas, err := s.Sigmas()
		if err != nil {
			t.Fatal(err)
		}
		for i, ks := range s.Signatures {
			var k *Key
			for _, c := range r.keys {
				if c.ID() == ks.Key {
					k = c
				}
			}
			if k == nil || !bls.Verify(k.G2, s.Attestation.Digest(), sigmas[i]) {
				t.Fatalf("a signature that does not verify left the operator")
			}
			signed[ks.Key] = append(signed[ks.Key], s.Attestation)
		}
	}
	pushedSeen := 0
	drain := func() {
		p := r.agg.pushed()
		for _, s := range p[pushedSeen:] {
			collect(s)
		}
		pushedSeen = len(p)
	}
	// Reorgs are undone by restoring the original headers and logs.
	type saved struct {
		headers []*types.Header
		logs    []types.Log
	}
	save := func() saved {
		r.chain.mu.Lock()
		defer r.chain.mu.Unlock()
		return saved{append([]*types.Header(nil), r.chain.headers...), append([]types.Log(nil), r.chain.logs...)}
	}
	var canonical *saved
	refused, restarts, moves, reorgs := 0, 0, 0, 0
	for step := 0; step < 150; step++ {
		switch op := rng.IntN(10); {
		case op < 3: // the source grows
			r.chain.mu.Lock()
			n := len(r.chain.headers)
			r.chain.mu.Unlock()
			if canonical == nil {
				r.chain.grow(n + 1 + rng.IntN(15))
			}
			r.drv.Step(ctx)
		case op == 3: // a new snapshot
			s := snapshotOf(t, 200+uint64(step), map[common.Address][]*Key{testOperator: r.keys})
			r.snaps.add(s)
			snaps = append(snaps, s.Ref.Snapshot)
		case op < 6: // the aggregator asks for some grid range against some snapshot
			r.chain.mu.Lock()
			head := r.chain.safe
			r.chain.mu.Unlock()
			k := uint64(rng.IntN(int(head/testGrid.Length) + 2))
			from, to := testGrid.Range(k)
			req := avsapi.RangeRequest{Version: avsapi.Version, SourceChainID: 902, FromBlock: from, ToBlock: to, Snapshot: snaps[rng.IntN(len(snaps))]}
			if s, err := NewAPI(r.att).SignRange(ctx, req); err == nil {
				collect(s)
			} else {
				refused++
			}
		case op == 6: // a reorg of some block, or its reversal
			if canonical == nil {
				c := save()
				canonical = &c
				r.chain.mu.Lock()
				n := uint64(len(r.chain.headers))
				r.chain.mu.Unlock()
				r.chain.reorg(uint64(rng.IntN(int(n-1))) + 1)
				reorgs++
			} else {
				r.chain.mu.Lock()
				r.chain.headers, r.chain.logs = canonical.headers, canonical.logs
				r.chain.mu.Unlock()
				canonical = nil
			}
			r.drv.Step(ctx)
		case op == 7: // a restart on the same database
			if err := r.db.Close(); err != nil {
				t.Fatal(err)
			}
			var err error
			if r.db, _, err = protection.Open(r.dbPath, protection.Options{}); err != nil {
				t.Fatal(err)
			}
			r.build(t)
			restarts++
			r.drv.Step(ctx)
		case op == 8: // a move: export, import into a fresh database, restart there
			x, err := r.db.Export(testAVS, 902)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := x.Write(&buf); err != nil {
				t.Fatal(err)
			}
			y, err := protection.ReadInterchange(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if err := r.db.Close(); err != nil {
				t.Fatal(err)
			}
			r.dbPath = filepath.Join(t.TempDir(), "moved.db")
			if r.db, _, err = protection.Open(r.dbPath, protection.Options{Create: true}); err != nil {
				t.Fatal(err)
			}
			if _, err := r.db.Import(y); err != nil {
				t.Fatal(err)
			}
			r.build(t)
			moves++
			r.drv.Step(ctx)
		default:
			r.drv.Step(ctx)
		}
		drain()
	}
	total := 0
	for key, atts := range signed {
		total += len(atts)
		for i := range atts {
			for j := i + 1; j < len(atts); j++ {
				if attestation.Conflicts(atts[i], atts[j]) {
					t.Fatalf("key %s signed conflicting attestations %d..%d (%s) and %d..%d (%s)", key,
						atts[i].FromBlock, atts[i].ToBlock, atts[i].Snapshot, atts[j].FromBlock, atts[j].ToBlock, atts[j].Snapshot)
				}
			}
		}
	}
	if total < 20 || refused == 0 || restarts+moves == 0 || reorgs == 0 {
		t.Fatalf("a history too tame to show anything: %d signatures, %d refusals, %d restarts, %d moves, %d reorgs", total, refused, restarts, moves, reorgs)
	}
	t.Logf("seed %d: %d signatures out, %d requests refused, %d restarts, %d moves, %d reorgs: no conflicting pair", seed, total, refused, restarts, moves, reorgs)
}
