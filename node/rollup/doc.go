// Package rollup starts one real OP Stack rollup as processes, on loopback, against an
// L1 node: the patched op-geth, op-node as sequencer and op-batcher that `parley forks
// build` leaves in .forks/bin/. It is the building block of `parley devnet` (several
// rollups on one L1, one joining later) and of the end-to-end suite, which must run the
// binaries a rollup operator runs: Parley's consensus-relevant code lives inside
// op-node's derivation and op-geth's EVM, so only real processes — deriving real
// batches from real L1 blocks — exercise it as production does. Nothing here is used
// on a real network.
//
// What Start does, in order:
//
//  1. Generates genesis.json and rollup.json with node/chain from a description whose
//     L1 origin is the L1's head now (the L2 genesis time is that block's), optionally
//     with a "parley" object (an activation time of 0 means at genesis). The L2 has no
//     predeploys and the L1 no OP contracts: deposits other than Parley's and the
//     L1-info transaction do not exist, which real binaries accept.
//  2. Fetches the L1's chain configuration (debug_chainConfig) for op-node's
//     --rollup.l1-chain-config: op-node knows only public L1s' configurations.
//  3. `op-geth init`s a data directory and starts op-geth with the engine API behind a
//     fresh JWT secret; its HTTP and engine ports are the kernel's choice (port 0), read
//     from its log.
//  4. Starts op-node as sequencer on a free port: no beacon node (--l1.beacon.ignore;
//     batches are calldata), no peer-to-peer networking, no L1 confirmation depth, and
//     L1 polled every 500 ms. With a parley object, op-node's start-up check compares
//     it with op-geth's parley_config over the engine endpoint.
//  5. Starts op-batcher posting calldata batches to the batch inbox (BatchInbox), one
//     channel per L1 block, from the configured L1 key.
//  6. Waits for the first unsafe L2 block and then for the first safe one (a batch on
//     L1 derived back), logging progress; a timeout names the process to look at and
//     quotes the tail of its log.
//
// Every process runs in a process group of its own, with its output kept in memory,
// optionally in a log file per process and copied to a shared writer. Stop stops them
// all and removes the temporary state directory: no process, port or directory is left
// behind.
//
// The rollup's L1 is usually node/devnode's dev-mode op-geth. Its blocks come at a
// fixed period; its "safe" label is its head, and its "finalized" label moves in steps
// of 32 blocks (geth's simulated beacon finalizes the last multiple of 32), so an L2
// block becomes finalized 32 to 64 L1 blocks after its batch lands, and the finalized
// L1 and L2 heads stay at genesis for the first 32 L1 blocks.
package rollup
