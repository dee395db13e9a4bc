// Package aggregator is Parley's aggregator daemon (`parley aggregator`): for one source
// rollup it gathers the operators' BN254 signatures on each range of the source chain,
// aggregates them into a quorum certificate, verifies it with the destinations' own
// verifier and posts it to L1's certificate inbox, in order, exactly once.
//
// # Ranges
//
// Ranges are a fixed grid of the source chain shared with the operators (--range-start,
// --range-length): range k is blocks start + k*length .. start + (k+1)*length - 1. Every
// range at or below the source's safe (or finalized) head is certified, in order; none is
// skipped and none is given up.
//
// # The collection state machine
//
// At start-up the driver reconciles with L1 (below). Then, for each range, lowest first
// and at most --max-open-ranges at once:
//
//	(not built) --build--> collecting --thresholds met, then linger--> certified --in order--> posting --receipt / inbox log--> done
//	                           ^                                           |                       |
//	                           |                                           +-----------------------+-- snapshot leaves the window
//	                           +----------- rebuild (newer snapshot) <----- expired <--------------+   before it is posted
//
// In turn:
//
//   - build: the attestation is computed from the aggregator's own source endpoint
//     (node/source) against the latest sealed snapshot on L1 that has at least
//     --snapshot-min-life L1 blocks left in the window; its table is read back from L1
//     with the derivation hook's resolver (node/avs). The range keeps this snapshot for
//     the rest of its life: an honest operator signs a range once, against one snapshot.
//     Without such a snapshot nothing is built; the aggregator alerts (ERROR log,
//     halted metric, health 503) and waits for one to be published.
//   - collecting: every configured operator (--operator-rpc) is asked
//     (parleyOperator_signRange) and operators may push (parleyAggregator_submit).
//     Every key signature is verified on arrival against the exact attestation (digest
//     computed here, never taken from the wire) and the key the snapshot holds for that
//     operator and set (bls.Verify); a signature that fails is dropped, counted by
//     operator and reason and logged at WARN, and never aggregated: nothing unverified
//     enters a range's state, so one bad signature cannot spoil or censor a certificate.
//     An operator that fails, times out, refuses or answers with a bad signature is asked
//     again with exponential backoff (op-service's retry strategy, capped by
//     --ask-backoff-max), for as long as the range is collecting.
//   - early signatures: a push for a range not built yet is kept in a bounded buffer
//     (one message per operator and range, at most MaxEarlyPerOperator per operator,
//     ranges at most MaxEarlyAhead ahead, members of the latest snapshot only; one that
//     names the latest snapshot is authenticated at once so a forgery cannot take an
//     operator's slot) and verified against the aggregator's attestation when the range
//     is built. Signatures arriving before the aggregator is ready are therefore not lost,
//     unlike eigensdk-go's BLS aggregation service, which drops responses for tasks it
//     has not initialised.
//   - certified: as soon as every operator set of --thresholds holds its threshold
//     (signed * 10000 >= total * bps, signed > 0: the verifier's rule), the driver waits
//     at most --linger for more signatures (fewer non-signers make smaller certificates),
//     less when every key signed or no answer is outstanding; then it aggregates
//     (certificate.Aggregate) and verifies the certificate with interop/verifier. Unlike
//     eigensdk-go's service, a range without a quorum keeps what it has and keeps asking:
//     there is no expiry that throws the signatures away.
//   - posting: the lowest range's certificate goes to the inbox through op-service's
//     txmgr (nonces, fee bumps, resubmission, confirmation depth, the configured signer),
//     one at a time: the next is sent only after the previous one's receipt, so ranges
//     land in order. Before every attempt the poster waits for the submitter's pending
//     transactions to clear and reads the inbox, so a certificate already on L1 (from
//     an earlier attempt, an earlier process or another submitter) is never posted
//     twice. Failed attempts are retried with backoff, forever.
//
// # Reconciliation and restarts
//
// The aggregator keeps no local state. At start-up it waits for its submitter's pending
// transactions, then reads the inbox's CertificatePosted logs backwards from L1's head
// (the window first, then older blocks down to --l1-start-block) for the newest
// certificate of its source chain that the destinations accept (strict log and
// certificate decoding, AVS, source chain, the window, the snapshot resolved from L1,
// the verifier under the policy) and resumes with the next range. While running it
// keeps reading the inbox, so a range certified by someone else is not posted again. A
// last certificate that is not on the grid is a configuration error: the aggregator
// stops (its ranges would not continue the destinations' ranges).
//
// # A snapshot that leaves the window before its range is posted
//
// A certificate is posted only while its snapshot has at least --post-margin L1 blocks
// left in the destinations' window (--window, the smallest of theirs), so that it lands
// inside it. When a range's snapshot gets that old first (the quorum was out of reach or
// L1 unreachable for most of a window, about 27 hours at 8191 blocks of 12 s), the
// range cannot be certified against it any more, and the range cannot be skipped. The
// aggregator then logs an ERROR, reports itself halted (metric, health 503) and
// re-collects the range against the latest fresh snapshot, asking only the operators
// that had not signed it: operators' slashing protection refuses to sign a range again
// against another snapshot, and the aggregator never asks an operator that signed to do
// so. Operators that had not signed may sign, and any operator may push a signature it
// decides to give; if the new snapshot's quorum is reached that way the range is posted
// and the aggregator resumes. Otherwise it stays halted and waits: resolving it needs
// the operators (or the AVS's governance) to decide, outside this daemon, that signing
// the same range content against a newer snapshot is safe once no certificate against
// the old one can land.
//
// # Interfaces
//
// The driver runs on narrow interfaces (Source, L1, Poster, Operator) and an injected
// clock; the service wires the real ones: node/source over the source's JSON-RPC,
// L1View (node/avs bindings and resolver), TxPoster (op-service/txmgr), and avsapi's
// JSON-RPC clients. It serves parleyAggregator_submit and parleyAggregator_status and
// EigenLayer's node API (/eigen/node, /eigen/node/health: 200 healthy, 206 starting or
// backlog above --max-backlog, 503 halted; /eigen/node/services) on the RPC port, and
// Prometheus metrics (package metrics).
package aggregator
