// SPDX-License-Identifier: MIT
pragma solidity ^0.8.25;

import {IParleyInbox, Identifier} from "./IParleyInbox.sol";

/// @title ParleyMessenger
/// @notice OP's L2ToL2CrossDomainMessenger experience over Parley: sendMessage on a source
///         rollup emits the same SentMessage event; relayMessage on a destination rollup
///         validates that log through the Parley inbox precompile and calls the target
///         exactly once, exposing crossDomainMessageSender() and crossDomainMessageSource()
///         during the call.
/// @dev    Deploy it at the same address on every rollup (it has no constructor arguments,
///         so a CREATE2 deployment gives one address everywhere): relayMessage only accepts
///         logs emitted by this same address on the source chain.
contract ParleyMessenger {
    /// @notice The Parley inbox precompile.
    address public constant PARLEY_INBOX = 0x00000000000000000000000000000000000a7e57;

    /// @notice Emitted on the source chain; the log is the cross-chain message. Same
    ///         signature as OP's L2ToL2CrossDomainMessenger.
    event SentMessage(
        uint256 indexed destination, address indexed target, uint256 indexed messageNonce, address sender, bytes message
    );

    /// @notice Emitted on the destination chain when a message is relayed.
    event RelayedMessage(
        uint256 indexed source, uint256 indexed messageNonce, bytes32 indexed messageHash, bytes32 returnDataHash
    );

    error MessageDestinationSameChain();
    error MessageTargetMessenger();
    error IdOriginNotMessenger();
    error EventPayloadNotSentMessage();
    error MessageDestinationNotRelayChain();
    error MessageAlreadyRelayed();
    error ReentrantCall();
    error NotEntered();
    error TargetCallFailed(bytes returnData);

    /// @notice Nonce of the next message sent from this chain.
    uint256 public messageNonce;

    /// @notice Hashes of relayed messages.
    mapping(bytes32 => bool) public successfulMessages;

    // Transient slots: reentrancy lock and the relayed message's origin.
    bytes32 private constant ENTERED_SLOT = keccak256("parley.messenger.entered");
    bytes32 private constant SENDER_SLOT = keccak256("parley.messenger.sender");
    bytes32 private constant SOURCE_SLOT = keccak256("parley.messenger.source");

    modifier nonReentrant() {
        bytes32 slot = ENTERED_SLOT;
        uint256 entered;
        assembly {
            entered := tload(slot)
        }
        if (entered != 0) revert ReentrantCall();
        assembly {
            tstore(slot, 1)
        }
        _;
        assembly {
            tstore(slot, 0)
        }
    }

    /// @notice Sends a message to target on destination.
    /// @return messageHash The message's hash, as relayMessage records it.
    function sendMessage(uint256 destination, address target, bytes calldata message)
        external
        returns (bytes32 messageHash)
    {
        if (destination == block.chainid) revert MessageDestinationSameChain();
        if (target == address(this)) revert MessageTargetMessenger();
        uint256 nonce = messageNonce++;
        messageHash = hashMessage(destination, block.chainid, nonce, msg.sender, target, message);
        emit SentMessage(destination, target, nonce, msg.sender, message);
    }

    /// @notice Relays a message sent by this messenger on another chain.
    /// @param id          The identifier of the SentMessage log on the source chain.
    /// @param sentMessage The log's topics and data: abi.encodePacked(topics, data).
    /// @param proof       The inbox proof of the log (see IParleyInbox.validateMessage).
    /// @return returnData What the target returned.
    function relayMessage(Identifier calldata id, bytes calldata sentMessage, bytes calldata proof)
        external
        nonReentrant
        returns (bytes memory returnData)
    {
        if (id.origin != address(this)) revert IdOriginNotMessenger();
        IParleyInbox(PARLEY_INBOX).validateMessage(id, keccak256(sentMessage), proof);

        if (sentMessage.length < 128) revert EventPayloadNotSentMessage();
        (bytes32 selector, uint256 destination, address target, uint256 nonce) =
            abi.decode(sentMessage[:128], (bytes32, uint256, address, uint256));
        if (selector != SentMessage.selector) revert EventPayloadNotSentMessage();
        if (destination != block.chainid) revert MessageDestinationNotRelayChain();
        (address sender, bytes memory message) = abi.decode(sentMessage[128:], (address, bytes));

        uint256 source = id.chainId;
        bytes32 messageHash = hashMessage(destination, source, nonce, sender, target, message);
        if (successfulMessages[messageHash]) revert MessageAlreadyRelayed();
        successfulMessages[messageHash] = true;

        _setOrigin(sender, source);
        bool ok;
        (ok, returnData) = target.call(message);
        _setOrigin(address(0), 0);
        if (!ok) revert TargetCallFailed(returnData);

        emit RelayedMessage(source, nonce, messageHash, keccak256(returnData));
    }

    /// @notice The sender of the message being relayed; reverts outside a relay.
    function crossDomainMessageSender() external view returns (address sender) {
        _requireEntered();
        bytes32 slot = SENDER_SLOT;
        assembly {
            sender := tload(slot)
        }
    }

    /// @notice The source chain of the message being relayed; reverts outside a relay.
    function crossDomainMessageSource() external view returns (uint256 source) {
        _requireEntered();
        bytes32 slot = SOURCE_SLOT;
        assembly {
            source := tload(slot)
        }
    }

    /// @notice The hash relayMessage records for a message (OP's hashL2toL2CrossDomainMessage).
    function hashMessage(
        uint256 destination,
        uint256 source,
        uint256 nonce,
        address sender,
        address target,
        bytes memory message
    ) public pure returns (bytes32) {
        return keccak256(abi.encode(destination, source, nonce, sender, target, message));
    }

    function _requireEntered() private view {
        bytes32 slot = ENTERED_SLOT;
        uint256 entered;
        assembly {
            entered := tload(slot)
        }
        if (entered == 0) revert NotEntered();
    }

    function _setOrigin(address sender, uint256 source) private {
        bytes32 s1 = SENDER_SLOT;
        bytes32 s2 = SOURCE_SLOT;
        assembly {
            tstore(s1, sender)
            tstore(s2, source)
        }
    }
}
