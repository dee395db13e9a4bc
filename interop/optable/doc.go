// Package optable is the AVS operator table as destinations use it: a snapshot of the
// AVS's EigenLayer operator sets, computed on L1 by Parley's table publisher from
// EigenLayer's own contracts and published in L1 logs (interop/SPEC.md §5, §8.2, §9.1).
//
// A snapshot lists, per operator set, each member's address, BN254 keys (as EigenLayer's
// KeyRegistrar holds them, one key per operator per set) and weight (slashable stake
// times the AVS's strategy multipliers). It is identified by the L1 block in which it was
// sealed and its root, a depth-12 Merkle root over its entries, so a snapshot means the
// same thing to every destination whenever it activated: versions are defined by L1
// alone. A Table is a decoded, validated snapshot with each set's totals and aggregate
// keys, ready for certificate verification.
//
// Everything here is a pure function of bytes found in L1 logs: it never panics, and
// every rule a snapshot can break has its own error. Keys are decoded strictly
// (canonical, on curve, in the subgroup, not the identity) but their proofs of
// possession are not re-checked: the KeyRegistrar checked each one when it was
// registered, and the publisher reads keys only from it.
//
// The package has one job per file: entry.go (the 224-byte entry), tree.go (the root),
// table.go (a validated table), logs.go (the publisher's log encodings and assembling a
// table from them).
package optable
