package sim

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/verifier"
)

// fmtDur prints a duration with about three significant digits.
func fmtDur(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return fmt.Sprintf("%.0fµs", float64(d)/float64(time.Microsecond))
	case d < 100*time.Millisecond:
		return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond))
	case d < time.Second:
		return fmt.Sprintf("%.0fms", float64(d)/float64(time.Millisecond))
	default:
		return fmt.Sprintf("%.2fs", d.Seconds())
	}
}

func fmtBPS(bps uint64) string { return fmt.Sprintf("%d.%02d%%", bps/100, bps%100) }

func fmtPct(f float64) string { return fmt.Sprintf("%.4g%%", 100*f) }

// fmtRatio prints signed/total as a percentage, rounded down to 0.01%.
func fmtRatio(s *certificate.QuorumStake) string {
	if s.Total.IsZero() {
		return "0 of 0"
	}
	num := new(big.Int).Mul(s.Signed.ToBig(), big.NewInt(verifier.BasisPoints))
	bps := num.Div(num, s.Total.ToBig()).Uint64()
	return fmtBPS(bps)
}

// fmtInt groups the digits of a decimal integer in threes.
func fmtInt(s string) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	pre := len(s) % 3
	if pre > 0 {
		b.WriteString(s[:pre])
	}
	for i := pre; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// short abbreviates a hash as 0x1234…cdef.
func short(h common.Hash) string {
	s := h.Hex()
	return s[:6] + "…" + s[len(s)-4:]
}
