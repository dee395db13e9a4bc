package precompile

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

func bigArg(a []any, i int) *big.Int {
	if i >= len(a) {
		return nil
	}
	v, _ := a[i].(*big.Int)
	return v
}

func u64Arg(a []any, i int) (uint64, bool) {
	if i >= len(a) {
		return 0, false
	}
	v, ok := a[i].(uint64)
	return v, ok
}

func hashArg(a []any, i int) (common.Hash, bool) {
	if i >= len(a) {
		return common.Hash{}, false
	}
	v, ok := a[i].([32]byte)
	return common.Hash(v), ok
}
