package precompile

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// Errors Run returns. The op-geth glue maps ErrOutOfGas to the EVM's out-of-gas error
// (all gas consumed) and *RevertError to a revert with data (remaining gas returned).
var ErrOutOfGas = errors.New("precompile: out of gas")

// RevertError is a revert with ABI-encoded custom-error data.
type RevertError struct {
	Name string // the IParleyInbox error
	Data []byte // selector and arguments
}

func (e *RevertError) Error() string { return "precompile: execution reverted: " + e.Name }

// method binds one ABI method to its Go implementation and call rules. Whether it
// writes (and so is refused in a static context) is the ABI's to say: every method
// that is not view writes state or emits logs.
type method struct {
	// system: only SystemSender may call it.
	system bool
	run    func(in *Inbox, args []any) ([]any, error)
	// hand, if set, names the method's hand-written codecs (see callHand), which Run
	// uses instead of the ABI and run.
	hand handCodec
}

// handCodec names a method with hand-written codecs for its arguments and result.
type handCodec uint8

const (
	noHand handCodec = iota
	handValidateMessage
	handIsValidMessage
)

// methods maps ABI method names to implementations. Argument types are asserted after
// abi.ConvertType, so a mismatch between the Solidity interface and this table fails
// the tests, never a node. Methods with hand-written codecs keep run as the reference
// the tests compare them to (TestHandCodecLayout pins the layout they assume).
var methods = map[string]method{
	"validateMessage": {run: func(in *Inbox, a []any) ([]any, error) {
		id, h, p, err := messageArgs(a)
		if err != nil {
			return nil, err
		}
		sum, err := in.ValidateMessage(id, h, p)
		return []any{sum}, err
	}, hand: handValidateMessage},
	"isValidMessage": {run: func(in *Inbox, a []any) ([]any, error) {
		id, h, p, err := messageArgs(a)
		if err != nil {
			return nil, err
		}
		ok, err := in.IsValidMessage(id, h, p)
		return []any{ok}, err
	}, hand: handIsValidMessage},
	"certifiedRange": {run: func(in *Inbox, a []any) ([]any, error) {
		chain := bigArg(a, 0)
		block, ok := u64Arg(a, 1)
		if chain == nil || !ok {
			return nil, revert("InvalidInput")
		}
		r, err := in.CertifiedRange(chain, block)
		return []any{r.FromBlock, r.ToBlock, r.LastBlockHash, r.MessageRoot}, err
	}},
	"latestCertifiedBlock": {run: func(in *Inbox, a []any) ([]any, error) {
		chain := bigArg(a, 0)
		if chain == nil {
			return nil, revert("InvalidInput")
		}
		b, ok, err := in.LatestCertifiedBlock(chain)
		return []any{b, ok}, err
	}},
	"latestSnapshot": {run: func(in *Inbox, _ []any) ([]any, error) {
		s, err := in.LatestSnapshot()
		return []any{s.Block, s.Root}, err
	}},
	"operatorSetWeight": {run: func(in *Inbox, a []any) ([]any, error) {
		id, ok := u32Arg(a, 0)
		if !ok {
			return nil, revert("InvalidInput")
		}
		w, err := in.OperatorSetWeight(id)
		return []any{w}, err
	}},
	"recordRange": {system: true, run: func(in *Inbox, a []any) ([]any, error) {
		chain := bigArg(a, 0)
		from, ok1 := u64Arg(a, 1)
		to, ok2 := u64Arg(a, 2)
		last, ok3 := hashArg(a, 3)
		root, ok4 := hashArg(a, 4)
		if chain == nil || !ok1 || !ok2 || !ok3 || !ok4 {
			return nil, revert("InvalidInput")
		}
		return nil, in.RecordRange(chain, from, to, last, root)
	}},
	"recordSnapshot": {system: true, run: func(in *Inbox, a []any) ([]any, error) {
		block, ok1 := u64Arg(a, 0)
		root, ok2 := hashArg(a, 1)
		ids, ok3 := argAt[[]uint32](a, 2)
		weights, ok4 := argAt[[]*big.Int](a, 3)
		if !ok1 || !ok2 || !ok3 || !ok4 {
			return nil, revert("InvalidInput")
		}
		return nil, in.RecordSnapshot(block, root, ids, weights)
	}},
}

// dispatchEntry is a method of the ABI with its implementation.
type dispatchEntry struct {
	abi *abi.Method
	// write: the method writes state or emits logs (it is not view in the ABI), so a
	// static context refuses it.
	write bool
	method
}

// dispatch maps the selectors of the ABI's methods to them (the same lookup as
// ABI.MethodById followed by methods[name], without a map walk and a copy of the
// method per call). It is built when the package loads and refuses to load if the
// ABI and the Go methods differ either way.
var dispatch = func() map[[4]byte]*dispatchEntry {
	d, err := newDispatch(ABI, methods)
	if err != nil {
		panic(err)
	}
	return d
}()

// newDispatch binds every method of an ABI to its implementation; it fails if a
// method of the ABI has none, or an implementation has no method in the ABI.
func newDispatch(a abi.ABI, impls map[string]method) (map[[4]byte]*dispatchEntry, error) {
	out := make(map[[4]byte]*dispatchEntry, len(impls))
	for name, am := range a.Methods {
		impl, ok := impls[name]
		if !ok {
			return nil, fmt.Errorf("precompile: ABI method %s has no implementation", name)
		}
		out[[4]byte(am.ID)] = &dispatchEntry{abi: &am, write: !am.IsConstant(), method: impl}
	}
	for name := range impls {
		if _, ok := a.Methods[name]; !ok {
			return nil, fmt.Errorf("precompile: method %s is not in the ABI", name)
		}
	}
	return out, nil
}

// Run executes one call to the inbox: the call rules, gas for dispatch and input,
// argument decoding, the method, and result encoding. Before activation the address is
// an empty account: the call succeeds, returns nothing and costs nothing.
func Run(cfg *Config, env Environment, input []byte) ([]byte, error) {
	return execute(cfg, env, input, true)
}

// execute is Run. With hand false, every method decodes its arguments and encodes its
// result with go-ethereum's reflective ABI codec, even where Run uses hand-written
// codecs: the tests compare the two.
func execute(cfg *Config, env Environment, input []byte, hand bool) ([]byte, error) {
	if !cfg.Active(env.BlockTime()) {
		return nil, nil
	}
	ret, err := run(cfg, env, input, hand)
	if err == nil {
		return ret, nil
	}
	if errors.Is(err, errOutOfGas) {
		return nil, ErrOutOfGas
	}
	var r *Revert
	if errors.As(err, &r) {
		return revertData(r.Name, r.Args...), &RevertError{Name: r.Name, Data: revertData(r.Name, r.Args...)}
	}
	// Corrupt state or an encoding failure: refuse the call.
	return nil, &RevertError{Name: "InvalidInput", Data: revertData("InvalidInput")}
}

// run applies the call rules, charges dispatch gas and runs the method.
func run(cfg *Config, env Environment, input []byte, hand bool) ([]byte, error) {
	if t := env.CallType(); t == DelegateCall || t == CallCode {
		return nil, revert("DelegateCallForbidden")
	}
	if !env.Value().IsZero() {
		return nil, revert("ValueNotAccepted")
	}
	if len(input) > MaxInput {
		return nil, revert("InvalidInput")
	}
	if !env.UseGas(GasDispatch + GasInputWord*words(len(input))) {
		return nil, errOutOfGas
	}
	if len(input) < 4 {
		return nil, revert("InvalidInput")
	}
	impl, ok := dispatch[[4]byte(input[:4])]
	if !ok {
		return nil, revert("InvalidInput")
	}
	if impl.write && env.ReadOnly() {
		return nil, revert("WriteInStaticContext")
	}
	if impl.system && env.Caller() != SystemSender {
		return nil, revert("NotSystemSender")
	}
	if hand && impl.hand != noHand {
		return callHand(cfg, env, impl.hand, input[4:])
	}
	return callABI(NewInbox(cfg, env), impl.abi, impl.run, input[4:])
}

// callABI runs a method with go-ethereum's ABI codec: it decodes the arguments (data,
// the call data after the selector), runs the method, encodes its result and commits.
func callABI(in *Inbox, am *abi.Method, run func(*Inbox, []any) ([]any, error), data []byte) ([]byte, error) {
	args, err := unpack(am, data)
	if err != nil {
		return nil, revert("InvalidInput")
	}
	out, err := run(in, args)
	if err != nil {
		return nil, err
	}
	var ret []byte
	if len(am.Outputs) > 0 {
		if ret, err = am.Outputs.Pack(out...); err != nil {
			return nil, fmt.Errorf("precompile: packing %s: %w", am.Name, err)
		}
		if err := in.m.use(GasOutputWord * words(len(ret))); err != nil {
			return nil, err
		}
	}
	in.Commit()
	return ret, nil
}

// callHand is callABI for the methods with hand-written codecs, which decode and
// encode exactly as the ABI codec does (the tests compare them on arbitrary input).
// It calls the methods directly, so that the inbox need not escape to the heap.
func callHand(cfg *Config, env Environment, hand handCodec, data []byte) ([]byte, error) {
	in := Inbox{cfg: cfg, env: env, m: newMeter(env)}
	c, ok := decodeMessageCall(data)
	if !ok {
		return nil, revert("InvalidInput")
	}
	var ret []byte
	switch hand {
	case handValidateMessage:
		if c.wide {
			return nil, revert("IdentifierOutOfRange")
		}
		sum, err := in.validateMessage(&c.msg, c.proof)
		if err != nil {
			return nil, err
		}
		ret = sum.Bytes()
	case handIsValidMessage:
		valid := false
		if !c.wide { // an identifier out of range is not a valid message
			var err error
			if valid, err = in.isValidMessage(&c.msg, c.proof); err != nil {
				return nil, err
			}
		}
		ret = encodeBool(valid)
	default:
		return nil, fmt.Errorf("precompile: no hand-written codecs for %d", hand)
	}
	if err := in.m.use(GasOutputWord * words(len(ret))); err != nil {
		return nil, err
	}
	in.Commit()
	return ret, nil
}

// unpack decodes call arguments. go-ethereum's ABI decoder is third-party code on a
// consensus path: a panic in it on hostile input becomes an invalid-input revert.
func unpack(m *abi.Method, data []byte) (args []any, err error) {
	defer func() {
		if r := recover(); r != nil {
			args, err = nil, fmt.Errorf("precompile: ABI decoder panic: %v", r)
		}
	}()
	return m.Inputs.Unpack(data)
}

func messageArgs(a []any) (Identifier, common.Hash, []byte, error) {
	if len(a) != 3 {
		return Identifier{}, common.Hash{}, nil, revert("InvalidInput")
	}
	id, ok1 := abi.ConvertType(a[0], new(Identifier)).(*Identifier)
	h, ok2 := hashArg(a, 1)
	p, ok3 := a[2].([]byte)
	if !ok1 || !ok2 || !ok3 {
		return Identifier{}, common.Hash{}, nil, revert("InvalidInput")
	}
	return *id, h, p, nil
}
