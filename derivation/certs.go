package derivation

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/parley-xyz/parley/interop/certificate"
)

// CertificatePostedID is topic 0 of ParleyCertificateInbox's
// CertificatePosted(address indexed submitter, bytes certificate) event
// (precompile/contracts/src/ParleyCertificateInbox.sol; the tests check it against the
// committed ABI in precompile/bindings).
var CertificatePostedID = crypto.Keccak256Hash([]byte("CertificatePosted(address,bytes)"))

// Reasons a log of the certificate inbox is skipped. Each names one rule; Skip.Reason
// wraps one.
var (
	// ErrCertLog: the log is not a CertificatePosted event: it does not have exactly
	// two topics, or its first topic is not the event's id.
	ErrCertLog = errors.New("derivation: certificate inbox log is not a CertificatePosted event")
	// ErrCertEncoding: the log names CertificatePosted but is not its strict encoding:
	// a submitter topic with non-zero high bytes, or data that is not exactly the ABI
	// encoding of one bytes value (offset word 0x20, length word, the bytes, zero
	// padding to a word, nothing after).
	ErrCertEncoding = errors.New("derivation: CertificatePosted log is not strictly encoded")
	// ErrCertSender: the submitter (the poster, msg.sender) is not allowed.
	ErrCertSender = errors.New("derivation: certificate submitter not allowed")
	// ErrCertTooLarge: the certificate is larger than the size bound.
	ErrCertTooLarge = errors.New("derivation: certificate too large")
	// ErrCertOverCap: the block already yielded MaxCerts certificates.
	ErrCertOverCap = errors.New("derivation: more certificates than allowed in one L1 block")
	// ErrCertDecode: the certificate fails certificate.Decode's strict decoding.
	ErrCertDecode = errors.New("derivation: certificate does not decode")
)

// Scanner finds the certificates posted in an L1 block: the CertificatePosted logs that
// the ParleyCertificateInbox contract at Inbox emitted in successful transactions, posted
// by allowed submitters, strictly decoded, at most MaxCerts per block. It reads the
// block's receipts only: no transaction, no signature recovery.
//
// The logs are trusted as the contract's because of their address: Inbox must hold
// ParleyCertificateInbox's code (as the registry address must hold the registry's), so
// that the submitter topic is the account that called post. A Scanner is read-only once
// built and safe for concurrent use.
type Scanner struct {
	// Inbox is the L1 address of the ParleyCertificateInbox contract.
	Inbox common.Address
	// Submitters are the accounts allowed to post certificates.
	Submitters map[common.Address]bool
	// MaxCerts bounds the certificates taken from one L1 block.
	MaxCerts int
	// MaxSize bounds a certificate's size in bytes (certificate.MaxSize if zero or
	// larger).
	MaxSize int
}

// Candidate is a decoded certificate and where it came from.
type Candidate struct {
	TxIndex   int                      // the position of its receipt in the block
	TxHash    common.Hash              // the transaction that posted it
	LogIndex  uint                     // the log's index in the block
	Submitter common.Address           // who posted it
	Cert      *certificate.Certificate // the certificate, strictly decoded
}

// Skip is a log of the certificate inbox that yielded no certificate.
type Skip struct {
	TxIndex  int         // the position of its receipt in the block
	TxHash   common.Hash // the log's transaction
	LogIndex uint        // the log's index in the block
	Reason   error       // wraps one of the ErrCert* errors
}

// String describes the skip for logs.
func (s Skip) String() string {
	return fmt.Sprintf("tx %d (%s) log %d: %v", s.TxIndex, s.TxHash, s.LogIndex, s.Reason)
}

// Scan returns the block's certificates in block order (receipt order, then log order
// within a receipt), and the certificate inbox's logs it skipped, with the reason.
// Receipts that are not successful are ignored (a failed L1 transaction has no logs),
// as are logs of other addresses. Every other log of Inbox yields exactly one candidate
// or one skip. Scan depends on nothing but its input and never panics.
func (s *Scanner) Scan(receipts types.Receipts) ([]Candidate, []Skip) {
	maxSize := s.MaxSize
	if maxSize <= 0 || maxSize > certificate.MaxSize {
		maxSize = certificate.MaxSize
	}
	var found []Candidate
	var skipped []Skip
	for i, r := range receipts {
		if r == nil || r.Status != types.ReceiptStatusSuccessful {
			continue
		}
		for _, lg := range r.Logs {
			if lg == nil || lg.Address != s.Inbox {
				continue
			}
			skip := func(err error) {
				skipped = append(skipped, Skip{TxIndex: i, TxHash: r.TxHash, LogIndex: lg.Index, Reason: err})
			}
			submitter, data, err := ParseCertificatePosted(lg)
			if err != nil {
				skip(err)
				continue
			}
			if !s.Submitters[submitter] {
				skip(fmt.Errorf("%w: %s", ErrCertSender, submitter))
				continue
			}
			if len(data) > maxSize {
				skip(fmt.Errorf("%w: %d bytes, at most %d", ErrCertTooLarge, len(data), maxSize))
				continue
			}
			if len(found) >= s.MaxCerts {
				skip(fmt.Errorf("%w: %d", ErrCertOverCap, s.MaxCerts))
				continue
			}
			c, err := certificate.Decode(data)
			if err != nil {
				skip(fmt.Errorf("%w: %w", ErrCertDecode, err))
				continue
			}
			found = append(found, Candidate{TxIndex: i, TxHash: r.TxHash, LogIndex: lg.Index, Submitter: submitter, Cert: c})
		}
	}
	return found, skipped
}

// ParseCertificatePosted strictly parses a CertificatePosted log: exactly two topics,
// the event id and the submitter as a left-padded address (the high 12 bytes zero), and
// data that is exactly abi.encode(bytes): the offset word 0x20, the length word, the
// bytes, zero padding to a whole word, and nothing after. It returns the submitter and
// the certificate bytes (a sub-slice of the log's data), or an error wrapping
// ErrCertLog or ErrCertEncoding. It does not check the log's address.
func ParseCertificatePosted(lg *types.Log) (common.Address, []byte, error) {
	if len(lg.Topics) != 2 {
		return common.Address{}, nil, fmt.Errorf("%w: %d topics", ErrCertLog, len(lg.Topics))
	}
	if lg.Topics[0] != CertificatePostedID {
		return common.Address{}, nil, fmt.Errorf("%w: topic %s", ErrCertLog, lg.Topics[0])
	}
	t := lg.Topics[1]
	if !allZero(t[:12]) {
		return common.Address{}, nil, fmt.Errorf("%w: submitter topic %s is not an address", ErrCertEncoding, t)
	}
	data, err := abiBytes(lg.Data)
	if err != nil {
		return common.Address{}, nil, err
	}
	return common.BytesToAddress(t[12:]), data, nil
}

// abiBytes returns the value of the strict ABI encoding of a single bytes value.
func abiBytes(d []byte) ([]byte, error) {
	if len(d) < 64 || len(d)%32 != 0 {
		return nil, fmt.Errorf("%w: %d bytes of data", ErrCertEncoding, len(d))
	}
	if !allZero(d[:31]) || d[31] != 0x20 {
		return nil, fmt.Errorf("%w: offset word %x", ErrCertEncoding, d[:32])
	}
	body := d[64:]
	if !allZero(d[32:56]) {
		return nil, fmt.Errorf("%w: length word %x", ErrCertEncoding, d[32:64])
	}
	n := binary.BigEndian.Uint64(d[56:64])
	// len(body) is a multiple of 32, so it is n padded to a word iff n <= len(body)
	// and fewer than 32 bytes of padding remain.
	if n > uint64(len(body)) || uint64(len(body))-n >= 32 {
		return nil, fmt.Errorf("%w: length %d in %d bytes of data", ErrCertEncoding, n, len(d))
	}
	if !allZero(body[n:]) {
		return nil, fmt.Errorf("%w: non-zero padding", ErrCertEncoding)
	}
	return body[:n], nil
}

func allZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}
