package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// PrintTable writes the devnet's chains, endpoints, contracts and keys to w.
func (d *Devnet) PrintTable(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CHAIN\tID\tJSON-RPC (op-geth)\top-node\top-batcher\tPARLEY")
	if d.L1 != nil {
		fmt.Fprintf(tw, "L1\t%d\t%s\t-\t-\tEigenLayer core + Parley's AVS\n", L1ChainID, d.L1.L1.URL)
	}
	for _, c := range d.Chains() {
		when := "active at genesis"
		if c.Parley != nil && c.Parley.ActivationTime != c.Chain.Rollup.Genesis.L2Time {
			when = fmt.Sprintf("active from time %d", c.Parley.ActivationTime)
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\n", c.Name, c.ChainID, c.L2URL, c.OpNodeURL, c.BatcherURL, when)
	}
	tw.Flush()
	fmt.Fprintln(w)

	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CONTRACT\tCHAIN\tADDRESS")
	if d.L1 != nil {
		a := d.L1.AVS.Addresses
		fmt.Fprintf(tw, "ParleyRegistrar (the AVS)\tL1\t%s\n", a.Registrar)
		fmt.Fprintf(tw, "ParleyTablePublisher\tL1\t%s\n", a.Publisher)
		fmt.Fprintf(tw, "ParleyCertificateInbox\tL1\t%s\n", a.Inbox)
	}
	fmt.Fprintf(tw, "ParleyMessenger\tevery rollup\t%s\n", d.Messenger)
	fmt.Fprintf(tw, "relay target\tevery rollup\t%s\n", d.Target)
	tw.Flush()
	fmt.Fprintln(w)

	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DAEMON\tFOR\tENDPOINT\tLOG")
	for _, c := range d.Chains() {
		if c.Aggregator != nil {
			fmt.Fprintf(tw, "aggregator\tsource %s\t%s\t%s\n", c.Name, c.AggregatorURL, d.logPath(c.Name+"-aggregator"))
			for i, u := range c.OperatorURLs {
				fmt.Fprintf(tw, "operator %d\tsource %s\t%s\t%s\n", i, c.Name, u, d.logPath(fmt.Sprintf("%s-operator-%d", c.Name, i)))
			}
		}
	}
	for _, c := range d.Chains() {
		if c.Relayer != nil {
			fmt.Fprintf(tw, "relayer\tdestination %s\t%s\t%s\n", c.Name, c.RelayerURL, d.logPath(c.Name+"-relayer"))
		}
	}
	tw.Flush()
	fmt.Fprintln(w)

	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "KEY (devnet only: public)\tADDRESS\tPRIVATE KEY\tFUNDED ON")
	key := func(name string, k *ecdsa.PrivateKey, where string) {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", name, crypto.PubkeyToAddress(k.PublicKey), hexutil.Encode(crypto.FromECDSA(k)), where)
	}
	key("user (sends messages)", d.User, "A, B, C")
	key("deployer", d.Deployer, "A, B, C")
	for _, n := range []string{"A", "B", "C"} {
		key("relayer on "+n, d.RelayerKeys[n], "A, B, C")
	}
	if d.L1 != nil {
		key("AVS owner (publishes snapshots)", d.L1.Owner.Key(), "L1")
		for i, s := range d.L1.Submitters {
			key(fmt.Sprintf("submitter of aggregator %c", 'A'+i), s.Key(), "L1")
		}
		for i, op := range d.L1.Operators {
			key(fmt.Sprintf("operator %d (%d tokens)", i, Weights[i]), op.Account.Key(), "L1")
		}
	}
	tw.Flush()
	if d.cfg.LogDir != "" {
		fmt.Fprintf(w, "\nlogs: %s\n", d.cfg.LogDir)
	}
}

// KeepFresh republishes the AVS's snapshot every interval until ctx ends, so that the
// aggregators keep a snapshot younger than the window while the devnet runs on.
func (d *Devnet) KeepFresh(ctx context.Context, interval time.Duration) {
	for sleep(ctx, interval) == nil {
		p, err := d.L1.AVS.Publish(ctx, d.L1.Owner, 0)
		if err != nil {
			if ctx.Err() == nil {
				d.Timeline.Event(StepWaiting, "republishing the snapshot failed: %s", strings.TrimSpace(err.Error()))
			}
			continue
		}
		d.Timeline.Event(StepRegistering, "published a new snapshot at L1 block %d", p.Snapshot.Block)
	}
}
