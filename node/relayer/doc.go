// Package relayer is Parley's relayer daemon (`parley relayer`): it delivers
// ParleyMessenger messages from source rollups to one destination rollup, the way
// supersim's autorelayer delivers L2ToL2CrossDomainMessenger messages, once the
// destination's inbox certifies them.
//
// # What it does
//
// For each source, the driver (driver.go) repeats, every poll interval:
//
//  1. Scan. Fetch the messenger's SentMessage logs whose destination topic is the
//     destination's chain id, from the next unscanned block up to the source's safe
//     (or finalized) head, in batches of at most MaxBlockRange blocks. A failed batch
//     halves the batch size (down to one block: providers cap log queries) and is
//     retried with exponential backoff; 16 successful ones double it back. The hash of
//     the last block scanned is kept: if it changes (a reorg of the source's safe
//     chain), the last ReorgDepth blocks are scanned again. Each log becomes a pending
//     message, once per (block, log index).
//  2. Wait. Read the source's latest certified block on the destination's inbox
//     (latestCertifiedBlock). Messages in later blocks wait, without counting as
//     failures.
//  3. Relay, oldest first, at most MaxInFlight at a time (relay.go, Relayer.Relay):
//     build the proof with node/prove (the certified range covering the block, read
//     from the source and checked against the certified root), check the messenger's
//     successfulMessages(hash), simulate relayMessage, and send it through op-service's
//     txmgr with the simulated gas plus 20%.
//
// Outcomes: relayed by this relayer, or already relayed by someone else (found in
// successfulMessages, a simulated MessageAlreadyRelayed revert, or a reverted
// transaction after which the message is relayed): done, removed. A message whose
// certified log is not a SentMessage to this destination, or is missing from the
// certified range, or whose block precedes the destination's first certified range,
// can never be relayed: dropped, logged at WARN and counted. Anything else (RPC
// failures, a target that reverts, a source node that disagrees with what was
// certified — logged at ERROR) is retried with exponential backoff up to MaxBackoff,
// for as long as the relayer runs.
//
// # Exactly once
//
// ParleyMessenger relays a message at most once, whoever sends the transactions.
// A relayer never has two relays of one message in flight, checks successfulMessages
// before sending, and treats MessageAlreadyRelayed as done, so relayers racing each
// other (or a relay by hand with `parley relay`) cost at most one reverted
// transaction per race and never a second delivery. After its transaction is
// confirmed (txmgr's confirmations) a message is not watched again: a destination
// reorg that drops the relay leaves it to be relayed again by hand or by a restarted
// relayer with an earlier start block.
//
// # Progress
//
// The scan position and the pending messages of every source are saved to the
// progress file (progress.go; JSON, replaced atomically) after every change, so a
// restart resumes where the relayer stopped instead of rescanning from the start
// block. The file names its destination and messenger; another relayer's file is
// refused.
//
// # Health and metrics
//
// Health comes from lag, as in Hyperlane's relayer: a relayer is unhealthy when a
// source's scan is more than MaxScanLag blocks behind its head, when no scan succeeded
// for MaxRelayLag, or when a certified message has waited longer than MaxRelayLag.
// GET /healthz on the RPC server answers 200 or 503 with the status (health.go), which
// the JSON-RPC method relayer_status also returns. Metrics (package metrics, namespace
// parley_relayer): pending messages and relay lag per source, messages relayed (with a
// histogram of the time from source block to relay) and already relayed, failures and
// drops by reason, scan position, scan lag and scan errors, health, and txmgr's own.
//
// # Set-up
//
// The service (service.go) follows op-service's daemons: a CLIConfig checked as a
// whole, then RPC clients, metrics, transaction manager, driver, RPC server; Start and
// an idempotent Stop in reverse order; run through op-service's lifecycle command.
// At start-up it checks what the chains decide: the messenger has the same code on the
// destination and every source, the destination runs the inbox precompile, no source
// is the destination or configured twice. Flags (package flags, environment variables
// PARLEY_RELAYER_*) hold local settings only. The signing key comes from an Ethereum
// key file and a password file (or $PARLEY_KEY_PASSWORD), or from op-service's
// remote signer; never from a flag.
package relayer
