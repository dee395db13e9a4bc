// Package formats defines the JSON documents Parley tools exchange: a certificate
// file, an operator-table snapshot file and a verification-policy file. They exist so
// that a certificate can be inspected, archived and checked by hand (`parley cert
// verify`) with the same verifier destination rollups run, and so that tests, devnets
// and operators share one documented form.
//
// Every reader is strict, because these files carry the same data as consensus
// inputs and a lenient reader would let a file mean something other than what it
// says: exactly one JSON document, no duplicate keys, no unknown keys (key names are
// case-sensitive), every field present unless marked optional, no nulls, and each value
// checked by the library's own rules — points with bls.DecodeG1/DecodeG2 (canonical
// words, on the curve, in the subgroup, not the identity), certificates by
// certificate.Decode, tables by rebuilding them with optable.Build and checking the
// stated root, policies by verifier.Policy.Validate. Writers produce indented JSON
// that the readers accept and that reads back to the same value.
//
// # Common encodings
//
//   - word: a 32-byte big-endian value as "0x" followed by exactly 64 hex digits
//     (either case).
//   - address: "0x" followed by exactly 40 hex digits.
//   - G1 point: {"x": word, "y": word}, the EVM encoding X || Y.
//   - G2 point: {"x": [word, word], "y": [word, word]} in EIP-197 order, as in
//     Solidity's BN254.G2Point and EigenLayer's keyData: x[0] is the imaginary part of
//     X, x[1] the real part, likewise for y.
//   - AVS: {"l1ChainId": number, "avs": address}: the L1 chain and the AVS's
//     EigenLayer address (Parley's registrar contract).
//   - Chain ids, block numbers, operator-set ids (quorum numbers), member counts and
//     basis points are JSON integers (no fractions, exponents or quotes). Weights are
//     canonical decimal strings (no sign, no leading zeros), because they reach 96
//     bits.
//
// # Certificate
//
//	{
//	  "attestation": {
//	    "avs": AVS,
//	    "sourceChainId": number, "fromBlock": number, "toBlock": number,
//	    "lastBlockHash": word, "messageRoot": word,
//	    "snapshot": {"block": number, "root": word}   the operator-table snapshot signed against
//	  },
//	  "quorums": [number, ...],      operator-set ids, strictly ascending, each 0..191
//	  "sigma": G1 point,             the aggregate signature
//	  "apkG2": G2 point,             the signers' aggregate G2 key
//	  "nonSigners": [word, ...],     operator ids (key hashes), strictly ascending ([] if none)
//	  "encoded": "0x..."             optional: certificate.Encode of the above
//	}
//
// A certificate document holds either all five fields before "encoded" ("encoded"
// then optional, and if present it must equal the canonical encoding of the other
// fields — a check that the human-readable fields and the bytes posted to L1 agree),
// or "encoded" alone. Writers always include "encoded". The attestation digest the
// signature is over is never stored: verifiers compute it from the fields.
//
// Example (testdata/cert.json, "encoded" abbreviated here):
//
//	{
//	  "attestation": {
//	    "avs": {"l1ChainId": 900, "avs": "0x0000000000000000000000000000000000a11ce0"},
//	    "sourceChainId": 901,
//	    "fromBlock": 1000,
//	    "toBlock": 1001,
//	    "lastBlockHash": "0x60c88766cbc9a2ec582e024807a9cc0ed5f03cb7aaf947ced32dbe06e0fb1049",
//	    "messageRoot": "0x28924e1238581c50df4eb64ac0d3525a413d20e2794b4c0998386c585944f996",
//	    "snapshot": {
//	      "block": 100,
//	      "root": "0x6f0b78874ea15fb9d95f011ace223b7e65055193f7d01e236cdd9e94e6012f71"
//	    }
//	  },
//	  "quorums": [0, 1],
//	  "sigma": {
//	    "x": "0x28ab4dbbec70623a87f85ea2c816282347740eaa5e917bdaa851e57d48a261a2",
//	    "y": "0x0577101e27b1fd41631f72838cc9e4df3740ac6c2da5c395bbf9ee38a1168bcb"
//	  },
//	  "apkG2": {
//	    "x": ["0x1c2b9db877529af1f70649599239dded2b356dc8e718d651e807887dcfbda7ec",
//	          "0x03a76b3db85289f52c2d3708d915acdb3882a3ca31faae92c058988d6c8e8cc5"],
//	    "y": ["0x12acbc8ce89a5364b043848f949d7809dcfffe0f7b39486c415d611d3d7ed2fb",
//	          "0x0cd164f4af1ad7b850960e7ffc6c307fb126cded93b4964ca30966e0dda2fd3f"]
//	  },
//	  "nonSigners": ["0xd19718a7cacd2610d8bea4c0717b71b974381174222e76f09b7c1a8bd8dbda1a"],
//	  "encoded": "0x0000000000000000000000000000000000000000000000000000000000000384…da1a"
//	}
//
// # Operator-table snapshot
//
// A table document is one snapshot of the AVS's EigenLayer operator sets (SPEC §5), as
// the table publisher seals it on L1: the sets with, per member, its BN254 key for
// that set (from EigenLayer's KeyRegistrar) and its weight.
//
//	{
//	  "avs": AVS,
//	  "block": number,               the L1 block the snapshot was sealed in
//	  "root": word,                  the snapshot root (SPEC §5)
//	  "sets": [                      strictly ascending by id
//	    {"id": number, "members": number, "totalWeight": "<decimal>"}, ...
//	  ],
//	  "entries": [                   by set id, then by operator address strictly ascending
//	    {
//	      "set": number,             one of the listed sets, 0..191
//	      "operator": address,
//	      "weight": "<decimal>",     at most 96 bits
//	      "id": word,                optional: keccak256(pubkeyG1.x || pubkeyG1.y), checked
//	      "pubkeyG1": G1 point,
//	      "pubkeyG2": G2 point
//	    }, ...
//	  ]
//	}
//
// Reading rebuilds the table as a destination does from the publisher's logs, with
// optable.Build: every rule of SPEC §5 holds (at most 32 sets, each id below 192; at
// most 4096 entries, in order, each of a listed set; weights of at most 96 bits; key
// ids unique across the snapshot), or the error is optable's, wrapped. Then the stated
// root must be the root of the entries (ErrTableRoot: any edit to an entry, or an
// entry added, dropped or moved, changes the root), and each set's stated member count
// and total weight must be those of its entries (ErrTableSet). A set may have no
// members ("members": 0, "totalWeight": "0"). The block is not part of the root: it
// and the root together name the snapshot, and a certificate is checked only against
// the snapshot it names.
//
// Keys are decoded strictly but their KeyRegistrar proofs of possession are not
// re-checked, exactly as in optable: a table file is as trustworthy as its root, which
// a reader compares with the publisher's snapshotRoot(block) on L1.
//
// Example: a complete snapshot of one entry (testdata/table.json holds the five-entry
// snapshot of testdata/cert.json):
//
//	{
//	  "avs": {"l1ChainId": 900, "avs": "0x0000000000000000000000000000000000a11ce0"},
//	  "block": 100,
//	  "root": "0x5b98b8d0cecde2c0ff692058f07a047fc01e52ab7fb0bb2d494c573b6c427619",
//	  "sets": [{"id": 0, "members": 1, "totalWeight": "11000"}],
//	  "entries": [
//	    {
//	      "set": 0,
//	      "operator": "0xf0b5cd3a924e0c1665a04dc665152b7976aee2be",
//	      "weight": "11000",
//	      "id": "0x3fe31fcea71152cdab54e10d49dbd55a6482d511eabbd0ee243d27795f14abb7",
//	      "pubkeyG1": {
//	        "x": "0x1248a0feea6fc2a53cd5f49ae95db9757498023f8f9a9d3b1893536683d265b3",
//	        "y": "0x25e326f79a8f7164e55b2b082f34f86fc9d2e6b16471860d36e06cb89474e7a8"
//	      },
//	      "pubkeyG2": {
//	        "x": ["0x0e5d3e8ee46b821024037c02f9e0f2dcb808dce28e25b2eb3d0adfe54542a870",
//	              "0x129d6213d47ac468a5a02e6ca3c1954d5520cd71f3c3e2fe900c38fe2c87bb73"],
//	        "y": ["0x301f4b064e740709297cb08b3f6ca015239588474c3a929e212b0a38c279412c",
//	              "0x0e4c9356b6ae0e63f8551d518de1cba55356dcadc284637ddb416d59b2459443"]
//	      }
//	    }
//	  ]
//	}
//
// # Verification policy
//
//	{
//	  "avs": AVS,
//	  "thresholds": [{"quorum": number, "bps": number}, ...]
//	}
//
// Thresholds are strictly ascending by operator set ("quorum"), each at most 10000
// basis points; a certificate must list exactly these sets and, in each, signed·10000
// >= total·bps. Which snapshots a destination accepts (its window of L1 blocks) is the
// chain's configuration, not the policy's: a table file holds exactly one snapshot.
// Example (testdata/policy.json, here on fewer lines):
//
//	{
//	  "avs": {"l1ChainId": 900, "avs": "0x0000000000000000000000000000000000a11ce0"},
//	  "thresholds": [{"quorum": 0, "bps": 5000}, {"quorum": 1, "bps": 5000}]
//	}
package formats
