// SPDX-License-Identifier: MIT
pragma solidity ^0.8.25;

/// @notice OP Superchain interop's identifier of a message: one log on a source chain.
struct Identifier {
    address origin;
    uint256 blockNumber;
    uint256 logIndex;
    uint256 timestamp;
    uint256 chainId;
}

/// @title IParleyInbox
/// @notice The cross-rollup inbox precompile of a Parley destination rollup. It holds the
///         message roots that AVS quorum certificates certified (verified in derivation)
///         and a summary of the latest operator-table snapshot the AVS published on L1,
///         and lets contracts validate remote messages.
/// @dev    Only the rollup's Parley system sender writes (through deposits derived from
///         L1); everything else reads. DELEGATECALL, CALLCODE and value transfers revert;
///         nothing is written in a static context. The inbox is a precompile and has no
///         code: Solidity checks extcodesize before a typed call to a function without
///         return values, so every function callable from contracts returns something.
interface IParleyInbox {
    /// @notice Emitted by validateMessage, shaped like OP's CrossL2Inbox event.
    /// @param msgHash The message's payload hash, keccak256(topics || data).
    event ExecutingMessage(bytes32 indexed msgHash, Identifier id);

    /// @notice Emitted when a certified block range of a source chain is recorded.
    event RangeCertified(
        uint256 indexed chainId, uint64 fromBlock, uint64 toBlock, bytes32 lastBlockHash, bytes32 messageRoot
    );

    /// @notice Emitted when an operator-table snapshot sealed on L1 is recorded.
    /// @param l1Block The L1 block in which the snapshot was sealed (its version).
    /// @param root    The snapshot's root.
    event SnapshotRecorded(uint64 indexed l1Block, bytes32 root);

    /// @notice A write method was called by someone other than the system sender.
    error NotSystemSender();
    /// @notice A method that writes (or logs) was called in a static context.
    error WriteInStaticContext();
    /// @notice The precompile was reached through DELEGATECALL or CALLCODE.
    error DelegateCallForbidden();
    /// @notice Value was sent to the precompile.
    error ValueNotAccepted();
    /// @notice The call data does not decode as any method.
    error InvalidInput();
    /// @notice An identifier field exceeds the range Parley supports (64-bit block number,
    ///         timestamp and chain id; 32-bit log index).
    error IdentifierOutOfRange();
    /// @notice No certified range of the chain starts at the block the proof names.
    error RangeNotCertified(uint256 chainId, uint64 fromBlock);
    /// @notice The message's block is outside the certified range the proof names.
    error BlockOutsideRange(uint64 blockNumber, uint64 fromBlock, uint64 toBlock);
    /// @notice The inclusion proof is malformed or does not lead to the certified root.
    error InvalidProof();
    /// @notice A recorded range does not continue the chain's certified ranges.
    error NonContiguousRange(uint256 chainId, uint64 expectedFromBlock, uint64 fromBlock);
    /// @notice A recorded range is empty (fromBlock after toBlock).
    error EmptyRange();
    /// @notice A recorded snapshot is not after the latest one.
    error StaleSnapshot(uint64 l1Block, uint64 latestL1Block);
    /// @notice A recorded snapshot's set lists differ in length, are empty, or list more
    ///         than 32 sets.
    error InvalidOperatorSetCount(uint256 operatorSetIds, uint256 totalWeights);
    /// @notice A recorded snapshot's operator-set ids are not strictly ascending.
    error OperatorSetsNotAscending(uint32 previousId, uint32 operatorSetId);
    /// @notice A recorded snapshot lists an operator-set id of 192 or more.
    error OperatorSetIdOutOfRange(uint32 operatorSetId);

    /// @notice Reverts unless the message is inside a certified range of its source chain;
    ///         emits ExecutingMessage when it is.
    /// @param id      The message's identifier.
    /// @param msgHash The message's payload hash.
    /// @param proof   abi.encodePacked(uint64 rangeFromBlock, merkleProof): the first block of
    ///                the certified range and the message's inclusion proof in its root.
    /// @return checksum The message's OP interop checksum (its leaf content).
    function validateMessage(Identifier calldata id, bytes32 msgHash, bytes calldata proof)
        external
        returns (bytes32 checksum);

    /// @notice validateMessage's check without the event: true iff the message is certified.
    function isValidMessage(Identifier calldata id, bytes32 msgHash, bytes calldata proof)
        external
        view
        returns (bool);

    /// @notice The certified range of a chain that covers a block (all zero if none).
    function certifiedRange(uint256 chainId, uint64 blockNumber)
        external
        view
        returns (uint64 fromBlock, uint64 toBlock, bytes32 lastBlockHash, bytes32 messageRoot);

    /// @notice The last block of the chain's latest certified range.
    /// @return blockNumber The block (0 if none).
    /// @return certified   Whether any range of the chain is certified.
    function latestCertifiedBlock(uint256 chainId) external view returns (uint64 blockNumber, bool certified);

    /// @notice The latest operator-table snapshot recorded (all zero if none).
    /// @return l1Block The L1 block in which it was sealed.
    /// @return root    Its root.
    function latestSnapshot() external view returns (uint64 l1Block, bytes32 root);

    /// @notice An operator set's total weight in the latest snapshot (0 if the set is
    ///         not in it).
    function operatorSetWeight(uint32 operatorSetId) external view returns (uint256 totalWeight);

    /// @notice Records a certified range (system sender only).
    function recordRange(uint256 chainId, uint64 fromBlock, uint64 toBlock, bytes32 lastBlockHash, bytes32 messageRoot)
        external;

    /// @notice Records an operator-table snapshot sealed on L1 as the latest (system
    ///         sender only): its block and root, and each listed set's total weight.
    ///         Reverts unless the lists have equal length 1..32 with ids strictly
    ///         ascending and below 192, and then unless l1Block is after the latest
    ///         snapshot's.
    function recordSnapshot(
        uint64 l1Block,
        bytes32 root,
        uint32[] calldata operatorSetIds,
        uint256[] calldata totalWeights
    ) external;
}
