package derivation

import (
	"errors"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/parley-xyz/parley/interop/abiword"
	"github.com/parley-xyz/parley/interop/certificate"
)

// Bounds on one L1 block's certificates (interop/SPEC.md §8.3, §9). The certificate
// inbox enforces each on L1 too, so nothing it accepts is ever skipped by them; the hook
// applies them again so that its work stays bounded whatever the configured address
// holds.
const (
	// MaxCertsPerBlock is the most certificates taken from one L1 block.
	MaxCertsPerBlock = 16
	// MaxCertsPerSubmitterPerBlock is the most certificates one submitter may post in
	// one L1 block (enforced on L1 only: it is about fairness between submitters, not
	// about the hook's work).
	MaxCertsPerSubmitterPerBlock = 4
	// MaxSnapshotsPerBlock is the most distinct snapshots the certificates of one L1
	// block may name.
	MaxSnapshotsPerBlock = 2
)

// CertificatePostedID is topic 0 of ParleyCertificateInbox's
// CertificatePosted(address indexed submitter, bytes32 snapshotBlockHash, bytes certificate)
// event (node/avs/contracts; node/avs's tests check it against the compiled ABI).
var CertificatePostedID = crypto.Keccak256Hash([]byte("CertificatePosted(address,bytes32,bytes)"))

// Reasons a log of the certificate inbox yields no candidate. Each names one rule of
// SPEC §9; Skip.Reason wraps one.
var (
	// ErrCertLog: the log names CertificatePosted (its first topic is the event's id)
	// but does not have exactly two topics (rule 1). The inbox's other events
	// (SubmitterSet, ownership) are not certificates and are ignored, not skipped.
	ErrCertLog = errors.New("derivation: certificate inbox log is not a CertificatePosted event")
	// ErrCertEncoding: the log names CertificatePosted but is not its strict encoding:
	// a submitter topic with non-zero high bytes, or data that is not exactly
	// abi.encode(bytes32, bytes) (rules 2, 3).
	ErrCertEncoding = errors.New("derivation: CertificatePosted log is not strictly encoded")
	// ErrCertTooLarge: the certificate is larger than certificate.MaxSize (rule 4).
	ErrCertTooLarge = errors.New("derivation: certificate too large")
	// ErrCertOverCap: the block already yielded MaxCertsPerBlock candidates (rule 5).
	ErrCertOverCap = errors.New("derivation: more certificates than allowed in one L1 block")
	// ErrCertDecode: the certificate fails certificate.Decode's strict decoding
	// (rule 6).
	ErrCertDecode = errors.New("derivation: certificate does not decode")
)

// Scanner finds the certificates posted in an L1 block: the CertificatePosted logs that
// the ParleyCertificateInbox contract at Inbox emitted in successful transactions,
// strictly decoded, at most MaxCertsPerBlock per block (SPEC §9 rules 1–6). It reads
// the block's receipts only: no transaction, no signature recovery.
//
// The logs are trusted as the contract's because of their address: Inbox must hold
// ParleyCertificateInbox's code, so that every log comes from an allowed submitter,
// within the per-block bounds, and names a snapshot the publisher sealed, with that
// snapshot block's hash as L1 itself computed it. A Scanner is read-only and safe for
// concurrent use.
type Scanner struct {
	// Inbox is the L1 address of the ParleyCertificateInbox contract.
	Inbox common.Address
}

// Candidate is a decoded certificate and where it came from.
type Candidate struct {
	TxIndex   int         // the position of its receipt in the block
	TxHash    common.Hash // the transaction that posted it
	LogIndex  uint        // the log's index in the block
	Submitter common.Address
	// SnapshotBlockHash is the hash of the L1 block the certificate's snapshot was
	// sealed in, as the inbox read it on L1 (BLOCKHASH or EIP-2935).
	SnapshotBlockHash common.Hash
	Cert              *certificate.Certificate // strictly decoded
}

// Skip is a log of the certificate inbox that yielded no candidate, or a candidate
// that a later stage rejected.
type Skip struct {
	TxIndex  int         // the position of its receipt in the block
	TxHash   common.Hash // the log's transaction
	LogIndex uint        // the log's index in the block
	Reason   error
}

// String describes the skip for logs.
func (s Skip) String() string {
	return fmt.Sprintf("tx %d (%s) log %d: %v", s.TxIndex, s.TxHash, s.LogIndex, s.Reason)
}

// Scan returns the block's candidates in block order (receipt order, then log order
// within a receipt), and the inbox's logs it skipped, with the reason. Receipts that
// are not successful are ignored (a failed L1 transaction has no logs), as are logs of
// other addresses and the inbox's logs of other events (IsCertificateLog). Every
// other log of Inbox yields exactly one candidate or one skip.
// Scan depends on nothing but its input and never panics.
func (s *Scanner) Scan(receipts types.Receipts) ([]Candidate, []Skip) {
	var found []Candidate
	var skipped []Skip
	for i, r := range receipts {
		if r == nil || r.Status != types.ReceiptStatusSuccessful {
			continue
		}
		for _, lg := range r.Logs {
			if lg == nil || lg.Address != s.Inbox || !IsCertificateLog(lg) {
				continue
			}
			skip := func(err error) {
				skipped = append(skipped, Skip{TxIndex: i, TxHash: r.TxHash, LogIndex: lg.Index, Reason: err})
			}
			submitter, snapshotHash, data, err := ParseCertificatePosted(lg)
			if err != nil {
				skip(err)
				continue
			}
			if len(data) > certificate.MaxSize {
				skip(fmt.Errorf("%w: %d bytes, at most %d", ErrCertTooLarge, len(data), certificate.MaxSize))
				continue
			}
			if len(found) >= MaxCertsPerBlock {
				skip(fmt.Errorf("%w: %d", ErrCertOverCap, MaxCertsPerBlock))
				continue
			}
			c, err := certificate.Decode(data)
			if err != nil {
				skip(fmt.Errorf("%w: %w", ErrCertDecode, err))
				continue
			}
			found = append(found, Candidate{TxIndex: i, TxHash: r.TxHash, LogIndex: lg.Index, Submitter: submitter, SnapshotBlockHash: snapshotHash, Cert: c})
		}
	}
	return found, skipped
}

// IsCertificateLog reports whether a log names the CertificatePosted event: its first
// topic is the event's id. Only such logs of the inbox are certificates, valid or not.
func IsCertificateLog(lg *types.Log) bool {
	return len(lg.Topics) > 0 && lg.Topics[0] == CertificatePostedID
}

// ParseCertificatePosted strictly parses a CertificatePosted log: exactly two topics,
// the event id and the submitter as a left-padded address (the high 12 bytes zero), and
// data that is exactly abi.encode(bytes32 snapshotBlockHash, bytes certificate): the
// hash, the offset word 0x40, a length word below 2^32, the bytes, zero padding to a
// whole word, and nothing after. It returns the submitter, the snapshot block's hash
// and the certificate bytes (a sub-slice of the log's data), or an error wrapping
// ErrCertLog or ErrCertEncoding. It does not check the log's address.
func ParseCertificatePosted(lg *types.Log) (submitter common.Address, snapshotHash common.Hash, cert []byte, err error) {
	if len(lg.Topics) != 2 {
		return submitter, snapshotHash, nil, fmt.Errorf("%w: %d topics", ErrCertLog, len(lg.Topics))
	}
	if lg.Topics[0] != CertificatePostedID {
		return submitter, snapshotHash, nil, fmt.Errorf("%w: topic %s", ErrCertLog, lg.Topics[0])
	}
	a, ok := abiword.Address(lg.Topics[1][:])
	if !ok {
		return submitter, snapshotHash, nil, fmt.Errorf("%w: submitter topic %s is not an address", ErrCertEncoding, lg.Topics[1])
	}
	w := abiword.Word(lg.Data, 0)
	cert, end, err := abiword.Bytes(lg.Data, 1, 2*abiword.Size, math.MaxUint32)
	if err == nil {
		err = abiword.End(lg.Data, end)
	}
	if w == nil || err != nil {
		return submitter, snapshotHash, nil, fmt.Errorf("%w: data: %w", ErrCertEncoding, err)
	}
	return a, common.BytesToHash(w), cert, nil
}
