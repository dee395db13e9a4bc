// Package e2e holds Parley's end-to-end tests: they run the binaries that `parley forks
// build` leaves in .forks/bin/ and talk to them over JSON-RPC, the way a rollup would.
//
// It is a module of its own so that the main module's library users never see its
// local replace directives. The smoke and identical-blocks tests learn everything about
// Parley's patch from the built binaries, never from the patched source; the devnet
// tests (devnet_*_test.go) drive `parley devnet`'s own code (node/devnet: real op-geth,
// op-node and op-batcher processes of three rollups on one L1 with EigenLayer and
// Parley's AVS, and the daemons) and check what the rollups do over JSON-RPC.
//
// Environment:
//
//	PARLEY_GETH          the patched op-geth binary (default ../.forks/bin/op-geth)
//	PARLEY_OPNODE        the patched op-node binary (default ../.forks/bin/op-node)
//	PARLEY_E2E_REQUIRED  "1": a missing binary fails the tests instead of skipping them (CI)
//
// Run with `cd e2e && go test ./...`. The in-process rollup tests in e2e/action are a
// separate module: they compile against the patched trees, not the pristine ones.
package e2e
