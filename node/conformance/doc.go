// Package conformance generates Parley's language-neutral conformance vectors: JSON
// files, committed in interop/conformance, that pin every format and rule of
// interop/SPEC.md to the bytes and outcomes of this (the Go) implementation.
//
// Why. Parley's consensus rules live in two places of a rollup node: the derivation
// step (op-node here; kona in the fault-proof program) and the inbox precompile
// (op-geth here; a revm precompile for op-reth). op-geth is being deprecated upstream
// in favour of op-reth and the fault-proof program is kona, both Rust, so a second
// implementation of those rules has to exist, and it must be able to prove that it
// accepts exactly what this one accepts and produces byte-identical digests, roots,
// encodings, deposits, return data, gas and storage. SPEC.md says what the rules are;
// the vectors say what they give, input by input, in files any language can read.
//
// How. Every vector is evaluated by one function per kind (an evaluator) that parses
// the vector's JSON input strictly and runs the Go implementation on it, through
// exported APIs only: message, msgtree, attestation, optable, certificate, verifier,
// derivation and precompile. The generator builds inputs from fixed seeds, runs each
// through its evaluator after a JSON round trip (so that what is written is exactly
// what was evaluated) and writes the result as the vector's "expected" object. The
// output is byte-identical on every run and machine. The tests check both directions:
// regenerating gives the committed files (TestVectorsUpToDate, so `go test ./...`
// fails when they are stale), and replaying the committed files (parsing their inputs,
// evaluating, comparing) gives their expected outputs (TestCommittedVectorsReplay).
//
// Rejections are named by stable rule identifiers, "package.ErrName" for the Go
// sentinel errors and the IParleyInbox custom-error names for the precompile, never by
// Go error strings; interop/conformance/README.md documents each file's format and
// every identifier.
//
// Regenerate with
//
//	go run ./node/conformance/cmd/conformance
//
// and check with --check (exit status 1 listing stale, missing or extra files).
package conformance
