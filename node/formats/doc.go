// Package formats defines the JSON documents Parley tools exchange: a certificate
// file, an operator-table file and a verification-policy file. They exist so that a
// certificate can be inspected, archived and checked by hand (`parley cert verify`)
// with the same verifier destination rollups run, and so that tests, devnets and
// operators share one documented form.
//
// Every reader is strict, because these files carry the same data as consensus
// inputs and a lenient reader would let a file mean something other than what it
// says: exactly one JSON document, no duplicate keys, no unknown keys (key names are
// case-sensitive), every field present unless marked optional, no nulls, and each value
// checked by the library's own rules — points with bls.DecodeG1/DecodeG2 (canonical
// words, on the curve, in the subgroup, not the identity), certificates by
// certificate.Decode, tables by rebuilding them through optable's update path,
// policies by verifier.Policy.Validate. Writers produce indented JSON that the readers
// accept.
//
// # Common encodings
//
//   - word: a 32-byte big-endian value as "0x" followed by exactly 64 hex digits
//     (either case).
//   - address: "0x" followed by exactly 40 hex digits.
//   - G1 point: {"x": word, "y": word}, the EVM encoding X || Y.
//   - G2 point: {"x": [word, word], "y": [word, word]} in EIP-197 order, as in
//     Solidity's BN254.G2Point: x[0] is the imaginary part of X, x[1] the real part,
//     likewise for y.
//   - AVS: {"l1ChainId": number, "registry": address}.
//   - Chain ids, block numbers, versions, quorum numbers and basis points are JSON
//     integers (no fractions, exponents or quotes). Stakes are decimal strings,
//     because they reach 96 bits.
//
// # Certificate
//
//	{
//	  "attestation": {
//	    "avs": AVS,
//	    "sourceChainId": number, "fromBlock": number, "toBlock": number,
//	    "lastBlockHash": word, "messageRoot": word, "tableVersion": number
//	  },
//	  "quorums": [number, ...],      strictly ascending, each 0..191
//	  "sigma": G1 point,             the aggregate signature
//	  "apkG2": G2 point,             the signers' aggregate G2 key
//	  "nonSigners": [word, ...],     operator ids, strictly ascending ([] if none)
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
//	    "avs": {"l1ChainId": 900, "registry": "0x0000000000000000000000000000000000a11ce0"},
//	    "sourceChainId": 901,
//	    "fromBlock": 1000,
//	    "toBlock": 1001,
//	    "lastBlockHash": "0xdaf0256d3b679e02d3cbc72abe57278965cc2e72f56dd0f1a561316f300be827",
//	    "messageRoot": "0xda3f6130624326d838e0b5ebf63acc4180aea4959f417e234c1edf00b0d9ffdd",
//	    "tableVersion": 1
//	  },
//	  "quorums": [0],
//	  "sigma": {
//	    "x": "0x0d123db8fba3cfa3e37d4c08f844d437a578e9006b067de418e0c6d6b45c5195",
//	    "y": "0x11f81888a44fb96413175a3804f1a397b2493211c99c7fb7bbe414465bed01ad"
//	  },
//	  "apkG2": {
//	    "x": ["0x057370b418ff6d41073c418d90ac73214ebf37a82f7a86568f481071db38a505",
//	          "0x0dc9d25df2cecd628fb4299e6f672aadc31fdd829679cabc00440a154c4999c8"],
//	    "y": ["0x01537e443c343b9806c8a3dfbd52501d14ee0c83dbb5b316847d875aba20ce07",
//	          "0x13a2e0bf26d019b810de232d2a269a93c70fca5c6d470de5c0e3edbc8e0f0a5f"]
//	  },
//	  "nonSigners": ["0x4d3dbf47f6de733b5f061172635d6796de7ddaa9de21f405f5383930bfcb8203"],
//	  "encoded": "0x0000000000000000000000000000000000000000000000000000000000000384…8203"
//	}
//
// # Operator table
//
//	{
//	  "avs": AVS,
//	  "version": number,
//	  "operators": [                 in registration order
//	    {
//	      "id": word,                optional: keccak256(pubkeyG1.x || pubkeyG1.y), checked
//	      "address": address,
//	      "pubkeyG1": G1 point,
//	      "pubkeyG2": G2 point,
//	      "pop": G1 point,           proof of possession for this address and AVS
//	      "stakes": {"<quorum>": "<stake>", ...}   decimal quorum (0..191) -> decimal stake
//	    }, ...
//	  ]
//	}
//
// A table document is one version of the table. Reading rebuilds it as the registry
// would have: for each operator in order, optable.Register (which verifies the proof
// of possession and rejects duplicate addresses and keys), Join of its quorums, and
// SetStake in each (at most 96 bits), all in one optable.Table.Apply. Any rejected
// update is an error. The rebuilt table is brought to exactly the stated version by
// applying empty update lists; version 0 is the empty table and allows no operators,
// and versions above MaxTableVersion are refused. An operator with "stakes": {} is
// registered but in no quorum. Quorum keys and stakes must be canonical decimals (no
// sign, no leading zeros). A quorum every member has left is not represented; a
// verifier treats it exactly like a quorum that never existed.
//
// Example (the first operator of testdata/table.json, itself a valid table):
//
//	{
//	  "avs": {"l1ChainId": 900, "registry": "0x0000000000000000000000000000000000a11ce0"},
//	  "version": 1,
//	  "operators": [
//	    {
//	      "id": "0x2d2f9626ff8c9e4906d917f76b44978ce07bafa54e1da38176f8135304f1232f",
//	      "address": "0xd48ff8765ce481fdd6f46e0e191b8a3cafbc5cd1",
//	      "pubkeyG1": {
//	        "x": "0x15bc7195b92fbde99b94e3f3af29f2f2e651b5c75e66c8899823088dbf3925cd",
//	        "y": "0x248a196d08c8dd82c5952e205f6e43dea7b37c9dfa68b6cf5dca8862e9461167"
//	      },
//	      "pubkeyG2": {
//	        "x": ["0x18d251da47140d74d0abed6a0a94565879170f57b7cdf7d23a7a83029bada77a",
//	              "0x1131522846d8a7905cb032f4244ec3282e0d00770af6b12411b293a7888ee331"],
//	        "y": ["0x2028ccc375b618a3183e2e90318f761ca390ee880ae2f450f42c3351f35c9f1a",
//	              "0x10e97dbbebedbc1e4ff33a379fb87aad2f2db1f2bf8d070649214a11d985f956"]
//	      },
//	      "pop": {
//	        "x": "0x20bd9e9976328ed5ec23c62d7f2775db50b4d1ecb4c24d6fe7ad304b7ab02cc2",
//	        "y": "0x243d6e5d3e83cbb7639ddb8a4fb4bbdf0a4ab9f4c03c4f2e5457dc7f561db376"
//	      },
//	      "stakes": {"0": "11000"}
//	    }
//	  ]
//	}
//
// # Verification policy
//
//	{
//	  "avs": AVS,
//	  "thresholds": [{"quorum": number, "bps": number}, ...],
//	  "window": number
//	}
//
// Thresholds are strictly ascending by quorum, each at most 10000 basis points; a
// certificate must list exactly these quorums and, in each, signed·10000 >=
// total·bps. The window is the number of table versions before the latest that a
// certificate may name (optable.DefaultWindow is 16). Example (testdata/policy.json):
//
//	{
//	  "avs": {"l1ChainId": 900, "registry": "0x0000000000000000000000000000000000a11ce0"},
//	  "thresholds": [{"quorum": 0, "bps": 5000}],
//	  "window": 16
//	}
package formats
