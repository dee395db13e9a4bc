package metrics

import (
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"

	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
)

type noopMetrics struct {
	txmetrics.NoopTxMetrics
}

// NoopMetrics records nothing.
var NoopMetrics Metricer = new(noopMetrics)

func (*noopMetrics) RecordInfo(string) {}
func (*noopMetrics) RecordUp()         {}
func (*noopMetrics) StartBalanceMetrics(log.Logger, *ethclient.Client, common.Address) io.Closer {
	return nil
}
func (*noopMetrics) RecordScanned(uint64)                          {}
func (*noopMetrics) RecordCertificateSeen()                        {}
func (*noopMetrics) RecordCertificateSkipped(string)               {}
func (*noopMetrics) RecordHistory(int)                             {}
func (*noopMetrics) RecordConflict()                               {}
func (*noopMetrics) RecordOffenceSkipped(string, int)              {}
func (*noopMetrics) RecordEvidenceSubmitted()                      {}
func (*noopMetrics) RecordEvidenceConfirmed(int, uint64, *big.Int) {}
func (*noopMetrics) RecordEvidenceFailed(string, uint64, *big.Int) {}
func (*noopMetrics) RecordPending(int)                             {}
