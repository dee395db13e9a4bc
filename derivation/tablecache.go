package derivation

import (
	"encoding/binary"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/crypto/sha3"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/optable"
)

// tableCache keeps restored operator-table versions, keyed by what they are restored
// from: the AVS identity and the version's complete storage image (its snapshot
// encoding, version number included, as precompile.Inbox.StoredOperatorTable reads
// it). optable.DecodeSnapshot is a deterministic function of exactly these, so a hit
// returns the table a miss would restore, whichever L2 block the image was read at;
// an image that differs in any byte (a reorged version with the same number, say) has
// another key. Only successful restores are cached, and cached tables are immutable.
type tableCache struct {
	c            *lru.Cache[common.Hash, *optable.Table]
	hits, misses atomic.Uint64
}

func newTableCache(size int) *tableCache {
	c, err := lru.New[common.Hash, *optable.Table](size)
	if err != nil { // only for a non-positive size, which callers never pass
		return nil
	}
	return &tableCache{c: c}
}

// tableKey is keccak256("parley.derivation.table" || be64(L1 chain id) || registry || image).
func tableKey(avs attestation.AVS, img []byte) common.Hash {
	w := sha3.NewLegacyKeccak256()
	w.Write([]byte("parley.derivation.table"))
	var id [8]byte
	binary.BigEndian.PutUint64(id[:], avs.L1ChainID)
	w.Write(id[:])
	w.Write(avs.Registry[:])
	w.Write(img)
	var k common.Hash
	w.Sum(k[:0])
	return k
}

// restore returns optable.DecodeSnapshot(avs, img), through the cache.
func (tc *tableCache) restore(avs attestation.AVS, img []byte) (*optable.Table, error) {
	k := tableKey(avs, img)
	if t, ok := tc.c.Get(k); ok {
		tc.hits.Add(1)
		return t, nil
	}
	tc.misses.Add(1)
	t, err := optable.DecodeSnapshot(avs, img)
	if err != nil {
		return nil, err
	}
	tc.c.Add(k, t)
	return t, nil
}
