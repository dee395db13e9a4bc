// Package chain generates a Parley chain's two start-up files — the L2 genesis that
// op-geth's `geth init` takes (genesis.json) and the rollup configuration op-node reads
// (rollup.json, --rollup.config) — together, from one description file.
//
// # Why one command
//
// A Parley chain's consensus settings (node/chainconfig) must appear identically in both
// files: as the top-level "parley" object of rollup.json, read by the patched op-node,
// and as config.parley of genesis.json, read by the patched op-geth, which checks it
// strictly. op-node refuses to start when the two copies differ. The rollup
// configuration must also name the hash of the very genesis block op-geth will write.
// Two hand-edited files that must agree byte for byte will eventually disagree, so a
// team never writes either by hand: it writes a Description and runs
//
//	parley chain init --config chain.json --out DIR [--l1-rpc URL]
//
// which builds the genesis with optimism's own op-chain-ops/genesis.NewL2Genesis, the
// rollup configuration with its DeployConfig.RollupConfig, hashes the genesis exactly as
// op-geth does after `geth init` (core.Genesis.ToBlock on genesis.json as written),
// re-encodes the "parley" object canonically and puts the same bytes in both files. The
// result is checked before anything is written: rollup.json must parse with op-node's
// rollup.Config.ParseRollupConfig and pass rollup.Config.Check, and genesis.json must
// hash to the genesis.l2.hash rollup.json names.
//
// The chain is built as e2e/action's test rollups are: no OP Stack contracts on L1 and
// no predeploys on L2 (only what NewL2Genesis itself puts in genesis, the EIP-2935
// history contract from Isthmus on), batches posted to the batch inbox (e2e/action posts
// them as calldata), and placeholder deposit-contract and system-config addresses on L1
// that no one can deploy to, so the chain has no L1 deposits and its genesis system
// config (batcher, gas limit, fee scalars) never changes. A team that has deployed OP contracts names them
// (depositContract, systemConfig).
//
// # The description
//
// A description is one strict JSON object: unknown fields, trailing data and invalid
// values are errors that name the field. Its fields:
//
//	l2ChainId          the L2 chain id (required; not the L1's, not a chain in the
//	                   superchain registry)
//	l1ChainId          the L1 chain id (required; with --l1-rpc, the node's eth_chainId
//	                   must match; with parley, parley.l1ChainId must match)
//	l1Origin           the L1 block the L2 genesis derives from (required):
//	  number           its number (required), or with --l1-rpc "latest", "safe" or
//	                   "finalized"
//	  hash             its hash (required without --l1-rpc)
//	  timestamp        its timestamp (required without --l1-rpc)
//	                   With --l1-rpc, the block is fetched and a given hash or timestamp
//	                   must match it.
//	l2GenesisTime      the L2 genesis block's timestamp (default: l1Origin's timestamp;
//	                   never before it)
//	blockTime          seconds per L2 block (default 2)
//	gasLimit           the L2 block gas limit (default 30000000; at least 21000000, the
//	                   OP Stack's deposit resource limit plus the system transaction's gas)
//	batcher            the batcher's address on L1 (required)
//	batchInbox         the batch inbox address on L1 (required)
//	depositContract    the OptimismPortal on L1 (default: a placeholder address,
//	                   0x…de0000000000 + l2ChainId, to which nothing deposits)
//	systemConfig       the SystemConfig on L1 (default: a placeholder address,
//	                   0x…c00000000000 + l2ChainId, from which no update comes)
//	seqWindowSize      the sequencing window in L1 blocks (default 3600)
//	channelTimeout     the channel timeout in L1 blocks before Granite (default 300)
//	maxSequencerDrift  the maximum sequencer drift in seconds before Fjord (default 600)
//	genesisFork        the latest OP Stack fork active from genesis: it and every earlier
//	                   one are active from the first block (both files give them
//	                   activation time 0, as op-chain-ops writes forks active at
//	                   genesis), no later one is scheduled (default "isthmus"; one of
//	                   "bedrock", "regolith", "canyon", "delta", "ecotone", "fjord",
//	                   "granite", "holocene", "isthmus")
//	alloc              accounts in the L2 genesis, by address: {"balance", "nonce",
//	                   "code", "storage"}, each optional (balance and nonce a decimal or
//	                   0x-hex number or string, code 0x-hex, storage a map of 32-byte
//	                   0x-hex words); an account the genesis itself sets is refused
//	parley             the chain's Parley configuration, a chainconfig.Parley object
//	                   (decoded strictly with chainconfig.Decode; its activationTime may
//	                   be the L2 genesis time or later). Absent: a plain OP Stack chain,
//	                   and neither file has a "parley" object.
//
// For example:
//
//	{
//	  "l2ChainId": 48901,
//	  "l1ChainId": 11155111,
//	  "l1Origin": {
//	    "number": 7000000,
//	    "hash": "0x3e7e0d34c4b5cb2dd0e4a66d4edbbfdc0cb0e3a1e0c1a77ebc22a4ad6b8a3e15",
//	    "timestamp": 1735000008
//	  },
//	  "l2GenesisTime": 1735000020,
//	  "blockTime": 2,
//	  "gasLimit": 30000000,
//	  "batcher": "0x7b1c1d0a6f6e2b1c4c0e1e4b7c6d5a4f3e2d1c0b",
//	  "batchInbox": "0xff00000000000000000000000000000000048901",
//	  "seqWindowSize": 3600,
//	  "channelTimeout": 300,
//	  "maxSequencerDrift": 600,
//	  "genesisFork": "isthmus",
//	  "alloc": {
//	    "0x9a1f0d1c6c3b0e8d7f6a5b4c3d2e1f0a9b8c7d6e": {"balance": "1000000000000000000000"}
//	  },
//	  "parley": {
//	    "activationTime": 1735000020,
//	    "l1ChainId": 11155111,
//	    "avs": "0x00000000000000000000000000000000000000aa",
//	    "publisher": "0x00000000000000000000000000000000000000bb",
//	    "certInbox": "0x00000000000000000000000000000000000000cc",
//	    "thresholds": [{"quorum": 0, "bps": 6667}],
//	    "window": 7200
//	  }
//	}
//
// With --l1-rpc, "l1Origin": {"number": "finalized"} is enough. The L2 genesis time
// then defaults to that block's time, which is not known in advance: to activate
// Parley at genesis, set l2GenesisTime (at or after the block's time) and the same
// parley.activationTime.
//
// # Use
//
// Load reads and checks a description; Description.FetchL1Origin completes its L1 origin
// from an L1 node; Init builds the files (a Chain) and Chain.Write writes them.
package chain
