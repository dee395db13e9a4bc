package metrics

import (
	"io"
	"math/big"
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
func (*noopMetrics) RecordSignatureReceived(string)                  {}
func (*noopMetrics) RecordSignatureRejected(string, string)          {}
func (*noopMetrics) RecordEarlyBuffered(int)                         {}
func (*noopMetrics) RecordEarlyUsed(int)                             {}
func (*noopMetrics) RecordQuorum(time.Duration)                      {}
func (*noopMetrics) RecordPosted(uint64, int, int, uint64, *big.Int) {}
func (*noopMetrics) RecordPostFailed(uint64, *big.Int)               {}
func (*noopMetrics) RecordBacklog(uint64)                            {}
func (*noopMetrics) RecordPending(uint64, uint64)                    {}
func (*noopMetrics) RecordHalted(bool)                               {}
