// Package e2e holds Parley's end-to-end tests: they run the binaries that `parley forks
// build` leaves in .forks/bin/ and talk to them over JSON-RPC, the way a rollup would.
//
// It is a module of its own so that the main module's library users never see its
// local replace directives, and so that it compiles against the pristine upstream
// op-geth from the module proxy: everything the tests know about Parley's patch they
// learn from the built binary, never from the patched source.
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
