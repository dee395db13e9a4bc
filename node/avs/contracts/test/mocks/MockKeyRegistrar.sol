// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {OperatorSet} from "../../src/interfaces/IAllocationManager.sol";
import {BN254, IKeyRegistrar} from "../../src/interfaces/IKeyRegistrar.sol";

/// A fake of EigenLayer core v1.8.1's KeyRegistrar for the calls Parley makes: keys are
/// stored as the 192-byte keyData and decoded on read, as v1.8.1 does; getBN254Key
/// reverts for a set not configured for BN254 and returns zeros for an operator without
/// a key. Registration checks no proof of possession (test hook), but keeps v1.8.1's
/// global uniqueness of key hashes.
contract MockKeyRegistrar is IKeyRegistrar {
    error InvalidCurveType();
    error ConfigurationAlreadySet();
    error InvalidCaller();
    error KeyAlreadyRegistered();
    error InvalidKeyFormat();

    struct KeyInfo {
        bool isRegistered;
        bytes keyData;
    }

    mapping(bytes32 => CurveType) public curveTypes;
    mapping(bytes32 => mapping(address => KeyInfo)) internal _keys;
    mapping(bytes32 => bool) public globalKeyRegistry;

    function key(OperatorSet memory set) public pure returns (bytes32) {
        return bytes32(abi.encodePacked(set.avs, uint96(set.id)));
    }

    function configureOperatorSet(OperatorSet memory set, CurveType curveType) external {
        if (msg.sender != set.avs) revert InvalidCaller();
        if (curveType != CurveType.ECDSA && curveType != CurveType.BN254) revert InvalidCurveType();
        if (curveTypes[key(set)] != CurveType.NONE) revert ConfigurationAlreadySet();
        curveTypes[key(set)] = curveType;
    }

    /// Test hook: registers keyData (192 bytes) for an operator without a proof.
    function registerKey(address operator, OperatorSet memory set, bytes calldata keyData) external {
        if (curveTypes[key(set)] != CurveType.BN254) revert InvalidCurveType();
        if (keyData.length != 192) revert InvalidKeyFormat();
        bytes32 h = keccak256(keyData[0:64]);
        if (globalKeyRegistry[h]) revert KeyAlreadyRegistered();
        globalKeyRegistry[h] = true;
        _keys[key(set)][operator] = KeyInfo(true, keyData);
    }

    /// Test hook: removes a key (v1.8.1 allows it only once the operator is not slashable).
    function deregisterKey(address operator, OperatorSet memory set) external {
        delete _keys[key(set)][operator];
    }

    function isRegistered(OperatorSet memory set, address operator) external view returns (bool) {
        return _keys[key(set)][operator].isRegistered;
    }

    function getBN254Key(OperatorSet memory set, address operator)
        external
        view
        virtual
        returns (BN254.G1Point memory, BN254.G2Point memory)
    {
        if (curveTypes[key(set)] != CurveType.BN254) revert InvalidCurveType();
        KeyInfo memory info = _keys[key(set)][operator];
        if (!info.isRegistered) {
            uint256[2] memory zero;
            return (BN254.G1Point(0, 0), BN254.G2Point(zero, zero));
        }
        (uint256 x, uint256 y, uint256[2] memory gx, uint256[2] memory gy) =
            abi.decode(info.keyData, (uint256, uint256, uint256[2], uint256[2]));
        return (BN254.G1Point(x, y), BN254.G2Point(gx, gy));
    }
}
