package precompile

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// argAt returns decoded argument i as a T.
func argAt[T any](a []any, i int) (T, bool) {
	if i >= len(a) {
		var zero T
		return zero, false
	}
	v, ok := a[i].(T)
	return v, ok
}

func bigArg(a []any, i int) *big.Int {
	v, _ := argAt[*big.Int](a, i)
	return v
}

func u64Arg(a []any, i int) (uint64, bool) { return argAt[uint64](a, i) }

func u32Arg(a []any, i int) (uint32, bool) { return argAt[uint32](a, i) }

func hashArg(a []any, i int) (common.Hash, bool) {
	v, ok := argAt[[32]byte](a, i)
	return common.Hash(v), ok
}
