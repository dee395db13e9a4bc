package relayer

import (
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// hashOf is the hash of the message a test log carries.
func hashOf(nonce int64, msg string) common.Hash {
	return (&SentMessage{Source: srcChain, Destination: big.NewInt(destChain), Target: target, Nonce: big.NewInt(nonce), Sender: alice, Message: []byte(msg)}).Hash()
}

func pendingOf(d *Driver) int {
	n := 0
	for _, s := range d.Status().Sources {
		n += s.Pending
	}
	return n
}

// TestDriver follows messages from the source to the destination: seen when their
// block is safe, relayed once their block is certified (and not before), each once;
// a message to another destination and another contract's log are never picked up.
func TestDriver(t *testing.T) {
	w := newWorld(t, 30)
	w.src.setSafe(9)
	w.src.emit(3, sentLog(messenger, destChain, 0, "a"), sentLog(messenger, 903, 1, "elsewhere"), sentLog(common.Address{1}, destChain, 2, "impostor"))
	w.src.emit(5, sentLog(messenger, destChain, 3, "b"), sentLog(messenger, destChain, 4, "c"))
	w.src.emit(12, sentLog(messenger, destChain, 5, "d"))
	d := manual(w.driver("a", testConfig()))

	settle(d)
	st := d.Status().Sources[0]
	if st.NextBlock != 10 || st.Head != 9 || st.Pending != 3 || st.Certified != 0 || st.AnyCertified || w.dest.sent != 0 {
		t.Fatalf("after the first scan: %+v", st)
	}
	// Block 3 certified: its message is relayed, block 5's wait.
	w.inbox.certify(t, w.src, 1, 4)
	settle(d)
	if w.dest.deliveries(hashOf(0, "a")) != 1 || w.dest.deliveries(hashOf(3, "b")) != 0 || pendingOf(d) != 2 {
		t.Fatalf("after certifying 1..4: %+v", d.Status())
	}
	// The source's safe head moves on; blocks up to 20 certified.
	w.src.setSafe(25)
	w.inbox.certify(t, w.src, 5, 20)
	settle(d)
	for _, h := range []common.Hash{hashOf(0, "a"), hashOf(3, "b"), hashOf(4, "c"), hashOf(5, "d")} {
		if w.dest.deliveries(h) != 1 {
			t.Fatalf("message %s delivered %d times", h, w.dest.deliveries(h))
		}
	}
	st = d.Status().Sources[0]
	if st.Pending != 0 || st.NextBlock != 26 || st.ScanLag != 0 || st.LatestCertified != 20 || !d.Status().Healthy {
		t.Fatalf("at the end: %+v", d.Status())
	}
	if w.dest.sent != 4 {
		t.Fatalf("%d transactions for 4 messages", w.dest.sent)
	}
	// Nothing more happens.
	settle(d)
	if w.dest.sent != 4 {
		t.Fatal("a message was sent again")
	}
}

// TestDriverRestart: a restarted relayer resumes from its progress file: it neither
// rescans the blocks it scanned nor forgets the messages it had not relayed.
func TestDriverRestart(t *testing.T) {
	w := newWorld(t, 30)
	w.src.setSafe(14)
	w.src.emit(6, sentLog(messenger, destChain, 0, "early"))
	w.src.emit(11, sentLog(messenger, destChain, 1, "late"))
	d := manual(w.driver("a", testConfig()))
	w.inbox.certify(t, w.src, 1, 8)
	settle(d)
	d.cancel()

	raw, err := os.ReadFile(filepath.Join(w.dir, "a.json"))
	if err != nil {
		t.Fatal(err)
	}
	var p Progress
	if err := json.Unmarshal(raw, &p); err != nil {
		t.Fatal(err)
	}
	sp := p.Source(srcChain)
	if p.Destination != destChain || p.Messenger != messenger || sp.Next != 15 || len(sp.Pending) != 1 || sp.Pending[0].Block != 11 || sp.Pending[0].Hash != hashOf(1, "late") {
		t.Fatalf("progress %s", raw)
	}

	queries := len(w.src.scanned())
	w.src.setSafe(20)
	d2 := manual(w.driver("a", testConfig()))
	w.inbox.certify(t, w.src, 9, 20)
	settle(d2)
	for _, q := range w.src.scanned()[queries:] {
		if q[0] < 15 {
			t.Fatalf("rescanned from block %d", q[0])
		}
	}
	if w.dest.deliveries(hashOf(1, "late")) != 1 || w.dest.deliveries(hashOf(0, "early")) != 1 || pendingOf(d2) != 0 {
		t.Fatalf("after the restart: %+v", d2.Status())
	}

	// Another relayer's file is refused.
	if _, err := NewStore(filepath.Join(w.dir, "a.json")).Load(903, messenger); err == nil || !strings.Contains(err.Error(), "another file") {
		t.Fatalf("other destination's file: %v", err)
	}
}

// TestDriverBatchesAndBackoff: log queries shrink until the node answers and grow
// back; a failing scan and a failing relay are retried only after their backoff; a
// message the certified chain does not have is dropped.
func TestDriverBatchesAndBackoff(t *testing.T) {
	w := newWorld(t, 200)
	w.src.failOver = 30 // the node refuses queries over 30 blocks
	w.src.emit(150, sentLog(messenger, destChain, 0, "far"))
	cfg := testConfig()
	cfg.Backoff = fixedBackoff(10 * time.Second)
	d := manual(w.driver("a", cfg))

	// 100 blocks fail, 50 fail, 25 pass, then 50 again fail...: each failure waits.
	for i := 0; i < 40 && d.Status().Sources[0].NextBlock < 200; i++ {
		settle(d)
		w.clock.AdvanceTime(10 * time.Second)
	}
	if st := d.Status().Sources[0]; st.NextBlock != 200 || st.Pending != 1 {
		t.Fatalf("scan did not finish: %+v", st)
	}
	for _, q := range w.src.scanned() {
		if q[1]-q[0]+1 > 30 {
			t.Fatalf("query %v over the node's limit answered", q)
		}
	}

	// The node is down for a while: no scan before the backoff elapses.
	w.src.failOver = 0
	w.src.grow(20)
	w.src.setSafe(210)
	w.src.fail = 1
	settle(d)
	if st := d.Status().Sources[0]; st.LastError == "" || st.NextBlock != 200 {
		t.Fatalf("failed scan: %+v", st)
	}
	settle(d) // within the backoff: nothing
	if st := d.Status().Sources[0]; st.NextBlock != 200 {
		t.Fatal("scanned during the backoff")
	}
	w.clock.AdvanceTime(10 * time.Second)
	settle(d)
	if st := d.Status().Sources[0]; st.NextBlock != 211 || st.LastError != "" {
		t.Fatalf("after the backoff: %+v", st)
	}

	// The target refuses: retried after the backoff, delivered once it accepts.
	w.inbox.certify(t, w.src, 1, 210)
	w.dest.refuse = true
	settle(d)
	settle(d)
	if w.dest.sent != 0 || pendingOf(d) != 1 {
		t.Fatal("sent while the target refuses")
	}
	w.dest.refuse = false
	settle(d) // still backing off
	if w.dest.deliveries(hashOf(0, "far")) != 0 {
		t.Fatal("retried before the backoff")
	}
	w.clock.AdvanceTime(10 * time.Second)
	settle(d)
	if w.dest.deliveries(hashOf(0, "far")) != 1 || pendingOf(d) != 0 {
		t.Fatalf("after the backoff: %+v", d.Status())
	}
}

type fixedBackoff time.Duration

func (f fixedBackoff) Duration(int) time.Duration { return time.Duration(f) }

// TestDriverReorg: when the last scanned block changes, the last blocks are scanned
// again and a message in a re-made block is found; a message reorged out before its
// block was certified is dropped.
func TestDriverReorg(t *testing.T) {
	w := newWorld(t, 40)
	w.src.setSafe(20)
	w.src.emit(18, sentLog(messenger, destChain, 0, "reorged out"))
	d := manual(w.driver("a", testConfig()))
	settle(d)
	if pendingOf(d) != 1 {
		t.Fatal("message not seen")
	}
	w.src.reorg(16)
	w.src.emit(17, sentLog(messenger, destChain, 0, "instead"))
	settle(d)
	st := d.Status().Sources[0]
	if st.NextBlock != 21 || st.Pending != 2 {
		t.Fatalf("after the reorg: %+v", st)
	}
	w.inbox.certify(t, w.src, 1, 20)
	settle(d)
	if w.dest.deliveries(hashOf(0, "instead")) != 1 || pendingOf(d) != 0 {
		t.Fatalf("after certification: %+v", d.Status())
	}
}

// TestDriverLoopAndHealth runs the driver's own loop on the injected clock, and reads
// its health: unhealthy while a certified message waits longer than the limit (the
// target refuses it) and while the scan lags, healthy again once relayed.
func TestDriverLoopAndHealth(t *testing.T) {
	w := newWorld(t, 40)
	w.src.setSafe(10)
	w.src.emit(4, sentLog(messenger, destChain, 0, "x"))
	w.inbox.certify(t, w.src, 1, 8)
	w.dest.refuse = true
	cfg := testConfig()
	cfg.Backoff = fixedBackoff(30 * time.Second)
	d := w.driver("a", cfg)
	if d.Status().Healthy {
		t.Fatal("healthy before the first scan")
	}
	if err := d.Start(); err != nil {
		t.Fatal(err)
	}
	defer d.Stop()
	eventually(t, "the first step", func() bool {
		return d.Status().Sources[0].LastScan != time.Time{} && d.Status().Sources[0].Certified == 1
	})
	if !d.Status().Healthy {
		t.Fatalf("not healthy: %v", d.Status().Problems)
	}
	srv := httptest.NewServer(HealthHandler(d.Status))
	defer srv.Close()
	get := func() int {
		res, err := http.Get(srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if get() != http.StatusOK {
		t.Fatal("healthz not 200")
	}
	// Two minutes later the message still waits: unhealthy.
	for i := 0; i < 120; i++ {
		w.clock.AdvanceTime(time.Second)
	}
	eventually(t, "unhealthy", func() bool { return !d.Status().Healthy })
	if p := d.Status().Problems; len(p) != 1 || !strings.Contains(p[0], "certified message has waited") {
		t.Fatalf("problems %v", p)
	}
	if get() != http.StatusServiceUnavailable {
		t.Fatal("healthz not 503")
	}
	w.dest.refuse = false
	eventually(t, "relayed and healthy", func() bool {
		w.clock.AdvanceTime(time.Second)
		return d.Status().Healthy && pendingOf(d) == 0
	})
	d.Stop()
	d.Stop() // idempotent
}

// TestScanLag: a relayer more blocks behind its source's head than the limit is
// unhealthy until it catches up.
func TestScanLag(t *testing.T) {
	w := newWorld(t, 120)
	cfg := testConfig()
	cfg.MaxBlockRange = 2 // 32 blocks per step
	d := manual(w.driver("a", cfg))
	settle(d)
	st := d.Status()
	if st.Healthy || st.Sources[0].ScanLag != 120-32 || !strings.Contains(st.Problems[0], "88 blocks behind its head (limit 50)") {
		t.Fatalf("%+v", st)
	}
	settle(d)
	settle(d)
	if st := d.Status(); !st.Healthy || st.Sources[0].ScanLag != 120-96 {
		t.Fatalf("%+v", st)
	}
}
