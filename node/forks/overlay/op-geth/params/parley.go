//go:build parleyoverlay

// Parley overlay file (parley-hooks/3): added to op-geth's params by `parley forks
// build`, next to the one-line edit of ChainConfig that adds the Parley field.

package params

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// ParleyConfig is a destination rollup's Parley configuration: the genesis
// "config.parley" object, the same object (same JSON schema, same values) as the
// rollup configuration's "parley" that op-node reads (github.com/parley-xyz/parley/
// node/chainconfig, which documents every field). For example:
//
//	"parley": {
//	  "activationTime": 1767225600, "l1ChainId": 1,
//	  "avs": "0x…", "publisher": "0x…", "certInbox": "0x…",
//	  "thresholds": [{"quorum": 0, "bps": 6667}], "window": 7200,
//	  "upgrades": [{"time": 1770000000, "thresholds": [{"quorum": 0, "bps": 7500}]}]
//	}
//
// It deliberately imports nothing from Parley (the Parley module depends on this
// package), so it mirrors chainconfig.Parley with plain types; a test in core/vm
// checks that both decode every document to the same values. Decoding is strict
// (unknown fields are errors). core/vm validates it with Parley's own rules and
// converts what the inbox needs, and cmd/geth refuses to start when it is invalid;
// op-node refuses to start unless its copy equals op-geth's in every field.
type ParleyConfig struct {
	// ActivationTime is the first block timestamp at which the inbox exists at its
	// address; before it the address is an ordinary empty account.
	ActivationTime uint64 `json:"activationTime"`
	// L1ChainID is the AVS's L1 chain.
	L1ChainID uint64 `json:"l1ChainId"`
	// ParleySettings are the settings in force from activation until an upgrade.
	ParleySettings
	// Upgrades change settings from an L2 block time on.
	Upgrades []ParleyUpgrade `json:"upgrades,omitempty"`
}

// ParleySettings are the settings an upgrade may change (chainconfig.Settings).
type ParleySettings struct {
	AVS        common.Address    `json:"avs"`       // the AVS's EigenLayer address (ParleyRegistrar) on L1
	Publisher  common.Address    `json:"publisher"` // the ParleyTablePublisher on L1
	CertInbox  common.Address    `json:"certInbox"` // the ParleyCertificateInbox on L1
	Thresholds []ParleyThreshold `json:"thresholds"`
	Window     uint64            `json:"window"` // L1 blocks a snapshot stays usable
}

// ParleyThreshold is one operator set's threshold in basis points (verifier.Threshold).
type ParleyThreshold struct {
	Quorum uint8  `json:"quorum"`
	BPS    uint16 `json:"bps"`
}

// ParleyUpgrade changes some settings from an L2 block time on; an absent field keeps
// its value (chainconfig.Upgrade).
type ParleyUpgrade struct {
	Time       uint64            `json:"time"`
	AVS        *common.Address   `json:"avs,omitempty"`
	Publisher  *common.Address   `json:"publisher,omitempty"`
	CertInbox  *common.Address   `json:"certInbox,omitempty"`
	Thresholds []ParleyThreshold `json:"thresholds,omitempty"`
	Window     uint64            `json:"window,omitempty"`
}

// UnmarshalJSON decodes strictly: an unknown field (a misspelt one, or one of an
// earlier version's) is an error, never silently ignored.
func (c *ParleyConfig) UnmarshalJSON(b []byte) error {
	type plain ParleyConfig
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var p plain
	if err := dec.Decode(&p); err != nil {
		return fmt.Errorf("config.parley: %w", err)
	}
	if dec.More() {
		return errors.New("config.parley: data after the object")
	}
	*c = ParleyConfig(p)
	return nil
}

// String describes the configuration for logs.
func (c *ParleyConfig) String() string {
	if c == nil {
		return "parley: not configured"
	}
	return fmt.Sprintf("parley: activation time %d, AVS %s on L1 chain %d, publisher %s, certificate inbox %s, thresholds %v, window %d, %d upgrade(s)",
		c.ActivationTime, c.AVS, c.L1ChainID, c.Publisher, c.CertInbox, c.Thresholds, c.Window, len(c.Upgrades))
}

// IsParley reports whether the Parley inbox is active at a block time.
func (c *ChainConfig) IsParley(time uint64) bool {
	return c.Parley != nil && time >= c.Parley.ActivationTime
}
