// SPDX-License-Identifier: MIT
pragma solidity ^0.8.25;

import {IParleyInbox, Identifier} from "./IParleyInbox.sol";

/// @title InboxProbe
/// @notice Test helper (not for production): reaches the Parley inbox precompile, or any
///         other address, with each call opcode and reports what happened, so end-to-end
///         tests can observe the precompile's call rules from a contract frame.
/// @dev    The non-view probes emit Probed with the outcome, so a transaction's receipt
///         shows the inner result even when the inner call failed.
contract InboxProbe {
    /// @notice The Parley inbox precompile.
    address public constant PARLEY_INBOX = 0x00000000000000000000000000000000000a7e57;

    /// @notice The outcome of a probe made in a transaction.
    /// @param kind 0 CALL, 1 STATICCALL, 2 DELEGATECALL, 3 CALLCODE.
    event Probed(uint8 indexed kind, address indexed target, bool ok, bytes ret);

    /// @notice CALLs target with data (no value).
    function callTarget(address target, bytes calldata data) public returns (bool ok, bytes memory ret) {
        (ok, ret) = target.call(data);
        emit Probed(0, target, ok, ret);
    }

    /// @notice STATICCALLs target with data, in a transaction (so the outcome is logged).
    function staticcallTarget(address target, bytes calldata data) public returns (bool ok, bytes memory ret) {
        (ok, ret) = target.staticcall(data);
        emit Probed(1, target, ok, ret);
    }

    /// @notice STATICCALLs target with data; usable from eth_call.
    function staticcallView(address target, bytes calldata data) public view returns (bool ok, bytes memory ret) {
        (ok, ret) = target.staticcall(data);
    }

    /// @notice DELEGATECALLs target with data.
    function delegatecallTarget(address target, bytes calldata data) public returns (bool ok, bytes memory ret) {
        (ok, ret) = target.delegatecall(data);
        emit Probed(2, target, ok, ret);
    }

    /// @notice CALLCODEs target with data (no value).
    function callcodeTarget(address target, bytes calldata data) public returns (bool ok, bytes memory ret) {
        bytes memory input = data;
        assembly {
            ok := callcode(gas(), target, 0, add(input, 0x20), mload(input), 0, 0)
            ret := mload(0x40)
            mstore(ret, returndatasize())
            returndatacopy(add(ret, 0x20), 0, returndatasize())
            mstore(0x40, add(add(ret, 0x20), and(add(returndatasize(), 0x1f), not(0x1f))))
        }
        emit Probed(3, target, ok, ret);
    }

    /// @notice CALLs the inbox with data.
    function callInbox(bytes calldata data) external returns (bool ok, bytes memory ret) {
        return callTarget(PARLEY_INBOX, data);
    }

    /// @notice STATICCALLs the inbox with data, in a transaction.
    function staticcallInbox(bytes calldata data) external returns (bool ok, bytes memory ret) {
        return staticcallTarget(PARLEY_INBOX, data);
    }

    /// @notice DELEGATECALLs the inbox with data.
    function delegatecallInbox(bytes calldata data) external returns (bool ok, bytes memory ret) {
        return delegatecallTarget(PARLEY_INBOX, data);
    }

    /// @notice CALLCODEs the inbox with data.
    function callcodeInbox(bytes calldata data) external returns (bool ok, bytes memory ret) {
        return callcodeTarget(PARLEY_INBOX, data);
    }

    /// @notice Validates a message: the transaction reverts (with the inbox's custom error)
    ///         unless the message is certified.
    /// @dev    A low-level call on purpose: for a typed call of a function without return
    ///         values, Solidity first checks that the target has code, and a precompile
    ///         has none, so `IParleyInbox(PARLEY_INBOX).validateMessage(...)` would revert
    ///         with empty data on a real chain.
    function validate(Identifier calldata id, bytes32 msgHash, bytes calldata proof) external {
        (bool ok, bytes memory ret) =
            PARLEY_INBOX.call(abi.encodeCall(IParleyInbox.validateMessage, (id, msgHash, proof)));
        if (!ok) {
            assembly {
                revert(add(ret, 0x20), mload(ret))
            }
        }
    }

    /// @notice validateMessage through the typed interface, as ParleyMessenger calls it.
    function validateTyped(Identifier calldata id, bytes32 msgHash, bytes calldata proof) external {
        IParleyInbox(PARLEY_INBOX).validateMessage(id, msgHash, proof);
    }

    /// @notice isValidMessage through the typed interface.
    function isValid(Identifier calldata id, bytes32 msgHash, bytes calldata proof) external view returns (bool) {
        return IParleyInbox(PARLEY_INBOX).isValidMessage(id, msgHash, proof);
    }
}
