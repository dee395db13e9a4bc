package operator

import (
	"context"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/parley-xyz/parley/node/avsapi"
	"github.com/parley-xyz/parley/node/operator/metrics"
)

// API is the operator's JSON-RPC service, namespace parleyOperator (node/avsapi):
// signRange answers the aggregator's requests, status reports the operator's state.
type API struct {
	attester *Attester
}

// NewAPI returns the API of an attester.
func NewAPI(a *Attester) *API { return &API{attester: a} }

// RPC returns the API as a go-ethereum rpc.API.
func (api *API) RPC() rpc.API {
	return rpc.API{Namespace: avsapi.OperatorNamespace, Service: api}
}

// SignRange is parleyOperator_signRange: the operator recomputes the range from its own
// source endpoint against the requested snapshot, which it must see sealed on L1, and
// signs it if the range is on the grid and at or below its head and protection allows.
// Refusals are *Error (a JSON-RPC error with a code and the reason as data).
func (api *API) SignRange(ctx context.Context, req avsapi.RangeRequest) (*avsapi.Signed, error) {
	if err := req.Check(); err != nil {
		return nil, api.attester.refuse(&Error{Code: CodeInvalidRequest, Reason: metrics.ReasonBadRequest, Err: err})
	}
	if id := api.attester.source.ChainID(); req.SourceChainID != id {
		return nil, api.attester.refuse(fail(CodeInvalidRequest, metrics.ReasonWrongChain,
			"operator: this operator attests source chain %d, not %d", id, req.SourceChainID))
	}
	snap := req.Snapshot
	return api.attester.Attest(ctx, req.FromBlock, req.ToBlock, &snap)
}

// Status is parleyOperator_status.
func (api *API) Status() (*avsapi.OperatorStatus, error) {
	return api.attester.Status()
}
