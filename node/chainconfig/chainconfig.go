// Package chainconfig is a Parley chain's consensus configuration: every setting that
// decides what a destination rollup's blocks contain, in one JSON object that travels
// with the chain — the "parley" object of both its rollup configuration (rollup.json,
// read by op-node) and its genesis chain configuration (genesis.json config.parley, read
// by op-geth) — so that every node of the chain derives with the same settings, and
// op-node refuses to start when op-geth's copy differs in any field.
//
// Changes are scheduled by L2 block time, as OP Stack hard forks are: a node deriving
// the block at time t uses the base settings overlaid with every upgrade whose time is at
// most t, whenever it derives it (a node re-deriving old blocks uses the old settings).
// Settings that L1 decides live on L1 instead and need no schedule: who may post
// certificates (the certificate inbox's allow-list) and the per-block bounds are enforced
// by ParleyCertificateInbox, so rotating a submitter is an L1 transaction that takes
// effect from its L1 block for every destination alike.
//
// Example:
//
//	"parley": {
//	  "activationTime": 1767225600,
//	  "l1ChainId": 1,
//	  "avs": "0x…", "publisher": "0x…", "certInbox": "0x…",
//	  "thresholds": [{"quorum": 0, "bps": 6667}],
//	  "window": 7200,
//	  "upgrades": [{"time": 1770000000, "thresholds": [{"quorum": 0, "bps": 7500}]}]
//	}
package chainconfig

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/interop/verifier"
)

// Parley is a chain's Parley configuration.
type Parley struct {
	// ActivationTime is the first L2 block time at which the inbox precompile exists and
	// the derivation hook derives deposits.
	ActivationTime uint64 `json:"activationTime"`
	// L1ChainID is the AVS's L1 chain (the chain the rollup derives from).
	L1ChainID uint64 `json:"l1ChainId"`
	// Settings are the settings in force from activation on, until an upgrade.
	Settings
	// Upgrades are scheduled changes, by strictly increasing L2 time after activation.
	Upgrades []Upgrade `json:"upgrades,omitempty"`
}

// Settings are the settings an upgrade may change.
type Settings struct {
	// AVS is the AVS's EigenLayer address (Parley's registrar contract) on L1.
	AVS common.Address `json:"avs"`
	// Publisher is the ParleyTablePublisher on L1.
	Publisher common.Address `json:"publisher"`
	// CertInbox is the ParleyCertificateInbox on L1.
	CertInbox common.Address `json:"certInbox"`
	// Thresholds are the per-operator-set thresholds a certificate must meet.
	Thresholds []verifier.Threshold `json:"thresholds"`
	// Window is how many L1 blocks a snapshot stays usable (1..8191).
	Window uint64 `json:"window"`
}

// Upgrade changes some settings from an L2 block time on; a zero or absent field keeps
// its value.
type Upgrade struct {
	Time       uint64               `json:"time"`
	AVS        *common.Address      `json:"avs,omitempty"`
	Publisher  *common.Address      `json:"publisher,omitempty"`
	CertInbox  *common.Address      `json:"certInbox,omitempty"`
	Thresholds []verifier.Threshold `json:"thresholds,omitempty"`
	Window     uint64               `json:"window,omitempty"`
}

// Decode strictly decodes a "parley" object: unknown fields, trailing data and invalid
// settings are errors.
func Decode(b []byte) (*Parley, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var p Parley
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("chainconfig: decoding the parley configuration: %w", err)
	}
	if dec.More() {
		return nil, errors.New("chainconfig: data after the parley configuration")
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return &p, nil
}

// Validate checks the configuration: an L1 chain, three distinct non-zero addresses,
// valid thresholds and window, in the base settings and after every upgrade, and
// upgrades strictly after activation and each other.
func (p *Parley) Validate() error {
	var errs []error
	if p.L1ChainID == 0 {
		errs = append(errs, errors.New("l1ChainId: not set"))
	}
	if err := p.Settings.validate(); err != nil {
		errs = append(errs, err)
	}
	last := p.ActivationTime
	for i, u := range p.Upgrades {
		if u.Time <= last {
			errs = append(errs, fmt.Errorf("upgrades[%d].time: %d is not after %d", i, u.Time, last))
		}
		last = u.Time
		s := p.At(u.Time)
		if err := s.validate(); err != nil {
			errs = append(errs, fmt.Errorf("upgrades[%d]: %w", i, err))
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("chainconfig: invalid parley configuration: %w", errors.Join(errs...))
	}
	return nil
}

func (s *Settings) validate() error {
	var errs []error
	zero := common.Address{}
	if s.AVS == zero || s.Publisher == zero || s.CertInbox == zero {
		errs = append(errs, errors.New("avs, publisher, certInbox: all required"))
	} else if s.AVS == s.Publisher || s.AVS == s.CertInbox || s.Publisher == s.CertInbox {
		errs = append(errs, errors.New("avs, publisher, certInbox: must differ"))
	}
	if s.Window == 0 || s.Window > optable.MaxSnapshotAge {
		errs = append(errs, fmt.Errorf("window: %d is not in 1..%d", s.Window, optable.MaxSnapshotAge))
	}
	if err := (&verifier.Policy{Thresholds: s.Thresholds}).Validate(); err != nil {
		errs = append(errs, fmt.Errorf("thresholds: %w", err))
	}
	return errors.Join(errs...)
}

// At returns the settings in force for the L2 block at time t (activation is the
// caller's concern): the base settings overlaid with every upgrade with Time <= t.
func (p *Parley) At(t uint64) Settings {
	s := p.Settings
	s.Thresholds = slices.Clone(s.Thresholds)
	for _, u := range p.Upgrades {
		if u.Time > t {
			break
		}
		if u.AVS != nil {
			s.AVS = *u.AVS
		}
		if u.Publisher != nil {
			s.Publisher = *u.Publisher
		}
		if u.CertInbox != nil {
			s.CertInbox = *u.CertInbox
		}
		if u.Thresholds != nil {
			s.Thresholds = slices.Clone(u.Thresholds)
		}
		if u.Window != 0 {
			s.Window = u.Window
		}
	}
	return s
}

// Mismatch is one field in which two configurations differ.
type Mismatch struct {
	Field string // e.g. "window", "upgrades[1].thresholds"
	A, B  string // the two values, as JSON
}

func (m Mismatch) String() string { return fmt.Sprintf("%s: %s vs %s", m.Field, m.A, m.B) }

// Diff returns every field in which a and b differ, by JSON name, in a fixed order.
func Diff(a, b *Parley) []Mismatch {
	var out []Mismatch
	diff(&out, "", reflect.ValueOf(*a), reflect.ValueOf(*b))
	return out
}

func diff(out *[]Mismatch, prefix string, a, b reflect.Value) {
	t := a.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Anonymous { // the embedded Settings: its fields at this level
			diff(out, prefix, a.Field(i), b.Field(i))
			continue
		}
		name := prefix + jsonName(f)
		va, vb := a.Field(i), b.Field(i)
		if f.Name == "Upgrades" {
			n := max(va.Len(), vb.Len())
			for j := 0; j < n; j++ {
				p := fmt.Sprintf("%s[%d].", name, j)
				switch {
				case j >= va.Len():
					*out = append(*out, Mismatch{Field: p[:len(p)-1], A: "absent", B: toJSON(vb.Index(j).Interface())})
				case j >= vb.Len():
					*out = append(*out, Mismatch{Field: p[:len(p)-1], A: toJSON(va.Index(j).Interface()), B: "absent"})
				default:
					diff(out, p, va.Index(j), vb.Index(j))
				}
			}
			continue
		}
		if ja, jb := toJSON(va.Interface()), toJSON(vb.Interface()); ja != jb {
			*out = append(*out, Mismatch{Field: name, A: ja, B: jb})
		}
	}
}

func jsonName(f reflect.StructField) string {
	tag := f.Tag.Get("json")
	if i := bytes.IndexByte([]byte(tag), ','); i >= 0 {
		tag = tag[:i]
	}
	if tag == "" {
		return f.Name
	}
	return tag
}

func toJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
