// Package precompile is Parley's cross-rollup inbox: a stateful precompile that op-geth
// runs at Address on a destination rollup. It stores the message roots of source-chain
// block ranges certified by the AVS (verified by the derivation hook before they
// become deposits) and, for applications, a summary of the latest operator-table
// snapshot the AVS sealed on L1, and lets Solidity contracts validate remote messages
// against the certified roots. The Solidity surface is contracts/src/IParleyInbox.sol;
// its compiled ABI, embedded here, is the single source of truth for selectors,
// argument layouts, events and errors. ParleyMessenger.sol builds OP-style
// exactly-once message relays on top.
//
// Layers. Inbox holds the logic as plain Go methods mirroring the Solidity functions.
// Run is the ABI layer: call rules, gas for dispatch, input and output, decoding and
// encoding. The ABI decides which methods write (every method not declared view), and
// the package refuses to load if the ABI's methods and the Go ones differ either way.
// The meter prices storage and stages every write and log until the call succeeds.
// Environment is the small interface the op-geth glue implements.
//
// validateMessage and isValidMessage are the hot path: Run decodes their arguments and
// encodes their results by hand (msgcall.go), accepting exactly the inputs
// go-ethereum's ABI decoder accepts, and their hashing reuses one keccak state
// (hash.go) instead of going through message and msgtree. Tests and the fuzz target
// FuzzValidateMessageDecoder hold both to the reflective ABI codec and the interop
// packages: same outcome, revert data, gas, logs and state for every input.
//
// # Call rules (Run, in this order)
//
//  1. Before Config.ActivationTime the address is an empty account: calls succeed,
//     return nothing, cost nothing.
//  2. DELEGATECALL and CALLCODE revert (DelegateCallForbidden): the inbox's storage is
//     its own and must never be read or written in another account's context.
//  3. Value revert (ValueNotAccepted).
//  4. Call data over MaxInput reverts (InvalidInput) at no cost; call data shorter
//     than a selector or with an unknown selector reverts (InvalidInput) after paying
//     dispatch gas.
//  5. Methods that write or log (validateMessage, recordRange, recordSnapshot) revert
//     in a static context (WriteInStaticContext), including a STATICCALL made straight
//     to the inbox.
//  6. recordRange and recordSnapshot revert unless the caller is SystemSender
//     (NotSystemSender).
//  7. Arguments that do not ABI-decode revert (InvalidInput).
//
// A failing call changes nothing: writes and logs are staged and applied only on
// success (and the EVM reverts the frame anyway).
//
// # Methods
//
//	validateMessage(Identifier id, bytes32 msgHash, bytes proof)
//	    proof = be64(rangeFromBlock) || msgtree proof. Reverts unless the certified range
//	    of id.chainId starting at rangeFromBlock covers id.blockNumber and the proof
//	    includes (id, msgHash) in its message root; emits ExecutingMessage(msgHash, id).
//	isValidMessage(...) view returns (bool)          the same check, no event
//	certifiedRange(chainId, block) view              the range covering a block
//	latestCertifiedBlock(chainId) view               the end of the latest range
//	latestSnapshot() view                            (l1Block, root) of the latest snapshot
//	operatorSetWeight(uint32 id) view                a set's total weight in it (0: absent)
//	recordRange(chainId, from, to, lastBlockHash, messageRoot)     system only
//	recordSnapshot(l1Block, root, operatorSetIds, totalWeights)    system only
//
// Ranges of a chain are contiguous: after the first, each must start at the previous
// range's end + 1 (NonContiguousRange otherwise), which makes "the range covering a
// block" unique and the latest certified block meaningful.
//
// Snapshots (SPEC §10) are a summary for applications: derivation verifies certificates
// against the snapshots on L1 and never reads them here. recordSnapshot reverts unless
// the lists have equal length 1..MaxSnapshotSets (InvalidOperatorSetCount), then, id by
// id in order, unless each is below MaxOperatorSetID (OperatorSetIdOutOfRange) and above
// the one before (OperatorSetsNotAscending), and then unless l1Block is after the latest
// snapshot's (StaleSnapshot); it emits SnapshotRecorded(l1Block, root). A reverted deposit
// changes nothing, so replays and out-of-order seals are harmless.
//
// # Storage layout
//
// See state.go: every slot is keccak256(keccak256("parley.inbox." + tag) || keys...).
// Per source chain: its state (range count and last block), an index of its ranges'
// first blocks for binary search, and each range's record keyed by its first block.
// Snapshots: the latest one's L1 block in one slot, and each snapshot's root and sets'
// total weights in slots keyed by the L1 block that sealed it (and the set id), so
// every snapshot writes new slots and rewrites one; latestSnapshot reads the block,
// then the root; operatorSetWeight(id) the block, then the (block, id) slot. Records
// are never deleted. The account's nonce is set to 1 on the first write so EIP-161
// never deletes it.
//
// # Gas
//
//	every call                GasDispatch (100) + 3 per input word
//	SLOAD                     2100 cold, 100 warm (EIP-2929)
//	SSTORE                    EIP-2200 + EIP-2929: 20000 set, 2900 reset, 100 no-op, +2100 cold
//	new record slot           22100 (GasNewSlot), whatever the value (see below)
//	first write               5000 (account nonce)
//	hashing                   30 + 6 per word, per keccak256 evaluated
//	logs                      375 + 375 per topic + 8 per data byte
//	return data               3 per word
//
// A slot's key is not charged separately: deriving it is part of the storage price,
// as the trie's key hashing is part of SLOAD's. The system writes store records that
// are new by construction — a range's record and index entry (its first block and the
// chain's range count only grow), a snapshot's root and weights (its L1 block only
// grows) — and pay a cold slot's first write for each of their slots, even for a zero
// value that leaves the slot as it is; each also rewrites one slot (the chain's state,
// the latest snapshot's block) at SSTORE's price. So their gas depends on the input
// alone, except for the first write of that slot (17100 more than a reset) and of the
// account's nonce, once each. Golden values (cold storage, first call of a
// transaction, on the tests' state):
//
//	validateMessage           7458  (depth-10 proof)
//	isValidMessage            5053
//	certifiedRange            10621
//	latestCertifiedBlock      2212
//	latestSnapshot            4309
//	operatorSetWeight         4309
//	recordRange               95667
//	recordSnapshot            94920 (3 sets, after a snapshot)
//
// RecordRangeGas and RecordSnapshotGas bound the system writes for the derivation
// hook's deposits: exact for the first write on a fresh inbox, and above what a call
// as a deposit uses by at most the one-time costs, 5000 (the nonce) plus 17100 (the
// first write of the rewritten slot), in any state (within 1.5x of the use; see
// bounds.go). recordRange costs 117767 gas on a fresh inbox and 95667 for a chain's
// later ranges; recordSnapshot 72808 with one set and 758094 with 32 on a fresh inbox,
// 22100 less once a snapshot is recorded.
//
// No method is cheaper per second of CPU than go-ethereum's ecrecover (3000 gas):
// BenchmarkPrecompileMgasPerSecond measures every method's worst-case calls (warm
// slots, the largest inputs, the deepest proof, a binary search over 2^64-1 ranges)
// against it in one run and reports the ratio as x_ecrecover (at least 1).
//
// validateMessage with a depth-d proof costs about 5500 + 48·d gas with cold storage
// (7968 at d = 20); the goldens are pinned in the tests.
package precompile
