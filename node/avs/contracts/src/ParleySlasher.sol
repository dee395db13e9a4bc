// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IAllocationManager} from "./interfaces/IAllocationManager.sol";
import {IStrategy} from "./interfaces/IStrategy.sol";
import {ParleyRegistrar} from "./ParleyRegistrar.sol";
import {ParleyTablePublisher} from "./ParleyTablePublisher.sol";

/// @title ParleySlasher
/// @notice Takes evidence that an operator signed two *conflicting* attestations
///         (interop/SPEC.md §8.4) and slashes `slashWads` of the operator's allocation
///         in the operator set, in every strategy of the set, through EigenLayer's
///         AllocationManager. Anyone may submit evidence: it is checked entirely against
///         L1 state (the publisher's stored snapshot roots) and the signatures.
///
///         Two attestations A and B conflict iff they name the same AVS (this
///         registrar), the same L1 chain (this one), the same source chain, their block
///         ranges [fromBlock, toBlock] overlap (A.from ≤ B.to and B.from ≤ A.to; adjacent
///         ranges do not), each has fromBlock ≤ toBlock, and their digests (SPEC §3)
///         differ. An honest operator signs at most one attestation per source block.
///
///         Individual evidence (`slashEquivocation`), checked in this order, each rule
///         with its own error:
///          1. each attestation names this registrar and this chain, fromBlock ≤ toBlock;
///          2. the two conflict (above);
///          3. each sigma is a G1 point, not the identity;
///          4. per attestation: the publisher sealed a snapshot in its snapshotBlock
///             whose root is its snapshotRoot (not zero);
///          5. per attestation: the entry (224 bytes, SPEC §5) with its position, the
///             snapshot's entry count and the 12 siblings hashes to that root, under
///             the evidence's operator-set id;
///          6. both entries name the same operator;
///          7. per attestation: sigma verifies under the entry's G2 key with EigenLayer's
///             equation e(sigma, -G2) · e(hashToG1(digest), pk2) = 1 (both checked in
///             one pairing, by a random linear combination: `_checkSignatures`);
///             the G1 half of the key is not used: every snapshot key passed EigenLayer's
///             proof of possession, so pk1 and pk2 share one secret (SPEC §4, §7);
///          8. this offence (operator, set, unordered digest pair) was not slashed
///             before;
///          9. the operator is still slashable by the set in EigenLayer (registered, or
///             within DEALLOCATION_DELAY of leaving): else `OperatorNotSlashable`.
///         Then it records the offence and slashes through the registrar.
///
///         Certificate evidence (`slashCertificates`) slashes every operator of the set
///         who signed both of two certificates over conflicting attestations (see that
///         function).
/// @dev    The slash goes through `ParleyRegistrar.slashOperator` (this contract is the
///         registrar's configured `slasher`), not straight to the AllocationManager
///         through a PermissionController appointment: the registrar *is* the AVS, and
///         its slash moves the set's membership epoch, so a snapshot being built while
///         weights change cannot be sealed with stale weights. A direct appointment
///         would bypass that epoch bump (see the registrar's developer notes).
///
///         An offence is the unordered pair of digests, per operator and set: the same
///         pair (in either order) slashes once; a different conflicting pair is a
///         different offence. Each slash takes `slashWads` of what is left, so k
///         offences leave (1 - w)^k of the allocation.
contract ParleySlasher {
    /// @notice EIP-712-style type string of Parley's attestations (SPEC §3).
    string public constant ATTESTATION_TYPE =
        "Parley.Attestation.v2(uint256 l1ChainId,address avs,uint256 sourceChainId,uint64 fromBlock,uint64 toBlock,bytes32 lastBlockHash,bytes32 messageRoot,uint64 snapshotBlock,bytes32 snapshotRoot)";
    /// @notice keccak256(ATTESTATION_TYPE).
    bytes32 public constant ATTESTATION_TYPEHASH = keccak256(bytes(ATTESTATION_TYPE));
    /// @notice The depth of the snapshot tree (SPEC §5).
    uint256 public constant DEPTH = 12;
    /// @notice The most entries in a snapshot (2^DEPTH).
    uint256 public constant MAX_ENTRIES = 4096;
    /// @notice The size of a snapshot entry.
    uint256 public constant ENTRY_SIZE = 224;
    /// @notice The bound on hashToG1's try-and-increment loop (as interop/bls).
    uint256 public constant MAX_HASH_ATTEMPTS = 512;
    /// @notice EigenLayer's WAD (slashing all of an allocation).
    uint256 public constant WAD = 1e18;

    /// @dev BN254's group order.
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @dev BN254's base field modulus.
    uint256 internal constant P = 21888242871839275222246405745257275088696311157297823662689037894645226208583;
    /// @dev (P + 1) / 4: the square-root exponent (P ≡ 3 mod 4).
    uint256 internal constant SQRT_EXP = (P + 1) / 4;
    /// @dev -G2 (EIP-197 word order: X.im, X.re, Y.im, Y.re; Y negated).
    uint256 internal constant NEG_G2_X_IM = 11559732032986387107991004021392285783925812861821192530917403151452391805634;
    uint256 internal constant NEG_G2_X_RE = 10857046999023057135944570762232829481370756359578518086990519993285655852781;
    uint256 internal constant NEG_G2_Y_IM = 17805874995975841540914202342111839520379459829704422454583296818431106115052;
    uint256 internal constant NEG_G2_Y_RE = 13392588948715843804641432497768002650278120570034223513918757245338268106653;
    /// @dev EigenLayer v1.8.1 AllocationManager's `OperatorNotSlashable()` selector.
    bytes4 internal constant EL_OPERATOR_NOT_SLASHABLE = bytes4(keccak256("OperatorNotSlashable()"));

    /// @notice The 9 fields of a Parley attestation (SPEC §3), in the type string's order.
    struct Attestation {
        uint256 l1ChainId;
        address avs;
        uint256 sourceChainId;
        uint64 fromBlock;
        uint64 toBlock;
        bytes32 lastBlockHash;
        bytes32 messageRoot;
        uint64 snapshotBlock;
        bytes32 snapshotRoot;
    }

    /// @notice A snapshot entry and its Merkle proof: `entry` (224 bytes: operator ||
    ///         be96(weight) || keyData) at position `index` of a snapshot of
    ///         `entryCount` entries, with the 12 siblings from the leaf up.
    struct Membership {
        bytes entry;
        uint32 index;
        uint32 entryCount;
        bytes32[12] proof;
    }

    /// @notice One operator's signature on an attestation: sigma (G1, X and Y), and the
    ///         operator's entry in the attestation's snapshot.
    struct SignedAttestation {
        Attestation attestation;
        uint256[2] sigma;
        Membership member;
    }

    /// @notice A contiguous run of a snapshot's entries with a range proof (certificate
    ///         evidence): `entries` (224 bytes each) at positions `start`, `start + 1`, …
    ///         of a snapshot of `entryCount` entries, `setIds` one byte per entry (the
    ///         leaf binds it), and `proof` the boundary siblings: for each tree level from
    ///         the leaves up, first the left neighbour of the run if the run starts at an
    ///         odd position, then the right neighbour if it ends at an even one (zero
    ///         hashes beyond the last entry); nothing else.
    struct EntryRange {
        uint32 start;
        uint32 entryCount;
        bytes setIds;
        bytes entries;
        bytes32[] proof;
    }

    /// @dev A certificate as far as this contract reads it (byte offsets into it).
    struct Cert {
        Attestation att;
        uint256 quorums; // bitmap of the listed operator sets
        uint256 sigmaX;
        uint256 sigmaY;
        uint256 nonSigners; // offset of the first non-signer id
        uint256 nonSignerCount;
        bytes32 digest;
        address[] signers; // of the evidence's set, ascending
    }

    /// @notice The AVS (Parley's registrar), through which this contract slashes.
    ParleyRegistrar public immutable registrar;
    /// @notice The table publisher whose stored roots snapshot entries are proven against.
    ParleyTablePublisher public immutable publisher;
    /// @notice The fraction of an offender's allocation slashed per offence (of WAD).
    uint256 public immutable slashWads;

    /// @notice Offences slashed: keccak256(abi.encode(operator, setId, lowDigest,
    ///         highDigest)) (see `offenceKey`).
    mapping(bytes32 => bool) public slashed;

    /// @notice An operator was slashed for signing two conflicting attestations (digests
    ///         in ascending order); `slashId` is EigenLayer's.
    event EquivocationSlashed(
        address indexed operator, uint32 indexed operatorSetId, bytes32 digestLow, bytes32 digestHigh, uint256 slashId
    );

    /// @notice An operator who signed both certificates could not be slashed (no longer
    ///         slashable by the set); the others were.
    event OffenderNotSlashable(address indexed operator, uint32 indexed operatorSetId);

    /// @notice A constructor address is zero.
    error ZeroAddress();
    /// @notice slashWads is 0 or above WAD.
    error InvalidSlashWads(uint256 wads);
    /// @notice The publisher serves another registrar.
    error PublisherMismatch(address publisherRegistrar);
    /// @notice An attestation names another AVS.
    error WrongAVS(address avs);
    /// @notice An attestation names another L1 chain.
    error WrongL1Chain(uint256 l1ChainId);
    /// @notice An attestation's fromBlock is after its toBlock.
    error InvalidRange(uint64 fromBlock, uint64 toBlock);
    /// @notice The attestations name different source chains.
    error DifferentSourceChains(uint256 a, uint256 b);
    /// @notice The attestations' block ranges do not overlap.
    error RangesDoNotOverlap();
    /// @notice The attestations are identical (same digest): not a conflict.
    error IdenticalAttestations(bytes32 digest);
    /// @notice This offence was slashed before.
    error AlreadySlashed(bytes32 offence);
    /// @notice No snapshot was sealed in the attestation's snapshotBlock.
    error UnknownSnapshot(uint64 snapshotBlock);
    /// @notice The snapshot sealed in snapshotBlock has another root.
    error SnapshotRootMismatch(uint64 snapshotBlock, bytes32 stored, bytes32 named);
    /// @notice An entry is not 224 bytes.
    error InvalidEntryLength(uint256 length);
    /// @notice entryCount is 0 or above MAX_ENTRIES, or index is not below it.
    error InvalidEntryPosition(uint32 index, uint32 entryCount);
    /// @notice The entry's proof does not hash to the snapshot root.
    error InvalidSnapshotProof(uint64 snapshotBlock);
    /// @notice The two entries name different operators.
    error OperatorMismatch(address a, address b);
    /// @notice A signature does not verify.
    error InvalidSignature(bytes32 digest);
    /// @notice A signature is not a G1 point (a coordinate ≥ p, or off the curve; the
    ///         identity (0, 0) is off the curve).
    error InvalidSignaturePoint(uint256 x, uint256 y);
    /// @notice hashToG1 found no point in MAX_HASH_ATTEMPTS steps (never in practice).
    error HashToCurveFailed(bytes32 digest);
    /// @notice The operator is no longer slashable by the set (left it more than
    ///         EigenLayer's DEALLOCATION_DELAY ago, or never registered).
    error OperatorNotSlashable(address operator, uint32 operatorSetId);
    /// @notice A certificate breaks SPEC §6's encoding: rule 1 size, 2 offsets or
    ///         lengths, 3 non-zero padding, 4 quorum list (empty, > 192, not ascending,
    ///         id ≥ 192), 5 non-signers (> 4096, not strictly ascending), 6 attestation
    ///         words with bits above their type.
    error MalformedCertificate(uint8 rule);
    /// @notice A certificate does not list the operator set.
    error SetNotInCertificate(uint32 operatorSetId);
    /// @notice An entry range is malformed: no entries, lengths that disagree, a run
    ///         outside [0, entryCount), entryCount above MAX_ENTRIES, or a proof of the
    ///         wrong length.
    error InvalidEntryRange();
    /// @notice The certificate's aggregate signature does not verify under its signers
    ///         (the range's entries of listed sets, minus non-signers) and its apkG2.
    error InvalidAggregateSignature(bytes32 digest);
    /// @notice No operator of the set signed both certificates, or every one that did was
    ///         slashed for this pair before or is no longer slashable.
    error NothingToSlash();
    /// @notice slashAsSelf was called by another account.
    error NotSelf();
    /// @notice A precompile call failed.
    error PrecompileFailed(uint256 precompile);

    /// @param registrar_ Parley's registrar (the AVS); this contract must be its slasher.
    /// @param publisher_ Parley's table publisher (for `registrar_`).
    /// @param slashWads_ The fraction slashed per offence, in (0, 1e18].
    constructor(ParleyRegistrar registrar_, ParleyTablePublisher publisher_, uint256 slashWads_) {
        if (address(registrar_) == address(0) || address(publisher_) == address(0)) revert ZeroAddress();
        if (slashWads_ == 0 || slashWads_ > WAD) revert InvalidSlashWads(slashWads_);
        address r = address(publisher_.registrar());
        if (r != address(registrar_)) revert PublisherMismatch(r);
        registrar = registrar_;
        publisher = publisher_;
        slashWads = slashWads_;
    }

    // ------------------------------------------------------------------ evidence

    /// @notice Slashes the operator who signed both attestations, which conflict, with
    ///         its key in operator set `operatorSetId` (see the contract doc for the
    ///         checks). Returns EigenLayer's slash id.
    function slashEquivocation(uint32 operatorSetId, SignedAttestation calldata a, SignedAttestation calldata b)
        external
        returns (uint256 slashId)
    {
        (bytes32 lo, bytes32 hi, address operator) = verifyEquivocation(operatorSetId, a, b);
        bytes32 offence = offenceKey(operator, operatorSetId, lo, hi);
        if (slashed[offence]) revert AlreadySlashed(offence);
        slashed[offence] = true;
        slashId = _slash(operator, operatorSetId);
        emit EquivocationSlashed(operator, operatorSetId, lo, hi, slashId);
    }

    /// @notice Checks individual evidence without slashing (rules 1–6 of the contract
    ///         doc): reverts with the first rule broken, else returns the two digests in
    ///         ascending order (the offence is order-independent) and the operator.
    function verifyEquivocation(uint32 operatorSetId, SignedAttestation calldata a, SignedAttestation calldata b)
        public
        view
        returns (bytes32 lo, bytes32 hi, address operator)
    {
        bytes32 da = _checkAttestation(a.attestation);
        bytes32 db = _checkAttestation(b.attestation);
        _checkConflict(a.attestation, b.attestation, da, db);
        _checkSigma(a.sigma[0], a.sigma[1]);
        _checkSigma(b.sigma[0], b.sigma[1]);
        (lo, hi) = da < db ? (da, db) : (db, da);
        operator = _checkMember(operatorSetId, a.attestation, a.member);
        address other = _checkMember(operatorSetId, b.attestation, b.member);
        if (operator != other) revert OperatorMismatch(operator, other);
        _checkSignatures(da, db, a, b);
    }

    /// @notice Slashes every operator of set `operatorSetId` that signed both of two
    ///         certificates over conflicting attestations (the intersection of their
    ///         signer sets, by operator address). Each certificate is the raw bytes posted
    ///         to the inbox (SPEC §6) with the run of its snapshot's entries that covers
    ///         its listed sets (`EntryRange`). Per certificate: the attestation names this
    ///         registrar and chain, the snapshot is the publisher's and the range proves
    ///         against its root; the signers are the range's entries whose set is listed
    ///         and whose key id is not a non-signer; apk1 = Σ their G1 keys, and
    ///         EigenLayer's equation with the certificate's apkG2 holds:
    ///         e(sigma + γ·apk1, -G2) · e(H(m) + γ·G1, apkG2) = 1, γ = keccak(m || apk1 ||
    ///         apkG2 || sigma) mod r. The two attestations must conflict. Offenders
    ///         already slashed for this pair are skipped; one no longer slashable is
    ///         skipped with `OffenderNotSlashable`; reverts `NothingToSlash` if no one is
    ///         slashed. At most `limit` offenders are slashed (0: no limit), in ascending
    ///         address order, so that a large intersection is slashed over several
    ///         transactions (each slash costs EigenLayer about 350k gas: about 40 fit
    ///         EIP-7825's 16,777,216 per transaction). Returns how many were.
    /// @dev    Sound for any run, complete or not: every key summed into apk1 is a
    ///         snapshot key (proof of possession), so a verifying aggregate means each of
    ///         them signed. Work is linear in the run (≤ MAX_ENTRIES entries; calldata
    ///         dominates, about 4k gas an entry).
    function slashCertificates(
        uint32 operatorSetId,
        bytes calldata certA,
        EntryRange calldata ra,
        bytes calldata certB,
        EntryRange calldata rb,
        uint256 limit
    ) external returns (uint256 count) {
        (Cert memory a, Cert memory b) = _verifyCertificates(operatorSetId, certA, ra, certB, rb);
        count = _slashIntersection(a, b, operatorSetId, limit == 0 ? type(uint256).max : limit);
    }

    /// @notice Checks certificate evidence without slashing (the checks of
    ///         `slashCertificates`): reverts with the first rule broken, else returns the
    ///         signers of set `operatorSetId` of each certificate (ascending) and the two
    ///         digests.
    function verifyCertificates(
        uint32 operatorSetId,
        bytes calldata certA,
        EntryRange calldata ra,
        bytes calldata certB,
        EntryRange calldata rb
    ) external view returns (address[] memory signersA, address[] memory signersB, bytes32 digestA, bytes32 digestB) {
        (Cert memory a, Cert memory b) = _verifyCertificates(operatorSetId, certA, ra, certB, rb);
        return (a.signers, b.signers, a.digest, b.digest);
    }

    function _verifyCertificates(
        uint32 operatorSetId,
        bytes calldata certA,
        EntryRange calldata ra,
        bytes calldata certB,
        EntryRange calldata rb
    ) internal view returns (Cert memory a, Cert memory b) {
        a = _openCertificate(operatorSetId, certA);
        b = _openCertificate(operatorSetId, certB);
        _checkConflict(a.att, b.att, a.digest, b.digest);
        _certSigners(operatorSetId, certA, a, ra);
        _certSigners(operatorSetId, certB, b, rb);
    }

    /// @dev Decodes a certificate and checks its attestation and that it lists the set.
    function _openCertificate(uint32 operatorSetId, bytes calldata raw) internal view returns (Cert memory c) {
        c = _decodeCertificate(raw);
        c.digest = _checkAttestation(c.att);
        if ((c.quorums >> operatorSetId) & 1 == 0) revert SetNotInCertificate(operatorSetId);
        _checkSigma(c.sigmaX, c.sigmaY);
    }

    /// @dev Slashes the operators in both certificates' ascending signer lists (a
    ///      merge); returns how many were slashed.
    function _slashIntersection(Cert memory a, Cert memory b, uint32 operatorSetId, uint256 limit)
        internal
        returns (uint256 count)
    {
        (bytes32 lo, bytes32 hi) = a.digest < b.digest ? (a.digest, b.digest) : (b.digest, a.digest);
        address[] memory sa = a.signers;
        address[] memory sb = b.signers;
        uint256 i;
        uint256 j;
        while (i < sa.length && j < sb.length && count < limit) {
            if (sa[i] < sb[j]) {
                i++;
            } else if (sb[j] < sa[i]) {
                j++;
            } else {
                if (_slashOnce(sa[i], operatorSetId, lo, hi)) count++;
                i++;
                j++;
            }
        }
        if (count == 0) revert NothingToSlash();
    }

    // -------------------------------------------------------------------- views

    /// @notice The key under which an offence is recorded: the operator, the set and the
    ///         two digests in ascending order.
    function offenceKey(address operator, uint32 operatorSetId, bytes32 lo, bytes32 hi) public pure returns (bytes32) {
        return keccak256(abi.encode(operator, operatorSetId, lo, hi));
    }

    /// @notice The digest operators sign for an attestation (SPEC §3).
    function attestationDigest(Attestation calldata att) public pure returns (bytes32) {
        return _digest(att); // the copy to memory checks every field's type
    }

    /// @notice EigenLayer's try-and-increment hash to G1 (SPEC §4): x = digest mod p;
    ///         until x^3 + 3 has the square root y = (x^3 + 3)^((p+1)/4), x += 1.
    ///         No sign normalisation.
    function hashToG1(bytes32 digest) public view returns (uint256 x, uint256 y) {
        x = uint256(digest) % P;
        for (uint256 i = 0; i < MAX_HASH_ATTEMPTS; i++) {
            uint256 beta = addmod(mulmod(mulmod(x, x, P), x, P), 3, P);
            y = _expMod(beta, SQRT_EXP);
            if (mulmod(y, y, P) == beta) return (x, y);
            x = addmod(x, 1, P);
        }
        revert HashToCurveFailed(digest);
    }

    /// @notice The snapshot root an entry's proof hashes to: keccak(0x02 ||
    ///         be64(entryCount) || tree root), leaf keccak(0x00 || be32(setId) || entry),
    ///         nodes keccak(0x01 || left || right) (SPEC §5).
    function membershipRoot(uint32 operatorSetId, Membership calldata m) public pure returns (bytes32 root) {
        bytes calldata entry = m.entry;
        if (entry.length != ENTRY_SIZE) revert InvalidEntryLength(entry.length);
        uint32 index = m.index;
        uint32 count = m.entryCount;
        if (count == 0 || count > MAX_ENTRIES || index >= count) revert InvalidEntryPosition(index, count);
        bytes32 acc = keccak256(abi.encodePacked(bytes1(0x00), operatorSetId, entry));
        for (uint256 h = 0; h < DEPTH; h++) {
            bytes32 sib = m.proof[h];
            acc = (index >> h) & 1 == 0 ? _node(acc, sib) : _node(sib, acc);
        }
        root = keccak256(abi.encodePacked(bytes1(0x02), uint64(count), acc));
    }

    // ----------------------------------------------------------------- internal

    function _checkAttestation(Attestation memory att) internal view returns (bytes32) {
        if (att.avs != address(registrar)) revert WrongAVS(att.avs);
        if (att.l1ChainId != block.chainid) revert WrongL1Chain(att.l1ChainId);
        if (att.fromBlock > att.toBlock) revert InvalidRange(att.fromBlock, att.toBlock);
        return _digest(att);
    }

    function _digest(Attestation memory att) internal pure returns (bytes32) {
        return keccak256(abi.encode(ATTESTATION_TYPEHASH, att));
    }

    function _checkConflict(Attestation memory a, Attestation memory b, bytes32 da, bytes32 db) internal pure {
        if (a.sourceChainId != b.sourceChainId) revert DifferentSourceChains(a.sourceChainId, b.sourceChainId);
        if (a.fromBlock > b.toBlock || b.fromBlock > a.toBlock) revert RangesDoNotOverlap();
        if (da == db) revert IdenticalAttestations(da);
    }

    /// @dev Rules 4 and 5 for one attestation; returns the entry's operator.
    function _checkMember(uint32 operatorSetId, Attestation calldata att, Membership calldata m)
        internal
        view
        returns (address)
    {
        bytes32 stored = _storedRoot(att.snapshotBlock, att.snapshotRoot);
        if (membershipRoot(operatorSetId, m) != stored) revert InvalidSnapshotProof(att.snapshotBlock);
        return address(bytes20(m.entry[0:20]));
    }

    /// @dev The root the publisher stored for snapshotBlock, which must be `named`.
    function _storedRoot(uint64 snapshotBlock, bytes32 named) internal view returns (bytes32 stored) {
        stored = publisher.snapshotRoot(snapshotBlock);
        if (stored == bytes32(0)) revert UnknownSnapshot(snapshotBlock);
        if (stored != named) revert SnapshotRootMismatch(snapshotBlock, stored, named);
    }

    /// @dev sigma must be a G1 point other than the identity: coordinates below p, on
    ///      y^2 = x^3 + 3 ((0, 0) is not). Checked before any precompile sees it: a
    ///      precompile that fails consumes all the gas passed to it.
    function _checkSigma(uint256 sx, uint256 sy) internal pure {
        if (sx >= P || sy >= P || mulmod(sy, sy, P) != addmod(mulmod(mulmod(sx, sx, P), sx, P), 3, P)) {
            revert InvalidSignaturePoint(sx, sy);
        }
    }

    /// @dev Both signatures of individual evidence in one pairing check, by a random
    ///      linear combination: with ρ = keccak(da || db || σa || σb || pk2a || pk2b) >> 128
    ///      | 1 (128 bits, fixed by everything checked),
    ///      e(σa + ρ·σb, -G2) · e(Ha, pk2a) · e(ρ·Hb, pk2b) = 1, and when pk2a = pk2b
    ///      (one key in both snapshots, the usual case) e(σa + ρ·σb, -G2) ·
    ///      e(Ha + ρ·Hb, pk2a) = 1: two pairs instead of four. If σa = sk·Ha + Δa and
    ///      σb = sk·Hb + Δb this holds iff Δa + ρ·Δb = 0, which for Δ ≠ 0 has
    ///      probability at most 2^-127 over ρ, fixed only after Δa and Δb. On failure each
    ///      signature is checked alone, so the error names the digest that fails.
    function _checkSignatures(bytes32 da, bytes32 db, SignedAttestation calldata a, SignedAttestation calldata b)
        internal
        view
    {
        bool same = keccak256(a.member.entry[96:224]) == keccak256(b.member.entry[96:224]);
        uint256 rho = _rho(da, db, a, b);
        uint256[] memory input = new uint256[](same ? 12 : 18);
        uint256[4] memory pt;
        (pt[0], pt[1]) = (a.sigma[0], a.sigma[1]);
        (pt[2], pt[3]) = _mulPoint(b.sigma[0], b.sigma[1], rho);
        (input[0], input[1]) = _ecAdd(pt);
        (input[2], input[3], input[4], input[5]) = (NEG_G2_X_IM, NEG_G2_X_RE, NEG_G2_Y_IM, NEG_G2_Y_RE);
        (pt[0], pt[1]) = hashToG1(da);
        (pt[2], pt[3]) = hashToG1(db);
        (pt[2], pt[3]) = _mulPoint(pt[2], pt[3], rho);
        if (same) {
            (input[6], input[7]) = _ecAdd(pt);
        } else {
            (input[6], input[7], input[12], input[13]) = (pt[0], pt[1], pt[2], pt[3]);
            for (uint256 j = 0; j < 4; j++) {
                input[14 + j] = _keyWord(b.member.entry, j);
            }
        }
        for (uint256 j = 0; j < 4; j++) {
            input[8 + j] = _keyWord(a.member.entry, j);
        }
        uint256[1] memory out;
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x08, add(input, 32), shl(5, mload(input)), out, 32)
        }
        if (ok && out[0] == 1) return;
        _checkSignature(da, a.sigma, a.member.entry);
        _checkSignature(db, b.sigma, b.member.entry);
        revert InvalidSignature(da); // unreachable: two valid signatures pass the batch
    }

    /// @dev ρ of `_checkSignatures`.
    function _rho(bytes32 da, bytes32 db, SignedAttestation calldata a, SignedAttestation calldata b)
        internal
        pure
        returns (uint256)
    {
        return (
            uint256(keccak256(abi.encodePacked(da, db, a.sigma, b.sigma, a.member.entry[96:224], b.member.entry[96:224])))
                >> 128
        ) | 1;
    }

    /// @dev Word j of an entry's G2 key (EIP-197 order).
    function _keyWord(bytes calldata entry, uint256 j) internal pure returns (uint256) {
        return uint256(bytes32(entry[96 + 32 * j:128 + 32 * j]));
    }

    function _mulPoint(uint256 x, uint256 y, uint256 k) internal view returns (uint256, uint256) {
        uint256[2] memory r = _ecMul(x, y, k);
        return (r[0], r[1]);
    }

    /// @dev e(sigma, -G2) · e(H(digest), pk2) == 1 with pk2 = entry[96:224] (EIP-197 order).
    function _checkSignature(bytes32 digest, uint256[2] calldata sigma, bytes calldata entry) internal view {
        (uint256 hx, uint256 hy) = hashToG1(digest);
        uint256[12] memory input;
        input[0] = sigma[0];
        input[1] = sigma[1];
        input[2] = NEG_G2_X_IM;
        input[3] = NEG_G2_X_RE;
        input[4] = NEG_G2_Y_IM;
        input[5] = NEG_G2_Y_RE;
        input[6] = hx;
        input[7] = hy;
        for (uint256 j = 0; j < 4; j++) {
            input[8 + j] = uint256(bytes32(entry[96 + 32 * j:128 + 32 * j]));
        }
        uint256[1] memory out;
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x08, input, 384, out, 32)
        }
        // pk2 comes from a snapshot (the KeyRegistrar checked it): the call fails only
        // for want of gas.
        if (!ok || out[0] != 1) revert InvalidSignature(digest);
    }

    /// @dev Records and slashes one offence of a certificate intersection; false if it
    ///      was slashed before or the operator is no longer slashable.
    function _slashOnce(address operator, uint32 operatorSetId, bytes32 lo, bytes32 hi) internal returns (bool) {
        bytes32 offence = offenceKey(operator, operatorSetId, lo, hi);
        if (slashed[offence]) return false;
        slashed[offence] = true;
        try this.slashAsSelf(operator, operatorSetId) returns (uint256 slashId) {
            emit EquivocationSlashed(operator, operatorSetId, lo, hi, slashId);
            return true;
        } catch (bytes memory reason) {
            // the first 4 bytes are the selector
            // forge-lint: disable-next-line(unsafe-typecast)
            if (reason.length >= 4 && bytes4(reason) == OperatorNotSlashable.selector) {
                slashed[offence] = false;
                emit OffenderNotSlashable(operator, operatorSetId);
                return false;
            }
            assembly ("memory-safe") {
                revert(add(reason, 32), mload(reason))
            }
        }
    }

    /// @notice Internal step of `slashCertificates` (callable only by this contract): one
    ///         slash, in a call frame of its own so that one offender no longer slashable
    ///         does not undo the others.
    function slashAsSelf(address operator, uint32 operatorSetId) external returns (uint256) {
        if (msg.sender != address(this)) revert NotSelf();
        return _slash(operator, operatorSetId);
    }

    /// @dev Strictly decodes what this contract reads of a certificate (SPEC §6).
    function _decodeCertificate(bytes calldata c) internal pure returns (Cert memory cert) {
        uint256 n = c.length;
        if (n < 640 || n > 131904) revert MalformedCertificate(1);
        uint256 u64 = type(uint64).max;
        if (
            _w(c, 0) > u64 || _w(c, 1) > type(uint160).max || _w(c, 2) > u64 || _w(c, 3) > u64 || _w(c, 4) > u64
                || _w(c, 7) > u64
        ) revert MalformedCertificate(6);
        cert.att = Attestation({
            l1ChainId: _w(c, 0),
            avs: address(uint160(_w(c, 1))),
            sourceChainId: _w(c, 2),
            fromBlock: uint64(_w(c, 3)),
            toBlock: uint64(_w(c, 4)),
            lastBlockHash: bytes32(_w(c, 5)),
            messageRoot: bytes32(_w(c, 6)),
            snapshotBlock: uint64(_w(c, 7)),
            snapshotRoot: bytes32(_w(c, 8))
        });
        if (_w(c, 9) != 544) revert MalformedCertificate(2);
        uint256 lq = _at(c, 544);
        if (lq == 0 || lq > 192) revert MalformedCertificate(4);
        uint256 nsOff = 576 + 32 * ((lq + 31) / 32);
        if (_w(c, 16) != nsOff || nsOff + 32 > n) revert MalformedCertificate(2);
        uint256 prev;
        for (uint256 k = 0; k < lq; k++) {
            uint256 q = uint8(c[576 + k]);
            if (q >= 192 || (k > 0 && q <= prev)) revert MalformedCertificate(4);
            // a bitmap: bit q set (q < 192)
            // forge-lint: disable-next-line(incorrect-shift)
            cert.quorums |= 1 << q;
            prev = q;
        }
        for (uint256 k = 576 + lq; k < nsOff; k++) {
            if (c[k] != 0) revert MalformedCertificate(3);
        }
        uint256 ns = _at(c, nsOff);
        if (ns > MAX_ENTRIES) revert MalformedCertificate(5);
        if (n != nsOff + 32 + 32 * ns) revert MalformedCertificate(2);
        for (uint256 k = 1; k < ns; k++) {
            if (_at(c, nsOff + 32 * k) >= _at(c, nsOff + 32 + 32 * k)) revert MalformedCertificate(5);
        }
        cert.sigmaX = _w(c, 10);
        cert.sigmaY = _w(c, 11);
        cert.nonSigners = nsOff + 32;
        cert.nonSignerCount = ns;
    }

    function _w(bytes calldata c, uint256 i) internal pure returns (uint256) {
        return _at(c, 32 * i);
    }

    function _at(bytes calldata c, uint256 off) internal pure returns (uint256 v) {
        return uint256(bytes32(c[off:off + 32]));
    }

    /// @dev Verifies one certificate against its entry range and sets its signers of set
    ///      `operatorSetId` (ascending, as the snapshot orders them).
    function _certSigners(uint32 operatorSetId, bytes calldata raw, Cert memory c, EntryRange calldata r)
        internal
        view
    {
        if (_rangeRoot(r) != _storedRoot(c.att.snapshotBlock, c.att.snapshotRoot)) {
            revert InvalidSnapshotProof(c.att.snapshotBlock);
        }
        uint256 k = r.setIds.length;
        address[] memory signers = new address[](k);
        uint256 count;
        uint256[4] memory acc; // apk1 (x, y; (0, 0) is the identity for ecAdd), the next key
        for (uint256 e = 0; e < k; e++) {
            uint256 set = uint8(r.setIds[e]);
            if ((c.quorums >> set) & 1 == 0) continue;
            bytes calldata entry = r.entries[e * ENTRY_SIZE:(e + 1) * ENTRY_SIZE];
            if (_isNonSigner(raw, c, keccak256(entry[32:96]))) continue;
            acc[2] = uint256(bytes32(entry[32:64]));
            acc[3] = uint256(bytes32(entry[64:96]));
            (acc[0], acc[1]) = _ecAdd(acc);
            if (set == operatorSetId) signers[count++] = address(bytes20(entry[0:20]));
        }
        if (acc[0] == 0 && acc[1] == 0) revert InvalidAggregateSignature(c.digest); // no signers
        assembly ("memory-safe") {
            mstore(signers, count)
        }
        c.signers = signers;
        _checkAggregate(raw, c, acc[0], acc[1]);
    }

    /// @dev Binary search of the certificate's (strictly ascending) non-signer ids.
    function _isNonSigner(bytes calldata raw, Cert memory c, bytes32 id) internal pure returns (bool) {
        uint256 lo = 0;
        uint256 hi = c.nonSignerCount;
        uint256 v = uint256(id);
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            uint256 m = _at(raw, c.nonSigners + 32 * mid);
            if (m == v) return true;
            if (m < v) lo = mid + 1;
            else hi = mid;
        }
        return false;
    }

    /// @dev EigenLayer's BLSSignatureChecker equation with the certificate's apkG2.
    function _checkAggregate(bytes calldata raw, Cert memory c, uint256 ax, uint256 ay) internal view {
        bytes32 digest = c.digest;
        uint256[4] memory g2 = [_w(raw, 12), _w(raw, 13), _w(raw, 14), _w(raw, 15)];
        uint256 gamma = uint256(keccak256(abi.encodePacked(digest, ax, ay, g2[0], g2[1], g2[2], g2[3], c.sigmaX, c.sigmaY))) % R;
        (uint256 hx, uint256 hy) = hashToG1(digest);
        uint256[2] memory l = _ecMul(ax, ay, gamma);
        (l[0], l[1]) = _ecAdd([c.sigmaX, c.sigmaY, l[0], l[1]]);
        uint256[2] memory rgt = _ecMul(1, 2, gamma);
        (rgt[0], rgt[1]) = _ecAdd([hx, hy, rgt[0], rgt[1]]);
        uint256[12] memory input = [
            l[0], l[1], NEG_G2_X_IM, NEG_G2_X_RE, NEG_G2_Y_IM, NEG_G2_Y_RE, rgt[0], rgt[1], g2[0], g2[1], g2[2], g2[3]
        ];
        uint256[1] memory out;
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x08, input, 384, out, 32)
        }
        if (!ok || out[0] != 1) revert InvalidAggregateSignature(digest);
    }

    function _ecAdd(uint256[4] memory input) internal view returns (uint256 x, uint256 y) {
        uint256[2] memory out;
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x06, input, 128, out, 64)
        }
        if (!ok) revert PrecompileFailed(6);
        return (out[0], out[1]);
    }

    function _ecMul(uint256 x, uint256 y, uint256 k) internal view returns (uint256[2] memory out) {
        uint256[3] memory input = [x, y, k];
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x07, input, 96, out, 64)
        }
        if (!ok) revert PrecompileFailed(7);
    }

    /// @dev The snapshot root an entry range proves (see EntryRange): leaves at indices
    ///      1..k of a buffer with one spare slot before them for a left neighbour; each
    ///      level is hashed in place.
    function _rangeRoot(EntryRange calldata r) internal pure returns (bytes32) {
        uint256 k = r.setIds.length;
        uint256 n = r.entryCount;
        uint256 lo = r.start;
        if (k == 0 || r.entries.length != k * ENTRY_SIZE || n > MAX_ENTRIES || lo + k > n) revert InvalidEntryRange();
        // The ABI padding after setIds must be zero (Solidity's decoder does not check
        // it): every byte of valid evidence is then bound by a check.
        bytes calldata ids = r.setIds;
        bool dirty;
        assembly ("memory-safe") {
            let rem := mod(k, 32)
            if rem { dirty := iszero(iszero(shr(mul(8, rem), calldataload(add(ids.offset, k))))) }
        }
        if (dirty) revert InvalidEntryRange();
        bytes32[] memory buf = new bytes32[](k + 2);
        for (uint256 e = 0; e < k; e++) {
            buf[1 + e] = keccak256(
                abi.encodePacked(bytes1(0x00), uint32(uint8(r.setIds[e])), r.entries[e * ENTRY_SIZE:(e + 1) * ENTRY_SIZE])
            );
        }
        uint256 len = k;
        uint256 p;
        uint256 np = r.proof.length;
        for (uint256 h = 0; h < DEPTH; h++) {
            uint256 base = 1;
            if (lo & 1 == 1) {
                if (p >= np) revert InvalidEntryRange();
                buf[0] = r.proof[p++];
                base = 0;
                lo -= 1;
                len += 1;
            }
            if (len & 1 == 1) {
                if (p >= np) revert InvalidEntryRange();
                buf[base + len] = r.proof[p++];
                len += 1;
            }
            len /= 2;
            for (uint256 j = 0; j < len; j++) {
                buf[1 + j] = _node(buf[base + 2 * j], buf[base + 2 * j + 1]);
            }
            lo /= 2;
        }
        if (p != np) revert InvalidEntryRange();
        // n ≤ MAX_ENTRIES (checked above)
        // forge-lint: disable-next-line(unsafe-typecast)
        return keccak256(abi.encodePacked(bytes1(0x02), uint64(n), buf[1]));
    }

    function _expMod(uint256 base, uint256 e) internal view returns (uint256 r) {
        bool ok;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, 32)
            mstore(add(m, 32), 32)
            mstore(add(m, 64), 32)
            mstore(add(m, 96), base)
            mstore(add(m, 128), e)
            mstore(add(m, 160), P)
            ok := staticcall(gas(), 0x05, m, 192, m, 32)
            r := mload(m)
        }
        if (!ok) revert PrecompileFailed(5);
    }

    function _node(bytes32 l, bytes32 r) internal pure returns (bytes32 n) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore8(m, 0x01)
            mstore(add(m, 1), l)
            mstore(add(m, 33), r)
            n := keccak256(m, 65)
        }
    }

    /// @dev Slashes slashWads of the operator's allocation in every strategy of the set
    ///      (ascending, as the AllocationManager wants them), through the registrar;
    ///      maps EigenLayer's OperatorNotSlashable to this contract's error and bubbles
    ///      any other revert.
    function _slash(address operator, uint32 operatorSetId) internal returns (uint256 slashId) {
        (IStrategy[] memory strategies,) = registrar.strategiesOf(operatorSetId);
        uint256 n = strategies.length;
        for (uint256 i = 1; i < n; i++) {
            IStrategy s = strategies[i];
            uint256 j = i;
            while (j > 0 && address(strategies[j - 1]) > address(s)) {
                strategies[j] = strategies[j - 1];
                j--;
            }
            strategies[j] = s;
        }
        uint256[] memory wads = new uint256[](n);
        for (uint256 i = 0; i < n; i++) {
            wads[i] = slashWads;
        }
        try registrar.slashOperator(
            IAllocationManager.SlashingParams({
                operator: operator,
                operatorSetId: operatorSetId,
                strategies: strategies,
                wadsToSlash: wads,
                description: "parley: equivocation"
            })
        ) returns (uint256 id, uint256[] memory) {
            slashId = id;
        } catch (bytes memory reason) {
            // reason is exactly 4 bytes here: the cast takes all of it
            // forge-lint: disable-next-line(unsafe-typecast)
            if (reason.length == 4 && bytes4(reason) == EL_OPERATOR_NOT_SLASHABLE) {
                revert OperatorNotSlashable(operator, operatorSetId);
            }
            assembly ("memory-safe") {
                revert(add(reason, 32), mload(reason))
            }
        }
    }
}
