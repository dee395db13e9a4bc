package precompile

import (
	"bytes"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// methodSpec describes one method for the declarative tests: how to set up state, the
// call, whether the method writes or is system-only, and its golden gas (the gas the
// successful call uses with cold storage, first call in a transaction).
type methodSpec struct {
	name   string
	setup  func(t testing.TB, h *harness)
	input  func(t testing.TB) []byte
	write  bool // writes state or emits logs: refused in a static context
	stores bool // changes state (not only logs)
	system bool
	gas    uint64
	logs   int
	check  func(t testing.TB, ret []byte)
}

// The state every case starts from: one certified range, and one recorded snapshot.
var (
	caseRange    = func() *certifiedSet { return newCertifiedSet(&testing.T{}, 100, 163, 16) }()
	caseSnapshot = snapshotArgs{l1Block: 50, root: common.Hash{0x5a}, ids: []uint32{0, 3}, weights: []*big.Int{big.NewInt(1000), new(big.Int).Lsh(big.NewInt(3), 100)}}
)

func setupState(t testing.TB, h *harness) {
	h.system(caseRange.recordInput(t))
	h.system(caseSnapshot.input(t))
	h.newTx()
}

func methodSpecs() []methodSpec {
	msg := caseRange.msgs[700] // block 143
	return []methodSpec{
		{name: "validateMessage", write: true, logs: 1, gas: goldenGas["validateMessage"],
			input: func(t testing.TB) []byte { return caseRange.validateInput(t, 700) }},
		{name: "isValidMessage", gas: goldenGas["isValidMessage"],
			input: func(t testing.TB) []byte {
				return pack(t, "isValidMessage", abiID(msg), [32]byte(msg.PayloadHash), caseRange.proof(t, 700))
			},
			check: func(t testing.TB, ret []byte) {
				if !unpackOut(t, "isValidMessage", ret)[0].(bool) {
					t.Fatal("isValidMessage: false")
				}
			}},
		{name: "certifiedRange", gas: goldenGas["certifiedRange"],
			input: func(t testing.TB) []byte { return pack(t, "certifiedRange", bigU(srcChain), uint64(150)) },
			check: func(t testing.TB, ret []byte) {
				if out := unpackOut(t, "certifiedRange", ret); out[0].(uint64) != 100 || out[1].(uint64) != 163 {
					t.Fatalf("certifiedRange: %v", out)
				}
			}},
		{name: "latestCertifiedBlock", gas: goldenGas["latestCertifiedBlock"],
			input: func(t testing.TB) []byte { return pack(t, "latestCertifiedBlock", bigU(srcChain)) },
			check: func(t testing.TB, ret []byte) {
				if out := unpackOut(t, "latestCertifiedBlock", ret); out[0].(uint64) != 163 || !out[1].(bool) {
					t.Fatalf("latestCertifiedBlock: %v", out)
				}
			}},
		{name: "latestSnapshot", gas: goldenGas["latestSnapshot"],
			input: func(t testing.TB) []byte { return pack(t, "latestSnapshot") },
			check: func(t testing.TB, ret []byte) {
				if out := unpackOut(t, "latestSnapshot", ret); out[0].(uint64) != 50 || out[1].([32]byte) != [32]byte(caseSnapshot.root) {
					t.Fatalf("latestSnapshot: %v", out)
				}
			}},
		{name: "operatorSetWeight", gas: goldenGas["operatorSetWeight"],
			input: func(t testing.TB) []byte { return pack(t, "operatorSetWeight", uint32(3)) },
			check: func(t testing.TB, ret []byte) {
				if w := unpackOut(t, "operatorSetWeight", ret)[0].(*big.Int); w.Cmp(caseSnapshot.weights[1]) != 0 {
					t.Fatalf("operatorSetWeight(3) = %v", w)
				}
			}},
		{name: "recordRange", write: true, stores: true, system: true, logs: 1, gas: goldenGas["recordRange"],
			input: func(t testing.TB) []byte {
				return pack(t, "recordRange", bigU(srcChain), uint64(164), uint64(170), [32]byte{1}, [32]byte{2})
			}},
		{name: "recordSnapshot", write: true, stores: true, system: true, logs: 1, gas: goldenGas["recordSnapshot"],
			input: func(t testing.TB) []byte {
				return snapshotArgs{l1Block: 60, root: common.Hash{0x6a}, ids: []uint32{0, 3, 7}, weights: []*big.Int{big.NewInt(1000), big.NewInt(5), big.NewInt(7)}}.input(t)
			}},
	}
}

// goldenGas pins the price of every method's successful path. A change here is a
// change of the chain's gas schedule: deliberate, reviewed, and activated by a fork.
var goldenGas = map[string]uint64{
	"validateMessage":      7458,
	"isValidMessage":       5053,
	"certifiedRange":       10621,
	"latestCertifiedBlock": 2212,
	"latestSnapshot":       4309,
	"operatorSetWeight":    4309,
	"recordRange":          95667,
	"recordSnapshot":       94920,
}

// callCase is one row of the declarative table.
type callCase struct {
	spec     methodSpec
	caller   common.Address
	callType CallType
	readOnly bool
	value    uint64
	time     uint64
	gas      uint64
	// expectations
	wantErr   string // custom error, "OutOfGas", or "" for success
	wantGas   uint64 // gas used; for OutOfGas, all of it
	wantLogs  int
	wantState bool // whether state changes
}

func (c callCase) String() string {
	return fmt.Sprintf("%s/caller=%s/%s/readOnly=%v/value=%d/time=%d/gas=%d", c.spec.name, callerName(c.caller), c.callType, c.readOnly, c.value, c.time, c.gas)
}

func callerName(a common.Address) string {
	if a == SystemSender {
		return "system"
	}
	return "other"
}

// expand builds every combination for one method, with the outcome the call rules
// dictate.
func expand(s methodSpec) []callCase {
	var out []callCase
	dispatch := GasDispatch + GasInputWord*words(len(s.input(&testing.T{})))
	for _, caller := range []common.Address{SystemSender, {0x77}} {
		for _, ct := range []CallType{Call, StaticCall, DelegateCall, CallCode} {
			for _, ro := range []bool{false, true} {
				if ct == StaticCall && !ro {
					continue // a STATICCALL frame is always read-only
				}
				for _, value := range []uint64{0, 1} {
					for _, time := range []uint64{testCfg.ActivationTime - 1, testCfg.ActivationTime} {
						c := callCase{spec: s, caller: caller, callType: ct, readOnly: ro, value: value, time: time}
						switch {
						case time < testCfg.ActivationTime:
							// An empty account: success, nothing happens.
						case ct == DelegateCall || ct == CallCode:
							c.wantErr = "DelegateCallForbidden"
						case value != 0:
							c.wantErr = "ValueNotAccepted"
						case s.write && ro:
							c.wantErr, c.wantGas = "WriteInStaticContext", dispatch
						case s.system && caller != SystemSender:
							c.wantErr, c.wantGas = "NotSystemSender", dispatch
						default:
							c.wantGas, c.wantLogs, c.wantState = s.gas, s.logs, s.stores
							// Exactly enough gas succeeds; one less runs out.
							ok := c
							ok.gas = s.gas
							out = append(out, ok)
							short := c
							short.gas = s.gas - 1
							short.wantErr, short.wantGas, short.wantLogs, short.wantState = "OutOfGas", s.gas-1, 0, false
							out = append(out, short)
							continue
						}
						c.gas = 10_000_000
						out = append(out, c)
					}
				}
			}
		}
	}
	return out
}

func TestDeclarativeCalls(t *testing.T) {
	n := 0
	for _, spec := range methodSpecs() {
		for _, c := range expand(spec) {
			n++
			t.Run(c.String(), func(t *testing.T) {
				h := newHarness(t)
				setupState(t, h)
				input := c.spec.input(t)
				h.caller, h.callType, h.readOnly, h.time = c.caller, c.callType, c.readOnly, c.time
				h.value = uint256.NewInt(c.value)
				rootBefore := h.sdb.IntermediateRoot(true)
				r := h.call(input, c.gas)
				if got := revertName(r.err); got != c.wantErr {
					t.Fatalf("error %q, want %q", got, c.wantErr)
				}
				if c.wantErr != "" && c.wantErr != "OutOfGas" {
					var re *RevertError
					if !asRevert(r.err, &re) || !bytes.Equal(re.Data[:4], errID(c.wantErr)) {
						t.Fatalf("revert data does not carry %s", c.wantErr)
					}
				}
				if r.gasUsed != c.wantGas {
					t.Fatalf("gas used %d, want %d", r.gasUsed, c.wantGas)
				}
				if len(r.logs) != c.wantLogs {
					t.Fatalf("%d logs, want %d", len(r.logs), c.wantLogs)
				}
				if changed := h.sdb.IntermediateRoot(true) != rootBefore; changed != c.wantState {
					t.Fatalf("state changed: %v, want %v", changed, c.wantState)
				}
				switch {
				case c.time < testCfg.ActivationTime || c.wantErr != "":
					if len(r.ret) != 0 && c.wantErr == "" {
						t.Fatalf("inactive inbox returned %x", r.ret)
					}
				case c.spec.check != nil:
					c.spec.check(t, r.ret)
				}
			})
		}
	}
	t.Logf("%d cases", n)
}

func errID(name string) []byte { id := ABI.Errors[name].ID; return id[:4] }
