// Package devnet runs Parley's local devnet, the engine of `parley devnet`: real
// processes on loopback, with free ports and temporary state, that show rollups talking
// through Parley end to end. Run does, in order:
//
//  1. starts an L1 dev node (the patched op-geth, 1-s blocks) and deploys EigenLayer
//     core v1.8.1 and Parley's AVS (registrar, table publisher, certificate inbox) on
//     it, allowing two certificate submitters; registers four operators the
//     EigenLayer way (deposit, delegation, allocation, BN254 key in the KeyRegistrar,
//     registration through Parley's registrar) with stakes 4000, 3000, 2000 and 1000
//     in operator set 0; publishes a table snapshot (StartL1, also used by
//     node/testworld);
//  2. starts rollups A (chain 901) and B (902) with node/rollup: op-geth, op-node as
//     sequencer and op-batcher each, Parley active at genesis, naming the real AVS,
//     publisher and inbox, threshold 0:6667 and a window of Window L1 blocks;
//  3. deploys ParleyMessenger (the deployer's first transaction: one address on
//     every rollup) and a relay target (its second) on both;
//  4. starts the daemons in-process: for each source (A, B) an aggregator posting
//     from its own allow-listed submitter and the four operators as daemons, each
//     with its own slashing-protection database; a relayer on B (of A's messages) and
//     on A (of B's);
//  5. sends "hello" messages A→B and B→A and follows each: safe on the source,
//     attested by the operators, certified on L1, included in the destination's
//     inbox by derivation, relayed; it checks that the target was called by the
//     messenger with the payload, sender and source;
//  6. meanwhile starts rollup C (903), whose Parley configuration is A's and B's but
//     activates JoinDelay after its genesis, well after the snapshot was published:
//     the network grows while it runs; deploys the contracts on C, waits for the
//     activation, starts C's relayer (of A's messages) and delivers a message A→C,
//     certified by the certificates A's aggregator posts for every destination, and
//     checks that B (Parley from genesis) and C (joined late) hold the same certified
//     range of A for it: one certificate, many consumers.
//
// Every step prints a line on the Timeline; a failure is a *StepError naming the step.
// Stop stops every daemon and process and removes the temporary state. The keys are
// derived from Seed: public, for a devnet only.
package devnet
