package aggregator

import (
	"context"
	"fmt"
	"net/url"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/parley-xyz/parley/node/avsapi"
)

// operatorClient is an operator daemon over JSON-RPC (avsapi's parleyOperator namespace).
type operatorClient struct {
	name   string
	client *rpc.Client
}

// DialOperator returns a client of the operator daemon at rawURL (HTTP connects lazily).
func DialOperator(ctx context.Context, rawURL string) (Operator, error) {
	c, err := rpc.DialContext(ctx, rawURL)
	if err != nil {
		return nil, fmt.Errorf("operator %s: %w", redact(rawURL), err)
	}
	return &operatorClient{name: redact(rawURL), client: c}, nil
}

// redact keeps a URL's scheme and host: credentials, paths and queries often hold keys.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "operator"
	}
	return u.Scheme + "://" + u.Host
}

func (o *operatorClient) Name() string { return o.name }

func (o *operatorClient) SignRange(ctx context.Context, req avsapi.RangeRequest) (*avsapi.Signed, error) {
	var s avsapi.Signed
	if err := o.client.CallContext(ctx, &s, avsapi.OperatorNamespace+"_signRange", req); err != nil {
		return nil, err
	}
	return &s, nil
}

func (o *operatorClient) Status(ctx context.Context) (*avsapi.OperatorStatus, error) {
	var s avsapi.OperatorStatus
	if err := o.client.CallContext(ctx, &s, avsapi.OperatorNamespace+"_status"); err != nil {
		return nil, err
	}
	if s.Version != avsapi.Version {
		return nil, fmt.Errorf("%w: %d", avsapi.ErrVersion, s.Version)
	}
	return &s, nil
}

// Close closes the connection.
func (o *operatorClient) Close() { o.client.Close() }
