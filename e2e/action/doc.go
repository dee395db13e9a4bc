// Package action holds Parley's in-process end-to-end tests, written with optimism's
// action-test helpers (op-e2e/actions/helpers) against the patched upstream trees that
// `parley forks build` generates into .forks/: an L1 miner running the ParleyRegistry,
// a destination rollup's sequencer and verifier (the patched op-node's derivation
// pipeline with Parley's hook, on the patched op-geth with the inbox precompile) and a
// batcher, all in one process and stepped action by action.
//
// The module replaces optimism and op-geth with the .forks/ copies, so it builds only
// after `go run ./node/cmd/parley forks build`. op-e2e's legacy initialisation looks for
// an optimism checkout from the working directory and is not used here; run the tests
// with DISABLE_OP_E2E_LEGACY=true (the README's test command does).
package action
