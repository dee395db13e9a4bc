// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Owned} from "./Owned.sol";
import {ParleyTablePublisher} from "./ParleyTablePublisher.sol";

/// @title ParleyCertificateInbox
/// @notice Where Parley's aggregators post quorum certificates on L1 (interop/SPEC.md
///         §8.3). Posting logs the certificate with its submitter and the hash of the
///         snapshot block it names; every destination's derivation hook reads these logs
///         from the L1 origin's receipts and verifies the certificates (§9).
///
///         `post` judges only what bounds a destination's work, so that nothing it
///         accepts is skipped by derivation's per-block limits. It reverts unless, in
///         this order (each with its own error):
///          1. the sender is on the submitter allow-list (kept by the owner; a change
///             holds from its L1 block on, for every destination alike);
///          2. MIN_CERTIFICATE_SIZE ≤ length ≤ MAX_CERTIFICATE_SIZE;
///          3. fewer than MAX_CERTS_PER_BLOCK certificates were posted in this block,
///          4. and fewer than MAX_CERTS_PER_SUBMITTER_PER_BLOCK by this sender;
///          5. the attestation's snapshotBlock (word 7) is a uint64, before this block,
///          6. and at most MAX_SNAPSHOT_AGE blocks old;
///          7. the publisher sealed a snapshot in that block,
///          8. whose root is the attestation's snapshotRoot (word 8);
///          9. this block's certificates name at most MAX_SNAPSHOTS_PER_BLOCK distinct
///             snapshot blocks (one seal per block: a block names one snapshot);
///         10. the snapshot block's hash is known (BLOCKHASH within 256 blocks, EIP-2935's
///             history contract beyond).
///         It does not decode the rest of the certificate: destinations do (§6, §7).
/// @dev    Destinations take this contract's logs by address alone: it must hold exactly
///         this code. Per-block state is two slots: one for the block's count and
///         snapshot blocks, one per submitter for its allow-list bit and count.
contract ParleyCertificateInbox is Owned {
    /// @notice The smallest certificate (one quorum, no non-signers).
    uint256 public constant MIN_CERTIFICATE_SIZE = 640;
    /// @notice The largest certificate (192 quorums, 4096 non-signers).
    uint256 public constant MAX_CERTIFICATE_SIZE = 131904;
    /// @notice The most certificates per L1 block.
    uint256 public constant MAX_CERTS_PER_BLOCK = 16;
    /// @notice The most certificates per submitter per L1 block.
    uint256 public constant MAX_CERTS_PER_SUBMITTER_PER_BLOCK = 4;
    /// @notice The most distinct snapshots the certificates of one L1 block name.
    uint256 public constant MAX_SNAPSHOTS_PER_BLOCK = 2;
    /// @notice The oldest snapshot block a certificate may name, in blocks before this one.
    uint256 public constant MAX_SNAPSHOT_AGE = 8191;
    /// @notice EIP-2935's block-hash history contract.
    address public constant HISTORY_STORAGE_ADDRESS = 0x0000F90827F1C53a10cb7A02335B175320002935;

    /// @notice The table publisher whose snapshots certificates name.
    ParleyTablePublisher public immutable publisher;

    /// @dev This block's certificates: count and the snapshot blocks named (0: none).
    struct BlockState {
        uint64 number;
        uint64 count;
        uint64 snapshotA;
        uint64 snapshotB;
    }

    /// @dev A submitter: allowed, and its certificates in block `number`.
    struct Submitter {
        bool allowed;
        uint64 number;
        uint64 count;
    }

    BlockState internal _block;
    mapping(address => Submitter) internal _submitters;

    /// @notice A certificate was posted (SPEC §9 rule 3: data = abi.encode(bytes32, bytes)).
    event CertificatePosted(address indexed submitter, bytes32 snapshotBlockHash, bytes certificate);
    /// @notice The owner allowed or disallowed a submitter.
    event SubmitterSet(address indexed submitter, bool allowed);

    /// @notice 1. The sender is not an allowed submitter.
    error NotSubmitter(address sender);
    /// @notice 2. The certificate's length is outside [640, 131904].
    error CertificateSizeOutOfRange(uint256 size);
    /// @notice 3. MAX_CERTS_PER_BLOCK certificates were already posted in this block.
    error BlockCertificateLimit();
    /// @notice 4. The sender already posted MAX_CERTS_PER_SUBMITTER_PER_BLOCK in this block.
    error SubmitterCertificateLimit();
    /// @notice 5. The snapshotBlock word is not a uint64 or not before this block.
    error InvalidSnapshotBlock(uint256 snapshotBlock);
    /// @notice 6. The snapshot block is more than MAX_SNAPSHOT_AGE blocks old.
    error SnapshotTooOld(uint64 snapshotBlock);
    /// @notice 7. The publisher sealed no snapshot in that block.
    error UnknownSnapshot(uint64 snapshotBlock);
    /// @notice 8. The attestation's snapshotRoot is not the one sealed in that block.
    error SnapshotRootMismatch(uint64 snapshotBlock, bytes32 expected, bytes32 attested);
    /// @notice 9. This block's certificates would name more than 2 snapshots.
    error BlockSnapshotLimit();
    /// @notice 10. The snapshot block's hash is not available.
    error SnapshotBlockHashUnavailable(uint64 snapshotBlock);

    /// @param owner_     Who keeps the submitter allow-list.
    /// @param publisher_ The table publisher.
    constructor(address owner_, ParleyTablePublisher publisher_) Owned(owner_) {
        if (address(publisher_) == address(0)) revert ZeroAddress();
        publisher = publisher_;
    }

    /// @notice Allows or disallows a submitter.
    function setSubmitter(address submitter, bool allowed) external onlyOwner {
        _submitters[submitter].allowed = allowed;
        emit SubmitterSet(submitter, allowed);
    }

    /// @notice Whether `submitter` may post.
    function isSubmitter(address submitter) external view returns (bool) {
        return _submitters[submitter].allowed;
    }

    /// @notice Certificates posted in this block, in all and by `submitter`.
    function postedInBlock(address submitter) external view returns (uint256 total, uint256 bySubmitter) {
        if (_block.number == block.number) total = _block.count;
        Submitter memory s = _submitters[submitter];
        if (s.number == block.number) bySubmitter = s.count;
    }

    /// @notice Posts a certificate (SPEC §6 encoding) for destinations to verify.
    function post(bytes calldata certificate) external {
        Submitter memory sub = _submitters[msg.sender];
        if (!sub.allowed) revert NotSubmitter(msg.sender);
        uint256 size = certificate.length;
        if (size < MIN_CERTIFICATE_SIZE || size > MAX_CERTIFICATE_SIZE) revert CertificateSizeOutOfRange(size);

        uint64 now_ = uint64(block.number);
        BlockState memory blk = _block;
        if (blk.number != now_) blk = BlockState({number: now_, count: 0, snapshotA: 0, snapshotB: 0});
        if (blk.count >= MAX_CERTS_PER_BLOCK) revert BlockCertificateLimit();
        if (sub.number != now_) (sub.number, sub.count) = (now_, 0);
        if (sub.count >= MAX_CERTS_PER_SUBMITTER_PER_BLOCK) revert SubmitterCertificateLimit();

        uint256 word;
        bytes32 attested;
        assembly {
            word := calldataload(add(certificate.offset, 224)) // word 7: snapshotBlock
            attested := calldataload(add(certificate.offset, 256)) // word 8: snapshotRoot
        }
        if (word >> 64 != 0 || word >= block.number) revert InvalidSnapshotBlock(word);
        // word < 2^64 (checked above)
        // forge-lint: disable-next-line(unsafe-typecast)
        uint64 snap = uint64(word);
        if (block.number - snap > MAX_SNAPSHOT_AGE) revert SnapshotTooOld(snap);
        bytes32 stored = publisher.snapshotRoot(snap);
        if (stored == bytes32(0)) revert UnknownSnapshot(snap);
        if (stored != attested) revert SnapshotRootMismatch(snap, stored, attested);
        if (snap != blk.snapshotA && snap != blk.snapshotB) {
            if (blk.snapshotA == 0) blk.snapshotA = snap;
            else if (blk.snapshotB == 0) blk.snapshotB = snap;
            else revert BlockSnapshotLimit();
        }
        bytes32 hash = _blockHash(snap);
        if (hash == bytes32(0)) revert SnapshotBlockHashUnavailable(snap);

        blk.count++;
        sub.count++;
        _block = blk;
        _submitters[msg.sender] = sub;
        emit CertificatePosted(msg.sender, hash, certificate);
    }

    /// @dev The hash of block `num` (< block.number, at most 8191 back): BLOCKHASH for
    ///      the last 256 blocks, else EIP-2935's contract (input: the 32-byte number;
    ///      output: the 32-byte hash; it reverts outside its window). Zero on failure.
    function _blockHash(uint64 num) internal view returns (bytes32 hash) {
        if (block.number - num <= 256) return blockhash(num);
        assembly ("memory-safe") {
            mstore(0, num)
            let ok := staticcall(gas(), HISTORY_STORAGE_ADDRESS, 0, 32, 0, 32)
            if and(ok, eq(returndatasize(), 32)) { hash := mload(0) }
        }
    }
}
