package attestation

// Conflicts reports whether a and b are conflicting attestations (SPEC §8.4): two
// statements no honest operator signs both of. They conflict iff
//
//  1. they name the same AVS (L1 chain id and AVS address) and the same source chain;
//  2. each is well formed (fromBlock <= toBlock);
//  3. their block ranges overlap: a.FromBlock <= b.ToBlock and b.FromBlock <= a.ToBlock
//     (adjacent ranges, such as 1..10 and 11..20, do not);
//  4. they differ in any field, that is their digests differ (identical attestations
//     are one statement signed twice, not a conflict).
//
// Attestations against different snapshots of the same range conflict too: an honest
// operator signs each source block once, whatever snapshot it names. Conflicts is
// symmetric and pure; ParleySlasher applies the same rule on L1.
func Conflicts(a, b Attestation) bool {
	if a.AVS != b.AVS || a.SourceChainID != b.SourceChainID {
		return false
	}
	if a.Validate() != nil || b.Validate() != nil {
		return false
	}
	if a.FromBlock > b.ToBlock || b.FromBlock > a.ToBlock {
		return false
	}
	return a.Digest() != b.Digest()
}
