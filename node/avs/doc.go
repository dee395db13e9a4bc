// Package avs is Parley's AVS on L1 as Go code drives it: deploying Parley's three
// contracts (node/avs/contracts: the ParleyRegistrar, which is the EigenLayer AVS and
// enforces its membership rules; the ParleyTablePublisher, which publishes snapshots of
// the operator sets in its logs; the ParleyCertificateInbox, which logs certificates from
// allowed submitters) next to an EigenLayer core deployment (node/eigenlayer), taking
// operators through EigenLayer's steps into Parley's operator sets, publishing snapshots
// page by page (the keeper any operator or aggregator can run), reading a snapshot back
// with the derivation hook's own code, and posting certificates. DeploySlasher adds the
// fourth contract, the ParleySlasher (SPEC §8.4), as the registrar's slasher; the
// evidence builders (EquivocationEvidence for two signed attestations,
// BuildCertificateEvidence for two certificates) check offline what the contract
// checks, so a watcher pays only for evidence that slashes.
//
// The L1 side of the protocol is in interop/SPEC.md §8; everything here is a client of
// those contracts. Tests, the in-process rollup tests (e2e/action) and the devnet use
// this package, so every one of them runs the same L1 set-up.
//
// Gas (EigenLayer v1.8.1, measured by this package's tests, `go test ./node/avs -run
// Gas -v`): see the README's "The AVS on L1" section.
package avs
