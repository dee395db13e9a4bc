package rollup

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Verifier is a second node of a rollup: its own op-geth, initialised from the same
// genesis, and op-node in verifier mode. Without peer-to-peer networking it learns
// blocks only by deriving them from L1, so its unsafe head is its safe head and every
// block it has was re-derived from the sequencer's batches: comparing its blocks with
// the sequencer's checks that both derive the same chain.
type Verifier struct {
	// Name is "<rollup> verifier <n>".
	Name string
	// L2URL, EngineURL and OpNodeURL are its op-geth's HTTP and engine endpoints and
	// its op-node's RPC; RPC and Client talk to L2URL, OpNode to OpNodeURL.
	L2URL, EngineURL, OpNodeURL string
	// OpNodeMetricsURL is its op-node's Prometheus endpoint.
	OpNodeMetricsURL string
	RPC              *rpc.Client
	Client           *ethclient.Client
	OpNode           *rpc.Client

	r       *Rollup
	geth    *process
	node    *process
	stopped sync.Once
}

// StartVerifier starts a verifier node of the rollup and returns once its op-node's
// RPC answers. The rollup's Stop stops it too.
func (r *Rollup) StartVerifier(ctx context.Context) (_ *Verifier, err error) {
	r.mu.Lock()
	n := len(r.verifiers) + 1
	r.mu.Unlock()
	v := &Verifier{Name: fmt.Sprintf("%s verifier %d", r.Name, n), r: r}
	defer func() {
		if err != nil {
			v.Stop()
			err = fmt.Errorf("rollup %s: verifier %d: %w", r.Name, n, err)
		}
	}()
	suffix := fmt.Sprintf("verifier%d", n)
	gethDir := filepath.Join(r.Dir, suffix+"-op-geth")
	if err := gethInit(ctx, r.cfg.Binaries.Geth, gethDir, r.GenesisPath); err != nil {
		return nil, err
	}
	v.geth = newProcess(r.Name+" "+suffix+" op-geth", r.cfg.Binaries.Geth, gethArgs(gethDir, r.JWTPath), r.logFile(suffix+"-op-geth"), r.cfg.Log)
	if v.L2URL, v.EngineURL, err = startGeth(ctx, v.geth, r.cfg.timeout()); err != nil {
		return nil, err
	}
	if v.RPC, err = rpc.DialContext(ctx, v.L2URL); err != nil {
		return nil, err
	}
	v.Client = ethclient.NewClient(v.RPC)
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	v.OpNodeURL = fmt.Sprintf("http://127.0.0.1:%d", port)
	metricsPort, err := freePort()
	if err != nil {
		return nil, err
	}
	v.OpNodeMetricsURL = fmt.Sprintf("http://127.0.0.1:%d/metrics", metricsPort)
	if v.OpNode, err = rpc.DialContext(ctx, v.OpNodeURL); err != nil {
		return nil, err
	}
	args := opNodeArgs(r.cfg.L1.URL, v.EngineURL, r.JWTPath, r.RollupPath, r.L1ConfigPath, port, metricsPort, false)
	v.node = newProcess(r.Name+" "+suffix+" op-node", r.cfg.Binaries.Node, args, r.logFile(suffix+"-op-node"), r.cfg.Log)
	if err := v.node.start(); err != nil {
		return nil, err
	}
	if err := waitRPC(ctx, v.OpNode, v.node, r.cfg.timeout()); err != nil {
		return nil, err
	}
	r.mu.Lock()
	r.verifiers = append(r.verifiers, v)
	r.mu.Unlock()
	r.logf("%s up: %s (op-node %s)", v.Name, v.L2URL, v.OpNodeURL)
	return v, nil
}

// SyncStatus returns the verifier's op-node's sync status.
func (v *Verifier) SyncStatus(ctx context.Context) (*eth.SyncStatus, error) {
	return syncStatus(ctx, v.OpNode)
}

// WaitSafe waits until the verifier's safe head is at least block n.
func (v *Verifier) WaitSafe(ctx context.Context, n uint64) (*eth.SyncStatus, error) {
	return waitStatus(ctx, v.OpNode, v.r.cfg.timeout(), v.r.logf, fmt.Sprintf("%s's safe head at block %d", v.Name, n),
		func(st *eth.SyncStatus) bool { return st.SafeL2.Number >= n }, []*process{v.geth, v.node}, []*process{v.node, v.geth})
}

// Stop stops the verifier's op-node and op-geth. It is safe to call more than once.
func (v *Verifier) Stop() {
	v.stopped.Do(func() {
		for _, p := range []*process{v.node, v.geth} {
			if p != nil {
				p.stop()
			}
		}
		for _, c := range []*rpc.Client{v.OpNode, v.RPC} {
			if c != nil {
				c.Close()
			}
		}
	})
}
