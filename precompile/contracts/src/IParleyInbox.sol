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

/// @notice One operator-table update, mirrored from the AVS's L1 registry by the
///         derivation hook. Fields a kind does not use must be zero.
struct OperatorUpdate {
    /// 1 register, 2 join quorums, 3 leave quorums, 4 set stake.
    uint8 kind;
    /// register: the operator's address.
    address operator;
    /// register: BN254 G1 public key (X, Y).
    uint256[2] pubkeyG1;
    /// register: BN254 G2 public key (X[0], X[1], Y[0], Y[1]) in EIP-197 order.
    uint256[4] pubkeyG2;
    /// register: proof of possession (G1).
    uint256[2] pop;
    /// join, leave, set stake: the operator id, keccak256(pubkeyG1).
    bytes32 operatorId;
    /// join, leave: quorum numbers.
    bytes quorums;
    /// set stake: the quorum.
    uint8 quorum;
    /// set stake: the new stake.
    uint96 stake;
}

/// @title IParleyInbox
/// @notice The cross-rollup inbox precompile of a Parley destination rollup. It holds the
///         message roots that AVS quorum certificates certified (verified in derivation)
///         and the AVS's operator table, and lets contracts validate remote messages.
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

    /// @notice Emitted when a batch of operator-table updates produced a new version.
    event OperatorTableUpdated(uint64 indexed version, uint32 operators, uint32 rejected);

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
    /// @notice The operator-table version is not (or no longer) readable.
    error UnknownTableVersion(uint64 version, uint64 latest);
    /// @notice The update batch is too large.
    error TooManyUpdates(uint256 count, uint256 max);

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

    /// @notice The operator table's latest version (0: no update yet).
    function operatorTableVersion() external view returns (uint64);

    /// @notice The operator table at a version within the readable window, in the
    ///         optable package's snapshot encoding.
    function operatorTable(uint64 version) external view returns (bytes memory table);

    /// @notice The operator table's commitment hash at a version within the window.
    function operatorTableCommitment(uint64 version) external view returns (bytes32);

    /// @notice Records a certified range (system sender only).
    function recordRange(uint256 chainId, uint64 fromBlock, uint64 toBlock, bytes32 lastBlockHash, bytes32 messageRoot)
        external;

    /// @notice Applies one batch of operator-table updates as the next version (system
    ///         sender only). Invalid updates are skipped and counted.
    function applyOperatorUpdates(OperatorUpdate[] calldata updates) external;
}
