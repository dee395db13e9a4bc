// Package operator is Parley's AVS operator: the daemon that watches one source rollup
// and BLS-signs attestations of its block ranges (interop/SPEC.md §3) for the
// aggregator, and the steps that take an EigenLayer operator into Parley's operator sets.
//
// # What the daemon signs
//
// Ranges are a fixed grid of the source chain (Grid: START + k*LENGTH, the aggregator's
// grid). The daemon attests every range whose last block is at or below the source's
// safe head (or finalized head), in order, after the highest range it signed. For each:
//
//  1. it computes the attestation itself, from its own source endpoint (node/source:
//     every log of the range, the hash of its last block, the message root), against
//     the latest snapshot sealed on L1, read from L1 alone (the publisher's
//     latestSnapshot(), the seal block's hash from the L1 header, the table from the
//     publisher's logs with the derivation hook's resolver); a snapshot more than
//     --max-snapshot-age L1 blocks old is refused, since a certificate naming it might
//     not reach L1 within the destinations' window;
//  2. it signs with each of its keys that is a member of that snapshot's table (one
//     key per operator set: EigenLayer's KeyRegistrar holds one per operator and set),
//     but only if slashing protection (protection) allows it, and only after the
//     signature is recorded there;
//  3. it pushes the avsapi.Signed to the aggregator (parleyAggregator_submit), with
//     retries; a push that fails is logged and counted, not fatal: the aggregator may ask
//     again, and a repeat gets the same signature.
//
// The aggregator asks for what it misses with parleyOperator_signRange (API): the daemon
// recomputes the range from its own endpoint against the requested snapshot, which it
// must see sealed on L1 (publisher.snapshotRoot), and answers with a signature or a
// JSON-RPC error whose code says why (Code*: above the head, unknown or too old snapshot,
// refused by protection, halted, not a member, off the grid, unavailable).
//
// # Halting
//
// At start-up and at every poll the daemon re-reads the hash of the last block of the
// highest range each key signed. If the source now has another block there, or a
// request or recomputation for a signed range yields other content, the source's content
// changed under a signature (a reorg below the attested head, or a faulty node): the
// daemon halts (it signs nothing more; parleyOperator_status and the node API's health
// say why; the halted metric is 1; an ERROR log). The new content is never signed:
// protection's watermark covers it. A restart clears the halt only if the re-check then
// passes.
//
// # Serving
//
// The daemon serves parleyOperator_* on op-service's RPC server (--rpc.addr/--rpc.port),
// EigenLayer's AVS node API (NodeAPI) on --node-api.addr, Prometheus metrics (metrics)
// on op-service's metrics server, and op-service's pprof. Health: 503 when halted or the
// source is unreachable, 206 while initializing, when more than
// --health.max-lag-ranges complete ranges behind the head, or when L1, signing or the
// aggregator has trouble, 200 otherwise.
//
// # Shape
//
// As op-batcher: config.go (CLIConfig, a pure Check), flags (PARLEY_OPERATOR_*),
// service.go (Service: set-up in order, Start, Stop in reverse), driver.go (the loop),
// attester.go (the signing core the driver and the API share), snapshots.go (L1),
// metrics (the Metricer and a no-op), register.go (registration). The daemon holds no L1
// key and sends no L1 transaction; register and deregister do, through node/eigenlayer's
// steps, each skipped when EigenLayer's state shows it done.
package operator
