// Package action holds Parley's in-process end-to-end tests, written with optimism's
// action-test helpers (op-e2e/actions/helpers) against the patched upstream trees that
// `parley forks build` generates into .forks/.
//
// A test's world is one L1 (the action-test miner, Cancun) with EigenLayer core v1.8.1
// and Parley's AVS deployed by node/eigenlayer and node/avs, and destination rollups
// deriving from it: each a sequencer and a verifier (the patched op-node's derivation
// pipeline with Parley's hook installed as derive.Parley, built from the rollup
// configuration's "parley" object after checking it against the L2 genesis' copy, as
// the patched op-node does at start-up), each on its own engine (the patched op-geth
// with the inbox precompile, run as a default non-archive full node),
// and a batcher. Every L1 block, including those the EigenLayer harness mines while
// operators register, snapshots are published and operators are slashed, is mined by
// one function that lets every rollup follow it: the sequencer builds to the L1 head,
// the batcher submits, the verifier derives and must derive the sequencer's chain.
// Operators have real BN254 keys and register the EigenLayer way; certificates are
// aggregated from real signatures against snapshots read back from L1 with the hook's
// own resolver, and posted to the certificate inbox.
//
// derive.Parley is process-wide: each test installs the hook for its AVS and removes it
// at the end, so the tests never run in parallel (they use helpers.SubTest, not
// helpers.NewDefaultTesting, which would mark them parallel).
//
// The module replaces optimism and op-geth with the .forks/ copies, so it builds only
// after `go run ./node/cmd/parley forks build`. op-e2e's legacy initialisation looks for
// an optimism checkout from the working directory and is not used here; run the tests
// with DISABLE_OP_E2E_LEGACY=true (the README's test command does).
package action
