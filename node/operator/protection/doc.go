// Package protection is an operator's slashing protection: a crash-safe record of every
// attestation each of its BN254 keys signed, consulted and extended before any signature
// leaves the process, so that an operator never signs two different attestations of
// overlapping ranges of one source chain for one AVS (SPEC §3; the equivocation Parley's
// slasher punishes).
//
// # The rule
//
// Signatures are kept per scope: (key id, AVS, source chain), where the key id is
// keccak256(G1.X || G1.Y) (interop/optable.IDOf) and the AVS is (L1 chain id, registrar
// address). For a scope, the watermark is the highest block of any range signed. An
// attestation of blocks from..to may be signed with a key only if
//
//  1. it repeats a stored signing exactly (same range, same digest): the stored signature
//     is returned (BLS signatures are deterministic, so re-signing gives the same one), or
//  2. no stored range of the scope overlaps from..to, and from is above the watermark.
//
// Everything else is refused (ErrRefused: a conflicting or out-of-order request), except
// one case that is worse than a conflict: a request whose range ends at the same block as
// a stored range but names another hash for that block, or repeats a stored range with
// another message root. That means the source chain's content for a range this key
// signed has changed (a reorg below the head the operator attests to, or a lying node):
// ErrContentChanged, upon which the daemon halts. The new content is never signed: the
// watermark already covers it.
//
// An operator with several keys (one per operator set) signs with all of them in one
// call. The check and the record of every key happen in ONE bbolt read-write
// transaction, which bbolt fsyncs on commit, and the signatures are returned only after
// the commit: if any key is refused, nothing is recorded and nothing is signed; if the
// process dies after the commit and before the signature is sent, the record survives
// (a repeat then returns the same signature); if it dies before the commit, no signature
// existed. bbolt serializes read-write transactions, so concurrent requests are decided
// one after the other against each other's records.
//
// # Database
//
// A bbolt file (go.etcd.io/bbolt v1.3.6), locked by the process that opens it (a second
// process, such as an export while the daemon runs, fails to open it after a second):
//
//	meta        "schema"  -> "parley-operator-protection/1"
//	watermarks  scope     -> be64(highest signed block)
//	ranges      scope     -> (bucket) be64(fromBlock) -> Record as JSON
//
// where scope is the 68-byte key id[32] || be64(l1ChainId) || avs[20] ||
// be64(sourceChainId). Records of a scope never overlap, so be64(fromBlock) orders them.
// Open refuses a missing file unless asked to create one (the daemon's --fresh), and a
// file that is not a bbolt database, has no or another schema, fails bbolt's consistency
// check or holds a record that does not decode or does not match its digest (ErrCorrupt;
// with create, such a file is moved aside to <path>.corrupt-<unix time> and a new one
// is made).
//
// # Interchange
//
// Export and Import move the history of one (AVS, source chain) as JSON, in the spirit
// of EIP-3076 (Ethereum validators' slashing-protection interchange): decimal strings for
// integers, 0x-hex for hashes, and only what protection needs (no signatures):
//
//	{
//	  "metadata": {
//	    "interchange_format": "parley-operator-protection",
//	    "interchange_format_version": "1",
//	    "l1_chain_id": "900",
//	    "avs": "0x…",
//	    "source_chain_id": "902"
//	  },
//	  "data": [
//	    {
//	      "key_id": "0x…",
//	      "watermark": "40",
//	      "signed_ranges": [
//	        {"from_block": "1", "to_block": "10", "digest": "0x…", "last_block_hash": "0x…",
//	         "message_root": "0x…", "snapshot_block": "17", "snapshot_root": "0x…"}
//	      ]
//	    }
//	  ]
//	}
//
// Decoding is strict (unknown fields, another format or version, a digest that is not
// the SPEC §3 digest of the record's fields, or overlapping ranges of one key are
// errors). Import merges into the database in one transaction: a record equal to a stored
// one is skipped, a record that overlaps a stored one differently refuses the whole
// import, and each scope keeps the higher of the two watermarks.
package protection
