package chainconfig

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/verifier"
)

const sample = `{
  "activationTime": 100, "l1ChainId": 900,
  "avs": "0x00000000000000000000000000000000000000aa",
  "publisher": "0x00000000000000000000000000000000000000bb",
  "certInbox": "0x00000000000000000000000000000000000000cc",
  "thresholds": [{"quorum": 0, "bps": 6667}], "window": 64,
  "upgrades": [
    {"time": 200, "thresholds": [{"quorum": 0, "bps": 7500}]},
    {"time": 300, "window": 32, "certInbox": "0x00000000000000000000000000000000000000dd"}
  ]
}`

func TestDecodeAndSchedule(t *testing.T) {
	p, err := Decode([]byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		t      uint64
		bps    uint16
		window uint64
		inbox  byte
	}{{100, 6667, 64, 0xcc}, {199, 6667, 64, 0xcc}, {200, 7500, 64, 0xcc}, {299, 7500, 64, 0xcc}, {300, 7500, 32, 0xdd}, {1 << 40, 7500, 32, 0xdd}} {
		s := p.At(c.t)
		if s.Thresholds[0].BPS != c.bps || s.Window != c.window || s.CertInbox[19] != c.inbox || s.AVS[19] != 0xaa {
			t.Errorf("at %d: %+v", c.t, s)
		}
	}
	// At never aliases the configuration's slices.
	p.At(250).Thresholds[0].BPS = 1
	if p.At(250).Thresholds[0].BPS != 7500 {
		t.Fatal("At returned a slice of the configuration")
	}
}

func TestDecodeRejects(t *testing.T) {
	for name, c := range map[string]struct{ from, to, want string }{
		"unknown field":       {`"window": 64,`, `"window": 64, "registry": "0x01",`, "unknown field"},
		"no l1 chain":         {`"l1ChainId": 900`, `"l1ChainId": 0`, "l1ChainId"},
		"window 0":            {`"window": 64`, `"window": 0`, "window"},
		"window too long":     {`"window": 64`, `"window": 8192`, "window"},
		"same addresses":      {`00000000000000000000000000000000000000bb`, `00000000000000000000000000000000000000aa`, "must differ"},
		"no thresholds":       {`"thresholds": [{"quorum": 0, "bps": 6667}]`, `"thresholds": []`, "thresholds"},
		"upgrade before":      {`"time": 200`, `"time": 100`, "upgrades[0].time"},
		"upgrades unordered":  {`"time": 300`, `"time": 150`, "upgrades[1].time"},
		"bad upgrade window":  {`"time": 300, "window": 32`, `"time": 300, "window": 9000`, "upgrades[1]"},
		"trailing data":       {"\n}", "\n} {}", "after"},
		"threshold above 100": {`"bps": 7500`, `"bps": 10001`, "upgrades[0]"},
	} {
		_, err := Decode([]byte(strings.Replace(sample, c.from, c.to, 1)))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", name, err, c.want)
		}
	}
}

func TestDiffNamesEveryField(t *testing.T) {
	a, _ := Decode([]byte(sample))
	if d := Diff(a, a); len(d) != 0 {
		t.Fatalf("a config differs from itself: %v", d)
	}
	for field, mutate := range map[string]func(p *Parley){
		"activationTime":   func(p *Parley) { p.ActivationTime++ },
		"l1ChainId":        func(p *Parley) { p.L1ChainID++ },
		"avs":              func(p *Parley) { p.AVS[0] = 1 },
		"publisher":        func(p *Parley) { p.Publisher[0] = 1 },
		"certInbox":        func(p *Parley) { p.CertInbox[0] = 1 },
		"thresholds":       func(p *Parley) { p.Thresholds = []verifier.Threshold{{Quorum: 0, BPS: 5000}} },
		"window":           func(p *Parley) { p.Window++ },
		"upgrades[0].time": func(p *Parley) { p.Upgrades[0].Time++ },
		"upgrades[0].thresholds": func(p *Parley) {
			p.Upgrades[0].Thresholds = []verifier.Threshold{{Quorum: 1, BPS: 1}}
		},
		"upgrades[1].window":    func(p *Parley) { p.Upgrades[1].Window++ },
		"upgrades[1].certInbox": func(p *Parley) { x := common.Address{9}; p.Upgrades[1].CertInbox = &x },
		"upgrades[1].avs":       func(p *Parley) { x := common.Address{9}; p.Upgrades[1].AVS = &x },
		"upgrades[2]":           func(p *Parley) { p.Upgrades = append(p.Upgrades, Upgrade{Time: 400, Window: 1}) },
	} {
		b, _ := Decode([]byte(sample))
		mutate(b)
		d := Diff(a, b)
		if len(d) != 1 || d[0].Field != field {
			t.Errorf("%s: diff %v", field, d)
		}
	}
}
