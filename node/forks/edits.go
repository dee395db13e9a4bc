package forks

// Marker ends every line Parley changes inside an upstream file, so a reviewer (and
// `parley forks check`) can find each one.
const Marker = "// parley"

// HookVersion names the hook interface the edits and overlay files implement. Overlay
// files carry it, so `parley forks check` can tell a tree patched for another version.
const HookVersion = "parley-hooks/3"

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

	// --- op-geth: Parley's deposits use their whole gas limit (issue "Deposit gas") ---
	{
		Tree: "op-geth", File: "core/state_transition.go",
		Why: "Parley's deposits consume their whole gas limit: the gas op-node adds to the block for them is never block space for others",
		Old: `		if peakGasUsed < floorDataGas {
			peakGasUsed = floorDataGas
		}
	}
	// Return gas to the user
`,
		New: `		if peakGasUsed < floorDataGas {
			peakGasUsed = floorDataGas
		}
	}
	peakGasUsed = st.parleyBurnGas(peakGasUsed) // parley
	// Return gas to the user
`,
	},

	// --- op-geth: tools see the inbox as a precompile from its activation on (issue
	// "Tools see the inbox as a precompile"): one line per site, the block time from
	// what each site has at hand ---
	{
		Tree: "op-geth", File: "internal/ethapi/api.go",
		Why: "eth_createAccessList leaves the inbox out of generated access lists, as it does every precompile",
		Old: `	precompiles := vm.ActivePrecompiles(b.ChainConfig().Rules(header.Number, isPostMerge, header.Time))
`,
		New: `	precompiles := vm.ParleyActivePrecompiles(b.ChainConfig(), b.ChainConfig().Rules(header.Number, isPostMerge, header.Time), header.Time) // parley
`,
	},
	tracerSite("eth/tracers/native/call_flat.go", "the flatCall tracer treats calls to the inbox as precompile calls"),
	tracerSite("eth/tracers/native/4byte.go", "the 4byte tracer skips calls to the inbox, as to every precompile"),
	tracerSite("eth/tracers/js/goja.go", "isPrecompiled in JavaScript tracers is true for the inbox"),

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

	// --- optimism: consensus settings that travel with the chain (issue "Consensus
	// settings that travel with the chain"): op-node keeps rollup.json's "parley" object
	// and, right after loading it, checks op-geth agrees and installs the hook ---
	{
		Tree: "optimism", File: "op-node/rollup/types.go",
		Why: "the rollup configuration carries the chain's Parley configuration (rollup.json \"parley\")",
		Old: "\tPectraBlobScheduleTime *uint64 `json:\"pectra_blob_schedule_time,omitempty\"`\n}\n",
		New: "\tPectraBlobScheduleTime *uint64 `json:\"pectra_blob_schedule_time,omitempty\"`\n" +
			"\t// Parley is the chain's Parley configuration (node/chainconfig); nil: Parley is off. // parley\n" +
			"\tParley json.RawMessage `json:\"parley,omitempty\"` // parley\n}\n",
	},
	{
		Tree: "optimism", File: "op-node/service.go",
		Why: "start Parley from the rollup configuration: op-geth must agree in every field, then the hook is installed",
		Old: `	rollupConfig, err := NewRollupConfigFromCLI(log, ctx)
	if err != nil {
		return nil, err
	}
`,
		New: `	rollupConfig, err := NewRollupConfigFromCLI(log, ctx)
	if err != nil {
		return nil, err
	}
	if err := parleyStart(ctx, log, rollupConfig); err != nil { // parley
		return nil, err // parley
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

// tracerSite is the edit of a tracer's OnTxStart, which takes the precompiles from
// vm.ActivePrecompiles(rules): it adds the inbox from its activation on, at the block
// time of the VM context the tracer is given.
func tracerSite(file, why string) Edit {
	return Edit{
		Tree: "op-geth", File: file, Why: why,
		Old: "	t.activePrecompiles = vm.ActivePrecompiles(rules)\n",
		New: "	t.activePrecompiles = vm.ParleyActivePrecompiles(t.chainConfig, rules, env.Time) // parley\n",
	}
}
