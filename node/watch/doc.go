// Package watch is Parley's watchtower daemon (`parley watch`): it follows every
// certificate posted to L1's certificate inbox, finds pairs over conflicting
// attestations (interop/SPEC.md §8.4) and submits certificate evidence to the AVS's
// ParleySlasher, which slashes every operator that signed both.
//
// # Why
//
// Two conflicting attestations of one source range are the one fault that can make two
// destination rollups accept contradictory histories of a source. Restaked stake
// protects destinations only if signing both costs it; the slasher makes it cost, but
// only when someone submits the evidence. A watcher is that someone. It needs no
// permission and no trust: the evidence is checked entirely on L1 (snapshot roots the
// publisher stored, the BN254 equation on the pairing precompile), so anyone with a
// funded L1 key may run one, and several may run at once (each offence is slashed once;
// the others see it recorded and submit nothing).
//
// # Stages
//
// One goroutine reads L1, another submits, so that a slow transaction never delays
// reading:
//
//  1. scan: the inbox's CertificatePosted logs from --l1-start-block (by default the
//     inbox's window, optable.MaxSnapshotAge blocks, back from L1's head at start-up) to
//     the head, in --l1-log-chunk chunks, every --poll-interval; a failure to read L1 is
//     retried with exponential backoff (capped by --retry-backoff-max) from the last log
//     ingested.
//  2. collect: a log is kept only if it parses strictly (derivation.ParseCertificatePosted),
//     the certificate decodes strictly (certificate.Decode), names the inbox's AVS, its
//     snapshot resolves with the derivation hook's resolver, and its aggregate signature
//     verifies under the snapshot's keys of its listed sets. Anything else is logged at
//     WARN and counted by reason (the Skip* constants), never an error: bad L1 data
//     cannot stop the watcher. Thresholds do not matter (the slasher does not check them:
//     a signature is a signature).
//  3. detect: the new certificate is compared with every kept one of its source chain
//     (attestation.Conflicts); for each conflicting pair and each operator set both list,
//     the operators of the set that signed both (avs.Offenders) whose offence is not
//     settled make one Job, with its evidence built and checked offline
//     (avs.BuildCertificateEvidence).
//  4. settle: for each job in order, before every transaction, the slasher (the
//     registrar's, re-read each time) is asked whether each offence is recorded
//     (slashed(offenceKey)): all recorded, by anyone, settles the job with nothing sent.
//     Then the slasher's own checks run as calls (verifyCertificates; a rejection is
//     given up and logged at ERROR) and slashCertificates is simulated from the
//     watcher's address (NothingToSlash: the offenders are no longer slashable, settled).
//     Only then is slashCertificates sent through op-service's txmgr, at most
//     --max-slashes-per-tx offenders per transaction, repeated until every offence is
//     settled. Temporary failures are retried with backoff, at most --max-attempts times.
//
// Settled offences are also remembered locally (the last 65536), so that one found
// again is not even checked; the slasher's record is the authority, so a restarted
// watcher, which has forgotten, asks L1 and submits nothing for what is recorded.
//
// # Bounds
//
// Memory is bounded by the history: at most --max-certificates certificates (oldest
// forgotten first), each for at most --history-blocks L1 blocks after the block it was
// posted in. A kept certificate is its decoded form (about 600 bytes, plus 32 bytes per
// non-signer: at most 128 KiB for 4096 non-signers) and the snapshot it names; tables
// are not kept with it but resolved again through a cache of 16. With the defaults
// (16384 certificates) that is about 10 MiB for certificates with few non-signers, and
// 2 GiB in the worst case, which only the inbox's allow-listed submitters can cause.
// Comparison is linear in the certificates kept of the same source chain. Pending
// evidence is bounded by 1024 jobs.
//
// Evidence stays valid on L1 as long as the offender is slashable (a member of the set,
// or within EigenLayer's DEALLOCATION_DELAY of leaving); the default --history-blocks
// is EigenLayer mainnet's DEALLOCATION_DELAY, so that a conflicting certificate posted
// that long after the first is still caught.
//
// # Reorgs
//
// Evidence does not depend on where the certificates were posted, only on the
// snapshots they name: a certificate whose log is later reorged out is still evidence.
// If a snapshot's seal is reorged out the slasher's checks reject the evidence
// (SnapshotRootMismatch) and the job is given up.
//
// # Not covered
//
// The individual form of evidence (slashEquivocation, two signatures of one operator)
// needs signatures that never reach L1. The aggregator has no signature feed
// (node/avsapi has only parleyAggregator_submit and _status), so the watcher uses
// certificates alone.
package watch
