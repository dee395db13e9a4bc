package derivation

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/parley-xyz/parley/interop/certificate"
)

// Reasons a transaction to the certificate inbox is skipped. Each names one rule.
var (
	ErrCertTxFailed   = errors.New("derivation: certificate transaction failed on L1")
	ErrCertSender     = errors.New("derivation: certificate sender not allowed")
	ErrCertTooLarge   = errors.New("derivation: certificate calldata too large")
	ErrCertOverCap    = errors.New("derivation: more certificates than allowed in one L1 block")
	ErrCertDecode     = errors.New("derivation: certificate does not decode")
	ErrReceiptsLength = errors.New("derivation: receipts do not match the block's transactions")
)

// Scanner finds the certificates posted in an L1 block: calldata of successful
// transactions sent to the certificate inbox by allowed submitters (the batch-inbox
// pattern), strictly decoded, at most MaxCerts per block.
type Scanner struct {
	Inbox      common.Address
	Submitters map[common.Address]bool
	MaxCerts   int
	// MaxSize bounds a certificate's calldata (certificate.MaxSize if zero).
	MaxSize int
	// Signer recovers L1 senders (types.LatestSignerForChainID(l1ChainID)).
	Signer types.Signer
}

// Candidate is a decoded certificate and where it came from.
type Candidate struct {
	TxIndex int
	TxHash  common.Hash
	Cert    *certificate.Certificate
}

// Skip is a transaction to the certificate inbox that yielded no certificate.
type Skip struct {
	TxIndex int
	TxHash  common.Hash
	Reason  error
}

func (s Skip) String() string { return fmt.Sprintf("tx %d (%s): %v", s.TxIndex, s.TxHash, s.Reason) }

// Scan returns the block's certificates in transaction order, and the transactions to
// the inbox it skipped, with the reason. It depends on nothing but its input. An error
// means the receipts do not belong to the transactions (a fetch inconsistency, to be
// retried), never that the data is invalid.
func (s *Scanner) Scan(txs types.Transactions, receipts types.Receipts) ([]Candidate, []Skip, error) {
	if len(txs) != len(receipts) {
		return nil, nil, fmt.Errorf("%w: %d transactions, %d receipts", ErrReceiptsLength, len(txs), len(receipts))
	}
	maxSize := s.MaxSize
	if maxSize == 0 || maxSize > certificate.MaxSize {
		maxSize = certificate.MaxSize
	}
	var found []Candidate
	var skipped []Skip
	for i, tx := range txs {
		if tx == nil {
			return nil, nil, fmt.Errorf("%w: transaction %d missing", ErrReceiptsLength, i)
		}
		if !isTo(tx, s.Inbox) {
			continue
		}
		skip := func(err error) { skipped = append(skipped, Skip{TxIndex: i, TxHash: tx.Hash(), Reason: err}) }
		if receipts[i] == nil {
			return nil, nil, fmt.Errorf("%w: receipt %d missing", ErrReceiptsLength, i)
		}
		if receipts[i].TxHash != tx.Hash() {
			return nil, nil, fmt.Errorf("%w: receipt %d is for %s, not %s", ErrReceiptsLength, i, receipts[i].TxHash, tx.Hash())
		}
		if receipts[i].Status != types.ReceiptStatusSuccessful {
			skip(ErrCertTxFailed)
			continue
		}
		from, err := types.Sender(s.Signer, tx)
		if err != nil {
			skip(fmt.Errorf("%w: %w", ErrCertSender, err))
			continue
		}
		if !s.Submitters[from] {
			skip(fmt.Errorf("%w: %s", ErrCertSender, from))
			continue
		}
		if len(tx.Data()) > maxSize {
			skip(fmt.Errorf("%w: %d bytes", ErrCertTooLarge, len(tx.Data())))
			continue
		}
		if len(found) >= s.MaxCerts {
			skip(ErrCertOverCap)
			continue
		}
		c, err := certificate.Decode(tx.Data())
		if err != nil {
			skip(fmt.Errorf("%w: %w", ErrCertDecode, err))
			continue
		}
		found = append(found, Candidate{TxIndex: i, TxHash: tx.Hash(), Cert: c})
	}
	return found, skipped, nil
}
