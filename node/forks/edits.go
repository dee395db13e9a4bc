package forks

// Marker ends every line Parley changes inside an upstream file, so a reviewer (and
// `parley forks check`) can find each one.
const Marker = "// parley"

// HookVersion names the hook interface the edits and overlay files implement. Overlay
// files carry it, so `parley forks check` can tell a tree patched for another version.
const HookVersion = "parley-hooks/2"

// Edit is one change to an upstream file: Old must occur exactly once in the pristine
// file and is replaced by New. Anchors are a few lines of real context, so an
// upstream change that moves or rewrites the code makes the edit fail loudly instead
// of landing somewhere else.
type Edit struct {
	Tree string // "op-geth" or "optimism"
	File string // path inside the tree
	Why  string
	Old  string
	New  string
}

// Edits are all the changes Parley makes inside upstream files. Everything else is in
// new files (overlay/) or in this repository.
var Edits = []Edit{
	// --- op-geth: the stateful precompile at the four dispatch sites ---
	{
		Tree: "op-geth", File: "core/vm/evm.go",
		Why: "look the inbox up before the fork's precompile map, from its activation time",
		Old: `func (evm *EVM) precompile(addr common.Address) (PrecompiledContract, bool) {
	p, ok := evm.precompiles[addr]`,
		New: `func (evm *EVM) precompile(addr common.Address) (PrecompiledContract, bool) {
	if p, ok := evm.parleyPrecompile(addr); ok { // parley
		return p, true // parley
	} // parley
	p, ok := evm.precompiles[addr]`,
	},
	callSite("Call", `		ret, gas, err = RunPrecompiledContract(stateDB, p, addr, input, gas, evm.Config.Tracer)
	} else {
		// Initialise a new contract and set the code that is to be used by the EVM.
		code := evm.resolveCode(addr)`, "caller, addr, input, gas, value, parleyCall, evm.readOnly"),
	callSite("CallCode", `		ret, gas, err = RunPrecompiledContract(stateDB, p, addr, input, gas, evm.Config.Tracer)
	} else {
		// Initialise a new contract and set the code that is to be used by the EVM.
		// The contract is a scoped environment for this execution context only.
		contract := NewContract(caller, caller, value, gas, evm.jumpDests)`, "caller, addr, input, gas, value, parleyCallCode, evm.readOnly"),
	callSite("DelegateCall", `		ret, gas, err = RunPrecompiledContract(stateDB, p, addr, input, gas, evm.Config.Tracer)
	} else {
		// Initialise a new contract and make initialise the delegate values`, "caller, addr, input, gas, value, parleyDelegateCall, evm.readOnly"),
	callSite("StaticCall", `		ret, gas, err = RunPrecompiledContract(stateDB, p, addr, input, gas, evm.Config.Tracer)
	} else {
		// Initialise a new contract and set the code that is to be used by the EVM.
		// The contract is a scoped environment for this execution context only.
		contract := NewContract(caller, addr, new(uint256.Int), gas, evm.jumpDests)`, "caller, addr, input, gas, nil, parleyStaticCall, true"),
	{
		Tree: "op-geth", File: "core/state_transition.go",
		Why: "the inbox is warm (EIP-2929) from activation on, for every message: blocks, eth_call, gas estimation, tracing",
		Old: `	st.state.Prepare(rules, msg.From, st.evm.Context.Coinbase, msg.To, vm.ActivePrecompiles(rules), msg.AccessList)`,
		New: `	st.state.Prepare(rules, msg.From, st.evm.Context.Coinbase, msg.To, st.evm.ActivePrecompilesWithParley(rules), msg.AccessList) // parley`,
	},
	{
		Tree: "op-geth", File: "params/config.go",
		Why: "the chain configuration carries Parley's activation (genesis config.parley)",
		Old: `	// Optimism config, nil if not active
	Optimism *OptimismConfig ` + "`json:\"optimism,omitempty\"`",
		New: `	// Optimism config, nil if not active
	Optimism *OptimismConfig ` + "`json:\"optimism,omitempty\"`" + `
	Parley   *ParleyConfig   ` + "`json:\"parley,omitempty\"`" + ` // parley`,
	},
	{
		Tree: "op-geth", File: "cmd/geth/config.go",
		Why: "register the parley_ RPC namespace",
		Old: `	utils.RegisterSyncOverrideService(stack, eth, synctarget, ctx.Bool(utils.ExitWhenSyncedFlag.Name))
`,
		New: `	utils.RegisterSyncOverrideService(stack, eth, synctarget, ctx.Bool(utils.ExitWhenSyncedFlag.Name))
	parleyRegisterAPIs(stack, eth) // parley
`,
	},

	// --- optimism: the derivation hook in op-node ---
	{
		Tree: "optimism", File: "op-node/rollup/derive/attributes.go",
		Why: "Parley's gas, added to the block gas limit like upgrade gas",
		Old: `	var seqNumber uint64
`,
		New: `	var seqNumber uint64
	var parleyGas uint64 // parley
`,
	},
	{
		Tree: "optimism", File: "op-node/rollup/derive/attributes.go",
		Why: "append Parley's deposits after the user deposits of an epoch's first block",
		Old: `		l1Info = info
		depositTxs = deposits
`,
		New: `		l1Info = info
		depositTxs = deposits
		if depositTxs, parleyGas, err = ba.parleyDeposits(ctx, info, receipts, l2Parent, depositTxs); err != nil { // parley
			return nil, err // parley
		} // parley
`,
	},
	{
		Tree: "optimism", File: "op-node/rollup/derive/attributes.go",
		Why: "Parley's gas, added to the block gas limit like upgrade gas",
		Old: `	gasLimit := sysConfig.GasLimit + upgradeGas
`,
		New: `	gasLimit := sysConfig.GasLimit + upgradeGas + parleyGas // parley
`,
	},
	{
		Tree: "optimism", File: "op-node/metrics/metrics.go",
		Why: "serve Parley's metrics (skipped certificates and registry inputs) with op-node's",
		Old: `	registerer.MustRegister(collectors.NewGoCollector())
`,
		New: `	registerer.MustRegister(collectors.NewGoCollector())
	parleyRegister(registerer) // parley
`,
	},
	{
		Tree: "optimism", File: "op-node/rollup/derive/payload_util.go",
		Why: "the next block's system config must not inherit Parley's gas (as with upgrade gas)",
		Old: `		r.GasLimit -= gasToStrip
	}
`,
		New: `		r.GasLimit -= gasToStrip
	}
	if r.GasLimit, err = parleyStripGas(rollupCfg, payload, r.GasLimit); err != nil { // parley
		return eth.SystemConfig{}, err // parley
	} // parley
`,
	},
}

// callSite is the edit of one precompile dispatch site in core/vm/evm.go: the call
// goes through evm.runPrecompile, which runs the inbox with the frame's caller, value,
// call type and read-only flag, and every other precompile as before.
func callSite(name, old, args string) Edit {
	const call = "		ret, gas, err = RunPrecompiledContract(stateDB, p, addr, input, gas, evm.Config.Tracer)\n"
	return Edit{
		Tree: "op-geth", File: "core/vm/evm.go",
		Why: "stateful precompile dispatch in EVM." + name,
		Old: old,
		New: "		ret, gas, err = evm.runPrecompile(stateDB, p, " + args + ") // parley\n" + old[len(call):],
	}
}
