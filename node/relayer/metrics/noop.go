package metrics

import (
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"

	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
)

type noopMetrics struct {
	txmetrics.NoopTxMetrics
	opmetrics.NoopRPCMetrics
}

// NoopMetrics records nothing.
var NoopMetrics Metricer = new(noopMetrics)

func (*noopMetrics) RecordInfo(string) {}
func (*noopMetrics) RecordUp()         {}
func (*noopMetrics) StartBalanceMetrics(log.Logger, *ethclient.Client, common.Address) io.Closer {
	return nil
}
func (*noopMetrics) RecordScan(uint64, uint64, uint64)        {}
func (*noopMetrics) RecordScanError(uint64)                   {}
func (*noopMetrics) RecordPending(uint64, int, time.Duration) {}
func (*noopMetrics) RecordRelayed(uint64, time.Duration)      {}
func (*noopMetrics) RecordAlreadyRelayed(uint64)              {}
func (*noopMetrics) RecordFailure(uint64, string)             {}
func (*noopMetrics) RecordDropped(uint64, string)             {}
func (*noopMetrics) RecordHealthy(bool)                       {}
