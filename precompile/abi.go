package precompile

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// The inbox's ABI comes from the compiled Solidity interface (IParleyInbox.sol), the
// single source of truth for selectors, argument layouts, events and errors.
//
//go:embed artifacts/IParleyInbox.json
var inboxArtifact []byte

// ABI is the inbox's ABI.
var ABI = func() abi.ABI {
	var art struct {
		ABI json.RawMessage `json:"abi"`
	}
	if err := json.Unmarshal(inboxArtifact, &art); err != nil {
		panic(fmt.Sprintf("precompile: bad embedded artifact: %v", err))
	}
	a, err := abi.JSON(strings.NewReader(string(art.ABI)))
	if err != nil {
		panic(fmt.Sprintf("precompile: bad embedded ABI: %v", err))
	}
	return a
}()

// revertData returns the ABI encoding of custom error name with args. Every name and
// argument list used is exercised by the tests; should one ever fail to encode, the
// bare selector is returned rather than failing the call differently.
func revertData(name string, args ...any) []byte {
	e, ok := ABI.Errors[name]
	if !ok {
		e = ABI.Errors["InvalidInput"]
		args = nil
	}
	sel := append([]byte{}, e.ID[:4]...)
	data, err := e.Inputs.Pack(args...)
	if err != nil {
		return sel
	}
	return append(sel, data...)
}
