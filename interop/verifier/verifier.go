package verifier

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/holiman/uint256"
	"golang.org/x/crypto/sha3"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
)

// Rejection reasons. Every way a certificate can fail has its own error; errors from
// the certificate and optable packages (shape, unknown or misplaced non-signers,
// table window) are returned wrapped and can be tested with errors.Is as well.
var (
	ErrWrongAVS          = errors.New("verifier: certificate is for another AVS")
	ErrQuorumPolicy      = errors.New("verifier: certificate quorums differ from the policy's")
	ErrSnapshot          = errors.New("verifier: snapshot not usable")
	ErrNoSignedStake     = errors.New("verifier: no stake signed in a quorum")
	ErrThreshold         = errors.New("verifier: signed stake below the quorum threshold")
	ErrApkG2Mismatch     = errors.New("verifier: apkG2 is not the signers' aggregate G2 key")
	ErrDegenerateMessage = errors.New("verifier: digest hashes to the G1 generator")
	ErrHashToCurve       = errors.New("verifier: digest does not hash to G1")
	ErrBadSignature      = errors.New("verifier: signature does not verify")
)

// BasisPoints is the denominator of thresholds.
const BasisPoints = 10_000

// Threshold requires that at least BPS/10000 of an operator set's weight signed.
type Threshold struct {
	Quorum uint8  `json:"quorum"`
	BPS    uint16 `json:"bps"`
}

// Policy is what a verifier accepts: certificates of one AVS, over exactly these
// operator sets, each meeting its threshold.
type Policy struct {
	AVS        attestation.AVS `json:"avs"`
	Thresholds []Threshold     `json:"thresholds"`
}

// Validate checks the policy: at least one quorum, strictly ascending quorum numbers
// below optable.MaxQuorums, thresholds at most 10000 basis points.
func (p *Policy) Validate() error {
	if len(p.Thresholds) == 0 {
		return errors.New("verifier: policy has no quorums")
	}
	for i, t := range p.Thresholds {
		if t.Quorum >= optable.MaxQuorums {
			return fmt.Errorf("verifier: policy quorum %d out of range", t.Quorum)
		}
		if i > 0 && t.Quorum <= p.Thresholds[i-1].Quorum {
			return errors.New("verifier: policy quorums not strictly ascending")
		}
		if t.BPS > BasisPoints {
			return fmt.Errorf("verifier: quorum %d threshold %d bps exceeds %d", t.Quorum, t.BPS, BasisPoints)
		}
	}
	return nil
}

// Config configures a Verifier.
type Config struct {
	Policy Policy
	// HashCacheSize bounds the digest → hashed point cache (0: DefaultHashCacheSize,
	// negative: no cache).
	HashCacheSize int
	// SignerCacheSize bounds the signer-set cache (0: DefaultSignerCacheSize,
	// negative: no cache).
	SignerCacheSize int
}

// Cache defaults.
const (
	DefaultHashCacheSize   = 4096
	DefaultSignerCacheSize = 256
	// linesAfter is how many uses of a signer set make precomputing its pairing lines
	// worthwhile (precomputing costs about half a pairing and saves about a third of
	// one on every later check).
	linesAfter = 2
)

// Verifier checks certificates against a policy and operator-table versions. It is
// safe for concurrent use.
type Verifier struct {
	policy  Policy
	hashes  *lru.Cache[common.Hash, bls.G1Point]
	signers *lru.Cache[common.Hash, *signerEntry]
	stats   Stats
}

// Stats counts cache behaviour, for metrics.
type Stats struct {
	HashHits, HashMisses     atomic.Uint64
	SignerHits, SignerMisses atomic.Uint64
}

type signerEntry struct {
	set   *certificate.SignerSet
	uses  atomic.Int32
	lines atomic.Pointer[bls.Lines]
}

// New returns a verifier for cfg.
func New(cfg Config) (*Verifier, error) {
	if err := cfg.Policy.Validate(); err != nil {
		return nil, err
	}
	v := &Verifier{policy: cfg.Policy}
	var err error
	if n := orDefault(cfg.HashCacheSize, DefaultHashCacheSize); n > 0 {
		if v.hashes, err = lru.New[common.Hash, bls.G1Point](n); err != nil {
			return nil, err
		}
	}
	if n := orDefault(cfg.SignerCacheSize, DefaultSignerCacheSize); n > 0 {
		if v.signers, err = lru.New[common.Hash, *signerEntry](n); err != nil {
			return nil, err
		}
	}
	return v, nil
}

func orDefault(n, d int) int {
	if n == 0 {
		return d
	}
	return n
}

// Policy returns the verifier's policy.
func (v *Verifier) Policy() Policy { return v.policy }

// Stats returns the verifier's cache counters.
func (v *Verifier) Stats() *Stats { return &v.stats }

// checked is a certificate that passed every check but the pairing.
type checked struct {
	cert   *certificate.Certificate
	digest common.Hash
	h      bls.G1Point
	signer *signerEntry
}

// Verify checks one certificate. A nil result means a stake-weighted quorum of the
// AVS's operators, per the policy, signed the certificate's attestation.
func (v *Verifier) Verify(c *certificate.Certificate, tables optable.Source) error {
	ck, err := v.precheck(c, tables)
	if err != nil {
		return err
	}
	return v.pairing(ck)
}

// precheck runs every rule except the signature check itself, cheapest first.
func (v *Verifier) precheck(c *certificate.Certificate, tables optable.Source) (*checked, error) {
	if err := c.CheckShape(); err != nil {
		return nil, err
	}
	att := &c.Attestation
	if att.AVS != v.policy.AVS {
		return nil, fmt.Errorf("%w: %s, want %s", ErrWrongAVS, att.AVS, v.policy.AVS)
	}
	if len(c.Quorums) != len(v.policy.Thresholds) {
		return nil, fmt.Errorf("%w: %v", ErrQuorumPolicy, c.Quorums)
	}
	for i, t := range v.policy.Thresholds {
		if c.Quorums[i] != t.Quorum {
			return nil, fmt.Errorf("%w: %v", ErrQuorumPolicy, c.Quorums)
		}
	}
	table, err := tables.Table(att.Snapshot)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSnapshot, err)
	}
	if table.AVS() != v.policy.AVS || table.Snapshot() != att.Snapshot {
		return nil, fmt.Errorf("%w: source returned %s %s for %s", ErrSnapshot, table.AVS(), table.Snapshot(), att.Snapshot)
	}
	entry, err := v.signerSet(table, c)
	if err != nil {
		return nil, err
	}
	for i, qs := range entry.set.Quorums {
		if qs.Signed.IsZero() {
			return nil, fmt.Errorf("%w: quorum %d", ErrNoSignedStake, qs.Number)
		}
		// signed * 10000 >= total * bps, in 256-bit integers: weights are at most 96
		// bits and a snapshot has at most 4096 entries, so nothing overflows.
		var lhs, rhs uint256.Int
		lhs.Mul(&qs.Signed, uint256.NewInt(BasisPoints))
		rhs.Mul(&qs.Total, uint256.NewInt(uint64(v.policy.Thresholds[i].BPS)))
		if lhs.Lt(&rhs) {
			return nil, fmt.Errorf("%w: quorum %d signed %s of %s, need %d bps", ErrThreshold, qs.Number, qs.Signed.Dec(), qs.Total.Dec(), v.policy.Thresholds[i].BPS)
		}
	}
	if !c.ApkG2.Equal(entry.set.ApkG2) {
		return nil, ErrApkG2Mismatch
	}
	digest := att.Digest()
	h, err := v.hashToG1(digest)
	if err != nil {
		return nil, err
	}
	return &checked{cert: c, digest: digest, h: h, signer: entry}, nil
}

// signerSet returns the (possibly cached) signer set of c's quorums and non-signers in
// table. The cache key is the table's root (a commitment to every entry), the sets and
// the non-signers: nothing signed, so a cached entry is exactly what Signers would
// recompute.
func (v *Verifier) signerSet(table *optable.Table, c *certificate.Certificate) (*signerEntry, error) {
	if v.signers == nil {
		set, err := certificate.Signers(table, c.Quorums, c.NonSigners)
		if err != nil {
			return nil, err
		}
		return &signerEntry{set: set}, nil
	}
	key := signerKey(table, c)
	if e, ok := v.signers.Get(key); ok {
		v.stats.SignerHits.Add(1)
		return e, nil
	}
	v.stats.SignerMisses.Add(1)
	set, err := certificate.Signers(table, c.Quorums, c.NonSigners)
	if err != nil {
		return nil, err
	}
	e := &signerEntry{set: set}
	v.signers.Add(key, e)
	return e, nil
}

func signerKey(table *optable.Table, c *certificate.Certificate) common.Hash {
	w := sha3.NewLegacyKeccak256()
	tc := table.Root()
	w.Write(tc[:])
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(c.Quorums)))
	w.Write(n[:])
	w.Write(c.Quorums)
	for _, id := range c.NonSigners {
		w.Write(id[:])
	}
	var out common.Hash
	w.Sum(out[:0])
	return out
}

// hashToG1 hashes a digest with EigenLayer's try-and-increment, through the cache.
func (v *Verifier) hashToG1(digest common.Hash) (bls.G1Point, error) {
	if v.hashes != nil {
		if h, ok := v.hashes.Get(digest); ok {
			v.stats.HashHits.Add(1)
			return h, nil
		}
		v.stats.HashMisses.Add(1)
	}
	h, ok := bls.HashToG1(digest)
	if !ok {
		return bls.G1Point{}, ErrHashToCurve
	}
	// H(m) = G1 would make every public key a valid signature on m. Only a digest of 1
	// (mod p) hashes there; digests are keccak outputs, so this cannot happen unless
	// keccak is broken — the check keeps the rule unconditional.
	if h.Equal(bls.G1Generator()) {
		return bls.G1Point{}, ErrDegenerateMessage
	}
	if v.hashes != nil {
		v.hashes.Add(digest, h)
	}
	return h, nil
}

// lines returns the signer set's precomputed pairing lines once it has been used
// often enough to pay for them, nil before.
func (e *signerEntry) linesForUse() *bls.Lines {
	if l := e.lines.Load(); l != nil {
		return l
	}
	if e.uses.Add(1) < linesAfter {
		return nil
	}
	l := bls.PrecomputeLines(e.set.ApkG2)
	e.lines.Store(l)
	return l
}

// pairing runs the signature check of one prechecked certificate.
func (v *Verifier) pairing(ck *checked) error {
	ok, err := bls.CheckSignedPair(ck.cert.Sigma, ck.h, ck.signer.set.ApkG2, ck.signer.linesForUse())
	if err != nil || !ok {
		return ErrBadSignature
	}
	return nil
}

// quorums returns the policy's quorum numbers.
func (p *Policy) quorums() []uint8 {
	out := make([]uint8, len(p.Thresholds))
	for i, t := range p.Thresholds {
		out[i] = t.Quorum
	}
	return out
}
